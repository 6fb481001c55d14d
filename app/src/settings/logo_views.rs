//! The council's logo page (site admins): the logo as the header shows it, a form to upload
//! another and a button to remove it. Plain forms: it works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{SiteSettingsPage as PageData, load_site_settings};
use super::{LOGO_PATH, SETTINGS_PATH};
use crate::components::{ErrorSummary, FileField, PageTitle, PostedForm, href, tr, tr_with};
use crate::domain::interface_text::TextArg;
use crate::domain::site_logo::{LOGO_EXTENSIONS, MAX_LOGO_BYTES};
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn LogoPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let page = Resource::new(|| (), |_| load_site_settings());
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <LogoView page posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

#[component]
fn LogoView(page: PageData, posted: PostedForm) -> impl IntoView {
    let done = use_query_map()
        .read_untracked()
        .get("done")
        .and_then(|done| match done.as_str() {
            "uploaded" => Some(tr("site-logo-done-uploaded")),
            "removed" => Some(tr("site-logo-done-removed")),
            _ => None,
        });
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    let hint = tr_with(
        "site-logo-file-hint",
        &[("kilobytes", TextArg::from(MAX_LOGO_BYTES / 1024))],
    );
    let logo = page.identity.logo.clone();
    let upload_heading = if logo.is_some() {
        tr("site-logo-upload-another")
    } else {
        tr("site-logo-upload")
    };
    // Drawn on the header's black, as every page shows it.
    let current = match logo {
        Some(logo) => view! {
            <h2 class="heading-m">{tr("site-logo-current")}</h2>
            <div class="logo-preview">
                <img
                    class="header__logo"
                    src=logo.path()
                    alt=tr("site-logo-current-alt")
                    width=logo.width.to_string()
                    height=logo.height.to_string()
                />
            </div>
            <p class="body">
                {tr_with(
                    "site-logo-pixels-now",
                    &[
                        ("width", TextArg::from(logo.width as usize)),
                        ("height", TextArg::from(logo.height as usize)),
                    ],
                )}
            </p>
            <form method="post" action=href(LOGO_PATH) novalidate>
                <button type="submit" class="button button--warning" name="do" value="remove">
                    {tr("site-logo-remove")}
                </button>
            </form>
        }
        .into_any(),
        None => view! { <p class="body">{tr("site-logo-none")}</p> }.into_any(),
    };
    view! {
        <PageTitle text=tr("site-logo-title") error=has_errors />
        <StaffBar staff=page.staff />
        <a href=href(SETTINGS_PATH) class="back-link">{tr("site-logo-back")}</a>
        <ErrorSummary
            errors=RwSignal::new(posted.errors.clone())
            problem=RwSignal::new(posted.problem.clone())
        />
        {done
            .map(|message| {
                view! {
                    <div class="notification" role="status">
                        <p class="body">{message}</p>
                    </div>
                }
            })}
        <h1 class="heading-xl">{tr("site-logo-title")}</h1>
        <p class="body">{tr("site-logo-about")}</p>
        {current}
        <h2 class="heading-m">{upload_heading}</h2>
        <form method="post" action=href(LOGO_PATH) enctype="multipart/form-data" novalidate>
            <FileField name="file" label=tr("site-logo-file-label") hint accept=LOGO_EXTENSIONS posted />
            <button type="submit" class="button">{tr("site-logo-upload-button")}</button>
        </form>
    }
}
