//! The question library page: the standard blocks, and the questions staff have saved, each
//! with "Remove" for whoever saved it and site admins.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::LIBRARY_PATH;
use super::api::{LibraryPage, SavedQuestion, load_library};
use crate::components::{
    ErrorSummary, PageTitle, PostedForm, content_lang, date_text, href, tr, tr_with,
};
use crate::domain::interface_text::TextArg;
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn LibraryStaffPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let page = Resource::new(|| (), |_| load_library());
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
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
            <p class="body">{tr("staff-library-none-saved")}</p>
        }
        .into_any()
    } else {
        view! { <SavedList saved=page.saved /> }.into_any()
    };
    view! {
        <PageTitle text=tr("question-library") error=has_errors />
        <StaffBar staff=page.staff />
        <a href=href("/staff") class="back-link">
            {tr("all-consultations")}
        </a>
        <ErrorSummary errors=RwSignal::new(Vec::new()) problem=RwSignal::new(posted.problem.clone()) />
        {done.map(|message| view! {
            <div class="notification" role="status">
                <p class="body">{message}</p>
            </div>
        })}
        <h1 class="heading-xl">{tr("question-library")}</h1>
        <p class="body">{tr("staff-library-intro")}</p>
        <h2 class="heading-m">{tr("staff-library-standard")}</h2>
        <ul class="list">
            {crate::domain::library::BLOCKS
                .iter()
                .map(|block| view! {
                    <li>
                        <strong>{tr(block.name_id)}</strong>
                        ": "
                        {tr(block.description_id)}
                        " "
                        {tr("staff-library-block-added")}
                    </li>
                })
                .collect_view()}
        </ul>
        <h2 class="heading-m">{tr("staff-library-saved")}</h2>
        {saved}
    }
}

fn query_done() -> Option<String> {
    let query = use_query_map();
    let code = query.read_untracked().get("done")?;
    Some(tr(match code.as_str() {
        "removed" => "staff-library-removed",
        "gone" => "staff-library-gone",
        _ => return None,
    }))
}

/// A saved question as lists show it: its name, then its kind and who saved it when.
pub fn saved_question_summary(question: &SavedQuestion) -> impl IntoView + use<> {
    let kind = crate::domain::question_form::kind_text_ids(&question.kind_code)
        .map(|(name, _)| tr(name))
        .unwrap_or_default();
    let when = date_text(question.saved_at);
    let about = match &question.department {
        // The department's name is the council's own, in English: marked so on a Welsh page.
        Some(department) => crate::components::message_with_content(
            "",
            "staff-library-saved-by-in",
            &[
                ("kind", TextArg::from(kind)),
                ("name", TextArg::from(question.saved_by_name.clone())),
                ("date", TextArg::from(when)),
            ],
            "department",
            department.clone(),
        )
        .into_any(),
        None => tr_with(
            "staff-library-saved-by",
            &[
                ("kind", TextArg::from(kind)),
                ("name", TextArg::from(question.saved_by_name.clone())),
                ("date", TextArg::from(when)),
            ],
        )
        .into_any(),
    };
    view! {
        <span class="document-list__title" lang=content_lang()>{question.name.clone()}</span>
        <span class="document-list__about">{about}</span>
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
                            <form method="post" action=href(LIBRARY_PATH) class="document-list__actions">
                                <button
                                    type="submit"
                                    class="button button--secondary button--small"
                                    name="do"
                                    value=format!("remove:{}", question.id)
                                >
                                    {tr("staff-library-remove")}
                                    <span class="visually-hidden" lang=content_lang()>
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
