//! Personal data (issue 10, section 5; decision 0039): each consultation's privacy notice (its
//! own words, or the site's template while it has none), how many months after closing the
//! answers that are personal data are kept, which questions are personal data (by question key,
//! so every version of the questionnaire agrees), and when those answers were last erased; and,
//! on each consultation's counts, how many times responses or answers were taken away (a server's
//! in-memory filter sets, read before, are then read again: decision 0039).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
    PrivacyMarkdown,
    RetentionMonths,
    PersonalDataErasedAt,
}

#[derive(DeriveIden)]
enum ConsultationTallies {
    Table,
    Removals,
}

#[derive(DeriveIden)]
enum PersonalDataQuestions {
    Table,
    ConsultationId,
    QuestionKey,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite takes one column per ALTER TABLE.
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .add_column(text_null(Consultations::PrivacyMarkdown))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .add_column(integer_null(Consultations::RetentionMonths))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .add_column(timestamp_with_time_zone_null(
                        Consultations::PersonalDataErasedAt,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ConsultationTallies::Table)
                    .add_column(big_integer(ConsultationTallies::Removals).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PersonalDataQuestions::Table)
                    .col(big_integer(PersonalDataQuestions::ConsultationId))
                    .col(string(PersonalDataQuestions::QuestionKey))
                    .primary_key(
                        Index::create()
                            .col(PersonalDataQuestions::ConsultationId)
                            .col(PersonalDataQuestions::QuestionKey),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                PersonalDataQuestions::Table,
                                PersonalDataQuestions::ConsultationId,
                            )
                            .to(Consultations::Table, Consultations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PersonalDataQuestions::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ConsultationTallies::Table)
                    .drop_column(ConsultationTallies::Removals)
                    .to_owned(),
            )
            .await?;
        for column in [
            Consultations::PersonalDataErasedAt,
            Consultations::RetentionMonths,
            Consultations::PrivacyMarkdown,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Consultations::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
