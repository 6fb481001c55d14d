//! The results' filter form, what a filter applied, and the "compare two questions" page (a
//! cross-tab). Plain GET forms drawn on the server: they work without JavaScript, and a filtered
//! view is an address that can be bookmarked or shared with a colleague.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use leptos_router::params::ParamsMap;

use super::api::{CrossTab, CrossTabPage, FilterPanel, load_cross_tab};
use crate::components::charts::{StackedBarChart, StackedRow};
use crate::components::{
    ErrorMessage, ErrorSummary, PageTitle, content_lang, href, tr, tr_with, use_language,
};
use crate::domain::answers::FieldError;
use crate::domain::dashboard::{channel_label_id, format_count};
use crate::domain::interface_text::TextArg;
use crate::domain::results_filter::{ANSWER_FILTERS, FilterQuery, percent_text, share};
use crate::staff::views::{StaffBar, staff_view};

/// The filter (and cross-tab) the page's address asks for.
pub fn filter_query(query: &ParamsMap) -> FilterQuery {
    FilterQuery::from_lookup(|name| query.get(name))
}

/// A channel's name in the page's language (`label`, its English, for a channel the site does
/// not name).
pub fn channel_text(code: &str, label: &str) -> String {
    match channel_label_id(code) {
        Some(id) => tr(id),
        None => label.to_string(),
    }
}

fn error_for(errors: &[FieldError], field: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message_in(use_language()))
}

/// A labelled control in the filter's grey band, with its error when the address had a mistake.
fn field<V: IntoView + 'static>(
    name: &str,
    label: &str,
    error: Option<String>,
    wide: bool,
    control: V,
) -> impl IntoView + use<V> {
    let class = match (wide, error.is_some()) {
        (true, true) => "filter__field filter__field--wide form-group--error",
        (true, false) => "filter__field filter__field--wide",
        (false, true) => "filter__field form-group--error",
        (false, false) => "filter__field",
    };
    let error_id = format!("{name}-error");
    view! {
        <div class=class>
            <label class="label label--s" for=name.to_string()>
                {label.to_string()}
            </label>
            {error.map(|message| view! { <ErrorMessage id=error_id message /> })}
            {control}
        </div>
    }
}

/// The filter form. `action` is the page it reloads; `cross_tab` adds the two questions to
/// compare (the "compare" page).
#[component]
pub fn FilterForm(
    panel: FilterPanel,
    action: String,
    #[prop(optional)] cross_tab: bool,
) -> impl IntoView {
    let FilterPanel {
        choices,
        query,
        errors,
        ..
    } = panel;
    let described = |name: &str| error_for(&errors, name).map(|_| format!("{name}-error"));
    let date = |name: &'static str, label: String, value: String| {
        field(
            name,
            &label,
            error_for(&errors, name),
            false,
            view! {
                <input
                    class="input input--date"
                    type="date"
                    id=name
                    name=name
                    value=value
                    aria-describedby=described(name)
                />
            },
        )
    };
    let channel_options = choices
        .channels
        .iter()
        .map(|(code, label)| {
            let selected = query.channel == *code;
            view! { <option value=code.clone() selected=selected>{channel_text(code, label)}</option> }
        })
        .collect_view();
    let version_options = choices
        .versions
        .iter()
        .rev()
        .map(|number| {
            let selected = query.version == number.to_string();
            view! {
                <option value=number.to_string() selected=selected>
                    {tr_with("results-filter-version", &[("number", TextArg::from(*number))])}
                </option>
            }
        })
        .collect_view();
    // One drop-down per answer filter: every option of every choice question, grouped by question.
    let answer_select = |index: usize| {
        let name = format!("answer{}", index + 1);
        let chosen = query.answers.get(index).cloned().unwrap_or_default();
        let groups = choices
            .questions
            .iter()
            .map(|question| {
                let options = question
                    .options
                    .iter()
                    .map(|(key, label)| {
                        let value = format!("{}.{key}", question.key);
                        let selected = value == chosen;
                        view! { <option value=value selected=selected lang=content_lang()>{label.clone()}</option> }
                    })
                    .collect_view();
                view! { <optgroup label=question.label.clone() lang=content_lang()>{options}</optgroup> }
            })
            .collect_view();
        field(
            &name,
            &tr_with(
                "results-filter-answer",
                &[("number", TextArg::from(index + 1))],
            ),
            error_for(&errors, &name),
            true,
            view! {
                <select class="select" id=name.clone() name=name.clone() aria-describedby=described(&name)>
                    <option value="">{tr("results-filter-any-answer")}</option>
                    {groups}
                </select>
            },
        )
    };
    let question_select = |name: &'static str, label: String, chosen: String| {
        let options = choices
            .questions
            .iter()
            .map(|q| {
                let selected = q.key == chosen;
                view! { <option value=q.key.clone() selected=selected lang=content_lang()>{q.label.clone()}</option> }
            })
            .collect_view();
        field(
            name,
            &label,
            error_for(&errors, name),
            true,
            view! {
                <select class="select" id=name name=name aria-describedby=described(name)>
                    <option value="">{tr("results-filter-choose-question")}</option>
                    {options}
                </select>
            },
        )
    };
    let has_questions = !choices.questions.is_empty();
    let compare = cross_tab.then(|| {
        view! {
            <fieldset class="filter__group">
                <legend class="label label--s filter__legend">
                    {tr("results-filter-questions-legend")}
                </legend>
                {question_select("rows", tr("results-filter-rows"), query.rows.clone())}
                {question_select("columns", tr("results-filter-columns"), query.columns.clone())}
            </fieldset>
        }
    });
    view! {
        <form method="get" action=action class="filter" data-testid="results-filter">
            {compare}
            <fieldset class="filter__group">
                <legend class="label label--s filter__legend">
                    {tr("results-filter-submitted-legend")}
                </legend>
                {date("from", tr("results-filter-from"), query.from.clone())}
                {date("to", tr("results-filter-to"), query.to.clone())}
            </fieldset>
            {field(
                "channel",
                &tr("results-filter-channel"),
                error_for(&errors, "channel"),
                false,
                view! {
                    <select class="select" id="channel" name="channel" aria-describedby=described("channel")>
                        <option value="">{tr("results-filter-any-channel")}</option>
                        {channel_options}
                    </select>
                },
            )}
            {field(
                "version",
                &tr("results-filter-questionnaire-version"),
                error_for(&errors, "version"),
                false,
                view! {
                    <select class="select" id="version" name="version" aria-describedby=described("version")>
                        <option value="">{tr("results-filter-any-version")}</option>
                        {version_options}
                    </select>
                },
            )}
            {has_questions
                .then(|| {
                    view! {
                        <fieldset class="filter__group filter__group--wide">
                            <legend class="label label--s filter__legend">
                                {tr("results-filter-answers-legend")}
                            </legend>
                            {(0..ANSWER_FILTERS).map(answer_select).collect_view()}
                        </fieldset>
                    }
                })}
            <button type="submit" class="button button--secondary filter__button">
                {if cross_tab { tr("results-filter-compare") } else { tr("results-filter-apply") }}
            </button>
        </form>
    }
}

