//! Server functions of the respondent journey and the types they exchange.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Questionnaire;
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResponseForm {
    pub slug: String,
    pub title: String,
    pub closes_at: chrono::DateTime<chrono::Utc>,
    pub questionnaire: Questionnaire,
    /// Signed, single-use: a resent form stores one response.
    pub idempotency_key: String,
    /// Set when this is a preview of a questionnaire being built: answers are checked, never
    /// stored (`builder::preview`).
    #[serde(default)]
    pub preview: Option<Preview>,
    /// The Markdown of each question as safe HTML, by question id: its guidance, or a paragraph
    /// block's text (the questionnaire's Markdown is taken out:
    /// `respond::service::render_markdown`).
    #[serde(default)]
    pub rendered: Vec<(i64, String)>,
    /// Set when the form is one page of a response answered a page at a time (decision 0026):
    /// `questionnaire` then holds that page only.
    #[serde(default)]
    pub step: Option<Step>,
    /// Which texts a Welsh page shows in Welsh (the others are marked English; decision 0030).
    #[serde(default)]
    pub welsh: crate::domain::welsh_content::WelshTexts,
}

/// One page of a response answered a page at a time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Where the page's form posts.
    pub action: String,
    /// Where its Back link goes: the page before on the path, "Check your answers", or the
    /// consultation's page.
    pub back: String,
    /// "Page 2 of 5" as (2, 5), counting the pages the answers so far route through; `None`
    /// on a questionnaire of one page.
    pub progress: Option<(usize, usize)>,
    /// The page was opened from "Check your answers": Continue goes back there.
    pub from_check: bool,
    /// The page's answers as saved, to fill its fields.
    pub saved: Vec<(String, String)>,
}

/// What an address of a response being answered shows (decision 0026).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ResponseStep {
    /// A page of questions.
    Page(ResponseForm),
    /// "Check your answers", before sending.
    Check(CheckAnswers),
    /// The consultation closed before the answers were sent: they are shown to keep.
    Closed(CheckAnswers),
    /// The answers were sent: the confirmation's address.
    Sent(String),
    /// The answers so far no longer lead to this page (a Back button to a page now skipped):
    /// where to go on instead.
    OffPath(String),
}

/// "Check your answers" (GOV.UK pattern): every answer on the path, page by page, each with a
/// "Change" link; or, once the consultation has closed, the answers to keep.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckAnswers {
    pub slug: String,
    pub title: String,
    /// When the consultation closes (or closed).
    pub closes_at: chrono::DateTime<chrono::Utc>,
    /// Where "Send response" posts.
    pub action: String,
    /// The last page answered.
    pub back: String,
    /// Pages whose answers were removed because a changed answer now skips them.
    pub dropped: Vec<String>,
    pub pages: Vec<CheckedPage>,
    /// Which texts a Welsh page shows in Welsh.
    #[serde(default)]
    pub welsh: crate::domain::welsh_content::WelshTexts,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckedPage {
    /// The page's title, when it has one.
    pub title: Option<String>,
    /// Its stable key (what its Welsh is known by).
    #[serde(default)]
    pub key: String,
    pub rows: Vec<CheckedAnswer>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckedAnswer {
    pub label: String,
    /// The question's stable key (what its Welsh is known by).
    #[serde(default)]
    pub key: String,
    /// The answer in words, a line per part; empty when not answered.
    pub lines: Vec<crate::domain::response_view::AnswerLine>,
    /// The question on its page's address (with the question's first field as the fragment), to
    /// change it and come back; empty once closed.
    pub change: String,
}

/// What "Save and come back later" shows (decision 0028). Drawn only in answer to the post that
/// saved (or asked for a link): the return code is stored hashed, so no address shows it again.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedForLater {
    pub slug: String,
    pub title: String,
    /// The return code as people read it: `K7QM-4TZP-9XWB`.
    pub code: String,
    pub closes_at: chrono::DateTime<chrono::Utc>,
    /// The address a link was just emailed to.
    pub emailed_to: Option<String>,
    /// A refused email address, with its error.
    pub posted: crate::components::PostedForm,
}

/// "Continue a saved response": where a return code is typed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReturnPage {
    pub slug: String,
    pub title: String,
    pub closes_at: chrono::DateTime<chrono::Utc>,
    /// Still open: answers can be continued and sent (once closed, they can only be seen).
    pub open: bool,
}

