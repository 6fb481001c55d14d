//! Results for staff: every consultation with its response count, and each consultation's
//! dashboard (headline, responses over time, a chart per question), kept live.

pub mod api;
#[cfg(feature = "ssr")]
pub mod deletion;
#[cfg(feature = "ssr")]
pub mod export;
pub mod filter_views;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod index;
#[cfg(feature = "ssr")]
pub mod live;
#[cfg(feature = "ssr")]
pub mod prepared;
pub mod prepared_api;
pub mod prepared_views;
pub mod responses;
#[cfg(feature = "ssr")]
pub mod responses_service;
pub mod responses_views;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;
