//! The staff entry form's plain POST.

use axum::{
    extract::{Path, Request, State},
    response::Response,
};

use crate::builder::http::{staff_form, staff_page};
use crate::render::render_refused;
use crate::staff::http::see_other;
use crate::state::AppState;

/// `/staff/consultations/{slug}/enter-response`: stores the response and shows it, saying it
/// was entered; a refused form comes back with every problem and every value kept.
pub async fn post_entry(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let here = staff_page(&slug, "enter-response");
    let (staff, parts, fields) = match staff_form(&state, request, &here).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    let now = chrono::Utc::now();
    match super::service::enter(&state.db, &state.signing_key, &staff, &slug, &fields, now).await {
        Ok(confirmation) => {
            state
                .live
                .response_stored(confirmation.consultation_id)
                .await;
            see_other(&format!(
                "/staff/consultations/{}/responses/{}?entered=yes",
                confirmation.slug, confirmation.reference
            ))
        }
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}
