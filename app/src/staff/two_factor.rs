//! Two-factor sign-in (decision 0036): setting it up with an authenticator app, recovery codes,
//! the second step of a sign-in, turning it off, and an admin resetting it for someone who
//! lost their phone. Every change is in the audit log.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait,
    PaginatorTrait, QueryFilter, TransactionSession, TransactionTrait, sea_query::Expr,
};
use sha2::{Digest, Sha256};

use super::api::{QrPicture, StaffIdentity, TwoFactorKey, TwoFactorPage};
use super::service::{
    end_sessions, identity, open_session, token_hash, verify_password, with_backoff,
};
use crate::audit::service::record;
use crate::db::entities::{sign_in_challenge, staff_recovery_code, staff_user};
use crate::domain::FieldError;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::two_factor::{
    CHALLENGE_TRIES, EnteredCode, RECOVERY_CODES, SECRET_BYTES, SecondStep, accepted_step, base32,
    in_groups, otpauth_uri, parse_entered, recovery_code, time_step,
};
use crate::error::{AppError, AppResult};

/// What is stored of a recovery code: salted with the person's id, so one table of hashes
/// cannot be matched against every account's at once.
pub fn recovery_code_hash(staff_user_id: i64, code: &str) -> String {
    hex::encode(Sha256::digest(
        format!("{staff_user_id}\n{code}").as_bytes(),
    ))
}

fn secret_of(hex_text: &str) -> AppResult<Vec<u8>> {
    hex::decode(hex_text).map_err(|e| AppError::internal("totp secret", e))
}

async fn user_by_id(db: &impl ConnectionTrait, id: i64) -> AppResult<staff_user::Model> {
    staff_user::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthorized)
}

