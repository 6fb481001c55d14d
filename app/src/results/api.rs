use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::ConsultationStatus;
use crate::domain::results::OptionCount;
use crate::error::AppError;
use crate::staff::api::StaffIdentity;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffConsultationRow {
    pub slug: String,
    pub title: String,
    pub department: String,
    pub status: ConsultationStatus,
    pub published: bool,
    pub opens_at_text: String,
    pub closes_at_text: String,
    pub responses: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffHome {
    pub staff: StaffIdentity,
    pub consultations: Vec<StaffConsultationRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum QuestionSummary {
    Choice { options: Vec<OptionCount> },
    Text { latest: Vec<String> },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub label: String,
    pub kind_label: String,
    pub answered: i64,
    pub summary: QuestionSummary,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationResults {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    pub status: ConsultationStatus,
    pub responses: i64,
    pub last_response_text: Option<String>,
    pub questions: Vec<QuestionResult>,
}

/// How many of the latest text answers the results page shows per question.
pub const LATEST_TEXT_ANSWERS: u64 = 5;

#[server(endpoint = "load_staff_home")]
pub async fn load_staff_home() -> Result<StaffHome, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    Ok(StaffHome {
        consultations: super::service::consultations(&state.db, chrono::Utc::now()).await?,
        staff,
    })
}

#[server(endpoint = "load_consultation_results")]
pub async fn load_consultation_results(slug: String) -> Result<ConsultationResults, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::results(&state.db, staff, &slug, chrono::Utc::now()).await
}
