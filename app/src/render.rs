//! Server-side helpers for plain HTML form posts (the no-JavaScript path): read the posted body,
//! and render a page again with the posted values and errors.

use axum::{
    body::{Body, to_bytes},
    http::{HeaderMap, Method, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use leptos::prelude::*;

use crate::components::PostedForm;
use crate::state::AppState;

/// The largest form body accepted. Every answer has a character limit far below this.
pub const MAX_FORM_BYTES: usize = 1024 * 1024;

/// A plain-text refusal for requests no form of ours would send.
pub fn refuse(status: StatusCode, message: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message.to_string(),
    )
        .into_response()
}

/// Reads an `application/x-www-form-urlencoded` body as ordered `(name, value)` pairs.
pub async fn read_form(headers: &HeaderMap, body: Body) -> Result<Vec<(String, String)>, Response> {
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Err(refuse(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "This address accepts HTML form submissions only.",
        ));
    }
    let bytes = to_bytes(body, MAX_FORM_BYTES).await.map_err(|_| {
        refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            "The form sent too much data. Shorten your answers and try again.",
        )
    })?;
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
        .map_err(|_| refuse(StatusCode::BAD_REQUEST, "The form data could not be read."))
}

/// Renders the page at the request's path as for a GET, with `posted` in context so the page
/// shows the citizen's values and what needs fixing, under `status`.
pub async fn render_with_posted_form(
    state: AppState,
    mut parts: Parts,
    posted: PostedForm,
    status: StatusCode,
) -> Response {
    parts.method = Method::GET;
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(posted.clone());
        },
        move || crate::shell(options.clone()),
    );
    let mut response = handler(axum::http::Request::from_parts(parts, Body::empty())).await;
    if response.status().is_success() {
        *response.status_mut() = status;
    }
    response
}
