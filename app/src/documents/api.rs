//! What the related documents pages show, and the server function that loads the staff page.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::staff::api::StaffIdentity;

/// One related document as a page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RelatedDocument {
    pub id: i64,
    pub title: String,
    /// Where its link goes: the page elsewhere, or this site's download of the file.
    pub href: String,
    /// What follows the link, so people know what they will get: "PDF, 1.2 MB" for a file (with
    /// its name), the site for a link ("www.example.gov.uk"). Written by the page in its language.
    pub about: DocumentAbout,
    /// A file's name as uploaded (`None` for a link).
    pub file_name: Option<String>,
}

/// What a document is, as its list says it after the link.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DocumentAbout {
    /// A link: the site it goes to ("www.example.gov.uk").
    Site(String),
    /// A stored file: its type (`FileType::code`) and size.
    File {
        file_type: String,
        size_bytes: u64,
    },
    Nothing,
}

/// The staff page of a consultation's related documents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentsPage {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    pub documents: Vec<RelatedDocument>,
}

#[server(endpoint = "load_documents_page")]
pub async fn load_documents_page(slug: String) -> Result<DocumentsPage, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    let consultation = crate::builder::service::find_for_building(&state.db, &staff, &slug).await?;
    let documents = super::service::list(&state.db, &consultation).await?;
    Ok(DocumentsPage {
        staff,
        slug: consultation.slug,
        title: consultation.title,
        documents,
    })
}

/// The staff page's address for consultation `slug`.
pub fn documents_path(slug: &str) -> String {
    format!("/staff/consultations/{slug}/documents")
}
