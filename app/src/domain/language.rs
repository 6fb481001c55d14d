//! The two languages of the interface, English and Welsh, and how the address carries the choice.
//!
//! English pages live at their plain addresses (`/consultations/parks`); the Welsh version of
//! every page is the same address under `/cy` (`/cy/consultations/parks`). The choice is in the
//! address, so it works without cookies, survives a shared link and reaches every form post
//! (decision 0030).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
    Welsh,
}

/// The address prefix of Welsh pages.
pub const WELSH_PREFIX: &str = "/cy";

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Welsh];

    /// The BCP 47 tag for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Welsh => "cy",
        }
    }

    /// The language's name in itself, as a language switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Welsh => "Cymraeg",
        }
    }

    /// The other language, which the switch on every page offers.
    pub fn other(self) -> Language {
        match self {
            Language::English => Language::Welsh,
            Language::Welsh => Language::English,
        }
    }

    /// This language's address of a site path (`/x` → `/cy/x`; `/` → `/cy`). Only site paths
    /// (starting with one `/`) change; anything else is returned as it is.
    pub fn path(self, path: &str) -> String {
        match self {
            Language::English => path.to_string(),
            Language::Welsh if !is_site_path(path) => path.to_string(),
            Language::Welsh if path == "/" => WELSH_PREFIX.to_string(),
            Language::Welsh if path.starts_with("/?") || path.starts_with("/#") => {
                format!("{WELSH_PREFIX}{}", &path[1..])
            }
            Language::Welsh => format!("{WELSH_PREFIX}{path}"),
        }
    }

    /// The language an address is in and the path it names without the language's prefix:
    /// `/cy/consultations/x` is Welsh for `/consultations/x`, `/cy` for `/`; `/cymru` is English.
    pub fn from_path(path: &str) -> (Language, &str) {
        match path.strip_prefix(WELSH_PREFIX) {
            Some("") => (Language::Welsh, "/"),
            Some(rest) if rest.starts_with('/') => (Language::Welsh, rest),
            _ => (Language::English, path),
        }
    }

    /// Reads a language tag as written in a form or a setting (`cy`, `en`, `en-GB`).
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?.trim();
        if primary.eq_ignore_ascii_case("cy") {
            Some(Language::Welsh)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Language::English)
        } else {
            None
        }
    }
}

/// A path on this site (`/x`), not another site's address (`//host/x`) nor a relative one.
fn is_site_path(path: &str) -> bool {
    path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welsh_addresses_are_the_english_ones_under_cy() {
        let welsh = Language::Welsh;
        assert_eq!(welsh.path("/"), "/cy");
        assert_eq!(
            welsh.path("/consultations/parks"),
            "/cy/consultations/parks"
        );
        assert_eq!(welsh.path("/?q=1"), "/cy?q=1");
        assert_eq!(welsh.path("/#main"), "/cy#main");
        assert_eq!(
            welsh.path("/consultations/parks/respond?x=1"),
            "/cy/consultations/parks/respond?x=1"
        );
        // Another site's address or a mail link is never changed.
        assert_eq!(welsh.path("//evil.example/x"), "//evil.example/x");
        assert_eq!(welsh.path("mailto:a@b.c"), "mailto:a@b.c");
        assert_eq!(welsh.path("#main-content"), "#main-content");
        assert_eq!(Language::English.path("/x"), "/x");
    }

    #[test]
    fn an_address_says_its_language() {
        assert_eq!(Language::from_path("/cy"), (Language::Welsh, "/"));
        assert_eq!(Language::from_path("/cy/"), (Language::Welsh, "/"));
        assert_eq!(
            Language::from_path("/cy/consultations/x"),
            (Language::Welsh, "/consultations/x")
        );
        assert_eq!(Language::from_path("/cymru"), (Language::English, "/cymru"));
        assert_eq!(
            Language::from_path("/consultations/cy"),
            (Language::English, "/consultations/cy")
        );
        assert_eq!(Language::from_path("/"), (Language::English, "/"));
        for language in Language::ALL {
            for path in ["/", "/consultations/x", "/staff?x=1"] {
                let address = language.path(path);
                let (read, rest) = Language::from_path(&address);
                assert_eq!(read, language);
                assert_eq!(language.path(rest), language.path(path));
            }
        }
    }

    #[test]
    fn tags_and_names() {
        assert_eq!(Language::from_tag("cy"), Some(Language::Welsh));
        assert_eq!(Language::from_tag("CY-gb"), Some(Language::Welsh));
        assert_eq!(Language::from_tag("en-GB"), Some(Language::English));
        assert_eq!(Language::from_tag("fr"), None);
        assert_eq!(Language::from_tag(""), None);
        assert_eq!(Language::Welsh.other(), Language::English);
        assert_eq!(Language::English.own_name(), "English");
        assert_eq!(Language::Welsh.own_name(), "Cymraeg");
        assert_eq!(Language::Welsh.tag(), "cy");
    }
}
