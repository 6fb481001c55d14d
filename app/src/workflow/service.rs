//! The workflow's storage (decision 0038). Each step changes `consultations.stage` with a
//! conditional update (only from the stage the step was taken at), writes its `review_events`
//! row and its audit entry, in one transaction: two people (or two servers' clocks) taking the
//! same step at once change it once.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, TransactionSession, TransactionTrait, sea_query::Expr,
};

use super::api::{ReviewEntry, ReviewPage};
use crate::audit::service::{CLOCK, Doer};
use crate::db::entities::{audit_event, consultation, questionnaire_version, review_event};
use crate::db::questionnaire_store::{STATE_DRAFT, STATE_PUBLISHED, find_for_staff};
use crate::domain::FieldError;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::interface_text::{english, english_with};
use crate::domain::permissions::{Action, Target};
use crate::domain::quality_checklist::{self, Check, Subject};
use crate::domain::workflow::{Facts, Stage, Step, next, offered};
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

/// The longest comment kept with a step.
pub const MOST_COMMENT_CHARS: usize = 2_000;

/// Steps people take with the review page's buttons (edits are taken by saving a change; the
/// clock takes opening and closing).
const TAKEN_HERE: [Step; 10] = [
    Step::SendForReview,
    Step::Return,
    Step::Approve,
    Step::Schedule,
    Step::SendChangesForReview,
    Step::ReturnChanges,
    Step::ApproveChanges,
    Step::SendOutcomeForReview,
    Step::ReturnOutcome,
    Step::PublishOutcome,
];

/// What a step's rules know of consultation `row` at `now` (`by_sender`: the person taking it
/// sent it for review).
pub(super) fn facts_of(row: &consultation::Model, now: DateTime<Utc>, by_sender: bool) -> Facts {
    Facts {
        now,
        opens_at: row.opens_at,
        closes_at: row.closes_at,
        by_sender,
        outcome_public: row.outcome_published_at.is_some(),
    }
}

/// The outcome its owner has written, if any words.
fn outcome_draft(row: &consultation::Model) -> Option<&str> {
    row.outcome_draft_markdown
        .as_deref()
        .filter(|text| !text.trim().is_empty())
}

/// A consultation's stage as stored (an unknown code, which nothing writes, reads as a draft:
/// the stage that shows nothing to the public).
pub fn stage_of(row: &consultation::Model) -> Stage {
    Stage::parse(&row.stage).unwrap_or(Stage::Draft)
}

/// The automatic checks of consultation `row` as it stands (its working questionnaire).
async fn checks(
    db: &impl ConnectionTrait,
    row: &consultation::Model,
    minimum_weeks: u32,
) -> AppResult<Vec<quality_checklist::Outcome>> {
    let newest = crate::builder::service::newest_version(db, row.id).await?;
    let questionnaire = crate::db::questionnaire_store::load_questionnaire(db, newest.id).await?;
    let privacy_notice = crate::privacy::service::notice_of(db, row).await?;
    Ok(quality_checklist::run(&Subject {
        summary: &row.summary,
        contact_name: &row.contact_name,
        contact_email: &row.contact_email,
        opens_at: row.opens_at,
        closes_at: row.closes_at,
        questionnaire: &questionnaire,
        minimum_weeks,
        privacy_notice: &privacy_notice,
        retention_months: row.retention_months.and_then(|m| u32::try_from(m).ok()),
    }))
}

/// Consultation `id`'s steps, newest first.
pub(super) async fn events(
    db: &impl ConnectionTrait,
    id: i64,
) -> AppResult<Vec<review_event::Model>> {
    Ok(review_event::Entity::find()
        .filter(review_event::Column::ConsultationId.eq(id))
        .order_by_desc(review_event::Column::Id)
        .all(db)
        .await?)
}

