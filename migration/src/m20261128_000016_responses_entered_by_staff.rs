//! Responses staff enter from paper, phone calls and emails (issue 9, section 3).
//!
//! - `responses.entered_by`: the staff member who entered it (none for a response made online).
//! - `responses.received_on`: the day it reached the council (UK date), as the staff member read
//!   it off the postmark, the call or the email.
//! - `responses.late_reason`: why a response received after the consultation closed was accepted
//!   (e.g. "Postmarked 6 January, before the closing date"); required for those, none otherwise.
//!
//! `responses.channel` already says how it arrived (`online`, `paper`, `phone`, `email`), and
//! `channel_tallies` counts each.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Responses {
    Table,
    EnteredBy,
    ReceivedOn,
    LateReason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        for column in [
            big_integer_null(Responses::EnteredBy),
            date_null(Responses::ReceivedOn),
            text_null(Responses::LateReason),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Responses::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            Responses::LateReason,
            Responses::ReceivedOn,
            Responses::EnteredBy,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Responses::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
