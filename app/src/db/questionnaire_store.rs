//! Reading consultations and their questionnaire versions: shared by the respondent journey and
//! the results pages.

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};

use super::entities::{
    consultation, question, question_option, questionnaire_page, questionnaire_version,
};
use crate::domain::Slug;
use crate::domain::questionnaire::{
    ChoiceOption, DEFAULT_LONG_TEXT_MAX, DEFAULT_POINTS_TOTAL, DEFAULT_SHORT_TEXT_MAX, Page,
    Question, QuestionKind, Questionnaire, kind_code,
};
use crate::domain::routing::Goto;
use crate::error::AppError;

pub const STATE_PUBLISHED: &str = "published";
pub const STATE_DRAFT: &str = "draft";

/// A consultation the public may see (drafts are invisible). The address is a parsed `Slug`,
/// so nothing unchecked from a request reaches the query.
pub async fn published_by_slug(
    db: &impl ConnectionTrait,
    slug: &Slug,
) -> Result<Option<consultation::Model>, DbErr> {
    consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug.as_str()))
        .filter(consultation::Column::State.eq(STATE_PUBLISHED))
        .one(db)
        .await
}

/// The published consultation at `slug` as a request gave it: a text that cannot be an address
/// names none (and never reaches the query). The one lookup of the public pages and forms.
pub async fn find_published(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<consultation::Model, AppError> {
    let not_found = || AppError::NotFound("There is no consultation at this address.".into());
    let slug = Slug::parse(slug).ok_or_else(not_found)?;
    published_by_slug(db, &slug).await?.ok_or_else(not_found)
}

/// Any consultation at `slug`, drafts included: for staff pages only.
pub async fn find_for_staff(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<consultation::Model, AppError> {
    let not_found = || AppError::NotFound("There is no consultation at this address.".into());
    let slug = Slug::parse(slug).ok_or_else(not_found)?;
    consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug.as_str()))
        .one(db)
        .await?
        .ok_or_else(not_found)
}

