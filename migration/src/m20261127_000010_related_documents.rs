//! Related documents of a consultation (decision 0017): links, and files staff upload.
//!
//! - `related_documents`: one row a document, in the order the consultation page lists them.
//!   A link has `url`; a file has its name, type code and size.
//! - `document_files`: an uploaded file's bytes, apart from the list so that listing documents
//!   never reads them. In the database (not on one server's disk) so every app server serves
//!   the same files, and backups hold them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum RelatedDocuments {
    Table,
    Id,
    ConsultationId,
    Position,
    Title,
    Url,
    FileName,
    FileType,
    SizeBytes,
    AddedAt,
}

#[derive(DeriveIden)]
enum DocumentFiles {
    Table,
    DocumentId,
    Bytes,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RelatedDocuments::Table)
                    .col(big_pk_auto(RelatedDocuments::Id))
                    .col(big_integer(RelatedDocuments::ConsultationId))
                    .col(integer(RelatedDocuments::Position))
                    .col(string(RelatedDocuments::Title))
                    .col(text_null(RelatedDocuments::Url))
                    .col(string_null(RelatedDocuments::FileName))
                    .col(string_null(RelatedDocuments::FileType))
                    .col(big_integer_null(RelatedDocuments::SizeBytes))
                    .col(timestamp_with_time_zone(RelatedDocuments::AddedAt))
                    .foreign_key(
                        &mut ForeignKey::create()
                            .from(RelatedDocuments::Table, RelatedDocuments::ConsultationId)
                            .to(Consultations::Table, Consultations::Id)
                            .on_delete(ForeignKeyAction::Cascade)
                            .take(),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("related_documents_by_consultation")
                    .table(RelatedDocuments::Table)
                    .col(RelatedDocuments::ConsultationId)
                    .col(RelatedDocuments::Position)
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DocumentFiles::Table)
                    .col(big_integer(DocumentFiles::DocumentId).primary_key())
                    .col(blob(DocumentFiles::Bytes))
                    .foreign_key(
                        &mut ForeignKey::create()
                            .from(DocumentFiles::Table, DocumentFiles::DocumentId)
                            .to(RelatedDocuments::Table, RelatedDocuments::Id)
                            .on_delete(ForeignKeyAction::Cascade)
                            .take(),
                    )
                    .take(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DocumentFiles::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(RelatedDocuments::Table).to_owned())
            .await
    }
}
