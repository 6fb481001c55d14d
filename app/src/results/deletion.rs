//! Deleting one response (decision 0039): with a reason, by a workspace admin, its answers and
//! everything holding them taken away and every count it moved corrected, in one transaction;
//! the audit log keeps its reference and the reason, never its answers.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionSession, TransactionTrait,
    sea_query::{Expr, Query},
};

use crate::audit::service::record_at;
use crate::db::entities::{answer, draft_return, response, response_draft};
use crate::db::questionnaire_store::{find_for_staff, load_questionnaire};
use crate::domain::FieldError;
use crate::domain::QuestionKind;
use crate::domain::answers::StoredAnswer;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::interface_text::english;
use crate::domain::permissions::{Action, Target};
use crate::domain::personal_data::parse_reason;
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

/// A response deleted: its reference as stored, and its consultation's id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deleted {
    pub reference: String,
    pub consultation_id: i64,
}

/// Deletes the response `reference` of consultation `slug`, by `staff`, for `reason`.
pub async fn delete_response<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    reference: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> AppResult<Deleted> {
    let consultation = find_for_staff(db, slug).await?;
    staff.ensure(
        Action::DeleteResponses,
        Target::Workspace(consultation.department_id),
    )?;
    // Its answers that were personal data are gone, and their counts with nobody's name on
    // them: what this response added to those counts can no longer be known, so it stays.
    if consultation.personal_data_erased_at.is_some() {
        return Err(AppError::Conflict(english("results-delete-after-erasure")));
    }
    let not_found = || AppError::NotFound(english("results-refusal-no-response"));
    let reference = crate::domain::reference::normalise(reference).ok_or_else(not_found)?;
    let reason = parse_reason(reason)
        .map_err(|id| AppError::Invalid(vec![FieldError::said("reason", id)]))?;
    let found = response::Entity::find()
        .filter(response::Column::Reference.eq(reference.as_str()))
        .filter(response::Column::ConsultationId.eq(consultation.id))
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    let questionnaire = load_questionnaire(db, found.version_id).await?;

    let txn = db.begin().await?;
    // A write first, so SQLite takes the write lock now rather than upgrading a read lock later
    // (which fails at once if another response was stored meanwhile).
    response::Entity::update_many()
        .col_expr(
            response::Column::DuplicateOf,
            Expr::col(response::Column::DuplicateOf),
        )
        .filter(response::Column::Id.eq(found.id))
        .exec(&txn)
        .await?;
    let rows: Vec<StoredAnswer> = answer::Entity::find()
        .filter(answer::Column::ResponseId.eq(found.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|a| StoredAnswer {
            summed: a.number_value.is_some()
                && questionnaire
                    .question(a.question_id)
                    .is_some_and(|q| matches!(q.kind, QuestionKind::Number { .. })),
            question_id: a.question_id,
            option_id: a.option_id,
            text: a.text_value,
            number: a.number_value,
            scale_option_id: a.scale_option_id,
        })
        .collect();
    // Gone already (another request deleted it meanwhile): nothing more to take away.
    let deleted = response::Entity::delete_by_id(found.id).exec(&txn).await?;
    if deleted.rows_affected == 0 {
        return Err(not_found());
    }
    answer::Entity::delete_many()
        .filter(answer::Column::ResponseId.eq(found.id))
        .exec(&txn)
        .await?;
    // The answers as they were typed, kept while the person answered a page at a time.
    let drafts_of = || {
        Query::select()
            .column(response_draft::Column::Id)
            .from(response_draft::Entity)
            .and_where(response_draft::Column::ResponseId.eq(found.id))
            .to_owned()
    };
    draft_return::Entity::delete_many()
        .filter(draft_return::Column::DraftId.in_subquery(drafts_of()))
        .exec(&txn)
        .await?;
    response_draft::Entity::delete_many()
        .filter(response_draft::Column::ResponseId.eq(found.id))
        .exec(&txn)
        .await?;
    // Later responses marked as possibly the same as this one are no longer marked.
    response::Entity::update_many()
        .col_expr(response::Column::DuplicateOf, Expr::value(None::<i64>))
        .filter(response::Column::DuplicateOf.eq(found.id))
        .exec(&txn)
        .await?;
    crate::respond::counts::remove(
        &txn,
        &crate::respond::counts::Counted {
            consultation_id: consultation.id,
            version_id: found.version_id,
            channel: &found.channel,
            submitted_at: found.submitted_at,
            rows: &rows,
        },
    )
    .await?;
    // Files prepared from the responses held it: they go (a new one can be asked for).
    crate::results::prepared::expire_consultation(&txn, consultation.id, now).await?;
    record_at(
        &txn,
        staff.into(),
        AuditEntry::new(AuditAction::ResponseDeleted, &consultation.title)
            .of_consultation(consultation.id, consultation.department_id)
            .before(&format!("Response {}", found.reference))
            .after(&format!("Deleted: {reason}")),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Deleted {
        reference: found.reference,
        consultation_id: consultation.id,
    })
}

/// The response page's delete form: deletes it and goes back to the list, which says so.
pub async fn post_delete_response(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    axum::extract::Path((slug, reference)): axum::extract::Path<(String, String)>,
    request: axum::extract::Request,
) -> axum::response::Response {
    use crate::domain::answers::posted_value;
    let here = match (
        crate::domain::Slug::parse(&slug),
        crate::domain::reference::normalise(&reference),
    ) {
        (Some(slug), Some(reference)) => {
            format!(
                "/staff/consultations/{}/responses/{reference}",
                slug.as_str()
            )
        }
        _ => "/staff".to_string(),
    };
    let (staff, parts, fields) =
        match crate::builder::http::staff_form(&state, request, &here).await {
            Ok(form) => form,
            Err(response) => return response,
        };
    let deleted = delete_response(
        &state.db,
        &staff,
        &slug,
        &reference,
        posted_value(&fields, "reason"),
        Utc::now(),
    )
    .await;
    match deleted {
        Ok(deleted) => {
            // Open dashboards count it out now.
            state.live.response_stored(deleted.consultation_id).await;
            crate::staff::http::see_other(&format!(
                "/staff/consultations/{slug}/responses?deleted={}",
                deleted.reference
            ))
        }
        Err(error) => crate::render::render_refused(state, parts, &error, fields).await,
    }
}
