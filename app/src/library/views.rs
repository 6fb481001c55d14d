//! The question library page: the standard blocks, and the questions staff have saved, each
//! with "Remove" for whoever saved it and site admins.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::LIBRARY_PATH;
use super::api::{LibraryPage, SavedQuestion, load_library};
use crate::components::{ErrorSummary, PageTitle, PostedForm};
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn LibraryStaffPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let page = Resource::new(|| (), |_| load_library());
    view! {
        <Suspense fallback=|| view! { <p class="body">"Loading…"</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <LibraryView page posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

#[component]
fn LibraryView(page: LibraryPage, posted: PostedForm) -> impl IntoView {
    let done = query_done();
    let has_errors = posted.problem.is_some();
    let saved = if page.saved.is_empty() {
        view! {
            <p class="body">
                "No questions have been saved yet. To save one, open it in a questionnaire you build and choose \u{201c}Save a copy to the library\u{201d}."
            </p>
        }
        .into_any()
    } else {
        view! { <SavedList saved=page.saved /> }.into_any()
    };
    view! {
        <PageTitle text="Question library".to_string() error=has_errors />
        <StaffBar staff=page.staff />
        <a href="/staff" class="back-link">
            "All consultations"
        </a>
        <ErrorSummary errors=RwSignal::new(Vec::new()) problem=RwSignal::new(posted.problem.clone()) />
        {done.map(|message| view! {
            <div class="notification" role="status">
                <p class="body">{message}</p>
            </div>
        })}
        <h1 class="heading-xl">"Question library"</h1>
        <p class="body">
            "Questions asked in the same words across the council. When you add a question to a questionnaire, you can add a copy of one of these instead of writing it: you can then change the copy without changing the library."
        </p>
        <h2 class="heading-m">"Standard questions"</h2>
        <ul class="list">
            {crate::domain::library::BLOCKS
                .iter()
                .map(|block| view! {
                    <li>
                        <strong>{block.name}</strong>
                        ": "
                        {block.description}
                        " Added from a questionnaire page, as a new last page."
                    </li>
                })
                .collect_view()}
        </ul>
        <h2 class="heading-m">"Saved questions"</h2>
        {saved}
    }
}

fn query_done() -> Option<&'static str> {
    let query = use_query_map();
    let code = query.read_untracked().get("done")?;
    Some(match code.as_str() {
        "removed" => {
            "Question removed from the library. Copies already added to questionnaires are not changed."
        }
        "gone" => "Someone had already removed that question: this is the library as it is now.",
        _ => return None,
    })
}

/// A saved question as lists show it: its name, then its kind and who saved it when.
pub fn saved_question_summary(question: &SavedQuestion) -> impl IntoView + use<> {
    view! {
        <span class="document-list__title">{question.name.clone()}</span>
        <span class="document-list__about">
            {format!("{} \u{b7} saved by {}", question.kind, question.saved_by)}
        </span>
    }
}

#[component]
fn SavedList(saved: Vec<SavedQuestion>) -> impl IntoView {
    view! {
        <ul class="document-list">
            {saved
                .into_iter()
                .map(|question| {
                    let remove = question.removable.then(|| {
                        view! {
                            <form method="post" action=LIBRARY_PATH class="document-list__actions">
                                <button
                                    type="submit"
                                    class="button button--secondary button--small"
                                    name="do"
                                    value=format!("remove:{}", question.id)
                                >
                                    "Remove from the library"
                                    <span class="visually-hidden">
                                        {format!(" \u{2013} {}", question.name)}
                                    </span>
                                </button>
                            </form>
                        }
                    });
                    view! {
                        <li class="document-list__item">
                            {saved_question_summary(&question)}
                            {remove}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
