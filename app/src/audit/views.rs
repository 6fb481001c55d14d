//! The audit page: a GET filter form, the entries newest first a page at a time, and a link to
//! the same entries as CSV. No island: plain links and forms.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::api::{AuditPage as AuditPageData, AuditRow, load_audit};
use super::{AUDIT_CSV_PATH, AUDIT_PATH};
use crate::components::{
    ErrorSummary, InputField, PageTitle, PostedForm, SelectField, content_lang, date_time_text,
    href, tr,
};
use crate::domain::audit::AuditAction;
use crate::results::responses_views::{Counted, Pagination};
use crate::staff::views::{StaffBar, staff_view};

const ENTRIES: Counted = Counted {
    none: "audit-no-entries",
    one: "audit-one-entry",
    some: "audit-showing-entries",
    pages: "audit-pages",
};

/// An entry's action by its name (a code this version does not know, as it is).
fn action_text(code: &str) -> String {
    match AuditAction::parse(code) {
        Some(action) => tr(&action.message_id()),
        None => code.to_string(),
    }
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let location = use_location();
    let search = move || location.search.get().trim_start_matches('?').to_string();
    let page = Resource::new(search, load_audit);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let raw = search();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <AuditView page raw /> }.into_any())
                })
            }}
        </Suspense>
    }
}

fn entry_row(row: AuditRow) -> impl IntoView {
    let who = if row.actor_name.is_empty() {
        view! { <span>{tr("audit-by-platform")}</span> }.into_any()
    } else {
        view! {
            <span lang=content_lang()>{row.actor_name}</span>
            <br />
            <span class="hint">{row.actor_email}</span>
        }
        .into_any()
    };
    let change = (row.before.is_some() || row.after.is_some()).then(|| {
        view! {
            <dl class="audit-change">
                {row.before.map(|before| view! {
                    <dt>{tr("audit-before")}</dt>
                    <dd lang=content_lang()>{before}</dd>
                })}
                {row.after.map(|after| view! {
                    <dt>{tr("audit-after")}</dt>
                    <dd lang=content_lang()>{after}</dd>
                })}
            </dl>
        }
    });
    // The workspace, unless it is what the entry is about (a workspace added).
    let workspace = row.workspace.filter(|name| *name != row.subject);
    // On a phone the table becomes a list of entries, each cell naming its column.
    view! {
        <tr data-testid="audit-entry">
            <td data-label=tr("audit-when")>{date_time_text(row.occurred_at)}</td>
            <td data-label=tr("audit-who-column")>{who}</td>
            <td data-label=tr("audit-what")>{action_text(&row.action)}</td>
            <td data-label=tr("audit-about-column")>
                <span lang=content_lang()>{row.subject}</span>
                {workspace.map(|name| view! {
                    <br />
                    <span class="hint" lang=content_lang()>{name}</span>
                })}
            </td>
            <td data-label=tr("audit-change")>{change}</td>
        </tr>
    }
}

#[component]
fn AuditView(page: AuditPageData, raw: String) -> impl IntoView {
    // The fields show what was typed (a day that could not be read stays there to be mended).
    let values: Vec<(String, String)> = url::form_urlencoded::parse(raw.as_bytes())
        .filter(|(name, _)| ["who", "action", "about", "from", "to"].contains(&name.as_ref()))
        .map(|(name, value)| {
            let value = crate::domain::text::clean(&value)
                .chars()
                .take(crate::domain::audit::MAX_SEARCH_CHARS)
                .collect();
            (name.into_owned(), value)
        })
        .collect();
    let filtering = !values.iter().all(|(_, value)| value.trim().is_empty());
    let posted = PostedForm {
        values,
        errors: page.errors.clone(),
        problem: None,
    };
    let has_errors = !page.errors.is_empty();
    let errors = page.errors.clone();
    let actions: Vec<(String, String)> = AuditAction::ALL
        .into_iter()
        .map(|action| (action.code().to_string(), tr(&action.message_id())))
        .collect();
    let query = page.filter.query();
    let csv = if query.is_empty() {
        href(AUDIT_CSV_PATH)
    } else {
        format!("{}?{query}", href(AUDIT_CSV_PATH))
    };
    let link = {
        let query = query.clone();
        move |number: u64| {
            let mut link = format!("{}?", href(AUDIT_PATH));
            if !query.is_empty() {
                link.push_str(&query);
                link.push('&');
            }
            link.push_str(&format!("page={number}"));
            link
        }
    };
    let rows = page.entries.into_iter().map(entry_row).collect_view();
    let intro = if page.everything {
        tr("audit-intro-everything")
    } else {
        tr("audit-intro-workspaces")
    };
    let (total, number) = (page.total, page.page);
    view! {
        <PageTitle text=tr("audit-title") error=has_errors />
        <StaffBar staff=page.staff />
        <ErrorSummary errors=RwSignal::new(errors) problem=Signal::derive(|| None::<String>) />
        <h1 class="heading-xl">{tr("audit-title")}</h1>
        <p class="body">{intro}</p>
        <form method="get" action=href(AUDIT_PATH) class="filter audit-filter" role="search" novalidate>
            <div class="audit-filter__row">
                <InputField name="who" label=tr("audit-who") hint=tr("audit-who-hint") posted=posted.clone() width="input--width-20" spellcheck="false" />
                <InputField name="about" label=tr("audit-about") hint=tr("audit-about-hint") posted=posted.clone() width="input--width-20" />
            </div>
            <div class="audit-filter__row">
                <SelectField
                    name="action"
                    label=tr("audit-action")
                    posted=posted.clone()
                    choices=actions
                    prompt=tr("audit-any-action")
                />
                <InputField name="from" label=tr("audit-from") hint=tr("audit-day-hint") posted=posted.clone() width="input--width-10" />
                <InputField name="to" label=tr("audit-to") hint=tr("audit-day-hint") posted=posted.clone() width="input--width-10" />
            </div>
            <div class="audit-filter__buttons">
                <button type="submit" class="button button--secondary">{tr("filter-button")}</button>
                {filtering.then(|| view! { <a href=href(AUDIT_PATH) class="body">{tr("clear-filters")}</a> })}
            </div>
        </form>
        <p class="body">
            <a href=csv download="" data-testid="audit-csv">{tr("audit-download-csv")}</a>
        </p>
        <Pagination link=Box::new(link) page=number total what=ENTRIES />
        <div class="table-wrapper">
            <table class="table audit-table">
                <caption class="table__caption visually-hidden">{tr("audit-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("audit-when")}</th>
                        <th scope="col">{tr("audit-who-column")}</th>
                        <th scope="col">{tr("audit-what")}</th>
                        <th scope="col">{tr("audit-about-column")}</th>
                        <th scope="col">{tr("audit-change")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
