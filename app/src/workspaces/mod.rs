//! Workspaces (the council's departments and its partner organisations) and who belongs to each
//! with which role (decision 0032): site admins add workspaces; workspace admins (and site
//! admins) add people, change their roles and take them out. Site admins also see every staff
//! account and deactivate or reactivate them.

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;

/// The list of workspaces (and where "Add a workspace" posts).
pub const WORKSPACES_PATH: &str = "/staff/workspaces";
/// Every staff account, for site admins (and where "Deactivate" posts).
pub const ACCOUNTS_PATH: &str = "/staff/accounts";
