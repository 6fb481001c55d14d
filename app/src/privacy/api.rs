//! The privacy notice's and the personal data page's data.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::staff::api::StaffIdentity;

/// A consultation's privacy notice, as the public reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrivacyNotice {
    pub slug: String,
    pub title: String,
    /// Safe HTML from the notice's Markdown; empty while the consultation has none.
    pub html: String,
    pub contact_name: String,
    pub contact_email: String,
}

#[leptos::server(endpoint = "load_privacy_notice")]
pub async fn load_privacy_notice(slug: String) -> Result<PrivacyNotice, crate::error::AppError> {
    let state = crate::state::app_state()?;
    super::service::public_notice(&state.db, &slug).await
}

/// A question on the personal data page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonalDataQuestion {
    pub key: String,
    /// Its number in the questionnaire (headings and paragraphs not counted).
    pub number: usize,
    pub label: String,
    /// An email address or postcode: personal data whatever anyone ticks.
    pub always: bool,
    /// Marked as personal data by the consultation's editors.
    pub marked: bool,
}

/// A consultation's privacy and personal data page (staff).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonalDataPage {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    /// The consultation's own notice (Markdown); empty: it uses the site's template.
    pub own_notice: String,
    /// The site's template, filled for this consultation, as safe HTML (empty: none is set).
    pub template_html: String,
    pub retention_months: Option<u32>,
    /// When the answers that are personal data will be (or were due to be) erased.
    pub erase_after: Option<DateTime<Utc>>,
    /// When they were erased, if they have been.
    pub erased_at: Option<DateTime<Utc>>,
    /// The questionnaire's questions (its newest version), in order.
    pub questions: Vec<PersonalDataQuestion>,
    /// This person may change what the page shows.
    pub writes: bool,
    /// The consultation is public, and so is its notice.
    pub public: bool,
}

#[leptos::server(endpoint = "load_personal_data")]
pub async fn load_personal_data(slug: String) -> Result<PersonalDataPage, crate::error::AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::page(&state.db, staff, &slug).await
}

/// A response found by the email address it gave.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FoundResponse {
    pub slug: String,
    pub title: String,
    pub reference: String,
    pub submitted_at: DateTime<Utc>,
}

/// The page for requests about personal data (site admins): subject access and erasure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestsPage {
    pub staff: StaffIdentity,
    /// The address asked about (lower case), if one was.
    pub email: Option<String>,
    /// Oldest first.
    pub found: Vec<FoundResponse>,
    /// More gave it than are listed (`domain::personal_data::MOST_FOUND`).
    pub more: bool,
}

#[leptos::server(endpoint = "load_personal_data_requests")]
pub async fn load_personal_data_requests(
    email: Option<String>,
) -> Result<RequestsPage, crate::error::AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::requests::page(&state.db, staff, email.as_deref()).await
}
