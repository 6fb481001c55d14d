//! The interface's words in English and Welsh, from the Fluent files in `app/locales` (decisions
//! 0030 and 0031). The respondents' messages (`en.ftl`, `cy.ftl`) are in both builds: the server
//! draws every page and the islands draw their parts again in the browser, so the two must say the
//! same. The staff pages' messages (`locales/staff/*.ftl`) are the server's alone, so the public
//! pages' WASM does not carry them; a staff page with an island writes them into the page for it
//! (`staff_texts_for_islands`).
//!
//! Pass numbers as numbers (`FluentValue::from(3)`) so each language picks its own plural form;
//! Welsh has six.

use std::sync::LazyLock;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use serde::{Deserialize, Serialize};
use unic_langid::{LanguageIdentifier, langid};

use super::language::Language;

pub use fluent_bundle::FluentValue as TextArg;

pub const ENGLISH_SOURCE: &str = include_str!("../../locales/en.ftl");
pub const WELSH_SOURCE: &str = include_str!("../../locales/cy.ftl");

/// The staff pages' messages, one pair of files per area (so the areas can be translated and
/// reviewed apart): its name, its English, its Welsh. The server's alone (see above).
#[cfg(any(feature = "ssr", test))]
pub const STAFF_SOURCES: [(&str, &str, &str); 4] = [
    (
        "staff",
        include_str!("../../locales/staff/staff.en.ftl"),
        include_str!("../../locales/staff/staff.cy.ftl"),
    ),
    (
        "builder",
        include_str!("../../locales/staff/builder.en.ftl"),
        include_str!("../../locales/staff/builder.cy.ftl"),
    ),
    (
        "editor",
        include_str!("../../locales/staff/editor.en.ftl"),
        include_str!("../../locales/staff/editor.cy.ftl"),
    ),
    (
        "results",
        include_str!("../../locales/staff/results.en.ftl"),
        include_str!("../../locales/staff/results.cy.ftl"),
    ),
];

type Bundle = FluentBundle<FluentResource>;

static ENGLISH: LazyLock<Bundle> =
    LazyLock::new(|| bundle(language_id(Language::English), &sources(Language::English)));
static WELSH: LazyLock<Bundle> =
    LazyLock::new(|| bundle(language_id(Language::Welsh), &sources(Language::Welsh)));

/// Fluent's name for a language (its plural rules come with it).
fn language_id(language: Language) -> LanguageIdentifier {
    match language {
        Language::English => langid!("en-GB"),
        Language::Welsh => langid!("cy"),
    }
}

/// The files a build holds in `language`: the respondents' messages, and on the server the staff
/// pages' too.
fn sources(language: Language) -> Vec<&'static str> {
    #[allow(unused_mut)] // (only the server adds to it)
    let mut sources = vec![match language {
        Language::English => ENGLISH_SOURCE,
        Language::Welsh => WELSH_SOURCE,
    }];
    #[cfg(any(feature = "ssr", test))]
    sources.extend(
        STAFF_SOURCES
            .iter()
            .map(|(_, english, welsh)| match language {
                Language::English => *english,
                Language::Welsh => *welsh,
            }),
    );
    sources
}

/// A bundle of some files. A file that does not parse keeps the messages it could read (the unit
/// tests refuse any error, so none ships).
fn bundle(language: LanguageIdentifier, sources: &[&str]) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // Unicode isolation marks around every argument are for mixed-direction text; in English and
    // Welsh they would only reach copied text and screen readers as noise.
    bundle.set_use_isolating(false);
    for source in sources {
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundle_of(language: Language) -> &'static Bundle {
    match language {
        Language::English => &ENGLISH,
        Language::Welsh => &WELSH,
    }
}

