//! A response answered a page at a time (decision 0026). The first page needs nothing stored;
//! its Continue creates a draft on the server, found again by an unguessable token in the
//! addresses of the pages that follow (no cookie needed: a refresh, the Back button or another
//! tab never loses an answer). Each page is checked and saved alone; "Check your answers" lists
//! them all; sending stores the response through the same path as every other.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    TransactionTrait,
};
use sha2::{Digest, Sha256};

use super::api::{
    CheckAnswers, CheckedAnswer, CheckedPage, Confirmation, ResponseForm, ResponseStep, Step,
    confirmation_path,
};
use super::service::{
    Origin, answerable, ensure_open, refuse_robots, render_markdown, store_answers,
};
use crate::db::entities::{consultation, response, response_draft};
use crate::db::questionnaire_store::{find_published, load_questionnaire, published_version};
use crate::domain::answers::{Answers, parse_answers, validate};
use crate::domain::journey::{self, Next};
use crate::domain::welsh_content::WelshTexts;
use crate::domain::{Language, Questionnaire, email, routing, uk_time};
use crate::error::{AppError, AppResult};
use crate::mail::outbox::Mail;

/// The query string of a page opened from "Check your answers".
pub const FROM_CHECK_QUERY: &str = "from=check";

/// Where the first page's form posts (creating the draft).
pub fn start_path(slug: &str) -> String {
    format!("/consultations/{slug}/respond")
}

/// Page `index` (from 0) of the draft with `token`.
pub fn page_path(slug: &str, token: &str, index: usize) -> String {
    format!("/consultations/{slug}/respond/{token}/{}", index + 1)
}

/// "Check your answers" of the draft with `token`.
pub fn check_path(slug: &str, token: &str) -> String {
    format!("/consultations/{slug}/respond/{token}/check")
}

pub(super) fn next_path(slug: &str, token: &str, next: Next, from_check: bool) -> String {
    match next {
        Next::Page(index) if from_check => {
            format!("{}?{FROM_CHECK_QUERY}", page_path(slug, token, index))
        }
        Next::Page(index) => page_path(slug, token, index),
        Next::Check => check_path(slug, token),
    }
}

/// 128 random bits, as lower-case hex: the draft's name in its addresses.
pub(super) fn new_token() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

/// What the database knows a draft by: a token of ours, hashed (so the table alone opens no
/// draft). Anything else is no draft at all.
pub(super) fn token_hash(token: &str) -> Option<String> {
    super::token::canonical_hex::<16>(token)?;
    Some(hex::encode(Sha256::digest(token.as_bytes())))
}

pub(super) fn no_such_draft() -> AppError {
    AppError::NotFound(super::api::NO_SUCH_DRAFT.into())
}

pub(super) fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}

fn stored_list<T: serde::de::DeserializeOwned>(text: &str, what: &str) -> AppResult<Vec<T>> {
    serde_json::from_str(text).map_err(|e| AppError::internal("draft", format!("{what}: {e}")))
}

/// The indices of the pages with these keys, in questionnaire order.
pub(super) fn page_indices(q: &Questionnaire, keys: &[String]) -> Vec<usize> {
    q.pages
        .iter()
        .enumerate()
        .filter(|(_, page)| keys.contains(&page.key))
        .map(|(index, _)| index)
        .collect()
}

/// A draft as found, with what it belongs to.
pub(super) struct Draft {
    pub(super) token: String,
    pub(super) row: response_draft::Model,
    pub(super) consultation: consultation::Model,
    pub(super) questionnaire: Questionnaire,
    pub(super) fields: Vec<(String, String)>,
    /// Keys of the pages completed.
    pub(super) completed: Vec<String>,
    /// Keys of pages whose answers a changed answer removed (until answered again).
    pub(super) dropped: Vec<String>,
}

impl Draft {
    pub(super) fn answers(&self) -> AppResult<Answers> {
        parse_answers(&self.questionnaire, &self.fields)
            .map_err(|e| AppError::internal("draft", e.0))
    }

    pub(super) fn completed_pages(&self) -> Vec<usize> {
        page_indices(&self.questionnaire, &self.completed)
    }

    pub(super) fn slug(&self) -> &str {
        &self.consultation.slug
    }