/// Whether `staff_id` may not approve consultation `row` as it now awaits review (`events`:
/// its steps, newest first): nobody approves their own work — they put it in review (by sending
/// it, or by a change that sent it back), or changed it since it was put there.
async fn own_work(
    db: &impl ConnectionTrait,
    row: &consultation::Model,
    events: &[review_event::Model],
    staff_id: i64,
) -> AppResult<bool> {
    let Some(put) = events
        .iter()
        .find(|event| Stage::parse(&event.stage_after).is_some_and(Stage::awaits_review))
    else {
        return Ok(false);
    };
    if put.staff_user_id == Some(staff_id) {
        return Ok(true);
    }
    let changes: Vec<&str> = AuditAction::ALL
        .into_iter()
        .filter(|action| action.changes_content())
        .map(AuditAction::code)
        .collect();
    let changed = audit_event::Entity::find()
        .filter(audit_event::Column::ConsultationId.eq(row.id))
        .filter(audit_event::Column::ActorId.eq(staff_id))
        .filter(audit_event::Column::Action.is_in(changes))
        .filter(audit_event::Column::OccurredAt.gte(put.created_at))
        .count(db)
        .await?;
    Ok(changed > 0)
}

/// What a reviewer is looking at, as a token the page's forms carry: the newest change to
/// consultation `row`'s content (every change is audited). Approving is refused when it differs
/// from what the page showed, so nothing goes public that the reviewer did not see.
async fn under_review(db: &impl ConnectionTrait, row: &consultation::Model) -> AppResult<String> {
    let changes: Vec<&str> = AuditAction::ALL
        .into_iter()
        .filter(|action| action.changes_content())
        .map(AuditAction::code)
        .collect();
    let newest = audit_event::Entity::find()
        .filter(audit_event::Column::ConsultationId.eq(row.id))
        .filter(audit_event::Column::Action.is_in(changes))
        .order_by_desc(audit_event::Column::Id)
        .one(db)
        .await?;
    Ok(format!("c{}", newest.map(|event| event.id).unwrap_or(0)))
}

/// The review page of consultation `slug`: anyone who may see the consultation reads it; the
/// buttons are those their role allows at its stage.
pub async fn page(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    slug: &str,
) -> AppResult<ReviewPage> {
    let row = find_for_staff(db, slug).await?;
    let workspace = Target::Workspace(row.department_id);
    staff.ensure(Action::View, workspace)?;
    let stage = stage_of(&row);
    let minimum_weeks = crate::settings::service::minimum_weeks(db).await?;
    let mut checks = checks(db, &row, minimum_weeks).await?;
    // Open, its period is settled: changes are not held to it (`take_step`).
    if stage.is_open() {
        checks.retain(|outcome| outcome.check != Check::LongEnough);
    }
    let events = events(db, row.id).await?;
    let own_work = own_work(db, &row, &events, staff.id).await?;
    let changes_waiting = stage.is_open() && changes_waiting(db, &row).await?;
    let offered = offered(
        stage,
        staff.can(Action::Review, workspace),
        staff.can(Action::Edit, workspace),
    )
    .into_iter()
    .filter(|step| TAKEN_HERE.contains(step))
    .filter(|step| {
        !(own_work
            && matches!(
                step,
                Step::Approve | Step::ApproveChanges | Step::PublishOutcome
            ))
    })
    // Changes are sent only when there are some.
    .filter(|step| *step != Step::SendChangesForReview || changes_waiting)
    .collect();
    let history = events
        .into_iter()
        .filter_map(|event| {
            Some(ReviewEntry {
                by: event.staff_user_id.is_some().then_some(event.actor_name),
                step: Step::parse(&event.step)?,
                stage_after: Stage::parse(&event.stage_after)?,
                comment: event.comment,
                confirmed: event
                    .confirmed
                    .map(|text| text.lines().map(str::to_string).collect())
                    .unwrap_or_default(),
                at: event.created_at,
            })
        })
        .collect();
    let writes_outcome = staff.can(Action::Edit, workspace)
        && next(stage, Step::EditOutcome, &facts_of(&row, Utc::now(), false)).is_ok();
    Ok(ReviewPage {
        seen: under_review(db, &row).await?,
        changes_waiting,
        outcome_html: outcome_draft(&row).map(crate::markdown::to_safe_html),
        outcome_public: row.outcome_published_at.is_some(),
        outcome_changed: row.outcome_published_at.is_some()
            && outcome_draft(&row) != row.outcome_markdown.as_deref(),
        writes_outcome,
        staff,
        slug: row.slug,
        title: row.title,
        stage,
        opens_at: row.opens_at,
        closes_at: row.closes_at,
        checks,
        minimum_weeks,
        items: crate::settings::checklist::items(db).await?,
        offered,
        own_work,
        history,
    })
}

