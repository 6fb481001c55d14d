//! The site's own settings, changed by site admins in the browser: for now whether every staff
//! member must sign in with two factors (decision 0036).

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;

/// The site settings page (and where its form posts).
pub const SETTINGS_PATH: &str = "/staff/settings";
