//! The review page's form: each button posts its step (`step`), with the comment and the
//! checklist items ticked.

use axum::{
    extract::{Path, Request, State},
    response::Response,
};

use crate::builder::http::staff_form;
use crate::domain::answers::{posted_value, posted_values};
use crate::domain::workflow::Step;
use crate::render::render_refused;
use crate::staff::http::see_other;
use crate::state::AppState;

pub async fn post_review(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    // A path segment that cannot be a web address is no consultation's: the staff home says so.
    let here = match crate::domain::Slug::parse(&slug) {
        Some(slug) => super::review_path(slug.as_str()),
        None => "/staff".to_string(),
    };
    let (staff, parts, fields) = match staff_form(&state, request, &here).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    let ticked = posted_values(&fields, "items");
    let taken = super::service::take_step(
        &state.db,
        &staff,
        &slug,
        posted_value(&fields, "step"),
        posted_value(&fields, "comment"),
        &ticked,
        posted_value(&fields, "seen"),
        chrono::Utc::now(),
    )
    .await;
    match taken {
        Ok(stage) => {
            // Told now rather than at the clock's next round; a failure leaves it to the clock.
            let now = chrono::Utc::now();
            if let Err(error) = super::notices::tell_steps(&state.db, &state.mail, now).await {
                tracing::warn!(%error, "the workflow's step was not told at once");
            }
            // Steps that leave the stage as it was (or may) say what they did by name.
            let done = match Step::parse(posted_value(&fields, "step")) {
                Some(Step::ReturnOutcome) => "outcome_returned",
                Some(Step::ReturnChanges) => "changes_returned",
                Some(Step::ApproveChanges) => "changes_approved",
                _ => stage.code(),
            };
            see_other(&format!("{here}?done={done}"))
        }
        Err(error) => {
            // The comment and the ticks come back; which button was pressed does not.
            let values = fields
                .into_iter()
                .filter(|(name, _)| name == "comment" || name == "items")
                .collect();
            render_refused(state, parts, &error, values).await
        }
    }
}

/// The outcome's form: saves its words (a change to a published one goes back to review).
pub async fn post_outcome(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let here = match crate::domain::Slug::parse(&slug) {
        Some(slug) => super::outcome_path(slug.as_str()),
        None => "/staff".to_string(),
    };
    let (staff, parts, fields) = match staff_form(&state, request, &here).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    let saved = super::outcome::save(
        &state.db,
        &staff,
        &slug,
        posted_value(&fields, "outcome"),
        chrono::Utc::now(),
    )
    .await;
    match saved {
        Ok(back_to_review) => {
            if back_to_review
                && let Err(error) =
                    super::notices::tell_steps(&state.db, &state.mail, chrono::Utc::now()).await
            {
                tracing::warn!(%error, "the workflow's step was not told at once");
            }
            let done = if back_to_review {
                "outcome_changed"
            } else {
                "outcome_saved"
            };
            see_other(&format!("{}?done={done}", super::review_path(&slug)))
        }
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}
