//! Filters over a consultation's results and the cross-tab of two choice questions: what the
//! page's address asks for, checked against what the consultation has, and the percentages of a
//! cross-tab. Pure, so the same rules hold in tests, the server and (for the form) the browser.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::answers::FieldError;
use super::formats::{iso_date, parse_iso_date};
use super::interface_text::Message;
use super::language::Language;

/// The most characters of a filter value the page reads.
pub const MAX_VALUE_CHARS: usize = 100;

/// How many answer filters the dashboard takes at once.
pub const ANSWER_FILTERS: usize = 3;

/// The filter as it arrives in the page's address: each field as typed or chosen, possibly
/// empty. Kept as given so the form shows it back, mistakes included.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilterQuery {
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub channel: String,
    #[serde(default)]
    pub version: String,
    /// Up to `ANSWER_FILTERS` answers, each `question key.option key` (empty: any answer).
    #[serde(default)]
    pub answers: Vec<String>,
    /// The cross-tab's two questions, by key (empty: none chosen).
    #[serde(default)]
    pub rows: String,
    #[serde(default)]
    pub columns: String,
}

impl FilterQuery {
    /// The filter and cross-tab named in an address, by a lookup of its query parameters
    /// (`from`, `to`, `channel`, `version`, `answer1..3`, `rows`, `columns`).
    /// Values are shown back in the form: control characters are dropped and each is cut to
    /// `MAX_VALUE_CHARS` (no real date, channel, version or key comes near it).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> FilterQuery {
        let get = |name: &str| {
            get(name)
                .unwrap_or_default()
                .chars()
                .filter(|c| !c.is_control())
                .take(MAX_VALUE_CHARS)
                .collect::<String>()
        };
        FilterQuery {
            from: get("from"),
            to: get("to"),
            channel: get("channel"),
            version: get("version"),
            answers: (1..=ANSWER_FILTERS)
                .map(|i| get(&format!("answer{i}")))
                .collect(),
            rows: get("rows"),
            columns: get("columns"),
        }
    }

    /// The filter's and cross-tab's named values that are set, trimmed, in the address's order:
    /// the fields a form carries to ask for the same view.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, &str)> = vec![
            ("from", &self.from),
            ("to", &self.to),
            ("channel", &self.channel),
            ("version", &self.version),
        ];
        let names = ["answer1", "answer2", "answer3"];
        for (name, value) in names.iter().zip(&self.answers) {
            pairs.push((name, value));
        }
        pairs.push(("rows", &self.rows));
        pairs.push(("columns", &self.columns));
        pairs
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (k, v.trim().to_string()))
            .collect()
    }

    /// The address's query string for this filter and cross-tab, `?`-led, or empty.
    pub fn to_query_string(&self) -> String {
        let encoded: Vec<String> = self
            .pairs()
            .into_iter()
            .map(|(k, v)| format!("{k}={}", percent_encode(&v)))
            .collect();
        if encoded.is_empty() {
            String::new()
        } else {
            format!("?{}", encoded.join("&"))
        }
    }
}

/// Encodes a query value: letters, digits and `-._~` as they are, every other byte as `%XX`.
fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// What a consultation's results can be filtered by: the channels its responses came through,
/// its published versions, and its choice questions (single, multiple, drop-down) by key.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FilterChoices {
    /// (code, label), e.g. ("online", "Online").
    pub channels: Vec<(String, String)>,
    pub versions: Vec<i32>,
    pub questions: Vec<ChoiceQuestion>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChoiceQuestion {
    pub key: String,
    pub label: String,
    /// (key, label) of each option, in the newest version's order.
    pub options: Vec<(String, String)>,
    pub multiple: bool,
}

impl FilterChoices {
    pub fn question(&self, key: &str) -> Option<&ChoiceQuestion> {
        self.questions.iter().find(|q| q.key == key)
    }
}

/// One answer a filter asks for: respondents who chose `option` at `question`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerFilter {
    pub question: String,
    pub option: String,
}

/// A checked filter: every part names something the consultation has.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultsFilter {
    /// Submitted on or after this UK day.
    pub from: Option<NaiveDate>,
    /// Submitted on or before this UK day.
    pub to: Option<NaiveDate>,
    pub channel: Option<String>,
    pub version: Option<i32>,
    pub answers: Vec<AnswerFilter>,
}

impl ResultsFilter {
    pub fn is_empty(&self) -> bool {
        self.from.is_none()
            && self.to.is_none()
            && self.channel.is_none()
            && self.version.is_none()
            && self.answers.is_empty()
    }

