//! Where the site may send someone after an action (the `next` of the sign-in page).
//!
//! Browsers do not read a `Location` the way a naive prefix check does: they drop tabs and line
//! breaks anywhere, trim leading control characters and spaces, and treat `\` as `/`, so
//! `/<TAB>/evil.example` is `//evil.example`, another site. The target is therefore parsed with a
//! WHATWG URL parser (the rules browsers follow) against this site, and only a result on this
//! site passes, re-serialised as a plain path (percent-encoded ASCII, safe in a header).

use url::Url;

/// A stand-in origin: only whether the target stays on it matters.
const THIS_SITE: &str = "http://this-site.invalid/";

/// The same-site path (with its query) that `target` leads to, or `None` if a browser would
/// leave this site (or the target cannot be parsed).
pub fn same_site_path(target: &str) -> Option<String> {
    // Only absolute paths: a relative target would resolve against whatever page the browser is
    // on, and a scheme or `//` names another site.
    if !target.starts_with('/') {
        return None;
    }
    let base = Url::parse(THIS_SITE).ok()?;
    let resolved = base.join(target).ok()?;
    if resolved.origin() != base.origin() {
        return None;
    }
    let mut path = resolved.path().to_string();
    // Dot segments can leave an empty first segment (`/.//evil.example` → `//evil.example`),
    // which a browser, given it back as a Location, reads as another site.
    if path.starts_with("//") {
        return None;
    }
    if let Some(query) = resolved.query() {
        path.push('?');
        path.push_str(query);
    }
    Some(path)
}

/// A cheap first look, for pages that carry a `next` along (the sign-in form): plain visible
/// ASCII, one leading slash, no backslash. Anything else is dropped rather than echoed. The
/// redirect itself still goes through `same_site_path`; this one stays out of the browser
/// bundle's way (no URL parser needed).
pub fn plausible_local_path(target: &str) -> bool {
    target.starts_with('/')
        && !target.starts_with("//")
        && target.len() <= 2048
        && target.bytes().all(|b| b.is_ascii_graphic() && b != b'\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_local_paths_are_carried_along() {
        assert!(plausible_local_path("/staff/consultations/x/results?a=1"));
        for bad in [
            "//evil",
            "/\t/evil",
            "/\\evil",
            "https://x",
            "/a b",
            "/\u{e9}",
            "",
        ] {
            assert!(!plausible_local_path(bad), "{bad:?}");
        }
    }

    #[test]
    fn paths_on_this_site_pass() {
        assert_eq!(
            same_site_path("/staff/consultations/x/results").as_deref(),
            Some("/staff/consultations/x/results")
        );
        assert_eq!(
            same_site_path("/staff?a=1&b=2").as_deref(),
            Some("/staff?a=1&b=2")
        );
        assert_eq!(same_site_path("/staff#top").as_deref(), Some("/staff"));
        // Dropped as a browser drops them, leaving a path on this site.
        assert_eq!(same_site_path("/\n").as_deref(), Some("/"));
        assert_eq!(same_site_path("/st\taff").as_deref(), Some("/staff"));
        // Odd characters come back percent-encoded, never raw.
        assert_eq!(
            same_site_path("/a b\u{e9}\"<").as_deref(),
            Some("/a%20b%C3%A9%22%3C")
        );
    }

    #[test]
    fn anything_a_browser_would_read_as_another_site_is_refused() {
        for bad in [
            "//evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "\\/evil.example",
            "/\\/evil.example",
            " //evil.example",
            "/.//evil.example",
            "/./\\evil.example",
            "/a/..//evil.example",
            "/%2e//evil.example",
            "\u{0}//evil.example",
            "https://evil.example",
            "http:evil.example",
            "javascript:alert(1)",
            "staff",
            "",
        ] {
            assert_eq!(same_site_path(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn results_are_always_safe_in_a_header() {
        for target in [
            "/\u{7f}",
            "/\0",
            "/%0d%0aSet-Cookie:x",
            "/\u{202e}",
            "/a\r\nb",
        ] {
            if let Some(path) = same_site_path(target) {
                assert!(
                    path.bytes().all(|b| b.is_ascii_graphic()),
                    "{target:?} gave {path:?}"
                );
            }
        }
    }
}
