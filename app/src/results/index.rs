//! Filtered results without scanning responses (decision 0022).
//!
//! For each consultation whose results are filtered or cross-tabbed, the server keeps in memory,
//! as roaring bitmaps of response ids: every response; those of each version, channel and UK
//! day; those that answered each question; those that chose each option (statements and items
//! included); each grid cell; and each numeric value given per (question, option). A filtered
//! dashboard is then the intersection of a few sets, and each of its counts the size of an
//! intersection: the cost follows the number of options and values, never a scan of answer rows.
//!
//! The sets are read from the database the first time they are needed (one pass over the
//! consultation's answers) and brought up to date before every use by reading the responses
//! stored since (`catch_up`); if the count ever disagrees with the kept tally, or responses or
//! answers were taken away since (the tally's `removals`), they are read again from scratch. Sets
//! not used for `IDLE_FOR` are dropped.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use roaring::RoaringBitmap;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, StreamTrait,
};
use tokio::sync::{OwnedRwLockReadGuard, RwLock};

use super::service::Tallies;
use crate::db::entities::{answer, consultation_tally, response};
use crate::domain::results_filter::CrossTabCounts;
use crate::domain::uk_time;
use crate::error::{AppError, AppResult};

/// Responses stored out of id order (PostgreSQL hands out ids before transactions commit) are
/// found by re-reading this many ids below the highest one held.
const CATCH_UP_WINDOW: i64 = 2_000;

/// A consultation's sets are dropped after this long unused.
pub const IDLE_FOR: Duration = Duration::from_secs(30 * 60);

/// Answer ids read per query when catching up (within every database's parameter limit).
const CHUNK: usize = 500;

/// One consultation's sets of response ids.
#[derive(Debug, Default)]
pub struct ConsultationIndex {
    all: RoaringBitmap,
    max_id: i64,
    /// The consultation's `removals` count when the sets were read: when it has moved, a
    /// response or answers they hold were taken away, and they are read again.
    removals: i64,
    versions: HashMap<i64, RoaringBitmap>,
    channels: BTreeMap<String, RoaringBitmap>,
    days: BTreeMap<String, RoaringBitmap>,
    answered: HashMap<i64, RoaringBitmap>,
    options: HashMap<i64, RoaringBitmap>,
    cells: HashMap<(i64, i64), RoaringBitmap>,
    /// (question id, option id or 0) → value (as bits) → responses that gave it.
    values: HashMap<(i64, i64), HashMap<u64, RoaringBitmap>>,
}

/// What a filter asks for, in ids: every condition must hold.
#[derive(Debug, Default, Clone)]
pub struct Selection {
    pub version_ids: Option<Vec<i64>>,
    pub channel: Option<String>,
    /// Keeps a UK day (ISO) or not; `None`: any day.
    pub days: Option<crate::domain::results_filter::ResultsFilter>,
    /// For each answer filter, the option ids (one per version) that count as choosing it.
    pub answers: Vec<Vec<i64>>,
}

fn response_bit(id: i64) -> AppResult<u32> {
    u32::try_from(id).map_err(|_| {
        AppError::internal(
            "results index",
            format!("response id {id} is beyond the filtered results' range"),
        )
    })
}

fn union<'a>(sets: impl IntoIterator<Item = &'a RoaringBitmap>) -> RoaringBitmap {
    let mut all = RoaringBitmap::new();
    for set in sets {
        all |= set;
    }
    all
}

impl ConsultationIndex {
    /// How many responses the sets hold.
    pub fn len(&self) -> u64 {
        self.all.len()
    }

    pub fn is_empty(&self) -> bool {
        self.all.is_empty()
    }

    /// Bytes the sets take (bitmaps only), for the benchmarks and the logs.
    pub fn bytes(&self) -> usize {
        let maps = self
            .versions
            .values()
            .chain(self.channels.values())
            .chain(self.days.values())
            .chain(self.answered.values())
            .chain(self.options.values())
            .chain(self.cells.values())
            .chain(self.values.values().flat_map(|v| v.values()))
            .chain(std::iter::once(&self.all));
        maps.map(RoaringBitmap::serialized_size).sum()
    }

