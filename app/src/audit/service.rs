//! Recording audit entries, and reading them back through the page's filter.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};

use super::api::{AuditPage, AuditRow};
use crate::db::entities::{audit_event, department};
use crate::domain::audit::{AuditAction, AuditEntry, AuditFilter, AuditScope, audit_scope};
use crate::domain::text::like_containing;
use crate::error::{AppError, AppResult};
use crate::results::responses::{PER_PAGE, page_number};
use crate::staff::api::StaffIdentity;

/// Who did it, as the entry keeps them.
pub struct Doer<'a> {
    pub id: Option<i64>,
    pub name: &'a str,
    pub email: &'a str,
}

impl<'a> From<&'a StaffIdentity> for Doer<'a> {
    fn from(staff: &'a StaffIdentity) -> Doer<'a> {
        Doer {
            id: Some(staff.id),
            name: &staff.display_name,
            email: &staff.email,
        }
    }
}

/// What the platform does by itself, or what is done from the server's command line.
pub const COMMAND_LINE: Doer<'static> = Doer {
    id: None,
    name: "Server command line",
    email: "",
};

/// What the workflow's clock does (opening and closing consultations on their dates).
pub const CLOCK: Doer<'static> = Doer {
    id: None,
    name: "Scheduled task",
    email: "",
};

/// Records `entry` as done by `who` now. Call it with the transaction that makes the change.
pub async fn record<'a>(
    db: &impl ConnectionTrait,
    who: impl Into<Doer<'a>>,
    entry: AuditEntry,
) -> AppResult<()> {
    record_at(db, who.into(), entry, Utc::now()).await
}

/// `record`, at `now`.
pub async fn record_at(
    db: &impl ConnectionTrait,
    who: Doer<'_>,
    entry: AuditEntry,
    now: DateTime<Utc>,
) -> AppResult<()> {
    audit_event::ActiveModel {
        occurred_at: Set(now),
        actor_id: Set(who.id),
        actor_name: Set(crate::domain::audit::brief(who.name, 200)),
        actor_email: Set(who.email.chars().take(320).collect()),
        action: Set(entry.action.code().to_string()),
        workspace_id: Set(entry.workspace),
        consultation_id: Set(entry.consultation),
        subject: Set(entry.subject),
        before: Set(entry.before),
        after: Set(entry.after),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// How long the builder's autosave of one consultation by one person counts as one change.
pub const SAME_CHANGE_WITHIN: chrono::Duration = chrono::Duration::minutes(10);

/// `record`, unless `staff`'s latest entry is this very change to this consultation, recorded
/// within `SAME_CHANGE_WITHIN` (the builder saves as people type: one entry per change, not one
/// per keystroke).
pub async fn record_change(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
    entry: AuditEntry,
) -> AppResult<()> {
    let now = Utc::now();
    let latest = audit_event::Entity::find()
        .filter(audit_event::Column::ActorId.eq(staff.id))
        .order_by_desc(audit_event::Column::Id)
        .one(db)
        .await?;
    let repeated = latest.is_some_and(|latest| {
        latest.action == entry.action.code()
            && latest.consultation_id == entry.consultation
            && latest.after == entry.after
            && now - latest.occurred_at < SAME_CHANGE_WITHIN
    });
    if repeated {
        return Ok(());
    }
    record_at(db, staff.into(), entry, now).await
}

/// Which entries `staff` reads (forbidden if none), with every workspace (for their names).
async fn scope_of(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
) -> AppResult<(AuditScope, Vec<department::Model>)> {
    let workspaces = department::Entity::find().all(db).await?;
    let ids: Vec<i64> = workspaces.iter().map(|row| row.id).collect();
    let scope = audit_scope(staff.actor(), &ids).ok_or(AppError::Forbidden)?;
    Ok((scope, workspaces))
}

/// `column` contains `text`, in any case.
fn lower_contains(column: audit_event::Column, text: &str) -> Condition {
    Condition::all().add(
        Expr::expr(Func::lower(Expr::col(column)))
            .like(LikeExpr::new(like_containing(text)).escape('\\')),
    )
}

/// The entries `scope` and `filter` let through.
fn filtered(scope: &AuditScope, filter: &AuditFilter) -> Select<audit_event::Entity> {
    let mut query = audit_event::Entity::find();
    if let AuditScope::Workspaces(own) = scope {
        query = query.filter(audit_event::Column::WorkspaceId.is_in(own.clone()));
    }
    if !filter.who.is_empty() {
        query = query.filter(
            Condition::any()
                .add(lower_contains(audit_event::Column::ActorName, &filter.who))
                .add(lower_contains(audit_event::Column::ActorEmail, &filter.who)),
        );
    }
    if let Some(action) = filter.action {
        query = query.filter(audit_event::Column::Action.eq(action.code()));
    }
    if !filter.about.is_empty() {
        query = query.filter(lower_contains(audit_event::Column::Subject, &filter.about));
    }
    if let Some(starts) = filter.starts() {
        query = query.filter(audit_event::Column::OccurredAt.gte(starts));
    }
    if let Some(ends) = filter.ends() {
        query = query.filter(audit_event::Column::OccurredAt.lt(ends));
    }
    query
}

fn row_of(entry: audit_event::Model, workspaces: &[department::Model]) -> AuditRow {
    AuditRow {
        id: entry.id,
        occurred_at: entry.occurred_at,
        workspace: entry
            .workspace_id
            .and_then(|id| workspaces.iter().find(|w| w.id == id))
            .map(|w| w.name.clone()),
        actor_name: entry.actor_name,
        actor_email: entry.actor_email,
        action: entry.action,
        subject: entry.subject,
        before: entry.before,
        after: entry.after,
    }
}

/// Reads the page's query string (`AuditFilter`'s fields); unreadable text is no filter.
pub fn filter_of(query: &str) -> (AuditFilter, Vec<crate::domain::FieldError>) {
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    AuditFilter::parse(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())))
}

