//! Links that set a staff member's password (decision 0035): an admin's invitation to a new
//! account, and a reset of a forgotten password. A link's token is random; only its SHA-256 is
//! stored. A link works once and expires (`domain::staff_links`).

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, SqlErr, TransactionSession, TransactionTrait, sea_query::Expr,
};

use super::api::SetPasswordPage;
use super::service::{
    MIN_PASSWORD_CHARS, end_sessions, hash_password, normalise_email, token_hash,
};
use crate::audit::service::{Doer, record};
use crate::db::entities::{department, staff_link, staff_user, workspace_membership};
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::permissions::{Action, STAFF, Target, WorkspaceRole};
use crate::domain::staff_account::{account_name, stored_email_language};
use crate::domain::staff_links::{LinkPurpose, plausible_token, usable};
use crate::domain::uk_time::format_date_time_in;
use crate::domain::{FieldError, Language};
use crate::error::{AppError, AppResult};
use crate::mail::outbox::Mail;
use crate::staff::api::StaffIdentity;

/// The password hash of an invited account that has not chosen its password: no password
/// matches it (it is not a hash at all).
pub const NO_PASSWORD_YET: &str = "!invited";

/// The address of link `token`'s page.
pub fn link_path(token: &str) -> String {
    format!("{}/{token}", super::views::SET_PASSWORD_PATH)
}

/// Reset links one account may have waiting at once: more asks send nothing more (the mailbox
/// is not to be flooded, nor the table filled).
const MOST_WAITING_RESETS: u64 = 3;

/// A new link for account `staff_user_id`; its token (for the address).
async fn issue(
    db: &impl ConnectionTrait,
    staff_user_id: i64,
    purpose: LinkPurpose,
    now: DateTime<Utc>,
) -> AppResult<String> {
    // Expired links go at each issue, so the table holds little more than live ones.
    staff_link::Entity::delete_many()
        .filter(staff_link::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    let token = hex::encode(rand::random::<[u8; 32]>());
    staff_link::ActiveModel {
        token_hash: Set(token_hash(&token)),
        staff_user_id: Set(staff_user_id),
        purpose: Set(purpose.code().to_string()),
        created_at: Set(now),
        expires_at: Set(now + purpose.lifetime()),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

fn invalid(field: &str, id: &str) -> AppError {
    AppError::Invalid(vec![FieldError::said(field, id)])
}

/// Invites `name` at `email` (who has no account) into `workspace` with `role`: a new account
/// with no password yet, its membership, and an emailed link to choose the password.
#[allow(clippy::too_many_arguments)]
pub async fn invite<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    mail: &Mail,
    staff: &StaffIdentity,
    workspace: &department::Model,
    email: &str,
    name: &str,
    role: WorkspaceRole,
    language: Language,
    now: DateTime<Utc>,
) -> AppResult<()> {
    staff.ensure(Action::ManageMembers, Target::Workspace(workspace.id))?;
    let name = account_name(name).map_err(|id| invalid("name", id))?;
    let txn = db.begin().await?;
    let user = staff_user::ActiveModel {
        email: Set(email.to_string()),
        display_name: Set(name.clone()),
        password_hash: Set(NO_PASSWORD_YET.to_string()),
        role: Set(STAFF.to_string()),
        created_at: Set(now),
        email_language: Set(language.tag().to_string()),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| match e.sql_err() {
        // Someone else created it meanwhile: adding them is what the form does next time.
        Some(SqlErr::UniqueConstraintViolation(_)) => {
            invalid("email", "staff-workspace-already-member")
        }
        _ => e.into(),
    })?;
    crate::workspaces::service::insert_membership(&txn, user.id, workspace.id, role, now).await?;
    let token = issue(&txn, user.id, LinkPurpose::Invitation, now).await?;
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::AccountInvited, email)
            .in_workspace(workspace.id)
            .after(&format!("{} in {}", role.code(), workspace.name)),
    )
    .await?;
    txn.commit().await?;
    send_invitation(db, mail, staff, &user, &workspace.name, &token, now).await
}

