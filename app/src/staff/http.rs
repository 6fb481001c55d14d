//! Sign-in and sign-out: plain form posts (they work the same with or without JavaScript).

use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

use super::api::{session_cookie_name, session_token, sign_in_cookie_name, sign_in_token};
use super::service::{
    SESSION_LENGTH, SignInOutcome, change_password, identify, sign_in_from, sign_out,
    sign_out_everywhere,
};
use super::two_factor::CodeOutcome;
use super::two_factor_views::{NewRecoveryCodes, SIGN_IN_CODE_PATH};
use super::views::{ACCOUNT_PATH, TWO_FACTOR_PATH};
use crate::components::PostedForm;
use crate::domain::FieldError;
use crate::domain::answers::posted_value;
use crate::domain::interface_text::Message;
use crate::domain::redirect::same_site_path;
use crate::domain::text::looks_like_email;
use crate::domain::two_factor::SecondStep;
use crate::error::AppError;
use crate::render::{read_posted, render_as_get, render_refused, render_with_posted_form};
use crate::state::AppState;

/// Where to go after signing in: the `next` path if a browser would keep it on this site
/// (see `domain::redirect`), else the staff home page.
pub fn safe_next(next: Option<&str>) -> String {
    next.and_then(same_site_path)
        .unwrap_or_else(|| "/staff".to_string())
}

/// A 303 to a path on this site. Never panics: a path that is not a valid header value (it
/// cannot be, after `safe_next`) goes to the staff home page instead.
pub fn see_other(path: &str) -> Response {
    let location =
        HeaderValue::from_str(path).unwrap_or_else(|_| HeaderValue::from_static("/staff"));
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

fn session_cookie(value: &str, max_age_seconds: i64, secure: bool) -> HeaderValue {
    cookie_header(session_cookie_name(secure), value, max_age_seconds, secure)
}

/// The cookie of a sign-in waiting for its second step: gone once the step is done.
fn sign_in_cookie(value: &str, max_age_seconds: i64, secure: bool) -> HeaderValue {
    cookie_header(sign_in_cookie_name(secure), value, max_age_seconds, secure)
}

fn cookie_header(name: &str, value: &str, max_age_seconds: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_seconds}{secure}"
    ))
    .expect("cookie is ASCII")
}

/// The client's address, as the rate limits read it (the proxy's header when one is set).
fn client_of(state: &AppState, parts: &axum::http::request::Parts) -> String {
    let forwarded = state
        .rate_limits
        .address_header()
        .and_then(|name| parts.headers.get(name))
        .and_then(|value| value.to_str().ok());
    let socket = parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|info| info.0.ip().to_string());
    crate::domain::rate_limit::client_address(forwarded, socket.as_deref())
}

