//! Cross-cutting HTTP rules.

use axum::{
    body::{Body, to_bytes},
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

use app::components::Refusal;
use app::domain::Language;
use app::error::AppError;
use app::render::{CspNonce, refuse, render_refusal};
use app::state::AppState;

/// Refuses state-changing requests sent by another site (cross-site request forgery), using the
/// browser's `Sec-Fetch-Site` header, or `Origin` where that is missing. Requests with neither
/// come from non-browser clients, which hold no victim's cookies.
pub async fn refuse_cross_site_writes(request: Request, next: Next) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    let allowed = match fetch_site {
        Some(site) => matches!(site, "same-origin" | "none"),
        None => match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
            None => true,
            Some(origin) => {
                let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
                let origin_host = origin
                    .strip_prefix("https://")
                    .or_else(|| origin.strip_prefix("http://"));
                origin_host.is_some() && origin_host == host
            }
        },
    };
    if allowed {
        next.run(request).await
    } else {
        refuse(
            StatusCode::FORBIDDEN,
            "This form was sent from another website, so it was refused. Go to the consultation page and try again.",
        )
    }
}

/// Server functions answer every error with 500; this gives each its true status (a user's
/// mistake is a 4xx) from the `AppError` in the body, and writes its words in the language of the
/// page that called (an island shows them as they come).
pub async fn server_fn_error_status(request: Request, next: Next) -> Response {
    let is_server_fn = is_server_fn_path(request.uri().path());
    let language = request
        .extensions()
        .get::<Language>()
        .copied()
        .unwrap_or_default();
    let response = next.run(request).await;
    if !is_server_fn || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, 1024 * 1024).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "").into_response();
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = StatusCode::from_u16(error.status_code()).unwrap_or(parts.status);
        if language != Language::English
            && let Ok(written) = serde_json::to_vec(&error.in_language(language))
        {
            parts.headers.remove(header::CONTENT_LENGTH);
            return Response::from_parts(parts, Body::from(written));
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

fn is_server_fn_path(path: &str) -> bool {
    path.starts_with("/api/")
}

fn is_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

/// The respondent's rate limits (decision 0027): a form drawn, a page saved or a response sent
/// past the client address's allowance for the minute is refused with 429, a page saying when
/// to try again, and `Retry-After`.
pub async fn rate_limits(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(action) =
        app::domain::rate_limit::action_of(request.method().as_str(), request.uri().path())
    else {
        return next.run(request).await;
    };
    let forwarded = state
        .rate_limits
        .address_header()
        .and_then(|name| request.headers().get(name))
        .and_then(|value| value.to_str().ok());
    let socket = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|info| info.0.ip().to_string());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    match state
        .rate_limits
        .check(action, forwarded, socket.as_deref(), now)
    {
        Ok(()) => next.run(request).await,
        Err(wait) => {
            let language = request
                .extensions()
                .get::<Language>()
                .copied()
                .unwrap_or_default();
            let message = app::domain::interface_text::text_with(
                language,
                "rate-limited",
                &[("wait", wait.into())],
            );
            let mut response = refuse(StatusCode::TOO_MANY_REQUESTS, &message);
            if let Some(refusal) = response.extensions_mut().get_mut::<Refusal>() {
                refusal.title = app::domain::interface_text::text(language, "error-title-problem");
            }
            if let Ok(value) = HeaderValue::from_str(&wait.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
    }
}

/// Every refusal a browser sees is a page of the site with the right 4xx: plain-text refusals
/// (ours, carrying a `Refusal`, and axum's own — a method the address does not take, a path
/// that is not valid UTF-8, a body that is not a form) are drawn as pages. Server functions keep
/// their JSON errors, which their callers read.
pub async fn designed_refusals(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if is_server_fn_path(request.uri().path()) {
        return next.run(request).await;
    }
    // Only what drawing a page needs is kept (the address and this response's CSP nonce), not a
    // copy of every request's headers.
    let uri = request.uri().clone();
    let nonce = request.extensions().get::<CspNonce>().cloned();
    let language = request.extensions().get::<Language>().copied();
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || is_html(response.headers()) {
        return response;
    }
    // A standard refusal (whether or not the handler said it in English) in the page's language.
    let standard = Refusal::for_status(status.as_u16());
    let refusal = match response.extensions().get::<Refusal>() {
        Some(said) if *said != standard => said.clone(),
        _ => Refusal::for_status_in(status.as_u16(), language.unwrap_or_default()),
    };
    let allow = response.headers().get(header::ALLOW).cloned();
    let retry_after = response.headers().get(header::RETRY_AFTER).cloned();
    let mut page_request = Request::builder().uri(uri);
    if let Some(nonce) = nonce {
        page_request = page_request.extension(nonce);
    }
    if let Some(language) = language {
        page_request = page_request.extension(language);
    }
    let Ok(page_request) = page_request.body(()) else {
        return response;
    };
    let (parts, ()) = page_request.into_parts();
    let mut page = render_refusal(state, parts, refusal).await;
    if let Some(allow) = allow {
        page.headers_mut().insert(header::ALLOW, allow);
    }
    if let Some(retry_after) = retry_after {
        page.headers_mut().insert(header::RETRY_AFTER, retry_after);
    }
    page
}

/// Pages whose content is someone's own (staff data, a respondent's answers, a single-use form
/// token, a reference): never stored by the browser or any cache on the way.
fn is_private(path: &str) -> bool {
    path == "/staff"
        || path.starts_with("/staff/")
        || path.starts_with("/preview/")
        || is_server_fn_path(path)
        || (path.starts_with("/consultations/")
            && (path.ends_with("/respond")
                || path.contains("/respond/")
                || path.contains("/confirmation/")
                || path.ends_with("/return")
                || path.contains("/return/")
                || path.ends_with("/saved")))
}

/// The Content-Security-Policy of every response: scripts only from this site or inline with
/// this response's nonce (Leptos's hydration and data scripts carry it), WASM allowed to compile,
/// styles from this site or inline with the nonce (the council's colour), no plugins, no framing,
/// forms posting only here.
fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Headers every response carries, and a fresh CSP nonce for each request (put in the request
/// for the page's render to use).
pub async fn security_headers(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let nonce = CspNonce::new();
    let private = is_private(request.uri().path());
    request.extensions_mut().insert(nonce.clone());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    // A response with a stricter policy of its own (an uploaded file) keeps it.
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY)
        && let Ok(policy) = HeaderValue::from_str(&content_security_policy(&nonce.0))
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    if private {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        // A shared preview link passed on beyond the council must not end up in search results.
        headers.insert(
            header::HeaderName::from_static("x-robots-tag"),
            HeaderValue::from_static("noindex, nofollow"),
        );
    }
    // Only when the site is served over HTTPS (the same setting as Secure cookies): it tells
    // browsers to use HTTPS for a year. Not for subdomains, which the council may run elsewhere.
    if state.secure_cookies {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    response
}

/// Reads the page's language from its address and takes it off (decision 0030): `/cy/x` is the
/// Welsh page `/x`, so the routes are written once. The language goes into the request's
/// extensions for every page and handler below. A server function's address has no language:
/// it is the language of the page that called it (its `Referer`). A Welsh page's redirects to a
/// path of this site stay in Welsh.
///
/// This runs before routing (see `router`), or the router would have matched the prefixed path.
pub async fn language_from_address(mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let (mut language, rest) = Language::from_path(&path);
    if language == Language::Welsh {
        let rest = match request.uri().query() {
            Some(query) => format!("{rest}?{query}"),
            None => rest.to_string(),
        };
        if let Ok(uri) = rest.parse() {
            *request.uri_mut() = uri;
        }
    } else if is_server_fn_path(&path) {
        language = referring_language(request.headers());
    }
    request.extensions_mut().insert(language);
    let mut response = next.run(request).await;
    if language == Language::Welsh
        && let Some(location) = response.headers().get(header::LOCATION)
        && let Ok(location) = location.to_str()
        && Language::from_path(location).0 == Language::English
        && !location.starts_with("/pkg/")
        && let Ok(welsh) = HeaderValue::from_str(&Language::Welsh.path(location))
    {
        response.headers_mut().insert(header::LOCATION, welsh);
    }
    response
}

/// The language of the page a request came from, by the path of its `Referer`.
fn referring_language(headers: &HeaderMap) -> Language {
    headers
        .get(header::REFERER)
        .and_then(|value| value.to_str().ok())
        .and_then(|referer| url::Url::parse(referer).ok())
        .map(|url| Language::from_path(url.path()).0)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_pages() {
        for path in [
            "/staff",
            "/staff/sign-in",
            "/staff/consultations/x/results",
            "/api/submit_response",
            "/consultations/x/respond",
            "/consultations/x/respond/0123456789abcdef0123456789abcdef/2",
            "/consultations/x/confirmation/2222-2222-2222",
            "/consultations/x/return",
            "/consultations/x/return/0123456789abcdef0123456789abcdef",
            "/consultations/x/saved",
            "/preview/p1.1.2.abc",
        ] {
            assert!(is_private(path), "{path}");
        }
        for path in ["/", "/consultations/x", "/pkg/consult.css", "/staffing"] {
            assert!(!is_private(path), "{path}");
        }
    }
}
