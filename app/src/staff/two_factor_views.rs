//! Two-factor sign-in's pages (decision 0036): the second step of signing in, setting it up
//! (from the account page, or while signing in to a site that requires it), and the recovery
//! codes, shown once.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{QrPicture, TwoFactorPage as PageData, load_sign_in_code, load_two_factor};
use super::views::{ACCOUNT_PATH, StaffBar, TWO_FACTOR_PATH, password_field, staff_view};
use crate::components::{
    ErrorMessage, ErrorSummary, PageTitle, PostedForm, href, tr, tr_with, use_language,
};
use crate::domain::FieldError;
use crate::domain::interface_text::TextArg;

/// The second step of signing in (and where its form posts).
pub const SIGN_IN_CODE_PATH: &str = "/staff/sign-in/code";

/// Recovery codes just made, for the page drawn in answer to the form that made them: they are
/// shown this once and never again.
#[derive(Clone, Debug)]
pub struct NewRecoveryCodes {
    pub codes: Vec<String>,
    /// Where "Continue" goes.
    pub next: String,
}

/// The field for a code, with its hint and error: six digits from the app (a number pad on a
/// phone), or a recovery code.
fn code_field(
    errors: RwSignal<Vec<FieldError>>,
    label: &'static str,
    hint: &'static str,
    recovery: bool,
) -> impl IntoView {
    let error = errors.with_untracked(|list| {
        list.iter()
            .find(|e| e.field == "code")
            .map(|e| e.message_in(use_language()))
    });
    let described = match error {
        Some(_) => "code-hint code-error",
        None => "code-hint",
    };
    let class = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    view! {
        <div class=class>
            <label class="label label--s" for="code">{tr(label)}</label>
            <div class="hint" id="code-hint">{tr(hint)}</div>
            {error.map(|message| view! { <ErrorMessage id="code-error".to_string() message /> })}
            <input
                class=if recovery { "input input--width-10" } else { "input input--width-5" }
                id="code"
                name="code"
                type="text"
                inputmode=(!recovery).then_some("numeric")
                autocomplete=if recovery { "off" } else { "one-time-code" }
                spellcheck="false"
                aria-describedby=described
            />
        </div>
    }
}

