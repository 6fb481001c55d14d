//! The counts a response moves (decision 0021): added in the transaction that stores it, taken
//! away in the one that deletes it (decision 0039), so results cost O(options) however many
//! responses exist and always agree with the responses kept.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait, OnConflict},
};

use crate::db::entities::{
    cell_tally, channel_tally, consultation_tally, daily_tally, option_tally, question_tally,
    questionnaire_version, response, value_tally,
};
use crate::domain::answers::StoredAnswer;
use crate::domain::uk_time;

/// A response as its counts see it.
pub(crate) struct Counted<'a> {
    pub consultation_id: i64,
    pub version_id: i64,
    pub channel: &'a str,
    pub submitted_at: DateTime<Utc>,
    /// Its answers, as stored.
    pub rows: &'a [StoredAnswer],
}

/// Adds response `c` to every count (in the transaction that stores it).
pub(crate) async fn add(txn: &impl ConnectionTrait, c: &Counted<'_>) -> Result<(), DbErr> {
    let chosen_options: Vec<i64> = c.rows.iter().filter_map(|r| r.option_id).collect();
    // Counts move with the response, so results cost O(options) however many responses exist.
    consultation_tally::Entity::update_many()
        .col_expr(
            consultation_tally::Column::Responses,
            Expr::col(consultation_tally::Column::Responses).add(1),
        )
        .col_expr(
            consultation_tally::Column::LastResponseAt,
            Expr::value(c.submitted_at),
        )
        .filter(consultation_tally::Column::ConsultationId.eq(c.consultation_id))
        .exec(txn)
        .await?;

    // Per version too: the results say how many responses were asked a question added later.
    questionnaire_version::Entity::update_many()
        .col_expr(
            questionnaire_version::Column::Responses,
            Expr::col(questionnaire_version::Column::Responses).add(1),
        )
        .filter(questionnaire_version::Column::Id.eq(c.version_id))
        .exec(txn)
        .await?;

    daily_tally::Entity::insert(daily_tally::ActiveModel {
        consultation_id: Set(c.consultation_id),
        day: Set(uk_time::uk_day_key(c.submitted_at)),
        responses: Set(1),
    })
    .on_conflict(
        OnConflict::columns([
            daily_tally::Column::ConsultationId,
            daily_tally::Column::Day,
        ])
        .value(
            daily_tally::Column::Responses,
            Expr::col((daily_tally::Entity, daily_tally::Column::Responses)).add(1),
        )
        .to_owned(),
    )
    .exec(txn)
    .await?;

    channel_tally::Entity::insert(channel_tally::ActiveModel {
        consultation_id: Set(c.consultation_id),
        channel: Set(c.channel.into()),
        responses: Set(1),
    })
    .on_conflict(
        OnConflict::columns([
            channel_tally::Column::ConsultationId,
            channel_tally::Column::Channel,
        ])
        .value(
            channel_tally::Column::Responses,
            Expr::col((channel_tally::Entity, channel_tally::Column::Responses)).add(1),
        )
        .to_owned(),
    )
    .exec(txn)
    .await?;

    // Each numeric value given (a number, a date's day, a rank, points) counts once more: the
    // dashboard's histograms, medians and first places are read from these (decision 0021).
    // One row per (question, option) within a response, so one statement inserts them all.
    let values: Vec<value_tally::ActiveModel> = c
        .rows
        .iter()
        .filter_map(|r| {
            let value = r.number.filter(|v| v.is_finite())?;
            Some(value_tally::ActiveModel {
                question_id: Set(r.question_id),
                option_id: Set(r.option_id.unwrap_or(0)),
                value: Set(value),
                answers: Set(1),
            })
        })
        .collect();
    if !values.is_empty() {
        value_tally::Entity::insert_many(values)
            .on_conflict(
                OnConflict::columns([
                    value_tally::Column::QuestionId,
                    value_tally::Column::OptionId,
                    value_tally::Column::Value,
                ])
                .value(
                    value_tally::Column::Answers,
                    Expr::col((value_tally::Entity, value_tally::Column::Answers)).add(1),
                )
                .to_owned(),
            )
            .exec(txn)
            .await?;
    }

    let mut answered: Vec<i64> = c.rows.iter().map(|r| r.question_id).collect();
    answered.dedup();
    if !answered.is_empty() {
        question_tally::Entity::update_many()
            .col_expr(
                question_tally::Column::Answered,
                Expr::col(question_tally::Column::Answered).add(1),
            )
            .filter(question_tally::Column::QuestionId.is_in(answered))
            .exec(txn)
            .await?;
    }
    // Number answers add to their question's sum, so the results' average costs nothing.
    for row in c.rows.iter().filter(|r| r.summed) {
        if let Some(value) = row.number {
            question_tally::Entity::update_many()
                .col_expr(
                    question_tally::Column::NumberSum,
                    Expr::col(question_tally::Column::NumberSum).add(value),
                )
                .filter(question_tally::Column::QuestionId.eq(row.question_id))
                .exec(txn)
                .await?;
        }
    }
    // A grid's cells: one more for the point chosen for each statement answered.
    for row in c.rows {
        if let (Some(statement), Some(point)) = (row.option_id, row.scale_option_id) {
            cell_tally::Entity::insert(cell_tally::ActiveModel {
                row_option_id: Set(statement),
                option_id: Set(point),
                chosen: Set(1),
            })
            .on_conflict(
                OnConflict::columns([
                    cell_tally::Column::RowOptionId,
                    cell_tally::Column::OptionId,
                ])
                .value(
                    cell_tally::Column::Chosen,
                    Expr::col((cell_tally::Entity, cell_tally::Column::Chosen)).add(1),
                )
                .to_owned(),
            )
            .exec(txn)
            .await?;
        }
    }
    // A rank or points adds to its option's sum: the results' averages cost nothing.
    for row in c.rows {
        if let (Some(option_id), Some(value)) = (row.option_id, row.number) {
            option_tally::Entity::update_many()
                .col_expr(
                    option_tally::Column::NumberSum,
                    Expr::col(option_tally::Column::NumberSum).add(value),
                )
                .filter(option_tally::Column::OptionId.eq(option_id))
                .exec(txn)
                .await?;
        }
    }
    if !chosen_options.is_empty() {
        option_tally::Entity::update_many()
            .col_expr(
                option_tally::Column::Chosen,
                Expr::col(option_tally::Column::Chosen).add(1),
            )
            .filter(option_tally::Column::OptionId.is_in(chosen_options))
            .exec(txn)
            .await?;
    }

    Ok(())
}

