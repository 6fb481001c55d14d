//! The pages of a link that sets a password (an invitation or a reset) and of "Forgotten your
//! password?" (decision 0035): plain forms, working without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{SetPasswordPage as SetPasswordData, load_set_password};
use super::views::{FORGOT_PASSWORD_PATH, SET_PASSWORD_PATH, password_field};
use crate::components::{
    ErrorPage, ErrorSummary, InputField, PageTitle, PostedForm, content_lang, href, set_status, tr,
    tr_with,
};
use crate::domain::interface_text::TextArg;
use crate::error::AppError;

#[component]
pub fn SetPasswordPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let page = Resource::new(token, load_set_password);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let token = token();
                Suspend::new(async move {
                    match page.await {
                        Ok(page) => view! { <SetPasswordView page token /> }.into_any(),
                        Err(AppError::NotFound(_)) => view! { <LinkGone /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// A link that no longer works (used, expired, never issued): what to do instead.
#[component]
fn LinkGone() -> impl IntoView {
    set_status(404);
    view! {
        <PageTitle text=tr("staff-link-gone-title") />
        <h1 class="heading-xl">{tr("staff-link-gone-title")}</h1>
        <p class="body">{tr("staff-link-gone-body")}</p>
        <p class="body">
            <a href=href(FORGOT_PASSWORD_PATH)>{tr("staff-link-gone-reset")}</a>
        </p>
    }
}

#[component]
fn SetPasswordView(page: SetPasswordData, token: String) -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let errors = RwSignal::new(posted.errors.clone());
    let problem = posted.problem.clone();
    let has_errors = !posted.errors.is_empty() || problem.is_some();
    let heading = if page.invitation {
        tr("staff-link-invitation-heading")
    } else {
        tr("staff-link-reset-heading")
    };
    let welcome = page.invitation.then(|| {
        view! {
            <p class="body" lang=content_lang()>
                {tr_with("staff-link-welcome", &[("name", TextArg::from(page.name.clone()))])}
            </p>
        }
    });
    view! {
        <PageTitle text=heading.clone() error=has_errors />
        <ErrorSummary errors=errors problem=Signal::derive(move || problem.clone()) />
        <h1 class="heading-xl">{heading}</h1>
        {welcome}
        <p class="body">
            {tr("staff-link-for-account")} " " <strong class="text-break">{page.email}</strong>
        </p>
        <form method="post" action=href(&format!("{SET_PASSWORD_PATH}/{token}")) novalidate>
            {password_field(errors, "new_password", "staff-account-new", Some("staff-account-new-hint"), "new-password")}
            {password_field(errors, "confirm_password", "staff-account-confirm", None, "new-password")}
            <button type="submit" class="button">{tr("staff-link-button")}</button>
        </form>
    }
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let sent = use_query_map().read_untracked().get("sent").is_some();
    let has_errors = !posted.errors.is_empty();
    let errors = posted.errors.clone();
    if sent {
        return view! {
            <PageTitle text=tr("staff-forgot-sent-title") />
            <h1 class="heading-xl">{tr("staff-forgot-sent-title")}</h1>
            <p class="body">{tr("staff-forgot-sent-body")}</p>
            <p class="body"><a href=href("/staff/sign-in")>{tr("staff-forgot-back")}</a></p>
        }
        .into_any();
    }
    view! {
        <PageTitle text=tr("staff-forgot-title") error=has_errors />
        <a href=href("/staff/sign-in") class="back-link">{tr("staff-forgot-back")}</a>
        <ErrorSummary errors=errors problem=Signal::derive(|| None::<String>) />
        <h1 class="heading-xl">{tr("staff-forgot-title")}</h1>
        <p class="body">{tr("staff-forgot-intro")}</p>
        <form method="post" action=href(FORGOT_PASSWORD_PATH) novalidate>
            <InputField
                name="email"
                label=tr("sign-in-email")
                posted=posted.clone()
                input_type="email"
                autocomplete="email"
                spellcheck="false"
                width="input--width-30"
            />
            <button type="submit" class="button">{tr("staff-forgot-button")}</button>
        </form>
    }
    .into_any()
}
