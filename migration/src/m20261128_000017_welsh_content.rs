//! Welsh versions of a consultation's own words (issue 9, section 4; decision 0030).
//!
//! `content_translations`: one row per text of a consultation given in Welsh — its title,
//! summary and description, and each page title, question, hint, guidance and option of its
//! questionnaire — named by `target` (`question.q-1a2b.label`, from the stable keys every version
//! of a questionnaire shares). `source` is the English the Welsh was written from: when the
//! English changes, the Welsh is not shown (the English is, marked as English) until a translator
//! brings it up to date.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ContentTranslations {
    Table,
    Id,
    ConsultationId,
    Target,
    Source,
    Welsh,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ContentTranslations::Table)
                    .col(big_pk_auto(ContentTranslations::Id))
                    .col(big_integer(ContentTranslations::ConsultationId))
                    .col(string_len(ContentTranslations::Target, 200))
                    .col(text(ContentTranslations::Source))
                    .col(text(ContentTranslations::Welsh))
                    .col(timestamp_with_time_zone(ContentTranslations::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("content_translations_by_target")
                    .table(ContentTranslations::Table)
                    .col(ContentTranslations::ConsultationId)
                    .col(ContentTranslations::Target)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ContentTranslations::Table).to_owned())
            .await
    }
}
