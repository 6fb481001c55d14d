//! Turning posted form fields into answers, and the rules every answer must meet.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::questionnaire::{Question, QuestionKind, Questionnaire};

/// Form fields that travel with the answers but are not answers.
pub const RESERVED_FIELDS: &[&str] = &["idempotency_key"];

/// One question's answer, already checked against the question's options.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum AnswerValue {
    Text(String),
    Choice(i64),
    /// Option ids, sorted and without repeats.
    Choices(Vec<i64>),
}

/// The answered questions of one response, keyed by question id. Unanswered questions are absent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers(pub BTreeMap<i64, AnswerValue>);

impl Answers {
    pub fn get(&self, question_id: i64) -> Option<&AnswerValue> {
        self.0.get(&question_id)
    }

    pub fn iter(&self) -> impl Iterator<Item = (i64, &AnswerValue)> {
        self.0.iter().map(|(id, value)| (*id, value))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A stable text form of the answers: equal answers give equal text, whatever order the
    /// browser sent the fields in. The server hashes it to recognise a resubmitted response.
    pub fn canonical_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_default()
    }
}

/// A problem the respondent can fix, shown beside the question and in the error summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The form field name (`q12`).
    pub field: String,
    /// The id of the element the error summary links to.
    pub target_id: String,
    pub message: String,
}

/// A submission no honest browser could have produced from our form: unknown questions, options
/// that were never offered, several values for a one-answer question.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct MalformedSubmission(pub String);

/// Browsers send textarea line breaks as CRLF; count and store them as one character each.
/// Invisible control characters (NUL and the like, see `text`) are dropped: they carry nothing a
/// person meant to say, and the database must never receive them.
pub fn normalise_text(raw: &str) -> String {
    super::text::clean(raw)
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim()
        .to_string()
}

/// Characters as a respondent counts them (and as the live counter in the browser shows them).
pub fn char_count(text: &str) -> usize {
    text.replace("\r\n", "\n").chars().count()
}

/// Reads the posted `(name, value)` pairs into answers. Reserved fields are skipped; anything
/// that does not fit the questionnaire is refused whole.
pub fn parse_answers(
    questionnaire: &Questionnaire,
    fields: &[(String, String)],
) -> Result<Answers, MalformedSubmission> {
    let mut raw: BTreeMap<i64, Vec<&str>> = BTreeMap::new();
    for (name, value) in fields {
        if RESERVED_FIELDS.contains(&name.as_str()) {
            continue;
        }
        let question = questionnaire.question_by_field(name).ok_or_else(|| {
            MalformedSubmission(
                "The form included an answer to a question that is not in this questionnaire."
                    .into(),
            )
        })?;
        raw.entry(question.id).or_default().push(value.as_str());
    }

    let mut answers = BTreeMap::new();
    for (question_id, values) in raw {
        let question = questionnaire
            .question(question_id)
            .expect("question ids come from the questionnaire");
        if let Some(value) = parse_one(question, &values)? {
            answers.insert(question_id, value);
        }
    }
    Ok(Answers(answers))
}

fn parse_one(
    question: &Question,
    values: &[&str],
) -> Result<Option<AnswerValue>, MalformedSubmission> {
    let single = || -> Result<&str, MalformedSubmission> {
        match values {
            [one] => Ok(one),
            _ => Err(MalformedSubmission(format!(
                "The question \u{201c}{}\u{201d} takes one answer, but several were sent.",
                question.label
            ))),
        }
    };
    let option_id = |value: &str| -> Result<i64, MalformedSubmission> {
        value
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|id| question.option(*id).is_some())
            .ok_or_else(|| {
                MalformedSubmission(format!(
                    "An answer to \u{201c}{}\u{201d} was not one of the options offered.",
                    question.label
                ))
            })
    };

    Ok(match &question.kind {
        QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => {
            let text = normalise_text(single()?);
            (!text.is_empty()).then_some(AnswerValue::Text(text))
        }
        QuestionKind::SingleChoice { .. } => {
            let value = single()?;
            if value.trim().is_empty() {
                None
            } else {
                Some(AnswerValue::Choice(option_id(value)?))
            }
        }
        QuestionKind::MultipleChoice { .. } => {
            let mut ids = Vec::new();
            for value in values.iter().filter(|v| !v.trim().is_empty()) {
                let id = option_id(value)?;
                if ids.contains(&id) {
                    return Err(MalformedSubmission(format!(
                        "An option of \u{201c}{}\u{201d} was sent twice.",
                        question.label
                    )));
                }
                ids.push(id);
            }
            ids.sort_unstable();
            (!ids.is_empty()).then_some(AnswerValue::Choices(ids))
        }
    })
}

