//! Workspaces and their people, against the database. Each function asks the permission rule
//! first (`ManageWorkspaces` on the site to add a workspace, `ManageMembers` on the workspace
//! for everything about its people).

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, SqlErr, TransactionSession, TransactionTrait,
};

use super::api::{MemberRow, WorkspaceList, WorkspacePage, WorkspaceRow};
use crate::audit::service::record;
use crate::db::entities::{department, staff_user, workspace_membership};
use crate::domain::FieldError;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::permissions::{Action, Target, WorkspaceKind, WorkspaceRole};
use crate::domain::text::{is_clean, looks_like_email};
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

/// The longest name a workspace may have.
pub const MAX_NAME_CHARS: usize = 100;

fn invalid(field: &str, id: &str) -> AppError {
    AppError::Invalid(vec![FieldError::said(field, id)])
}

/// The workspaces whose people `staff` manages, by name, with how many belong to each.
pub async fn list(db: &impl ConnectionTrait, staff: StaffIdentity) -> AppResult<WorkspaceList> {
    // Two queries, however many workspaces: their people are counted here.
    let memberships = workspace_membership::Entity::find().all(db).await?;
    let workspaces: Vec<WorkspaceRow> = department::Entity::find()
        .order_by_asc(department::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .filter(|row| staff.can(Action::ManageMembers, Target::Workspace(row.id)))
        .map(|row| WorkspaceRow {
            partner: row.kind == WorkspaceKind::Partner.code(),
            members: memberships
                .iter()
                .filter(|m| m.department_id == row.id)
                .count() as u64,
            code: row.slug,
            name: row.name,
        })
        .collect();
    let may_create = staff.can(Action::ManageWorkspaces, Target::Site);
    if workspaces.is_empty() && !may_create {
        return Err(AppError::Forbidden);
    }
    Ok(WorkspaceList {
        staff,
        workspaces,
        may_create,
    })
}

/// The workspace with code `code`, if `staff` manages its people.
pub async fn managed(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
    code: &str,
) -> AppResult<department::Model> {
    // Text that cannot be a code (a NUL, say) is no workspace's, and never reaches the query.
    let code = crate::domain::Slug::parse(code).map(|slug| slug.as_str().to_string());
    let row = match code {
        Some(code) => {
            department::Entity::find()
                .filter(department::Column::Slug.eq(code))
                .one(db)
                .await?
        }
        None => None,
    }
    .ok_or_else(|| {
        AppError::NotFound(crate::domain::interface_text::english(
            "staff-workspace-not-found",
        ))
    })?;
    staff.ensure(Action::ManageMembers, Target::Workspace(row.id))?;
    Ok(row)
}

/// Workspace `code`'s page: its people by name, with their roles.
pub async fn page(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    code: &str,
) -> AppResult<WorkspacePage> {
    let row = managed(db, &staff, code).await?;
    let memberships = workspace_membership::Entity::find()
        .filter(workspace_membership::Column::DepartmentId.eq(row.id))
        .all(db)
        .await?;
    let ids: Vec<i64> = memberships.iter().map(|m| m.staff_user_id).collect();
    let mut members: Vec<MemberRow> = staff_user::Entity::find()
        .filter(staff_user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|user| {
            let membership = memberships.iter().find(|m| m.staff_user_id == user.id)?;
            Some(MemberRow {
                id: user.id,
                role: WorkspaceRole::parse(&membership.role)?,
                deactivated: user.deactivated_at.is_some(),
                invited: user.password_hash == crate::staff::links::NO_PASSWORD_YET,
                name: user.display_name,
                email: user.email,
            })
        })
        .collect();
    members.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.id.cmp(&b.id))
    });
    Ok(WorkspacePage {
        staff,
        partner: row.kind == WorkspaceKind::Partner.code(),
        code: row.slug,
        name: row.name,
        members,
    })
}

