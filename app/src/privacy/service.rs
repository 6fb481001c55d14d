//! Privacy notices, questions marked as personal data, and the erasure of their answers once a
//! consultation's retention period is over (decision 0039).

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect,
    TransactionSession, TransactionTrait,
    sea_query::{Expr, ExprTrait, Query},
};

use super::api::{PersonalDataPage, PersonalDataQuestion, PrivacyNotice};
use crate::audit::service::{CLOCK, record_at};
use crate::db::entities::{
    answer, consultation, consultation_tally, draft_return, personal_data_question, question,
    questionnaire_version, response_draft,
};
use crate::db::questionnaire_store::{find_for_staff, find_published, load_questionnaire};
use crate::domain::FieldError;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::permissions::{Action, Target};
use crate::domain::personal_data::{
    MOST_NOTICE_CHARS, NoticeFacts, always_personal, erase_after, notice_text,
    parse_retention_months,
};
use crate::domain::questionnaire::kind_code;
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

/// How long answers that are personal data are kept, in the words a notice's `{retention}`
/// becomes ("" while no period is set). Notices are written in English, so this is too.
fn retention_words(row: &consultation::Model) -> String {
    let Some(months) = row.retention_months.and_then(|m| u32::try_from(m).ok()) else {
        return String::new();
    };
    let period = if months == 1 {
        "1 month".to_string()
    } else {
        format!("{months} months")
    };
    match erase_after(row.closes_at, months) {
        Some(at) => format!(
            "{period} after the consultation closes (until {})",
            crate::domain::uk_time::format_date(at)
        ),
        None => format!("{period} after the consultation closes"),
    }
}

/// The notice respondents of consultation `row` read, as Markdown ("" when it has none).
pub async fn notice_of(db: &impl ConnectionTrait, row: &consultation::Model) -> AppResult<String> {
    let template = crate::settings::service::privacy_template(db).await?;
    Ok(filled(row, row.privacy_markdown.as_deref(), &template))
}

/// `own` words, or else `template`, filled with consultation `row`'s facts.
fn filled(row: &consultation::Model, own: Option<&str>, template: &str) -> String {
    let retention = retention_words(row);
    notice_text(
        own,
        template,
        &NoticeFacts {
            title: &row.title,
            contact_name: &row.contact_name,
            contact_email: &row.contact_email,
            retention: &retention,
        },
    )
}

/// The privacy notice of public consultation `slug`.
pub async fn public_notice(db: &impl ConnectionTrait, slug: &str) -> AppResult<PrivacyNotice> {
    let row = find_published(db, slug).await?;
    let markdown = notice_of(db, &row).await?;
    Ok(PrivacyNotice {
        html: crate::markdown::to_safe_page_html(&markdown),
        slug: row.slug,
        title: row.title,
        contact_name: row.contact_name,
        contact_email: row.contact_email,
    })
}

/// The keys of consultation `id`'s questions marked as personal data.
async fn marked_keys(db: &impl ConnectionTrait, id: i64) -> AppResult<BTreeSet<String>> {
    Ok(personal_data_question::Entity::find()
        .filter(personal_data_question::Column::ConsultationId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.question_key)
        .collect())
}

/// Consultation `slug`'s privacy and personal data page: anyone who sees the consultation reads
/// it; those who edit it change it.
pub async fn page(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    slug: &str,
) -> AppResult<PersonalDataPage> {
    let row = find_for_staff(db, slug).await?;
    let workspace = Target::Workspace(row.department_id);
    staff.ensure(Action::View, workspace)?;
    let writes = staff.can(Action::Edit, workspace);
    let newest = crate::builder::service::newest_version(db, row.id).await?;
    let questionnaire = load_questionnaire(db, newest.id).await?;
    let marked = marked_keys(db, row.id).await?;
    let questions = questionnaire
        .questions()
        .filter(|q| !q.kind.is_content())
        .enumerate()
        .map(|(index, q)| PersonalDataQuestion {
            key: q.key.clone(),
            number: index + 1,
            label: q.label.clone(),
            always: always_personal(&q.kind),
            marked: marked.contains(&q.key),
        })
        .collect();
    let template = crate::settings::service::privacy_template(db).await?;
    let template_html = crate::markdown::to_safe_html(&filled(&row, None, &template));
    let retention_months = row.retention_months.and_then(|m| u32::try_from(m).ok());
    Ok(PersonalDataPage {
        staff,
        slug: row.slug.clone(),
        title: row.title.clone(),
        own_notice: row.privacy_markdown.clone().unwrap_or_default(),
        template_html,
        retention_months,
        erase_after: retention_months.and_then(|months| erase_after(row.closes_at, months)),
        erased_at: row.personal_data_erased_at,
        questions,
        writes,
        public: crate::workflow::service::stage_of(&row).is_public(),
    })
}

