//! The site settings form.

use axum::{
    extract::{Request, State},
    response::Response,
};

use super::SETTINGS_PATH;
use crate::builder::http::staff_form;
use crate::domain::answers::{posted_value, posted_values};
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
    let now = chrono::Utc::now();
    // The typed settings first, each refused before anything after it changes (one saved before
    // a refused one stays saved). A form without a field (an older page) leaves that setting
    // alone.
    if !posted_values(&fields, "minimum_weeks").is_empty()
        && let Err(error) = super::service::set_minimum_weeks(
            &state.db,
            &staff,
            posted_value(&fields, "minimum_weeks"),
            now,
        )
        .await
    {
        return render_refused(state, parts, &error, fields).await;
    }
    if !posted_values(&fields, "council_name").is_empty() {
        match super::identity::save(&state.db, &staff, &fields, now).await {
            // This server's pages show it at once; the others on their next round.
            Ok(identity) => state.identity.set(identity),
            Err(error) => return render_refused(state, parts, &error, fields).await,
        }
    }
    if !posted_values(&fields, "default_retention").is_empty()
        && let Err(error) = super::service::set_default_retention(
            &state.db,
            &staff,
            posted_value(&fields, "default_retention"),
            now,
        )
        .await
    {
        return render_refused(state, parts, &error, fields).await;
    }
    if !posted_values(&fields, "privacy_template").is_empty()
        && let Err(error) = super::service::set_privacy_template(
            &state.db,
            &staff,
            posted_value(&fields, "privacy_template"),
            now,
        )
        .await
    {
        return render_refused(state, parts, &error, fields).await;
    }
    let required = posted_value(&fields, "require_two_factor") == "yes";
    match super::service::set_two_factor_required(&state.db, &staff, required, now).await {
        Ok(()) => see_other(&format!("{SETTINGS_PATH}?saved=1")),
        Err(error) => render_refused(state, parts, &error, Vec::new()).await,
    }
}

/// The reviewer's checklist: each button posts its change (`action`) and its item (`item`).
pub async fn post_checklist(State(state): State<AppState>, request: Request) -> Response {
    use super::CHECKLIST_PATH;
    use super::checklist::{Change, change, text_field};
    let (staff, parts, fields) = match staff_form(&state, request, CHECKLIST_PATH).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    if let Err(error) = staff.ensure(Action::ManageSiteSettings, Target::Site) {
        return render_refused(state, parts, &error, Vec::new()).await;
    }
    let Some(asked) = Change::parse(
        posted_value(&fields, "action"),
        posted_value(&fields, "item"),
    ) else {
        let error = crate::error::AppError::BadRequest(crate::domain::interface_text::english(
            "checklist-unknown-change",
        ));
        return render_refused(state, parts, &error, Vec::new()).await;
    };
    // Each item's box is named for it, so a refused change comes back in the box it was typed in.
    let field = text_field(asked);
    let typed = match asked {
        Change::Save(_) => posted_value(&fields, "text"),
        _ => posted_value(&fields, "new_text"),
    }
    .to_string();
    match change(&state.db, &staff, asked, &typed, chrono::Utc::now()).await {
        Ok(()) => see_other(&format!("{CHECKLIST_PATH}?saved=1")),
        Err(error) => render_refused(state, parts, &error, vec![(field, typed)]).await,
    }
}
