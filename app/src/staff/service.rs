//! Staff accounts and sessions. Passwords are hashed with Argon2id on a blocking thread (hashing
//! takes tens of milliseconds and must not stall the async workers). Session tokens are random;
//! only their SHA-256 is stored.

use argon2::{
    Argon2,
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng},
};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, SqlErr, TransactionSession, TransactionTrait, sea_query::OnConflict,
};
use sha2::{Digest, Sha256};

use super::api::StaffIdentity;
use crate::audit::service::{COMMAND_LINE, record};
use crate::db::entities::sign_in_backoff;
use crate::db::entities::{department, staff_session, staff_user, workspace_membership};
use crate::domain::FieldError;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::permissions::{Membership, SITE_ADMIN, STAFF, WorkspaceRole};
use crate::domain::sign_in_backoff::{Backoff, Counted, after_failure, wait as backoff_wait};
use crate::domain::text::{is_clean, looks_like_email};
use crate::domain::two_factor::SecondStep;
use crate::error::{AppError, AppResult};

/// The longest a sign-in lasts, however busy (the cookie's lifetime too).
pub const SESSION_LENGTH: Duration = Duration::hours(12);
/// A sign-in unused this long ends (a computer left signed in at a desk).
pub const SESSION_IDLE: Duration = Duration::hours(1);
/// A session's idle deadline is moved on at most this often (not a write per request).
const SESSION_TOUCH: Duration = Duration::minutes(1);
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Password hashes computed at once. Each takes tens of milliseconds of a core and 19 MiB, so a
/// burst of sign-ins (or an attacker's) queues here instead of starving every other request.
static HASHING: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    tokio::sync::Semaphore::new(cores.max(1))
});
/// How long a sign-in waits for a turn to hash before it is told the service is busy.
const HASHING_QUEUE: std::time::Duration = std::time::Duration::from_secs(10);

/// Runs `work` (a hash or its check) on a blocking thread once a turn is free.
async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> AppResult<T> {
    let _turn = tokio::time::timeout(HASHING_QUEUE, HASHING.acquire())
        .await
        .map_err(|_| AppError::internal("hashing", "no turn to hash within 10 seconds"))?
        .map_err(|e| AppError::internal("hashing", e))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::internal("hash task", e))
}

/// Checked against when no account matches, so a wrong email costs the same time as a wrong
/// password and accounts cannot be discovered by timing.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$8Hn6tQ0m5b7e1cH5u4m1f2k3VQ1o2ZcYV4n7S8p9QrE";

/// Who `user` is, with their memberships. A membership whose role is not a known code gives
/// nothing (see `WorkspaceRole::parse`).
pub async fn identity(
    db: &impl ConnectionTrait,
    user: &staff_user::Model,
) -> AppResult<StaffIdentity> {
    let memberships = workspace_membership::Entity::find()
        .filter(workspace_membership::Column::StaffUserId.eq(user.id))
        .order_by_asc(workspace_membership::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| {
            Some(Membership {
                workspace: row.department_id,
                role: WorkspaceRole::parse(&row.role)?,
            })
        })
        .collect();
    Ok(StaffIdentity {
        id: user.id,
        email: user.email.clone(),
        display_name: user.display_name.clone(),
        site_admin: user.role == SITE_ADMIN,
        memberships,
    })
}

pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub(crate) async fn hash_password(password: String) -> AppResult<String> {
    hashing(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
    })
    .await?
    .map_err(|e| AppError::internal("hash", e))
}

