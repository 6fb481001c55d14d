//! Storing a new consultation with its first questionnaire version, all in one transaction.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectionTrait, EntityTrait, TransactionSession,
    TransactionTrait,
};

use super::{NewConsultation, NewQuestionKind, is_valid_slug};
use crate::audit::service::record;
use crate::db::entities::{
    consultation, consultation_tally, deleted_question, department, option_tally, question,
    question_option, question_tally, questionnaire_page, questionnaire_version,
};
use crate::db::questionnaire_store::{STATE_DRAFT, STATE_PUBLISHED, find_for_staff, settings_json};
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::permissions::{Action, Target};
use crate::domain::questionnaire::{
    ChoiceOption, OTHER_LABEL, Page, Question, QuestionKind, Questionnaire,
};
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

/// A department by slug, created if it does not exist yet.
pub async fn ensure_department(
    db: &impl ConnectionTrait,
    slug: &str,
    name: &str,
) -> AppResult<i64> {
    use sea_orm::{ColumnTrait, QueryFilter};
    if let Some(existing) = department::Entity::find()
        .filter(department::Column::Slug.eq(slug))
        .one(db)
        .await?
    {
        return Ok(existing.id);
    }
    let created = department::ActiveModel {
        slug: Set(slug.into()),
        name: Set(name.into()),
        kind: Set(crate::domain::permissions::WorkspaceKind::Department
            .code()
            .to_string()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(created.id)
}

/// A random key that identifies a question, option or page across questionnaire versions.
fn stable_key() -> String {
    hex::encode(rand::random::<[u8; 8]>())
}

/// The demo's and tests' description of a questionnaire, with fresh keys (ids are given when
/// the rows are stored).
fn new_questionnaire(pages: Vec<super::NewPage>) -> Questionnaire {
    let options = |labels: Vec<String>| {
        labels
            .into_iter()
            .map(|label| ChoiceOption {
                id: 0,
                key: stable_key(),
                label,
                other: false,
                goto: None,
            })
            .collect()
    };
    Questionnaire {
        version_id: 0,
        pages: pages
            .into_iter()
            .map(|page| Page {
                id: 0,
                key: stable_key(),
                title: page.title,
                questions: page
                    .questions
                    .into_iter()
                    .map(|q| Question {
                        id: 0,
                        key: stable_key(),
                        label: q.label,
                        hint: q.hint,
                        required: q.required,
                        guidance: q.guidance,
                        kind: match q.kind {
                            NewQuestionKind::ShortText { max_chars } => {
                                QuestionKind::ShortText { max_chars }
                            }
                            NewQuestionKind::LongText { max_chars } => {
                                QuestionKind::LongText { max_chars }
                            }
                            NewQuestionKind::SingleChoice { options: labels } => {
                                QuestionKind::SingleChoice {
                                    options: options(labels),
                                }
                            }
                            NewQuestionKind::MultipleChoice {
                                options: labels,
                                min_choices,
                                max_choices,
                                other,
                            } => {
                                let mut options = options(labels);
                                if other {
                                    options.push(ChoiceOption {
                                        id: 0,
                                        key: stable_key(),
                                        label: OTHER_LABEL.into(),
                                        other: true,
                                        goto: None,
                                    });
                                }
                                QuestionKind::MultipleChoice {
                                    options,
                                    min_choices,
                                    max_choices,
                                }
                            }
                            NewQuestionKind::Dropdown { options: labels } => {
                                QuestionKind::Dropdown {
                                    options: options(labels),
                                }
                            }
                            NewQuestionKind::Grid { statements, scale } => QuestionKind::Grid {
                                statements: options(statements),
                                scale: options(scale),
                            },
                            NewQuestionKind::Ranking { options: labels } => QuestionKind::Ranking {
                                options: options(labels),
                            },
                            NewQuestionKind::Points {
                                options: labels,
                                total,
                                exact,
                            } => QuestionKind::Points {
                                options: options(labels),
                                total,
                                exact,
                            },
                            NewQuestionKind::Typed(kind) => kind,
                        },
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Rows per INSERT: well inside SQLite's and PostgreSQL's limits on bound values.
const ROWS_PER_INSERT: usize = 500;

/// Inserts `rows` in a few multi-row statements (none if there are none).
async fn insert_all<A>(txn: &impl ConnectionTrait, rows: Vec<A>) -> AppResult<()>
where
    A: ActiveModelTrait + Send,
    <A as ActiveModelTrait>::Entity: EntityTrait,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(ROWS_PER_INSERT).collect();
        <A as ActiveModelTrait>::Entity::insert_many(chunk)
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}

/// Stores `q`'s pages, questions and options as rows of version `version_id`, keeping their
/// keys, with zeroed counters for the results pages. A handful of multi-row statements whatever
/// the size (row ids are read back by key, which is unique within a version): every builder
/// edit rewrites its working version this way, so it must stay quick at hundreds of questions.
async fn insert_rows(
    txn: &impl ConnectionTrait,
    version_id: i64,
    q: &Questionnaire,
) -> AppResult<()> {
    use sea_orm::{ColumnTrait, QueryFilter};
    use std::collections::HashMap;

    insert_all(
        txn,
        q.pages
            .iter()
            .enumerate()
            .map(|(position, page)| questionnaire_page::ActiveModel {
                version_id: Set(version_id),
                key: Set(page.key.clone()),
                position: Set(position as i32),
                title: Set(page.title.clone()),
                ..Default::default()
            })
            .collect(),
    )
    .await?;
    let page_ids: HashMap<String, i64> = questionnaire_page::Entity::find()
        .filter(questionnaire_page::Column::VersionId.eq(version_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|p| (p.key, p.id))
        .collect();

    let mut placed = Vec::new();
    for page in &q.pages {
        let page_id = page_ids
            .get(&page.key)
            .copied()
            .ok_or_else(|| AppError::internal("questionnaire rows", "page not stored"))?;
        for question in &page.questions {
            placed.push((page_id, placed.len() as i32, question));
        }
    }
    insert_questions(txn, version_id, &placed).await
}

/// Stores `placed` questions — (page row id, position in the version, question) — in version
/// `version_id`, with their options and their zeroed counters, in a few multi-row statements.
async fn insert_questions(
    txn: &impl ConnectionTrait,
    version_id: i64,
    placed: &[(i64, i32, &Question)],
) -> AppResult<()> {
    use sea_orm::{ColumnTrait, QueryFilter};
    use std::collections::HashMap;

    let mut questions = Vec::new();
    for &(page_id, position, q) in placed {
        let (max_chars, min_choices, max_choices) = match &q.kind {
            QuestionKind::ShortText { max_chars } | QuestionKind::LongText { max_chars } => {
                (Some(*max_chars as i32), None, None)
            }
            QuestionKind::MultipleChoice {
                min_choices,
                max_choices,
                ..
            } => (
                None,
                min_choices.map(|v| v as i32),
                max_choices.map(|v| v as i32),
            ),
            _ => (None, None, None),
        };
        questions.push(question::ActiveModel {
            version_id: Set(version_id),
            page_id: Set(page_id),
            key: Set(q.key.clone()),
            position: Set(position),
            kind: Set(q.kind.code().into()),
            label: Set(q.label.clone()),
            hint: Set(q.hint.clone()),
            required: Set(q.required),
            max_chars: Set(max_chars),
            min_choices: Set(min_choices),
            max_choices: Set(max_choices),
            settings: Set(settings_json(&q.kind)),
            guidance: Set(q.guidance.clone()),
            ..Default::default()
        });
    }
    insert_all(txn, questions).await?;
    let keys: Vec<String> = placed.iter().map(|(_, _, q)| q.key.clone()).collect();
    let mut question_ids: HashMap<String, i64> = HashMap::new();
    for chunk in keys.chunks(ROWS_PER_INSERT) {
        question_ids.extend(
            question::Entity::find()
                .filter(question::Column::VersionId.eq(version_id))
                .filter(question::Column::Key.is_in(chunk.to_vec()))
                .all(txn)
                .await?
                .into_iter()
                .map(|q| (q.key, q.id)),
        );
    }
    insert_all(
        txn,
        question_ids
            .values()
            .map(|&id| question_tally::ActiveModel {
                question_id: Set(id),
                answered: Set(0),
                number_sum: Set(0.0),
            })
            .collect(),
    )
    .await?;

    let mut options = Vec::new();
    for question in placed.iter().map(|(_, _, q)| *q) {
        let question_id = question_ids
            .get(&question.key)
            .copied()
            .ok_or_else(|| AppError::internal("questionnaire rows", "question not stored"))?;
        // The options (a grid's statements), then a grid's scale points.
        let lists = [
            (question.kind.options(), false),
            (question.kind.scale(), true),
        ];
        for (list, scale) in lists {
            for (position, option) in list.iter().enumerate() {
                options.push(question_option::ActiveModel {
                    question_id: Set(question_id),
                    key: Set(option.key.clone()),
                    position: Set(position as i32),
                    label: Set(option.label.clone()),
                    other: Set(option.other),
                    scale: Set(scale),
                    goto: Set(option.goto.as_ref().map(|goto| goto.stored())),
                    ..Default::default()
                });
            }
        }
    }
    let any_options = !options.is_empty();
    insert_all(txn, options).await?;
    if any_options {
        let ids: Vec<i64> = question_ids.values().copied().collect();
        let mut option_ids = Vec::new();
        for chunk in ids.chunks(ROWS_PER_INSERT) {
            option_ids.extend(
                question_option::Entity::find()
                    .filter(question_option::Column::QuestionId.is_in(chunk.to_vec()))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|o| o.id),
            );
        }
        insert_all(
            txn,
            option_ids
                .into_iter()
                .map(|id| option_tally::ActiveModel {
                    option_id: Set(id),
                    chosen: Set(0),
                    number_sum: Set(0.0),
                })
                .collect(),
        )
        .await?;
    }
    Ok(())
}

/// Creates the consultation, questionnaire version 1 (published with the consultation) and the
/// zeroed counters the results pages read.
pub async fn create_consultation<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    new: NewConsultation,
) -> AppResult<i64> {
    create_consultation_by(db, new, None).await
}

/// Who created a consultation, for the audit log, and how (a summary: "New draft", "Copy of …").
type CreatedBy<'a> = Option<(&'a StaffIdentity, String)>;

/// `create_consultation`, recorded in the audit log as `by`'s doing.
async fn create_consultation_by<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    mut new: NewConsultation,
    by: CreatedBy<'_>,
) -> AppResult<i64> {
    if !is_valid_slug(&new.slug) {
        return Err(AppError::BadRequest(
            crate::domain::interface_text::english_with(
                "builder-slug-not-usable",
                &[("slug", new.slug.clone().into())],
            ),
        ));
    }
    if new.closes_at <= new.opens_at {
        return Err(AppError::BadRequest(
            crate::domain::interface_text::english("builder-closing-after-opening"),
        ));
    }
    let questionnaire = new_questionnaire(std::mem::take(&mut new.pages));
    create_with_questionnaire(db, new, &questionnaire, None, by).await
}

/// `create_consultation` with the questionnaire given whole (keys and all), and for a copy of
/// consultation `copied_from` its related documents, privacy notice and retention period (a new
/// one starts with the site's retention period): one transaction.
async fn create_with_questionnaire<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    new: NewConsultation,
    questionnaire: &Questionnaire,
    copied_from: Option<&consultation::Model>,
    by: CreatedBy<'_>,
) -> AppResult<i64> {
    let now = Utc::now();
    let (privacy_markdown, retention_months) = match copied_from {
        Some(source) => (source.privacy_markdown.clone(), source.retention_months),
        None => (
            None,
            crate::settings::service::default_retention_months(db)
                .await?
                .and_then(|months| i32::try_from(months).ok()),
        ),
    };
    let txn = db.begin().await?;
    let title = new.title.clone();
    let stage = if new.published {
        crate::domain::workflow::stage_of_published(
            new.opens_at,
            new.closes_at,
            new.outcome_markdown.is_some(),
            now,
        )
    } else {
        crate::domain::workflow::Stage::Draft
    };

    let consultation = consultation::ActiveModel {
        slug: Set(new.slug.clone()),
        title: Set(new.title),
        summary: Set(new.summary),
        body_markdown: Set(new.body_markdown),
        department_id: Set(new.department_id),
        contact_name: Set(new.contact_name),
        contact_email: Set(new.contact_email),
        state: Set(if new.published {
            STATE_PUBLISHED
        } else {
            STATE_DRAFT
        }
        .into()),
        opens_at: Set(new.opens_at),
        closes_at: Set(new.closes_at),
        outcome_published_at: Set(new.outcome_markdown.as_ref().map(|_| now)),
        outcome_draft_markdown: Set(new.outcome_markdown.clone()),
        outcome_markdown: Set(new.outcome_markdown),
        created_at: Set(now),
        is_template: Set(false),
        updated_at: Set(now),
        stage: Set(stage.code().into()),
        privacy_markdown: Set(privacy_markdown),
        retention_months: Set(retention_months),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            AppError::Conflict(crate::domain::interface_text::english_with(
                "builder-slug-in-use",
                &[("slug", new.slug.clone().into())],
            ))
        }
        _ => e.into(),
    })?;

    consultation_tally::ActiveModel {
        consultation_id: Set(consultation.id),
        responses: Set(0),
        last_response_at: Set(None),
        removals: Set(0),
    }
    .insert(&txn)
    .await?;

    let version = questionnaire_version::ActiveModel {
        consultation_id: Set(consultation.id),
        number: Set(1),
        created_at: Set(now),
        published_at: Set(new.published.then_some(now)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;

    insert_rows(&txn, version.id, questionnaire).await?;
    if let Some(source) = copied_from {
        crate::documents::service::copy_all(&txn, source.id, consultation.id).await?;
    }
    if let Some((staff, how)) = by {
        record(
            &txn,
            staff,
            AuditEntry::new(AuditAction::ConsultationCreated, &title)
                .of_consultation(consultation.id, consultation.department_id)
                .after(&how),
        )
        .await?;
    }

    txn.commit().await?;
    Ok(consultation.id)
}

/// The newest questionnaire version of any consultation (drafts included: this is for staff).
pub async fn questionnaire_draft(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    slug: &str,
) -> AppResult<super::api::QuestionnaireDraft> {
    use crate::db::questionnaire_store::load_questionnaire;
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};

    let row = find_for_building(db, &staff, slug).await?;
    let version = questionnaire_version::Entity::find()
        .filter(questionnaire_version::Column::ConsultationId.eq(row.id))
        .order_by_desc(questionnaire_version::Column::Number)
        .one(db)
        .await?
        .ok_or_else(|| AppError::internal("questionnaire", "consultation without a version"))?;
    Ok(super::api::QuestionnaireDraft {
        staff,
        revision: revision_token(&version),
        public: row.state == STATE_PUBLISHED,
        slug: row.slug,
        title: row.title,
        version: version.number,
        published: version.published_at.is_some(),
        questionnaire: load_questionnaire(db, version.id).await?,
        template: row.is_template,
    })
}

/// Every department, by name (the choices of the "create a consultation" form).
pub async fn department_choices(
    db: &impl ConnectionTrait,
) -> AppResult<Vec<super::api::DepartmentChoice>> {
    use sea_orm::QueryOrder;
    Ok(department::Entity::find()
        .order_by_asc(department::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|d| super::api::DepartmentChoice {
            id: d.id,
            name: d.name,
        })
        .collect())
}

/// The departments `staff` may create consultations in (or move one to): the choices of the
/// details forms, and the only ones those forms accept.
pub async fn building_departments(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
) -> AppResult<Vec<super::api::DepartmentChoice>> {
    Ok(department_choices(db)
        .await?
        .into_iter()
        .filter(|d| staff.can(Action::Edit, Target::Workspace(d.id)))
        .collect())
}

/// The consultation at `slug` if `staff` may build it: not found when there is none, forbidden
/// when it belongs to a department they may not build in. Every builder service function
/// starts here, so the rule (`domain::permissions::can`) is asked on every path.
pub async fn find_for_building(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
    slug: &str,
) -> AppResult<consultation::Model> {
    let row = crate::db::questionnaire_store::find_for_staff(db, slug).await?;
    if staff.can(Action::Edit, Target::Workspace(row.department_id)) {
        Ok(row)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Stores checked details as a new draft consultation with an empty questionnaire (version 1,
/// unpublished), and answers with its web address. A web address already in use is an error on
/// that field, as if the form had checked it.
pub async fn create_draft<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    details: crate::domain::consultation_details::ConsultationDetails,
) -> AppResult<String> {
    if !staff.can(Action::Edit, Target::Workspace(details.department_id)) {
        return Err(AppError::Forbidden);
    }
    let slug = details.slug.as_str().to_string();
    let new = NewConsultation {
        slug: slug.clone(),
        title: details.title,
        summary: details.summary,
        body_markdown: details.body_markdown,
        department_id: details.department_id,
        contact_name: details.contact_name,
        contact_email: details.contact_email,
        opens_at: details.opens_at,
        closes_at: details.closes_at,
        published: false,
        outcome_markdown: None,
        // One empty page for the first questions to go on.
        pages: vec![super::NewPage {
            title: None,
            questions: Vec::new(),
        }],
    };
    let how = format!("New draft at /consultations/{slug}");
    match create_consultation_by(db, new, Some((staff, how))).await {
        Ok(_) => Ok(slug),
        Err(AppError::Conflict(_)) => Err(AppError::Invalid(vec![crate::domain::FieldError {
            text: Some(
                crate::domain::interface_text::Message::new("builder-slug-taken")
                    .text("slug", slug.clone()),
            ),
            field: "slug".into(),
            target_id: "slug".into(),
            message: format!(
                "Another consultation already uses the web address \u{201c}{slug}\u{201d}: choose another"
            ),
        }])),
        Err(other) => Err(other),
    }
}

/// What a builder page was drawn from: the newest version's number and revision ("3.12"). Every
/// edit sends it back, and is refused if the questionnaire has changed since.
pub fn revision_token(version: &questionnaire_version::Model) -> String {
    format!("{}.{}", version.number, version.revision)
}

/// The refusal of an edit made on an old revision (written in the page's language by the page
/// that shows it: `interface_text::english_in`).
fn changed_meanwhile() -> String {
    crate::domain::interface_text::english("builder-changed-meanwhile")
}

/// The newest version of a consultation's questionnaire: the one being built.
pub(crate) async fn newest_version(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> AppResult<questionnaire_version::Model> {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    questionnaire_version::Entity::find()
        .filter(questionnaire_version::Column::ConsultationId.eq(consultation_id))
        .order_by_desc(questionnaire_version::Column::Number)
        .one(db)
        .await?
        .ok_or_else(|| AppError::internal("questionnaire", "consultation without a version"))
}

/// Claims the newest version for one edit: its revision moves on only if it is still the one the
/// page showed. The conditional update takes the row's write lock, so of two edits made on the
/// same page one wins and the other is refused (never silently overwritten).
async fn claim(
    txn: &impl ConnectionTrait,
    consultation_id: i64,
    seen: &str,
) -> AppResult<questionnaire_version::Model> {
    use sea_orm::sea_query::{Expr, ExprTrait};
    use sea_orm::{ColumnTrait, QueryFilter};
    let newest = newest_version(txn, consultation_id).await?;
    if revision_token(&newest) != seen {
        return Err(AppError::Conflict(changed_meanwhile()));
    }
    let claimed = questionnaire_version::Entity::update_many()
        .col_expr(
            questionnaire_version::Column::Revision,
            Expr::col(questionnaire_version::Column::Revision).add(1),
        )
        .filter(questionnaire_version::Column::Id.eq(newest.id))
        .filter(questionnaire_version::Column::Revision.eq(newest.revision))
        .exec(txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(AppError::Conflict(changed_meanwhile()));
    }
    Ok(questionnaire_version::Model {
        revision: newest.revision + 1,
        ..newest
    })
}

/// Where each stored question sits: row id → (page row id, position in the whole version), as
/// `insert_rows` numbers them.
fn question_places(q: &Questionnaire) -> std::collections::HashMap<i64, (i64, i32)> {
    q.pages
        .iter()
        .flat_map(|page| {
            page.questions
                .iter()
                .map(move |question| (page.id, question.id))
        })
        .enumerate()
        .map(|(position, (page_id, id))| (id, (page_id, position as i32)))
        .collect()
}

/// Applies one builder edit to the consultation's working version: the newest version while it
/// is unpublished, otherwise a new version copied from the published one (same keys), so that
/// what respondents are answering never changes under them. `seen` is the page's
/// `revision_token`.
pub async fn edit_questionnaire<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    seen: &str,
    edit: crate::domain::questionnaire_edit::Edit,
) -> AppResult<crate::domain::questionnaire_edit::Applied> {
    edit_questionnaire_revised(db, staff, slug, seen, edit)
        .await
        .map(|(applied, _)| applied)
}

/// The routes of question `key` as posted (`route-<option key>` = a `routing::destinations`
/// value, as `routing::routes_from_outline` names the outline's Routes panel's), checked against the
/// questionnaire and stored against `seen` like every builder edit. A value no list offered is
/// refused with a message.
pub async fn set_routes<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    seen: &str,
    key: &str,
    fields: &[(String, String)],
) -> AppResult<(crate::domain::questionnaire_edit::Applied, String)> {
    let draft = questionnaire_draft(db, staff.clone(), slug).await?;
    let routes = crate::domain::routing::read_routes(&draft.questionnaire, key, fields)
        .map_err(AppError::BadRequest)?;
    let edit = crate::domain::questionnaire_edit::Edit::SetRoutes {
        question: key.to_string(),
        routes,
    };
    edit_questionnaire_revised(db, staff, slug, seen, edit).await
}

/// `edit_questionnaire`, answering also with the revision the edit made (decided inside its
/// transaction: reading it afterwards could see someone else's later edit instead, and a
/// browser sending that revision next would overwrite their change unawares).
pub async fn edit_questionnaire_revised<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    seen: &str,
    edit: crate::domain::questionnaire_edit::Edit,
) -> AppResult<(crate::domain::questionnaire_edit::Applied, String)> {
    use crate::db::questionnaire_store::load_questionnaire;
    use sea_orm::{ColumnTrait, QueryFilter};

    let txn = db.begin().await?;
    let consultation = find_for_building(&txn, staff, slug).await?;
    let newest = claim(&txn, consultation.id, seen).await?;
    let mut questionnaire = load_questionnaire(&txn, newest.id).await?;
    let only_moves = matches!(
        edit,
        crate::domain::questionnaire_edit::Edit::MoveQuestion { .. }
            | crate::domain::questionnaire_edit::Edit::MoveQuestionTo { .. }
    );
    let adds_one = matches!(
        edit,
        crate::domain::questionnaire_edit::Edit::AddQuestion { .. }
            | crate::domain::questionnaire_edit::Edit::DuplicateQuestion { .. }
    );
    let placed_before = question_places(&questionnaire);
    let summary = crate::domain::audit::edit_summary(&edit);
    let applied =
        crate::domain::questionnaire_edit::apply(&mut questionnaire, edit, &mut stable_key)
            .map_err(|e| AppError::BadRequest(e.to_string()))?;
    crate::audit::service::record_change(
        &txn,
        staff,
        AuditEntry::new(AuditAction::QuestionnaireChanged, &consultation.title)
            .of_consultation(consultation.id, consultation.department_id)
            .after(&summary),
    )
    .await?;
    // Approved or scheduled, a changed questionnaire goes back to review (decision 0038).
    crate::workflow::service::after_edit(&txn, staff, &consultation, Utc::now()).await?;
    if let Some((page_key, position, question)) = &applied.removed {
        // Kept for "Undo".
        deleted_question::ActiveModel {
            consultation_id: Set(consultation.id),
            page_key: Set(page_key.clone()),
            position: Set(*position as i32),
            question_json: Set(serde_json::to_string(question)
                .map_err(|e| AppError::internal("deleted question", e))?),
            deleted_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }

    // A move within an unpublished version changes only where questions sit: those rows are
    // updated in place (a drag's save stays quick at hundreds of questions).
    if only_moves && newest.published_at.is_none() {
        for (id, (page_id, position)) in question_places(&questionnaire) {
            if placed_before.get(&id) != Some(&(page_id, position)) {
                question::Entity::update_many()
                    .col_expr(question::Column::PageId, page_id.into())
                    .col_expr(question::Column::Position, position.into())
                    .filter(question::Column::Id.eq(id))
                    .exec(&txn)
                    .await?;
            }
        }
        txn.commit().await?;
        return Ok((applied, revision_token(&newest)));
    }

    // One question added to an unpublished version (the palette, "Add a question", a duplicate):
    // the questions after it move down one place and its rows are inserted, the rest untouched.
    if adds_one && newest.published_at.is_none() {
        use sea_orm::sea_query::{Expr, ExprTrait};
        let mut added = question_places(&questionnaire)
            .into_iter()
            .filter(|(id, _)| *id == 0)
            .map(|(_, place)| place);
        if let (Some((page_id, position)), None) = (added.next(), added.next()) {
            let question = questionnaire
                .questions()
                .find(|q| q.id == 0)
                .ok_or_else(|| AppError::internal("added question", "not found"))?;
            question::Entity::update_many()
                .col_expr(
                    question::Column::Position,
                    Expr::col(question::Column::Position).add(1),
                )
                .filter(question::Column::VersionId.eq(newest.id))
                .filter(question::Column::Position.gte(position))
                .exec(&txn)
                .await?;
            insert_questions(&txn, newest.id, &[(page_id, position, question)]).await?;
            txn.commit().await?;
            return Ok((applied, revision_token(&newest)));
        }
    }

    // A published newest version is left alone: the edit starts the next version, at revision 1.
    let revision = if newest.published_at.is_some() {
        format!("{}.1", newest.number + 1)
    } else {
        revision_token(&newest)
    };
    let working_id = if newest.published_at.is_some() {
        questionnaire_version::ActiveModel {
            consultation_id: Set(consultation.id),
            number: Set(newest.number + 1),
            created_at: Set(Utc::now()),
            published_at: Set(None),
            revision: Set(1),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .map_err(|e| match e.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
                AppError::Conflict(changed_meanwhile())
            }
            _ => e.into(),
        })?
        .id
    } else {
        // Unpublished: nobody has answered it, so its rows are simply replaced (questions,
        // options and their zeroed counters go with their pages).
        questionnaire_page::Entity::delete_many()
            .filter(questionnaire_page::Column::VersionId.eq(newest.id))
            .exec(&txn)
            .await?;
        newest.id
    };
    insert_rows(&txn, working_id, &questionnaire).await?;
    txn.commit().await?;
    Ok((applied, revision))
}

/// The details form of a stored consultation: its fields as the form names them, dates in UK time.
pub async fn details_form(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    slug: &str,
) -> AppResult<super::api::ConsultationDetailsForm> {
    use crate::domain::uk_time;
    use chrono::Datelike;

    let row = find_for_building(db, &staff, slug).await?;
    let mut values = vec![
        ("title".to_string(), row.title.clone()),
        ("slug".to_string(), row.slug.clone()),
        ("summary".to_string(), row.summary.clone()),
        ("body".to_string(), row.body_markdown.clone()),
        ("department".to_string(), row.department_id.to_string()),
        ("contact_name".to_string(), row.contact_name.clone()),
        ("contact_email".to_string(), row.contact_email.clone()),
    ];
    for (prefix, instant) in [("opens", row.opens_at), ("closes", row.closes_at)] {
        let local = uk_time::uk_local(instant);
        values.push((format!("{prefix}-day"), local.day().to_string()));
        values.push((format!("{prefix}-month"), local.month().to_string()));
        values.push((format!("{prefix}-year"), local.year().to_string()));
        values.push((format!("{prefix}-time"), uk_time::format_time(instant)));
    }
    let departments = building_departments(db, &staff).await?;
    Ok(super::api::ConsultationDetailsForm {
        staff,
        public: row.state == STATE_PUBLISHED,
        title: row.title,
        slug: row.slug,
        departments,
        values,
    })
}

/// Saves changed details. A public consultation keeps its web address whatever was posted.
/// Answers with the (possibly new) web address.
pub async fn update_details<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    details: crate::domain::consultation_details::ConsultationDetails,
) -> AppResult<String> {
    let row = find_for_building(db, staff, slug).await?;
    // Closed, its details are what people responded to: they no longer change (new dates would
    // take responses again behind the workflow's back). Its outcome is what changes now.
    if crate::workflow::service::stage_of(&row).has_closed() {
        return Err(AppError::Conflict(crate::domain::interface_text::english(
            "builder-closed-details-fixed",
        )));
    }
    // Moving it is building in the department it moves to.
    if !staff.can(Action::Edit, Target::Workspace(details.department_id)) {
        return Err(AppError::Forbidden);
    }
    let new_slug = if row.state == STATE_PUBLISHED {
        row.slug.clone()
    } else {
        details.slug.as_str().to_string()
    };
    let when = |t: chrono::DateTime<Utc>| crate::domain::uk_time::format_date_time(t);
    let workspace_name = |id: i64| async move {
        department::Entity::find_by_id(id)
            .one(db)
            .await
            .map(|found| found.map_or_else(|| format!("workspace {id}"), |w| w.name))
    };
    // Names are looked up only when it moved (the summary names changed fields alone).
    let (moved_from, moved_to) = if row.department_id == details.department_id {
        (String::new(), String::new())
    } else {
        (
            workspace_name(row.department_id).await?,
            workspace_name(details.department_id).await?,
        )
    };
    let (before, after) = crate::domain::audit::changes(&[
        ("Title", &row.title, &details.title),
        ("Address", &row.slug, &new_slug),
        ("Summary", &row.summary, &details.summary),
        ("Description", &row.body_markdown, &details.body_markdown),
        ("Workspace", &moved_from, &moved_to),
        ("Contact", &row.contact_name, &details.contact_name),
        ("Contact email", &row.contact_email, &details.contact_email),
        ("Opens", &when(row.opens_at), &when(details.opens_at)),
        ("Closes", &when(row.closes_at), &when(details.closes_at)),
    ]);
    // Saving unchanged details changes nothing, and is not recorded.
    let entry = (!after.is_empty()).then(|| {
        AuditEntry::new(AuditAction::DetailsChanged, &details.title)
            .of_consultation(row.id, details.department_id)
            .before(&before)
            .after(&after)
    });
    let txn = db.begin().await?;
    let mut active: consultation::ActiveModel = row.into();
    active.slug = Set(new_slug.clone());
    active.title = Set(details.title);
    active.summary = Set(details.summary);
    active.body_markdown = Set(details.body_markdown);
    active.department_id = Set(details.department_id);
    active.contact_name = Set(details.contact_name);
    active.contact_email = Set(details.contact_email);
    active.opens_at = Set(details.opens_at);
    active.closes_at = Set(details.closes_at);
    active.updated_at = Set(Utc::now());
    let updated = active.update(&txn).await.map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => AppError::Invalid(vec![
            crate::domain::FieldError {
                text: Some(
                    crate::domain::interface_text::Message::new("builder-slug-taken")
                        .text("slug", new_slug.clone()),
                ),
                field: "slug".into(),
                target_id: "slug".into(),
                message: format!(
                    "Another consultation already uses the web address \u{201c}{new_slug}\u{201d}: choose another"
                ),
            },
        ]),
        _ => e.into(),
    })?;
    if let Some(entry) = entry {
        record(&txn, staff, entry).await?;
        // Approved or scheduled, changed details go back to review (decision 0038).
        crate::workflow::service::after_edit(&txn, staff, &updated, Utc::now()).await?;
    }
    txn.commit().await?;
    Ok(new_slug)
}

