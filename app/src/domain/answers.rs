//! Turning posted form fields into answers, and the rules every answer must meet.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::interface_text::Message;
use super::language::Language;

use super::formats::{
    self, DateProblem, MAX_EMAIL_CHARS, compare_numbers, parse_email, parse_number,
    parse_uk_postcode,
};
use super::questionnaire::{ChoiceOption, MAX_OTHER_CHARS, Question, QuestionKind, Questionnaire};

/// Form fields that travel with the answers but are not answers: a whole response's
/// idempotency key, the mark of a page opened from "Check your answers", and the honeypot.
pub const RESERVED_FIELDS: &[&str] = &[
    "idempotency_key",
    super::journey::FROM_CHECK_FIELD,
    super::journey::INTENT_FIELD,
    HONEYPOT_FIELD,
];

/// A box no person sees or fills in (hidden by the style sheet, so from screen readers too),
/// which form-filling robots do: a response that fills it in is refused (decision 0027).
pub const HONEYPOT_FIELD: &str = "website";

/// Whether a post filled in the honeypot.
pub fn honeypot_filled(fields: &[(String, String)]) -> bool {
    fields
        .iter()
        .any(|(name, value)| name == HONEYPOT_FIELD && !value.trim().is_empty())
}

/// One question's answer, already checked against the question's options.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum AnswerValue {
    Text(String),
    Choice(i64),
    /// Option ids, sorted and without repeats.
    Choices(Vec<i64>),
    /// A date's three boxes as typed (trimmed); `validate` checks they make a date.
    Date {
        day: String,
        month: String,
        year: String,
    },
    /// A value for each option (a rank, or points) by option id, as typed (trimmed, tidied
    /// when it reads as a number); options left blank are absent.
    Amounts(BTreeMap<i64, String>),
    /// A grid's answers: the scale point chosen for each statement answered (by ids).
    Grid(BTreeMap<i64, i64>),
    /// Options chosen (sorted) including the question's "Other" option, and what was typed in
    /// its box (trimmed; `validate` says when it is empty).
    Other {
        chosen: Vec<i64>,
        text: String,
    },
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
    /// The problem in English (staff pages, logs, tests).
    pub message: String,
    /// The same problem to be written in the page's language, where it can be (a respondent's
    /// answer checks); pages show `message_in`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<super::interface_text::Message>,
}

/// Test check shared by every form's rules: a problem's message says in English exactly what
/// its English says, and is in Welsh too.
#[cfg(test)]
pub(crate) fn assert_said_in_both_languages(error: &FieldError) {
    use crate::domain::Language;
    let text = error.text.as_ref().expect("a message for every problem");
    assert_eq!(error.message_in(Language::English), error.message);
    let welsh = error.message_in(Language::Welsh);
    assert!(welsh != text.id && welsh != error.message, "{welsh}");
}

impl FieldError {
    /// Message `id` (without arguments) about the field named `field`, whose input has that id.
    pub fn said(field: &str, id: &str) -> FieldError {
        FieldError {
            text: Some(super::interface_text::Message::new(id)),
            field: field.into(),
            target_id: field.into(),
            message: super::interface_text::english(id),
        }
    }

