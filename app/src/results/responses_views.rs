//! Pages of individual responses and of every answer to a text question (no island: plain
//! pages, paged with links, searched with a GET form).

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::filter_views::channel_text;
use super::responses::{
    PER_PAGE, ResponseDetail, ResponseList, TextAnswers, load_response, load_responses,
    load_text_answers,
};
use crate::components::{
    AnswerLines, ErrorSummary, PageTitle, PostedForm, TextAreaField, content_lang, date_time_text,
    href, tr, tr_with, use_language,
};
use crate::domain::dashboard::format_count;
use crate::domain::interface_text::TextArg;
use crate::staff::views::{StaffBar, staff_view};

fn param(name: &'static str) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

fn query(name: &'static str) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
    let query = use_query_map();
    move || query.read().get(name)
}

/// What a list of pages counts: the messages saying how many are shown, and naming its pages.
#[derive(Clone, Copy)]
pub struct Counted {
    pub none: &'static str,
    pub one: &'static str,
    pub some: &'static str,
    pub pages: &'static str,
}

const RESPONSES: Counted = Counted {
    none: "results-pages-no-responses",
    one: "results-pages-one-response",
    some: "results-pages-showing-responses",
    pages: "results-pages-of-responses",
};

const ANSWERS: Counted = Counted {
    none: "results-pages-no-answers",
    one: "results-pages-one-answer",
    some: "results-pages-showing-answers",
    pages: "results-pages-of-answers",
};

/// "Previous" and "Next" links between pages (GOV.UK pagination), with where this page is.
#[component]
pub fn Pagination(
    /// The address of a page, given its number.
    link: Box<dyn Fn(u64) -> String + Send>,
    page: u64,
    total: u64,
    /// What is counted.
    what: Counted,
) -> impl IntoView {
    let pages = total.div_ceil(PER_PAGE).max(1);
    let first = (page - 1) * PER_PAGE + 1;
    let last = (page * PER_PAGE).min(total);
    let showing = if total == 0 {
        tr(what.none)
    } else if total == 1 {
        tr(what.one)
    } else {
        tr_with(
            what.some,
            &[
                ("first", TextArg::from(format_count(first as i64))),
                ("last", TextArg::from(format_count(last as i64))),
                ("total", TextArg::from(format_count(total as i64))),
            ],
        )
    };
    view! {
        <p class="body" data-testid="showing">{showing}</p>
        {(pages > 1)
            .then(|| {
                view! {
                    <nav class="pagination" aria-label=tr(what.pages)>
                        {(page > 1)
                            .then(|| {
                                view! {
                                    <a class="pagination__link" href=link(page - 1) rel="prev">
                                        {tr("results-pages-previous")}
                                    </a>
                                }
                            })}
                        <span class="pagination__where">
                            {tr_with(
                                "results-pages-where",
                                &[("page", TextArg::from(page)), ("pages", TextArg::from(pages))],
                            )}
                        </span>
                        {(page < pages)
                            .then(|| {
                                view! {
                                    <a class="pagination__link" href=link(page + 1) rel="next">
                                        {tr("results-pages-next")}
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
        <Suspense fallback=|| view! { <p class="body">{tr("results-responses-loading")}</p> }>
            {move || Suspend::new(async move {
                staff_view(list.await, |list| view! { <ResponsesView list /> }.into_any())
            })}
        </Suspense>
    }
}

#[component]
fn ResponsesView(list: ResponseList) -> impl IntoView {
    let results = href(&format!("/staff/consultations/{}/results", list.slug));
    let base = href(&format!("/staff/consultations/{}/responses", list.slug));
    let link = {
        let base = base.clone();
        Box::new(move |n: u64| format!("{base}?page={n}")) as Box<dyn Fn(u64) -> String + Send>
    };
    view! {
        <PageTitle text=tr_with("results-responses-title", &[("title", TextArg::from(list.title.clone()))]) />
        <StaffBar staff=list.staff />
        <a href=results class="back-link">
            {tr("results-responses-back")}
        </a>
        <span class="caption-l">{tr("results-responses-caption")}</span>
        <h1 class="heading-xl" lang=content_lang()>{list.title.clone()}</h1>
        {query("deleted")()
            .and_then(|typed| crate::domain::reference::normalise(&typed))
            .map(|reference| view! {
                <div class="notification" role="status" id="deleted">
                    <p class="body">
                        {tr_with("results-response-deleted", &[("reference", TextArg::from(reference))])}
                    </p>
                </div>
            })}
        {list.may_enter.then(|| view! {
            <p class="body">
                <a href=href(&crate::entry::api::entry_path(&list.slug)) class="button button--secondary" role="button" draggable="false">
                    {tr("results-responses-enter")}
                </a>
            </p>
        })}
        <Pagination link=link page=list.page total=list.total what=RESPONSES />
        {(!list.rows.is_empty())
            .then(|| {
                view! {
                    <table class="table">
                        <caption class="table__caption visually-hidden">
                            {tr("results-responses-table")}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr("results-responses-reference")}</th>
                                <th scope="col">{tr("results-responses-sent")}</th>
                                <th scope="col">{tr("results-responses-channel")}</th>
                                <th scope="col" class="table__header--numeric">
                                    {tr("results-responses-version")}
                                </th>
                            </tr>
                        </thead>
                        <tbody>
                            {list
                                .rows
                                .into_iter()
                                .map(|row| {
                                    let response = format!("{base}/{}", row.reference);
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <a href=response>{row.reference}</a>
                                                {row.duplicate_of.map(|earlier| view! {
                                                    <br />
                                                    <strong class="tag tag--grey">
                                                        {tr("results-responses-duplicate")}
                                                    </strong>
                                                    <span class="visually-hidden">
                                                        {format!(
                                                            " {}",
                                                            tr_with(
                                                                "results-responses-duplicate-of",
                                                                &[("reference", TextArg::from(earlier))],
                                                            ),
                                                        )}
                                                    </span>
                                                })}
                                            </th>
                                            <td>{date_time_text(row.submitted_at)}</td>
                                            <td>{channel_text(&row.channel_code, &row.channel)}</td>
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
    let posted = use_context::<PostedForm>();
    let slug = param("slug");
    let reference = param("reference");
    let detail = Resource::new(
        move || (slug(), reference()),
        |(slug, reference)| load_response(slug, reference),
    );
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("results-response-loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(detail.await, |detail| view! { <ResponseView detail posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

#[component]
fn ResponseView(detail: ResponseDetail, posted: Option<PostedForm>) -> impl IntoView {
    let list = href(&format!("/staff/consultations/{}/responses", detail.slug));
    let row = detail.row;
    let posted = posted.unwrap_or_default();
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    let delete = detail.may_delete.then(|| {
        let here = href(&format!(
            "/staff/consultations/{}/responses/{}",
            detail.slug, row.reference
        ));
        view! {
            <h2 class="heading-m" id="delete-heading">{tr("results-delete-heading")}</h2>
            <p class="body">{tr("results-delete-about")}</p>
            <form method="post" action=here novalidate aria-labelledby="delete-heading">
                <TextAreaField
                    name="reason"
                    label=tr("results-delete-reason")
                    hint=tr("results-delete-reason-hint")
                    posted=posted.clone()
                    rows=3
                />
                <button type="submit" class="button button--warning">{tr("results-delete-button")}</button>
            </form>
        }
    });
    let entered = query("entered")().is_some();
    let sent_key = if row.entered_by.is_some() {
        tr("results-response-entered-on")
    } else {
        tr("results-response-sent")
    };
    let enter_another = href(&crate::entry::api::entry_path(&detail.slug));
    let received = row
        .received_on
        .map(|day| crate::domain::uk_time::format_calendar_date_in(use_language(), day));
    let optional_row = |key: String, value: Option<String>, test_id: &'static str| {
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
        <PageTitle text=tr_with(
            "results-response-title",
            &[
                ("reference", TextArg::from(row.reference.clone())),
                ("title", TextArg::from(detail.title.clone())),
            ],
        ) error=has_errors />
        <StaffBar staff=detail.staff />
        <a href=list class="back-link">
            {tr("results-response-back")}
        </a>
        <ErrorSummary errors=RwSignal::new(posted.errors.clone()) problem=RwSignal::new(posted.problem.clone()) />
        {entered.then(|| view! {
            <div class="notification" role="status" id="entered">
                <p class="body">
                    {tr("results-response-entered")}
                    " "
                    <a href=enter_another>{tr("results-response-enter-another")}</a>
                </p>
            </div>
        })}
        <span class="caption-l" lang=content_lang()>{detail.title}</span>
        <h1 class="heading-xl">
            {tr_with("results-response-heading", &[("reference", TextArg::from(row.reference.clone()))])}
        </h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{sent_key}</dt>
                <dd class="summary-list__value">{date_time_text(row.submitted_at)}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("results-response-channel")}</dt>
                <dd class="summary-list__value">{channel_text(&row.channel_code, &row.channel)}</dd>
            </div>
            {optional_row(tr("results-response-received"), received, "received")}
            {optional_row(tr("results-response-entered-by"), row.entered_by, "entered-by")}
            {optional_row(tr("results-response-late-reason"), row.late_reason, "late-reason")}
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("results-response-version")}</dt>
                <dd class="summary-list__value">{row.version}</dd>
            </div>
            {row.duplicate_of.map(|earlier| {
                let earlier_path = href(&format!("/staff/consultations/{}/responses/{earlier}", detail.slug));
                view! {
                    <div class="summary-list__row" data-testid="duplicate">
                        <dt class="summary-list__key">{tr("results-response-duplicate")}</dt>
                        <dd class="summary-list__value">
                            {tr("results-response-duplicate-before")}
                            " "
                            <a href=earlier_path>{earlier.clone()}</a>
                            {tr("results-response-duplicate-after")}
                        </dd>
                    </div>
                }
            })}
        </dl>
        <h2 class="heading-m">{tr("results-response-answers")}</h2>
        <dl class="summary-list" data-testid="answers">
            {detail
                .answers
                .into_iter()
                .map(|answer| {
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">
                                {match content_lang() {
                                    Some(lang) => Either::Left(view! {
                                        {format!("{}. ", answer.number)}
                                        <span lang=lang>{answer.label}</span>
                                    }),
                                    None => Either::Right(format!("{}. {}", answer.number, answer.label)),
                                }}
                            </dt>
                            <dd class="summary-list__value">
                                <AnswerLines lines=answer.lines />
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
        {delete}
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
        <Suspense fallback=|| view! { <p class="body">{tr("results-answers-loading")}</p> }>
            {move || Suspend::new(async move {
                staff_view(answers.await, |answers| view! { <TextAnswersView answers /> }.into_any())
            })}
        </Suspense>
    }
}

#[component]
fn TextAnswersView(answers: TextAnswers) -> impl IntoView {
    let results = href(&format!("/staff/consultations/{}/results", answers.slug));
    let responses = href(&format!("/staff/consultations/{}/responses", answers.slug));
    let here = href(&format!(
        "/staff/consultations/{}/answers/{}",
        answers.slug, answers.key
    ));
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
        <PageTitle text=tr_with("results-answers-title", &[("label", TextArg::from(answers.label.clone()))]) />
        <StaffBar staff=answers.staff />
        <a href=results class="back-link">
            {tr("results-answers-back")}
        </a>
        <span class="caption-l" lang=content_lang()>{answers.title}</span>
        <h1 class="heading-xl" lang=content_lang()>{answers.label}</h1>
        <form method="get" action=here.clone() class="search-form" role="search">
            <div class="form-group">
                <label class="label" for="search">
                    {tr("results-answers-search-label")}
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
                {tr("results-answers-search")}
            </button>
        </form>
        {searched
            .map(|s| {
                view! {
                    <p class="body">
                        {format!(
                            "{} ",
                            tr_with("results-answers-containing", &[("search", TextArg::from(s))]),
                        )}
                        <a href=here.clone()>{tr("results-answers-show-every")}</a>
                    </p>
                }
            })}
        <Pagination link=link page=answers.page total=answers.total what=ANSWERS />
        <ul class="list answer-list">
            {answers
                .answers
                .into_iter()
                .map(|answer| {
                    let response = format!("{responses}/{}", answer.reference);
                    view! {
                        <li class="answer-list__item">
                            <p class="body answer-line">{answer.text}</p>
                            <p class="hint">
                                {format!(
                                    "{} ",
                                    tr_with(
                                        "results-answers-sent",
                                        &[("when", TextArg::from(date_time_text(answer.submitted_at)))],
                                    ),
                                )}
                                <a href=response>
                                    {tr_with(
                                        "results-answers-response",
                                        &[("reference", TextArg::from(answer.reference.clone()))],
                                    )}
                                </a>
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
