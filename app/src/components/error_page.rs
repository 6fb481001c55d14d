use leptos::prelude::*;

use super::PageTitle;
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
    let title = error.title();
    view! {
        <PageTitle text=title.to_string() />
        <h1 class="heading-l">{title}</h1>
        <p class="body">{error.to_string()}</p>
        <p class="body">
            <a href="/">"Go to the list of consultations"</a>
        </p>
    }
    .into_any()
}

/// GOV.UK's "Page not found" pattern, with status 404.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_status(404);
    view! {
        <PageTitle text="Page not found".to_string() />
        <h1 class="heading-l">"Page not found"</h1>
        <p class="body">"If you typed the web address, check it is correct."</p>
        <p class="body">"If you pasted the web address, check you copied the entire address."</p>
        <p class="body">
            "You can "<a href="/">"see all open, forthcoming and closed consultations"</a>"."
        </p>
    }
}
