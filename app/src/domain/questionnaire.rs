//! A questionnaire version as respondents see it: pages of questions with stable ids.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::interface_text::Message;
use super::language::Language;
use super::routing::Goto;

/// One published version of a consultation's questionnaire.
///
/// Ids are database ids of this version's rows; `key`s are stable across versions, so a question
/// keeps its identity when it is reordered or reworded in a later version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    pub version_id: i64,
    pub pages: Vec<Page>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub id: i64,
    pub key: String,
    pub title: Option<String>,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Question {
    pub id: i64,
    pub key: String,
    pub label: String,
    pub hint: Option<String>,
    pub required: bool,
    /// Longer help in Markdown, shown to respondents under "Help with this question" (the
    /// issue's "fact bank"). Respondents' forms carry it rendered, not as Markdown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<String>,
    pub kind: QuestionKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionKind {
    ShortText {
        max_chars: u32,
    },
    LongText {
        max_chars: u32,
    },
    SingleChoice {
        options: Vec<ChoiceOption>,
    },
    MultipleChoice {
        options: Vec<ChoiceOption>,
        min_choices: Option<u32>,
        max_choices: Option<u32>,
    },
    /// One option from a drop-down list (for long lists of short options).
    Dropdown {
        options: Vec<ChoiceOption>,
    },
    Number {
        /// Limits in `formats::parse_number`'s tidy form ("0", "2.5"), compared exactly.
        min: Option<String>,
        max: Option<String>,
        /// Digits allowed after the point: 0 for whole numbers.
        decimals: u32,
        /// Shown after the box and in the hint ("km", "people").
        unit: Option<String>,
    },
    /// A day, month and year (GOV.UK date input).
    Date {
        #[serde(default, with = "super::formats::optional_iso_date")]
        earliest: Option<NaiveDate>,
        #[serde(default, with = "super::formats::optional_iso_date")]
        latest: Option<NaiveDate>,
    },
    Email,
    UkPostcode,
    /// Not a question: a heading between questions (its text is the label).
    Heading,
    /// Not a question: a paragraph of Markdown between questions (its text is the label).
    Paragraph,
    /// Statements (rows) each answered on one scale (columns), such as "Strongly agree" to
    /// "Strongly disagree": one point for each statement (a Likert grid).
    Grid {
        statements: Vec<ChoiceOption>,
        scale: Vec<ChoiceOption>,
    },
    /// Respondents put the items in order: a different rank (1 = first) for every item.
    Ranking {
        options: Vec<ChoiceOption>,
    },
    /// Respondents share `total` points among the options: exactly `total`, or at most it when
    /// `exact` is false.
    Points {
        options: Vec<ChoiceOption>,
        total: u32,
        exact: bool,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub id: i64,
    pub key: String,
    pub label: String,
    /// "Other": whoever chooses it says what in a box of its own (single and multiple choice;
    /// the last option, at most one).
    #[serde(default, skip_serializing_if = "is_false")]
    pub other: bool,
    /// Where choosing it sends the respondent after this page (`routing`; choice kinds only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goto: Option<Goto>,
}

fn is_false(value: &bool) -> bool {
    !value
}

/// The scale a new grid question starts with.
pub const LIKERT_SCALE: [&str; 5] = [
    "Strongly agree",
    "Agree",
    "Neither agree nor disagree",
    "Disagree",
    "Strongly disagree",
];

/// What an "Other" option is called.
pub const OTHER_LABEL: &str = "Other";

/// The most characters an "Other" answer may have (a short text answer's default).
pub const MAX_OTHER_CHARS: usize = DEFAULT_SHORT_TEXT_MAX as usize;

/// The names of question kinds as stored in the database's `questions.kind` column.
pub mod kind_code {
    pub const SHORT_TEXT: &str = "short_text";
    pub const LONG_TEXT: &str = "long_text";
    pub const SINGLE_CHOICE: &str = "single_choice";
    pub const MULTIPLE_CHOICE: &str = "multiple_choice";
    pub const DROPDOWN: &str = "dropdown";
    pub const NUMBER: &str = "number";
    pub const DATE: &str = "date";
    pub const EMAIL: &str = "email";
    pub const UK_POSTCODE: &str = "uk_postcode";
    pub const RANKING: &str = "ranking";
    pub const POINTS: &str = "points";
    pub const GRID: &str = "grid";
    pub const HEADING: &str = "heading";
    pub const PARAGRAPH: &str = "paragraph";
}

/// The boxes of a date question, in the order they are drawn.
pub const DATE_PARTS: [&str; 3] = ["day", "month", "year"];

/// The most points a points question may share (and so the most a respondent can type).
pub const MAX_POINTS_TOTAL: u32 = 10_000;
/// The points a new points question shares unless its author says otherwise.
pub const DEFAULT_POINTS_TOTAL: u32 = 100;

/// Text answers are capped even when a question sets no limit of its own.
pub const DEFAULT_SHORT_TEXT_MAX: u32 = 500;
pub const DEFAULT_LONG_TEXT_MAX: u32 = 5000;

impl QuestionKind {
    /// The name stored in the database's `questions.kind` column.
    pub fn code(&self) -> &'static str {
        match self {
            QuestionKind::ShortText { .. } => kind_code::SHORT_TEXT,
            QuestionKind::LongText { .. } => kind_code::LONG_TEXT,
            QuestionKind::SingleChoice { .. } => kind_code::SINGLE_CHOICE,
            QuestionKind::MultipleChoice { .. } => kind_code::MULTIPLE_CHOICE,
            QuestionKind::Dropdown { .. } => kind_code::DROPDOWN,
            QuestionKind::Number { .. } => kind_code::NUMBER,
            QuestionKind::Date { .. } => kind_code::DATE,
            QuestionKind::Email => kind_code::EMAIL,
            QuestionKind::UkPostcode => kind_code::UK_POSTCODE,
            QuestionKind::Ranking { .. } => kind_code::RANKING,
            QuestionKind::Points { .. } => kind_code::POINTS,
            QuestionKind::Grid { .. } => kind_code::GRID,
            QuestionKind::Heading => kind_code::HEADING,
            QuestionKind::Paragraph => kind_code::PARAGRAPH,
        }
    }

    /// The message naming this kind of question, as staff pages call it (`interface_text`).
    pub fn label_id(&self) -> &'static str {
        match self {
            QuestionKind::ShortText { .. } => "builder-kind-short-text",
            QuestionKind::LongText { .. } => "builder-kind-long-text",
            QuestionKind::SingleChoice { .. } => "builder-kind-single-choice",
            QuestionKind::MultipleChoice { .. } => "builder-kind-multiple-choice",
            QuestionKind::Dropdown { .. } => "builder-kind-dropdown",
            QuestionKind::Number { .. } => "builder-kind-number",
            QuestionKind::Date { .. } => "builder-kind-date",
            QuestionKind::Email => "builder-kind-email",
            QuestionKind::UkPostcode => "builder-kind-uk-postcode",
            QuestionKind::Ranking { .. } => "builder-kind-ranking",
            QuestionKind::Points { .. } => "builder-kind-points",
            QuestionKind::Grid { .. } => "builder-kind-grid",
            QuestionKind::Heading => "builder-kind-heading",
            QuestionKind::Paragraph => "builder-kind-paragraph",
        }
    }

    /// What staff call this kind of question, in English (exports and their column of kinds;
    /// staff pages use `label_id`).
    pub fn label(&self) -> &'static str {
        match self {
            QuestionKind::ShortText { .. } => "Short text",
            QuestionKind::LongText { .. } => "Long text",
            QuestionKind::SingleChoice { .. } => "Single choice",
            QuestionKind::MultipleChoice { .. } => "Multiple choice",
            QuestionKind::Dropdown { .. } => "Drop-down list",
            QuestionKind::Number { .. } => "Number",
            QuestionKind::Date { .. } => "Date",
            QuestionKind::Email => "Email address",
            QuestionKind::UkPostcode => "UK postcode",
            QuestionKind::Ranking { .. } => "Ranking",
            QuestionKind::Points { .. } => "Points allocation",
            QuestionKind::Grid { .. } => "Grid (Likert scale)",
            QuestionKind::Heading => "Heading",
            QuestionKind::Paragraph => "Paragraph of text",
        }
    }

    pub fn options(&self) -> &[ChoiceOption] {
        match self {
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. }
            | QuestionKind::Dropdown { options }
            | QuestionKind::Ranking { options }
            | QuestionKind::Points { options, .. } => options,
            QuestionKind::Grid { statements, .. } => statements,
            _ => &[],
        }
    }

    /// The options of a choice question, to change in place (`None` for other kinds).
    pub fn options_mut(&mut self) -> Option<&mut Vec<ChoiceOption>> {
        match self {
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. }
            | QuestionKind::Dropdown { options }
            | QuestionKind::Ranking { options }
            | QuestionKind::Points { options, .. } => Some(options),
            QuestionKind::Grid { statements, .. } => Some(statements),
            _ => None,
        }
    }

    /// A grid's scale points (its columns); empty for other kinds.
    pub fn scale(&self) -> &[ChoiceOption] {
        match self {
            QuestionKind::Grid { scale, .. } => scale,
            _ => &[],
        }
    }

    /// Every list of options the kind has, to give keys or clear ids: the options (a grid's
    /// statements), then a grid's scale (in the order of `[options(), scale()]`).
    pub fn option_lists_mut(&mut self) -> Vec<&mut Vec<ChoiceOption>> {
        match self {
            QuestionKind::Grid { statements, scale } => vec![statements, scale],
            other => other.options_mut().into_iter().collect(),
        }
    }

    /// Kinds whose respondents give a value for each option (a rank, or points), each in a
    /// field of its own named like the option's input id (`q12-o100`).
    pub fn answers_each_option(&self) -> bool {
        matches!(
            self,
            QuestionKind::Ranking { .. } | QuestionKind::Points { .. } | QuestionKind::Grid { .. }
        )
    }

    /// Content blocks (a heading, a paragraph): shown between questions, never answered.
    pub fn is_content(&self) -> bool {
        matches!(self, QuestionKind::Heading | QuestionKind::Paragraph)
    }

    /// Kinds built from a list of options (at least two).
    pub fn has_options(&self) -> bool {
        self.is_choice() || self.answers_each_option()
    }

    /// Kinds answered by picking from options: their results count each option.
    pub fn is_choice(&self) -> bool {
        matches!(
            self,
            QuestionKind::SingleChoice { .. }
                | QuestionKind::MultipleChoice { .. }
                | QuestionKind::Dropdown { .. }
        )
    }
}

