//! A questionnaire version as respondents see it: pages of questions with stable ids.

use serde::{Deserialize, Serialize};

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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: i64,
    pub key: String,
    pub label: String,
    pub hint: Option<String>,
    pub required: bool,
    pub kind: QuestionKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub id: i64,
    pub key: String,
    pub label: String,
}

/// The names of question kinds as stored in the database's `questions.kind` column.
pub mod kind_code {
    pub const SHORT_TEXT: &str = "short_text";
    pub const LONG_TEXT: &str = "long_text";
    pub const SINGLE_CHOICE: &str = "single_choice";
    pub const MULTIPLE_CHOICE: &str = "multiple_choice";
}

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
        }
    }

    /// What staff call this kind of question.
    pub fn label(&self) -> &'static str {
        match self {
            QuestionKind::ShortText { .. } => "Short text",
            QuestionKind::LongText { .. } => "Long text",
            QuestionKind::SingleChoice { .. } => "Single choice",
            QuestionKind::MultipleChoice { .. } => "Multiple choice",
        }
    }

    pub fn options(&self) -> &[ChoiceOption] {
        match self {
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. } => options,
            _ => &[],
        }
    }

    pub fn is_choice(&self) -> bool {
        matches!(
            self,
            QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. }
        )
    }
}

impl Question {
    /// The hint under a multiple-choice question saying how many options to pick.
    pub fn choice_guidance(&self) -> Option<String> {
        let QuestionKind::MultipleChoice {
            min_choices,
            max_choices,
            ..
        } = &self.kind
        else {
            return None;
        };
        let options = |n: u32| {
            if n == 1 {
                "1 option".to_string()
            } else {
                format!("{n} options")
            }
        };
        Some(match (min_choices.filter(|m| *m > 0), max_choices) {
            (Some(min), Some(max)) if min == *max => format!("Select {}", options(min)),
            (Some(min), Some(max)) => format!("Select between {min} and {max} options"),
            (Some(min), None) => format!("Select at least {}", options(min)),
            (None, Some(max)) => format!("Select up to {}", options(*max)),
            (None, None) => "Select all that apply".to_string(),
        })
    }

    /// The form field name that carries this question's answer.
    pub fn field_name(&self) -> String {
        format!("q{}", self.id)
    }

    /// The id of the element an error message should move focus to: the text box itself, or the
    /// first radio/checkbox of a choice question (GOV.UK error summary pattern).
    pub fn first_input_id(&self) -> String {
        match self.kind.options().first() {
            Some(option) => self.option_input_id(option),
            None => self.field_name(),
        }
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

    /// The question a form field answers. Only the canonical name counts (`q11`, never `q011`
    /// or `q+11`), so one question cannot be answered twice under two names.
    pub fn question_by_field(&self, field_name: &str) -> Option<&Question> {
        let id = field_name.strip_prefix('q')?.parse::<i64>().ok()?;
        self.question(id).filter(|q| q.field_name() == field_name)
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
        for other in ["x11", "q011", "q+11", "q11 ", "q"] {
            assert!(
                fixtures::questionnaire().question_by_field(other).is_none(),
                "{other}"
            );
        }
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
        };
        Questionnaire {
            version_id: 7,
            pages: vec![Page {
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
                        kind: QuestionKind::ShortText { max_chars: 20 },
                    },
                    Question {
                        id: 11,
                        key: "views".into(),
                        label: "Your views".into(),
                        hint: Some("Tell us why".into()),
                        required: true,
                        kind: QuestionKind::LongText { max_chars: 10 },
                    },
                    Question {
                        id: 12,
                        key: "support".into(),
                        label: "Do you support the proposal?".into(),
                        hint: None,
                        required: true,
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
            }],
        }
    }
}
