//! The question library's saved questions (decision 0018): questions and content blocks staff
//! save from a questionnaire for anyone building a consultation to insert a copy of.
//!
//! - `library_questions`: the saved question as JSON (`domain::Question` with no ids or keys;
//!   each insertion gives fresh keys), what it is listed as, and who saved it when.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LibraryQuestions {
    Table,
    Id,
    Name,
    Kind,
    Question,
    SavedById,
    SavedByName,
    DepartmentId,
    SavedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LibraryQuestions::Table)
                    .col(big_pk_auto(LibraryQuestions::Id))
                    .col(string(LibraryQuestions::Name))
                    .col(string(LibraryQuestions::Kind))
                    .col(text(LibraryQuestions::Question))
                    .col(big_integer(LibraryQuestions::SavedById))
                    .col(string(LibraryQuestions::SavedByName))
                    .col(big_integer_null(LibraryQuestions::DepartmentId))
                    .col(timestamp_with_time_zone(LibraryQuestions::SavedAt))
                    .take(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(LibraryQuestions::Table).to_owned())
            .await
    }
}
