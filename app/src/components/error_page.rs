use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::PageTitle;
use super::language::{href, tr, use_language};
use crate::domain::Language;
use crate::domain::interface_text::{english_in, text};
use crate::error::AppError;

/// Sets the HTTP status of the page being rendered on the server.
pub fn set_status(status: u16) {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>()
        && let Ok(code) = axum::http::StatusCode::from_u16(status)
    {
        response.set_status(code);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}

/// A whole page explaining an error, with the matching HTTP status.
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    if matches!(error, AppError::NotFound(_)) {
        return view! { <NotFoundPage /> }.into_any();
    }
    set_status(error.status_code());
    let title = tr(match error {
        AppError::BadRequest(_) | AppError::Invalid(_) | AppError::NotFound(_) => {
            "error-title-problem"
        }
        AppError::Unauthorized => "error-title-sign-in",
        AppError::Forbidden => "error-title-forbidden",
        AppError::Conflict(_) => "error-title-conflict",
        AppError::Internal => "error-title-internal",
    });
    view! {
        <PageTitle text=title.clone() />
        <h1 class="heading-l">{title}</h1>
        <p class="body">{english_in(use_language(), &error.to_string())}</p>
        <p class="body">
            <a href=href("/")>{tr("go-to-list")}</a>
        </p>
    }
    .into_any()
}

/// GOV.UK's "Page not found" pattern, with status 404.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_status(404);
    view! {
        <PageTitle text=tr("not-found-title") />
        <h1 class="heading-l">{tr("not-found-title")}</h1>
        <p class="body">{tr("not-found-typed")}</p>
        <p class="body">{tr("not-found-pasted")}</p>
        <p class="body">
            {tr("not-found-you-can")} " " <a href=href("/")>{tr("not-found-see-all")}</a> "."
        </p>
    }
}

/// A request refused before any page could answer it (a form from another site, a body too
/// large, a wrong content type, a method the address does not take…). The server carries it in
/// the refusal's response extensions and its middleware draws it as a page of the site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub status: u16,
    pub title: String,
    pub message: String,
}

impl Refusal {
    /// A refusal with a standard title and message for its status (used when the response that
    /// was refused did not say more).
    pub fn for_status(status: u16) -> Self {
        Self::for_status_in(status, Language::English)
    }

    /// The standard refusal for a status, in `language`.
    pub fn for_status_in(status: u16, language: Language) -> Self {
        let (title, message) = match status {
            400 => ("error-title-problem", "refusal-400"),
            401 => ("error-title-sign-in", "refusal-401"),
            403 => ("error-title-forbidden", "refusal-403"),
            404 => ("not-found-title", "not-found-typed"),
            405 => ("error-title-problem", "refusal-405"),
            408 => ("error-title-problem", "refusal-408"),
            413 => ("error-title-problem", "refusal-413"),
            415 => ("error-title-problem", "refusal-415"),
            429 => ("error-title-problem", "refusal-429"),
            other if other < 500 => ("error-title-problem", "refusal-other"),
            _ => ("error-title-internal", "refusal-500"),
        };
        Refusal {
            status,
            title: text(language, title),
            message: text(language, message),
        }
    }
}

/// A refusal drawn as a page: what happened and where to go next.
#[component]
pub fn RefusalPage(refusal: Refusal) -> impl IntoView {
    view! {
        <PageTitle text=refusal.title.clone() />
        <h1 class="heading-l">{refusal.title}</h1>
        <p class="body">{english_in(use_language(), &refusal.message)}</p>
        <p class="body">
            <a href=href("/")>{tr("go-to-list")}</a>
        </p>
    }
}