/// Takes response `c` away from every count it was added to (in the transaction that deletes
/// it, after its row is gone): each statement undoes its counterpart in `add`.
pub(crate) async fn remove(txn: &impl ConnectionTrait, c: &Counted<'_>) -> Result<(), DbErr> {
    // The last response is the newest left (by id, the order `add` set it in).
    let newest = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(c.consultation_id))
        .order_by_desc(response::Column::Id)
        .one(txn)
        .await?;
    consultation_tally::Entity::update_many()
        .col_expr(
            consultation_tally::Column::Responses,
            Expr::col(consultation_tally::Column::Responses).sub(1),
        )
        .col_expr(
            consultation_tally::Column::LastResponseAt,
            Expr::value(newest.map(|r| r.submitted_at)),
        )
        .col_expr(
            consultation_tally::Column::Removals,
            Expr::col(consultation_tally::Column::Removals).add(1),
        )
        .filter(consultation_tally::Column::ConsultationId.eq(c.consultation_id))
        .exec(txn)
        .await?;
    questionnaire_version::Entity::update_many()
        .col_expr(
            questionnaire_version::Column::Responses,
            Expr::col(questionnaire_version::Column::Responses).sub(1),
        )
        .filter(questionnaire_version::Column::Id.eq(c.version_id))
        .exec(txn)
        .await?;
    daily_tally::Entity::update_many()
        .col_expr(
            daily_tally::Column::Responses,
            Expr::col(daily_tally::Column::Responses).sub(1),
        )
        .filter(daily_tally::Column::ConsultationId.eq(c.consultation_id))
        .filter(daily_tally::Column::Day.eq(uk_time::uk_day_key(c.submitted_at)))
        .exec(txn)
        .await?;
    channel_tally::Entity::update_many()
        .col_expr(
            channel_tally::Column::Responses,
            Expr::col(channel_tally::Column::Responses).sub(1),
        )
        .filter(channel_tally::Column::ConsultationId.eq(c.consultation_id))
        .filter(channel_tally::Column::Channel.eq(c.channel))
        .exec(txn)
        .await?;
    for row in c.rows {
        if let Some(value) = row.number.filter(|v| v.is_finite()) {
            value_tally::Entity::update_many()
                .col_expr(
                    value_tally::Column::Answers,
                    Expr::col(value_tally::Column::Answers).sub(1),
                )
                .filter(value_tally::Column::QuestionId.eq(row.question_id))
                .filter(value_tally::Column::OptionId.eq(row.option_id.unwrap_or(0)))
                .filter(value_tally::Column::Value.eq(value))
                .exec(txn)
                .await?;
        }
    }
    let mut answered: Vec<i64> = c.rows.iter().map(|r| r.question_id).collect();
    answered.dedup();
    if !answered.is_empty() {
        question_tally::Entity::update_many()
            .col_expr(
                question_tally::Column::Answered,
                Expr::col(question_tally::Column::Answered).sub(1),
            )
            .filter(question_tally::Column::QuestionId.is_in(answered))
            .exec(txn)
            .await?;
    }
    for row in c.rows.iter().filter(|r| r.summed) {
        if let Some(value) = row.number {
            question_tally::Entity::update_many()
                .col_expr(
                    question_tally::Column::NumberSum,
                    Expr::col(question_tally::Column::NumberSum).sub(value),
                )
                .filter(question_tally::Column::QuestionId.eq(row.question_id))
                .exec(txn)
                .await?;
        }
    }
    for row in c.rows {
        if let (Some(statement), Some(point)) = (row.option_id, row.scale_option_id) {
            cell_tally::Entity::update_many()
                .col_expr(
                    cell_tally::Column::Chosen,
                    Expr::col(cell_tally::Column::Chosen).sub(1),
                )
                .filter(cell_tally::Column::RowOptionId.eq(statement))
                .filter(cell_tally::Column::OptionId.eq(point))
                .exec(txn)
                .await?;
        }
        if let (Some(option_id), Some(value)) = (row.option_id, row.number) {
            option_tally::Entity::update_many()
                .col_expr(
                    option_tally::Column::NumberSum,
                    Expr::col(option_tally::Column::NumberSum).sub(value),
                )
                .filter(option_tally::Column::OptionId.eq(option_id))
                .exec(txn)
                .await?;
        }
    }
    let chosen_options: Vec<i64> = c.rows.iter().filter_map(|r| r.option_id).collect();
    if !chosen_options.is_empty() {
        option_tally::Entity::update_many()
            .col_expr(
                option_tally::Column::Chosen,
                Expr::col(option_tally::Column::Chosen).sub(1),
            )
            .filter(option_tally::Column::OptionId.is_in(chosen_options))
            .exec(txn)
            .await?;
    }
    // Rows `add` inserted for this response alone go again, so the counts are exactly as if it
    // had never come (a value, a grid cell, a day or a channel nobody else gave).
    let questions: Vec<i64> = c.rows.iter().map(|r| r.question_id).collect();
    if !questions.is_empty() {
        value_tally::Entity::delete_many()
            .filter(value_tally::Column::QuestionId.is_in(questions))
            .filter(value_tally::Column::Answers.lte(0))
            .exec(txn)
            .await?;
    }
    let statements: Vec<i64> = c
        .rows
        .iter()
        .filter(|r| r.scale_option_id.is_some())
        .filter_map(|r| r.option_id)
        .collect();
    if !statements.is_empty() {
        cell_tally::Entity::delete_many()
            .filter(cell_tally::Column::RowOptionId.is_in(statements))
            .filter(cell_tally::Column::Chosen.lte(0))
            .exec(txn)
            .await?;
    }
    daily_tally::Entity::delete_many()
        .filter(daily_tally::Column::ConsultationId.eq(c.consultation_id))
        .filter(daily_tally::Column::Responses.lte(0))
        .exec(txn)
        .await?;
    channel_tally::Entity::delete_many()
        .filter(channel_tally::Column::ConsultationId.eq(c.consultation_id))
        .filter(channel_tally::Column::Responses.lte(0))
        .exec(txn)
        .await?;
    Ok(())
}
