//! The builder edits the newest unpublished questionnaire version in place; each edit names the
//! revision it was made on, so an edit based on an out-of-date page is refused rather than
//! silently undoing someone else's change.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum QuestionnaireVersions {
    Table,
    Revision,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(QuestionnaireVersions::Table)
                    .add_column(integer(QuestionnaireVersions::Revision).default(0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(QuestionnaireVersions::Table)
                    .drop_column(QuestionnaireVersions::Revision)
                    .to_owned(),
            )
            .await
    }
}