/// "Showing 120 of 1,500 responses: submitted …; answered …", with a way back to all.
#[component]
pub fn FilterSummary(panel: FilterPanel, shown: i64, clear: String) -> impl IntoView {
    let total = panel.total?;
    let language = use_language();
    let showing = tr_with(
        "results-filter-showing",
        &[
            ("shown", TextArg::from(format_count(shown))),
            ("total", TextArg::from(format_count(total))),
            ("n", TextArg::from(total)),
        ],
    );
    let described = panel
        .described
        .iter()
        .map(|part| part.render(language))
        .collect::<Vec<_>>()
        .join("; ");
    Some(view! {
        <div class="filter-summary" data-testid="filter-summary">
            <p class="body">
                <strong data-testid="filtered-count">{showing}</strong>
                {tr_with("results-filter-those", &[("described", TextArg::from(described))])}
                " "
                <a href=clear>{tr("results-filter-clear")}</a>
            </p>
            <p class="hint">{tr("results-filter-not-live")}</p>
        </div>
    })
}

#[component]
pub fn CompareQuestionsPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        (
            params.read().get("slug").unwrap_or_default(),
            filter_query(&query.read()),
        )
    };
    let page = Resource::new(key, |(slug, query)| load_cross_tab(slug, query));
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                staff_view(page.await, |page| view! { <CompareView page /> }.into_any())
            })}
        </Suspense>
    }
}

#[component]
fn CompareView(page: CrossTabPage) -> impl IntoView {
    let results = href(&format!("/staff/consultations/{}/results", page.slug));
    let action = format!("{results}/compare");
    let errors = page.filters.errors.clone();
    // Clearing the filter keeps the two questions.
    let clear = format!(
        "{action}{}",
        FilterQuery {
            rows: page.filters.query.rows.clone(),
            columns: page.filters.query.columns.clone(),
            ..FilterQuery::default()
        }
        .to_query_string()
    );
    let back = format!(
        "{results}{}",
        FilterQuery {
            rows: String::new(),
            columns: String::new(),
            ..page.filters.query.clone()
        }
        .to_query_string()
    );
    let no_questions = page.filters.choices.questions.len() < 2;
    view! {
        <PageTitle text=tr_with(
            "results-compare-title",
            &[("title", TextArg::from(page.title.clone()))],
        ) />
        <StaffBar staff=page.staff />
        <a href=back class="back-link">
            {tr("results-compare-back")}
        </a>
        <span class="caption-l" lang=content_lang()>{page.title.clone()}</span>
        <h1 class="heading-xl">{tr("results-compare-heading")}</h1>
        <ErrorSummary errors=errors problem=Signal::derive(|| None::<String>) />
        {if no_questions {
            view! {
                <p class="body">{tr("results-compare-too-few")}</p>
            }
                .into_any()
        } else {
            view! {
                <p class="body">{tr("results-compare-intro")}</p>
                <FilterForm panel=page.filters.clone() action cross_tab=true />
                <FilterSummary panel=page.filters shown=page.responses clear />
                {page.tab.map(|tab| view! { <CrossTabView tab /> })}
            }
                .into_any()
        }}
    }
}

