//! The review page's data, and the server function that loads it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::quality_checklist::Outcome;
use crate::domain::workflow::{Stage, Step};
use crate::settings::api::ChecklistItem;
use crate::staff::api::StaffIdentity;

/// A step taken, for the page's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewEntry {
    /// Who (none: the clock).
    pub by: Option<String>,
    pub step: Step,
    pub stage_after: Stage,
    pub comment: Option<String>,
    /// The checklist items the reviewer ticked, in their words then.
    pub confirmed: Vec<String>,
    pub at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewPage {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    pub stage: Stage,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// The automatic checks, as the consultation stands now.
    pub checks: Vec<Outcome>,
    pub minimum_weeks: u32,
    /// What a reviewer confirms when approving.
    pub items: Vec<ChecklistItem>,
    /// The buttons this person is offered, in order.
    pub offered: Vec<Step>,
    /// This person sent it for review (so may not approve it).
    pub own_work: bool,
    /// Newest first.
    pub history: Vec<ReviewEntry>,
    /// What the page shows, as a token its approving forms carry (`service::under_review`).
    pub seen: String,
    /// Open, with changes to its questionnaire not yet published (sent for review or not).
    pub changes_waiting: bool,
    /// The outcome as its owner last saved it (safe HTML from its Markdown), for the reviewer.
    pub outcome_html: Option<String>,
    /// An outcome is on the public page (perhaps older words than these).
    pub outcome_public: bool,
    /// The words saved differ from those on the public page (a change waits to be published).
    pub outcome_changed: bool,
    /// This person may write the outcome now (it has closed; they edit it).
    pub writes_outcome: bool,
}

#[leptos::server(endpoint = "load_review")]
pub async fn load_review(slug: String) -> Result<ReviewPage, crate::error::AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::page(&state.db, staff, &slug).await
}

/// The outcome's page ("We asked, you said, we did").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomePage {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    pub stage: Stage,
    /// The outcome as last saved (Markdown): what the form starts from.
    pub text: String,
    /// When a reviewer last published it, if ever.
    pub published_at: Option<DateTime<Utc>>,
    /// This person may write it now (it has closed; they edit the consultation).
    pub writes: bool,
}

#[leptos::server(endpoint = "load_outcome")]
pub async fn load_outcome(slug: String) -> Result<OutcomePage, crate::error::AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::outcome::page(&state.db, staff, &slug).await
}
