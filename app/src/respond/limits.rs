//! The respondent's rate limits on this server (decision 0027): one `domain::rate_limit::Limiter`
//! behind a lock, and how the client's address is found.

use std::sync::Mutex;

use crate::domain::rate_limit::{Action, Limiter, client_address};

pub struct RateLimits {
    limiter: Mutex<Limiter>,
    /// Off for tests and benchmarks that send thousands of responses from one address.
    enabled: bool,
    /// The header a trusted proxy puts the client's address in (`CLIENT_ADDRESS_HEADER`, such
    /// as `X-Forwarded-For`); without one, the connection's own address counts.
    address_header: Option<String>,
}

impl RateLimits {
    pub fn new(enabled: bool, address_header: Option<String>) -> Self {
        RateLimits {
            limiter: Mutex::new(Limiter::default()),
            enabled,
            address_header: address_header.filter(|h| !h.trim().is_empty()),
        }
    }

    pub fn off() -> Self {
        Self::new(false, None)
    }

    pub fn address_header(&self) -> Option<&str> {
        self.address_header.as_deref()
    }

    /// Counts one request: `Err(seconds)` to wait when over the limit.
    pub fn check(
        &self,
        action: Action,
        forwarded: Option<&str>,
        socket: Option<&str>,
        now: u64,
    ) -> Result<(), u64> {
        if !self.enabled {
            return Ok(());
        }
        let client = client_address(forwarded, socket);
        // A poisoned lock only means another request panicked mid-count: the counts still hold.
        let mut limiter = self
            .limiter
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        limiter.check(&client, action, now)
    }
}