fn audit_action(step: Step) -> AuditAction {
    match step {
        Step::SendForReview
        | Step::SendChangesForReview
        | Step::SendOutcomeForReview
        | Step::Edit
        | Step::EditOutcome => AuditAction::SentForReview,
        Step::Return | Step::ReturnChanges | Step::ReturnOutcome => AuditAction::ReturnedFromReview,
        Step::Approve | Step::ApproveChanges => AuditAction::Approved,
        Step::PublishOutcome => AuditAction::OutcomePublished,
        Step::Schedule => AuditAction::Scheduled,
        Step::Open => AuditAction::Opened,
        Step::Close => AuditAction::Closed,
    }
}

/// What a step records besides moving the stage.
pub(super) struct Record<'a> {
    pub who: Doer<'a>,
    pub comment: Option<String>,
    pub confirmed: Option<String>,
}

/// Moves consultation `row` from its stage to `to` by `step`, in `txn`: only if it is still at
/// the stage it was read at (else the page was out of date, or another server's clock was first:
/// `Ok(false)`, nothing written).
pub(super) async fn move_stage(
    txn: &impl ConnectionTrait,
    row: &consultation::Model,
    step: Step,
    to: Stage,
    record_of: Record<'_>,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let from = stage_of(row);
    let mut update = consultation::Entity::update_many()
        .col_expr(consultation::Column::Stage, Expr::value(to.code()))
        .col_expr(consultation::Column::UpdatedAt, Expr::value(now));
    // Public exactly while the stage says so.
    if to.is_public() != from.is_public() {
        let state = if to.is_public() {
            STATE_PUBLISHED
        } else {
            STATE_DRAFT
        };
        update = update.col_expr(consultation::Column::State, Expr::value(state));
    }
    let moved = update
        .filter(consultation::Column::Id.eq(row.id))
        .filter(consultation::Column::Stage.eq(row.stage.as_str()))
        .exec(txn)
        .await?;
    if moved.rows_affected != 1 {
        return Ok(false);
    }
    review_event::ActiveModel {
        consultation_id: Set(row.id),
        staff_user_id: Set(record_of.who.id),
        actor_name: Set(crate::domain::audit::brief(record_of.who.name, 200)),
        step: Set(step.code().to_string()),
        stage_after: Set(to.code().to_string()),
        comment: Set(record_of.comment.clone()),
        confirmed: Set(record_of.confirmed),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let mut entry = AuditEntry::new(audit_action(step), &row.title)
        .of_consultation(row.id, row.department_id)
        .before(&english(&from.label_id()));
    entry = match &record_of.comment {
        Some(comment) => entry.after(&format!("{}: {comment}", english(&to.label_id()))),
        None => entry.after(&english(&to.label_id())),
    };
    crate::audit::service::record_at(txn, record_of.who, entry, now).await?;
    Ok(true)
}

pub(super) fn conflict(id: &str) -> AppError {
    AppError::Conflict(english(id))
}

/// Whether consultation `row`'s questionnaire has changes not yet published (its newest version
/// is a working copy).
async fn changes_waiting(db: &impl ConnectionTrait, row: &consultation::Model) -> AppResult<bool> {
    let newest = crate::builder::service::newest_version(db, row.id).await?;
    Ok(newest.published_at.is_none())
}

/// Consultation `slug`'s newest questionnaire version published (respondents get it), as
/// scheduling makes it public.
async fn publish_newest(
    txn: &impl ConnectionTrait,
    row: &consultation::Model,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let newest = crate::builder::service::newest_version(txn, row.id).await?;
    if newest.published_at.is_none() {
        let mut version: questionnaire_version::ActiveModel = newest.into();
        version.published_at = Set(Some(now));
        version.update(txn).await?;
    }
    Ok(())
}

/// A person's step (`step` as the page's button posts it) on consultation `slug`, with their
/// `comment`, the checklist items they `ticked`, and what the page showed them (`seen`, its
/// `under_review` token). Answers with the stage it reached.
#[allow(clippy::too_many_arguments)]
pub async fn take_step<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    step: &str,
    comment: &str,
    ticked: &[&str],
    seen: &str,
    now: DateTime<Utc>,
) -> AppResult<Stage> {
    let row = find_for_staff(db, slug).await?;
    let workspace = Target::Workspace(row.department_id);
    // Who may is asked before anything about the step: someone who edits or reviews it.
    if !staff.can(Action::Edit, workspace) && !staff.can(Action::Review, workspace) {
        return Err(AppError::Forbidden);
    }
    let Some(step) = Step::parse(step).filter(|step| TAKEN_HERE.contains(step)) else {
        return Err(AppError::BadRequest(english("workflow-unknown-step")));
    };
    staff.ensure(
        if step.is_review() {
            Action::Review
        } else {
            Action::Edit
        },
        workspace,
    )?;
    let comment = crate::domain::answers::normalise_text(comment);
    if comment.chars().count() > MOST_COMMENT_CHARS {
        return Err(AppError::Invalid(vec![FieldError::said(
            "comment",
            "workflow-comment-too-long",
        )]));
    }
    let stage = stage_of(&row);
    let events = events(db, row.id).await?;
    let facts = facts_of(&row, now, own_work(db, &row, &events, staff.id).await?);
    let to = next(stage, step, &facts).map_err(|refusal| conflict(refusal.message_id()))?;
    let mut confirmed = None;
    match step {
        // What is sent, approved and made public meets the checklist as it stands then.
        Step::SendForReview
        | Step::Approve
        | Step::Schedule
        | Step::SendChangesForReview
        | Step::ApproveChanges => {
            if matches!(step, Step::SendChangesForReview | Step::ApproveChanges)
                && !changes_waiting(db, &row).await?
            {
                return Err(conflict("workflow-no-changes"));
            }
            let minimum_weeks = crate::settings::service::minimum_weeks(db).await?;
            // An open consultation's period was settled when it went public: changes to its
            // questions are not held to a minimum set since.
            let changes = matches!(step, Step::SendChangesForReview | Step::ApproveChanges);
            let problems: Vec<String> = checks(db, &row, minimum_weeks)
                .await?
                .into_iter()
                .filter(|outcome| !(changes && outcome.check == Check::LongEnough))
                .filter_map(|outcome| outcome.problem)
                .collect();
            if !problems.is_empty() {
                let id = if step.sends() {
                    "workflow-checks-fail"
                } else {
                    "workflow-checks-fail-now"
                };
                return Err(AppError::Conflict(english_with(
                    id,
                    &[("problems", problems.join(". ").into())],
                )));
            }
        }
        Step::Return | Step::ReturnChanges | Step::ReturnOutcome if comment.is_empty() => {
            return Err(AppError::Invalid(vec![FieldError::said(
                "comment",
                "workflow-enter-comment",
            )]));
        }
        Step::SendOutcomeForReview | Step::PublishOutcome if outcome_draft(&row).is_none() => {
            return Err(conflict("workflow-outcome-empty"));
        }
        _ => {}
    }
    // Approving confirms every item of the reviewer's checklist.
    if matches!(step, Step::Approve | Step::ApproveChanges) {
        let items = crate::settings::checklist::current(db).await?;
        let ids: Vec<String> = items.iter().map(|item| item.id.to_string()).collect();
        if ids.iter().any(|id| !ticked.contains(&id.as_str())) {
            return Err(AppError::Invalid(vec![FieldError {
                // The error summary links to the first item's box.
                target_id: items
                    .first()
                    .map(|item| format!("item-{}", item.id))
                    .unwrap_or_else(|| "items".into()),
                ..FieldError::said("items", "workflow-confirm-items")
            }]));
        }
        confirmed = Some(
            items
                .into_iter()
                .map(|item| item.text)
                .collect::<Vec<_>>()
                .join("\n"),
        )
        .filter(|text| !text.is_empty());
    }
    // An approval is of what the reviewer saw: a change made since their page was drawn is
    // looked at first.
    if matches!(
        step,
        Step::Approve | Step::ApproveChanges | Step::PublishOutcome
    ) && under_review(db, &row).await? != seen
    {
        return Err(conflict("workflow-changed-meanwhile"));
    }
    let txn = db.begin().await?;
    // What goes public is the newest questionnaire: on scheduling, and on approving changes.
    if matches!(step, Step::Schedule | Step::ApproveChanges) {
        publish_newest(&txn, &row, now).await?;
    }
    let moved = move_stage(
        &txn,
        &row,
        step,
        to,
        Record {
            who: staff.into(),
            comment: (!comment.is_empty()).then_some(comment),
            confirmed,
        },
        now,
    )
    .await?;
    if !moved {
        return Err(conflict("workflow-not-now"));
    }
    // Publishing an outcome puts the words the reviewer read on the public page.
    if step == Step::PublishOutcome {
        consultation::Entity::update_many()
            .col_expr(
                consultation::Column::OutcomeMarkdown,
                Expr::value(outcome_draft(&row).map(str::to_string)),
            )
            .col_expr(consultation::Column::OutcomePublishedAt, Expr::value(now))
            .filter(consultation::Column::Id.eq(row.id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(to)
}

/// An edit to consultation `row` (its questionnaire or its details) by `staff`, in the edit's
/// transaction: approved or scheduled, it goes back to review (and off the public site until
/// approved again); at any other stage nothing moves.
pub async fn after_edit(
    txn: &impl ConnectionTrait,
    staff: &StaffIdentity,
    row: &consultation::Model,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let stage = stage_of(row);
    if let Ok(to) = next(stage, Step::Edit, &facts_of(row, now, false))
        && to != stage
    {
        let record_of = Record {
            who: staff.into(),
            comment: None,
            confirmed: None,
        };
        move_stage(txn, row, Step::Edit, to, record_of, now).await?;
    }
    Ok(())
}

/// Takes the clock's due steps at `now`: opens scheduled consultations whose time has come and
/// closes open ones past theirs (a period missed whole is opened, then closed). Every server
/// runs it; the conditional update lets one of them take each step. Answers with the steps taken.
pub async fn run_clock<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let mut taken = 0;
    // Twice at most: open, then close, for a consultation that did both while no server ran.
    for _ in 0..2 {
        let due = consultation::Entity::find()
            .filter(
                Condition::any()
                    .add(
                        Condition::all()
                            .add(consultation::Column::Stage.eq(Stage::Scheduled.code()))
                            .add(consultation::Column::OpensAt.lte(now)),
                    )
                    .add(
                        Condition::all()
                            .add(
                                consultation::Column::Stage
                                    .is_in([Stage::Open.code(), Stage::ChangesInReview.code()]),
                            )
                            .add(consultation::Column::ClosesAt.lte(now)),
                    ),
            )
            .all(db)
            .await?;
        if due.is_empty() {
            break;
        }
        for row in due {
            let stage = stage_of(&row);
            let Some(step) = crate::domain::workflow::due(stage, row.opens_at, row.closes_at, now)
            else {
                continue;
            };
            let Ok(to) = next(stage, step, &facts_of(&row, now, false)) else {
                continue;
            };
            let txn = db.begin().await?;
            let record_of = Record {
                who: CLOCK,
                comment: None,
                confirmed: None,
            };
            if move_stage(&txn, &row, step, to, record_of, now).await? {
                txn.commit().await?;
                taken += 1;
            }
        }
    }
    Ok(taken)
}

/// Runs the clock for as long as the server runs, and tells the people involved of every step
/// (`mail`: the outbox) — the clock's, and any a person's request did not tell at once — and
/// erases personal data whose retention period has ended (decision 0039). It looks `every` so
/// often (30 seconds unless the server is told otherwise).
pub async fn run_clock_forever(
    db: sea_orm::DatabaseConnection,
    mail: std::sync::Arc<crate::mail::outbox::Mail>,
    every: std::time::Duration,
) {
    let mut every = tokio::time::interval(every);
    loop {
        every.tick().await;
        match run_clock(&db, Utc::now()).await {
            Ok(0) => {}
            Ok(steps) => {
                tracing::info!(steps, "the workflow's clock opened or closed consultations")
            }
            Err(error) => tracing::warn!(%error, "the workflow's clock could not run"),
        }
        if let Err(error) = super::notices::tell_steps(&db, &mail, Utc::now()).await {
            tracing::warn!(%error, "the workflow's steps could not be told");
        }
        match crate::privacy::service::erase_due(&db, Utc::now()).await {
            Ok(0) => {}
            Ok(erased) => tracing::info!(
                erased,
                "erased the personal data of consultations whose retention period ended"
            ),
            Err(error) => tracing::warn!(%error, "personal data due for erasure was not erased"),
        }
    }
}
