//! What text the platform accepts and keeps, decided once for every feature.
//!
//! Text may hold any Unicode character except control characters other than tab and the line
//! breaks (NUL, the rest of C0, DEL and C1). PostgreSQL refuses NUL outright, other controls are
//! invisible and meaningless in an answer, and some of them confuse terminals and spreadsheets
//! that later show the data. Free text a person typed or pasted (answers) is *cleaned*: the
//! characters are invisible, so refusing them would leave the person unable to see what to fix.
//! Identifiers (web addresses, references, email addresses, tokens) are *refused* instead.

use std::borrow::Cow;

/// A character no stored or displayed text may hold.
pub fn is_forbidden(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// True when `text` holds no forbidden character.
pub fn is_clean(text: &str) -> bool {
    !text.chars().any(is_forbidden)
}

/// `text` without its forbidden characters (borrowed when there were none).
pub fn clean(text: &str) -> Cow<'_, str> {
    if is_clean(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|c| !is_forbidden(*c)).collect())
    }
}

/// A LIKE pattern matching text that contains `text` in any case (to be compared with the
/// lower-cased column, escaped by backslashes): `%` or `_` typed are themselves, not wildcards.
pub fn like_containing(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// The longest email address a mail system accepts (RFC 5321 path limit less the brackets).
pub const MAX_EMAIL_CHARS: usize = 254;

/// A plausible email address: something@domain.tld, no spaces or control characters, not too
/// long. Deliverability is for the mail system to judge; this only keeps nonsense out.
pub fn looks_like_email(email: &str) -> bool {
    if email.chars().count() > MAX_EMAIL_CHARS
        || !is_clean(email)
        || email.contains(char::is_whitespace)
    {
        return false;
    }
    match email.rsplit_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_match_what_was_typed_literally() {
        assert_eq!(like_containing("50%_A\\b"), "%50\\%\\_a\\\\b%");
    }

    #[test]
    fn control_characters_are_forbidden_except_tab_and_line_breaks() {
        for c in [
            '\0', '\u{1}', '\u{8}', '\u{b}', '\u{c}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9f}',
        ] {
            assert!(is_forbidden(c), "{c:?}");
        }
        for c in [
            '\t',
            '\n',
            '\r',
            ' ',
            'a',
            '\u{202e}',
            '\u{301}',
            '\u{feff}',
            '\u{1f600}',
        ] {
            assert!(!is_forbidden(c), "{c:?}");
        }
    }

    #[test]
    fn cleaning_removes_only_forbidden_characters() {
        assert!(matches!(clean("plain\ttext\r\n"), Cow::Borrowed(_)));
        assert_eq!(clean("a\0b\u{7}c\u{85}d"), "abcd");
        assert_eq!(
            clean("\u{202e}Llanfair\u{0175}"),
            "\u{202e}Llanfair\u{0175}"
        );
        assert!(is_clean(&clean("\0\0\0")));
    }

    #[test]
    fn emails_are_checked() {
        assert!(looks_like_email("a@b.uk"));
        assert!(looks_like_email("jo.bloggs+consult@council.gov.uk"));
        for bad in [
            "a@b",
            "@b.uk",
            "a b@c.uk",
            "a@.uk",
            "a@b.uk.",
            "a\0@b.uk",
            "a@b.uk\u{85}",
            "nobody",
            "",
        ] {
            assert!(!looks_like_email(bad), "{bad:?}");
        }
        let long = format!("{}@example.gov.uk", "a".repeat(MAX_EMAIL_CHARS));
        assert!(!looks_like_email(&long));
    }
}