/// Starts a sign-in's second step for `staff_user_id`; `next` is where they go once signed in
/// (already a checked path on this site). Returns the token for the step's cookie.
pub async fn open_challenge(
    db: &impl ConnectionTrait,
    staff_user_id: i64,
    step: SecondStep,
    next: &str,
    now: DateTime<Utc>,
) -> AppResult<String> {
    // Finished and abandoned ones go, so the table holds little more than sign-ins under way.
    sign_in_challenge::Entity::delete_many()
        .filter(sign_in_challenge::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    let token = hex::encode(rand::random::<[u8; 32]>());
    sign_in_challenge::ActiveModel {
        token_hash: Set(token_hash(&token)),
        staff_user_id: Set(staff_user_id),
        purpose: Set(step.code().to_string()),
        next_path: Set(next.chars().take(2048).collect()),
        created_at: Set(now),
        expires_at: Set(now + step.lifetime()),
        failures: Set(0),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The sign-in under way with cookie token `token`, if it is still live and for `step`, with
/// its (active) account.
pub async fn live_challenge(
    db: &impl ConnectionTrait,
    token: &str,
    step: SecondStep,
    now: DateTime<Utc>,
) -> AppResult<Option<(sign_in_challenge::Model, staff_user::Model)>> {
    if token.len() != 64 {
        return Ok(None);
    }
    let Some(challenge) = sign_in_challenge::Entity::find()
        .filter(sign_in_challenge::Column::TokenHash.eq(token_hash(token)))
        .filter(sign_in_challenge::Column::Purpose.eq(step.code()))
        .filter(sign_in_challenge::Column::ExpiresAt.gt(now))
        .filter(sign_in_challenge::Column::Failures.lt(CHALLENGE_TRIES))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let user = staff_user::Entity::find_by_id(challenge.staff_user_id)
        .one(db)
        .await?
        .filter(|user| user.deactivated_at.is_none());
    Ok(user.map(|user| (challenge, user)))
}

/// The "Two-factor sign-in" page for `user`: whether it is on, and if not, the key to set up
/// (the same key until it is proved, so a page reloaded half-way does not undo the app's
/// entry).
pub async fn page(
    db: &impl ConnectionTrait,
    user: &staff_user::Model,
    staff: Option<StaffIdentity>,
) -> AppResult<TwoFactorPage> {
    let required = crate::settings::service::two_factor_required(db).await?;
    let recovery_left = staff_recovery_code::Entity::find()
        .filter(staff_recovery_code::Column::StaffUserId.eq(user.id))
        .filter(staff_recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await?;
    let setup = if user.totp_secret.is_some() {
        None
    } else {
        let secret = match &user.totp_pending_secret {
            Some(pending) => secret_of(pending)?,
            None => {
                let fresh = rand::random::<[u8; SECRET_BYTES]>().to_vec();
                staff_user::Entity::update_many()
                    .col_expr(
                        staff_user::Column::TotpPendingSecret,
                        Expr::value(hex::encode(&fresh)),
                    )
                    .filter(staff_user::Column::Id.eq(user.id))
                    .exec(db)
                    .await?;
                fresh
            }
        };
        let key = base32(&secret);
        // The council's name in the authenticator app, or the service's until one is set.
        let council = crate::settings::identity::load(db).await?.council_name;
        let issuer = if council.is_empty() {
            crate::domain::interface_text::english("service-name")
        } else {
            council
        };
        let uri = otpauth_uri(&issuer, &user.email, &key);
        Some(TwoFactorKey {
            key: in_groups(&key),
            qr: qr_picture(&uri),
        })
    };
    Ok(TwoFactorPage {
        email: user.email.clone(),
        during_sign_in: staff.is_none(),
        staff,
        on: user.totp_secret.is_some(),
        required,
        recovery_left,
        setup,
    })
}

/// `text` as a QR code: the dark modules as one SVG path, a run of dark modules in a row at a
/// time, inside the four-module margin scanners need. `None` if it could not be encoded (it
/// always can: an address is far below a QR code's limit).
fn qr_picture(text: &str) -> Option<QrPicture> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == qrcode::Color::Dark {
                let start = x;
                while x < width && row[x] == qrcode::Color::Dark {
                    x += 1;
                }
                let run = x - start;
                path.push_str(&format!("M{} {}h{run}v1h-{run}z", start + 4, y + 4));
            } else {
                x += 1;
            }
        }
    }
    Some(QrPicture {
        size: width + 8,
        path,
    })
}

/// Ten new recovery codes for `user`, replacing any they had. Returns them to be shown once.
async fn replace_recovery_codes(
    db: &impl ConnectionTrait,
    staff_user_id: i64,
) -> AppResult<Vec<String>> {
    staff_recovery_code::Entity::delete_many()
        .filter(staff_recovery_code::Column::StaffUserId.eq(staff_user_id))
        .exec(db)
        .await?;
    let codes: Vec<String> = (0..RECOVERY_CODES)
        .map(|_| recovery_code(rand::random::<u8>))
        .collect();
    staff_recovery_code::Entity::insert_many(codes.iter().map(|code| {
        staff_recovery_code::ActiveModel {
            staff_user_id: Set(staff_user_id),
            code_hash: Set(recovery_code_hash(staff_user_id, code)),
            used_at: Set(None),
            ..Default::default()
        }
    }))
    .exec(db)
    .await?;
    Ok(codes)
}

fn code_error(id: &str) -> AppError {
    AppError::Invalid(vec![FieldError::said("code", id)])
}

/// Turns two-factor sign-in on for `user` once they type the code their app shows for the key
/// they were given. Returns their recovery codes, to be shown once.
pub async fn confirm<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    user: &staff_user::Model,
    typed: &str,
    now: DateTime<Utc>,
) -> AppResult<Vec<String>> {
    if user.totp_secret.is_some() {
        return Err(conflict("staff-two-factor-already-on"));
    }
    let Some(pending) = &user.totp_pending_secret else {
        return Err(conflict("staff-two-factor-start-again"));
    };
    if typed.trim().is_empty() {
        return Err(code_error("staff-two-factor-enter-code"));
    }
    let Some(EnteredCode::App(code)) = parse_entered(typed) else {
        return Err(code_error("staff-two-factor-app-code-format"));
    };
    let Some(step) = accepted_step(&secret_of(pending)?, &code, time_step(now), None) else {
        return Err(code_error("staff-two-factor-setup-wrong"));
    };
    let txn = db.begin().await?;
    let mut row: staff_user::ActiveModel = user.clone().into();
    row.totp_secret = Set(Some(pending.clone()));
    row.totp_pending_secret = Set(None);
    row.totp_enabled_at = Set(Some(now));
    row.totp_last_step = Set(Some(step as i64));
    row.update(&txn).await?;
    let codes = replace_recovery_codes(&txn, user.id).await?;
    let staff = identity(&txn, user).await?;
    record(
        &txn,
        &staff,
        AuditEntry::new(AuditAction::TwoFactorTurnedOn, &user.email),
    )
    .await?;
    txn.commit().await?;
    Ok(codes)
}

/// A refusal that the state of things explains, in words from the staff messages.
fn conflict(id: &str) -> AppError {
    AppError::Conflict(crate::domain::interface_text::english(id))
}

