//! Results read from the counts kept as responses arrive: the cost depends on the number of
//! questions and options, never on the number of responses.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::api::{
    ConsultationResults, LATEST_TEXT_ANSWERS, QuestionResult, QuestionSummary, StaffConsultationRow,
};
use crate::db::entities::{
    answer, cell_tally, consultation, consultation_tally, option_tally, question_tally,
};
use crate::db::questionnaire_store::{
    STATE_PUBLISHED, find_for_staff, load_questionnaire, published_versions,
};
use crate::domain::QuestionKind;
use crate::domain::formats::format_number;
use crate::domain::results::{
    VersionCounts, average_text, by_key, day_number_text, grid_result, points_shares, ranked_items,
};
use crate::domain::{ConsultationStatus, uk_time};
use crate::error::AppResult;
use crate::hub::service::department_names;
use crate::staff::api::StaffIdentity;

pub async fn consultations(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> AppResult<Vec<StaffConsultationRow>> {
    let departments = department_names(db).await?;
    let counts: HashMap<i64, i64> = consultation_tally::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.consultation_id, t.responses))
        .collect();
    let rows = consultation::Entity::find()
        .order_by_desc(consultation::Column::OpensAt)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| StaffConsultationRow {
            department_id: row.department_id,
            department: departments
                .get(&row.department_id)
                .cloned()
                .unwrap_or_default(),
            status: ConsultationStatus::at(row.opens_at, row.closes_at, now),
            published: row.state == STATE_PUBLISHED,
            opens_at_text: uk_time::format_date_time(row.opens_at),
            closes_at_text: uk_time::format_date_time(row.closes_at),
            responses: counts.get(&row.id).copied().unwrap_or(0),
            slug: row.slug,
            title: row.title,
        })
        .collect())
}

