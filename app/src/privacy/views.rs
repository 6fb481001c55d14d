//! The public privacy notice, and the staff page that sets it with the consultation's personal
//! data questions and retention period. Plain pages and forms: they work without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{
    PersonalDataPage as PageData, PrivacyNotice, load_personal_data, load_privacy_notice,
};
use super::personal_data_path;
use crate::components::{
    ErrorPage, ErrorSummary, InputField, PageTitle, PostedForm, TextAreaField, content_lang,
    date_time_text, href, tr, tr_with,
};
use crate::domain::interface_text::TextArg;
use crate::staff::views::{StaffBar, staff_view};

/// A consultation's privacy notice, as the public reads it.
#[component]
pub fn PrivacyNoticePage() -> impl IntoView {
    let params = use_params_map();
    let notice = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        load_privacy_notice,
    );
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match notice.await {
                    Ok(notice) => view! { <NoticeView notice /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn NoticeView(notice: PrivacyNotice) -> impl IntoView {
    let mailto = format!("mailto:{}", notice.contact_email);
    let contact = view! {
        <span lang=content_lang()>{notice.contact_name.clone()}</span>
        ", "
        <a href=mailto>{notice.contact_email.clone()}</a>
    };
    let body = if notice.html.is_empty() {
        view! { <p class="body">{tr("privacy-none")} " " {contact} "."</p> }.into_any()
    } else {
        view! {
            <div class="prose" inner_html=notice.html lang=content_lang()></div>
            <h2 class="heading-m">{tr("privacy-questions")}</h2>
            <p class="body">{contact}</p>
        }
        .into_any()
    };
    let title = tr_with(
        "privacy-title",
        &[("title", TextArg::from(notice.title.clone()))],
    );
    view! {
        <PageTitle text=title />
        <a href=href(&format!("/consultations/{}", notice.slug)) class="back-link">
            {tr("back-to-consultation")}
        </a>
        <span class="caption-l" lang=content_lang()>{notice.title}</span>
        <h1 class="heading-xl">{tr("privacy-heading")}</h1>
        {body}
    }
}

/// The link to a consultation's privacy notice, under every form a respondent fills in.
#[component]
pub fn PrivacyLink(slug: String) -> impl IntoView {
    view! {
        <p class="body privacy-link">
            <a href=href(&super::privacy_path(&slug))>{tr("privacy-link")}</a>
        </p>
    }
}

/// A consultation's privacy notice, retention period and personal data questions (staff).
#[component]
pub fn PersonalDataPage() -> impl IntoView {
    let posted = use_context::<PostedForm>();
    let params = use_params_map();
    let page = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        load_personal_data,
    );
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <PersonalDataView page posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

#[component]
fn PersonalDataView(page: PageData, posted: Option<PostedForm>) -> impl IntoView {
    let saved = use_query_map().read_untracked().get("saved").is_some();
    // Nothing posted: the form starts from what is saved.
    let posted = posted.unwrap_or_else(|| {
        let mut values = vec![
            ("notice".to_string(), page.own_notice.clone()),
            (
                "retention".to_string(),
                page.retention_months
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
            ),
        ];
        values.extend(
            page.questions
                .iter()
                .filter(|q| q.marked)
                .map(|q| ("personal".to_string(), q.key.clone())),
        );
        PostedForm {
            values,
            ..PostedForm::default()
        }
    });
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    let when = |at| TextArg::from(date_time_text(at));
    let erasure = match (page.erased_at, page.erase_after) {
        (Some(at), _) => Some(tr_with("personal-data-erased-on", &[("when", when(at))])),
        (None, Some(at)) => Some(tr_with("personal-data-erase-on", &[("when", when(at))])),
        (None, None) => None,
    }
    .map(|text| view! { <div class="inset"><p class="body">{text}</p></div> });
    let template = if page.template_html.is_empty() {
        view! { <p class="body">{tr("personal-data-no-template")}</p> }.into_any()
    } else {
        view! {
            <details class="details">
                <summary class="details__summary">
                    <span class="details__summary-text">{tr("personal-data-template-summary")}</span>
                </summary>
                <div class="details__text prose" inner_html=page.template_html.clone() lang=content_lang()></div>
            </details>
        }
        .into_any()
    };
    let (always, ticked): (Vec<_>, Vec<_>) = page.questions.iter().cloned().partition(|q| q.always);
    let always = (!always.is_empty()).then(|| {
        let items = always
            .into_iter()
            .map(|q| view! { <li>{q.number} ". " <span lang=content_lang()>{q.label}</span></li> })
            .collect_view();
        view! {
            <p class="body">{tr("personal-data-always")}</p>
            <ul class="list list--bullet">{items}</ul>
        }
    });
    let boxes = ticked
        .into_iter()
        .map(|q| {
            let id = format!("personal-{}", q.number);
            let checked = posted.has_value("personal", &q.key);
            view! {
                <div class="checkboxes__item">
                    <input class="checkboxes__input" id=id.clone() name="personal" type="checkbox" value=q.key.clone() checked=checked />
                    <label class="label checkboxes__label" for=id>
                        {q.number} ". " <span lang=content_lang()>{q.label}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    let form = page.writes.then(|| {
        view! {
            <form method="post" action=href(&personal_data_path(&page.slug)) novalidate>
                <h2 class="heading-l">{tr("personal-data-notice-heading")}</h2>
                <p class="body">{tr("personal-data-notice-about")}</p>
                {template}
                <TextAreaField
                    name="notice"
                    label=tr("personal-data-notice-label")
                    hint=tr("personal-data-notice-hint")
                    posted=posted.clone()
                    rows=12
                    lang=content_lang()
                />
                <h2 class="heading-l">{tr("personal-data-heading")}</h2>
                <InputField
                    name="retention"
                    label=tr("personal-data-retention-label")
                    hint=tr("personal-data-retention-hint")
                    posted=posted.clone()
                    width="input--width-4"
                    input_type="text"
                    autocomplete="off"
                />
                <div class="form-group">
                    <fieldset class="fieldset" aria-describedby="personal-hint">
                        <legend class="fieldset__legend fieldset__legend--m">
                            <h3 class="heading-m">{tr("personal-data-questions-legend")}</h3>
                        </legend>
                        <div id="personal-hint" class="hint">{tr("personal-data-questions-hint")}</div>
                        {always}
                        <div class="checkboxes">{boxes}</div>
                    </fieldset>
                </div>
                <button type="submit" class="button">{tr("personal-data-save")}</button>
            </form>
        }
    });
    let read_only = (!page.writes).then(|| {
        let months = page.retention_months.map_or_else(
            || tr("personal-data-not-set"),
            |months| tr_with("personal-data-months", &[("months", TextArg::from(months as usize))]),
        );
        let marked = page
            .questions
            .iter()
            .filter(|q| q.always || q.marked)
            .map(|q| view! { <li>{q.number} ". " <span lang=content_lang()>{q.label.clone()}</span></li> })
            .collect_view();
        view! {
            <p class="body">{tr("personal-data-cannot-change")}</p>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{tr("personal-data-retention-key")}</dt>
                    <dd class="summary-list__value">{months}</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{tr("personal-data-questions-key")}</dt>
                    <dd class="summary-list__value"><ul class="list">{marked}</ul></dd>
                </div>
            </dl>
        }
    });
    let title = tr_with(
        "personal-data-title",
        &[("title", TextArg::from(page.title.clone()))],
    );
    view! {
        <PageTitle text=title error=has_errors />
        <StaffBar staff=page.staff />
        <a href=href(&crate::workflow::review_path(&page.slug)) class="back-link">{tr("personal-data-back")}</a>
        <ErrorSummary errors=RwSignal::new(posted.errors.clone()) problem=RwSignal::new(posted.problem.clone()) />
        {saved.then(|| view! {
            <div class="notification" role="status">
                <p class="body">{tr("personal-data-saved")}</p>
            </div>
        })}
        <span class="caption-l" lang=content_lang()>{page.title}</span>
        <h1 class="heading-xl">{tr("personal-data-heading-page")}</h1>
        {page.public.then(|| view! {
            <p class="body">
                <a href=href(&super::privacy_path(&page.slug))>{tr("personal-data-public-link")}</a>
            </p>
        })}
        {erasure}
        {read_only}
        {form}
    }
}
