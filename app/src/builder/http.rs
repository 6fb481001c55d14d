//! The builder's plain form posts: "create a consultation" (its page has no island) and the
//! questionnaire page's buttons (the builder without JavaScript).

use axum::{
    extract::{Path, Request, State},
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
    match signed_in(&state, &parts.headers).await {
        Ok(true) => {}
        Ok(false) => return see_other(&format!("/staff/sign-in?next={NEW_CONSULTATION_PATH}")),
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
    let created = match check_details(&DetailsInput::from_fields(&fields), &departments, Some(now))
    {
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

/// The questionnaire page's buttons (plain form posts, the builder without JavaScript): each
/// sends `do=<action>:<key>` and the `revision` the page was drawn from.
pub async fn post_questionnaire(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    use crate::domain::questionnaire_edit::{Direction, Edit};

    let (parts, body) = request.into_parts();
    let here = format!("/staff/consultations/{slug}/questionnaire");
    match signed_in(&state, &parts.headers).await {
        Ok(true) => {}
        Ok(false) => return see_other(&format!("/staff/sign-in?next={}", here_for_next(&slug))),
        Err(error) => return error_response(error),
    }
    let fields = match read_form(&parts.headers, body).await {
        Ok(fields) => fields,
        Err(refusal) => return refusal,
    };
    let value = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    };
    let revision = value("revision");
    let (action, key) = value("do").split_once(':').unwrap_or((value("do"), ""));
    let key = key.to_string();
    let edit = match action {
        "move_up" | "move_down" => Some(Edit::MoveQuestion {
            question: key.clone(),
            direction: if action == "move_up" {
                Direction::Up
            } else {
                Direction::Down
            },
        }),
        "duplicate" => Some(Edit::DuplicateQuestion {
            question: key.clone(),
        }),
        "delete" => Some(Edit::DeleteQuestion {
            question: key.clone(),
        }),
        "page_up" | "page_down" => Some(Edit::MovePage {
            page: key.clone(),
            direction: if action == "page_up" {
                Direction::Up
            } else {
                Direction::Down
            },
        }),
        "page_remove" => Some(Edit::RemovePage { page: key.clone() }),
        "page_rename" => Some(Edit::RenamePage {
            page: key.clone(),
            title: Some(crate::domain::text::clean(value(&format!("title-{key}"))).into_owned()),
        }),
        "page_add" => Some(Edit::AddPage {
            after: (!key.is_empty()).then(|| key.clone()),
        }),
        _ => None,
    };
    let outcome = match (action, edit) {
        ("publish", _) => super::service::publish(&state.db, &slug, revision, chrono::Utc::now())
            .await
            .map(|()| None),
        ("undo", _) => super::service::undo_delete(&state.db, &slug, revision)
            .await
            .map(|applied| applied.focus),
        (_, Some(edit)) => super::service::edit_questionnaire(&state.db, &slug, revision, edit)
            .await
            .map(|applied| applied.focus),
        (_, None) => Err(AppError::BadRequest(
            "That button does not do anything: reload the page and try again".into(),
        )),
    };
    match outcome {
        Ok(focus) => {
            let mut next = format!("{here}?done={}", done_code(action));
            if let Some(focus) = focus {
                next.push_str(&format!("&item={focus}#item-{focus}"));
            }
            see_other(&next)
        }
        Err(error) => {
            let status =
                StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::BAD_REQUEST);
            render_with_posted_form(
                state,
                parts,
                PostedForm::refused(&error, Vec::new()),
                status,
            )
            .await
        }
    }
}

/// What the page says after a change (it words the message itself: no text travels in the
/// address).
fn done_code(action: &str) -> &'static str {
    match action {
        "move_up" | "move_down" => "moved",
        "duplicate" => "duplicated",
        "delete" => "deleted",
        "page_up" | "page_down" => "page-moved",
        "page_remove" => "page-removed",
        "page_rename" => "page-renamed",
        "page_add" => "page-added",
        "publish" => "published",
        "undo" => "restored",
        _ => "",
    }
}

/// The questionnaire page's address for `?next=`, when the slug can be one (else the staff home).
fn here_for_next(slug: &str) -> String {
    match crate::domain::Slug::parse(slug) {
        Some(slug) => format!("/staff/consultations/{slug}/questionnaire"),
        None => "/staff".into(),
    }
}

/// Whether the request carries a live staff session.
async fn signed_in(state: &AppState, headers: &axum::http::HeaderMap) -> Result<bool, AppError> {
    Ok(staff_of(state, headers).await?.is_some())
}

