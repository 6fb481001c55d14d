//! Reading individual responses and text answers, for staff who may see the results.

use std::collections::HashMap;

use sea_orm::sea_query::{Expr, Func, LikeExpr};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::responses::{
    PER_PAGE, ResponseDetail, ResponseList, ResponseRow, TextAnswer, TextAnswers, page_number,
};
use crate::db::entities::{answer, consultation, response};
use crate::db::questionnaire_store::{find_for_staff, load_questionnaire, published_versions};
use crate::domain::QuestionKind;
use crate::domain::dashboard::channel_label;
use crate::domain::interface_text::english;
use crate::domain::permissions::{Action, Target};
use crate::domain::response_view::{StoredRow, answered_questions};
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;

async fn version_numbers(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> AppResult<HashMap<i64, i32>> {
    Ok(published_versions(db, consultation_id)
        .await?
        .into_iter()
        .map(|v| (v.id, v.number))
        .collect())
}

/// The references of the earlier responses `responses` duplicate, by id.
async fn duplicated(
    db: &impl ConnectionTrait,
    responses: &[response::Model],
) -> AppResult<HashMap<i64, String>> {
    let ids: Vec<i64> = responses.iter().filter_map(|r| r.duplicate_of).collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(response::Entity::find()
        .filter(response::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r.reference))
        .collect())
}

fn row_of(
    response: &response::Model,
    versions: &HashMap<i64, i32>,
    duplicated: &HashMap<i64, String>,
) -> ResponseRow {
    ResponseRow {
        duplicate_of: response
            .duplicate_of
            .and_then(|id| duplicated.get(&id).cloned()),
        reference: response.reference.clone(),
        received_on: response.received_on,
        entered_by: None,
        late_reason: response.late_reason.clone(),
        submitted_at: response.submitted_at,
        channel_code: response.channel.clone(),
        channel: channel_label(&response.channel),
        version: versions
            .get(&response.version_id)
            .copied()
            .unwrap_or_default(),
    }
}

async fn consultation_for(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
    slug: &str,
) -> AppResult<consultation::Model> {
    let row = find_for_staff(db, slug).await?;
    staff.ensure(Action::ReadResponses, Target::Workspace(row.department_id))?;
    Ok(row)
}

/// A page of the consultation's responses, newest first.
pub async fn list(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    slug: &str,
    page: Option<&str>,
) -> AppResult<ResponseList> {
    let consultation = consultation_for(db, &staff, slug).await?;
    let mine =
        response::Entity::find().filter(response::Column::ConsultationId.eq(consultation.id));
    let total = mine.clone().count(db).await?;
    let page = page_number(page, total);
    let versions = version_numbers(db, consultation.id).await?;
    let found = mine
        .order_by_desc(response::Column::Id)
        .offset((page - 1) * PER_PAGE)
        .limit(PER_PAGE)
        .all(db)
        .await?;
    let duplicated = duplicated(db, &found).await?;
    let rows = found
        .iter()
        .map(|r| row_of(r, &versions, &duplicated))
        .collect();
    Ok(ResponseList {
        may_enter: staff.can(
            Action::EnterResponses,
            Target::Workspace(consultation.department_id),
        ),
        staff,
        slug: consultation.slug,
        title: consultation.title,
        total,
        page,
        rows,
    })
}

/// One response with every answer, read against the version it answered.
pub async fn detail(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    slug: &str,
    reference: &str,
) -> AppResult<ResponseDetail> {
    let consultation = consultation_for(db, &staff, slug).await?;
    let not_found = || AppError::NotFound(english("results-refusal-no-response"));
    let reference = crate::domain::reference::normalise(reference).ok_or_else(not_found)?;
    let response = response::Entity::find()
        .filter(response::Column::Reference.eq(reference))
        .filter(response::Column::ConsultationId.eq(consultation.id))
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    let questionnaire = load_questionnaire(db, response.version_id).await?;
    let rows: Vec<StoredRow> = answer::Entity::find()
        .filter(answer::Column::ResponseId.eq(response.id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| StoredRow {
            question_id: a.question_id,
            option_id: a.option_id,
            text: a.text_value,
            number: a.number_value,
            scale_option_id: a.scale_option_id,
        })
        .collect();
    let versions = version_numbers(db, consultation.id).await?;
    let duplicated = duplicated(db, std::slice::from_ref(&response)).await?;
    let mut row = row_of(&response, &versions, &duplicated);
    if let Some(id) = response.entered_by {
        row.entered_by = Some(
            crate::db::entities::staff_user::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|member| member.display_name)
                .unwrap_or_else(|| "A former member of staff".into()),
        );
    }
    Ok(ResponseDetail {
        may_delete: consultation.personal_data_erased_at.is_none()
            && staff.can(
                Action::DeleteResponses,
                Target::Workspace(consultation.department_id),
            ),
        staff,
        row,
        answers: answered_questions(&questionnaire, &rows),
        slug: consultation.slug,
        title: consultation.title,
    })
}

/// Text answers are searched for this much of what is typed, at most.
pub const MAX_SEARCH_CHARS: usize = 200;

/// A page of the answers to the text question `key` (every version that asked it), newest first,
/// those containing `search` (any case) when it is not empty.
pub async fn text_answers(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    slug: &str,
    key: &str,
    page: Option<&str>,
    search: &str,
) -> AppResult<TextAnswers> {
    let consultation = consultation_for(db, &staff, slug).await?;
    let not_found = || AppError::NotFound(english("results-refusal-no-text-question"));
    let mut question_ids = Vec::new();
    let mut label = None;
    for version in published_versions(db, consultation.id).await? {
        let questionnaire = load_questionnaire(db, version.id).await?;
        if let Some(question) = questionnaire.question_by_key(key)
            && matches!(
                question.kind,
                QuestionKind::ShortText { .. }
                    | QuestionKind::LongText { .. }
                    | QuestionKind::UkPostcode
            )
        {
            question_ids.push(question.id);
            label = Some(question.label.clone());
        }
    }
    let label = label.ok_or_else(not_found)?;
    let search: String = crate::domain::text::clean(search)
        .trim()
        .chars()
        .take(MAX_SEARCH_CHARS)
        .collect();

    let mut matching = answer::Entity::find()
        .filter(answer::Column::QuestionId.is_in(question_ids))
        .filter(answer::Column::TextValue.is_not_null());
    if !search.is_empty() {
        matching = matching.filter(
            Expr::expr(Func::lower(Expr::col(answer::Column::TextValue)))
                .like(LikeExpr::new(crate::domain::text::like_containing(&search)).escape('\\')),
        );
    }
    let total = matching.clone().count(db).await?;
    let page = page_number(page, total);
    let found = matching
        .order_by_desc(answer::Column::Id)
        .offset((page - 1) * PER_PAGE)
        .limit(PER_PAGE)
        .all(db)
        .await?;
    let responses: HashMap<i64, response::Model> = response::Entity::find()
        .filter(response::Column::Id.is_in(found.iter().map(|a| a.response_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let answers = found
        .into_iter()
        .filter_map(|a| {
            let response = responses.get(&a.response_id)?;
            Some(TextAnswer {
                text: a.text_value?,
                reference: response.reference.clone(),
                submitted_at: response.submitted_at,
            })
        })
        .collect();
    Ok(TextAnswers {
        staff,
        slug: consultation.slug,
        title: consultation.title,
        key: key.to_string(),
        label,
        search,
        total,
        page,
        answers,
    })
}
