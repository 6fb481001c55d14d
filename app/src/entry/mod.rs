//! Responses staff enter for people who answered on paper, by phone or by email (issue 9,
//! section 3): the same questionnaire on one staff page, with how the response arrived and when.
//! Stored as any response (counted, tallied by channel, exported), with who entered it.

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;
