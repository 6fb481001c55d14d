//! Sign-in hardening (issue 10, section 2; decision 0033).
//!
//! - `sign_in_backoffs`: failed sign-ins counted per client address, per account from one
//!   address, and per account (`domain::sign_in_backoff`). `key` names the count and a SHA-256
//!   of what it counts (never the address or email itself); a row goes when its sign-in
//!   succeeds, or is overwritten once it is old enough to forget.
//! - `staff_users.deactivated_at`: an account switched off by an admin. It signs in no more and
//!   its sessions end; its name stays on what it did.
//!
//! Sessions need no new column: `staff_sessions.expires_at` becomes the idle deadline, moved on
//! as the session is used, and `created_at` bounds it absolutely.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SignInBackoffs {
    Table,
    Key,
    Failures,
    LastFailureAt,
    BlockedUntil,
}

#[derive(DeriveIden)]
enum StaffUsers {
    Table,
    DeactivatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SignInBackoffs::Table)
                    .col(string_len(SignInBackoffs::Key, 100).primary_key())
                    .col(integer(SignInBackoffs::Failures))
                    .col(timestamp_with_time_zone(SignInBackoffs::LastFailureAt))
                    .col(timestamp_with_time_zone_null(SignInBackoffs::BlockedUntil))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUsers::Table)
                    .add_column(timestamp_with_time_zone_null(StaffUsers::DeactivatedAt))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUsers::Table)
                    .drop_column(StaffUsers::DeactivatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(SignInBackoffs::Table).to_owned())
            .await?;
        Ok(())
    }
}
