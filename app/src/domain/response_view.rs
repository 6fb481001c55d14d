//! One stored response read back as people wrote it: for each question of the version it
//! answered, the answer in words (an option's label, a date as the UK writes it, a ranking in
//! order), from the answer rows it was stored as (`answers::stored_rows`).

use serde::{Deserialize, Serialize};

use super::Language;
use super::formats;
use super::interface_text::text_with;
use super::questionnaire::{QuestionKind, Questionnaire};
use super::welsh_content::option_target;

/// An answer row as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredRow {
    pub question_id: i64,
    pub option_id: Option<i64>,
    pub text: Option<String>,
    pub number: Option<f64>,
    pub scale_option_id: Option<i64>,
}

/// A row as it would be stored (for answers not stored yet: "Check your answers").
impl From<super::answers::StoredAnswer> for StoredRow {
    fn from(row: super::answers::StoredAnswer) -> Self {
        StoredRow {
            question_id: row.question_id,
            option_id: row.option_id,
            text: row.text,
            number: row.number,
            scale_option_id: row.scale_option_id,
        }
    }
}

/// A question and what the response said to it: one line per part (each option chosen, each
/// ranked item, each statement of a grid); no lines when it was not answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnsweredQuestion {
    pub number: usize,
    pub label: String,
    pub lines: Vec<AnswerLine>,
}

/// One line of an answer, in parts: the consultation's own words (an option's label, named by
/// its Welsh target, `welsh_content::option_target`) and everything else (the respondent's
/// words, a rank, a number), so a Welsh page can mark just the parts still in English.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerLine(pub Vec<LinePart>);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LinePart {
    pub text: String,
    /// The consultation text this part quotes, when it quotes one.
    pub quotes: Option<String>,
}

impl AnswerLine {
    /// A line of words that quote nothing of the consultation's.
    pub fn plain(text: impl Into<String>) -> Self {
        AnswerLine(vec![LinePart {
            text: text.into(),
            quotes: None,
        }])
    }

    fn quoting(question_key: &str, option_key: &str, label: &str) -> LinePart {
        LinePart {
            text: label.to_string(),
            quotes: Some(option_target(question_key, option_key)),
        }
    }

    fn words(text: impl Into<String>) -> LinePart {
        LinePart {
            text: text.into(),
            quotes: None,
        }
    }
}

/// A line is equal to the words it reads as (tests and checks compare lines with text).
impl PartialEq<&str> for AnswerLine {
    fn eq(&self, text: &&str) -> bool {
        // Part by part, without writing the line out.
        let mut rest = *text;
        self.0
            .iter()
            .all(|part| match rest.strip_prefix(part.text.as_str()) {
                Some(after) => {
                    rest = after;
                    true
                }
                None => false,
            })
            && rest.is_empty()
    }
}

impl PartialEq<String> for AnswerLine {
    fn eq(&self, text: &String) -> bool {
        *self == text.as_str()
    }
}

impl std::fmt::Display for AnswerLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.iter().try_for_each(|part| f.write_str(&part.text))
    }
}

/// Every question of `questionnaire` (headings and paragraphs left out), numbered as the
/// results number them, with what `rows` answered, in English (staff pages).
pub fn answered_questions(
    questionnaire: &Questionnaire,
    rows: &[StoredRow],
) -> Vec<AnsweredQuestion> {
    answered_questions_in(Language::English, questionnaire, rows)
}

