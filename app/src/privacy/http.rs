//! The personal data page's form.

use axum::{
    extract::{Path, Request, State},
    response::Response,
};

use crate::builder::http::staff_form;
use crate::domain::answers::{posted_value, posted_values};
use crate::render::render_refused;
use crate::staff::http::see_other;
use crate::state::AppState;

/// Saves a consultation's privacy notice, retention period and personal data questions.
pub async fn post_personal_data(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let here = match crate::domain::Slug::parse(&slug) {
        Some(slug) => super::personal_data_path(slug.as_str()),
        None => "/staff".to_string(),
    };
    let (staff, parts, fields) = match staff_form(&state, request, &here).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    let input = super::service::PersonalDataInput {
        notice: posted_value(&fields, "notice"),
        retention: posted_value(&fields, "retention"),
        marked: posted_values(&fields, "personal")
            .into_iter()
            .map(str::to_string)
            .collect(),
    };
    match super::service::save(&state.db, &staff, &slug, input, chrono::Utc::now()).await {
        Ok(()) => see_other(&format!("{here}?saved=1")),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}

/// The requests page's forms: `action` find (the page again, listing what the address gave),
/// download (the CSV) or erase (then the page again, saying how many went).
pub async fn post_requests(State(state): State<AppState>, request: Request) -> Response {
    use axum::http::{StatusCode, header};
    use axum::response::IntoResponse;

    use crate::components::PostedForm;
    use crate::domain::permissions::{Action, Target};
    use crate::render::{render_refused, render_with_posted_form};

    let here = super::REQUESTS_PATH;
    let (staff, parts, fields) = match staff_form(&state, request, here).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    // Who may is asked before anything about the form.
    if let Err(error) = staff.ensure(Action::SubjectRequests, Target::Site) {
        return render_refused(state, parts, &error, Vec::new()).await;
    }
    let email = posted_value(&fields, "email").to_string();
    let now = chrono::Utc::now();
    match posted_value(&fields, "action") {
        "find" => match crate::domain::personal_data::parse_email(&email) {
            Ok(email) => {
                let posted = PostedForm {
                    values: vec![("email".to_string(), email)],
                    ..PostedForm::default()
                };
                render_with_posted_form(state, parts, posted, StatusCode::OK).await
            }
            Err(id) => {
                let error = crate::error::AppError::Invalid(vec![crate::domain::FieldError::said(
                    "email", id,
                )]);
                render_refused(state, parts, &error, fields).await
            }
        },
        "download" => match super::requests::export(&state.db, &staff, &email, now).await {
            Ok(csv) => {
                let name = format!(
                    "responses-by-email-{}.csv",
                    crate::domain::uk_time::uk_day_key(now)
                );
                (
                    [
                        (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                        (
                            header::CONTENT_DISPOSITION,
                            format!("attachment; filename=\"{name}\""),
                        ),
                        (header::CACHE_CONTROL, "no-store".to_string()),
                    ],
                    csv,
                )
                    .into_response()
            }
            Err(error) => render_refused(state, parts, &error, fields).await,
        },
        "erase" => {
            let reason = posted_value(&fields, "reason");
            match super::requests::erase(&state.db, &staff, &email, reason, now).await {
                Ok(consultations) => {
                    // Open dashboards count them out now.
                    let mut touched = consultations.clone();
                    touched.sort_unstable();
                    touched.dedup();
                    for id in touched {
                        state.live.response_stored(id).await;
                    }
                    see_other(&format!("{here}?erased={}", consultations.len()))
                }
                Err(error) => render_refused(state, parts, &error, fields).await,
            }
        }
        _ => {
            let error = crate::error::AppError::BadRequest(crate::domain::interface_text::english(
                "requests-unknown-action",
            ));
            render_refused(state, parts, &error, Vec::new()).await
        }
    }
}
