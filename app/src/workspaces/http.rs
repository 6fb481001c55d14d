//! The workspace pages' form posts. Each posts to its own page with an `action`, so a refusal
//! redraws that page with each mistake beside its field.

use axum::{
    extract::{Path, Request, State},
    response::Response,
};

use super::WORKSPACES_PATH;
use crate::builder::http::staff_form;
use crate::domain::answers::posted_value;
use crate::domain::permissions::{Action, Target};
use crate::error::AppError;
use crate::render::render_refused;
use crate::staff::http::see_other;
use crate::state::AppState;

fn unknown_button() -> AppError {
    AppError::BadRequest(crate::domain::interface_text::english(
        "staff-unknown-button",
    ))
}

/// "Add a workspace" (site admins).
pub async fn post_workspaces(State(state): State<AppState>, request: Request) -> Response {
    let (staff, parts, fields) = match staff_form(&state, request, WORKSPACES_PATH).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    // Who may is asked before anything about the form.
    if let Err(error) = staff.ensure(Action::ManageWorkspaces, Target::Site) {
        return render_refused(state, parts, &error, Vec::new()).await;
    }
    let value = |name: &str| posted_value(&fields, name);
    let created = match value("action") {
        "create" => {
            super::service::create(
                &state.db,
                &staff,
                value("code"),
                value("name"),
                value("kind"),
            )
            .await
        }
        _ => Err(unknown_button()),
    };
    match created {
        Ok(code) => see_other(&format!("{WORKSPACES_PATH}/{code}?done=created")),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}

/// A workspace's people: add someone (`add`), change a role (`role:<id>`), take someone out
/// (`remove:<id>`), send an invitation again (`resend:<id>`).
pub async fn post_workspace(
    State(state): State<AppState>,
    Path(code): Path<String>,
    request: Request,
) -> Response {
    // A path segment that cannot be a code goes back to the list (it is no workspace's).
    let here = match crate::domain::Slug::parse(&code) {
        Some(code) => format!("{WORKSPACES_PATH}/{code}"),
        None => WORKSPACES_PATH.to_string(),
    };
    let (staff, parts, fields) = match staff_form(&state, request, &here).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    // Who may is asked before anything about the form.
    let workspace = match super::service::managed(&state.db, &staff, &code).await {
        Ok(workspace) => workspace,
        Err(error) => return render_refused(state, parts, &error, Vec::new()).await,
    };
    let value = |name: &str| posted_value(&fields, name);
    let member = |prefix: &str| {
        value("action")
            .strip_prefix(prefix)
            .and_then(|id| id.parse::<i64>().ok())
    };
    let outcome = if value("action") == "add" {
        super::service::add(
            &state.db,
            &state.mail,
            &staff,
            &code,
            value("email"),
            value("name"),
            value("role"),
            value("email_language"),
            chrono::Utc::now(),
        )
        .await
        .map(|added| match added {
            super::service::Added::Member => "added",
            super::service::Added::Invited => "invited",
        })
    } else if let Some(id) = member("role:") {
        let role = value(&format!("role-{id}"));
        super::service::set_role(&state.db, &staff, &code, id, role)
            .await
            .map(|()| "changed")
    } else if let Some(id) = member("remove:") {
        super::service::remove(&state.db, &staff, &code, id)
            .await
            .map(|()| "removed")
    } else if let Some(id) = member("resend:") {
        let now = chrono::Utc::now();
        crate::staff::links::resend_invitation(
            &state.db,
            &state.mail,
            &staff,
            id,
            Some(&workspace),
            now,
        )
        .await
        .map(|()| "resent")
    } else {
        Err(unknown_button())
    };
    match outcome {
        Ok(done) => see_other(&format!("{here}?done={done}")),
        Err(error) => {
            // The form filled in again, except for what changed underneath it.
            let values = fields
                .into_iter()
                .filter(|(name, _)| {
                    ["email", "name", "role", "email_language"].contains(&name.as_str())
                })
                .collect();
            render_refused(state, parts, &error, values).await
        }
    }
}

/// The accounts list's buttons: `deactivate:<id>`, `reactivate:<id>`, `reset_two_factor:<id>`,
/// `resend:<id>` (site admins).
pub async fn post_accounts(State(state): State<AppState>, request: Request) -> Response {
    use super::ACCOUNTS_PATH;
    let (staff, parts, fields) = match staff_form(&state, request, ACCOUNTS_PATH).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    // Who may is asked before anything about the form.
    if let Err(error) = staff.ensure(Action::ManageAccounts, Target::Site) {
        return render_refused(state, parts, &error, Vec::new()).await;
    }
    let action = posted_value(&fields, "action");
    let account = |prefix: &str| {
        action
            .strip_prefix(prefix)
            .and_then(|id| id.parse::<i64>().ok())
    };
    let (done, outcome) = if let Some(id) = account("deactivate:") {
        (
            "deactivated",
            super::service::set_active(&state.db, &staff, id, false).await,
        )
    } else if let Some(id) = account("reactivate:") {
        (
            "reactivated",
            super::service::set_active(&state.db, &staff, id, true).await,
        )
    } else if let Some(id) = account("reset_two_factor:") {
        (
            "two_factor_reset",
            crate::staff::two_factor::reset_for(&state.db, &staff, id).await,
        )
    } else if let Some(id) = account("resend:") {
        let now = chrono::Utc::now();
        (
            "resent",
            crate::staff::links::resend_invitation(&state.db, &state.mail, &staff, id, None, now)
                .await,
        )
    } else {
        ("", Err(unknown_button()))
    };
    match outcome {
        Ok(()) => see_other(&format!("{ACCOUNTS_PATH}?done={done}")),
        Err(error) => render_refused(state, parts, &error, Vec::new()).await,
    }
}

/// A site admin's form changing account `id`'s details (`/staff/accounts/<id>`).
pub async fn post_account_details(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    use super::ACCOUNTS_PATH;
    // A path segment that is no account's number goes back to the list.
    let account = id.parse::<i64>().ok();
    let here = match account {
        Some(id) => format!("{ACCOUNTS_PATH}/{id}"),
        None => ACCOUNTS_PATH.to_string(),
    };
    let (staff, parts, fields) = match staff_form(&state, request, &here).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    // Who may is asked before anything about the form.
    if let Err(error) = staff.ensure(Action::ManageAccounts, Target::Site) {
        return render_refused(state, parts, &error, Vec::new()).await;
    }
    let Some(account) = account else {
        let error = AppError::NotFound(crate::domain::interface_text::english(
            "staff-accounts-not-found",
        ));
        return render_refused(state, parts, &error, Vec::new()).await;
    };
    let value = |name: &str| posted_value(&fields, name);
    let saved = super::service::save_account_details(
        &state.db,
        &state.mail,
        &staff,
        account,
        value("name"),
        value("email"),
        value("email_language"),
        chrono::Utc::now(),
    )
    .await;
    match saved {
        Ok(()) => see_other(&format!("{ACCOUNTS_PATH}?done=details_saved")),
        Err(error) => render_refused(state, parts, &error, fields).await,
    }
}
