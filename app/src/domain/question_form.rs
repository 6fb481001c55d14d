//! The builder's question editor as a plain form: reading what staff typed into a `Question`,
//! with every rule the editor applies. Options travel as fields named `option-<key>` (kept
//! options, so their keys survive a rewording) and `option-new-<n>` (new ones), in the order
//! the form shows them; an option left empty is removed.

use super::formats::{DateProblem, compare_numbers, format_number, parse_date, parse_number};
use super::interface_text::Message;
use super::questionnaire::{
    ChoiceOption, DEFAULT_LONG_TEXT_MAX, DEFAULT_POINTS_TOTAL, DEFAULT_SHORT_TEXT_MAX,
    LIKERT_SCALE, MAX_POINTS_TOTAL, OTHER_LABEL, Question, QuestionKind, kind_code,
};
use super::{FieldError, text};

pub const MAX_LABEL_CHARS: usize = 500;
pub const MAX_HINT_CHARS: usize = 1_000;
/// Guidance is Markdown help of a few paragraphs (about 1,500 words at most).
pub const MAX_GUIDANCE_CHARS: usize = 10_000;
pub const MAX_OPTION_CHARS: usize = 250;
pub const MAX_OPTIONS: usize = 100;
/// The most characters a text answer may be allowed (a long answer of about 7,000 words).
pub const MAX_TEXT_LIMIT: u32 = 50_000;
/// Number limits beyond a trillion are mistakes (and lose precision as floating point).
pub const MAX_NUMBER_LIMIT: f64 = 1e12;
pub const MAX_DECIMALS: u32 = 6;
pub const MAX_UNIT_CHARS: usize = 30;

/// The kinds the editor offers, as (code, name, description).
pub const KINDS: [(&str, &str, &str); 14] = [
    (
        kind_code::SHORT_TEXT,
        "Short text",
        "A few words, such as a name or a street",
    ),
    (
        kind_code::LONG_TEXT,
        "Long text",
        "Sentences or paragraphs, with a character limit",
    ),
    (
        kind_code::SINGLE_CHOICE,
        "Single choice",
        "Radio buttons: respondents pick one option",
    ),
    (
        kind_code::MULTIPLE_CHOICE,
        "Multiple choice",
        "Checkboxes: respondents pick any number of options, or between a minimum and maximum",
    ),
    (
        kind_code::DROPDOWN,
        "Drop-down list",
        "One option from a list, for long lists of short options such as wards",
    ),
    (
        kind_code::GRID,
        "Grid (Likert scale)",
        "Several statements, each answered on the same scale, such as from \u{201c}Strongly agree\u{201d} to \u{201c}Strongly disagree\u{201d}",
    ),
    (
        kind_code::RANKING,
        "Ranking",
        "Respondents put a list of items in order, giving each a different rank",
    ),
    (
        kind_code::POINTS,
        "Points allocation",
        "Respondents share a number of points among the options, such as 100 points among budget priorities",
    ),
    (
        kind_code::NUMBER,
        "Number",
        "A whole or decimal number, between limits you choose, with an optional unit",
    ),
    (
        kind_code::DATE,
        "Date",
        "A day, month and year, between an earliest and latest date you choose",
    ),
    (
        kind_code::EMAIL,
        "Email address",
        "Checked to be in the shape of an email address",
    ),
    (
        kind_code::UK_POSTCODE,
        "UK postcode",
        "Checked to be a full UK postcode and stored in its standard form",
    ),
    (
        kind_code::HEADING,
        "Heading (not a question)",
        "A heading between questions, to group them",
    ),
    (
        kind_code::PARAGRAPH,
        "Paragraph of text (not a question)",
        "Information between questions, in Markdown: lists, bold, links",
    ),
];

pub fn is_kind(code: &str) -> bool {
    KINDS.iter().any(|(c, _, _)| *c == code)
}

/// The messages naming a kind (`KINDS`' name and description) on staff pages
/// (`interface_text`), for a `kind_code`.
pub fn kind_text_ids(code: &str) -> Option<(&'static str, &'static str)> {
    Some(match code {
        kind_code::SHORT_TEXT => ("editor-kind-short-text", "editor-kind-short-text-about"),
        kind_code::LONG_TEXT => ("editor-kind-long-text", "editor-kind-long-text-about"),
        kind_code::SINGLE_CHOICE => (
            "editor-kind-single-choice",
            "editor-kind-single-choice-about",
        ),
        kind_code::MULTIPLE_CHOICE => (
            "editor-kind-multiple-choice",
            "editor-kind-multiple-choice-about",
        ),
        kind_code::DROPDOWN => ("editor-kind-dropdown", "editor-kind-dropdown-about"),
        kind_code::GRID => ("editor-kind-grid", "editor-kind-grid-about"),
        kind_code::RANKING => ("editor-kind-ranking", "editor-kind-ranking-about"),
        kind_code::POINTS => ("editor-kind-points", "editor-kind-points-about"),
        kind_code::NUMBER => ("editor-kind-number", "editor-kind-number-about"),
        kind_code::DATE => ("editor-kind-date", "editor-kind-date-about"),
        kind_code::EMAIL => ("editor-kind-email", "editor-kind-email-about"),
        kind_code::UK_POSTCODE => ("editor-kind-uk-postcode", "editor-kind-uk-postcode-about"),
        kind_code::HEADING => ("editor-kind-heading", "editor-kind-heading-about"),
        kind_code::PARAGRAPH => ("editor-kind-paragraph", "editor-kind-paragraph-about"),
        _ => return None,
    })
}

/// A problem with `field`: in English, and as a message to write in the page's language.
fn error(field: &str, message: impl Into<String>, text: Message) -> FieldError {
    FieldError {
        text: Some(text),
        field: field.into(),
        target_id: field.into(),
        message: message.into(),
    }
}

/// Options travel as `option-<key>`/`option-new-<n>`; a grid's scale points as `scale-…`.
pub const OPTION_PREFIX: &str = "option-";
pub const SCALE_PREFIX: &str = "scale-";

/// What the editor calls the items of a list, in messages ("Option 2 is the same as …").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListNoun {
    pub one: &'static str,
    pub many: &'static str,
    /// Which list it is, for messages that choose their words by it (`option`, `statement`,
    /// `point`).
    pub code: &'static str,
}

