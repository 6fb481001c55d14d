//! Saving a response to come back to (decision 0028). "Save and come back later" keeps the
//! page's answers as typed and gives a return code, shown once, that opens the draft again on
//! any device until the consultation closes; the person may also have a link emailed. Saving
//! changes the draft's token, so the addresses left in the browser's history (a library
//! computer's, say) no longer open the answers; every return gives a new one.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter,
};
use sha2::{Digest, Sha256};

use super::api::{ReturnPage, SavedForLater};
use super::journey::{
    Draft, check_path, draft_to_change, new_token, next_path, no_such_draft, opened, save_page,
    sent_path, start_draft, token_hash,
};
use super::service::ensure_open;
use crate::components::PostedForm;
use crate::db::entities::{consultation, draft_return, response_draft};
use crate::db::questionnaire_store::find_published;
use crate::domain::interface_text::Message;
use crate::domain::journey::{self, Next};
use crate::domain::{FieldError, Language, email, return_code, uk_time};
use crate::error::{AppError, AppResult};
use crate::mail::outbox::Mail;

pub use crate::domain::journey::{INTENT_FIELD, SAVE_FOR_LATER};
/// The return code's field on "Continue a saved response", and (hidden) on the saved page.
pub const CODE_FIELD: &str = "code";
/// The email address's field on the saved page.
pub const EMAIL_FIELD: &str = "email";
/// Links one draft may have emailed: enough for a typo or two, too few to bother anyone with.
pub const MOST_LINKS: u64 = 5;

/// Whether a post is "Save and come back later".
pub fn is_save_for_later(posted: &[(String, String)]) -> bool {
    posted
        .iter()
        .any(|(name, value)| name == INTENT_FIELD && value == SAVE_FOR_LATER)
}

/// The page that shows a return code (drawn only in answer to the post that saved).
pub use super::api::saved_page_path as saved_path;

/// An emailed link's address.
pub fn link_path(slug: &str, link: &str) -> String {
    format!("/consultations/{slug}/return/{link}")
}

const CODE: &str = "code";
const LINK: &str = "link";

/// What the table knows a return code or link by.
fn secret_hash(kind: &str, secret: &str) -> String {
    hex::encode(Sha256::digest(format!("{kind}.{secret}").as_bytes()))
}

/// A problem with a field of these pages, kept as a message the page writes in its language.
fn field_error(field: &str, text: Message) -> AppError {
    AppError::Invalid(vec![FieldError {
        message: text.render(Language::English),
        text: Some(text),
        field: field.into(),
        target_id: field.into(),
    }])
}

/// What saving a page to come back to did.
pub enum Saving {
    Saved(SavedForLater),
    /// Nothing to save: go here (the confirmation of answers sent, or the answers of a closed
    /// consultation).
    Elsewhere(String),
}