/// Every published version's questions, merged by stable keys (`domain::results::by_key`), with
/// their counts and, for text questions, the newest few answers given to any version of them.
async fn questions_by_key(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> AppResult<Vec<QuestionResult>> {
    let mut versions = Vec::new();
    for version in published_versions(db, consultation_id).await? {
        versions.push(VersionCounts {
            number: version.number,
            responses: version.responses,
            questionnaire: load_questionnaire(db, version.id).await?,
        });
    }
    let question_ids: Vec<i64> = versions
        .iter()
        .flat_map(|v| v.questionnaire.questions().map(|q| q.id))
        .collect();
    let option_ids: Vec<i64> = versions
        .iter()
        .flat_map(|v| v.questionnaire.questions())
        .flat_map(|q| q.kind.options().iter().map(|o| o.id))
        .collect();
    let tallies = question_tally::Entity::find()
        .filter(question_tally::Column::QuestionId.is_in(question_ids))
        .all(db)
        .await?;
    let answered: HashMap<i64, i64> = tallies
        .iter()
        .map(|t| (t.question_id, t.answered))
        .collect();
    let sums: HashMap<i64, f64> = tallies
        .iter()
        .map(|t| (t.question_id, t.number_sum))
        .collect();
    let option_tallies = option_tally::Entity::find()
        .filter(option_tally::Column::OptionId.is_in(option_ids))
        .all(db)
        .await?;
    let chosen: HashMap<i64, i64> = option_tallies
        .iter()
        .map(|t| (t.option_id, t.chosen))
        .collect();
    let option_sums: HashMap<i64, f64> = option_tallies
        .iter()
        .map(|t| (t.option_id, t.number_sum))
        .collect();

    let mut questions = Vec::new();
    // A grid's cells, by (statement row, point row), for every version's statements.
    let statement_ids: Vec<i64> = versions
        .iter()
        .flat_map(|v| v.questionnaire.questions())
        .filter(|q| matches!(q.kind, QuestionKind::Grid { .. }))
        .flat_map(|q| q.kind.options().iter().map(|o| o.id))
        .collect();
    let cells: HashMap<(i64, i64), i64> = if statement_ids.is_empty() {
        HashMap::new()
    } else {
        cell_tally::Entity::find()
            .filter(cell_tally::Column::RowOptionId.is_in(statement_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|t| ((t.row_option_id, t.option_id), t.chosen))
            .collect()
    };

    for keyed in by_key(&versions, &answered, &chosen, &option_sums) {
        // Headings and paragraphs are not questions: nothing to count.
        if keyed.question.kind.is_content() {
            continue;
        }
        let summary = if let QuestionKind::Grid { .. } = keyed.question.kind {
            let asked: Vec<&crate::domain::Question> = versions
                .iter()
                .filter_map(|v| v.questionnaire.question_by_key(&keyed.key))
                .filter(|q| matches!(q.kind, QuestionKind::Grid { .. }))
                .collect();
            QuestionSummary::Grid(grid_result(&asked, &keyed.options, &cells))
        } else if let QuestionKind::Ranking { .. } = keyed.question.kind {
            QuestionSummary::Ranking {
                items: ranked_items(&keyed.options),
            }
        } else if let QuestionKind::Points { .. } = keyed.question.kind {
            QuestionSummary::Points {
                items: points_shares(&keyed.options, keyed.answered),
            }
        } else if keyed.question.kind.is_choice() {
            // "Other" options of every version that asked it: their rows carry what was typed.
            let other_ids: Vec<i64> = versions
                .iter()
                .filter_map(|v| v.questionnaire.question_by_key(&keyed.key))
                .filter_map(|q| q.other_option().map(|o| o.id))
                .collect();
            let other_answers = if other_ids.is_empty() {
                Vec::new()
            } else {
                latest_texts(db, answer::Column::OptionId.is_in(other_ids)).await?
            };
            QuestionSummary::Choice {
                options: keyed.options,
                other_answers,
            }
        } else if let QuestionKind::Number { .. } | QuestionKind::Date { .. } = keyed.question.kind
        {
            let is_date = matches!(keyed.question.kind, QuestionKind::Date { .. });
            let show = |value: f64| {
                if is_date {
                    day_number_text(value).unwrap_or_default()
                } else {
                    format_number(value)
                }
            };
            match number_range(db, &keyed.question_ids).await? {
                None => QuestionSummary::Text { latest: Vec::new() },
                Some((low, high)) => QuestionSummary::Range {
                    lowest: show(low),
                    highest: show(high),
                    average: (!is_date)
                        .then(|| {
                            let sum = keyed
                                .question_ids
                                .iter()
                                .filter_map(|id| sums.get(id))
                                .sum();
                            average_text(sum, keyed.answered)
                        })
                        .flatten(),
                },
            }
        } else if keyed.question.kind == QuestionKind::Email {
            QuestionSummary::NotListed {
                reason: "Email addresses are personal data, so they are not listed here.".into(),
            }
        } else {
            // The newest few, by the (question_id, id) index: no scan of all answers.
            let latest =
                latest_texts(db, answer::Column::QuestionId.is_in(keyed.question_ids)).await?;
            QuestionSummary::Text { latest }
        };
        questions.push(QuestionResult {
            label: keyed.question.label,
            kind_label: keyed.question.kind.label().to_string(),
            answered: keyed.answered,
            asked: keyed.asked,
            added_in: keyed.added_in,
            removed_in: keyed.removed_in,
            summary,
        });
    }
    Ok(questions)
}

/// The newest few text answers among the rows `which` selects.
async fn latest_texts(
    db: &impl ConnectionTrait,
    which: sea_orm::sea_query::SimpleExpr,
) -> AppResult<Vec<String>> {
    Ok(answer::Entity::find()
        .filter(which)
        .filter(answer::Column::TextValue.is_not_null())
        .order_by_desc(answer::Column::Id)
        .limit(LATEST_TEXT_ANSWERS)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|a| a.text_value)
        .collect())
}

/// The lowest and highest numeric value answered to these question rows (one version's row
/// each), read through the (question_id, number_value) index: two short reads a row, whatever
/// the number of answers.
async fn number_range(
    db: &impl ConnectionTrait,
    question_ids: &[i64],
) -> AppResult<Option<(f64, f64)>> {
    let mut range: Option<(f64, f64)> = None;
    for &id in question_ids {
        let end = |ascending: bool| {
            let query = answer::Entity::find()
                .filter(answer::Column::QuestionId.eq(id))
                .filter(answer::Column::NumberValue.is_not_null());
            let query = if ascending {
                query.order_by_asc(answer::Column::NumberValue)
            } else {
                query.order_by_desc(answer::Column::NumberValue)
            };
            query.limit(1).one(db)
        };
        let (Some(low), Some(high)) = (
            end(true).await?.and_then(|a| a.number_value),
            end(false).await?.and_then(|a| a.number_value),
        ) else {
            continue;
        };
        range = Some(match range {
            Some((l, h)) => (l.min(low), h.max(high)),
            None => (low, high),
        });
    }
    Ok(range)
}

pub async fn results(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    slug: &str,
    now: DateTime<Utc>,
) -> AppResult<ConsultationResults> {
    let row = find_for_staff(db, slug).await?;
    let tally = consultation_tally::Entity::find_by_id(row.id)
        .one(db)
        .await?;

    let questions = questions_by_key(db, row.id).await?;
    Ok(ConsultationResults {
        staff,
        slug: row.slug,
        title: row.title,
        status: ConsultationStatus::at(row.opens_at, row.closes_at, now),
        responses: tally.as_ref().map_or(0, |t| t.responses),
        last_response_text: tally
            .and_then(|t| t.last_response_at)
            .map(uk_time::format_date_time),
        questions,
    })
}
