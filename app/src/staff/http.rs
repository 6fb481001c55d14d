//! Sign-in and sign-out: plain form posts (they work the same with or without JavaScript).

use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

use super::api::{SESSION_COOKIE, session_token};
use super::service::{SESSION_LENGTH, sign_in, sign_out};
use crate::components::PostedForm;
use crate::domain::FieldError;
use crate::domain::answers::posted_value;
use crate::domain::interface_text::{Message, english};
use crate::domain::redirect::same_site_path;
use crate::domain::text::looks_like_email;
use crate::error::AppError;
use crate::render::{read_posted, render_with_posted_form};
use crate::state::AppState;

/// A problem with the sign-in form: message `id`, in English and in the page's language.
fn field_error(field: &str, id: &str) -> FieldError {
    FieldError {
        text: Some(Message::new(id)),
        field: field.into(),
        target_id: field.into(),
        message: english(id),
    }
}

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
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_seconds}{secure}"
    ))
    .expect("cookie is ASCII")
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
        errors.push(field_error("email", "staff-sign-in-enter-email"));
    } else if !looks_like_email(email) {
        errors.push(field_error("email", "staff-sign-in-email-format"));
    }
    if password.is_empty() {
        errors.push(field_error("password", "staff-sign-in-enter-password"));
    }
    let (status, errors) = if !errors.is_empty() {
        (StatusCode::UNPROCESSABLE_ENTITY, errors)
    } else {
        match sign_in(&state.db, email, password, chrono::Utc::now()).await {
            Ok((token, _)) => {
                let mut response = see_other(&safe_next(Some(value("next"))));
                response.headers_mut().insert(
                    header::SET_COOKIE,
                    session_cookie(&token, SESSION_LENGTH.num_seconds(), state.secure_cookies),
                );
                return response;
            }
            Err(AppError::Unauthorized) => (
                StatusCode::UNAUTHORIZED,
                vec![field_error("email", "staff-sign-in-not-right")],
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
    if let Some(token) = session_token(request.headers())
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