    /// The problem as a page in `language` shows it.
    pub fn message_in(&self, language: super::Language) -> String {
        match &self.text {
            Some(text) => text.render(language),
            None => self.message.clone(),
        }
    }
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
    let mut raw: BTreeMap<i64, Vec<(&str, &str)>> = BTreeMap::new();
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
        raw.entry(question.id)
            .or_default()
            .push((name.as_str(), value.as_str()));
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
    named_values: &[(&str, &str)],
) -> Result<Option<AnswerValue>, MalformedSubmission> {
    // The values of the question's main field (not a date's boxes, nor an "Other" box).
    let main = question.field_name();
    let values: Vec<&str> = named_values
        .iter()
        .filter(|(name, _)| *name == main)
        .map(|(_, v)| *v)
        .collect();
    // What was typed in the "Other" box, if the question has one (one box, one value).
    let other_text = || -> Result<String, MalformedSubmission> {
        let name = question.other_field_name();
        let mut sent = named_values.iter().filter(|(n, _)| *n == name);
        let text = sent
            .next()
            .map(|(_, v)| normalise_text(v))
            .unwrap_or_default();
        if sent.next().is_some() {
            return Err(MalformedSubmission(format!(
                "The question \u{201c}{}\u{201d} takes one \u{201c}Other\u{201d} answer, but several \
                 were sent.",
                question.label
            )));
        }
        Ok(text)
    };
    let other_id = question.other_option().map(|o| o.id);
    let single = || -> Result<&str, MalformedSubmission> {
        match values.as_slice() {
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
        // Content blocks have no fields, so nothing reaches here for them.
        QuestionKind::Heading | QuestionKind::Paragraph => None,
        QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => {
            let text = normalise_text(single()?);
            (!text.is_empty()).then_some(AnswerValue::Text(text))
        }
        // Kept as typed when it is not valid, so `validate` can say what is wrong with it and
        // the form can show it again; tidied when it is.
        QuestionKind::Number { .. } => {
            let text = normalise_text(single()?);
            (!text.is_empty())
                .then(|| AnswerValue::Text(parse_number(&text).map_or(text, |number| number.text)))
        }
        QuestionKind::Email => {
            let text = normalise_text(single()?);
            (!text.is_empty()).then(|| AnswerValue::Text(parse_email(&text).unwrap_or(text)))
        }
        QuestionKind::UkPostcode => {
            let text = normalise_text(single()?);
            (!text.is_empty()).then(|| AnswerValue::Text(parse_uk_postcode(&text).unwrap_or(text)))
        }
        QuestionKind::Date { .. } => {
            let name = question.field_name();
            let mut parts = [String::new(), String::new(), String::new()];
            for (index, part) in super::questionnaire::DATE_PARTS.iter().enumerate() {
                let field = format!("{name}-{part}");
                let mut sent = named_values.iter().filter(|(n, _)| *n == field);
                if let Some((_, value)) = sent.next() {
                    parts[index] = normalise_text(value);
                }
                if sent.next().is_some() {
                    return Err(MalformedSubmission(format!(
                        "The question \u{201c}{}\u{201d} takes one date, but several were sent.",
                        question.label
                    )));
                }
            }
            let [day, month, year] = parts;
            (!(day.is_empty() && month.is_empty() && year.is_empty()))
                .then_some(AnswerValue::Date { day, month, year })
        }
        QuestionKind::Ranking { .. } | QuestionKind::Points { .. } => {
            let mut amounts = BTreeMap::new();
            for (name, value) in named_values {
                // The name is one of the question's own fields (`q12-o100`), so it names an option.
                let Some(id) = name
                    .rsplit_once("-o")
                    .and_then(|(_, id)| id.parse::<i64>().ok())
                else {
                    continue;
                };
                let text = normalise_text(value);
                let text = parse_number(&text).map_or(text, |number| number.text);
                if amounts.insert(id, text).is_some() {
                    return Err(MalformedSubmission(format!(
                        "An item of \u{201c}{}\u{201d} was sent twice.",
                        question.label
                    )));
                }
            }
            amounts.retain(|_, text| !text.is_empty());
            (!amounts.is_empty()).then_some(AnswerValue::Amounts(amounts))
        }
        QuestionKind::Grid { scale, .. } => {
            let mut chosen = BTreeMap::new();
            for (name, value) in named_values {
                // The name is one of the question's own fields (`q12-o100`): a statement.
                let Some(statement) = name
                    .rsplit_once("-o")
                    .and_then(|(_, id)| id.parse::<i64>().ok())
                else {
                    continue;
                };
                if value.trim().is_empty() {
                    continue;
                }
                let point = value
                    .trim()
                    .parse::<i64>()
                    .ok()
                    .filter(|id| scale.iter().any(|p| p.id == *id))
                    .ok_or_else(|| {
                        MalformedSubmission(format!(
                            "An answer to \u{201c}{}\u{201d} was not one of the points offered.",
                            question.label
                        ))
                    })?;
                if chosen.insert(statement, point).is_some() {
                    return Err(MalformedSubmission(format!(
                        "A statement of \u{201c}{}\u{201d} was answered twice.",
                        question.label
                    )));
                }
            }
            (!chosen.is_empty()).then_some(AnswerValue::Grid(chosen))
        }
        QuestionKind::SingleChoice { .. } | QuestionKind::Dropdown { .. } => {
            // No answer sends no field at all (radios), or an empty one (a drop-down).
            let value = match values.as_slice() {
                [] => "",
                _ => single()?,
            };
            if value.trim().is_empty() {
                None
            } else {
                let id = option_id(value)?;
                // The "Other" box counts only when "Other" is chosen (without JavaScript it is
                // always on the page, and may hold text from a change of mind).
                Some(if Some(id) == other_id {
                    AnswerValue::Other {
                        chosen: vec![id],
                        text: other_text()?,
                    }
                } else {
                    AnswerValue::Choice(id)
                })
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
            if ids.is_empty() {
                None
            } else if other_id.is_some_and(|other| ids.contains(&other)) {
                Some(AnswerValue::Other {
                    chosen: ids,
                    text: other_text()?,
                })
            } else {
                Some(AnswerValue::Choices(ids))
            }
        }
    })
}

/// Every rule a respondent can break, in question order (the order of the error summary), for
/// the questions on the path these answers take (`routing::path`): a required question on a
/// page routed past is not required.
pub fn validate(questionnaire: &Questionnaire, answers: &Answers) -> Vec<FieldError> {
    let path = super::routing::path(questionnaire, answers);
    validate_questions(
        path.iter()
            .flat_map(|&page| questionnaire.pages[page].questions.iter()),
        answers,
    )
}

/// The rules `questions` break with these answers, in their order (a page's own: `journey`).
pub fn validate_questions<'a>(
    questions: impl Iterator<Item = &'a Question>,
    answers: &Answers,
) -> Vec<FieldError> {
    questions
        .filter_map(|question| {
            question_error(question, answers.get(question.id)).map(|(text, target_id)| FieldError {
                field: question.field_name(),
                target_id: target_id.unwrap_or_else(|| question.first_input_id()),
                message: text.render(Language::English),
                text: Some(text),
            })
        })
        .collect()
}