impl Question {
    /// The hint under a multiple-choice question saying how many options to pick.
    pub fn choice_guidance(&self) -> Option<String> {
        self.choice_guidance_message()
            .map(|m| m.render(Language::English))
    }

    /// "Select up to 3 options", in any language.
    pub fn choice_guidance_message(&self) -> Option<Message> {
        let QuestionKind::MultipleChoice {
            min_choices,
            max_choices,
            ..
        } = &self.kind
        else {
            return None;
        };
        Some(match (min_choices.filter(|m| *m > 0), max_choices) {
            (Some(min), Some(max)) if min == *max => {
                Message::new("choice-select-exactly").number("count", min)
            }
            (Some(min), Some(max)) => Message::new("choice-select-between")
                .number("min", min)
                .number("max", *max),
            (Some(min), None) => Message::new("choice-select-at-least").number("count", min),
            (None, Some(max)) => Message::new("choice-select-up-to").number("count", *max),
            (None, None) => Message::new("choice-select-all"),
        })
    }

    /// The hint saying what a number or date question accepts ("Enter a whole number between 1
    /// and 10, in km"), drawn under the question and read by screen readers.
    pub fn format_guidance(&self) -> Option<String> {
        self.format_guidance_message()
            .map(|m| m.render(Language::English))
    }