/// `staff`'s account, if two-factor sign-in is on for it, after the password they typed in
/// form field `field` (where a refusal is shown).
async fn own_with_two_factor(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
    password: &str,
    field: &str,
) -> AppResult<staff_user::Model> {
    let user = user_by_id(db, staff.id).await?;
    if user.totp_secret.is_none() {
        return Err(conflict("staff-two-factor-not-on"));
    }
    if password.is_empty() {
        return Err(AppError::Invalid(vec![FieldError::said(
            field,
            "staff-account-enter-current",
        )]));
    }
    if !verify_password(password.to_string(), user.password_hash.clone()).await? {
        return Err(AppError::Invalid(vec![FieldError::said(
            field,
            "staff-account-current-wrong",
        )]));
    }
    Ok(user)
}

/// New recovery codes for `staff` (the old ones stop working), after their password.
pub async fn new_recovery_codes<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    password: &str,
) -> AppResult<Vec<String>> {
    let user = own_with_two_factor(db, staff, password, "codes_password").await?;
    let txn = db.begin().await?;
    let codes = replace_recovery_codes(&txn, user.id).await?;
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::RecoveryCodesReplaced, &user.email),
    )
    .await?;
    txn.commit().await?;
    Ok(codes)
}

/// Clears `user`'s two-factor sign-in (their app's key and their recovery codes).
async fn clear(db: &impl ConnectionTrait, staff_user_id: i64) -> AppResult<()> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::TotpSecret, Expr::value(None::<String>))
        .col_expr(
            staff_user::Column::TotpPendingSecret,
            Expr::value(None::<String>),
        )
        .col_expr(
            staff_user::Column::TotpEnabledAt,
            Expr::value(None::<DateTime<Utc>>),
        )
        .col_expr(staff_user::Column::TotpLastStep, Expr::value(None::<i64>))
        .filter(staff_user::Column::Id.eq(staff_user_id))
        .exec(db)
        .await?;
    staff_recovery_code::Entity::delete_many()
        .filter(staff_recovery_code::Column::StaffUserId.eq(staff_user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// `staff` turns their own two-factor sign-in off, after their password; not while the site
/// requires it.
pub async fn turn_off<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    password: &str,
) -> AppResult<()> {
    if crate::settings::service::two_factor_required(db).await? {
        return Err(conflict("staff-two-factor-required-stays"));
    }
    let user = own_with_two_factor(db, staff, password, "off_password").await?;
    let txn = db.begin().await?;
    clear(&txn, user.id).await?;
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::TwoFactorTurnedOff, &user.email),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A site admin resets `account`'s two-factor sign-in (a lost phone and lost recovery codes):
/// it is off, and their sessions end; if the site requires it they set it up again when they
/// next sign in.
pub async fn reset_for<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    account: i64,
) -> AppResult<()> {
    let user = crate::workspaces::service::account_to_manage(db, staff, account).await?;
    if user.totp_secret.is_none() {
        return Err(conflict("staff-two-factor-not-on-for"));
    }
    let txn = db.begin().await?;
    clear(&txn, user.id).await?;
    end_sessions(&txn, user.id, None).await?;
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::TwoFactorReset, &user.email),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// What a code typed at the second step of a sign-in came to.
#[derive(Debug)]
pub enum CodeOutcome {
    /// Signed in: the session's cookie token, and where to go.
    Opened(String, String),
    /// Not right; this many tries are left before the password must be typed again.
    Wrong(i32),
    /// Too many failed attempts from here or at this account: wait this many seconds.
    Wait(u64),
    /// No sign-in under way (it expired, took too many wrong codes, or never was).
    Gone,
}

