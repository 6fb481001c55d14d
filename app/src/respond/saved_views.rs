//! Saving a response to come back to (decision 0028): the page with the return code, the page
//! where a return code is typed, and the emailed link's page. No island: plain forms.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::api::{SavedForLater, load_return_page, resume_from_link};
use crate::components::{
    ErrorPage, ErrorSummary, InputField, NotFoundPage, PageTitle, PostedForm, set_status,
};
use crate::domain::Slug;
use crate::error::AppError;

/// The example a return code's hint shows.
const CODE_EXAMPLE: &str = "For example, K7QM-4TZP-9XWB";

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
                <PageTitle text="Continue a saved response".to_string() error=problem.is_some() />
                <ErrorSummary errors=Signal::derive(Vec::new) problem=Signal::derive(move || problem.clone()) />
                <h1 class="heading-xl">"Continue a saved response"</h1>
                <p class="body">
                    "If you saved your answers to come back to, use the return code you were given, or the link we emailed you."
                </p>
                <p class="body">
                    <a href=super::api::return_page_path(&slug)>"Enter your return code"</a>
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
    let return_path = super::api::return_page_path(&saved.slug);
    let emailed = saved.emailed_to.clone().map(|to| {
        view! {
            <div class="notification" role="status" id="link-sent">
                <p class="body">
                    "We have sent a link to " <strong>{to}</strong>
                    ". It can take a few minutes to arrive: check your spam or junk folder if you cannot see it."
                </p>
            </div>
        }
    });
    view! {
        <PageTitle text="Your answers have been saved".to_string() error=has_errors />
        <ErrorSummary errors=Signal::derive(move || errors.clone()) problem=Signal::derive(|| None::<String>) />
        {emailed}
        <div class="panel panel--confirmation">
            <h1 class="panel__title">"Your answers have been saved"</h1>
            <div class="panel__body">
                "Your return code"<br />
                <strong class="reference" data-testid="return-code">{saved.code.clone()}</strong>
            </div>
        </div>
        <p class="body">
            "Write the code down or keep it somewhere safe. To continue your response to \u{201c}"
            {saved.title.clone()} "\u{201d}, on this or any other device, go to "
            <a href=return_path.clone()>"continue a saved response"</a>
            " on the consultation\u{2019}s page and enter the code."
        </p>
        <p class="body">
            "You can come back until the consultation closes at "
            <strong>{saved.closes_at_text.clone()}</strong>
            ". Your answers have not been sent: they are counted only when you send your response."
        </p>
        <p class="body">
            "For your privacy, the addresses of the pages you answered no longer open your answers: anyone else using this device cannot see them."
        </p>
        <h2 class="heading-m">"Get a link by email"</h2>
        <p class="body">
            "We can email you a link that opens your answers. We use your email address only to send the link."
        </p>
        <form method="post" action=super::api::saved_page_path(&saved.slug) novalidate>
            <input type="hidden" name="code" value=saved.code.clone() />
            <InputField
                name="email"
                label="Email address"
                posted=saved.posted.clone()
                input_type="email"
                autocomplete="email"
                spellcheck="false"
                width="input--width-30"
            />
            <button type="submit" class="button button--secondary" data-module="button">
                "Email me a link"
            </button>
        </form>
        <p class="body">
            <a href=format!("/consultations/{}", saved.slug)>"Back to the consultation"</a>
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
        <Suspense fallback=|| view! { <p class="body">"Loading…"</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    match page.await {
                        Ok(page) => {
                            let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
                            let errors = posted.errors.clone();
                            let problem = posted.problem.clone();
                            let closing = if page.open {
                                format!(
                                    "You can continue a saved response until the consultation closes at {}.",
                                    page.closes_at_text
                                )
                            } else {
                                format!(
                                    "This consultation closed at {}. Your return code still shows your answers, so you can keep a copy, but they can no longer be sent.",
                                    page.closes_at_text
                                )
                            };
                            view! {
                                <PageTitle text="Continue a saved response".to_string() error=has_errors />
                                <a href=format!("/consultations/{}", page.slug) class="back-link">"Back"</a>
                                <ErrorSummary errors=Signal::derive(move || errors.clone()) problem=Signal::derive(move || problem.clone()) />
                                <span class="caption-l">{page.title.clone()}</span>
                                <h1 class="heading-xl">"Continue a saved response"</h1>
                                <p class="body">{closing}</p>
                                <form method="post" action=super::api::return_page_path(&page.slug) novalidate>
                                    <InputField
                                        name="code"
                                        label="Return code"
                                        hint=CODE_EXAMPLE.to_string()
                                        posted=posted.clone()
                                        autocomplete="off"
                                        spellcheck="false"
                                        width="input--width-20"
                                    />
                                    <button type="submit" class="button" data-module="button">
                                        "Continue"
                                    </button>
                                </form>
                                <p class="body">
                                    "If we emailed you a link, you can open that instead. Lost your code? "
                                    <a href=format!("/consultations/{}/respond", page.slug)>"Start a new response"</a>
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
        <Suspense fallback=|| view! { <p class="body">"Opening your answers…"</p> }>
            {move || {
                let slug = args().0;
                Suspend::new(async move {
                    match opened.await {
                        Ok(path) => {
                            #[cfg(feature = "ssr")]
                            leptos_axum::redirect(&path);
                            view! {
                                <PageTitle text="Your saved answers".to_string() />
                                <h1 class="heading-xl">"Your saved answers"</h1>
                                <p class="body">
                                    <a href=path>"Continue your response"</a>
                                </p>
                            }
                                .into_any()
                        }
                        Err(AppError::NotFound(message)) if Slug::parse(&slug).is_some() => {
                            set_status(404);
                            view! {
                                <PageTitle text="This link does not work".to_string() />
                                <h1 class="heading-xl">"This link does not work"</h1>
                                <p class="body">{message}</p>
                                <p class="body">
                                    <a href=super::api::return_page_path(&slug)>"Enter your return code"</a>
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
