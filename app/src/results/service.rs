//! Results read from the counts kept as responses arrive: the cost depends on the number of
//! questions and options, never on the number of responses.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::api::{
    BinCount, ConsultationResults, Dashboard, Headline, LATEST_TEXT_ANSWERS, NumberSpread,
    QuestionResult, QuestionSummary, StaffConsultationRow, VersionUse,
};
use crate::db::entities::{
    answer, cell_tally, channel_tally, consultation, consultation_tally, daily_tally, option_tally,
    question_tally, value_tally,
};
use crate::db::questionnaire_store::{
    STATE_PUBLISHED, find_for_staff, load_questionnaire, published_versions,
};
use crate::domain::QuestionKind;
use crate::domain::dashboard::{
    TimeSeries, channel_counts, distribution, recent_counts, time_series,
};
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
    versions: &[VersionCounts],
) -> AppResult<Vec<QuestionResult>> {
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

    for keyed in by_key(versions, &answered, &chosen, &option_sums) {
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
                items: ranked_items(
                    &keyed.options,
                    &first_places(db, versions, &keyed.key).await?,
                ),
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
                multiple: matches!(keyed.question.kind, QuestionKind::MultipleChoice { .. }),
                options: keyed.options,
                other_answers,
            }
        } else if let QuestionKind::Number { .. } | QuestionKind::Date { .. } = keyed.question.kind
        {
            let is_date = matches!(keyed.question.kind, QuestionKind::Date { .. });
            let average = (!is_date)
                .then(|| {
                    let sum = keyed
                        .question_ids
                        .iter()
                        .filter_map(|id| sums.get(id))
                        .sum();
                    average_text(sum, keyed.answered)
                })
                .flatten();
            match number_spread(db, &keyed.question_ids, is_date, average).await? {
                None => QuestionSummary::Text { latest: Vec::new() },
                Some(spread) => QuestionSummary::Spread(spread),
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
            readable: matches!(
                keyed.question.kind,
                QuestionKind::ShortText { .. }
                    | QuestionKind::LongText { .. }
                    | QuestionKind::UkPostcode
            ),
            key: keyed.key,
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

/// How the answers to a number or date question (one row id per version) spread, from the
/// counts of each value kept as responses arrive (`value_tallies`): the cost follows the number
/// of different values given, not the number of answers (decision 0021).
async fn number_spread(
    db: &impl ConnectionTrait,
    question_ids: &[i64],
    is_date: bool,
    average: Option<String>,
) -> AppResult<Option<NumberSpread>> {
    let values: Vec<(f64, i64)> = value_tally::Entity::find()
        .filter(value_tally::Column::QuestionId.is_in(question_ids.iter().copied()))
        .filter(value_tally::Column::OptionId.eq(0))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.value, t.answers))
        .collect();
    // Dates are whole days; numbers are whole when every answer is.
    let whole = is_date || values.iter().all(|(v, _)| v.fract() == 0.0);
    let Some(spread) = distribution(&values, whole, is_date) else {
        return Ok(None);
    };
    let show = |value: f64| {
        if is_date {
            day_number_text(value).unwrap_or_default()
        } else {
            format_number((value * 100.0).round() / 100.0)
        }
    };
    Ok(Some(NumberSpread {
        lowest: show(spread.lowest),
        median: show(spread.median),
        highest: show(spread.highest),
        average,
        bins: spread
            .bins
            .iter()
            .map(|bin| BinCount {
                label: if bin.low == bin.high {
                    show(bin.low)
                } else if bin.high_included {
                    format!("{} to {}", show(bin.low), show(bin.high))
                } else {
                    format!("{} to under {}", show(bin.low), show(bin.high))
                },
                count: bin.count,
            })
            .collect(),
    }))
}

