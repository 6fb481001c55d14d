//! "Create a consultation" and "Change the details": one plain form (no island), so it works the
//! same without JavaScript. The POSTs are `builder::http::post_new_consultation` and
//! `post_details`; a refused post draws the page again with what was typed and the errors.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::api::{
    ConsultationDetailsForm, DepartmentChoice, NewConsultationForm, load_consultation_details,
    load_new_consultation_form,
};
use crate::components::{
    DateTimeField, ErrorSummary, InputField, PageTitle, PostedForm, SelectField, TextAreaField,
    content_lang, href, tr, tr_with,
};
use crate::domain::consultation_details::MAX_SUMMARY_CHARS;
use crate::domain::interface_text::TextArg;
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn NewConsultationPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let form = Resource::new(|| (), |_| load_new_consultation_form());
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(
                        form.await,
                        |form| view! { <NewConsultationView form posted /> }.into_any(),
                    )
                })
            }}
        </Suspense>
    }
}

#[component]
fn NewConsultationView(form: NewConsultationForm, posted: PostedForm) -> impl IntoView {
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    view! {
        <PageTitle text=tr("editor-create-title") error=has_errors />
        <StaffBar staff=form.staff />
        <a href=href("/staff") class="back-link">
            {tr("editor-all-consultations")}
        </a>
        <ErrorSummary errors=RwSignal::new(posted.errors.clone()) problem=RwSignal::new(posted.problem.clone()) />
        <h1 class="heading-xl">{tr("editor-create-title")}</h1>
        <p class="body">{tr("editor-create-draft-note")}</p>
        <TemplateChoices templates=form.templates />
        <DetailsForm
            action=href(super::NEW_CONSULTATION_PATH)
            departments=form.departments
            posted
            slug_fixed=false
            button=tr("editor-create-button")
        />
    }
}

/// "Change the details": the same form, filled in with what is stored.
#[component]
pub fn ConsultationDetailsPage() -> impl IntoView {
    let posted = use_context::<PostedForm>();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let form = Resource::new(slug, load_consultation_details);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(
                        form.await,
                        |form| view! { <ConsultationDetailsView form posted /> }.into_any(),
                    )
                })
            }}
        </Suspense>
    }
}

#[component]
fn ConsultationDetailsView(
    form: ConsultationDetailsForm,
    posted: Option<PostedForm>,
) -> impl IntoView {
    let has_errors = posted
        .as_ref()
        .is_some_and(|p| !p.errors.is_empty() || p.problem.is_some());
    let back = href(&format!("/staff/consultations/{}/questionnaire", form.slug));
    let action = href(&format!("/staff/consultations/{}/details", form.slug));
    let posted = posted.unwrap_or(PostedForm {
        values: form.values,
        ..PostedForm::default()
    });
    view! {
        <PageTitle
            text=tr_with("editor-details-title", &[("title", TextArg::from(form.title.clone()))])
            error=has_errors
        />
        <StaffBar staff=form.staff />
        <a href=back class="back-link">
            {tr("back-to-questionnaire")}
        </a>
        <ErrorSummary errors=RwSignal::new(posted.errors.clone()) problem=RwSignal::new(posted.problem.clone()) />
        <span class="caption-l" lang=content_lang()>{form.title}</span>
        <h1 class="heading-xl">{tr("editor-details-heading")}</h1>
        <DetailsForm
            action
            departments=form.departments
            posted
            slug_fixed=form.public
            button=tr("editor-details-button")
        />
    }
}