/// Emails account `user` its invitation with link `token`, in the language of its emails.
async fn send_invitation(
    db: &impl ConnectionTrait,
    mail: &Mail,
    staff: &StaffIdentity,
    user: &staff_user::Model,
    workspace: &str,
    token: &str,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let language = stored_email_language(&user.email_language);
    let message = crate::domain::email::staff_invitation(
        language,
        &user.email,
        &user.display_name,
        &staff.display_name,
        workspace,
        &mail.link(&link_path(token)),
        &format_date_time_in(language, now + LinkPurpose::Invitation.lifetime()),
    );
    if !mail.queue(db, message, now).await {
        return Err(AppError::Conflict(crate::domain::interface_text::english(
            "staff-invite-not-sent",
        )));
    }
    Ok(())
}

/// Sends the invitation of account `account` (invited, and not yet through its link) again: a
/// new link, emailed, and every earlier link of it stops working (the newest email is the one to
/// use). From the accounts page (`workspace` none: site admins) or from workspace `workspace`'s
/// page, whose admins may for the people in it.
pub async fn resend_invitation<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    mail: &Mail,
    staff: &StaffIdentity,
    account: i64,
    workspace: Option<&department::Model>,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let not_found = || {
        AppError::NotFound(crate::domain::interface_text::english(
            "staff-accounts-not-found",
        ))
    };
    match workspace {
        Some(workspace) => staff.ensure(Action::ManageMembers, Target::Workspace(workspace.id))?,
        None => staff.ensure(Action::ManageAccounts, Target::Site)?,
    }
    let user = staff_user::Entity::find_by_id(account)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    let memberships = workspace_membership::Entity::find()
        .filter(workspace_membership::Column::StaffUserId.eq(user.id))
        .all(db)
        .await?;
    // A workspace's admins see only their own people.
    if let Some(workspace) = workspace
        && !memberships.iter().any(|m| m.department_id == workspace.id)
    {
        return Err(not_found());
    }
    if user.password_hash != NO_PASSWORD_YET {
        return Err(AppError::Conflict(crate::domain::interface_text::english(
            "staff-invite-not-invited",
        )));
    }
    if user.deactivated_at.is_some() {
        return Err(AppError::Conflict(crate::domain::interface_text::english(
            "staff-invite-deactivated",
        )));
    }
    // The email names the workspace it is sent from, or the account's first.
    let named = match workspace {
        Some(workspace) => Some(workspace.clone()),
        None => match memberships.first() {
            Some(m) => {
                department::Entity::find_by_id(m.department_id)
                    .one(db)
                    .await?
            }
            None => None,
        },
    };
    let txn = db.begin().await?;
    staff_link::Entity::update_many()
        .col_expr(staff_link::Column::UsedAt, Expr::value(now))
        .filter(staff_link::Column::StaffUserId.eq(user.id))
        .filter(staff_link::Column::Purpose.eq(LinkPurpose::Invitation.code()))
        .filter(staff_link::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    let token = issue(&txn, user.id, LinkPurpose::Invitation, now).await?;
    let mut entry = AuditEntry::new(AuditAction::InvitationResent, &user.email);
    if let Some(workspace) = &named {
        entry = entry.in_workspace(workspace.id);
    }
    record(&txn, staff, entry).await?;
    txn.commit().await?;
    let workspace_name = named.map(|w| w.name).unwrap_or_default();
    send_invitation(db, mail, staff, &user, &workspace_name, &token, now).await
}

