//! The site settings form.

use axum::{
    extract::{Request, State},
    response::Response,
};

use super::SETTINGS_PATH;
use crate::builder::http::staff_form;
use crate::domain::answers::posted_value;
use crate::domain::permissions::{Action, Target};
use crate::render::render_refused;
use crate::staff::http::see_other;
use crate::state::AppState;

pub async fn post_settings(State(state): State<AppState>, request: Request) -> Response {
    let (staff, parts, fields) = match staff_form(&state, request, SETTINGS_PATH).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    // Who may is asked before anything about the form.
    if let Err(error) = staff.ensure(Action::ManageSiteSettings, Target::Site) {
        return render_refused(state, parts, &error, Vec::new()).await;
    }
    let required = posted_value(&fields, "require_two_factor") == "yes";
    match super::service::set_two_factor_required(&state.db, &staff, required, chrono::Utc::now())
        .await
    {
        Ok(()) => see_other(&format!("{SETTINGS_PATH}?saved=1")),
        Err(error) => render_refused(state, parts, &error, Vec::new()).await,
    }
}