#[derive(serde::Deserialize)]
pub struct EditorQuery {
    page: Option<String>,
    kind: Option<String>,
    at: Option<usize>,
}

/// The question editor's POST: `do=add_option` draws the form again with one more empty option
/// (nothing saved); `do=save` saves the question and returns to the questionnaire.
pub async fn post_question(
    State(state): State<AppState>,
    Path((slug, key)): Path<(String, String)>,
    axum::extract::Query(query): axum::extract::Query<EditorQuery>,
    request: Request,
) -> Response {
    use crate::domain::question_form::{check_question, posted_options};
    use crate::domain::questionnaire_edit::Edit;

    let (parts, body) = request.into_parts();
    let staff = match staff_of(&state, &parts.headers).await {
        Ok(Some(staff)) => staff,
        Ok(None) => return see_other(&format!("/staff/sign-in?next={}", here_for_next(&slug))),
        Err(error) => return error_response(error),
    };
    let fields = match read_form(&parts.headers, body).await {
        Ok(fields) => fields,
        Err(refusal) => return refusal,
    };
    let value = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    };
    let refused = |error: AppError, values: Vec<(String, String)>| {
        let status = StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::BAD_REQUEST);
        render_with_posted_form(
            state.clone(),
            parts.clone(),
            PostedForm::refused(&error, values),
            status,
        )
    };
    // What is being edited, as the questionnaire is now.
    let editor = match super::service::questionnaire_draft(&state.db, staff, &slug)
        .await
        .and_then(|draft| super::editor_for(draft, &key, query.page.as_deref()))
    {
        Ok(editor) => editor,
        Err(error) => return refused(error, Vec::new()).await,
    };
    let kind = match &editor.question {
        Some(question) => question.kind.code().to_string(),
        None => query.kind.clone().unwrap_or_default(),
    };

    if value("do") == "add_option" {
        let mut values = fields.clone();
        let next = posted_options(&fields).len() + 1;
        values.push((format!("option-new-{next}"), String::new()));
        let posted = PostedForm {
            values,
            errors: Vec::new(),
            problem: None,
        };
        return render_with_posted_form(state, parts, posted, StatusCode::OK).await;
    }

    let question_key = editor
        .question
        .as_ref()
        .map(|q| q.key.clone())
        .unwrap_or_default();
    let question = match check_question(&fields, &kind, &question_key) {
        Ok(question) => question,
        Err(errors) => return refused(AppError::Invalid(errors), fields).await,
    };
    let (edit, done) = match editor.question {
        Some(_) => (Edit::UpdateQuestion { question }, "saved"),
        None => (
            Edit::AddQuestion {
                page: query.page.clone().unwrap_or_default(),
                index: query.at.unwrap_or(usize::MAX),
                question,
            },
            "added",
        ),
    };
    match super::service::edit_questionnaire(&state.db, &slug, value("revision"), edit).await {
        Ok(applied) => {
            let focus = applied.focus.unwrap_or_default();
            see_other(&format!(
                "/staff/consultations/{}/questionnaire?done={done}&item={focus}#item-{focus}",
                editor.slug
            ))
        }
        Err(error) => refused(error, fields).await,
    }
}

/// The staff member the request's session belongs to, if it is live.
async fn staff_of(
    state: &AppState,
    headers: &axum::http::HeaderMap,
) -> Result<Option<crate::staff::api::StaffIdentity>, AppError> {
    match session_token(headers) {
        Some(token) => crate::staff::service::identify(&state.db, &token, chrono::Utc::now()).await,
        None => Ok(None),
    }
}

/// "Change the details": saved, back to the questionnaire page; or the form again with errors.
pub async fn post_details(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    match signed_in(&state, &parts.headers).await {
        Ok(true) => {}
        Ok(false) => return see_other(&format!("/staff/sign-in?next={}", here_for_next(&slug))),
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
    let saved = match check_details(&DetailsInput::from_fields(&fields), &departments, None) {
        Ok(details) => super::service::update_details(&state.db, &slug, details).await,
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    match saved {
        Ok(slug) => see_other(&format!(
            "/staff/consultations/{slug}/questionnaire?done=details-saved"
        )),
        Err(error) => {
            let status =
                StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::BAD_REQUEST);
            render_with_posted_form(state, parts, PostedForm::refused(&error, fields), status).await
        }
    }
}
