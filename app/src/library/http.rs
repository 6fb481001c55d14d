//! The library page's form post: "Remove from the library" (`do=remove:<id>`).

use axum::{
    extract::{Request, State},
    response::Response,
};

use super::LIBRARY_PATH;
use crate::builder::http::staff_form;
use crate::domain::answers::posted_value;
use crate::error::AppError;
use crate::render::render_refused;
use crate::staff::http::see_other;
use crate::state::AppState;

pub async fn post_library(State(state): State<AppState>, request: Request) -> Response {
    let (staff, parts, fields) = match staff_form(&state, request, LIBRARY_PATH).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    let id = posted_value(&fields, "do")
        .strip_prefix("remove:")
        .and_then(|id| id.parse::<i64>().ok());
    let removed = match id {
        Some(id) => super::service::remove(&state.db, &staff, id).await,
        None => Err(AppError::BadRequest(
            crate::domain::interface_text::english("staff-unknown-button"),
        )),
    };
    match removed {
        Ok(_) => see_other(&format!("{LIBRARY_PATH}?done=removed")),
        // Removed by someone else meanwhile: the library as it is now.
        Err(AppError::NotFound(_)) => see_other(&format!("{LIBRARY_PATH}?done=gone")),
        Err(error) => render_refused(state, parts, &error, Vec::new()).await,
    }
}
