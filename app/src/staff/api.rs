//! Who is signed in, and the check every staff server function starts with.

use serde::{Deserialize, Serialize};

use crate::domain::permissions::{Action, Membership, Target};

/// Who is signed in. Carries no secret: never add the password hash here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffIdentity {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    /// Administers everything, in every workspace.
    pub site_admin: bool,
    /// The workspaces the member belongs to, with their role in each.
    pub memberships: Vec<Membership>,
}

impl StaffIdentity {
    /// What the permission rule needs to know of this member.
    pub fn actor(&self) -> crate::domain::permissions::Actor<'_> {
        crate::domain::permissions::Actor {
            staff_id: self.id,
            site_admin: self.site_admin,
            memberships: &self.memberships,
        }
    }

    /// Whether the member may do `action` to `target` (`domain::permissions::can`).
    pub fn can(&self, action: Action, target: Target) -> bool {
        crate::domain::permissions::can(self.actor(), action, target)
    }

    /// `Forbidden` unless the member may do `action` to `target`: the first line of every staff
    /// service that acts on something.
    pub fn ensure(&self, action: Action, target: Target) -> Result<(), crate::error::AppError> {
        if self.can(action, target) {
            Ok(())
        } else {
            Err(crate::error::AppError::Forbidden)
        }
    }
}

/// A workspace the member belongs to, as their account page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountWorkspace {
    pub name: String,
    /// A partner organisation rather than one of the council's departments.
    pub partner: bool,
    pub role: crate::domain::permissions::WorkspaceRole,
}

/// The member's own account page: who they are, where they work, and the forms to change their
/// password and to sign out everywhere.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountPage {
    pub staff: StaffIdentity,
    pub workspaces: Vec<AccountWorkspace>,
    /// Two-factor sign-in is on.
    pub two_factor: bool,
    /// The language of the emails the platform sends them.
    pub email_language: crate::domain::Language,
}

#[leptos::server(endpoint = "load_account")]
pub async fn load_account() -> Result<AccountPage, crate::error::AppError> {
    let staff = require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::account_page(&state.db, staff).await
}

/// The page of a link that sets a password (decision 0035).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SetPasswordPage {
    pub email: String,
    pub name: String,
    /// An invitation to a new account (else a reset of a forgotten password).
    pub invitation: bool,
}

/// Link `token`'s page, if the link still works (anyone may ask: the token is the secret).
#[leptos::server(endpoint = "load_set_password")]
pub async fn load_set_password(token: String) -> Result<SetPasswordPage, crate::error::AppError> {
    let state = crate::state::app_state()?;
    super::links::link_page(&state.db, &token, chrono::Utc::now()).await
}

/// The key an authenticator app is given: as text to type, and as a QR code to scan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TwoFactorKey {
    /// Base 32, in groups of four.
    pub key: String,
    pub qr: Option<QrPicture>,
}

/// A QR code as one SVG path of its dark modules, in a square of `size` modules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QrPicture {
    pub size: usize,
    pub path: String,
}

/// The "Two-factor sign-in" page (decision 0036).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TwoFactorPage {
    /// Signed in (else part-way through signing in to a site that requires two factors).
    pub staff: Option<StaffIdentity>,
    pub during_sign_in: bool,
    pub email: String,
    pub on: bool,
    /// The site requires it of everyone (so it cannot be turned off).
    pub required: bool,
    /// Recovery codes not yet used.
    pub recovery_left: u64,
    /// The key to set up, while it is off.
    pub setup: Option<TwoFactorKey>,
}

/// The two-factor page of whoever is asking: a signed-in staff member, or someone signing in
/// who must set it up first.
#[leptos::server(endpoint = "load_two_factor")]
pub async fn load_two_factor() -> Result<TwoFactorPage, crate::error::AppError> {
    use super::two_factor::{Enroller, enroller, page};
    let state = crate::state::app_state()?;
    let headers = request_headers()?;
    let session = session_token(&headers, state.secure_cookies);
    let challenge = sign_in_token(&headers, state.secure_cookies);
    match enroller(
        &state.db,
        session.as_deref(),
        challenge.as_deref(),
        chrono::Utc::now(),
    )
    .await?
    {
        Some((Enroller::Signed(staff), user)) => page(&state.db, &user, Some(staff)).await,
        Some((Enroller::SigningIn(_), user)) => page(&state.db, &user, None).await,
        None => Err(crate::error::AppError::Unauthorized),
    }
}

