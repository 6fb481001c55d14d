//! Storing and reading a consultation's related documents. Every change starts from
//! `builder::service::find_for_building`, so only the consultation's builders make them.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionSession, TransactionTrait,
};

use super::api::{DocumentAbout, RelatedDocument};
use crate::builder::service::find_for_building;
use crate::db::entities::{consultation, document_file, related_document};
use crate::domain::documents::{self, CheckedFile, FileType, MAX_DOCUMENTS};
use crate::domain::interface_text::english;
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

fn gone() -> AppError {
    AppError::NotFound(english("staff-documents-gone-here"))
}

/// The address a document's link goes to.
pub fn href(slug: &str, row: &related_document::Model) -> String {
    match &row.url {
        Some(url) => url.clone(),
        None => format!("/consultations/{slug}/documents/{}", row.id),
    }
}

fn to_view(slug: &str, row: related_document::Model) -> RelatedDocument {
    let file_type = row.file_type.as_deref().and_then(FileType::from_code);
    let about = match (&row.url, file_type) {
        (Some(url), _) => DocumentAbout::Site(documents::link_host(url)),
        (None, Some(file_type)) => DocumentAbout::File {
            file_type: file_type.code().to_string(),
            size_bytes: row.size_bytes.unwrap_or(0).max(0) as u64,
        },
        (None, None) => DocumentAbout::Nothing,
    };
    RelatedDocument {
        id: row.id,
        href: href(slug, &row),
        about,
        file_name: row.file_name,
        title: row.title,
    }
}

