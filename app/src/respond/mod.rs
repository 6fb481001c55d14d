//! The respondent journey: the response form a page at a time, saving it to come back to,
//! submitting it, the confirmation.

pub mod api;
#[cfg(feature = "ssr")]
pub(crate) mod counts;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod journey;
#[cfg(feature = "ssr")]
pub mod limits;
mod option_values;
#[cfg(feature = "ssr")]
pub mod saved;
pub mod saved_views;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod token;
pub mod views;
