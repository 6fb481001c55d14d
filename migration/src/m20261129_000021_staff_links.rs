//! Links that set a staff member's password (issue 10, section 2; decision 0035): an invitation
//! to a new account, or a reset of a forgotten password.
//!
//! `staff_links`: the SHA-256 of the link's token (the table alone lets nobody in), whose
//! account, what for (`invitation` or `password_reset`), when it expires and when it was used.
//! A link works once: using it sets `used_at` in the same statement that checks it was unset.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StaffLinks {
    Table,
    Id,
    TokenHash,
    StaffUserId,
    Purpose,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum StaffUsers {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StaffLinks::Table)
                    .col(big_pk_auto(StaffLinks::Id))
                    .col(string_len(StaffLinks::TokenHash, 64).unique_key())
                    .col(big_integer(StaffLinks::StaffUserId))
                    .col(string_len(StaffLinks::Purpose, 32))
                    .col(timestamp_with_time_zone(StaffLinks::CreatedAt))
                    .col(timestamp_with_time_zone(StaffLinks::ExpiresAt))
                    .col(timestamp_with_time_zone_null(StaffLinks::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffLinks::Table, StaffLinks::StaffUserId)
                            .to(StaffUsers::Table, StaffUsers::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(StaffLinks::Table).to_owned())
            .await
    }
}
