use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::ConsultationStatus;
use crate::error::AppError;

/// A consultation as listed on the hub.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub department: String,
    pub status: ConsultationStatus,
    pub opens_at_text: String,
    pub opens_at_iso: String,
    pub closes_at_text: String,
    pub closes_at_iso: String,
    pub has_outcome: bool,
    /// Which of its texts a Welsh page shows in Welsh (the others are marked English).
    #[serde(default)]
    pub welsh: crate::domain::welsh_content::WelshTexts,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HubListing {
    /// Closing soonest first.
    pub open: Vec<ConsultationCard>,
    /// Opening soonest first.
    pub forthcoming: Vec<ConsultationCard>,
    /// Most recently closed first.
    pub closed: Vec<ConsultationCard>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationOverview {
    pub card: ConsultationCard,
    /// Staff-written Markdown, rendered and sanitised on the server.
    pub body_html: String,
    pub contact_name: String,
    pub contact_email: String,
    pub outcome_html: Option<String>,
    pub outcome_published_text: Option<String>,
    /// Links and files listed under "Related documents".
    pub documents: Vec<crate::documents::api::RelatedDocument>,
}

// Every server function names its endpoint (`/api/<name>`). The default path ends in a hash of
// where the crate was built, so a browser bundle built in another folder, or another app server's
// binary, would call addresses this server does not have.
#[server(endpoint = "list_consultations")]
pub async fn list_consultations() -> Result<HubListing, AppError> {
    let state = crate::state::app_state()?;
    let language = crate::components::use_language();
    super::service::listing_in(&state.db, chrono::Utc::now(), language).await
}

#[server(endpoint = "get_consultation")]
pub async fn get_consultation(slug: String) -> Result<ConsultationOverview, AppError> {
    let state = crate::state::app_state()?;
    let language = crate::components::use_language();
    super::service::overview_in(&state.db, &slug, chrono::Utc::now(), language).await
}