/// How many ranked each item of the ranking question `key` first, by item key, over every
/// version that asked it.
async fn first_places(
    db: &impl ConnectionTrait,
    versions: &[VersionCounts],
    key: &str,
) -> AppResult<HashMap<String, i64>> {
    let item_keys: HashMap<i64, &str> = versions
        .iter()
        .filter_map(|v| v.questionnaire.question_by_key(key))
        .flat_map(|q| q.kind.options().iter().map(|o| (o.id, o.key.as_str())))
        .collect();
    let mut firsts: HashMap<String, i64> = HashMap::new();
    for tally in value_tally::Entity::find()
        .filter(value_tally::Column::OptionId.is_in(item_keys.keys().copied()))
        .filter(value_tally::Column::Value.eq(1.0))
        .all(db)
        .await?
    {
        if let Some(key) = item_keys.get(&tally.option_id) {
            *firsts.entry(key.to_string()).or_default() += tally.answers;
        }
    }
    Ok(firsts)
}

/// The headline and the responses over time, from the per-channel and per-day counts.
async fn headline(
    db: &impl ConnectionTrait,
    row: &consultation::Model,
    versions: &[VersionCounts],
    total: i64,
    now: DateTime<Utc>,
) -> AppResult<(Headline, TimeSeries)> {
    let daily: Vec<(String, i64)> = daily_tally::Entity::find()
        .filter(daily_tally::Column::ConsultationId.eq(row.id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.day, t.responses))
        .collect();
    let channels: Vec<(String, i64)> = channel_tally::Entity::find()
        .filter(channel_tally::Column::ConsultationId.eq(row.id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.channel, t.responses))
        .collect();
    let today = uk_time::uk_local(now).date();
    let (on_today, last_7_days) = recent_counts(&daily, today);
    let newest = versions.iter().map(|v| v.number).max();
    let headline = Headline {
        total,
        today: on_today,
        last_7_days,
        channels: channel_counts(&channels, total),
        versions: versions
            .iter()
            .rev()
            .map(|v| VersionUse {
                number: v.number,
                responses: v.responses,
                current: Some(v.number) == newest,
            })
            .collect(),
    };
    let first = uk_time::uk_local(row.opens_at).date();
    let last = uk_time::uk_local(row.closes_at.min(now)).date();
    Ok((headline, time_series(&daily, first, last)))
}

/// Refuses staff who may not see this consultation's results (`permissions::may_see_results`).
pub fn ensure_may_see_results(
    staff: &StaffIdentity,
    consultation: &consultation::Model,
) -> AppResult<()> {
    if crate::domain::permissions::may_see_results(staff.actor(), consultation.department_id) {
        Ok(())
    } else {
        Err(crate::error::AppError::Forbidden)
    }
}

pub async fn results(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    slug: &str,
    now: DateTime<Utc>,
) -> AppResult<ConsultationResults> {
    let row = find_for_staff(db, slug).await?;
    ensure_may_see_results(&staff, &row)?;
    Ok(ConsultationResults {
        staff,
        dashboard: dashboard(db, &row, now).await?,
        slug: row.slug,
        title: row.title,
    })
}

