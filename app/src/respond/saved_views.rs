//! Saving a response to come back to (decision 0028): the page with the return code, the page
//! where a return code is typed, and the emailed link's page. No island: plain forms.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::api::{SavedForLater, load_return_page, resume_from_link};
use crate::components::{
    ErrorPage, ErrorSummary, InputField, NotFoundPage, PageTitle, PostedForm, content_lang, href,
    set_status, tr, tr_with, use_language,
};
use crate::domain::Slug;
use crate::domain::interface_text::{TextArg, english_in};
use crate::domain::uk_time;
use crate::error::AppError;

/// `/consultations/{slug}/saved`: "Your answers have been saved", with the return code. Drawn by
/// the post that saved (its context); opened any other way, it points to the return page.
#[component]
pub fn SavedPage() -> impl IntoView {
    let params = use_params_map();
    let slug = params.read_untracked().get("slug").unwrap_or_default();
    match use_context::<SavedForLater>() {
        Some(saved) => view! { <SavedView saved /> }.into_any(),
        // Only a consultation's own address is written back into the page.
        None if Slug::parse(&slug).is_none() => view! { <NotFoundPage /> }.into_any(),
        None => {
            let posted = use_context::<PostedForm>().unwrap_or_default();
            let problem = posted
                .problem
                .clone()
                .or_else(|| posted.errors.first().map(|error| error.message.clone()));
            view! {
                <PageTitle text=tr("continue-saved") error=problem.is_some() />
                <ErrorSummary errors=Signal::derive(Vec::new) problem=Signal::derive(move || problem.clone()) />
                <h1 class="heading-xl">{tr("continue-saved")}</h1>
                <p class="body">{tr("saved-how-to-return")}</p>
                <p class="body">
                    <a href=href(&super::api::return_page_path(&slug))>{tr("enter-return-code")}</a>
                </p>
            }
                .into_any()
        }
    }
}

#[component]
fn SavedView(saved: SavedForLater) -> impl IntoView {
    let has_errors = !saved.posted.errors.is_empty();
    let errors = saved.posted.errors.clone();
    let return_path = href(&super::api::return_page_path(&saved.slug));
    let closes = uk_time::format_date_time_in(use_language(), saved.closes_at);
    let emailed = saved.emailed_to.clone().map(|to| {
        view! {
            <div class="notification" role="status" id="link-sent">
                <p class="body">
                    {tr("link-sent-to")} " " <strong>{to}</strong> ". " {tr("link-sent-spam")}
                </p>
            </div>
        }
    });
    view! {
        <PageTitle text=tr("saved-title") error=has_errors />
        <ErrorSummary errors=Signal::derive(move || errors.clone()) problem=Signal::derive(|| None::<String>) />
        {emailed}
        <div class="panel panel--confirmation">
            <h1 class="panel__title">{tr("saved-title")}</h1>
            <div class="panel__body">
                {tr("your-return-code")}<br />
                <strong class="reference" data-testid="return-code">{saved.code.clone()}</strong>
            </div>
        </div>
        <p class="body">
            {tr("saved-keep-code")} " \u{201c}" <span lang=content_lang()>{saved.title.clone()}</span>
            "\u{201d}, " {tr("saved-go-to")} " " <a href=return_path.clone()>{tr("saved-continue-link")}</a>
            " " {tr("saved-enter-code")}
        </p>
        <p class="body">
            {tr("saved-until")} " " <strong>{closes}</strong> ". " {tr("saved-not-sent")}
        </p>
        <p class="body">{tr("saved-privacy")}</p>
        <h2 class="heading-m">{tr("link-heading")}</h2>
        <p class="body">{tr("link-explained")}</p>
        <form method="post" action=href(&super::api::saved_page_path(&saved.slug)) novalidate>
            <input type="hidden" name="code" value=saved.code.clone() />
            <InputField
                name="email"
                label=tr("email-address")
                posted=saved.posted.clone()
                input_type="email"
                autocomplete="email"
                spellcheck="false"
                width="input--width-30"
            />
            <button type="submit" class="button button--secondary" data-module="button">
                {tr("email-me-a-link")}
            </button>
        </form>
        <p class="body">
            <a href=href(&format!("/consultations/{}", saved.slug))>{tr("back-to-consultation")}</a>
        </p>
    }
}

/// `/consultations/{slug}/return`: "Continue a saved response", where a return code is typed.
#[component]
pub fn ReturnPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let page = Resource::new(slug, load_return_page);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    match page.await {
                        Ok(page) => {
                            let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
                            let errors = posted.errors.clone();
                            let problem = posted.problem.clone();
                            let when = TextArg::from(uk_time::format_date_time_in(use_language(), page.closes_at));
                            let closing = if page.open {
                                tr_with("return-until", &[("when", when)])
                            } else {
                                tr_with("return-closed", &[("when", when)])
                            };
                            view! {
                                <PageTitle text=tr("continue-saved") error=has_errors />
                                <a href=href(&format!("/consultations/{}", page.slug)) class="back-link">{tr("back")}</a>
                                <ErrorSummary errors=Signal::derive(move || errors.clone()) problem=Signal::derive(move || problem.clone()) />
                                <span class="caption-l" lang=content_lang()>{page.title.clone()}</span>
                                <h1 class="heading-xl">{tr("continue-saved")}</h1>
                                <p class="body">{closing}</p>
                                <form method="post" action=href(&super::api::return_page_path(&page.slug)) novalidate>
                                    <InputField
                                        name="code"
                                        label=tr("return-code")
                                        hint=tr("return-code-example")
                                        posted=posted.clone()
                                        autocomplete="off"
                                        spellcheck="false"
                                        width="input--width-20"
                                    />
                                    <button type="submit" class="button" data-module="button">
                                        {tr("button-continue")}
                                    </button>
                                </form>
                                <p class="body">
                                    {tr("return-lost-code")} " "
                                    <a href=href(&format!("/consultations/{}/respond", page.slug))>{tr("start-new-response")}</a>
                                    "."
                                </p>
                            }
                                .into_any()
                        }
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// `/consultations/{slug}/return/{link}`: an emailed link. It opens the answers under a new
/// address and redirects there; a link that opens nothing says what to do instead.
#[component]
pub fn ReturnLinkPage() -> impl IntoView {
    let params = use_params_map();
    let args = move || {
        let p = params.read();
        (
            p.get("slug").unwrap_or_default(),
            p.get("link").unwrap_or_default(),
        )
    };
    let opened = Resource::new(args, |(slug, link)| resume_from_link(slug, link));
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("opening-answers")}</p> }>
            {move || {
                let slug = args().0;
                Suspend::new(async move {
                    match opened.await {
                        Ok(path) => {
                            #[cfg(feature = "ssr")]
                            leptos_axum::redirect(&path);
                            view! {
                                <PageTitle text=tr("your-saved-answers") />
                                <h1 class="heading-xl">{tr("your-saved-answers")}</h1>
                                <p class="body">
                                    <a href=href(&path)>{tr("go-on-off-path-link")}</a>
                                </p>
                            }
                                .into_any()
                        }
                        Err(AppError::NotFound(message)) if Slug::parse(&slug).is_some() => {
                            set_status(404);
                            view! {
                                <PageTitle text=tr("link-does-not-work") />
                                <h1 class="heading-xl">{tr("link-does-not-work")}</h1>
                                <p class="body">{english_in(use_language(), &message)}</p>
                                <p class="body">
                                    <a href=href(&super::api::return_page_path(&slug))>{tr("enter-return-code")}</a>
                                </p>
                            }
                                .into_any()
                        }
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
