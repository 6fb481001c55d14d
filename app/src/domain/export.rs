//! What an export of responses holds: its columns (from every published version's questions,
//! merged by stable key) and each response's row, as cells; and how a cell is written in CSV
//! (RFC 4180, formula injection neutralised). Pure: the service feeds it stored answers.

use std::collections::HashMap;

pub use super::answers::StoredAnswer;
use super::formats::{format_number, iso_date};
use super::questionnaire::{Question, QuestionKind, Questionnaire};

/// One cell of an exported row.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    /// Typed by a respondent, or a label: written as text, never as a formula.
    Text(String),
    Number(f64),
}

/// What a column shows for each response.
#[derive(Clone, Debug, PartialEq)]
enum Source {
    /// Text, email, postcode: as typed. Number: the number. Date: the ISO date.
    Answer { question: String },
    /// Single choice, drop-down: the chosen option's label.
    Choice { question: String },
    /// Multiple choice: "Yes" when this option was chosen.
    Chosen { question: String, option: String },
    /// The words typed in the "Other" box.
    Other { question: String },
    /// Grid: the point chosen for this statement.
    Cell { question: String, statement: String },
    /// Ranking: the item's rank. Points: the option's points.
    Value { question: String, option: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub header: String,
    source: Source,
}

/// A question as the questions sheet describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionNote {
    pub number: usize,
    pub label: String,
    pub kind: String,
    /// "1, 2, 3": the versions that asked it.
    pub versions: String,
    /// The columns that hold its answers.
    pub columns: String,
}

/// Stable keys of a stored answer's question and option ids, across every version.
#[derive(Default)]
struct Keys {
    /// Question id → (question key, kind).
    questions: HashMap<i64, (String, QuestionKind)>,
    /// Option id → (option key, label, whether it is "Other").
    options: HashMap<i64, (String, String, bool)>,
}

/// The columns of an export and how to fill them.
pub struct ExportPlan {
    pub columns: Vec<Column>,
    pub notes: Vec<QuestionNote>,
    keys: Keys,
    /// Keys of date questions (their day numbers are written as dates).
    dates: std::collections::HashSet<String>,
}

/// The fixed columns every row starts with.
pub const LEADING: [&str; 4] = ["Reference", "Submitted (UK time)", "Channel", "Version"];

