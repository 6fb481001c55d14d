//! Two-factor sign-in (decision 0036) against real databases: setting it up, signing in with a
//! code (once each) or a recovery code (once each), the back-off and the sign-in's five tries,
//! turning it off, an admin's reset, and the site setting that requires it.

#![cfg(feature = "ssr")]

use app::db::entities::{audit_event, staff_session, staff_user};
use app::db::testing::test_databases;
use app::domain::audit::AuditAction;
use app::domain::two_factor::{SecondStep, code_at, time_step};
use app::error::AppError;
use app::staff::api::StaffIdentity;
use app::staff::service::{SignInOutcome, create_staff, sign_in, sign_in_from};
use app::staff::two_factor::{
    CodeOutcome, confirm, enter_code, new_recovery_codes, open_challenge, page, reset_for, turn_off,
};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

const PASSWORD: &str = "a long enough password";
const CLIENT: &str = "203.0.113.9";

async fn user(db: &DatabaseConnection, id: i64) -> staff_user::Model {
    staff_user::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

fn secret(user: &staff_user::Model) -> Vec<u8> {
    hex::decode(
        user.totp_secret
            .as_ref()
            .or(user.totp_pending_secret.as_ref())
            .unwrap(),
    )
    .unwrap()
}

async fn audited(db: &DatabaseConnection, action: AuditAction) -> u64 {
    audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq(action.code()))
        .count(db)
        .await
        .unwrap()
}

/// Sets up two-factor sign-in for `staff` at `now`; returns their recovery codes.
async fn set_up(db: &DatabaseConnection, staff: &StaffIdentity, now: DateTime<Utc>) -> Vec<String> {
    let row = user(db, staff.id).await;
    let shown = page(db, &row, Some(staff.clone())).await.unwrap();
    assert!(!shown.on);
    let key = shown.setup.expect("a key to set up");
    assert!(
        key.qr
            .is_some_and(|qr| qr.size > 20 && qr.path.starts_with('M'))
    );
    // The same key until it is proved: a reloaded page does not undo the app's entry.
    let again = page(db, &user(db, staff.id).await, Some(staff.clone()))
        .await
        .unwrap();
    assert_eq!(again.setup.unwrap().key, key.key);

    let row = user(db, staff.id).await;
    let wrong = confirm(db, &row, "000000", now).await;
    // (000000 could be right once in a million runs; the next line would then say so.)
    if !matches!(wrong, Err(AppError::Invalid(_))) {
        panic!("a made-up code was accepted: {wrong:?}");
    }
    assert!(matches!(
        confirm(db, &row, "12a", now).await,
        Err(AppError::Invalid(_))
    ));
    let code = code_at(&secret(&row), time_step(now));
    let codes = confirm(db, &row, &code, now).await.unwrap();
    assert_eq!(codes.len(), 10);
    let row = user(db, staff.id).await;
    assert!(row.totp_secret.is_some() && row.totp_pending_secret.is_none());
    codes
}

async fn challenge(db: &DatabaseConnection, email: &str, now: DateTime<Utc>) -> String {
    let outcome = sign_in_from(db, email, PASSWORD, CLIENT, now)
        .await
        .unwrap();
    let SignInOutcome::SecondStep(id, SecondStep::Code) = outcome else {
        panic!("a password alone no longer signs in: {outcome:?}");
    };
    open_challenge(db, id, SecondStep::Code, "/staff/account", now)
        .await
        .unwrap()
}

#[tokio::test]
async fn two_factor_sign_in_takes_each_code_once() {
    for (backend, db) in test_databases().await {
        let now = Utc::now();
        let ann = create_staff(
            &db,
            "ann@example.gov.uk",
            "Ann",
            PASSWORD,
            "site_admin",
            None,
        )
        .await
        .unwrap();
        let codes = set_up(&db, &ann, now).await;
        assert_eq!(
            audited(&db, AuditAction::TwoFactorTurnedOn).await,
            1,
            "{backend}"
        );

        // Right password: a second step, no session yet.
        let sessions = staff_session::Entity::find().count(&db).await.unwrap();
        let token = challenge(&db, &ann.email, now).await;
        assert_eq!(
            staff_session::Entity::find().count(&db).await.unwrap(),
            sessions
        );

        // The code used to set up was used at this step: it works no more, nor does nonsense.
        let secret = secret(&user(&db, ann.id).await);
        let used = code_at(&secret, time_step(now));
        let outcome = enter_code(&db, &token, &used, CLIENT, now).await.unwrap();
        assert!(
            matches!(outcome, CodeOutcome::Wrong(4)),
            "{backend}: {outcome:?}"
        );
        assert!(matches!(
            enter_code(&db, &token, "not a code", CLIENT, now).await,
            Err(AppError::Invalid(_))
        ));
        // The next step's code opens a session, and goes where the sign-in was going.
        let later = now + Duration::seconds(30);
        let next = code_at(&secret, time_step(later));
        let CodeOutcome::Opened(session, to) =
            enter_code(&db, &token, &next, CLIENT, later).await.unwrap()
        else {
            panic!("{backend}: the right code signs in");
        };
        assert_eq!(to, "/staff/account");
        assert!(
            app::staff::service::identify(&db, &session, later)
                .await
                .unwrap()
                .is_some()
        );
        // The step is over: its cookie opens nothing again.
        assert!(matches!(
            enter_code(&db, &token, &next, CLIENT, later).await.unwrap(),
            CodeOutcome::Gone
        ));

        // A recovery code works once, in any case and spacing, and is audited.
        let token = challenge(&db, &ann.email, later).await;
        let typed = codes[0].to_uppercase().replace('-', " ");
        assert!(matches!(
            enter_code(&db, &token, &typed, CLIENT, later)
                .await
                .unwrap(),
            CodeOutcome::Opened(..)
        ));
        assert_eq!(audited(&db, AuditAction::RecoveryCodeUsed).await, 1);
        let token = challenge(&db, &ann.email, later).await;
        assert!(matches!(
            enter_code(&db, &token, &codes[0], CLIENT, later)
                .await
                .unwrap(),
            CodeOutcome::Wrong(_)
        ));
        let shown = page(&db, &user(&db, ann.id).await, Some(ann.clone()))
            .await
            .unwrap();
        assert_eq!(shown.recovery_left, 9);

        // Five wrong codes end the sign-in (the back-off makes later ones wait first).
        let token = challenge(&db, &ann.email, later).await;
        let mut at = later;
        let mut ended = false;
        for _ in 0..20 {
            match enter_code(&db, &token, "999999", CLIENT, at).await.unwrap() {
                CodeOutcome::Wait(seconds) => at += Duration::seconds(seconds as i64),
                CodeOutcome::Wrong(_) => {}
                CodeOutcome::Gone => {
                    ended = true;
                    break;
                }
                CodeOutcome::Opened(..) => panic!("999999 signed in"),
            }
        }
        assert!(ended, "{backend}: five wrong codes end the sign-in");
    }
}

