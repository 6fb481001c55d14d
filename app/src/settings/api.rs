//! The site settings page's data.

use serde::{Deserialize, Serialize};

use crate::staff::api::StaffIdentity;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteSettingsPage {
    pub staff: StaffIdentity,
    /// Every staff member must sign in with a code from an authenticator app.
    pub require_two_factor: bool,
    /// Whether the admin looking has two-factor sign-in on (they must, to require it).
    pub own_two_factor: bool,
    /// Active accounts without two-factor sign-in.
    pub accounts_without: u64,
    /// The shortest period a consultation may run, in weeks (the quality checklist's).
    pub minimum_weeks: u32,
    /// The privacy notice consultations use until they have their own (Markdown; decision 0039).
    pub privacy_template: String,
    /// The retention period new consultations start with, in months (none: not set).
    pub default_retention_months: Option<u32>,
    /// The council's name, colour and footer links (decision 0040).
    #[serde(default)]
    pub identity: crate::domain::site_identity::SiteIdentity,
}

#[leptos::server(endpoint = "load_site_settings")]
pub async fn load_site_settings() -> Result<SiteSettingsPage, crate::error::AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::page(&state.db, staff).await
}

/// An item of the reviewer's checklist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChecklistItem {
    pub id: i64,
    pub text: String,
}

/// The reviewer's checklist page (site admins).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChecklistPage {
    pub staff: StaffIdentity,
    /// In the order reviewers see them.
    pub items: Vec<ChecklistItem>,
    /// The most it may hold.
    pub most: usize,
}

#[leptos::server(endpoint = "load_checklist")]
pub async fn load_checklist() -> Result<ChecklistPage, crate::error::AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::checklist::page(&state.db, staff).await
}
