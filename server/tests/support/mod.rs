//! Helpers shared by the server's test binaries.

use axum::http::{HeaderMap, header};

/// The nonce a response's Content-Security-Policy names.
pub fn csp_nonce(headers: &HeaderMap) -> Option<String> {
    let policy = headers
        .get(header::CONTENT_SECURITY_POLICY)?
        .to_str()
        .ok()?;
    let start = policy.find("'nonce-")? + 7;
    let end = policy[start..].find('\'')? + start;
    Some(policy[start..end].to_string())
}
