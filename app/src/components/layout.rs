use leptos::prelude::*;
use leptos_meta::Title;

pub const SERVICE_NAME: &str = "Have your say";

/// Sets the document title as "Page – Have your say", prefixed "Error: " when the page shows
/// errors (GOV.UK pattern, so screen readers announce the problem first).
#[component]
pub fn PageTitle(
    #[prop(into)] text: Signal<String>,
    #[prop(into, optional)] error: Signal<bool>,
) -> impl IntoView {
    let full = move || {
        let prefix = if error.get() { "Error: " } else { "" };
        format!("{prefix}{} \u{2013} {SERVICE_NAME}", text.get())
    };
    view! { <Title text=full /> }
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