/// The personal data page's form as posted.
pub struct PersonalDataInput<'a> {
    /// The consultation's own notice (empty: the site's template).
    pub notice: &'a str,
    /// The retention period as typed (whole months).
    pub retention: &'a str,
    /// The keys of the questions ticked as personal data.
    pub marked: Vec<String>,
}

/// Saves consultation `slug`'s privacy notice, retention period and personal data questions, by
/// `staff`. Refusals are the form's errors, in its fields' order; saving what is already saved
/// changes and records nothing. Marking a question of a consultation already erased has its
/// answers erased too, on the clock's next round.
pub async fn save<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    input: PersonalDataInput<'_>,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let row = find_for_staff(db, slug).await?;
    staff.ensure(Action::Edit, Target::Workspace(row.department_id))?;
    let mut errors = Vec::new();
    let notice = crate::domain::answers::normalise_text(input.notice);
    if notice.chars().count() > MOST_NOTICE_CHARS {
        errors.push(FieldError::said("notice", "privacy-notice-too-long"));
    }
    let retention = parse_retention_months(input.retention)
        .map_err(|id| errors.push(FieldError::said("retention", id)))
        .ok();
    let (Some(retention), true) = (retention, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };

    // Ticks count for the questions the page showed; marks on questions since taken out of the
    // questionnaire stay (their answers in earlier versions are still personal data).
    let newest = crate::builder::service::newest_version(db, row.id).await?;
    let questionnaire = load_questionnaire(db, newest.id).await?;
    let shown: BTreeSet<&str> = questionnaire
        .questions()
        .filter(|q| !q.kind.is_content() && !always_personal(&q.kind))
        .map(|q| q.key.as_str())
        .collect();
    let before_marked = marked_keys(db, row.id).await?;
    let marked: BTreeSet<String> = before_marked
        .iter()
        .filter(|key| !shown.contains(key.as_str()))
        .cloned()
        .chain(
            input
                .marked
                .into_iter()
                .filter(|key| shown.contains(key.as_str())),
        )
        .collect();
    let own = (!notice.is_empty()).then_some(notice);
    let retention = i32::try_from(retention).unwrap_or(i32::MAX);
    // Once it has closed, a change here can erase answers within the minute: a workspace
    // admin's decision, as deleting a response is.
    let changes_erasure = Some(retention) != row.retention_months || marked != before_marked;
    if changes_erasure
        && crate::workflow::service::stage_of(&row).has_closed()
        && !staff.can(
            Action::DeleteResponses,
            Target::Workspace(row.department_id),
        )
    {
        return Err(AppError::Invalid(vec![FieldError::said(
            "retention",
            "personal-data-closed-admins-only",
        )]));
    }
    if own == row.privacy_markdown
        && Some(retention) == row.retention_months
        && marked == before_marked
    {
        return Ok(());
    }

    let txn = db.begin().await?;
    let newly_marked = marked.difference(&before_marked).next().is_some();
    let mut active: consultation::ActiveModel = row.clone().into();
    active.privacy_markdown = Set(own.clone());
    active.retention_months = Set(Some(retention));
    if newly_marked {
        // More answers to erase: the clock's next round erases them if the time is up.
        active.personal_data_erased_at = Set(None);
    }
    active.updated_at = Set(now);
    sea_orm::ActiveModelTrait::update(active, &txn).await?;
    if marked != before_marked {
        personal_data_question::Entity::delete_many()
            .filter(personal_data_question::Column::ConsultationId.eq(row.id))
            .exec(&txn)
            .await?;
        if !marked.is_empty() {
            personal_data_question::Entity::insert_many(marked.iter().map(|key| {
                personal_data_question::ActiveModel {
                    consultation_id: Set(row.id),
                    question_key: Set(key.clone()),
                }
            }))
            .exec(&txn)
            .await?;
        }
    }
    let said = |own: Option<&str>, months: Option<i32>, marked: &BTreeSet<String>| {
        let notice = match own {
            Some(text) => format!("its own notice: {text}"),
            None => "the site's notice".to_string(),
        };
        let months = months.map_or("not set".to_string(), |m| format!("{m} months"));
        let keys = if marked.is_empty() {
            "none".to_string()
        } else {
            marked.iter().cloned().collect::<Vec<_>>().join(", ")
        };
        format!("Kept {months} after closing; questions marked as personal data: {keys}; {notice}")
    };
    record_at(
        &txn,
        staff.into(),
        AuditEntry::new(AuditAction::PrivacyChanged, &row.title)
            .of_consultation(row.id, row.department_id)
            .before(&said(
                row.privacy_markdown.as_deref(),
                row.retention_months,
                &before_marked,
            ))
            .after(&said(own.as_deref(), Some(retention), &marked)),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The stages of a consultation that has closed: only these are erased (a draft copy of one
/// carries its dates, and is not).
fn closed_stages() -> Vec<&'static str> {
    crate::domain::workflow::Stage::ALL
        .into_iter()
        .filter(|stage| stage.has_closed())
        .map(|stage| stage.code())
        .collect()
}

/// Question ids (in every version) read per statement: well under any database's limit.
const CHUNK: usize = 500;

/// Erases, for every consultation whose retention period ended by `now`, the answers to its
/// questions that are personal data (marked, or email addresses and postcodes), the answers it
/// still holds unsent (saved to come back to later) and the downloads prepared of its responses.
/// The counts on the results stay: they hold nobody's answers. Each erasure is logged. Answers
/// how many consultations were erased.
pub async fn erase_due<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let candidates = consultation::Entity::find()
        .filter(consultation::Column::RetentionMonths.is_not_null())
        .filter(consultation::Column::PersonalDataErasedAt.is_null())
        .filter(consultation::Column::ClosesAt.lte(now))
        .filter(consultation::Column::Stage.is_in(closed_stages()))
        .all(db)
        .await?;
    let mut erased = 0;
    for row in candidates {
        let Some(due) = row
            .retention_months
            .and_then(|m| u32::try_from(m).ok())
            .and_then(|months| erase_after(row.closes_at, months))
        else {
            continue;
        };
        if due > now {
            continue;
        }
        if erase(db, &row, now).await? {
            erased += 1;
        }
    }
    Ok(erased)
}