pub async fn post_sign_in(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = match read_posted(request).await {
        Ok(posted) => posted,
        Err(refusal) => return refusal,
    };
    let value = |name: &str| posted_value(&fields, name);
    let (email, password) = (value("email").trim(), value("password"));

    let mut errors = Vec::new();
    if email.is_empty() {
        errors.push(FieldError::said("email", "staff-sign-in-enter-email"));
    } else if !looks_like_email(email) {
        errors.push(FieldError::said("email", "staff-sign-in-email-format"));
    }
    if password.is_empty() {
        errors.push(FieldError::said("password", "staff-sign-in-enter-password"));
    }
    let (status, errors) = if !errors.is_empty() {
        (StatusCode::UNPROCESSABLE_ENTITY, errors)
    } else {
        let client = client_of(&state, &parts);
        match sign_in_from(&state.db, email, password, &client, chrono::Utc::now()).await {
            Ok(SignInOutcome::Wait(seconds)) => {
                let error = wait_error("email", seconds);
                let posted = PostedForm {
                    values: fields
                        .into_iter()
                        .filter(|(n, _)| n != "password")
                        .collect(),
                    errors: vec![error],
                    problem: None,
                };
                let mut response =
                    render_with_posted_form(state, parts, posted, StatusCode::TOO_MANY_REQUESTS)
                        .await;
                if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
                    response.headers_mut().insert(header::RETRY_AFTER, value);
                }
                return response;
            }
            Ok(SignInOutcome::Opened(token, _)) => {
                let mut response = see_other(&safe_next(Some(value("next"))));
                response.headers_mut().insert(
                    header::SET_COOKIE,
                    session_cookie(&token, SESSION_LENGTH.num_seconds(), state.secure_cookies),
                );
                return response;
            }
            Ok(SignInOutcome::SecondStep(staff_user_id, step)) => {
                let next = safe_next(Some(value("next")));
                let now = chrono::Utc::now();
                let token = match super::two_factor::open_challenge(
                    &state.db,
                    staff_user_id,
                    step,
                    &next,
                    now,
                )
                .await
                {
                    Ok(token) => token,
                    Err(error) => return (error.http_status(), error.to_string()).into_response(),
                };
                let mut response = see_other(match step {
                    SecondStep::Code => SIGN_IN_CODE_PATH,
                    SecondStep::Enrol => TWO_FACTOR_PATH,
                });
                response.headers_mut().insert(
                    header::SET_COOKIE,
                    sign_in_cookie(&token, step.lifetime().num_seconds(), state.secure_cookies),
                );
                return response;
            }
            Err(AppError::Unauthorized) => (
                StatusCode::UNAUTHORIZED,
                vec![FieldError::said("email", "staff-sign-in-not-right")],
            ),
            Err(other) => (
                other.http_status(),
                vec![FieldError {
                    text: None,
                    field: "email".into(),
                    target_id: "email".into(),
                    message: other.to_string(),
                }],
            ),
        }
    };
    // Show the form again with the email kept; a password is never sent back to the browser.
    let posted = PostedForm {
        values: fields
            .into_iter()
            .filter(|(n, _)| n != "password")
            .collect(),
        errors,
        problem: None,
    };
    render_with_posted_form(state, parts, posted, status).await
}

pub async fn post_sign_out(State(state): State<AppState>, request: Request) -> Response {
    if let Some(token) = session_token(request.headers(), state.secure_cookies)
        && let Err(error) = sign_out(&state.db, &token).await
    {
        return (error.http_status(), error.to_string()).into_response();
    }
    let mut response = see_other("/staff/sign-in?signed_out=1");
    response.headers_mut().insert(
        header::SET_COOKIE,
        session_cookie("", 0, state.secure_cookies),
    );
    response
}

/// The account page's two forms (`action`): change your password, or sign out everywhere.
pub async fn post_account(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = match read_posted(request).await {
        Ok(posted) => posted,
        Err(refusal) => return refusal,
    };
    let now = chrono::Utc::now();
    let token = session_token(&parts.headers, state.secure_cookies);
    let staff = match &token {
        Some(token) => identify(&state.db, token, now).await,
        None => Ok(None),
    };
    let (token, staff) = match (token, staff) {
        (Some(token), Ok(Some(staff))) => (token, staff),
        (_, Err(error)) => return (error.http_status(), error.to_string()).into_response(),
        _ => return see_other(&format!("/staff/sign-in?next={ACCOUNT_PATH}")),
    };
    let value = |name: &str| posted_value(&fields, name);
    match value("action") {
        "sign_out_everywhere" => {
            if let Err(error) = sign_out_everywhere(&state.db, &staff).await {
                return (error.http_status(), error.to_string()).into_response();
            }
            let mut response = see_other("/staff/sign-in?signed_out=1");
            response.headers_mut().insert(
                header::SET_COOKIE,
                session_cookie("", 0, state.secure_cookies),
            );
            response
        }
        "change_password" => {
            let (current, new, confirm) = (
                value("current_password"),
                value("new_password"),
                value("confirm_password"),
            );
            let mut errors = Vec::new();
            if current.is_empty() {
                errors.push(FieldError::said(
                    "current_password",
                    "staff-account-enter-current",
                ));
            }
            if new.is_empty() {
                errors.push(FieldError::said("new_password", "staff-account-enter-new"));
            } else if confirm != new {
                errors.push(FieldError::said(
                    "confirm_password",
                    "staff-account-confirm-differs",
                ));
            }
            let outcome = if errors.is_empty() {
                change_password(&state.db, &staff, current, new, &token).await
            } else {
                Err(AppError::Invalid(errors))
            };
            match outcome {
                Ok(()) => see_other(&format!("{ACCOUNT_PATH}?changed=1")),
                Err(error) => {
                    // A password is never sent back to the browser.
                    let values = fields
                        .into_iter()
                        .filter(|(name, _)| !name.ends_with("password"))
                        .collect();
                    render_refused(state, parts, &error, values).await
                }
            }
        }
        "details" => {
            let saved = super::service::save_own_details(
                &state.db,
                &staff,
                value("name"),
                value("email_language"),
            )
            .await;
            match saved {
                Ok(()) => see_other(&format!("{ACCOUNT_PATH}?saved=1")),
                Err(error) => render_refused(state, parts, &error, fields).await,
            }
        }
        _ => {
            let error = AppError::BadRequest(crate::domain::interface_text::english(
                "staff-account-unknown-action",
            ));
            render_refused(state, parts, &error, Vec::new()).await
        }
    }
}