    /// The page index an address names (a number from 1), if the questionnaire has it.
    pub(super) fn page_index(&self, page: &str) -> Option<usize> {
        let number = super::token::canonical_id(page)?;
        let index = usize::try_from(number).ok()?.checked_sub(1)?;
        (index < self.questionnaire.pages.len()).then_some(index)
    }
}

pub(super) async fn find(db: &impl ConnectionTrait, slug: &str, token: &str) -> AppResult<Draft> {
    let consultation = find_published(db, slug).await?;
    let hash = token_hash(token).ok_or_else(no_such_draft)?;
    let row = response_draft::Entity::find()
        .filter(response_draft::Column::TokenHash.eq(hash))
        .filter(response_draft::Column::ConsultationId.eq(consultation.id))
        .one(db)
        .await?
        .ok_or_else(no_such_draft)?;
    opened(db, consultation, row, token).await
}

/// Draft `row` of `consultation`, read, known by `token` from now on.
pub(super) async fn opened(
    db: &impl ConnectionTrait,
    consultation: consultation::Model,
    row: response_draft::Model,
    token: &str,
) -> AppResult<Draft> {
    let questionnaire = load_questionnaire(db, row.version_id).await?;
    Ok(Draft {
        token: token.to_string(),
        fields: stored_list(&row.fields, "fields")?,
        completed: stored_list(&row.completed, "completed")?,
        dropped: stored_list(&row.dropped, "dropped")?,
        row,
        consultation,
        questionnaire,
    })
}

/// The form of page `index` alone, with `step` (its saved answers, addresses) and its progress.
fn page_form(
    consultation: &consultation::Model,
    questionnaire: &Questionnaire,
    index: usize,
    answers: &Answers,
    mut step: Step,
) -> ResponseForm {
    step.progress = match journey::progress(questionnaire, answers, index) {
        Some((at, of)) if of > 1 => Some((at, of)),
        _ => None,
    };
    let mut single = Questionnaire {
        version_id: questionnaire.version_id,
        pages: vec![questionnaire.pages[index].clone()],
    };
    let rendered = render_markdown(&mut single);
    ResponseForm {
        slug: consultation.slug.clone(),
        title: consultation.title.clone(),
        closes_at: consultation.closes_at,
        questionnaire: single,
        idempotency_key: String::new(),
        preview: None,
        rendered,
        step: Some(step),
        welsh: Default::default(),
    }
}

/// A consultation and its questionnaire as a page in `language` shows them (decision 0030):
/// the Welsh of every text that has up-to-date Welsh, and which texts those are. Ids, keys and
/// routes are untouched, so answers mean the same in either language.
async fn in_language(
    db: &impl ConnectionTrait,
    consultation: &mut consultation::Model,
    questionnaire: &mut Questionnaire,
    language: Language,
) -> AppResult<WelshTexts> {
    if language != Language::Welsh {
        return Ok(WelshTexts::default());
    }
    let saved = crate::translation::service::saved(db, consultation.id).await?;
    let shown = crate::translation::service::consultation_in(consultation, language, &saved);
    let (welsh, mut texts) =
        crate::translation::service::questionnaire_in(questionnaire, language, &saved);
    *questionnaire = welsh;
    consultation.title = shown.title;
    if let Some(targets) = texts.targets.as_mut() {
        targets.extend(shown.welsh);
    }
    Ok(texts)
}

/// The first page of a consultation's questionnaire, for anyone (nothing is stored yet).
pub async fn first_page(
    db: &impl ConnectionTrait,
    slug: &str,
    now: DateTime<Utc>,
) -> AppResult<ResponseForm> {
    first_page_in(db, slug, now, Language::English).await
}

/// The first page in `language`.
pub async fn first_page_in(
    db: &impl ConnectionTrait,
    slug: &str,
    now: DateTime<Utc>,
    language: Language,
) -> AppResult<ResponseForm> {
    let (mut consultation, mut questionnaire) =
        super::service::answerable_in(db, slug, now, language).await?;
    let welsh = in_language(db, &mut consultation, &mut questionnaire, language).await?;
    let step = Step {
        action: start_path(&consultation.slug),
        back: format!("/consultations/{}", consultation.slug),
        progress: None,
        from_check: false,
        saved: Vec::new(),
    };
    let mut form = page_form(&consultation, &questionnaire, 0, &Answers::default(), step);
    form.welsh = welsh;
    Ok(form)
}

