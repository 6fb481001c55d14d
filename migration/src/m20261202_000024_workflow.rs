//! The workflow (issue 10, section 3; decision 0038).
//!
//! - `consultations.stage`: where each consultation is in its life (`domain::workflow::Stage`).
//!   Existing consultations are placed by what they were: a draft stays a draft; a published
//!   one is scheduled, open or closed by its dates, or `outcome_published` with its outcome.
//! - `review_events`: each step taken — who (none: the clock), which step, the stage after it,
//!   the comment, the checklist items the reviewer ticked, when. The review page's history, and
//!   how "nobody approves their own" knows who sent it.
//! - `checklist_items`: the items a reviewer confirms, in the council's words (site admins edit
//!   them; a retired item stays for the history of approvals that ticked it).

use sea_orm_migration::sea_orm::prelude::ChronoUtc;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
    Stage,
    State,
    OpensAt,
    ClosesAt,
    OutcomePublishedAt,
}

#[derive(DeriveIden)]
enum ReviewEvents {
    Table,
    Id,
    ConsultationId,
    StaffUserId,
    ActorName,
    Step,
    StageAfter,
    Comment,
    Confirmed,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ChecklistItems {
    Table,
    Id,
    Text,
    Position,
    CreatedAt,
    RetiredAt,
}

#[derive(DeriveIden)]
enum StaffUsers {
    Table,
    Id,
}

/// The items a reviewer confirms until a site admin changes them.
const FIRST_ITEMS: [&str; 3] = [
    "The words are plain English a resident would understand, with no unexplained jargon",
    "The equality monitoring questions are asked, or the reason they are not is recorded in a comment",
    "What happens to people's answers is explained, and the privacy notice fits this consultation",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .add_column(string_len(Consultations::Stage, 24).default("draft"))
                    .to_owned(),
            )
            .await?;
        let now = ChronoUtc::now();
        let published = || Expr::col(Consultations::State).eq("published");
        for (stage, condition) in [
            (
                "outcome_published",
                published().and(Expr::col(Consultations::OutcomePublishedAt).is_not_null()),
            ),
            (
                "closed",
                published()
                    .and(Expr::col(Consultations::OutcomePublishedAt).is_null())
                    .and(Expr::col(Consultations::ClosesAt).lte(now)),
            ),
            (
                "open",
                published()
                    .and(Expr::col(Consultations::OutcomePublishedAt).is_null())
                    .and(Expr::col(Consultations::OpensAt).lte(now))
                    .and(Expr::col(Consultations::ClosesAt).gt(now)),
            ),
            (
                "scheduled",
                published()
                    .and(Expr::col(Consultations::OutcomePublishedAt).is_null())
                    .and(Expr::col(Consultations::OpensAt).gt(now)),
            ),
        ] {
            manager
                .exec_stmt(
                    Query::update()
                        .table(Consultations::Table)
                        .value(Consultations::Stage, stage)
                        .cond_where(condition)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ReviewEvents::Table)
                    .col(big_pk_auto(ReviewEvents::Id))
                    .col(big_integer(ReviewEvents::ConsultationId))
                    .col(big_integer_null(ReviewEvents::StaffUserId))
                    .col(string_len(ReviewEvents::ActorName, 200))
                    .col(string_len(ReviewEvents::Step, 32))
                    .col(string_len(ReviewEvents::StageAfter, 24))
                    .col(text_null(ReviewEvents::Comment))
                    .col(text_null(ReviewEvents::Confirmed))
                    .col(timestamp_with_time_zone(ReviewEvents::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReviewEvents::Table, ReviewEvents::ConsultationId)
                            .to(Consultations::Table, Consultations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReviewEvents::Table, ReviewEvents::StaffUserId)
                            .to(StaffUsers::Table, StaffUsers::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_review_events_consultation")
                    .table(ReviewEvents::Table)
                    .col(ReviewEvents::ConsultationId)
                    .col(ReviewEvents::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ChecklistItems::Table)
                    .col(big_pk_auto(ChecklistItems::Id))
                    .col(string_len(ChecklistItems::Text, 300))
                    .col(integer(ChecklistItems::Position))
                    .col(timestamp_with_time_zone(ChecklistItems::CreatedAt))
                    .col(timestamp_with_time_zone_null(ChecklistItems::RetiredAt))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert()
            .into_table(ChecklistItems::Table)
            .columns([
                ChecklistItems::Text,
                ChecklistItems::Position,
                ChecklistItems::CreatedAt,
            ])
            .to_owned();
        for (position, text) in FIRST_ITEMS.into_iter().enumerate() {
            insert
                .values([text.into(), (position as i32).into(), now.into()])
                .map_err(|e| DbErr::Custom(e.to_string()))?;
        }
        manager.exec_stmt(insert).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ChecklistItems::Table.into_iden(),
            ReviewEvents::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .drop_column(Consultations::Stage)
                    .to_owned(),
            )
            .await
    }
}