/// The details of a consultation: every field, as typed or as stored. `slug_fixed`: the web
/// address of a public consultation cannot change (links to it would break).
#[component]
fn DetailsForm(
    action: String,
    departments: Vec<DepartmentChoice>,
    posted: PostedForm,
    slug_fixed: bool,
    button: String,
) -> impl IntoView {
    let departments = departments
        .into_iter()
        .map(|d| (d.id.to_string(), d.name))
        .collect();
    let summary_hint = tr_with(
        "editor-summary-hint",
        &[("max", TextArg::from(MAX_SUMMARY_CHARS))],
    );
    let slug = if slug_fixed {
        let value = posted.value("slug").unwrap_or_default().to_string();
        view! {
            <div class="form-group">
                <p class="label label--s">{tr("editor-slug-label")}</p>
                <p class="body">{format!("/consultations/{value}")}</p>
                <div class="hint">{tr("editor-slug-fixed-hint")}</div>
                <input type="hidden" name="slug" value=value />
            </div>
        }
        .into_any()
    } else {
        view! {
            <InputField
                name="slug"
                label=tr("editor-slug-label")
                hint=tr("editor-slug-hint")
                width="input--width-30"
                spellcheck="false"
                posted=posted.clone()
            />
        }
        .into_any()
    };
    view! {
        <form method="post" action=action novalidate>
            // Enter in a text box presses a form's first submit button: let that be the form's
            // own, not "Preview the description".
            <button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true">
                {button.clone()}
            </button>
            <h2 class="heading-m">{tr("editor-about-heading")}</h2>
            <InputField name="title" label=tr("editor-title-label") posted=posted.clone() lang=content_lang() />
            {slug}
            <TextAreaField name="summary" label=tr("editor-summary-label") hint=summary_hint rows=3 posted=posted.clone() lang=content_lang() />
            <TextAreaField
                name="body"
                label=tr("editor-body-label")
                hint=tr("editor-body-hint")
                rows=12
                posted=posted.clone()
                lang=content_lang()
            />
            <button type="submit" class="button button--secondary" name="do" value="preview_body">
                {tr("editor-preview-body")}
            </button>
            {body_preview(&posted)}
            <SelectField
                name="department"
                label=tr("department")
                choices=departments
                prompt=tr("editor-choose-department")
                posted=posted.clone()
                choices_lang=content_lang()
            />
            <h2 class="heading-m">{tr("editor-contact-heading")}</h2>
            <InputField
                name="contact_name"
                label=tr("editor-contact-name-label")
                hint=tr("editor-contact-name-hint")
                width="input--width-30"
                posted=posted.clone()
            />
            <InputField
                name="contact_email"
                label=tr("editor-contact-email-label")
                input_type="email"
                autocomplete="off"
                spellcheck="false"
                width="input--width-30"
                posted=posted.clone()
            />
            <h2 class="heading-m">{tr("editor-when-open-heading")}</h2>
            <DateTimeField
                prefix="opens"
                date_legend=tr("editor-opening-date")
                time_label=tr("editor-opening-time")
                date_hint=tr("editor-opening-date-hint")
                posted=posted.clone()
            />
            <DateTimeField
                prefix="closes"
                date_legend=tr("editor-closing-date")
                time_label=tr("editor-closing-time")
                date_hint=tr("editor-closing-date-hint")
                posted=posted.clone()
            />
            <button type="submit" class="button">
                {button}
            </button>
        </form>
    }
}

/// After "Preview the description": the description as the consultation page will show it
/// (rendered and sanitised like the page itself). This page has no island, so only the server
/// draws it.
fn body_preview(posted: &PostedForm) -> Option<impl IntoView + use<>> {
    if posted.value("do") != Some("preview_body") {
        return None;
    }
    let body = posted.value("body").unwrap_or_default().to_string();
    #[cfg(feature = "ssr")]
    let html = crate::markdown::to_safe_html(&body);
    #[cfg(not(feature = "ssr"))]
    let html = {
        let _ = body;
        String::new()
    };
    Some(view! {
        <section class="inset" aria-labelledby="body-preview-heading" id="body-preview" tabindex="-1">
            <h2 class="heading-l" id="body-preview-heading">{tr("editor-body-preview-heading")}</h2>
            <p class="hint">{tr("editor-body-preview-hint")}</p>
            <div class="prose" inner_html=html lang=content_lang()></div>
        </section>
    })
}

/// "Start from a template": each template with a button that makes a draft copy of it in the
/// member's own department (a plain form post to the template's questionnaire address).
#[component]
fn TemplateChoices(templates: Vec<(String, String, String)>) -> impl IntoView {
    (!templates.is_empty()).then(|| {
        view! {
            <h2 class="heading-m">{tr("editor-template-heading")}</h2>
            <p class="body">{tr("editor-template-about")}</p>
            <ul class="list template-list">
                {templates
                    .into_iter()
                    .map(|(slug, title, department)| {
                        let action = href(&format!("/staff/consultations/{slug}/questionnaire"));
                        view! {
                            <li class="template-list__item">
                                <form method="post" action=action>
                                    <span class="template-list__title" lang=content_lang()>{title.clone()}</span>
                                    <span class="hint" lang=content_lang()>{format!(" \u{2013} {department}")}</span>
                                    <button
                                        type="submit"
                                        class="button button--secondary button--small"
                                        name="do"
                                        value="use_template:"
                                    >
                                        {tr("editor-template-use")}
                                        <span class="visually-hidden" lang=content_lang()>{format!(" \u{2013} {title}")}</span>
                                    </button>
                                </form>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h2 class="heading-m">{tr("editor-template-nothing")}</h2>
        }
    })
}
