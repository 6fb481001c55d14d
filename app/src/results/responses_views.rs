//! Pages of individual responses and of every answer to a text question (no island: plain
//! pages, paged with links, searched with a GET form).

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::responses::{
    PER_PAGE, ResponseDetail, ResponseList, TextAnswers, load_response, load_responses,
    load_text_answers,
};
use crate::components::{AnswerLines, PageTitle};
use crate::domain::dashboard::format_count;
use crate::staff::views::{StaffBar, staff_view};

fn param(name: &'static str) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

fn query(name: &'static str) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
    let query = use_query_map();
    move || query.read().get(name)
}

/// "Previous" and "Next" links between pages (GOV.UK pagination), with where this page is.
#[component]
fn Pagination(
    /// The address of a page, given its number.
    link: Box<dyn Fn(u64) -> String + Send>,
    page: u64,
    total: u64,
    /// What is counted, one and many: "response", "responses".
    one: &'static str,
    what: &'static str,
) -> impl IntoView {
    let pages = total.div_ceil(PER_PAGE).max(1);
    let first = (page - 1) * PER_PAGE + 1;
    let last = (page * PER_PAGE).min(total);
    let showing = if total == 0 {
        format!("No {what}.")
    } else if total == 1 {
        format!("Showing 1 {one}.")
    } else {
        format!(
            "Showing {} to {} of {} {what}.",
            format_count(first as i64),
            format_count(last as i64),
            format_count(total as i64)
        )
    };
    view! {
        <p class="body" data-testid="showing">{showing}</p>
        {(pages > 1)
            .then(|| {
                view! {
                    <nav class="pagination" aria-label=format!("Pages of {what}")>
                        {(page > 1)
                            .then(|| {
                                view! {
                                    <a class="pagination__link" href=link(page - 1) rel="prev">
                                        "Previous page"
                                    </a>
                                }
                            })}
                        <span class="pagination__where">{format!("Page {page} of {pages}")}</span>
                        {(page < pages)
                            .then(|| {
                                view! {
                                    <a class="pagination__link" href=link(page + 1) rel="next">
                                        "Next page"
                                    </a>
                                }
                            })}
                    </nav>
                }
            })}
    }
}

#[component]
pub fn ResponsesPage() -> impl IntoView {
    let slug = param("slug");
    let page = query("page");
    let list = Resource::new(
        move || (slug(), page()),
        |(slug, page)| load_responses(slug, page),
    );
    view! {
        <Suspense fallback=|| view! { <p class="body">"Loading responses…"</p> }>
            {move || Suspend::new(async move {
                staff_view(list.await, |list| view! { <ResponsesView list /> }.into_any())
            })}
        </Suspense>
    }
}

#[component]
fn ResponsesView(list: ResponseList) -> impl IntoView {
    let results = format!("/staff/consultations/{}/results", list.slug);
    let base = format!("/staff/consultations/{}/responses", list.slug);
    let link = {
        let base = base.clone();
        Box::new(move |n: u64| format!("{base}?page={n}")) as Box<dyn Fn(u64) -> String + Send>
    };
    view! {
        <PageTitle text=format!("Responses: {}", list.title) />
        <StaffBar staff=list.staff />
        <a href=results class="back-link">
            "Results"
        </a>
        <span class="caption-l">"Responses"</span>
        <h1 class="heading-xl">{list.title.clone()}</h1>
        {list.may_enter.then(|| view! {
            <p class="body">
                <a href=crate::entry::api::entry_path(&list.slug) class="button button--secondary" role="button" draggable="false">
                    "Enter a paper, phone or email response"
                </a>
            </p>
        })}
        <Pagination link=link page=list.page total=list.total one="response" what="responses" />
        {(!list.rows.is_empty())
            .then(|| {
                view! {
                    <table class="table">
                        <caption class="table__caption visually-hidden">"Responses, newest first"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Reference"</th>
                                <th scope="col">"Sent"</th>
                                <th scope="col">"Channel"</th>
                                <th scope="col" class="table__header--numeric">"Version"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {list
                                .rows
                                .into_iter()
                                .map(|row| {
                                    let href = format!("{base}/{}", row.reference);
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <a href=href>{row.reference}</a>
                                                {row.duplicate_of.map(|earlier| view! {
                                                    <br />
                                                    <strong class="tag tag--grey">"Possible duplicate"</strong>
                                                    <span class="visually-hidden">{format!(" of {earlier}")}</span>
                                                })}
                                            </th>
                                            <td>{row.submitted_text}</td>
                                            <td>{row.channel}</td>
                                            <td class="table__cell--numeric">{row.version}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                }
            })}
    }
}

#[component]
pub fn ResponsePage() -> impl IntoView {
    let slug = param("slug");
    let reference = param("reference");
    let detail = Resource::new(
        move || (slug(), reference()),
        |(slug, reference)| load_response(slug, reference),
    );
    view! {
        <Suspense fallback=|| view! { <p class="body">"Loading the response…"</p> }>
            {move || Suspend::new(async move {
                staff_view(detail.await, |detail| view! { <ResponseView detail /> }.into_any())
            })}
        </Suspense>
    }
}

#[component]
fn ResponseView(detail: ResponseDetail) -> impl IntoView {
    let list = format!("/staff/consultations/{}/responses", detail.slug);
    let row = detail.row;
    let entered = query("entered")().is_some();
    let sent_key = if row.entered_by.is_some() {
        "Entered"
    } else {
        "Sent"
    };
    let enter_another = crate::entry::api::entry_path(&detail.slug);
    let optional_row = |key: &'static str, value: Option<String>, test_id: &'static str| {
        value.map(|value| {
            view! {
                <div class="summary-list__row" data-testid=test_id>
                    <dt class="summary-list__key">{key}</dt>
                    <dd class="summary-list__value">{value}</dd>
                </div>
            }
        })
    };
    view! {
        <PageTitle text=format!("Response {}: {}", row.reference, detail.title) />
        <StaffBar staff=detail.staff />
        <a href=list class="back-link">
            "All responses"
        </a>
        {entered.then(|| view! {
            <div class="notification" role="status" id="entered">
                <p class="body">
                    "Response entered and counted. " <a href=enter_another>"Enter another response"</a>
                </p>
            </div>
        })}
        <span class="caption-l">{detail.title}</span>
        <h1 class="heading-xl">{format!("Response {}", row.reference)}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{sent_key}</dt>
                <dd class="summary-list__value">{row.submitted_text}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">"Channel"</dt>
                <dd class="summary-list__value">{row.channel}</dd>
            </div>
            {optional_row("Received", row.received_text, "received")}
            {optional_row("Entered by", row.entered_by, "entered-by")}
            {optional_row("Accepted after closing because", row.late_reason, "late-reason")}
            <div class="summary-list__row">
                <dt class="summary-list__key">"Questionnaire version"</dt>
                <dd class="summary-list__value">{row.version}</dd>
            </div>
            {row.duplicate_of.map(|earlier| {
                let href = format!("/staff/consultations/{}/responses/{earlier}", detail.slug);
                view! {
                    <div class="summary-list__row" data-testid="duplicate">
                        <dt class="summary-list__key">"Possible duplicate"</dt>
                        <dd class="summary-list__value">
                            "The very same answers as response " <a href=href>{earlier.clone()}</a>
                            ", sent to this consultation less than 10 minutes before. Both are kept, and both are counted."
                        </dd>
                    </div>
                }
            })}
        </dl>
        <h2 class="heading-m">"Answers"</h2>
        <dl class="summary-list" data-testid="answers">
            {detail
                .answers
                .into_iter()
                .map(|answer| {
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">
                                {format!("{}. {}", answer.number, answer.label)}
                            </dt>
                            <dd class="summary-list__value">
                                <AnswerLines lines=answer.lines />
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}

#[component]
pub fn TextAnswersPage() -> impl IntoView {
    let slug = param("slug");
    let key = param("key");
    let page = query("page");
    let search = query("search");
    let answers = Resource::new(
        move || (slug(), key(), page(), search()),
        |(slug, key, page, search)| load_text_answers(slug, key, page, search),
    );
    view! {
        <Suspense fallback=|| view! { <p class="body">"Loading answers…"</p> }>
            {move || Suspend::new(async move {
                staff_view(answers.await, |answers| view! { <TextAnswersView answers /> }.into_any())
            })}
        </Suspense>
    }
}

#[component]
fn TextAnswersView(answers: TextAnswers) -> impl IntoView {
    let results = format!("/staff/consultations/{}/results", answers.slug);
    let responses = format!("/staff/consultations/{}/responses", answers.slug);
    let here = format!(
        "/staff/consultations/{}/answers/{}",
        answers.slug, answers.key
    );
    let link = {
        let here = here.clone();
        let search = answers.search.clone();
        Box::new(move |n: u64| {
            if search.is_empty() {
                format!("{here}?page={n}")
            } else {
                let query = serde_urlencoded_pair("search", &search);
                format!("{here}?{query}&page={n}")
            }
        }) as Box<dyn Fn(u64) -> String + Send>
    };
    let searched = (!answers.search.is_empty()).then(|| answers.search.clone());
    view! {
        <PageTitle text=format!("Answers: {}", answers.label) />
        <StaffBar staff=answers.staff />
        <a href=results class="back-link">
            "Results"
        </a>
        <span class="caption-l">{answers.title}</span>
        <h1 class="heading-xl">{answers.label}</h1>
        <form method="get" action=here.clone() class="search-form" role="search">
            <div class="form-group">
                <label class="label" for="search">
                    "Search the answers"
                </label>
                <input
                    class="input input--width-30"
                    id="search"
                    name="search"
                    type="search"
                    value=answers.search
                    maxlength="200"
                />
            </div>
            <button type="submit" class="button button--secondary">
                "Search"
            </button>
        </form>
        {searched
            .map(|s| {
                view! {
                    <p class="body">
                        {format!("Answers containing \u{201c}{s}\u{201d}. ")}
                        <a href=here.clone()>"Show every answer"</a>
                    </p>
                }
            })}
        <Pagination link=link page=answers.page total=answers.total one="answer" what="answers" />
        <ul class="list answer-list">
            {answers
                .answers
                .into_iter()
                .map(|answer| {
                    let href = format!("{responses}/{}", answer.reference);
                    view! {
                        <li class="answer-list__item">
                            <p class="body answer-line">{answer.text}</p>
                            <p class="hint">
                                {format!("Sent {} \u{b7} ", answer.submitted_text)}
                                <a href=href>{format!("Response {}", answer.reference)}</a>
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// `name=value`, percent-encoded for an address.
fn serde_urlencoded_pair(name: &str, value: &str) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .append_pair(name, value)
        .finish()
}