/// "Undo" after a delete: the consultation's most recently deleted question goes back where it
/// was (see `Edit::RestoreQuestion`), as one more edit checked against the page's revision.
pub async fn undo_delete<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    seen: &str,
) -> AppResult<crate::domain::questionnaire_edit::Applied> {
    use sea_orm::{ColumnTrait, ModelTrait, QueryFilter, QueryOrder};

    let consultation = find_for_building(db, staff, slug).await?;
    let Some(latest) = deleted_question::Entity::find()
        .filter(deleted_question::Column::ConsultationId.eq(consultation.id))
        .order_by_desc(deleted_question::Column::Id)
        .one(db)
        .await?
    else {
        return Err(AppError::BadRequest(
            crate::domain::interface_text::english("builder-nothing-to-put-back"),
        ));
    };
    let question: crate::domain::Question = serde_json::from_str(&latest.question_json)
        .map_err(|e| AppError::internal("deleted question", e))?;
    let edit = crate::domain::questionnaire_edit::Edit::RestoreQuestion {
        page: latest.page_key.clone(),
        index: usize::try_from(latest.position).unwrap_or(usize::MAX),
        question,
    };
    let applied = edit_questionnaire(db, staff, slug, seen, edit).await?;
    // Out of the bin only once it is back (a refused undo can be tried again).
    latest.delete(db).await?;
    Ok(applied)
}