    /// What a question accepts, in any language.
    pub fn format_guidance_message(&self) -> Option<Message> {
        match &self.kind {
            QuestionKind::Number {
                min,
                max,
                decimals,
                unit,
            } => {
                let id = match (min, max) {
                    (Some(_), Some(_)) => "number-guidance-between",
                    (Some(_), None) => "number-guidance-at-least",
                    (None, Some(_)) => "number-guidance-at-most",
                    (None, None) => "number-guidance",
                };
                // With a unit, the sentence ends with it (", in km"): a message of its own.
                let id = match unit {
                    Some(_) => format!("{id}-unit"),
                    None => id.to_string(),
                };
                Some(
                    Message::new(&id)
                        .number("decimals", *decimals)
                        .text("min", min.clone().unwrap_or_default())
                        .text("max", max.clone().unwrap_or_default())
                        .text("unit", unit.clone().unwrap_or_default()),
                )
            }
            QuestionKind::Date { earliest, latest } => Some(match (earliest, latest) {
                (Some(e), Some(l)) => Message::new("date-guidance-between")
                    .date("earliest", *e)
                    .date("latest", *l),
                (Some(e), None) => Message::new("date-guidance-after").date("earliest", *e),
                (None, Some(l)) => Message::new("date-guidance-before").date("latest", *l),
                (None, None) => Message::new("date-guidance"),
            }),
            QuestionKind::UkPostcode => Some(Message::new("postcode-guidance")),
            QuestionKind::Ranking { options } => {
                Some(Message::new("ranking-guidance").number("count", options.len()))
            }
            QuestionKind::Points { total, exact, .. } => Some(
                Message::new(if *exact {
                    "points-guidance-exact"
                } else {
                    "points-guidance-up-to"
                })
                .number("total", *total),
            ),
            _ => None,
        }
    }

