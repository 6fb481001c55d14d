use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::api::{ConsultationResults, QuestionResult, QuestionSummary, load_consultation_results};
use crate::components::{PageTitle, StatusTag};
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn ResultsPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let results = Resource::new(slug, load_consultation_results);
    view! {
        <Suspense fallback=|| view! { <p class="body">"Loading results…"</p> }>
            {move || Suspend::new(async move {
                staff_view(results.await, |results| view! { <ResultsView results /> }.into_any())
            })}
        </Suspense>
    }
}

#[component]
fn ResultsView(results: ConsultationResults) -> impl IntoView {
    let public = format!("/consultations/{}", results.slug);
    let questionnaire = format!("/staff/consultations/{}/questionnaire", results.slug);
    view! {
        <PageTitle text=format!("Results: {}", results.title) />
        <StaffBar staff=results.staff />
        <a href="/staff" class="back-link">
            "All consultations"
        </a>
        <span class="caption-l">"Results"</span>
        <h1 class="heading-xl">{results.title}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">"Status"</dt>
                <dd class="summary-list__value">
                    <StatusTag status=results.status />
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">"Responses"</dt>
                <dd class="summary-list__value" data-testid="response-count">
                    {results.responses}
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">"Latest response"</dt>
                <dd class="summary-list__value">
                    {results.last_response_text.unwrap_or_else(|| "None yet".to_string())}
                </dd>
            </div>
        </dl>
        <p class="body">
            <a href=questionnaire>"See the questionnaire"</a>
            " · "
            <a href=public>"View the public consultation page"</a>
        </p>
        {results
            .questions
            .into_iter()
            .enumerate()
            .map(|(index, question)| view! { <QuestionResultView index question /> })
            .collect_view()}
    }
}

