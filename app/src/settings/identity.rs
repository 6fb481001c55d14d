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

/// The identity as stored (a value that no longer passes the form's checks counts as unset,
/// the others as they are).
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
    let alone = |input: IdentityInput| check(&input).unwrap_or_default();
    let empty = IdentityInput::default;
    Ok(SiteIdentity {
        council_name: alone(IdentityInput {
            council_name: get("council_name"),
            ..empty()
        })
        .council_name,
        council_name_cy: alone(IdentityInput {
            // Checked beside the English name: a Welsh name alone is not one.
            council_name: get("council_name"),
            council_name_cy: get("council_name_cy"),
            ..empty()
        })
        .council_name_cy,
        brand_colour: alone(IdentityInput {
            brand_colour: get("brand_colour"),
            ..empty()
        })
        .brand_colour,
        accessibility_url: alone(IdentityInput {
            accessibility_url: get("accessibility_url"),
            ..empty()
        })
        .accessibility_url,
        privacy_url: alone(IdentityInput {
            privacy_url: get("privacy_url"),
            ..empty()
        })
        .privacy_url,
        contact_url: alone(IdentityInput {
            contact_url: get("contact_url"),
            ..empty()
        })
        .contact_url,
        logo: super::logo::load(db).await?,
    })
}

/// Saves the identity a site admin typed. Refusals are the form's errors; unchanged changes and
/// records nothing. Answers the identity now stored.
pub async fn save<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    fields: &[(String, String)],
    now: DateTime<Utc>,
) -> AppResult<SiteIdentity> {
    staff.ensure(Action::ManageSiteSettings, Target::Site)?;
    let before = load(db).await?;
    let mut identity =
        check(&IdentityInput::from_fields(fields, &before)).map_err(AppError::Invalid)?;
    // The logo has a page of its own; the name is its text for whoever cannot see it.
    identity.logo = before.logo.clone();
    if identity.logo.is_some() && identity.council_name.is_empty() {
        return Err(AppError::Invalid(vec![
            crate::domain::site_identity::name_for_logo(),
        ]));
    }
    if before == identity {
        return Ok(identity);
    }
    let txn = db.begin().await?;
    for (key, value) in KEYS.into_iter().zip(parts(&identity)) {
        super::service::put(&txn, key, value, now).await?;
    }
    // Only what changed: the log's summaries are short, and six addresses are not.
    let changed: Vec<(&str, &str, &str)> = KEYS
        .into_iter()
        .zip(parts(&before))
        .zip(parts(&identity))
        .filter(|((_, was), is)| was != is)
        .map(|((key, was), is)| (key, was, is))
        .collect();
    let said = |after: bool| {
        changed
            .iter()
            .map(|(key, was, is)| {
                let value = if after { is } else { was };
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
            .before(&said(false))
            .after(&said(true)),
    )
    .await?;
    txn.commit().await?;
    Ok(identity)
}

/// The identity this server's pages show, and how many times this server set it: a refresh read
/// before a save here finished must not put the old identity back.
#[derive(Default)]
pub struct Current {
    held: RwLock<SiteIdentity>,
    sets: std::sync::atomic::AtomicU64,
}

impl Current {
    pub async fn load(db: &impl ConnectionTrait) -> AppResult<Arc<Current>> {
        let current = Current::default();
        current.set(load(db).await?);
        Ok(Arc::new(current))
    }

    pub fn get(&self) -> SiteIdentity {
        self.held
            .read()
            .map(|held| held.clone())
            .unwrap_or_default()
    }

    /// After this server saved `identity`.
    pub fn set(&self, identity: SiteIdentity) {
        if let Ok(mut held) = self.held.write() {
            self.sets.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            *held = identity;
        }
    }

    /// Reads it again (a change made on another server), unless this server set it meanwhile.
    pub async fn refresh(&self, db: &impl ConnectionTrait) -> AppResult<()> {
        use std::sync::atomic::Ordering::SeqCst;
        let sets = self.sets.load(SeqCst);
        let read = load(db).await?;
        if let Ok(mut held) = self.held.write()
            && self.sets.load(SeqCst) == sets
        {
            *held = read;
        }
        Ok(())
    }
}
