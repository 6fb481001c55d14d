//! One stored response read back as people wrote it: for each question of the version it
//! answered, the answer in words (an option's label, a date as the UK writes it, a ranking in
//! order), from the answer rows it was stored as (`answers::stored_rows`).

use serde::{Deserialize, Serialize};

use super::formats;
use super::questionnaire::{QuestionKind, Questionnaire};

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
    pub lines: Vec<String>,
}

/// Every question of `questionnaire` (headings and paragraphs left out), numbered as the
/// results number them, with what `rows` answered.
pub fn answered_questions(
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
            let option_label = |id: Option<i64>| {
                id.and_then(|id| question.option(id))
                    .map(|o| o.label.clone())
                    .unwrap_or_default()
            };
            let lines = match &question.kind {
                QuestionKind::SingleChoice { options }
                | QuestionKind::MultipleChoice { options, .. }
                | QuestionKind::Dropdown { options } => options
                    .iter()
                    .filter_map(|option| {
                        let row = mine.iter().find(|r| r.option_id == Some(option.id))?;
                        Some(match &row.text {
                            Some(typed) if option.other => format!("{}: {typed}", option.label),
                            _ => option.label.clone(),
                        })
                    })
                    .collect(),
                QuestionKind::Ranking { .. } => {
                    let mut ranked: Vec<(f64, String)> = mine
                        .iter()
                        .filter_map(|r| Some((r.number?, option_label(r.option_id))))
                        .collect();
                    ranked.sort_by(|a, b| a.0.total_cmp(&b.0));
                    ranked
                        .into_iter()
                        .map(|(rank, item)| format!("{}. {item}", formats::format_number(rank)))
                        .collect()
                }
                QuestionKind::Points { options, .. } => options
                    .iter()
                    .filter_map(|option| {
                        let row = mine.iter().find(|r| r.option_id == Some(option.id))?;
                        let points = row.number?;
                        Some(format!(
                            "{}: {} {}",
                            option.label,
                            formats::format_number(points),
                            if points == 1.0 { "point" } else { "points" }
                        ))
                    })
                    .collect(),
                QuestionKind::Grid { statements, scale } => statements
                    .iter()
                    .filter_map(|statement| {
                        let row = mine.iter().find(|r| r.option_id == Some(statement.id))?;
                        let point = scale.iter().find(|p| Some(p.id) == row.scale_option_id)?;
                        Some(format!("{}: {}", statement.label, point.label))
                    })
                    .collect(),
                QuestionKind::Date { .. } => mine
                    .iter()
                    .filter_map(|r| r.text.as_deref())
                    .map(|iso| {
                        chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
                            .map(formats::format_date)
                            .unwrap_or_else(|_| iso.to_string())
                    })
                    .collect(),
                _ => mine.iter().filter_map(|r| r.text.clone()).collect(),
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
        let read: Vec<(usize, &str, Vec<&str>)> = answered
            .iter()
            .map(|a| {
                (
                    a.number,
                    a.label.as_str(),
                    a.lines.iter().map(String::as_str).collect(),
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
            assert_eq!(got, want);
        }
    }
}