/// Every rule a respondent can break, in question order (the order of the error summary).
pub fn validate(questionnaire: &Questionnaire, answers: &Answers) -> Vec<FieldError> {
    questionnaire
        .questions()
        .filter_map(|question| {
            question_error(question, answers.get(question.id)).map(|message| FieldError {
                field: question.field_name(),
                target_id: question.first_input_id(),
                message,
            })
        })
        .collect()
}

fn question_error(question: &Question, answer: Option<&AnswerValue>) -> Option<String> {
    let label = &question.label;
    let Some(answer) = answer else {
        if !question.required {
            return None;
        }
        return Some(match question.kind {
            QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => {
                format!("Enter an answer to \u{201c}{label}\u{201d}")
            }
            QuestionKind::SingleChoice { .. } => {
                format!("Select an answer to \u{201c}{label}\u{201d}")
            }
            QuestionKind::MultipleChoice { min_choices, .. } => match min_choices {
                Some(min) if min > 1 => {
                    format!("Select at least {min} options for \u{201c}{label}\u{201d}")
                }
                _ => format!("Select at least one option for \u{201c}{label}\u{201d}"),
            },
        });
    };

    match (&question.kind, answer) {
        (
            QuestionKind::ShortText { max_chars } | QuestionKind::LongText { max_chars },
            AnswerValue::Text(text),
        ) => {
            let count = char_count(text);
            let max = *max_chars as usize;
            (count > max).then(|| {
                format!(
                    "Your answer to \u{201c}{label}\u{201d} must be {max} characters or fewer \
                     (it has {count})"
                )
            })
        }
        (
            QuestionKind::MultipleChoice {
                min_choices,
                max_choices,
                ..
            },
            AnswerValue::Choices(ids),
        ) => {
            let chosen = ids.len() as u32;
            if let Some(min) = min_choices.filter(|min| chosen < *min) {
                Some(format!(
                    "Select at least {min} options for \u{201c}{label}\u{201d}"
                ))
            } else {
                max_choices.filter(|max| chosen > *max).map(|max| {
                    format!("Select no more than {max} options for \u{201c}{label}\u{201d}")
                })
            }
        }
        _ => None,
    }
}

/// The first value a field had in a posted form ("" when it was not sent).
pub fn posted_value<'a>(fields: &'a [(String, String)], field_name: &str) -> &'a str {
    fields
        .iter()
        .find(|(name, _)| name == field_name)
        .map_or("", |(_, value)| value.as_str())
}