pub(crate) async fn verify_password(password: String, hash: String) -> AppResult<bool> {
    hashing(move || {
        let Ok(parsed) = PasswordHash::new(&hash) else {
            return false;
        };
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
    .await
}

pub async fn create_staff(
    db: &impl ConnectionTrait,
    email: &str,
    display_name: &str,
    password: &str,
    role: &str,
    department_id: Option<i64>,
) -> AppResult<StaffIdentity> {
    let email = normalise_email(email);
    if !looks_like_email(&email) {
        return Err(AppError::BadRequest(
            "Enter an email address in the correct format, like name@example.gov.uk".into(),
        ));
    }
    if display_name.trim().is_empty() {
        return Err(AppError::BadRequest("Enter a name".into()));
    }
    if !is_clean(display_name) {
        return Err(AppError::BadRequest(
            "The name must not contain control characters".into(),
        ));
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AppError::BadRequest(format!(
            "The password must be {MIN_PASSWORD_CHARS} characters or more"
        )));
    }
    let site_admin = role == SITE_ADMIN;
    let workspace_role = if site_admin {
        None
    } else {
        let Some(parsed) = WorkspaceRole::parse(role) else {
            let roles: Vec<&str> = std::iter::once(SITE_ADMIN)
                .chain(WorkspaceRole::ALL.iter().map(|r| r.code()))
                .collect();
            return Err(AppError::BadRequest(format!(
                "The role must be one of: {}",
                roles.join(", ")
            )));
        };
        if department_id.is_none() {
            return Err(AppError::BadRequest(format!(
                "A {role} works in a workspace: name one (only site admins have none)"
            )));
        }
        Some(parsed)
    };
    let now = Utc::now();
    let user = staff_user::ActiveModel {
        email: Set(email.clone()),
        display_name: Set(display_name.trim().to_string()),
        password_hash: Set(hash_password(password.to_string()).await?),
        role: Set(if site_admin { SITE_ADMIN } else { STAFF }.to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|e| match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => {
            AppError::Conflict(format!("A staff account for {email} already exists"))
        }
        _ => e.into(),
    })?;
    if let (Some(role), Some(workspace)) = (workspace_role, department_id) {
        crate::workspaces::service::insert_membership(db, user.id, workspace, role, now).await?;
    }
    let mut entry =
        AuditEntry::new(AuditAction::AccountCreated, &email).after(&match workspace_role {
            Some(role) => role.code().to_string(),
            None => SITE_ADMIN.to_string(),
        });
    if let Some(workspace) = department_id {
        entry = entry.in_workspace(workspace);
    }
    record(db, COMMAND_LINE, entry).await?;
    identity(db, &user).await
}

/// `staff`'s account page: their workspaces by name, with their role in each.
pub async fn account_page(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
) -> AppResult<super::api::AccountPage> {
    let ids: Vec<i64> = staff.memberships.iter().map(|m| m.workspace).collect();
    let rows = department::Entity::find()
        .filter(department::Column::Id.is_in(ids))
        .order_by_asc(department::Column::Name)
        .all(db)
        .await?;
    let workspaces = rows
        .into_iter()
        .filter_map(|row| {
            let membership = staff.memberships.iter().find(|m| m.workspace == row.id)?;
            Some(super::api::AccountWorkspace {
                partner: row.kind == crate::domain::permissions::WorkspaceKind::Partner.code(),
                name: row.name,
                role: membership.role,
            })
        })
        .collect();
    let user = staff_user::Entity::find_by_id(staff.id).one(db).await?;
    let two_factor = user.as_ref().is_some_and(|user| user.totp_secret.is_some());
    let email_language = user.map_or(crate::domain::Language::English, |user| {
        crate::domain::staff_account::stored_email_language(&user.email_language)
    });
    Ok(super::api::AccountPage {
        staff,
        workspaces,
        two_factor,
        email_language,
    })
}

/// An account's details as a form posted them, checked: its name, its email address (`None`
/// where the form does not change it), the language of its emails. Every mistake at once, for
/// the error summary.
pub(crate) fn checked_details(
    name: &str,
    email: Option<&str>,
    language: &str,
) -> AppResult<(String, Option<String>, crate::domain::Language)> {
    use crate::domain::staff_account::{account_name, email_language};
    let mut errors = Vec::new();
    let name = account_name(name).map_err(|id| errors.push(FieldError::said("name", id)));
    let email = email.map(normalise_email);
    match email.as_deref() {
        Some("") => errors.push(FieldError::said("email", "staff-account-enter-email")),
        Some(email) if !looks_like_email(email) => {
            errors.push(FieldError::said("email", "staff-sign-in-email-format"))
        }
        _ => {}
    }
    let language =
        email_language(language).map_err(|id| errors.push(FieldError::said("email_language", id)));
    match (name, language) {
        (Ok(name), Ok(language)) if errors.is_empty() => Ok((name, email, language)),
        _ => Err(AppError::Invalid(errors)),
    }
}

/// Saves account `user`'s checked details (as `checked_details` gives them) on behalf of `doer`,
/// audited with what changed. Another account's email address is refused.
pub(crate) async fn save_details<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    doer: &StaffIdentity,
    user: staff_user::Model,
    name: String,
    email: Option<String>,
    language: crate::domain::Language,
) -> AppResult<()> {
    let email = email.unwrap_or_else(|| user.email.clone());
    let (before, after) = crate::domain::audit::changes(&[
        ("Name", &user.display_name, &name),
        ("Email", &user.email, &email),
        ("Emails in", &user.email_language, language.tag()),
    ]);
    if before.is_empty() {
        return Ok(());
    }
    let subject = user.email.clone();
    let txn = db.begin().await?;
    let mut row: staff_user::ActiveModel = user.into();
    row.display_name = Set(name);
    row.email = Set(email);
    row.email_language = Set(language.tag().to_string());
    row.update(&txn).await.map_err(|e| match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => {
            AppError::Invalid(vec![FieldError::said("email", "staff-account-email-taken")])
        }
        _ => e.into(),
    })?;
    record(
        &txn,
        doer,
        AuditEntry::new(AuditAction::AccountDetailsChanged, &subject)
            .before(&before)
            .after(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// "Your details" on `staff`'s own account page: their name and the language of their emails
/// (their email address is a site admin's to change: it is how they sign in).
pub async fn save_own_details<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    name: &str,
    language: &str,
) -> AppResult<()> {
    let (name, _, language) = checked_details(name, None, language)?;
    let user = staff_user::Entity::find_by_id(staff.id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthorized)?;
    save_details(db, staff, user, name, None, language).await
}

/// The department with this code (its `slug`), or a clear error naming the codes there are.
pub async fn department_by_code(db: &impl ConnectionTrait, code: &str) -> AppResult<i64> {
    let all = department::Entity::find().all(db).await?;
    if let Some(found) = all.iter().find(|d| d.slug == code) {
        return Ok(found.id);
    }
    let codes: Vec<&str> = all.iter().map(|d| d.slug.as_str()).collect();
    Err(AppError::BadRequest(if codes.is_empty() {
        format!("There is no department {code:?}: there are no departments yet (create one first)")
    } else {
        format!(
            "There is no department {code:?}. The departments are: {}",
            codes.join(", ")
        )
    }))
}

/// Adds a department: its code is what `create-staff --department` names, its name what staff
/// and citizens read.
pub async fn create_department(
    db: &impl ConnectionTrait,
    code: &str,
    name: &str,
) -> AppResult<i64> {
    if crate::domain::Slug::parse(code).is_none() {
        return Err(AppError::BadRequest(
            "The code must be lower-case letters, digits and single hyphens, like planning or adult-social-care".into(),
        ));
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 || !is_clean(name) {
        return Err(AppError::BadRequest(
            "Enter a name of 100 characters or fewer, without control characters".into(),
        ));
    }
    let created = department::ActiveModel {
        slug: Set(code.to_string()),
        name: Set(name.to_string()),
        kind: Set(crate::domain::permissions::WorkspaceKind::Department
            .code()
            .to_string()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|e| match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => {
            AppError::Conflict(format!("A department with the code {code} already exists"))
        }
        _ => e.into(),
    })?;
    record(
        db,
        COMMAND_LINE,
        AuditEntry::new(AuditAction::WorkspaceCreated, name)
            .in_workspace(created.id)
            .after(&format!("Code {code}, department")),
    )
    .await?;
    Ok(created.id)
}

/// What is stored of a session token (its SHA-256): the table alone signs nobody in.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The account `email` and `password` sign in to, or `Unauthorized`. The same refusal answers
/// a wrong email, a wrong password and a deactivated account, so accounts cannot be discovered.
async fn check_password(
    db: &impl ConnectionTrait,
    email: &str,
    password: &str,
) -> AppResult<staff_user::Model> {
    let email = normalise_email(email);
    // No account has a malformed address, and such text (a NUL, say) must not reach the query.
    if !looks_like_email(&email) {
        return Err(AppError::Unauthorized);
    }
    let user = staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(email))
        .one(db)
        .await?;
    // An account with no password yet (invited) is checked against the dummy too: it answers
    // no faster than a wrong password.
    let hash = user
        .as_ref()
        .map(|u| u.password_hash.clone())
        .filter(|hash| PasswordHash::new(hash).is_ok())
        .unwrap_or_else(|| DUMMY_HASH.to_string());
    let matches = verify_password(password.to_string(), hash).await?;
    user.filter(|u| matches && u.deactivated_at.is_none())
        .ok_or(AppError::Unauthorized)
}

/// Opens a session for `user` (signed in, every step done). Returns the cookie token.
pub async fn open_session(
    db: &impl ConnectionTrait,
    user: &staff_user::Model,
    now: DateTime<Utc>,
) -> AppResult<(String, StaffIdentity)> {
    // Expired sessions go at each sign-in, so the table holds little more than live ones.
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    let token = hex::encode(rand::random::<[u8; 32]>());
    staff_session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        staff_user_id: Set(user.id),
        created_at: Set(now),
        expires_at: Set(now + SESSION_LENGTH),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let staff = identity(db, user).await?;
    record(
        db,
        &staff,
        AuditEntry::new(AuditAction::SignedIn, &staff.email),
    )
    .await?;
    Ok((token, staff))
}

/// What a sign-in came to, when nothing went wrong on our side.
#[derive(Debug)]
pub enum SignInOutcome {
    /// Signed in: the session's cookie token, and who.
    Opened(String, StaffIdentity),
    /// The password was right, but staff member (id) has a second step to take first
    /// (decision 0036): no session yet.
    SecondStep(i64, SecondStep),
    /// Too many failed attempts: try again after this many seconds (the password was not
    /// checked).
    Wait(u64),
}

/// Checks the credentials and, unless a second step is needed (a code from the person's
/// authenticator app, or setting one up when the site requires it), opens a session.
pub async fn sign_in(
    db: &impl ConnectionTrait,
    email: &str,
    password: &str,
    now: DateTime<Utc>,
) -> AppResult<SignInOutcome> {
    let user = check_password(db, email, password).await?;
    if user.totp_secret.is_some() {
        return Ok(SignInOutcome::SecondStep(user.id, SecondStep::Code));
    }
    if crate::settings::service::two_factor_required(db).await? {
        return Ok(SignInOutcome::SecondStep(user.id, SecondStep::Enrol));
    }
    let (token, staff) = open_session(db, &user, now).await?;
    Ok(SignInOutcome::Opened(token, staff))
}

/// The three counts of failed sign-ins this attempt falls under (`domain::sign_in_backoff`), by
/// key. What they count is hashed, so the table holds no address or email.
fn backoff_keys(email: &str, client: &str) -> [(Counted, String); 3] {
    let digest = |text: &str| hex::encode(&Sha256::digest(text.as_bytes())[..16]);
    [
        (Counted::Address, Counted::Address.key(&digest(client))),
        (
            Counted::AccountFromAddress,
            Counted::AccountFromAddress.key(&digest(&format!("{email}\n{client}"))),
        ),
        (Counted::Account, Counted::Account.key(&digest(email))),
    ]
}

fn backoff_of(row: &sign_in_backoff::Model) -> Backoff {
    Backoff {
        failures: row.failures.max(0) as u32,
        last_failure_at: row.last_failure_at,
        blocked_until: row.blocked_until,
    }
}

/// The longest any of the counts behind `keys` still makes a sign-in from there wait, and
/// the counts as they stand.
async fn waiting(
    db: &impl ConnectionTrait,
    keys: &[(Counted, String); 3],
    now: DateTime<Utc>,
) -> AppResult<(Option<u64>, Vec<sign_in_backoff::Model>)> {
    let rows = sign_in_backoff::Entity::find()
        .filter(sign_in_backoff::Column::Key.is_in(keys.iter().map(|(_, key)| key.clone())))
        .all(db)
        .await?;
    let wait = rows
        .iter()
        .filter_map(|row| backoff_wait(&backoff_of(row), now))
        .max();
    Ok((wait, rows))
}

/// A failed attempt (a wrong password, or a wrong second-step code) adds to every count.
async fn count_failure(
    db: &impl ConnectionTrait,
    keys: [(Counted, String); 3],
    rows: &[sign_in_backoff::Model],
    now: DateTime<Utc>,
) -> AppResult<()> {
    for (counted, key) in keys {
        let previous = rows.iter().find(|r| r.key == key).map(backoff_of);
        let next = after_failure(counted, previous, now);
        let row = sign_in_backoff::ActiveModel {
            key: Set(key),
            failures: Set(next.failures.min(i32::MAX as u32) as i32),
            last_failure_at: Set(next.last_failure_at),
            blocked_until: Set(next.blocked_until),
        };
        sign_in_backoff::Entity::insert(row)
            .on_conflict(
                OnConflict::column(sign_in_backoff::Column::Key)
                    .update_columns([
                        sign_in_backoff::Column::Failures,
                        sign_in_backoff::Column::LastFailureAt,
                        sign_in_backoff::Column::BlockedUntil,
                    ])
                    .to_owned(),
            )
            .exec(db)
            .await?;
    }
    Ok(())
}

/// A finished sign-in forgets the account's counts (not the address's, or one valid account
/// would clear an address's guessing at others).
async fn forget_failures(
    db: &impl ConnectionTrait,
    keys: &[(Counted, String); 3],
) -> AppResult<()> {
    sign_in_backoff::Entity::delete_many()
        .filter(sign_in_backoff::Column::Key.is_in(keys[1..].iter().map(|(_, key)| key.clone())))
        .exec(db)
        .await?;
    Ok(())
}

/// `sign_in` from client address `client`, with back-off after failures: while any count of
/// this attempt's still waits, the answer is `Wait` and the password is not checked; a failure
/// adds to every count; only a finished sign-in forgets the account's counts (a right password
/// whose second step is still to come forgets nothing, so guessing codes backs off too).
pub async fn sign_in_from(
    db: &impl ConnectionTrait,
    email: &str,
    password: &str,
    client: &str,
    now: DateTime<Utc>,
) -> AppResult<SignInOutcome> {
    let keys = backoff_keys(&normalise_email(email), client);
    let (wait, rows) = waiting(db, &keys, now).await?;
    if let Some(seconds) = wait {
        return Ok(SignInOutcome::Wait(seconds));
    }
    match sign_in(db, email, password, now).await {
        Ok(outcome) => {
            if matches!(outcome, SignInOutcome::Opened(..)) {
                forget_failures(db, &keys).await?;
            }
            Ok(outcome)
        }
        Err(AppError::Unauthorized) => {
            count_failure(db, keys, &rows, now).await?;
            Err(AppError::Unauthorized)
        }
        Err(other) => Err(other),
    }
}

/// A second-step code from `email`'s owner at `client`, under the same back-off as a
/// password: `check` (run only while nothing waits) says whether it was right. `Err(seconds)`:
/// not checked, wait that long.
pub(crate) async fn with_backoff<F, Fut>(
    db: &impl ConnectionTrait,
    email: &str,
    client: &str,
    now: DateTime<Utc>,
    check: F,
) -> AppResult<Result<bool, u64>>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = AppResult<bool>>,
{
    let keys = backoff_keys(&normalise_email(email), client);
    let (wait, rows) = waiting(db, &keys, now).await?;
    if let Some(seconds) = wait {
        return Ok(Err(seconds));
    }
    let right = check().await?;
    if right {
        forget_failures(db, &keys).await?;
    } else {
        count_failure(db, keys, &rows, now).await?;
    }
    Ok(Ok(right))
}

/// The staff member a session token belongs to, if the session is live: used within the last
/// `SESSION_IDLE`, begun within `SESSION_LENGTH`, its account active. Using it moves its idle
/// deadline on.
pub async fn identify(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> AppResult<Option<StaffIdentity>> {
    if token.len() != 64 {
        return Ok(None);
    }
    let Some(session) = staff_session::Entity::find()
        .filter(staff_session::Column::TokenHash.eq(token_hash(token)))
        .filter(staff_session::Column::ExpiresAt.gt(now))
        .filter(staff_session::Column::CreatedAt.gt(now - SESSION_LENGTH))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(user) = staff_user::Entity::find_by_id(session.staff_user_id)
        .one(db)
        .await?
        .filter(|user| user.deactivated_at.is_none())
    else {
        return Ok(None);
    };
    let idle_deadline = (now + SESSION_IDLE).min(session.created_at + SESSION_LENGTH);
    if idle_deadline - session.expires_at >= SESSION_TOUCH {
        staff_session::Entity::update_many()
            .col_expr(
                staff_session::Column::ExpiresAt,
                sea_orm::sea_query::Expr::value(idle_deadline),
            )
            .filter(staff_session::Column::Id.eq(session.id))
            .exec(db)
            .await?;
    }
    Ok(Some(identity(db, &user).await?))
}

/// Ends every session of staff member `staff_user_id` ("sign out everywhere"), or every one but
/// the session with token `keep`.
pub async fn end_sessions(
    db: &impl ConnectionTrait,
    staff_user_id: i64,
    keep: Option<&str>,
) -> AppResult<()> {
    let mut delete = staff_session::Entity::delete_many()
        .filter(staff_session::Column::StaffUserId.eq(staff_user_id));
    if let Some(token) = keep {
        delete = delete.filter(staff_session::Column::TokenHash.ne(token_hash(token)));
    }
    delete.exec(db).await?;
    Ok(())
}

/// Changes `staff`'s password after checking their current one, and ends their other sessions
/// (someone who knew the old password is signed out). Refusals name the field to put right.
pub async fn change_password<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    current: &str,
    new: &str,
    keep_session: &str,
) -> AppResult<()> {
    let user = staff_user::Entity::find_by_id(staff.id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthorized)?;
    if !verify_password(current.to_string(), user.password_hash.clone()).await? {
        return Err(AppError::Invalid(vec![FieldError::said(
            "current_password",
            "staff-account-current-wrong",
        )]));
    }
    if new.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AppError::Invalid(vec![FieldError::said(
            "new_password",
            "staff-account-new-too-short",
        )]));
    }
    if new == current {
        return Err(AppError::Invalid(vec![FieldError::said(
            "new_password",
            "staff-account-new-same",
        )]));
    }
    let hash = hash_password(new.to_string()).await?;
    let txn = db.begin().await?;
    staff_user::Entity::update_many()
        .col_expr(
            staff_user::Column::PasswordHash,
            sea_orm::sea_query::Expr::value(hash),
        )
        .filter(staff_user::Column::Id.eq(user.id))
        .exec(&txn)
        .await?;
    end_sessions(&txn, user.id, Some(keep_session)).await?;
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::PasswordChanged, &staff.email),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// "Sign out everywhere": ends every one of `staff`'s sessions, this one too.
pub async fn sign_out_everywhere<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
) -> AppResult<()> {
    let txn = db.begin().await?;
    end_sessions(&txn, staff.id, None).await?;
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::SignedOutEverywhere, &staff.email),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn sign_out(db: &impl ConnectionTrait, token: &str) -> AppResult<()> {
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::TokenHash.eq(token_hash(token)))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timing_dummy_is_a_real_argon2_hash() {
        // If it did not parse, a missing account would answer faster than a wrong password.
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
    }

    #[test]
    fn emails_are_checked_and_normalised() {
        assert_eq!(
            normalise_email("  Ann@Example.GOV.uk "),
            "ann@example.gov.uk"
        );
    }
}