/// The audit page: the newest entries first, a page at a time.
pub async fn page(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    query: &str,
) -> AppResult<AuditPage> {
    let (scope, workspaces) = scope_of(db, &staff).await?;
    let (mut filter, errors) = filter_of(query);
    let matching = filtered(&scope, &filter);
    let total = matching.clone().count(db).await?;
    let page = page_number(Some(&filter.page.to_string()), total);
    filter.page = page;
    let entries = matching
        .order_by_desc(audit_event::Column::Id)
        .offset((page - 1) * PER_PAGE)
        .limit(PER_PAGE)
        .all(db)
        .await?
        .into_iter()
        .map(|entry| row_of(entry, &workspaces))
        .collect();
    Ok(AuditPage {
        everything: scope == AuditScope::Everything,
        staff,
        filter,
        errors,
        entries,
        total,
        page,
    })
}

/// The CSV's columns.
const CSV_HEADINGS: [&str; 9] = [
    "When (UTC)",
    "Name",
    "Email",
    "Action",
    "Workspace",
    "About",
    "Before",
    "After",
    "Entry",
];

/// Entries read per query while writing the CSV.
const CSV_BATCH: u64 = 1_000;

/// Everything the CSV of `filter`'s entries needs once `staff` may have it: the entries are
/// then read in batches by `csv_batch`, newest first, so memory stays flat however long the log.
pub struct AuditExport {
    scope: AuditScope,
    filter: AuditFilter,
    workspaces: Vec<department::Model>,
}

/// Checks `staff` may read the log, and records the export itself (an export of the log is
/// itself an action worth knowing about).
pub async fn start_export(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
    query: &str,
) -> AppResult<AuditExport> {
    let (scope, workspaces) = scope_of(db, staff).await?;
    let (filter, errors) = filter_of(query);
    if let Some(error) = errors.first() {
        return Err(AppError::BadRequest(error.message.clone()));
    }
    record(
        db,
        staff,
        AuditEntry::new(AuditAction::AuditExported, "Audit log").after(&filter.described()),
    )
    .await?;
    Ok(AuditExport {
        scope,
        filter,
        workspaces,
    })
}

/// The CSV's first line (with a byte-order mark, so spreadsheets read it as UTF-8).
pub fn csv_head() -> String {
    use crate::domain::export::{Cell, csv_record};
    format!(
        "\u{feff}{}",
        csv_record(CSV_HEADINGS.iter().map(|h| Cell::Text(h.to_string())))
    )
}

/// The next batch of the CSV after entry `before` (None: from the newest), and the id to carry
/// on from; an empty string when there are no more.
pub async fn csv_batch(
    db: &impl ConnectionTrait,
    export: &AuditExport,
    before: Option<i64>,
) -> AppResult<(String, Option<i64>)> {
    use crate::domain::export::{Cell, csv_record};
    let mut query = filtered(&export.scope, &export.filter);
    if let Some(before) = before {
        query = query.filter(audit_event::Column::Id.lt(before));
    }
    let entries = query
        .order_by_desc(audit_event::Column::Id)
        .limit(CSV_BATCH)
        .all(db)
        .await?;
    let next = entries.last().map(|entry| entry.id);
    let mut text = String::new();
    for entry in entries {
        let row = row_of(entry, &export.workspaces);
        let text_cell = |value: Option<String>| value.map(Cell::Text).unwrap_or(Cell::Empty);
        text.push_str(&csv_record([
            Cell::Text(
                row.occurred_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            ),
            Cell::Text(row.actor_name),
            Cell::Text(row.actor_email),
            Cell::Text(row.action),
            text_cell(row.workspace),
            Cell::Text(row.subject),
            text_cell(row.before),
            text_cell(row.after),
            Cell::Number(row.id as f64),
        ]));
    }
    Ok((text, next))
}