#[component]
fn CrossTabView(tab: CrossTab) -> impl IntoView {
    let CrossTab {
        rows_label,
        columns_label,
        row_labels,
        column_labels,
        multiple,
        counts,
    } = tab;
    let stacked: Vec<StackedRow> = row_labels
        .iter()
        .enumerate()
        .map(|(r, label)| StackedRow {
            label: label.clone(),
            shares: counts.counts[r]
                .iter()
                .map(|n| share(*n, counts.row_totals[r]).round() as u32)
                .collect(),
        })
        .collect();
    let description = tr_with(
        "results-compare-description",
        &[
            ("rows", TextArg::from(rows_label.clone())),
            ("columns", TextArg::from(columns_label.clone())),
            ("labels", TextArg::from(column_labels.join(", "))),
        ],
    );
    let title = tr_with(
        "results-compare-chart-title",
        &[
            ("rows", TextArg::from(rows_label.clone())),
            ("columns", TextArg::from(columns_label.clone())),
        ],
    );
    let column_headers = column_labels
        .iter()
        .map(|label| view! { <th scope="col" class="table__header--numeric" lang=content_lang()>{label.clone()}</th> })
        .collect_view();
    let body = row_labels
        .iter()
        .enumerate()
        .map(|(r, label)| {
            let cells = counts.counts[r]
                .iter()
                .enumerate()
                .map(|(c, n)| {
                    view! {
                        <td class="table__cell--numeric" data-testid=format!("cell-{r}-{c}")>
                            <span class="cross-tab__count">{format_count(*n)}</span>
                            <span class="cross-tab__share">
                                {tr_with(
                                    "results-compare-of-row",
                                    &[("percent", TextArg::from(percent_text(*n, counts.row_totals[r])))],
                                )}
                            </span>
                            <span class="cross-tab__share">
                                {tr_with(
                                    "results-compare-of-column",
                                    &[("percent", TextArg::from(percent_text(*n, counts.column_totals[c])))],
                                )}
                            </span>
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row" lang=content_lang()>{label.clone()}</th>
                    {cells}
                    <td class="table__cell--numeric">{format_count(counts.row_totals[r])}</td>
                </tr>
            }
        })
        .collect_view();
    let totals = counts
        .column_totals
        .iter()
        .map(|n| view! { <td class="table__cell--numeric">{format_count(*n)}</td> })
        .collect_view();
    view! {
        <h2 class="heading-l">{title.clone()}</h2>
        <p class="body" data-testid="answered-both">
            {tr_with(
                "results-compare-answered-both",
                &[("count", TextArg::from(format_count(counts.both)))],
            )}
            {multiple.then(|| format!(" {}", tr("results-compare-multiple")))}
        </p>
        <p class="hint">{tr("results-compare-hint")}</p>
        <div
            class="table-wrapper"
            tabindex="0"
            role="region"
            aria-label=tr("results-compare-table-label")
        >
            <table class="table cross-tab" data-testid="cross-tab">
                <caption class="table__caption visually-hidden">
                    {tr_with(
                        "results-compare-caption",
                        &[
                            ("rows", TextArg::from(rows_label.clone())),
                            ("columns", TextArg::from(columns_label.clone())),
                        ],
                    )}
                </caption>
                <thead>
                    <tr>
                        <th scope="col" class="cross-tab__corner" lang=content_lang()>{rows_label.clone()}</th>
                        {column_headers}
                        <th scope="col" class="table__header--numeric">
                            {tr("results-compare-column-both")}
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {body}
                    <tr class="cross-tab__totals">
                        <th scope="row">{tr("results-compare-column-both")}</th>
                        {totals}
                        <td class="table__cell--numeric">{format_count(counts.both)}</td>
                    </tr>
                </tbody>
            </table>
        </div>
        // The table above carries the same shares with their counts.
        <figure class="chart">
            <StackedBarChart
                id="cross-tab-chart".to_string()
                title=title
                description
                legend=column_labels
                rows=stacked
                lang=content_lang()
            />
        </figure>
    }
}
