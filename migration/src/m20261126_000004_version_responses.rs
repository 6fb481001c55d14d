//! How many responses each questionnaire version has received, kept as responses arrive (like
//! the other tallies). The results page needs it to say how many responses could have answered
//! a question added after launch, without counting response rows.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum QuestionnaireVersions {
    Table,
    Responses,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(QuestionnaireVersions::Table)
                    .add_column(big_integer(QuestionnaireVersions::Responses).default(0))
                    .to_owned(),
            )
            .await?;
        // Responses stored before this column existed: counted once, here.
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE questionnaire_versions SET responses = \
                 (SELECT COUNT(*) FROM responses WHERE responses.version_id = questionnaire_versions.id)",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(QuestionnaireVersions::Table)
                    .drop_column(QuestionnaireVersions::Responses)
                    .to_owned(),
            )
            .await
    }
}
