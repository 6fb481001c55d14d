//! Routing between pages and answers kept while a respondent goes through them (decisions 0025
//! and 0026).
//!
//! - `question_options.goto`: where choosing the option sends the respondent after its page,
//!   `page:KEY` or `end` (`domain::routing::Goto::stored`); empty for no route.
//! - `response_drafts`: a response being answered a page at a time. Found by the SHA-256 of the
//!   unguessable token in its addresses (`token_hash`; the token itself is never stored), it
//!   holds the answers given so far as the form fields that gave them (`fields`, JSON), the
//!   pages completed (`completed`, JSON keys), what a changed answer dropped (`dropped`, JSON
//!   page names, shown once on "Check your answers"), and, once sent, the stored response.
//! - `responses.duplicate_of`: the earlier response with the very same answers sent to the same
//!   consultation within minutes, when there is one (decision 0027: kept, and marked), with an
//!   index to find it by the answers' digest.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum QuestionOptions {
    Table,
    Goto,
}

#[derive(DeriveIden)]
enum Responses {
    Table,
    ConsultationId,
    AnswersDigest,
    DuplicateOf,
}

#[derive(DeriveIden)]
enum ResponseDrafts {
    Table,
    Id,
    TokenHash,
    ConsultationId,
    VersionId,
    Fields,
    Completed,
    Dropped,
    ResponseId,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(QuestionOptions::Table)
                    .add_column(string_len_null(QuestionOptions::Goto, 80))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ResponseDrafts::Table)
                    .col(big_pk_auto(ResponseDrafts::Id))
                    .col(string_len(ResponseDrafts::TokenHash, 64).unique_key())
                    .col(big_integer(ResponseDrafts::ConsultationId))
                    .col(big_integer(ResponseDrafts::VersionId))
                    .col(text(ResponseDrafts::Fields))
                    .col(text(ResponseDrafts::Completed))
                    .col(text(ResponseDrafts::Dropped))
                    .col(big_integer_null(ResponseDrafts::ResponseId))
                    .col(timestamp_with_time_zone(ResponseDrafts::CreatedAt))
                    .col(timestamp_with_time_zone(ResponseDrafts::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("response_drafts_by_consultation")
                    .table(ResponseDrafts::Table)
                    .col(ResponseDrafts::ConsultationId)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Responses::Table)
                    .add_column(big_integer_null(Responses::DuplicateOf))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("responses_by_digest")
                    .table(Responses::Table)
                    .col(Responses::ConsultationId)
                    .col(Responses::AnswersDigest)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("responses_by_digest")
                    .table(Responses::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Responses::Table)
                    .drop_column(Responses::DuplicateOf)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(ResponseDrafts::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(QuestionOptions::Table)
                    .drop_column(QuestionOptions::Goto)
                    .to_owned(),
            )
            .await
    }
}
