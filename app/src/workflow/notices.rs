//! Emails telling the people involved of each step of the workflow (decision 0038). A step's
//! `review_events` row is written with the step; telling of it is done afterwards, by whichever
//! server claims the row first (its `notified_at`, set in the transaction that queues the
//! emails): exactly once, whether the step was a person's, an edit's or the clock's, and none
//! lost if a server stops between the two.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionSession, TransactionTrait, sea_query::Expr,
};

use super::service::events;
use crate::db::entities::{consultation, review_event, staff_user, workspace_membership};
use crate::domain::permissions::{Action, SITE_ADMIN, Target, WorkspaceRole};
use crate::domain::staff_account::stored_email_language;
use crate::domain::workflow::{Stage, Step, told};
use crate::error::AppResult;
use crate::mail::outbox::Mail;

/// Steps told at a time.
const BATCH: u64 = 50;

/// Who reviews workspace `workspace`'s consultations for `sender`: its workspace admins with
/// active accounts other than the sender (who may not approve their own), or the site admins if
/// there are none.
async fn reviewers(
    db: &impl ConnectionTrait,
    workspace: i64,
    sender: Option<i64>,
) -> AppResult<Vec<i64>> {
    let admins: Vec<i64> = workspace_membership::Entity::find()
        .filter(workspace_membership::Column::DepartmentId.eq(workspace))
        .filter(workspace_membership::Column::Role.eq(WorkspaceRole::Admin.code()))
        .all(db)
        .await?
        .into_iter()
        .map(|membership| membership.staff_user_id)
        .filter(|id| Some(*id) != sender)
        .collect();
    let active = |filter: sea_orm::Condition| async move {
        AppResult::Ok(
            staff_user::Entity::find()
                .filter(filter)
                .filter(staff_user::Column::DeactivatedAt.is_null())
                .all(db)
                .await?
                .into_iter()
                .map(|user| user.id)
                .collect::<Vec<i64>>(),
        )
    };
    let found = active(sea_orm::Condition::all().add(staff_user::Column::Id.is_in(admins))).await?;
    if !found.is_empty() {
        return Ok(found);
    }
    active(sea_orm::Condition::all().add(staff_user::Column::Role.eq(SITE_ADMIN))).await
}

/// Emails the people involved of every step not yet told (`mail`: the outbox). Answers with the
/// steps told.
pub async fn tell_steps<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    mail: &Mail,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let waiting = review_event::Entity::find()
        .filter(review_event::Column::NotifiedAt.is_null())
        .order_by_asc(review_event::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    let mut told_of = 0;
    'steps: for event in waiting {
        let txn = db.begin().await?;
        let claimed = review_event::Entity::update_many()
            .col_expr(review_event::Column::NotifiedAt, Expr::value(now))
            .filter(review_event::Column::Id.eq(event.id))
            .filter(review_event::Column::NotifiedAt.is_null())
            .exec(&txn)
            .await?;
        // Another server is telling it.
        if claimed.rows_affected != 1 {
            continue;
        }
        let step = Step::parse(&event.step);
        let stage_after = Stage::parse(&event.stage_after);
        let row = consultation::Entity::find_by_id(event.consultation_id)
            .one(&txn)
            .await?;
        if let (Some(step), Some(stage_after), Some(row)) = (step, stage_after, row) {
            let involved: Vec<i64> = events(&txn, row.id)
                .await?
                .into_iter()
                .filter_map(|earlier| earlier.staff_user_id)
                .collect();
            let reviewers = if stage_after.awaits_review() {
                reviewers(&txn, row.department_id, event.staff_user_id).await?
            } else {
                Vec::new()
            };
            let ids = told(stage_after, &involved, &reviewers, event.staff_user_id);
            let people = staff_user::Entity::find()
                .filter(staff_user::Column::Id.is_in(ids))
                .filter(staff_user::Column::DeactivatedAt.is_null())
                .order_by_asc(staff_user::Column::Id)
                .all(&txn)
                .await?;
            let link = mail.link(&super::review_path(&row.slug));
            let by = event.staff_user_id.map(|_| event.actor_name.as_str());
            for person in people {
                // Only those who may still see it: someone moved out of its workspace (or it
                // out of theirs) hears no more of it.
                let who = crate::staff::service::identity(&txn, &person).await?;
                if !who.can(Action::View, Target::Workspace(row.department_id)) {
                    continue;
                }
                let email = crate::domain::email::workflow_step(
                    stored_email_language(&person.email_language),
                    &person.email,
                    &row.title,
                    step,
                    stage_after,
                    by,
                    event.comment.as_deref(),
                    &link,
                );
                // Not queued (the outbox refused it): nothing of this step is committed, so it
                // stays untold and is told on a later round.
                if !mail.queue_uncapped(&txn, email, now).await {
                    continue 'steps;
                }
            }
        }
        txn.commit().await?;
        mail.wake_sender();
        told_of += 1;
    }
    Ok(told_of)
}
