//! The respondent journey's plain POSTs (the only way its forms are sent: JavaScript only checks
//! a page before it goes). A page's Continue saves it and goes on; a refused page is shown again
//! with the answers kept and the errors listed.

use axum::{
    extract::{Path, Request, State},
    response::{IntoResponse, Redirect, Response},
};

use axum::http::{StatusCode, Uri, request::Parts};

use super::api::SavedForLater;
use super::saved::{self, Saving, is_save_for_later};
use crate::components::PostedForm;
use crate::render::{cleaned, language_of, read_posted, render_as_get, render_refused};
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
    if is_save_for_later(&fields) && !fields.iter().any(|(name, _)| name == "idempotency_key") {
        return match saved::save_first_for_later(&state.db, &slug, &fields, now).await {
            Ok(saved) => render_saved(state, parts, saved, StatusCode::OK).await,
            Err(error) => render_refused(state, parts, &error, fields).await,
        };
    }
    if !fields.iter().any(|(name, _)| name == "idempotency_key") {
        return match super::journey::start(&state.db, &slug, &fields, now).await {
            // 303: the browser fetches the next page with GET, so a refresh cannot resend.
            Ok(next) => Redirect::to(&next).into_response(),
            Err(error) => render_refused(state, parts, &error, fields).await,
        };
    }
    match super::service::submit(&state.db, &state.signing_key, &slug, &fields, now).await {
        Ok(confirmation) => sent(&state, &confirmation, false).await,
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}

/// After a response is stored: open dashboards are told, the browser goes to the confirmation
/// (303, so a refresh cannot send it again), which says so when a copy is on its way.
async fn sent(state: &AppState, confirmation: &super::api::Confirmation, copied: bool) -> Response {
    state
        .live
        .response_stored(confirmation.consultation_id)
        .await;
    let mut path = confirmation.path();
    if copied {
        path.push_str(super::api::COPY_SENT_QUERY);
    }
    Redirect::to(&path).into_response()
}

/// The saved page (a return code, shown once) drawn in answer to the post that saved: at its own
/// route, so the address the browser shows (the page it saved) opens nothing any more.
async fn render_saved(
    state: AppState,
    mut parts: Parts,
    saved: SavedForLater,
    status: StatusCode,
) -> Response {
    if let Ok(uri) = saved::saved_path(&saved.slug).parse::<Uri>() {
        parts.uri = uri;
    }
    let mut response = render_as_get(state, parts, saved).await;
    if response.status().is_success() {
        *response.status_mut() = status;
    }
    response
}

/// `/consultations/{slug}/respond/{token}/{page}`: a page's Continue, or (`page` = `check`)
/// "Send response".
pub async fn post_step(
    State(state): State<AppState>,
    Path((slug, token, page)): Path<(String, String, String)>,
    request: Request,
) -> Response {
    use super::journey::{Sending, save, send_in};

    let (parts, fields) = match read_posted(request).await {
        Ok(posted) => posted,
        Err(refusal) => return refusal,
    };
    let now = chrono::Utc::now();
    if is_save_for_later(&fields) {
        return match saved::save_for_later(&state.db, &slug, &token, &page, &fields, now).await {
            Ok(Saving::Saved(saved)) => render_saved(state, parts, saved, StatusCode::OK).await,
            Ok(Saving::Elsewhere(path)) => Redirect::to(&path).into_response(),
            Err(error) => render_refused(state, parts, &error, fields).await,
        };
    }
    if page == "check" {
        let language = language_of(&parts);
        return match send_in(
            &state.db,
            &state.mail,
            &slug,
            &token,
            &fields,
            now,
            language,
        )
        .await
        {
            Ok(Sending::Sent(confirmation, copied)) => sent(&state, &confirmation, copied).await,
            Ok(Sending::Elsewhere(path)) => Redirect::to(&path).into_response(),
            Err(error) => render_refused(state, parts, &error, fields).await,
        };
    }
    match save(&state.db, &slug, &token, &page, &fields, now).await {
        Ok(next) => Redirect::to(&next).into_response(),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}

/// `/consultations/{slug}/return`: "Continue a saved response" with a return code; a code that
/// opens nothing is refused beside its field.
pub async fn post_return(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let (parts, fields) = match read_posted(request).await {
        Ok(posted) => posted,
        Err(refusal) => return refusal,
    };
    match saved::resume_by_code(&state.db, &slug, &fields, chrono::Utc::now()).await {
        Ok(next) => Redirect::to(&next).into_response(),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}

/// `/consultations/{slug}/saved`: "Email me a link" on the saved page. The page is drawn again,
/// saying where the link went, or what is wrong with the address.
pub async fn post_saved(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let (parts, fields) = match read_posted(request).await {
        Ok(posted) => posted,
        Err(refusal) => return refusal,
    };
    let now = chrono::Utc::now();
    let language = language_of(&parts);
    match saved::email_link_in(&state.db, &state.mail, &slug, &fields, now, language).await {
        Ok(saved) => render_saved(state, parts, saved, StatusCode::OK).await,
        Err(error @ crate::error::AppError::Invalid(_)) => {
            let code = fields
                .iter()
                .find(|(name, _)| name == saved::CODE_FIELD)
                .map(|(_, value)| value.as_str())
                .unwrap_or_default();
            let posted = cleaned(PostedForm::refused(&error, fields.clone()));
            match saved::saved_again(&state.db, &slug, code, posted).await {
                Ok(saved) => render_saved(state, parts, saved, error.http_status()).await,
                Err(error) => render_refused(state, parts, &error, Vec::new()).await,
            }
        }
        Err(error) => render_refused(state, parts, &error, Vec::new()).await,
    }
}
