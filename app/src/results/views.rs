//! THE DASHBOARD LIVES HERE. The page is drawn on the server, complete (charts, tables, a
//! "Refresh the figures" link), so it works without JavaScript. Its figures sit in a lazy island,
//! `LiveDashboard`, which opens the live stream (`results::http`) and redraws the figures in
//! place from each snapshot: numbers, bars and tables change, the layout stays (see
//! `Dashboard::shape`), so an open table stays open and focus stays where it was.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{ConsultationResults, Dashboard, QuestionSummary, load_consultation_results};
use super::filter_views::{FilterForm, FilterSummary, channel_text, filter_query};
use super::prepared_views::DownloadOptions;
use crate::components::charts::{
    Bar, BarChart, ChartFigure, Column, ColumnChart, StackedBarChart, StackedRow,
};
use crate::components::{
    ErrorSummary, IslandScripts, PageTitle, StatusTag, content_lang, date_time_text, href, tr,
    tr_with, use_language,
};
use crate::domain::dashboard::{Period, format_count, short_month_id};
use crate::domain::interface_text::TextArg;
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn ResultsPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        (
            params.read().get("slug").unwrap_or_default(),
            filter_query(&query.read()),
        )
    };
    let results = Resource::new(key, |(slug, query)| load_consultation_results(slug, query));
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("results-loading")}</p> }>
            {move || Suspend::new(async move {
                staff_view(results.await, |results| view! { <ResultsView results /> }.into_any())
            })}
        </Suspense>
    }
}

#[component]
fn ResultsView(results: ConsultationResults) -> impl IntoView {
    let filtered = results.filters.is_filtered();
    // Open when the address had mistakes to put right; a filter applied is summed up above it.
    let open_filters = !results.filters.errors.is_empty();
    let here = href(&format!("/staff/consultations/{}/results", results.slug));
    let refresh = format!("{here}{}", results.filters.query.to_query_string());
    let compare = format!("{here}/compare{}", results.filters.query.to_query_string());
    let public = href(&format!("/consultations/{}", results.slug));
    let questionnaire = href(&format!(
        "/staff/consultations/{}/questionnaire",
        results.slug
    ));
    let title = tr_with(
        "results-title",
        &[("title", TextArg::from(results.title.clone()))],
    );
    view! {
        <PageTitle text=title />
        <StaffBar staff=results.staff />
        <a href=href("/staff") class="back-link">
            {tr("results-back-all")}
        </a>
        <span class="caption-l">{tr("results-caption")}</span>
        <h1 class="heading-xl" lang=content_lang()>{results.title}</h1>
        <p class="body">
            <a href=questionnaire>{tr("results-see-questionnaire")}</a>
            " · "
            <a href=public>{tr("results-view-public")}</a>
        </p>
        {results
            .may_read_responses
            .then(|| {
                view! {
                    <p class="body">
                        <a href=href(
                            &format!("/staff/consultations/{}/responses", results.slug),
                        )>{tr("results-read-every-response")}</a>
                    </p>
                    <DownloadOptions
                        slug=results.slug.clone()
                        choices=results.downloads
                        applied=filtered.then(|| results.filters.query.clone())
                        responses=results.dashboard.responses
                    />
                }
            })}
        <ErrorSummary errors=results.filters.errors.clone() problem=Signal::derive(|| None::<String>) />
        <FilterSummary
            panel=results.filters.clone()
            shown=results.dashboard.responses
            clear=here.clone()
        />
        <details class="details" open=open_filters>
            <summary class="details__summary">
                <span class="details__summary-text">
                    {if filtered { tr("results-change-filter") } else { tr("results-filter-responses") }}
                </span>
            </summary>
            <div class="details__text">
                <FilterForm panel=results.filters action=here />
            </div>
        </details>
        <p class="body">
            <a href=compare>{tr("results-compare-link")}</a>
        </p>
        {if filtered {
            // A filtered view is a reading, not a live feed (decision 0022).
            let as_of = date_time_text(results.dashboard.as_of);
            view! {
                <p class="body" data-testid="live-status">
                    {tr("results-figures-as-at")}
                    " "
                    <span data-testid="as-of">{as_of}</span>
                    ". "
                    <a href=refresh>{tr("results-refresh")}</a>
                </p>
                <Figures data=Signal::stored(results.dashboard) slug=results.slug />
            }
                .into_any()
        } else {
            view! { <LiveDashboard slug=results.slug dashboard=results.dashboard /> }.into_any()
        }}
        <IslandScripts staff=true />
    }
}

