//! Pages leave the server as plain, valid HTML.
//!
//! Leptos writes hydration leftovers into every page: `<!>` markers between text nodes (which the
//! HTML standard calls a bogus comment: the W3C checker reports each one) and two inline scripts
//! declaring its resource tables, placed after `</html>` (a stray start tag to the checker, which
//! stops checking there). In islands mode only islands are hydrated, so:
//! - a page with no `<leptos-island>` loses all of them: no script at all;
//! - a page with islands loses the markers outside its islands, and its data scripts move inside
//!   `<body>` (where browsers put them anyway); inside an island nothing changes (the island finds
//!   its nodes by those markers).
//!
//! Safe by construction: text and attribute values are escaped (`<` is never written raw, island
//! props included), so `<!>`, `<leptos-island` and `<script` only occur as markup Leptos wrote;
//! anything not matching exactly is left.

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

/// `html` without hydration leftovers, or `None` when there is nothing to take out.
pub fn without_hydration_leftovers(html: &str) -> Option<String> {
    let has_islands = html.contains("<leptos-island");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut changed = false;
    let mut island_depth = 0usize;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        if island_depth == 0 && rest.starts_with("<!>") {
            rest = &rest["<!>".len()..];
            changed = true;
            continue;
        }
        if !has_islands && let Some(len) = empty_data_script_len(rest) {
            rest = &rest[len..];
            changed = true;
            continue;
        }
        if rest.starts_with("<leptos-island ") || rest.starts_with("<leptos-island>") {
            island_depth += 1;
        } else if rest.starts_with("</leptos-island>") {
            island_depth = island_depth.saturating_sub(1);
        }
        out.push('<');
        rest = &rest[1..];
    }
    out.push_str(rest);
    if has_islands && let Some(moved) = scripts_into_body(&out) {
        return Some(moved);
    }
    changed.then_some(out)
}

/// Moves what follows `</html>` (Leptos's data scripts) to just before `</body>`, if it is only
/// scripts.
fn scripts_into_body(html: &str) -> Option<String> {
    let end = html.rfind("</html>")?;
    let trailing = &html[end + "</html>".len()..];
    if trailing.trim().is_empty() || !only_scripts(trailing.trim()) {
        return None;
    }
    let body_end = html[..end].rfind("</body>")?;
    Some(format!(
        "{}{}{}",
        &html[..body_end],
        trailing.trim(),
        &html[body_end..end + "</html>".len()]
    ))
}

fn only_scripts(mut text: &str) -> bool {
    while !text.is_empty() {
        if !text.starts_with("<script") {
            return false;
        }
        let Some(close) = text.find("</script>") else {
            return false;
        };
        text = text[close + "</script>".len()..].trim_start();
    }
    true
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
    fn pages_with_islands_keep_what_their_islands_need() {
        let page = concat!(
            "<html><head><!></head><body><p>a<!>b</p>",
            "<leptos-island data-component=\"F\" data-props=\"{&quot;a&quot;:&quot;&lt;!&gt;&quot;}\">",
            "<p>c<!>d</p><leptos-island data-component=\"G\"><i>e<!>f</i></leptos-island><p>g<!>h</p>",
            "</leptos-island><p>i<!>j</p><script type=\"module\" nonce=\"ab\">load()</script>",
            "</body><!></html><!><script nonce=\"ab\">__RESOLVED_RESOURCES=[];</script>",
            "<script nonce=\"ab\">__INCOMPLETE_CHUNKS=[];</script>"
        );
        assert_eq!(
            without_hydration_leftovers(page).unwrap(),
            concat!(
                "<html><head></head><body><p>ab</p>",
                "<leptos-island data-component=\"F\" data-props=\"{&quot;a&quot;:&quot;&lt;!&gt;&quot;}\">",
                "<p>c<!>d</p><leptos-island data-component=\"G\"><i>e<!>f</i></leptos-island><p>g<!>h</p>",
                "</leptos-island><p>ij</p><script type=\"module\" nonce=\"ab\">load()</script>",
                "<script nonce=\"ab\">__RESOLVED_RESOURCES=[];</script>",
                "<script nonce=\"ab\">__INCOMPLETE_CHUNKS=[];</script></body></html>"
            )
        );
    }

    #[test]
    fn anything_else_is_left_alone() {
        for page in [
            // Inside an island, markers stay; anything but scripts after </html> stays there.
            "<leptos-island data-component=\"F\"><p>a<!>b</p></leptos-island></body></html><p>x</p>",
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
