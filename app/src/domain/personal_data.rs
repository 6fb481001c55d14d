//! Personal data in consultations (issue 10, section 5; decision 0039): the privacy notice
//! respondents read (a consultation's own words or the site's template, its placeholders
//! filled), how long answers that are personal data are kept, and which questions those are.

use chrono::{DateTime, Months, Utc};

/// The longest privacy notice (or template): as long as a consultation's description may be.
pub const MOST_NOTICE_CHARS: usize = super::consultation_details::MAX_BODY_CHARS;

/// The longest retention period, in months: ten years, longer than any council's schedule
/// keeps consultation responses.
pub const MOST_RETENTION_MONTHS: u32 = 120;

/// The placeholders a template may hold, each replaced by the consultation's own fact.
pub const PLACEHOLDERS: [&str; 4] = [
    "{title}",
    "{contact_name}",
    "{contact_email}",
    "{retention}",
];

/// Questions of these kinds ask for personal data whatever the consultation says: an email
/// address or a postcode identifies a person (or nearly).
pub fn always_personal(kind: &super::QuestionKind) -> bool {
    matches!(
        kind,
        super::QuestionKind::Email | super::QuestionKind::UkPostcode
    )
}

/// A retention period as typed (whole months after closing), or the message id of what is wrong.
pub fn parse_retention_months(typed: &str) -> Result<u32, &'static str> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err("privacy-retention-enter");
    }
    match typed.parse::<u32>() {
        Ok(months) if (1..=MOST_RETENTION_MONTHS).contains(&months) => Ok(months),
        _ => Err("privacy-retention-range"),
    }
}

/// When the answers that are personal data are erased: `months` after closing (a month-end
/// closing date ends on the shorter month's last day), or never if that is past the calendar.
pub fn erase_after(closes_at: DateTime<Utc>, months: u32) -> Option<DateTime<Utc>> {
    closes_at.checked_add_months(Months::new(months))
}

/// The facts a template's placeholders are filled with.
pub struct NoticeFacts<'a> {
    pub title: &'a str,
    pub contact_name: &'a str,
    pub contact_email: &'a str,
    /// How long personal data is kept, in words ("12 months after the consultation closes, until
    /// 4 March 2028"); empty while no period is set.
    pub retention: &'a str,
}

/// `template` with its placeholders filled by `facts`. The facts are staff's own words put into
/// Markdown, so their punctuation is escaped: a title with an asterisk stays an asterisk.
pub fn fill(template: &str, facts: &NoticeFacts) -> String {
    let values = [
        facts.title,
        facts.contact_name,
        facts.contact_email,
        facts.retention,
    ];
    let mut filled = String::with_capacity(template.len());
    let mut rest = template;
    'scan: while let Some(at) = rest.find('{') {
        filled.push_str(&rest[..at]);
        rest = &rest[at..];
        for (placeholder, value) in PLACEHOLDERS.iter().zip(values) {
            if let Some(after) = rest.strip_prefix(placeholder) {
                filled.push_str(&escape_markdown(value));
                rest = after;
                continue 'scan;
            }
        }
        filled.push('{');
        rest = &rest[1..];
    }
    filled.push_str(rest);
    filled
}

/// `text` with every ASCII punctuation character escaped for Markdown (CommonMark lets any be).
fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            escaped.push('\\');
        }
        // A line break would end a paragraph or start a list: the facts are one line each.
        escaped.push(if c.is_control() { ' ' } else { c });
    }
    escaped
}

/// The notice respondents read: the consultation's own words if it has any, or else the site's
/// template, filled. Empty when neither has words (the quality checklist then fails).
pub fn notice_text(own: Option<&str>, template: &str, facts: &NoticeFacts) -> String {
    match own.map(str::trim).filter(|own| !own.is_empty()) {
        Some(own) => fill(own, facts),
        None => fill(template.trim(), facts),
    }
}

/// The longest reason kept for deleting a response: a sentence or two for the audit log.
pub const MOST_REASON_CHARS: usize = 500;

/// The reason for deleting a response as typed, tidied, or the message id of what is wrong.
pub fn parse_reason(typed: &str) -> Result<String, &'static str> {
    let reason = crate::domain::answers::normalise_text(typed);
    if reason.is_empty() {
        Err("results-delete-reason-enter")
    } else if reason.chars().count() > MOST_REASON_CHARS {
        Err("results-delete-reason-too-long")
    } else {
        Ok(reason)
    }
}

/// The most responses a subject access or erasure request lists at once (more is a sign the
/// address is a shared one, such as an organisation's: the page says so).
pub const MOST_FOUND: usize = 1000;

