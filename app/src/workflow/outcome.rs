//! The outcome ("We asked, you said, we did"): written by the consultation's editors once it has
//! closed, published by a reviewer (decision 0038). Saving keeps the words as a draft; the public
//! page shows the words a reviewer last published.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectionTrait, TransactionSession, TransactionTrait,
};

use super::api::OutcomePage;
use super::service::{Record, conflict, facts_of, move_stage, stage_of};
use crate::db::entities::consultation;
use crate::db::questionnaire_store::find_for_staff;
use crate::domain::FieldError;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::permissions::{Action, Target};
use crate::domain::workflow::{Step, next};
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

/// The longest outcome kept: as long as a consultation's own description may be.
pub const MOST_OUTCOME_CHARS: usize = crate::domain::consultation_details::MAX_BODY_CHARS;

/// The outcome's page of consultation `slug`: anyone who sees the consultation reads it; those
/// who edit it write it once it has closed.
pub async fn page(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    slug: &str,
) -> AppResult<OutcomePage> {
    let row = find_for_staff(db, slug).await?;
    let workspace = Target::Workspace(row.department_id);
    staff.ensure(Action::View, workspace)?;
    let stage = stage_of(&row);
    let writes = staff.can(Action::Edit, workspace)
        && next(stage, Step::EditOutcome, &facts_of(&row, Utc::now(), false)).is_ok();
    Ok(OutcomePage {
        staff,
        slug: row.slug,
        title: row.title,
        stage,
        text: row.outcome_draft_markdown.unwrap_or_default(),
        published_at: row.outcome_published_at,
        writes,
    })
}

/// Saves `text` as consultation `slug`'s outcome, by `staff`. Once published, a change goes
/// back to review (the public page keeps the published words until a reviewer publishes the new
/// ones). Answers whether it went back to review.
pub async fn save<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    text: &str,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let row = find_for_staff(db, slug).await?;
    staff.ensure(Action::Edit, Target::Workspace(row.department_id))?;
    let stage = stage_of(&row);
    let to = next(stage, Step::EditOutcome, &facts_of(&row, now, false))
        .map_err(|_| conflict("workflow-outcome-not-yet"))?;
    let text = crate::domain::answers::normalise_text(text);
    if text.is_empty() {
        return Err(AppError::Invalid(vec![FieldError::said(
            "outcome",
            "workflow-outcome-enter",
        )]));
    }
    if text.chars().count() > MOST_OUTCOME_CHARS {
        return Err(AppError::Invalid(vec![FieldError::said(
            "outcome",
            "workflow-outcome-too-long",
        )]));
    }
    // Saved again unchanged: nothing happened.
    if row.outcome_draft_markdown.as_deref() == Some(text.as_str()) {
        return Ok(false);
    }
    let txn = db.begin().await?;
    let mut active: consultation::ActiveModel = row.clone().into();
    active.outcome_draft_markdown = Set(Some(text.clone()));
    active.updated_at = Set(now);
    active.update(&txn).await?;
    crate::audit::service::record_at(
        &txn,
        staff.into(),
        AuditEntry::new(AuditAction::OutcomeChanged, &row.title)
            .of_consultation(row.id, row.department_id)
            .before(row.outcome_draft_markdown.as_deref().unwrap_or_default())
            .after(&text),
        now,
    )
    .await?;
    let back_to_review = to != stage;
    if back_to_review {
        let record_of = Record {
            who: staff.into(),
            comment: None,
            confirmed: None,
        };
        if !move_stage(&txn, &row, Step::EditOutcome, to, record_of, now).await? {
            return Err(conflict("workflow-not-now"));
        }
    }
    txn.commit().await?;
    Ok(back_to_review)
}