/// Whether a sign-in is waiting for its code (else the page says to sign in again).
#[leptos::server(endpoint = "load_sign_in_code")]
pub async fn load_sign_in_code() -> Result<bool, crate::error::AppError> {
    let state = crate::state::app_state()?;
    let headers = request_headers()?;
    let Some(token) = sign_in_token(&headers, state.secure_cookies) else {
        return Ok(false);
    };
    let live = super::two_factor::live_challenge(
        &state.db,
        &token,
        crate::domain::two_factor::SecondStep::Code,
        chrono::Utc::now(),
    )
    .await?;
    Ok(live.is_some())
}

/// The request's headers, from the server function's context.
#[cfg(feature = "ssr")]
fn request_headers() -> Result<axum::http::HeaderMap, crate::error::AppError> {
    leptos::prelude::use_context::<axum::http::request::Parts>()
        .map(|parts| parts.headers)
        .ok_or_else(|| crate::error::AppError::internal("context", "request parts missing"))
}

/// The cookie of a sign-in waiting for its second step (decision 0036), over plain HTTP.
pub const SIGN_IN_COOKIE: &str = "consult_sign_in";
/// Its name over HTTPS (see `SECURE_SESSION_COOKIE`).
pub const SECURE_SIGN_IN_COOKIE: &str = "__Host-consult_sign_in";

pub fn sign_in_cookie_name(secure: bool) -> &'static str {
    if secure {
        SECURE_SIGN_IN_COOKIE
    } else {
        SIGN_IN_COOKIE
    }
}

/// The token of the sign-in under way, from the request's cookie, if any.
#[cfg(feature = "ssr")]
pub fn sign_in_token(headers: &axum::http::HeaderMap, secure: bool) -> Option<String> {
    cookie(headers, sign_in_cookie_name(secure))
}

/// Cookie `wanted`'s value in the request, if it has one.
#[cfg(feature = "ssr")]
fn cookie(headers: &axum::http::HeaderMap, wanted: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == wanted)
        .map(|(_, value)| value.to_string())
}

/// The session cookie's name over plain HTTP (a developer's machine).
pub const SESSION_COOKIE: &str = "consult_session";
/// Its name over HTTPS. Browsers accept a `__Host-` cookie only when it is `Secure`, has
/// `Path=/` and names no domain, so a neighbouring site under the same domain cannot plant one
/// (and sign someone in as the planter).
pub const SECURE_SESSION_COOKIE: &str = "__Host-consult_session";

/// The session cookie's name: the `__Host-` one when cookies are secure.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        SECURE_SESSION_COOKIE
    } else {
        SESSION_COOKIE
    }
}

/// The session token from the request's cookie, if any. With secure cookies only the `__Host-`
/// cookie counts.
#[cfg(feature = "ssr")]
pub fn session_token(headers: &axum::http::HeaderMap, secure: bool) -> Option<String> {
    cookie(headers, session_cookie_name(secure))
}

/// The signed-in staff member, or `Unauthorized`. Every staff server function starts here.
#[cfg(feature = "ssr")]
pub async fn require_staff() -> Result<StaffIdentity, crate::error::AppError> {
    use crate::error::AppError;
    use leptos::prelude::use_context;

    let state = crate::state::app_state()?;
    let parts = use_context::<axum::http::request::Parts>()
        .ok_or_else(|| AppError::internal("context", "request parts missing"))?;
    staff_from_headers(&state, &parts.headers)
        .await?
        .ok_or(AppError::Unauthorized)
}

/// The staff member a request's session cookie belongs to, if the session is live: the check
/// behind `require_staff` and every staff form post.
#[cfg(feature = "ssr")]
pub async fn staff_from_headers(
    state: &crate::state::AppState,
    headers: &axum::http::HeaderMap,
) -> Result<Option<StaffIdentity>, crate::error::AppError> {
    match session_token(headers, state.secure_cookies) {
        Some(token) => super::service::identify(&state.db, &token, chrono::Utc::now()).await,
        None => Ok(None),
    }
}
