//! Downloads of responses prepared in the background (decision 0024): a large export is written
//! by one app server into the database, a piece at a time, so its progress can be shown and the
//! finished file fetched from any app server.
//!
//! - `prepared_downloads`: one per "Prepare the download": who asked, for which consultation,
//!   the format and filter (as the results page's query string, and in words), how far it has got (`state`, `responses_done` of `responses_total`,
//!   `updated_at` moved on at least every few seconds while it runs, so one whose server stopped
//!   can be told apart), and when it expires.
//! - `prepared_download_parts`: the file's bytes in order, a megabyte or so a row.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PreparedDownloads {
    Table,
    Id,
    Token,
    ConsultationId,
    StaffUserId,
    Format,
    Query,
    Described,
    FileName,
    State,
    ResponsesTotal,
    ResponsesDone,
    Bytes,
    CreatedAt,
    UpdatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum PreparedDownloadParts {
    Table,
    DownloadId,
    Seq,
    Data,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PreparedDownloads::Table)
                    .col(big_pk_auto(PreparedDownloads::Id))
                    .col(string_len(PreparedDownloads::Token, 64).unique_key())
                    .col(big_integer(PreparedDownloads::ConsultationId))
                    .col(big_integer(PreparedDownloads::StaffUserId))
                    .col(string_len(PreparedDownloads::Format, 10))
                    .col(text(PreparedDownloads::Query))
                    .col(text(PreparedDownloads::Described))
                    .col(text(PreparedDownloads::FileName))
                    .col(string_len(PreparedDownloads::State, 20))
                    .col(big_integer(PreparedDownloads::ResponsesTotal))
                    .col(big_integer(PreparedDownloads::ResponsesDone).default(0))
                    .col(big_integer(PreparedDownloads::Bytes).default(0))
                    .col(timestamp_with_time_zone(PreparedDownloads::CreatedAt))
                    .col(timestamp_with_time_zone(PreparedDownloads::UpdatedAt))
                    .col(timestamp_with_time_zone(PreparedDownloads::ExpiresAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("prepared_downloads_by_staff")
                    .table(PreparedDownloads::Table)
                    .col(PreparedDownloads::StaffUserId)
                    .col(PreparedDownloads::ConsultationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PreparedDownloadParts::Table)
                    .col(big_integer(PreparedDownloadParts::DownloadId))
                    .col(integer(PreparedDownloadParts::Seq))
                    .col(blob(PreparedDownloadParts::Data))
                    .primary_key(
                        Index::create()
                            .col(PreparedDownloadParts::DownloadId)
                            .col(PreparedDownloadParts::Seq),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PreparedDownloadParts::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(PreparedDownloads::Table).to_owned())
            .await
    }
}
