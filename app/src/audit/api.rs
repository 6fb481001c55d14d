//! What the audit page shows, and the server function that loads it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::FieldError;
use crate::domain::audit::AuditFilter;
use crate::error::AppError;
use crate::staff::api::StaffIdentity;

/// One entry as the page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditRow {
    pub id: i64,
    pub occurred_at: chrono::DateTime<chrono::Utc>,
    /// Their name and email as they were; both empty for what the platform did by itself.
    pub actor_name: String,
    pub actor_email: String,
    /// The stored action code (`AuditAction`), shown by its name when known.
    pub action: String,
    pub subject: String,
    /// The workspace's name, if the entry concerns one that still exists.
    pub workspace: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditPage {
    pub staff: StaffIdentity,
    pub filter: AuditFilter,
    /// What in the filter could not be read (left out of it).
    pub errors: Vec<FieldError>,
    pub entries: Vec<AuditRow>,
    /// How many entries the filter lets through, and which page of them this is.
    pub total: u64,
    pub page: u64,
    /// Every entry (site admins), or their workspaces' (workspace admins).
    pub everything: bool,
}

/// The audit page for the query string `query` (its filter; empty: every entry).
#[server(endpoint = "load_audit")]
pub async fn load_audit(#[server(default)] query: String) -> Result<AuditPage, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::page(&state.db, staff, &query).await
}