impl ListNoun {
    pub const OPTION: ListNoun = ListNoun {
        one: "Option",
        many: "options",
        code: "option",
    };
    pub const STATEMENT: ListNoun = ListNoun {
        one: "Statement",
        many: "statements",
        code: "statement",
    };
    pub const POINT: ListNoun = ListNoun {
        one: "Point",
        many: "points on the scale",
        code: "point",
    };
}

/// The items of the list whose fields start with `prefix` (`OPTION_PREFIX`, `SCALE_PREFIX`):
/// (key, or "" for a new one; label), in form order.
pub fn posted_list(fields: &[(String, String)], prefix: &str) -> Vec<(String, String)> {
    fields
        .iter()
        .filter_map(|(name, value)| {
            let rest = name.strip_prefix(prefix)?;
            let key = if rest.starts_with("new-") { "" } else { rest };
            Some((key.to_string(), value.clone()))
        })
        .collect()
}

/// Reads a list of options (or statements, or scale points): empty boxes are removed, each must
/// be short and different, 2 at least and `MAX_OPTIONS` at most; a key posted twice (a forged
/// form) counts once.
fn read_list(
    fields: &[(String, String)],
    prefix: &str,
    noun: ListNoun,
    errors: &mut Vec<FieldError>,
) -> Vec<ChoiceOption> {
    let mut options: Vec<ChoiceOption> = Vec::new();
    for (index, (option_key, label)) in posted_list(fields, prefix).into_iter().enumerate() {
        let label = text::clean(&label).trim().to_string();
        if label.is_empty() {
            continue; // left empty: removed
        }
        let field = list_field(prefix, &option_key, index);
        let one = noun.one;
        if label.chars().count() > MAX_OPTION_CHARS {
            errors.push(error(
                &field,
                format!(
                    "{one} {} must be {MAX_OPTION_CHARS} characters or fewer",
                    index + 1
                ),
                Message::new("editor-problem-item-too-long")
                    .text("noun", noun.code)
                    .number("number", index + 1)
                    .number("max", MAX_OPTION_CHARS),
            ));
        } else if options.iter().any(|o| o.label.eq_ignore_ascii_case(&label)) {
            errors.push(error(
                &field,
                format!(
                    "{one} {} is the same as an earlier {}",
                    index + 1,
                    one.to_lowercase()
                ),
                Message::new("editor-problem-item-repeated")
                    .text("noun", noun.code)
                    .number("number", index + 1),
            ));
        }
        let key = if !option_key.is_empty() && options.iter().all(|o| o.key != option_key) {
            option_key
        } else {
            String::new()
        };
        options.push(ChoiceOption {
            id: 0,
            key,
            label,
            other: false,
            goto: None,
        });
    }
    let first = format!("{prefix}new-1");
    if options.len() < 2 {
        errors.push(error(
            &first,
            format!("Enter at least 2 {}", noun.many),
            Message::new("editor-problem-too-few-items").text("noun", noun.code),
        ));
    } else if options.len() > MAX_OPTIONS {
        errors.push(error(
            &first,
            format!("A question can have at most {MAX_OPTIONS} {}", noun.many),
            Message::new("editor-problem-too-many-items")
                .text("noun", noun.code)
                .number("max", MAX_OPTIONS),
        ));
    }
    options
}

