//! Question kinds with settings of their own (number, date) and answers with a numeric value.
//!
//! - `questions.settings`: a small JSON object with the settings of kinds that have more than
//!   the older columns hold (a number's limits, decimals and unit; a date's earliest and latest).
//!   New kinds add fields there, not columns (decision 0009).
//! - `answers.number_value`: a number answer's value, or a date answer's day number, indexed
//!   with the question so the results read the lowest and highest without a scan.
//! - `question_tallies.number_sum`: kept as responses arrive, so the average costs nothing.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Questions {
    Table,
    Settings,
}

#[derive(DeriveIden)]
enum Answers {
    Table,
    QuestionId,
    NumberValue,
}

#[derive(DeriveIden)]
enum QuestionTallies {
    Table,
    NumberSum,
}

const NUMBER_INDEX: &str = "answers_question_number";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column a statement: SQLite alters a table one change at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Questions::Table)
                    .add_column(text_null(Questions::Settings))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Answers::Table)
                    .add_column(double_null(Answers::NumberValue))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(NUMBER_INDEX)
                    .table(Answers::Table)
                    .col(Answers::QuestionId)
                    .col(Answers::NumberValue)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(QuestionTallies::Table)
                    .add_column(double(QuestionTallies::NumberSum).default(0.0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(QuestionTallies::Table)
                    .drop_column(QuestionTallies::NumberSum)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name(NUMBER_INDEX)
                    .table(Answers::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Answers::Table)
                    .drop_column(Answers::NumberValue)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Questions::Table)
                    .drop_column(Questions::Settings)
                    .to_owned(),
            )
            .await
    }
}
