//! The builder's plain form posts: "create a consultation" and "change the details" (pages
//! without an island), the questionnaire page's buttons and the question editor (the builder
//! without JavaScript).

use axum::{
    extract::{Path, Query, Request, State},
    http::{StatusCode, request::Parts},
    response::{IntoResponse, Response},
};

use super::NEW_CONSULTATION_PATH;
use crate::components::PostedForm;
use crate::domain::answers::posted_value;
use crate::domain::consultation_details::{ConsultationDetails, DetailsInput, check_details};
use crate::error::{AppError, AppResult};
use crate::render::{read_form, read_posted, render_refused, render_with_posted_form};
use crate::staff::api::{StaffIdentity, staff_from_headers};
use crate::staff::http::see_other;
use crate::state::AppState;

/// What every staff form post starts with: who is signed in (anyone else is sent to sign in,
/// then back to `here`), then the posted fields.
pub(crate) async fn staff_form(
    state: &AppState,
    request: Request,
    here: &str,
) -> Result<(StaffIdentity, Parts, Vec<(String, String)>), Response> {
    let (parts, body) = request.into_parts();
    let staff = match staff_from_headers(state, &parts.headers).await {
        Ok(Some(staff)) => staff,
        Ok(None) => return Err(see_other(&format!("/staff/sign-in?next={here}"))),
        Err(error) => return Err(error_response(error)),
    };
    let fields = read_form(&parts.headers, body).await?;
    Ok((staff, parts, fields))
}

pub(crate) fn error_response(error: AppError) -> Response {
    (error.http_status(), error.to_string()).into_response()
}

/// A staff page of consultation `slug` for `?next=` (a path segment that cannot be an address
/// falls back to the staff home).
pub(crate) fn staff_page(slug: &str, page: &str) -> String {
    match crate::domain::Slug::parse(slug) {
        Some(slug) => format!("/staff/consultations/{slug}/{page}"),
        None => "/staff".into(),
    }
}

/// The details form's fields, checked (only departments `staff` may build in are accepted);
/// `now` for a new consultation (it must close in the
/// future).
async fn checked_details(
    state: &AppState,
    staff: &StaffIdentity,
    fields: &[(String, String)],
    now: Option<chrono::DateTime<chrono::Utc>>,
) -> AppResult<ConsultationDetails> {
    let departments: Vec<i64> = super::service::building_departments(&state.db, staff)
        .await?
        .into_iter()
        .map(|d| d.id)
        .collect();
    // Someone who may build in no department may not create or change consultations at all.
    if departments.is_empty() {
        return Err(AppError::Forbidden);
    }
    check_details(&DetailsInput::from_fields(fields), &departments, now).map_err(AppError::Invalid)
}

/// "Preview the description" on the details forms: the form again, as typed, with the
/// description rendered below it; nothing is checked or saved.
async fn preview_body(
    state: &AppState,
    parts: &Parts,
    fields: &[(String, String)],
) -> Option<Response> {
    if posted_value(fields, "do") != "preview_body" {
        return None;
    }
    let posted = PostedForm {
        values: fields.to_vec(),
        ..PostedForm::default()
    };
    Some(render_with_posted_form(state.clone(), parts.clone(), posted, StatusCode::OK).await)
}

