//! The staff entry form and its server function.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Questionnaire;
use crate::error::AppError;
use crate::staff::api::StaffIdentity;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntryForm {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    /// When it closes (the page writes it: "midday on 7 January 2027").
    pub closes_at: chrono::DateTime<chrono::Utc>,
    /// The consultation has closed: a response received after its closing date needs a reason.
    pub closed: bool,
    /// The newest published questionnaire, every page.
    pub questionnaire: Questionnaire,
    /// Guidance and paragraphs as safe HTML, by question id.
    pub rendered: Vec<(i64, String)>,
    /// Signed, single-use: one response stored however often the form is posted.
    pub form_token: String,
}

/// The page where staff enter a response to consultation `slug`.
pub fn entry_path(slug: &str) -> String {
    format!("/staff/consultations/{slug}/enter-response")
}

#[server(endpoint = "load_entry_form")]
pub async fn load_entry_form(slug: String) -> Result<EntryForm, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::entry_form(
        &state.db,
        &state.signing_key,
        staff,
        &slug,
        chrono::Utc::now(),
    )
    .await
}
