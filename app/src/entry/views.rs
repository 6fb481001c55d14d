//! The staff page for entering a response received on paper, by phone or by email. A plain form
//! (no island): every question of the questionnaire on one page, after how and when it arrived.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::api::{EntryForm, entry_path, load_entry_form};
use crate::components::{
    DateField, ErrorMessage, ErrorSummary, PageTitle, PostedForm, TextAreaField, content_lang,
    date_time_text, href, tr, tr_with, use_language,
};
use crate::domain::interface_text::TextArg;
use crate::domain::staff_entry::{CHANNEL_FIELD, CHANNELS, FORM_TOKEN_FIELD, LATE_REASON_FIELD};
use crate::respond::views::QuestionField;
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn EntryPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let form = Resource::new(slug, load_entry_form);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("staff-entry-loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(form.await, |form| view! { <EntryView form posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

/// "How did the response arrive?": GOV.UK radios.
#[component]
fn ChannelField(posted: PostedForm) -> impl IntoView {
    let error = posted
        .errors
        .iter()
        .find(|e| e.field == CHANNEL_FIELD)
        .map(|e| e.message_in(use_language()));
    let chosen = posted.value(CHANNEL_FIELD).unwrap_or_default().to_string();
    let group = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let described = error.as_ref().map(|_| format!("{CHANNEL_FIELD}-error"));
    let items = CHANNELS
        .iter()
        .map(|(code, label)| {
            let id = format!("{CHANNEL_FIELD}-{code}");
            view! {
                <div class="radios__item">
                    <input
                        class="radios__input"
                        id=id.clone()
                        name=CHANNEL_FIELD
                        type="radio"
                        value=*code
                        checked=chosen == *code
                    />
                    <label class="label radios__label" for=id>
                        {tr(label)}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=group>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend fieldset__legend--s">{tr("staff-entry-channel-legend")}</legend>
                {error.map(|message| view! { <ErrorMessage id=format!("{CHANNEL_FIELD}-error") message /> })}
                <div class="radios">{items}</div>
            </fieldset>
        </div>
    }
}

#[component]
fn EntryView(form: EntryForm, posted: PostedForm) -> impl IntoView {
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    let (errors, problem) = (posted.errors.clone(), posted.problem.clone());
    let field_errors = RwSignal::new(posted.errors.clone());
    let responses = href(&format!("/staff/consultations/{}/responses", form.slug));
    let when = [("when", TextArg::from(date_time_text(form.closes_at)))];
    let closing = if form.closed {
        tr_with("staff-entry-closed", &when)
    } else {
        tr_with("staff-entry-closes", &when)
    };
    let rendered = form.rendered.clone();
    let questions = form
        .questionnaire
        .pages
        .into_iter()
        .enumerate()
        .map(|(n, page)| {
            // A page's own title is the consultation's words; "Page 2" is the interface's.
            let heading_lang = page.title.as_ref().and_then(|_| content_lang());
            let heading = page
                .title
                .unwrap_or_else(|| tr_with("page-number", &[("number", TextArg::from(n + 1))]));
            let fields = page
                .questions
                .into_iter()
                .map(|question| {
                    let help_html = rendered
                        .iter()
                        .find(|(id, _)| *id == question.id)
                        .map(|(_, html)| html.clone());
                    view! { <QuestionField question errors=field_errors posted=posted.clone() help_html /> }
                })
                .collect_view();
            view! {
                <h3 class="heading-m" lang=heading_lang>{heading}</h3>
                {fields}
            }
        })
        .collect_view();
    view! {
        <PageTitle text=tr_with("staff-entry-title", &[("title", TextArg::from(form.title.clone()))]) error=has_errors />
        <StaffBar staff=form.staff />
        <a href=responses class="back-link">
            {tr("staff-entry-all-responses")}
        </a>
        <ErrorSummary errors=Signal::derive(move || errors.clone()) problem=Signal::derive(move || problem.clone()) />
        <span class="caption-l" lang=content_lang()>{form.title.clone()}</span>
        <h1 class="heading-xl">{tr("staff-entry-heading")}</h1>
        <p class="body">{tr("staff-entry-intro")}</p>
        <p class="body">{closing}</p>
        <form method="post" action=href(&entry_path(&form.slug)) novalidate>
            <input type="hidden" name=FORM_TOKEN_FIELD value=form.form_token />
            <h2 class="heading-l">{tr("staff-entry-about")}</h2>
            <ChannelField posted=posted.clone() />
            <DateField prefix="received" legend=tr("staff-entry-received-legend") posted=posted.clone() hint=tr("staff-entry-received-hint") />
            <TextAreaField
                name=LATE_REASON_FIELD
                label=tr("staff-entry-late-reason-label")
                hint=tr("staff-entry-late-reason-hint")
                posted=posted.clone()
                rows=3
            />
            <h2 class="heading-l">{tr("staff-entry-answers")}</h2>
            <p class="body">{tr("staff-entry-answers-about")}</p>
            {questions}
            <button type="submit" class="button" data-module="button">
                {tr("staff-entry-save")}
            </button>
        </form>
    }
}
