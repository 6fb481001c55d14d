//! Subject access and erasure requests (decision 0039): a site admin finds every response that
//! gave an email address, downloads them for the person who asked, or deletes them all with a
//! reason. Each download and each deletion is audited; the log never holds the address.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, TransactionTrait,
    sea_query::{Expr, ExprTrait, Func},
};

use super::api::{FoundResponse, RequestsPage};
use crate::audit::service::record_at;
use crate::db::entities::{answer, consultation, question, response};
use crate::db::questionnaire_store::load_questionnaire;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::export::{Cell, csv_record};
use crate::domain::permissions::{Action, Target};
use crate::domain::personal_data::{MOST_FOUND, parse_email};
use crate::domain::questionnaire::kind_code;
use crate::domain::response_view::{StoredRow, answered_questions};
use crate::domain::{FieldError, Questionnaire};
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

/// Ids read per statement: well under any database's limit on values in one.
const CHUNK: usize = 500;

/// The address as typed, or the form's error on its field.
fn email_of(typed: &str) -> AppResult<String> {
    parse_email(typed).map_err(|id| AppError::Invalid(vec![FieldError::said("email", id)]))
}

/// The responses (with their consultations) that gave `email` (lower case) as the answer to an
/// email address question, oldest first, at most `MOST_FOUND` (and whether there were more).
async fn find(
    db: &impl ConnectionTrait,
    email: &str,
) -> AppResult<(Vec<(consultation::Model, response::Model)>, bool)> {
    let questions: Vec<i64> = question::Entity::find()
        .select_only()
        .column(question::Column::Id)
        .filter(question::Column::Kind.eq(kind_code::EMAIL))
        .into_tuple()
        .all(db)
        .await?;
    let mut ids: Vec<i64> = Vec::new();
    for chunk in questions.chunks(CHUNK) {
        let answers = answer::Entity::find()
            .select_only()
            .column(answer::Column::ResponseId)
            .filter(answer::Column::QuestionId.is_in(chunk.to_vec()));
        if email.is_ascii() {
            // The database's lower() is exact for ASCII, and an address typed with other
            // letters cannot equal an ASCII one.
            ids.extend(
                answers
                    .filter(Expr::expr(Func::lower(Expr::col(answer::Column::TextValue))).eq(email))
                    .into_tuple::<i64>()
                    .all(db)
                    .await?,
            );
        } else {
            // SQLite lowers only A to Z: compared here, in full.
            let typed: Vec<(i64, Option<String>)> = answers
                .column(answer::Column::TextValue)
                .into_tuple()
                .all(db)
                .await?;
            ids.extend(typed.into_iter().filter_map(|(id, text)| {
                text.is_some_and(|text| text.to_lowercase() == email)
                    .then_some(id)
            }));
        }
    }
    ids.sort_unstable();
    ids.dedup();
    let more = ids.len() > MOST_FOUND;
    ids.truncate(MOST_FOUND);
    let mut responses = Vec::new();
    for chunk in ids.chunks(CHUNK) {
        responses.extend(
            response::Entity::find()
                .filter(response::Column::Id.is_in(chunk.to_vec()))
                .all(db)
                .await?,
        );
    }
    let mut consultation_ids: Vec<i64> = responses.iter().map(|r| r.consultation_id).collect();
    consultation_ids.sort_unstable();
    consultation_ids.dedup();
    let consultations: HashMap<i64, consultation::Model> = consultation::Entity::find()
        .filter(consultation::Column::Id.is_in(consultation_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.id, row))
        .collect();
    let mut found: Vec<(consultation::Model, response::Model)> = responses
        .into_iter()
        .filter_map(|r| Some((consultations.get(&r.consultation_id)?.clone(), r)))
        .collect();
    found.sort_by_key(|(_, r)| (r.submitted_at, r.id));
    Ok((found, more))
}

