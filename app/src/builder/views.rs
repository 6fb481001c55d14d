//! The questionnaire page: where staff build a consultation's questions.
//!
//! THE BUILDER ISLAND LIVES HERE. `QuestionnaireBuilder` is a lazy island: built with
//! `cargo leptos build --split`, its code goes into a WASM chunk of its own that only this page
//! fetches, never a public page (the browser tests check which code each page loads). What it
//! draws is also the builder without JavaScript: every change is a button in one plain form
//! (`do=<action>:<key>`, posted to `builder::http::post_questionnaire`), so drag and drop, when
//! the island adds it, always has a twin that needs no script (WCAG 2.5.7).

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{QuestionnaireDraft, load_questionnaire_draft};
use crate::components::{ErrorSummary, IslandScripts, PageTitle, PostedForm};
use crate::domain::{Question, Questionnaire};
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn QuestionnairePage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let draft = Resource::new(slug, load_questionnaire_draft);
    view! {
        <Suspense fallback=|| view! { <p class="body">"Loading the questionnaire…"</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(
                        draft.await,
                        |draft| view! { <QuestionnaireView draft posted /> }.into_any(),
                    )
                })
            }}
        </Suspense>
    }
}

/// Where a question is, in words: "question 3, on page 2".
fn position_of(q: &Questionnaire, key: &str) -> Option<String> {
    let mut number = 0;
    for (p, page) in q.pages.iter().enumerate() {
        for question in &page.questions {
            number += 1;
            if question.key == key {
                return Some(if q.pages.len() > 1 {
                    format!("question {number}, on page {}", p + 1)
                } else {
                    format!("question {number}")
                });
            }
        }
    }
    None
}

/// The message after a change (`?done=<code>&item=<key>`), worded here from the questionnaire
/// as it now is: no text travels in the address.
fn done_message(code: &str, item: Option<&str>, q: &Questionnaire) -> Option<String> {
    let at = || item.and_then(|key| position_of(q, key));
    Some(match code {
        "created" => "Draft consultation created.".into(),
        "moved" => match at() {
            Some(at) => format!("Question moved: it is now {at}."),
            None => "Question moved.".into(),
        },
        "duplicated" => match at() {
            Some(at) => format!("Question duplicated: the copy is {at}."),
            None => "Question duplicated.".into(),
        },
        "deleted" => "Question deleted.".into(),
        "restored" => match at() {
            Some(at) => format!("Question put back: it is {at}."),
            None => "Question put back.".into(),
        },
        "added" => match at() {
            Some(at) => format!("Question added: it is {at}."),
            None => "Question added.".into(),
        },
        "saved" => "Question saved.".into(),
        "details-saved" => "Details saved.".into(),
        "page-added" => "Page added.".into(),
        "page-moved" => "Page moved.".into(),
        "page-removed" => "Page removed.".into(),
        "page-renamed" => "Page title saved.".into(),
        "published" => {
            "Published: respondents get this version of the questionnaire from now on.".into()
        }
        _ => return None,
    })
}

#[component]
fn QuestionnaireView(draft: QuestionnaireDraft, posted: PostedForm) -> impl IntoView {
    let results = format!("/staff/consultations/{}/results", draft.slug);
    let details = format!("/staff/consultations/{}/details", draft.slug);
    let public = format!("/consultations/{}", draft.slug);
    let action = format!("/staff/consultations/{}/questionnaire", draft.slug);
    let state = match (draft.published, draft.public) {
        (true, _) => "published: respondents get this version",
        (false, true) => "changes not yet published: respondents get the version before",
        (false, false) => "draft: not public yet",
    };
    let query = use_query_map();
    let (done, done_code) = {
        let q = query.read_untracked();
        // `created=1` comes from "create a consultation".
        let code = q
            .get("done")
            .or_else(|| q.get("created").map(|_| "created".into()))
            .unwrap_or_default();
        (
            done_message(&code, q.get("item").as_deref(), &draft.questionnaire),
            code,
        )
    };
    let has_errors = posted.problem.is_some();
    let errors = RwSignal::new(Vec::new());
    let problem = RwSignal::new(posted.problem.clone());
    let publish = (!draft.published).then(|| {
        let (button, explanation) = if draft.public {
            (
                "Publish these changes",
                "Respondents get the changed questionnaire from now on. Answers already given are kept, with the version they answered.",
            )
        } else {
            (
                "Publish the consultation",
                "It appears on the list of consultations, and can be answered from its opening date.",
            )
        };
        view! {
            <h2 class="heading-m">"Publish"</h2>
            <p class="body">{explanation}</p>
            <form method="post" action=action.clone()>
                <input type="hidden" name="revision" value=draft.revision.clone() />
                <button type="submit" class="button" name="do" value="publish:">
                    {button}
                </button>
            </form>
        }
    });
    view! {
        <PageTitle text=format!("Questionnaire: {}", draft.title) error=has_errors />
        <StaffBar staff=draft.staff />
        <a href="/staff" class="back-link">
            "All consultations"
        </a>
        <ErrorSummary errors=errors problem=problem />
        {done
            .map(|message| {
                // After a delete, "Undo" puts the question back (a form of its own: it works
                // without JavaScript too).
                let undo = (done_code == "deleted")
                    .then(|| {
                        view! {
                            <form method="post" action=action.clone() class="notification__action">
                                <input type="hidden" name="revision" value=draft.revision.clone() />
                                <button type="submit" class="button button--secondary button--small" name="do" value="undo:">
                                    "Undo"
                                    <span class="visually-hidden">" the delete"</span>
                                </button>
                            </form>
                        }
                    });
                view! {
                    <div class="notification" role="status">
                        <p class="body">{message}</p>
                        {undo}
                    </div>
                }
            })}
        <span class="caption-l">"Questionnaire"</span>
        <h1 class="heading-xl">{draft.title}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">"Version"</dt>
                <dd class="summary-list__value" data-testid="questionnaire-version">
                    {format!("{} ({state})", draft.version)}
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">"Questions"</dt>
                <dd class="summary-list__value">{draft.questionnaire.questions().count()}</dd>
            </div>
        </dl>
        <p class="body">
            <a href=details>"Change the details"</a>
            " · "
            <a href=results>"See the results"</a>
            " · "
            <a href=public>"View the public consultation page"</a>
        </p>
        <QuestionnaireBuilder
            slug=draft.slug
            revision=draft.revision.clone()
            questionnaire=draft.questionnaire
        />
        {publish}
        <IslandScripts />
    }
}