/// The form of a link that sets a password (`/staff/set-password/<token>`): the password is
/// set, the link used up, and the person sent to sign in with it.
pub async fn post_set_password(
    State(state): State<AppState>,
    axum::extract::Path(token): axum::extract::Path<String>,
    request: Request,
) -> Response {
    let (parts, fields) = match read_posted(request).await {
        Ok(posted) => posted,
        Err(refusal) => return refusal,
    };
    let value = |name: &str| posted_value(&fields, name);
    match super::links::set_password(
        &state.db,
        &token,
        value("new_password"),
        value("confirm_password"),
        chrono::Utc::now(),
    )
    .await
    {
        Ok(()) => see_other("/staff/sign-in?password_set=1"),
        // A password is never sent back to the browser.
        Err(error) => render_refused(state, parts, &error, Vec::new()).await,
    }
}

/// "Forgotten your password?": the same answer whatever was typed (if it is an email address),
/// so nobody learns which addresses have accounts.
pub async fn post_forgot_password(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = match read_posted(request).await {
        Ok(posted) => posted,
        Err(refusal) => return refusal,
    };
    let email = posted_value(&fields, "email").trim();
    let error = if email.is_empty() {
        Some("staff-sign-in-enter-email")
    } else if !looks_like_email(email) {
        Some("staff-sign-in-email-format")
    } else {
        None
    };
    if let Some(id) = error {
        let error = AppError::Invalid(vec![FieldError::said("email", id)]);
        return render_refused(state, parts, &error, fields).await;
    }
    match super::links::ask_for_reset(&state.db, &state.mail, email, chrono::Utc::now()).await {
        Ok(()) => see_other(&format!("{}?sent=1", super::views::FORGOT_PASSWORD_PATH)),
        Err(error) => render_refused(state, parts, &error, Vec::new()).await,
    }
}

/// A field error beside `field` saying to wait `seconds` (the sign-in back-off).
fn wait_error(field: &str, seconds: u64) -> FieldError {
    let message = Message::new("staff-sign-in-wait").number("seconds", seconds as i64);
    FieldError {
        message: message.render(crate::domain::Language::English),
        text: Some(message),
        field: field.into(),
        target_id: field.into(),
    }
}

/// The second step of a sign-in: a code from the authenticator app, or a recovery code.
pub async fn post_sign_in_code(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = match read_posted(request).await {
        Ok(posted) => posted,
        Err(refusal) => return refusal,
    };
    let Some(token) = sign_in_token(&parts.headers, state.secure_cookies) else {
        return see_other(SIGN_IN_CODE_PATH);
    };
    let client = client_of(&state, &parts);
    let typed = posted_value(&fields, "code");
    let outcome =
        super::two_factor::enter_code(&state.db, &token, typed, &client, chrono::Utc::now()).await;
    let (status, errors) = match outcome {
        Ok(CodeOutcome::Opened(session, next)) => {
            let mut response = see_other(&safe_next(Some(&next)));
            let headers = response.headers_mut();
            headers.append(
                header::SET_COOKIE,
                session_cookie(&session, SESSION_LENGTH.num_seconds(), state.secure_cookies),
            );
            headers.append(
                header::SET_COOKIE,
                sign_in_cookie("", 0, state.secure_cookies),
            );
            return response;
        }
        // The page says the sign-in has timed out, with a link to sign in again.
        Ok(CodeOutcome::Gone) => {
            let mut response = see_other(SIGN_IN_CODE_PATH);
            response.headers_mut().insert(
                header::SET_COOKIE,
                sign_in_cookie("", 0, state.secure_cookies),
            );
            return response;
        }
        Ok(CodeOutcome::Wait(seconds)) => (
            StatusCode::TOO_MANY_REQUESTS,
            vec![wait_error("code", seconds)],
        ),
        Ok(CodeOutcome::Wrong(left)) => {
            let message = Message::new("staff-two-factor-code-wrong").number("left", left as i64);
            (
                StatusCode::UNAUTHORIZED,
                vec![FieldError {
                    message: message.render(crate::domain::Language::English),
                    text: Some(message),
                    field: "code".into(),
                    target_id: "code".into(),
                }],
            )
        }
        Err(AppError::Invalid(errors)) => (StatusCode::UNPROCESSABLE_ENTITY, errors),
        Err(other) => return (other.http_status(), other.to_string()).into_response(),
    };
    // A code is never sent back to the browser.
    let posted = PostedForm {
        values: Vec::new(),
        errors,
        problem: None,
    };
    render_with_posted_form(state, parts, posted, status).await
}

