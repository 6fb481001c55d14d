//! The council's identity (decision 0040): read from the site's settings, held by every server
//! for its pages (read again after a change here, and every clock round for changes made on
//! another server), changed by site admins.

use std::sync::{Arc, RwLock};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionSession, TransactionTrait,
};

use crate::audit::service::record;
use crate::db::entities::site_setting;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::permissions::{Action, Target};
use crate::domain::site_identity::{IdentityInput, SiteIdentity, check};
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

/// The settings' keys, each with the part of the identity it holds.
const KEYS: [&str; 6] = [
    "council_name",
    "council_name_cy",
    "brand_colour",
    "accessibility_url",
    "privacy_url",
    "contact_url",
];

fn parts(identity: &SiteIdentity) -> [&str; 6] {
    [
        &identity.council_name,
        &identity.council_name_cy,
        &identity.brand_colour,
        &identity.accessibility_url,
        &identity.privacy_url,
        &identity.contact_url,
    ]
}

/// The identity as stored (a value that no longer passes the form's checks counts as unset).
pub async fn load(db: &impl ConnectionTrait) -> AppResult<SiteIdentity> {
    let rows = site_setting::Entity::find()
        .filter(site_setting::Column::Key.is_in(KEYS))
        .all(db)
        .await?;
    let get = |key: &str| {
        rows.iter()
            .find(|row| row.key == key)
            .map(|row| row.value.clone())
            .unwrap_or_default()
    };
    let input = IdentityInput {
        council_name: get("council_name"),
        council_name_cy: get("council_name_cy"),
        brand_colour: get("brand_colour"),
        accessibility_url: get("accessibility_url"),
        privacy_url: get("privacy_url"),
        contact_url: get("contact_url"),
    };
    Ok(check(&input).unwrap_or_default())
}

/// Saves the identity a site admin typed. Refusals are the form's errors; unchanged changes and
/// records nothing. Answers the identity now stored.
pub async fn save<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    input: &IdentityInput,
    now: DateTime<Utc>,
) -> AppResult<SiteIdentity> {
    staff.ensure(Action::ManageSiteSettings, Target::Site)?;
    let identity = check(input).map_err(AppError::Invalid)?;
    let before = load(db).await?;
    if before == identity {
        return Ok(identity);
    }
    let txn = db.begin().await?;
    for (key, value) in KEYS.into_iter().zip(parts(&identity)) {
        super::service::put(&txn, key, value, now).await?;
    }
    let said = |identity: &SiteIdentity| {
        KEYS.into_iter()
            .zip(parts(identity))
            .map(|(key, value)| {
                let value = if value.is_empty() { "none" } else { value };
                format!("{key}: {value}")
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::SiteSettingsChanged, "Site settings")
            .before(&said(&before))
            .after(&said(&identity)),
    )
    .await?;
    txn.commit().await?;
    Ok(identity)
}

/// The identity this server's pages show.
#[derive(Default)]
pub struct Current(RwLock<SiteIdentity>);

impl Current {
    pub async fn load(db: &impl ConnectionTrait) -> AppResult<Arc<Current>> {
        Ok(Arc::new(Current(RwLock::new(load(db).await?))))
    }

    pub fn get(&self) -> SiteIdentity {
        self.0.read().map(|held| held.clone()).unwrap_or_default()
    }

    pub fn set(&self, identity: SiteIdentity) {
        if let Ok(mut held) = self.0.write() {
            *held = identity;
        }
    }

    /// Reads it again (a change made on another server).
    pub async fn refresh(&self, db: &impl ConnectionTrait) -> AppResult<()> {
        self.set(load(db).await?);
        Ok(())
    }
}