    /// Whether a response on UK day `day` (ISO) falls within the date range.
    pub fn takes_day(&self, day: &str) -> bool {
        let Some(date) = parse_iso_date(day) else {
            return false;
        };
        self.from.is_none_or(|from| date >= from) && self.to.is_none_or(|to| date <= to)
    }

    /// The filter in words, one phrase per part ("submitted from 1 November 2026", "answered
    /// Oppose to 'Do you support…'").
    /// In English: exports and stored downloads keep these words.
    pub fn describe(&self, choices: &FilterChoices) -> Vec<String> {
        self.describe_messages(choices)
            .iter()
            .map(|part| part.render(Language::English))
            .collect()
    }

    /// The filter in words as messages, for a page to write in its language.
    pub fn describe_messages(&self, choices: &FilterChoices) -> Vec<Message> {
        let mut parts = Vec::new();
        match (self.from, self.to) {
            (Some(from), Some(to)) if from == to => {
                parts.push(Message::new("results-filter-submitted-on").date("date", from))
            }
            (Some(from), Some(to)) => parts.push(
                Message::new("results-filter-submitted-between")
                    .date("from", from)
                    .date("to", to),
            ),
            (Some(from), None) => {
                parts.push(Message::new("results-filter-submitted-after").date("date", from))
            }
            (None, Some(to)) => {
                parts.push(Message::new("results-filter-submitted-before").date("date", to))
            }
            (None, None) => {}
        }
        if let Some(channel) = &self.channel {
            let label = choices
                .channels
                .iter()
                .find(|(code, _)| code == channel)
                .map_or(channel.as_str(), |(_, label)| label.as_str());
            parts.push(Message::new("results-filter-through-channel").text("channel", label));
        }
        if let Some(version) = self.version {
            parts.push(Message::new("results-filter-to-version").number("version", version));
        }
        for answer in &self.answers {
            if let Some(question) = choices.question(&answer.question)
                && let Some((_, option)) =
                    question.options.iter().find(|(k, _)| *k == answer.option)
            {
                parts.push(
                    Message::new("results-filter-answered")
                        .text("option", option.clone())
                        .text("question", question.label.clone()),
                );
            }
        }
        parts
    }
}

/// A problem with a filter: its English (logs, tests) and its message for the page.
fn problem(field: &str, message: Message) -> FieldError {
    FieldError {
        field: field.into(),
        target_id: field.into(),
        message: message.render(Language::English),
        text: Some(message),
    }
}

/// Reads a date typed in a filter: as a date box sends it (2026-11-01) or as people write it
/// (1/11/2026).
fn read_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if let Some(date) = parse_iso_date(text) {
        return Some(date);
    }
    let parts: Vec<&str> = text.split(['/', '.']).map(str::trim).collect();
    if let [d, m, y] = parts[..]
        && y.len() == 4
    {
        return super::formats::parse_date(d, m, y).ok();
    }
    None
}

/// Checks the address's filter against what the consultation has. Every problem is reported at
/// once, against its field, as the GOV.UK error summary expects; nothing is guessed.
pub fn check(
    query: &FilterQuery,
    choices: &FilterChoices,
) -> Result<ResultsFilter, Vec<FieldError>> {
    let mut problems = Vec::new();
    let mut filter = ResultsFilter::default();
    for (field, text, slot) in [
        ("from", &query.from, &mut filter.from),
        ("to", &query.to, &mut filter.to),
    ] {
        if text.trim().is_empty() {
            continue;
        }
        match read_date(text) {
            Some(date) => *slot = Some(date),
            None => problems.push(problem(
                field,
                Message::new(if field == "from" {
                    "results-filter-from-not-date"
                } else {
                    "results-filter-to-not-date"
                })
                .text(
                    "example",
                    iso_date(NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default()),
                ),
            )),
        }
    }
    if let (Some(from), Some(to)) = (filter.from, filter.to)
        && from > to
    {
        problems.push(problem("to", Message::new("results-filter-to-before-from")));
    }
    let channel = query.channel.trim();
    if !channel.is_empty() {
        if choices.channels.iter().any(|(code, _)| code == channel) {
            filter.channel = Some(channel.to_string());
        } else {
            problems.push(problem(
                "channel",
                Message::new("results-filter-choose-channel"),
            ));
        }
    }
    let version = query.version.trim();
    if !version.is_empty() {
        match version.parse::<i32>() {
            Ok(number) if choices.versions.contains(&number) => filter.version = Some(number),
            _ => problems.push(problem(
                "version",
                Message::new("results-filter-choose-version"),
            )),
        }
    }
    if query.answers.len() > ANSWER_FILTERS {
        problems.push(problem(
            "answer1",
            Message::new("results-filter-too-many-answers").number("count", ANSWER_FILTERS),
        ));
    }
    for (index, value) in query.answers.iter().take(ANSWER_FILTERS).enumerate() {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let field = format!("answer{}", index + 1);
        let found = value.split_once('.').and_then(|(question, option)| {
            let asked = choices.question(question)?;
            asked
                .options
                .iter()
                .any(|(k, _)| k == option)
                .then(|| AnswerFilter {
                    question: question.to_string(),
                    option: option.to_string(),
                })
        });
        match found {
            // The same answer twice filters nothing more: kept once.
            Some(answer) if filter.answers.contains(&answer) => {}
            Some(answer) => filter.answers.push(answer),
            None => problems.push(problem(
                &field,
                Message::new("results-filter-choose-answer"),
            )),
        }
    }
    if problems.is_empty() {
        Ok(filter)
    } else {
        Err(problems)
    }
}

