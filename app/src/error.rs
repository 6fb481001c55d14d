//! The one error type of the application: what went wrong, in words fit for a citizen, with the
//! HTTP status it deserves. Crosses the server-function boundary as JSON.

use serde::{Deserialize, Serialize};
use server_fn_error::{FromServerFnError, ServerFnErrorErr};

use crate::domain::{FieldError, MalformedSubmission};

// Re-exported under a short path so the rest of the crate reads clearly.
mod server_fn_error {
    pub use leptos::server_fn::{
        codec::JsonEncoding,
        error::{FromServerFnError, ServerFnErrorErr},
    };
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// A request no honest use of our pages produces (400).
    #[error("{0}")]
    BadRequest(String),
    /// Answers the respondent can correct (422); shown beside each field.
    #[error("There is a problem with your answers")]
    Invalid(Vec<FieldError>),
    #[error("Sign in to continue")]
    Unauthorized,
    #[error("You do not have permission to do that")]
    Forbidden,
    #[error("{0}")]
    NotFound(String),
    /// The request clashes with the state of things, e.g. a consultation that has closed (409).
    #[error("{0}")]
    Conflict(String),
    /// Our fault; the details are logged, never shown (500).
    #[error("Sorry, there is a problem with the service. Try again later.")]
    Internal,
}

impl AppError {
    pub fn status_code(&self) -> u16 {
        match self {
            AppError::BadRequest(_) => 400,
            AppError::Invalid(_) => 422,
            AppError::Unauthorized => 401,
            AppError::Forbidden => 403,
            AppError::NotFound(_) => 404,
            AppError::Conflict(_) => 409,
            AppError::Internal => 500,
        }
    }

    /// `status_code` as an HTTP status.
    #[cfg(feature = "ssr")]
    pub fn http_status(&self) -> axum::http::StatusCode {
        axum::http::StatusCode::from_u16(self.status_code())
            .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// A short heading for an error page.
    pub fn title(&self) -> &'static str {
        match self {
            AppError::BadRequest(_) | AppError::Invalid(_) => "There is a problem",
            AppError::Unauthorized => "Sign in to continue",
            AppError::Forbidden => "You do not have permission",
            AppError::NotFound(_) => "Page not found",
            AppError::Conflict(_) => "This cannot be done now",
            AppError::Internal => "Sorry, there is a problem with the service",
        }
    }

    /// The error with its words in `language`: a refusal written in English where the language
    /// was not known (`interface_text::english`) is found by its English and written again. For a
    /// server function's answer, whose caller shows it as it is (decision 0031).
    pub fn in_language(self, language: crate::domain::Language) -> Self {
        use crate::domain::interface_text::english_in;
        match self {
            AppError::BadRequest(text) => AppError::BadRequest(english_in(language, &text)),
            AppError::NotFound(text) => AppError::NotFound(english_in(language, &text)),
            AppError::Conflict(text) => AppError::Conflict(english_in(language, &text)),
            other => other,
        }
    }

    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            AppError::Invalid(errors) => errors,
            _ => &[],
        }
    }

    /// Logs an unexpected server-side failure and hides its details from the user.
    #[cfg(feature = "ssr")]
    pub fn internal(context: &str, error: impl std::fmt::Display) -> Self {
        tracing::error!("{context}: {error}");
        AppError::Internal
    }
}

impl From<MalformedSubmission> for AppError {
    fn from(value: MalformedSubmission) -> Self {
        AppError::BadRequest(value.0)
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(error: sea_orm::DbErr) -> Self {
        AppError::internal("database error", error)
    }
}

impl FromServerFnError for AppError {
    type Encoder = server_fn_error::JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // The request itself was unreadable: the caller's mistake.
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_) => {
                AppError::BadRequest("The request could not be read.".into())
            }
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => AppError::Conflict(
                "The service could not be reached. Check your connection and try again.".into(),
            ),
            _ => AppError::Internal,
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_mistakes_are_never_500() {
        let mistakes = [
            AppError::BadRequest("x".into()),
            AppError::Invalid(vec![]),
            AppError::Unauthorized,
            AppError::Forbidden,
            AppError::NotFound("x".into()),
            AppError::Conflict("x".into()),
            AppError::from_server_fn_error(ServerFnErrorErr::Args("bad".into())),
        ];
        for error in mistakes {
            assert!((400..500).contains(&error.status_code()), "{error:?}");
        }
    }

    #[test]
    fn errors_round_trip_as_json() {
        let error = AppError::Invalid(vec![FieldError {
            text: None,
            field: "q1".into(),
            target_id: "q1".into(),
            message: "Enter an answer".into(),
        }]);
        let json = serde_json::to_string(&error).unwrap();
        assert_eq!(serde_json::from_str::<AppError>(&json).unwrap(), error);
    }
}
