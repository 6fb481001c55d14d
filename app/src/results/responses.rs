//! Individual responses for staff: a paged list, a page per response with every answer, and
//! every answer to a text question (paged, searchable). Same permission as the dashboard.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::response_view::AnsweredQuestion;
use crate::error::AppError;
use crate::staff::api::StaffIdentity;

/// Rows on a page of responses or answers.
pub const PER_PAGE: u64 = 50;

/// Which page of `total` items `requested` (from the address: anything) means: 1 unless it is a
/// page that exists.
pub fn page_number(requested: Option<&str>, total: u64) -> u64 {
    let pages = total.div_ceil(PER_PAGE).max(1);
    requested
        .and_then(|p| p.trim().parse::<u64>().ok())
        .filter(|p| (1..=pages).contains(p))
        .unwrap_or(1)
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResponseRow {
    pub reference: String,
    pub submitted_at: chrono::DateTime<chrono::Utc>,
    /// The channel's code ("paper") and its name in English.
    #[serde(default)]
    pub channel_code: String,
    pub channel: String,
    pub version: i32,
    /// The reference of an earlier response with the very same answers, sent within minutes.
    #[serde(default)]
    pub duplicate_of: Option<String>,
    /// For a response staff entered: the day it was received, who entered it, and why it was
    /// accepted after the closing date.
    #[serde(default)]
    pub received_on: Option<chrono::NaiveDate>,
    #[serde(default)]
    pub entered_by: Option<String>,
    #[serde(default)]
    pub late_reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResponseList {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    pub total: u64,
    pub page: u64,
    pub rows: Vec<ResponseRow>,
    /// The staff member may enter responses received on paper, by phone or by email.
    #[serde(default)]
    pub may_enter: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResponseDetail {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    pub row: ResponseRow,
    pub answers: Vec<AnsweredQuestion>,
    /// The person looking may delete it (a workspace admin: decision 0039).
    #[serde(default)]
    pub may_delete: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextAnswer {
    pub text: String,
    pub reference: String,
    pub submitted_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextAnswers {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    pub key: String,
    pub label: String,
    /// What was searched for ("" for every answer).
    pub search: String,
    /// Answers that match.
    pub total: u64,
    pub page: u64,
    pub answers: Vec<TextAnswer>,
}

#[server(endpoint = "load_responses")]
pub async fn load_responses(slug: String, page: Option<String>) -> Result<ResponseList, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::responses_service::list(&state.db, staff, &slug, page.as_deref()).await
}

#[server(endpoint = "load_response")]
pub async fn load_response(slug: String, reference: String) -> Result<ResponseDetail, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::responses_service::detail(&state.db, staff, &slug, &reference).await
}

#[server(endpoint = "load_text_answers")]
pub async fn load_text_answers(
    slug: String,
    key: String,
    page: Option<String>,
    search: Option<String>,
) -> Result<TextAnswers, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::responses_service::text_answers(
        &state.db,
        staff,
        &slug,
        &key,
        page.as_deref(),
        search.as_deref().unwrap_or_default(),
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_number_is_a_page_that_exists_or_the_first() {
        assert_eq!(page_number(None, 0), 1);
        assert_eq!(page_number(Some("2"), 51), 2);
        assert_eq!(page_number(Some("3"), 100), 1);
        assert_eq!(page_number(Some("0"), 100), 1);
        assert_eq!(page_number(Some("-1"), 100), 1);
        assert_eq!(page_number(Some("<b>"), 100), 1);
        assert_eq!(page_number(Some(" 2 "), 100), 2);
        assert_eq!(page_number(Some("99999999999999999999999"), 100), 1);
    }
}