/// The staff pages' messages in `language`, as one Fluent text: what a staff page with an island
/// writes into itself for the island to read in the browser (`components::StaffIslandTexts`).
#[cfg(feature = "ssr")]
pub fn staff_texts_for_islands(language: Language) -> String {
    STAFF_SOURCES
        .iter()
        .map(|(_, english, welsh)| match language {
            Language::English => *english,
            Language::Welsh => *welsh,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// In the browser: the staff pages' messages the server wrote into the page, if it did (a staff
/// page with an island), in the page's language.
#[cfg(feature = "hydrate")]
static PAGE_STAFF_TEXTS: LazyLock<Option<Bundle>> = LazyLock::new(|| {
    let document = web_sys::window()?.document()?;
    let element = document.get_element_by_id(STAFF_TEXTS_ELEMENT_ID)?;
    let source: String = serde_json::from_str(&element.text_content()?).ok()?;
    let language = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Language::from_tag(&tag))
        .unwrap_or(Language::English);
    Some(bundle(language_id(language), &[source.as_str()]))
});

/// The id of the element holding the staff pages' messages for islands.
pub const STAFF_TEXTS_ELEMENT_ID: &str = "interface-text-for-islands";

/// The bundles to look a message up in, in order: the language's, English's, and in the browser
/// the staff messages the page carries.
fn bundles_for(language: Language) -> Vec<&'static Bundle> {
    #[allow(unused_mut)]
    let mut bundles = vec![bundle_of(language), &ENGLISH];
    #[cfg(feature = "hydrate")]
    if let Some(page) = PAGE_STAFF_TEXTS.as_ref() {
        bundles.push(page);
    }
    bundles
}

/// A message without arguments.
pub fn text(language: Language, id: &str) -> String {
    text_with(language, id, &[])
}

/// A message with its arguments. A message missing from Welsh shows in English, and one missing
/// from both shows its id (never a panic); the unit tests check every id the code names exists in
/// both files.
pub fn text_with(language: Language, id: &str, args: &[(&str, FluentValue)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    for bundle in bundles_for(language) {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// A message in English, for a refusal made where the page's language is not known: the page
/// that shows it writes it in its own language (`english_in`).
pub fn english(id: &str) -> String {
    text(Language::English, id)
}

/// A message with arguments in English, for a refusal made where the page's language is not
/// known: the page that shows it finds it by its shape and writes it in its own language
/// (`english_in`). Give numbers as numbers.
pub fn english_with(id: &str, args: &[(&str, FluentValue)]) -> String {
    text_with(Language::English, id, args)
}

/// One piece of a message's English: words, or an argument. (Found by their shape on the
/// server only: a server function's refusal reaches the browser already in its page's language,
/// `AppError::in_language`, so the WASM need not carry this.)
#[cfg(any(feature = "ssr", test))]
#[derive(Debug)]
enum Piece {
    Words(String),
    Argument(String),
}

#[cfg(any(feature = "ssr", test))]
/// The messages with arguments whose English is words and plain arguments only (no selects), as
/// pieces: what `english_in` can find a filled-in message by.
fn english_shapes() -> &'static Vec<(String, Vec<Piece>)> {
    static SHAPES: LazyLock<Vec<(String, Vec<Piece>)>> = LazyLock::new(|| {
        use fluent_syntax::ast;
        let mut shapes = Vec::new();
        for source in sources(Language::English) {
            let Ok(resource) = fluent_syntax::parser::parse(source) else {
                continue;
            };
            'messages: for entry in &resource.body {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let Some(pattern) = &message.value else {
                    continue;
                };
                let mut pieces = Vec::new();
                for element in &pattern.elements {
                    match element {
                        ast::PatternElement::TextElement { value } => match pieces.last_mut() {
                            Some(Piece::Words(words)) => words.push_str(value),
                            _ => pieces.push(Piece::Words(value.to_string())),
                        },
                        ast::PatternElement::Placeable {
                            expression:
                                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
                        } => {
                            // Two arguments side by side cannot be told apart.
                            if matches!(pieces.last(), Some(Piece::Argument(_))) {
                                continue 'messages;
                            }
                            pieces.push(Piece::Argument(id.name.to_string()));
                        }
                        _ => continue 'messages,
                    }
                }
                if pieces.iter().any(|p| matches!(p, Piece::Argument(_))) {
                    shapes.push((message.id.name.to_string(), pieces));
                }
            }
        }
        shapes
    });
    &SHAPES
}

#[cfg(any(feature = "ssr", test))]
/// The arguments that fill `pieces` to make `text`, if they do (each at least one character; an
/// argument runs to the first place the words after it occur).
fn fill(pieces: &[Piece], text: &str) -> Option<Vec<(String, String)>> {
    let mut rest = text;
    let mut args = Vec::new();
    let mut pending: Option<&str> = None;
    for (at, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Argument(name) => pending = Some(name),
            Piece::Words(words) => match pending.take() {
                None => rest = rest.strip_prefix(words.as_str())?,
                Some(name) => {
                    let end = if at == pieces.len() - 1 {
                        rest.strip_suffix(words.as_str())?.len()
                    } else {
                        rest.get(1..)?.find(words.as_str())? + 1
                    };
                    args.push((name.to_string(), rest[..end].to_string()));
                    rest = &rest[end + words.len()..];
                }
            },
        }
    }
    match pending {
        Some(name) if !rest.is_empty() => args.push((name.to_string(), rest.to_string())),
        Some(_) => return None,
        None if !rest.is_empty() => return None,
        None => {}
    }
    Some(args)
}

