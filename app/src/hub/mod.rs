//! The public hub: lists of consultations and each consultation's overview page.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;
