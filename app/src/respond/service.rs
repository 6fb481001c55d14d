//! Loading the response form and storing responses. A response, its answers and every count it
//! changes are written in one transaction, committed before the citizen sees a reference.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    SqlErr, TransactionSession, TransactionTrait,
};
use sha2::{Digest, Sha256};

use super::api::{Confirmation, ResponseForm};
use super::token;
use crate::db::entities::{answer, consultation, response};
use crate::db::questionnaire_store::{
    current_version, find_published, load_questionnaire, published_version,
};
use crate::domain::answers::{Answers, StoredAnswer, parse_answers, stored_rows, validate};
use crate::domain::dashboard::CHANNEL_ONLINE;
use crate::domain::interface_text::english;
use crate::domain::interface_text::text_with;
use crate::domain::routing::answers_on_path;
use crate::domain::{
    ConsultationStatus, Language, QuestionKind, Questionnaire, reference, uk_time,
};
use crate::error::{AppError, AppResult};

/// How close together two responses with the very same answers are marked as possible
/// duplicates (decision 0027).
pub const DUPLICATE_WITHIN: chrono::TimeDelta = chrono::TimeDelta::minutes(10);

/// Refuses a post that filled in the honeypot (decision 0027).
pub(crate) fn refuse_robots(fields: &[(String, String)]) -> AppResult<()> {
    if crate::domain::answers::honeypot_filled(fields) {
        return Err(AppError::BadRequest(english("honeypot-refusal")));
    }
    Ok(())
}

/// Refuses responses outside the consultation's open period, saying why.
pub(crate) fn ensure_open(consultation: &consultation::Model, now: DateTime<Utc>) -> AppResult<()> {
    ensure_open_in(consultation, now, Language::English)
}

/// As `ensure_open`, saying why not in `language`.
pub(crate) fn ensure_open_in(
    consultation: &consultation::Model,
    now: DateTime<Utc>,
    language: Language,
) -> AppResult<()> {
    let (id, at) = match ConsultationStatus::at(consultation.opens_at, consultation.closes_at, now)
    {
        ConsultationStatus::Open => return Ok(()),
        ConsultationStatus::Forthcoming => ("not-open-yet-at", consultation.opens_at),
        ConsultationStatus::Closed => ("closed-no-longer-sent", consultation.closes_at),
    };
    let when = uk_time::format_date_time_in(language, at);
    Err(AppError::Conflict(text_with(
        language,
        id,
        &[("when", when.into())],
    )))
}

/// An open consultation and the questionnaire new respondents get (its newest published
/// version), or why there is none to answer.
pub(crate) async fn answerable(
    db: &impl ConnectionTrait,
    slug: &str,
    now: DateTime<Utc>,
) -> AppResult<(consultation::Model, Questionnaire)> {
    answerable_in(db, slug, now, Language::English).await
}

/// As `answerable`, saying why not in `language`.
pub(crate) async fn answerable_in(
    db: &impl ConnectionTrait,
    slug: &str,
    now: DateTime<Utc>,
    language: Language,
) -> AppResult<(consultation::Model, Questionnaire)> {
    let consultation = find_published(db, slug).await?;
    ensure_open_in(&consultation, now, language)?;
    let version = current_version(db, consultation.id)
        .await?
        .ok_or_else(|| AppError::Conflict(english("no-questions-yet")))?;
    let questionnaire = load_questionnaire(db, version.id).await?;
    if questionnaire.pages.is_empty() {
        return Err(AppError::Conflict(english("no-questions-yet")));
    }
    Ok((consultation, questionnaire))
}

pub async fn load_form(
    db: &impl ConnectionTrait,
    signing_key: &[u8],
    slug: &str,
    now: DateTime<Utc>,
) -> AppResult<ResponseForm> {
    let (consultation, mut questionnaire) = answerable(db, slug, now).await?;
    let version_id = questionnaire.version_id;
    Ok(ResponseForm {
        idempotency_key: token::issue(signing_key, consultation.id, version_id),
        preview: None,
        rendered: render_markdown(&mut questionnaire),
        step: None,
        welsh: Default::default(),
        slug: consultation.slug,
        title: consultation.title,
        closes_at: consultation.closes_at,
        questionnaire,
    })
}

