//! The questionnaire page: where staff build a consultation's questions.
//!
//! THE BUILDER ISLAND LIVES HERE. `QuestionnaireBuilder` is a lazy island: built with
//! `cargo leptos build --split`, its code goes into a WASM chunk of its own that only this page
//! fetches, never a public page (the browser tests check which code each page loads). For now it
//! draws the outline of the newest questionnaire version; the drag-and-drop builder fills it in,
//! with plain forms beside it for staff without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{QuestionnaireDraft, load_questionnaire_draft};
use crate::components::{IslandScripts, PageTitle};
use crate::domain::{Question, Questionnaire};
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn QuestionnairePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let draft = Resource::new(slug, load_questionnaire_draft);
    view! {
        <Suspense fallback=|| view! { <p class="body">"Loading the questionnaire…"</p> }>
            {move || Suspend::new(async move {
                staff_view(draft.await, |draft| view! { <QuestionnaireView draft /> }.into_any())
            })}
        </Suspense>
    }
}

#[component]
fn QuestionnaireView(draft: QuestionnaireDraft) -> impl IntoView {
    let results = format!("/staff/consultations/{}/results", draft.slug);
    let public = format!("/consultations/{}", draft.slug);
    let state = if draft.published {
        "Published"
    } else {
        "Draft"
    };
    // Arriving from "create a consultation" (its POST redirects here with `?created=1`).
    let created = use_query_map().read_untracked().get("created").is_some();
    view! {
        <PageTitle text=format!("Questionnaire: {}", draft.title) />
        <StaffBar staff=draft.staff />
        <a href="/staff" class="back-link">
            "All consultations"
        </a>
        {created
            .then(|| {
                view! {
                    <div class="notification" role="status">
                        <p class="body">"Draft consultation created."</p>
                    </div>
                }
            })}
        <span class="caption-l">"Questionnaire"</span>
        <h1 class="heading-xl">{draft.title}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">"Version"</dt>
                <dd class="summary-list__value" data-testid="questionnaire-version">
                    {format!("{} ({})", draft.version, state.to_lowercase())}
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">"Questions"</dt>
                <dd class="summary-list__value">{draft.questionnaire.questions().count()}</dd>
            </div>
        </dl>
        <p class="body">
            <a href=results>"See the results"</a>
            " · "
            <a href=public>"View the public consultation page"</a>
        </p>
        <QuestionnaireBuilder questionnaire=draft.questionnaire />
        <IslandScripts />
    }
}

/// The builder island (see the module's note): lazily loaded, staff pages only.
#[island(lazy)]
fn QuestionnaireBuilder(questionnaire: Questionnaire) -> impl IntoView {
    // Tests wait for this mark before using anything that needs the WASM (effects only run in
    // the browser).
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
    view! { <QuestionnaireOutline questionnaire /> }
}

/// Every page and question in order, as a respondent meets them.
#[component]
fn QuestionnaireOutline(questionnaire: Questionnaire) -> impl IntoView {
    if questionnaire.questions().next().is_none() {
        return view! { <p class="body">"There are no questions yet."</p> }.into_any();
    }
    let mut number = 0;
    let pages = questionnaire.pages.len();
    questionnaire
        .pages
        .into_iter()
        .enumerate()
        .map(|(index, page)| {
            let heading = match (pages, page.title) {
                (1, Some(title)) => title,
                (1, None) => "Questions".to_string(),
                (_, Some(title)) => format!("Page {}: {title}", index + 1),
                (_, None) => format!("Page {}", index + 1),
            };
            let first = number + 1;
            number += page.questions.len();
            view! {
                <section class="builder-page">
                    <h2 class="heading-m">{heading}</h2>
                    <ol class="builder-outline" start=first.to_string()>
                        {page
                            .questions
                            .into_iter()
                            .map(|question| view! { <OutlineQuestion question /> })
                            .collect_view()}
                    </ol>
                </section>
            }
        })
        .collect_view()
        .into_any()
}

#[component]
fn OutlineQuestion(question: Question) -> impl IntoView {
    let mut facts = vec![question.kind.label().to_string()];
    facts.push(
        if question.required {
            "required"
        } else {
            "optional"
        }
        .to_string(),
    );
    if let Some(guidance) = question.choice_guidance() {
        facts.push(guidance.to_lowercase());
    }
    let options = question.kind.options().to_vec();
    view! {
        <li class="builder-outline__question">
            <span class="builder-outline__label">{question.label}</span>
            <span class="hint">{facts.join(" · ")}</span>
            {(!options.is_empty())
                .then(|| {
                    view! {
                        <ul class="list list--bullet">
                            {options
                                .into_iter()
                                .map(|option| view! { <li>{option.label}</li> })
                                .collect_view()}
                        </ul>
                    }
                })}
        </li>
    }
}
