//! A consultation's web address (`/consultations/20mph-speed-limits`).
//!
//! Every address that arrives in a path or a server-function argument is parsed into a `Slug`
//! before anything looks it up, so hostile text (NUL, control characters, 100,000 characters)
//! never reaches a database query: it simply names no consultation.

pub const MAX_SLUG_CHARS: usize = 100;

/// Lower-case letters, digits and hyphens, starting with a letter or digit, at most 100 long.
/// Made only by `parse` (deliberately not `Deserialize`, which would go around the check).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Slug(String);

impl Slug {
    pub fn parse(text: &str) -> Option<Slug> {
        let valid = !text.is_empty()
            && text.len() <= MAX_SLUG_CHARS
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !text.starts_with('-');
        valid.then(|| Slug(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_are_plain_lower_case_words() {
        for good in ["20mph-speed-limits", "a", "library-opening-hours-2027"] {
            assert_eq!(Slug::parse(good).unwrap().as_str(), good);
        }
        let longest = "a".repeat(MAX_SLUG_CHARS);
        assert!(Slug::parse(&longest).is_some());
        for bad in [
            "",
            "-leading",
            "Upper",
            "with space",
            "nul\0byte",
            "tab\there",
            "caf\u{e9}",
            "../etc",
            "a/b",
            "%00",
            &"a".repeat(MAX_SLUG_CHARS + 1),
        ] {
            assert!(Slug::parse(bad).is_none(), "{bad:?}");
        }
    }
}
