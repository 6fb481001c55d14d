//! Welsh versions of a consultation's own words (decision 0030): its title, summary and
//! description, and every page title, question, hint, guidance and option of its questionnaire.
//!
//! Each text is named by a *target* built from the stable keys every version of a questionnaire
//! shares (`question.q-1a2b.label`), so a translation outlives new versions. A translation keeps
//! the English it was written from: when the English has changed since, the Welsh is out of date
//! and respondents see the English (marked as English) until a translator updates it.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::Language;
use super::interface_text::Message;
use super::questionnaire::{Question, QuestionKind, Questionnaire};

/// The most characters a Welsh text in Markdown (a description, guidance, a paragraph) may have:
/// room for Welsh being longer than the English, which is limited below this.
pub const MAX_WELSH_CHARS: usize = 40_000;

/// The most characters any other Welsh text (a title, a question, a hint, an option) may have:
/// twice the longest of their English, so a page cannot be flooded through a translation box.
pub const MAX_WELSH_SHORT_CHARS: usize = 2 * super::question_form::MAX_HINT_CHARS;

pub const TITLE: &str = "title";
pub const SUMMARY: &str = "summary";
pub const BODY: &str = "body";

/// Translations of one consultation: target → (the English it was written from, the Welsh).
pub type Translations = BTreeMap<String, (String, String)>;

/// The consultation's own texts outside its questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsultationTexts {
    pub title: String,
    pub summary: String,
    pub body_markdown: String,
}

/// One text that can have a Welsh version, as a translator sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentText {
    pub target: String,
    /// What it is ("Question 3", "Question 3: hint", "Question 3: option 2"), for the
    /// translator: its parts, written in the page's language and joined by `what_in`.
    pub what: Vec<Message>,
    pub english: String,
    /// Markdown (a description, guidance, a paragraph): a bigger box, kept as Markdown.
    pub markdown: bool,
    /// The Welsh as saved (even when out of date), and whether it was written from this English.
    pub welsh: String,
    pub out_of_date: bool,
}

impl ContentText {
    /// What it is, in `language` ("Question 3: hint").
    pub fn what_in(&self, language: Language) -> String {
        self.what
            .iter()
            .map(|part| part.render(language))
            .collect::<Vec<_>>()
            .join(": ")
    }
}

pub fn page_title_target(page_key: &str) -> String {
    format!("page.{page_key}.title")
}

pub fn question_target(question_key: &str, field: &str) -> String {
    format!("question.{question_key}.{field}")
}

pub fn option_target(question_key: &str, option_key: &str) -> String {
    format!("option.{question_key}.{option_key}")
}

/// Every text of a consultation that can have a Welsh version, in reading order, with what is
/// saved for each.
pub fn texts(
    consultation: &ConsultationTexts,
    questionnaire: &Questionnaire,
    saved: &Translations,
) -> Vec<ContentText> {
    let mut found = Vec::new();
    let mut add = |target: String, what: Vec<Message>, english: &str, markdown: bool| {
        if english.trim().is_empty() {
            return;
        }
        let (welsh, out_of_date) = match saved.get(&target) {
            Some((source, welsh)) => (welsh.clone(), source != english),
            None => (String::new(), false),
        };
        found.push(ContentText {
            target,
            what,
            english: english.to_string(),
            markdown,
            welsh,
            out_of_date,
        });
    };
    add(
        TITLE.into(),
        vec![Message::new("staff-welsh-what-title")],
        &consultation.title,
        false,
    );
    add(
        SUMMARY.into(),
        vec![Message::new("staff-welsh-what-summary")],
        &consultation.summary,
        false,
    );
    add(
        BODY.into(),
        vec![Message::new("staff-welsh-what-body")],
        &consultation.body_markdown,
        true,
    );
    let mut number = 0;
    for (page_index, page) in questionnaire.pages.iter().enumerate() {
        if let Some(title) = &page.title {
            let what = vec![
                Message::new("staff-welsh-what-page").number("number", page_index + 1),
                Message::new("staff-welsh-what-page-title"),
            ];
            add(page_title_target(&page.key), what, title, false);
        }
        for question in &page.questions {
            let name = match question.kind {
                QuestionKind::Heading => Message::new("staff-welsh-what-heading"),
                QuestionKind::Paragraph => Message::new("staff-welsh-what-paragraph"),
                _ => {
                    number += 1;
                    Message::new("staff-welsh-what-question").number("number", number)
                }
            };
            let part = |part: Message| vec![name.clone(), part];
            let markdown = question.kind == QuestionKind::Paragraph;
            add(
                question_target(&question.key, "label"),
                vec![name.clone()],
                &question.label,
                markdown,
            );
            if let Some(hint) = &question.hint {
                add(
                    question_target(&question.key, "hint"),
                    part(Message::new("staff-welsh-what-hint")),
                    hint,
                    false,
                );
            }
            if let Some(guidance) = &question.guidance {
                let what = part(Message::new("staff-welsh-what-guidance"));
                add(
                    question_target(&question.key, "guidance"),
                    what,
                    guidance,
                    true,
                );
            }
            let (items, scale) = option_words(question);
            let numbered =
                |list: &'static str, n: usize| part(Message::new(list).number("number", n + 1));
            for (n, option) in question.kind.options().iter().enumerate() {
                let what = numbered(items, n);
                add(
                    option_target(&question.key, &option.key),
                    what,
                    &option.label,
                    false,
                );
            }
            for (n, point) in question.kind.scale().iter().enumerate() {
                let what = numbered(scale, n);
                add(
                    option_target(&question.key, &point.key),
                    what,
                    &point.label,
                    false,
                );
            }
        }
    }
    found
}