/// The requests page, with the responses that gave `email` when one is asked for.
pub async fn page(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    email: Option<&str>,
) -> AppResult<RequestsPage> {
    staff.ensure(Action::SubjectRequests, Target::Site)?;
    let Some(typed) = email else {
        return Ok(RequestsPage {
            staff,
            email: None,
            found: Vec::new(),
            more: false,
        });
    };
    let email = email_of(typed)?;
    let (found, more) = find(db, &email).await?;
    Ok(RequestsPage {
        staff,
        email: Some(email),
        found: found
            .into_iter()
            .map(|(c, r)| FoundResponse {
                slug: c.slug,
                title: c.title,
                reference: r.reference,
                submitted_at: r.submitted_at,
            })
            .collect(),
        more,
    })
}

/// Every response that gave `email`, with every answer, as CSV (one row per answer: what a
/// subject access request is answered with). Audited, without the address.
pub async fn export<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    typed: &str,
    now: DateTime<Utc>,
) -> AppResult<String> {
    staff.ensure(Action::SubjectRequests, Target::Site)?;
    let email = email_of(typed)?;
    let (found, more) = find(db, &email).await?;
    let mut csv = String::from("\u{feff}");
    csv.push_str(&csv_record(
        ["Consultation", "Reference", "Sent", "Question", "Answer"].map(|t| Cell::Text(t.into())),
    ));
    let mut questionnaires: HashMap<i64, Questionnaire> = HashMap::new();
    for (consultation, response) in &found {
        if let std::collections::hash_map::Entry::Vacant(slot) =
            questionnaires.entry(response.version_id)
        {
            slot.insert(load_questionnaire(db, response.version_id).await?);
        }
        let questionnaire = &questionnaires[&response.version_id];
        let rows: Vec<StoredRow> = answer::Entity::find()
            .filter(answer::Column::ResponseId.eq(response.id))
            .all(db)
            .await?
            .into_iter()
            .map(|a| StoredRow {
                question_id: a.question_id,
                option_id: a.option_id,
                text: a.text_value,
                number: a.number_value,
                scale_option_id: a.scale_option_id,
            })
            .collect();
        let sent = crate::domain::uk_time::format_date_time(response.submitted_at);
        for answered in answered_questions(questionnaire, &rows) {
            if answered.lines.is_empty() {
                continue;
            }
            let answer: Vec<String> = answered.lines.iter().map(ToString::to_string).collect();
            csv.push_str(&csv_record([
                Cell::Text(consultation.title.clone()),
                Cell::Text(response.reference.clone()),
                Cell::Text(sent.clone()),
                Cell::Text(format!("{}. {}", answered.number, answered.label)),
                Cell::Text(answer.join("\n")),
            ]));
        }
    }
    if more {
        csv.push_str(&csv_record([Cell::Text(format!(
            "More than {MOST_FOUND} responses gave this email address: these are the first {MOST_FOUND}."
        ))]));
    }
    record_at(
        db,
        staff.into(),
        AuditEntry::new(
            AuditAction::SubjectAccessExported,
            "Requests about personal data",
        )
        .after(&format!(
            "Downloaded {} responses found by the email address they gave",
            found.len()
        )),
        now,
    )
    .await?;
    Ok(csv)
}

/// Deletes every response that gave `email`, for `reason` (each audited as any deletion is).
/// Answers the consultations they were deleted from, one entry per response.
pub async fn erase<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    typed: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> AppResult<Vec<i64>> {
    staff.ensure(Action::SubjectRequests, Target::Site)?;
    let email = email_of(typed)?;
    crate::domain::personal_data::parse_reason(reason)
        .map_err(|id| AppError::Invalid(vec![FieldError::said("reason", id)]))?;
    let (found, _) = find(db, &email).await?;
    let mut deleted = Vec::new();
    for (consultation, response) in found {
        match crate::results::deletion::delete_response(
            db,
            staff,
            &consultation.slug,
            &response.reference,
            reason,
            now,
        )
        .await
        {
            Ok(gone) => deleted.push(gone.consultation_id),
            // Deleted meanwhile by someone else: gone either way.
            Err(AppError::NotFound(_)) => {}
            // Its personal data was erased meanwhile, the address with it.
            Err(AppError::Conflict(_)) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(deleted)
}
