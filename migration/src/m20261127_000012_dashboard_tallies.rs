//! Counts the dashboard needs, kept as responses arrive like the other tallies (decision 0021):
//!
//! - `channel_tallies`: responses per consultation and channel (online today; paper, phone and
//!   email once staff enter them), for the headline's "by channel".
//! - `value_tallies`: how many answers gave each numeric value, per question and option — a
//!   number question's value or a date's day number (option 0: the question itself), an item's
//!   rank, an option's points. The histogram, median, lowest and highest of a number or date
//!   question and the first-place counts of a ranking question are read from these, at a cost
//!   that follows the number of distinct values given, not the number of responses.
//!
//! Both are filled from the answers already stored, so a database that has responses before this
//! migration shows them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ChannelTallies {
    Table,
    ConsultationId,
    Channel,
    Responses,
}

#[derive(DeriveIden)]
enum ValueTallies {
    Table,
    QuestionId,
    OptionId,
    Value,
    Answers,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ChannelTallies::Table)
                    .col(big_integer(ChannelTallies::ConsultationId))
                    .col(string_len(ChannelTallies::Channel, 20))
                    .col(big_integer(ChannelTallies::Responses).default(0))
                    .primary_key(
                        Index::create()
                            .col(ChannelTallies::ConsultationId)
                            .col(ChannelTallies::Channel),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ValueTallies::Table)
                    .col(big_integer(ValueTallies::QuestionId))
                    .col(big_integer(ValueTallies::OptionId))
                    .col(double(ValueTallies::Value))
                    .col(big_integer(ValueTallies::Answers).default(0))
                    .primary_key(
                        Index::create()
                            .col(ValueTallies::QuestionId)
                            .col(ValueTallies::OptionId)
                            .col(ValueTallies::Value),
                    )
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_unprepared(
            "INSERT INTO channel_tallies (consultation_id, channel, responses) \
             SELECT consultation_id, channel, COUNT(*) FROM responses \
             GROUP BY consultation_id, channel",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO value_tallies (question_id, option_id, value, answers) \
             SELECT question_id, COALESCE(option_id, 0), number_value, COUNT(*) FROM answers \
             WHERE number_value IS NOT NULL \
             GROUP BY question_id, COALESCE(option_id, 0), number_value",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ValueTallies::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ChannelTallies::Table).to_owned())
            .await
    }
}