    fn add_response(
        &mut self,
        id: i64,
        version_id: i64,
        channel: &str,
        submitted_at: DateTime<Utc>,
    ) -> AppResult<()> {
        let bit = response_bit(id)?;
        self.all.insert(bit);
        self.max_id = self.max_id.max(id);
        self.versions.entry(version_id).or_default().insert(bit);
        if !self.channels.contains_key(channel) {
            self.channels
                .insert(channel.to_string(), RoaringBitmap::new());
        }
        if let Some(set) = self.channels.get_mut(channel) {
            set.insert(bit);
        }
        self.days
            .entry(uk_time::uk_day_key(submitted_at))
            .or_default()
            .insert(bit);
        Ok(())
    }

    /// One stored answer row, counted as `respond::service::store` counts it in the tallies.
    fn add_answer(&mut self, row: &AnswerRow) -> AppResult<()> {
        let bit = response_bit(row.0)?;
        let (question, option, number, scale) = (row.1, row.2, row.3, row.4);
        self.answered.entry(question).or_default().insert(bit);
        if let Some(option) = option {
            self.options.entry(option).or_default().insert(bit);
        }
        if let (Some(option), Some(scale)) = (option, scale) {
            self.cells.entry((option, scale)).or_default().insert(bit);
        }
        if let Some(value) = number.filter(|v| v.is_finite()) {
            self.values
                .entry((question, option.unwrap_or(0)))
                .or_default()
                .entry(value.to_bits())
                .or_default()
                .insert(bit);
        }
        Ok(())
    }

    /// The responses a filter lets through.
    pub fn select(&self, selection: &Selection) -> RoaringBitmap {
        let mut chosen = self.all.clone();
        if let Some(ids) = &selection.version_ids {
            chosen &= union(ids.iter().filter_map(|id| self.versions.get(id)));
        }
        if let Some(channel) = &selection.channel {
            match self.channels.get(channel) {
                Some(set) => chosen &= set,
                None => chosen.clear(),
            }
        }
        if let Some(filter) = &selection.days {
            chosen &= union(
                self.days
                    .iter()
                    .filter(|(day, _)| filter.takes_day(day))
                    .map(|(_, set)| set),
            );
        }
        for options in &selection.answers {
            chosen &= union(options.iter().filter_map(|id| self.options.get(id)));
        }
        chosen
    }

    /// Every count the dashboard draws, over the responses in `chosen`. `summed` are the number
    /// questions whose answers are added up (for their average).
    pub fn tallies(&self, chosen: &RoaringBitmap, summed: &HashSet<i64>) -> Tallies {
        let count = |set: &RoaringBitmap| set.intersection_len(chosen) as i64;
        let mut tallies = Tallies {
            total: chosen.len() as i64,
            by_version: self
                .versions
                .iter()
                .map(|(id, s)| (*id, count(s)))
                .collect(),
            daily: self
                .days
                .iter()
                .map(|(day, s)| (day.clone(), count(s)))
                .filter(|(_, n)| *n > 0)
                .collect(),
            channels: self
                .channels
                .iter()
                .map(|(channel, s)| (channel.clone(), count(s)))
                .filter(|(_, n)| *n > 0)
                .collect(),
            answered: self
                .answered
                .iter()
                .map(|(id, s)| (*id, count(s)))
                .collect(),
            chosen: self.options.iter().map(|(id, s)| (*id, count(s))).collect(),
            cells: self.cells.iter().map(|(k, s)| (*k, count(s))).collect(),
            ..Tallies::default()
        };
        for (&(question, option), by_value) in &self.values {
            let mut values: Vec<(f64, i64)> = by_value
                .iter()
                .map(|(bits, s)| (f64::from_bits(*bits), count(s)))
                .filter(|(_, n)| *n > 0)
                .collect();
            values.sort_by(|a, b| a.0.total_cmp(&b.0));
            let sum: f64 = values.iter().map(|(v, n)| v * *n as f64).sum();
            if option != 0 {
                *tallies.option_sums.entry(option).or_default() += sum;
            } else if summed.contains(&question) {
                *tallies.sums.entry(question).or_default() += sum;
            }
            tallies.values.insert((question, option), values);
        }
        tallies
    }

