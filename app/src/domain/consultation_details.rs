//! The details of a consultation as staff enter them on the "create a consultation" form: every
//! rule that form applies, in one place, so the form's page and its tests share them.

use chrono::{DateTime, Utc};

use super::formats::{self, DateProblem};
use super::interface_text::Message;
use super::slug::MAX_SLUG_CHARS;
use super::{FieldError, Slug, text, uk_time};

pub const MAX_TITLE_CHARS: usize = 150;
/// Long enough for two plain sentences: the summary is what the hub's cards show.
pub const MAX_SUMMARY_CHARS: usize = 300;
pub const MAX_BODY_CHARS: usize = 50_000;
pub const MAX_NAME_CHARS: usize = 100;

/// A date and a time as typed into a GOV.UK date input and a time box, in UK time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateTimeInput {
    pub day: String,
    pub month: String,
    pub year: String,
    pub time: String,
}

/// The form as posted: every field as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DetailsInput {
    pub title: String,
    pub slug: String,
    pub summary: String,
    pub body_markdown: String,
    pub department: String,
    pub contact_name: String,
    pub contact_email: String,
    pub opens: DateTimeInput,
    pub closes: DateTimeInput,
}

/// Details that passed every rule.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsultationDetails {
    pub title: String,
    pub slug: Slug,
    pub summary: String,
    pub body_markdown: String,
    pub department_id: i64,
    pub contact_name: String,
    pub contact_email: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
}

impl DetailsInput {
    /// Reads the posted `(name, value)` pairs (the form's field names are the ones below).
    pub fn from_fields(fields: &[(String, String)]) -> DetailsInput {
        let get = |name: &str| super::answers::posted_value(fields, name).to_string();
        let date_time = |prefix: &str| DateTimeInput {
            day: get(&format!("{prefix}-day")),
            month: get(&format!("{prefix}-month")),
            year: get(&format!("{prefix}-year")),
            time: get(&format!("{prefix}-time")),
        };
        DetailsInput {
            title: get("title"),
            slug: get("slug"),
            summary: get("summary"),
            body_markdown: get("body"),
            department: get("department"),
            contact_name: get("contact_name"),
            contact_email: get("contact_email"),
            opens: date_time("opens"),
            closes: date_time("closes"),
        }
    }
}

/// A web address made from a title: "Library opening hours (2027)" → "library-opening-hours-2027".
/// Letters with accents keep their base letter; anything else becomes a hyphen.
/// A copy's title: "Copy of <title>", cut to the longest title allowed.
pub fn copy_title(title: &str) -> String {
    format!("Copy of {title}")
        .chars()
        .take(MAX_TITLE_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// A copy's web address on its `attempt`th try (from 1): `<slug>-copy`, then `<slug>-copy-2`, …,
/// the original cut so the whole stays a valid address.
pub fn copy_slug(slug: &str, attempt: u32) -> String {
    let suffix = if attempt <= 1 {
        "-copy".to_string()
    } else {
        format!("-copy-{attempt}")
    };
    let room = crate::domain::slug::MAX_SLUG_CHARS.saturating_sub(suffix.len());
    let base: String = slug.chars().take(room).collect();
    format!("{}{suffix}", base.trim_end_matches('-'))
}

pub fn slug_from_title(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à'..='å' => 'a',
            'ç' => 'c',
            'è'..='ë' => 'e',
            'ì'..='ï' => 'i',
            'ŵ' => 'w',
            'ŷ' | 'ÿ' | 'ý' => 'y',
            'ñ' => 'n',
            'ò'..='ö' | 'ø' => 'o',
            'ù'..='ü' => 'u',
            '&' => {
                slug.push_str(if slug.ends_with('-') || slug.is_empty() {
                    "and"
                } else {
                    "-and"
                });
                continue;
            }
            '\'' | '\u{2019}' => continue, // "council's" → "councils"
            c => c,
        };
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    // Cut at a word boundary within the limit.
    if slug.len() > MAX_SLUG_CHARS {
        let cut = slug[..MAX_SLUG_CHARS].rfind('-').unwrap_or(MAX_SLUG_CHARS);
        slug.truncate(cut);
    }
    slug.trim_end_matches('-').to_string()
}

/// A time of day as people write it: "9am", "9:30am", "12pm", "midday", "midnight", "14:30",
/// "0930" is not accepted (ambiguous to readers). Returns (hour, minute) on a 24-hour clock.
pub fn parse_time(text: &str) -> Option<(u32, u32)> {
    let t: String = text
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let t = t.replace('.', ":");
    match t.as_str() {
        "midday" | "noon" | "12noon" => return Some((12, 0)),
        "midnight" | "12midnight" => return Some((0, 0)),
        _ => {}
    }
    let (clock, suffix) = if let Some(rest) = t.strip_suffix("am") {
        (rest, Some(false))
    } else if let Some(rest) = t.strip_suffix("pm") {
        (rest, Some(true))
    } else {
        (t.as_str(), None)
    };
    let (hour, minute) = match clock.split_once(':') {
        Some((h, m)) if m.len() == 2 => (h, m),
        Some(_) => return None,
        None if suffix.is_some() => (clock, "00"),
        None => return None,
    };
    if hour.is_empty() || hour.len() > 2 || !hour.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !minute.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (hour, minute): (u32, u32) = (hour.parse().ok()?, minute.parse().ok()?);
    if minute > 59 {
        return None;
    }
    match suffix {
        Some(pm) if (1..=12).contains(&hour) => {
            Some(((hour % 12) + if pm { 12 } else { 0 }, minute))
        }
        Some(_) => None,
        None if hour <= 23 => Some((hour, minute)),
        None => None,
    }
}

/// Which date a field group holds, for messages ("the opening date").
struct DateField<'a> {
    name: &'a str,
    label: &'a str,
}