/// Adds a workspace (site admins only): its code is its address, its name what staff read.
pub async fn create<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    code: &str,
    name: &str,
    kind: &str,
) -> AppResult<String> {
    staff.ensure(Action::ManageWorkspaces, Target::Site)?;
    // In the form's order: name, code, kind.
    let mut errors = Vec::new();
    let name = name.trim();
    if name.is_empty() {
        errors.push(FieldError::said("name", "staff-workspace-enter-name"));
    } else if name.chars().count() > MAX_NAME_CHARS || !is_clean(name) {
        errors.push(FieldError::said("name", "staff-workspace-name-too-long"));
    }
    let code = code.trim();
    if code.is_empty() {
        errors.push(FieldError::said("code", "staff-workspace-enter-code"));
    } else if crate::domain::Slug::parse(code).is_none() {
        errors.push(FieldError::said("code", "staff-workspace-code-format"));
    }
    let kind = WorkspaceKind::parse(kind);
    if kind.is_none() {
        errors.push(FieldError::said("kind", "staff-workspace-choose-kind"));
    }
    let (true, Some(kind)) = (errors.is_empty(), kind) else {
        return Err(AppError::Invalid(errors));
    };
    let txn = db.begin().await?;
    let created = department::ActiveModel {
        slug: Set(code.to_string()),
        name: Set(name.to_string()),
        kind: Set(kind.code().to_string()),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => invalid("code", "staff-workspace-code-taken"),
        _ => e.into(),
    })?;
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::WorkspaceCreated, name)
            .in_workspace(created.id)
            .after(&format!("Code {code}, {}", kind.code())),
    )
    .await?;
    txn.commit().await?;
    Ok(code.to_string())
}

fn parse_role(role: &str) -> AppResult<WorkspaceRole> {
    WorkspaceRole::parse(role).ok_or_else(|| {
        AppError::BadRequest(crate::domain::interface_text::english(
            "staff-workspace-choose-role",
        ))
    })
}

/// What "Add to workspace" did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    /// Someone with an account joined the workspace.
    Member,
    /// Someone without one was given an account and emailed a link to choose its password.
    Invited,
}

/// Adds the person with staff account `email` to workspace `code` with `role`; someone with no
/// account yet is invited when their `name` is given (`staff::links::invite`).
#[allow(clippy::too_many_arguments)]
pub async fn add<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    mail: &crate::mail::outbox::Mail,
    staff: &StaffIdentity,
    code: &str,
    email: &str,
    name: &str,
    role: &str,
    email_language: &str,
    now: chrono::DateTime<Utc>,
) -> AppResult<Added> {
    let workspace = managed(db, staff, code).await?;
    let email = crate::staff::service::normalise_email(email);
    let mut errors = Vec::new();
    if email.is_empty() {
        errors.push(FieldError::said("email", "staff-workspace-enter-email"));
    } else if !looks_like_email(&email) {
        errors.push(FieldError::said("email", "staff-sign-in-email-format"));
    }
    let role = WorkspaceRole::parse(role);
    if role.is_none() {
        errors.push(FieldError::said("role", "staff-workspace-choose-role"));
    }
    let (true, Some(role)) = (errors.is_empty(), role) else {
        return Err(AppError::Invalid(errors));
    };
    let Some(person) = staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
    else {
        if name.trim().is_empty() {
            return Err(invalid("name", "staff-workspace-no-account"));
        }
        let language = crate::domain::staff_account::email_language(email_language)
            .map_err(|id| invalid("email_language", id))?;
        crate::staff::links::invite(
            db, mail, staff, &workspace, &email, name, role, language, now,
        )
        .await?;
        return Ok(Added::Invited);
    };
    let txn = db.begin().await?;
    insert_membership(&txn, person.id, workspace.id, role, now)
        .await
        .map_err(|e| match e.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => {
                invalid("email", "staff-workspace-already-member")
            }
            _ => e.into(),
        })?;
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::MemberAdded, &person.email)
            .in_workspace(workspace.id)
            .after(&format!("{} in {}", role.code(), workspace.name)),
    )
    .await?;
    txn.commit().await?;
    Ok(Added::Member)
}

