//! The council's own identity on every page (issue 10, section 5; decision 0040): its name (in
//! English and Welsh), its brand colour, and the footer's links to its accessibility statement,
//! privacy notice and contact page. Nothing is built in: a site that has set none shows the
//! service's name alone, never a demo council's.

use serde::{Deserialize, Serialize};

use super::Language;
use super::answers::FieldError;
use super::interface_text::Message;

/// The longest council name: a header line, not a paragraph.
pub const MOST_NAME_CHARS: usize = 100;

/// The brand colour's least contrast with the pages' light grey: it marks the header, insets
/// and chart bars on white and on that grey, the darker of the two (WCAG 2.2 1.4.11, non-text
/// contrast).
pub const LEAST_CONTRAST: f64 = 3.0;

/// The pages' light grey (`--light-grey`), behind chart bars and beside insets.
pub const LIGHT_GREY: &str = "#f3f2f1";

/// What a site admin set; an empty text is unset.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteIdentity {
    pub council_name: String,
    /// The name on Welsh pages; empty: the English name.
    pub council_name_cy: String,
    /// `#rrggbb`, lower case; empty: the built-in blue.
    pub brand_colour: String,
    pub accessibility_url: String,
    pub privacy_url: String,
    pub contact_url: String,
    /// The logo beside the name in the header (uploaded on a page of its own).
    #[serde(default)]
    pub logo: Option<super::site_logo::SiteLogo>,
}

impl SiteIdentity {
    /// The council's name on a page in `language`, if one is set.
    pub fn name_in(&self, language: Language) -> Option<&str> {
        let welsh = (language == Language::Welsh && !self.council_name_cy.is_empty())
            .then_some(self.council_name_cy.as_str());
        welsh.or((!self.council_name.is_empty()).then_some(self.council_name.as_str()))
    }

    /// Whether the name shown in `language` is the English one on a Welsh page (marked so).
    pub fn name_is_english_in(&self, language: Language) -> bool {
        language == Language::Welsh && self.council_name_cy.is_empty()
    }

    /// One part, by its form field's name ("" for a name that is none).
    pub fn field(&self, name: &str) -> &str {
        match name {
            "council_name" => &self.council_name,
            "council_name_cy" => &self.council_name_cy,
            "brand_colour" => &self.brand_colour,
            "accessibility_url" => &self.accessibility_url,
            "privacy_url" => &self.privacy_url,
            "contact_url" => &self.contact_url,
            _ => "",
        }
    }

    /// The footer's links that are set: (message id naming it, address).
    pub fn footer_links(&self) -> Vec<(&'static str, &str)> {
        [
            ("footer-accessibility", self.accessibility_url.as_str()),
            ("footer-privacy", self.privacy_url.as_str()),
            ("footer-contact", self.contact_url.as_str()),
        ]
        .into_iter()
        .filter(|(_, url)| !url.is_empty())
        .collect()
    }
}

/// The form as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdentityInput {
    pub council_name: String,
    pub council_name_cy: String,
    pub brand_colour: String,
    pub accessibility_url: String,
    pub privacy_url: String,
    pub contact_url: String,
}

impl IdentityInput {
    /// The form's fields, by name (`council_name`, `council_name_cy`, `brand_colour`,
    /// `accessibility_url`, `privacy_url`, `contact_url`); a field not posted keeps what
    /// `stored` has (an older form leaves it alone).
    pub fn from_fields(fields: &[(String, String)], stored: &SiteIdentity) -> IdentityInput {
        let get = |name: &str| {
            if super::answers::posted_values(fields, name).is_empty() {
                stored.field(name).to_string()
            } else {
                super::answers::posted_value(fields, name).to_string()
            }
        };
        IdentityInput {
            council_name: get("council_name"),
            council_name_cy: get("council_name_cy"),
            brand_colour: get("brand_colour"),
            accessibility_url: get("accessibility_url"),
            privacy_url: get("privacy_url"),
            contact_url: get("contact_url"),
        }
    }
}

fn problem(field: &str, id: &'static str, english: &str) -> FieldError {
    FieldError {
        text: Some(Message::new(id)),
        field: field.into(),
        target_id: field.into(),
        message: english.into(),
    }
}

/// The error for clearing the name while a logo is set: the name is the logo's text for
/// whoever cannot see it.
pub fn name_for_logo() -> FieldError {
    problem(
        "council_name",
        "identity-name-for-logo",
        "Enter the council's name: the logo needs it, for people who cannot see the logo. To have neither, remove the logo first",
    )
}