/// Reads the editor's fields into a question of kind `kind` (a `kind_code`) with key `key`
/// (empty for a new one), or says what to fix, in the form's order.
pub fn check_question(
    fields: &[(String, String)],
    kind: &str,
    key: &str,
) -> Result<Question, Vec<FieldError>> {
    let value = |name: &str| {
        text::clean(super::answers::posted_value(fields, name))
            .trim()
            .to_string()
    };
    let mut errors = Vec::new();
    // Content blocks: only their text (a heading, or a paragraph of Markdown).
    if kind == kind_code::HEADING || kind == kind_code::PARAGRAPH {
        return check_block(fields, kind, key);
    }
    let label = value("label");
    if label.is_empty() {
        errors.push(error(
            "label",
            "Enter the question",
            Message::new("editor-problem-enter-question"),
        ));
    } else if label.chars().count() > MAX_LABEL_CHARS {
        errors.push(error(
            "label",
            format!("The question must be {MAX_LABEL_CHARS} characters or fewer"),
            Message::new("editor-problem-question-too-long").number("max", MAX_LABEL_CHARS),
        ));
    }
    let hint = value("hint");
    if hint.chars().count() > MAX_HINT_CHARS {
        errors.push(error(
            "hint",
            format!("The hint must be {MAX_HINT_CHARS} characters or fewer"),
            Message::new("editor-problem-hint-too-long").number("max", MAX_HINT_CHARS),
        ));
    }
    let required = value("required") == "yes";
    // Markdown: line breaks are kept (as the browser sends them, CRLF, made LF).
    let guidance = super::answers::normalise_text(super::answers::posted_value(fields, "guidance"));
    if guidance.chars().count() > MAX_GUIDANCE_CHARS {
        errors.push(error(
            "guidance",
            format!("The guidance must be {MAX_GUIDANCE_CHARS} characters or fewer"),
            Message::new("editor-problem-guidance-too-long").number("max", MAX_GUIDANCE_CHARS),
        ));
    }

    let whole_number = |name: &str, what: &str, errors: &mut Vec<FieldError>| -> Option<u32> {
        let text = value(name);
        if text.is_empty() {
            return None;
        }
        match text.parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                errors.push(error(
                    name,
                    format!("{what} must be a whole number, like 3"),
                    Message::new("editor-problem-not-whole-number").text("field", name),
                ));
                None
            }
        }
    };

    let kind = match kind {
        kind_code::SHORT_TEXT | kind_code::LONG_TEXT => {
            let default = if kind == kind_code::SHORT_TEXT {
                DEFAULT_SHORT_TEXT_MAX
            } else {
                DEFAULT_LONG_TEXT_MAX
            };
            let max_chars = match whole_number("max_chars", "The character limit", &mut errors) {
                Some(n) if n == 0 || n > MAX_TEXT_LIMIT => {
                    errors.push(error(
                        "max_chars",
                        format!("The character limit must be between 1 and {MAX_TEXT_LIMIT}"),
                        Message::new("editor-problem-max-chars-range")
                            .number("max", MAX_TEXT_LIMIT),
                    ));
                    default
                }
                Some(n) => n,
                None => default,
            };
            if kind == kind_code::SHORT_TEXT {
                QuestionKind::ShortText { max_chars }
            } else {
                QuestionKind::LongText { max_chars }
            }
        }
        kind_code::NUMBER => {
            let limit = |name: &str, what: &str, errors: &mut Vec<FieldError>| -> Option<String> {
                let text = value(name);
                if text.is_empty() {
                    return None;
                }
                match parse_number(&text) {
                    Some(n) if n.value().abs() <= MAX_NUMBER_LIMIT => Some(n.text),
                    Some(_) => {
                        errors.push(error(
                            name,
                            format!(
                                "{what} must be between -{0} and {0}",
                                format_number(MAX_NUMBER_LIMIT)
                            ),
                            Message::new("editor-problem-limit-range")
                                .text("field", name)
                                .text("limit", format_number(MAX_NUMBER_LIMIT)),
                        ));
                        None
                    }
                    None => {
                        errors.push(error(
                            name,
                            format!("{what} must be a number, like 10"),
                            Message::new("editor-problem-not-a-number").text("field", name),
                        ));
                        None
                    }
                }
            };
            let min = limit("min", "The lowest number", &mut errors);
            let max = limit("max", "The highest number", &mut errors);
            if let (Some(low), Some(high)) = (&min, &max)
                && compare_numbers(low, high) == std::cmp::Ordering::Greater
            {
                errors.push(error(
                    "min",
                    "The lowest number cannot be more than the highest",
                    Message::new("editor-problem-min-above-max"),
                ));
            }
            let decimals = match whole_number("decimals", "Decimal places", &mut errors) {
                Some(n) if n > MAX_DECIMALS => {
                    errors.push(error(
                        "decimals",
                        format!("Decimal places must be between 0 and {MAX_DECIMALS}"),
                        Message::new("editor-problem-decimals-range").number("max", MAX_DECIMALS),
                    ));
                    0
                }
                Some(n) => n,
                None => 0,
            };
            let unit = value("unit");
            if unit.chars().count() > MAX_UNIT_CHARS {
                errors.push(error(
                    "unit",
                    format!("The unit must be {MAX_UNIT_CHARS} characters or fewer"),
                    Message::new("editor-problem-unit-too-long").number("max", MAX_UNIT_CHARS),
                ));
            }
            QuestionKind::Number {
                min,
                max,
                decimals,
                unit: (!unit.is_empty()).then_some(unit),
            }
        }
        kind_code::DATE => {
            let date = |prefix: &str, what: &str, errors: &mut Vec<FieldError>| {
                let part = |p: &str| value(&format!("{prefix}-{p}"));
                match parse_date(&part("day"), &part("month"), &part("year")) {
                    Ok(date) => Some(date),
                    Err(DateProblem::Empty) => None,
                    Err(problem) => {
                        let (message, text) = match &problem {
                            DateProblem::Missing(parts) => (
                                format!("The {what} date must include a {}", parts.join(" and a ")),
                                Message::new("editor-problem-limit-date-missing")
                                    .text("parts", parts.join("-")),
                            ),
                            DateProblem::ShortYear => (
                                format!("The {what} date's year must have 4 numbers"),
                                Message::new("editor-problem-limit-date-short-year"),
                            ),
                            _ => (
                                format!("The {what} date must be a real date"),
                                Message::new("editor-problem-limit-date-not-real"),
                            ),
                        };
                        errors.push(FieldError {
                            text: Some(text.text("which", prefix)),
                            field: prefix.into(),
                            target_id: format!("{prefix}-{}", problem.part()),
                            message,
                        });
                        None
                    }
                }
            };
            let earliest = date("earliest", "earliest", &mut errors);
            let latest = date("latest", "latest", &mut errors);
            if let (Some(e), Some(l)) = (earliest, latest)
                && e > l
            {
                errors.push(FieldError {
                    text: Some(Message::new("editor-problem-earliest-after-latest")),
                    field: "earliest".into(),
                    target_id: "earliest-day".into(),
                    message: "The earliest date must be before the latest date".into(),
                });
            }
            QuestionKind::Date { earliest, latest }
        }
        kind_code::EMAIL => QuestionKind::Email,
        kind_code::UK_POSTCODE => QuestionKind::UkPostcode,
        kind_code::SINGLE_CHOICE
        | kind_code::MULTIPLE_CHOICE
        | kind_code::DROPDOWN
        | kind_code::RANKING
        | kind_code::POINTS
        | kind_code::GRID => {
            let noun = if kind == kind_code::GRID {
                ListNoun::STATEMENT
            } else {
                ListNoun::OPTION
            };
            let mut options = read_list(fields, OPTION_PREFIX, noun, &mut errors);
            // "Other", with a box to say what: last, once (single and multiple choice).
            if (kind == kind_code::SINGLE_CHOICE || kind == kind_code::MULTIPLE_CHOICE)
                && value("other") == "yes"
            {
                if let Some(index) = options
                    .iter()
                    .position(|o| o.label.eq_ignore_ascii_case(OTHER_LABEL))
                {
                    errors.push(error(
                        "other",
                        format!(
                            "Option {} is already called \u{201c}{OTHER_LABEL}\u{201d}: remove it, or \
                             do not add an \u{201c}{OTHER_LABEL}\u{201d} option",
                            index + 1
                        ),
                        Message::new("editor-problem-other-exists")
                            .number("number", index + 1)
                            .text("other", OTHER_LABEL),
                    ));
                }
                let posted_key = value("other_key");
                let key = if options.iter().any(|o| o.key == posted_key) {
                    String::new()
                } else {
                    posted_key
                };
                options.push(ChoiceOption {
                    id: 0,
                    key,
                    label: OTHER_LABEL.into(),
                    other: true,
                    goto: None,
                });
            }
            if kind == kind_code::SINGLE_CHOICE {
                QuestionKind::SingleChoice { options }
            } else if kind == kind_code::DROPDOWN {
                QuestionKind::Dropdown { options }
            } else if kind == kind_code::RANKING {
                QuestionKind::Ranking { options }
            } else if kind == kind_code::GRID {
                let scale = read_list(fields, SCALE_PREFIX, ListNoun::POINT, &mut errors);
                QuestionKind::Grid {
                    statements: options,
                    scale,
                }
            } else if kind == kind_code::POINTS {
                let total = match whole_number("points_total", "The points to share", &mut errors) {
                    Some(n) if n == 0 || n > MAX_POINTS_TOTAL => {
                        errors.push(error(
                            "points_total",
                            format!("The points to share must be between 1 and {MAX_POINTS_TOTAL}"),
                            Message::new("editor-problem-points-range")
                                .number("max", MAX_POINTS_TOTAL),
                        ));
                        DEFAULT_POINTS_TOTAL
                    }
                    Some(n) => n,
                    None => {
                        errors.push(error(
                            "points_total",
                            "Enter the points to share, like 100",
                            Message::new("editor-problem-enter-points"),
                        ));
                        DEFAULT_POINTS_TOTAL
                    }
                };
                // Radios: "exact" unless the author chose "at most".
                let exact = value("points_rule") != "at_most";
                QuestionKind::Points {
                    options,
                    total,
                    exact,
                }
            } else {
                let min =
                    whole_number("min_choices", "The minimum", &mut errors).filter(|n| *n > 0);
                let max = whole_number("max_choices", "The maximum", &mut errors);
                let count = options.len() as u32;
                if max == Some(0) {
                    errors.push(error(
                        "max_choices",
                        "The maximum must be at least 1",
                        Message::new("editor-problem-max-choices-zero"),
                    ));
                } else if let Some(max) = max
                    && max > count
                    && count >= 2
                {
                    errors.push(error(
                        "max_choices",
                        format!("The maximum cannot be more than the {count} options"),
                        Message::new("editor-problem-max-choices-above-options")
                            .number("count", count),
                    ));
                }
                if let (Some(min), Some(max)) = (min, max)
                    && min > max
                {
                    errors.push(error(
                        "min_choices",
                        "The minimum cannot be more than the maximum",
                        Message::new("editor-problem-min-choices-above-max"),
                    ));
                } else if let Some(min) = min
                    && min > count
                    && count >= 2
                {
                    errors.push(error(
                        "min_choices",
                        format!("The minimum cannot be more than the {count} options"),
                        Message::new("editor-problem-min-choices-above-options")
                            .number("count", count),
                    ));
                }
                QuestionKind::MultipleChoice {
                    options,
                    min_choices: min,
                    max_choices: max.filter(|m| *m > 0),
                }
            }
        }
        _ => {
            return Err(vec![error(
                "label",
                "That kind of question does not exist: go back and choose one",
                Message::new("editor-problem-no-such-kind"),
            )]);
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Question {
        id: 0,
        key: key.to_string(),
        label,
        hint: (!hint.is_empty()).then_some(hint),
        required,
        guidance: (!guidance.is_empty()).then_some(guidance),
        kind,
    })
}

