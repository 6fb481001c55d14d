//! The related documents: the staff page that manages them (plain forms, no island) and the list
//! on the consultation page.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{DocumentsPage, RelatedDocument, documents_path, load_documents_page};
use crate::components::{ErrorSummary, FileField, InputField, PageTitle, PostedForm};
use crate::domain::documents::{ACCEPTED_EXTENSIONS, MAX_DOCUMENTS, MAX_FILE_BYTES};
use crate::staff::views::{StaffBar, staff_view};

/// One document as a list shows it: its link, then what it is ("PDF, 1.2 MB" or the site it is
/// on), as GOV.UK lists attachments.
#[component]
fn DocumentLink(document: RelatedDocument) -> impl IntoView {
    view! {
        <a class="document-list__link" href=document.href>
            {document.title}
        </a>
        <span class="document-list__about">{document.about}</span>
    }
}

/// "Related documents" on the consultation page (nothing when there are none).
#[component]
pub fn RelatedDocumentsList(documents: Vec<RelatedDocument>) -> impl IntoView {
    (!documents.is_empty()).then(|| {
        view! {
            <section aria-labelledby="documents-heading">
                <h2 class="heading-l" id="documents-heading">
                    "Related documents"
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
fn move_button(direction: &str, id: i64, text: &'static str, hidden: String) -> impl IntoView {
    view! {
        <button
            type="submit"
            class="button button--secondary button--small"
            name="do"
            value=format!("{direction}:{id}")
        >
            {text}
            <span class="visually-hidden">{hidden}</span>
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
        <Suspense fallback=|| view! { <p class="body">"Loading…"</p> }>
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
fn done_message(code: &str) -> Option<&'static str> {
    Some(match code {
        "link-added" => "Link added. It is listed on the consultation page.",
        "file-added" => "File uploaded. It is listed on the consultation page.",
        "removed" => "Document removed.",
        "moved" => "Document moved.",
        "gone" => "Someone had already removed that document: this is the list as it is now.",
        _ => return None,
    })
}

#[component]
fn DocumentsView(page: DocumentsPage, posted: PostedForm) -> impl IntoView {
    let action = documents_path(&page.slug);
    let back = format!("/staff/consultations/{}/questionnaire", page.slug);
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
                    {format!("Remove \u{201c}{}\u{201d}?", document.title)}
                </h2>
                <p class="body">
                    "It will no longer be listed on the consultation page, and its link will stop working."
                </p>
                <form method="post" action=action.clone() class="button-group">
                    <button
                        type="submit"
                        class="button button--warning"
                        name="do"
                        value=format!("remove:{}", document.id)
                    >
                        "Yes, remove it"
                    </button>
                    <a class="link" href=action.clone()>
                        "No, keep it"
                    </a>
                </form>
            </div>
        }
    });
    let list = if page.documents.is_empty() {
        view! { <p class="body">"There are no related documents yet."</p> }.into_any()
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
                                    {(index > 0).then(|| move_button("up", id, "Move up", hidden.clone()))}
                                    {(index + 1 < count)
                                        .then(|| move_button("down", id, "Move down", hidden.clone()))}
                                    <a class="link" href=remove>
                                        "Remove"
                                        <span class="visually-hidden">{hidden.clone()}</span>
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
    let file_hint = format!(
        "PDF, Word, OpenDocument, Excel, CSV, or an image (PNG, JPEG, GIF or WebP), up to {} MB. A larger document can be added as a link.",
        MAX_FILE_BYTES / (1024 * 1024)
    );
    view! {
        <PageTitle text=format!("Related documents: {}", page.title) error=has_errors />
        <StaffBar staff=page.staff />
        <a href=back class="back-link">
            "Back to the questionnaire"
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
        <span class="caption-l">{page.title}</span>
        <h1 class="heading-xl">"Related documents"</h1>
        <p class="body">
            {format!(
                "Listed on the consultation page in this order, under \u{201c}Related documents\u{201d}. Changes show there at once. Up to {MAX_DOCUMENTS} documents."
            )}
        </p>
        {list}
        <h2 class="heading-m">"Add a link"</h2>
        <p class="body">"To a document or page on another website, such as the council\u{2019}s own."</p>
        <form method="post" action=action.clone() novalidate>
            <InputField name="link_title" label="Title" hint="What the document is, for example Draft library strategy 2027 to 2030." posted=posted.clone() />
            <InputField
                name="url"
                label="Web address"
                hint="For example, https://www.example.gov.uk/library-strategy.pdf"
                input_type="url"
                spellcheck="false"
                posted=posted.clone()
            />
            <button type="submit" class="button" name="do" value="add_link">
                "Add link"
            </button>
        </form>
        <h2 class="heading-m">"Upload a file"</h2>
        <form method="post" action=action enctype="multipart/form-data" novalidate>
            <InputField name="file_title" label="Title" hint="What the document is, for example Map of the proposed route." posted=posted.clone() />
            <FileField name="file" label="File" hint=file_hint accept=ACCEPTED_EXTENSIONS posted />
            <input type="hidden" name="do" value="upload" />
            <button type="submit" class="button">
                "Upload file"
            </button>
        </form>
    }
}