/// The raw values a field had in a posted form, for redisplaying answers after an error.
pub fn posted_values<'a>(fields: &'a [(String, String)], field_name: &str) -> Vec<&'a str> {
    fields
        .iter()
        .filter(|(name, _)| name == field_name)
        .map(|(_, value)| value.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::fixtures::questionnaire;

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    fn valid() -> Vec<(String, String)> {
        fields(&[
            ("idempotency_key", "abc"),
            ("q10", "  Ann  "),
            ("q11", "Slower"),
            ("q12", "100"),
            ("q13", "202"),
            ("q13", "200"),
        ])
    }

    #[test]
    fn parses_every_kind_and_normalises() {
        let q = questionnaire();
        let answers = parse_answers(&q, &valid()).unwrap();
        assert_eq!(answers.get(10), Some(&AnswerValue::Text("Ann".into())));
        assert_eq!(answers.get(12), Some(&AnswerValue::Choice(100)));
        assert_eq!(answers.get(13), Some(&AnswerValue::Choices(vec![200, 202])));
        assert!(validate(&q, &answers).is_empty());
    }

    #[test]
    fn blank_answers_are_unanswered() {
        let q = questionnaire();
        let answers =
            parse_answers(&q, &fields(&[("q10", "   "), ("q12", ""), ("q13", "")])).unwrap();
        assert!(answers.is_empty());
    }

    #[test]
    fn required_questions_must_be_answered_in_question_order() {
        let q = questionnaire();
        let errors = validate(&q, &Answers::default());
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["q11", "q12"]);
        assert_eq!(
            errors[0].message,
            "Enter an answer to \u{201c}Your views\u{201d}"
        );
        assert_eq!(errors[0].target_id, "q11");
        assert_eq!(
            errors[1].message,
            "Select an answer to \u{201c}Do you support the proposal?\u{201d}"
        );
        // The summary links to the first radio of a choice question.
        assert_eq!(errors[1].target_id, "q12-o100");
    }

    #[test]
    fn text_over_the_limit_is_refused_and_crlf_counts_once() {
        let q = questionnaire();
        let mut f = valid();
        f[2].1 = "12345\r\n6789".into(); // 10 characters once normalised
        assert!(validate(&q, &parse_answers(&q, &f).unwrap()).is_empty());
        f[2].1 = "12345678901".into();
        let errors = validate(&q, &parse_answers(&q, &f).unwrap());
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].message.contains("10 characters or fewer"),
            "{errors:?}"
        );
        assert!(errors[0].message.contains("it has 11"));
    }

    #[test]
    fn control_characters_are_dropped_from_text_answers() {
        let q = questionnaire();
        let mut f = valid();
        f[2].1 = "\0Slow\u{7}er\u{85}\r\nplease\0".into();
        let answers = parse_answers(&q, &f).unwrap();
        assert_eq!(
            answers.get(11),
            Some(&AnswerValue::Text("Slower\nplease".into()))
        );
        // Nothing but control characters is no answer at all.
        f[2].1 = "\0\u{1}\u{1f}".into();
        assert_eq!(parse_answers(&q, &f).unwrap().get(11), None);
    }

    #[test]
    fn characters_not_bytes_are_counted() {
        assert_eq!(char_count("Llanfair\u{0175}"), 9);
        assert_eq!(char_count("a\r\nb"), 3);
    }

    #[test]
    fn multiple_choice_min_and_max() {
        let q = questionnaire();
        let mut f = valid();
        f.pop();
        let errors = validate(&q, &parse_answers(&q, &f).unwrap());
        assert_eq!(
            errors[0].message,
            "Select at least 2 options for \u{201c}Which streets?\u{201d}"
        );
        f.push(("q13".into(), "201".into()));
        f.push(("q13".into(), "200".into()));
        let errors = validate(&q, &parse_answers(&q, &f).unwrap());
        assert_eq!(
            errors[0].message,
            "Select no more than 2 options for \u{201c}Which streets?\u{201d}"
        );
    }

    #[test]
    fn unknown_questions_and_options_are_malformed() {
        let q = questionnaire();
        for bad in [
            fields(&[("q999", "x")]),
            fields(&[("name", "x")]),
            fields(&[("q12", "200")]),
            fields(&[("q12", "abc")]),
            fields(&[("q12", "100"), ("q12", "101")]),
            fields(&[("q10", "a"), ("q10", "b")]),
            fields(&[("q13", "200"), ("q13", "200")]),
            fields(&[("q13", "100")]),
        ] {
            assert!(parse_answers(&q, &bad).is_err(), "accepted {bad:?}");
        }
    }

    #[test]
    fn canonical_json_ignores_field_order() {
        let q = questionnaire();
        let mut reversed = valid();
        reversed.reverse();
        assert_eq!(
            parse_answers(&q, &valid()).unwrap().canonical_json(),
            parse_answers(&q, &reversed).unwrap().canonical_json()
        );
    }

    #[test]
    fn posted_values_keeps_every_value_of_a_field() {
        let f = valid();
        assert_eq!(posted_values(&f, "q13"), ["202", "200"]);
        assert!(posted_values(&f, "q99").is_empty());
    }
}