/// A content block's one field, `label`: a heading (one line) or a paragraph (Markdown, line
/// breaks kept).
fn check_block(
    fields: &[(String, String)],
    kind: &str,
    key: &str,
) -> Result<Question, Vec<FieldError>> {
    let raw = super::answers::posted_value(fields, "label");
    let (text, kind, limit, what) = if kind == kind_code::HEADING {
        let text = text::clean(raw).trim().to_string();
        (text, QuestionKind::Heading, MAX_LABEL_CHARS, "heading")
    } else {
        let text = super::answers::normalise_text(raw);
        (text, QuestionKind::Paragraph, MAX_GUIDANCE_CHARS, "text")
    };
    if text.is_empty() {
        return Err(vec![error(
            "label",
            format!("Enter the {what}"),
            Message::new("editor-problem-enter-block").text("block", what),
        )]);
    }
    if text.chars().count() > limit {
        return Err(vec![error(
            "label",
            format!("The {what} must be {limit} characters or fewer"),
            Message::new("editor-problem-block-too-long")
                .text("block", what)
                .number("max", limit),
        )]);
    }
    Ok(Question {
        id: 0,
        key: key.to_string(),
        label: text,
        hint: None,
        required: false,
        guidance: None,
        kind,
    })
}

/// The editor's fields with item `index` (0-based, in form order) of the list whose fields start
/// with `prefix` moved one place up or down, or `None` when there is no item there or nowhere to
/// move it. Each item keeps its field name, so its stable key moves with it.
pub fn move_in_list(
    fields: &[(String, String)],
    prefix: &str,
    index: usize,
    up: bool,
) -> Option<Vec<(String, String)>> {
    let positions: Vec<usize> = fields
        .iter()
        .enumerate()
        .filter(|(_, (name, _))| name.starts_with(prefix))
        .map(|(at, _)| at)
        .collect();
    let other = if up { index.checked_sub(1)? } else { index + 1 };
    let (&a, &b) = (positions.get(index)?, positions.get(other)?);
    let mut moved = fields.to_vec();
    moved.swap(a, b);
    Some(moved)
}

/// The field name of item `index` of the list whose fields start with `prefix`
/// ("option-<key>" or "option-new-<n>").
pub fn list_field(prefix: &str, key: &str, index: usize) -> String {
    if key.is_empty() {
        format!("{prefix}new-{}", index + 1)
    } else {
        format!("{prefix}{key}")
    }
}

/// A new question of kind `code` as the builder's palette adds it where it is dropped, stored
/// at once and then worded in the editor: a label that says what it is, and placeholder options
/// for kinds that need them. `None` for a code that is not a kind. Its words are placeholders:
/// `still_has_starter_words` stops it being published until someone writes the real ones.
pub fn starter_question(code: &str) -> Option<Question> {
    let (_, name, _) = KINDS.iter().find(|(c, _, _)| *c == code)?;
    // Keys are given when it is added (`Edit::AddQuestion`).
    let option = |label: String| ChoiceOption {
        id: 0,
        key: String::new(),
        label,
        other: false,
        goto: None,
    };
    let placeholders = |noun: &str| -> Vec<ChoiceOption> {
        (1..=2).map(|n| option(format!("{noun} {n}"))).collect()
    };
    let kind = match code {
        kind_code::SHORT_TEXT => QuestionKind::ShortText {
            max_chars: DEFAULT_SHORT_TEXT_MAX,
        },
        kind_code::LONG_TEXT => QuestionKind::LongText {
            max_chars: DEFAULT_LONG_TEXT_MAX,
        },
        kind_code::SINGLE_CHOICE => QuestionKind::SingleChoice {
            options: placeholders("Option"),
        },
        kind_code::MULTIPLE_CHOICE => QuestionKind::MultipleChoice {
            options: placeholders("Option"),
            min_choices: None,
            max_choices: None,
        },
        kind_code::DROPDOWN => QuestionKind::Dropdown {
            options: placeholders("Option"),
        },
        kind_code::GRID => QuestionKind::Grid {
            statements: placeholders("Statement"),
            scale: LIKERT_SCALE
                .iter()
                .map(|label| option((*label).into()))
                .collect(),
        },
        kind_code::RANKING => QuestionKind::Ranking {
            options: placeholders("Item"),
        },
        kind_code::POINTS => QuestionKind::Points {
            options: placeholders("Option"),
            total: DEFAULT_POINTS_TOTAL,
            exact: true,
        },
        kind_code::NUMBER => QuestionKind::Number {
            min: None,
            max: None,
            decimals: 0,
            unit: None,
        },
        kind_code::DATE => QuestionKind::Date {
            earliest: None,
            latest: None,
        },
        kind_code::EMAIL => QuestionKind::Email,
        kind_code::UK_POSTCODE => QuestionKind::UkPostcode,
        kind_code::HEADING => QuestionKind::Heading,
        kind_code::PARAGRAPH => QuestionKind::Paragraph,
        _ => return None,
    };
    let label = match code {
        kind_code::HEADING => "New heading".to_string(),
        kind_code::PARAGRAPH => "New paragraph of text".to_string(),
        // "Short text" reads "short text" mid-sentence; "UK postcode" keeps its capitals.
        _ => {
            let mut chars = name.chars();
            let first = chars.next().unwrap_or_default();
            let rest = chars.as_str();
            if rest.starts_with(|c: char| c.is_uppercase()) {
                format!("New {name} question")
            } else {
                format!("New {}{rest} question", first.to_lowercase())
            }
        }
    };
    Some(Question {
        id: 0,
        key: String::new(),
        label,
        hint: None,
        required: false,
        guidance: None,
        kind,
    })
}

