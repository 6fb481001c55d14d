//! The routes editor (decision 0025): a plain form, with or without JavaScript, saying for each
//! option of a choice question where choosing it sends the respondent after the question's page.
//! Only later pages and the end are offered, so no route can go back. Its POST is
//! `builder::http::post_routes`.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::api::{RoutesEditor, load_routes_editor};
use crate::components::{ErrorSummary, PageTitle, PostedForm};
use crate::staff::views::{StaffBar, staff_view};

/// The routes editor's address for question `key`.
pub fn routes_path(slug: &str, key: &str) -> String {
    format!("/staff/consultations/{slug}/routes/{key}")
}

#[component]
pub fn RoutesEditorPage() -> impl IntoView {
    let posted = use_context::<PostedForm>();
    let params = use_params_map();
    let args = move || {
        let p = params.read();
        (
            p.get("slug").unwrap_or_default(),
            p.get("key").unwrap_or_default(),
        )
    };
    let editor = Resource::new(args, |(slug, key)| load_routes_editor(slug, key));
    view! {
        <Suspense fallback=|| view! { <p class="body">"Loading…"</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(
                        editor.await,
                        |editor| view! { <RoutesEditorView editor posted /> }.into_any(),
                    )
                })
            }}
        </Suspense>
    }
}

#[component]
fn RoutesEditorView(editor: RoutesEditor, posted: Option<PostedForm>) -> impl IntoView {
    let back = format!("/staff/consultations/{}/questionnaire", editor.slug);
    let action = routes_path(&editor.slug, &editor.question_key);
    let has_errors = posted
        .as_ref()
        .is_some_and(|p| !p.errors.is_empty() || p.problem.is_some());
    let errors = RwSignal::new(
        posted
            .as_ref()
            .map(|p| p.errors.clone())
            .unwrap_or_default(),
    );
    let problem = RwSignal::new(posted.as_ref().and_then(|p| p.problem.clone()));
    let destinations = editor.destinations.clone();
    let rows = editor
        .options
        .into_iter()
        .map(|(key, label, stored)| {
            let field = format!("route-{key}");
            // A refused post shows what was chosen; otherwise the route as saved.
            let chosen = posted
                .as_ref()
                .and_then(|p| p.value(&field).map(str::to_string))
                .unwrap_or(stored);
            let options = destinations
                .iter()
                .map(|(value, words)| {
                    let selected = *value == chosen;
                    view! { <option value=value.clone() selected=selected>{words.clone()}</option> }
                })
                .collect_view();
            view! {
                <div class="form-group">
                    <label class="label" for=field.clone()>
                        {format!("If the answer is \u{201c}{label}\u{201d}")}
                    </label>
                    <select class="select" id=field.clone() name=field>
                        {options}
                    </select>
                </div>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=format!("Routes: {}", editor.title) error=has_errors />
        <StaffBar staff=editor.staff />
        <a href=back.clone() class="back-link">
            "Back to the questionnaire"
        </a>
        <ErrorSummary errors=errors problem=problem />
        <span class="caption-l">{editor.title}</span>
        <h1 class="heading-xl">"Where people go next"</h1>
        <p class="body">
            {format!(
                "After {}, people go on to the next page unless an answer to \u{201c}{}\u{201d} sends them further on. ",
                editor.page_name,
                editor.question_label,
            )}
            "Routes only go forward, so no one answers a page twice. Answers to pages someone skips are not asked for, and not kept."
        </p>
        <p class="body">
            "When someone's answers on a page match more than one route, the first question on the page with a route decides, then the first of its options."
        </p>
        <form method="post" action=action novalidate>
            <input type="hidden" name="revision" value=editor.revision />
            {rows}
            <div class="button-group">
                <button type="submit" class="button">"Save routes"</button>
                <a href=back class="link">"Cancel"</a>
            </div>
        </form>
    }
}
