//! The Welsh version page's plain POST.

use axum::{
    extract::{Path, Request, State},
    response::Response,
};

use crate::builder::http::{staff_form, staff_page};
use crate::render::render_refused;
use crate::staff::http::see_other;
use crate::state::AppState;

/// `/staff/consultations/{slug}/welsh`: keeps the Welsh and shows the page again, saying so; a
/// refused form comes back with every box as typed.
pub async fn post_welsh_version(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let here = staff_page(&slug, "welsh");
    let (staff, parts, fields) = match staff_form(&state, request, &here).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    match super::service::save(&state.db, &staff, &slug, &fields, chrono::Utc::now()).await {
        Ok(_) => see_other(&format!("{}?saved=yes", super::api::welsh_path(&slug))),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}
