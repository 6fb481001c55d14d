//! The reviewer's checklist, edited by site admins (decision 0038): the items a reviewer ticks
//! when approving a consultation. An item taken off is kept (retired): approvals that ticked it
//! keep its words, as they had them then.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, TransactionSession, TransactionTrait,
};

use super::api::{ChecklistItem, ChecklistPage};
use crate::audit::service::record;
use crate::db::entities::checklist_item;
use crate::domain::FieldError;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::permissions::{Action, Target};
use crate::domain::quality_checklist::{MOST_ITEMS, parse_item_text};
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

/// What the audit log calls the checklist.
const SUBJECT: &str = "Reviewer's checklist";

/// The items as they stand (not retired), in the order reviewers see them.
pub async fn current(db: &impl ConnectionTrait) -> AppResult<Vec<checklist_item::Model>> {
    Ok(checklist_item::Entity::find()
        .filter(checklist_item::Column::RetiredAt.is_null())
        .order_by_asc(checklist_item::Column::Position)
        .order_by_asc(checklist_item::Column::Id)
        .all(db)
        .await?)
}

/// The items as a page shows them (the checklist's own page, and the review page's boxes).
pub async fn items(db: &impl ConnectionTrait) -> AppResult<Vec<ChecklistItem>> {
    Ok(current(db)
        .await?
        .into_iter()
        .map(|item| ChecklistItem {
            id: item.id,
            text: item.text,
        })
        .collect())
}

pub async fn page(db: &impl ConnectionTrait, staff: StaffIdentity) -> AppResult<ChecklistPage> {
    staff.ensure(Action::ManageSiteSettings, Target::Site)?;
    Ok(ChecklistPage {
        staff,
        items: items(db).await?,
        most: MOST_ITEMS,
    })
}

/// A change to the checklist, as its page's buttons post it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Add,
    Save(i64),
    Up(i64),
    Down(i64),
    Remove(i64),
}

impl Change {
    /// From the button pressed (`action`) and the item it belongs to (`item`).
    pub fn parse(action: &str, item: &str) -> Option<Change> {
        let item = || item.trim().parse::<i64>().ok();
        Some(match action {
            "add" => Change::Add,
            "save" => Change::Save(item()?),
            "up" => Change::Up(item()?),
            "down" => Change::Down(item()?),
            "remove" => Change::Remove(item()?),
            _ => return None,
        })
    }
}

/// The field a change's words are typed in: the new item's box, or item `id`'s.
pub fn text_field(change: Change) -> String {
    match change {
        Change::Save(id) => format!("text-{id}"),
        _ => "new_text".to_string(),
    }
}

fn invalid(field: &str, id: &str) -> AppError {
    AppError::Invalid(vec![FieldError {
        field: field.to_string(),
        target_id: field.to_string(),
        ..FieldError::said(field, id)
    }])
}

/// Makes `change` (with `typed`: the words of an item added or saved) by `staff`, a site admin.
pub async fn change<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    change: Change,
    typed: &str,
    now: DateTime<Utc>,
) -> AppResult<()> {
    staff.ensure(Action::ManageSiteSettings, Target::Site)?;
    let items = current(db).await?;
    let gone = || {
        AppError::NotFound(crate::domain::interface_text::english(
            "checklist-item-gone",
        ))
    };
    let find = |id: i64| items.iter().position(|item| item.id == id).ok_or_else(gone);
    let txn = db.begin().await?;
    let entry = match change {
        Change::Add => {
            let text = parse_item_text(typed).map_err(|id| invalid("new_text", id))?;
            // (The page has no box to add with then: a problem with the page, not a field.)
            if items.len() >= MOST_ITEMS {
                return Err(AppError::Conflict(crate::domain::interface_text::english(
                    "checklist-item-too-many",
                )));
            }
            let position = items.iter().map(|item| item.position).max().unwrap_or(0) + 1;
            checklist_item::ActiveModel {
                text: Set(text.clone()),
                position: Set(position),
                created_at: Set(now),
                retired_at: Set(None),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            AuditEntry::new(AuditAction::SiteSettingsChanged, SUBJECT)
                .after(&format!("Added: {text}"))
        }
        Change::Save(id) => {
            let field = text_field(change);
            let text = parse_item_text(typed).map_err(|message| invalid(&field, message))?;
            let item = items[find(id)?].clone();
            if item.text == text {
                return Ok(());
            }
            let before = item.text.clone();
            let mut active: checklist_item::ActiveModel = item.into();
            active.text = Set(text.clone());
            active.update(&txn).await?;
            AuditEntry::new(AuditAction::SiteSettingsChanged, SUBJECT)
                .before(&before)
                .after(&text)
        }
        Change::Up(id) | Change::Down(id) => {
            let at = find(id)?;
            let other = match change {
                Change::Up(_) => at.checked_sub(1),
                _ => Some(at + 1).filter(|other| *other < items.len()),
            };
            // Already first (or last): nothing moves.
            let Some(other) = other else {
                return Ok(());
            };
            let mut order = items.clone();
            order.swap(at, other);
            // Every item numbered afresh in the new order: positions never tie afterwards.
            for (number, item) in order.iter().enumerate() {
                let position = i32::try_from(number + 1).unwrap_or(i32::MAX);
                if item.position != position {
                    let mut active: checklist_item::ActiveModel = item.clone().into();
                    active.position = Set(position);
                    active.update(&txn).await?;
                }
            }
            AuditEntry::new(AuditAction::SiteSettingsChanged, SUBJECT)
                .after(&format!("Moved: {}", items[at].text))
        }
        Change::Remove(id) => {
            let item = items[find(id)?].clone();
            let text = item.text.clone();
            let mut active: checklist_item::ActiveModel = item.into();
            active.retired_at = Set(Some(now));
            active.update(&txn).await?;
            AuditEntry::new(AuditAction::SiteSettingsChanged, SUBJECT).before(&text)
        }
    };
    record(&txn, staff, entry).await?;
    txn.commit().await?;
    Ok(())
}
