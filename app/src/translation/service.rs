//! Welsh texts kept and read.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set,
    TransactionSession, TransactionTrait,
};

use super::api::WelshVersion;
use crate::db::entities::{consultation, content_translation};
use crate::db::questionnaire_store::{find_for_staff, load_questionnaire};
use crate::domain::permissions::{Action, Target};
use crate::domain::welsh_content::{self, ConsultationTexts, Translations};
use crate::domain::{Language, Questionnaire};
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

/// The Welsh kept for consultation `consultation_id`, by target.
pub async fn saved(db: &impl ConnectionTrait, consultation_id: i64) -> AppResult<Translations> {
    let rows = content_translation::Entity::find()
        .filter(content_translation::Column::ConsultationId.eq(consultation_id))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| (row.target, (row.source, row.welsh)))
        .collect())
}

fn consultation_texts(row: &consultation::Model) -> ConsultationTexts {
    ConsultationTexts {
        title: row.title.clone(),
        summary: row.summary.clone(),
        body_markdown: row.body_markdown.clone(),
    }
}

/// The texts a translator works on: the consultation's and those of its newest questionnaire
/// (the working version, so a translation can be ready before publishing).
async fn texts_of(
    db: &impl ConnectionTrait,
    row: &consultation::Model,
) -> AppResult<Vec<welsh_content::ContentText>> {
    let version = crate::builder::service::newest_version(db, row.id).await?;
    let questionnaire = load_questionnaire(db, version.id).await?;
    let saved = saved(db, row.id).await?;
    Ok(welsh_content::texts(
        &consultation_texts(row),
        &questionnaire,
        &saved,
    ))
}

async fn editable(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
    slug: &str,
) -> AppResult<consultation::Model> {
    let row = find_for_staff(db, slug).await?;
    if !staff.can(Action::Edit, Target::Workspace(row.department_id)) {
        return Err(AppError::Forbidden);
    }
    Ok(row)
}

pub async fn welsh_version(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    slug: &str,
) -> AppResult<WelshVersion> {
    let row = editable(db, &staff, slug).await?;
    let texts = texts_of(db, &row).await?;
    Ok(WelshVersion {
        staff,
        slug: row.slug,
        title: row.title,
        texts,
    })
}

/// Keeps the Welsh a translator's form sent, each with the English it was written from; a blank
/// box removes that text's Welsh. Answers with how many texts now have Welsh.
pub async fn save<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    posted: &[(String, String)],
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let row = editable(db, staff, slug).await?;
    let texts = texts_of(db, &row).await?;
    let changes = welsh_content::read_form(&texts, posted).map_err(AppError::Invalid)?;
    let txn = db.begin().await?;
    let (mut written, mut removed) = (0usize, 0usize);
    for (target, source, welsh) in changes {
        let existing = content_translation::Entity::find()
            .filter(content_translation::Column::ConsultationId.eq(row.id))
            .filter(content_translation::Column::Target.eq(&target))
            .one(&txn)
            .await?;
        match (existing, welsh.is_empty()) {
            (Some(found), true) => {
                content_translation::Entity::delete_by_id(found.id)
                    .exec(&txn)
                    .await?;
                removed += 1;
            }
            (Some(found), false) => {
                if found.welsh != welsh || found.source != source {
                    written += 1;
                    let mut changed: content_translation::ActiveModel = found.into();
                    changed.source = Set(source);
                    changed.welsh = Set(welsh);
                    changed.updated_at = Set(now);
                    changed.update(&txn).await?;
                }
            }
            (None, true) => {}
            (None, false) => {
                written += 1;
                content_translation::ActiveModel {
                    consultation_id: Set(row.id),
                    target: Set(target),
                    source: Set(source),
                    welsh: Set(welsh),
                    updated_at: Set(now),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
        }
    }
    if written + removed > 0 {
        crate::audit::service::record(
            &txn,
            staff,
            crate::domain::audit::AuditEntry::new(
                crate::domain::audit::AuditAction::WelshVersionSaved,
                &row.title,
            )
            .of_consultation(row.id, row.department_id)
            .after(&format!(
                "{written} Welsh texts written, {removed} taken out"
            )),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(saved(db, row.id).await?.len())
}

/// A consultation's own words in a language: its title and summary (and description) in Welsh
/// where they have up-to-date Welsh, with the targets that are.
pub struct InLanguage {
    pub title: String,
    pub summary: String,
    pub body_markdown: String,
    pub welsh: std::collections::BTreeSet<String>,
}

/// The consultation's title, summary and description as a page in `language` shows them.
pub fn consultation_in(
    row: &consultation::Model,
    language: Language,
    saved: &Translations,
) -> InLanguage {
    let mut shown = InLanguage {
        title: row.title.clone(),
        summary: row.summary.clone(),
        body_markdown: row.body_markdown.clone(),
        welsh: Default::default(),
    };
    if language != Language::Welsh {
        return shown;
    }
    for (target, text) in [
        (welsh_content::TITLE, &mut shown.title),
        (welsh_content::SUMMARY, &mut shown.summary),
        (welsh_content::BODY, &mut shown.body_markdown),
    ] {
        if let Some(welsh) = welsh_content::current(saved, target, text) {
            *text = welsh.to_string();
            shown.welsh.insert(target.to_string());
        }
    }
    shown
}

/// The questionnaire as a page in `language` shows it, with what is in Welsh.
pub fn questionnaire_in(
    questionnaire: &Questionnaire,
    language: Language,
    saved: &Translations,
) -> (Questionnaire, welsh_content::WelshTexts) {
    if language != Language::Welsh {
        return (questionnaire.clone(), welsh_content::WelshTexts::default());
    }
    let (welsh, done) = welsh_content::welsh_questionnaire(questionnaire, saved);
    (welsh, welsh_content::WelshTexts::welsh(done))
}
