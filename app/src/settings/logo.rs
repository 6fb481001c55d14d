//! The council's logo (decision 0040): stored in the database (every server serves the same
//! one), changed and removed by site admins, each change audited.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect,
    TransactionSession, TransactionTrait,
};
use sha2::{Digest, Sha256};

use crate::audit::service::record_at;
use crate::db::entities::site_file;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::documents::{FileType, size_text};
use crate::domain::permissions::{Action, Target};
use crate::domain::site_logo::{CheckedLogo, SiteLogo};
use crate::error::AppResult;
use crate::staff::api::StaffIdentity;

/// The row the logo is kept in.
const LOGO: &str = "logo";

/// The logo as pages draw it, with the name it was uploaded with (for the log); its bytes are
/// not read.
async fn stored(db: &impl ConnectionTrait) -> AppResult<Option<(SiteLogo, String)>> {
    let row: Option<(String, String, i32, i32, String)> = site_file::Entity::find_by_id(LOGO)
        .select_only()
        .columns([
            site_file::Column::Version,
            site_file::Column::FileType,
            site_file::Column::Width,
            site_file::Column::Height,
            site_file::Column::FileName,
        ])
        .into_tuple()
        .one(db)
        .await?;
    Ok(row.map(|(version, file_type, width, height, file_name)| {
        let logo = SiteLogo {
            version,
            file_type,
            width: u32::try_from(width).unwrap_or_default(),
            height: u32::try_from(height).unwrap_or_default(),
        };
        (logo, file_name)
    }))
}

/// The logo as pages draw it, if one is set.
pub async fn load(db: &impl ConnectionTrait) -> AppResult<Option<SiteLogo>> {
    Ok(stored(db).await?.map(|(logo, _)| logo))
}

/// How the log names a logo.
fn said(logo: Option<&(SiteLogo, String)>, size: Option<usize>) -> String {
    match logo {
        None => "logo: none".into(),
        Some((logo, file_name)) => {
            let size = size.map(|bytes| format!(", {}", size_text(bytes as u64)));
            format!(
                "logo: {file_name} ({} × {} pixels{})",
                logo.width,
                logo.height,
                size.unwrap_or_default()
            )
        }
    }
}

/// Stores `bytes` (checked as `checked`) as the logo, in place of any before it.
pub async fn save<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    checked: CheckedLogo,
    bytes: Vec<u8>,
    now: DateTime<Utc>,
) -> AppResult<SiteLogo> {
    staff.ensure(Action::ManageSiteSettings, Target::Site)?;
    // 32 hex digits name it: the same bytes keep their address (browsers keep them), new ones
    // get a new one.
    let version = hex::encode(&Sha256::digest(&bytes)[..16]);
    let logo = SiteLogo {
        version: version.clone(),
        file_type: checked.file_type.code().into(),
        width: checked.width,
        height: checked.height,
    };
    let size = bytes.len();
    // Read before the transaction: on SQLite a transaction that reads first cannot always
    // write after another server's write.
    let before = stored(db).await?;
    let txn = db.begin().await?;
    // In place of the one before (two admins uploading at once: the later one stays).
    site_file::Entity::insert(site_file::ActiveModel {
        name: Set(LOGO.into()),
        file_name: Set(checked.file_name.clone()),
        file_type: Set(logo.file_type.clone()),
        width: Set(i32::try_from(checked.width).unwrap_or(i32::MAX)),
        height: Set(i32::try_from(checked.height).unwrap_or(i32::MAX)),
        version: Set(version),
        bytes: Set(bytes),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(site_file::Column::Name)
            .update_columns([
                site_file::Column::FileName,
                site_file::Column::FileType,
                site_file::Column::Width,
                site_file::Column::Height,
                site_file::Column::Version,
                site_file::Column::Bytes,
                site_file::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec(&txn)
    .await?;
    record_at(
        &txn,
        staff.into(),
        AuditEntry::new(AuditAction::SiteSettingsChanged, "Site settings")
            .before(&said(before.as_ref(), None))
            .after(&said(Some(&(logo.clone(), checked.file_name)), Some(size))),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(logo)
}

/// Removes the logo; false when there was none (removed meanwhile: nothing recorded).
pub async fn remove<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    staff.ensure(Action::ManageSiteSettings, Target::Site)?;
    let Some(before) = stored(db).await? else {
        return Ok(false);
    };
    let txn = db.begin().await?;
    let removed = site_file::Entity::delete_by_id(LOGO).exec(&txn).await?;
    if removed.rows_affected == 0 {
        return Ok(false);
    }
    record_at(
        &txn,
        staff.into(),
        AuditEntry::new(AuditAction::SiteSettingsChanged, "Site settings")
            .before(&said(Some(&before), None))
            .after(&said(None, None)),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// The logo's bytes, if `version` of `file_type` is the one set (an older address is gone).
pub async fn file(
    db: &impl ConnectionTrait,
    version: &str,
    file_type: FileType,
) -> AppResult<Option<Vec<u8>>> {
    let bytes: Option<Vec<u8>> = site_file::Entity::find_by_id(LOGO)
        .filter(site_file::Column::Version.eq(version))
        .filter(site_file::Column::FileType.eq(file_type.code()))
        .select_only()
        .column(site_file::Column::Bytes)
        .into_tuple()
        .one(db)
        .await?;
    Ok(bytes)
}
