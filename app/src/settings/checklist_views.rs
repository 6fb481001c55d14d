//! The reviewer's checklist page (site admins): each item's words, its place in the list, and
//! a new item. Plain forms: it works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{ChecklistItem, ChecklistPage as PageData, load_checklist};
use super::{CHECKLIST_PATH, SETTINGS_PATH};
use crate::components::{
    ErrorMessage, ErrorSummary, PageTitle, PostedForm, TextArea, TextAreaField, content_lang, href,
    tr, tr_with,
};
use crate::domain::interface_text::TextArg;
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn ChecklistPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let page = Resource::new(|| (), |_| load_checklist());
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <ChecklistView page posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

/// One item: its words in a box of its own, saved, moved or removed by its buttons.
fn item_form(
    item: ChecklistItem,
    number: usize,
    count: usize,
    posted: &PostedForm,
) -> impl IntoView + use<> {
    let language = crate::components::use_language();
    let field = format!("text-{}", item.id);
    let error = posted
        .errors
        .iter()
        .find(|e| e.target_id == field)
        .map(|e| e.message_in(language));
    let value = posted.value(&field).unwrap_or(&item.text).to_string();
    let error_id = format!("{field}-error");
    // Fluent trims a message's leading space: the gap after the button's word is put back here.
    let whose = format!(
        " {}",
        tr_with("checklist-edit-whose", &[("number", TextArg::from(number))])
    );
    let hidden = move || view! { <span class="visually-hidden">{whose.clone()}</span> };
    view! {
        <li class="checklist-editor__item">
            <form method="post" action=href(CHECKLIST_PATH) novalidate>
                <input type="hidden" name="item" value=item.id.to_string() />
                <div class=if error.is_some() { "form-group form-group--error" } else { "form-group" }>
                    <label class="label label--s" for=field.clone()>
                        {tr_with("checklist-edit-item", &[("number", TextArg::from(number))])}
                    </label>
                    {error.clone().map(|message| view! { <ErrorMessage id=error_id.clone() message /> })}
                    <TextArea
                        value
                        attr:class=if error.is_some() { "textarea textarea--error" } else { "textarea" }
                        attr:id=field.clone()
                        attr:name="text"
                        attr:rows="3"
                        attr:lang=content_lang()
                        attr:aria-describedby=error.is_some().then_some(error_id.clone())
                    />
                </div>
                <div class="button-group">
                    <button type="submit" class="button button--secondary button--small" name="action" value="save">
                        {tr("checklist-edit-save")} {hidden()}
                    </button>
                    {(number > 1).then(|| view! {
                        <button type="submit" class="button button--secondary button--small" name="action" value="up">
                            {tr("checklist-edit-up")} {hidden()}
                        </button>
                    })}
                    {(number < count).then(|| view! {
                        <button type="submit" class="button button--secondary button--small" name="action" value="down">
                            {tr("checklist-edit-down")} {hidden()}
                        </button>
                    })}
                    <button type="submit" class="button button--warning button--small" name="action" value="remove">
                        {tr("checklist-edit-remove")} {hidden()}
                    </button>
                </div>
            </form>
        </li>
    }
}

#[component]
fn ChecklistView(page: PageData, posted: PostedForm) -> impl IntoView {
    let saved = use_query_map().read_untracked().get("saved").is_some();
    let errors = posted.errors.clone();
    let problem = posted.problem.clone();
    let has_errors = !errors.is_empty() || problem.is_some();
    let count = page.items.len();
    let items = if page.items.is_empty() {
        view! { <p class="body">{tr("checklist-edit-none")}</p> }.into_any()
    } else {
        view! {
            <ol class="checklist-editor">
                {page
                    .items
                    .into_iter()
                    .enumerate()
                    .map(|(at, item)| item_form(item, at + 1, count, &posted))
                    .collect_view()}
            </ol>
        }
        .into_any()
    };
    let add = if count < page.most {
        view! {
            <h2 class="heading-m">{tr("checklist-edit-add-heading")}</h2>
            <form method="post" action=href(CHECKLIST_PATH) novalidate>
                <TextAreaField
                    name="new_text"
                    label=tr("checklist-edit-add-label")
                    hint=tr("checklist-edit-add-hint")
                    posted=posted.clone()
                    rows=2
                />
                <button type="submit" class="button" name="action" value="add">{tr("checklist-edit-add")}</button>
            </form>
        }
        .into_any()
    } else {
        view! {
            <p class="body">{tr_with("checklist-edit-full", &[("most", TextArg::from(page.most))])}</p>
        }
        .into_any()
    };
    view! {
        <PageTitle text=tr("checklist-edit-title") error=has_errors />
        <StaffBar staff=page.staff />
        <a href=href(SETTINGS_PATH) class="back-link">{tr("checklist-edit-back")}</a>
        <ErrorSummary errors=errors problem=Signal::derive(move || problem.clone()) />
        {saved.then(|| view! {
            <div class="notification" role="status">
                <p class="body">{tr("checklist-edit-saved")}</p>
            </div>
        })}
        <h1 class="heading-xl">{tr("checklist-edit-title")}</h1>
        <p class="body">{tr("checklist-edit-about")}</p>
        {items}
        {add}
    }
}
