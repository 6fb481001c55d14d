//! The workflow (issue 10, section 3; decision 0038): sending a consultation for review, a
//! reviewer's approval or return with comments, scheduling it, and the clock that opens and
//! closes it on its dates, the outcome written after it closes, and the emails that tell the
//! people involved of each step. The rules are `domain::workflow` and `domain::quality_checklist`;
//! this feature stores and shows them.

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod notices;
#[cfg(feature = "ssr")]
pub mod outcome;
pub mod outcome_views;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;

/// A consultation's review page (and where its form posts).
pub fn review_path(slug: &str) -> String {
    format!("/staff/consultations/{slug}/review")
}

/// A consultation's outcome page (and where its form posts).
pub fn outcome_path(slug: &str) -> String {
    format!("/staff/consultations/{slug}/outcome")
}