/// What is wrong with one answer, and the box to point at when it is not the first.
fn question_error(
    question: &Question,
    answer: Option<&AnswerValue>,
) -> Option<(Message, Option<String>)> {
    let label = question.label.as_str();
    // A message about this question.
    let about = |id: &str| Message::new(id).text("label", label);
    let Some(answer) = answer else {
        if !question.required || question.kind.is_content() {
            return None;
        }
        let message = match question.kind {
            QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => {
                about("answer-enter-text")
            }
            QuestionKind::SingleChoice { .. } | QuestionKind::Dropdown { .. } => {
                about("answer-select-one")
            }
            QuestionKind::MultipleChoice { min_choices, .. } => match min_choices {
                Some(min) if min > 1 => about("answer-select-at-least").number("min", min),
                _ => about("answer-select-any"),
            },
            QuestionKind::Number { .. } => about("answer-enter-number"),
            QuestionKind::Date { .. } => about("answer-enter-date"),
            QuestionKind::Email => about("answer-enter-email"),
            QuestionKind::UkPostcode => about("answer-enter-postcode"),
            QuestionKind::Ranking { .. } => about("answer-rank"),
            QuestionKind::Points { .. } => about("answer-share-points"),
            QuestionKind::Grid { .. } => about("answer-grid-every"),
            QuestionKind::Heading | QuestionKind::Paragraph => return None,
        };
        return Some((message, None));
    };

    let message = match (&question.kind, answer) {
        (
            QuestionKind::ShortText { max_chars } | QuestionKind::LongText { max_chars },
            AnswerValue::Text(text),
        ) => {
            let count = char_count(text);
            let max = *max_chars as usize;
            (count > max).then(|| {
                about("answer-too-long")
                    .number("max", max)
                    .number("count", count)
            })
        }
        // How many were chosen first (multiple choice), then what the "Other" box says.
        (
            QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. },
            AnswerValue::Other { chosen, text },
        ) => {
            return question_error(question, Some(&AnswerValue::Choices(chosen.clone())))
                .or_else(|| other_error(question, text));
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
                Some(about("answer-select-at-least").number("min", min))
            } else {
                max_choices
                    .filter(|max| chosen > *max)
                    .map(|max| about("answer-select-at-most").number("max", max))
            }
        }
        (
            QuestionKind::Number {
                min, max, decimals, ..
            },
            AnswerValue::Text(text),
        ) => number_error(label, text, min.as_deref(), max.as_deref(), *decimals),
        (QuestionKind::Date { earliest, latest }, AnswerValue::Date { day, month, year }) => {
            return date_error(question, day, month, year, *earliest, *latest);
        }
        // A required grid needs every statement answered; an optional one, any of them.
        (QuestionKind::Grid { statements, scale }, AnswerValue::Grid(chosen)) => {
            let unanswered = statements
                .iter()
                .find(|s| question.required && !chosen.contains_key(&s.id))?;
            let target = scale
                .first()
                .map(|point| question.grid_input_id(unanswered, point));
            return Some((
                about("answer-grid-statement").text("statement", unanswered.label.clone()),
                target,
            ));
        }
        (QuestionKind::Ranking { options }, AnswerValue::Amounts(ranks)) => {
            return ranking_error(question, options, ranks);
        }
        (
            QuestionKind::Points {
                options,
                total,
                exact,
            },
            AnswerValue::Amounts(points),
        ) => {
            return points_error(question, options, points, *total, *exact);
        }
        (QuestionKind::Email, AnswerValue::Text(text)) => parse_email(text).is_none().then(|| {
            if text.chars().count() > MAX_EMAIL_CHARS {
                about("answer-email-too-long").number("max", MAX_EMAIL_CHARS)
            } else {
                about("answer-email-format")
            }
        }),
        (QuestionKind::UkPostcode, AnswerValue::Text(text)) => parse_uk_postcode(text)
            .is_none()
            .then(|| about("answer-postcode-format")),
        _ => None,
    };
    message.map(|m| (m, None))
}

fn number_error(
    label: &str,
    text: &str,
    min: Option<&str>,
    max: Option<&str>,
    decimals: u32,
) -> Option<Message> {
    let about = |id: &str| Message::new(id).text("label", label);
    let Some(number) = parse_number(text) else {
        return Some(if decimals == 0 {
            about("answer-whole-number")
        } else {
            about("answer-number")
        });
    };
    if number.decimals > decimals {
        return Some(match decimals {
            0 => about("answer-whole-number"),
            n => about("answer-decimal-places").number("places", n),
        });
    }
    use std::cmp::Ordering;
    let below = min.is_some_and(|min| compare_numbers(&number.text, min) == Ordering::Less);
    let above = max.is_some_and(|max| compare_numbers(&number.text, max) == Ordering::Greater);
    if !(below || above) {
        return None;
    }
    Some(match (min, max) {
        (Some(min), Some(max)) => about("answer-number-between")
            .text("min", min)
            .text("max", max),
        (Some(min), _) => about("answer-number-at-least").text("min", min),
        (_, Some(max)) => about("answer-number-at-most").text("max", max),
        (None, None) => return None,
    })
}

/// Whoever chooses "Other" says what, in a short answer.
fn other_error(question: &Question, text: &str) -> Option<(Message, Option<String>)> {
    let about = |id: &str| Message::new(id).text("label", question.label.as_str());
    let target = Some(question.other_field_name());
    let count = char_count(text);
    if text.is_empty() {
        Some((about("answer-other-empty"), target))
    } else if count > MAX_OTHER_CHARS {
        Some((
            about("answer-other-too-long")
                .number("max", MAX_OTHER_CHARS)
                .number("count", count),
            target,
        ))
    } else {
        None
    }
}

/// A rank is a whole number from 1 to the number of items.
fn read_rank(text: &str, items: usize) -> Option<usize> {
    text.parse::<usize>()
        .ok()
        .filter(|rank| (1..=items).contains(rank))
}

/// Every item ranked, each with a different rank from 1 to the number of items.
fn ranking_error(
    question: &Question,
    options: &[ChoiceOption],
    ranks: &BTreeMap<i64, String>,
) -> Option<(Message, Option<String>)> {
    let about = |id: &str| Message::new(id).text("label", question.label.as_str());
    let items = options.len();
    let mut seen: Vec<usize> = Vec::new();
    let mut unranked = None;
    for option in options {
        let at = Some(question.option_input_id(option));
        let Some(text) = ranks.get(&option.id) else {
            unranked = unranked.or(Some((option, at)));
            continue;
        };
        let Some(rank) = read_rank(text, items) else {
            return Some((
                Message::new("answer-rank-range")
                    .text("item", option.label.as_str())
                    .number("items", items),
                at,
            ));
        };
        if seen.contains(&rank) {
            return Some((about("answer-rank-twice").number("rank", rank), at));
        }
        seen.push(rank);
    }
    unranked.map(|(option, at)| {
        (
            about("answer-rank-missing").text("item", option.label.as_str()),
            at,
        )
    })
}