    /// The newest `n` responses in `chosen` that answered one of `question_ids` (`by_option`
    /// false) or chose one of these option ids (true), newest first.
    pub fn newest(
        &self,
        chosen: &RoaringBitmap,
        ids: &[i64],
        by_option: bool,
        n: usize,
    ) -> Vec<i64> {
        let sets = if by_option {
            &self.options
        } else {
            &self.answered
        };
        let among = union(ids.iter().filter_map(|id| sets.get(id))) & chosen;
        let len = among.len();
        (0..(n as u64).min(len))
            .filter_map(|i| among.select((len - 1 - i) as u32))
            .map(i64::from)
            .collect()
    }

    /// The highest response id in `chosen` (the latest stored).
    pub fn latest(chosen: &RoaringBitmap) -> Option<i64> {
        chosen.max().map(i64::from)
    }

    /// A cross-tab over `chosen`: rows and columns are options (each one id per version) of two
    /// questions (each one id per version).
    pub fn cross_tab(
        &self,
        chosen: &RoaringBitmap,
        rows: (&[i64], &[Vec<i64>]),
        columns: (&[i64], &[Vec<i64>]),
    ) -> CrossTabCounts {
        let sets = |option_ids: &[Vec<i64>]| -> Vec<RoaringBitmap> {
            option_ids
                .iter()
                .map(|ids| union(ids.iter().filter_map(|id| self.options.get(id))) & chosen)
                .collect()
        };
        let answered = |question_ids: &[i64]| {
            union(question_ids.iter().filter_map(|id| self.answered.get(id))) & chosen
        };
        let (row_sets, column_sets) = (sets(rows.1), sets(columns.1));
        let (answered_rows, answered_columns) = (answered(rows.0), answered(columns.0));
        CrossTabCounts {
            counts: row_sets
                .iter()
                .map(|r| {
                    column_sets
                        .iter()
                        .map(|c| r.intersection_len(c) as i64)
                        .collect()
                })
                .collect(),
            row_totals: row_sets
                .iter()
                .map(|r| r.intersection_len(&answered_columns) as i64)
                .collect(),
            column_totals: column_sets
                .iter()
                .map(|c| c.intersection_len(&answered_rows) as i64)
                .collect(),
            both: answered_rows.intersection_len(&answered_columns) as i64,
        }
    }
}

/// (response id, question id, option id, number, scale option id), as stored in `answers`.
type AnswerRow = (i64, i64, Option<i64>, Option<f64>, Option<i64>);

fn answer_columns() -> sea_orm::Select<answer::Entity> {
    answer::Entity::find()
        .select_only()
        .column(answer::Column::ResponseId)
        .column(answer::Column::QuestionId)
        .column(answer::Column::OptionId)
        .column(answer::Column::NumberValue)
        .column(answer::Column::ScaleOptionId)
}

fn response_columns() -> sea_orm::Select<response::Entity> {
    response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .column(response::Column::VersionId)
        .column(response::Column::Channel)
        .column(response::Column::SubmittedAt)
}

type ResponseRow = (i64, i64, String, DateTime<Utc>);

/// Reads a consultation's sets from the database: its responses, then the answers to its
/// questions (`question_ids`: every published version's), streamed so memory holds the sets only.
pub async fn load<C: ConnectionTrait + StreamTrait>(
    db: &C,
    consultation_id: i64,
    question_ids: &[i64],
) -> AppResult<ConsultationIndex> {
    let mut index = ConsultationIndex::default();
    {
        let mut rows = response_columns()
            .filter(response::Column::ConsultationId.eq(consultation_id))
            .into_tuple::<ResponseRow>()
            .stream(db)
            .await?;
        while let Some((id, version, channel, at)) = rows.try_next().await? {
            index.add_response(id, version, &channel, at)?;
        }
    }
    for ids in question_ids.chunks(CHUNK) {
        let mut rows = answer_columns()
            .filter(answer::Column::QuestionId.is_in(ids.iter().copied()))
            .into_tuple::<AnswerRow>()
            .stream(db)
            .await?;
        while let Some(row) = rows.try_next().await? {
            // An answer of a response not read above was stored after it: the catch-up adds
            // both together.
            if index.all.contains(response_bit(row.0)?) {
                index.add_answer(&row)?;
            }
        }
    }
    Ok(index)
}

