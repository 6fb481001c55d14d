//! What every request handler and server function on the server can reach.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;

use crate::error::{AppError, AppResult};

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    /// Signs the idempotency tokens rendered into response forms.
    pub signing_key: Arc<Vec<u8>>,
    pub leptos_options: LeptosOptions,
    /// Mark the session cookie `Secure` (set when the site is served over HTTPS).
    pub secure_cookies: bool,
    /// Tells open dashboards of stored responses (`results::live`).
    pub live: Arc<crate::results::live::LiveResults>,
    /// Sets of response ids for filtered results (`results::index`).
    pub indexes: Arc<crate::results::index::ResultsIndexes>,
    /// Downloads prepared in the background on this server (`results::prepared`).
    pub downloads: Arc<crate::results::prepared::Downloads>,
    /// The respondent's rate limits on this server (`respond::limits`).
    pub rate_limits: Arc<crate::respond::limits::RateLimits>,
    /// Email: links to the site, and the outbox's sender to wake (`mail::outbox`).
    pub mail: Arc<crate::mail::outbox::Mail>,
    /// The council's name, colour and footer links, as this server's pages show them.
    pub identity: Arc<crate::settings::identity::Current>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The state inside a server function or a server-side render.
pub fn app_state() -> AppResult<AppState> {
    use_context::<AppState>().ok_or_else(|| AppError::internal("context", "AppState missing"))
}
