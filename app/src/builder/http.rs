//! The "create a consultation" form's POST (a plain form: the page has no island).

use axum::{
    extract::{Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};

use super::NEW_CONSULTATION_PATH;
use crate::components::PostedForm;
use crate::domain::consultation_details::{DetailsInput, check_details};
use crate::error::AppError;
use crate::render::{read_form, render_with_posted_form};
use crate::staff::api::session_token;
use crate::staff::http::see_other;
use crate::state::AppState;

pub async fn post_new_consultation(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let staff = match session_token(&parts.headers) {
        Some(token) => crate::staff::service::identify(&state.db, &token, chrono::Utc::now()).await,
        None => Ok(None),
    };
    match staff {
        Ok(Some(_)) => {}
        Ok(None) => return see_other(&format!("/staff/sign-in?next={NEW_CONSULTATION_PATH}")),
        Err(error) => return error_response(error),
    }
    let fields = match read_form(&parts.headers, body).await {
        Ok(fields) => fields,
        Err(refusal) => return refusal,
    };
    let departments = match super::service::department_choices(&state.db).await {
        Ok(list) => list.into_iter().map(|d| d.id).collect::<Vec<_>>(),
        Err(error) => return error_response(error),
    };
    let now = chrono::Utc::now();
    let created = match check_details(&DetailsInput::from_fields(&fields), &departments, now) {
        Ok(details) => super::service::create_draft(&state.db, details).await,
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    match created {
        // 303: a refresh of the next page cannot create a second draft.
        Ok(slug) => see_other(&format!(
            "/staff/consultations/{slug}/questionnaire?created=1"
        )),
        Err(error) => {
            let status =
                StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::BAD_REQUEST);
            render_with_posted_form(state, parts, PostedForm::refused(&error, fields), status).await
        }
    }
}

fn error_response(error: AppError) -> Response {
    (
        StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        error.to_string(),
    )
        .into_response()
}