pub async fn post_new_consultation(State(state): State<AppState>, request: Request) -> Response {
    let (staff, parts, fields) = match staff_form(&state, request, NEW_CONSULTATION_PATH).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    if let Some(response) = preview_body(&state, &parts, &fields).await {
        return response;
    }
    let created = match checked_details(&state, &staff, &fields, Some(chrono::Utc::now())).await {
        Ok(details) => super::service::create_draft(&state.db, &staff, details).await,
        Err(error) => Err(error),
    };
    match created {
        // 303: a refresh of the next page cannot create a second draft.
        Ok(slug) => see_other(&format!(
            "/staff/consultations/{slug}/questionnaire?created=1"
        )),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}

/// "Change the details": saved, back to the questionnaire page; or the form again with errors.
pub async fn post_details(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let (staff, parts, fields) =
        match staff_form(&state, request, &staff_page(&slug, "details")).await {
            Ok(form) => form,
            Err(response) => return response,
        };
    if let Some(response) = preview_body(&state, &parts, &fields).await {
        return response;
    }
    let saved = match checked_details(&state, &staff, &fields, None).await {
        Ok(details) => super::service::update_details(&state.db, &staff, &slug, details).await,
        Err(error) => Err(error),
    };
    match saved {
        Ok(slug) => see_other(&format!(
            "/staff/consultations/{slug}/questionnaire?done=details-saved"
        )),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}

/// The questionnaire page's buttons (plain form posts, the builder without JavaScript): each
/// sends `do=<action>:<key>` and the `revision` the page was drawn from.
pub async fn post_questionnaire(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    use crate::domain::questionnaire_edit::{Direction, Edit};

    let (staff, parts, fields) =
        match staff_form(&state, request, &staff_page(&slug, "questionnaire")).await {
            Ok(form) => form,
            Err(response) => return response,
        };
    let revision = posted_value(&fields, "revision");
    let pressed = posted_value(&fields, "do");
    let (action, key) = pressed.split_once(':').unwrap_or((pressed, ""));
    // Templates: marked by site admins; started from by anyone who creates consultations.
    if matches!(action, "template_on" | "template_off") {
        let on = action == "template_on";
        return match super::service::set_template(&state.db, &staff, &slug, on).await {
            Ok(()) => see_other(&format!(
                "/staff/consultations/{slug}/questionnaire?done={}",
                if on { "template-on" } else { "template-off" }
            )),
            Err(error) => render_refused(state, parts, &error, Vec::new()).await,
        };
    }
    // "Save routes" in a question's Routes panel, without JavaScript.
    if action == "routes" {
        let routes = crate::domain::routing::routes_from_outline(key, &fields);
        return match super::service::set_routes(&state.db, &staff, &slug, revision, key, &routes)
            .await
        {
            Ok((applied, _)) => see_other(&changed(&slug, "routes", applied.focus.as_deref())),
            Err(error) => render_refused(state, parts, &error, Vec::new()).await,
        };
    }
    if action == "use_template" {
        return match super::service::start_from_template(&state.db, &staff, &slug).await {
            Ok(copy) => see_other(&format!(
                "/staff/consultations/{copy}/questionnaire?done=from-template"
            )),
            Err(error) => render_refused(state, parts, &error, Vec::new()).await,
        };
    }
    if action == "clone" {
        return match super::service::clone_consultation(&state.db, &staff, &slug).await {
            Ok(copy) => see_other(&format!(
                "/staff/consultations/{copy}/questionnaire?done=cloned"
            )),
            Err(error) => render_refused(state, parts, &error, Vec::new()).await,
        };
    }
    // The question library: a copy of a question saved for everyone.
    if action == "library_save" {
        return match crate::library::service::save(&state.db, &staff, &slug, key).await {
            Ok(()) => see_other(&changed(&slug, "library-saved", Some(key))),
            Err(error) => render_refused(state, parts, &error, Vec::new()).await,
        };
    }
    let key = key.to_string();
    let direction = |up: bool| if up { Direction::Up } else { Direction::Down };
    // A saved question from the library, added where the new question would go.
    let saved = match (action, key.parse::<i64>()) {
        ("saved", Ok(id)) => match crate::library::service::question(&state.db, id).await {
            Ok(question) => Some(question),
            Err(error) => return render_refused(state, parts, &error, Vec::new()).await,
        },
        _ => None,
    };
    let edit = match action {
        "move_up" | "move_down" => Some(Edit::MoveQuestion {
            question: key.clone(),
            direction: direction(action == "move_up"),
        }),
        "duplicate" => Some(Edit::DuplicateQuestion {
            question: key.clone(),
        }),
        "delete" => Some(Edit::DeleteQuestion {
            question: key.clone(),
        }),
        // "Move to page …": to the end of the page chosen in its list.
        "move_to" => Some(Edit::MoveQuestionTo {
            question: key.clone(),
            page: posted_value(&fields, &format!("to-{key}")).to_string(),
            index: usize::MAX,
        }),
        "page_up" | "page_down" => Some(Edit::MovePage {
            page: key.clone(),
            direction: direction(action == "page_up"),
        }),
        "page_remove" => Some(Edit::RemovePage { page: key.clone() }),
        "page_rename" => Some(Edit::RenamePage {
            page: key.clone(),
            title: Some(
                crate::domain::text::clean(posted_value(&fields, &format!("title-{key}")))
                    .into_owned(),
            ),
        }),
        "page_add" => Some(Edit::AddPage {
            after: (!key.is_empty()).then(|| key.clone()),
        }),
        "saved" => saved.map(|question| Edit::AddQuestion {
            page: posted_value(&fields, "page").to_string(),
            index: posted_value(&fields, "at").parse().unwrap_or(usize::MAX),
            question,
        }),
        // A standard block of the question library, as a new last page.
        "library" => crate::domain::library::block_questions(&key).map(|(block, questions)| {
            Edit::AddPageOfQuestions {
                title: block.page_title.into(),
                questions,
            }
        }),
        _ => None,
    };
    let outcome = match (action, edit) {
        // The builder no longer publishes: a consultation and its changes go public through
        // review (decision 0038). An older page's button is told so.
        ("publish", _) => super::service::find_for_building(&state.db, &staff, &slug)
            .await
            .and_then(|_| {
                Err(AppError::Conflict(crate::domain::interface_text::english(
                    "builder-publish-needs-review",
                )))
            }),
        ("undo", _) => super::service::undo_delete(&state.db, &staff, &slug, revision)
            .await
            .map(|applied| applied.focus),
        (_, Some(edit)) => {
            super::service::edit_questionnaire(&state.db, &staff, &slug, revision, edit)
                .await
                .map(|applied| applied.focus)
        }
        (_, None) => Err(AppError::BadRequest(
            crate::domain::interface_text::english("builder-unknown-button"),
        )),
    };
    match outcome {
        // Only reached for a consultation that exists, so `slug` is a real address.
        Ok(focus) => see_other(&changed(&slug, done_code(action), focus.as_deref())),
        Err(error) => render_refused(state, parts, &error, Vec::new()).await,
    }
}

/// The questionnaire page after a change: it words the message itself from `done` (no text
/// travels in the address) and scrolls to the item changed.
fn changed(slug: &str, done: &str, item: Option<&str>) -> String {
    let mut next = format!("/staff/consultations/{slug}/questionnaire?done={done}");
    if let Some(item) = item {
        next.push_str(&format!("&item={item}#item-{item}"));
    }
    next
}

fn done_code(action: &str) -> &'static str {
    match action {
        "move_up" | "move_down" | "move_to" => "moved",
        "duplicate" => "duplicated",
        "delete" => "deleted",
        "page_up" | "page_down" => "page-moved",
        "page_remove" => "page-removed",
        "page_rename" => "page-renamed",
        "page_add" => "page-added",
        "library" => "library-added",
        "saved" => "added",
        "undo" => "restored",
        _ => "",
    }
}

#[derive(serde::Deserialize)]
pub struct EditorQuery {
    page: Option<String>,
    kind: Option<String>,
    at: Option<usize>,
}

/// The question editor's POST: `do=add_option` (`add_scale`) draws the form again with one more
/// empty option (scale point), `do=option_up:<n>`/`option_down:<n>` (`scale_…`) with item n
/// moved (nothing saved); `do=save` saves the question and returns to the questionnaire.
pub async fn post_question(
    State(state): State<AppState>,
    Path((slug, key)): Path<(String, String)>,
    Query(query): Query<EditorQuery>,
    request: Request,
) -> Response {
    use crate::domain::question_form::{OPTION_PREFIX, SCALE_PREFIX, check_question, posted_list};
    use crate::domain::questionnaire_edit::Edit;

    let (staff, parts, fields) =
        match staff_form(&state, request, &staff_page(&slug, "questionnaire")).await {
            Ok(form) => form,
            Err(response) => return response,
        };
    // What is being edited, as the questionnaire is now.
    let editor = match super::service::questionnaire_draft(&state.db, staff, &slug)
        .await
        .and_then(|draft| super::editor_for(draft, &key, query.page.as_deref()))
    {
        Ok(editor) => editor,
        Err(error) => return render_refused(state, parts, &error, Vec::new()).await,
    };

    // "Move option N up/down": the form again with the options reordered (nothing saved yet).
    let pressed = posted_value(&fields, "do");
    if let Some((direction, index)) = pressed.split_once(':')
        && let Some((list, up)) = match direction {
            "option_up" => Some((OPTION_PREFIX, true)),
            "option_down" => Some((OPTION_PREFIX, false)),
            "scale_up" => Some((SCALE_PREFIX, true)),
            "scale_down" => Some((SCALE_PREFIX, false)),
            _ => None,
        }
    {
        let moved = index
            .parse::<usize>()
            .ok()
            .and_then(|index| crate::domain::question_form::move_in_list(&fields, list, index, up));
        let Some(values) = moved else {
            let error = AppError::BadRequest(crate::domain::interface_text::english(
                "builder-no-option-to-move",
            ));

            return render_refused(state, parts, &error, fields).await;
        };
        let posted = PostedForm {
            values,
            ..PostedForm::default()
        };
        return render_with_posted_form(state, parts, posted, StatusCode::OK).await;
    }

    let add_to = match posted_value(&fields, "do") {
        "add_option" => Some(OPTION_PREFIX),
        "add_scale" => Some(SCALE_PREFIX),
        _ => None,
    };
    if let Some(list) = add_to {
        let next = posted_list(&fields, list).len() + 1;
        let mut values = fields;
        values.push((format!("{list}new-{next}"), String::new()));
        let posted = PostedForm {
            values,
            ..PostedForm::default()
        };
        return render_with_posted_form(state, parts, posted, StatusCode::OK).await;
    }

    let (kind, question_key) = match &editor.question {
        Some(question) => (question.kind.code().to_string(), question.key.clone()),
        None => (query.kind.clone().unwrap_or_default(), String::new()),
    };
    let question = match check_question(&fields, &kind, &question_key) {
        Ok(question) => question,
        Err(errors) => {
            return render_refused(state, parts, &AppError::Invalid(errors), fields).await;
        }
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
    let revision = posted_value(&fields, "revision");
    match super::service::edit_questionnaire(&state.db, &editor.staff, &slug, revision, edit).await
    {
        Ok(applied) => see_other(&changed(&editor.slug, done, applied.focus.as_deref())),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}

/// A staff preview's form without JavaScript: the answers are checked with the respondent's
/// rules, then the preview comes back saying they fit (`?checked=yes`) or listing what to fix.
/// Nothing is stored.
pub async fn post_staff_preview(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let here = staff_page(&slug, "preview");
    let (staff, parts, fields) = match staff_form(&state, request, &here).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    let now = chrono::Utc::now();
    let checked = match super::preview::staff_preview(
        &state.db,
        &state.signing_key,
        &staff,
        &slug,
        now,
    )
    .await
    {
        Ok(form) => super::preview::check_answers(&form, &fields),
        Err(error) => Err(error),
    };
    match checked {
        Ok(()) => see_other(&format!("{here}?checked=yes")),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}

/// The same for a shared preview link (no account: the signed link is the permission).
pub async fn post_shared_preview(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, fields) = match read_posted(request).await {
        Ok(posted) => posted,
        Err(refusal) => return refusal,
    };
    let now = chrono::Utc::now();
    let checked =
        match super::preview::shared_preview(&state.db, &state.signing_key, &token, now).await {
            Ok(form) => super::preview::check_answers(&form, &fields),
            Err(error) => Err(error),
        };
    match checked {
        // The token was verified as exactly what we issued (digits, dots and hex), so it is safe
        // to put back into the address.
        Ok(()) => see_other(&format!("/preview/{token}?checked=yes")),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}
