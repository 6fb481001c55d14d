//! What the question library shows, and the server function that loads its page.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::staff::api::StaffIdentity;

/// A saved question as lists show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedQuestion {
    pub id: i64,
    pub name: String,
    /// Its kind (`kind_code`), named on the page in its language ("Single choice (radio
    /// buttons)").
    pub kind_code: String,
    /// Who saved it, their department and when ("Jo Bloggs, Highways and Transport, 27 November
    /// 2026").
    pub saved_by_name: String,
    pub department: Option<String>,
    pub saved_at: chrono::DateTime<chrono::Utc>,
    /// Whether the member looking may take it out of the library.
    pub removable: bool,
}

/// The library page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LibraryPage {
    pub staff: StaffIdentity,
    pub saved: Vec<SavedQuestion>,
}

#[server(endpoint = "load_library")]
pub async fn load_library() -> Result<LibraryPage, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    let saved = super::service::list(&state.db, &staff).await?;
    Ok(LibraryPage { staff, saved })
}
