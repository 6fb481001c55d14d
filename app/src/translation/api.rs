//! The Welsh version page's data and server function.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::welsh_content::ContentText;
use crate::error::AppError;
use crate::staff::api::StaffIdentity;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WelshVersion {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    /// Every text of the consultation and its working questionnaire, with its Welsh.
    pub texts: Vec<ContentText>,
}

/// The staff page where the Welsh of consultation `slug` is written.
pub fn welsh_path(slug: &str) -> String {
    format!("/staff/consultations/{slug}/welsh")
}

#[server(endpoint = "load_welsh_version")]
pub async fn load_welsh_version(slug: String) -> Result<WelshVersion, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::welsh_version(&state.db, staff, &slug).await
}
