//! Pages with no island leave the server as plain HTML.
//!
//! Leptos writes two kinds of leftovers into every page for a hydration that, in islands mode,
//! only happens inside islands: `<!>` markers between text nodes (which the HTML standard calls a
//! bogus comment: the W3C checker reports each one) and two inline scripts that declare its empty
//! resource tables. A page with no `<leptos-island>` never runs any of it, so this layer takes it
//! out: such a page carries no script at all and checks clean. Pages with an island are left
//! exactly as drawn (their markers are how the island finds its nodes).
//!
//! Safe by construction: text and attribute values are escaped (`<` is never written raw), so
//! `<!>` and `<script` only occur as markup Leptos wrote; anything not matching exactly is left.

use axum::{
    body::{Body, to_bytes},
    extract::Request,
    http::{StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// The empty resource tables Leptos declares in every page.
const EMPTY_DATA_SCRIPTS: [&str; 2] = [
    "__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];",
    "__INCOMPLETE_CHUNKS=[];",
];

/// Pages are drawn whole before they are sent (`SsrMode::Async`); this bounds the copy.
const LARGEST_PAGE: usize = 64 * 1024 * 1024;

/// `html` without hydration leftovers, or `None` when the page holds an island (or has nothing
/// to take out).
pub fn without_hydration_leftovers(html: &str) -> Option<String> {
    if html.contains("<leptos-island") {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut changed = false;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        if let Some(after) = rest.strip_prefix("<!>") {
            rest = after;
            changed = true;
        } else if let Some(len) = empty_data_script_len(rest) {
            rest = &rest[len..];
            changed = true;
        } else {
            out.push('<');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// The length of the empty-data `<script>` (with or without a hex nonce) that `html` starts with.
fn empty_data_script_len(html: &str) -> Option<usize> {
    let after_open = if let Some(rest) = html.strip_prefix("<script>") {
        rest
    } else {
        let rest = html.strip_prefix("<script nonce=\"")?;
        let quote = rest.find('"')?;
        let nonce = &rest[..quote];
        if nonce.is_empty() || !nonce.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        rest[quote..].strip_prefix("\">")?
    };
    let payload = EMPTY_DATA_SCRIPTS
        .iter()
        .find(|payload| after_open.starts_with(*payload))?;
    after_open[payload.len()..].strip_prefix("</script>")?;
    Some(html.len() - after_open.len() + payload.len() + "</script>".len())
}

pub async fn plain_pages(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html || response.headers().contains_key(header::CONTENT_ENCODING) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match to_bytes(body, LARGEST_PAGE).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!("reading a rendered page: {error}");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let cleaned = std::str::from_utf8(&bytes)
        .ok()
        .and_then(without_hydration_leftovers);
    match cleaned {
        Some(html) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(html))
        }
        None => Response::from_parts(parts, Body::from(bytes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_empty_data_scripts_go_from_pages_without_islands() {
        let page = concat!(
            "<head><title>T</title><!><!></head><body><p>a<!>b &lt;!&gt;</p>",
            "<!--<() />--><input value=\"&lt;!>\">",
            "<script nonce=\"41ed2b7d\">__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];",
            "__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];</script>",
            "<script nonce=\"41ed2b7d\">__INCOMPLETE_CHUNKS=[];</script></body>"
        );
        assert_eq!(
            without_hydration_leftovers(page).unwrap(),
            "<head><title>T</title></head><body><p>ab &lt;!&gt;</p><!--<() />--><input value=\"&lt;!>\"></body>"
        );
    }

    #[test]
    fn anything_else_is_left_alone() {
        for page in [
            // A page with an island keeps its markers and scripts.
            "<leptos-island data-component=\"F\"><p>a<!>b</p></leptos-island><script>__INCOMPLETE_CHUNKS=[];</script>",
            // Scripts with anything in them, or an odd nonce.
            "<script nonce=\"41ed\">__INCOMPLETE_CHUNKS=[1];</script>",
            "<script nonce=\"x\">__INCOMPLETE_CHUNKS=[];</script>",
            "<script nonce=\"41ed\">__INCOMPLETE_CHUNKS=[];",
            "<script type=\"module\">go()</script>",
            "<p>nothing to take out</p><",
        ] {
            assert_eq!(without_hydration_leftovers(page), None, "{page}");
        }
        assert_eq!(
            without_hydration_leftovers("<script>__INCOMPLETE_CHUNKS=[];</script>x").unwrap(),
            "x"
        );
    }
}