/// Whole numbers of points, none negative, adding up to the total (or at most it).
fn points_error(
    question: &Question,
    options: &[ChoiceOption],
    points: &BTreeMap<i64, String>,
    total: u32,
    exact: bool,
) -> Option<(Message, Option<String>)> {
    let about = |id: &str| Message::new(id).text("label", question.label.as_str());
    let mut sum: u64 = 0;
    for option in options {
        let Some(text) = points.get(&option.id) else {
            continue;
        };
        let Some(value) = read_points(text) else {
            return Some((
                Message::new("answer-points-whole").text("item", option.label.as_str()),
                Some(question.option_input_id(option)),
            ));
        };
        sum = sum.saturating_add(value);
    }
    let total = u64::from(total);
    let message = if exact && sum != total {
        about("answer-points-exact")
            .number("total", total)
            .number("sum", sum)
    } else if !exact && sum > total {
        about("answer-points-at-most")
            .number("total", total)
            .number("sum", sum)
    } else {
        return None;
    };
    Some((message, None))
}

/// Points are whole numbers of 0 or more (already tidied: "1,000" reads as "1000").
pub fn read_points(text: &str) -> Option<u64> {
    text.parse::<u64>().ok()
}

/// The points given so far in a points question's boxes, ignoring what is not a whole number
/// (the running total the form shows as people type).
pub fn points_so_far<S: AsRef<str>>(values: impl IntoIterator<Item = S>) -> u64 {
    values
        .into_iter()
        .filter_map(|text| {
            let text = normalise_text(text.as_ref());
            parse_number(&text).and_then(|number| read_points(&number.text))
        })
        .fold(0, u64::saturating_add)
}

/// The running total under a points question's boxes, in English.
pub fn points_total_text(given: u64, total: u32) -> String {
    points_total_message(given, total).render(Language::English)
}

/// The running total under a points question's boxes.
pub fn points_total_message(given: u64, total: u32) -> Message {
    let total = u64::from(total);
    let message = if given < total {
        Message::new("points-given-left").number("left", total - given)
    } else if given == total {
        Message::new("points-given-all")
    } else {
        Message::new("points-given-too-many").number("over", given - total)
    };
    message.number("given", given).number("total", total)
}

fn date_error(
    question: &Question,
    day: &str,
    month: &str,
    year: &str,
    earliest: Option<chrono::NaiveDate>,
    latest: Option<chrono::NaiveDate>,
) -> Option<(Message, Option<String>)> {
    let about = |id: &str| Message::new(id).text("label", question.label.as_str());
    let target = |part: &str| Some(format!("{}-{part}", question.field_name()));
    let date = match formats::parse_date(day, month, year) {
        Ok(date) => date,
        Err(problem) => {
            let message = match &problem {
                DateProblem::Empty => about("answer-enter-date"),
                DateProblem::Missing(parts) => {
                    about(&format!("answer-date-missing-{}", parts.join("-")))
                }
                DateProblem::ShortYear => about("answer-date-short-year"),
                DateProblem::NotReal => about("answer-date-not-real"),
            };
            return Some((message, target(problem.part())));
        }
    };
    let message = match (earliest, latest) {
        (Some(e), Some(l)) if date < e || date > l => about("answer-date-between")
            .date("earliest", e)
            .date("latest", l),
        (Some(e), _) if date < e => about("answer-date-after").date("earliest", e),
        (_, Some(l)) if date > l => about("answer-date-before").date("latest", l),
        _ => return None,
    };
    Some((message, target("day")))
}

/// One row of the `answers` table: what a valid answer is stored as. Numbers and dates also
/// keep a numeric value (dates as days from the common era), which the results read for
/// averages and ranges through an index. A rank or points carries its option and its number,
/// which adds to the option's running sum.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredAnswer {
    pub question_id: i64,
    pub option_id: Option<i64>,
    pub text: Option<String>,
    pub number: Option<f64>,
    /// A number answer: it adds to its question's running sum (a date's day number does not).
    pub summed: bool,
    /// A grid's answer to the statement `option_id`: the scale point chosen.
    pub scale_option_id: Option<i64>,
}