    /// The form field name that carries this question's answer. A date's three boxes add
    /// `-day`, `-month` and `-year` to it.
    pub fn field_name(&self) -> String {
        format!("q{}", self.id)
    }

    /// Every name this question's fields post under.
    pub fn field_names(&self) -> Vec<String> {
        if self.kind.is_content() {
            return Vec::new(); // nothing to answer
        }
        let name = self.field_name();
        match self.kind {
            QuestionKind::Date { .. } => DATE_PARTS
                .iter()
                .map(|part| format!("{name}-{part}"))
                .collect(),
            QuestionKind::Ranking { ref options }
            | QuestionKind::Points { ref options, .. }
            | QuestionKind::Grid {
                statements: ref options,
                ..
            } => options.iter().map(|o| self.option_input_id(o)).collect(),
            _ if self.other_option().is_some() => {
                let other = self.other_field_name();
                vec![name, other]
            }
            _ => vec![name],
        }
    }

    /// The id of the element an error message should move focus to: the text box itself, a
    /// date's day box, or the first radio/checkbox of a choice question (GOV.UK error summary
    /// pattern).
    pub fn first_input_id(&self) -> String {
        match &self.kind {
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. }
            | QuestionKind::Ranking { options }
            | QuestionKind::Points { options, .. } => match options.first() {
                Some(option) => self.option_input_id(option),
                None => self.field_name(),
            },
            QuestionKind::Date { .. } => format!("{}-day", self.field_name()),
            QuestionKind::Grid { statements, scale } => match (statements.first(), scale.first()) {
                (Some(statement), Some(point)) => self.grid_input_id(statement, point),
                _ => self.field_name(),
            },
            _ => self.field_name(),
        }
    }

    /// The radio for scale point `point` of a grid's statement (`q12-o100-p7`); the first
    /// point's is where an error about the statement points.
    pub fn grid_input_id(&self, statement: &ChoiceOption, point: &ChoiceOption) -> String {
        format!("{}-p{}", self.option_input_id(statement), point.id)
    }

    /// The "Other" option of a single or multiple choice question, if it has one.
    pub fn other_option(&self) -> Option<&ChoiceOption> {
        match &self.kind {
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. } => options.iter().find(|o| o.other),
            _ => None,
        }
    }

    /// The box where whoever chooses "Other" says what (`q12-other`).
    pub fn other_field_name(&self) -> String {
        format!("{}-other", self.field_name())
    }

    pub fn option_input_id(&self, option: &ChoiceOption) -> String {
        format!("q{}-o{}", self.id, option.id)
    }

    pub fn option(&self, option_id: i64) -> Option<&ChoiceOption> {
        self.kind.options().iter().find(|o| o.id == option_id)
    }
}

