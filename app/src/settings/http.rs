//! The site settings form.

use axum::{
    extract::{Request, State},
    response::Response,
};

use super::SETTINGS_PATH;
use crate::builder::http::staff_form;
use crate::domain::answers::{posted_value, posted_values};
use crate::domain::permissions::{Action, Target};
use crate::render::render_refused;
use crate::staff::http::see_other;
use crate::state::AppState;

pub async fn post_settings(State(state): State<AppState>, request: Request) -> Response {
    let (staff, parts, fields) = match staff_form(&state, request, SETTINGS_PATH).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    // Who may is asked before anything about the form.
    if let Err(error) = staff.ensure(Action::ManageSiteSettings, Target::Site) {
        return render_refused(state, parts, &error, Vec::new()).await;
    }
    let now = chrono::Utc::now();
    // The typed settings first, each refused before anything after it changes (one saved before
    // a refused one stays saved). A form without a field (an older page) leaves that setting
    // alone.
    if !posted_values(&fields, "minimum_weeks").is_empty()
        && let Err(error) = super::service::set_minimum_weeks(
            &state.db,
            &staff,
            posted_value(&fields, "minimum_weeks"),
            now,
        )
        .await
    {
        return render_refused(state, parts, &error, fields).await;
    }
    if !posted_values(&fields, "council_name").is_empty() {
        match super::identity::save(&state.db, &staff, &fields, now).await {
            // This server's pages show it at once; the others on their next round. Read again,
            // not the identity saved: a logo changed meanwhile is not put back.
            Ok(_) => refresh_identity(&state).await,
            Err(error) => return render_refused(state, parts, &error, fields).await,
        }
    }
    if !posted_values(&fields, "default_retention").is_empty()
        && let Err(error) = super::service::set_default_retention(
            &state.db,
            &staff,
            posted_value(&fields, "default_retention"),
            now,
        )
        .await
    {
        return render_refused(state, parts, &error, fields).await;
    }
    if !posted_values(&fields, "privacy_template").is_empty()
        && let Err(error) = super::service::set_privacy_template(
            &state.db,
            &staff,
            posted_value(&fields, "privacy_template"),
            now,
        )
        .await
    {
        return render_refused(state, parts, &error, fields).await;
    }
    let required = posted_value(&fields, "require_two_factor") == "yes";
    match super::service::set_two_factor_required(&state.db, &staff, required, now).await {
        Ok(()) => see_other(&format!("{SETTINGS_PATH}?saved=1")),
        Err(error) => render_refused(state, parts, &error, Vec::new()).await,
    }
}

/// The reviewer's checklist: each button posts its change (`action`) and its item (`item`).
pub async fn post_checklist(State(state): State<AppState>, request: Request) -> Response {
    use super::CHECKLIST_PATH;
    use super::checklist::{Change, change, text_field};
    let (staff, parts, fields) = match staff_form(&state, request, CHECKLIST_PATH).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    if let Err(error) = staff.ensure(Action::ManageSiteSettings, Target::Site) {
        return render_refused(state, parts, &error, Vec::new()).await;
    }
    let Some(asked) = Change::parse(
        posted_value(&fields, "action"),
        posted_value(&fields, "item"),
    ) else {
        let error = crate::error::AppError::BadRequest(crate::domain::interface_text::english(
            "checklist-unknown-change",
        ));
        return render_refused(state, parts, &error, Vec::new()).await;
    };
    // Each item's box is named for it, so a refused change comes back in the box it was typed in.
    let field = text_field(asked);
    let typed = match asked {
        Change::Save(_) => posted_value(&fields, "text"),
        _ => posted_value(&fields, "new_text"),
    }
    .to_string();
    match change(&state.db, &staff, asked, &typed, chrono::Utc::now()).await {
        Ok(()) => see_other(&format!("{CHECKLIST_PATH}?saved=1")),
        Err(error) => render_refused(state, parts, &error, vec![(field, typed)]).await,
    }
}