/// The two questions a cross-tab compares, checked: both choice questions, and different.
pub fn check_cross_tab(
    query: &FilterQuery,
    choices: &FilterChoices,
) -> Result<Option<(String, String)>, Vec<FieldError>> {
    let (rows, columns) = (query.rows.trim(), query.columns.trim());
    if rows.is_empty() && columns.is_empty() {
        return Ok(None);
    }
    let mut problems = Vec::new();
    if choices.question(rows).is_none() {
        problems.push(problem("rows", Message::new("results-filter-choose-rows")));
    }
    if choices.question(columns).is_none() {
        problems.push(problem(
            "columns",
            Message::new("results-filter-choose-columns"),
        ));
    } else if rows == columns {
        problems.push(problem(
            "columns",
            Message::new("results-filter-different-columns"),
        ));
    }
    if problems.is_empty() {
        Ok(Some((rows.to_string(), columns.to_string())))
    } else {
        Err(problems)
    }
}

/// A cross-tab's counts with their row and column totals: `counts[r][c]` respondents chose row
/// option `r` and column option `c`. A row's total counts respondents who chose its option and
/// answered the column question (with multiple choice a respondent counts in several cells, so
/// a row's cells can add to more than its total).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CrossTabCounts {
    pub counts: Vec<Vec<i64>>,
    pub row_totals: Vec<i64>,
    pub column_totals: Vec<i64>,
    /// Respondents who answered both questions.
    pub both: i64,
}

/// `part` of `whole` as a whole percentage, "–" of nothing.
pub fn percent_text(part: i64, whole: i64) -> String {
    if whole <= 0 {
        "–".into()
    } else {
        format!("{}%", (part as f64 * 100.0 / whole as f64).round() as i64)
    }
}

