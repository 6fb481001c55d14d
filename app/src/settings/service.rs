//! Site settings, one row per key in `site_settings`. A key never set has its default.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect, TransactionSession, TransactionTrait, sea_query::OnConflict,
};

use crate::audit::service::record;
use crate::db::entities::{site_setting, staff_session, staff_user};
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::permissions::{Action, Target};
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

/// Whether every staff member must sign in with two factors: `yes` or `no` (the default).
const REQUIRE_TWO_FACTOR: &str = "require_two_factor";

async fn value(db: &impl ConnectionTrait, key: &str) -> AppResult<Option<String>> {
    Ok(site_setting::Entity::find_by_id(key.to_string())
        .one(db)
        .await?
        .map(|row| row.value))
}

/// The shortest period a consultation may run, in weeks (the quality checklist's; decision 0038).
const MINIMUM_WEEKS: &str = "minimum_weeks";

/// The site's minimum period in weeks; the default until a site admin sets one (a stored value
/// that does not read as one counts as unset).
pub async fn minimum_weeks(db: &impl ConnectionTrait) -> AppResult<u32> {
    Ok(value(db, MINIMUM_WEEKS)
        .await?
        .and_then(|typed| crate::domain::quality_checklist::parse_minimum_weeks(&typed).ok())
        .unwrap_or(crate::domain::quality_checklist::DEFAULT_MINIMUM_WEEKS))
}

/// The privacy notice every consultation uses until it has words of its own (Markdown with
/// `domain::personal_data::PLACEHOLDERS`; decision 0039). Empty until a site admin writes it.
pub(crate) const PRIVACY_TEMPLATE: &str = "privacy_template";

/// The site's privacy notice template ("" while none is set).
pub async fn privacy_template(db: &impl ConnectionTrait) -> AppResult<String> {
    Ok(value(db, PRIVACY_TEMPLATE).await?.unwrap_or_default())
}

