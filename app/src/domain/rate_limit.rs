//! Rate limits per client address on the respondent's forms (decision 0027): generous, since a
//! council office or a library shares one address, but enough that a script cannot mint forms,
//! save drafts or send responses by the thousand. Fixed one-minute windows, counted per server.

use std::collections::HashMap;

/// What a request does, each with its own allowance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Drawing a response form's first page (and the form as a server function).
    Form,
    /// Saving a page of answers (or starting a draft).
    Save,
    /// Sending a response, or trying a return code (decision 0028).
    Submit,
    /// Asking for a link to saved answers by email.
    Email,
}

impl Action {
    /// Requests allowed per client address per minute.
    pub fn per_minute(self) -> u32 {
        match self {
            Action::Form => 300,
            Action::Save => 600,
            Action::Submit => 60,
            Action::Email => 10,
        }
    }
}

/// Above this many windows held, the stale ones are dropped (a sweep costs one pass).
const SWEEP_ABOVE: usize = 10_000;
const WINDOW_SECONDS: u64 = 60;

/// The counts of the current minute, by (client address, action).
#[derive(Debug, Default)]
pub struct Limiter {
    windows: HashMap<(String, Action), (u64, u32)>,
}

impl Limiter {
    /// Counts a request by `client` at `now` (seconds since the epoch): `Ok` if it is allowed,
    /// else `Err(seconds)` until the next window opens (for `Retry-After`).
    pub fn check(&mut self, client: &str, action: Action, now: u64) -> Result<(), u64> {
        let window = now / WINDOW_SECONDS;
        if self.windows.len() > SWEEP_ABOVE {
            self.windows.retain(|_, (at, _)| *at == window);
        }
        let entry = self
            .windows
            .entry((client.to_string(), action))
            .or_insert((window, 0));
        if entry.0 != window {
            *entry = (window, 0);
        }
        if entry.1 >= action.per_minute() {
            return Err((window + 1) * WINDOW_SECONDS - now);
        }
        entry.1 += 1;
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.windows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.windows.is_empty()
    }
}

/// Which action a request to the respondent's addresses is, if any: `method` and `path` as sent.
pub fn action_of(method: &str, path: &str) -> Option<Action> {
    match method {
        "POST" if path == "/api/submit_response" => Some(Action::Submit),
        "POST" if path == "/api/get_response_form" => Some(Action::Form),
        "POST" if path == "/api/resume_from_link" => Some(Action::Form),
        _ => {
            let rest = path.strip_prefix("/consultations/")?;
            let mut parts = rest.split('/');
            let (_slug, part) = (parts.next()?, parts.next()?);
            let tail: Vec<&str> = parts.collect();
            match (part, method, tail.as_slice()) {
                ("respond", "GET", []) => Some(Action::Form),
                ("respond", "POST", []) => Some(Action::Save),
                ("respond", "POST", [_token, "check"]) => Some(Action::Submit),
                ("respond", "POST", [_token, _page]) => Some(Action::Save),
                // An emailed link opens a draft; a return code is guessed at the send rate.
                ("return", "GET", [_link]) => Some(Action::Form),
                ("return", "POST", []) => Some(Action::Submit),
                ("saved", "POST", []) => Some(Action::Email),
                _ => None,
            }
        }
    }
}

/// The client's address as the rate limits count it: the right-most entry of the proxy's header
/// when the server is told to trust one (the address the proxy itself saw), else the socket's.
pub fn client_address(forwarded: Option<&str>, socket: Option<&str>) -> String {
    forwarded
        .and_then(|value| value.rsplit(',').map(str::trim).find(|a| !a.is_empty()))
        .or(socket)
        .unwrap_or("unknown")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_address_has_its_own_allowance_per_minute() {
        let mut limits = Limiter::default();
        let start = 1_800_000_000 / 60 * 60; // the start of a minute
        for _ in 0..60 {
            assert_eq!(limits.check("10.0.0.1", Action::Submit, start + 5), Ok(()));
        }
        assert_eq!(limits.check("10.0.0.1", Action::Submit, start + 5), Err(55));
        assert_eq!(limits.check("10.0.0.1", Action::Submit, start + 59), Err(1));
        // Another address, and another action, are counted apart.
        assert_eq!(limits.check("10.0.0.2", Action::Submit, start + 5), Ok(()));
        assert_eq!(limits.check("10.0.0.1", Action::Save, start + 5), Ok(()));
        // The next minute starts afresh.
        assert_eq!(limits.check("10.0.0.1", Action::Submit, start + 60), Ok(()));
    }

    #[test]
    fn stale_windows_are_swept() {
        let mut limits = Limiter::default();
        for n in 0..=SWEEP_ABOVE {
            limits.check(&n.to_string(), Action::Form, 0).unwrap();
        }
        assert_eq!(limits.len(), SWEEP_ABOVE + 1);
        limits.check("late", Action::Form, 120).unwrap();
        assert_eq!(limits.len(), 1);
    }

    #[test]
    fn the_respondents_addresses_are_classified() {
        let cases = [
            ("GET", "/consultations/x/respond", Some(Action::Form)),
            ("POST", "/consultations/x/respond", Some(Action::Save)),
            ("POST", "/consultations/x/respond/abc/2", Some(Action::Save)),
            (
                "POST",
                "/consultations/x/respond/abc/check",
                Some(Action::Submit),
            ),
            ("GET", "/consultations/x/respond/abc/2", None),
            ("GET", "/consultations/x/return", None),
            ("POST", "/consultations/x/return", Some(Action::Submit)),
            ("GET", "/consultations/x/return/abc", Some(Action::Form)),
            ("POST", "/consultations/x/saved", Some(Action::Email)),
            ("POST", "/api/resume_from_link", Some(Action::Form)),
            ("POST", "/api/submit_response", Some(Action::Submit)),
            ("POST", "/api/get_response_form", Some(Action::Form)),
            ("GET", "/consultations/x", None),
            ("POST", "/staff/sign-in", None),
            ("POST", "/consultations/x/documents/1", None),
        ];
        for (method, path, action) in cases {
            assert_eq!(action_of(method, path), action, "{method} {path}");
        }
    }

    #[test]
    fn the_proxys_own_entry_counts() {
        assert_eq!(
            client_address(Some("1.2.3.4, 10.0.0.9"), Some("127.0.0.1")),
            "10.0.0.9"
        );
        assert_eq!(client_address(Some(" "), Some("127.0.0.1")), "127.0.0.1");
        assert_eq!(client_address(None, None), "unknown");
    }
}
