//! The quality checklist a consultation meets before it is sent for review (issue 10,
//! section 3). Automatic checks are worked out here from the consultation itself; the items a
//! reviewer confirms are the council's own words (site admins edit them), stored, and ticked
//! when approving.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::questionnaire::Questionnaire;

/// Characters a summary may have and still pass: the length of a search result's description,
/// so the hub's card and a search engine show it whole (the details form allows more).
pub const SHORT_SUMMARY_CHARS: usize = 160;

/// The shortest period a consultation may run, in weeks, until a site admin sets another:
/// six weeks is the usual floor for a council's non-statutory consultations.
pub const DEFAULT_MINIMUM_WEEKS: u32 = 6;

/// The longest minimum a site admin may set (a year).
pub const MOST_MINIMUM_WEEKS: u32 = 52;

/// One automatic check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Check {
    /// A summary, short enough to be shown whole.
    Summary,
    /// A contact's name and email address.
    Contact,
    /// Open for at least the site's minimum number of weeks.
    LongEnough,
    /// Every question has a label.
    Labelled,
    /// The questionnaire could be published: questions, no starter words, enough options, routes
    /// that end (the builder's own checks).
    Publishable,
    /// A privacy notice (its own or the site's template) and how long personal data is kept
    /// (decision 0039).
    Privacy,
}

impl Check {
    pub const ALL: [Check; 6] = [
        Check::Summary,
        Check::Contact,
        Check::LongEnough,
        Check::Labelled,
        Check::Publishable,
        Check::Privacy,
    ];

    /// The message naming the check on staff pages.
    pub fn label_id(self) -> &'static str {
        match self {
            Check::Summary => "checklist-summary",
            Check::Contact => "checklist-contact",
            Check::LongEnough => "checklist-long-enough",
            Check::Labelled => "checklist-labelled",
            Check::Publishable => "checklist-publishable",
            Check::Privacy => "checklist-privacy",
        }
    }
}

/// What the automatic checks look at.
pub struct Subject<'a> {
    pub summary: &'a str,
    pub contact_name: &'a str,
    pub contact_email: &'a str,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub questionnaire: &'a Questionnaire,
    /// The site's minimum period, in weeks.
    pub minimum_weeks: u32,
    /// The privacy notice respondents would read (`personal_data::notice_text`).
    pub privacy_notice: &'a str,
    /// Months after closing that personal data is kept; none: not yet set.
    pub retention_months: Option<u32>,
}

/// One check's result: passed, or what is wrong (a message id and its arguments, in English for
/// logs and tests; pages write it in their language).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub check: Check,
    /// `None`: passed. Otherwise what to fix, in English.
    pub problem: Option<String>,
}

/// Every automatic check of `subject`, in `Check::ALL`'s order.
pub fn run(subject: &Subject) -> Vec<Outcome> {
    Check::ALL
        .into_iter()
        .map(|check| Outcome {
            check,
            problem: problem(check, subject),
        })
        .collect()
}

/// Whether every automatic check passed.
pub fn all_passed(outcomes: &[Outcome]) -> bool {
    outcomes.iter().all(|outcome| outcome.problem.is_none())
}

fn problem(check: Check, subject: &Subject) -> Option<String> {
    use super::interface_text::{english, english_with};
    match check {
        Check::Summary => {
            let chars = subject.summary.trim().chars().count();
            if chars == 0 {
                Some(english("checklist-summary-missing"))
            } else if chars > SHORT_SUMMARY_CHARS {
                Some(english_with(
                    "checklist-summary-long",
                    &[
                        ("chars", (chars as i64).into()),
                        ("most", (SHORT_SUMMARY_CHARS as i64).into()),
                    ],
                ))
            } else {
                None
            }
        }
        Check::Contact => (subject.contact_name.trim().is_empty()
            || subject.contact_email.trim().is_empty())
        .then(|| english("checklist-contact-missing")),
        Check::LongEnough => {
            let weeks = i64::from(subject.minimum_weeks);
            (subject.closes_at - subject.opens_at < Duration::weeks(weeks))
                .then(|| english_with("checklist-too-short", &[("weeks", weeks.into())]))
        }
        Check::Labelled => {
            let unlabelled: Vec<String> = subject
                .questionnaire
                .questions()
                .enumerate()
                .filter(|(_, q)| !q.kind.is_content() && q.label.trim().is_empty())
                .map(|(index, _)| (index + 1).to_string())
                .collect();
            (!unlabelled.is_empty()).then(|| {
                english_with(
                    "checklist-unlabelled",
                    &[("numbers", unlabelled.join(", ").into())],
                )
            })
        }
        Check::Publishable => {
            let problems = super::questionnaire_edit::publish_problems(subject.questionnaire);
            (!problems.is_empty()).then(|| problems.join(". "))
        }
        Check::Privacy => {
            if subject.privacy_notice.trim().is_empty() {
                Some(english("checklist-privacy-missing"))
            } else if subject.retention_months.is_none() {
                Some(english("checklist-retention-missing"))
            } else {
                None
            }
        }
    }
}

/// A site admin's minimum period as typed, or the message id of what is wrong with it.
pub fn parse_minimum_weeks(typed: &str) -> Result<u32, &'static str> {
    match typed.trim().parse::<u32>() {
        Ok(weeks) if (1..=MOST_MINIMUM_WEEKS).contains(&weeks) => Ok(weeks),
        _ => Err("checklist-minimum-weeks-range"),
    }
}