/// Takes the Markdown out of a questionnaire bound for a respondent's form — each question's
/// guidance, each paragraph block's text — and gives it back rendered to safe HTML, by question
/// id: the browser never needs the Markdown, nor the code to render it.
pub fn render_markdown(questionnaire: &mut Questionnaire) -> Vec<(i64, String)> {
    questionnaire
        .pages
        .iter_mut()
        .flat_map(|page| page.questions.iter_mut())
        .filter_map(|question| {
            let markdown = if question.kind == QuestionKind::Paragraph {
                Some(std::mem::take(&mut question.label))
            } else {
                question.guidance.take()
            }?;
            Some((question.id, crate::markdown::to_safe_html(&markdown)))
        })
        .collect()
}

fn digest(answers: &Answers) -> String {
    hex::encode(Sha256::digest(answers.canonical_json().as_bytes()))
}

fn new_reference() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    let indices = std::array::from_fn(|_| rng.random_range(0..reference::ALPHABET.len()));
    reference::from_indices(&indices)
}

/// The confirmation of a stored response.
fn confirmation_of(
    consultation: &consultation::Model,
    reference: String,
    submitted_at: DateTime<Utc>,
) -> Confirmation {
    Confirmation {
        consultation_id: consultation.id,
        slug: consultation.slug.clone(),
        title: consultation.title.clone(),
        reference,
        // Whole seconds: what every database keeps, so a form sent again confirms the same.
        submitted_at: chrono::SubsecRound::trunc_subsecs(submitted_at, 0),
    }
}

/// The response already stored under this idempotency key: the same answers get the same
/// confirmation (a double-click, a resent POST); different answers are refused.
async fn replay(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    key: &str,
    answers_digest: &str,
) -> AppResult<Option<Confirmation>> {
    let Some(existing) = response::Entity::find()
        .filter(response::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if existing.answers_digest != answers_digest {
        return Err(AppError::Conflict(
            "A response has already been sent from this form. To send another response, start again from the consultation page."
                .into(),
        ));
    }
    Ok(Some(confirmation_of(
        consultation,
        existing.reference,
        existing.submitted_at,
    )))
}

/// Validates and stores one response and answers with its confirmation. `fields` are the posted
/// `(name, value)` pairs, including the form's `idempotency_key`.
pub async fn submit<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    signing_key: &[u8],
    slug: &str,
    fields: &[(String, String)],
    now: DateTime<Utc>,
) -> AppResult<Confirmation> {
    let consultation = find_published(db, slug).await?;
    refuse_robots(fields)?;

    let token_text = fields
        .iter()
        .find(|(name, _)| name == "idempotency_key")
        .map(|(_, value)| value.as_str())
        .unwrap_or_default();
    let token = token::verify(signing_key, token_text)?;
    if token.consultation_id != consultation.id {
        return Err(AppError::BadRequest(english("form-other-consultation")));
    }
    ensure_open(&consultation, now)?;
    // The version the form was built from, so answers attach to the questions the citizen saw.
    let version = published_version(db, consultation.id, token.version_id)
        .await?
        .ok_or_else(|| AppError::BadRequest(english("form-out-of-date")))?;
    let questionnaire = load_questionnaire(db, version.id).await?;

    // Answers to pages the respondent's own answers route past are not kept (decision 0025).
    let answers = answers_on_path(&questionnaire, &parse_answers(&questionnaire, fields)?);
    let errors = validate(&questionnaire, &answers);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    store_answers(
        db,
        &consultation,
        version.id,
        &token.key,
        &questionnaire,
        &answers,
        &Origin::ONLINE,
        now,
    )
    .await
}

/// How a response reached the council, stored with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Origin {
    /// `online`, or how staff received it (`domain::staff_entry::CHANNELS`).
    pub channel: &'static str,
    /// The staff member who entered it.
    pub entered_by: Option<i64>,
    pub received_on: Option<chrono::NaiveDate>,
    pub late_reason: Option<String>,
}

impl Origin {
    /// Made on this site by the respondent.
    pub(crate) const ONLINE: Origin = Origin {
        channel: CHANNEL_ONLINE,
        entered_by: None,
        received_on: None,
        late_reason: None,
    };
}

