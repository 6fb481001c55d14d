//! Downloads prepared in the background (decision 0024): what their page and the dashboard show,
//! and the server functions that read them. Only the member who asked sees a download, and only
//! while they may still see the consultation's results.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::prepared_download::Progress;
use crate::error::AppError;
use crate::staff::api::StaffIdentity;

/// Where "Prepare the download" posts (the consultation's results, then `downloads`).
pub const PREPARE_DOWNLOAD_PATH: &str = "/staff/consultations/{slug}/results/downloads";

/// Where a prepared download's file is fetched.
pub const PREPARED_FILE_PATH: &str = "/staff/downloads/{token}/file";

pub fn prepare_path(slug: &str) -> String {
    format!("/staff/consultations/{slug}/results/downloads")
}

pub fn download_page_path(token: &str) -> String {
    format!("/staff/downloads/{token}")
}

pub fn download_file_path(token: &str) -> String {
    format!("/staff/downloads/{token}/file")
}

/// A prepared download as its page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreparedDownload {
    pub staff: StaffIdentity,
    pub token: String,
    pub slug: String,
    pub title: String,
    /// "CSV file" or "Excel workbook".
    pub format_label: String,
    pub file_name: String,
    /// The filter in words (empty: every response).
    pub described: Vec<String>,
    pub responses: i64,
    pub requested_at: chrono::DateTime<chrono::Utc>,
    pub expires_at: chrono::DateTime<chrono::Utc>,
    pub progress: Progress,
}

/// One of the member's downloads of a consultation, as the dashboard lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreparedSummary {
    pub token: String,
    pub format_label: String,
    pub responses: i64,
    pub filtered: bool,
    pub requested_at: chrono::DateTime<chrono::Utc>,
    pub progress: Progress,
}

/// What the dashboard offers for downloading its responses.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DownloadChoices {
    /// So many responses that the file is prepared in the background (a form to ask for it)
    /// rather than sent at once (a link).
    pub prepare: bool,
    /// The member's downloads of this consultation not yet removed, newest first.
    pub prepared: Vec<PreparedSummary>,
}

/// The page of a prepared download.
#[server(endpoint = "load_prepared_download")]
pub async fn load_prepared_download(token: String) -> Result<PreparedDownload, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::prepared::page(&state.db, staff, &token, chrono::Utc::now()).await
}

/// How far a prepared download has got: what its page asks every second or so while it runs.
#[server(endpoint = "prepared_download_progress")]
pub async fn prepared_download_progress(token: String) -> Result<Progress, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    let (_, row) = super::prepared::find(&state.db, &staff, &token).await?;
    Ok(super::prepared::progress(&row, chrono::Utc::now()))
}