/// The two-factor page's forms (`action`): `confirm` a new key with a code from the app (which
/// also finishes a sign-in that required it), `new_codes`, `turn_off`.
pub async fn post_two_factor(State(state): State<AppState>, request: Request) -> Response {
    use super::two_factor::{
        Enroller, confirm, enroller, finish_enrolment, new_recovery_codes, turn_off,
    };
    let (parts, fields) = match read_posted(request).await {
        Ok(posted) => posted,
        Err(refusal) => return refusal,
    };
    let now = chrono::Utc::now();
    let session = session_token(&parts.headers, state.secure_cookies);
    let challenge = sign_in_token(&parts.headers, state.secure_cookies);
    let (who, user) = match enroller(&state.db, session.as_deref(), challenge.as_deref(), now).await
    {
        Ok(Some(found)) => found,
        Ok(None) => return see_other(&format!("/staff/sign-in?next={TWO_FACTOR_PATH}")),
        Err(error) => return (error.http_status(), error.to_string()).into_response(),
    };
    let value = |name: &str| posted_value(&fields, name);
    let outcome = match (value("action"), &who) {
        ("confirm", _) => confirm(&state.db, &user, value("code"), now).await,
        ("new_codes", Enroller::Signed(staff)) => {
            new_recovery_codes(&state.db, staff, value("codes_password")).await
        }
        ("turn_off", Enroller::Signed(staff)) => {
            match turn_off(&state.db, staff, value("off_password")).await {
                Ok(()) => return see_other(&format!("{TWO_FACTOR_PATH}?done=off")),
                Err(error) => Err(error),
            }
        }
        _ => Err(AppError::BadRequest(
            crate::domain::interface_text::english("staff-account-unknown-action"),
        )),
    };
    let codes = match outcome {
        Ok(codes) => codes,
        // Neither a code nor a password is sent back to the browser.
        Err(error) => return render_refused(state, parts, &error, Vec::new()).await,
    };
    match who {
        Enroller::Signed(_) => {
            let next = ACCOUNT_PATH.to_string();
            render_as_get(state, parts, NewRecoveryCodes { codes, next }).await
        }
        Enroller::SigningIn(challenge) => {
            let (session, next) = match finish_enrolment(&state.db, &challenge, &user, now).await {
                Ok(opened) => opened,
                Err(error) => return (error.http_status(), error.to_string()).into_response(),
            };
            let secure = state.secure_cookies;
            let next = safe_next(Some(&next));
            let mut response = render_as_get(state, parts, NewRecoveryCodes { codes, next }).await;
            let headers = response.headers_mut();
            headers.append(
                header::SET_COOKIE,
                session_cookie(&session, SESSION_LENGTH.num_seconds(), secure),
            );
            headers.append(header::SET_COOKIE, sign_in_cookie("", 0, secure));
            response
        }
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(
            safe_next(Some("/staff/consultations/x/results")),
            "/staff/consultations/x/results"
        );
        assert_eq!(safe_next(Some("//evil.example")), "/staff");
        assert_eq!(safe_next(Some("https://evil.example")), "/staff");
        assert_eq!(safe_next(Some("/\\evil.example")), "/staff");
        assert_eq!(safe_next(Some("/\t/evil.example")), "/staff");
        assert_eq!(safe_next(Some("/\n")), "/");
        assert_eq!(safe_next(Some("")), "/staff");
        assert_eq!(safe_next(None), "/staff");
    }
}
