//! The audit log (issue 10, section 4; decision 0034): every staff action that changes
//! something, and every export or download of responses, recorded append-only as it happens
//! (in the same transaction as the change, so neither lands without the other). Site admins
//! read and filter all of it, workspace admins their workspaces', and export it as CSV.

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;

/// The audit page.
pub const AUDIT_PATH: &str = "/staff/audit";
/// The entries the audit page's filter lets through, as CSV.
pub const AUDIT_CSV_PATH: &str = "/staff/audit/entries.csv";
