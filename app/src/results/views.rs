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
    let detail = match question.summary {
        QuestionSummary::Choice {
            options,
            other_answers,
        } => view! {
            <table class="table">
                <caption class="table__caption visually-hidden">
                    {format!("Answers to question {}", index + 1)}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Option"</th>
                        <th scope="col" class="table__header--numeric">"Count"</th>
                        <th scope="col" class="table__header--numeric">"Percentage"</th>
                    </tr>
                </thead>
                <tbody>
                    {options
                        .into_iter()
                        .map(|option| {
                            let removed = option
                                .removed_in
                                .map(|n| view! { <span class="hint">{format!(" (removed in version {n})")}</span> });
                            view! {
                                <tr>
                                    <th scope="row">{option.label} {removed}</th>
                                    <td class="table__cell--numeric">{option.count}</td>
                                    <td class="table__cell--numeric">{format!("{}%", option.percent)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            {(!other_answers.is_empty())
                .then(|| {
                    view! {
                        <h3 class="heading-s">"Latest \u{201c}Other\u{201d} answers"</h3>
                        <ul class="list answer-list">
                            {other_answers
                                .into_iter()
                                .map(|text| view! { <li class="answer-list__item">{text}</li> })
                                .collect_view()}
                        </ul>
                    }
                })}
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
            let scale = grid.scale.clone();
            view! {
                <div class="table-wrapper">
                    <table class="table">
                        <caption class="table__caption visually-hidden">
                            {format!("Answers to each statement of question {}, as counts and percentages of those who answered it", index + 1)}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">"Statement"</th>
                                {scale
                                    .into_iter()
                                    .map(|point| view! { <th scope="col" class="table__header--numeric">{point}</th> })
                                    .collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {grid
                                .rows
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
                                                .map(|(count, percent)| {
                                                    view! { <td class="table__cell--numeric">{format!("{count} ({percent}%)")}</td> }
                                                })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        }
        QuestionSummary::Ranking { items } => view! {
            <table class="table">
                <caption class="table__caption visually-hidden">
                    {format!("Items of question {}, ranked first on average first", index + 1)}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Item"</th>
                        <th scope="col" class="table__header--numeric">"Average rank"</th>
                        <th scope="col" class="table__header--numeric">"Ranked by"</th>
                    </tr>
                </thead>
                <tbody>
                    {items
                        .into_iter()
                        .map(|item| {
                            let removed = item
                                .removed_in
                                .map(|n| view! { <span class="hint">{format!(" (removed in version {n})")}</span> });
                            view! {
                                <tr>
                                    <th scope="row">{item.label} {removed}</th>
                                    <td class="table__cell--numeric">
                                        {item.average_rank.unwrap_or_else(|| "\u{2013}".into())}
                                    </td>
                                    <td class="table__cell--numeric">{item.ranked}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p class="hint">"1 is a respondent's first choice: the lower the average, the higher it was ranked."</p>
        }
        .into_any(),
        QuestionSummary::Points { items } => view! {
            <table class="table">
                <caption class="table__caption visually-hidden">
                    {format!("Points given in question {}", index + 1)}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Option"</th>
                        <th scope="col" class="table__header--numeric">"Points"</th>
                        <th scope="col" class="table__header--numeric">"Average"</th>
                        <th scope="col" class="table__header--numeric">"Share"</th>
                    </tr>
                </thead>
                <tbody>
                    {items
                        .into_iter()
                        .map(|item| {
                            let removed = item
                                .removed_in
                                .map(|n| view! { <span class="hint">{format!(" (removed in version {n})")}</span> });
                            view! {
                                <tr>
                                    <th scope="row">{item.label} {removed}</th>
                                    <td class="table__cell--numeric">{item.total}</td>
                                    <td class="table__cell--numeric">
                                        {item.average.unwrap_or_else(|| "\u{2013}".into())}
                                    </td>
                                    <td class="table__cell--numeric">{format!("{}%", item.percent)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p class="hint">"Average: points per person who answered. Share: of all the points given."</p>
        }
        .into_any(),
        QuestionSummary::NotListed { reason } => view! { <p class="body">{reason}</p> }.into_any(),
        QuestionSummary::Text { latest } if latest.is_empty() => {
            view! { <p class="body">"No answers yet."</p> }.into_any()
        }
        QuestionSummary::Text { latest } => view! {
            <h3 class="heading-s">"Latest answers"</h3>
            <ul class="list answer-list">
                {latest.into_iter().map(|text| view! { <li class="answer-list__item">{text}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
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