/// What a preview adds to the respondent's form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Preview {
    /// Where the form posts without JavaScript (it checks the answers and stores nothing).
    pub action: String,
    /// The questionnaire page, for staff (a shared link has none).
    pub back: Option<String>,
    /// A signed link colleagues without an account can open, and when it stops working.
    pub share_link: Option<String>,
    pub link_expires: Option<chrono::DateTime<chrono::Utc>>,
    /// The last answers sent (without JavaScript) fitted every rule.
    #[serde(default)]
    pub checked: bool,
}

/// The posted form, as `(name, value)` pairs in document order (checkboxes repeat their name).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubmittedForm {
    pub fields: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Confirmation {
    /// Which consultation, for the live results on the server; never sent to the browser.
    #[serde(skip)]
    pub consultation_id: i64,
    pub slug: String,
    pub title: String,
    pub reference: String,
    pub submitted_at: chrono::DateTime<chrono::Utc>,
}

/// "Continue a saved response" of consultation `slug`, where a return code is typed (decision
/// 0028).
pub fn return_page_path(slug: &str) -> String {
    format!("/consultations/{slug}/return")
}

/// Where the saved page's "Email me a link" posts.
pub fn saved_page_path(slug: &str) -> String {
    format!("/consultations/{slug}/saved")
}

/// What an address naming no draft says (the addresses of saved answers stop working).
pub const NO_SUCH_DRAFT: &str = "We could not find these answers. If you saved them to come back to, use your return code or the link we emailed you: the addresses of the pages stop working when answers are saved. Otherwise, check that the address is exactly the one you were given, or start again from the consultation\u{2019}s page.";

/// Added to the confirmation's address when a copy of the answers is on its way by email.
pub const COPY_SENT_QUERY: &str = "?copy=sent";

/// The confirmation page of response `reference` to consultation `slug`.
pub fn confirmation_path(slug: &str, reference: &str) -> String {
    format!("/consultations/{slug}/confirmation/{reference}")
}

impl Confirmation {
    /// The confirmation page's address.
    pub fn path(&self) -> String {
        confirmation_path(&self.slug, &self.reference)
    }
}

/// The questionnaire's first page (decision 0026): nothing is stored until its Continue.
#[server(endpoint = "get_response_form")]
pub async fn get_response_form(slug: String) -> Result<ResponseForm, AppError> {
    let state = crate::state::app_state()?;
    let language = crate::components::use_language();
    super::journey::first_page_in(&state.db, &slug, chrono::Utc::now(), language).await
}

/// Stores a response and answers with its confirmation (the form's island shows it in place).
/// JSON in: the fields are an ordered list, which URL encoding would not keep.
#[server(endpoint = "submit_response", input = leptos::server_fn::codec::Json)]
pub async fn submit_response(slug: String, form: SubmittedForm) -> Result<Confirmation, AppError> {
    let state = crate::state::app_state()?;
    let confirmation = super::service::submit(
        &state.db,
        &state.signing_key,
        &slug,
        &form.fields,
        chrono::Utc::now(),
    )
    .await?;
    state
        .live
        .response_stored(confirmation.consultation_id)
        .await;
    Ok(confirmation)
}

/// Page `page` (a number from 1, or `check`) of the response being answered under `token`.
#[server(endpoint = "load_response_step")]
pub async fn load_response_step(
    slug: String,
    token: String,
    page: String,
    from_check: bool,
) -> Result<ResponseStep, AppError> {
    let state = crate::state::app_state()?;
    let language = crate::components::use_language();
    super::journey::step_in(
        &state.db,
        &slug,
        &token,
        &page,
        from_check,
        chrono::Utc::now(),
        language,
    )
    .await
}

#[server(endpoint = "get_confirmation")]
pub async fn get_confirmation(slug: String, reference: String) -> Result<Confirmation, AppError> {
    let state = crate::state::app_state()?;
    super::service::confirmation(&state.db, &slug, &reference).await
}

/// "Continue a saved response" for consultation `slug`.
#[server(endpoint = "load_return_page")]
pub async fn load_return_page(slug: String) -> Result<ReturnPage, AppError> {
    let state = crate::state::app_state()?;
    super::saved::return_page(&state.db, &slug, chrono::Utc::now()).await
}

/// An emailed link back to saved answers: opens them under a new address, which it answers
/// with (the page redirects there).
#[server(endpoint = "resume_from_link")]
pub async fn resume_from_link(slug: String, link: String) -> Result<String, AppError> {
    let state = crate::state::app_state()?;
    super::saved::resume_by_link(&state.db, &slug, &link, chrono::Utc::now()).await
}
