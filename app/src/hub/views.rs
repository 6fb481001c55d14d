use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::api::{ConsultationCard, ConsultationOverview, get_consultation, list_consultations};
use crate::components::{
    ErrorPage, PageDescription, PageTitle, StatusTag, content_lang, href, tr, use_language,
};
use crate::documents::views::RelatedDocumentsList;
use crate::domain::ConsultationStatus;
use crate::domain::welsh_content::{BODY, SUMMARY, TITLE};

#[component]
pub fn HubPage() -> impl IntoView {
    let listing = Resource::new(|| (), |_| list_consultations());
    view! {
        <PageTitle text=tr("hub-title") />
        <PageDescription text=tr("hub-lead") />
        <h1 class="heading-xl">{tr("service-name")}</h1>
        <p class="lead">{tr("hub-lead")}</p>
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match listing.await {
                    Ok(listing) => {
                        view! {
                            <CardSection
                                id="open"
                                heading="hub-open-heading"
                                empty="hub-open-empty"
                                cards=listing.open
                            />
                            <CardSection
                                id="forthcoming"
                                heading="hub-forthcoming-heading"
                                empty="hub-forthcoming-empty"
                                cards=listing.forthcoming
                            />
                            <CardSection
                                id="closed"
                                heading="hub-closed-heading"
                                empty="hub-closed-empty"
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
                {tr(heading)}
            </h2>
            {if cards.is_empty() {
                view! { <p class="body">{tr(empty)}</p> }.into_any()
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
    let link = href(&format!("/consultations/{}", card.slug));
    let (words, iso, text) = match card.status {
        ConsultationStatus::Forthcoming => ("card-opens", card.opens_at_iso, card.opens_at_text),
        ConsultationStatus::Open => ("card-closes", card.closes_at_iso, card.closes_at_text),
        ConsultationStatus::Closed => ("card-closed", card.closes_at_iso, card.closes_at_text),
    };
    let when = date_time_text(&iso, text);
    let dates = view! { {tr(words)} " " <time datetime=iso>{when}</time> };
    view! {
        <li class="card">
            <h3 class="heading-m card__title">
                <a href=link class="card__link" lang=card.welsh.lang(TITLE)>
                    {card.title}
                </a>
            </h3>
            <p class="body card__summary" lang=card.welsh.lang(SUMMARY)>{card.summary}</p>
            <dl class="card__meta">
                <div>
                    <dt>{tr("status")}</dt>
                    <dd>
                        <StatusTag status=card.status />
                        {card.has_outcome.then(|| format!(" {}", tr("outcome-published")))}
                    </dd>
                </div>
                <div>
                    <dt>{tr("department")}</dt>
                    <dd lang=content_lang()>{card.department}</dd>
                </div>
                <div>
                    <dt>{tr("dates")}</dt>
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
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
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
    let respond_href = href(&format!("/consultations/{}/respond", card.slug));
    let opens = date_time_text(&card.opens_at_iso, card.opens_at_text.clone());
    let closes = date_time_text(&card.closes_at_iso, card.closes_at_text.clone());
    let call_to_action = match card.status {
        ConsultationStatus::Open => view! {
            <div class="inset">
                <p class="body">
                    {tr("open-until")} " "
                    <time datetime=card.closes_at_iso.clone()>{closes.clone()}</time>
                    "."
                </p>
                <a href=respond_href class="button button--start" role="button" draggable="false">
                    {tr("respond-online")}
                    <svg class="button__start-icon" aria-hidden="true" focusable="false" width="17.5" height="19" viewBox="0 0 33 40">
                        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path>
                    </svg>
                </a>
                <p class="body">
                    {tr("saved-answers-prompt")} " "
                    <a href=href(&crate::respond::api::return_page_path(&card.slug))>{tr("continue-saved")}</a>
                </p>
            </div>
        }
        .into_any(),
        ConsultationStatus::Forthcoming => view! {
            <div class="inset">
                <p class="body">
                    {tr("not-open-yet")} " "
                    <time datetime=card.opens_at_iso.clone()>{opens.clone()}</time>
                    "."
                </p>
            </div>
        }
        .into_any(),
        ConsultationStatus::Closed => view! {
            <div class="inset">
                <p class="body">
                    {tr("closed-at")} " "
                    <time datetime=card.closes_at_iso.clone()>{closes.clone()}</time>
                    ". " {tr("no-longer-sent")}
                </p>
            </div>
        }
        .into_any(),
    };
    let outcome = overview.outcome_html.map(|html| {
        view! {
            <section class="outcome" aria-labelledby="outcome-heading">
                <h2 class="heading-l" id="outcome-heading">
                    {tr("outcome-heading")}
                </h2>
                {overview
                    .outcome_published_text
                    .map(|date| view! { <p class="hint">{tr("published")} " " {date}</p> })}
                <div class="prose" inner_html=html lang=content_lang()></div>
            </section>
        }
    });
    let mailto = format!("mailto:{}", overview.contact_email);
    view! {
        <PageTitle text=card.title.clone() />
        <PageDescription text=card.summary.clone() />
        <span class="caption-l" lang=content_lang()>{card.department.clone()}</span>
        <h1 class="heading-xl" lang=card.welsh.lang(TITLE)>{card.title.clone()}</h1>
        <p class="lead" lang=card.welsh.lang(SUMMARY)>{card.summary.clone()}</p>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("status")}</dt>
                <dd class="summary-list__value">
                    <StatusTag status=card.status />
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("opens")}</dt>
                <dd class="summary-list__value">
                    <time datetime=card.opens_at_iso.clone()>{opens}</time>
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("closes")}</dt>
                <dd class="summary-list__value">
                    <time datetime=card.closes_at_iso.clone()>{closes}</time>
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("department")}</dt>
                <dd class="summary-list__value" lang=content_lang()>{card.department.clone()}</dd>
            </div>
        </dl>
        {outcome}
        {call_to_action}
        <section aria-labelledby="about-heading">
            <h2 class="heading-l" id="about-heading">
                {tr("about-consultation")}
            </h2>
            <div class="prose" inner_html=overview.body_html lang=card.welsh.lang(BODY)></div>
        </section>
        <RelatedDocumentsList documents=overview.documents />
        <section aria-labelledby="contact-heading">
            <h2 class="heading-m" id="contact-heading">
                {tr("contact")}
            </h2>
            <p class="body">
                <span lang=content_lang()>{overview.contact_name}</span>", " <a href=mailto>{overview.contact_email.clone()}</a>
            </p>
            <crate::privacy::views::PrivacyLink slug=card.slug.clone() />
        </section>
    }
}

/// A date and time written in the page's language, from its ISO form (`<time datetime>`); the
/// English text if that could not be read.
fn date_time_text(iso: &str, english: String) -> String {
    match chrono::DateTime::parse_from_rfc3339(iso) {
        Ok(instant) => crate::domain::uk_time::format_date_time_in(
            use_language(),
            instant.with_timezone(&chrono::Utc),
        ),
        Err(_) => english,
    }
}
