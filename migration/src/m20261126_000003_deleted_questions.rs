//! Questions deleted in the builder, kept so "Undo" can put them back where they were (with
//! their keys, so answers to earlier versions still count with them).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DeletedQuestions {
    Table,
    Id,
    ConsultationId,
    PageKey,
    Position,
    QuestionJson,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DeletedQuestions::Table)
                    .col(big_pk_auto(DeletedQuestions::Id))
                    .col(big_integer(DeletedQuestions::ConsultationId))
                    .col(string(DeletedQuestions::PageKey))
                    .col(integer(DeletedQuestions::Position))
                    .col(text(DeletedQuestions::QuestionJson))
                    .col(timestamp_with_time_zone(DeletedQuestions::DeletedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DeletedQuestions::Table, DeletedQuestions::ConsultationId)
                            .to(Consultations::Table, Consultations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // "Undo" takes a consultation's newest deletion.
        manager
            .create_index(
                Index::create()
                    .name("idx_deleted_questions_consultation")
                    .table(DeletedQuestions::Table)
                    .col(DeletedQuestions::ConsultationId)
                    .col(DeletedQuestions::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DeletedQuestions::Table).to_owned())
            .await
    }
}