/// `part` of `whole` as a percentage for a bar's width (0 of nothing).
pub fn share(part: i64, whole: i64) -> f64 {
    if whole <= 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices() -> FilterChoices {
        FilterChoices {
            channels: vec![
                ("online".into(), "Online".into()),
                ("paper".into(), "Paper".into()),
            ],
            versions: vec![1, 2],
            questions: vec![
                ChoiceQuestion {
                    key: "q1".into(),
                    label: "Do you support it?".into(),
                    options: vec![
                        ("yes".into(), "Support".into()),
                        ("no".into(), "Oppose".into()),
                    ],
                    multiple: false,
                },
                ChoiceQuestion {
                    key: "q2".into(),
                    label: "Ward".into(),
                    options: vec![("a".into(), "Ward A".into()), ("b".into(), "Ward B".into())],
                    multiple: false,
                },
            ],
        }
    }

    fn query(pairs: &[(&str, &str)]) -> FilterQuery {
        let mut q = FilterQuery::default();
        for (k, v) in pairs {
            match *k {
                "from" => q.from = v.to_string(),
                "to" => q.to = v.to_string(),
                "channel" => q.channel = v.to_string(),
                "version" => q.version = v.to_string(),
                "answer" => q.answers.push(v.to_string()),
                "rows" => q.rows = v.to_string(),
                "columns" => q.columns = v.to_string(),
                _ => unreachable!(),
            }
        }
        q
    }

    #[test]
    fn values_lose_control_characters_and_are_cut() {
        let q = FilterQuery::from_lookup(|name| match name {
            "from" => Some("2026-\u{e}11-01\n".into()),
            "channel" => Some("x".repeat(500)),
            _ => None,
        });
        assert_eq!(q.from, "2026-11-01");
        assert_eq!(q.channel.len(), MAX_VALUE_CHARS);
        assert_eq!(q.answers, vec![String::new(); ANSWER_FILTERS]);
    }

    #[test]
    fn an_empty_query_is_no_filter() {
        let filter = check(&FilterQuery::default(), &choices()).unwrap();
        assert!(filter.is_empty());
        assert!(filter.describe(&choices()).is_empty());
        assert_eq!(FilterQuery::default().to_query_string(), "");
    }

    #[test]
    fn every_part_is_read_and_described() {
        let q = query(&[
            ("from", "2026-11-01"),
            ("to", "27/11/2026"),
            ("channel", "paper"),
            ("version", "2"),
            ("answer", "q1.no"),
            ("answer", ""),
            ("answer", "q2.b"),
        ]);
        let filter = check(&q, &choices()).unwrap();
        assert_eq!(filter.from, NaiveDate::from_ymd_opt(2026, 11, 1));
        assert_eq!(filter.to, NaiveDate::from_ymd_opt(2026, 11, 27));
        assert_eq!(filter.channel.as_deref(), Some("paper"));
        assert_eq!(filter.version, Some(2));
        assert_eq!(filter.answers.len(), 2);
        assert_eq!(
            filter.describe(&choices()),
            vec![
                "submitted from 1 November 2026 to 27 November 2026",
                "through the Paper channel",
                "to version 2",
                "answered \u{201c}Oppose\u{201d} to \u{201c}Do you support it?\u{201d}",
                "answered \u{201c}Ward B\u{201d} to \u{201c}Ward\u{201d}",
            ]
        );
        // A page in Welsh writes the same parts in Welsh (the channel's name too).
        let welsh: Vec<String> = filter
            .describe_messages(&choices())
            .iter()
            .map(|part| part.render(Language::Welsh))
            .collect();
        assert_eq!(
            welsh[..3],
            [
                "a anfonwyd rhwng 1 Tachwedd 2026 a 27 Tachwedd 2026",
                "drwy’r sianel Papur",
                "i fersiwn 2",
            ]
        );
        assert!(filter.takes_day("2026-11-01"));
        assert!(filter.takes_day("2026-11-27"));
        assert!(!filter.takes_day("2026-10-31"));
        assert!(!filter.takes_day("2026-11-28"));
        assert_eq!(
            q.to_query_string(),
            "?from=2026-11-01&to=27%2F11%2F2026&channel=paper&version=2&answer1=q1.no&answer3=q2.b"
        );
    }

    #[test]
    fn mistakes_are_each_reported_against_their_field() {
        let q = query(&[
            ("from", "31/02/2026"),
            ("to", "yesterday"),
            ("channel", "carrier pigeon"),
            ("version", "9"),
            ("answer", "q1.maybe"),
            ("answer", "nonsense"),
            ("answer", "q9.yes"),
        ]);
        let problems = check(&q, &choices()).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "from", "to", "channel", "version", "answer1", "answer2", "answer3"
            ]
        );
        let backwards = query(&[("from", "2026-11-02"), ("to", "2026-11-01")]);
        let problems = check(&backwards, &choices()).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("after the from date"));
        let many = query(&[
            ("answer", "q1.no"),
            ("answer", "q1.no"),
            ("answer", "q1.no"),
            ("answer", "q2.a"),
        ]);
        assert_eq!(check(&many, &choices()).unwrap_err()[0].field, "answer1");
        let repeated = query(&[("answer", "q1.no"), ("answer", "q1.no")]);
        assert_eq!(check(&repeated, &choices()).unwrap().answers.len(), 1);
    }

    #[test]
    fn a_cross_tab_needs_two_different_choice_questions() {
        assert_eq!(
            check_cross_tab(&FilterQuery::default(), &choices()),
            Ok(None)
        );
        assert_eq!(
            check_cross_tab(&query(&[("rows", "q1"), ("columns", "q2")]), &choices()),
            Ok(Some(("q1".into(), "q2".into())))
        );
        let same = check_cross_tab(&query(&[("rows", "q1"), ("columns", "q1")]), &choices());
        assert_eq!(same.unwrap_err()[0].field, "columns");
        let unknown = check_cross_tab(&query(&[("rows", "q7"), ("columns", "")]), &choices());
        assert_eq!(unknown.unwrap_err().len(), 2);
    }

    #[test]
    fn percentages_of_nothing_are_a_dash() {
        assert_eq!(percent_text(1, 3), "33%");
        assert_eq!(percent_text(2, 3), "67%");
        assert_eq!(percent_text(0, 0), "–");
        assert_eq!(share(1, 4), 25.0);
        assert_eq!(share(1, 0), 0.0);
    }
}
