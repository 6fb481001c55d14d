//! Server-side rendering helpers outside the router's own GET handling: plain HTML form posts
//! (the no-JavaScript path), refusals drawn as pages of the site, and the per-request context
//! every render needs (the Content-Security-Policy nonce and the page's language).

use std::borrow::Cow;

use axum::{
    body::{Body, to_bytes},
    http::{HeaderMap, Method, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use leptos::prelude::*;

use crate::components::{PostedForm, Refusal};
use crate::domain::text;
use crate::state::AppState;

/// The largest form body accepted. Every answer has a character limit far below this.
pub const MAX_FORM_BYTES: usize = 1024 * 1024;

/// The nonce of this response's Content-Security-Policy. The server's security-header
/// middleware makes one per request, puts it in the request's extensions and names it in the
/// header; `provide_request_context` hands it to Leptos so its inline scripts carry it.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

impl CspNonce {
    /// 128 random bits, as the CSP specification asks.
    pub fn new() -> Self {
        CspNonce(hex::encode(rand::random::<[u8; 16]>()))
    }
}

impl Default for CspNonce {
    fn default() -> Self {
        Self::new()
    }
}

/// A plain-text refusal for requests no form of ours would send. Browsers see it drawn as a page
/// of the site (see `Refusal`); other clients get the text.
pub fn refuse(status: StatusCode, message: &str) -> Response {
    let mut response = (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message.to_string(),
    )
        .into_response();
    response.extensions_mut().insert(Refusal {
        message: message.to_string(),
        ..Refusal::for_status(status.as_u16())
    });
    response
}

/// Context every server render needs, whoever starts it: call it from the additional-context
/// closure of each Leptos handler. Leptos makes a nonce of its own for every render; this
/// replaces it with the one the Content-Security-Policy header names.
pub fn provide_request_context() {
    let Some(parts) = use_context::<Parts>() else {
        return;
    };
    if let Some(nonce) = parts.extensions.get::<CspNonce>() {
        provide_context(leptos::nonce::Nonce::from_value(nonce.0.clone()));
    }
    provide_context(language_of(&parts));
    // The council's identity, for the page's header, footer and colour (decision 0040).
    if let Some(state) = use_context::<AppState>() {
        provide_context(state.identity.get());
    }
}

/// The language of a request's page, read off its address by the server (decision 0030).
pub fn language_of(parts: &Parts) -> crate::domain::Language {
    parts
        .extensions
        .get::<crate::domain::Language>()
        .copied()
        .unwrap_or_default()
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

/// A form post taken apart: the request's parts (to draw its page again) and its fields, or the
/// refusal of a body that is no form of ours.
pub async fn read_posted(
    request: axum::extract::Request,
) -> Result<(Parts, Vec<(String, String)>), Response> {
    let (parts, body) = request.into_parts();
    let fields = read_form(&parts.headers, body).await?;
    Ok((parts, fields))
}

/// Renders the page at the request's path as for a GET, with `extra` in context beside the
/// request context and the state.
pub(crate) async fn render_as_get<T>(state: AppState, mut parts: Parts, extra: T) -> Response
where
    T: Clone + Send + Sync + 'static,
{
    parts.method = Method::GET;
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            // The state first: the request's context reads the council's identity from it.
            provide_context(state.clone());
            provide_request_context();
            provide_context(extra.clone());
        },
        move || crate::shell(options.clone()),
    );
    handler(axum::http::Request::from_parts(parts, Body::empty())).await
}

/// A refused form's values as they may be shown back: as typed, less the characters no text may
/// hold (see `domain::text`), and without fields whose names hold them (no field of ours).
pub(crate) fn cleaned(mut posted: PostedForm) -> PostedForm {
    posted.values.retain(|(name, _)| text::is_clean(name));
    for (_, value) in &mut posted.values {
        if let Cow::Owned(cleaned) = text::clean(value) {
            *value = cleaned;
        }
    }
    posted
}

/// Renders the page at the request's path as for a GET, with `posted` in context so the page
/// shows the citizen's values and what needs fixing, under `status`.
pub async fn render_with_posted_form(
    state: AppState,
    parts: Parts,
    posted: PostedForm,
    status: StatusCode,
) -> Response {
    let mut response = render_as_get(state, parts, cleaned(posted)).await;
    if response.status().is_success() {
        *response.status_mut() = status;
    }
    response
}

/// The page at the request's path again after a post refused with `error`: its field errors
/// beside their fields, anything else as a problem, `values` filled back in, under its status.
pub async fn render_refused(
    state: AppState,
    parts: Parts,
    error: &crate::error::AppError,
    values: Vec<(String, String)>,
) -> Response {
    let status = error.http_status();
    render_with_posted_form(state, parts, PostedForm::refused(error, values), status).await
}

/// Draws `refusal` as a page of the site (header, footer, styles, no script), under its status.
pub async fn render_refusal(state: AppState, parts: Parts, refusal: Refusal) -> Response {
    let status = StatusCode::from_u16(refusal.status).unwrap_or(StatusCode::BAD_REQUEST);
    let mut response = render_as_get(state, parts, refusal).await;
    *response.status_mut() = status;
    response
}
