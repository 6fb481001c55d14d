//! Results for staff: every consultation with its response count, and per-question counts.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;