/// Erases consultation `row`'s personal data (see `erase_due`). Claims it first, so of several
/// servers only one erases it and logs it; answers whether this one did.
async fn erase<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    row: &consultation::Model,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let txn = db.begin().await?;
    let claimed = consultation::Entity::update_many()
        .col_expr(consultation::Column::PersonalDataErasedAt, Expr::value(now))
        .filter(consultation::Column::Id.eq(row.id))
        .filter(consultation::Column::PersonalDataErasedAt.is_null())
        // As it was read: closed, on these dates, for this period.
        .filter(consultation::Column::Stage.is_in(closed_stages()))
        .filter(consultation::Column::ClosesAt.eq(row.closes_at))
        .filter(consultation::Column::RetentionMonths.eq(row.retention_months))
        .exec(&txn)
        .await?;
    if claimed.rows_affected == 0 {
        return Ok(false);
    }
    let marked: Vec<String> = marked_keys(&txn, row.id).await?.into_iter().collect();
    let personal: Vec<i64> = question::Entity::find()
        .select_only()
        .column(question::Column::Id)
        .filter(
            question::Column::VersionId.in_subquery(
                Query::select()
                    .column(questionnaire_version::Column::Id)
                    .from(questionnaire_version::Entity)
                    .and_where(questionnaire_version::Column::ConsultationId.eq(row.id))
                    .to_owned(),
            ),
        )
        .filter(
            Condition::any()
                .add(question::Column::Key.is_in(marked))
                .add(question::Column::Kind.is_in([kind_code::EMAIL, kind_code::UK_POSTCODE])),
        )
        .into_tuple()
        .all(&txn)
        .await?;
    let mut answers = 0;
    for ids in personal.chunks(CHUNK) {
        answers += answer::Entity::delete_many()
            .filter(answer::Column::QuestionId.is_in(ids.to_vec()))
            .exec(&txn)
            .await?
            .rows_affected;
    }
    let drafts_of = || {
        Query::select()
            .column(response_draft::Column::Id)
            .from(response_draft::Entity)
            .and_where(response_draft::Column::ConsultationId.eq(row.id))
            .to_owned()
    };
    draft_return::Entity::delete_many()
        .filter(draft_return::Column::DraftId.in_subquery(drafts_of()))
        .exec(&txn)
        .await?;
    let drafts = response_draft::Entity::delete_many()
        .filter(response_draft::Column::ConsultationId.eq(row.id))
        .exec(&txn)
        .await?
        .rows_affected;
    crate::results::prepared::expire_consultation(&txn, row.id, now).await?;
    // The filter sets held by every server still hold these answers: read them again.
    consultation_tally::Entity::update_many()
        .col_expr(
            consultation_tally::Column::Removals,
            Expr::col(consultation_tally::Column::Removals).add(1),
        )
        .filter(consultation_tally::Column::ConsultationId.eq(row.id))
        .exec(&txn)
        .await?;
    record_at(
        &txn,
        CLOCK,
        AuditEntry::new(AuditAction::PersonalDataErased, &row.title)
            .of_consultation(row.id, row.department_id)
            .after(&format!(
                "{answers} answers that were personal data erased, and {drafts} responses saved but not sent; the counts on the results stay"
            )),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}