/// "Clone": a new draft consultation with the same details and the questionnaire as the builder
/// shows it now (the working version), every key fresh, no responses. Its title is "Copy of …"
/// and its address `<slug>-copy` (or `-copy-2`, …: the first free one). Answers with the new
/// address.
pub async fn clone_consultation<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
) -> AppResult<String> {
    let source = find_for_building(db, staff, slug).await?;
    let department = source.department_id;
    copy_consultation(db, staff, &source, department).await
}

/// A new draft copy of `source` in `department_id`: its details, related documents and newest
/// questionnaire with fresh keys, at the first free `<slug>-copy` address, titled "Copy of …".
async fn copy_consultation<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    source: &consultation::Model,
    department_id: i64,
) -> AppResult<String> {
    use crate::db::questionnaire_store::load_questionnaire;
    use crate::domain::consultation_details::{copy_slug, copy_title};

    let newest = newest_version(db, source.id).await?;
    let questionnaire = crate::domain::questionnaire_edit::copy_questionnaire(
        &load_questionnaire(db, newest.id).await?,
        &mut stable_key,
    );
    for attempt in 1..=50 {
        let new_slug = copy_slug(&source.slug, attempt);
        let new = NewConsultation {
            slug: new_slug.clone(),
            title: copy_title(&source.title),
            summary: source.summary.clone(),
            body_markdown: source.body_markdown.clone(),
            department_id,
            contact_name: source.contact_name.clone(),
            contact_email: source.contact_email.clone(),
            opens_at: source.opens_at,
            closes_at: source.closes_at,
            published: false,
            outcome_markdown: None,
            pages: Vec::new(),
        };
        let how = format!(
            "Copy of \u{201c}{}\u{201d} at /consultations/{new_slug}",
            source.title
        );
        let by = Some((staff, how));
        match create_with_questionnaire(db, new, &questionnaire, Some(source), by).await {
            Ok(_) => return Ok(new_slug),
            // That address is taken: the next.
            Err(AppError::Conflict(_)) => continue,
            Err(other) => return Err(other),
        }
    }
    Err(AppError::Conflict(crate::domain::interface_text::english(
        "builder-copied-too-often",
    )))
}

