//! Responses staff enter for people who answered on paper, by phone or by email (issue 9,
//! section 3): how each arrived, the day it was received, and why one received after the closing
//! date is accepted. Pure rules; the answers themselves are checked as any response's are, except
//! that a question left blank on paper may be left blank here.

use chrono::NaiveDate;

use super::FieldError;
use super::formats::{DateProblem, format_date, parse_date};
use super::interface_text::Message;

/// How the response arrived: its radio buttons' name.
pub const CHANNEL_FIELD: &str = "channel";
/// The day it was received: a GOV.UK date input (`received-day`, `-month`, `-year`).
pub const RECEIVED_FIELD: &str = "received";
/// Why a response received after the closing date is accepted.
pub const LATE_REASON_FIELD: &str = "late_reason";
/// The form's signed token (one entry stored however often it is posted).
pub const FORM_TOKEN_FIELD: &str = "form_token";
/// The longest reason kept.
pub const MAX_LATE_REASON: usize = 500;

/// The channels staff enter, as stored and as offered (the message naming each,
/// `interface_text`).
pub const CHANNELS: [(&str, &str); 3] = [
    ("paper", "staff-entry-channel-paper"),
    ("phone", "staff-entry-channel-phone"),
    ("email", "staff-entry-channel-email"),
];

/// The form's own fields (everything else answers the questionnaire).
pub fn is_entry_field(name: &str) -> bool {
    matches!(
        name,
        CHANNEL_FIELD
            | LATE_REASON_FIELD
            | FORM_TOKEN_FIELD
            | "received-day"
            | "received-month"
            | "received-year"
    )
}

/// What a staff member said of a response they entered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryDetails {
    pub channel: &'static str,
    pub received_on: NaiveDate,
    /// Given when it was received after the closing date.
    pub late_reason: Option<String>,
}

/// A problem in English, and as the message a page writes in its language.
fn error(field: &str, target: &str, message: impl Into<String>, text: Message) -> FieldError {
    FieldError {
        text: Some(text),
        field: field.into(),
        target_id: target.into(),
        message: message.into(),
    }
}

fn value<'a>(posted: &'a [(String, String)], name: &str) -> &'a str {
    posted
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default()
}