/// An email address typed to find someone's responses: trimmed and in lower case (answers are
/// compared in lower case), or the message id of what is wrong.
pub fn parse_email(typed: &str) -> Result<String, &'static str> {
    let email = super::text::clean(typed).trim().to_lowercase();
    if email.is_empty() {
        Err("requests-email-enter")
    } else if !super::text::looks_like_email(&email) {
        Err("requests-email-format")
    } else {
        Ok(email)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn facts() -> NoticeFacts<'static> {
        NoticeFacts {
            title: "Bus lanes *now*",
            contact_name: "Transport team",
            contact_email: "transport@example.gov.uk",
            retention: "12 months after the consultation closes",
        }
    }

    #[test]
    fn placeholders_are_filled_with_their_punctuation_escaped() {
        let filled = fill(
            "About {title}: ask {contact_name} ({contact_email}). Kept {retention}. {unknown} {",
            &facts(),
        );
        assert_eq!(
            filled,
            "About Bus lanes \\*now\\*: ask Transport team (transport\\@example\\.gov\\.uk). Kept 12 months after the consultation closes. {unknown} {"
        );
        let html = crate::markdown::to_safe_html(&filled);
        assert!(html.contains("Bus lanes *now*"), "{html}");
        assert!(html.contains("transport@example.gov.uk"), "{html}");
    }

    #[test]
    fn a_fact_cannot_break_out_of_its_line_or_into_html() {
        let facts = NoticeFacts {
            title: "Roads\n# <script>alert(1)</script>",
            ..facts()
        };
        let html = crate::markdown::to_safe_html(&fill("{title}", &facts));
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<h1"), "{html}");
    }

    #[test]
    fn the_notice_is_the_consultations_own_words_or_else_the_template() {
        assert_eq!(
            notice_text(Some("  Ours for {title}. "), "Site's", &facts()),
            "Ours for Bus lanes \\*now\\*."
        );
        assert_eq!(notice_text(Some("  "), " Site's ", &facts()), "Site's");
        assert_eq!(notice_text(None, "", &facts()), "");
    }

    #[test]
    fn retention_is_whole_months_within_ten_years() {
        assert_eq!(parse_retention_months(" 12 "), Ok(12));
        assert_eq!(parse_retention_months("120"), Ok(120));
        assert_eq!(parse_retention_months(""), Err("privacy-retention-enter"));
        for wrong in ["0", "121", "-3", "1.5", "twelve", "99999999999"] {
            assert_eq!(
                parse_retention_months(wrong),
                Err("privacy-retention-range"),
                "{wrong}"
            );
        }
    }

    #[test]
    fn erasure_falls_whole_months_after_closing() {
        let closes = Utc.with_ymd_and_hms(2027, 1, 31, 23, 59, 0).unwrap();
        assert_eq!(
            erase_after(closes, 1),
            Some(Utc.with_ymd_and_hms(2027, 2, 28, 23, 59, 0).unwrap())
        );
        assert_eq!(
            erase_after(closes, 12),
            Some(Utc.with_ymd_and_hms(2028, 1, 31, 23, 59, 0).unwrap())
        );
    }

    #[test]
    fn email_and_postcode_questions_are_always_personal_data() {
        use crate::domain::QuestionKind;
        assert!(always_personal(&QuestionKind::Email));
        assert!(always_personal(&QuestionKind::UkPostcode));
        assert!(!always_personal(&QuestionKind::LongText { max_chars: 10 }));
    }

    #[test]
    fn a_reason_is_some_words_and_not_too_many() {
        assert_eq!(
            parse_reason("  The respondent\r\nasked us to  "),
            Ok("The respondent\nasked us to".into())
        );
        assert_eq!(parse_reason(" \n "), Err("results-delete-reason-enter"));
        assert_eq!(
            parse_reason(&"x".repeat(MOST_REASON_CHARS)).map(|r| r.len()),
            Ok(MOST_REASON_CHARS)
        );
        assert_eq!(
            parse_reason(&"x".repeat(MOST_REASON_CHARS + 1)),
            Err("results-delete-reason-too-long")
        );
    }

    #[test]
    fn an_address_to_find_is_trimmed_and_in_lower_case() {
        assert_eq!(
            parse_email("  Ann@Example.COM "),
            Ok("ann@example.com".into())
        );
        assert_eq!(parse_email(" "), Err("requests-email-enter"));
        assert_eq!(parse_email("ann"), Err("requests-email-format"));
    }
}
