//! The preview pages: the respondent's own form (`respond::views::response_form_view`) showing
//! the questionnaire being built, for staff and for colleagues with a shared link.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{load_shared_preview, load_staff_preview};
use crate::components::{ErrorPage, PageTitle, PostedForm, set_status, tr, use_language};
use crate::domain::interface_text::english_in;
use crate::error::AppError;
use crate::respond::api::ResponseForm;
use crate::respond::views::response_form_view;
use crate::staff::views::staff_view;

/// `?checked=yes`: the answers sent without JavaScript fitted every rule.
fn with_checked(mut form: ResponseForm, checked: bool) -> ResponseForm {
    if let Some(preview) = form.preview.as_mut() {
        preview.checked = checked;
    }
    form
}

#[component]
pub fn StaffPreviewPage() -> impl IntoView {
    let posted = use_context::<PostedForm>();
    let params = use_params_map();
    let query = use_query_map();
    let checked = query.read_untracked().get("checked").is_some();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let form = Resource::new(slug, load_staff_preview);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("editor-loading-preview")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(form.await, |form| {
                        response_form_view(with_checked(form, checked), posted)
                    })
                })
            }}
        </Suspense>
    }
}

#[component]
pub fn SharedPreviewPage() -> impl IntoView {
    let posted = use_context::<PostedForm>();
    let params = use_params_map();
    let query = use_query_map();
    let checked = query.read_untracked().get("checked").is_some();
    let token = move || params.read().get("token").unwrap_or_default();
    let form = Resource::new(token, load_shared_preview);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("editor-loading-preview")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    match form.await {
                        Ok(form) => response_form_view(with_checked(form, checked), posted),
                        // A link that is wrong or has expired says so (the site's usual 404 page
                        // speaks of mistyped addresses).
                        Err(AppError::NotFound(message)) => {
                            set_status(404);
                            view! {
                                <PageTitle text=tr("editor-preview-link-title") />
                                <h1 class="heading-l">{tr("editor-preview-link-title")}</h1>
                                <p class="body">{english_in(use_language(), &message)}</p>
                            }
                                .into_any()
                        }
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