#[tokio::test]
async fn codes_can_be_renewed_turned_off_reset_and_required() {
    for (backend, db) in test_databases().await {
        let now = Utc::now();
        let admin = create_staff(
            &db,
            "admin@example.gov.uk",
            "Admin",
            PASSWORD,
            "site_admin",
            None,
        )
        .await
        .unwrap();
        let ben = create_staff(
            &db,
            "ben@example.gov.uk",
            "Ben",
            PASSWORD,
            "site_admin",
            None,
        )
        .await
        .unwrap();
        set_up(&db, &ben, now).await;

        // New recovery codes need the password; the old ones stop working.
        // (The refusal is beside the field the page names for this form's password.)
        let Err(AppError::Invalid(errors)) = new_recovery_codes(&db, &ben, "wrong").await else {
            panic!("{backend}: a wrong password is refused");
        };
        assert_eq!(errors[0].field, "codes_password");
        let fresh = new_recovery_codes(&db, &ben, PASSWORD).await.unwrap();
        assert_eq!(fresh.len(), 10);
        assert_eq!(
            audited(&db, AuditAction::RecoveryCodesReplaced).await,
            1,
            "{backend}"
        );

        // Turned off with the password: a password alone signs in again.
        assert!(matches!(
            turn_off(&db, &ben, "").await,
            Err(AppError::Invalid(_))
        ));
        turn_off(&db, &ben, PASSWORD).await.unwrap();
        assert!(matches!(
            sign_in(&db, &ben.email, PASSWORD, now).await.unwrap(),
            SignInOutcome::Opened(..)
        ));

        // Requiring it: not until the admin has it; then everyone without it is signed out
        // and must set it up at their next sign-in.
        let required =
            app::settings::service::set_two_factor_required(&db, &admin, true, now).await;
        assert!(matches!(required, Err(AppError::Conflict(_))), "{backend}");
        assert!(matches!(
            app::settings::service::set_two_factor_required(&db, &ben, true, now).await,
            Err(AppError::Conflict(_))
        ));
        set_up(&db, &admin, now).await;
        let ben_sessions = || async {
            staff_session::Entity::find()
                .filter(staff_session::Column::StaffUserId.eq(ben.id))
                .count(&db)
                .await
                .unwrap()
        };
        assert!(ben_sessions().await > 0);
        app::settings::service::set_two_factor_required(&db, &admin, true, now)
            .await
            .unwrap();
        assert_eq!(ben_sessions().await, 0, "{backend}: signed out");
        assert!(matches!(
            sign_in(&db, &ben.email, PASSWORD, now).await.unwrap(),
            SignInOutcome::SecondStep(_, SecondStep::Enrol)
        ));
        assert_eq!(audited(&db, AuditAction::SiteSettingsChanged).await, 1);
        // While required, nobody turns their own off.
        assert!(matches!(
            turn_off(&db, &admin, PASSWORD).await,
            Err(AppError::Conflict(_))
        ));

        // A site admin resets someone's (a lost phone): off, and signed out everywhere.
        set_up(&db, &ben, now).await;
        let viewer = StaffIdentity {
            site_admin: false,
            ..ben.clone()
        };
        assert!(matches!(
            reset_for(&db, &viewer, admin.id).await,
            Err(AppError::Forbidden)
        ));
        reset_for(&db, &admin, ben.id).await.unwrap();
        assert!(user(&db, ben.id).await.totp_secret.is_none());
        assert_eq!(audited(&db, AuditAction::TwoFactorReset).await, 1);
        assert!(matches!(
            reset_for(&db, &admin, ben.id).await,
            Err(AppError::Conflict(_))
        ));
    }
}
