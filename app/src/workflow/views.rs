//! A consultation's review page: its stage, the quality checklist, the buttons the person's
//! role allows now, and what has happened so far. Plain forms: it works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{ReviewEntry, ReviewPage as PageData, load_review};
use super::review_path;
use crate::components::{
    ErrorMessage, ErrorSummary, PageTitle, PostedForm, TextAreaField, content_lang, date_time_text,
    href, tr, tr_with,
};
use crate::domain::interface_text::{TextArg, english_in};
use crate::domain::workflow::{Stage, Step};
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn ReviewPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let params = use_params_map();
    let page = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        load_review,
    );
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <ReviewView page posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

/// What a finished step says, from the page's `?done=<stage>`.
fn done_banner() -> Option<impl IntoView> {
    let code = use_query_map().read_untracked().get("done")?;
    let id = match code.as_str() {
        // The outcome's page saved its words.
        "outcome_saved" => "workflow-done-outcome-saved",
        "outcome_changed" => "workflow-done-outcome-changed",
        "outcome_returned" => "workflow-done-outcome-returned",
        "changes_returned" => "workflow-done-changes-returned",
        "changes_approved" => "workflow-done-changes-approved",
        code => match Stage::parse(code)? {
            Stage::InReview => "workflow-done-in-review",
            Stage::Draft => "workflow-done-draft",
            Stage::Approved => "workflow-done-approved",
            Stage::Scheduled => "workflow-done-scheduled",
            Stage::Open => "workflow-done-open",
            Stage::ChangesInReview => "workflow-done-changes-in-review",
            Stage::OutcomeInReview => "workflow-done-outcome-in-review",
            Stage::OutcomePublished => "workflow-done-outcome-published",
            Stage::Closed => return None,
        },
    };
    Some(view! {
        <div class="notification" role="status">
            <p class="body">{tr(id)}</p>
        </div>
    })
}

