//! Personal data (issue 10, section 5; decision 0039): each consultation's privacy notice, read
//! by respondents from every respond page; which of its questions ask for personal data and how
//! long their answers are kept, set by its editors; and the clock that erases those answers when
//! that time is up.

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod requests;
pub mod requests_views;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;

/// A consultation's public privacy notice.
pub fn privacy_path(slug: &str) -> String {
    format!("/consultations/{slug}/privacy")
}

/// A consultation's privacy and personal data page for staff (and where its form posts).
pub fn personal_data_path(slug: &str) -> String {
    format!("/staff/consultations/{slug}/personal-data")
}

/// The page for requests about personal data: subject access and erasure (and where its forms
/// post).
pub const REQUESTS_PATH: &str = "/staff/personal-data";
