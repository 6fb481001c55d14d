//! An answer in words, as staff read a stored response and respondents check theirs: a line per
//! part (each option chosen, each ranked item), typed text kept as written (its line breaks, long
//! words wrapped), or "Not answered". On a Welsh page, an option's label still in English is
//! marked `lang="en"`; the respondent's own words are left unmarked (written in either).

use leptos::prelude::*;

use super::language::text_lang;
use crate::domain::response_view::AnswerLine;
use crate::domain::welsh_content::WelshTexts;

#[component]
pub fn AnswerLines(
    lines: Vec<AnswerLine>,
    /// Which texts the page shows in Welsh (none on staff pages).
    #[prop(optional)]
    welsh: WelshTexts,
) -> impl IntoView {
    if lines.is_empty() {
        return view! { <span class="hint">{super::language::tr("not-answered")}</span> }
            .into_any();
    }
    lines
        .into_iter()
        .map(|line| {
            let parts = line
                .0
                .into_iter()
                .map(|part| {
                    match part
                        .quotes
                        .as_deref()
                        .and_then(|target| text_lang(&welsh, target))
                    {
                        Some(lang) => view! { <span lang=lang>{part.text}</span> }.into_any(),
                        None => part.text.into_any(),
                    }
                })
                .collect_view();
            view! { <p class="body answer-line">{parts}</p> }
        })
        .collect_view()
        .into_any()
}