impl Questionnaire {
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.pages.iter().flat_map(|p| p.questions.iter())
    }

    pub fn question(&self, id: i64) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    /// The question with stable key `key`.
    pub fn question_by_key(&self, key: &str) -> Option<&Question> {
        self.questions().find(|q| q.key == key)
    }

    /// The question a form field answers. Only the canonical names count (`q11`, never `q011`
    /// or `q+11`; `q12-day` only for a date), so one question cannot be answered twice under two
    /// names.
    pub fn question_by_field(&self, field_name: &str) -> Option<&Question> {
        let base = field_name
            .split_once('-')
            .map_or(field_name, |(base, _)| base);
        let id = base.strip_prefix('q')?.parse::<i64>().ok()?;
        self.question(id)
            .filter(|q| q.field_names().iter().any(|name| name == field_name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choice_guidance_says_how_many_to_pick() {
        let mut q = fixtures::questionnaire().pages[0].questions[3].clone();
        let set = |q: &mut Question, min: Option<u32>, max: Option<u32>| {
            if let QuestionKind::MultipleChoice {
                min_choices,
                max_choices,
                ..
            } = &mut q.kind
            {
                *min_choices = min;
                *max_choices = max;
            }
        };
        assert_eq!(q.choice_guidance().unwrap(), "Select 2 options");
        set(&mut q, Some(1), Some(3));
        assert_eq!(
            q.choice_guidance().unwrap(),
            "Select between 1 and 3 options"
        );
        set(&mut q, None, Some(1));
        assert_eq!(q.choice_guidance().unwrap(), "Select up to 1 option");
        set(&mut q, Some(2), None);
        assert_eq!(q.choice_guidance().unwrap(), "Select at least 2 options");
        set(&mut q, None, None);
        assert_eq!(q.choice_guidance().unwrap(), "Select all that apply");
        let radio = fixtures::questionnaire().pages[0].questions[2].clone();
        assert_eq!(radio.choice_guidance(), None);
        assert_eq!(radio.first_input_id(), "q12-o100");
        assert_eq!(
            fixtures::questionnaire()
                .question_by_field("q11")
                .unwrap()
                .id,
            11
        );
        let date = fixtures::questionnaire().question(16).unwrap().clone();
        assert_eq!(date.field_names(), ["q16-day", "q16-month", "q16-year"]);
        assert_eq!(date.first_input_id(), "q16-day");
        assert_eq!(
            fixtures::questionnaire()
                .question_by_field("q16-year")
                .unwrap()
                .id,
            16
        );
        let dropdown = fixtures::questionnaire().question(14).unwrap().clone();
        assert_eq!(dropdown.first_input_id(), "q14");
        for other in [
            "x11",
            "q011",
            "q+11",
            "q11 ",
            "q",
            "q11-day",
            "q16",
            "q16-hour",
            "q16-day-x",
        ] {
            assert!(
                fixtures::questionnaire().question_by_field(other).is_none(),
                "{other}"
            );
        }
    }
}

#[cfg(test)]
mod guidance_tests {
    use super::*;

    #[test]
    fn number_and_date_questions_say_what_they_accept() {
        let q = fixtures::questionnaire();
        assert_eq!(
            q.question(15).unwrap().format_guidance().unwrap(),
            "Enter a whole number between 1 and 20, in people"
        );
        assert_eq!(
            q.question(16).unwrap().format_guidance().unwrap(),
            "Enter a date between 1 January 1900 and 31 December 2026, for example 27 3 2026"
        );
        let mut number = q.question(15).unwrap().clone();
        number.kind = QuestionKind::Number {
            min: None,
            max: Some("2.5".into()),
            decimals: 2,
            unit: None,
        };
        assert_eq!(
            number.format_guidance().unwrap(),
            "Enter a number with up to 2 decimal places of 2.5 or less"
        );
        assert_eq!(q.question(10).unwrap().format_guidance(), None);
        assert!(q.question(14).unwrap().kind.is_choice());
    }
}

#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    /// A questionnaire with one question of each kind, used across the domain tests.
    pub fn questionnaire() -> Questionnaire {
        let option = |id: i64, label: &str| ChoiceOption {
            id,
            key: format!("opt-{id}"),
            label: label.to_string(),
            other: false,
            goto: None,
        };
        Questionnaire {
            version_id: 7,
            pages: vec![
                Page {
                    id: 1,
                    key: "page-1".into(),
                    title: None,
                    questions: vec![
                        Question {
                            id: 10,
                            key: "name".into(),
                            label: "Your name".into(),
                            hint: None,
                            required: false,
                            guidance: None,
                            kind: QuestionKind::ShortText { max_chars: 20 },
                        },
                        Question {
                            id: 11,
                            key: "views".into(),
                            label: "Your views".into(),
                            hint: Some("Tell us why".into()),
                            required: true,
                            guidance: None,
                            kind: QuestionKind::LongText { max_chars: 10 },
                        },
                        Question {
                            id: 12,
                            key: "support".into(),
                            label: "Do you support the proposal?".into(),
                            hint: None,
                            required: true,
                            guidance: None,
                            kind: QuestionKind::SingleChoice {
                                options: vec![option(100, "Yes"), option(101, "No")],
                            },
                        },
                        Question {
                            id: 13,
                            key: "streets".into(),
                            label: "Which streets?".into(),
                            hint: None,
                            required: false,
                            guidance: None,
                            kind: QuestionKind::MultipleChoice {
                                options: vec![
                                    option(200, "High Street"),
                                    option(201, "Mill Lane"),
                                    option(202, "Station Road"),
                                ],
                                min_choices: Some(2),
                                max_choices: Some(2),
                            },
                        },
                    ],
                },
                Page {
                    id: 2,
                    key: "page-2".into(),
                    title: Some("About you".into()),
                    questions: vec![
                        Question {
                            id: 14,
                            key: "ward".into(),
                            label: "Your ward".into(),
                            hint: None,
                            required: false,
                            guidance: None,
                            kind: QuestionKind::Dropdown {
                                options: vec![option(300, "North"), option(301, "South")],
                            },
                        },
                        Question {
                            id: 15,
                            key: "household".into(),
                            label: "People in your home".into(),
                            hint: None,
                            required: false,
                            guidance: None,
                            kind: QuestionKind::Number {
                                min: Some("1".into()),
                                max: Some("20".into()),
                                decimals: 0,
                                unit: Some("people".into()),
                            },
                        },
                        Question {
                            id: 16,
                            key: "moved".into(),
                            label: "When you moved here".into(),
                            hint: None,
                            required: false,
                            guidance: None,
                            kind: QuestionKind::Date {
                                earliest: NaiveDate::from_ymd_opt(1900, 1, 1),
                                latest: NaiveDate::from_ymd_opt(2026, 12, 31),
                            },
                        },
                        Question {
                            id: 17,
                            key: "email".into(),
                            label: "Your email".into(),
                            hint: None,
                            required: false,
                            guidance: None,
                            kind: QuestionKind::Email,
                        },
                        Question {
                            id: 18,
                            key: "postcode".into(),
                            label: "Your postcode".into(),
                            hint: None,
                            required: false,
                            guidance: None,
                            kind: QuestionKind::UkPostcode,
                        },
                    ],
                },
            ],
        }
    }
}
