//! Results read from the counts kept as responses arrive: the cost depends on the number of
//! questions and options, never on the number of responses.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use roaring::RoaringBitmap;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, StreamTrait,
};

use super::api::{
    BinCount, ConsultationResults, Dashboard, Headline, LATEST_TEXT_ANSWERS, NumberSpread,
    QuestionResult, QuestionSummary, SpreadValue, StaffConsultationRow, VersionUse,
};
use super::api::{CrossTab, CrossTabPage, FilterPanel};
use super::index::{ConsultationIndex, HeldIndex, ResultsIndexes, Selection};
use crate::db::entities::{
    answer, cell_tally, channel_tally, consultation, consultation_tally, daily_tally, option_tally,
    question_tally, response, value_tally,
};
use crate::db::questionnaire_store::{
    STATE_PUBLISHED, find_for_staff, load_questionnaire, published_versions,
};
use crate::domain::QuestionKind;
use crate::domain::dashboard::{
    TimeSeries, channel_counts, channel_label, distribution, recent_counts, time_series,
};
use crate::domain::formats::format_number;
use crate::domain::permissions::{Action, Target};
use crate::domain::results::{
    VersionCounts, average_text, by_key, grid_result, points_shares, ranked_items,
};
use crate::domain::results_filter::{
    ChoiceQuestion, FilterChoices, FilterQuery, ResultsFilter, check, check_cross_tab,
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
            stage: crate::workflow::service::stage_of(&row),
            opens_at: row.opens_at,
            closes_at: row.closes_at,
            responses: counts.get(&row.id).copied().unwrap_or(0),
            slug: row.slug,
            title: row.title,
        })
        .collect())
}

/// The counts a dashboard is drawn from: the tallies kept for every response
/// (`kept_tallies`), or the same counts over the responses a filter lets through
/// (`results::index`). Keys are row ids: questions, options, versions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tallies {
    pub total: i64,
    /// When the latest of these responses was stored.
    pub last_response_at: Option<DateTime<Utc>>,
    /// Version id → responses.
    pub by_version: HashMap<i64, i64>,
    /// (UK day, responses), days with none left out.
    pub daily: Vec<(String, i64)>,
    /// (channel, responses), channels with none left out.
    pub channels: Vec<(String, i64)>,
    /// Question id → responses that answered it.
    pub answered: HashMap<i64, i64>,
    /// Number question id → the sum of its answers.
    pub sums: HashMap<i64, f64>,
    /// Option id → responses that chose it (statements and ranked items included).
    pub chosen: HashMap<i64, i64>,
    /// Option id → the sum of the ranks or points given to it.
    pub option_sums: HashMap<i64, f64>,
    /// (statement id, point id) → responses.
    pub cells: HashMap<(i64, i64), i64>,
    /// (question id, option id or 0) → (value, answers) by value.
    pub values: HashMap<(i64, i64), Vec<(f64, i64)>>,
}