#[cfg(any(feature = "ssr", test))]
/// A filled-in message with arguments (`english_with`) as `language` says it, if `english` is one.
fn english_with_in(language: Language, english: &str) -> Option<String> {
    let (id, args) = english_shapes()
        .iter()
        .filter_map(|(id, pieces)| {
            let args = fill(pieces, english)?;
            // The message whose words account for most of the text is the one meant.
            let words: usize = pieces
                .iter()
                .map(|p| match p {
                    Piece::Words(w) => w.len(),
                    Piece::Argument(_) => 0,
                })
                .sum();
            Some((words, id, args))
        })
        .max_by_key(|(words, _, _)| *words)
        .map(|(_, id, args)| (id, args))?;
    // Written back exactly as it came, or it was not this message after all.
    let values = |args: &[(String, String)]| -> Vec<(String, FluentValue<'static>)> {
        args.iter()
            .map(|(name, value)| {
                let value = match value.parse::<i64>() {
                    Ok(number) if number.to_string() == *value => FluentValue::from(number),
                    _ => FluentValue::from(value.clone()),
                };
                (name.clone(), value)
            })
            .collect()
    };
    let values = values(&args);
    let borrowed: Vec<(&str, FluentValue)> = values
        .iter()
        .map(|(name, value)| (name.as_str(), value.clone()))
        .collect();
    (text_with(Language::English, id, &borrowed) == english)
        .then(|| text_with(language, id, &borrowed))
}

/// One of our English messages (an error's text, written with `text(Language::English, id)` where
/// the server does not know the page's language) as `language` says it: the message whose English
/// is exactly `english`, in `language`; anything else as it is. Only messages without arguments
/// can be found this way.
pub fn english_in(language: Language, english: &str) -> String {
    static IDS_BY_ENGLISH: LazyLock<std::collections::HashMap<String, String>> =
        LazyLock::new(|| {
            let mut ids = std::collections::HashMap::new();
            for source in sources(Language::English) {
                let Ok(resource) = FluentResource::try_new(source.to_string()) else {
                    continue;
                };
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(message) = entry {
                        let id = message.id.name;
                        ids.insert(text(Language::English, id), id.to_string());
                    }
                }
            }
            ids
        });
    match (language, IDS_BY_ENGLISH.get(english)) {
        (Language::English, _) => english.to_string(),
        (_, Some(id)) => text(language, id),
        #[cfg(any(feature = "ssr", test))]
        (_, None) => english_with_in(language, english).unwrap_or_else(|| english.to_string()),
        #[cfg(not(any(feature = "ssr", test)))]
        (_, None) => english.to_string(),
    }
}

/// A message not yet written in a language: its id and arguments. Rules shared by the server
/// and the browser (answer checks) give their problems as these, so the page shows each in its
/// own language; they travel from a server function to an island as they are.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    #[serde(default)]
    pub args: Vec<(String, MessageArg)>,
}

/// An argument of a `Message`: numbers pick plural forms, dates are written in the language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MessageArg {
    Text(String),
    Number(i64),
    Date(chrono::NaiveDate),
    /// Messages naming something inside a sentence ("question 3: hint"): each written in the
    /// language, joined by ": ", in lower case.
    Parts(Vec<Message>),
}

impl Message {
    pub fn new(id: &str) -> Self {
        Message {
            id: id.to_string(),
            args: Vec::new(),
        }
    }

