//! The page's language in views: which it is, its words, its links, and the switch to the other.

use leptos::prelude::*;

use crate::domain::Language;
use crate::domain::interface_text::{self, TextArg};
use crate::domain::welsh_content::WelshTexts;

/// The page's language. The server reads it off the address (`render::provide_request_context`);
/// an island in the browser reads it off the page's `<html lang>`, which the server wrote.
pub fn use_language() -> Language {
    if let Some(language) = use_context::<Language>() {
        return language;
    }
    #[cfg(feature = "hydrate")]
    if let Some(tag) = document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        && let Some(language) = Language::from_tag(&tag)
    {
        return language;
    }
    Language::English
}

/// A message of the interface in the page's language.
pub fn tr(id: &str) -> String {
    interface_text::text(use_language(), id)
}

/// A message with arguments in the page's language.
pub fn tr_with(id: &str, args: &[(&str, TextArg)]) -> String {
    interface_text::text_with(use_language(), id, args)
}

/// An instant as the page's language writes it ("11:59pm on 5 March 2026", "11:59yh ar 5 Mawrth
/// 2026"). DTOs carry instants, not English text, so each page writes them in its language.
pub fn date_time_text(instant: chrono::DateTime<chrono::Utc>) -> String {
    crate::domain::uk_time::format_date_time_in(use_language(), instant)
}

/// An instant's day as the page's language writes it ("5 March 2026").
pub fn date_text(instant: chrono::DateTime<chrono::Utc>) -> String {
    crate::domain::uk_time::format_date_in(use_language(), instant)
}

/// A site path in the page's language (`/x`, or `/cy/x` on a Welsh page).
pub fn href(path: &str) -> String {
    use_language().path(path)
}

/// The `lang` attribute for the consultation's own words (titles, questions, options): they are
/// written in English, so a Welsh page marks them `lang="en"` for screen readers to read them in
/// English.
pub fn content_lang() -> Option<&'static str> {
    (use_language() != Language::English).then_some(Language::English.tag())
}

/// The `lang` attribute for a consultation text named `target` (`domain::welsh_content`): with
/// what a Welsh page knows to be in Welsh, only the texts still in English are marked; without
/// (staff pages, previews), as `content_lang`.
pub fn text_lang(welsh: &WelshTexts, target: &str) -> Option<&'static str> {
    match welsh.targets {
        Some(_) => welsh.lang(target),
        None => content_lang(),
    }
}

/// This page's address in the other language: "Cymraeg" on an English page, "English" on a
/// Welsh one, written in that language and marked so.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let language = use_language();
    let other = language.other();
    let here = current_path();
    view! {
        <nav class="language-switch" aria-label=tr("language-switch-label")>
            <span class="language-switch__current" aria-current="true">{language.own_name()}</span>
            <a
                class="language-switch__link"
                href=other.path(&here)
                hreflang=other.tag()
                lang=other.tag()
                data-testid="language-switch"
            >
                {other.own_name()}
            </a>
        </nav>
    }
}

/// The path of the page being drawn, without its language prefix. Not its query: that is
/// whatever the address held (a sign-in's `next`, a refused filter), and a switch of language is
/// no reason to write it back into the page.
fn current_path() -> String {
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<axum::http::request::Parts>() {
        return parts.uri.path().to_string();
    }
    "/".into()
}

/// The staff pages' messages, written into a staff page beside its island (decision 0031): the
/// WASM carries only the respondents' messages, so an island drawing staff words in the browser
/// reads them from here (`interface_text`). A JSON string in a data block, with `<`, `>` and `&`
/// escaped, so nothing in it can end the element; outside the island, so it is written once.
#[component]
pub fn StaffIslandTexts() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let json = serde_json::to_string(&interface_text::staff_texts_for_islands(use_language()))
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    #[cfg(not(feature = "ssr"))]
    let json = String::new();
    view! {
        // (Never run, but marked as ours like every script element of the page.)
        <script
            nonce=leptos::nonce::use_nonce()
            type="application/json"
            id=interface_text::STAFF_TEXTS_ELEMENT_ID
            inner_html=json
        ></script>
    }
}

/// Message `id` after `prefix`, with `args`, its argument `name` being `content`, the
/// consultation's own words: on a Welsh page those words are marked `lang="en"` in a span of their
/// own; on an English page the message is plain text.
pub fn message_with_content(
    prefix: &'static str,
    id: &'static str,
    args: &[(&str, TextArg)],
    name: &'static str,
    content: String,
) -> impl IntoView + use<> {
    use leptos::either::EitherOf3;
    let with = |value: TextArg<'static>| {
        let mut all: Vec<(&str, TextArg)> = args.to_vec();
        all.push((name, value));
        tr_with(id, &all)
    };
    let Some(lang) = content_lang() else {
        return EitherOf3::A(format!("{prefix}{}", with(TextArg::from(content))));
    };
    // A character no message holds, to find where the words go.
    const MARK: &str = "\u{E000}";
    let text = with(TextArg::from(MARK));
    match text.split_once(MARK) {
        Some((before, after)) => EitherOf3::B(view! {
            {format!("{prefix}{before}")}
            <span lang=lang>{content}</span>
            {after.to_string()}
        }),
        None => EitherOf3::C(format!("{prefix}{text}")),
    }
}
