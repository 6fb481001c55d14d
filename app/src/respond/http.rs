//! The respondent journey's plain POSTs (the only way its forms are sent: JavaScript only checks
//! a page before it goes). A page's Continue saves it and goes on; a refused page is shown again
//! with the answers kept and the errors listed.

use axum::{
    extract::{Path, Request, State},
    response::{IntoResponse, Redirect, Response},
};

use crate::render::{read_posted, render_refused};
use crate::state::AppState;

/// `/consultations/{slug}/respond`: the first page's Continue (starts a draft), or — with an
/// `idempotency_key` — a whole response in one post (the questionnaire's every page at once, as
/// API clients and the benchmarks send it).
pub async fn post_response(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let (parts, fields) = match read_posted(request).await {
        Ok(posted) => posted,
        Err(refusal) => return refusal,
    };
    let now = chrono::Utc::now();
    if !fields.iter().any(|(name, _)| name == "idempotency_key") {
        return match super::journey::start(&state.db, &slug, &fields, now).await {
            // 303: the browser fetches the next page with GET, so a refresh cannot resend.
            Ok(next) => Redirect::to(&next).into_response(),
            Err(error) => render_refused(state, parts, &error, fields).await,
        };
    }
    match super::service::submit(&state.db, &state.signing_key, &slug, &fields, now).await {
        Ok(confirmation) => sent(&state, &confirmation).await,
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}

/// After a response is stored: open dashboards are told, the browser goes to the confirmation
/// (303, so a refresh cannot send it again).
async fn sent(state: &AppState, confirmation: &super::api::Confirmation) -> Response {
    state
        .live
        .response_stored(confirmation.consultation_id)
        .await;
    Redirect::to(&confirmation.path()).into_response()
}

/// `/consultations/{slug}/respond/{token}/{page}`: a page's Continue, or (`page` = `check`)
/// "Send response".
pub async fn post_step(
    State(state): State<AppState>,
    Path((slug, token, page)): Path<(String, String, String)>,
    request: Request,
) -> Response {
    use super::journey::{Sending, save, send};

    let (parts, fields) = match read_posted(request).await {
        Ok(posted) => posted,
        Err(refusal) => return refusal,
    };
    let now = chrono::Utc::now();
    if page == "check" {
        return match send(&state.db, &slug, &token, now).await {
            Ok(Sending::Sent(confirmation)) => sent(&state, &confirmation).await,
            Ok(Sending::Elsewhere(path)) => Redirect::to(&path).into_response(),
            Err(error) => render_refused(state, parts, &error, Vec::new()).await,
        };
    }
    match save(&state.db, &slug, &token, &page, &fields, now).await {
        Ok(next) => Redirect::to(&next).into_response(),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}