/// Every figure of the dashboard of `row`, for whoever may see it (the caller checks).
pub async fn dashboard(
    db: &impl ConnectionTrait,
    row: &consultation::Model,
    now: DateTime<Utc>,
) -> AppResult<Dashboard> {
    let tally = consultation_tally::Entity::find_by_id(row.id)
        .one(db)
        .await?;
    let mut versions = Vec::new();
    for version in published_versions(db, row.id).await? {
        versions.push(VersionCounts {
            number: version.number,
            responses: version.responses,
            questionnaire: load_questionnaire(db, version.id).await?,
        });
    }
    let questions = questions_by_key(db, &versions).await?;
    let total = tally.as_ref().map_or(0, |t| t.responses);
    let (headline, over_time) = headline(db, row, &versions, total, now).await?;
    Ok(Dashboard {
        status: ConsultationStatus::at(row.opens_at, row.closes_at, now),
        responses: total,
        last_response_text: tally
            .and_then(|t| t.last_response_at)
            .map(uk_time::format_date_time),
        headline,
        over_time,
        as_of_text: uk_time::format_date_time(now),
        read_at_ms: now.timestamp_millis(),
        questions,
    })
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, HashSet};

    use chrono::Duration;
    use sea_orm::EntityTrait;

    use super::*;
    use crate::db::entities::response;
    use crate::db::questionnaire_store::current_version;
    use crate::db::testing::test_databases;
    use crate::domain::dashboard::distribution;

    const KEY: &[u8] = b"results test signing key, 32 by";
    const SLUG: &str = "20mph-speed-limits";

    fn analyst() -> StaffIdentity {
        StaffIdentity {
            id: 1,
            email: "a@example.gov.uk".into(),
            display_name: "A".into(),
            role: "site_admin".into(),
            department_id: None,
        }
    }

    /// Every dashboard figure equals a count made the slow way, over every stored answer row, on
    /// every database: the kept tallies, the value tallies and the day counts cannot drift.
    #[tokio::test]
    async fn dashboard_figures_match_counting_every_answer() {
        for (backend, db) in test_databases().await {
            let now = Utc::now();
            crate::demo::load_if_empty(&db, now).await.unwrap();
            let stored = crate::demo_responses::add_demo_responses(&db, KEY, SLUG, 150, now, 7)
                .await
                .unwrap();
            assert_eq!(stored, 150, "{backend}");

            let results = results(&db, analyst(), SLUG, now).await.unwrap();
            let consultation = find_for_staff(&db, SLUG).await.unwrap();
            let responses: Vec<response::Model> = response::Entity::find()
                .filter(response::Column::ConsultationId.eq(consultation.id))
                .all(&db)
                .await
                .unwrap();
            let ids: HashSet<i64> = responses.iter().map(|r| r.id).collect();
            let answers: Vec<answer::Model> = answer::Entity::find()
                .all(&db)
                .await
                .unwrap()
                .into_iter()
                .filter(|a| ids.contains(&a.response_id))
                .collect();

            // Headline.
            assert_eq!(results.dashboard.headline.total, 150, "{backend}");
            let today = uk_time::uk_local(now).date();
            let day_of = |r: &response::Model| uk_time::uk_local(r.submitted_at).date();
            let on_today = responses.iter().filter(|r| day_of(r) == today).count() as i64;
            let in_week = responses
                .iter()
                .filter(|r| day_of(r) > today - Duration::days(7) && day_of(r) <= today)
                .count() as i64;
            assert_eq!(
                (
                    results.dashboard.headline.today,
                    results.dashboard.headline.last_7_days
                ),
                (on_today, in_week),
                "{backend}"
            );
            assert_eq!(results.dashboard.headline.channels.len(), 1);
            assert_eq!(results.dashboard.headline.channels[0].label, "Online");
            assert_eq!(results.dashboard.headline.channels[0].count, 150);
            let over_time: i64 = results
                .dashboard
                .over_time
                .points
                .iter()
                .map(|p| p.count)
                .sum();
            assert_eq!(over_time, 150, "{backend}: every response on some day");
            let mut per_day: BTreeMap<String, i64> = BTreeMap::new();
            for r in &responses {
                *per_day
                    .entry(crate::domain::formats::format_date(day_of(r)))
                    .or_default() += 1;
            }
            for point in &results.dashboard.over_time.points {
                assert_eq!(
                    point.count,
                    per_day.get(&point.long_label).copied().unwrap_or(0),
                    "{backend}: {}",
                    point.long_label
                );
            }

            // Every question, by kind.
            let version = current_version(&db, consultation.id)
                .await
                .unwrap()
                .unwrap();
            let questionnaire = load_questionnaire(&db, version.id).await.unwrap();
            let asked: Vec<_> = questionnaire
                .questions()
                .filter(|q| !q.kind.is_content())
                .collect();
            assert_eq!(asked.len(), results.dashboard.questions.len());
            for (question, result) in asked.iter().zip(&results.dashboard.questions) {
                let rows: Vec<&answer::Model> = answers
                    .iter()
                    .filter(|a| a.question_id == question.id)
                    .collect();
                let people: HashSet<i64> = rows.iter().map(|a| a.response_id).collect();
                assert_eq!(
                    result.answered,
                    people.len() as i64,
                    "{backend}: {}",
                    question.label
                );
                let chose = |option: i64| {
                    rows.iter().filter(|a| a.option_id == Some(option)).count() as i64
                };
                match &result.summary {
                    QuestionSummary::Choice { options, .. } => {
                        for (option, counted) in question.kind.options().iter().zip(options) {
                            assert_eq!(
                                counted.count,
                                chose(option.id),
                                "{backend}: {}",
                                option.label
                            );
                        }
                    }
                    QuestionSummary::Spread(spread) => {
                        let values: Vec<(f64, i64)> = rows
                            .iter()
                            .filter_map(|a| a.number_value)
                            .map(|v| (v, 1))
                            .collect();
                        let is_date = matches!(question.kind, QuestionKind::Date { .. });
                        let slow = distribution(&values, true, is_date).unwrap();
                        let show = |v: f64| {
                            if is_date {
                                day_number_text(v).unwrap()
                            } else {
                                format_number(v)
                            }
                        };
                        assert_eq!(spread.lowest, show(slow.lowest), "{backend}");
                        assert_eq!(spread.median, show(slow.median), "{backend}");
                        assert_eq!(spread.highest, show(slow.highest), "{backend}");
                        let binned: i64 = spread.bins.iter().map(|b| b.count).sum();
                        assert_eq!(binned, values.len() as i64, "{backend}");
                    }
                    QuestionSummary::Ranking { items } => {
                        for option in question.kind.options() {
                            let item = items.iter().find(|i| i.label == option.label).unwrap();
                            let firsts = rows
                                .iter()
                                .filter(|a| {
                                    a.option_id == Some(option.id) && a.number_value == Some(1.0)
                                })
                                .count() as i64;
                            assert_eq!(item.first_places, firsts, "{backend}: {}", option.label);
                            assert_eq!(item.ranked, chose(option.id), "{backend}");
                        }
                        assert!(items.iter().any(|i| i.first_places > 0));
                    }
                    QuestionSummary::Points { items } => {
                        for (option, item) in question.kind.options().iter().zip(items) {
                            let sum: f64 = rows
                                .iter()
                                .filter(|a| a.option_id == Some(option.id))
                                .filter_map(|a| a.number_value)
                                .sum();
                            assert_eq!(item.total, format_number(sum), "{backend}");
                        }
                    }
                    QuestionSummary::Grid(grid) => {
                        for (statement, row) in question.kind.options().iter().zip(&grid.rows) {
                            for (point, (count, _)) in question.kind.scale().iter().zip(&row.cells)
                            {
                                let slow = rows
                                    .iter()
                                    .filter(|a| {
                                        a.option_id == Some(statement.id)
                                            && a.scale_option_id == Some(point.id)
                                    })
                                    .count() as i64;
                                assert_eq!(*count, slow, "{backend}: {}", statement.label);
                            }
                        }
                    }
                    QuestionSummary::Text { .. } | QuestionSummary::NotListed { .. } => {}
                }
            }
        }
    }

    /// A consultation that has not opened has no days to show; one that closed stops at its
    /// closing day.
    #[tokio::test]
    async fn responses_over_time_run_from_opening_to_closing_or_today() {
        for (backend, db) in test_databases().await {
            let now = Utc::now();
            crate::demo::load_if_empty(&db, now).await.unwrap();
            let forthcoming = results(&db, analyst(), "public-art-strategy", now)
                .await
                .unwrap();
            assert!(
                forthcoming.dashboard.over_time.points.is_empty(),
                "{backend}"
            );
            let closed = results(&db, analyst(), "library-opening-hours", now)
                .await
                .unwrap();
            // Open from 90 days ago to 20 days ago: 71 days, by day.
            assert_eq!(closed.dashboard.over_time.points.len(), 71, "{backend}");
            let open = results(&db, analyst(), SLUG, now).await.unwrap();
            let opened = find_for_staff(&db, SLUG).await.unwrap().opens_at;
            let days =
                (uk_time::uk_local(now).date() - uk_time::uk_local(opened).date()).num_days();
            assert_eq!(
                open.dashboard.over_time.points.len() as i64,
                days + 1,
                "{backend}"
            );
            assert_eq!(open.dashboard.headline.versions.len(), 1);
            assert!(open.dashboard.headline.versions[0].current);
        }
    }
}