/// Checks the form: each problem beside its field, in the form's order.
pub fn check(input: &IdentityInput) -> Result<SiteIdentity, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut name = |field: &str, typed: &str| {
        let name = super::text::clean(typed)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if name.chars().count() > MOST_NAME_CHARS {
            errors.push(problem(
                field,
                "identity-name-too-long",
                "The name must be 100 characters or fewer",
            ));
        }
        name
    };
    let council_name = name("council_name", &input.council_name);
    let council_name_cy = name("council_name_cy", &input.council_name_cy);
    // English pages and authenticator apps show the English name: a Welsh one alone would
    // leave them none.
    if council_name.is_empty() && !council_name_cy.is_empty() {
        errors.push(problem(
            "council_name",
            "identity-english-name-too",
            "Enter the council's name in English too",
        ));
    }
    let brand_colour = match parse_colour(&input.brand_colour) {
        Ok(colour) => colour,
        Err(id) => {
            let english = if id == "identity-colour-contrast" {
                "Choose a darker colour: it must contrast with light grey at least 3 to 1"
            } else {
                "Enter a colour as a # and six letters or digits, like #1d70b8"
            };
            errors.push(problem("brand_colour", id, english));
            String::new()
        }
    };
    let mut link = |field: &str, typed: &str| {
        if typed.trim().is_empty() {
            return String::new();
        }
        match super::documents::check_url(typed) {
            Ok(url) => url,
            Err(_) => {
                errors.push(problem(
                    field,
                    "identity-link-format",
                    "Enter a web address in the correct format, like https://www.example.gov.uk/accessibility",
                ));
                String::new()
            }
        }
    };
    let accessibility_url = link("accessibility_url", &input.accessibility_url);
    let privacy_url = link("privacy_url", &input.privacy_url);
    let contact_url = link("contact_url", &input.contact_url);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(SiteIdentity {
        council_name,
        council_name_cy,
        brand_colour,
        accessibility_url,
        privacy_url,
        contact_url,
        logo: None,
    })
}

/// A colour as typed (`#1d70b8`, `1D70B8`), in lower case with its `#`; "" for none. Refused
/// when not six hex digits, or too light to show against white.
pub fn parse_colour(typed: &str) -> Result<String, &'static str> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(String::new());
    }
    let digits = typed.strip_prefix('#').unwrap_or(typed);
    if digits.len() != 6 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err("identity-colour-format");
    }
    let colour = format!("#{}", digits.to_ascii_lowercase());
    if contrast(&colour, LIGHT_GREY) < LEAST_CONTRAST {
        return Err("identity-colour-contrast");
    }
    Ok(colour)
}

/// The WCAG contrast ratio of two `#rrggbb` colours (1 to 21).
pub fn contrast(one: &str, other: &str) -> f64 {
    let (a, b) = (luminance(one), luminance(other));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// WCAG's relative luminance of `#rrggbb`.
fn luminance(colour: &str) -> f64 {
    let channel = |at: usize| {
        let value = u8::from_str_radix(colour.get(at..at + 2).unwrap_or("00"), 16).unwrap_or(0);
        let c = f64::from(value) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> IdentityInput {
        IdentityInput {
            council_name: "  Borsetshire   County Council ".into(),
            council_name_cy: "".into(),
            brand_colour: "#1D70B8".into(),
            accessibility_url: " https://www.borsetshire.gov.uk/accessibility ".into(),
            privacy_url: "".into(),
            contact_url: "https://www.borsetshire.gov.uk/contact".into(),
        }
    }

    #[test]
    fn a_complete_form_is_tidied() {
        let identity = check(&input()).unwrap();
        assert_eq!(identity.council_name, "Borsetshire County Council");
        assert_eq!(identity.brand_colour, "#1d70b8");
        assert_eq!(
            identity.footer_links(),
            [
                (
                    "footer-accessibility",
                    "https://www.borsetshire.gov.uk/accessibility"
                ),
                ("footer-contact", "https://www.borsetshire.gov.uk/contact")
            ]
        );
        assert_eq!(
            identity.name_in(Language::Welsh),
            Some("Borsetshire County Council")
        );
        assert!(identity.name_is_english_in(Language::Welsh));
        assert!(!identity.name_is_english_in(Language::English));
        assert_eq!(SiteIdentity::default().name_in(Language::English), None);
    }

    #[test]
    fn each_problem_is_beside_its_field() {
        let wrong = IdentityInput {
            council_name: "x".repeat(MOST_NAME_CHARS + 1),
            brand_colour: "#ffff00".into(),
            privacy_url: "javascript:alert(1)".into(),
            ..input()
        };
        let fields: Vec<String> = check(&wrong)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["council_name", "brand_colour", "privacy_url"]);
    }

    #[test]
    fn a_welsh_name_needs_an_english_one() {
        let welsh_only = IdentityInput {
            council_name: " ".into(),
            council_name_cy: "Cyngor Sir Borsetshire".into(),
            ..input()
        };
        let errors = check(&welsh_only).unwrap_err();
        assert_eq!(errors[0].field, "council_name");
    }

    #[test]
    fn colours_are_six_hex_digits_dark_enough_for_white() {
        assert_eq!(parse_colour(" 0B0C0C "), Ok("#0b0c0c".into()));
        assert_eq!(parse_colour(""), Ok(String::new()));
        for wrong in ["#fff", "blue", "#1d70b8;}", "#12345g", "#1d70b8 x"] {
            assert_eq!(
                parse_colour(wrong),
                Err("identity-colour-format"),
                "{wrong}"
            );
        }
        assert_eq!(parse_colour("#ffdd00"), Err("identity-colour-contrast"));
        assert!((contrast("#ffffff", "#ffffff") - 1.0).abs() < 1e-9);
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        assert_eq!(
            contrast("#000000", "#ffffff"),
            contrast("#ffffff", "#000000")
        );
        // GOV.UK's blue passes; a grey that passes against white but not the light grey fails.
        assert!(contrast("#1d70b8", LIGHT_GREY) > 4.0);
        assert!(contrast("#929292", "#ffffff") > 3.0);
        assert_eq!(parse_colour("#929292"), Err("identity-colour-contrast"));
    }
}
