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
    SqlErr,
};
use sha2::{Digest, Sha256};

use super::api::StaffIdentity;
use crate::db::entities::{department, staff_session, staff_user};
use crate::domain::permissions::Role;
use crate::domain::text::{is_clean, looks_like_email};
use crate::error::{AppError, AppResult};

/// How long a sign-in lasts.
pub const SESSION_LENGTH: Duration = Duration::hours(12);
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Checked against when no account matches, so a wrong email costs the same time as a wrong
/// password and accounts cannot be discovered by timing.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$8Hn6tQ0m5b7e1cH5u4m1f2k3VQ1o2ZcYV4n7S8p9QrE";

fn identity(user: &staff_user::Model) -> StaffIdentity {
    StaffIdentity {
        id: user.id,
        email: user.email.clone(),
        display_name: user.display_name.clone(),
        role: user.role.clone(),
        department_id: user.department_id,
    }
}

pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

async fn hash_password(password: String) -> AppResult<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
    })
    .await
    .map_err(|e| AppError::internal("hash task", e))?
    .map_err(|e| AppError::internal("hash", e))
}

async fn verify_password(password: String, hash: String) -> AppResult<bool> {
    tokio::task::spawn_blocking(move || {
        let Ok(parsed) = PasswordHash::new(&hash) else {
            return false;
        };
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
    .await
    .map_err(|e| AppError::internal("verify task", e))
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
    let Some(parsed_role) = Role::parse(role) else {
        let roles: Vec<&str> = Role::ALL.iter().map(|r| r.code()).collect();
        return Err(AppError::BadRequest(format!(
            "The role must be one of: {}",
            roles.join(", ")
        )));
    };
    if parsed_role != Role::SiteAdmin && department_id.is_none() {
        return Err(AppError::BadRequest(format!(
            "A {role} works in a department: name one (only site admins have none)"
        )));
    }
    let user = staff_user::ActiveModel {
        email: Set(email.clone()),
        display_name: Set(display_name.trim().to_string()),
        password_hash: Set(hash_password(password.to_string()).await?),
        department_id: Set(department_id),
        role: Set(role.to_string()),
        created_at: Set(Utc::now()),
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
    Ok(identity(&user))
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
    Ok(created.id)
}

fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Checks the credentials and opens a session. Returns the cookie token. The same message
/// answers a wrong email and a wrong password, so accounts cannot be discovered.
pub async fn sign_in(
    db: &impl ConnectionTrait,
    email: &str,
    password: &str,
    now: DateTime<Utc>,
) -> AppResult<(String, StaffIdentity)> {
    let refused = || AppError::Unauthorized;
    let email = normalise_email(email);
    // No account has a malformed address, and such text (a NUL, say) must not reach the query.
    if !looks_like_email(&email) {
        return Err(refused());
    }
    let user = staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(email))
        .one(db)
        .await?;
    let hash = user
        .as_ref()
        .map_or(DUMMY_HASH.to_string(), |u| u.password_hash.clone());
    let matches = verify_password(password.to_string(), hash).await?;
    let user = user.filter(|_| matches).ok_or_else(refused)?;

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
    Ok((token, identity(&user)))
}

/// The staff member a session token belongs to, if the session is live.
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
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(staff_user::Entity::find_by_id(session.staff_user_id)
        .one(db)
        .await?
        .as_ref()
        .map(identity))
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