/// Checks `typed` (a code from the app, or a recovery code, which is then used up) for the
/// sign-in under way with cookie token `token`, from client address `client`.
pub async fn enter_code(
    db: &impl ConnectionTrait,
    token: &str,
    typed: &str,
    client: &str,
    now: DateTime<Utc>,
) -> AppResult<CodeOutcome> {
    let Some((challenge, user)) = live_challenge(db, token, SecondStep::Code, now).await? else {
        return Ok(CodeOutcome::Gone);
    };
    let Some(secret) = user.totp_secret.as_deref() else {
        // Reset by an admin since the password was typed: nothing to check against.
        return Ok(CodeOutcome::Gone);
    };
    if typed.trim().is_empty() {
        return Err(code_error("staff-two-factor-enter-code"));
    }
    let Some(entered) = parse_entered(typed) else {
        return Err(code_error("staff-two-factor-code-format"));
    };
    let secret = secret_of(secret)?;
    let outcome = with_backoff(db, &user.email, client, now, || async {
        match &entered {
            EnteredCode::App(code) => {
                let last = user
                    .totp_last_step
                    .map(|step| u64::try_from(step).unwrap_or(0));
                let Some(step) = accepted_step(&secret, code, time_step(now), last) else {
                    return Ok(false);
                };
                // Claimed in the statement that checks it: of two sign-ins with the same code
                // at once, one wins.
                let claimed = staff_user::Entity::update_many()
                    .col_expr(staff_user::Column::TotpLastStep, Expr::value(step as i64))
                    .filter(staff_user::Column::Id.eq(user.id))
                    .filter(
                        staff_user::Column::TotpLastStep
                            .is_null()
                            .or(staff_user::Column::TotpLastStep.lt(step as i64)),
                    )
                    .exec(db)
                    .await?;
                Ok(claimed.rows_affected == 1)
            }
            EnteredCode::Recovery(code) => {
                let used = staff_recovery_code::Entity::update_many()
                    .col_expr(staff_recovery_code::Column::UsedAt, Expr::value(now))
                    .filter(staff_recovery_code::Column::StaffUserId.eq(user.id))
                    .filter(
                        staff_recovery_code::Column::CodeHash.eq(recovery_code_hash(user.id, code)),
                    )
                    .filter(staff_recovery_code::Column::UsedAt.is_null())
                    .exec(db)
                    .await?;
                Ok(used.rows_affected == 1)
            }
        }
    })
    .await?;
    match outcome {
        Err(seconds) => Ok(CodeOutcome::Wait(seconds)),
        Ok(true) => {
            sign_in_challenge::Entity::delete_by_id(challenge.id)
                .exec(db)
                .await?;
            let (session, staff) = open_session(db, &user, now).await?;
            if matches!(entered, EnteredCode::Recovery(_)) {
                record(
                    db,
                    &staff,
                    AuditEntry::new(AuditAction::RecoveryCodeUsed, &user.email),
                )
                .await?;
            }
            Ok(CodeOutcome::Opened(session, challenge.next_path))
        }
        Ok(false) => {
            let failures = challenge.failures + 1;
            if failures >= CHALLENGE_TRIES {
                sign_in_challenge::Entity::delete_by_id(challenge.id)
                    .exec(db)
                    .await?;
                return Ok(CodeOutcome::Gone);
            }
            sign_in_challenge::Entity::update_many()
                .col_expr(sign_in_challenge::Column::Failures, Expr::value(failures))
                .filter(sign_in_challenge::Column::Id.eq(challenge.id))
                .exec(db)
                .await?;
            Ok(CodeOutcome::Wrong(CHALLENGE_TRIES - failures))
        }
    }
}

/// Someone setting up two-factor sign-in: a signed-in staff member, or someone part-way
/// through signing in to a site that requires it.
pub enum Enroller {
    Signed(StaffIdentity),
    SigningIn(sign_in_challenge::Model),
}

/// Who is setting up two-factor sign-in, from the request's session or sign-in cookie tokens.
pub async fn enroller(
    db: &impl ConnectionTrait,
    session: Option<&str>,
    challenge: Option<&str>,
    now: DateTime<Utc>,
) -> AppResult<Option<(Enroller, staff_user::Model)>> {
    if let Some(token) = session
        && let Some(staff) = super::service::identify(db, token, now).await?
    {
        let user = user_by_id(db, staff.id).await?;
        return Ok(Some((Enroller::Signed(staff), user)));
    }
    if let Some(token) = challenge
        && let Some((challenge, user)) = live_challenge(db, token, SecondStep::Enrol, now).await?
    {
        return Ok(Some((Enroller::SigningIn(challenge), user)));
    }
    Ok(None)
}

/// Finishes a sign-in whose second step was setting up two-factor sign-in: the step ends and
/// a session opens. Returns the session's token and where to go.
pub async fn finish_enrolment(
    db: &impl ConnectionTrait,
    challenge: &sign_in_challenge::Model,
    user: &staff_user::Model,
    now: DateTime<Utc>,
) -> AppResult<(String, String)> {
    sign_in_challenge::Entity::delete_by_id(challenge.id)
        .exec(db)
        .await?;
    let (session, _) = open_session(db, user, now).await?;
    Ok((session, challenge.next_path.clone()))
}