/// Gives `row` a token nobody knows (its old addresses stop working) and a new return code,
/// returned as stored.
async fn park(
    db: &impl ConnectionTrait,
    row: &response_draft::Model,
    now: DateTime<Utc>,
) -> AppResult<String> {
    let mut parked: response_draft::ActiveModel = row.clone().into();
    parked.token_hash = Set(token_hash(&new_token()).expect("a token of ours"));
    parked.updated_at = Set(now);
    parked.update(db).await?;
    let code = return_code::from_random(rand::random::<u64>());
    draft_return::ActiveModel {
        draft_id: Set(row.id),
        kind: Set(CODE.into()),
        secret_hash: Set(secret_hash(CODE, &code)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(code)
}

fn saved_for_later(
    consultation: &consultation::Model,
    code: &str,
    emailed_to: Option<String>,
    posted: PostedForm,
) -> SavedForLater {
    SavedForLater {
        slug: consultation.slug.clone(),
        title: consultation.title.clone(),
        code: return_code::display(code),
        closes_at: consultation.closes_at,
        emailed_to,
        posted,
    }
}

/// "Save and come back later" on the first page: a draft is made of its answers as typed.
pub async fn save_first_for_later(
    db: &impl ConnectionTrait,
    slug: &str,
    posted: &[(String, String)],
    now: DateTime<Utc>,
) -> AppResult<SavedForLater> {
    let (consultation, row, _, _) = start_draft(db, slug, posted, true, now).await?;
    let code = park(db, &row, now).await?;
    Ok(saved_for_later(
        &consultation,
        &code,
        None,
        PostedForm::default(),
    ))
}

/// "Save and come back later" on page `page` of draft `token`: the page's answers kept as typed.
pub async fn save_for_later(
    db: &impl ConnectionTrait,
    slug: &str,
    token: &str,
    page: &str,
    posted: &[(String, String)],
    now: DateTime<Utc>,
) -> AppResult<Saving> {
    let draft = match draft_to_change(db, slug, token, posted, now).await? {
        Ok(draft) => draft,
        Err(elsewhere) => return Ok(Saving::Elsewhere(elsewhere)),
    };
    // "check": the answers are all saved already.
    if page != "check" {
        let index = draft.page_index(page).ok_or_else(no_such_draft)?;
        save_page(db, &draft, index, posted, true, now).await?;
    }
    let code = park(db, &draft.row, now).await?;
    Ok(Saving::Saved(saved_for_later(
        &draft.consultation,
        &code,
        None,
        PostedForm::default(),
    )))
}

/// The draft a typed return code opens, with its consultation; refused with what to do.
async fn by_code(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    typed: &str,
) -> AppResult<(response_draft::Model, String)> {
    if typed.trim().is_empty() {
        return Err(field_error(CODE_FIELD, Message::new("enter-return-code")));
    }
    let code = return_code::normalise(typed)
        .ok_or_else(|| field_error(CODE_FIELD, Message::new("return-code-format")))?;
    let row = by_secret(db, consultation, CODE, &code)
        .await?
        .ok_or_else(|| field_error(CODE_FIELD, Message::new("return-code-unknown")))?;
    Ok((row, code))
}

async fn by_secret(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    kind: &str,
    secret: &str,
) -> AppResult<Option<response_draft::Model>> {
    let Some(found) = draft_return::Entity::find()
        .filter(draft_return::Column::SecretHash.eq(secret_hash(kind, secret)))
        .filter(draft_return::Column::Kind.eq(kind))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(response_draft::Entity::find_by_id(found.draft_id)
        .filter(response_draft::Column::ConsultationId.eq(consultation.id))
        .one(db)
        .await?)
}

/// Opens draft `row` under a new token: the address to go on at (the first page on the path not
/// yet complete, or "Check your answers"; the confirmation once sent; the answers to keep once
/// closed).
async fn reopen(
    db: &impl ConnectionTrait,
    consultation: consultation::Model,
    row: response_draft::Model,
    now: DateTime<Utc>,
) -> AppResult<String> {
    let token = new_token();
    let mut renamed: response_draft::ActiveModel = row.clone().into();
    renamed.token_hash = Set(token_hash(&token).expect("a token of ours"));
    renamed.updated_at = Set(now);
    let row = renamed.update(db).await?;
    let draft: Draft = opened(db, consultation, row, &token).await?;
    if let Some(path) = sent_path(db, &draft).await? {
        return Ok(path);
    }
    let slug = draft.slug().to_string();
    if ensure_open(&draft.consultation, now).is_err() {
        return Ok(check_path(&slug, &token));
    }
    let next = journey::next_after(
        &draft.questionnaire,
        &draft.answers()?,
        0,
        &draft.completed_pages(),
        true,
    );
    Ok(match next {
        Next::Page(index) => next_path(&slug, &token, Next::Page(index), false),
        Next::Check => check_path(&slug, &token),
    })
}

/// "Continue a saved response": the return code typed opens its draft; the address to go to.
pub async fn resume_by_code(
    db: &impl ConnectionTrait,
    slug: &str,
    posted: &[(String, String)],
    now: DateTime<Utc>,
) -> AppResult<String> {
    let consultation = find_published(db, slug).await?;
    let typed = posted
        .iter()
        .find(|(name, _)| name == CODE_FIELD)
        .map(|(_, value)| value.as_str())
        .unwrap_or_default();
    let (row, _) = by_code(db, &consultation, typed).await?;
    reopen(db, consultation, row, now).await
}

/// An emailed link opens its draft; the address to go to.
pub async fn resume_by_link(
    db: &impl ConnectionTrait,
    slug: &str,
    link: &str,
    now: DateTime<Utc>,
) -> AppResult<String> {
    let consultation = find_published(db, slug).await?;
    let dead = || AppError::NotFound(crate::domain::interface_text::english("link-opens-nothing"));
    super::token::canonical_hex::<16>(link).ok_or_else(dead)?;
    let row = by_secret(db, &consultation, LINK, link)
        .await?
        .ok_or_else(dead)?;
    reopen(db, consultation, row, now).await
}

/// The saved page drawn again for return code `typed` (after a refused email address), with
/// `posted`'s errors.
pub async fn saved_again(
    db: &impl ConnectionTrait,
    slug: &str,
    typed: &str,
    posted: PostedForm,
) -> AppResult<SavedForLater> {
    let consultation = find_published(db, slug).await?;
    let (_, code) = by_code(db, &consultation, typed)
        .await
        .map_err(|_| no_such_draft())?;
    Ok(saved_for_later(&consultation, &code, None, posted))
}

/// "Email me a link" on the saved page: a new link to the draft of return code `typed` is
/// queued to the address given.
pub async fn email_link(
    db: &impl ConnectionTrait,
    mail: &Mail,
    slug: &str,
    posted: &[(String, String)],
    now: DateTime<Utc>,
) -> AppResult<SavedForLater> {
    email_link_in(db, mail, slug, posted, now, Language::English).await
}

/// "Email me a link" from a page in `language`: the email, and the pages its link opens, are in
/// that language.
pub async fn email_link_in(
    db: &impl ConnectionTrait,
    mail: &Mail,
    slug: &str,
    posted: &[(String, String)],
    now: DateTime<Utc>,
    language: Language,
) -> AppResult<SavedForLater> {
    let value = |field: &str| {
        posted
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value.as_str())
            .unwrap_or_default()
    };
    let consultation = find_published(db, slug).await?;
    let (row, code) = by_code(db, &consultation, value(CODE_FIELD))
        .await
        .map_err(|_| no_such_draft())?;
    if ensure_open(&consultation, now).is_err() {
        return Err(AppError::Conflict(crate::domain::interface_text::english(
            "closed-use-return-code",
        )));
    }
    let typed = value(EMAIL_FIELD);
    if typed.trim().is_empty() {
        return Err(field_error(
            EMAIL_FIELD,
            Message::new("enter-email-address"),
        ));
    }
    let to = email::parse_address(typed)
        .map_err(|_| AppError::Invalid(vec![email::address_error(EMAIL_FIELD)]))?;
    let links = draft_return::Entity::find()
        .filter(draft_return::Column::DraftId.eq(row.id))
        .filter(draft_return::Column::Kind.eq(LINK))
        .count(db)
        .await?;
    if links >= MOST_LINKS {
        return Err(field_error(
            EMAIL_FIELD,
            Message::new("links-emailed-already").number("count", MOST_LINKS),
        ));
    }
    let link = new_token();
    draft_return::ActiveModel {
        draft_id: Set(row.id),
        kind: Set(LINK.into()),
        secret_hash: Set(secret_hash(LINK, &link)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let saved_welsh = match language {
        Language::Welsh => crate::translation::service::saved(db, consultation.id).await?,
        Language::English => Default::default(),
    };
    let shown = crate::translation::service::consultation_in(&consultation, language, &saved_welsh);
    let message = email::return_link_in(
        language,
        &to,
        &shown.title,
        &mail.link(&language.path(&link_path(&consultation.slug, &link))),
        &uk_time::format_date_time_in(language, consultation.closes_at),
    );
    if !mail.queue(db, message, now).await {
        return Err(field_error(EMAIL_FIELD, Message::new("email-cannot-send")));
    }
    Ok(saved_for_later(
        &consultation,
        &code,
        Some(to),
        PostedForm::default(),
    ))
}

/// "Continue a saved response" for consultation `slug`.
pub async fn return_page(
    db: &impl ConnectionTrait,
    slug: &str,
    now: DateTime<Utc>,
) -> AppResult<ReturnPage> {
    let consultation = find_published(db, slug).await?;
    Ok(ReturnPage {
        open: ensure_open(&consultation, now).is_ok(),
        slug: consultation.slug,
        title: consultation.title,
        closes_at: consultation.closes_at,
    })
}

/// Removes the ways back into drafts that are gone (with `journey::remove_stale`).
pub async fn remove_orphans(db: &impl ConnectionTrait) -> AppResult<u64> {
    use sea_orm::sea_query::Query;
    let drafts = Query::select()
        .column(response_draft::Column::Id)
        .from(response_draft::Entity)
        .to_owned();
    let removed = draft_return::Entity::delete_many()
        .filter(draft_return::Column::DraftId.not_in_subquery(drafts))
        .exec(db)
        .await?;
    Ok(removed.rows_affected)
}