/// "Forgotten your password?": emails a reset link if `email` is an active account's. Says
/// nothing either way (the page answers the same whatever was typed, so accounts cannot be
/// discovered).
pub async fn ask_for_reset(
    db: &impl ConnectionTrait,
    mail: &Mail,
    email: &str,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let email = normalise_email(email);
    let Some(user) = staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
        .filter(|user| user.deactivated_at.is_none())
    else {
        return Ok(());
    };
    let waiting = staff_link::Entity::find()
        .filter(staff_link::Column::StaffUserId.eq(user.id))
        .filter(staff_link::Column::Purpose.eq(LinkPurpose::PasswordReset.code()))
        .filter(staff_link::Column::UsedAt.is_null())
        .filter(staff_link::Column::ExpiresAt.gt(now))
        .count(db)
        .await?;
    if waiting >= MOST_WAITING_RESETS {
        tracing::warn!("a password reset was not sent: the account has several waiting");
        return Ok(());
    }
    let token = issue(db, user.id, LinkPurpose::PasswordReset, now).await?;
    let language = stored_email_language(&user.email_language);
    let message = crate::domain::email::staff_password_reset(
        language,
        &user.email,
        &mail.link(&link_path(&token)),
        &format_date_time_in(language, now + LinkPurpose::PasswordReset.lifetime()),
    );
    mail.queue(db, message, now).await;
    Ok(())
}

/// The link's usable row and its account, or not found (used, expired, or never issued: the
/// page says the same for each).
async fn usable_link(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> AppResult<(staff_link::Model, staff_user::Model)> {
    let gone = || {
        AppError::NotFound(crate::domain::interface_text::english(
            "staff-link-not-usable",
        ))
    };
    if !plausible_token(token) {
        return Err(gone());
    }
    let link = staff_link::Entity::find()
        .filter(staff_link::Column::TokenHash.eq(token_hash(token)))
        .one(db)
        .await?
        .filter(|link| usable(link.expires_at, link.used_at, now))
        .ok_or_else(gone)?;
    let user = staff_user::Entity::find_by_id(link.staff_user_id)
        .one(db)
        .await?
        .filter(|user| user.deactivated_at.is_none())
        .ok_or_else(gone)?;
    Ok((link, user))
}

/// What the page of link `token` shows.
pub async fn link_page(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> AppResult<SetPasswordPage> {
    let (link, user) = usable_link(db, token, now).await?;
    Ok(SetPasswordPage {
        email: user.email,
        name: user.display_name,
        invitation: LinkPurpose::parse(&link.purpose) == Some(LinkPurpose::Invitation),
    })
}

/// Sets the password through link `token`: once only (the link is marked used in the statement
/// that checks it is unused), ending every session of the account and every other link of it.
pub async fn set_password<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    token: &str,
    new: &str,
    confirm: &str,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let (link, user) = usable_link(db, token, now).await?;
    if new.is_empty() {
        return Err(invalid("new_password", "staff-account-enter-new"));
    }
    if new.chars().count() < MIN_PASSWORD_CHARS {
        return Err(invalid("new_password", "staff-account-new-too-short"));
    }
    if confirm != new {
        return Err(invalid("confirm_password", "staff-account-confirm-differs"));
    }
    let hash = hash_password(new.to_string()).await?;
    let txn = db.begin().await?;
    let claimed = staff_link::Entity::update_many()
        .col_expr(staff_link::Column::UsedAt, Expr::value(now))
        .filter(staff_link::Column::Id.eq(link.id))
        .filter(staff_link::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(AppError::NotFound(crate::domain::interface_text::english(
            "staff-link-not-usable",
        )));
    }
    // Any other link of the account stops working: the password is chosen.
    staff_link::Entity::update_many()
        .col_expr(staff_link::Column::UsedAt, Expr::value(now))
        .filter(staff_link::Column::StaffUserId.eq(user.id))
        .filter(staff_link::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::PasswordHash, Expr::value(hash))
        .filter(staff_user::Column::Id.eq(user.id))
        .exec(&txn)
        .await?;
    end_sessions(&txn, user.id, None).await?;
    let how = match LinkPurpose::parse(&link.purpose) {
        Some(LinkPurpose::Invitation) => "Accepted an invitation",
        _ => "Reset a forgotten password",
    };
    record(
        &txn,
        Doer {
            id: Some(user.id),
            name: &user.display_name,
            email: &user.email,
        },
        AuditEntry::new(AuditAction::PasswordSetByLink, &user.email).after(how),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
