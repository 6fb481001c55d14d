//! Grid (Likert) questions: statements each answered on one scale (decision 0013).
//!
//! - `question_options.scale`: the option is a point of a grid's scale (a column); the others
//!   of a grid are its statements (rows).
//! - `answers.scale_option_id`: a grid's answer row names the statement in `option_id` (so the
//!   statement's option tally counts who answered it) and the point chosen here.
//! - `cell_tallies`: how many chose each point for each statement, kept as responses arrive, so
//!   the results' grid costs one read however many responses there are.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum QuestionOptions {
    Table,
    Scale,
}

#[derive(DeriveIden)]
enum Answers {
    Table,
    ScaleOptionId,
}

#[derive(DeriveIden)]
enum CellTallies {
    Table,
    RowOptionId,
    OptionId,
    Chosen,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(QuestionOptions::Table)
                    .add_column(boolean(QuestionOptions::Scale).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Answers::Table)
                    .add_column(big_integer_null(Answers::ScaleOptionId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CellTallies::Table)
                    .col(big_integer(CellTallies::RowOptionId))
                    .col(big_integer(CellTallies::OptionId))
                    .col(big_integer(CellTallies::Chosen))
                    .primary_key(
                        Index::create()
                            .col(CellTallies::RowOptionId)
                            .col(CellTallies::OptionId),
                    )
                    .take(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CellTallies::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Answers::Table)
                    .drop_column(Answers::ScaleOptionId)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(QuestionOptions::Table)
                    .drop_column(QuestionOptions::Scale)
                    .to_owned(),
            )
            .await
    }
}
