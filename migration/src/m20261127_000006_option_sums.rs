//! Ranking and points questions: a number given to each option (its rank, or its points).
//!
//! `option_tallies.number_sum` is kept as responses arrive, like `question_tallies.number_sum`,
//! so an item's average rank or an option's points cost nothing to show however many responses
//! there are (decision 0011). The answers themselves are rows with `option_id` and
//! `number_value`, which the tables already have.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum OptionTallies {
    Table,
    NumberSum,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(OptionTallies::Table)
                    .add_column(double(OptionTallies::NumberSum).default(0.0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(OptionTallies::Table)
                    .drop_column(OptionTallies::NumberSum)
                    .to_owned(),
            )
            .await
    }
}
