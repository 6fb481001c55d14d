//! The first schema: organisation, staff and sessions, consultations with versioned
//! questionnaires, responses stored as answer rows, and counts maintained as answers arrive.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Departments {
    Table,
    Id,
    Slug,
    Name,
}

#[derive(DeriveIden)]
enum StaffUsers {
    Table,
    Id,
    Email,
    DisplayName,
    PasswordHash,
    DepartmentId,
    Role,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StaffSessions {
    Table,
    Id,
    TokenHash,
    StaffUserId,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
    Slug,
    Title,
    Summary,
    BodyMarkdown,
    DepartmentId,
    ContactName,
    ContactEmail,
    State,
    OpensAt,
    ClosesAt,
    OutcomeMarkdown,
    OutcomePublishedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum QuestionnaireVersions {
    Table,
    Id,
    ConsultationId,
    Number,
    CreatedAt,
    PublishedAt,
}

#[derive(DeriveIden)]
enum QuestionnairePages {
    Table,
    Id,
    VersionId,
    Key,
    Position,
    Title,
}

#[derive(DeriveIden)]
enum Questions {
    Table,
    Id,
    VersionId,
    PageId,
    Key,
    Position,
    Kind,
    Label,
    Hint,
    Required,
    MaxChars,
    MinChoices,
    MaxChoices,
}

#[derive(DeriveIden)]
enum QuestionOptions {
    Table,
    Id,
    QuestionId,
    Key,
    Position,
    Label,
}

#[derive(DeriveIden)]
enum Responses {
    Table,
    Id,
    ConsultationId,
    VersionId,
    Reference,
    IdempotencyKey,
    AnswersDigest,
    Channel,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum Answers {
    Table,
    Id,
    ResponseId,
    QuestionId,
    OptionId,
    TextValue,
}

#[derive(DeriveIden)]
enum ConsultationTallies {
    Table,
    ConsultationId,
    Responses,
    LastResponseAt,
}

#[derive(DeriveIden)]
enum DailyTallies {
    Table,
    ConsultationId,
    Day,
    Responses,
}

#[derive(DeriveIden)]
enum QuestionTallies {
    Table,
    QuestionId,
    Answered,
}

#[derive(DeriveIden)]
enum OptionTallies {
    Table,
    OptionId,
    Chosen,
}

#[derive(DeriveIden)]
enum AppSecrets {
    Table,
    Name,
    Value,
}

fn fk(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    to_col: impl IntoIden,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from_table, from_col)
        .to(to_table, to_col)
        .on_delete(on_delete)
        .take()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict, SetNull};

        manager
            .create_table(
                Table::create()
                    .table(Departments::Table)
                    .col(big_pk_auto(Departments::Id))
                    .col(string_uniq(Departments::Slug))
                    .col(string(Departments::Name))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffUsers::Table)
                    .col(big_pk_auto(StaffUsers::Id))
                    // Stored lower-cased, so sign-in ignores case.
                    .col(string_uniq(StaffUsers::Email))
                    .col(string(StaffUsers::DisplayName))
                    .col(string(StaffUsers::PasswordHash))
                    .col(big_integer_null(StaffUsers::DepartmentId))
                    .col(string(StaffUsers::Role))
                    .col(timestamp_with_time_zone(StaffUsers::CreatedAt))
                    .foreign_key(&mut fk(
                        StaffUsers::Table,
                        StaffUsers::DepartmentId,
                        Departments::Table,
                        Departments::Id,
                        SetNull,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffSessions::Table)
                    .col(big_pk_auto(StaffSessions::Id))
                    // Only a hash of the cookie's token is stored: a leaked table signs no one in.
                    .col(string_uniq(StaffSessions::TokenHash))
                    .col(big_integer(StaffSessions::StaffUserId))
                    .col(timestamp_with_time_zone(StaffSessions::CreatedAt))
                    .col(timestamp_with_time_zone(StaffSessions::ExpiresAt))
                    .foreign_key(&mut fk(
                        StaffSessions::Table,
                        StaffSessions::StaffUserId,
                        StaffUsers::Table,
                        StaffUsers::Id,
                        Cascade,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Consultations::Table)
                    .col(big_pk_auto(Consultations::Id))
                    .col(string_uniq(Consultations::Slug))
                    .col(string(Consultations::Title))
                    .col(text(Consultations::Summary))
                    .col(text(Consultations::BodyMarkdown))
                    .col(big_integer(Consultations::DepartmentId))
                    .col(string(Consultations::ContactName))
                    .col(string(Consultations::ContactEmail))
                    // draft | published; the full approval workflow extends this column.
                    .col(string(Consultations::State))
                    .col(timestamp_with_time_zone(Consultations::OpensAt))
                    .col(timestamp_with_time_zone(Consultations::ClosesAt))
                    .col(text_null(Consultations::OutcomeMarkdown))
                    .col(timestamp_with_time_zone_null(
                        Consultations::OutcomePublishedAt,
                    ))
                    .col(timestamp_with_time_zone(Consultations::CreatedAt))
                    .col(timestamp_with_time_zone(Consultations::UpdatedAt))
                    .foreign_key(&mut fk(
                        Consultations::Table,
                        Consultations::DepartmentId,
                        Departments::Table,
                        Departments::Id,
                        Restrict,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(QuestionnaireVersions::Table)
                    .col(big_pk_auto(QuestionnaireVersions::Id))
                    .col(big_integer(QuestionnaireVersions::ConsultationId))
                    .col(integer(QuestionnaireVersions::Number))
                    .col(timestamp_with_time_zone(QuestionnaireVersions::CreatedAt))
                    .col(timestamp_with_time_zone_null(
                        QuestionnaireVersions::PublishedAt,
                    ))
                    .foreign_key(&mut fk(
                        QuestionnaireVersions::Table,
                        QuestionnaireVersions::ConsultationId,
                        Consultations::Table,
                        Consultations::Id,
                        Cascade,
                    ))
                    .index(
                        Index::create()
                            .unique()
                            .col(QuestionnaireVersions::ConsultationId)
                            .col(QuestionnaireVersions::Number),
                    )
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(QuestionnairePages::Table)
                    .col(big_pk_auto(QuestionnairePages::Id))
                    .col(big_integer(QuestionnairePages::VersionId))
                    .col(string(QuestionnairePages::Key))
                    .col(integer(QuestionnairePages::Position))
                    .col(string_null(QuestionnairePages::Title))
                    .foreign_key(&mut fk(
                        QuestionnairePages::Table,
                        QuestionnairePages::VersionId,
                        QuestionnaireVersions::Table,
                        QuestionnaireVersions::Id,
                        Cascade,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Questions::Table)
                    .col(big_pk_auto(Questions::Id))
                    .col(big_integer(Questions::VersionId))
                    .col(big_integer(Questions::PageId))
                    // Stable across versions: the same question keeps its key when reworded.
                    .col(string(Questions::Key))
                    .col(integer(Questions::Position))
                    .col(string(Questions::Kind))
                    .col(text(Questions::Label))
                    .col(text_null(Questions::Hint))
                    .col(boolean(Questions::Required))
                    .col(integer_null(Questions::MaxChars))
                    .col(integer_null(Questions::MinChoices))
                    .col(integer_null(Questions::MaxChoices))
                    .foreign_key(&mut fk(
                        Questions::Table,
                        Questions::VersionId,
                        QuestionnaireVersions::Table,
                        QuestionnaireVersions::Id,
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        Questions::Table,
                        Questions::PageId,
                        QuestionnairePages::Table,
                        QuestionnairePages::Id,
                        Cascade,
                    ))
                    .index(
                        Index::create()
                            .unique()
                            .col(Questions::VersionId)
                            .col(Questions::Key),
                    )
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(QuestionOptions::Table)
                    .col(big_pk_auto(QuestionOptions::Id))
                    .col(big_integer(QuestionOptions::QuestionId))
                    .col(string(QuestionOptions::Key))
                    .col(integer(QuestionOptions::Position))
                    .col(text(QuestionOptions::Label))
                    .foreign_key(&mut fk(
                        QuestionOptions::Table,
                        QuestionOptions::QuestionId,
                        Questions::Table,
                        Questions::Id,
                        Cascade,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Responses::Table)
                    .col(big_pk_auto(Responses::Id))
                    .col(big_integer(Responses::ConsultationId))
                    .col(big_integer(Responses::VersionId))
                    .col(string_uniq(Responses::Reference))
                    // One response per rendered form: a double-click or a resent POST finds this.
                    .col(string_uniq(Responses::IdempotencyKey))
                    .col(string(Responses::AnswersDigest))
                    .col(string(Responses::Channel))
                    .col(timestamp_with_time_zone(Responses::SubmittedAt))
                    .foreign_key(&mut fk(
                        Responses::Table,
                        Responses::ConsultationId,
                        Consultations::Table,
                        Consultations::Id,
                        Restrict,
                    ))
                    .foreign_key(&mut fk(
                        Responses::Table,
                        Responses::VersionId,
                        QuestionnaireVersions::Table,
                        QuestionnaireVersions::Id,
                        Restrict,
                    ))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_responses_consultation")
                    .table(Responses::Table)
                    .col(Responses::ConsultationId)
                    .col(Responses::Id)
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Answers::Table)
                    .col(big_pk_auto(Answers::Id))
                    .col(big_integer(Answers::ResponseId))
                    .col(big_integer(Answers::QuestionId))
                    .col(big_integer_null(Answers::OptionId))
                    .col(text_null(Answers::TextValue))
                    .foreign_key(&mut fk(
                        Answers::Table,
                        Answers::ResponseId,
                        Responses::Table,
                        Responses::Id,
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        Answers::Table,
                        Answers::QuestionId,
                        Questions::Table,
                        Questions::Id,
                        Restrict,
                    ))
                    .foreign_key(&mut fk(
                        Answers::Table,
                        Answers::OptionId,
                        QuestionOptions::Table,
                        QuestionOptions::Id,
                        Restrict,
                    ))
                    .take(),
            )
            .await?;
        // Latest answers to a question, newest first, without scanning all answers.
        manager
            .create_index(
                Index::create()
                    .name("idx_answers_question")
                    .table(Answers::Table)
                    .col(Answers::QuestionId)
                    .col(Answers::Id)
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_answers_response")
                    .table(Answers::Table)
                    .col(Answers::ResponseId)
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ConsultationTallies::Table)
                    .col(
                        big_integer(ConsultationTallies::ConsultationId)
                            .primary_key()
                            .take(),
                    )
                    .col(big_integer(ConsultationTallies::Responses))
                    .col(timestamp_with_time_zone_null(
                        ConsultationTallies::LastResponseAt,
                    ))
                    .foreign_key(&mut fk(
                        ConsultationTallies::Table,
                        ConsultationTallies::ConsultationId,
                        Consultations::Table,
                        Consultations::Id,
                        Cascade,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(DailyTallies::Table)
                    .col(big_integer(DailyTallies::ConsultationId))
                    .col(string_len(DailyTallies::Day, 10))
                    .col(big_integer(DailyTallies::Responses))
                    .primary_key(
                        Index::create()
                            .col(DailyTallies::ConsultationId)
                            .col(DailyTallies::Day),
                    )
                    .foreign_key(&mut fk(
                        DailyTallies::Table,
                        DailyTallies::ConsultationId,
                        Consultations::Table,
                        Consultations::Id,
                        Cascade,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(QuestionTallies::Table)
                    .col(
                        big_integer(QuestionTallies::QuestionId)
                            .primary_key()
                            .take(),
                    )
                    .col(big_integer(QuestionTallies::Answered))
                    .foreign_key(&mut fk(
                        QuestionTallies::Table,
                        QuestionTallies::QuestionId,
                        Questions::Table,
                        Questions::Id,
                        Cascade,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OptionTallies::Table)
                    .col(big_integer(OptionTallies::OptionId).primary_key().take())
                    .col(big_integer(OptionTallies::Chosen))
                    .foreign_key(&mut fk(
                        OptionTallies::Table,
                        OptionTallies::OptionId,
                        QuestionOptions::Table,
                        QuestionOptions::Id,
                        Cascade,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AppSecrets::Table)
                    .col(string(AppSecrets::Name).primary_key().take())
                    .col(string(AppSecrets::Value))
                    .take(),
            )
            .await?;

        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AppSecrets::Table.into_iden(),
            OptionTallies::Table.into_iden(),
            QuestionTallies::Table.into_iden(),
            DailyTallies::Table.into_iden(),
            ConsultationTallies::Table.into_iden(),
            Answers::Table.into_iden(),
            Responses::Table.into_iden(),
            QuestionOptions::Table.into_iden(),
            Questions::Table.into_iden(),
            QuestionnairePages::Table.into_iden(),
            QuestionnaireVersions::Table.into_iden(),
            Consultations::Table.into_iden(),
            StaffSessions::Table.into_iden(),
            StaffUsers::Table.into_iden(),
            Departments::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).take())
                .await?;
        }
        Ok(())
    }
}
