//! What the workspace pages show, and the server functions that load them.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::permissions::WorkspaceRole;
use crate::error::AppError;
use crate::staff::api::StaffIdentity;

/// A workspace in the list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceRow {
    /// Its code (the address of its page).
    pub code: String,
    pub name: String,
    pub partner: bool,
    pub members: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceList {
    pub staff: StaffIdentity,
    /// The workspaces whose people the member manages (every one, for a site admin).
    pub workspaces: Vec<WorkspaceRow>,
    /// Whether they may add a workspace (site admins).
    pub may_create: bool,
}

/// A person in a workspace.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberRow {
    /// Their staff account's id.
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: WorkspaceRole,
    /// Switched off: signs in no more.
    pub deactivated: bool,
    /// Invited, and has not chosen a password yet.
    #[serde(default)]
    pub invited: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkspacePage {
    pub staff: StaffIdentity,
    pub code: String,
    pub name: String,
    pub partner: bool,
    pub members: Vec<MemberRow>,
}

/// A staff account in the site admins' list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub site_admin: bool,
    /// Its workspaces' names with its role in each, by name.
    pub workspaces: Vec<(String, WorkspaceRole)>,
    pub deactivated: bool,
    /// Two-factor sign-in is on (a site admin may reset it).
    pub two_factor: bool,
    /// Invited, and has not chosen a password yet.
    #[serde(default)]
    pub invited: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountList {
    pub staff: StaffIdentity,
    pub accounts: Vec<AccountRow>,
}

/// A staff account's details, for a site admin to change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountDetailsPage {
    pub staff: StaffIdentity,
    pub id: i64,
    pub name: String,
    pub email: String,
    pub email_language: crate::domain::Language,
}

#[server(endpoint = "load_account_details")]
pub async fn load_account_details(id: i64) -> Result<AccountDetailsPage, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::account_details(&state.db, staff, id).await
}

#[server(endpoint = "load_accounts")]
pub async fn load_accounts() -> Result<AccountList, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::accounts(&state.db, staff).await
}

#[server(endpoint = "load_workspaces")]
pub async fn load_workspaces() -> Result<WorkspaceList, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::list(&state.db, staff).await
}

#[server(endpoint = "load_workspace")]
pub async fn load_workspace(code: String) -> Result<WorkspacePage, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::page(&state.db, staff, &code).await
}