/// The newest published questionnaire version of a consultation: the one new respondents get.
pub async fn current_version(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Option<questionnaire_version::Model>, DbErr> {
    questionnaire_version::Entity::find()
        .filter(questionnaire_version::Column::ConsultationId.eq(consultation_id))
        .filter(questionnaire_version::Column::PublishedAt.is_not_null())
        .order_by_desc(questionnaire_version::Column::Number)
        .one(db)
        .await
}

/// Every published version of a consultation, oldest first: the results count answers to all.
pub async fn published_versions(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<questionnaire_version::Model>, DbErr> {
    questionnaire_version::Entity::find()
        .filter(questionnaire_version::Column::ConsultationId.eq(consultation_id))
        .filter(questionnaire_version::Column::PublishedAt.is_not_null())
        .order_by_asc(questionnaire_version::Column::Number)
        .all(db)
        .await
}

/// A published version of this consultation, or `None` (a version of another consultation, or
/// a draft, is never answerable).
pub async fn published_version(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    version_id: i64,
) -> Result<Option<questionnaire_version::Model>, DbErr> {
    questionnaire_version::Entity::find_by_id(version_id)
        .filter(questionnaire_version::Column::ConsultationId.eq(consultation_id))
        .filter(questionnaire_version::Column::PublishedAt.is_not_null())
        .one(db)
        .await
}

/// Loads a whole version (three queries, whatever its size).
pub async fn load_questionnaire(
    db: &impl ConnectionTrait,
    version_id: i64,
) -> Result<Questionnaire, DbErr> {
    let pages = questionnaire_page::Entity::find()
        .filter(questionnaire_page::Column::VersionId.eq(version_id))
        .order_by_asc(questionnaire_page::Column::Position)
        .all(db)
        .await?;
    let questions = question::Entity::find()
        .filter(question::Column::VersionId.eq(version_id))
        .order_by_asc(question::Column::Position)
        .all(db)
        .await?;
    let question_ids: Vec<i64> = questions.iter().map(|q| q.id).collect();
    let options = question_option::Entity::find()
        .filter(question_option::Column::QuestionId.is_in(question_ids))
        .order_by_asc(question_option::Column::Position)
        .all(db)
        .await?;

    let pages = pages
        .into_iter()
        .map(|page| {
            Ok(Page {
                id: page.id,
                key: page.key,
                title: page.title,
                questions: questions
                    .iter()
                    .filter(|q| q.page_id == page.id)
                    .map(|q| to_domain_question(q, &options))
                    .collect::<Result<_, DbErr>>()?,
            })
        })
        .collect::<Result<_, DbErr>>()?;
    Ok(Questionnaire { version_id, pages })
}

/// The `questions.settings` JSON: the settings of kinds the older columns do not hold. Absent
/// fields are unset, so a kind can gain a setting without touching stored rows (decision 0009).
#[derive(Debug, Default, Serialize, Deserialize)]
struct KindSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    decimals: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    earliest: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    latest: Option<NaiveDate>,
    /// A points question's points to share, and whether answers must add up to exactly that.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    points_total: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    points_exact: Option<bool>,
}

/// What a question's `settings` column holds (`None` for kinds without such settings).
pub fn settings_json(kind: &QuestionKind) -> Option<String> {
    let settings = match kind {
        QuestionKind::Number {
            min,
            max,
            decimals,
            unit,
        } => KindSettings {
            min: min.clone(),
            max: max.clone(),
            decimals: Some(*decimals),
            unit: unit.clone(),
            ..KindSettings::default()
        },
        QuestionKind::Date { earliest, latest } => KindSettings {
            earliest: *earliest,
            latest: *latest,
            ..KindSettings::default()
        },
        QuestionKind::Points { total, exact, .. } => KindSettings {
            points_total: Some(*total),
            points_exact: Some(*exact),
            ..KindSettings::default()
        },
        _ => return None,
    };
    serde_json::to_string(&settings).ok()
}

fn settings_of_row(row: &question::Model) -> Result<KindSettings, DbErr> {
    match &row.settings {
        None => Ok(KindSettings::default()),
        Some(json) => serde_json::from_str(json).map_err(|e| {
            DbErr::Custom(format!("question {} has unreadable settings: {e}", row.id))
        }),
    }
}

fn to_domain_question(
    row: &question::Model,
    all_options: &[question_option::Model],
) -> Result<Question, DbErr> {
    // A grid's scale points are options too, marked `scale`.
    let list = |scale: bool| {
        all_options
            .iter()
            .filter(|o| o.question_id == row.id && o.scale == scale)
            .map(|o| ChoiceOption {
                id: o.id,
                key: o.key.clone(),
                label: o.label.clone(),
                other: o.other,
                goto: o.goto.as_deref().and_then(Goto::from_stored),
            })
            .collect::<Vec<_>>()
    };
    let options = || list(false);
    let limit = |value: Option<i32>| value.and_then(|v| u32::try_from(v).ok());
    let kind = match row.kind.as_str() {
        kind_code::SHORT_TEXT => QuestionKind::ShortText {
            max_chars: limit(row.max_chars).unwrap_or(DEFAULT_SHORT_TEXT_MAX),
        },
        kind_code::LONG_TEXT => QuestionKind::LongText {
            max_chars: limit(row.max_chars).unwrap_or(DEFAULT_LONG_TEXT_MAX),
        },
        kind_code::SINGLE_CHOICE => QuestionKind::SingleChoice { options: options() },
        kind_code::MULTIPLE_CHOICE => QuestionKind::MultipleChoice {
            options: options(),
            min_choices: limit(row.min_choices),
            max_choices: limit(row.max_choices),
        },
        kind_code::DROPDOWN => QuestionKind::Dropdown { options: options() },
        kind_code::NUMBER => {
            let settings = settings_of_row(row)?;
            QuestionKind::Number {
                min: settings.min,
                max: settings.max,
                decimals: settings.decimals.unwrap_or(0),
                unit: settings.unit,
            }
        }
        kind_code::DATE => {
            let settings = settings_of_row(row)?;
            QuestionKind::Date {
                earliest: settings.earliest,
                latest: settings.latest,
            }
        }
        kind_code::EMAIL => QuestionKind::Email,
        kind_code::UK_POSTCODE => QuestionKind::UkPostcode,
        kind_code::HEADING => QuestionKind::Heading,
        kind_code::PARAGRAPH => QuestionKind::Paragraph,
        kind_code::RANKING => QuestionKind::Ranking { options: options() },
        kind_code::GRID => QuestionKind::Grid {
            statements: options(),
            scale: list(true),
        },
        kind_code::POINTS => {
            let settings = settings_of_row(row)?;
            QuestionKind::Points {
                options: options(),
                total: settings.points_total.unwrap_or(DEFAULT_POINTS_TOTAL),
                exact: settings.points_exact.unwrap_or(true),
            }
        }
        other => {
            return Err(DbErr::Custom(format!(
                "question {} has unknown kind {other}",
                row.id
            )));
        }
    };
    Ok(Question {
        id: row.id,
        key: row.key.clone(),
        label: row.label.clone(),
        hint: row.hint.clone(),
        required: row.required,
        guidance: row.guidance.clone(),
        kind,
    })
}
