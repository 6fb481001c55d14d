use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::api::{ConsultationCard, ConsultationOverview, get_consultation, list_consultations};
use crate::components::{ErrorPage, PageTitle, StatusTag};
use crate::documents::views::RelatedDocumentsList;
use crate::domain::ConsultationStatus;

#[component]
pub fn HubPage() -> impl IntoView {
    let listing = Resource::new(|| (), |_| list_consultations());
    view! {
        <PageTitle text="Consultations".to_string() />
        <h1 class="heading-xl">"Have your say"</h1>
        <p class="lead">
            "Find consultations from the council and its partners, tell us what you think, and see what we did with your views."
        </p>
        <Suspense fallback=|| view! { <p class="body">"Loading consultations…"</p> }>
            {move || Suspend::new(async move {
                match listing.await {
                    Ok(listing) => {
                        view! {
                            <CardSection
                                id="open"
                                heading="Open consultations"
                                empty="There are no open consultations at the moment."
                                cards=listing.open
                            />
                            <CardSection
                                id="forthcoming"
                                heading="Forthcoming consultations"
                                empty="No consultations are planned yet."
                                cards=listing.forthcoming
                            />
                            <CardSection
                                id="closed"
                                heading="Closed consultations"
                                empty="No consultations have closed yet."
                                cards=listing.closed
                            />
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CardSection(
    id: &'static str,
    heading: &'static str,
    empty: &'static str,
    cards: Vec<ConsultationCard>,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="hub-section" aria-labelledby=labelled_by>
            <h2 class="heading-l" id=heading_id>
                {heading}
            </h2>
            {if cards.is_empty() {
                view! { <p class="body">{empty}</p> }.into_any()
            } else {
                view! {
                    <ul class="card-list">
                        {cards.into_iter().map(|card| view! { <Card card /> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}

#[component]
fn Card(card: ConsultationCard) -> impl IntoView {
    let href = format!("/consultations/{}", card.slug);
    let dates = match card.status {
        ConsultationStatus::Forthcoming => view! {
            "Opens "<time datetime=card.opens_at_iso>{card.opens_at_text}</time>
        }
        .into_any(),
        ConsultationStatus::Open => view! {
            "Closes "<time datetime=card.closes_at_iso>{card.closes_at_text}</time>
        }
        .into_any(),
        ConsultationStatus::Closed => view! {
            "Closed "<time datetime=card.closes_at_iso>{card.closes_at_text}</time>
        }
        .into_any(),
    };
    view! {
        <li class="card">
            <h3 class="heading-m card__title">
                <a href=href class="card__link">
                    {card.title}
                </a>
            </h3>
            <p class="body card__summary">{card.summary}</p>
            <dl class="card__meta">
                <div>
                    <dt>"Status"</dt>
                    <dd>
                        <StatusTag status=card.status />
                        {card.has_outcome.then_some(" Outcome published")}
                    </dd>
                </div>
                <div>
                    <dt>"Department"</dt>
                    <dd>{card.department}</dd>
                </div>
                <div>
                    <dt>"Dates"</dt>
                    <dd>{dates}</dd>
                </div>
            </dl>
        </li>
    }
}

#[component]
pub fn OverviewPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let overview = Resource::new(slug, get_consultation);
    view! {
        <Suspense fallback=|| view! { <p class="body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(overview) => view! { <Overview overview /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Overview(overview: ConsultationOverview) -> impl IntoView {
    let card = overview.card;
    let respond_href = format!("/consultations/{}/respond", card.slug);
    let call_to_action = match card.status {
        ConsultationStatus::Open => view! {
            <div class="inset">
                <p class="body">
                    "This consultation is open until "
                    <time datetime=card.closes_at_iso.clone()>{card.closes_at_text.clone()}</time>
                    "."
                </p>
                <a href=respond_href class="button button--start" role="button" draggable="false">
                    "Respond online"
                    <svg class="button__start-icon" aria-hidden="true" focusable="false" width="17.5" height="19" viewBox="0 0 33 40">
                        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path>
                    </svg>
                </a>
                <p class="body">
                    "Saved your answers to come back to? "
                    <a href=crate::respond::api::return_page_path(&card.slug)>"Continue a saved response"</a>
                </p>
            </div>
        }
        .into_any(),
        ConsultationStatus::Forthcoming => view! {
            <div class="inset">
                <p class="body">
                    "This consultation is not open yet. It opens at "
                    <time datetime=card.opens_at_iso.clone()>{card.opens_at_text.clone()}</time>
                    "."
                </p>
            </div>
        }
        .into_any(),
        ConsultationStatus::Closed => view! {
            <div class="inset">
                <p class="body">
                    "This consultation closed at "
                    <time datetime=card.closes_at_iso.clone()>{card.closes_at_text.clone()}</time>
                    ". Responses can no longer be sent."
                </p>
            </div>
        }
        .into_any(),
    };
    let outcome = overview.outcome_html.map(|html| {
        view! {
            <section class="outcome" aria-labelledby="outcome-heading">
                <h2 class="heading-l" id="outcome-heading">
                    "What we did with your views"
                </h2>
                {overview
                    .outcome_published_text
                    .map(|date| view! { <p class="hint">"Published " {date}</p> })}
                <div class="prose" inner_html=html></div>
            </section>
        }
    });
    let mailto = format!("mailto:{}", overview.contact_email);
    view! {
        <PageTitle text=card.title.clone() />
        <span class="caption-l">{card.department.clone()}</span>
        <h1 class="heading-xl">{card.title.clone()}</h1>
        <p class="lead">{card.summary.clone()}</p>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">"Status"</dt>
                <dd class="summary-list__value">
                    <StatusTag status=card.status />
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">"Opens"</dt>
                <dd class="summary-list__value">
                    <time datetime=card.opens_at_iso.clone()>{card.opens_at_text.clone()}</time>
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">"Closes"</dt>
                <dd class="summary-list__value">
                    <time datetime=card.closes_at_iso.clone()>{card.closes_at_text.clone()}</time>
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">"Department"</dt>
                <dd class="summary-list__value">{card.department.clone()}</dd>
            </div>
        </dl>
        {outcome}
        {call_to_action}
        <section aria-labelledby="about-heading">
            <h2 class="heading-l" id="about-heading">
                "About this consultation"
            </h2>
            <div class="prose" inner_html=overview.body_html></div>
        </section>
        <RelatedDocumentsList documents=overview.documents />
        <section aria-labelledby="contact-heading">
            <h2 class="heading-m" id="contact-heading">
                "Contact"
            </h2>
            <p class="body">
                {overview.contact_name}", " <a href=mailto>{overview.contact_email.clone()}</a>
            </p>
        </section>
    }
}