/// Puts account `person` in workspace `workspace` with `role` (the caller says what a second
/// membership of the same workspace means).
pub(crate) async fn insert_membership(
    db: &impl ConnectionTrait,
    person: i64,
    workspace: i64,
    role: WorkspaceRole,
    now: chrono::DateTime<Utc>,
) -> Result<(), sea_orm::DbErr> {
    workspace_membership::ActiveModel {
        staff_user_id: Set(person),
        department_id: Set(workspace),
        role: Set(role.code().to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// Staff account `id`'s email address, as the log names it.
async fn email_of(db: &impl ConnectionTrait, id: i64) -> AppResult<String> {
    Ok(staff_user::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|user| user.email)
        .unwrap_or_else(|| format!("account {id}")))
}

/// Member `member` of workspace `workspace`'s membership, or not found.
async fn membership(
    db: &impl ConnectionTrait,
    workspace: i64,
    member: i64,
) -> AppResult<workspace_membership::Model> {
    workspace_membership::Entity::find()
        .filter(workspace_membership::Column::DepartmentId.eq(workspace))
        .filter(workspace_membership::Column::StaffUserId.eq(member))
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::NotFound(crate::domain::interface_text::english(
                "staff-workspace-not-a-member",
            ))
        })
}

/// Refuses to leave a workspace that has admins without any: taking out, or giving another
/// role to, its last workspace admin.
async fn keep_an_admin(
    db: &impl ConnectionTrait,
    workspace: i64,
    changing: &workspace_membership::Model,
) -> AppResult<()> {
    if WorkspaceRole::parse(&changing.role) != Some(WorkspaceRole::Admin) {
        return Ok(());
    }
    let admins = workspace_membership::Entity::find()
        .filter(workspace_membership::Column::DepartmentId.eq(workspace))
        .filter(workspace_membership::Column::Role.eq(WorkspaceRole::Admin.code()))
        .count(db)
        .await?;
    if admins <= 1 {
        return Err(AppError::Conflict(crate::domain::interface_text::english(
            "staff-workspace-last-admin",
        )));
    }
    Ok(())
}

/// Gives member `member` of workspace `code` the role `role`.
pub async fn set_role<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    code: &str,
    member: i64,
    role: &str,
) -> AppResult<()> {
    let workspace = managed(db, staff, code).await?;
    let role = parse_role(role)?;
    let current = membership(db, workspace.id, member).await?;
    if role != WorkspaceRole::Admin {
        keep_an_admin(db, workspace.id, &current).await?;
    }
    let before = current.role.clone();
    let txn = db.begin().await?;
    let mut active: workspace_membership::ActiveModel = current.into();
    active.role = Set(role.code().to_string());
    active.update(&txn).await?;
    record(
        &txn,
        staff,
        AuditEntry::new(
            AuditAction::MemberRoleChanged,
            &email_of(&txn, member).await?,
        )
        .in_workspace(workspace.id)
        .before(&before)
        .after(role.code()),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Takes member `member` out of workspace `code` (their account stays, and so does what they
/// did).
pub async fn remove<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    code: &str,
    member: i64,
) -> AppResult<()> {
    let workspace = managed(db, staff, code).await?;
    let current = membership(db, workspace.id, member).await?;
    keep_an_admin(db, workspace.id, &current).await?;
    let txn = db.begin().await?;
    workspace_membership::Entity::delete_by_id(current.id)
        .exec(&txn)
        .await?;
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::MemberRemoved, &email_of(&txn, member).await?)
            .in_workspace(workspace.id)
            .before(&format!("{} in {}", current.role, workspace.name)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Every staff account, by name, with its workspaces and roles (site admins only).
pub async fn accounts(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
) -> AppResult<super::api::AccountList> {
    staff.ensure(Action::ManageAccounts, Target::Site)?;
    let workspaces = department::Entity::find().all(db).await?;
    let memberships = workspace_membership::Entity::find().all(db).await?;
    let mut accounts: Vec<super::api::AccountRow> = staff_user::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|user| {
            let mut theirs: Vec<(String, WorkspaceRole)> = memberships
                .iter()
                .filter(|m| m.staff_user_id == user.id)
                .filter_map(|m| {
                    let workspace = workspaces.iter().find(|w| w.id == m.department_id)?;
                    Some((workspace.name.clone(), WorkspaceRole::parse(&m.role)?))
                })
                .collect();
            theirs.sort();
            super::api::AccountRow {
                id: user.id,
                site_admin: user.role == crate::domain::permissions::SITE_ADMIN,
                deactivated: user.deactivated_at.is_some(),
                two_factor: user.totp_secret.is_some(),
                invited: user.password_hash == crate::staff::links::NO_PASSWORD_YET,
                workspaces: theirs,
                name: user.display_name,
                email: user.email,
            }
        })
        .collect();
    accounts.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.id.cmp(&b.id))
    });
    Ok(super::api::AccountList { staff, accounts })
}

