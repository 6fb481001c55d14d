//! The related documents: the staff page that manages them (plain forms, no island) and the list
//! on the consultation page.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{
    DocumentAbout, DocumentsPage, RelatedDocument, documents_path, load_documents_page,
};
use crate::components::message_with_content;
use crate::components::{
    ErrorSummary, FileField, InputField, PageTitle, PostedForm, content_lang, href, tr, tr_with,
};
use crate::domain::documents::{ACCEPTED_EXTENSIONS, FileType, MAX_DOCUMENTS, MAX_FILE_BYTES};
use crate::domain::interface_text::TextArg;
use crate::staff::views::{StaffBar, staff_view};

/// One document as a list shows it: its link, then what it is ("PDF, 1.2 MB" or the site it is
/// on), as GOV.UK lists attachments. The title is the consultation's own words, in English (marked
/// so on a Welsh page).
#[component]
fn DocumentLink(document: RelatedDocument) -> impl IntoView {
    view! {
        <a class="document-list__link" href=document.href lang=content_lang()>
            {document.title}
        </a>
        <span class="document-list__about">{about_text(&document.about)}</span>
    }
}

/// What follows a document's link, in the page's language: "PDF, 1.2 MB", or the site.
fn about_text(about: &DocumentAbout) -> String {
    match about {
        DocumentAbout::Site(host) => host.clone(),
        DocumentAbout::File {
            file_type,
            size_bytes,
        } => {
            let size = if *size_bytes < 1024 {
                tr_with(
                    "staff-document-size-bytes",
                    &[("bytes", TextArg::from(*size_bytes))],
                )
            } else {
                crate::domain::documents::size_text(*size_bytes)
            };
            match FileType::from_code(file_type) {
                Some(file_type) => format!("{}, {size}", tr(file_type.name_id())),
                None => size,
            }
        }
        DocumentAbout::Nothing => String::new(),
    }
}