    pub fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args
            .push((name.to_string(), MessageArg::Text(value.into())));
        self
    }

    pub fn number(mut self, name: &str, value: impl TryInto<i64>) -> Self {
        let value = value.try_into().unwrap_or(i64::MAX);
        self.args
            .push((name.to_string(), MessageArg::Number(value)));
        self
    }

    pub fn parts(mut self, name: &str, value: Vec<Message>) -> Self {
        self.args.push((name.to_string(), MessageArg::Parts(value)));
        self
    }

    pub fn date(mut self, name: &str, value: chrono::NaiveDate) -> Self {
        self.args.push((name.to_string(), MessageArg::Date(value)));
        self
    }

    /// The message written in `language`.
    pub fn render(&self, language: Language) -> String {
        let args: Vec<(&str, FluentValue)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    MessageArg::Text(text) => FluentValue::from(text.clone()),
                    MessageArg::Number(n) => FluentValue::from(*n),
                    MessageArg::Date(date) => {
                        FluentValue::from(super::uk_time::format_calendar_date_in(language, *date))
                    }
                    MessageArg::Parts(parts) => FluentValue::from(
                        parts
                            .iter()
                            .map(|part| part.render(language))
                            .collect::<Vec<_>>()
                            .join(": ")
                            .to_lowercase(),
                    ),
                };
                (name.as_str(), value)
            })
            .collect();
        text_with(language, &self.id, &args)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_syntax::ast;

    use super::*;

    /// Every message id of a file, with the variables it uses.
    fn messages(source: &str) -> Vec<(String, BTreeSet<String>)> {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("the Fluent file does not parse: {errors:?}"),
        };
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(message) => {
                    let mut variables = BTreeSet::new();
                    if let Some(value) = &message.value {
                        pattern_variables(value, &mut variables);
                    }
                    Some((message.id.name.to_string(), variables))
                }
                _ => None,
            })
            .collect()
    }

    fn pattern_variables(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, into);
            }
        }
    }

    fn expression_variables(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, into);
                for variant in variants {
                    pattern_variables(&variant.value, into);
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, into),
        }
    }

    fn inline_variables(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                into.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, into)
            }
            _ => {}
        }
    }

    /// Each pair of files (the respondents', and each staff area's) holds the same messages with
    /// the same arguments in both languages, and no id is used twice across all of them (a bundle
    /// would keep only the first).
    #[test]
    fn both_languages_hold_the_same_messages_with_the_same_arguments() {
        let mut pairs = vec![("respondents", ENGLISH_SOURCE, WELSH_SOURCE)];
        pairs.extend(STAFF_SOURCES);
        let mut every_id = BTreeSet::new();
        for (area, english_source, welsh_source) in pairs {
            let english = messages(english_source);
            let welsh = messages(welsh_source);
            let english_ids: BTreeSet<_> = english.iter().map(|(id, _)| id.clone()).collect();
            let welsh_ids: BTreeSet<_> = welsh.iter().map(|(id, _)| id.clone()).collect();
            assert_eq!(
                english.len(),
                english_ids.len(),
                "an id is used twice in {area}, English"
            );
            assert_eq!(
                welsh.len(),
                welsh_ids.len(),
                "an id is used twice in {area}, Welsh"
            );
            let only_english: Vec<_> = english_ids.difference(&welsh_ids).collect();
            let only_welsh: Vec<_> = welsh_ids.difference(&english_ids).collect();
            assert!(
                only_english.is_empty(),
                "{area}: not in Welsh: {only_english:?}"
            );
            assert!(
                only_welsh.is_empty(),
                "{area}: not in English: {only_welsh:?}"
            );
            for (id, variables) in &english {
                let (_, welsh_variables) = welsh.iter().find(|(w, _)| w == id).unwrap();
                assert_eq!(
                    variables, welsh_variables,
                    "{area}: {id} takes other arguments in Welsh"
                );
            }
            for id in english_ids {
                assert!(
                    every_id.insert(id.clone()),
                    "{id} is in {area} and another file too"
                );
            }
        }
    }

    /// Every message id of every English file.
    fn every_english_id() -> BTreeSet<String> {
        sources(Language::English)
            .into_iter()
            .flat_map(messages)
            .map(|(id, _)| id)
            .collect()
    }

    /// Every source file of the crate, with its text.
    fn source_files() -> Vec<(std::path::PathBuf, String)> {
        let mut files = Vec::new();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut folders = vec![std::path::PathBuf::from(root)];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    folders.push(path);
                } else {
                    let source = std::fs::read_to_string(&path).unwrap();
                    files.push((path, source));
                }
            }
        }
        files
    }

    /// Every `"id"` the code passes to `text`/`text_with`/`tr`/`tr_with` is in the files: a typo
    /// would otherwise show the id on a page.
    #[test]
    fn every_message_the_code_names_exists() {
        let ids = every_english_id();
        let mut missing = Vec::new();
        let mut named = 0;
        for (path, source) in source_files() {
            for call in [
                "text(",
                "text_with(",
                "tr(",
                "tr_with(",
                "Message::new(",
                "about(",
                "english(",
                "english_with(",
            ] {
                for (at, _) in source.match_indices(call) {
                    // The call's first string literal within its arguments is the id.
                    // Not a method (`Message::text` names an argument) nor a longer name.
                    let before_call = source[..at].chars().next_back();
                    if before_call.is_some_and(|c| c == '.' || c == '_' || c.is_alphanumeric()) {
                        continue;
                    }
                    // The id is the first argument, or the second after a language variable.
                    let rest = &source[at + call.len()..];
                    let Some(open) = rest.find('"') else { continue };
                    // (rustfmt may put the arguments on lines of their own.)
                    let before = rest[..open].trim();
                    let is_language_then_id = before.strip_suffix(',').is_some_and(|v| {
                        let v = v.trim();
                        !v.is_empty()
                            && v.chars().all(|c| {
                                c.is_ascii_lowercase()
                                    || c == '_'
                                    || c == ':'
                                    || c.is_ascii_uppercase()
                            })
                    });
                    if !before.is_empty() && !is_language_then_id {
                        continue;
                    }
                    let Some(close) = rest[open + 1..].find('"') else {
                        continue;
                    };
                    let id = &rest[open + 1..open + 1 + close];
                    // The fallback test names a missing message on purpose.
                    if id.is_empty()
                        || id.starts_with("no-such-")
                        || !id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
                    {
                        continue;
                    }
                    named += 1;
                    if !ids.contains(id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
        assert!(named > 50, "only {named} message ids found in the code");
        assert!(
            missing.is_empty(),
            "messages missing from the English files: {missing:#?}"
        );
    }

    /// Staff ids are often named away from a `tr` call (a match arm giving an enum's label, a
    /// table of ids): every string literal shaped like one (`"builder-…"`, `"editor-…"`,
    /// `"results-…"`, `"staff-…"`) is a message, unless it is written as an element's class or id
    /// (or styled as one).
    #[test]
    fn every_staff_id_in_the_code_exists() {
        let ids = every_english_id();
        let style = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../style"))
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
                    .collect::<String>()
            })
            .unwrap_or_default();
        let mut missing = Vec::new();
        let mut named = 0;
        for (path, source) in source_files() {
            for prefix in ["\"builder-", "\"editor-", "\"results-", "\"staff-"] {
                for (at, _) in source.match_indices(prefix) {
                    let rest = &source[at + 1..];
                    let Some(close) = rest.find('"') else {
                        continue;
                    };
                    let literal = &rest[..close];
                    if !literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        || literal.ends_with('-')
                    {
                        continue;
                    }
                    let before = source[..at].trim_end();
                    let attribute = ["class=", "id=", "testid=", "for=", "name="]
                        .iter()
                        .any(|a| before.ends_with(a));
                    let styled = style.contains(&format!(".{literal}"))
                        || style.contains(&format!("#{literal}"));
                    if attribute || styled {
                        continue;
                    }
                    named += 1;
                    if !ids.contains(literal) {
                        missing.push(format!("{}: {literal}", path.display()));
                    }
                }
            }
        }
        assert!(named > 100, "only {named} staff ids found in the code");
        assert!(missing.is_empty(), "not messages: {missing:#?}");
    }

    #[test]
    fn arguments_and_plurals_in_each_language() {
        assert_eq!(text(Language::English, "service-name"), "Have your say");
        assert_eq!(text(Language::Welsh, "service-name"), "Dweud eich dweud");
        let count = |language, n: i64| {
            text_with(language, "points-left", &[("count", FluentValue::from(n))])
        };
        assert_eq!(count(Language::English, 1), "1 point left");
        assert_eq!(count(Language::English, 5), "5 points left");
        // Welsh plural categories: zero, one, two, few (3), many (6), other.
        assert_eq!(count(Language::Welsh, 0), "0 pwynt ar ôl");
        assert_eq!(count(Language::Welsh, 1), "1 pwynt ar ôl");
        assert_eq!(count(Language::Welsh, 2), "2 bwynt ar ôl");
        assert_eq!(count(Language::Welsh, 3), "3 phwynt ar ôl");
        assert_eq!(count(Language::Welsh, 6), "6 phwynt ar ôl");
        assert_eq!(count(Language::Welsh, 7), "7 pwynt ar ôl");
    }

    #[test]
    fn an_english_refusal_is_shown_in_the_page_language() {
        let honeypot = text(Language::English, "honeypot-refusal");
        assert_eq!(english_in(Language::English, &honeypot), honeypot);
        assert_eq!(
            english_in(Language::Welsh, &honeypot),
            text(Language::Welsh, "honeypot-refusal")
        );
        // The error pages' own sentences (written by `AppError`'s Display) are found too.
        for (error, id) in [
            (crate::error::AppError::Internal, "error-internal"),
            (crate::error::AppError::Forbidden, "error-forbidden"),
            (crate::error::AppError::Unauthorized, "error-title-sign-in"),
        ] {
            assert_eq!(
                english_in(Language::Welsh, &error.to_string()),
                text(Language::Welsh, id)
            );
        }
        // Words that are no message of ours (a staff member's text, a message with arguments
        // already filled in) are shown as they are.
        assert_eq!(
            english_in(Language::Welsh, "Riverside <b>Park</b>"),
            "Riverside <b>Park</b>"
        );
        // Every message without arguments whose English is its own is found by it.
        let all: Vec<_> = sources(Language::English)
            .into_iter()
            .flat_map(messages)
            .collect();
        let english_of = |id: &str| text(Language::English, id);
        for (id, args) in &all {
            let english = english_of(id);
            let shared = all
                .iter()
                .filter(|(other, _)| english_of(other) == english)
                .count()
                > 1;
            if args.is_empty() && !shared {
                assert_eq!(
                    english_in(Language::Welsh, &english),
                    text(Language::Welsh, id),
                    "{id}"
                );
            }
        }
    }

    #[test]
    fn an_english_refusal_with_arguments_is_shown_in_the_page_language() {
        let refusal = english_with("points-left", &[("count", FluentValue::from(3))]);
        // A message with a select is not found by its shape: shown as it is.
        assert_eq!(english_in(Language::Welsh, &refusal), refusal);
        let refusal = english_with(
            "staff-library-already-saved",
            &[
                ("who", FluentValue::from("Sam <b>Jones</b>")),
                ("date", FluentValue::from("5 March 2026")),
            ],
        );
        assert_eq!(
            english_in(Language::Welsh, &refusal),
            text_with(
                Language::Welsh,
                "staff-library-already-saved",
                &[
                    ("who", FluentValue::from("Sam <b>Jones</b>")),
                    ("date", FluentValue::from("5 March 2026")),
                ]
            )
        );
        // Numbers go back as numbers, for the Welsh plural.
        let kept = english_with(
            "results-refusal-download-gone",
            &[("hours", FluentValue::from(24))],
        );
        assert_eq!(
            english_in(Language::Welsh, &kept),
            text_with(
                Language::Welsh,
                "results-refusal-download-gone",
                &[("hours", FluentValue::from(24))]
            )
        );
        // Several arguments, numbers among them, and words that hold quotes.
        let args = [
            ("option", FluentValue::from("No, “never”")),
            ("question", FluentValue::from("Do you visit?")),
            ("to", FluentValue::from(1)),
            ("from", FluentValue::from(2)),
        ];
        let backwards = english_with("builder-route-backwards", &args);
        assert_eq!(
            english_in(Language::Welsh, &backwards),
            text_with(Language::Welsh, "builder-route-backwards", &args)
        );
        // Words that only begin like a message are left alone.
        assert_eq!(
            english_in(Language::Welsh, "This question is already in the library"),
            "This question is already in the library"
        );
    }

    #[test]
    fn a_missing_message_falls_back_and_never_panics() {
        assert_eq!(text(Language::Welsh, "no-such-message"), "no-such-message");
        // An argument not given shows its name rather than failing the page.
        let shown = text_with(Language::English, "points-left", &[]);
        assert!(shown.contains("count"), "{shown}");
    }
}
