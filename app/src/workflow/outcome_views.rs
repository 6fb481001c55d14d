//! The outcome's page: "We asked, you said, we did", written once the consultation has closed.
//! A plain form: it works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::api::{OutcomePage as PageData, load_outcome};
use super::{outcome_path, review_path};
use crate::components::{
    ErrorSummary, PageTitle, PostedForm, TextAreaField, content_lang, date_time_text, href, tr,
    tr_with,
};
use crate::domain::interface_text::TextArg;
use crate::domain::workflow::Stage;
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn OutcomePage() -> impl IntoView {
    let posted = use_context::<PostedForm>();
    let params = use_params_map();
    let page = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        load_outcome,
    );
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <OutcomeView page posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

#[component]
fn OutcomeView(page: PageData, posted: Option<PostedForm>) -> impl IntoView {
    let has_errors = posted
        .as_ref()
        .is_some_and(|p| !p.errors.is_empty() || p.problem.is_some());
    // Nothing posted: the form starts from the words last saved.
    let posted = posted.unwrap_or(PostedForm {
        values: vec![("outcome".into(), page.text.clone())],
        ..PostedForm::default()
    });
    let published = page.published_at.map(|at| {
        view! {
            <p class="body">
                {tr_with("workflow-outcome-published-on", &[("when", TextArg::from(date_time_text(at)))])}
            </p>
        }
    });
    let about = if page.writes {
        let id = if page.stage == Stage::OutcomePublished {
            "workflow-outcome-about-published"
        } else {
            "workflow-outcome-about"
        };
        view! { <p class="body">{tr(id)}</p> }.into_any()
    } else {
        view! { <p class="body">{tr("workflow-outcome-cannot-write")}</p> }.into_any()
    };
    let form = page.writes.then(|| {
        view! {
            <form method="post" action=href(&outcome_path(&page.slug)) novalidate>
                <TextAreaField
                    name="outcome"
                    label=tr("workflow-outcome-label")
                    hint=tr("workflow-outcome-hint")
                    posted=posted.clone()
                    rows=14
                />
                <button type="submit" class="button">{tr("workflow-outcome-save")}</button>
            </form>
        }
    });
    let title = tr_with(
        "workflow-outcome-title",
        &[("title", TextArg::from(page.title.clone()))],
    );
    view! {
        <PageTitle text=title error=has_errors />
        <StaffBar staff=page.staff />
        <a href=href(&review_path(&page.slug)) class="back-link">{tr("workflow-outcome-back")}</a>
        <ErrorSummary errors=RwSignal::new(posted.errors.clone()) problem=RwSignal::new(posted.problem.clone()) />
        <span class="caption-l" lang=content_lang()>{page.title}</span>
        <h1 class="heading-xl">{tr("workflow-outcome-heading")}</h1>
        {about}
        {published}
        {form}
    }
}