/// Whether `question` still has the words the palette gave it: its starter label, or exactly
/// the starter's placeholder options ("Option 1", "Option 2" and nothing else). A question whose
/// author chose such words among others is not caught; one left as it was added always is.
pub fn still_has_starter_words(question: &Question) -> bool {
    let Some(starter) = starter_question(question.kind.code()) else {
        return false;
    };
    let labels = |q: &Question| -> Vec<String> {
        q.kind.options().iter().map(|o| o.label.clone()).collect()
    };
    question.label == starter.label
        || (!starter.kind.options().is_empty() && labels(question) == labels(&starter))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    fn targets(result: Result<Question, Vec<FieldError>>) -> Vec<String> {
        result
            .unwrap_err()
            .into_iter()
            .inspect(crate::domain::answers::assert_said_in_both_languages)
            .map(|e| format!("{}: {}", e.target_id, e.message))
            .collect()
    }

    /// Every problem the editor can name, in both languages.
    #[test]
    fn every_problem_is_said_in_english_and_welsh() {
        let long = "x".repeat(MAX_GUIDANCE_CHARS + 1);
        let many: Vec<(String, String)> = (0..=MAX_OPTIONS)
            .map(|n| (format!("option-new-{}", n + 1), format!("o{n}")))
            .collect();
        let cases: Vec<(Vec<(String, String)>, &str)> = vec![
            (
                fields(&[("label", &long), ("hint", &long), ("guidance", &long)]),
                kind_code::SHORT_TEXT,
            ),
            (fields(&[("max_chars", "x")]), kind_code::SHORT_TEXT),
            (fields(&[("max_chars", "0")]), kind_code::LONG_TEXT),
            (
                fields(&[
                    ("min", "1e20"),
                    ("max", "lots"),
                    ("decimals", "9"),
                    ("unit", &long),
                ]),
                kind_code::NUMBER,
            ),
            (
                fields(&[("min", "x"), ("max", "2000000000000"), ("decimals", "x")]),
                kind_code::NUMBER,
            ),
            (fields(&[("min", "5"), ("max", "1")]), kind_code::NUMBER),
            (
                fields(&[("earliest-day", "1"), ("latest-month", "2")]),
                kind_code::DATE,
            ),
            (
                fields(&[
                    ("earliest-year", "1"),
                    ("latest-day", "1"),
                    ("latest-month", "2"),
                ]),
                kind_code::DATE,
            ),
            (
                fields(&[
                    ("earliest-day", "31"),
                    ("earliest-month", "2"),
                    ("earliest-year", "2020"),
                    ("latest-month", "2"),
                    ("latest-year", "2020"),
                ]),
                kind_code::DATE,
            ),
            (
                fields(&[
                    ("earliest-day", "1"),
                    ("earliest-month", "2"),
                    ("earliest-year", "2020"),
                    ("latest-day", "1"),
                    ("latest-month", "1"),
                    ("latest-year", "2020"),
                ]),
                kind_code::DATE,
            ),
            (
                fields(&[
                    ("earliest-day", "1"),
                    ("earliest-month", "2"),
                    ("earliest-year", "20"),
                ]),
                kind_code::DATE,
            ),
            (
                fields(&[
                    ("option-new-1", &"y".repeat(MAX_OPTION_CHARS + 1)),
                    ("option-new-2", "a"),
                    ("option-new-3", "A"),
                    ("other", "yes"),
                    ("option-new-4", "Other"),
                ]),
                kind_code::MULTIPLE_CHOICE,
            ),
            (
                fields(&[
                    ("option-new-1", "a"),
                    ("option-new-2", "b"),
                    ("min_choices", "3"),
                    ("max_choices", "0"),
                ]),
                kind_code::MULTIPLE_CHOICE,
            ),
            (
                fields(&[
                    ("option-new-1", "a"),
                    ("option-new-2", "b"),
                    ("min_choices", "x"),
                    ("max_choices", "y"),
                ]),
                kind_code::MULTIPLE_CHOICE,
            ),
            (
                fields(&[
                    ("option-new-1", "a"),
                    ("option-new-2", "b"),
                    ("min_choices", "2"),
                    ("max_choices", "3"),
                ]),
                kind_code::MULTIPLE_CHOICE,
            ),
            (
                fields(&[
                    ("option-new-1", "a"),
                    ("option-new-2", "b"),
                    ("option-new-3", "c"),
                    ("min_choices", "3"),
                    ("max_choices", "2"),
                ]),
                kind_code::MULTIPLE_CHOICE,
            ),
            (
                fields(&[
                    ("option-new-1", "a"),
                    ("scale-new-1", "a"),
                    ("scale-new-2", "A"),
                ]),
                kind_code::GRID,
            ),
            (fields(&[("points_total", "0")]), kind_code::POINTS),
            (fields(&[("points_total", "")]), kind_code::POINTS),
            (fields(&[("points_total", "x")]), kind_code::POINTS),
            (
                fields(&[
                    ("option-new-1", "a"),
                    ("option-new-2", "b"),
                    ("min_choices", "3"),
                ]),
                kind_code::MULTIPLE_CHOICE,
            ),
            (many, kind_code::RANKING),
            (Vec::new(), "no_such_kind"),
            (Vec::new(), kind_code::HEADING),
            (Vec::new(), kind_code::PARAGRAPH),
            (fields(&[("label", &long)]), kind_code::HEADING),
            (
                fields(&[("label", &"z".repeat(MAX_GUIDANCE_CHARS + 1))]),
                kind_code::PARAGRAPH,
            ),
        ];
        let mut ids = std::collections::BTreeSet::new();
        for (fields, kind) in cases {
            for error in check_question(&fields, kind, "").unwrap_err() {
                crate::domain::answers::assert_said_in_both_languages(&error);
                ids.insert(error.text.unwrap().id);
            }
        }
        assert_eq!(ids.len(), 29, "{ids:?}");
    }

    #[test]
    fn guidance_is_kept_as_markdown_with_plain_line_breaks_and_a_limit() {
        let q = check_question(
            &fields(&[
                ("label", "Why?"),
                ("guidance", "  **Facts**\r\n\r\n- one\0\r\n  "),
            ]),
            kind_code::SHORT_TEXT,
            "",
        )
        .unwrap();
        assert_eq!(q.guidance.as_deref(), Some("**Facts**\n\n- one"));
        let q = check_question(
            &fields(&[("label", "Why?"), ("guidance", " ")]),
            kind_code::EMAIL,
            "",
        )
        .unwrap();
        assert_eq!(q.guidance, None);
        let long = "x".repeat(MAX_GUIDANCE_CHARS + 1);
        assert_eq!(
            targets(check_question(
                &fields(&[("label", "Why?"), ("guidance", &long)]),
                kind_code::SHORT_TEXT,
                ""
            )),
            ["guidance: The guidance must be 10000 characters or fewer"]
        );
    }

    #[test]
    fn an_other_option_is_added_last_keeping_its_key() {
        let q = check_question(
            &fields(&[
                ("label", "How do you travel?"),
                ("option-k1", "Bus"),
                ("option-new-2", "Car"),
                ("other", "yes"),
                ("other_key", "k9"),
            ]),
            kind_code::SINGLE_CHOICE,
            "",
        )
        .unwrap();
        let options: Vec<(&str, &str, bool)> = q
            .kind
            .options()
            .iter()
            .map(|o| (o.key.as_str(), o.label.as_str(), o.other))
            .collect();
        assert_eq!(
            options,
            [
                ("k1", "Bus", false),
                ("", "Car", false),
                ("k9", "Other", true)
            ]
        );
        // A key an ordinary option has already is not taken twice.
        let q = check_question(
            &fields(&[
                ("label", "How?"),
                ("option-k1", "Bus"),
                ("option-k2", "Car"),
                ("other", "yes"),
                ("other_key", "k1"),
            ]),
            kind_code::MULTIPLE_CHOICE,
            "",
        )
        .unwrap();
        assert_eq!(q.kind.options()[2].key, "");
        // Not for kinds without it, and not beside an option already called "Other".
        let q = check_question(
            &fields(&[
                ("label", "Ward"),
                ("option-new-1", "North"),
                ("option-new-2", "South"),
                ("other", "yes"),
            ]),
            kind_code::DROPDOWN,
            "",
        )
        .unwrap();
        assert!(q.kind.options().iter().all(|o| !o.other));
        assert_eq!(
            targets(check_question(
                &fields(&[
                    ("label", "How?"),
                    ("option-new-1", "Bus"),
                    ("option-new-2", "other"),
                    ("other", "yes")
                ]),
                kind_code::SINGLE_CHOICE,
                ""
            )),
            [
                "other: Option 2 is already called \u{201c}Other\u{201d}: remove it, or do not add an \u{201c}Other\u{201d} option"
            ]
        );
    }

    #[test]
    fn a_grid_is_read_with_its_statements_and_scale() {
        let q = check_question(
            &fields(&[
                ("label", "Your views"),
                ("option-s1", "Too fast"),
                ("option-new-2", "Too noisy"),
                ("scale-p1", "Agree"),
                ("scale-new-2", "Disagree"),
                ("scale-new-3", ""),
            ]),
            kind_code::GRID,
            "",
        )
        .unwrap();
        let labels = |list: &[ChoiceOption]| -> Vec<(String, String)> {
            list.iter()
                .map(|o| (o.key.clone(), o.label.clone()))
                .collect()
        };
        assert_eq!(
            labels(q.kind.options()),
            [
                ("s1".into(), "Too fast".into()),
                (String::new(), "Too noisy".into())
            ]
        );
        assert_eq!(
            labels(q.kind.scale()),
            [
                ("p1".into(), "Agree".into()),
                (String::new(), "Disagree".into())
            ]
        );
        assert_eq!(
            targets(check_question(
                &fields(&[
                    ("label", "Views"),
                    ("option-new-1", "Too fast"),
                    ("option-new-2", "too FAST"),
                    ("scale-new-1", "Agree"),
                ]),
                kind_code::GRID,
                ""
            )),
            [
                "option-new-2: Statement 2 is the same as an earlier statement",
                "scale-new-1: Enter at least 2 points on the scale",
            ]
        );
        let moved = move_in_list(
            &fields(&[("scale-a", "A"), ("option-x", "X"), ("scale-b", "B")]),
            SCALE_PREFIX,
            1,
            true,
        )
        .unwrap();
        assert_eq!(
            posted_list(&moved, SCALE_PREFIX),
            [("b".to_string(), "B".to_string()), ("a".into(), "A".into())]
        );
    }

    #[test]
    fn content_blocks_take_only_their_text() {
        let heading = check_question(
            &fields(&[
                ("label", "  About your street "),
                ("required", "yes"),
                ("hint", "x"),
            ]),
            kind_code::HEADING,
            "",
        )
        .unwrap();
        assert_eq!(heading.label, "About your street");
        assert_eq!(
            (heading.required, heading.hint, heading.kind),
            (false, None, QuestionKind::Heading)
        );
        let paragraph = check_question(
            &fields(&[("label", "Some **facts**\r\n\r\n- one\r\n")]),
            kind_code::PARAGRAPH,
            "",
        )
        .unwrap();
        assert_eq!(paragraph.label, "Some **facts**\n\n- one");
        assert!(paragraph.field_names().is_empty(), "nothing to answer");
        assert_eq!(
            targets(check_question(
                &fields(&[("label", " ")]),
                kind_code::PARAGRAPH,
                ""
            )),
            ["label: Enter the text"]
        );
        let long = "x".repeat(MAX_LABEL_CHARS + 1);
        assert_eq!(
            targets(check_question(
                &fields(&[("label", &long)]),
                kind_code::HEADING,
                ""
            )),
            ["label: The heading must be 500 characters or fewer"]
        );
    }

    #[test]
    fn a_text_question_is_read_with_its_limit() {
        let q = check_question(
            &fields(&[
                ("label", "  Your street  "),
                ("hint", ""),
                ("required", "yes"),
                ("max_chars", "80"),
            ]),
            kind_code::SHORT_TEXT,
            "k1",
        )
        .unwrap();
        assert_eq!(q.label, "Your street");
        assert_eq!(q.key, "k1");
        assert_eq!(q.hint, None);
        assert!(q.required);
        assert_eq!(q.kind, QuestionKind::ShortText { max_chars: 80 });
        let q = check_question(&fields(&[("label", "Why?")]), kind_code::LONG_TEXT, "").unwrap();
        assert_eq!(
            q.kind,
            QuestionKind::LongText {
                max_chars: DEFAULT_LONG_TEXT_MAX
            }
        );
        assert!(!q.required);
    }

    #[test]
    fn typed_kinds_are_read_with_their_settings() {
        let q = check_question(
            &fields(&[
                ("label", "How far?"),
                ("min", "0"),
                ("max", "1,000"),
                ("decimals", "1"),
                ("unit", " miles "),
            ]),
            kind_code::NUMBER,
            "",
        )
        .unwrap();
        assert_eq!(
            q.kind,
            QuestionKind::Number {
                min: Some("0".into()),
                max: Some("1000".into()),
                decimals: 1,
                unit: Some("miles".into())
            }
        );
        let q = check_question(
            &fields(&[
                ("label", "When?"),
                ("earliest-day", "1"),
                ("earliest-month", "1"),
                ("earliest-year", "2020"),
            ]),
            kind_code::DATE,
            "",
        )
        .unwrap();
        assert_eq!(
            q.kind,
            QuestionKind::Date {
                earliest: chrono::NaiveDate::from_ymd_opt(2020, 1, 1),
                latest: None
            }
        );
        for (code, kind) in [
            (kind_code::EMAIL, QuestionKind::Email),
            (kind_code::UK_POSTCODE, QuestionKind::UkPostcode),
        ] {
            // Settings of other kinds posted by a forged form are ignored.
            let q = check_question(
                &fields(&[("label", "Yours"), ("option-new-1", "x"), ("min", "3")]),
                code,
                "",
            )
            .unwrap();
            assert_eq!(q.kind, kind);
        }
        let q = check_question(
            &fields(&[
                ("label", "Ward"),
                ("option-new-1", "North"),
                ("option-new-2", "South"),
            ]),
            kind_code::DROPDOWN,
            "",
        )
        .unwrap();
        assert_eq!(q.kind.options().len(), 2);
        assert!(matches!(q.kind, QuestionKind::Dropdown { .. }));
    }

    #[test]
    fn absurd_number_and_date_settings_are_refused() {
        assert_eq!(
            targets(check_question(
                &fields(&[
                    ("label", "How many?"),
                    ("min", "10"),
                    ("max", "5"),
                    ("decimals", "7"),
                    ("unit", &"u".repeat(31)),
                ]),
                kind_code::NUMBER,
                "",
            )),
            [
                "min: The lowest number cannot be more than the highest",
                "decimals: Decimal places must be between 0 and 6",
                "unit: The unit must be 30 characters or fewer",
            ]
        );
        assert_eq!(
            targets(check_question(
                &fields(&[
                    ("label", "How many?"),
                    ("min", "2000000000000"),
                    ("max", "lots"),
                    ("decimals", "-1")
                ]),
                kind_code::NUMBER,
                "",
            )),
            [
                "min: The lowest number must be between -1000000000000 and 1000000000000",
                "max: The highest number must be a number, like 10",
                "decimals: Decimal places must be a whole number, like 3",
            ]
        );
        assert_eq!(
            targets(check_question(
                &fields(&[
                    ("label", "When?"),
                    ("earliest-day", "1"),
                    ("earliest-month", "1"),
                    ("earliest-year", "2030"),
                    ("latest-day", "1"),
                    ("latest-month", "1"),
                    ("latest-year", "2020"),
                ]),
                kind_code::DATE,
                "",
            )),
            ["earliest-day: The earliest date must be before the latest date"]
        );
        assert_eq!(
            targets(check_question(
                &fields(&[
                    ("label", "When?"),
                    ("latest-day", "31"),
                    ("latest-month", "2"),
                    ("latest-year", "2020")
                ]),
                kind_code::DATE,
                "",
            )),
            ["latest-day: The latest date must be a real date"]
        );
    }

    #[test]
    fn options_move_with_their_keys() {
        let f = fields(&[
            ("label", "Pick"),
            ("option-k1", "One"),
            ("option-k2", "Two"),
            ("option-new-3", "Three"),
            ("do", "option_up:2"),
        ]);
        let moved = move_in_list(&f, OPTION_PREFIX, 2, true).unwrap();
        assert_eq!(
            posted_list(&moved, OPTION_PREFIX),
            [
                ("k1".to_string(), "One".to_string()),
                (String::new(), "Three".to_string()),
                ("k2".to_string(), "Two".to_string()),
            ]
        );
        let moved = move_in_list(&f, OPTION_PREFIX, 0, false).unwrap();
        assert_eq!(posted_list(&moved, OPTION_PREFIX)[0].1, "Two");
        assert_eq!(moved[0].0, "label", "other fields stay where they are");
        assert_eq!(move_in_list(&f, OPTION_PREFIX, 0, true), None);
        assert_eq!(move_in_list(&f, OPTION_PREFIX, 2, false), None);
        assert_eq!(move_in_list(&f, OPTION_PREFIX, 99, true), None);
    }

    #[test]
    fn options_keep_their_keys_order_and_drop_when_empty() {
        let q = check_question(
            &fields(&[
                ("label", "Pick"),
                ("option-aaa", "Yes"),
                ("option-new-2", "Maybe"),
                ("option-bbb", ""),
                ("option-new-4", "No"),
                ("option-aaa", "Forged repeat"),
            ]),
            kind_code::SINGLE_CHOICE,
            "",
        )
        .unwrap();
        let options: Vec<(&str, &str)> = q
            .kind
            .options()
            .iter()
            .map(|o| (o.key.as_str(), o.label.as_str()))
            .collect();
        assert_eq!(
            options,
            [
                ("aaa", "Yes"),
                ("", "Maybe"),
                ("", "No"),
                ("", "Forged repeat")
            ]
        );
    }

    #[test]
    fn what_to_fix_is_said_field_by_field() {
        assert_eq!(
            targets(check_question(&fields(&[]), kind_code::SINGLE_CHOICE, "")),
            [
                "label: Enter the question",
                "option-new-1: Enter at least 2 options"
            ]
        );
        assert_eq!(
            targets(check_question(
                &fields(&[("label", "Q"), ("option-new-1", "A"), ("option-new-2", "a")]),
                kind_code::SINGLE_CHOICE,
                ""
            )),
            ["option-new-2: Option 2 is the same as an earlier option"]
        );
        assert_eq!(
            targets(check_question(
                &fields(&[("label", "Q"), ("max_chars", "lots")]),
                kind_code::SHORT_TEXT,
                ""
            )),
            ["max_chars: The character limit must be a whole number, like 3"]
        );
        assert_eq!(
            targets(check_question(
                &fields(&[("label", "Q"), ("max_chars", "0")]),
                kind_code::LONG_TEXT,
                ""
            )),
            ["max_chars: The character limit must be between 1 and 50000"]
        );
        let three = [
            ("label", "Q"),
            ("option-new-1", "A"),
            ("option-new-2", "B"),
            ("option-new-3", "C"),
        ];
        let with = |extra: &[(&'static str, &'static str)]| {
            let mut all = three.to_vec();
            all.extend_from_slice(extra);
            check_question(&fields(&all), kind_code::MULTIPLE_CHOICE, "")
        };
        assert_eq!(
            targets(with(&[("max_choices", "4")])),
            ["max_choices: The maximum cannot be more than the 3 options"]
        );
        assert_eq!(
            targets(with(&[("min_choices", "3"), ("max_choices", "2")])),
            ["min_choices: The minimum cannot be more than the maximum"]
        );
        let ok = with(&[("min_choices", "1"), ("max_choices", "2")]).unwrap();
        assert_eq!(
            (ok.kind.options().len(), ok.choice_guidance().as_deref()),
            (3, Some("Select between 1 and 2 options"))
        );
        assert_eq!(
            targets(check_question(&fields(&[("label", "Q")]), "essay", "")),
            ["label: That kind of question does not exist: go back and choose one"]
        );
        assert!(
            targets(check_question(
                &fields(&[("label", &"x".repeat(MAX_LABEL_CHARS + 1))]),
                kind_code::SHORT_TEXT,
                ""
            ))[0]
                .starts_with("label: The question must be 500")
        );
    }

    #[test]
    fn control_characters_are_removed_from_what_is_kept() {
        let q = check_question(
            &fields(&[("label", "Street\u{0}\u{1b}"), ("hint", "\u{7}")]),
            kind_code::SHORT_TEXT,
            "",
        )
        .unwrap();
        assert_eq!((q.label.as_str(), q.hint), ("Street", None));
    }

    /// The palette's new questions: one for every kind the editor offers, each one the editor
    /// would accept as it is (saving it unchanged works), worded so it cannot be published.
    #[test]
    fn every_kind_has_a_starter_question_the_editor_accepts_and_publishing_refuses() {
        for (code, _, _) in KINDS {
            let starter = starter_question(code).unwrap();
            assert_eq!(starter.kind.code(), code);
            assert!(still_has_starter_words(&starter), "{code}");
            let mut posted = vec![("label".to_string(), starter.label.clone())];
            match &starter.kind {
                QuestionKind::ShortText { max_chars } | QuestionKind::LongText { max_chars } => {
                    posted.push(("max_chars".into(), max_chars.to_string()));
                }
                QuestionKind::Points { total, .. } => {
                    posted.push(("points_total".into(), total.to_string()));
                    posted.push(("points_rule".into(), "exact".into()));
                }
                _ => {}
            }
            for (i, option) in starter.kind.options().iter().enumerate() {
                posted.push((list_field(OPTION_PREFIX, "", i), option.label.clone()));
            }
            for (i, point) in starter.kind.scale().iter().enumerate() {
                posted.push((list_field(SCALE_PREFIX, "", i), point.label.clone()));
            }
            let checked =
                check_question(&posted, code, "").unwrap_or_else(|e| panic!("{code}: {e:?}"));
            assert_eq!(checked.label, starter.label);
            assert_eq!(checked.kind.options().len(), starter.kind.options().len());
            assert_eq!(checked.kind.scale().len(), starter.kind.scale().len());
        }
        let names: Vec<String> = [
            kind_code::SHORT_TEXT,
            kind_code::UK_POSTCODE,
            kind_code::GRID,
            kind_code::HEADING,
        ]
        .iter()
        .map(|code| starter_question(code).unwrap().label)
        .collect();
        assert_eq!(
            names,
            [
                "New short text question",
                "New UK postcode question",
                "New grid (Likert scale) question",
                "New heading"
            ]
        );
        assert!(starter_question("essay").is_none());

        // Written: its own label and options. The placeholder options left as they came are
        // still unwritten; "Option 2" chosen among other words is the author's.
        let mut written = starter_question(kind_code::SINGLE_CHOICE).unwrap();
        written.label = "Which day suits you?".into();
        assert!(still_has_starter_words(&written));
        written.kind.options_mut().unwrap()[0].label = "Saturday".into();
        assert!(!still_has_starter_words(&written));
        written.kind.options_mut().unwrap()[1].label = "Sunday".into();
        assert!(!still_has_starter_words(&written));
        // A grid's starter scale is the standard one: keeping it is writing nothing wrong.
        let mut grid = starter_question(kind_code::GRID).unwrap();
        grid.label = "How far do you agree?".into();
        if let Some(statements) = grid.kind.options_mut() {
            statements[0].label = "The park is safe".into();
            statements[1].label = "The park is clean".into();
        }
        assert!(!still_has_starter_words(&grid));
    }
}
