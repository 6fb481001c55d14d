//! The site's own files (decision 0040): for now the council's logo, uploaded by a site admin.
//!
//! - `site_files`: one row a file, by what it is for (`name`: "logo"), with its type code, size
//!   in pixels and a version naming its bytes (the address it is served at). In the database,
//!   as related documents are, so every app server serves the same logo and backups hold it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SiteFiles {
    Table,
    Name,
    FileName,
    FileType,
    Width,
    Height,
    Version,
    Bytes,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SiteFiles::Table)
                    .col(string(SiteFiles::Name).primary_key())
                    .col(string(SiteFiles::FileName))
                    .col(string(SiteFiles::FileType))
                    .col(integer(SiteFiles::Width))
                    .col(integer(SiteFiles::Height))
                    .col(string(SiteFiles::Version))
                    .col(blob(SiteFiles::Bytes))
                    .col(timestamp_with_time_zone(SiteFiles::UpdatedAt))
                    .take(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SiteFiles::Table).to_owned())
            .await
    }
}
