//! The workflow's second part (decision 0038): an outcome's words as its owner writes them, kept
//! apart from the words the public sees until a reviewer publishes them; and, on each step of the
//! workflow, when the people involved were emailed (a step not yet told waits for a server to
//! tell it, exactly once).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Consultations {
    Table,
    OutcomeMarkdown,
    OutcomeDraftMarkdown,
}

#[derive(DeriveIden)]
enum ReviewEvents {
    Table,
    NotifiedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .add_column(text_null(Consultations::OutcomeDraftMarkdown))
                    .to_owned(),
            )
            .await?;
        // A published outcome is where its owner's next change starts.
        manager
            .exec_stmt(
                Query::update()
                    .table(Consultations::Table)
                    .value(
                        Consultations::OutcomeDraftMarkdown,
                        Expr::col(Consultations::OutcomeMarkdown),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ReviewEvents::Table)
                    .add_column(timestamp_with_time_zone_null(ReviewEvents::NotifiedAt))
                    .to_owned(),
            )
            .await?;
        // Steps taken before emails existed are not told now.
        manager
            .exec_stmt(
                Query::update()
                    .table(ReviewEvents::Table)
                    .value(ReviewEvents::NotifiedAt, Expr::col(ReviewEvents::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("review_events_not_notified")
                    .table(ReviewEvents::Table)
                    .col(ReviewEvents::NotifiedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("review_events_not_notified")
                    .table(ReviewEvents::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ReviewEvents::Table)
                    .drop_column(ReviewEvents::NotifiedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .drop_column(Consultations::OutcomeDraftMarkdown)
                    .to_owned(),
            )
            .await
    }
}
