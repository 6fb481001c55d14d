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
}

/// The posted form, as `(name, value)` pairs in document order (checkboxes repeat their name).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubmittedForm {
    pub fields: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Confirmation {
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
    super::service::submit(
        &state.db,
        &state.signing_key,
        &slug,
        &form.fields,
        chrono::Utc::now(),
    )
    .await
}

#[server(endpoint = "get_confirmation")]
pub async fn get_confirmation(slug: String, reference: String) -> Result<Confirmation, AppError> {
    let state = crate::state::app_state()?;
    super::service::confirmation(&state.db, &slug, &reference).await
}