/// What the live dashboard says of its connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
// Only the browser's stream moves it on from `Drawn`.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum LiveStatus {
    /// Drawn by the server (and before the island wakes): figures as they were.
    Drawn,
    Live,
    Reconnecting,
    /// The stream was refused or cannot be reopened (signed out, say).
    Stopped,
}

/// The dashboard's figures, kept live: drawn on the server; in the browser, each snapshot from
/// the stream replaces the figures, and screen readers hear a polite summary of new responses
/// at most every `ANNOUNCE_EVERY_MS`.
#[island(lazy)]
pub fn LiveDashboard(slug: String, dashboard: Dashboard) -> impl IntoView {
    let data = RwSignal::new(dashboard);
    let status = RwSignal::new(LiveStatus::Drawn);
    let announcement = RwSignal::new(String::new());
    #[cfg(feature = "hydrate")]
    live::connect(&slug, data, status, announcement);
    let refresh = href(&format!("/staff/consultations/{slug}/results"));
    let as_of = move || date_time_text(data.with(|d| d.as_of));
    let consultation_status = Memo::new(move |_| data.with(|d| d.status));
    view! {
        <p class="body live-status" data-testid="live-status">
            {move || view! { <StatusTag status=consultation_status.get() /> }}
            " "
            {move || match status.get() {
                LiveStatus::Drawn => String::new(),
                LiveStatus::Live => format!("{} ", tr("results-live")),
                LiveStatus::Reconnecting => format!("{} ", tr("results-reconnecting")),
                LiveStatus::Stopped => format!("{} ", tr("results-stopped")),
            }}
            {tr("results-figures-as-at")}
            " "
            <span data-testid="as-of">{as_of}</span>
            ". "
            <a href=refresh>{tr("results-refresh")}</a>
        </p>
        <div class="visually-hidden" role="status" data-testid="live-announcement">
            {move || announcement.get()}
        </div>
        <Figures data=data.into() slug=slug />
    }
}

/// How often, at most, screen readers are told of new responses.
pub const ANNOUNCE_EVERY_MS: u64 = 10_000;

/// The browser side of the live stream (`results::http::get_live_results`).
#[cfg(feature = "hydrate")]
mod live {
    use std::cell::Cell;
    use std::rc::Rc;

    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    use super::{ANNOUNCE_EVERY_MS, Dashboard, LiveStatus};
    use crate::components::tr_with;
    use crate::domain::dashboard::format_count;
    use crate::domain::interface_text::TextArg;

    pub fn connect(
        slug: &str,
        data: RwSignal<Dashboard>,
        status: RwSignal<LiveStatus>,
        announcement: RwSignal<String>,
    ) {
        let url = format!("/staff/consultations/{slug}/results/live");
        let Ok(source) = web_sys::EventSource::new(&url) else {
            status.set(LiveStatus::Stopped);
            return;
        };
        // Responses not yet announced, and whether an announcement is waiting its turn.
        let unannounced = Rc::new(Cell::new(0i64));
        let waiting = Rc::new(Cell::new(false));
        let last_said = Rc::new(Cell::new(f64::NEG_INFINITY));

        let on_snapshot = {
            let (unannounced, waiting, last_said) =
                (unannounced.clone(), waiting.clone(), last_said.clone());
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let Some(text) = event.data().as_string() else {
                    return;
                };
                let Ok(next) = serde_json::from_str::<Dashboard>(&text) else {
                    return;
                };
                status.set(LiveStatus::Live);
                // Never back to older figures than those shown.
                if next.read_at_ms < data.with_untracked(|d| d.read_at_ms) {
                    return;
                }
                let before = data.with_untracked(|d| d.responses);
                let arrived = next.responses - before;
                data.set(next);
                if arrived <= 0 {
                    return;
                }
                unannounced.set(unannounced.get() + arrived);
                if waiting.get() {
                    return;
                }
                waiting.set(true);
                let now = js_sys::Date::now();
                let wait = (last_said.get() + ANNOUNCE_EVERY_MS as f64 - now).max(0.0);
                let (unannounced, waiting, last_said) =
                    (unannounced.clone(), waiting.clone(), last_said.clone());
                set_timeout(
                    move || {
                        let count = unannounced.replace(0);
                        waiting.set(false);
                        last_said.set(js_sys::Date::now());
                        let total = data.with_untracked(|d| d.responses);
                        announcement.set(tr_with(
                            "results-announce",
                            &[
                                ("new", TextArg::from(format_count(count))),
                                ("n", TextArg::from(count)),
                                ("total", TextArg::from(format_count(total))),
                            ],
                        ));
                    },
                    std::time::Duration::from_millis(wait as u64),
                );
            })
        };
        let _ = source
            .add_event_listener_with_callback("snapshot", on_snapshot.as_ref().unchecked_ref());
        on_snapshot.forget();

        let on_error = {
            let source = source.clone();
            Closure::<dyn Fn()>::new(move || {
                // The browser retries by itself unless the server refused (then it is closed).
                status.set(if source.ready_state() == web_sys::EventSource::CLOSED {
                    LiveStatus::Stopped
                } else {
                    LiveStatus::Reconnecting
                });
            })
        };
        source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
    }
}

