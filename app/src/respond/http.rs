//! The response form's plain POST (JavaScript off, or failed): store and redirect to the
//! confirmation, or show the form again with the answers kept and the errors listed.

use axum::{
    extract::{Path, Request, State},
    response::{IntoResponse, Redirect, Response},
};

use crate::render::{read_form, render_refused};
use crate::state::AppState;

pub async fn post_response(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let fields = match read_form(&parts.headers, body).await {
        Ok(fields) => fields,
        Err(refusal) => return refusal,
    };
    match super::service::submit(
        &state.db,
        &state.signing_key,
        &slug,
        &fields,
        chrono::Utc::now(),
    )
    .await
    {
        // 303: the browser fetches the confirmation with GET, so a refresh cannot resend.
        Ok(confirmation) => {
            state
                .live
                .response_stored(confirmation.consultation_id)
                .await;
            Redirect::to(&confirmation.path()).into_response()
        }
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}
