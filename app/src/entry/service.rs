//! Entering a response on someone's behalf.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, TransactionTrait};

use super::api::EntryForm;
use crate::db::entities::consultation;
use crate::db::questionnaire_store::{find_for_staff, load_questionnaire, published_version};
use crate::domain::answers::{parse_answers, validate};
use crate::domain::permissions::{Action, Target};
use crate::domain::routing::answers_on_path;
use crate::domain::staff_entry::{FORM_TOKEN_FIELD, is_entry_field, read_entry};
use crate::domain::{FieldError, Questionnaire, uk_time};
use crate::error::{AppError, AppResult};
use crate::respond::api::Confirmation;
use crate::respond::service::{Origin, render_markdown, store_answers};
use crate::respond::token;
use crate::staff::api::StaffIdentity;

/// The consultation at `slug`, if `staff` may enter responses to it.
async fn consultation_for(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
    slug: &str,
) -> AppResult<consultation::Model> {
    let row = find_for_staff(db, slug).await?;
    if !staff.can(Action::EnterResponses, Target::Workspace(row.department_id)) {
        return Err(AppError::Forbidden);
    }
    Ok(row)
}

/// The newest published questionnaire of `consultation`, or why there is none to answer.
async fn published(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
) -> AppResult<Questionnaire> {
    let version = crate::db::questionnaire_store::current_version(db, consultation.id)
        .await?
        .ok_or_else(|| {
            AppError::Conflict(crate::domain::interface_text::english(
                "staff-entry-not-published",
            ))
        })?;
    Ok(load_questionnaire(db, version.id).await?)
}

/// The form for entering a response to `slug`: every page of its questionnaire.
pub async fn entry_form(
    db: &impl ConnectionTrait,
    signing_key: &[u8],
    staff: StaffIdentity,
    slug: &str,
    now: DateTime<Utc>,
) -> AppResult<EntryForm> {
    let consultation = consultation_for(db, &staff, slug).await?;
    let mut questionnaire = published(db, &consultation).await?;
    let rendered = render_markdown(&mut questionnaire);
    Ok(EntryForm {
        form_token: token::issue(signing_key, consultation.id, questionnaire.version_id),
        staff,
        closed: now >= consultation.closes_at,
        closes_at: consultation.closes_at,
        slug: consultation.slug,
        title: consultation.title,
        questionnaire,
        rendered,
    })
}

/// The questionnaire as staff enter it: what the respondent wrote is taken as it is, so a
/// question left blank on paper may be left blank here (every other rule still holds).
fn as_entered(questionnaire: &Questionnaire) -> Questionnaire {
    let mut relaxed = questionnaire.clone();
    for page in &mut relaxed.pages {
        for question in &mut page.questions {
            question.required = false;
        }
    }
    relaxed
}

/// Stores a response `staff` entered from `posted`: how it arrived and when, then the answers.
/// Refused with every problem beside its field, nothing stored.
pub async fn enter<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    signing_key: &[u8],
    staff: &StaffIdentity,
    slug: &str,
    posted: &[(String, String)],
    now: DateTime<Utc>,
) -> AppResult<Confirmation> {
    let consultation = consultation_for(db, staff, slug).await?;
    let token_text = posted
        .iter()
        .find(|(name, _)| name == FORM_TOKEN_FIELD)
        .map(|(_, value)| value.as_str())
        .unwrap_or_default();
    let token = token::verify(signing_key, token_text)?;
    if token.consultation_id != consultation.id {
        return Err(AppError::BadRequest(
            crate::domain::interface_text::english("form-other-consultation"),
        ));
    }
    let version = published_version(db, consultation.id, token.version_id)
        .await?
        .ok_or_else(|| {
            AppError::BadRequest(crate::domain::interface_text::english("form-out-of-date"))
        })?;
    let questionnaire = load_questionnaire(db, version.id).await?;
    let answered: Vec<(String, String)> = posted
        .iter()
        .filter(|(name, _)| !is_entry_field(name))
        .cloned()
        .collect();
    let relaxed = as_entered(&questionnaire);
    let answers = answers_on_path(&relaxed, &parse_answers(&relaxed, &answered)?);
    let closes_on = uk_time::uk_local(consultation.closes_at).date();
    let entry = read_entry(posted, closes_on, uk_time::uk_local(now).date());
    // Every problem at once: the entry's own fields, then the answers'.
    let mut errors = entry.as_ref().err().cloned().unwrap_or_default();
    errors.extend(validate(&relaxed, &answers));
    if answers.is_empty() && errors.is_empty() {
        let first = questionnaire
            .questions()
            .find(|q| !q.kind.is_content())
            .map(|q| q.first_input_id())
            .unwrap_or_default();
        errors.push(FieldError {
            text: Some(crate::domain::interface_text::Message::new(
                "staff-entry-no-answers",
            )),
            field: String::new(),
            target_id: first,
            message: "Enter at least one answer: a response with no answers is not kept".into(),
        });
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let entry = entry.map_err(AppError::Invalid)?;
    let origin = Origin {
        channel: entry.channel,
        entered_by: Some(staff.id),
        received_on: Some(entry.received_on),
        late_reason: entry.late_reason,
    };
    let how = format!(
        "Received on {} by {}",
        entry.received_on.format("%Y-%m-%d"),
        entry.channel
    );
    let confirmation = store_answers(
        db,
        &consultation,
        version.id,
        &format!("staff.{}", token.key),
        &questionnaire,
        &answers,
        &origin,
        now,
    )
    .await?;
    // Recorded once the response is stored (its own transaction): an entry for a response that
    // was never kept would mislead more than a rare missing one.
    crate::audit::service::record(
        db,
        staff,
        crate::domain::audit::AuditEntry::new(
            crate::domain::audit::AuditAction::ResponseEntered,
            &consultation.title,
        )
        .of_consultation(consultation.id, consultation.department_id)
        .after(&format!("Reference {}. {how}", confirmation.reference)),
    )
    .await?;
    Ok(confirmation)
}