fn date_time(
    input: &DateTimeInput,
    field: DateField,
    errors: &mut Vec<FieldError>,
) -> Option<DateTime<Utc>> {
    // (The message names which date by the field: `opens` or `closes`.)
    let error = |target: &str, message: String, text: Message| FieldError {
        text: Some(text.text("which", field.name)),
        field: field.name.to_string(),
        target_id: format!("{}-{target}", field.name),
        message,
    };
    let date = match formats::parse_date(&input.day, &input.month, &input.year) {
        Ok(date) => Some(date),
        Err(problem) => {
            let (message, text) = match &problem {
                DateProblem::Empty => (
                    format!("Enter the {} date", field.label),
                    Message::new("editor-problem-enter-date"),
                ),
                DateProblem::Missing(parts) => (
                    format!(
                        "The {} date must include a {}",
                        field.label,
                        parts.join(" and a ")
                    ),
                    Message::new("editor-problem-date-missing").text("parts", parts.join("-")),
                ),
                DateProblem::ShortYear => (
                    format!("The {} date's year must have 4 numbers", field.label),
                    Message::new("editor-problem-date-short-year"),
                ),
                DateProblem::NotReal => (
                    format!("The {} date must be a real date", field.label),
                    Message::new("editor-problem-date-not-real"),
                ),
            };
            errors.push(error(problem.part(), message, text));
            None
        }
    };
    let time = if input.time.trim().is_empty() {
        errors.push(error(
            "time",
            format!("Enter the {} time, for example 9am or 14:30", field.label),
            Message::new("editor-problem-enter-time"),
        ));
        None
    } else {
        parse_time(&input.time).or_else(|| {
            errors.push(error(
                "time",
                format!(
                    "Enter the {} time as a time of day, for example 9am or 14:30",
                    field.label
                ),
                Message::new("editor-problem-time-not-real"),
            ));
            None
        })
    };
    let (date, (hour, minute)) = (date?, time?);
    let local = date.and_hms_opt(hour, minute, 0)?;
    uk_time::from_uk_local(local).or_else(|| {
        errors.push(error(
            "time",
            format!(
                "The clocks go forward at that time: choose a {} time before 1am or from 2am",
                field.label
            ),
            Message::new("editor-problem-time-skipped"),
        ));
        None
    })
}

/// A text that must be given, at most `max` characters. `empty` and `what` are the English of
/// its problems ("Enter a title", "The title"), `ids` their messages (when empty; when too long,
/// taking `max`).
fn required_text(
    value: &str,
    field: &str,
    max: usize,
    (empty, what): (&str, &str),
    ids: (&str, &str),
    errors: &mut Vec<FieldError>,
) -> String {
    let value = text::clean(value).trim().to_string();
    let error = |message: String, text: Message| FieldError {
        text: Some(text),
        field: field.to_string(),
        target_id: field.to_string(),
        message,
    };
    if value.is_empty() {
        errors.push(error(empty.to_string(), Message::new(ids.0)));
    } else if value.chars().count() > max {
        errors.push(error(
            format!("{what} must be {max} characters or fewer"),
            Message::new(ids.1).number("max", max),
        ));
    }
    value
}

