use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use super::language::{LanguageSwitch, href, tr, use_language};

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

/// What a page is about, for search engines and link previews (`<meta name="description">`):
/// a public page's own lead text. An attribute, so Leptos escapes it.
#[component]
pub fn PageDescription(text: String) -> impl IntoView {
    view! { <Meta name="description" content=text /> }
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

/// The council's identity as the server provided it for this page (none set: the default).
fn site_identity() -> crate::domain::site_identity::SiteIdentity {
    use_context::<crate::domain::site_identity::SiteIdentity>().unwrap_or_default()
}

/// The council's brand colour, when one is set, as the page's own style (its nonce lets the
/// Content-Security-Policy allow it; the colour is `#` and six hex digits, nothing else).
#[component]
pub fn BrandColour() -> impl IntoView {
    let colour = site_identity().brand_colour;
    (!colour.is_empty()).then(|| {
        view! { <style nonce=leptos::nonce::use_nonce()>{format!(":root{{--brand:{colour}}}")}</style> }
    })
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let identity = site_identity();
    let language = use_language();
    let org = identity.name_in(language).map(|name| {
        let lang = identity
            .name_is_english_in(language)
            .then_some(crate::domain::Language::English.tag());
        view! { <span class="header__org" lang=lang>{name.to_string()}</span> }
    });
    // Beside the name, which says what it says: nothing more for a screen reader to read out.
    let logo = identity.logo.as_ref().map(|logo| {
        view! {
            <img
                class="header__logo"
                src=logo.path()
                alt=""
                width=logo.width.to_string()
                height=logo.height.to_string()
            />
        }
    });
    view! {
        <a href="#main-content" class="skip-link">
            {tr("skip-to-main")}
        </a>
        <header class="header">
            <div class="width-container header__inner">
                <a href=href("/") class="header__service">
                    {logo}
                    <span class="header__words">
                        {org}
                        <span class="header__name">{tr("service-name")}</span>
                    </span>
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
    let identity = site_identity();
    let links = identity.footer_links();
    let links = (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|(id, url)| view! { <li class="footer__item"><a href=url.to_string()>{tr(id)}</a></li> })
            .collect_view();
        view! {
            <h2 class="visually-hidden">{tr("footer-links-heading")}</h2>
            <ul class="footer__links">{items}</ul>
        }
    });
    view! {
        <footer class="footer">
            <div class="width-container">
                {links}
                <p>{tr("footer-about")}</p>
            </div>
        </footer>
    }
}
