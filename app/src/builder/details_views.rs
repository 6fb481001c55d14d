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
};
use crate::domain::consultation_details::MAX_SUMMARY_CHARS;
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn NewConsultationPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let form = Resource::new(|| (), |_| load_new_consultation_form());
    view! {
        <Suspense fallback=|| view! { <p class="body">"Loading…"</p> }>
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
        <PageTitle text="Create a consultation".to_string() error=has_errors />
        <StaffBar staff=form.staff />
        <a href="/staff" class="back-link">
            "All consultations"
        </a>
        <ErrorSummary errors=RwSignal::new(posted.errors.clone()) problem=RwSignal::new(posted.problem.clone()) />
        <h1 class="heading-xl">"Create a consultation"</h1>
        <p class="body">
            "It is saved as a draft: only staff can see it until it is published."
        </p>
        <TemplateChoices templates=form.templates />
        <DetailsForm
            action=super::NEW_CONSULTATION_PATH.to_string()
            departments=form.departments
            posted
            slug_fixed=false
            button="Create draft consultation"
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
        <Suspense fallback=|| view! { <p class="body">"Loading…"</p> }>
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
    let back = format!("/staff/consultations/{}/questionnaire", form.slug);
    let action = format!("/staff/consultations/{}/details", form.slug);
    let posted = posted.unwrap_or(PostedForm {
        values: form.values,
        ..PostedForm::default()
    });
    view! {
        <PageTitle text=format!("Change the details: {}", form.title) error=has_errors />
        <StaffBar staff=form.staff />
        <a href=back class="back-link">
            "Back to the questionnaire"
        </a>
        <ErrorSummary errors=RwSignal::new(posted.errors.clone()) problem=RwSignal::new(posted.problem.clone()) />
        <span class="caption-l">{form.title}</span>
        <h1 class="heading-xl">"Change the details"</h1>
        <DetailsForm
            action
            departments=form.departments
            posted
            slug_fixed=form.public
            button="Save details"
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
    button: &'static str,
) -> impl IntoView {
    let departments = departments
        .into_iter()
        .map(|d| (d.id.to_string(), d.name))
        .collect();
    let summary_hint = format!(
        "One or two sentences, shown in the list of consultations. Up to {MAX_SUMMARY_CHARS} characters."
    );
    let slug = if slug_fixed {
        let value = posted.value("slug").unwrap_or_default().to_string();
        view! {
            <div class="form-group">
                <p class="label label--s">"Web address"</p>
                <p class="body">{format!("/consultations/{value}")}</p>
                <div class="hint">"It cannot change once the consultation is public: links to it would break."</div>
                <input type="hidden" name="slug" value=value />
            </div>
        }
            .into_any()
    } else {
        view! {
            <InputField
                name="slug"
                label="Web address"
                hint="Leave blank to make it from the title. Lower-case letters, numbers and hyphens: for example, library-opening-hours becomes /consultations/library-opening-hours."
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
                {button}
            </button>
            <h2 class="heading-m">"About the consultation"</h2>
            <InputField name="title" label="Title" posted=posted.clone() />
            {slug}
            <TextAreaField name="summary" label="Summary" hint=summary_hint rows=3 posted=posted.clone() />
            <TextAreaField
                name="body"
                label="What the consultation is about"
                hint="What is proposed, why, and what people's answers can change. You can use Markdown: ## for a heading, - for a list, **bold**, [link text](https://www.example.gov.uk)."
                rows=12
                posted=posted.clone()
            />
            <button type="submit" class="button button--secondary" name="do" value="preview_body">
                "Preview the description"
            </button>
            {body_preview(&posted)}
            <SelectField
                name="department"
                label="Department"
                choices=departments
                prompt="Choose a department"
                posted=posted.clone()
            />
            <h2 class="heading-m">"Who to contact"</h2>
            <InputField
                name="contact_name"
                label="Contact name"
                hint="A person or a team, for example the Libraries team."
                width="input--width-30"
                posted=posted.clone()
            />
            <InputField
                name="contact_email"
                label="Contact email address"
                input_type="email"
                autocomplete="off"
                spellcheck="false"
                width="input--width-30"
                posted=posted.clone()
            />
            <h2 class="heading-m">"When it is open"</h2>
            <DateTimeField
                prefix="opens"
                date_legend="Opening date"
                time_label="Opening time"
                date_hint="UK time. For example, 1 6 2027"
                posted=posted.clone()
            />
            <DateTimeField
                prefix="closes"
                date_legend="Closing date"
                time_label="Closing time"
                date_hint="UK time. For example, 31 8 2027"
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
            <h2 class="heading-l" id="body-preview-heading">"Preview of the description"</h2>
            <p class="hint">"As it will appear on the consultation page. Nothing has been saved yet."</p>
            <div class="prose" inner_html=html></div>
        </section>
    })
}

/// "Start from a template": each template with a button that makes a draft copy of it in the
/// member's own department (a plain form post to the template's questionnaire address).
#[component]
fn TemplateChoices(templates: Vec<(String, String, String)>) -> impl IntoView {
    (!templates.is_empty()).then(|| {
        view! {
            <h2 class="heading-m">"Start from a template"</h2>
            <p class="body">
                "A copy of the template\u{2019}s details and questions, as a new draft in your department. Or fill in the form below to start from nothing."
            </p>
            <ul class="list template-list">
                {templates
                    .into_iter()
                    .map(|(slug, title, department)| {
                        let action = format!("/staff/consultations/{slug}/questionnaire");
                        view! {
                            <li class="template-list__item">
                                <form method="post" action=action>
                                    <span class="template-list__title">{title.clone()}</span>
                                    <span class="hint">{format!(" \u{2013} {department}")}</span>
                                    <button
                                        type="submit"
                                        class="button button--secondary button--small"
                                        name="do"
                                        value="use_template:"
                                    >
                                        "Start from this template"
                                        <span class="visually-hidden">{format!(" \u{2013} {title}")}</span>
                                    </button>
                                </form>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h2 class="heading-m">"Start from nothing"</h2>
        }
    })
}
