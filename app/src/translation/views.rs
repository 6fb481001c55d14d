//! "Welsh version": every text of a consultation with a box for its Welsh. A plain form (no
//! island): translators work through it top to bottom and save once.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{WelshVersion, load_welsh_version, welsh_path};
use crate::components::{
    ErrorMessage, ErrorSummary, PageTitle, PostedForm, TextArea, content_lang, href, tr, tr_with,
    use_language,
};
use crate::domain::interface_text::TextArg;
use crate::domain::welsh_content::ContentText;
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn WelshVersionPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let params = use_params_map();
    let saved = use_query_map().read_untracked().get("saved").is_some();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let page = Resource::new(slug, load_welsh_version);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(
                        page.await,
                        |page| view! { <WelshVersionView page posted saved /> }.into_any(),
                    )
                })
            }}
        </Suspense>
    }
}

#[component]
fn WelshVersionView(page: WelshVersion, posted: PostedForm, saved: bool) -> impl IntoView {
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    let (errors, problem) = (posted.errors.clone(), posted.problem.clone());
    let total = page.texts.len();
    let done = page
        .texts
        .iter()
        .filter(|t| !t.welsh.is_empty() && !t.out_of_date)
        .count();
    let stale = page.texts.iter().filter(|t| t.out_of_date).count();
    let boxes = page
        .texts
        .into_iter()
        .map(|text| view! { <WelshBox text posted=posted.clone() /> })
        .collect_view();
    let questionnaire = href(&format!("/staff/consultations/{}/questionnaire", page.slug));
    view! {
        <PageTitle text=tr_with("staff-welsh-title", &[("title", TextArg::from(page.title.clone()))]) error=has_errors />
        <StaffBar staff=page.staff />
        <a href=questionnaire class="back-link">
            {tr("questionnaire-link")}
        </a>
        <ErrorSummary errors=Signal::derive(move || errors.clone()) problem=Signal::derive(move || problem.clone()) />
        {(saved && !has_errors).then(|| view! {
            <div class="notification" role="status" id="welsh-saved">
                <p class="body">{tr("staff-welsh-saved")}</p>
            </div>
        })}
        <span class="caption-l" lang=content_lang()>{page.title.clone()}</span>
        <h1 class="heading-xl">{tr("staff-welsh-heading")}</h1>
        <p class="body">{tr("staff-welsh-intro")}</p>
        <p class="body" data-testid="welsh-progress">
            {tr_with(
                "staff-welsh-progress",
                &[("done", TextArg::from(done)), ("total", TextArg::from(total))],
            )}
            {(stale > 0)
                .then(|| {
                    format!(
                        " {}",
                        tr_with("staff-welsh-stale", &[("count", TextArg::from(stale))]),
                    )
                })}
        </p>
        <form method="post" action=href(&welsh_path(&page.slug)) novalidate>
            {boxes}
            <button type="submit" class="button" data-module="button">
                {tr("staff-welsh-save")}
            </button>
        </form>
    }
}

/// One text: what it is, its English, and a box for its Welsh.
#[component]
fn WelshBox(text: ContentText, posted: PostedForm) -> impl IntoView {
    let name = format!("welsh.{}", text.target);
    let english_id = format!("{name}-english");
    let error_id = format!("{name}-error");
    let error = posted
        .errors
        .iter()
        .find(|e| e.field == name)
        .map(|e| e.message_in(use_language()));
    let value = posted
        .value(&name)
        .map(str::to_string)
        .unwrap_or_else(|| text.welsh.clone());
    let described = match &error {
        Some(_) => format!("{english_id} {error_id}"),
        None => english_id.clone(),
    };
    let rows = if text.markdown { "8" } else { "2" };
    let class = if error.is_some() {
        "textarea textarea--error"
    } else {
        "textarea"
    };
    let group = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    view! {
        <div class=group>
            <label class="label label--s" for=name.clone()>
                {tr_with("staff-welsh-box-label", &[("what", TextArg::from(text.what_in(use_language())))])}
            </label>
            <div class="hint welsh-source" id=english_id>
                {tr("staff-welsh-english")} " " <span lang="en" class="welsh-source__text">{text.english}</span>
            </div>
            {text.out_of_date.then(|| view! {
                <p class="body">
                    <strong class="tag tag--orange">{tr("staff-welsh-english-changed")}</strong>
                </p>
            })}
            {error.map(|message| view! { <ErrorMessage id=error_id message /> })}
            <TextArea
                value
                attr:id=name.clone()
                attr:name=name
                attr:lang="cy"
                attr:rows=rows
                attr:class=class
                attr:aria-describedby=described
                attr:spellcheck="true"
            />
        </div>
    }
}