async fn rows(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> AppResult<Vec<related_document::Model>> {
    Ok(related_document::Entity::find()
        .filter(related_document::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(related_document::Column::Position)
        .order_by_asc(related_document::Column::Id)
        .all(db)
        .await?)
}

/// The documents of `consultation` in the order its page lists them (never reads a file).
pub async fn list(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
) -> AppResult<Vec<RelatedDocument>> {
    Ok(rows(db, consultation.id)
        .await?
        .into_iter()
        .map(|row| to_view(&consultation.slug, row))
        .collect())
}

/// The position after the last document, or a refusal when the consultation has as many as it
/// may.
async fn next_position(db: &impl ConnectionTrait, consultation_id: i64) -> AppResult<i32> {
    let existing = rows(db, consultation_id).await?;
    if existing.len() >= MAX_DOCUMENTS {
        return Err(AppError::Conflict(
            crate::domain::interface_text::english_with(
                "staff-documents-too-many",
                &[("most", MAX_DOCUMENTS.into())],
            ),
        ));
    }
    Ok(existing.last().map_or(0, |row| row.position + 1))
}

/// Records a change to `consultation`'s related documents.
async fn audited(
    txn: &impl ConnectionTrait,
    staff: &StaffIdentity,
    consultation: &crate::db::entities::consultation::Model,
    before: &str,
    after: &str,
) -> AppResult<()> {
    use crate::domain::audit::{AuditAction, AuditEntry};
    crate::audit::service::record(
        txn,
        staff,
        AuditEntry::new(AuditAction::DocumentsChanged, &consultation.title)
            .of_consultation(consultation.id, consultation.department_id)
            .before(before)
            .after(after),
    )
    .await
}

/// Adds a link (title and address already checked) as the last document.
pub async fn add_link<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    title: String,
    url: String,
) -> AppResult<()> {
    let txn = db.begin().await?;
    let consultation = find_for_building(&txn, staff, slug).await?;
    let position = next_position(&txn, consultation.id).await?;
    related_document::ActiveModel {
        consultation_id: Set(consultation.id),
        position: Set(position),
        title: Set(title.clone()),
        url: Set(Some(url.clone())),
        added_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let after = format!("Link \u{201c}{title}\u{201d} to {url} added");
    audited(&txn, staff, &consultation, "", &after).await?;
    txn.commit().await?;
    Ok(())
}

/// Stores an uploaded file (title and file already checked) as the last document.
pub async fn add_file<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    title: String,
    file: CheckedFile,
    bytes: Vec<u8>,
) -> AppResult<()> {
    let txn = db.begin().await?;
    let consultation = find_for_building(&txn, staff, slug).await?;
    let position = next_position(&txn, consultation.id).await?;
    let row = related_document::ActiveModel {
        consultation_id: Set(consultation.id),
        position: Set(position),
        title: Set(title),
        file_name: Set(Some(file.file_name)),
        file_type: Set(Some(file.file_type.code().into())),
        size_bytes: Set(Some(bytes.len() as i64)),
        added_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    // Without returning: the database would otherwise send the whole file back.
    document_file::Entity::insert(document_file::ActiveModel {
        document_id: Set(row.id),
        bytes: Set(bytes),
    })
    .exec_without_returning(&txn)
    .await?;
    let after = format!("File \u{201c}{}\u{201d} added", row.title);
    audited(&txn, staff, &consultation, "", &after).await?;
    txn.commit().await?;
    Ok(())
}

async fn find_document(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    id: i64,
) -> AppResult<related_document::Model> {
    related_document::Entity::find_by_id(id)
        .filter(related_document::Column::ConsultationId.eq(consultation_id))
        .one(db)
        .await?
        .ok_or_else(gone)
}

/// Removes document `id` (its file too), answering with its title for the message.
pub async fn remove<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    id: i64,
) -> AppResult<String> {
    let txn = db.begin().await?;
    let consultation = find_for_building(&txn, staff, slug).await?;
    let row = find_document(&txn, consultation.id, id).await?;
    document_file::Entity::delete_by_id(row.id)
        .exec(&txn)
        .await?;
    related_document::Entity::delete_by_id(row.id)
        .exec(&txn)
        .await?;
    let before = format!("\u{201c}{}\u{201d}", row.title);
    audited(&txn, staff, &consultation, &before, "Removed").await?;
    txn.commit().await?;
    Ok(row.title)
}

/// Moves document `id` one place up or down the list (at either end, nothing changes).
pub async fn move_document<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    id: i64,
    up: bool,
) -> AppResult<()> {
    let txn = db.begin().await?;
    let consultation = find_for_building(&txn, staff, slug).await?;
    let mut all = rows(&txn, consultation.id).await?;
    let index = all.iter().position(|row| row.id == id).ok_or_else(gone)?;
    let other = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1).filter(|&i| i < all.len())
    };
    if let Some(other) = other {
        let after = format!(
            "\u{201c}{}\u{201d} moved {}",
            all[index].title,
            if up { "up" } else { "down" }
        );
        audited(&txn, staff, &consultation, "", &after).await?;
        all.swap(index, other);
        // Renumbered from 0, so positions stay distinct whatever came before.
        for (position, row) in all.into_iter().enumerate() {
            if row.position != position as i32 {
                let mut row: related_document::ActiveModel = row.into();
                row.position = Set(position as i32);
                row.update(&txn).await?;
            }
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Copies every document of consultation `from` to consultation `to` (a copy or a draft started
/// from a template), files included: the bytes are copied inside the database, never read here.
pub async fn copy_all(db: &impl ConnectionTrait, from: i64, to: i64) -> AppResult<()> {
    use sea_orm::sea_query::{Expr, Query};
    for row in rows(db, from).await? {
        let copy = related_document::ActiveModel {
            consultation_id: Set(to),
            position: Set(row.position),
            title: Set(row.title.clone()),
            url: Set(row.url.clone()),
            file_name: Set(row.file_name.clone()),
            file_type: Set(row.file_type.clone()),
            size_bytes: Set(row.size_bytes),
            added_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        if row.url.is_none() {
            let select = Query::select()
                .expr(Expr::val(copy.id))
                .column(document_file::Column::Bytes)
                .from(document_file::Entity)
                .and_where(document_file::Column::DocumentId.eq(row.id))
                .to_owned();
            let insert = Query::insert()
                .into_table(document_file::Entity)
                .columns([
                    document_file::Column::DocumentId,
                    document_file::Column::Bytes,
                ])
                .select_from(select)
                .map_err(|error| {
                    tracing::error!("copying a document file: {error}");
                    AppError::Internal
                })?
                .to_owned();
            db.execute(&insert).await?;
        }
    }
    Ok(())
}

/// A stored file as it is served.
pub struct StoredFile {
    pub file_type: FileType,
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// Whether anyone may fetch it (its consultation is public), so caches may keep it.
    pub public: bool,
}

/// File `id` of consultation `slug`: anyone gets the files of a published consultation; a
/// draft's only its builders (`staff`), and to everyone else it does not exist.
pub async fn stored_file(
    db: &impl ConnectionTrait,
    slug: &str,
    id: i64,
    staff: Option<&StaffIdentity>,
) -> AppResult<StoredFile> {
    let consultation = crate::db::questionnaire_store::find_for_staff(db, slug).await?;
    let public = consultation.state == crate::db::questionnaire_store::STATE_PUBLISHED;
    if !public {
        let may_build = staff.is_some_and(|staff| {
            staff.can(
                crate::domain::permissions::Action::Edit,
                crate::domain::permissions::Target::Workspace(consultation.department_id),
            )
        });
        if !may_build {
            return Err(AppError::NotFound(english("staff-no-consultation-here")));
        }
    }
    let row = find_document(db, consultation.id, id).await?;
    let (Some(file_name), Some(file_type)) = (
        row.file_name,
        row.file_type.as_deref().and_then(FileType::from_code),
    ) else {
        return Err(gone());
    };
    let bytes = document_file::Entity::find_by_id(row.id)
        .select_only()
        .column(document_file::Column::Bytes)
        .into_tuple::<Vec<u8>>()
        .one(db)
        .await?
        .ok_or_else(gone)?;
    Ok(StoredFile {
        file_type,
        file_name,
        bytes,
        public,
    })
}