/// The builder island (see the module's note): lazily loaded, staff pages only.
#[island(lazy)]
fn QuestionnaireBuilder(
    slug: String,
    revision: String,
    questionnaire: Questionnaire,
) -> impl IntoView {
    // Tests wait for this mark before using anything that needs the WASM (effects only run in
    // the browser).
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
    let action = format!("/staff/consultations/{slug}/questionnaire");
    view! {
        <form method="post" action=action class="builder">
            <input type="hidden" name="revision" value=revision />
            <QuestionnaireOutline slug questionnaire />
        </form>
    }
}

/// A button of the builder's form: `do=<action>:<key>`, its name completed for screen readers
/// ("Move up" + " question 3").
fn builder_button(
    action: &'static str,
    key: &str,
    text: &'static str,
    of: String,
) -> impl IntoView {
    view! {
        <button
            type="submit"
            class="button button--secondary button--small"
            name="do"
            value=format!("{action}:{key}")
        >
            {text}
            <span class="visually-hidden">{format!(" {of}")}</span>
        </button>
    }
}

/// Every page and question in order, as a respondent meets them, with the buttons that change
/// them.
#[component]
fn QuestionnaireOutline(slug: String, questionnaire: Questionnaire) -> impl IntoView {
    let pages = questionnaire.pages.len();
    let total = questionnaire.questions().count();
    let mut number = 0;
    questionnaire
        .pages
        .into_iter()
        .enumerate()
        .map(|(index, page)| {
            let name = match &page.title {
                Some(title) => format!("Page {}: {title}", index + 1),
                None => format!("Page {}", index + 1),
            };
            let of_page = format!("page {}", index + 1);
            let first = number + 1;
            let questions = page
                .questions
                .into_iter()
                .map(|question| {
                    number += 1;
                    view! {
                        <OutlineQuestion
                            slug=slug.clone()
                            question
                            number
                            first=number == 1
                            last=number == total
                        />
                    }
                })
                .collect_view();
            let empty = first > number;
            let add = format!(
                "/staff/consultations/{slug}/questions/new?page={}",
                page.key
            );
            let title_field = format!("title-{}", page.key);
            view! {
                <section class="builder-page" id=format!("item-{}", page.key)>
                    <h2 class="heading-m">{name}</h2>
                    {if empty {
                        view! { <p class="body">"There are no questions on this page yet."</p> }
                            .into_any()
                    } else {
                        view! {
                            <ol class="builder-outline" start=first.to_string()>
                                {questions}
                            </ol>
                        }
                            .into_any()
                    }}
                    <p class="body">
                        <a href=add class="builder-add">
                            "Add a question"
                            <span class="visually-hidden">{format!(" to {of_page}")}</span>
                        </a>
                    </p>
                    <details class="builder-page__settings">
                        <summary>"Page settings"<span class="visually-hidden">{format!(" for {of_page}")}</span></summary>
                        <div class="builder-page__settings-body">
                            <label class="label label--s" for=title_field.clone()>
                                "Page title (optional)"
                            </label>
                            <div class="builder-actions">
                                <input
                                    class="input input--width-30"
                                    id=title_field.clone()
                                    name=title_field
                                    type="text"
                                    value=page.title.clone().unwrap_or_default()
                                />
                                {builder_button("page_rename", &page.key, "Save title", of_page.clone())}
                            </div>
                            <div class="builder-actions">
                                {(index > 0).then(|| builder_button("page_up", &page.key, "Move page up", of_page.clone()))}
                                {(index + 1 < pages).then(|| builder_button("page_down", &page.key, "Move page down", of_page.clone()))}
                                {builder_button("page_add", &page.key, "Add a page after this one", String::new())}
                                {(empty && pages > 1).then(|| builder_button("page_remove", &page.key, "Remove page", of_page.clone()))}
                            </div>
                        </div>
                    </details>
                </section>
            }
        })
        .collect_view()
}

#[component]
fn OutlineQuestion(
    slug: String,
    question: Question,
    number: usize,
    first: bool,
    last: bool,
) -> impl IntoView {
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
    let of = format!("question {number}");
    let edit = format!("/staff/consultations/{slug}/questions/{}", question.key);
    let key = question.key.clone();
    view! {
        <li class="builder-outline__question" id=format!("item-{key}")>
            <span class="builder-outline__label">{question.label}</span>
            <span class="hint">{facts.join(" · ")}</span>
            {question.hint.map(|hint| view! { <span class="builder-outline__hint">{format!("Hint: {hint}")}</span> })}
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
            <div class="builder-actions">
                <a href=edit class="builder-actions__link">
                    "Edit"
                    <span class="visually-hidden">{format!(" {of}")}</span>
                </a>
                {(!first).then(|| builder_button("move_up", &key, "Move up", of.clone()))}
                {(!last).then(|| builder_button("move_down", &key, "Move down", of.clone()))}
                {builder_button("duplicate", &key, "Duplicate", of.clone())}
                {builder_button("delete", &key, "Delete", of.clone())}
            </div>
        </li>
    }
}