/// Switches account `account` off (`active` false: it signs in no more and its sessions end at
/// once) or on again. Nobody switches off their own account, so a site admin always remains.
pub async fn set_active<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    account: i64,
    active: bool,
) -> AppResult<()> {
    staff.ensure(Action::ManageAccounts, Target::Site)?;
    if account == staff.id && !active {
        return Err(AppError::Conflict(crate::domain::interface_text::english(
            "staff-accounts-not-yourself",
        )));
    }
    let user = account_to_manage(db, staff, account).await?;
    let email = user.email.clone();
    let txn = db.begin().await?;
    let mut row: staff_user::ActiveModel = user.into();
    row.deactivated_at = Set((!active).then(Utc::now));
    row.update(&txn).await?;
    if !active {
        crate::staff::service::end_sessions(&txn, account, None).await?;
    }
    let action = if active {
        AuditAction::AccountReactivated
    } else {
        AuditAction::AccountDeactivated
    };
    record(&txn, staff, AuditEntry::new(action, &email)).await?;
    txn.commit().await?;
    Ok(())
}

/// Account `account`, for a site admin to change (or not found).
pub(crate) async fn account_to_manage(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
    account: i64,
) -> AppResult<staff_user::Model> {
    staff.ensure(Action::ManageAccounts, Target::Site)?;
    staff_user::Entity::find_by_id(account)
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::NotFound(crate::domain::interface_text::english(
                "staff-accounts-not-found",
            ))
        })
}

/// The page where a site admin changes account `account`'s name, email address and the
/// language of its emails.
pub async fn account_details(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    account: i64,
) -> AppResult<super::api::AccountDetailsPage> {
    let user = account_to_manage(db, &staff, account).await?;
    Ok(super::api::AccountDetailsPage {
        staff,
        id: user.id,
        email_language: crate::domain::staff_account::stored_email_language(&user.email_language),
        name: user.display_name,
        email: user.email,
    })
}

/// Saves what a site admin typed for account `account`. A changed email address is what the
/// person signs in with from now on, and their old address is told (in case it was not meant).
#[allow(clippy::too_many_arguments)]
pub async fn save_account_details<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    mail: &crate::mail::outbox::Mail,
    staff: &StaffIdentity,
    account: i64,
    name: &str,
    email: &str,
    language: &str,
    now: chrono::DateTime<Utc>,
) -> AppResult<()> {
    let user = account_to_manage(db, staff, account).await?;
    let (name, email, language) =
        crate::staff::service::checked_details(name, Some(email), language)?;
    let old = user.email.clone();
    // The notice is in the language the old address has been written to.
    let old_language = crate::domain::staff_account::stored_email_language(&user.email_language);
    let new = email.clone().unwrap_or_default();
    crate::staff::service::save_details(db, staff, user, name, email, language).await?;
    if new != old {
        let notice = crate::domain::email::staff_email_changed(
            old_language,
            &old,
            &staff.display_name,
            &new,
        );
        // The change stands either way: the audit log has it, and the person signs in with it.
        if !mail.queue(db, notice, now).await {
            tracing::warn!("the notice of a changed staff email address was not queued");
        }
    }
    Ok(())
}
