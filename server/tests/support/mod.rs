//! Helpers shared by the server's test binaries.
// Each test binary uses some of them.
#![allow(dead_code)]

use axum::http::{HeaderMap, header};
use leptos::prelude::LeptosOptions;
use server::Config;

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

/// The options the tests' routers render with.
pub fn test_options() -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("consult")
        .site_root("target/site")
        .build()
}

pub fn test_config(secure_cookies: bool) -> Config {
    Config {
        database_url: "sqlite::memory:".into(),
        demo_data: true,
        demo_responses: false,
        secure_cookies,
        prepare_downloads_above: app::domain::prepared_download::DEFAULT_PREPARE_ABOVE,
        // Thousands of requests from one address: the limits have a test of their own.
        rate_limits: false,
        client_address_header: None,
        public_url: "http://127.0.0.1:3000".into(),
        smtp_url: None,
        mail_from: server::config::DEFAULT_MAIL_FROM.into(),
        // Messages land as files where the test can find them.
        mail_folder: std::env::temp_dir()
            .join("consult-test-mail")
            .to_string_lossy()
            .into_owned(),
        workflow_clock_every: std::time::Duration::from_secs(
            server::config::DEFAULT_WORKFLOW_CLOCK_SECONDS,
        ),
    }
}
