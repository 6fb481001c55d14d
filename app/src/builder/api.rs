//! What the questionnaire page shows, and the server function that loads it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Questionnaire;
use crate::error::AppError;
use crate::staff::api::StaffIdentity;

/// A consultation's newest questionnaire version, as staff edit it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionnaireDraft {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    pub version: i32,
    pub published: bool,
    /// Sent back with every edit (see `service::revision_token`).
    pub revision: String,
    pub questionnaire: Questionnaire,
}

#[server(endpoint = "load_questionnaire_draft")]
pub async fn load_questionnaire_draft(slug: String) -> Result<QuestionnaireDraft, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::questionnaire_draft(&state.db, staff, &slug).await
}

/// A department a consultation can belong to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DepartmentChoice {
    pub id: i64,
    pub name: String,
}

/// What the "create a consultation" page needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewConsultationForm {
    pub staff: StaffIdentity,
    pub departments: Vec<DepartmentChoice>,
}

#[server(endpoint = "load_new_consultation_form")]
pub async fn load_new_consultation_form() -> Result<NewConsultationForm, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    Ok(NewConsultationForm {
        staff,
        departments: super::service::department_choices(&state.db).await?,
    })
}