/// What a translator is told an item of a question is: the messages naming its options and
/// its scale points (a grid's).
fn option_words(question: &Question) -> (&'static str, &'static str) {
    match question.kind {
        QuestionKind::Grid { .. } => ("staff-welsh-what-statement", "staff-welsh-what-scale-point"),
        QuestionKind::Ranking { .. } => ("staff-welsh-what-rank-item", "staff-welsh-what-option"),
        QuestionKind::Points { .. } => {
            ("staff-welsh-what-points-option", "staff-welsh-what-option")
        }
        _ => ("staff-welsh-what-option", "staff-welsh-what-option"),
    }
}

/// The Welsh for a text, if there is one written from this English.
pub fn current<'a>(saved: &'a Translations, target: &str, english: &str) -> Option<&'a str> {
    saved
        .get(target)
        .filter(|(source, welsh)| source == english && !welsh.trim().is_empty())
        .map(|(_, welsh)| welsh.as_str())
}

/// The questionnaire with each text that has up-to-date Welsh in Welsh, and the targets that
/// are (everything else stays English, for pages to mark `lang="en"`).
pub fn welsh_questionnaire(
    questionnaire: &Questionnaire,
    saved: &Translations,
) -> (Questionnaire, BTreeSet<String>) {
    let mut welsh = questionnaire.clone();
    let mut done = BTreeSet::new();
    let mut swap = |target: String, text: &mut String| {
        if let Some(found) = current(saved, &target, text) {
            *text = found.to_string();
            done.insert(target);
        }
    };
    for page in &mut welsh.pages {
        if let Some(title) = page.title.as_mut() {
            swap(page_title_target(&page.key), title);
        }
        for question in &mut page.questions {
            let key = question.key.clone();
            swap(question_target(&key, "label"), &mut question.label);
            if let Some(hint) = question.hint.as_mut() {
                swap(question_target(&key, "hint"), hint);
            }
            if let Some(guidance) = question.guidance.as_mut() {
                swap(question_target(&key, "guidance"), guidance);
            }
            if let Some(options) = question.kind.options_mut() {
                for option in options {
                    swap(option_target(&key, &option.key), &mut option.label);
                }
            }
            if let QuestionKind::Grid { scale, .. } = &mut question.kind {
                for point in scale {
                    swap(option_target(&key, &point.key), &mut point.label);
                }
            }
        }
    }
    (welsh, done)
}

/// Which texts of a questionnaire a page shows in Welsh (the rest are in English). Carried with
/// a respondent's form so every text can be marked with its language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WelshTexts {
    /// `None` on an English page: nothing is marked.
    pub targets: Option<BTreeSet<String>>,
}

impl WelshTexts {
    pub fn welsh(targets: BTreeSet<String>) -> Self {
        WelshTexts {
            targets: Some(targets),
        }
    }

    /// The `lang` attribute for a text: none on an English page or for a Welsh text, `en` for
    /// an English text on a Welsh page.
    pub fn lang(&self, target: &str) -> Option<&'static str> {
        match &self.targets {
            Some(welsh) if !welsh.contains(target) => Some("en"),
            _ => None,
        }
    }
}