#[component]
fn QuestionResultView(index: usize, question: QuestionResult) -> impl IntoView {
    let heading_id = format!("question-{}", index + 1);
    let dash = || "\u{2013}".to_string();
    let detail = match question.summary {
        QuestionSummary::Choice {
            options,
            other_answers,
        } => view! {
            <ResultTable
                caption=format!("Answers to question {}", index + 1)
                headers=vec!["Option", "Count", "Percentage"]
                rows=options
                    .into_iter()
                    .map(|o| TableRow {
                        label: o.label,
                        removed_in: o.removed_in,
                        cells: vec![o.count.to_string(), format!("{}%", o.percent)],
                    })
                    .collect()
            />
            {(!other_answers.is_empty())
                .then(|| view! { <AnswerList title="Latest \u{201c}Other\u{201d} answers" answers=other_answers /> })}
        }
        .into_any(),
        QuestionSummary::Range {
            lowest,
            highest,
            average,
        } => view! {
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">"Lowest"</dt>
                    <dd class="summary-list__value">{lowest}</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">"Highest"</dt>
                    <dd class="summary-list__value">{highest}</dd>
                </div>
                {average
                    .map(|average| {
                        view! {
                            <div class="summary-list__row">
                                <dt class="summary-list__key">"Average (mean)"</dt>
                                <dd class="summary-list__value">{average}</dd>
                            </div>
                        }
                    })}
            </dl>
        }
        .into_any(),
        QuestionSummary::Grid(grid) => {
            let headers: Vec<String> = std::iter::once("Statement".to_string())
                .chain(grid.scale)
                .collect();
            view! {
                <div class="table-wrapper">
                    <ResultTable
                        caption=format!(
                            "Answers to each statement of question {}, as counts and percentages of those who answered it",
                            index + 1,
                        )
                        headers
                        rows=grid
                            .rows
                            .into_iter()
                            .map(|row| TableRow {
                                label: row.label,
                                removed_in: row.removed_in,
                                cells: row
                                    .cells
                                    .into_iter()
                                    .map(|(count, percent)| format!("{count} ({percent}%)"))
                                    .collect(),
                            })
                            .collect()
                    />
                </div>
            }
            .into_any()
        }
        QuestionSummary::Ranking { items } => view! {
            <ResultTable
                caption=format!("Items of question {}, ranked first on average first", index + 1)
                headers=vec!["Item", "Average rank", "Ranked by"]
                rows=items
                    .into_iter()
                    .map(|item| TableRow {
                        label: item.label,
                        removed_in: item.removed_in,
                        cells: vec![item.average_rank.unwrap_or_else(dash), item.ranked.to_string()],
                    })
                    .collect()
            />
            <p class="hint">"1 is a respondent's first choice: the lower the average, the higher it was ranked."</p>
        }
        .into_any(),
        QuestionSummary::Points { items } => view! {
            <ResultTable
                caption=format!("Points given in question {}", index + 1)
                headers=vec!["Option", "Points", "Average", "Share"]
                rows=items
                    .into_iter()
                    .map(|item| TableRow {
                        label: item.label,
                        removed_in: item.removed_in,
                        cells: vec![
                            item.total,
                            item.average.unwrap_or_else(dash),
                            format!("{}%", item.percent),
                        ],
                    })
                    .collect()
            />
            <p class="hint">"Average: points per person who answered. Share: of all the points given."</p>
        }
        .into_any(),
        QuestionSummary::NotListed { reason } => view! { <p class="body">{reason}</p> }.into_any(),
        QuestionSummary::Text { latest } if latest.is_empty() => {
            view! { <p class="body">"No answers yet."</p> }.into_any()
        }
        QuestionSummary::Text { latest } => {
            view! { <AnswerList title="Latest answers" answers=latest /> }.into_any()
        }
    };
    let labelled_by = heading_id.clone();
    view! {
        <section class="result" aria-labelledby=labelled_by>
            <h2 class="heading-m" id=heading_id>
                {format!("{}. {}", index + 1, question.label)}
            </h2>
            <p class="hint">
                {match question.added_in {
                    Some(n) => format!(
                        "{} \u{2013} added in version {n}: {} of the {} {} since then answered it",
                        question.kind_label,
                        question.answered,
                        question.asked,
                        if question.asked == 1 { "response" } else { "responses" },
                    ),
                    None => format!(
                        "{} \u{2013} {} {}",
                        question.kind_label,
                        question.answered,
                        if question.answered == 1 { "person answered" } else { "people answered" },
                    ),
                }}
            </p>
            {question
                .removed_in
                .map(|n| {
                    view! {
                        <p class="body">
                            <strong class="tag tag--grey">{format!("Removed in version {n}")}</strong>
                            " No longer asked: these are the answers given before."
                        </p>
                    }
                })}
            {detail}
        </section>
    }
}

/// One row of a results table: what it counts (marked when a later version took it out) and
/// its figures.
struct TableRow {
    label: String,
    removed_in: Option<i32>,
    cells: Vec<String>,
}

/// A results table: a header row (the first column names the rows, the rest are figures) and a
/// row for each option, item or statement.
#[component]
fn ResultTable<H: Into<String>>(
    caption: String,
    headers: Vec<H>,
    rows: Vec<TableRow>,
) -> impl IntoView {
    let mut headers = headers.into_iter().map(Into::into);
    let first = headers.next().unwrap_or_default();
    view! {
        <table class="table">
            <caption class="table__caption visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{first}</th>
                    {headers
                        .map(|h| view! { <th scope="col" class="table__header--numeric">{h}</th> })
                        .collect_view()}
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|row| {
                        let removed = row
                            .removed_in
                            .map(|n| view! { <span class="hint">{format!(" (removed in version {n})")}</span> });
                        view! {
                            <tr>
                                <th scope="row">{row.label} {removed}</th>
                                {row
                                    .cells
                                    .into_iter()
                                    .map(|cell| view! { <td class="table__cell--numeric">{cell}</td> })
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
fn AnswerList(title: &'static str, answers: Vec<String>) -> impl IntoView {
    view! {
        <h3 class="heading-s">{title}</h3>
        <ul class="list answer-list">
            {answers.into_iter().map(|text| view! { <li class="answer-list__item">{text}</li> }).collect_view()}
        </ul>
    }
}
