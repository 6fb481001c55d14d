//! Saving a response to come back to, and email (decision 0028).
//!
//! - `draft_returns`: the ways back into a saved draft. Each "Save and come back later" gives a
//!   return code (`kind` = `code`) and, if asked, an emailed link (`link`); every one of them
//!   opens the draft until its consultation closes. Only the SHA-256 of each secret is kept
//!   (`secret_hash`), so the table alone opens nothing. Removed with their draft.
//! - `outbox_messages`: email waiting to be sent. Written after what it tells of has been stored;
//!   a background sender on each server claims due messages (`claimed_until`, so two servers do
//!   not send one message twice), sends them, and deletes each once sent. A failed attempt is
//!   counted and retried later (`next_attempt_at`); after the last, `given_up_at` is set and the
//!   message stays for the operator to see (`last_error`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DraftReturns {
    Table,
    Id,
    DraftId,
    Kind,
    SecretHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum OutboxMessages {
    Table,
    Id,
    ToAddress,
    Subject,
    TextBody,
    HtmlBody,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    LastError,
    GivenUpAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DraftReturns::Table)
                    .col(big_pk_auto(DraftReturns::Id))
                    .col(big_integer(DraftReturns::DraftId))
                    .col(string_len(DraftReturns::Kind, 8))
                    .col(string_len(DraftReturns::SecretHash, 64).unique_key())
                    .col(timestamp_with_time_zone(DraftReturns::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("draft_returns_by_draft")
                    .table(DraftReturns::Table)
                    .col(DraftReturns::DraftId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OutboxMessages::Table)
                    .col(big_pk_auto(OutboxMessages::Id))
                    .col(string_len(OutboxMessages::ToAddress, 320))
                    .col(text(OutboxMessages::Subject))
                    .col(text(OutboxMessages::TextBody))
                    .col(text(OutboxMessages::HtmlBody))
                    .col(integer(OutboxMessages::Attempts))
                    .col(timestamp_with_time_zone(OutboxMessages::NextAttemptAt))
                    .col(timestamp_with_time_zone_null(OutboxMessages::ClaimedUntil))
                    .col(text_null(OutboxMessages::LastError))
                    .col(timestamp_with_time_zone_null(OutboxMessages::GivenUpAt))
                    .col(timestamp_with_time_zone(OutboxMessages::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("outbox_messages_due")
                    .table(OutboxMessages::Table)
                    .col(OutboxMessages::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OutboxMessages::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(DraftReturns::Table).to_owned())
            .await
    }
}