#[component]
pub fn SignInCodePage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let live = Resource::new(|| (), |_| load_sign_in_code());
    let recovery = use_query_map().read_untracked().get("recovery").is_some();
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    match live.await {
                        Ok(true) => view! { <SignInCodeForm posted recovery /> }.into_any(),
                        Ok(false) => view! { <SignInTimedOut /> }.into_any(),
                        Err(error) => view! { <crate::components::ErrorPage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn SignInCodeForm(posted: PostedForm, recovery: bool) -> impl IntoView {
    let errors = RwSignal::new(posted.errors.clone());
    let problem = posted.problem.clone();
    let has_errors = !posted.errors.is_empty() || problem.is_some();
    let (label, hint, other, other_href) = if recovery {
        (
            "staff-two-factor-recovery-label",
            "staff-two-factor-recovery-hint",
            "staff-two-factor-use-app",
            SIGN_IN_CODE_PATH.to_string(),
        )
    } else {
        (
            "staff-two-factor-code-label",
            "staff-two-factor-code-hint",
            "staff-two-factor-use-recovery",
            format!("{SIGN_IN_CODE_PATH}?recovery=1"),
        )
    };
    view! {
        <PageTitle text=tr("staff-two-factor-sign-in-title") error=has_errors />
        <ErrorSummary errors=errors problem=Signal::derive(move || problem.clone()) />
        <h1 class="heading-xl">{tr("staff-two-factor-sign-in-title")}</h1>
        <form method="post" action=href(SIGN_IN_CODE_PATH) novalidate>
            {code_field(errors, label, hint, recovery)}
            <button type="submit" class="button">{tr("sign-in-button")}</button>
        </form>
        <p class="body"><a href=href(&other_href)>{tr(other)}</a></p>
        <p class="body">{tr("staff-two-factor-lost-both")}</p>
    }
}

#[component]
fn SignInTimedOut() -> impl IntoView {
    view! {
        <PageTitle text=tr("staff-two-factor-timed-out") />
        <h1 class="heading-xl">{tr("staff-two-factor-timed-out")}</h1>
        <p class="body">{tr("staff-two-factor-timed-out-text")}</p>
        <p class="body"><a href=href("/staff/sign-in")>{tr("staff-two-factor-sign-in-again")}</a></p>
    }
}

#[component]
pub fn TwoFactorPage() -> impl IntoView {
    // The answer to a form that made recovery codes shows them, and nothing else is loaded (a
    // sign-in that just finished has no session cookie in this request yet).
    if let Some(new_codes) = use_context::<NewRecoveryCodes>() {
        return view! { <RecoveryCodesView new_codes /> }.into_any();
    }
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let page = Resource::new(|| (), |_| load_two_factor());
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <TwoFactorView page posted /> }.into_any())
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// The QR code an authenticator app scans: drawn as SVG, named for screen readers (who use
/// the key written out beside it).
fn qr_code(picture: QrPicture) -> impl IntoView {
    let view_box = format!("0 0 {0} {0}", picture.size);
    view! {
        <svg
            class="qr-code"
            role="img"
            aria-label=tr("staff-two-factor-qr-label")
            viewBox=view_box
            width="200"
            height="200"
            shape-rendering="crispEdges"
        >
            <rect width="100%" height="100%" fill="#fff" />
            <path d=picture.path fill="#000" />
        </svg>
    }
}

#[component]
fn TwoFactorView(page: PageData, posted: PostedForm) -> impl IntoView {
    let done = use_query_map().read_untracked().get("done");
    let errors = RwSignal::new(posted.errors.clone());
    let problem = posted.problem.clone();
    let has_errors = !posted.errors.is_empty() || problem.is_some();
    let title = if page.on {
        "staff-two-factor-title"
    } else {
        "staff-two-factor-set-up-title"
    };
    let bar = page.staff.clone().map(|staff| view! { <StaffBar staff /> });
    let back = page.staff.is_some().then(
        || view! { <a href=href(ACCOUNT_PATH) class="back-link">{tr("staff-two-factor-back")}</a> },
    );
    let banner = done.filter(|done| done == "off").map(|_| {
        view! {
            <div class="notification" role="status">
                <p class="body">{tr("staff-two-factor-turned-off")}</p>
            </div>
        }
    });
    let body = if page.on {
        let left = tr_with(
            "staff-two-factor-codes-left",
            &[("count", TextArg::from(page.recovery_left as usize))],
        );
        let off = if page.required {
            view! { <p class="body">{tr("staff-two-factor-required-stays")}</p> }.into_any()
        } else {
            view! {
                <form method="post" action=href(TWO_FACTOR_PATH) novalidate>
                    <input type="hidden" name="action" value="turn_off" />
                    {password_field(errors, "off_password", "staff-two-factor-password", None, "current-password")}
                    <button type="submit" class="button button--warning">{tr("staff-two-factor-turn-off")}</button>
                </form>
            }
            .into_any()
        };
        view! {
            <p class="body">{tr("staff-two-factor-on-text")}</p>
            <h2 class="heading-l">{tr("staff-two-factor-codes-heading")}</h2>
            <p class="body">{left}</p>
            <form method="post" action=href(TWO_FACTOR_PATH) novalidate>
                <input type="hidden" name="action" value="new_codes" />
                {password_field(errors, "codes_password", "staff-two-factor-password", Some("staff-two-factor-new-codes-hint"), "current-password")}
                <button type="submit" class="button button--secondary">{tr("staff-two-factor-new-codes")}</button>
            </form>
            <h2 class="heading-l">{tr("staff-two-factor-off-heading")}</h2>
            {off}
        }
        .into_any()
    } else {
        let key = page.setup.clone();
        let required = page.during_sign_in.then(|| {
            view! { <div class="inset"><p class="body">{tr("staff-two-factor-required-now")}</p></div> }
        });
        let (picture, key_text) = match key {
            Some(key) => (key.qr.map(qr_code), key.key),
            None => (None, String::new()),
        };
        view! {
            {required}
            <p class="body">{tr("staff-two-factor-why")}</p>
            <ol class="list list--number">
                <li>
                    <p class="body">{tr("staff-two-factor-step-install")}</p>
                </li>
                <li>
                    <p class="body">{tr("staff-two-factor-step-scan")}</p>
                    {picture}
                    <p class="body">
                        {tr("staff-two-factor-step-key")} " "
                        <code class="two-factor-key" data-testid="two-factor-key">{key_text}</code>
                    </p>
                </li>
                <li>
                    <p class="body">{tr("staff-two-factor-step-code")}</p>
                </li>
            </ol>
            <form method="post" action=href(TWO_FACTOR_PATH) novalidate>
                <input type="hidden" name="action" value="confirm" />
                {code_field(errors, "staff-two-factor-code-label", "staff-two-factor-setup-code-hint", false)}
                <button type="submit" class="button">{tr("staff-two-factor-turn-on")}</button>
            </form>
        }
        .into_any()
    };
    view! {
        <PageTitle text=tr(title) error=has_errors />
        {bar}
        {back}
        <ErrorSummary errors=errors problem=Signal::derive(move || problem.clone()) />
        {banner}
        <h1 class="heading-xl">{tr(title)}</h1>
        {body}
    }
}

#[component]
fn RecoveryCodesView(new_codes: NewRecoveryCodes) -> impl IntoView {
    let codes = new_codes
        .codes
        .into_iter()
        .map(|code| view! { <li><code>{code}</code></li> })
        .collect_view();
    view! {
        <PageTitle text=tr("staff-two-factor-codes-title") />
        <div class="notification" role="status">
            <p class="body">{tr("staff-two-factor-codes-made")}</p>
        </div>
        <h1 class="heading-xl">{tr("staff-two-factor-codes-title")}</h1>
        <p class="body">{tr("staff-two-factor-codes-text")}</p>
        <ol class="recovery-codes" data-testid="recovery-codes">{codes}</ol>
        <p class="body">{tr("staff-two-factor-codes-once")}</p>
        <a href=href(&new_codes.next) class="button" role="button" draggable="false">
            {tr("staff-two-factor-continue")}
        </a>
    }
}