/// What a translator's form sent, checked: target → Welsh (blank removes a translation).
pub fn read_form(
    texts: &[ContentText],
    posted: &[(String, String)],
) -> Result<Vec<(String, String, String)>, Vec<super::FieldError>> {
    let mut kept = Vec::new();
    let mut errors = Vec::new();
    for text in texts {
        let field = format!("welsh.{}", text.target);
        let Some((_, typed)) = posted.iter().find(|(name, _)| *name == field) else {
            continue;
        };
        let typed = super::answers::normalise_text(typed);
        let most = if text.markdown {
            MAX_WELSH_CHARS
        } else {
            MAX_WELSH_SHORT_CHARS
        };
        if typed.chars().count() > most {
            errors.push(super::FieldError {
                field: field.clone(),
                target_id: field,
                message: format!(
                    "The Welsh for {} must be {most} characters or fewer",
                    text.what_in(Language::English).to_lowercase()
                ),
                text: Some(
                    Message::new("staff-welsh-too-long")
                        .parts("what", text.what.clone())
                        .number("most", most),
                ),
            });
            continue;
        }
        kept.push((text.target.clone(), text.english.clone(), typed));
    }
    if errors.is_empty() {
        Ok(kept)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::fixtures::questionnaire;

    fn consultation() -> ConsultationTexts {
        ConsultationTexts {
            title: "Parks".into(),
            summary: "Our parks".into(),
            body_markdown: "**Tell us**".into(),
        }
    }

    #[test]
    fn every_text_is_listed_once_in_reading_order() {
        let q = questionnaire();
        let listed = texts(&consultation(), &q, &Translations::new());
        let targets: BTreeSet<_> = listed.iter().map(|t| t.target.clone()).collect();
        assert_eq!(targets.len(), listed.len(), "no target twice");
        assert_eq!(listed[0].target, TITLE);
        assert_eq!(listed[0].what_in(Language::English), "Consultation title");
        assert_eq!(listed[2].what_in(Language::English), "Description");
        assert!(
            listed
                .iter()
                .any(|t| t.what_in(Language::English) == "Question 3: option 1"),
            "{:?}",
            listed
                .iter()
                .map(|t| t.what_in(Language::English))
                .collect::<Vec<_>>()
        );
        assert!(
            listed
                .iter()
                .any(|t| t.what_in(Language::Welsh) == "Cwestiwn 3: opsiwn 1")
        );
        assert_eq!(listed[2].target, BODY);
        assert!(listed[2].markdown);
        for question in q.questions() {
            assert!(targets.contains(&question_target(&question.key, "label")));
            for option in question.kind.options() {
                assert!(targets.contains(&option_target(&question.key, &option.key)));
            }
        }
        assert!(listed.iter().all(|t| t.welsh.is_empty() && !t.out_of_date));
    }

    #[test]
    fn welsh_replaces_only_what_was_written_from_the_current_english() {
        let q = questionnaire();
        let first = q
            .questions()
            .find(|x| !x.kind.options().is_empty())
            .unwrap()
            .clone();
        let option = &first.kind.options()[0];
        let mut saved = Translations::new();
        saved.insert(
            question_target(&first.key, "label"),
            (first.label.clone(), "Cwestiwn".into()),
        );
        saved.insert(
            option_target(&first.key, &option.key),
            ("An older English".into(), "Hen Gymraeg".into()),
        );
        let (welsh, done) = welsh_questionnaire(&q, &saved);
        let translated = welsh.questions().find(|x| x.id == first.id).unwrap();
        assert_eq!(translated.label, "Cwestiwn");
        assert_eq!(
            translated.kind.options()[0].label,
            option.label,
            "out of date: English"
        );
        assert!(done.contains(&question_target(&first.key, "label")));
        assert!(!done.contains(&option_target(&first.key, &option.key)));
        // Ids, keys and routes are untouched: answers mean the same in both languages.
        assert_eq!(translated.id, first.id);
        assert_eq!(translated.kind.options()[0].id, option.id);
        let listed = texts(&consultation(), &q, &saved);
        let stale = listed
            .iter()
            .find(|t| t.target == option_target(&first.key, &option.key))
            .unwrap();
        assert!(stale.out_of_date);
        assert_eq!(stale.welsh, "Hen Gymraeg");

        let marks = WelshTexts::welsh(done);
        assert_eq!(marks.lang(&question_target(&first.key, "label")), None);
        assert_eq!(
            marks.lang(&option_target(&first.key, &option.key)),
            Some("en")
        );
        assert_eq!(WelshTexts::default().lang("anything"), None);
    }

    #[test]
    fn a_translators_form_is_read_and_checked() {
        let q = questionnaire();
        let listed = texts(&consultation(), &q, &Translations::new());
        let posted = vec![
            ("welsh.title".to_string(), "  Parciau \u{7}".to_string()),
            ("welsh.summary".to_string(), String::new()),
            ("welsh.nothing".to_string(), "ignored".to_string()),
        ];
        let read = read_form(&listed, &posted).unwrap();
        assert_eq!(
            read,
            vec![
                (
                    "title".to_string(),
                    "Parks".to_string(),
                    "Parciau".to_string()
                ),
                (
                    "summary".to_string(),
                    "Our parks".to_string(),
                    String::new()
                ),
            ]
        );
        let long = vec![("welsh.body".to_string(), "a".repeat(MAX_WELSH_CHARS + 1))];
        let errors = read_form(&listed, &long).unwrap_err();
        assert_eq!(errors[0].field, "welsh.body");
        assert!(
            errors[0].message.contains("description"),
            "{}",
            errors[0].message
        );
        // The same problem, in each language the page may be in.
        assert_eq!(errors[0].message_in(Language::English), errors[0].message);
        let welsh = errors[0].message_in(Language::Welsh);
        assert!(welsh.starts_with("Rhaid i’r Gymraeg ar gyfer "), "{welsh}");
        assert!(!welsh.contains("description"), "{welsh}");
        // A title is short: 2,000 characters at most, a description 40,000.
        let title = vec![(
            "welsh.title".to_string(),
            "a".repeat(MAX_WELSH_SHORT_CHARS + 1),
        )];
        assert!(read_form(&listed, &title).is_err());
        let body = vec![(
            "welsh.body".to_string(),
            "a".repeat(MAX_WELSH_SHORT_CHARS + 1),
        )];
        assert!(read_form(&listed, &body).is_ok());
    }
}
