use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::builder::api::DepartmentChoice;
use crate::domain::ConsultationStatus;
use crate::domain::results::OptionCount;
use crate::domain::staff_list::{ListFilter, ListStatus};
use crate::error::AppError;
use crate::staff::api::StaffIdentity;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffConsultationRow {
    pub slug: String,
    pub title: String,
    pub department_id: i64,
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
    /// The consultations the filter lets through, newest opening first.
    pub consultations: Vec<StaffConsultationRow>,
    /// How many there are without the filter.
    pub total: usize,
    pub filter: ListFilter,
    pub departments: Vec<DepartmentChoice>,
    /// Whether the member may create consultations (in at least one department).
    pub may_create: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum QuestionSummary {
    Choice {
        options: Vec<OptionCount>,
        /// The newest answers typed in the "Other" box, if the question has one.
        #[serde(default)]
        other_answers: Vec<String>,
    },
    Text {
        latest: Vec<String>,
    },
    /// Numbers and dates: the lowest and highest answers, and for numbers the average.
    Range {
        lowest: String,
        highest: String,
        average: Option<String>,
    },
    /// Grid: for each statement, how many chose each point of the scale.
    Grid(crate::domain::results::GridResult),
    /// Ranking: the items, best average rank first.
    Ranking {
        items: Vec<crate::domain::results::RankedItem>,
    },
    /// Points allocation: the points each option was given.
    Points {
        items: Vec<crate::domain::results::PointsShare>,
    },
    /// Answers not listed on the results page (email addresses are personal data).
    NotListed {
        reason: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub label: String,
    pub kind_label: String,
    pub answered: i64,
    /// Responses to the versions that asked it.
    pub asked: i64,
    /// The version it was added in, when it was added after launch.
    pub added_in: Option<i32>,
    /// The version it was taken out in, if the current version no longer asks it.
    pub removed_in: Option<i32>,
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

impl StaffConsultationRow {
    pub fn list_status(&self) -> ListStatus {
        ListStatus::of(self.published, self.status)
    }
}

/// How many of the latest text answers the results page shows per question.
pub const LATEST_TEXT_ANSWERS: u64 = 5;

/// The staff list, filtered by the page's `?department=<id>&status=<code>` (either may be empty).
#[server(endpoint = "load_staff_home")]
pub async fn load_staff_home(
    department: Option<String>,
    status: Option<String>,
) -> Result<StaffHome, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    let departments = crate::builder::service::department_choices(&state.db).await?;
    let ids: Vec<i64> = departments.iter().map(|d| d.id).collect();
    let filter = ListFilter::parse(
        department.as_deref().unwrap_or_default(),
        status.as_deref().unwrap_or_default(),
        &ids,
    );
    let all = super::service::consultations(&state.db, chrono::Utc::now()).await?;
    let total = all.len();
    let may_create =
        !crate::domain::permissions::departments_to_build_in(staff.actor(), &ids).is_empty();
    Ok(StaffHome {
        may_create,
        consultations: all
            .into_iter()
            .filter(|row| filter.matches(row.department_id, row.list_status()))
            .collect(),
        total,
        filter,
        departments,
        staff,
    })
}

#[server(endpoint = "load_consultation_results")]
pub async fn load_consultation_results(slug: String) -> Result<ConsultationResults, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::results(&state.db, staff, &slug, chrono::Utc::now()).await
}
