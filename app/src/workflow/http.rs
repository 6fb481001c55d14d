//! The review page's form: each button posts its step (`step`), with the comment and the
//! checklist items ticked.

use axum::{
    extract::{Path, Request, State},
    response::Response,
};

use crate::builder::http::staff_form;
use crate::domain::answers::{posted_value, posted_values};
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
        chrono::Utc::now(),
    )
    .await;
    match taken {
        Ok(stage) => see_other(&format!("{here}?done={}", stage.code())),
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