/// Every figure: laid out by `Dashboard::shape`, filled in from `data` as it changes.
#[component]
fn Figures(data: Signal<Dashboard>, slug: String) -> impl IntoView {
    let shape = Memo::new(move |_| data.with(Dashboard::shape));
    move || {
        shape.track();
        let questions = data.with_untracked(|d| d.questions.len());
        view! {
            <HeadlineFigures data />
            <OverTime data />
            {(0..questions)
                .map(|index| view! { <QuestionResultView data index slug=slug.clone() /> })
                .collect_view()}
        }
    }
}

/// Total, today, the last seven days; then the latest response, channels and versions.
#[component]
fn HeadlineFigures(data: Signal<Dashboard>) -> impl IntoView {
    let headline = Memo::new(move |_| data.with(|d| d.headline.clone()));
    let figure =
        move |label: String, value: fn(&super::api::Headline) -> i64, testid: &'static str| {
            view! {
                <div class="stat">
                    <dt class="stat__label">{label}</dt>
                    <dd class="stat__value" data-testid=testid>
                        {move || headline.with(|h| format_count(value(h)))}
                    </dd>
                </div>
            }
        };
    let channels = move || {
        headline.with(|h| {
            if h.channels.is_empty() {
                return tr("results-none-yet");
            }
            h.channels
                .iter()
                .map(|c| {
                    format!(
                        "{}: {} ({}%)",
                        channel_text(&c.code, &c.label),
                        format_count(c.count),
                        c.percent
                    )
                })
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };
    let versions = move || {
        headline.with(|h| {
            if h.versions.is_empty() {
                return tr("results-not-published");
            }
            h.versions
                .iter()
                .map(|v| {
                    tr_with(
                        if v.current {
                            "results-version-current-responses"
                        } else {
                            "results-version-responses"
                        },
                        &[
                            ("number", TextArg::from(v.number)),
                            ("count", TextArg::from(format_count(v.responses))),
                            ("n", TextArg::from(v.responses)),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };
    let latest = move || {
        data.with(|d| d.last_response_at)
            .map(date_time_text)
            .unwrap_or_else(|| tr("results-none-yet"))
    };
    view! {
        <dl class="stats">
            {figure(tr("results-responses"), |h| h.total, "response-count")}
            {figure(tr("results-today"), |h| h.today, "responses-today")}
            {figure(tr("results-last-7-days"), |h| h.last_7_days, "responses-week")}
        </dl>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("results-latest-response")}</dt>
                <dd class="summary-list__value">{latest}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("results-by-channel")}</dt>
                <dd class="summary-list__value" data-testid="channels">{channels}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("results-versions")}</dt>
                <dd class="summary-list__value" data-testid="versions">{versions}</dd>
            </div>
        </dl>
    }
}

/// Responses per UK day (or week) since opening, as a column chart and a table.
#[component]
fn OverTime(data: Signal<Dashboard>) -> impl IntoView {
    let series = Memo::new(move |_| data.with(|d| d.over_time.clone()));
    let (count, period) = series.with_untracked(|s| (s.points.len(), s.period));
    if count == 0 {
        return view! {
            <h2 class="heading-m">{tr("results-over-time")}</h2>
            <p class="body">{tr("results-not-opened")}</p>
        }
        .into_any();
    }
    let (heading_id, over_id, column_id) = match period {
        Period::Day => ("results-per-day", "results-over-days", "results-column-day"),
        Period::Week => (
            "results-per-week",
            "results-over-weeks",
            "results-column-week",
        ),
    };
    let description = Signal::derive(move || {
        series.with(|s| {
            let total: i64 = s.points.iter().map(|p| p.count).sum();
            let busiest = s
                .points
                .iter()
                .max_by_key(|p| p.count)
                .filter(|p| p.count > 0)
                .map(|p| {
                    format!(
                        " {}",
                        tr_with(
                            "results-busiest",
                            &[
                                ("count", TextArg::from(format_count(p.count))),
                                ("when", TextArg::from(long_period(p.start, period))),
                            ],
                        )
                    )
                })
                .unwrap_or_default();
            let first = s.points.first().map(|p| long_period(p.start, period));
            let last = s.points.last().map(|p| long_period(p.start, period));
            let over = tr_with(
                over_id,
                &[
                    ("total", TextArg::from(format_count(total))),
                    ("count", TextArg::from(s.points.len())),
                    ("first", TextArg::from(first.unwrap_or_default())),
                    ("last", TextArg::from(last.unwrap_or_default())),
                ],
            );
            format!("{over}{busiest}")
        })
    });
    let columns = Signal::derive(move || {
        series.with(|s| {
            s.points
                .iter()
                .map(|p| Column {
                    label: short_day(p.start),
                    value: p.count,
                })
                .collect()
        })
    });
    let rows = Signal::derive(move || {
        series.with(|s| {
            s.points
                .iter()
                .map(|p| TableRow {
                    label: long_period(p.start, period),
                    removed_in: None,
                    cells: vec![format_count(p.count)],
                })
                .collect()
        })
    });
    let heading = tr(heading_id);
    view! {
        <section class="result" aria-labelledby="over-time">
            <h2 class="heading-m" id="over-time">{heading.clone()}</h2>
            {(period == Period::Week)
                .then(|| view! { <p class="hint">{tr("results-weeks-hint")}</p> })}
            <ChartFigure
                chart=view! {
                    <ColumnChart id="chart-over-time".to_string() title=heading description columns />
                }
                    .into_any()
                table=view! {
                    <ResultTable
                        caption=tr("results-over-time")
                        headers=vec![tr(column_id), tr("results-responses")]
                        rows
                    />
                }
                    .into_any()
            />
        </section>
    }
    .into_any()
}

/// A day for a chart's axis: "3 Nov".
fn short_day(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    tr_with(
        "results-day-short",
        &[
            ("day", TextArg::from(day.day())),
            ("month", TextArg::from(tr(short_month_id(day.month())))),
        ],
    )
}

/// A day or a week in full, for a table: "3 November 2026", "Week starting 2 November 2026".
fn long_period(start: chrono::NaiveDate, period: Period) -> String {
    let date = crate::domain::uk_time::format_calendar_date_in(use_language(), start);
    match period {
        Period::Day => date,
        Period::Week => tr_with("results-week-starting", &[("date", TextArg::from(date))]),
    }
}

/// Question `index` of the dashboard: its heading and counts, and a chart and table by kind.
#[component]
fn QuestionResultView(data: Signal<Dashboard>, index: usize, slug: String) -> impl IntoView {
    let question = Memo::new(move |_| data.with(|d| d.questions.get(index).cloned()));
    let Some(first) = question.get_untracked() else {
        return ().into_any();
    };
    let number = index + 1;
    let heading_id = format!("question-{number}");
    let chart_id = format!("chart-{number}");
    let q = move || question.get().unwrap_or_else(|| first.clone());
    let label = {
        let q = q.clone();
        move || q().label
    };
    let answered = {
        let q = q.clone();
        move || q().answered
    };
    let people = move |n: i64| {
        tr_with(
            "results-people",
            &[
                ("count", TextArg::from(format_count(n))),
                ("n", TextArg::from(n)),
            ],
        )
    };
    // Each kind's rows, as the latest snapshot has them.
    let summary = {
        let q = q.clone();
        move || q().summary
    };
    let title = |id: &'static str| {
        let label = label.clone();
        Signal::derive(move || {
            tr_with(
                id,
                &[
                    ("number", TextArg::from(number)),
                    ("label", TextArg::from(label())),
                ],
            )
        })
    };
    let dash = || "\u{2013}".to_string();

    let detail = match question.get_untracked().map(|q| q.summary) {
        Some(QuestionSummary::Choice { multiple, .. }) => {
            let options = {
                let summary = summary.clone();
                Signal::derive(move || match summary() {
                    QuestionSummary::Choice { options, .. } => options,
                    _ => Vec::new(),
                })
            };
            let other_answers = {
                let summary = summary.clone();
                move || match summary() {
                    QuestionSummary::Choice { other_answers, .. } => other_answers,
                    _ => Vec::new(),
                }
            };
            let description = {
                let answered = answered.clone();
                Signal::derive(move || {
                    options.with(|options| {
                        let top = options
                            .iter()
                            .max_by_key(|o| o.count)
                            .filter(|o| o.count > 0)
                            .map(|o| {
                                format!(
                                    " {}",
                                    tr_with(
                                        "results-chosen-most",
                                        &[
                                            ("label", TextArg::from(o.label.clone())),
                                            ("count", TextArg::from(format_count(o.count))),
                                            ("percent", TextArg::from(o.percent.to_string())),
                                        ],
                                    )
                                )
                            })
                            .unwrap_or_default();
                        let bars = tr_with(
                            "results-choice-description",
                            &[
                                ("count", TextArg::from(options.len())),
                                ("people", TextArg::from(people(answered()))),
                            ],
                        );
                        format!("{bars}{top}")
                    })
                })
            };
            let bars = Signal::derive(move || {
                options.with(|options| {
                    options
                        .iter()
                        .map(|o| Bar {
                            label: with_removed(&o.label, o.removed_in),
                            value: o.count as f64,
                            value_text: format!("{} ({}%)", format_count(o.count), o.percent),
                        })
                        .collect()
                })
            });
            let rows = Signal::derive(move || {
                options.with(|options| {
                    options
                        .iter()
                        .map(|o| TableRow {
                            label: o.label.clone(),
                            removed_in: o.removed_in,
                            cells: vec![format_count(o.count), format!("{}%", o.percent)],
                        })
                        .collect()
                })
            });
            view! {
                <p class="hint">
                    {if multiple { tr("results-percent-multiple") } else { tr("results-percent") }}
                </p>
                <ChartFigure
                    chart=view! {
                        <BarChart id=chart_id title=title("results-chart-answers") description bars lang=content_lang() />
                    }
                        .into_any()
                    table=view! {
                        <ResultTable
                            caption=tr_with("results-answers-caption", &[("number", TextArg::from(number))])
                            lang=content_lang()
                            headers=vec![
                                tr("results-column-option"),
                                tr("results-column-count"),
                                tr("results-column-percentage"),
                            ]
                            rows
                        />
                    }
                        .into_any()
                />
                {move || {
                    let answers = other_answers();
                    (!answers.is_empty())
                        .then(|| {
                            view! {
                                <AnswerList title=tr("results-latest-other") answers />
                            }
                        })
                }}
            }
            .into_any()
        }
        Some(QuestionSummary::Spread(_)) => {
            let spread = {
                let summary = summary.clone();
                Signal::derive(move || match summary() {
                    QuestionSummary::Spread(spread) => Some(spread),
                    _ => None,
                })
            };
            let language = use_language();
            let field = move |pick: fn(&super::api::NumberSpread) -> &super::api::SpreadValue| {
                move || {
                    spread.with(|s| {
                        s.as_ref()
                            .map(|s| pick(s).text_in(language))
                            .unwrap_or_default()
                    })
                }
            };
            let has_average =
                spread.with_untracked(|s| s.as_ref().is_some_and(|s| s.average.is_some()));
            let description = {
                let answered = answered.clone();
                Signal::derive(move || {
                    spread.with(|s| match s {
                        Some(s) => tr_with(
                            "results-histogram-description",
                            &[
                                ("count", TextArg::from(format_count(answered()))),
                                ("lowest", TextArg::from(s.lowest.text_in(language))),
                                ("median", TextArg::from(s.median.text_in(language))),
                                ("highest", TextArg::from(s.highest.text_in(language))),
                            ],
                        ),
                        None => String::new(),
                    })
                })
            };
            let bins =
                move || spread.with(|s| s.as_ref().map(|s| s.bins.clone()).unwrap_or_default());
            let bars = Signal::derive(move || {
                bins()
                    .into_iter()
                    .map(|b| Bar {
                        value: b.count as f64,
                        value_text: format_count(b.count),
                        label: b.label_in(language),
                    })
                    .collect()
            });
            let rows = Signal::derive(move || {
                bins()
                    .into_iter()
                    .map(|b| TableRow {
                        label: b.label_in(language),
                        removed_in: None,
                        cells: vec![format_count(b.count)],
                    })
                    .collect()
            });
            view! {
                <dl class="summary-list">
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{tr("results-lowest")}</dt>
                        <dd class="summary-list__value">{field(|s| &s.lowest)}</dd>
                    </div>
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{tr("results-median")}</dt>
                        <dd class="summary-list__value">{field(|s| &s.median)}</dd>
                    </div>
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{tr("results-highest")}</dt>
                        <dd class="summary-list__value">{field(|s| &s.highest)}</dd>
                    </div>
                    {has_average
                        .then(|| {
                            view! {
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{tr("results-average-mean")}</dt>
                                    <dd class="summary-list__value">
                                        {move || spread.with(|s| s.as_ref().and_then(|s| s.average.clone()).unwrap_or_default())}
                                    </dd>
                                </div>
                            }
                        })}
                </dl>
                <ChartFigure
                    chart=view! {
                        <BarChart id=chart_id title=title("results-chart-spread") description bars />
                    }
                        .into_any()
                    table=view! {
                        <ResultTable
                            caption=tr_with("results-by-value-caption", &[("number", TextArg::from(number))])
                            headers=vec![tr("results-column-answer"), tr("results-column-count")]
                            rows
                        />
                    }
                        .into_any()
                />
            }
            .into_any()
        }
        Some(QuestionSummary::Grid(first_grid)) => {
            let grid = {
                let summary = summary.clone();
                Signal::derive(move || match summary() {
                    QuestionSummary::Grid(grid) => grid,
                    _ => first_grid.clone(),
                })
            };
            let scale = grid.with_untracked(|g| g.scale.clone());
            let description = Signal::derive(move || {
                grid.with(|g| {
                    tr_with(
                        "results-grid-description",
                        &[
                            ("count", TextArg::from(g.rows.len())),
                            ("scale", TextArg::from(g.scale.join(", "))),
                        ],
                    )
                })
            });
            let stacked = Signal::derive(move || {
                grid.with(|g| {
                    g.rows
                        .iter()
                        .map(|row| StackedRow {
                            label: with_removed(&row.label, row.removed_in),
                            shares: row.cells.iter().map(|(_, percent)| *percent).collect(),
                        })
                        .collect()
                })
            });
            let rows = Signal::derive(move || {
                grid.with(|g| {
                    g.rows
                        .iter()
                        .map(|row| TableRow {
                            label: row.label.clone(),
                            removed_in: row.removed_in,
                            cells: row
                                .cells
                                .iter()
                                .map(|(count, percent)| {
                                    format!("{} ({percent}%)", format_count(*count))
                                })
                                .collect(),
                        })
                        .collect()
                })
            });
            let headers: Vec<String> = std::iter::once(tr("results-column-statement"))
                .chain(scale.iter().cloned())
                .collect();
            view! {
                <ChartFigure
                    chart=view! {
                        <StackedBarChart
                            id=chart_id
                            title=title("results-chart-answers")
                            description
                            legend=scale
                            rows=stacked
                            lang=content_lang()
                        />
                    }
                        .into_any()
                    table=view! {
                        // Wide: it scrolls sideways on a phone, so a keyboard can scroll it too.
                        <div
                            class="table-wrapper"
                            tabindex="0"
                            role="region"
                            aria-label=tr_with("results-table-of-question", &[("number", TextArg::from(number))])
                        >
                            <ResultTable
                                caption=tr_with("results-grid-caption", &[("number", TextArg::from(number))])
                                lang=content_lang()
                                header_lang=content_lang()
                                headers
                                rows
                            />
                        </div>
                    }
                        .into_any()
                />
            }
            .into_any()
        }
        Some(QuestionSummary::Ranking { .. }) => {
            let items = {
                let summary = summary.clone();
                Signal::derive(move || match summary() {
                    QuestionSummary::Ranking { items } => items,
                    _ => Vec::new(),
                })
            };
            let description = Signal::derive(move || {
                tr_with(
                    "results-ranking-description",
                    &[("count", TextArg::from(items.with(Vec::len)))],
                )
            });
            let bars = Signal::derive(move || {
                items.with(|items| {
                    items
                        .iter()
                        .map(|item| Bar {
                            label: with_removed(&item.label, item.removed_in),
                            value: item.first_places as f64,
                            value_text: tr_with(
                                "results-ranking-value",
                                &[
                                    ("count", TextArg::from(format_count(item.first_places))),
                                    (
                                        "average",
                                        TextArg::from(
                                            item.average_rank.clone().unwrap_or_else(dash),
                                        ),
                                    ),
                                ],
                            ),
                        })
                        .collect()
                })
            });
            let rows = Signal::derive(move || {
                items.with(|items| {
                    items
                        .iter()
                        .map(|item| TableRow {
                            label: item.label.clone(),
                            removed_in: item.removed_in,
                            cells: vec![
                                item.average_rank.clone().unwrap_or_else(dash),
                                format_count(item.first_places),
                                format_count(item.ranked),
                            ],
                        })
                        .collect()
                })
            });
            view! {
                <p class="hint">{tr("results-ranking-hint")}</p>
                <ChartFigure
                    chart=view! {
                        <BarChart id=chart_id title=title("results-chart-ranking") description bars lang=content_lang() />
                    }
                        .into_any()
                    table=view! {
                        <ResultTable
                            caption=tr_with("results-ranking-caption", &[("number", TextArg::from(number))])
                            lang=content_lang()
                            headers=vec![
                                tr("results-column-item"),
                                tr("results-column-average-rank"),
                                tr("results-column-ranked-first"),
                                tr("results-column-ranked-by"),
                            ]
                            rows
                        />
                    }
                        .into_any()
                />
            }
            .into_any()
        }
        Some(QuestionSummary::Points { .. }) => {
            let items = {
                let summary = summary.clone();
                Signal::derive(move || match summary() {
                    QuestionSummary::Points { items } => items,
                    _ => Vec::new(),
                })
            };
            let description = Signal::derive(move || {
                tr_with(
                    "results-points-description",
                    &[("count", TextArg::from(items.with(Vec::len)))],
                )
            });
            let bars = Signal::derive(move || {
                items.with(|items| {
                    items
                        .iter()
                        .map(|item| Bar {
                            label: with_removed(&item.label, item.removed_in),
                            value: item.mean,
                            value_text: format!(
                                "{} ({}%)",
                                item.average.clone().unwrap_or_else(dash),
                                item.percent,
                            ),
                        })
                        .collect()
                })
            });
            let rows = Signal::derive(move || {
                items.with(|items| {
                    items
                        .iter()
                        .map(|item| TableRow {
                            label: item.label.clone(),
                            removed_in: item.removed_in,
                            cells: vec![
                                item.total.clone(),
                                item.average.clone().unwrap_or_else(dash),
                                format!("{}%", item.percent),
                            ],
                        })
                        .collect()
                })
            });
            view! {
                <p class="hint">{tr("results-points-hint")}</p>
                <ChartFigure
                    chart=view! {
                        <BarChart id=chart_id title=title("results-chart-points") description bars lang=content_lang() />
                    }
                        .into_any()
                    table=view! {
                        <ResultTable
                            caption=tr_with("results-points-caption", &[("number", TextArg::from(number))])
                            lang=content_lang()
                            headers=vec![
                                tr("results-column-option"),
                                tr("results-column-points"),
                                tr("results-column-average"),
                                tr("results-column-share"),
                            ]
                            rows
                        />
                    }
                        .into_any()
                />
            }
            .into_any()
        }
        Some(QuestionSummary::NotListed { reason_id }) => {
            view! { <p class="body">{tr(&reason_id)}</p> }.into_any()
        }
        Some(QuestionSummary::Text { .. }) | None => {
            let latest = {
                let summary = summary.clone();
                move || match summary() {
                    QuestionSummary::Text { latest } => latest,
                    _ => Vec::new(),
                }
            };
            let every = {
                let q = q.clone();
                move || {
                    let question = q();
                    (question.readable && question.answered > 0).then(|| {
                        view! {
                            <p class="body">
                                <a href=href(&format!("/staff/consultations/{slug}/answers/{}", question.key))>
                                    {tr_with(
                                        "results-read-all-answers",
                                        &[("count", TextArg::from(format_count(question.answered)))],
                                    )}
                                </a>
                            </p>
                        }
                    })
                }
            };
            view! {
                {move || {
                    let answers = latest();
                    if answers.is_empty() {
                        view! { <p class="body">{tr("results-no-answers-yet")}</p> }.into_any()
                    } else {
                        view! { <AnswerList title=tr("results-latest-answers") answers /> }.into_any()
                    }
                }}
                {every}
            }
            .into_any()
        }
    };
    let hint = {
        let q = q.clone();
        move || {
            let question = q();
            match question.added_in {
                Some(n) => tr_with(
                    "results-hint-added",
                    &[
                        ("kind", TextArg::from(tr(&question.kind_label_id))),
                        ("version", TextArg::from(n)),
                        ("answered", TextArg::from(format_count(question.answered))),
                        ("asked", TextArg::from(format_count(question.asked))),
                        ("n", TextArg::from(question.asked)),
                    ],
                ),
                None => tr_with(
                    "results-hint-answered",
                    &[
                        ("kind", TextArg::from(tr(&question.kind_label_id))),
                        ("people", TextArg::from(people(question.answered))),
                    ],
                ),
            }
        }
    };
    let removed_in = question.with_untracked(|q| q.as_ref().and_then(|q| q.removed_in));
    let labelled_by = heading_id.clone();
    view! {
        <section class="result" aria-labelledby=labelled_by>
            <h2 class="heading-m" id=heading_id>
                {move || numbered_label(number, label())}
            </h2>
            <p class="hint">{hint}</p>
            {removed_in
                .map(|n| {
                    view! {
                        <p class="body">
                            <strong class="tag tag--grey">
                                {tr_with("results-removed-tag", &[("version", TextArg::from(n))])}
                            </strong>
                            " "
                            {tr("results-no-longer-asked")}
                        </p>
                    }
                })}
            {detail}
        </section>
    }
    .into_any()
}

/// A label with "(removed in version N)" when a later version took it out.
fn with_removed(label: &str, removed_in: Option<i32>) -> String {
    match removed_in {
        Some(n) => tr_with(
            "results-removed-label",
            &[
                ("label", TextArg::from(label.to_string())),
                ("version", TextArg::from(n)),
            ],
        ),
        None => label.to_string(),
    }
}

/// One row of a results table: what it counts (marked when a later version took it out) and
/// its figures.
#[derive(Clone, Debug, Default, PartialEq)]
struct TableRow {
    label: String,
    removed_in: Option<i32>,
    cells: Vec<String>,
}

/// A results table: a header row (the first column names the rows, the rest are figures) and a
/// row for each option, item or statement. The number of rows is fixed when drawn; what they
/// say follows `rows` as it changes.
#[component]
fn ResultTable<H: Into<String>>(
    caption: String,
    headers: Vec<H>,
    #[prop(into)] rows: Signal<Vec<TableRow>>,
    /// The rows' labels' language (`content_lang` when they are the consultation's words).
    #[prop(optional_no_strip)]
    lang: Option<&'static str>,
    /// The language of the headers after the first (a grid's scale).
    #[prop(optional_no_strip)]
    header_lang: Option<&'static str>,
) -> impl IntoView {
    let mut headers = headers.into_iter().map(Into::into);
    let first = headers.next().unwrap_or_default();
    let rest: Vec<String> = headers.collect();
    let columns = rest.len();
    let count = rows.with_untracked(Vec::len);
    view! {
        <table class="table">
            <caption class="table__caption visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{first}</th>
                    {rest
                        .into_iter()
                        .map(|h| view! { <th scope="col" class="table__header--numeric" lang=header_lang>{h}</th> })
                        .collect_view()}
                </tr>
            </thead>
            <tbody>
                {(0..count)
                    .map(|i| {
                        let row = move || rows.with(|r| r.get(i).cloned().unwrap_or_default());
                        view! {
                            <tr>
                                <th scope="row">
                                    {move || content_text(lang, row().label)}
                                    {move || {
                                        row()
                                            .removed_in
                                            .map(|n| {
                                                view! {
                                                    <span class="hint">
                                                        {format!(
                                                            " {}",
                                                            tr_with(
                                                                "results-removed-suffix",
                                                                &[("version", TextArg::from(n))],
                                                            ),
                                                        )}
                                                    </span>
                                                }
                                            })
                                    }}
                                </th>
                                {(0..columns)
                                    .map(|j| {
                                        view! {
                                            <td class="table__cell--numeric">
                                                {move || row().cells.get(j).cloned().unwrap_or_default()}
                                            </td>
                                        }
                                    })
                                    .collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// The newest text answers of a question (or its "Other" box), escaped like any text.
#[component]
fn AnswerList(title: String, answers: Vec<String>) -> impl IntoView {
    view! {
        <h3 class="heading-s">{title}</h3>
        <ul class="list answer-list">
            {answers
                .into_iter()
                .map(|text| view! { <li class="answer-list__item">{text}</li> })
                .collect_view()}
        </ul>
    }
}

/// A question's heading, "3. Label": on a Welsh page its label is marked as English.
fn numbered_label(number: usize, label: String) -> impl IntoView {
    match content_lang() {
        Some(lang) => Either::Left(view! { {format!("{number}. ")}<span lang=lang>{label}</span> }),
        None => Either::Right(format!("{number}. {label}")),
    }
}

/// `text` in a `<span lang>` when it has a language to mark, else as it is.
fn content_text(lang: Option<&'static str>, text: String) -> impl IntoView {
    match lang {
        Some(lang) => Either::Left(view! { <span lang=lang>{text}</span> }),
        None => Either::Right(text),
    }
}