/// Sets the site's privacy notice template to what a site admin typed. Too long is the form's
/// error on the field; unchanged changes and records nothing; empty takes it away.
pub async fn set_privacy_template<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    typed: &str,
    now: DateTime<Utc>,
) -> AppResult<()> {
    use crate::domain::personal_data::MOST_NOTICE_CHARS;
    staff.ensure(Action::ManageSiteSettings, Target::Site)?;
    let text = crate::domain::answers::normalise_text(typed);
    if text.chars().count() > MOST_NOTICE_CHARS {
        return Err(AppError::Invalid(vec![crate::domain::FieldError::said(
            "privacy_template",
            "site-settings-privacy-too-long",
        )]));
    }
    let before = privacy_template(db).await?;
    if before == text {
        return Ok(());
    }
    let txn = db.begin().await?;
    put(&txn, PRIVACY_TEMPLATE, &text, now).await?;
    let said = |text: &str| {
        if text.is_empty() {
            "Privacy notice template: none".to_string()
        } else {
            format!("Privacy notice template: {text}")
        }
    };
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::SiteSettingsChanged, "Site settings")
            .before(&said(&before))
            .after(&said(&text)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The retention period new consultations start with, in months (decision 0039); unset: none,
/// and each consultation's editors set one.
pub(crate) const DEFAULT_RETENTION: &str = "default_retention_months";

/// The site's default retention period (a stored value that does not read as one counts as
/// unset).
pub async fn default_retention_months(db: &impl ConnectionTrait) -> AppResult<Option<u32>> {
    Ok(value(db, DEFAULT_RETENTION)
        .await?
        .and_then(|typed| crate::domain::personal_data::parse_retention_months(&typed).ok()))
}

/// Sets the site's default retention period to what a site admin typed (empty: none). A refusal
/// is the form's error on the field; unchanged changes and records nothing.
pub async fn set_default_retention<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    typed: &str,
    now: DateTime<Utc>,
) -> AppResult<()> {
    staff.ensure(Action::ManageSiteSettings, Target::Site)?;
    let months = match typed.trim() {
        "" => None,
        typed => Some(
            crate::domain::personal_data::parse_retention_months(typed).map_err(|id| {
                AppError::Invalid(vec![crate::domain::FieldError::said(
                    "default_retention",
                    id,
                )])
            })?,
        ),
    };
    let before = default_retention_months(db).await?;
    if before == months {
        return Ok(());
    }
    let txn = db.begin().await?;
    match months {
        Some(months) => put(&txn, DEFAULT_RETENTION, &months.to_string(), now).await?,
        None => {
            site_setting::Entity::delete_by_id(DEFAULT_RETENTION.to_string())
                .exec(&txn)
                .await?;
        }
    }
    let said = |months: Option<u32>| match months {
        Some(months) => format!("New consultations keep personal data {months} months"),
        None => "New consultations keep personal data: not set".to_string(),
    };
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::SiteSettingsChanged, "Site settings")
            .before(&said(before))
            .after(&said(months)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Stores setting `key` as `value`.
pub(crate) async fn put(
    db: &impl ConnectionTrait,
    key: &str,
    value: &str,
    now: DateTime<Utc>,
) -> AppResult<()> {
    site_setting::Entity::insert(site_setting::ActiveModel {
        key: Set(key.to_string()),
        value: Set(value.to_string()),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(site_setting::Column::Key)
            .update_columns([site_setting::Column::Value, site_setting::Column::UpdatedAt])
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

pub async fn two_factor_required(db: &impl ConnectionTrait) -> AppResult<bool> {
    Ok(value(db, REQUIRE_TWO_FACTOR).await?.as_deref() == Some("yes"))
}

pub async fn page(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
) -> AppResult<super::api::SiteSettingsPage> {
    staff.ensure(Action::ManageSiteSettings, Target::Site)?;
    let own_two_factor = staff_user::Entity::find_by_id(staff.id)
        .one(db)
        .await?
        .is_some_and(|user| user.totp_secret.is_some());
    let accounts_without = staff_user::Entity::find()
        .filter(staff_user::Column::TotpSecret.is_null())
        .filter(staff_user::Column::DeactivatedAt.is_null())
        .count(db)
        .await?;
    Ok(super::api::SiteSettingsPage {
        minimum_weeks: minimum_weeks(db).await?,
        privacy_template: privacy_template(db).await?,
        default_retention_months: default_retention_months(db).await?,
        identity: super::identity::load(db).await?,
        require_two_factor: two_factor_required(db).await?,
        own_two_factor,
        accounts_without,
        staff,
    })
}

/// Requires two-factor sign-in of every staff member, or stops requiring it. Requiring it signs
/// out at once everyone without it (they set it up when they next sign in); an admin must have
/// it on themselves first, or they would sign themselves out.
pub async fn set_two_factor_required<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    required: bool,
    now: DateTime<Utc>,
) -> AppResult<()> {
    staff.ensure(Action::ManageSiteSettings, Target::Site)?;
    let before = two_factor_required(db).await?;
    if before == required {
        return Ok(());
    }
    if required {
        let own = staff_user::Entity::find_by_id(staff.id).one(db).await?;
        if own.is_none_or(|user| user.totp_secret.is_none()) {
            return Err(AppError::Conflict(crate::domain::interface_text::english(
                "site-settings-own-two-factor-first",
            )));
        }
    }
    let txn = db.begin().await?;
    put(
        &txn,
        REQUIRE_TWO_FACTOR,
        if required { "yes" } else { "no" },
        now,
    )
    .await?;
    if required {
        let without: Vec<i64> = staff_user::Entity::find()
            .select_only()
            .column(staff_user::Column::Id)
            .filter(staff_user::Column::TotpSecret.is_null())
            .into_tuple()
            .all(&txn)
            .await?;
        // In slices, well under any database's limit on values in one statement.
        for ids in without.chunks(1000) {
            staff_session::Entity::delete_many()
                .filter(staff_session::Column::StaffUserId.is_in(ids.to_vec()))
                .exec(&txn)
                .await?;
        }
    }
    let said = |on: bool| {
        if on {
            "Two-factor sign-in required of all staff"
        } else {
            "Two-factor sign-in optional"
        }
    };
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::SiteSettingsChanged, "Site settings")
            .before(said(before))
            .after(said(required)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Sets the site's minimum consultation period to what a site admin typed (`typed`, weeks). A
/// refusal is the form's error on the field; an unchanged value changes and records nothing.
pub async fn set_minimum_weeks<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    typed: &str,
    now: DateTime<Utc>,
) -> AppResult<()> {
    staff.ensure(Action::ManageSiteSettings, Target::Site)?;
    let weeks = crate::domain::quality_checklist::parse_minimum_weeks(typed).map_err(|id| {
        AppError::Invalid(vec![crate::domain::FieldError::said("minimum_weeks", id)])
    })?;
    let before = minimum_weeks(db).await?;
    if before == weeks {
        return Ok(());
    }
    let txn = db.begin().await?;
    put(&txn, MINIMUM_WEEKS, &weeks.to_string(), now).await?;
    let said = |weeks: u32| format!("Shortest consultation period: {weeks} weeks");
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::SiteSettingsChanged, "Site settings")
            .before(&said(before))
            .after(&said(weeks)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