/// The logo page's forms: "Upload" (a multipart form with the file) and "Remove" (`do=remove`).
pub async fn post_logo(State(state): State<AppState>, request: Request) -> Response {
    use super::LOGO_PATH;
    use crate::documents::http::{is_multipart, read_upload};
    use crate::domain::site_logo::{check_logo, logo_too_large, name_first};
    let (parts, body) = request.into_parts();
    let now = chrono::Utc::now();
    if !is_multipart(&parts) {
        let request = Request::from_parts(parts, body);
        let (staff, parts, fields) = match staff_form(&state, request, LOGO_PATH).await {
            Ok(form) => form,
            Err(response) => return response,
        };
        if let Err(error) = staff.ensure(Action::ManageSiteSettings, Target::Site) {
            return render_refused(state, parts, &error, Vec::new()).await;
        }
        if posted_value(&fields, "do") != "remove" {
            let error = crate::error::AppError::BadRequest(crate::domain::interface_text::english(
                "staff-unknown-button",
            ));
            return render_refused(state, parts, &error, Vec::new()).await;
        }
        return match super::logo::remove(&state.db, &staff, now).await {
            Ok(_) => {
                refresh_identity(&state).await;
                see_other(&format!("{LOGO_PATH}?done=removed"))
            }
            Err(error) => render_refused(state, parts, &error, Vec::new()).await,
        };
    }
    let staff = match crate::staff::api::staff_from_headers(&state, &parts.headers).await {
        Ok(Some(staff)) => staff,
        Ok(None) => return see_other(&format!("/staff/sign-in?next={LOGO_PATH}")),
        Err(error) => return crate::builder::http::error_response(error),
    };
    // Only site admins get as far as sending the file's bytes to memory.
    if let Err(error) = staff.ensure(Action::ManageSiteSettings, Target::Site) {
        return render_refused(state, parts, &error, Vec::new()).await;
    }
    let upload = match read_upload(&parts, body).await {
        Ok(upload) => upload,
        Err(response) => return response,
    };
    let checked = match upload.file {
        // The name is the logo's text for whoever cannot see it.
        _ if state.identity.get().council_name.is_empty() => Err(name_first()),
        _ if upload.cut_off => Err(logo_too_large()),
        None => Err(crate::domain::documents::select_a_file()),
        Some((name, bytes)) => check_logo(&name, &bytes).map(|logo| (logo, bytes)),
    };
    let saved = match checked {
        Ok((logo, bytes)) => super::logo::save(&state.db, &staff, logo, bytes, now).await,
        Err(error) => Err(crate::error::AppError::Invalid(vec![error])),
    };
    match saved {
        Ok(_) => {
            refresh_identity(&state).await;
            see_other(&format!("{LOGO_PATH}?done=uploaded"))
        }
        Err(error) => render_refused(state, parts, &error, Vec::new()).await,
    }
}

/// This server's pages show a new logo at once (the others on their next clock round). A failed
/// read leaves it to that round.
async fn refresh_identity(state: &AppState) {
    if let Ok(identity) = super::identity::load(&state.db).await {
        state.identity.set(identity);
    }
}

/// The logo, for every page's header: anyone may fetch it. Its address names its bytes, so
/// browsers keep it for a year; an address that is not the current logo's is not found.
pub async fn get_logo(
    State(state): State<AppState>,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Response {
    use axum::http::{HeaderValue, StatusCode, header};
    use axum::response::IntoResponse;
    let not_found = || {
        crate::render::refuse(
            StatusCode::NOT_FOUND,
            &crate::domain::interface_text::english("site-logo-gone"),
        )
    };
    let Some((version, file_type)) = crate::domain::site_logo::parse_logo_file(&file) else {
        return not_found();
    };
    let bytes = match super::logo::file(&state.db, version, file_type).await {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return not_found(),
        Err(error) => return crate::builder::http::error_response(error),
    };
    let mut response = axum::body::Body::from(bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(file_type.media_type()),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    response
}
