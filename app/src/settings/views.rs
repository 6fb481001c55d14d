//! The site settings page (site admins).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::SETTINGS_PATH;
use super::api::{SiteSettingsPage as PageData, load_site_settings};
use crate::components::{
    ErrorSummary, InputField, PageTitle, PostedForm, TextAreaField, content_lang, href, tr, tr_with,
};
use crate::domain::interface_text::TextArg;
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn SiteSettingsPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let page = Resource::new(|| (), |_| load_site_settings());
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <SettingsView page posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

#[component]
fn SettingsView(page: PageData, posted: PostedForm) -> impl IntoView {
    let saved = use_query_map().read_untracked().get("saved").is_some();
    let errors = posted.errors.clone();
    let problem = posted.problem.clone();
    let has_errors = !errors.is_empty() || problem.is_some();
    // The boxes show the saved settings until a refused post says otherwise.
    let mut filled = posted.clone();
    let identity = page.identity.clone();
    let has_logo = identity.logo.is_some();
    for (name, saved) in [
        ("council_name", identity.council_name),
        ("council_name_cy", identity.council_name_cy),
        ("brand_colour", identity.brand_colour),
        ("accessibility_url", identity.accessibility_url),
        ("privacy_url", identity.privacy_url),
        ("contact_url", identity.contact_url),
        ("minimum_weeks", page.minimum_weeks.to_string()),
        ("privacy_template", page.privacy_template.clone()),
        (
            "default_retention",
            page.default_retention_months
                .map(|months| months.to_string())
                .unwrap_or_default(),
        ),
    ] {
        if filled.value(name).is_none() {
            filled.values.push((name.to_string(), saved));
        }
    }
    let without = tr_with(
        "site-settings-accounts-without",
        &[("count", TextArg::from(page.accounts_without as usize))],
    );
    view! {
        <PageTitle text=tr("site-settings-title") error=has_errors />
        <StaffBar staff=page.staff />
        <a href=href("/staff") class="back-link">{tr("staff-account-back")}</a>
        <ErrorSummary errors=errors problem=Signal::derive(move || problem.clone()) />
        {saved
            .then(|| {
                view! {
                    <div class="notification" role="status">
                        <p class="body">{tr("site-settings-saved")}</p>
                    </div>
                }
            })}
        <h1 class="heading-xl">{tr("site-settings-title")}</h1>
        <form method="post" action=href(SETTINGS_PATH) novalidate>
            <h2 class="heading-m">{tr("site-settings-council-heading")}</h2>
            <InputField
                name="council_name"
                label=tr("site-settings-council-name")
                hint=tr("site-settings-council-name-hint")
                posted=filled.clone()
                autocomplete="organization"
            />
            <InputField
                name="council_name_cy"
                label=tr("site-settings-council-name-cy")
                hint=tr("site-settings-council-name-cy-hint")
                posted=filled.clone()
                autocomplete="off"
                lang=Some("cy")
            />
            <InputField
                name="brand_colour"
                label=tr("site-settings-colour")
                hint=tr("site-settings-colour-hint")
                posted=filled.clone()
                width="input--width-10"
                autocomplete="off"
                spellcheck="false"
            />
            <h3 class="heading-s">{tr("site-settings-logo-label")}</h3>
            <p class="body">
                {if has_logo { tr("site-settings-logo-set") } else { tr("site-settings-logo-none") }}
                " "
                <a class="link" href=href(super::LOGO_PATH)>
                    {if has_logo { tr("site-settings-logo-change") } else { tr("site-settings-logo-add") }}
                </a>
            </p>
            <h3 class="heading-s">{tr("site-settings-links-heading")}</h3>
            <p class="body">{tr("site-settings-links-about")}</p>
            <InputField
                name="accessibility_url"
                label=tr("site-settings-accessibility-url")
                posted=filled.clone()
                input_type="url"
                autocomplete="off"
                spellcheck="false"
            />
            <InputField
                name="privacy_url"
                label=tr("site-settings-privacy-url")
                posted=filled.clone()
                input_type="url"
                autocomplete="off"
                spellcheck="false"
            />
            <InputField
                name="contact_url"
                label=tr("site-settings-contact-url")
                posted=filled.clone()
                input_type="url"
                autocomplete="off"
                spellcheck="false"
            />
            <div class="form-group">
            <fieldset class="fieldset" aria-describedby="two-factor-hint">
                <legend class="fieldset__legend">
                    <h2 class="heading-m">{tr("site-settings-two-factor-heading")}</h2>
                </legend>
                <div class="hint" id="two-factor-hint">
                    {tr("site-settings-two-factor-hint")} " " {without}
                </div>
                <div class="checkboxes">
                    <div class="checkboxes__item">
                        <input
                            class="checkboxes__input"
                            id="require_two_factor"
                            name="require_two_factor"
                            type="checkbox"
                            value="yes"
                            checked=page.require_two_factor
                        />
                        <label class="label checkboxes__label" for="require_two_factor">
                            {tr("site-settings-require-two-factor")}
                        </label>
                    </div>
                </div>
                {(!page.own_two_factor)
                    .then(|| {
                        view! {
                            <p class="body">
                                {tr("site-settings-own-two-factor-first")} " "
                                <a href=href(crate::staff::views::TWO_FACTOR_PATH)>
                                    {tr("staff-two-factor-set-up-link")}
                                </a>
                            </p>
                        }
                    })}
            </fieldset>
            </div>
            <h2 class="heading-m">{tr("site-settings-review-heading")}</h2>
            <InputField
                name="minimum_weeks"
                label=tr("site-settings-minimum-weeks")
                hint=tr("site-settings-minimum-weeks-hint")
                posted=filled.clone()
                width="input--width-4"
                input_type="text"
                autocomplete="off"
            />
            <p class="body">
                <a class="link" href=href(super::CHECKLIST_PATH)>{tr("checklist-edit-link")}</a>
            </p>
            <h2 class="heading-m">{tr("site-settings-privacy-heading")}</h2>
            <InputField
                name="default_retention"
                label=tr("site-settings-retention-label")
                hint=tr("site-settings-retention-hint")
                posted=filled.clone()
                width="input--width-4"
                input_type="text"
                autocomplete="off"
            />
            <TextAreaField
                name="privacy_template"
                label=tr("site-settings-privacy-label")
                hint=tr("site-settings-privacy-hint")
                posted=filled
                rows=12
                lang=content_lang()
            />
            <p class="body">
                <a class="link" href=href(crate::privacy::REQUESTS_PATH)>{tr("requests-link")}</a>
            </p>
            <button type="submit" class="button">{tr("site-settings-save")}</button>
        </form>
    }
}