impl ExportPlan {
    /// `versions`: (version number, questionnaire), any order. Questions take the newest
    /// version's wording and order, then those only older versions asked; options likewise.
    pub fn new(versions: &[(i32, &Questionnaire)]) -> ExportPlan {
        let mut ordered: Vec<&(i32, &Questionnaire)> = versions.iter().collect();
        ordered.sort_by_key(|(number, _)| std::cmp::Reverse(*number));
        let mut keys = Keys::default();
        // Question key → (newest wording, every option by key in order, versions asking it).
        let mut merged: Vec<(Question, Vec<i32>)> = Vec::new();
        for (number, questionnaire) in &ordered {
            for question in questionnaire.questions().filter(|q| !q.kind.is_content()) {
                keys.questions
                    .insert(question.id, (question.key.clone(), question.kind.clone()));
                for option in question.kind.options().iter().chain(question.kind.scale()) {
                    keys.options.insert(
                        option.id,
                        (option.key.clone(), option.label.clone(), option.other),
                    );
                }
                match merged.iter_mut().find(|(q, _)| q.key == question.key) {
                    Some((newest, asked)) => {
                        asked.push(*number);
                        // Options only an older version had still get their columns.
                        if let (Some(into), from) =
                            (newest.kind.options_mut(), question.kind.options())
                        {
                            for option in from {
                                if !into.iter().any(|o| o.key == option.key) {
                                    into.push(option.clone());
                                }
                            }
                        }
                    }
                    None => merged.push((question.clone(), vec![*number])),
                }
            }
        }
        let mut columns = Vec::new();
        let mut notes = Vec::new();
        for (index, (question, mut asked)) in merged.into_iter().enumerate() {
            let number = index + 1;
            let key = question.key.clone();
            let head = format!("Q{number}");
            let first = columns.len();
            let mut push = |header: String, source: Source| columns.push(Column { header, source });
            match &question.kind {
                QuestionKind::SingleChoice { options } | QuestionKind::Dropdown { options } => {
                    push(
                        format!("{head} {}", question.label),
                        Source::Choice {
                            question: key.clone(),
                        },
                    );
                    if options.iter().any(|o| o.other) {
                        push(
                            format!("{head} {} (other, in their words)", question.label),
                            Source::Other { question: key },
                        );
                    }
                }
                QuestionKind::MultipleChoice { options, .. } => {
                    for option in options {
                        push(
                            format!("{head} {}: {}", question.label, option.label),
                            Source::Chosen {
                                question: key.clone(),
                                option: option.key.clone(),
                            },
                        );
                    }
                    if options.iter().any(|o| o.other) {
                        push(
                            format!("{head} {} (other, in their words)", question.label),
                            Source::Other { question: key },
                        );
                    }
                }
                QuestionKind::Grid { statements, .. } => {
                    for statement in statements {
                        push(
                            format!("{head} {}: {}", question.label, statement.label),
                            Source::Cell {
                                question: key.clone(),
                                statement: statement.key.clone(),
                            },
                        );
                    }
                }
                QuestionKind::Ranking { options } | QuestionKind::Points { options, .. } => {
                    let what = if matches!(question.kind, QuestionKind::Ranking { .. }) {
                        "rank"
                    } else {
                        "points"
                    };
                    for option in options {
                        push(
                            format!("{head} {}: {} ({what})", question.label, option.label),
                            Source::Value {
                                question: key.clone(),
                                option: option.key.clone(),
                            },
                        );
                    }
                }
                _ => push(
                    format!("{head} {}", question.label),
                    Source::Answer { question: key },
                ),
            }
            let spreadsheet_columns = |i: usize| column_name(LEADING.len() + i);
            asked.sort_unstable();
            notes.push(QuestionNote {
                number,
                label: question.label.clone(),
                kind: question.kind.label().to_string(),
                versions: asked
                    .iter()
                    .map(i32::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                columns: if columns.len() - first == 1 {
                    spreadsheet_columns(first)
                } else {
                    format!(
                        "{} to {}",
                        spreadsheet_columns(first),
                        spreadsheet_columns(columns.len() - 1)
                    )
                },
            });
        }
        let dates = keys
            .questions
            .values()
            .filter(|(_, kind)| matches!(kind, QuestionKind::Date { .. }))
            .map(|(key, _)| key.clone())
            .collect();
        ExportPlan {
            columns,
            notes,
            keys,
            dates,
        }
    }

    /// Every header: the leading columns, then the questions'.
    pub fn headers(&self) -> Vec<String> {
        LEADING
            .iter()
            .map(|h| h.to_string())
            .chain(self.columns.iter().map(|c| c.header.clone()))
            .collect()
    }

    /// A response's cells for the question columns, from its stored answers. A question it was
    /// not asked (routed past, or not in its version) or did not answer is empty.
    pub fn row(&self, answers: &[StoredAnswer]) -> Vec<Cell> {
        // (question key, option key or "") → the answer rows given.
        let mut given: HashMap<(&str, &str), Vec<&StoredAnswer>> = HashMap::new();
        for answer in answers {
            let Some((question, _)) = self.keys.questions.get(&answer.question_id) else {
                continue;
            };
            let option = answer
                .option_id
                .and_then(|id| self.keys.options.get(&id))
                .map_or("", |(key, _, _)| key.as_str());
            given
                .entry((question.as_str(), option))
                .or_default()
                .push(answer);
            if option.is_empty() {
                continue;
            }
            // Choice columns look answers up by question alone too.
            given
                .entry((question.as_str(), ""))
                .or_default()
                .push(answer);
        }
        let label = |id: Option<i64>| {
            id.and_then(|id| self.keys.options.get(&id))
                .map_or(Cell::Empty, |(_, label, _)| Cell::Text(label.clone()))
        };
        self.columns
            .iter()
            .map(|column| match &column.source {
                Source::Answer { question } => {
                    let Some(answer) = given.get(&(question.as_str(), "")).and_then(|a| a.first())
                    else {
                        return Cell::Empty;
                    };
                    match (self.dates.contains(question), answer.number, &answer.text) {
                        (true, Some(day), _) => {
                            chrono::NaiveDate::from_num_days_from_ce_opt(day as i32)
                                .map_or(Cell::Empty, |d| Cell::Text(iso_date(d)))
                        }
                        (_, Some(number), _) => Cell::Number(number),
                        (_, None, Some(text)) => Cell::Text(text.clone()),
                        _ => Cell::Empty,
                    }
                }
                Source::Choice { question } => given
                    .get(&(question.as_str(), ""))
                    .and_then(|a| a.first())
                    .map_or(Cell::Empty, |a| label(a.option_id)),
                Source::Chosen { question, option } => {
                    if given.contains_key(&(question.as_str(), option.as_str())) {
                        Cell::Text("Yes".into())
                    } else {
                        Cell::Empty
                    }
                }
                Source::Other { question } => given
                    .get(&(question.as_str(), ""))
                    .into_iter()
                    .flatten()
                    .find(|a| {
                        a.option_id
                            .and_then(|id| self.keys.options.get(&id))
                            .is_some_and(|(_, _, other)| *other)
                    })
                    .and_then(|a| a.text.clone())
                    .map_or(Cell::Empty, Cell::Text),
                Source::Cell {
                    question,
                    statement,
                } => given
                    .get(&(question.as_str(), statement.as_str()))
                    .and_then(|a| a.first())
                    .map_or(Cell::Empty, |a| label(a.scale_option_id)),
                Source::Value { question, option } => given
                    .get(&(question.as_str(), option.as_str()))
                    .and_then(|a| a.first())
                    .and_then(|a| a.number)
                    .map_or(Cell::Empty, Cell::Number),
            })
            .collect()
    }
}

/// A spreadsheet's name for the column at `index` (0 → A, 26 → AA).
pub fn column_name(index: usize) -> String {
    let mut n = index + 1;
    let mut name = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        name.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// Text that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first)
/// gets a leading apostrophe, as OWASP advises: shown as typed, never run.
pub fn neutralise_formula(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Appends one CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes
/// doubled.
pub fn push_csv_field(line: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        line.push('"');
        line.push_str(&field.replace('"', "\"\""));
        line.push('"');
    } else {
        line.push_str(field);
    }
}

/// One CSV record: text cells neutralised, numbers as numbers, ended by CRLF.
pub fn csv_record(cells: impl IntoIterator<Item = Cell>) -> String {
    let mut line = String::new();
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        match cell {
            Cell::Empty => {}
            Cell::Text(text) => push_csv_field(&mut line, &neutralise_formula(&text)),
            Cell::Number(n) => line.push_str(&format_number(n).replace(',', "")),
        }
    }
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_neutralised() {
        assert_eq!(
            csv_record([
                Cell::Text("plain".into()),
                Cell::Text("a, b".into()),
                Cell::Text("say \"hi\"".into()),
                Cell::Text("two\nlines".into()),
                Cell::Empty,
                Cell::Number(-3.5),
                Cell::Text("=HYPERLINK(\"x\")".into()),
                Cell::Text("+1".into()),
                Cell::Text("@SUM(A1)".into()),
                Cell::Text("-2".into()),
                Cell::Number(1234567.0),
            ]),
            "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",,-3.5,\"'=HYPERLINK(\"\"x\"\")\",'+1,'@SUM(A1),'-2,1234567\r\n"
        );
    }

    use chrono::Datelike;

    use crate::domain::questionnaire::{ChoiceOption, fixtures};

    /// Version 1 is the fixture; version 2 renumbers every id, drops the email question and
    /// adds a street.
    fn two_versions() -> (Questionnaire, Questionnaire) {
        let first = fixtures::questionnaire();
        let mut second = first.clone();
        for page in &mut second.pages {
            page.questions.retain(|q| q.key != "email");
            for question in &mut page.questions {
                question.id += 1000;
                if question.key == "streets"
                    && let Some(options) = question.kind.options_mut()
                {
                    options.push(ChoiceOption {
                        id: 203,
                        key: "opt-203".into(),
                        label: "Bridge Road".into(),
                        other: false,
                        goto: None,
                    });
                }
                if let Some(options) = question.kind.options_mut() {
                    for option in options {
                        option.id += 1000;
                    }
                }
            }
        }
        (first, second)
    }

    fn answer(
        question_id: i64,
        option_id: Option<i64>,
        text: Option<&str>,
        number: Option<f64>,
    ) -> StoredAnswer {
        StoredAnswer {
            question_id,
            option_id,
            text: text.map(String::from),
            number,
            summed: false,
            scale_option_id: None,
        }
    }

    #[test]
    fn every_version_s_questions_have_columns_and_rows_fill_them_by_key() {
        let (first, second) = two_versions();
        let plan = ExportPlan::new(&[(1, &first), (2, &second)]);
        let headers = plan.headers();
        assert_eq!(headers[..4], LEADING.map(String::from));
        let at = |header: &str| {
            headers
                .iter()
                .position(|h| h == header)
                .unwrap_or_else(|| panic!("no {header} in {headers:?}"))
                - LEADING.len()
        };
        // The newest version's order; its new option; the question only version 1 asked, last.
        assert_eq!(headers[4], "Q1 Your name");
        let bridge = at("Q4 Which streets?: Bridge Road");
        let email = at("Q9 Your email");
        assert_eq!(email, plan.columns.len() - 1);
        let note = plan.notes.iter().find(|n| n.label == "Your email").unwrap();
        assert_eq!(note.versions, "1");
        let streets = plan
            .notes
            .iter()
            .find(|n| n.label == "Which streets?")
            .unwrap();
        assert_eq!(
            (streets.versions.as_str(), streets.columns.as_str()),
            ("1, 2", "H to K")
        );

        // A version 1 response: every kind by its version-1 ids.
        let day = chrono::NaiveDate::from_ymd_opt(2020, 3, 1).unwrap();
        let row = plan.row(&[
            answer(10, None, Some("=cmd|' /C calc'!A0"), None),
            answer(12, Some(101), None, None),
            answer(13, Some(200), None, None),
            answer(13, Some(202), None, None),
            answer(15, None, None, Some(3.0)),
            answer(16, None, None, Some(f64::from(day.num_days_from_ce()))),
            answer(17, None, Some("a@example.com"), None),
        ]);
        assert_eq!(row.len(), plan.columns.len());
        assert_eq!(
            row[at("Q1 Your name")],
            Cell::Text("=cmd|' /C calc'!A0".into())
        );
        assert_eq!(row[at("Q2 Your views")], Cell::Empty);
        assert_eq!(
            row[at("Q3 Do you support the proposal?")],
            Cell::Text("No".into())
        );
        assert_eq!(
            row[at("Q4 Which streets?: High Street")],
            Cell::Text("Yes".into())
        );
        assert_eq!(row[at("Q4 Which streets?: Mill Lane")], Cell::Empty);
        assert_eq!(
            row[at("Q4 Which streets?: Station Road")],
            Cell::Text("Yes".into())
        );
        assert_eq!(row[bridge], Cell::Empty);
        assert_eq!(row[at("Q5 Your ward")], Cell::Empty);
        assert_eq!(row[at("Q6 People in your home")], Cell::Number(3.0));
        assert_eq!(
            row[at("Q7 When you moved here")],
            Cell::Text("2020-03-01".into())
        );
        assert_eq!(row[email], Cell::Text("a@example.com".into()));
        // In CSV the formula-like name is neutralised; the number stays a number.
        let csv = csv_record(row);
        assert!(
            csv.starts_with("'=cmd|' /C calc'!A0,,No,Yes,,Yes,,,3,2020-03-01,"),
            "{csv}"
        );

        // A version 2 response, by its own ids: the same columns.
        let row = plan.row(&[
            answer(1012, Some(1100), None, None),
            answer(1013, Some(1203), None, None),
        ]);
        assert_eq!(
            row[at("Q3 Do you support the proposal?")],
            Cell::Text("Yes".into())
        );
        assert_eq!(row[bridge], Cell::Text("Yes".into()));
        assert_eq!(row[email], Cell::Empty);
    }

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
    }
}