/// The longest item a reviewer confirms: a sentence or two, read beside a checkbox.
pub const MOST_ITEM_CHARS: usize = 300;
/// The most items the reviewer's checklist holds: each is ticked at every approval.
pub const MOST_ITEMS: usize = 20;

/// An item's words as a site admin typed them (spaces trimmed, on one line), or the message id
/// of what is wrong with them.
pub fn parse_item_text(typed: &str) -> Result<String, &'static str> {
    let text = crate::domain::text::clean(typed)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if text.is_empty() {
        Err("checklist-item-enter")
    } else if text.chars().count() > MOST_ITEM_CHARS {
        Err("checklist-item-too-long")
    } else {
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::fixtures;
    use chrono::TimeZone;

    fn subject<'a>(questionnaire: &'a Questionnaire, weeks: i64) -> Subject<'a> {
        let opens = Utc.with_ymd_and_hms(2027, 1, 4, 9, 0, 0).unwrap();
        Subject {
            summary: "Tell us what you think of the new bus lanes.",
            contact_name: "Transport team",
            contact_email: "transport@example.gov.uk",
            opens_at: opens,
            closes_at: opens + Duration::weeks(weeks),
            questionnaire,
            minimum_weeks: DEFAULT_MINIMUM_WEEKS,
            privacy_notice: "We use your answers to decide about the bus lanes.",
            retention_months: Some(12),
        }
    }

    fn problems(outcomes: &[Outcome]) -> Vec<(Check, String)> {
        outcomes
            .iter()
            .filter_map(|o| o.problem.clone().map(|p| (o.check, p)))
            .collect()
    }

    #[test]
    fn a_complete_consultation_passes_every_check() {
        let questionnaire = fixtures::questionnaire();
        let outcomes = run(&subject(&questionnaire, 6));
        assert_eq!(problems(&outcomes), []);
        assert!(all_passed(&outcomes));
        assert_eq!(
            outcomes.iter().map(|o| o.check).collect::<Vec<_>>(),
            Check::ALL
        );
    }

    #[test]
    fn each_check_says_what_to_fix() {
        let mut questionnaire = fixtures::questionnaire();
        questionnaire.pages[0].questions[1].label = "  ".into();
        let long = "s".repeat(SHORT_SUMMARY_CHARS + 1);
        let mut s = subject(&questionnaire, 6);
        s.closes_at -= Duration::seconds(1);
        s.summary = &long;
        s.contact_email = " ";
        let found = problems(&run(&s));
        let checks: Vec<Check> = found.iter().map(|(c, _)| *c).collect();
        assert_eq!(
            checks,
            [
                Check::Summary,
                Check::Contact,
                Check::LongEnough,
                Check::Labelled
            ]
        );
        assert_eq!(
            found[0].1,
            "The summary is 161 characters: shorten it to 160 or fewer"
        );
        assert_eq!(found[2].1, "It must be open for at least 6 weeks");
        assert_eq!(found[3].1, "Questions without a label: 2");
        s.summary = "";
        assert_eq!(problems(&run(&s))[0].1, "Write a summary");
        assert!(!all_passed(&run(&s)));
    }

    #[test]
    fn a_privacy_notice_and_a_retention_period_are_both_needed() {
        let questionnaire = fixtures::questionnaire();
        let mut s = subject(&questionnaire, 6);
        s.retention_months = None;
        assert_eq!(
            problems(&run(&s)),
            [(
                Check::Privacy,
                "Say how long answers that are personal data are kept".to_string()
            )]
        );
        s.privacy_notice = " \n ";
        assert_eq!(
            problems(&run(&s)),
            [(
                Check::Privacy,
                "Write a privacy notice, or ask a site admin to set the site’s template"
                    .to_string()
            )]
        );
    }

    #[test]
    fn the_builders_own_checks_count() {
        let empty = Questionnaire {
            version_id: 1,
            pages: Vec::new(),
        };
        let found = problems(&run(&subject(&empty, 8)));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Check::Publishable);
    }

    #[test]
    fn a_site_admins_minimum_is_one_to_fifty_two_weeks() {
        assert_eq!(parse_minimum_weeks(" 12 "), Ok(12));
        assert_eq!(parse_minimum_weeks("52"), Ok(52));
        for wrong in ["0", "53", "", "six", "-1", "1.5"] {
            assert_eq!(
                parse_minimum_weeks(wrong),
                Err("checklist-minimum-weeks-range")
            );
        }
    }

    #[test]
    fn an_item_is_one_line_of_some_words() {
        assert_eq!(
            parse_item_text("  Plain\r\n English\tthroughout "),
            Ok("Plain English throughout".into())
        );
        assert_eq!(parse_item_text(" \n "), Err("checklist-item-enter"));
        assert_eq!(
            parse_item_text(&"x".repeat(MOST_ITEM_CHARS)).map(|t| t.len()),
            Ok(MOST_ITEM_CHARS)
        );
        assert_eq!(
            parse_item_text(&"x".repeat(MOST_ITEM_CHARS + 1)),
            Err("checklist-item-too-long")
        );
    }
}