/// The first page's Continue: checks its answers and starts a draft holding them; answers with
/// the address of the page that follows. `posted` is the page's form. The first page is the
/// newest version's: whoever started on it goes on with it, even if a newer one is published
/// meanwhile.
pub async fn start(
    db: &impl ConnectionTrait,
    slug: &str,
    posted: &[(String, String)],
    now: DateTime<Utc>,
) -> AppResult<String> {
    let (consultation, _, token, next) = start_draft(db, slug, posted, false, now).await?;
    Ok(next_path(&consultation.slug, &token, next, false))
}

/// A new draft holding the first page's answers, with its token and where Continue goes. The
/// answers are checked first, unless they are kept to finish later (`for_later`): then page 1
/// counts as completed only if they pass.
pub(super) async fn start_draft(
    db: &impl ConnectionTrait,
    slug: &str,
    posted: &[(String, String)],
    for_later: bool,
    now: DateTime<Utc>,
) -> AppResult<(consultation::Model, response_draft::Model, String, Next)> {
    refuse_robots(posted)?;
    let (consultation, questionnaire) = answerable(db, slug, now).await?;
    let fields = journey::page_fields(&questionnaire, 0, posted)?;
    let answers = parse_answers(&questionnaire, &fields)?;
    let errors = journey::page_errors(&questionnaire, &answers, 0);
    if !errors.is_empty() && !for_later {
        return Err(AppError::Invalid(errors));
    }
    // Page 1 is on every path: nothing to drop yet.
    let token = new_token();
    let hash = token_hash(&token).expect("a token of ours");
    let completed: Vec<String> = if errors.is_empty() {
        vec![questionnaire.pages[0].key.clone()]
    } else {
        Vec::new()
    };
    let row = response_draft::ActiveModel {
        token_hash: Set(hash),
        consultation_id: Set(consultation.id),
        version_id: Set(questionnaire.version_id),
        fields: Set(json(&fields)),
        completed: Set(json(&completed)),
        dropped: Set("[]".into()),
        response_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let done = page_indices(&questionnaire, &completed);
    let next = journey::next_after(&questionnaire, &answers, 0, &done, false);
    Ok((consultation, row, token, next))
}

/// The confirmation's address of a draft already sent.
pub(super) async fn sent_path(
    db: &impl ConnectionTrait,
    draft: &Draft,
) -> AppResult<Option<String>> {
    let Some(id) = draft.row.response_id else {
        return Ok(None);
    };
    let stored = response::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(no_such_draft)?;
    Ok(Some(confirmation_path(draft.slug(), &stored.reference)))
}

/// Every answer on the path, page by page, with "Change" links (none once closed).
fn check_answers(
    draft: &Draft,
    answers: &Answers,
    closed: bool,
    language: Language,
) -> CheckAnswers {
    let q = &draft.questionnaire;
    let slug = draft.slug();
    let path = routing::path(q, answers);
    let pages = journey::check_answers(language, q, answers)
        .into_iter()
        .map(|checked| CheckedPage {
            title: q.pages[checked.page].title.clone(),
            key: q.pages[checked.page].key.clone(),
            rows: checked
                .questions
                .into_iter()
                .map(|(id, answered)| CheckedAnswer {
                    label: answered.label,
                    key: q.question(id).map(|x| x.key.clone()).unwrap_or_default(),
                    lines: answered.lines,
                    change: match q.question(id) {
                        Some(question) if !closed => format!(
                            "{}?{FROM_CHECK_QUERY}#{}",
                            page_path(slug, &draft.token, checked.page),
                            question.first_input_id()
                        ),
                        _ => String::new(),
                    },
                })
                .collect(),
        })
        .collect();
    let dropped = q
        .pages
        .iter()
        .enumerate()
        .filter(|(index, page)| draft.dropped.contains(&page.key) && !path.contains(index))
        .map(|(index, _)| routing::page_name_in(language, q, index))
        .collect();
    let last = path.last().copied().unwrap_or(0);
    CheckAnswers {
        slug: slug.to_string(),
        title: draft.consultation.title.clone(),
        closes_at: draft.consultation.closes_at,
        action: if closed {
            String::new()
        } else {
            check_path(slug, &draft.token)
        },
        back: page_path(slug, &draft.token, last),
        dropped,
        pages,
        welsh: Default::default(),
    }
}

/// What the address `page` (a number from 1, or `check`) of draft `token` shows.
pub async fn step(
    db: &impl ConnectionTrait,
    slug: &str,
    token: &str,
    page: &str,
    from_check: bool,
    now: DateTime<Utc>,
) -> AppResult<ResponseStep> {
    step_in(db, slug, token, page, from_check, now, Language::English).await
}

/// What the address shows in `language`.
#[allow(clippy::too_many_arguments)]
pub async fn step_in(
    db: &impl ConnectionTrait,
    slug: &str,
    token: &str,
    page: &str,
    from_check: bool,
    now: DateTime<Utc>,
    language: Language,
) -> AppResult<ResponseStep> {
    let mut draft = find(db, slug, token).await?;
    let welsh = in_language(
        db,
        &mut draft.consultation,
        &mut draft.questionnaire,
        language,
    )
    .await?;
    let checked = |draft: &Draft, answers: &Answers, closed: bool| CheckAnswers {
        welsh: welsh.clone(),
        ..check_answers(draft, answers, closed, language)
    };
    if let Some(path) = sent_path(db, &draft).await? {
        return Ok(ResponseStep::Sent(path));
    }
    let answers = draft.answers()?;
    // Closed while they were answering: their answers, to keep, never an error that loses them.
    if ensure_open(&draft.consultation, now).is_err() {
        return Ok(ResponseStep::Closed(checked(&draft, &answers, true)));
    }
    if page == "check" {
        return Ok(ResponseStep::Check(checked(&draft, &answers, false)));
    }
    let index = draft.page_index(page).ok_or_else(no_such_draft)?;
    let q = &draft.questionnaire;
    if journey::progress(q, &answers, index).is_none() {
        let next = journey::next_after(q, &answers, index, &draft.completed_pages(), true);
        return Ok(ResponseStep::OffPath(next_path(
            slug, token, next, from_check,
        )));
    }
    let back = if from_check {
        check_path(slug, token)
    } else {
        match journey::previous(q, &answers, index) {
            Some(before) => page_path(slug, token, before),
            None => format!("/consultations/{slug}"),
        }
    };
    let names: Vec<String> = q.pages[index]
        .questions
        .iter()
        .flat_map(|question| question.field_names())
        .collect();
    let saved = draft
        .fields
        .iter()
        .filter(|(name, _)| names.contains(name))
        .cloned()
        .collect();
    let step = Step {
        // A refused post is drawn again at the address it was sent to: it keeps `from=check`.
        action: next_path(slug, token, Next::Page(index), from_check),
        back,
        progress: None,
        from_check,
        saved,
    };
    let mut form = page_form(&draft.consultation, q, index, &answers, step);
    form.welsh = welsh;
    Ok(ResponseStep::Page(form))
}

/// A page's Continue: checks the page's answers (refused with what to fix, nothing saved) and
/// saves them, dropping the answers of pages they now route past; answers with the address to
/// go to. A draft already sent goes to its confirmation; one whose consultation has closed to
/// its answers, to keep.
pub async fn save(
    db: &impl ConnectionTrait,
    slug: &str,
    token: &str,
    page: &str,
    posted: &[(String, String)],
    now: DateTime<Utc>,
) -> AppResult<String> {
    let draft = match draft_to_change(db, slug, token, posted, now).await? {
        Ok(draft) => draft,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let index = draft.page_index(page).ok_or_else(no_such_draft)?;
    let (next, from_check) = save_page(db, &draft, index, posted, false, now).await?;
    Ok(next_path(slug, token, next, from_check))
}

/// The draft a page's post changes, or where to go instead: the confirmation of answers already
/// sent, or the answers of a consultation that has closed, to keep.
pub(super) async fn draft_to_change(
    db: &impl ConnectionTrait,
    slug: &str,
    token: &str,
    posted: &[(String, String)],
    now: DateTime<Utc>,
) -> AppResult<Result<Draft, String>> {
    let draft = find(db, slug, token).await?;
    refuse_robots(posted)?;
    if let Some(path) = sent_path(db, &draft).await? {
        return Ok(Err(path));
    }
    if ensure_open(&draft.consultation, now).is_err() {
        return Ok(Err(check_path(slug, token)));
    }
    Ok(Ok(draft))
}

/// Saves page `index` of `draft` from `posted`, dropping the answers of pages they now route
/// past; answers with where Continue goes, and whether the page was opened from "Check your
/// answers". Answers that fail the page's checks are refused, unless kept to finish later
/// (`for_later`): then they are saved as typed and the page is not complete until they pass.
pub(super) async fn save_page(
    db: &impl ConnectionTrait,
    draft: &Draft,
    index: usize,
    posted: &[(String, String)],
    for_later: bool,
    now: DateTime<Utc>,
) -> AppResult<(Next, bool)> {
    let q = &draft.questionnaire;
    let from_check = posted
        .iter()
        .any(|(name, _)| name == journey::FROM_CHECK_FIELD);
    let fields = journey::page_fields(q, index, posted)?;
    let merged = journey::with_page(q, &draft.fields, index, fields);
    let answers = parse_answers(q, &merged)?;
    let errors = journey::page_errors(q, &answers, index);
    let key = &q.pages[index].key;
    let mut row: response_draft::ActiveModel = draft.row.clone().into();
    row.updated_at = Set(now);
    if !errors.is_empty() {
        if !for_later {
            return Err(AppError::Invalid(errors));
        }
        let mut completed = draft.completed.clone();
        completed.retain(|k| k != key);
        row.fields = Set(json(&merged));
        row.completed = Set(json(&completed));
        row.update(db).await?;
        return Ok((Next::Page(index), from_check));
    }
    let settled = journey::settle(q, merged, &answers);
    let mut dropped = draft.dropped.clone();
    dropped.retain(|k| k != key);
    let mut completed = draft.completed.clone();
    if !completed.contains(key) {
        completed.push(key.clone());
    }
    for gone in &settled.dropped {
        let gone = &q.pages[*gone].key;
        completed.retain(|k| k != gone);
        if !dropped.contains(gone) {
            dropped.push(gone.clone());
        }
    }
    let next = journey::next_after(
        q,
        &settled.answers,
        index,
        &page_indices(q, &completed),
        from_check,
    );
    row.fields = Set(json(&settled.fields));
    row.completed = Set(json(&completed));
    row.dropped = Set(json(&dropped));
    row.update(db).await?;
    Ok((next, from_check))
}

/// How long after its consultation closes a draft is kept: meanwhile its addresses show the
/// answers to copy; then they go (answers never sent are nobody's record, and may be personal).
pub const KEPT_AFTER_CLOSING: chrono::TimeDelta = chrono::TimeDelta::days(30);

/// Removes the drafts of consultations that closed more than `KEPT_AFTER_CLOSING` before `now`,
/// sent or not. Returns how many went.
pub async fn remove_stale(db: &impl ConnectionTrait, now: DateTime<Utc>) -> AppResult<u64> {
    use sea_orm::sea_query::Query;
    let closed_long_ago = Query::select()
        .column(consultation::Column::Id)
        .from(consultation::Entity)
        .and_where(consultation::Column::ClosesAt.lt(now - KEPT_AFTER_CLOSING))
        .to_owned();
    let removed = response_draft::Entity::delete_many()
        .filter(response_draft::Column::ConsultationId.in_subquery(closed_long_ago))
        .exec(db)
        .await?;
    super::saved::remove_orphans(db).await?;
    Ok(removed.rows_affected)
}

/// What sending a draft did.
pub enum Sending {
    /// Stored (or stored before): its confirmation, and whether a copy of the answers was
    /// queued to be emailed.
    Sent(Confirmation, bool),
    /// Not sent: go here first (a page still to answer, or the answers of a closed
    /// consultation, or the confirmation of a draft sent before).
    Elsewhere(String),
}

/// The field of "Check your answers" where someone may give an email address for a copy of
/// their answers.
pub const RECEIPT_EMAIL_FIELD: &str = "email";

/// The email address given for a copy of the answers, if any: refused with GOV.UK's message if
/// it is not one.
fn receipt_address(posted: &[(String, String)]) -> AppResult<Option<String>> {
    let typed = posted
        .iter()
        .find(|(name, _)| name == RECEIPT_EMAIL_FIELD)
        .map(|(_, value)| value.trim())
        .unwrap_or_default();
    if typed.is_empty() {
        return Ok(None);
    }
    email::parse_address(typed)
        .map(Some)
        .map_err(|_| AppError::Invalid(vec![email::address_error(RECEIPT_EMAIL_FIELD)]))
}

/// "Send response" on "Check your answers": every answer on the path checked again and stored
/// as one response, once (sending twice gives the same confirmation). With an email address in
/// `posted`, a copy of the answers is queued to it once the response is stored.
pub async fn send<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    mail: &Mail,
    slug: &str,
    token: &str,
    posted: &[(String, String)],
    now: DateTime<Utc>,
) -> AppResult<Sending> {
    send_in(db, mail, slug, token, posted, now, Language::English).await
}

/// Sends the response from pages in `language`: its emailed copy is in that language.
#[allow(clippy::too_many_arguments)]
pub async fn send_in<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    mail: &Mail,
    slug: &str,
    token: &str,
    posted: &[(String, String)],
    now: DateTime<Utc>,
    language: Language,
) -> AppResult<Sending> {
    let draft = find(db, slug, token).await?;
    if let Some(path) = sent_path(db, &draft).await? {
        return Ok(Sending::Elsewhere(path));
    }
    if ensure_open(&draft.consultation, now).is_err() {
        return Ok(Sending::Elsewhere(check_path(slug, token)));
    }
    let receipt_to = receipt_address(posted)?;
    let q = &draft.questionnaire;
    let answers = routing::answers_on_path(q, &draft.answers()?);
    // A page on the path never completed (reached by address), or answers that no longer fit.
    let completed = draft.completed_pages();
    let invalid = validate(q, &answers);
    let first_problem = routing::path(q, &answers).into_iter().find(|&page| {
        !completed.contains(&page)
            || q.pages[page]
                .questions
                .iter()
                .any(|question| invalid.iter().any(|e| e.field == question.field_name()))
    });
    if let Some(page) = first_problem {
        return Ok(Sending::Elsewhere(next_path(
            slug,
            token,
            Next::Page(page),
            true,
        )));
    }
    published_version(db, draft.consultation.id, draft.row.version_id)
        .await?
        .ok_or_else(|| {
            AppError::Conflict(crate::domain::interface_text::english(
                "questionnaire-not-in-use",
            ))
        })?;
    // The draft is the idempotency key: a second "Send" (a double-click, another tab) gets the
    // same response. Its id, not its token, which changes when it is saved for later.
    let key = format!("draft.{}", draft.row.id);
    let confirmation = store_answers(
        db,
        &draft.consultation,
        draft.row.version_id,
        &key,
        q,
        &answers,
        &Origin::ONLINE,
        now,
    )
    .await?;
    let Some(stored) = response::Entity::find()
        .filter(response::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?
    else {
        return Ok(Sending::Sent(confirmation, false));
    };
    // Only the request that marks the draft sent queues the copy: a double-click sends one.
    let marked = response_draft::Entity::update_many()
        .col_expr(
            response_draft::Column::ResponseId,
            sea_orm::sea_query::Expr::value(Some(stored.id)),
        )
        .col_expr(
            response_draft::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(response_draft::Column::Id.eq(draft.row.id))
        .filter(response_draft::Column::ResponseId.is_null())
        .exec(db)
        .await?;
    let copied = match receipt_to {
        Some(to) if marked.rows_affected == 1 => {
            // The copy says what the pages said: in Welsh where they were.
            let mut consultation = draft.consultation.clone();
            let mut shown = q.clone();
            in_language(db, &mut consultation, &mut shown, language).await?;
            let q = &shown;
            let pages = journey::check_answers(language, q, &answers)
                .into_iter()
                .map(|checked| email::AnsweredPage {
                    heading: q.pages[checked.page].title.clone().or_else(|| {
                        (q.pages.len() > 1).then(|| {
                            crate::domain::interface_text::text_with(
                                language,
                                "page-number",
                                &[("number", (checked.page + 1).into())],
                            )
                        })
                    }),
                    answers: checked
                        .questions
                        .into_iter()
                        .map(|(_, answered)| {
                            let lines = answered.lines.iter().map(ToString::to_string).collect();
                            (answered.label, lines)
                        })
                        .collect(),
                })
                .collect::<Vec<_>>();
            let receipt = email::receipt_in(
                language,
                &to,
                &consultation.title,
                &mail.link(&language.path(&format!("/consultations/{slug}"))),
                &confirmation.reference,
                &uk_time::format_date_time_in(language, confirmation.submitted_at),
                &pages,
            );
            mail.queue(db, receipt, now).await
        }
        _ => false,
    };
    Ok(Sending::Sent(confirmation, copied))
}
