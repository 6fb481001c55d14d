//! Staff accounts, sign-in and sessions, and the staff home page.

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
pub mod link_views;
#[cfg(feature = "ssr")]
pub mod links;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod two_factor;
pub mod two_factor_views;
pub mod views;