/// "Related documents" on the consultation page (nothing when there are none).
#[component]
pub fn RelatedDocumentsList(documents: Vec<RelatedDocument>) -> impl IntoView {
    (!documents.is_empty()).then(|| {
        view! {
            <section aria-labelledby="documents-heading">
                <h2 class="heading-l" id="documents-heading">
                    {tr("staff-related-documents")}
                </h2>
                <ul class="document-list">
                    {documents
                        .into_iter()
                        .map(|document| {
                            view! {
                                <li class="document-list__item">
                                    <DocumentLink document />
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// "Move up" / "Move down" for document `id` (`hidden`: which one, for screen readers).
fn move_button(direction: &str, id: i64, text: String, hidden: String) -> impl IntoView {
    view! {
        <button
            type="submit"
            class="button button--secondary button--small"
            name="do"
            value=format!("{direction}:{id}")
        >
            {text}
            <span class="visually-hidden" lang=content_lang()>{hidden}</span>
        </button>
    }
}

#[component]
pub fn DocumentsStaffPage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let page = Resource::new(slug, load_documents_page);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(page.await, |page| view! { <DocumentsView page posted /> }.into_any())
                })
            }}
        </Suspense>
    }
}

/// The message after a change (`?done=<code>`).
fn done_message(code: &str) -> Option<String> {
    Some(tr(match code {
        "link-added" => "staff-documents-link-added",
        "file-added" => "staff-documents-file-added",
        "removed" => "staff-documents-removed",
        "moved" => "staff-documents-moved",
        "gone" => "staff-documents-gone",
        _ => return None,
    }))
}

#[component]
fn DocumentsView(page: DocumentsPage, posted: PostedForm) -> impl IntoView {
    let action = href(&documents_path(&page.slug));
    let back = href(&format!("/staff/consultations/{}/questionnaire", page.slug));
    let query = use_query_map();
    let (done, removing) = {
        let q = query.read_untracked();
        let removing = q
            .get("remove")
            .and_then(|id| id.parse::<i64>().ok())
            .and_then(|id| page.documents.iter().find(|d| d.id == id).cloned());
        (q.get("done").and_then(|code| done_message(&code)), removing)
    };
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    let count = page.documents.len();
    // "Remove" asks first (a file removed by a slip of the finger is gone).
    let confirm = removing.map(|document| {
        view! {
            <div class="warning-panel" role="region" aria-labelledby="confirm-heading" id="confirm">
                <h2 class="heading-m" id="confirm-heading">
                    {message_with_content("", "staff-documents-remove-question", &[], "title", document.title.clone())}
                </h2>
                <p class="body">{tr("staff-documents-remove-effect")}</p>
                <form method="post" action=action.clone() class="button-group">
                    <button
                        type="submit"
                        class="button button--warning"
                        name="do"
                        value=format!("remove:{}", document.id)
                    >
                        {tr("staff-documents-yes-remove")}
                    </button>
                    <a class="link" href=action.clone()>
                        {tr("staff-documents-no-keep")}
                    </a>
                </form>
            </div>
        }
    });
    let list = if page.documents.is_empty() {
        view! { <p class="body">{tr("staff-documents-none")}</p> }.into_any()
    } else {
        view! {
            <ol class="document-list document-list--staff">
                {page
                    .documents
                    .into_iter()
                    .enumerate()
                    .map(|(index, document)| {
                        let name = document.title.clone();
                        let id = document.id;
                        let remove = format!("{}?remove={id}#confirm", action);
                        let hidden = format!(" \u{2013} {name}");
                        view! {
                            <li class="document-list__item">
                                <DocumentLink document />
                                <form method="post" action=action.clone() class="document-list__actions">
                                    {(index > 0).then(|| move_button("up", id, tr("staff-documents-move-up"), hidden.clone()))}
                                    {(index + 1 < count)
                                        .then(|| move_button("down", id, tr("staff-documents-move-down"), hidden.clone()))}
                                    <a class="link" href=remove>
                                        {tr("staff-documents-remove")}
                                        <span class="visually-hidden" lang=content_lang()>{hidden.clone()}</span>
                                    </a>
                                </form>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
        .into_any()
    };
    let file_hint = tr_with(
        "staff-documents-file-hint",
        &[("megabytes", TextArg::from(MAX_FILE_BYTES / (1024 * 1024)))],
    );
    view! {
        <PageTitle text=tr_with("staff-documents-title", &[("title", TextArg::from(page.title.clone()))]) error=has_errors />
        <StaffBar staff=page.staff />
        <a href=back class="back-link">
            {tr("back-to-questionnaire")}
        </a>
        <ErrorSummary errors=RwSignal::new(posted.errors.clone()) problem=RwSignal::new(posted.problem.clone()) />
        {done
            .map(|message| {
                view! {
                    <div class="notification" role="status">
                        <p class="body">{message}</p>
                    </div>
                }
            })}
        {confirm}
        <span class="caption-l" lang=content_lang()>{page.title}</span>
        <h1 class="heading-xl">{tr("staff-related-documents")}</h1>
        <p class="body">
            {tr_with("staff-documents-intro", &[("most", TextArg::from(MAX_DOCUMENTS))])}
        </p>
        {list}
        <h2 class="heading-m">{tr("staff-documents-add-link")}</h2>
        <p class="body">{tr("staff-documents-add-link-about")}</p>
        <form method="post" action=action.clone() novalidate>
            <InputField name="link_title" label=tr("staff-documents-title-label") hint=tr("staff-documents-link-title-hint") posted=posted.clone() lang=content_lang() />
            <InputField
                name="url"
                label=tr("staff-documents-url-label")
                hint=tr("staff-documents-url-hint")
                input_type="url"
                spellcheck="false"
                posted=posted.clone()
            />
            <button type="submit" class="button" name="do" value="add_link">
                {tr("staff-documents-add-link-button")}
            </button>
        </form>
        <h2 class="heading-m">{tr("staff-documents-upload")}</h2>
        <form method="post" action=action enctype="multipart/form-data" novalidate>
            <InputField name="file_title" label=tr("staff-documents-title-label") hint=tr("staff-documents-file-title-hint") posted=posted.clone() lang=content_lang() />
            <FileField name="file" label=tr("staff-documents-file-label") hint=file_hint accept=ACCEPTED_EXTENSIONS posted />
            <input type="hidden" name="do" value="upload" />
            <button type="submit" class="button">
                {tr("staff-documents-upload-button")}
            </button>
        </form>
    }
}
