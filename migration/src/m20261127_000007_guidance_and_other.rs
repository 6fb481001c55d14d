//! - `questions.guidance`: longer help in Markdown that respondents open under "Help with this
//!   question" (the issue's "fact bank"). Any kind can have it, so it is a column, not a setting.
//! - `question_options.other`: the option is "Other", chosen with a box to say what (single and
//!   multiple choice). Its answers are option rows carrying the text typed.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Questions {
    Table,
    Guidance,
}

#[derive(DeriveIden)]
enum QuestionOptions {
    Table,
    Other,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Questions::Table)
                    .add_column(text_null(Questions::Guidance))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(QuestionOptions::Table)
                    .add_column(boolean(QuestionOptions::Other).default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(QuestionOptions::Table)
                    .drop_column(QuestionOptions::Other)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Questions::Table)
                    .drop_column(Questions::Guidance)
                    .to_owned(),
            )
            .await
    }
}
