//! Two-factor sign-in with an authenticator app (issue 10, section 2; decision 0036).
//!
//! - `staff_users` gains the TOTP secret (hex; set once the person has proved their app shows
//!   the right codes), the secret being set up (not yet proved), when it was turned on, and the
//!   last 30-second step a code was accepted for (so one code works once).
//! - `staff_recovery_codes`: ten one-use codes per person for a lost phone, kept as SHA-256 of
//!   the person's id and the code.
//! - `sign_in_challenges`: a sign-in whose password was right but which still needs a code
//!   (`code`), or a person the site requires to set up two-factor sign-in first (`enrol`). Like
//!   a session, only the SHA-256 of its cookie's token is kept; it lasts ten minutes and dies
//!   after five wrong codes.
//! - `site_settings`: the site's own settings, one row per key (the first: whether two-factor
//!   sign-in is required of all staff).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StaffUsers {
    Table,
    Id,
    TotpSecret,
    TotpPendingSecret,
    TotpEnabledAt,
    TotpLastStep,
}

#[derive(DeriveIden)]
enum StaffRecoveryCodes {
    Table,
    Id,
    StaffUserId,
    CodeHash,
    UsedAt,
}

#[derive(DeriveIden)]
enum SignInChallenges {
    Table,
    Id,
    TokenHash,
    StaffUserId,
    Purpose,
    NextPath,
    CreatedAt,
    ExpiresAt,
    Failures,
}

#[derive(DeriveIden)]
enum SiteSettings {
    Table,
    Key,
    Value,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        for column in [
            string_len_null(StaffUsers::TotpSecret, 64),
            string_len_null(StaffUsers::TotpPendingSecret, 64),
            timestamp_with_time_zone_null(StaffUsers::TotpEnabledAt),
            big_integer_null(StaffUsers::TotpLastStep),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(StaffUsers::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(StaffRecoveryCodes::Table)
                    .col(big_pk_auto(StaffRecoveryCodes::Id))
                    .col(big_integer(StaffRecoveryCodes::StaffUserId))
                    .col(string_len(StaffRecoveryCodes::CodeHash, 64))
                    .col(timestamp_with_time_zone_null(StaffRecoveryCodes::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffRecoveryCodes::Table, StaffRecoveryCodes::StaffUserId)
                            .to(StaffUsers::Table, StaffUsers::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_staff_recovery_codes_staff_user")
                    .table(StaffRecoveryCodes::Table)
                    .col(StaffRecoveryCodes::StaffUserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SignInChallenges::Table)
                    .col(big_pk_auto(SignInChallenges::Id))
                    .col(string_len(SignInChallenges::TokenHash, 64).unique_key())
                    .col(big_integer(SignInChallenges::StaffUserId))
                    .col(string_len(SignInChallenges::Purpose, 16))
                    .col(string_len(SignInChallenges::NextPath, 2048))
                    .col(timestamp_with_time_zone(SignInChallenges::CreatedAt))
                    .col(timestamp_with_time_zone(SignInChallenges::ExpiresAt))
                    .col(integer(SignInChallenges::Failures).default(0))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SignInChallenges::Table, SignInChallenges::StaffUserId)
                            .to(StaffUsers::Table, StaffUsers::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SiteSettings::Table)
                    .col(string_len(SiteSettings::Key, 64).primary_key())
                    .col(text(SiteSettings::Value))
                    .col(timestamp_with_time_zone(SiteSettings::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SiteSettings::Table.into_iden(),
            SignInChallenges::Table.into_iden(),
            StaffRecoveryCodes::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for column in [
            StaffUsers::TotpLastStep.into_iden(),
            StaffUsers::TotpEnabledAt.into_iden(),
            StaffUsers::TotpPendingSecret.into_iden(),
            StaffUsers::TotpSecret.into_iden(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(StaffUsers::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