impl ConsultationIndex {
    /// Adds the responses stored since the sets were read (and any stored out of id order
    /// within `CATCH_UP_WINDOW`), with their answers.
    async fn catch_up<C: ConnectionTrait>(
        &mut self,
        db: &C,
        consultation_id: i64,
    ) -> AppResult<()> {
        // Ids only (the window is mostly held already); whole rows for the new ones.
        let recent: Vec<i64> = response::Entity::find()
            .select_only()
            .column(response::Column::Id)
            .filter(response::Column::ConsultationId.eq(consultation_id))
            .filter(response::Column::Id.gt(self.max_id - CATCH_UP_WINDOW))
            .into_tuple()
            .all(db)
            .await?;
        let mut unseen = Vec::new();
        for id in recent {
            if !self.all.contains(response_bit(id)?) {
                unseen.push(id);
            }
        }
        // Everything read first, then added: a failed read leaves the sets as they were.
        let mut fresh: Vec<ResponseRow> = Vec::new();
        let mut answers: Vec<AnswerRow> = Vec::new();
        for ids in unseen.chunks(CHUNK) {
            fresh.extend(
                response_columns()
                    .filter(response::Column::Id.is_in(ids.iter().copied()))
                    .order_by_asc(response::Column::Id)
                    .into_tuple::<ResponseRow>()
                    .all(db)
                    .await?,
            );
            answers.extend(
                answer_columns()
                    .filter(answer::Column::ResponseId.is_in(ids.iter().copied()))
                    .into_tuple::<AnswerRow>()
                    .all(db)
                    .await?,
            );
        }
        for (id, version, channel, at) in fresh {
            self.add_response(id, version, &channel, at)?;
        }
        for row in &answers {
            self.add_answer(row)?;
        }
        Ok(())
    }
}

/// A consultation's sets, held for reading (others may read too; catching up waits).
pub type HeldIndex = OwnedRwLockReadGuard<Option<ConsultationIndex>, ConsultationIndex>;

struct Entry {
    index: Arc<RwLock<Option<ConsultationIndex>>>,
    used: Instant,
}

/// Every consultation's sets held by this server (in `AppState`).
#[derive(Default)]
pub struct ResultsIndexes {
    entries: Mutex<HashMap<i64, Entry>>,
}