/// The tallies kept as responses arrive, for the questions of `versions`.
pub async fn kept_tallies(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    versions: &[(i64, VersionCounts)],
) -> AppResult<Tallies> {
    let question_ids: Vec<i64> = versions
        .iter()
        .flat_map(|(_, v)| v.questionnaire.questions().map(|q| q.id))
        .collect();
    let option_ids: Vec<i64> = versions
        .iter()
        .flat_map(|(_, v)| v.questionnaire.questions())
        .flat_map(|q| q.kind.options().iter().map(|o| o.id))
        .collect();
    let kept = consultation_tally::Entity::find_by_id(consultation_id)
        .one(db)
        .await?;
    let mut tallies = Tallies {
        total: kept.as_ref().map_or(0, |t| t.responses),
        last_response_at: kept.and_then(|t| t.last_response_at),
        by_version: versions.iter().map(|(id, v)| (*id, v.responses)).collect(),
        ..Tallies::default()
    };
    tallies.daily = daily_tally::Entity::find()
        .filter(daily_tally::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(daily_tally::Column::Day)
        .all(db)
        .await?
        .into_iter()
        .filter(|t| t.responses > 0)
        .map(|t| (t.day, t.responses))
        .collect();
    tallies.channels = channel_tally::Entity::find()
        .filter(channel_tally::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(channel_tally::Column::Channel)
        .all(db)
        .await?
        .into_iter()
        .filter(|t| t.responses > 0)
        .map(|t| (t.channel, t.responses))
        .collect();
    for t in question_tally::Entity::find()
        .filter(question_tally::Column::QuestionId.is_in(question_ids.clone()))
        .all(db)
        .await?
    {
        tallies.answered.insert(t.question_id, t.answered);
        if t.number_sum != 0.0 {
            tallies.sums.insert(t.question_id, t.number_sum);
        }
    }
    for t in option_tally::Entity::find()
        .filter(option_tally::Column::OptionId.is_in(option_ids.clone()))
        .all(db)
        .await?
    {
        tallies.chosen.insert(t.option_id, t.chosen);
        if t.number_sum != 0.0 {
            tallies.option_sums.insert(t.option_id, t.number_sum);
        }
    }
    // A grid's cells, by (statement row, point row), for every version's statements.
    let statement_ids: Vec<i64> = versions
        .iter()
        .flat_map(|(_, v)| v.questionnaire.questions())
        .filter(|q| matches!(q.kind, QuestionKind::Grid { .. }))
        .flat_map(|q| q.kind.options().iter().map(|o| o.id))
        .collect();
    if !statement_ids.is_empty() {
        tallies.cells = cell_tally::Entity::find()
            .filter(cell_tally::Column::RowOptionId.is_in(statement_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|t| ((t.row_option_id, t.option_id), t.chosen))
            .collect();
    }
    // Each numeric value given, counted (decision 0021): the cost follows the number of
    // different values given, not the number of answers.
    for t in value_tally::Entity::find()
        .filter(value_tally::Column::QuestionId.is_in(question_ids))
        .filter(value_tally::Column::Answers.gt(0))
        .order_by_asc(value_tally::Column::Value)
        .all(db)
        .await?
    {
        tallies
            .values
            .entry((t.question_id, t.option_id))
            .or_default()
            .push((t.value, t.answers));
    }
    Ok(tallies)
}

/// Which responses a dashboard counts: all (from the kept tallies) or those a filter lets
/// through (from the in-memory sets).
pub enum Scope<'a> {
    All,
    Filtered {
        index: &'a ConsultationIndex,
        chosen: &'a RoaringBitmap,
    },
}

/// Every published version's questions, merged by stable keys (`domain::results::by_key`), with
/// their counts and, for text questions, the newest few answers given to any version of them.
async fn questions_by_key(
    db: &impl ConnectionTrait,
    versions: &[VersionCounts],
    tallies: &Tallies,
    scope: &Scope<'_>,
) -> AppResult<Vec<QuestionResult>> {
    let mut questions = Vec::new();
    for keyed in by_key(
        versions,
        &tallies.answered,
        &tallies.chosen,
        &tallies.option_sums,
    ) {
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
            QuestionSummary::Grid(grid_result(&asked, &keyed.options, &tallies.cells))
        } else if let QuestionKind::Ranking { .. } = keyed.question.kind {
            QuestionSummary::Ranking {
                items: ranked_items(&keyed.options, &first_places(tallies, versions, &keyed.key)),
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
                latest_texts(db, scope, &other_ids, true).await?
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
                        .filter_map(|id| tallies.sums.get(id))
                        .sum();
                    average_text(sum, keyed.answered)
                })
                .flatten();
            match number_spread(tallies, &keyed.question_ids, is_date, average) {
                None => QuestionSummary::Text { latest: Vec::new() },
                Some(spread) => QuestionSummary::Spread(spread),
            }
        } else if keyed.question.kind == QuestionKind::Email {
            QuestionSummary::NotListed {
                reason_id: "results-not-listed-email".into(),
            }
        } else {
            let latest = latest_texts(db, scope, &keyed.question_ids, false).await?;
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
            kind_label_id: keyed.question.kind.label_id().to_string(),
            answered: keyed.answered,
            asked: keyed.asked,
            added_in: keyed.added_in,
            removed_in: keyed.removed_in,
            summary,
        });
    }
    Ok(questions)
}