/// Stores valid answers as one response under idempotency key `key` (the same answers sent
/// again under the same key get the same confirmation) and answers with its confirmation.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn store_answers<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    consultation: &consultation::Model,
    version_id: i64,
    key: &str,
    questionnaire: &Questionnaire,
    answers: &Answers,
    origin: &Origin,
    now: DateTime<Utc>,
) -> AppResult<Confirmation> {
    let answers_digest = digest(answers);
    let rows = stored_rows(questionnaire, answers);

    if let Some(confirmation) = replay(db, consultation, key, &answers_digest).await? {
        return Ok(confirmation);
    }
    // The very same answers sent to this consultation within minutes: kept, and marked, for
    // staff to judge (a person who pressed Send twice in two tabs, or a script).
    let duplicate_of = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(consultation.id))
        .filter(response::Column::AnswersDigest.eq(answers_digest.as_str()))
        .filter(response::Column::SubmittedAt.gte(now - DUPLICATE_WITHIN))
        .order_by_desc(response::Column::Id)
        .one(db)
        .await?
        .map(|earlier| earlier.id);

    // A clash on the (random, 58-bit) reference is astronomically rare; try again if it happens.
    for _ in 0..3 {
        let reference = new_reference();
        match store(
            db,
            consultation,
            version_id,
            key,
            &answers_digest,
            &reference,
            &rows,
            duplicate_of,
            origin,
            now,
        )
        .await
        {
            Ok(()) => return Ok(confirmation_of(consultation, reference, now)),
            Err(error) => match error.sql_err() {
                Some(SqlErr::UniqueConstraintViolation(_)) => {
                    // Either a request with the same key (a double-click) committed first, or the
                    // reference clashed: the key tells which.
                    if let Some(confirmation) =
                        replay(db, consultation, key, &answers_digest).await?
                    {
                        return Ok(confirmation);
                    }
                }
                _ => return Err(error.into()),
            },
        }
    }
    Err(AppError::internal(
        "submit",
        "could not allocate a unique reference",
    ))
}

#[allow(clippy::too_many_arguments)]
async fn store<C: TransactionTrait>(
    db: &C,
    consultation: &consultation::Model,
    version_id: i64,
    idempotency_key: &str,
    answers_digest: &str,
    reference: &str,
    rows: &[StoredAnswer],
    duplicate_of: Option<i64>,
    origin: &Origin,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;

    // The insert comes first so SQLite takes the write lock at once (and waits for it politely)
    // rather than upgrading a read lock later, which could fail under load.
    let stored = response::Entity::insert(response::ActiveModel {
        consultation_id: Set(consultation.id),
        version_id: Set(version_id),
        reference: Set(reference.to_string()),
        idempotency_key: Set(idempotency_key.to_string()),
        answers_digest: Set(answers_digest.to_string()),
        channel: Set(origin.channel.into()),
        submitted_at: Set(now),
        duplicate_of: Set(duplicate_of),
        entered_by: Set(origin.entered_by),
        received_on: Set(origin.received_on),
        late_reason: Set(origin.late_reason.clone()),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    let response_id = stored.last_insert_id;

    if !rows.is_empty() {
        answer::Entity::insert_many(rows.iter().map(|r| answer::ActiveModel {
            response_id: Set(response_id),
            question_id: Set(r.question_id),
            option_id: Set(r.option_id),
            text_value: Set(r.text.clone()),
            number_value: Set(r.number),
            scale_option_id: Set(r.scale_option_id),
            ..Default::default()
        }))
        .exec(&txn)
        .await?;
    }

    super::counts::add(
        &txn,
        &super::counts::Counted {
            consultation_id: consultation.id,
            version_id,
            channel: origin.channel,
            submitted_at: now,
            rows,
        },
    )
    .await?;

    txn.commit().await
}

pub async fn confirmation(
    db: &impl ConnectionTrait,
    slug: &str,
    reference_text: &str,
) -> AppResult<Confirmation> {
    let missing = || AppError::NotFound("We could not find that response.".into());
    let consultation = find_published(db, slug).await?;
    let reference = reference::normalise(reference_text).ok_or_else(missing)?;
    let stored = response::Entity::find()
        .filter(response::Column::Reference.eq(reference.as_str()))
        .filter(response::Column::ConsultationId.eq(consultation.id))
        .one(db)
        .await?
        .ok_or_else(missing)?;
    Ok(confirmation_of(
        &consultation,
        stored.reference,
        stored.submitted_at,
    ))
}
