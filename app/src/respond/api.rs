//! Server functions of the respondent journey and the types they exchange.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Questionnaire;
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResponseForm {
    pub slug: String,
    pub title: String,
    pub closes_at_text: String,
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
    pub link_expires_text: Option<String>,
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
    pub submitted_at_text: String,
}

impl Confirmation {
    /// The confirmation page's address.
    pub fn path(&self) -> String {
        format!(
            "/consultations/{}/confirmation/{}",
            self.slug, self.reference
        )
    }
}

#[server(endpoint = "get_response_form")]
pub async fn get_response_form(slug: String) -> Result<ResponseForm, AppError> {
    let state = crate::state::app_state()?;
    super::service::load_form(&state.db, &state.signing_key, &slug, chrono::Utc::now()).await
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

#[server(endpoint = "get_confirmation")]
pub async fn get_confirmation(slug: String, reference: String) -> Result<Confirmation, AppError> {
    let state = crate::state::app_state()?;
    super::service::confirmation(&state.db, &slug, &reference).await
}