impl ResultsIndexes {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// A consultation's sets, up to date with every response committed before the call: read
    /// the first time, caught up after. Held for reading while the caller counts.
    pub async fn read<C: ConnectionTrait + StreamTrait>(
        &self,
        db: &C,
        consultation_id: i64,
        question_ids: &[i64],
    ) -> AppResult<HeldIndex> {
        let slot = {
            let mut entries = self
                .entries
                .lock()
                .map_err(|_| AppError::internal("results index", "lock poisoned"))?;
            // Drop what nobody has used for a while (and nobody holds now).
            entries.retain(|_, e| e.used.elapsed() < IDLE_FOR || Arc::strong_count(&e.index) > 1);
            let entry = entries.entry(consultation_id).or_insert_with(|| Entry {
                index: Arc::new(RwLock::new(None)),
                used: Instant::now(),
            });
            entry.used = Instant::now();
            entry.index.clone()
        };
        // Read before catching up: every response counted here is then in the sets, and every
        // removal counted here is reflected in sets read from now on.
        let (kept, removals) = consultation_tally::Entity::find_by_id(consultation_id)
            .one(db)
            .await?
            .map_or((0, 0), |t| (t.responses, t.removals));
        let mut held = slot.write_owned().await;
        if let Some(index) = held.as_mut()
            && let Err(error) = index.catch_up(db, consultation_id).await
        {
            // Read afresh next time rather than trust sets that may be part-updated.
            *held = None;
            return Err(error);
        }
        let behind = held
            .as_ref()
            .is_none_or(|index| (index.len() as i64) < kept || index.removals != removals);
        if behind {
            let started = Instant::now();
            let mut index = load(db, consultation_id, question_ids).await?;
            index.removals = removals;
            tracing::info!(
                consultation_id,
                responses = index.len(),
                bytes = index.bytes(),
                took_ms = started.elapsed().as_millis() as u64,
                "read the filtered results' sets"
            );
            *held = Some(index);
        }
        OwnedRwLockReadGuard::try_map(held.downgrade(), Option::as_ref)
            .map_err(|_| AppError::internal("results index", "not read"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(response: i64, question: i64, option: Option<i64>, number: Option<f64>) -> AnswerRow {
        (response, question, option, number, None)
    }

    #[test]
    fn counts_follow_the_selection() {
        let mut index = ConsultationIndex::default();
        let day = |d: u32| chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 11, d, 12, 0, 0).unwrap();
        for id in 1..=10 {
            let channel = if id <= 7 { "online" } else { "paper" };
            index
                .add_response(id, 100 + id % 2, channel, day(id as u32))
                .unwrap();
            // Question 1: options 11 (odd responses) and 12 (even).
            let option = if id % 2 == 1 { 11 } else { 12 };
            index.add_answer(&row(id, 1, Some(option), None)).unwrap();
            // Question 2 (a number), answered by the first five.
            if id <= 5 {
                index
                    .add_answer(&row(id, 2, None, Some(id as f64)))
                    .unwrap();
            }
        }
        let all = index.select(&Selection::default());
        assert_eq!(all.len(), 10);
        let summed: HashSet<i64> = [2].into();
        let tallies = index.tallies(&all, &summed);
        assert_eq!(tallies.total, 10);
        assert_eq!(tallies.chosen[&11], 5);
        assert_eq!(tallies.answered[&2], 5);
        assert_eq!(tallies.sums[&2], 15.0);
        assert_eq!(
            tallies.channels,
            vec![("online".into(), 7), ("paper".into(), 3)]
        );

        let odd_online = index.select(&Selection {
            channel: Some("online".into()),
            answers: vec![vec![11]],
            ..Selection::default()
        });
        assert_eq!(odd_online.iter().collect::<Vec<_>>(), vec![1, 3, 5, 7]);
        let t = index.tallies(&odd_online, &summed);
        assert_eq!((t.total, t.answered[&2], t.sums[&2]), (4, 3, 9.0));
        assert_eq!(t.values[&(2, 0)], vec![(1.0, 1), (3.0, 1), (5.0, 1)]);
        assert_eq!(index.newest(&odd_online, &[1], false, 2), vec![7, 5]);
        assert_eq!(ConsultationIndex::latest(&odd_online), Some(7));

        let unknown = index.select(&Selection {
            channel: Some("carrier pigeon".into()),
            ..Selection::default()
        });
        assert!(unknown.is_empty());
        let version = index.select(&Selection {
            version_ids: Some(vec![100]),
            ..Selection::default()
        });
        assert_eq!(version.len(), 5);

        // Question 1 against itself split by channel: a cross-tab by hand.
        let tab = index.cross_tab(
            &all,
            (&[1], &[vec![11], vec![12]]),
            (&[1], &[vec![11], vec![12]]),
        );
        assert_eq!(tab.counts, vec![vec![5, 0], vec![0, 5]]);
        assert_eq!(tab.row_totals, vec![5, 5]);
        assert_eq!(tab.both, 10);
    }

    #[test]
    fn an_id_beyond_the_range_is_an_error_not_a_wrong_count() {
        let mut index = ConsultationIndex::default();
        assert!(
            index
                .add_response(i64::from(u32::MAX) + 1, 1, "online", Utc::now())
                .is_err()
        );
        assert!(index.is_empty());
    }
}
