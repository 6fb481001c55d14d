//! Saving, listing, inserting and removing the question library's saved questions.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionSession, TransactionTrait,
};

use super::api::SavedQuestion;
use crate::db::entities::library_question;
use crate::domain::Question;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::interface_text::english;
use crate::domain::library::{saved_copy, saved_name};
use crate::domain::permissions::{Action, Target};
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

fn gone() -> AppError {
    AppError::NotFound(english("staff-library-gone-question"))
}

/// Saves a copy of question `key` of consultation `slug` (as it is stored now) to the library,
/// for anyone building a consultation. Only its builders may; the same question saved twice is
/// refused, saying who saved it.
pub async fn save<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    key: &str,
) -> AppResult<()> {
    let consultation = crate::builder::service::find_for_building(db, staff, slug).await?;
    let draft = crate::builder::service::questionnaire_draft(db, staff.clone(), slug).await?;
    let question = draft
        .questionnaire
        .question_by_key(key)
        .ok_or_else(|| AppError::NotFound(english("staff-library-question-deleted")))?;
    let copy = saved_copy(question);
    let json =
        serde_json::to_string(&copy).map_err(|error| AppError::internal("library", error))?;
    if let Some(same) = library_question::Entity::find()
        .filter(library_question::Column::Question.eq(json.as_str()))
        .one(db)
        .await?
    {
        return Err(AppError::Conflict(
            crate::domain::interface_text::english_with(
                "staff-library-already-saved",
                &[
                    ("who", same.saved_by_name.into()),
                    (
                        "date",
                        crate::domain::uk_time::format_date(same.saved_at).into(),
                    ),
                ],
            ),
        ));
    }
    let name = saved_name(&copy);
    let txn = db.begin().await?;
    library_question::ActiveModel {
        name: Set(name.clone()),
        kind: Set(copy.kind.code().into()),
        question: Set(json),
        saved_by_id: Set(staff.id),
        saved_by_name: Set(staff.display_name.clone()),
        department_id: Set(Some(consultation.department_id)),
        saved_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    crate::audit::service::record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::QuestionSaved, &name)
            .of_consultation(consultation.id, consultation.department_id)
            .after(&format!(
                "Saved from \u{201c}{}\u{201d}",
                consultation.title
            )),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Every saved question, by name, as `staff` sees them (with what they may remove).
pub async fn list(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
) -> AppResult<Vec<SavedQuestion>> {
    let departments = crate::hub::service::department_names(db).await?;
    let rows = library_question::Entity::find()
        .order_by_asc(library_question::Column::Name)
        .order_by_asc(library_question::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let department = row
                .department_id
                .and_then(|id| departments.get(&id).cloned());
            SavedQuestion {
                id: row.id,
                removable: staff.can(
                    Action::RemoveSavedQuestion,
                    Target::SavedQuestion {
                        saved_by: row.saved_by_id,
                    },
                ),
                saved_by_name: row.saved_by_name,
                department,
                saved_at: row.saved_at,
                kind_code: row.kind,
                name: row.name,
            }
        })
        .collect())
}

/// Saved question `id` as a question to insert (no keys: the edit gives fresh ones).
pub async fn question(db: &impl ConnectionTrait, id: i64) -> AppResult<Question> {
    let row = library_question::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(gone)?;
    serde_json::from_str(&row.question).map_err(|error| {
        tracing::error!("saved question {id} cannot be read: {error}");
        AppError::Conflict(english("staff-library-question-too-old"))
    })
}

/// Takes saved question `id` out of the library (copies already added stay where they are).
pub async fn remove<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    id: i64,
) -> AppResult<String> {
    let row = library_question::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(gone)?;
    if !staff.can(
        Action::RemoveSavedQuestion,
        Target::SavedQuestion {
            saved_by: row.saved_by_id,
        },
    ) {
        return Err(AppError::Forbidden);
    }
    let txn = db.begin().await?;
    library_question::Entity::delete_by_id(id)
        .exec(&txn)
        .await?;
    let mut entry = AuditEntry::new(AuditAction::SavedQuestionRemoved, &row.name)
        .before(&format!("Saved by {}", row.saved_by_name));
    if let Some(workspace) = row.department_id {
        entry = entry.in_workspace(workspace);
    }
    crate::audit::service::record(&txn, staff, entry).await?;
    txn.commit().await?;
    Ok(row.name)
}
