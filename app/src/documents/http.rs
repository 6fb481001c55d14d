//! The related documents page's form posts, and the download of a stored file.
//!
//! The page has three kinds of form, all posting to its own address: "Add a link" and the
//! buttons of each listed document (`do=up:<id>`, `down:<id>`, `remove:<id>`) are ordinary
//! forms; "Upload a file" is a multipart form (the only one on the site).

use axum::{
    body::Body,
    extract::{FromRequest, Multipart, Path, Request, State},
    http::{HeaderValue, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};

use super::api::documents_path;
use crate::builder::http::{error_response, staff_form, staff_page};
use crate::domain::answers::posted_value;
use crate::domain::documents::{self, MAX_FILE_BYTES};
use crate::domain::interface_text::english;
use crate::error::AppError;
use crate::render::{refuse, render_refused};
use crate::staff::api::staff_from_headers;
use crate::staff::http::see_other;
use crate::state::AppState;

/// The largest upload request accepted: the largest file, and room for the form's other fields
/// and the multipart framing. Set on the route (axum's default is 2 MB).
pub const MAX_UPLOAD_REQUEST_BYTES: usize = MAX_FILE_BYTES + 64 * 1024;

/// Back to the documents page, saying what was done. Only to a consultation's own address: a
/// slug that is none (a hostile path, "gone" because it never existed) is not found.
fn done(slug: &str, code: &str) -> Response {
    match crate::domain::slug::Slug::parse(slug) {
        Some(slug) => see_other(&format!("{}?done={code}", documents_path(slug.as_str()))),
        None => refuse(
            StatusCode::NOT_FOUND,
            &english("staff-no-consultation-here"),
        ),
    }
}

pub(crate) fn is_multipart(parts: &Parts) -> bool {
    parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"))
}

pub async fn post_documents(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if is_multipart(&parts) {
        return post_upload(state, slug, parts, body).await;
    }
    let request = Request::from_parts(parts, body);
    let (staff, parts, fields) =
        match staff_form(&state, request, &staff_page(&slug, "documents")).await {
            Ok(form) => form,
            Err(response) => return response,
        };
    let pressed = posted_value(&fields, "do").to_string();
    let result = match pressed.split_once(':') {
        None if pressed == "add_link" => {
            let title = documents::check_title("link_title", posted_value(&fields, "link_title"));
            let url = documents::check_url(posted_value(&fields, "url"));
            match (title, url) {
                (Ok(title), Ok(url)) => {
                    super::service::add_link(&state.db, &staff, &slug, title, url)
                        .await
                        .map(|()| "link-added")
                }
                (title, url) => Err(AppError::Invalid(
                    [title.err(), url.err()].into_iter().flatten().collect(),
                )),
            }
        }
        Some((action @ ("up" | "down" | "remove"), id)) => match id.parse::<i64>() {
            Ok(id) if action == "remove" => super::service::remove(&state.db, &staff, &slug, id)
                .await
                .map(|_| "removed"),
            Ok(id) => super::service::move_document(&state.db, &staff, &slug, id, action == "up")
                .await
                .map(|()| "moved"),
            Err(_) => Err(AppError::BadRequest(english(
                "staff-documents-no-document-there",
            ))),
        },
        _ => Err(AppError::BadRequest(english("staff-unknown-button"))),
    };
    match result {
        Ok(code) => done(&slug, code),
        // Removing or moving what someone else removed meanwhile: the list as it is now.
        Err(AppError::NotFound(_)) if pressed.contains(':') => done(&slug, "gone"),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}

/// What an upload form sent: its text fields and the file's name and bytes, as far as it was read
/// before the size limit cut it off (`cut_off`).
pub(crate) struct Upload {
    pub(crate) fields: Vec<(String, String)>,
    pub(crate) file: Option<(String, Vec<u8>)>,
    pub(crate) cut_off: bool,
}

/// Reads an upload form. Fields are few and short; anything beyond is ignored.
pub(crate) async fn read_upload(parts: &Parts, body: Body) -> Result<Upload, Response> {
    let unreadable = || {
        refuse(
            StatusCode::BAD_REQUEST,
            &english("staff-documents-upload-unreadable"),
        )
    };
    let too_large = |error: &axum::extract::multipart::MultipartError| {
        error.status() == StatusCode::PAYLOAD_TOO_LARGE
    };
    let request = Request::from_parts(parts.clone(), body);
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|_| unreadable())?;
    let mut upload = Upload {
        fields: Vec::new(),
        file: None,
        cut_off: false,
    };
    for _ in 0..10 {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) if too_large(&error) => {
                upload.cut_off = true;
                break;
            }
            Err(_) => return Err(unreadable()),
        };
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().map(str::to_string);
        let read = match file_name {
            Some(file_name) if name == "file" => field
                .bytes()
                .await
                .map(|bytes| upload.file = Some((file_name, Vec::from(bytes)))),
            _ => match field.text().await {
                Ok(text) if text.len() <= 4 * 1024 => {
                    upload.fields.push((name, text));
                    Ok(())
                }
                Ok(_) => return Err(unreadable()),
                Err(error) => Err(error),
            },
        };
        match read {
            Ok(()) => {}
            // Cut off at the size limit: what came before it is kept.
            Err(error) if too_large(&error) => {
                upload.cut_off = true;
                break;
            }
            Err(_) => return Err(unreadable()),
        }
    }
    Ok(upload)
}

