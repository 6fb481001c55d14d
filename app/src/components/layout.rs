use leptos::prelude::*;
use leptos_meta::Title;

pub const SERVICE_NAME: &str = "Have your say";

/// Sets the document title as "Page – Have your say", prefixed "Error: " while the page shows
/// errors (GOV.UK pattern, so screen readers announce the problem first).
#[component]
pub fn PageTitle(
    text: String,
    #[prop(optional, into)] error: Option<Signal<bool>>,
) -> impl IntoView {
    match error {
        None => view! { <Title text=page_title_text(&text, false) /> }.into_any(),
        Some(error) => {
            // try_get: the head is written after the body, when a page may already be disposed.
            let full = move || page_title_text(&text, error.try_get().unwrap_or(false));
            view! { <Title text=full /> }.into_any()
        }
    }
}

/// The document title for a page: "Page – Have your say", "Error: …" while it shows errors.
/// (Islands set `document.title` with it when their state changes what the page is.)
pub fn page_title_text(text: &str, error: bool) -> String {
    let prefix = if error { "Error: " } else { "" };
    format!("{prefix}{text} \u{2013} {SERVICE_NAME}")
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <a href="#main-content" class="skip-link">
            "Skip to main content"
        </a>
        <header class="header">
            <div class="width-container header__inner">
                <a href="/" class="header__service">
                    <span class="header__org">"Demo Borough Council"</span>
                    <span class="header__name">{SERVICE_NAME}</span>
                </a>
                <nav aria-label="Site">
                    <ul class="header__nav">
                        <li>
                            <a href="/">"Consultations"</a>
                        </li>
                        <li>
                            <a href="/staff">"Staff"</a>
                        </li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="footer">
            <div class="width-container">
                <p>
                    "An open-source consultation platform. Every page works without JavaScript and aims to meet WCAG 2.2 AA."
                </p>
            </div>
        </footer>
    }
}
