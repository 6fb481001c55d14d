//! An answer in words, as staff read a stored response and respondents check theirs: a line per
//! part (each option chosen, each ranked item), typed text kept as written (its line breaks, long
//! words wrapped), or "Not answered".

use leptos::prelude::*;

#[component]
pub fn AnswerLines(lines: Vec<String>) -> impl IntoView {
    if lines.is_empty() {
        return view! { <span class="hint">{super::language::tr("not-answered")}</span> }
            .into_any();
    }
    lines
        .into_iter()
        .map(|line| view! { <p class="body answer-line">{line}</p> })
        .collect_view()
        .into_any()
}