/// As `answered_questions`, with dates and points written in `language` (the option labels are
/// whatever `questionnaire` holds: Welsh where `translation::service::questionnaire_in` put it).
pub fn answered_questions_in(
    language: Language,
    questionnaire: &Questionnaire,
    rows: &[StoredRow],
) -> Vec<AnsweredQuestion> {
    questionnaire
        .questions()
        .filter(|q| !q.kind.is_content())
        .enumerate()
        .map(|(index, question)| {
            let mine: Vec<&StoredRow> = rows
                .iter()
                .filter(|r| r.question_id == question.id)
                .collect();
            let key = question.key.as_str();
            let quoted = |id: Option<i64>| {
                id.and_then(|id| question.option(id))
                    .map(|o| AnswerLine::quoting(key, &o.key, &o.label))
            };
            let lines = match &question.kind {
                QuestionKind::SingleChoice { options }
                | QuestionKind::MultipleChoice { options, .. }
                | QuestionKind::Dropdown { options } => options
                    .iter()
                    .filter_map(|option| {
                        let row = mine.iter().find(|r| r.option_id == Some(option.id))?;
                        let mut parts = vec![AnswerLine::quoting(key, &option.key, &option.label)];
                        if let Some(typed) = row.text.as_ref().filter(|_| option.other) {
                            parts.push(AnswerLine::words(format!(": {typed}")));
                        }
                        Some(AnswerLine(parts))
                    })
                    .collect(),
                QuestionKind::Ranking { .. } => {
                    let mut ranked: Vec<(f64, LinePart)> = mine
                        .iter()
                        .filter_map(|r| Some((r.number?, quoted(r.option_id)?)))
                        .collect();
                    ranked.sort_by(|a, b| a.0.total_cmp(&b.0));
                    ranked
                        .into_iter()
                        .map(|(rank, item)| {
                            AnswerLine(vec![
                                AnswerLine::words(format!("{}. ", formats::format_number(rank))),
                                item,
                            ])
                        })
                        .collect()
                }
                QuestionKind::Points { options, .. } => options
                    .iter()
                    .filter_map(|option| {
                        let row = mine.iter().find(|r| r.option_id == Some(option.id))?;
                        let points = row.number?;
                        Some(AnswerLine(vec![
                            AnswerLine::quoting(key, &option.key, &option.label),
                            AnswerLine::words(format!(
                                ": {}",
                                text_with(language, "points-given", &[("count", points.into())])
                            )),
                        ]))
                    })
                    .collect(),
                QuestionKind::Grid { statements, scale } => statements
                    .iter()
                    .filter_map(|statement| {
                        let row = mine.iter().find(|r| r.option_id == Some(statement.id))?;
                        let point = scale.iter().find(|p| Some(p.id) == row.scale_option_id)?;
                        Some(AnswerLine(vec![
                            AnswerLine::quoting(key, &statement.key, &statement.label),
                            AnswerLine::words(": "),
                            AnswerLine::quoting(key, &point.key, &point.label),
                        ]))
                    })
                    .collect(),
                QuestionKind::Date { .. } => mine
                    .iter()
                    .filter_map(|r| r.text.as_deref())
                    .map(|iso| {
                        AnswerLine::plain(
                            chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
                                .map(|date| super::uk_time::format_calendar_date_in(language, date))
                                .unwrap_or_else(|_| iso.to_string()),
                        )
                    })
                    .collect(),
                _ => mine
                    .iter()
                    .filter_map(|r| r.text.clone())
                    .map(AnswerLine::plain)
                    .collect(),
            };
            AnsweredQuestion {
                number: index + 1,
                label: question.label.clone(),
                lines,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::{ChoiceOption, Page, Question};

    fn option(id: i64, label: &str, other: bool) -> ChoiceOption {
        ChoiceOption {
            id,
            key: format!("o{id}"),
            label: label.into(),
            other,
            goto: None,
        }
    }

    fn question(id: i64, label: &str, kind: QuestionKind) -> Question {
        Question {
            id,
            key: format!("k{id}"),
            label: label.into(),
            hint: None,
            required: false,
            guidance: None,
            kind,
        }
    }

    fn row(
        question_id: i64,
        option_id: Option<i64>,
        text: Option<&str>,
        number: Option<f64>,
    ) -> StoredRow {
        StoredRow {
            question_id,
            option_id,
            text: text.map(Into::into),
            number,
            scale_option_id: None,
        }
    }

    #[test]
    fn every_kind_reads_back_in_words() {
        let questionnaire = Questionnaire {
            version_id: 1,
            pages: vec![Page {
                id: 1,
                key: "p".into(),
                title: None,
                questions: vec![
                    question(
                        1,
                        "Support?",
                        QuestionKind::SingleChoice {
                            options: vec![option(10, "Yes", false), option(11, "No", false)],
                        },
                    ),
                    question(2, "Heading", QuestionKind::Heading),
                    question(
                        3,
                        "Where?",
                        QuestionKind::MultipleChoice {
                            options: vec![
                                option(20, "Schools", false),
                                option(21, "Parks", false),
                                option(22, "Other", true),
                            ],
                            min_choices: None,
                            max_choices: None,
                        },
                    ),
                    question(
                        4,
                        "Rank",
                        QuestionKind::Ranking {
                            options: vec![option(30, "Bins", false), option(31, "Roads", false)],
                        },
                    ),
                    question(
                        5,
                        "Share",
                        QuestionKind::Points {
                            options: vec![option(40, "Signs", false), option(41, "Cameras", false)],
                            total: 10,
                            exact: true,
                        },
                    ),
                    question(
                        6,
                        "Agree?",
                        QuestionKind::Grid {
                            statements: vec![option(50, "Too fast", false)],
                            scale: vec![option(60, "Agree", false), option(61, "Disagree", false)],
                        },
                    ),
                    question(
                        7,
                        "Since",
                        QuestionKind::Date {
                            earliest: None,
                            latest: None,
                        },
                    ),
                    question(8, "Why?", QuestionKind::LongText { max_chars: 100 }),
                    question(9, "Unanswered", QuestionKind::ShortText { max_chars: 10 }),
                ],
            }],
        };
        let rows = vec![
            row(1, Some(11), None, None),
            row(3, Some(22), Some("By the <b>station</b>"), None),
            row(3, Some(20), None, None),
            row(4, Some(30), None, Some(2.0)),
            row(4, Some(31), None, Some(1.0)),
            row(5, Some(41), None, Some(1.0)),
            row(5, Some(40), None, Some(9.0)),
            StoredRow {
                scale_option_id: Some(61),
                ..row(6, Some(50), None, None)
            },
            row(7, None, Some("2019-03-05"), Some(737123.0)),
            row(8, None, Some("Because"), None),
            row(99, None, Some("another questionnaire's"), None),
        ];
        let answered = answered_questions(&questionnaire, &rows);
        let read: Vec<(usize, &str, Vec<String>)> = answered
            .iter()
            .map(|a| {
                (
                    a.number,
                    a.label.as_str(),
                    a.lines.iter().map(ToString::to_string).collect(),
                )
            })
            .collect();
        let expected: Vec<(usize, &str, Vec<&str>)> = vec![
            (1, "Support?", vec!["No"]),
            (2, "Where?", vec!["Schools", "Other: By the <b>station</b>"]),
            (3, "Rank", vec!["1. Roads", "2. Bins"]),
            (4, "Share", vec!["Signs: 9 points", "Cameras: 1 point"]),
            (5, "Agree?", vec!["Too fast: Disagree"]),
            (6, "Since", vec!["5 March 2019"]),
            (7, "Why?", vec!["Because"]),
            (8, "Unanswered", vec![]),
        ];
        assert_eq!(read.len(), expected.len());
        for (got, want) in read.iter().zip(&expected) {
            assert_eq!((got.0, got.1), (want.0, want.1));
            assert_eq!(got.2, want.2);
        }

        // In Welsh: the dates and points are Welsh, and each option label is a part of its own,
        // named by its Welsh target, so a Welsh page marks only the labels still in English.
        let welsh = answered_questions_in(Language::Welsh, &questionnaire, &rows);
        assert_eq!(welsh[5].lines[0].to_string(), "5 Mawrth 2019");
        assert_eq!(welsh[3].lines[1].to_string(), "Cameras: 1 pwynt");
        let grid = &welsh[4].lines[0].0;
        let quoted: Vec<Option<&str>> = grid.iter().map(|part| part.quotes.as_deref()).collect();
        assert_eq!(quoted, [Some("option.k6.o50"), None, Some("option.k6.o61")]);
        let other = &welsh[1].lines[1].0;
        assert_eq!(other[0].quotes.as_deref(), Some("option.k3.o22"));
        assert_eq!(
            (other[1].text.as_str(), other[1].quotes.as_deref()),
            (": By the <b>station</b>", None),
            "the respondent's own words are theirs, in whatever language they wrote"
        );
    }
}
