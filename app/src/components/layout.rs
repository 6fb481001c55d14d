use leptos::prelude::*;
use leptos_meta::Title;

use super::language::{LanguageSwitch, href, tr};

/// Sets the document title as "Page – Have your say", prefixed "Error: " while the page shows
/// errors (GOV.UK pattern, so screen readers announce the problem first).
#[component]
pub fn PageTitle(
    text: String,
    #[prop(optional, into)] error: Option<Signal<bool>>,
) -> impl IntoView {
    // The language now, while the page's context is here: the closure below runs when the head
    // is written, after the body, where it may be gone.
    let language = super::language::use_language();
    match error {
        None => {
            view! { <Title text=title_markup(page_title_in(language, &text, false)) /> }.into_any()
        }
        Some(error) => {
            // try_get: the head is written after the body, when a page may already be disposed.
            let full = move || {
                title_markup(page_title_in(
                    language,
                    &text,
                    error.try_get().unwrap_or(false),
                ))
            };
            view! { <Title text=full /> }.into_any()
        }
    }
}

/// The title as the server writes it into `<title>`. Leptos writes a title's text there as it
/// is (as it does a `<textarea>`'s: see `text_area`), so a title holding `</title><script>` —
/// a consultation's title, or its Welsh — would end the element and start markup. Escaped here,
/// the one place every page's title passes; in the browser, islands set `document.title` with
/// the plain text.
fn title_markup(title: String) -> String {
    if cfg!(feature = "ssr") {
        crate::domain::email::escape_html(&title)
    } else {
        title
    }
}

/// The document title for a page: "Page – Have your say", "Error: …" while it shows errors.
/// (Islands set `document.title` with it when their state changes what the page is.)
pub fn page_title_text(text: &str, error: bool) -> String {
    page_title_in(super::language::use_language(), text, error)
}

fn page_title_in(language: crate::domain::Language, text: &str, error: bool) -> String {
    use crate::domain::interface_text::text as message;
    let title = format!("{text} \u{2013} {}", message(language, "service-name"));
    if error {
        format!("{} {title}", message(language, "error-prefix"))
    } else {
        title
    }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <a href="#main-content" class="skip-link">
            {tr("skip-to-main")}
        </a>
        <header class="header">
            <div class="width-container header__inner">
                <a href=href("/") class="header__service">
                    <span class="header__org">{tr("council-name")}</span>
                    <span class="header__name">{tr("service-name")}</span>
                </a>
                <nav aria-label=tr("site-nav-label")>
                    <ul class="header__nav">
                        <li>
                            <a href=href("/")>{tr("nav-consultations")}</a>
                        </li>
                        <li>
                            <a href=href("/staff")>{tr("nav-staff")}</a>
                        </li>
                    </ul>
                </nav>
                <LanguageSwitch />
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="footer">
            <div class="width-container">
                <p>{tr("footer-about")}</p>
            </div>
        </footer>
    }
}
