//! The site's own settings, changed by site admins in the browser: whether every staff member
//! must sign in with two factors (decision 0036), the shortest consultation period and the
//! reviewer's checklist (decision 0038), the privacy notice template and default retention
//! period (decision 0039), and the council's name, logo, colour and footer links (decision 0040).

pub mod api;
#[cfg(feature = "ssr")]
pub mod checklist;
pub mod checklist_views;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod identity;
#[cfg(feature = "ssr")]
pub mod logo;
pub mod logo_views;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;

/// The site settings page (and where its form posts).
pub const SETTINGS_PATH: &str = "/staff/settings";

/// The council's logo page (and where its forms post).
pub const LOGO_PATH: &str = "/staff/settings/logo";

/// The reviewer's checklist page (and where its forms post).
pub const CHECKLIST_PATH: &str = "/staff/settings/checklist";
