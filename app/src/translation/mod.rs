//! The Welsh version of a consultation's own words (issue 9, section 4; decision 0030): the staff
//! page where a translator gives the Welsh of every text beside its English, and what the
//! respondent's pages read from it.

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;