/// Reads and checks the entry's own fields. `closes_on` is the consultation's closing day and
/// `today` the UK day now: a response received after the closing day needs a reason; none can
/// be received after today.
pub fn read_entry(
    posted: &[(String, String)],
    closes_on: NaiveDate,
    today: NaiveDate,
) -> Result<EntryDetails, Vec<FieldError>> {
    let mut errors = Vec::new();
    let chosen = value(posted, CHANNEL_FIELD);
    let channel = CHANNELS
        .iter()
        .find(|(code, _)| *code == chosen)
        .map(|(code, _)| *code);
    if channel.is_none() {
        errors.push(error(
            CHANNEL_FIELD,
            "channel-paper",
            "Select how the response arrived",
            Message::new("staff-entry-select-channel"),
        ));
    }
    let received = parse_date(
        value(posted, "received-day"),
        value(posted, "received-month"),
        value(posted, "received-year"),
    );
    let received_on = match received {
        Ok(day) if day > today => {
            errors.push(error(
                RECEIVED_FIELD,
                "received-day",
                "The date the response was received must be today or in the past",
                Message::new("staff-entry-received-future"),
            ));
            None
        }
        Ok(day) => Some(day),
        Err(problem) => {
            let (message, id) = match &problem {
                DateProblem::Empty => (
                    "Enter the date the response was received".to_string(),
                    "staff-entry-enter-received",
                ),
                DateProblem::Missing(parts) => (
                    format!(
                        "The date the response was received must include a {}",
                        parts.join(" and ")
                    ),
                    match parts.as_slice() {
                        ["day"] => "staff-entry-received-missing-day",
                        ["month"] => "staff-entry-received-missing-month",
                        ["year"] => "staff-entry-received-missing-year",
                        ["day", "month"] => "staff-entry-received-missing-day-month",
                        ["day", "year"] => "staff-entry-received-missing-day-year",
                        _ => "staff-entry-received-missing-month-year",
                    },
                ),
                DateProblem::ShortYear => (
                    "Year must include 4 numbers".to_string(),
                    "staff-entry-received-short-year",
                ),
                DateProblem::NotReal => (
                    "The date the response was received must be a real date".to_string(),
                    "staff-entry-received-not-real",
                ),
            };
            errors.push(error(
                RECEIVED_FIELD,
                &format!("received-{}", problem.part()),
                message,
                Message::new(id),
            ));
            None
        }
    };
    let reason = value(posted, LATE_REASON_FIELD).trim();
    let late = received_on.is_some_and(|day| day > closes_on);
    if late && reason.is_empty() {
        errors.push(error(
            LATE_REASON_FIELD,
            LATE_REASON_FIELD,
            format!(
                "Enter why a response received after the closing date ({}) is accepted",
                format_date(closes_on)
            ),
            Message::new("staff-entry-enter-late-reason").date("closes", closes_on),
        ));
    }
    if reason.chars().count() > MAX_LATE_REASON {
        errors.push(error(
            LATE_REASON_FIELD,
            LATE_REASON_FIELD,
            format!("The reason must be {MAX_LATE_REASON} characters or fewer"),
            Message::new("staff-entry-late-reason-too-long").number("most", MAX_LATE_REASON),
        ));
    }
    match (channel, received_on) {
        (Some(channel), Some(received_on)) if errors.is_empty() => Ok(EntryDetails {
            channel,
            received_on,
            // A reason given for one received in time says nothing: not kept.
            late_reason: late.then(|| reason.to_string()),
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn posted(fields: &[(&str, &str)]) -> Vec<(String, String)> {
        fields
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    const CLOSES: (i32, u32, u32) = (2027, 1, 7);

    fn read(fields: &[(&str, &str)]) -> Result<EntryDetails, Vec<FieldError>> {
        let (y, m, d) = CLOSES;
        read_entry(&posted(fields), day(y, m, d), day(2027, 2, 1))
    }

    fn fields_in_error(result: Result<EntryDetails, Vec<FieldError>>) -> Vec<(String, String)> {
        result
            .unwrap_err()
            .into_iter()
            .map(|e| {
                // A page in English says exactly the English problem.
                assert_eq!(e.message_in(crate::domain::Language::English), e.message);
                (e.target_id, e.message)
            })
            .collect()
    }

    #[test]
    fn a_paper_response_received_in_time() {
        let entry = read(&[
            ("channel", "paper"),
            ("received-day", "6"),
            ("received-month", "1"),
            ("received-year", "2027"),
            ("late_reason", "ignored when in time"),
        ])
        .unwrap();
        assert_eq!(
            entry,
            EntryDetails {
                channel: "paper",
                received_on: day(2027, 1, 6),
                late_reason: None,
            }
        );
        // The closing day itself is in time.
        let entry = read(&[
            ("channel", "phone"),
            ("received-day", "7"),
            ("received-month", "1"),
            ("received-year", "2027"),
        ])
        .unwrap();
        assert_eq!(entry.late_reason, None);
    }

    #[test]
    fn after_the_closing_date_only_with_a_reason() {
        let late = [
            ("channel", "email"),
            ("received-day", "8"),
            ("received-month", "1"),
            ("received-year", "2027"),
        ];
        let errors = fields_in_error(read(&late));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, "late_reason");
        assert!(errors[0].1.contains("7 January 2027"), "{errors:?}");
        let mut with_reason = late.to_vec();
        with_reason.push(("late_reason", "  Postmarked 6 January  "));
        let entry = read(&with_reason).unwrap();
        assert_eq!(entry.late_reason.as_deref(), Some("Postmarked 6 January"));
        let long = "x".repeat(MAX_LATE_REASON + 1);
        let mut too_long = late.to_vec();
        too_long.push(("late_reason", &long));
        assert_eq!(fields_in_error(read(&too_long))[0].0, "late_reason");
    }

    #[test]
    fn every_problem_is_named_beside_its_field() {
        let errors = fields_in_error(read(&[]));
        assert_eq!(
            errors,
            [
                (
                    "channel-paper".to_string(),
                    "Select how the response arrived".to_string()
                ),
                (
                    "received-day".to_string(),
                    "Enter the date the response was received".to_string()
                ),
            ]
        );
        for (fields, target) in [
            (
                vec![
                    ("channel", "fax"),
                    ("received-day", "1"),
                    ("received-month", "1"),
                    ("received-year", "2027"),
                ],
                "channel-paper",
            ),
            (
                vec![
                    ("channel", "paper"),
                    ("received-day", "1"),
                    ("received-year", "2027"),
                ],
                "received-month",
            ),
            (
                vec![("channel", "paper"), ("received-year", "2027")],
                "received-day",
            ),
            (
                vec![
                    ("channel", "paper"),
                    ("received-day", "30"),
                    ("received-month", "2"),
                    ("received-year", "2027"),
                ],
                "received-day",
            ),
            (
                vec![
                    ("channel", "paper"),
                    ("received-day", "1"),
                    ("received-month", "1"),
                    ("received-year", "27"),
                ],
                "received-year",
            ),
            (
                vec![
                    ("channel", "paper"),
                    ("received-day", "2"),
                    ("received-month", "2"),
                    ("received-year", "2027"),
                ],
                "received-day",
            ),
        ] {
            let errors = fields_in_error(read(&fields));
            assert_eq!(errors.len(), 1, "{fields:?}: {errors:?}");
            assert_eq!(errors[0].0, target, "{fields:?}");
        }
        assert!(is_entry_field("received-month") && is_entry_field("form_token"));
        assert!(!is_entry_field("q12"));
    }
}
