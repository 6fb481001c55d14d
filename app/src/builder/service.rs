//! Storing a new consultation with its first questionnaire version, all in one transaction.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectionTrait, EntityTrait, TransactionSession,
    TransactionTrait,
};

use super::{NewConsultation, NewQuestionKind, is_valid_slug};
use crate::db::entities::{
    consultation, consultation_tally, department, option_tally, question, question_option,
    question_tally, questionnaire_page, questionnaire_version,
};
use crate::db::questionnaire_store::{STATE_DRAFT, STATE_PUBLISHED};
use crate::error::{AppError, AppResult};

/// A department by slug, created if it does not exist yet.
pub async fn ensure_department(
    db: &impl ConnectionTrait,
    slug: &str,
    name: &str,
) -> AppResult<i64> {
    use sea_orm::{ColumnTrait, QueryFilter};
    if let Some(existing) = department::Entity::find()
        .filter(department::Column::Slug.eq(slug))
        .one(db)
        .await?
    {
        return Ok(existing.id);
    }
    let created = department::ActiveModel {
        slug: Set(slug.into()),
        name: Set(name.into()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(created.id)
}

/// A random key that identifies a question, option or page across questionnaire versions.
fn stable_key() -> String {
    hex::encode(rand::random::<[u8; 8]>())
}

/// Creates the consultation, questionnaire version 1 (published with the consultation) and the
/// zeroed counters the results pages read.
pub async fn create_consultation<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    new: NewConsultation,
) -> AppResult<i64> {
    if !is_valid_slug(&new.slug) {
        return Err(AppError::BadRequest(format!(
            "\u{201c}{}\u{201d} cannot be used in a web address: use lower-case letters, numbers and hyphens",
            new.slug
        )));
    }
    if new.closes_at <= new.opens_at {
        return Err(AppError::BadRequest(
            "The closing date must be after the opening date".into(),
        ));
    }
    let now = Utc::now();
    let txn = db.begin().await?;

    let consultation = consultation::ActiveModel {
        slug: Set(new.slug.clone()),
        title: Set(new.title),
        summary: Set(new.summary),
        body_markdown: Set(new.body_markdown),
        department_id: Set(new.department_id),
        contact_name: Set(new.contact_name),
        contact_email: Set(new.contact_email),
        state: Set(if new.published {
            STATE_PUBLISHED
        } else {
            STATE_DRAFT
        }
        .into()),
        opens_at: Set(new.opens_at),
        closes_at: Set(new.closes_at),
        outcome_published_at: Set(new.outcome_markdown.as_ref().map(|_| now)),
        outcome_markdown: Set(new.outcome_markdown),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => AppError::Conflict(format!(
            "A consultation already uses the web address \u{201c}{}\u{201d}",
            new.slug
        )),
        _ => e.into(),
    })?;

    consultation_tally::ActiveModel {
        consultation_id: Set(consultation.id),
        responses: Set(0),
        last_response_at: Set(None),
    }
    .insert(&txn)
    .await?;

    let version = questionnaire_version::ActiveModel {
        consultation_id: Set(consultation.id),
        number: Set(1),
        created_at: Set(now),
        published_at: Set(new.published.then_some(now)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;

    let mut position = 0;
    for (page_position, page) in new.pages.into_iter().enumerate() {
        let page_row = questionnaire_page::ActiveModel {
            version_id: Set(version.id),
            key: Set(stable_key()),
            position: Set(page_position as i32),
            title: Set(page.title),
            ..Default::default()
        }
        .insert(&txn)
        .await?;

        for q in page.questions {
            let (max_chars, min_choices, max_choices, options) = match &q.kind {
                NewQuestionKind::ShortText { max_chars }
                | NewQuestionKind::LongText { max_chars } => {
                    (Some(*max_chars as i32), None, None, vec![])
                }
                NewQuestionKind::SingleChoice { options } => (None, None, None, options.clone()),
                NewQuestionKind::MultipleChoice {
                    options,
                    min_choices,
                    max_choices,
                } => (
                    None,
                    min_choices.map(|v| v as i32),
                    max_choices.map(|v| v as i32),
                    options.clone(),
                ),
            };
            let question_row = question::ActiveModel {
                version_id: Set(version.id),
                page_id: Set(page_row.id),
                key: Set(stable_key()),
                position: Set(position),
                kind: Set(q.kind.code().into()),
                label: Set(q.label),
                hint: Set(q.hint),
                required: Set(q.required),
                max_chars: Set(max_chars),
                min_choices: Set(min_choices),
                max_choices: Set(max_choices),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            position += 1;

            question_tally::ActiveModel {
                question_id: Set(question_row.id),
                answered: Set(0),
            }
            .insert(&txn)
            .await?;

            for (option_position, label) in options.into_iter().enumerate() {
                let option_row = question_option::ActiveModel {
                    question_id: Set(question_row.id),
                    key: Set(stable_key()),
                    position: Set(option_position as i32),
                    label: Set(label),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                option_tally::ActiveModel {
                    option_id: Set(option_row.id),
                    chosen: Set(0),
                }
                .insert(&txn)
                .await?;
            }
        }
    }

    txn.commit().await?;
    Ok(consultation.id)
}

/// The newest questionnaire version of any consultation (drafts included: this is for staff).
pub async fn questionnaire_draft(
    db: &impl ConnectionTrait,
    staff: crate::staff::api::StaffIdentity,
    slug: &str,
) -> AppResult<super::api::QuestionnaireDraft> {
    use crate::db::questionnaire_store::{find_for_staff, load_questionnaire};
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};

    let row = find_for_staff(db, slug).await?;
    let version = questionnaire_version::Entity::find()
        .filter(questionnaire_version::Column::ConsultationId.eq(row.id))
        .order_by_desc(questionnaire_version::Column::Number)
        .one(db)
        .await?
        .ok_or_else(|| AppError::internal("questionnaire", "consultation without a version"))?;
    Ok(super::api::QuestionnaireDraft {
        staff,
        slug: row.slug,
        title: row.title,
        version: version.number,
        published: version.published_at.is_some(),
        questionnaire: load_questionnaire(db, version.id).await?,
    })
}

/// Every department, by name (the choices of the "create a consultation" form).
pub async fn department_choices(
    db: &impl ConnectionTrait,
) -> AppResult<Vec<super::api::DepartmentChoice>> {
    use sea_orm::QueryOrder;
    Ok(department::Entity::find()
        .order_by_asc(department::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|d| super::api::DepartmentChoice {
            id: d.id,
            name: d.name,
        })
        .collect())
}

/// Stores checked details as a new draft consultation with an empty questionnaire (version 1,
/// unpublished), and answers with its web address. A web address already in use is an error on
/// that field, as if the form had checked it.
pub async fn create_draft<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    details: crate::domain::consultation_details::ConsultationDetails,
) -> AppResult<String> {
    let slug = details.slug.as_str().to_string();
    let new = NewConsultation {
        slug: slug.clone(),
        title: details.title,
        summary: details.summary,
        body_markdown: details.body_markdown,
        department_id: details.department_id,
        contact_name: details.contact_name,
        contact_email: details.contact_email,
        opens_at: details.opens_at,
        closes_at: details.closes_at,
        published: false,
        outcome_markdown: None,
        pages: Vec::new(),
    };
    match create_consultation(db, new).await {
        Ok(_) => Ok(slug),
        Err(AppError::Conflict(_)) => Err(AppError::Invalid(vec![crate::domain::FieldError {
            field: "slug".into(),
            target_id: "slug".into(),
            message: format!(
                "Another consultation already uses the web address \u{201c}{slug}\u{201d}: choose another"
            ),
        }])),
        Err(other) => Err(other),
    }
}
