//! Requests about personal data (site admins): find a person's responses by the email address
//! they gave, download them, or delete them. Every form posts (an address never goes into a
//! web address, where logs and the browser's history would keep it); no code.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::REQUESTS_PATH;
use super::api::{RequestsPage as PageData, load_personal_data_requests};
use crate::components::{
    ErrorSummary, InputField, PageTitle, PostedForm, TextAreaField, content_lang, date_time_text,
    href, tr, tr_with,
};
use crate::domain::interface_text::TextArg;
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn RequestsPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    // The address a post asked about, unless it was the address that was wrong.
    let email = (!posted.errors.iter().any(|e| e.field == "email"))
        .then(|| posted.value("email").map(str::to_string))
        .flatten();
    let page = Resource::new(move || email.clone(), load_personal_data_requests);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <RequestsView page posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

#[component]
fn RequestsView(page: PageData, posted: PostedForm) -> impl IntoView {
    let erased = use_query_map()
        .read_untracked()
        .get("erased")
        .and_then(|n| n.parse::<usize>().ok());
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    let action = href(REQUESTS_PATH);
    let found = page.email.clone().map(|email| {
        let count = page.found.len();
        if count == 0 {
            return view! {
                <p class="body" id="found">{tr("requests-none-found")}</p>
            }
            .into_any();
        }
        let rows = page
            .found
            .iter()
            .map(|found| {
                let link = href(&format!(
                    "/staff/consultations/{}/responses/{}",
                    found.slug, found.reference
                ));
                view! {
                    <tr class="table__row">
                        <td class="table__cell" lang=content_lang()>{found.title.clone()}</td>
                        <td class="table__cell"><a href=link>{found.reference.clone()}</a></td>
                        <td class="table__cell">{date_time_text(found.submitted_at)}</td>
                    </tr>
                }
            })
            .collect_view();
        let more = page.more.then(|| view! { <p class="body">{tr("requests-more")}</p> });
        view! {
            <h2 class="heading-l" id="found">
                {tr_with("requests-found", &[("count", TextArg::from(count))])}
            </h2>
            {more}
            <table class="table">
                <caption class="table__caption visually-hidden">{tr("requests-table")}</caption>
                <thead class="table__head">
                    <tr class="table__row">
                        <th scope="col" class="table__header">{tr("requests-consultation")}</th>
                        <th scope="col" class="table__header">{tr("requests-reference")}</th>
                        <th scope="col" class="table__header">{tr("requests-sent")}</th>
                    </tr>
                </thead>
                <tbody class="table__body">{rows}</tbody>
            </table>
            <h2 class="heading-m">{tr("requests-download-heading")}</h2>
            <p class="body">{tr("requests-download-about")}</p>
            <form method="post" action=action.clone()>
                <input type="hidden" name="email" value=email.clone() />
                <button type="submit" class="button button--secondary" name="action" value="download">
                    {tr("requests-download")}
                </button>
            </form>
            <h2 class="heading-m" id="erase-heading">{tr("requests-erase-heading")}</h2>
            <p class="body">{tr("requests-erase-about")}</p>
            <form method="post" action=action.clone() novalidate aria-labelledby="erase-heading">
                <input type="hidden" name="email" value=email />
                <TextAreaField
                    name="reason"
                    label=tr("results-delete-reason")
                    hint=tr("requests-reason-hint")
                    posted=posted.clone()
                    rows=3
                />
                <button type="submit" class="button button--warning" name="action" value="erase">
                    {tr_with("requests-erase", &[("count", TextArg::from(count))])}
                </button>
            </form>
        }
        .into_any()
    });
    // The box shows the address asked about (or as typed, when it was wrong).
    let mut filled = posted.clone();
    if filled.value("email").is_none()
        && let Some(email) = page.email.clone()
    {
        filled.values.push(("email".to_string(), email));
    }
    view! {
        <PageTitle text=tr("requests-title") error=has_errors />
        <StaffBar staff=page.staff />
        <a href=href(super::super::settings::SETTINGS_PATH) class="back-link">{tr("requests-back")}</a>
        <ErrorSummary errors=RwSignal::new(posted.errors.clone()) problem=RwSignal::new(posted.problem.clone()) />
        {erased.map(|count| view! {
            <div class="notification" role="status">
                <p class="body">{tr_with("requests-erased", &[("count", TextArg::from(count))])}</p>
            </div>
        })}
        <h1 class="heading-xl">{tr("requests-title")}</h1>
        <p class="body">{tr("requests-about")}</p>
        <form method="post" action=action novalidate>
            <InputField
                name="email"
                label=tr("requests-email-label")
                hint=tr("requests-email-hint")
                posted=filled
                input_type="email"
                autocomplete="off"
                spellcheck="false"
                width="input--width-30"
            />
            <button type="submit" class="button" name="action" value="find">{tr("requests-find")}</button>
        </form>
        {found}
    }
}