/// "Upload a file": checked (title, name, size, and that its contents are what its name says),
/// stored, and back to the list; or the page again with the title kept and what to fix.
async fn post_upload(state: AppState, slug: String, parts: Parts, body: Body) -> Response {
    let staff = match staff_from_headers(&state, &parts.headers).await {
        Ok(Some(staff)) => staff,
        Ok(None) => {
            return see_other(&format!(
                "/staff/sign-in?next={}",
                staff_page(&slug, "documents")
            ));
        }
        Err(error) => return error_response(error),
    };
    // Only the consultation's builders get as far as sending the file's bytes to memory.
    if let Err(error) = crate::builder::service::find_for_building(&state.db, &staff, &slug).await {
        return render_refused(state, parts, &error, Vec::new()).await;
    }
    let upload = match read_upload(&parts, body).await {
        Ok(upload) => upload,
        Err(response) => return response,
    };
    let title = documents::check_title("file_title", posted_value(&upload.fields, "file_title"));
    let file = match upload.file {
        _ if upload.cut_off => Err(documents::too_large()),
        None => Err(documents::select_a_file()),
        Some((name, bytes)) => documents::check_file(&name, &bytes).map(|file| (file, bytes)),
    };
    let stored = match (title, file) {
        (Ok(title), Ok((file, bytes))) => {
            super::service::add_file(&state.db, &staff, &slug, title, file, bytes).await
        }
        (title, file) => Err(AppError::Invalid(
            [title.err(), file.err()].into_iter().flatten().collect(),
        )),
    };
    match stored {
        Ok(()) => done(&slug, "file-added"),
        // The page again: the title as typed (a browser cannot be given the file back).
        Err(error) => {
            let mut values = upload.fields;
            values.retain(|(name, _)| name == "file_title");
            render_refused(state, parts, &error, values).await
        }
    }
}

/// A stored file, as its type and name say: shown in the browser (PDF, images) or downloaded,
/// never run as part of the site. A draft's files are only for its builders.
pub async fn get_document(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, String)>,
    parts: Parts,
) -> Response {
    let not_found = || refuse(StatusCode::NOT_FOUND, &english("staff-documents-gone-here"));
    let Ok(id) = id.parse::<i64>() else {
        return not_found();
    };
    let staff = match staff_from_headers(&state, &parts.headers).await {
        Ok(staff) => staff,
        Err(error) => return error_response(error),
    };
    let file = match super::service::stored_file(&state.db, &slug, id, staff.as_ref()).await {
        Ok(file) => file,
        Err(AppError::NotFound(_)) => return not_found(),
        Err(error) => return error_response(error),
    };
    let header_value = |text: &str| {
        HeaderValue::from_str(text).unwrap_or_else(|_| HeaderValue::from_static("attachment"))
    };
    let mut response = Body::from(file.bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(file.file_type.media_type()),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        header_value(&documents::content_disposition(
            file.file_type,
            &file.file_name,
        )),
    );
    // Public files may be kept a while by browsers and caches; a draft's never.
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if file.public {
            "public, max-age=300"
        } else {
            "private, no-store"
        }),
    );
    // Nothing in a file runs: no scripts, no forms, no requests (PDFs keep the site's policy,
    // under which browsers' own viewers work).
    if file.file_type != documents::FileType::Pdf {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; img-src 'self'; sandbox"),
        );
    }
    response
}
