//! Links that set a staff member's password (decision 0035): what each is for and how long it
//! lasts. Pure: the service stores them.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkPurpose {
    /// A new account's first password, from an admin's invitation.
    Invitation,
    /// A forgotten password, asked for at the sign-in page.
    PasswordReset,
}

impl LinkPurpose {
    pub fn code(self) -> &'static str {
        match self {
            LinkPurpose::Invitation => "invitation",
            LinkPurpose::PasswordReset => "password_reset",
        }
    }

    pub fn parse(code: &str) -> Option<LinkPurpose> {
        [LinkPurpose::Invitation, LinkPurpose::PasswordReset]
            .into_iter()
            .find(|purpose| purpose.code() == code)
    }

    /// How long the link works: a week to accept an invitation (people are away), an hour for a
    /// reset (asked for by someone at the sign-in page just now).
    pub fn lifetime(self) -> Duration {
        match self {
            LinkPurpose::Invitation => Duration::days(7),
            LinkPurpose::PasswordReset => Duration::hours(1),
        }
    }
}

/// Whether a link expiring at `expires_at`, used at `used_at`, still works at `now`.
pub fn usable(
    expires_at: DateTime<Utc>,
    used_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    used_at.is_none() && now < expires_at
}

/// A link's token as it may appear in an address: 64 hexadecimal digits (anything else is no
/// link, and never reaches the database).
pub fn plausible_token(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_work_once_and_until_they_expire() {
        let now = Utc::now();
        let expires = now + LinkPurpose::PasswordReset.lifetime();
        assert!(usable(expires, None, now));
        assert!(!usable(expires, Some(now), now));
        assert!(!usable(expires, None, expires));
        assert_eq!(LinkPurpose::Invitation.lifetime(), Duration::days(7));
        for purpose in [LinkPurpose::Invitation, LinkPurpose::PasswordReset] {
            assert_eq!(LinkPurpose::parse(purpose.code()), Some(purpose));
        }
        assert_eq!(LinkPurpose::parse("Invitation"), None);
    }

    #[test]
    fn only_hex_tokens_of_the_right_length_are_links() {
        assert!(plausible_token(&"a1".repeat(32)));
        assert!(!plausible_token(&"a1".repeat(31)));
        assert!(!plausible_token(&format!("{}zz", "a".repeat(62))));
        assert!(!plausible_token("../../etc/passwd"));
    }
}
