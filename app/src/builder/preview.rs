//! Previews: the questionnaire being built, drawn by the respondent's own form (the same island,
//! the same rules), whose answers are checked and never stored; and signed, expiring links that
//! let colleagues without an account see it.

use chrono::{DateTime, Duration, Utc};
use hmac::Mac;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::db::entities::{consultation, questionnaire_version};
use crate::db::questionnaire_store::load_questionnaire;
use crate::domain::answers::{parse_answers, validate};
use crate::error::{AppError, AppResult};
use crate::respond::api::{Preview, ResponseForm};
use crate::respond::token::{canonical_hex, canonical_id, mac};
use crate::staff::api::StaffIdentity;

/// How long a shared preview link works.
pub const LINK_DAYS: i64 = 7;

/// A link token: the consultation and the moment it stops working, signed with the app's key
/// (the same key on every app server).
pub fn issue_link(signing_key: &[u8], consultation_id: i64, expires: DateTime<Utc>) -> String {
    let payload = format!("p1.{consultation_id}.{}", expires.timestamp());
    let tag = mac(signing_key, &payload).finalize().into_bytes();
    format!("{payload}.{}", hex::encode(&tag[..16]))
}

/// The consultation a link token names, if it is exactly as `issue_link` wrote it, signed with
/// our key, and not expired.
pub fn verify_link(signing_key: &[u8], token: &str, now: DateTime<Utc>) -> AppResult<i64> {
    let invalid = || {
        AppError::NotFound(crate::domain::interface_text::english(
            "editor-preview-link-wrong",
        ))
    };
    let parts: Vec<&str> = token.split('.').collect();
    let ["p1", consultation, expires, tag] = parts[..] else {
        return Err(invalid());
    };
    let consultation_id = canonical_id(consultation).ok_or_else(invalid)?;
    let expires = canonical_id(expires).ok_or_else(invalid)?;
    let tag = canonical_hex::<16>(tag).ok_or_else(invalid)?;
    mac(signing_key, &format!("p1.{consultation_id}.{expires}"))
        .verify_truncated_left(&tag)
        .map_err(|_| invalid())?;
    if expires <= now.timestamp() {
        return Err(AppError::NotFound(crate::domain::interface_text::english(
            "editor-preview-link-expired",
        )));
    }
    Ok(consultation_id)
}

/// The newest version of a consultation's questionnaire (the one being built) as a form that
/// posts to `action`.
async fn preview_form(
    db: &impl ConnectionTrait,
    row: &consultation::Model,
    preview: Preview,
) -> AppResult<ResponseForm> {
    let version = questionnaire_version::Entity::find()
        .filter(questionnaire_version::Column::ConsultationId.eq(row.id))
        .order_by_desc(questionnaire_version::Column::Number)
        .one(db)
        .await?
        .ok_or_else(|| AppError::internal("preview", "consultation without a version"))?;
    let mut questionnaire = load_questionnaire(db, version.id).await?;
    Ok(ResponseForm {
        slug: row.slug.clone(),
        title: row.title.clone(),
        closes_at: row.closes_at,
        rendered: crate::respond::service::render_markdown(&mut questionnaire),
        step: None,
        welsh: Default::default(),
        questionnaire,
        idempotency_key: String::new(),
        preview: Some(preview),
    })
}

/// The staff preview of consultation `slug`, with a fresh link to share.
pub async fn staff_preview(
    db: &impl ConnectionTrait,
    signing_key: &[u8],
    staff: &StaffIdentity,
    slug: &str,
    now: DateTime<Utc>,
) -> AppResult<ResponseForm> {
    use crate::domain::permissions::{Action, Target};
    // Everyone in the workspace may see what respondents will see; only its builders are
    // offered the way back to the builder.
    let row = crate::db::questionnaire_store::find_for_staff(db, slug).await?;
    let workspace = Target::Workspace(row.department_id);
    staff.ensure(Action::View, workspace)?;
    let expires = now + Duration::days(LINK_DAYS);
    let preview = Preview {
        action: format!("/staff/consultations/{}/preview", row.slug),
        back: staff
            .can(Action::Edit, workspace)
            .then(|| format!("/staff/consultations/{}/questionnaire", row.slug)),
        share_link: Some(format!(
            "/preview/{}",
            issue_link(signing_key, row.id, expires)
        )),
        link_expires: Some(expires),
        checked: false,
    };
    preview_form(db, &row, preview).await
}

/// The preview a shared link shows (no account needed).
pub async fn shared_preview(
    db: &impl ConnectionTrait,
    signing_key: &[u8],
    token: &str,
    now: DateTime<Utc>,
) -> AppResult<ResponseForm> {
    let id = verify_link(signing_key, token, now)?;
    let row = consultation::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::NotFound(crate::domain::interface_text::english(
                "editor-preview-consultation-gone",
            ))
        })?;
    let preview = Preview {
        action: format!("/preview/{token}"),
        back: None,
        share_link: None,
        link_expires: None,
        checked: false,
    };
    preview_form(db, &row, preview).await
}

/// Checks a preview's posted answers with the respondent's rules; stores nothing.
pub fn check_answers(form: &ResponseForm, fields: &[(String, String)]) -> AppResult<()> {
    let answers = parse_answers(&form.questionnaire, fields)?;
    let errors = validate(&form.questionnaire, &answers);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"a preview signing key for tests!";

    #[test]
    fn links_work_until_they_expire_and_only_as_issued() {
        let now = Utc::now();
        let token = issue_link(KEY, 42, now + Duration::days(7));
        assert_eq!(verify_link(KEY, &token, now).unwrap(), 42);
        assert!(verify_link(KEY, &token, now + Duration::days(8)).is_err());
        assert!(verify_link(b"another key, also 32 bytes long!", &token, now).is_err());
        let (payload, tag) = token.rsplit_once('.').unwrap();
        for forged in [
            format!("{payload}.{}", tag.to_uppercase()),
            token.replacen("p1.42.", "p1.042.", 1),
            token.replacen("p1.42.", "p1.43.", 1),
            format!("{token}."),
            format!(" {token}"),
            "p1.42".into(),
            String::new(),
        ] {
            assert!(verify_link(KEY, &forged, now).is_err(), "{forged}");
        }
    }
}