fn history_entry(entry: ReviewEntry) -> impl IntoView {
    let by = entry.by.unwrap_or_else(|| tr("workflow-clock"));
    let confirmed = (!entry.confirmed.is_empty()).then(|| {
        view! {
            <p class="body">{tr("workflow-confirmed")}</p>
            <ul class="list list--bullet">
                {entry.confirmed.into_iter().map(|item| view! { <li lang=content_lang()>{item}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <li class="review-history__entry">
            <p class="body">
                <strong>{tr(&entry.step.done_id())}</strong>
                " — " <span lang=content_lang()>{by}</span>
                ", " {date_time_text(entry.at)}
            </p>
            {entry.comment.map(|comment| view! { <p class="body review-history__comment" lang=content_lang()>{comment}</p> })}
            {confirmed}
        </li>
    }
}

/// The outcome, once the consultation has closed: the words its owner saved (what a reviewer
/// publishes), and the way to write or change them.
fn outcome_section(page: &PageData) -> Option<impl IntoView + use<>> {
    if !page.stage.has_closed() {
        return None;
    }
    let words = match page.outcome_html.clone() {
        Some(html) => view! {
            <div class="inset-text">
                <div class="prose" inner_html=html lang=content_lang()></div>
            </div>
        }
        .into_any(),
        None => view! { <p class="body">{tr("workflow-outcome-none")}</p> }.into_any(),
    };
    let note = if page.outcome_changed {
        Some("workflow-outcome-changed-note")
    } else if page.outcome_public {
        Some("workflow-outcome-public-note")
    } else {
        None
    };
    let public = note.map(|id| view! { <p class="body">{tr(id)}</p> });
    let link = page.writes_outcome.then(|| {
        let id = if page.outcome_html.is_some() {
            "workflow-outcome-change"
        } else {
            "workflow-outcome-write"
        };
        view! {
            <p class="body">
                <a class="link" href=href(&super::outcome_path(&page.slug))>{tr(id)}</a>
            </p>
        }
    });
    Some(view! {
        <h2 class="heading-l">{tr("workflow-outcome-section")}</h2>
        {public}
        {words}
        {link}
    })
}

#[component]
fn ReviewView(page: PageData, posted: PostedForm) -> impl IntoView {
    let errors = posted.errors.clone();
    let problem = posted.problem.clone();
    let has_errors = !errors.is_empty() || problem.is_some();
    let here = href(&review_path(&page.slug));
    let language = crate::components::use_language();
    let checks = page
        .checks
        .iter()
        .map(|outcome| {
            let (tag, class) = match outcome.problem {
                None => (tr("workflow-check-passed"), "tag tag--green"),
                Some(_) => (tr("workflow-check-to-fix"), "tag tag--red"),
            };
            let problem = outcome
                .problem
                .as_ref()
                .map(|problem| view! { <br /> <span class="hint">{english_in(language, problem)}</span> });
            view! {
                <li class="checklist__item">
                    <strong class=class>{tag}</strong>
                    " " {tr(outcome.check.label_id())}
                    {problem}
                </li>
            }
        })
        .collect_view();
    let offered = |step: Step| page.offered.contains(&step);
    let seen = page.seen.clone();
    let item_error = posted
        .errors
        .iter()
        .find(|e| e.field == "items")
        .map(|e| e.message_in(language));
    // The consultation's review, its changes' (the same checklist and comment), or its
    // outcome's (a comment only: the checklist is about the consultation).
    let review_steps = if offered(Step::PublishOutcome) {
        Some((
            Step::PublishOutcome,
            Step::ReturnOutcome,
            "workflow-review-outcome-heading",
        ))
    } else if offered(Step::ApproveChanges) {
        Some((
            Step::ApproveChanges,
            Step::ReturnChanges,
            "workflow-review-changes-heading",
        ))
    } else if offered(Step::Approve) {
        Some((Step::Approve, Step::Return, "workflow-review-heading"))
    } else {
        None
    };
    let preview = href(&format!("/staff/consultations/{}/preview", page.slug));
    let review_form = review_steps.map(|(approve, give_back, heading)| {
        let confirms = approve != Step::PublishOutcome;
        let items = page
            .items
            .iter()
            .map(|item| {
                let id = format!("item-{}", item.id);
                let value = item.id.to_string();
                let checked = posted.has_value("items", &value);
                view! {
                    <div class="checkboxes__item">
                        <input class="checkboxes__input" id=id.clone() name="items" type="checkbox" value=value checked=checked />
                        <label class="label checkboxes__label" for=id lang=content_lang()>{item.text.clone()}</label>
                    </div>
                }
            })
            .collect_view();
        let described = if item_error.is_some() { "items-hint items-error" } else { "items-hint" };
        let changes = (approve == Step::ApproveChanges).then(|| {
            view! {
                <p class="body">
                    {tr("workflow-changes-about")} " "
                    <a href=preview.clone()>{tr("workflow-changes-preview")}</a>
                </p>
            }
        });
        view! {
            <h2 class="heading-l">{tr(heading)}</h2>
            {changes}
            <form method="post" action=here.clone() class="workflow-form" novalidate>
                <input type="hidden" name="seen" value=seen.clone() />
                {confirms.then(|| view! {
                    <div class=if item_error.is_some() { "form-group form-group--error" } else { "form-group" }>
                        <fieldset class="fieldset" aria-describedby=described>
                            <legend class="fieldset__legend fieldset__legend--s">{tr("workflow-items-legend")}</legend>
                            <div id="items-hint" class="hint">{tr("workflow-items-hint")}</div>
                            {item_error.clone().map(|message| view! { <ErrorMessage id="items-error".to_string() message /> })}
                            <div class="checkboxes">{items}</div>
                        </fieldset>
                    </div>
                })}
                <TextAreaField
                    name="comment"
                    label=tr("workflow-comment")
                    hint=tr("workflow-comment-hint")
                    posted=posted.clone()
                    rows=4
                />
                <div class="button-group">
                    <button type="submit" class="button" name="step" value=approve.code()>
                        {tr(&approve.button_id())}
                    </button>
                    <button type="submit" class="button button--secondary" name="step" value=give_back.code()>
                        {tr(&give_back.button_id())}
                    </button>
                </div>
            </form>
        }
    });
    // Sending the consultation, or the changes to an open one.
    let send_step = [Step::SendForReview, Step::SendChangesForReview]
        .into_iter()
        .find(|step| offered(*step));
    let send_form = send_step.map(|step| {
        let (heading, about) = if step == Step::SendChangesForReview {
            (
                "workflow-send-changes-heading",
                Some(view! {
                    <p class="body">
                        {tr("workflow-send-changes-about")} " "
                        <a href=preview.clone()>{tr("workflow-changes-preview")}</a>
                    </p>
                }),
            )
        } else {
            ("workflow-send-heading", None)
        };
        view! {
            <h2 class="heading-l">{tr(heading)}</h2>
            {about}
            <form method="post" action=here.clone() class="workflow-form" novalidate>
                <TextAreaField
                    name="comment"
                    label=tr("workflow-send-comment")
                    posted=posted.clone()
                    rows=3
                />
                <button type="submit" class="button" name="step" value=step.code()>
                    {tr(&step.button_id())}
                </button>
            </form>
        }
    });
    let opens_text = date_time_text(page.opens_at);
    let schedule_form = offered(Step::Schedule).then(|| {
        view! {
            <h2 class="heading-l">{tr("workflow-schedule-heading")}</h2>
            <p class="body">{tr_with("workflow-schedule-about", &[("opens", TextArg::from(opens_text.clone()))])}</p>
            <form method="post" action=here.clone() class="workflow-form">
                <button type="submit" class="button" name="step" value=Step::Schedule.code()>
                    {tr(&Step::Schedule.button_id())}
                </button>
            </form>
        }
    });
    let outcome = outcome_section(&page);
    let send_outcome_form = offered(Step::SendOutcomeForReview).then(|| {
        view! {
            <h2 class="heading-l">{tr("workflow-send-outcome-heading")}</h2>
            <form method="post" action=here.clone() class="workflow-form" novalidate>
                <TextAreaField
                    name="comment"
                    label=tr("workflow-send-comment")
                    posted=posted.clone()
                    rows=3
                />
                <button type="submit" class="button" name="step" value=Step::SendOutcomeForReview.code()>
                    {tr(&Step::SendOutcomeForReview.button_id())}
                </button>
            </form>
        }
    });
    let reviews_now = review_steps.is_some();
    let waiting = (page.stage.awaits_review() && !reviews_now).then(|| {
        let id = if page.own_work {
            "workflow-own-work-note"
        } else {
            "workflow-waiting"
        };
        view! { <p class="body">{tr(id)}</p> }
    });
    let history = if page.history.is_empty() {
        view! { <p class="body">{tr("workflow-history-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="review-history">{page.history.into_iter().map(history_entry).collect_view()}</ul>
        }
        .into_any()
    };
    let title = tr_with(
        "workflow-title",
        &[("title", TextArg::from(page.title.clone()))],
    );
    let back = href(&format!("/staff/consultations/{}/questionnaire", page.slug));
    view! {
        <PageTitle text=title error=has_errors />
        <StaffBar staff=page.staff />
        <a href=back class="back-link">{tr("workflow-back")}</a>
        <ErrorSummary errors=errors problem=Signal::derive(move || problem.clone()) />
        {done_banner()}
        <span class="caption-l" lang=content_lang()>{page.title}</span>
        <h1 class="heading-xl">{tr("workflow-heading")}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("workflow-stage")}</dt>
                <dd class="summary-list__value" data-testid="workflow-stage">
                    <strong class="tag tag--blue">{tr(&page.stage.label_id())}</strong>
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("workflow-opens")}</dt>
                <dd class="summary-list__value">{opens_text.clone()}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("workflow-closes")}</dt>
                <dd class="summary-list__value">{date_time_text(page.closes_at)}</dd>
            </div>
        </dl>
        <h2 class="heading-l">{tr("workflow-checklist-heading")}</h2>
        <p class="body">
            {tr_with("workflow-checklist-intro", &[("weeks", TextArg::from(page.minimum_weeks as usize))])}
        </p>
        <ul class="checklist">{checks}</ul>
        <p class="body">
            <a class="link" href=href(&crate::privacy::personal_data_path(&page.slug))>{tr("personal-data-link")}</a>
        </p>
        {waiting}
        {send_form}
        {schedule_form}
        {outcome}
        {send_outcome_form}
        {review_form}
        <h2 class="heading-l">{tr("workflow-history")}</h2>
        {history}
    }
}