/// The consultations offered as templates: (address, title, department's name), by title.
pub async fn templates(db: &impl ConnectionTrait) -> AppResult<Vec<(String, String, String)>> {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let rows = consultation::Entity::find()
        .filter(consultation::Column::IsTemplate.eq(true))
        .order_by_asc(consultation::Column::Title)
        .all(db)
        .await?;
    let names = crate::hub::service::department_names(db).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let department = names.get(&row.department_id).cloned().unwrap_or_default();
            (row.slug, row.title, department)
        })
        .collect())
}

/// Marks consultation `slug` as a template, or stops offering it (site admins only).
pub async fn set_template<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
    on: bool,
) -> AppResult<()> {
    use sea_orm::{ColumnTrait, QueryFilter};
    if !staff.can(Action::ManageTemplates, Target::Site) {
        return Err(AppError::Forbidden);
    }
    let row = find_for_staff(db, slug).await?;
    let txn = db.begin().await?;
    consultation::Entity::update_many()
        .col_expr(
            consultation::Column::IsTemplate,
            sea_orm::sea_query::Expr::value(on),
        )
        .filter(consultation::Column::Id.eq(row.id))
        .exec(&txn)
        .await?;
    let (before, after) = if on {
        ("Not a template", "Offered as a template")
    } else {
        ("Offered as a template", "Not a template")
    };
    record(
        &txn,
        staff,
        AuditEntry::new(AuditAction::TemplateChanged, &row.title)
            .of_consultation(row.id, row.department_id)
            .before(before)
            .after(after),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// "Start from a template": a new draft copy of template `slug` in the staff member's own
/// department (see `permissions::template_copy_workspace`). Anything that is not a template is
/// not found, whoever asks.
pub async fn start_from_template<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    staff: &StaffIdentity,
    slug: &str,
) -> AppResult<String> {
    let source = find_for_staff(db, slug).await?;
    if !source.is_template {
        return Err(AppError::NotFound(crate::domain::interface_text::english(
            "builder-not-a-template",
        )));
    }
    let department =
        crate::domain::permissions::template_copy_workspace(staff.actor(), source.department_id)
            .ok_or(AppError::Forbidden)?;
    copy_consultation(db, staff, &source, department).await
}
