//! Who is signed in, and the check every staff server function starts with.

use serde::{Deserialize, Serialize};

/// Who is signed in. Carries no secret: never add the password hash here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffIdentity {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: String,
    /// The department the member works in (site admins may have none).
    pub department_id: Option<i64>,
}

impl StaffIdentity {
    /// What the permission rules need to know of this member.
    pub fn actor(&self) -> crate::domain::permissions::Actor<'_> {
        crate::domain::permissions::Actor {
            role: &self.role,
            department: self.department_id,
        }
    }
}

pub const SESSION_COOKIE: &str = "consult_session";

/// The session token from the request's cookie, if any.
#[cfg(feature = "ssr")]
pub fn session_token(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_string())
}

/// The signed-in staff member, or `Unauthorized`. Every staff server function starts here.
#[cfg(feature = "ssr")]
pub async fn require_staff() -> Result<StaffIdentity, crate::error::AppError> {
    use crate::error::AppError;
    use leptos::prelude::use_context;

    let state = crate::state::app_state()?;
    let parts = use_context::<axum::http::request::Parts>()
        .ok_or_else(|| AppError::internal("context", "request parts missing"))?;
    staff_from_headers(&state.db, &parts.headers)
        .await?
        .ok_or(AppError::Unauthorized)
}

/// The staff member a request's session cookie belongs to, if the session is live: the check
/// behind `require_staff` and every staff form post.
#[cfg(feature = "ssr")]
pub async fn staff_from_headers(
    db: &impl sea_orm::ConnectionTrait,
    headers: &axum::http::HeaderMap,
) -> Result<Option<StaffIdentity>, crate::error::AppError> {
    match session_token(headers) {
        Some(token) => super::service::identify(db, &token, chrono::Utc::now()).await,
        None => Ok(None),
    }
}