/// Checks the details against every rule. `departments` are the ids a department may be chosen
/// from; `now`, for a new consultation, is when the form arrived (it must close in the future;
/// an existing one may be closed early, or corrected after closing). Errors come in the order of
/// the form's fields (the error summary's order).
pub fn check_details(
    input: &DetailsInput,
    departments: &[i64],
    now: Option<DateTime<Utc>>,
) -> Result<ConsultationDetails, Vec<FieldError>> {
    let mut errors = Vec::new();
    let title = required_text(
        &input.title,
        "title",
        MAX_TITLE_CHARS,
        ("Enter a title", "The title"),
        (
            "editor-problem-enter-title",
            "editor-problem-title-too-long",
        ),
        &mut errors,
    );
    let slug_text = match input.slug.trim() {
        "" => slug_from_title(&title),
        typed => typed.to_string(),
    };
    let slug =
        Slug::parse(&slug_text).filter(|_| !slug_text.ends_with('-') && !slug_text.contains("--"));
    if slug.is_none() && !title.is_empty() {
        errors.push(FieldError {
            text: Some(Message::new("editor-problem-slug").number("max", MAX_SLUG_CHARS)),
            field: "slug".into(),
            target_id: "slug".into(),
            message: format!(
                "The web address can only hold lower-case letters, numbers and single hyphens, at most {MAX_SLUG_CHARS} characters"
            ),
        });
    }
    let summary = required_text(
        &input.summary,
        "summary",
        MAX_SUMMARY_CHARS,
        ("Enter a summary", "The summary"),
        (
            "editor-problem-enter-summary",
            "editor-problem-summary-too-long",
        ),
        &mut errors,
    );
    let body_markdown = required_text(
        &input.body_markdown,
        "body",
        MAX_BODY_CHARS,
        ("Enter what the consultation is about", "The description"),
        ("editor-problem-enter-body", "editor-problem-body-too-long"),
        &mut errors,
    );
    let department_id = input
        .department
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|id| departments.contains(id));
    if department_id.is_none() {
        errors.push(FieldError {
            text: Some(Message::new("editor-problem-department")),
            field: "department".into(),
            target_id: "department".into(),
            message: "Select the department running the consultation".into(),
        });
    }
    let contact_name = required_text(
        &input.contact_name,
        "contact_name",
        MAX_NAME_CHARS,
        ("Enter a contact name", "The contact name"),
        (
            "editor-problem-enter-contact-name",
            "editor-problem-contact-name-too-long",
        ),
        &mut errors,
    );
    let contact_email = input.contact_email.trim().to_string();
    if contact_email.is_empty() {
        errors.push(FieldError {
            text: Some(Message::new("editor-problem-enter-contact-email")),
            field: "contact_email".into(),
            target_id: "contact_email".into(),
            message: "Enter a contact email address".into(),
        });
    } else if !text::looks_like_email(&contact_email) {
        errors.push(FieldError {
            text: Some(Message::new("editor-problem-contact-email-format")),
            field: "contact_email".into(),
            target_id: "contact_email".into(),
            message: "Enter an email address in the correct format, like name@example.gov.uk"
                .into(),
        });
    }
    let opens_at = date_time(
        &input.opens,
        DateField {
            name: "opens",
            label: "opening",
        },
        &mut errors,
    );
    let closes_at = date_time(
        &input.closes,
        DateField {
            name: "closes",
            label: "closing",
        },
        &mut errors,
    );
    if let (Some(opens), Some(closes)) = (opens_at, closes_at)
        && closes <= opens
    {
        errors.push(FieldError {
            text: Some(Message::new("editor-problem-closes-before-opens")),
            field: "closes".into(),
            target_id: "closes-day".into(),
            message: "The closing date must be after the opening date".into(),
        });
    } else if let (Some(closes), Some(now)) = (closes_at, now)
        && closes <= now
    {
        errors.push(FieldError {
            text: Some(Message::new("editor-problem-closes-in-past")),
            field: "closes".into(),
            target_id: "closes-day".into(),
            message: "The closing date must be in the future".into(),
        });
    }
    match (slug, department_id, opens_at, closes_at) {
        (Some(slug), Some(department_id), Some(opens_at), Some(closes_at)) if errors.is_empty() => {
            Ok(ConsultationDetails {
                title,
                slug,
                summary,
                body_markdown,
                department_id,
                contact_name,
                contact_email,
                opens_at,
                closes_at,
            })
        }
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap()
    }

    fn valid() -> DetailsInput {
        DetailsInput {
            title: "Library opening hours".into(),
            slug: String::new(),
            summary: "Tell us when you use the library.".into(),
            body_markdown: "We are reviewing **opening hours**.".into(),
            department: "3".into(),
            contact_name: "Libraries team".into(),
            contact_email: "libraries@example.gov.uk".into(),
            opens: DateTimeInput {
                day: "1".into(),
                month: "6".into(),
                year: "2027".into(),
                time: "9am".into(),
            },
            closes: DateTimeInput {
                day: "31".into(),
                month: "8".into(),
                year: "2027".into(),
                time: "11:59pm".into(),
            },
        }
    }

    fn fields_with_errors(input: &DetailsInput) -> Vec<(String, String)> {
        check_details(input, &[3], Some(now()))
            .unwrap_err()
            .into_iter()
            .inspect(crate::domain::answers::assert_said_in_both_languages)
            .map(|e| (e.target_id, e.message))
            .collect()
    }

    /// Every problem the details form can name, in both languages.
    #[test]
    fn every_problem_is_said_in_english_and_welsh() {
        let mut ids = std::collections::BTreeSet::new();
        let mut check = |change: &dyn Fn(&mut DetailsInput)| {
            let mut input = valid();
            change(&mut input);
            for error in check_details(&input, &[3], Some(now())).unwrap_err() {
                crate::domain::answers::assert_said_in_both_languages(&error);
                ids.insert(error.text.unwrap().id);
            }
        };
        check(&|i| {
            i.title.clear();
            i.summary.clear();
            i.body_markdown.clear();
            i.department.clear();
            i.contact_name.clear();
            i.contact_email.clear();
            i.opens = DateTimeInput::default();
            i.closes.day.clear();
            i.closes.time = "later".into();
        });
        check(&|i| {
            i.title = "t".repeat(MAX_TITLE_CHARS + 1);
            i.slug = "Not A Slug".into();
            i.summary = "s".repeat(MAX_SUMMARY_CHARS + 1);
            i.body_markdown = "b".repeat(MAX_BODY_CHARS + 1);
            i.contact_name = "n".repeat(MAX_NAME_CHARS + 1);
            i.contact_email = "nobody".into();
            i.opens.year = "27".into();
            i.closes.day = "31".into();
            i.closes.month = "2".into();
        });
        check(&|i| {
            i.opens.day = "28".into();
            i.opens.month = "3".into();
            i.opens.time = "1:30am".into();
            i.closes.month.clear();
            i.closes.year.clear();
        });
        check(&|i| {
            i.closes = i.opens.clone();
        });
        check(&|i| {
            i.opens.year = "2025".into();
            i.closes.year = "2025".into();
        });
        assert_eq!(ids.len(), 21, "{ids:?}");
    }

    #[test]
    fn valid_details_are_accepted_in_uk_time() {
        let details = check_details(&valid(), &[1, 3], Some(now())).unwrap();
        assert_eq!(details.slug.as_str(), "library-opening-hours");
        // June is British Summer Time: 9am in the UK is 8am UTC.
        assert_eq!(
            details.opens_at,
            Utc.with_ymd_and_hms(2027, 6, 1, 8, 0, 0).unwrap()
        );
        assert_eq!(
            details.closes_at,
            Utc.with_ymd_and_hms(2027, 8, 31, 22, 59, 0).unwrap()
        );
        assert_eq!(details.department_id, 3);
    }

    #[test]
    fn slugs_are_made_from_titles() {
        assert_eq!(
            slug_from_title("Library opening hours (2027)"),
            "library-opening-hours-2027"
        );
        assert_eq!(
            slug_from_title("  Parks & open spaces  "),
            "parks-and-open-spaces"
        );
        assert_eq!(
            slug_from_title("The council's budget: 2027/28"),
            "the-councils-budget-2027-28"
        );
        assert_eq!(
            slug_from_title("Café culture in Ysbyty Ifan"),
            "cafe-culture-in-ysbyty-ifan"
        );
        assert_eq!(slug_from_title("!!!"), "");
        let long = slug_from_title(&"word ".repeat(60));
        assert!(
            long.len() <= MAX_SLUG_CHARS && !long.ends_with('-'),
            "{long}"
        );
        assert!(Slug::parse(&long).is_some());
    }

    #[test]
    fn times_are_read_as_people_write_them() {
        for (text, expected) in [
            ("9am", Some((9, 0))),
            ("9:30 am", Some((9, 30))),
            ("9.30PM", Some((21, 30))),
            ("12am", Some((0, 0))),
            ("12pm", Some((12, 0))),
            ("midday", Some((12, 0))),
            ("Midnight", Some((0, 0))),
            ("14:30", Some((14, 30))),
            ("00:00", Some((0, 0))),
            ("23:59", Some((23, 59))),
            ("24:00", None),
            ("13pm", None),
            ("0am", None),
            ("9", None),
            ("0930", None),
            ("9:5", None),
            ("9:60", None),
            ("nine", None),
            ("", None),
            ("-1:00", None),
        ] {
            assert_eq!(parse_time(text), expected, "{text:?}");
        }
    }

    #[test]
    fn each_missing_field_has_its_own_message_in_form_order() {
        let errors = fields_with_errors(&DetailsInput::default());
        let targets: Vec<&str> = errors.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            targets,
            [
                "title",
                "summary",
                "body",
                "department",
                "contact_name",
                "contact_email",
                "opens-day",
                "opens-time",
                "closes-day",
                "closes-time"
            ]
        );
        assert_eq!(errors[0].1, "Enter a title");
        assert_eq!(errors[6].1, "Enter the opening date");
    }

    #[test]
    fn dates_follow_the_gov_uk_messages() {
        let mut input = valid();
        input.opens.month = String::new();
        input.opens.year = String::new();
        assert_eq!(
            fields_with_errors(&input),
            [(
                "opens-month".to_string(),
                "The opening date must include a month and a year".to_string()
            )]
        );
        let mut input = valid();
        input.opens.day = "31".into();
        input.opens.month = "2".into();
        assert_eq!(
            fields_with_errors(&input)[0].1,
            "The opening date must be a real date"
        );
        let mut input = valid();
        input.opens.year = "27".into();
        assert_eq!(fields_with_errors(&input)[0].0, "opens-year");
        let mut input = valid();
        input.closes.time = "half past".into();
        assert_eq!(fields_with_errors(&input)[0].0, "closes-time");
        let mut input = valid();
        input.closes = input.opens.clone();
        assert_eq!(
            fields_with_errors(&input),
            [(
                "closes-day".to_string(),
                "The closing date must be after the opening date".to_string()
            )]
        );
        let mut input = valid();
        input.opens.year = "2025".into();
        input.closes.year = "2025".into();
        assert_eq!(
            fields_with_errors(&input),
            [(
                "closes-day".to_string(),
                "The closing date must be in the future".to_string()
            )]
        );
        assert!(
            check_details(&input, &[3], None).is_ok(),
            "existing ones may close early"
        );
        // A time the clocks skip.
        let mut input = valid();
        input.opens = DateTimeInput {
            day: "28".into(),
            month: "3".into(),
            year: "2027".into(),
            time: "1:30am".into(),
        };
        assert_eq!(fields_with_errors(&input)[0].0, "opens-time");
    }

    #[test]
    fn hostile_and_wrong_values_are_refused_with_messages() {
        let mut input = valid();
        input.slug = "../etc/passwd".into();
        input.department = "7".into();
        input.contact_email = "not an email".into();
        input.title = "x".repeat(MAX_TITLE_CHARS + 1);
        let targets: Vec<String> = fields_with_errors(&input)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(targets, ["title", "slug", "department", "contact_email"]);
        for slug in ["a--b", "ends-", "UPPER", "with space", "\u{0}"] {
            let mut input = valid();
            input.slug = slug.into();
            assert_eq!(fields_with_errors(&input)[0].0, "slug", "{slug:?}");
        }
        let mut input = valid();
        input.opens.day = "99999999999999999999".into();
        assert_eq!(fields_with_errors(&input)[0].0, "opens-day");
        // Control characters are removed from text, not stored.
        let mut input = valid();
        input.title = "Parks\u{0}\u{7}".into();
        assert_eq!(
            check_details(&input, &[3], Some(now())).unwrap().title,
            "Parks"
        );
    }

    #[test]
    fn copies_are_named_within_the_limits() {
        assert_eq!(copy_title("Parks"), "Copy of Parks");
        let long = "x".repeat(MAX_TITLE_CHARS);
        assert_eq!(copy_title(&long).chars().count(), MAX_TITLE_CHARS);
        assert_eq!(copy_slug("parks", 1), "parks-copy");
        assert_eq!(copy_slug("parks", 2), "parks-copy-2");
        let longest = "a".repeat(crate::domain::slug::MAX_SLUG_CHARS);
        for attempt in [1, 2, 20] {
            let slug = copy_slug(&longest, attempt);
            assert!(crate::domain::Slug::parse(&slug).is_some(), "{slug}");
        }
        // A cut that would end in a hyphen loses it.
        let hyphen_at_cut = format!("{}-b", "a".repeat(crate::domain::slug::MAX_SLUG_CHARS - 6));
        assert!(crate::domain::Slug::parse(&copy_slug(&hyphen_at_cut, 1)).is_some());
    }
}