/// The newest few text answers to these questions (`by_option` false) or typed with these
/// options ("Other", `by_option` true), among the responses in scope: by the (question_id, id)
/// and (option_id) indexes, or for a filter, of the newest responses the sets pick out — never
/// a scan of all answers.
async fn latest_texts(
    db: &impl ConnectionTrait,
    scope: &Scope<'_>,
    ids: &[i64],
    by_option: bool,
) -> AppResult<Vec<String>> {
    let which = if by_option {
        answer::Column::OptionId.is_in(ids.iter().copied())
    } else {
        answer::Column::QuestionId.is_in(ids.iter().copied())
    };
    let query = answer::Entity::find()
        .filter(which)
        .filter(answer::Column::TextValue.is_not_null());
    if let Scope::Filtered { index, chosen } = scope {
        let newest = index.newest(chosen, ids, by_option, LATEST_TEXT_ANSWERS as usize);
        if newest.is_empty() {
            return Ok(Vec::new());
        }
        // A handful of rows by the response index, newest first here: with an ORDER BY id the
        // database may walk the question's answers from the newest looking for these few.
        let mut rows = query
            .filter(answer::Column::ResponseId.is_in(newest))
            .all(db)
            .await?;
        rows.sort_by_key(|a| std::cmp::Reverse(a.id));
        return Ok(rows
            .into_iter()
            .filter_map(|a| a.text_value)
            .take(LATEST_TEXT_ANSWERS as usize)
            .collect());
    }
    Ok(query
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
fn number_spread(
    tallies: &Tallies,
    question_ids: &[i64],
    is_date: bool,
    average: Option<String>,
) -> Option<NumberSpread> {
    let mut values: Vec<(f64, i64)> = question_ids
        .iter()
        .filter_map(|id| tallies.values.get(&(*id, 0)))
        .flatten()
        .copied()
        .collect();
    values.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Dates are whole days; numbers are whole when every answer is.
    let whole = is_date || values.iter().all(|(v, _)| v.fract() == 0.0);
    let spread = distribution(&values, whole, is_date)?;
    let show = |value: f64| {
        if is_date {
            SpreadValue::Day(value as i32)
        } else {
            SpreadValue::Number(format_number((value * 100.0).round() / 100.0))
        }
    };
    Some(NumberSpread {
        lowest: show(spread.lowest),
        median: show(spread.median),
        highest: show(spread.highest),
        average,
        bins: spread
            .bins
            .iter()
            .map(|bin| BinCount {
                low: show(bin.low),
                high: show(bin.high),
                high_included: bin.high_included,
                count: bin.count,
            })
            .collect(),
    })
}

/// How many ranked each item of the ranking question `key` first, by item key, over every
/// version that asked it.
fn first_places(tallies: &Tallies, versions: &[VersionCounts], key: &str) -> HashMap<String, i64> {
    let mut firsts: HashMap<String, i64> = HashMap::new();
    for question in versions
        .iter()
        .filter_map(|v| v.questionnaire.question_by_key(key))
    {
        for item in question.kind.options() {
            let first = tallies
                .values
                .get(&(question.id, item.id))
                .and_then(|values| values.iter().find(|(rank, _)| *rank == 1.0))
                .map_or(0, |(_, n)| *n);
            *firsts.entry(item.key.clone()).or_default() += first;
        }
    }
    firsts
}

/// The headline and the responses over time, from the per-channel and per-day counts.
fn headline(
    row: &consultation::Model,
    versions: &[VersionCounts],
    tallies: &Tallies,
    now: DateTime<Utc>,
) -> (Headline, TimeSeries) {
    let today = uk_time::uk_local(now).date();
    let (on_today, last_7_days) = recent_counts(&tallies.daily, today);
    let newest = versions.iter().map(|v| v.number).max();
    let headline = Headline {
        total: tallies.total,
        today: on_today,
        last_7_days,
        channels: channel_counts(&tallies.channels, tallies.total),
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
    (headline, time_series(&tallies.daily, first, last))
}

pub async fn results(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    slug: &str,
    now: DateTime<Utc>,
) -> AppResult<ConsultationResults> {
    let row = find_for_staff(db, slug).await?;
    staff.ensure(Action::SeeResults, Target::Workspace(row.department_id))?;
    let dashboard = dashboard(db, &row, now).await?;
    let may_read_responses = staff.can(Action::ReadResponses, Target::Workspace(row.department_id));
    let dashboard = if may_read_responses {
        dashboard
    } else {
        dashboard.without_answers()
    };
    Ok(ConsultationResults {
        downloads: Default::default(),
        may_read_responses,
        staff,
        dashboard,
        filters: FilterPanel::default(),
        slug: row.slug,
        title: row.title,
    })
}

/// Every published version (row id, number, responses, questionnaire), oldest first.
pub async fn versions(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> AppResult<Vec<(i64, VersionCounts)>> {
    let mut versions = Vec::new();
    for version in published_versions(db, consultation_id).await? {
        versions.push((
            version.id,
            VersionCounts {
                number: version.number,
                responses: version.responses,
                questionnaire: load_questionnaire(db, version.id).await?,
            },
        ));
    }
    Ok(versions)
}

/// Every figure of the dashboard of `row`, for whoever may see it (the caller checks).
pub async fn dashboard(
    db: &impl ConnectionTrait,
    row: &consultation::Model,
    now: DateTime<Utc>,
) -> AppResult<Dashboard> {
    let versions = versions(db, row.id).await?;
    let tallies = kept_tallies(db, row.id, &versions).await?;
    draw(db, row, versions, &tallies, &Scope::All, now).await
}

/// The dashboard from its counts (whichever responses they are over).
pub async fn draw(
    db: &impl ConnectionTrait,
    row: &consultation::Model,
    versions: Vec<(i64, VersionCounts)>,
    tallies: &Tallies,
    scope: &Scope<'_>,
    now: DateTime<Utc>,
) -> AppResult<Dashboard> {
    // Each version's responses as counted here (all, or those the filter lets through).
    let versions: Vec<VersionCounts> = versions
        .into_iter()
        .map(|(id, mut v)| {
            v.responses = tallies.by_version.get(&id).copied().unwrap_or(0);
            v
        })
        .collect();
    let questions = questions_by_key(db, &versions, tallies, scope).await?;
    let (headline, over_time) = headline(row, &versions, tallies, now);
    Ok(Dashboard {
        status: ConsultationStatus::at(row.opens_at, row.closes_at, now),
        responses: tallies.total,
        last_response_at: tallies.last_response_at,
        headline,
        over_time,
        as_of: now,
        read_at_ms: now.timestamp_millis(),
        questions,
    })
}

/// What `versions` can be filtered by: the channels responses came through, the versions, and
/// the choice questions by key (the newest wording; options of every version, newest first).
pub fn filter_choices(versions: &[(i64, VersionCounts)], tallies: &Tallies) -> FilterChoices {
    let mut questions: Vec<ChoiceQuestion> = Vec::new();
    for (_, version) in versions.iter().rev() {
        for question in version
            .questionnaire
            .questions()
            .filter(|q| q.kind.is_choice())
        {
            let index = match questions.iter().position(|q| q.key == question.key) {
                Some(index) => index,
                None => {
                    questions.push(ChoiceQuestion {
                        key: question.key.clone(),
                        label: question.label.clone(),
                        options: Vec::new(),
                        multiple: matches!(question.kind, QuestionKind::MultipleChoice { .. }),
                    });
                    questions.len() - 1
                }
            };
            for option in question.kind.options() {
                if !questions[index]
                    .options
                    .iter()
                    .any(|(k, _)| *k == option.key)
                {
                    questions[index]
                        .options
                        .push((option.key.clone(), option.label.clone()));
                }
            }
        }
    }
    FilterChoices {
        channels: tallies
            .channels
            .iter()
            .map(|(code, _)| (code.clone(), channel_label(code)))
            .collect(),
        versions: versions.iter().map(|(_, v)| v.number).collect(),
        questions,
    }
}

/// The ids that stand for the option `option_key` of question `question_key` in each version.
fn option_ids(versions: &[(i64, VersionCounts)], question_key: &str, option_key: &str) -> Vec<i64> {
    versions
        .iter()
        .filter_map(|(_, v)| v.questionnaire.question_by_key(question_key))
        .flat_map(|q| {
            q.kind
                .options()
                .iter()
                .filter(|o| o.key == option_key)
                .map(|o| o.id)
        })
        .collect()
}

/// The ids of question `key` in each version that asked it.
fn question_ids(versions: &[(i64, VersionCounts)], key: &str) -> Vec<i64> {
    versions
        .iter()
        .filter_map(|(_, v)| v.questionnaire.question_by_key(key).map(|q| q.id))
        .collect()
}

/// A checked filter in ids, for `ConsultationIndex::select`.
pub fn selection_for(versions: &[(i64, VersionCounts)], filter: &ResultsFilter) -> Selection {
    Selection {
        version_ids: filter.version.map(|number| {
            versions
                .iter()
                .filter(|(_, v)| v.number == number)
                .map(|(id, _)| *id)
                .collect()
        }),
        channel: filter.channel.clone(),
        days: (filter.from.is_some() || filter.to.is_some()).then(|| filter.clone()),
        answers: filter
            .answers
            .iter()
            .map(|a| option_ids(versions, &a.question, &a.option))
            .collect(),
    }
}

/// Every question id of every version: the answers the sets are read from.
fn all_question_ids(versions: &[(i64, VersionCounts)]) -> Vec<i64> {
    versions
        .iter()
        .flat_map(|(_, v)| v.questionnaire.questions().map(|q| q.id))
        .collect()
}

/// Reads a consultation's filter sets in the background when its dashboard opens, so a first
/// filter does not wait for them (at a million responses that read takes 15 to 30 seconds); a
/// filter asked for meanwhile waits for this read rather than starting another.
pub async fn warm_filters(
    indexes: std::sync::Arc<ResultsIndexes>,
    db: sea_orm::DatabaseConnection,
    slug: String,
) {
    let warmed = async {
        let row = find_for_staff(&db, &slug).await?;
        let versions = versions(&db, row.id).await?;
        indexes
            .read(&db, row.id, &all_question_ids(&versions))
            .await
            .map(drop)
    };
    if let Err(error) = warmed.await {
        tracing::warn!(%error, slug, "could not read the filter sets ahead");
    }
}

/// Where a filtered view starts: the consultation (the permission checked), its versions, the
/// kept tallies, what it can be filtered by, and the address's filter checked (its mistakes in
/// the panel, and then nothing filtered).
pub struct Filtering {
    pub row: consultation::Model,
    pub versions: Vec<(i64, VersionCounts)>,
    pub kept: Tallies,
    pub choices: FilterChoices,
    pub filters: FilterPanel,
    pub filter: ResultsFilter,
}

pub async fn filtering(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
    action: Action,
    slug: &str,
    query: &FilterQuery,
) -> AppResult<Filtering> {
    let row = find_for_staff(db, slug).await?;
    staff.ensure(action, Target::Workspace(row.department_id))?;
    let versions = versions(db, row.id).await?;
    let kept = kept_tallies(db, row.id, &versions).await?;
    let choices = filter_choices(&versions, &kept);
    let mut filters = FilterPanel {
        query: query.clone(),
        ..FilterPanel::default()
    };
    let filter = match check(query, &choices) {
        Ok(filter) => filter,
        Err(errors) => {
            filters.errors = errors;
            ResultsFilter::default()
        }
    };
    Ok(Filtering {
        row,
        versions,
        kept,
        choices,
        filters,
        filter,
    })
}

/// A consultation's sets (caught up) and the responses `filter` lets through.
pub async fn chosen<C: ConnectionTrait + StreamTrait>(
    db: &C,
    indexes: &ResultsIndexes,
    consultation_id: i64,
    versions: &[(i64, VersionCounts)],
    filter: &ResultsFilter,
) -> AppResult<(HeldIndex, RoaringBitmap)> {
    let index = indexes
        .read(db, consultation_id, &all_question_ids(versions))
        .await?;
    let chosen = index.select(&selection_for(versions, filter));
    Ok((index, chosen))
}

/// The dashboard over the responses `query` lets through: from the kept tallies when it filters
/// nothing (or has mistakes, which the form then shows), else from the in-memory sets.
pub async fn filtered_results<C: ConnectionTrait + StreamTrait>(
    db: &C,
    indexes: &ResultsIndexes,
    staff: StaffIdentity,
    slug: &str,
    query: &FilterQuery,
    now: DateTime<Utc>,
) -> AppResult<ConsultationResults> {
    let Filtering {
        row,
        versions,
        kept,
        choices,
        mut filters,
        filter,
    } = filtering(db, &staff, Action::SeeResults, slug, query).await?;
    let dashboard = if filter.is_empty() {
        draw(db, &row, versions, &kept, &Scope::All, now).await?
    } else {
        filters.described = filter.describe_messages(&choices);
        filters.total = Some(kept.total);
        let (index, chosen) = chosen(db, indexes, row.id, &versions, &filter).await?;
        let summed: HashSet<i64> = versions
            .iter()
            .flat_map(|(_, v)| v.questionnaire.questions())
            .filter(|q| matches!(q.kind, QuestionKind::Number { .. }))
            .map(|q| q.id)
            .collect();
        let mut tallies = index.tallies(&chosen, &summed);
        tallies.last_response_at = match ConsultationIndex::latest(&chosen) {
            Some(id) => response::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|r| r.submitted_at),
            None => None,
        };
        let scope = Scope::Filtered {
            index: &index,
            chosen: &chosen,
        };
        draw(db, &row, versions, &tallies, &scope, now).await?
    };
    let may_read_responses = staff.can(Action::ReadResponses, Target::Workspace(row.department_id));
    let dashboard = if may_read_responses {
        dashboard
    } else {
        dashboard.without_answers()
    };
    filters.choices = choices;
    Ok(ConsultationResults {
        downloads: Default::default(),
        may_read_responses,
        staff,
        dashboard,
        filters,
        slug: row.slug,
        title: row.title,
    })
}

/// Two choice questions against each other over the responses `query`'s filter lets through.
pub async fn cross_tab<C: ConnectionTrait + StreamTrait>(
    db: &C,
    indexes: &ResultsIndexes,
    staff: StaffIdentity,
    slug: &str,
    query: &FilterQuery,
) -> AppResult<CrossTabPage> {
    let Filtering {
        row,
        versions,
        kept,
        choices,
        mut filters,
        filter,
    } = filtering(db, &staff, Action::SeeResults, slug, query).await?;
    let pair = match check_cross_tab(query, &choices) {
        Ok(pair) => pair,
        Err(errors) => {
            filters.errors.extend(errors);
            None
        }
    };
    if !filter.is_empty() {
        filters.described = filter.describe_messages(&choices);
        filters.total = Some(kept.total);
    }
    let mut responses = kept.total;
    let mut tab = None;
    if pair.is_some() || !filter.is_empty() {
        let (index, chosen) = chosen(db, indexes, row.id, &versions, &filter).await?;
        responses = chosen.len() as i64;
        if let Some((rows, columns)) = pair
            && let (Some(r), Some(c)) = (choices.question(&rows), choices.question(&columns))
        {
            let ids = |q: &ChoiceQuestion| -> Vec<Vec<i64>> {
                q.options
                    .iter()
                    .map(|(key, _)| option_ids(&versions, &q.key, key))
                    .collect()
            };
            let counts = index.cross_tab(
                &chosen,
                (&question_ids(&versions, &r.key), &ids(r)),
                (&question_ids(&versions, &c.key), &ids(c)),
            );
            tab = Some(CrossTab {
                rows_label: r.label.clone(),
                columns_label: c.label.clone(),
                row_labels: r.options.iter().map(|(_, l)| l.clone()).collect(),
                column_labels: c.options.iter().map(|(_, l)| l.clone()).collect(),
                multiple: r.multiple || c.multiple,
                counts,
            });
        }
    }
    filters.choices = choices;
    Ok(CrossTabPage {
        staff,
        filters,
        responses,
        tab,
        slug: row.slug,
        title: row.title,
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
    use crate::domain::results_filter::AnswerFilter;

    const KEY: &[u8] = b"results test signing key, 32 by";
    const SLUG: &str = "20mph-speed-limits";

    fn analyst() -> StaffIdentity {
        StaffIdentity {
            id: 1,
            email: "a@example.gov.uk".into(),
            display_name: "A".into(),
            site_admin: true,
            memberships: Vec::new(),
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
                    per_day
                        .get(&crate::domain::formats::format_date(point.start))
                        .copied()
                        .unwrap_or(0),
                    "{backend}: {}",
                    point.start
                );
            }

            check_questions(backend, &db, consultation.id, &results.dashboard, &answers).await;
        }
    }

    /// The sets give exactly the kept tallies over every response; and every filter (dates,
    /// channel, version, up to three answers, each alone and together) and cross-tab equals a
    /// count made the slow way over the responses it keeps, on every database — also after more
    /// responses arrive once the sets are read.
    #[tokio::test]
    async fn filtered_figures_match_counting_the_chosen_responses() {
        for (backend, db) in test_databases().await {
            let now = Utc::now();
            crate::demo::load_if_empty(&db, now).await.unwrap();
            crate::demo_responses::add_demo_responses(&db, KEY, SLUG, 150, now, 7)
                .await
                .unwrap();
            let indexes = ResultsIndexes::default();
            let consultation = find_for_staff(&db, SLUG).await.unwrap();
            let versions = versions(&db, consultation.id).await.unwrap();
            let kept = kept_tallies(&db, consultation.id, &versions).await.unwrap();
            {
                let index = indexes
                    .read(&db, consultation.id, &all_question_ids(&versions))
                    .await
                    .unwrap();
                let all = index.select(&Selection::default());
                let summed: HashSet<i64> = versions
                    .iter()
                    .flat_map(|(_, v)| v.questionnaire.questions())
                    .filter(|q| matches!(q.kind, QuestionKind::Number { .. }))
                    .map(|q| q.id)
                    .collect();
                let from_sets = index.tallies(&all, &summed);
                assert_eq!(from_sets.total, kept.total, "{backend}");
                assert_eq!(from_sets.by_version, kept.by_version, "{backend}");
                assert_eq!(from_sets.daily, kept.daily, "{backend}");
                assert_eq!(from_sets.channels, kept.channels, "{backend}");
                assert_eq!(from_sets.values, kept.values, "{backend}");
                assert_eq!(from_sets.cells, kept.cells, "{backend}");
                for (id, n) in &kept.answered {
                    assert_eq!(
                        from_sets.answered.get(id).copied().unwrap_or(0),
                        *n,
                        "{backend}"
                    );
                }
                for (id, n) in &kept.chosen {
                    assert_eq!(
                        from_sets.chosen.get(id).copied().unwrap_or(0),
                        *n,
                        "{backend}"
                    );
                }
                for (id, sum) in kept.sums.iter().chain(&kept.option_sums) {
                    let other = from_sets.sums.get(id).or(from_sets.option_sums.get(id));
                    assert!(
                        (other.copied().unwrap_or(0.0) - sum).abs() < 1e-6,
                        "{backend}"
                    );
                }
            }

            let choices = filter_choices(&versions, &kept);
            assert!(choices.questions.len() >= 2, "{backend}");
            let (q1, q2) = (&choices.questions[0], &choices.questions[1]);
            let pick = |q: &ChoiceQuestion, i: usize| {
                format!("{}.{}", q.key, q.options[i % q.options.len()].0)
            };
            let today = uk_time::uk_local(now).date();
            let week_ago = crate::domain::formats::iso_date(today - Duration::days(6));
            let queries = [
                FilterQuery {
                    answers: vec![pick(q1, 0)],
                    ..FilterQuery::default()
                },
                FilterQuery {
                    from: week_ago.clone(),
                    ..FilterQuery::default()
                },
                FilterQuery {
                    to: week_ago.clone(),
                    channel: "online".into(),
                    version: "1".into(),
                    answers: vec![pick(q1, 1), String::new(), pick(q2, 0)],
                    ..FilterQuery::default()
                },
                FilterQuery {
                    answers: vec![pick(q1, 0), pick(q2, 1), pick(q2, 2)],
                    ..FilterQuery::default()
                },
            ];
            for round in 0..2 {
                if round == 1 {
                    // More responses after the sets were read: the next reading catches up.
                    crate::demo_responses::add_demo_responses(&db, KEY, SLUG, 20, now, 8)
                        .await
                        .unwrap();
                }
                let responses: Vec<response::Model> = response::Entity::find()
                    .filter(response::Column::ConsultationId.eq(consultation.id))
                    .all(&db)
                    .await
                    .unwrap();
                let answers: Vec<answer::Model> = answer::Entity::find().all(&db).await.unwrap();
                for query in &queries {
                    let filter = check(query, &choices).unwrap();
                    let chose = |r: &response::Model, wanted: &AnswerFilter| {
                        let ids = option_ids(&versions, &wanted.question, &wanted.option);
                        answers.iter().any(|a| {
                            a.response_id == r.id && a.option_id.is_some_and(|o| ids.contains(&o))
                        })
                    };
                    let kept_ids: HashSet<i64> = responses
                        .iter()
                        .filter(|r| filter.takes_day(&uk_time::uk_day_key(r.submitted_at)))
                        .filter(|r| filter.channel.as_ref().is_none_or(|c| *c == r.channel))
                        .filter(|r| {
                            filter.version.is_none_or(|n| {
                                versions
                                    .iter()
                                    .any(|(id, v)| *id == r.version_id && v.number == n)
                            })
                        })
                        .filter(|r| filter.answers.iter().all(|wanted| chose(r, wanted)))
                        .map(|r| r.id)
                        .collect();
                    let results = filtered_results(&db, &indexes, analyst(), SLUG, query, now)
                        .await
                        .unwrap();
                    assert!(results.filters.errors.is_empty(), "{backend}");
                    assert_eq!(
                        results.filters.total,
                        Some(responses.len() as i64),
                        "{backend}"
                    );
                    assert_eq!(
                        results.dashboard.responses,
                        kept_ids.len() as i64,
                        "{backend}: {query:?}"
                    );
                    let counted: Vec<answer::Model> = answers
                        .iter()
                        .filter(|a| kept_ids.contains(&a.response_id))
                        .cloned()
                        .collect();
                    check_questions(backend, &db, consultation.id, &results.dashboard, &counted)
                        .await;
                    // The newest text answers shown are answers of kept responses.
                    let texts: HashSet<&str> = counted
                        .iter()
                        .filter_map(|a| a.text_value.as_deref())
                        .collect();
                    for question in &results.dashboard.questions {
                        if let QuestionSummary::Text { latest } = &question.summary {
                            assert!(
                                latest.iter().all(|t| texts.contains(t.as_str())),
                                "{backend}"
                            );
                        }
                    }

                    // The two questions against each other, under the same filter.
                    let tab_query = FilterQuery {
                        rows: q1.key.clone(),
                        columns: q2.key.clone(),
                        ..query.clone()
                    };
                    let page = cross_tab(&db, &indexes, analyst(), SLUG, &tab_query)
                        .await
                        .unwrap();
                    let tab = page.tab.expect("a cross-tab");
                    assert_eq!(page.responses, kept_ids.len() as i64, "{backend}");
                    let of = |q: &ChoiceQuestion, i: usize| AnswerFilter {
                        question: q.key.clone(),
                        option: q.options[i].0.clone(),
                    };
                    let answered = |r: &response::Model, q: &ChoiceQuestion| {
                        (0..q.options.len()).any(|i| chose(r, &of(q, i)))
                    };
                    let kept_rows: Vec<&response::Model> = responses
                        .iter()
                        .filter(|r| kept_ids.contains(&r.id))
                        .collect();
                    for (ri, row) in tab.counts.counts.iter().enumerate() {
                        for (ci, count) in row.iter().enumerate() {
                            let slow = kept_rows
                                .iter()
                                .filter(|r| chose(r, &of(q1, ri)) && chose(r, &of(q2, ci)))
                                .count() as i64;
                            assert_eq!(*count, slow, "{backend}: cell {ri},{ci}");
                        }
                        let slow = kept_rows
                            .iter()
                            .filter(|r| chose(r, &of(q1, ri)) && answered(r, q2))
                            .count() as i64;
                        assert_eq!(tab.counts.row_totals[ri], slow, "{backend}");
                    }
                    let both = kept_rows
                        .iter()
                        .filter(|r| answered(r, q1) && answered(r, q2))
                        .count() as i64;
                    assert_eq!(tab.counts.both, both, "{backend}");
                }
            }
        }
    }

    /// Every question's figures in `dashboard` equal a count made the slow way over `answers`
    /// (the rows of the responses it counts).
    async fn check_questions(
        backend: &str,
        db: &sea_orm::DatabaseConnection,
        consultation_id: i64,
        dashboard: &Dashboard,
        answers: &[answer::Model],
    ) {
        // Every question, by kind.
        let version = current_version(db, consultation_id).await.unwrap().unwrap();
        let questionnaire = load_questionnaire(db, version.id).await.unwrap();
        let asked: Vec<_> = questionnaire
            .questions()
            .filter(|q| !q.kind.is_content())
            .collect();
        assert_eq!(asked.len(), dashboard.questions.len());
        for (question, result) in asked.iter().zip(&dashboard.questions) {
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
            let chose =
                |option: i64| rows.iter().filter(|a| a.option_id == Some(option)).count() as i64;
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
                            SpreadValue::Day(v as i32)
                        } else {
                            SpreadValue::Number(format_number(v))
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
                        for (point, (count, _)) in question.kind.scale().iter().zip(&row.cells) {
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