/// The rows a validated response is stored as, in question order.
pub fn stored_rows(questionnaire: &Questionnaire, answers: &Answers) -> Vec<StoredAnswer> {
    let mut rows = Vec::new();
    for (question_id, value) in answers.iter() {
        let kind = questionnaire.question(question_id).map(|q| &q.kind);
        let summed = matches!(kind, Some(QuestionKind::Number { .. }));
        let row =
            |option_id: Option<i64>, text: Option<String>, number: Option<f64>| StoredAnswer {
                question_id,
                option_id,
                text,
                number,
                summed: summed && number.is_some(),
                scale_option_id: None,
            };
        match value {
            AnswerValue::Text(text) => {
                let number = match kind {
                    Some(QuestionKind::Number { .. }) => parse_number(text).map(|n| n.value()),
                    _ => None,
                };
                rows.push(row(None, Some(text.clone()), number));
            }
            AnswerValue::Choice(option_id) => rows.push(row(Some(*option_id), None, None)),
            AnswerValue::Grid(chosen) => {
                for (statement, point) in chosen {
                    rows.push(StoredAnswer {
                        scale_option_id: Some(*point),
                        ..row(Some(*statement), None, None)
                    });
                }
            }
            // The "Other" option's row carries what was typed.
            AnswerValue::Other { chosen, text } => {
                let other = questionnaire
                    .question(question_id)
                    .and_then(|q| q.other_option())
                    .map(|o| o.id);
                for option_id in chosen {
                    let typed = (Some(*option_id) == other).then(|| text.clone());
                    rows.push(row(Some(*option_id), typed, None));
                }
            }
            AnswerValue::Choices(option_ids) => {
                for option_id in option_ids {
                    rows.push(row(Some(*option_id), None, None));
                }
            }
            // A value for each option: a rank, or points (an option given none is not stored).
            AnswerValue::Amounts(amounts) => {
                for (option_id, text) in amounts {
                    let number = parse_number(text).map(|n| n.value());
                    if matches!(kind, Some(QuestionKind::Points { .. })) && number == Some(0.0) {
                        continue;
                    }
                    rows.push(row(Some(*option_id), None, number));
                }
            }
            AnswerValue::Date { day, month, year } => {
                if let Ok(date) = formats::parse_date(day, month, year) {
                    use chrono::Datelike;
                    rows.push(row(
                        None,
                        Some(formats::iso_date(date)),
                        Some(f64::from(date.num_days_from_ce())),
                    ));
                }
            }
        }
    }
    rows
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
    fn every_problem_is_written_in_english_and_in_welsh() {
        let q = questionnaire();
        let errors = validate(&q, &Answers::default());
        assert!(!errors.is_empty());
        for error in &errors {
            let text = error
                .text
                .as_ref()
                .expect("a respondent's problem can be translated");
            assert_eq!(error.message_in(Language::English), error.message);
            let welsh = error.message_in(Language::Welsh);
            assert_ne!(welsh, error.message, "{welsh}");
            assert!(!welsh.contains(&text.id), "a message id shown: {welsh}");
        }
        assert_eq!(
            errors[0].message_in(Language::Welsh),
            "Rhowch ateb i \u{201c}Your views\u{201d}"
        );
        // Every date problem's message exists (their ids are made from the parts left empty).
        for parts in [
            "day",
            "month",
            "year",
            "day-month",
            "day-year",
            "month-year",
        ] {
            let id = format!("answer-date-missing-{parts}");
            for language in Language::ALL {
                let text = Message::new(&id).text("label", "When").render(language);
                assert!(text.contains("When"), "{id}: {text}");
            }
        }
        assert_eq!(
            points_total_message(98, 100).render(Language::Welsh),
            "Rydych wedi rhoi 98 o 100 pwynt: 2 bwynt ar ôl"
        );
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

    fn errors_for(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        let q = questionnaire();
        // Only the errors about page 2's questions (page 1 has required ones left unanswered).
        validate(&q, &parse_answers(&q, &fields(pairs)).unwrap())
            .into_iter()
            .filter(|e| ["q14", "q15", "q16", "q17", "q18"].contains(&e.field.as_str()))
            .map(|e| (e.target_id, e.message))
            .collect()
    }

    #[test]
    fn typed_formats_are_tidied_when_valid() {
        let q = questionnaire();
        let answers = parse_answers(
            &q,
            &fields(&[
                ("q11", "Slower"),
                ("q12", "100"),
                ("q14", "301"),
                ("q15", " 1,2 "),
                ("q16-day", " 5 "),
                ("q16-month", "11"),
                ("q16-year", "1999"),
                ("q17", " Ann@Example.ORG "),
                ("q18", "sw1a2aa"),
            ]),
        )
        .unwrap();
        assert!(validate(&q, &answers).is_empty());
        assert_eq!(answers.get(14), Some(&AnswerValue::Choice(301)));
        assert_eq!(answers.get(15), Some(&AnswerValue::Text("12".into())));
        assert_eq!(
            answers.get(17),
            Some(&AnswerValue::Text("Ann@example.org".into()))
        );
        assert_eq!(answers.get(18), Some(&AnswerValue::Text("SW1A 2AA".into())));
        let rows = stored_rows(&q, &answers);
        let row = |id: i64| rows.iter().find(|r| r.question_id == id).unwrap();
        assert_eq!(row(14).option_id, Some(301));
        assert_eq!(row(15).number, Some(12.0));
        assert_eq!(row(16).text.as_deref(), Some("1999-11-05"));
        assert_eq!(row(16).number, Some(730_063.0));
        assert_eq!(row(17).number, None);
        // A blank date, a blank drop-down: unanswered.
        let blank = parse_answers(
            &q,
            &fields(&[
                ("q14", ""),
                ("q16-day", " "),
                ("q16-month", ""),
                ("q16-year", ""),
            ]),
        )
        .unwrap();
        assert!(blank.is_empty());
    }

    #[test]
    fn numbers_keep_to_their_limits() {
        let e = |v: &str| errors_for(&[("q15", v)]);
        assert!(e("20").is_empty());
        assert_eq!(
            e("twelve"),
            [(
                "q15".into(),
                "\u{201c}People in your home\u{201d} must be a whole number, like 12".into()
            )]
        );
        assert_eq!(
            e("2.5")[0].1,
            "\u{201c}People in your home\u{201d} must be a whole number, like 12"
        );
        assert_eq!(
            e("21")[0].1,
            "\u{201c}People in your home\u{201d} must be between 1 and 20"
        );
        assert_eq!(
            e("0")[0].1,
            "\u{201c}People in your home\u{201d} must be between 1 and 20"
        );
        assert!(e("2.0").is_empty(), "2.0 is a whole number");
        let mut q = questionnaire();
        let question = q.pages[1].questions.get_mut(1).unwrap();
        question.kind = QuestionKind::Number {
            min: Some("-1.5".into()),
            max: None,
            decimals: 1,
            unit: None,
        };
        question.required = true;
        let check = |v: &str| {
            validate(&q, &parse_answers(&q, &fields(&[("q15", v)])).unwrap())
                .into_iter()
                .filter(|e| e.field == "q15")
                .map(|e| e.message)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            check("-1.55"),
            ["\u{201c}People in your home\u{201d} must have no more than 1 decimal place"]
        );
        assert_eq!(
            check("-2"),
            ["\u{201c}People in your home\u{201d} must be -1.5 or more"]
        );
        assert_eq!(
            check("abc"),
            ["\u{201c}People in your home\u{201d} must be a number, like 12 or 3.5"]
        );
        assert_eq!(
            check(""),
            ["Enter a number for \u{201c}People in your home\u{201d}"]
        );
        assert!(check("1,000,000.5").is_empty());
    }

    #[test]
    fn dates_point_at_the_box_to_fix() {
        let e = |d: &str, m: &str, y: &str| {
            errors_for(&[("q16-day", d), ("q16-month", m), ("q16-year", y)])
        };
        assert!(e("31", "12", "2026").is_empty());
        assert_eq!(
            e("1", "", ""),
            [(
                "q16-month".into(),
                "The date for \u{201c}When you moved here\u{201d} must include a month and a year"
                    .into()
            )]
        );
        assert_eq!(e("1", "2", "99")[0].0, "q16-year");
        assert_eq!(
            e("30", "2", "2000")[0],
            (
                "q16-day".into(),
                "The date for \u{201c}When you moved here\u{201d} must be a real date".into()
            )
        );
        assert_eq!(
            e("1", "1", "2027")[0].1,
            "The date for \u{201c}When you moved here\u{201d} must be between 1 January 1900 and 31 December 2026"
        );
        assert_eq!(e("31", "12", "1899")[0].0, "q16-day");
    }

    #[test]
    fn emails_and_postcodes_need_their_shape() {
        assert_eq!(
            errors_for(&[("q17", "ann at example.com")])[0].1,
            "Enter an email address in the correct format, like name@example.com, for \u{201c}Your email\u{201d}"
        );
        assert_eq!(
            errors_for(&[("q18", "SW1A")])[0],
            (
                "q18".into(),
                "Enter a full UK postcode, like SW1A 2AA, for \u{201c}Your postcode\u{201d}".into()
            )
        );
        // Kept as typed, so the form shows it again to be corrected.
        let q = questionnaire();
        let answers = parse_answers(&q, &fields(&[("q18", " sw1a ")])).unwrap();
        assert_eq!(answers.get(18), Some(&AnswerValue::Text("sw1a".into())));
    }

    #[test]
    fn forged_date_and_dropdown_fields_are_malformed() {
        let q = questionnaire();
        for bad in [
            fields(&[("q16", "2020-01-01")]),
            fields(&[("q16-day", "1"), ("q16-day", "2")]),
            fields(&[("q14", "100")]),
            fields(&[("q14", "300"), ("q14", "301")]),
            fields(&[("q15", "1"), ("q15", "2")]),
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

#[cfg(test)]
mod option_value_tests {
    use super::*;
    use crate::domain::questionnaire::{ChoiceOption, Page};

    fn questionnaire(exact: bool) -> Questionnaire {
        let options = |base: i64| -> Vec<ChoiceOption> {
            ["Parks", "Roads", "Bins"]
                .iter()
                .enumerate()
                .map(|(i, label)| ChoiceOption {
                    id: base + i as i64,
                    key: format!("o{}", base + i as i64),
                    label: label.to_string(),
                    other: false,
                    goto: None,
                })
                .collect()
        };
        let question = |id: i64, required: bool, kind: QuestionKind| Question {
            id,
            key: format!("k{id}"),
            label: format!("Question {id}"),
            hint: None,
            required,
            guidance: None,
            kind,
        };
        Questionnaire {
            version_id: 1,
            pages: vec![Page {
                id: 1,
                key: "p".into(),
                title: None,
                questions: vec![
                    question(
                        1,
                        true,
                        QuestionKind::Ranking {
                            options: options(10),
                        },
                    ),
                    question(
                        2,
                        false,
                        QuestionKind::Points {
                            options: options(20),
                            total: 100,
                            exact,
                        },
                    ),
                ],
            }],
        }
    }

    fn check(q: &Questionnaire, pairs: &[(&str, &str)]) -> Vec<String> {
        let fields: Vec<(String, String)> = pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        let answers = parse_answers(q, &fields).expect("well formed");
        validate(q, &answers)
            .into_iter()
            .map(|e| format!("{}: {}", e.target_id, e.message))
            .collect()
    }

    #[test]
    fn a_ranking_needs_every_item_ranked_once_and_is_stored_by_option() {
        let q = questionnaire(true);
        assert_eq!(
            q.question(1).unwrap().field_names(),
            ["q1-o10", "q1-o11", "q1-o12"]
        );
        assert_eq!(
            check(&q, &[]),
            ["q1-o10: Rank the items for \u{201c}Question 1\u{201d}"]
        );
        assert_eq!(
            check(&q, &[("q1-o10", "2"), ("q1-o11", ""), ("q1-o12", "1")]),
            [
                "q1-o11: Rank every item of \u{201c}Question 1\u{201d}: \u{201c}Roads\u{201d} has \
                 no rank"
            ]
        );
        assert_eq!(
            check(&q, &[("q1-o10", "2"), ("q1-o11", "1"), ("q1-o12", "2")]),
            [
                "q1-o12: Give each item of \u{201c}Question 1\u{201d} a different rank: 2 is given \
                 more than once"
            ]
        );
        for wrong in ["4", "0", "-1", "x", "1.5"] {
            assert_eq!(
                check(&q, &[("q1-o10", wrong), ("q1-o11", "1"), ("q1-o12", "2")]),
                ["q1-o10: The rank for \u{201c}Parks\u{201d} must be a number from 1 to 3"],
                "{wrong}"
            );
        }
        let fields: Vec<(String, String)> = [("q1-o10", " 3 "), ("q1-o11", "1"), ("q1-o12", "02")]
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        let answers = parse_answers(&q, &fields).unwrap();
        assert!(validate(&q, &answers).is_empty());
        let rows: Vec<(Option<i64>, Option<f64>)> = stored_rows(&q, &answers)
            .iter()
            .map(|r| (r.option_id, r.number))
            .collect();
        assert_eq!(
            rows,
            [
                (Some(10), Some(3.0)),
                (Some(11), Some(1.0)),
                (Some(12), Some(2.0))
            ]
        );
        // A field sent twice is no honest form's.
        let twice = [
            ("q1-o10".to_string(), "1".to_string()),
            ("q1-o10".into(), "2".into()),
        ];
        assert!(parse_answers(&q, &twice).is_err());
        assert!(q.question_by_field("q1-o20").is_none());
        assert!(q.question_by_field("q1").is_none());
    }

    #[test]
    fn points_must_be_whole_and_add_up_as_the_author_chose() {
        let exact = questionnaire(true);
        let ranked = [("q1-o10", "1"), ("q1-o11", "2"), ("q1-o12", "3")];
        let with = |points: &[(&'static str, &'static str)]| {
            let mut all = ranked.to_vec();
            all.extend_from_slice(points);
            all
        };
        assert!(check(&exact, &with(&[])).is_empty(), "optional");
        assert!(
            check(
                &exact,
                &with(&[("q2-o20", "60"), ("q2-o21", "40"), ("q2-o22", "")])
            )
            .is_empty()
        );
        assert_eq!(
            check(&exact, &with(&[("q2-o20", "60"), ("q2-o21", "30")])),
            [
                "q2-o20: The points for \u{201c}Question 2\u{201d} must add up to 100: they add up to 90"
            ]
        );
        assert_eq!(
            check(&exact, &with(&[("q2-o20", "60"), ("q2-o21", "-5")])),
            ["q2-o21: The points for \u{201c}Roads\u{201d} must be a whole number, like 10"]
        );
        assert_eq!(
            check(&exact, &with(&[("q2-o20", "99.5"), ("q2-o21", "0.5")])),
            ["q2-o20: The points for \u{201c}Parks\u{201d} must be a whole number, like 10"]
        );
        let at_most = questionnaire(false);
        assert!(check(&at_most, &with(&[("q2-o20", "60"), ("q2-o21", "30")])).is_empty());
        assert_eq!(
            check(&at_most, &with(&[("q2-o20", "1,000")])),
            [
                "q2-o20: The points for \u{201c}Question 2\u{201d} must add up to no more than 100: \
                 they add up to 1000"
            ]
        );
        assert_eq!(
            check(&at_most, &with(&[("q2-o20", "99999999999999999999999")])).len(),
            1,
            "too big to read is an error, not a panic"
        );
        // Options given no points store no row.
        let fields: Vec<(String, String)> = with(&[("q2-o20", "100"), ("q2-o21", "0")])
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        let answers = parse_answers(&exact, &fields).unwrap();
        let points: Vec<(Option<i64>, Option<f64>)> = stored_rows(&exact, &answers)
            .iter()
            .filter(|r| r.question_id == 2)
            .map(|r| (r.option_id, r.number))
            .collect();
        assert_eq!(points, [(Some(20), Some(100.0))]);
    }

    #[test]
    fn the_running_total_says_what_is_left_or_too_many() {
        assert_eq!(points_so_far(["10", " 1,000 ", "x", "", "-3", "2.5"]), 1010);
        assert_eq!(
            points_total_text(0, 100),
            "You have given 0 of 100 points: 100 points left"
        );
        assert_eq!(
            points_total_text(99, 100),
            "You have given 99 of 100 points: 1 point left"
        );
        assert_eq!(points_total_text(100, 100), "You have given all 100 points");
        assert_eq!(
            points_total_text(130, 100),
            "You have given 130 of 100 points: 30 points too many"
        );
    }
}

#[cfg(test)]
mod other_option_tests {
    use super::*;
    use crate::domain::questionnaire::fixtures;

    /// The fixture's questions 12 (single) and 13 (multiple, exactly 2) with "Other" at the end.
    fn questionnaire() -> Questionnaire {
        let mut q = fixtures::questionnaire();
        for question in q.pages[0].questions.iter_mut().filter(|q| q.id >= 12) {
            if let Some(options) = question.kind.options_mut() {
                let id = options.len() as i64 + question.id * 100;
                options.push(ChoiceOption {
                    id,
                    key: format!("other-{id}"),
                    label: "Other".into(),
                    other: true,
                    goto: None,
                });
            }
        }
        q
    }

    fn answers(q: &Questionnaire, pairs: &[(&str, &str)]) -> Result<Answers, MalformedSubmission> {
        let mut fields = vec![("q11".to_string(), "Views".to_string())];
        fields.extend(pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())));
        parse_answers(q, &fields)
    }

    fn errors(q: &Questionnaire, pairs: &[(&str, &str)]) -> Vec<String> {
        validate(q, &answers(q, pairs).unwrap())
            .into_iter()
            .map(|e| format!("{}: {}", e.target_id, e.message))
            .collect()
    }

    #[test]
    fn other_needs_its_box_and_the_box_counts_only_when_other_is_chosen() {
        let q = questionnaire();
        let single = q.question(12).unwrap();
        let other = single.other_option().unwrap().id.to_string();
        assert_eq!(single.field_names(), ["q12", "q12-other"]);
        assert_eq!(
            errors(&q, &[("q12", &other), ("q12-other", "  ")]),
            [
                "q12-other: Say what your \u{201c}Other\u{201d} answer to \u{201c}Do you support the proposal?\u{201d} is"
            ]
        );
        let long = "x".repeat(MAX_OTHER_CHARS + 1);
        assert_eq!(
            errors(&q, &[("q12", &other), ("q12-other", &long)]).len(),
            1
        );
        // Typed, then another option chosen: the text is dropped, not stored.
        let a = answers(&q, &[("q12", "100"), ("q12-other", "Maybe")]).unwrap();
        assert_eq!(a.get(12), Some(&AnswerValue::Choice(100)));
        let a = answers(&q, &[("q12", &other), ("q12-other", " Only at night ")]).unwrap();
        assert!(validate(&q, &a).is_empty());
        let rows: Vec<(Option<i64>, Option<String>)> = stored_rows(&q, &a)
            .into_iter()
            .filter(|r| r.question_id == 12)
            .map(|r| (r.option_id, r.text))
            .collect();
        assert_eq!(
            rows,
            [(Some(other.parse().unwrap()), Some("Only at night".into()))]
        );
        // Two boxes for one question are no honest form's.
        assert!(
            answers(
                &q,
                &[("q12", &other), ("q12-other", "a"), ("q12-other", "b")]
            )
            .is_err()
        );
        // A question without "Other" has no box.
        assert!(
            fixtures::questionnaire()
                .question_by_field("q12-other")
                .is_none()
        );
    }

    #[test]
    fn other_counts_as_one_of_the_options_picked() {
        let q = questionnaire();
        let other = q
            .question(13)
            .unwrap()
            .other_option()
            .unwrap()
            .id
            .to_string();
        assert_eq!(
            errors(
                &q,
                &[("q12", "100"), ("q13", &other), ("q13-other", "Elm Road")]
            ),
            ["q13-o200: Select at least 2 options for \u{201c}Which streets?\u{201d}"]
        );
        let a = answers(
            &q,
            &[
                ("q12", "100"),
                ("q13", "201"),
                ("q13", &other),
                ("q13-other", "Elm Road"),
            ],
        )
        .unwrap();
        assert!(validate(&q, &a).is_empty());
        let rows: Vec<(Option<i64>, Option<String>)> = stored_rows(&q, &a)
            .into_iter()
            .filter(|r| r.question_id == 13)
            .map(|r| (r.option_id, r.text))
            .collect();
        assert_eq!(
            rows,
            [
                (Some(201), None),
                (Some(other.parse().unwrap()), Some("Elm Road".into()))
            ]
        );
    }
}

#[cfg(test)]
mod grid_tests {
    use super::*;
    use crate::domain::questionnaire::Page;

    fn grid(required: bool) -> Questionnaire {
        let option = |id: i64, label: &str| ChoiceOption {
            id,
            key: format!("k{id}"),
            label: label.into(),
            other: false,
            goto: None,
        };
        Questionnaire {
            version_id: 1,
            pages: vec![Page {
                id: 1,
                key: "p".into(),
                title: None,
                questions: vec![Question {
                    id: 5,
                    key: "g".into(),
                    label: "Your views".into(),
                    hint: None,
                    required,
                    guidance: None,
                    kind: QuestionKind::Grid {
                        statements: vec![option(10, "Too fast"), option(11, "Too noisy")],
                        scale: vec![option(20, "Agree"), option(21, "Disagree")],
                    },
                }],
            }],
        }
    }

    fn parse(q: &Questionnaire, pairs: &[(&str, &str)]) -> Result<Answers, MalformedSubmission> {
        let fields: Vec<(String, String)> = pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        parse_answers(q, &fields)
    }

    #[test]
    fn a_grid_takes_one_point_a_statement_and_every_statement_when_required() {
        let q = grid(true);
        assert_eq!(
            q.questions().next().unwrap().field_names(),
            ["q5-o10", "q5-o11"]
        );
        let messages = |a: &Answers| -> Vec<String> {
            validate(&q, a)
                .into_iter()
                .map(|e| format!("{}: {}", e.target_id, e.message))
                .collect()
        };
        let none = parse(&q, &[]).unwrap();
        assert_eq!(
            messages(&none),
            ["q5-o10-p20: Select an answer for each statement of \u{201c}Your views\u{201d}"]
        );
        let half = parse(&q, &[("q5-o10", "21")]).unwrap();
        assert_eq!(
            messages(&half),
            [
                "q5-o11-p20: Select an answer for \u{201c}Too noisy\u{201d} in \u{201c}Your views\u{201d}"
            ]
        );
        // Optional: any statements may be left.
        assert!(validate(&grid(false), &half).is_empty());
        let all = parse(&q, &[("q5-o10", "21"), ("q5-o11", " 20 ")]).unwrap();
        assert!(messages(&all).is_empty());
        let rows: Vec<(Option<i64>, Option<i64>)> = stored_rows(&q, &all)
            .iter()
            .map(|r| (r.option_id, r.scale_option_id))
            .collect();
        assert_eq!(rows, [(Some(10), Some(21)), (Some(11), Some(20))]);
        // A point not offered, a statement answered twice, or another question's name: forged.
        assert!(parse(&q, &[("q5-o10", "10")]).is_err());
        assert!(parse(&q, &[("q5-o10", "20"), ("q5-o10", "21")]).is_err());
        assert!(parse(&q, &[("q5-o12", "20")]).is_err());
        assert!(parse(&q, &[("q5", "20")]).is_err());
    }
}
