//! Downloads prepared in the background (decision 0024): when an export is large enough to take
//! a while, it is written into the database by one app server while the person who asked watches
//! its progress, then fetched from any server. What is pure about it lives here: which exports
//! are prepared, how a stored row is read (including one whose server stopped), and the words.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::dashboard::format_count;
use super::interface_text::{TextArg, text_with};
use super::language::Language;

/// Exports of more responses than this are prepared in the background unless the operator says
/// otherwise (`PREPARE_DOWNLOADS_ABOVE`): about two seconds of writing on a small server.
pub const DEFAULT_PREPARE_ABOVE: u64 = 10_000;

/// How long a prepared file is kept: time to come back to it the same day or the next.
pub const KEEP_FOR: Duration = Duration::from_secs(24 * 60 * 60);

/// How often a running preparation moves its row's `updated_at` on.
pub const HEARTBEAT: Duration = Duration::from_secs(2);

/// A preparation not heard of for this long has stopped (its server restarted or failed).
pub const STOPPED_AFTER: Duration = Duration::from_secs(60);

/// How many exports one app server writes at once; others wait their turn.
pub const AT_ONCE: usize = 2;

/// Whether an export of `responses` is prepared in the background rather than sent at once.
pub fn prepare_in_background(responses: u64, above: u64) -> bool {
    responses > above
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    /// From a form's `format` field: nothing else is guessed.
    pub fn parse(text: &str) -> Option<Format> {
        match text {
            "csv" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }

    /// The message naming it as people do: "CSV file", "Excel workbook".
    pub fn label_id(self) -> &'static str {
        match self {
            Format::Csv => "results-format-csv",
            Format::Xlsx => "results-format-xlsx",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// What a preparation stores as its state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Waiting for another export on its server to finish.
    Waiting,
    /// Reading responses and writing them out.
    Preparing,
    /// Every response written; the workbook is being put together and stored.
    Finishing,
    Ready,
    Failed,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Waiting => "waiting",
            Stage::Preparing => "preparing",
            Stage::Finishing => "finishing",
            Stage::Ready => "ready",
            Stage::Failed => "failed",
        }
    }

    pub fn parse(text: &str) -> Option<Stage> {
        [
            Stage::Waiting,
            Stage::Preparing,
            Stage::Finishing,
            Stage::Ready,
            Stage::Failed,
        ]
        .into_iter()
        .find(|stage| stage.as_str() == text)
    }

    fn is_running(self) -> bool {
        matches!(self, Stage::Waiting | Stage::Preparing | Stage::Finishing)
    }
}

/// A preparation as its row says, read at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StoredProgress {
    pub stage: Option<Stage>,
    pub done: i64,
    pub total: i64,
    pub bytes: i64,
    pub updated_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// What the person who asked is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Progress {
    Waiting,
    Preparing {
        done: i64,
        total: i64,
    },
    Finishing,
    Ready {
        bytes: i64,
    },
    Failed,
    /// Its server stopped before it finished.
    Stopped,
    /// Kept for `KEEP_FOR`, now removed (or about to be).
    Expired,
}

impl StoredProgress {
    pub fn at(&self, now: DateTime<Utc>) -> Progress {
        let Some(stage) = self.stage else {
            return Progress::Failed;
        };
        if now >= self.expires_at {
            return Progress::Expired;
        }
        let quiet = (now - self.updated_at).to_std().unwrap_or_default();
        if stage.is_running() && quiet > STOPPED_AFTER {
            return Progress::Stopped;
        }
        match stage {
            Stage::Waiting => Progress::Waiting,
            Stage::Preparing => Progress::Preparing {
                done: self.done.clamp(0, self.total.max(0)),
                total: self.total.max(0),
            },
            Stage::Finishing => Progress::Finishing,
            Stage::Ready => Progress::Ready { bytes: self.bytes },
            Stage::Failed => Progress::Failed,
        }
    }
}

impl Progress {
    /// Whether it may still change by itself (the page keeps watching).
    pub fn is_running(self) -> bool {
        matches!(
            self,
            Progress::Waiting | Progress::Preparing { .. } | Progress::Finishing
        )
    }

    /// How far it has got, 0 to 100, for a progress bar (`None`: nothing to measure yet).
    pub fn percent(self) -> Option<u8> {
        match self {
            Progress::Waiting => Some(0),
            Progress::Preparing { done, total } if total > 0 => {
                Some(((done.max(0) as u128 * 100) / total as u128).min(99) as u8)
            }
            Progress::Preparing { .. } => Some(0),
            Progress::Finishing => Some(99),
            Progress::Ready { .. } => Some(100),
            Progress::Failed | Progress::Stopped | Progress::Expired => None,
        }
    }

    /// The sentence the page shows (and a screen reader hears when it changes), in English
    /// (refusals, logs).
    pub fn text(self) -> String {
        self.text_in(Language::English)
    }

    /// The sentence the page shows, in `language`.
    pub fn text_in(self, language: Language) -> String {
        match self {
            Progress::Waiting => text_with(language, "results-progress-waiting", &[]),
            Progress::Preparing { done, total } => text_with(
                language,
                "results-progress-preparing",
                &[
                    ("done", TextArg::from(format_count(done))),
                    ("total", TextArg::from(format_count(total))),
                    ("percent", TextArg::from(self.percent().unwrap_or(0))),
                ],
            ),
            Progress::Finishing => text_with(language, "results-progress-finishing", &[]),
            Progress::Ready { .. } => text_with(language, "results-progress-ready", &[]),
            Progress::Failed => text_with(language, "results-progress-failed", &[]),
            Progress::Stopped => text_with(language, "results-progress-stopped", &[]),
            Progress::Expired => text_with(
                language,
                "results-progress-expired",
                &[("hours", TextArg::from(KEEP_FOR.as_secs() / 3600))],
            ),
        }
    }

    /// The message of its short label in the list on the dashboard.
    pub fn tag_id(self) -> &'static str {
        match self {
            Progress::Waiting => "results-progress-tag-waiting",
            Progress::Preparing { .. } | Progress::Finishing => "results-progress-tag-preparing",
            Progress::Ready { .. } => "results-progress-tag-ready",
            Progress::Failed | Progress::Stopped => "results-progress-tag-not-finished",
            Progress::Expired => "results-progress-tag-removed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(stage: &str, done: i64, quiet_secs: i64) -> StoredProgress {
        let now = now();
        StoredProgress {
            stage: Stage::parse(stage),
            done,
            total: 1_000_000,
            bytes: 5_000,
            updated_at: now - chrono::Duration::seconds(quiet_secs),
            expires_at: now + chrono::Duration::hours(1),
        }
    }

    fn now() -> DateTime<Utc> {
        "2026-11-27T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn only_exports_larger_than_the_limit_are_prepared() {
        assert!(!prepare_in_background(10_000, DEFAULT_PREPARE_ABOVE));
        assert!(prepare_in_background(10_001, DEFAULT_PREPARE_ABOVE));
        assert!(prepare_in_background(1, 0));
        assert!(!prepare_in_background(0, 0));
    }

    #[test]
    fn formats_are_read_exactly() {
        assert_eq!(Format::parse("csv"), Some(Format::Csv));
        assert_eq!(Format::parse("xlsx"), Some(Format::Xlsx));
        for bad in ["", "CSV", "xls", "csv ", "pdf"] {
            assert_eq!(Format::parse(bad), None, "{bad:?}");
        }
        for format in [Format::Csv, Format::Xlsx] {
            assert_eq!(Format::parse(format.as_str()), Some(format));
        }
    }

    #[test]
    fn stages_read_back_and_anything_else_reads_as_failed() {
        for stage in [
            Stage::Waiting,
            Stage::Preparing,
            Stage::Finishing,
            Stage::Ready,
            Stage::Failed,
        ] {
            assert_eq!(Stage::parse(stage.as_str()), Some(stage));
        }
        assert_eq!(stored("nonsense", 0, 0).at(now()), Progress::Failed);
    }

    #[test]
    fn a_running_preparation_not_heard_of_for_a_minute_has_stopped() {
        assert_eq!(
            stored("preparing", 250_000, 5).at(now()),
            Progress::Preparing {
                done: 250_000,
                total: 1_000_000
            }
        );
        assert_eq!(
            stored("preparing", 250_000, 61).at(now()),
            Progress::Stopped
        );
        assert_eq!(stored("waiting", 0, 61).at(now()), Progress::Stopped);
        assert_eq!(stored("finishing", 0, 61).at(now()), Progress::Stopped);
        // Finished ones do not move, however long ago they were last touched.
        assert_eq!(
            stored("ready", 0, 3600).at(now()),
            Progress::Ready { bytes: 5_000 }
        );
        assert_eq!(stored("failed", 0, 3600).at(now()), Progress::Failed);
    }

    #[test]
    fn anything_past_its_expiry_is_expired() {
        let mut ready = stored("ready", 0, 0);
        ready.expires_at = now();
        assert_eq!(ready.at(now()), Progress::Expired);
        assert!(!Progress::Expired.is_running());
    }

    #[test]
    fn progress_is_counted_honestly() {
        let at = |done| Progress::Preparing {
            done,
            total: 1_000_000,
        };
        assert_eq!(at(0).percent(), Some(0));
        assert_eq!(at(250_000).percent(), Some(25));
        // Never 100% until the file is stored.
        assert_eq!(at(1_000_000).percent(), Some(99));
        assert_eq!(Progress::Ready { bytes: 1 }.percent(), Some(100));
        assert_eq!(Progress::Preparing { done: 0, total: 0 }.percent(), Some(0));
        assert_eq!(
            at(250_000).text(),
            "250,000 of 1,000,000 responses written (25%)."
        );
        // A stored count beyond the total (rows added meanwhile) is shown as the total.
        let mut over = stored("preparing", 2_000_000, 0);
        over.total = 10;
        assert_eq!(
            over.at(now()),
            Progress::Preparing {
                done: 10,
                total: 10
            }
        );
        assert!(Progress::Finishing.is_running());
        assert!(!Progress::Stopped.is_running());
        assert!(Progress::Stopped.text().contains("Prepare it again"));
        assert!(Progress::Expired.text().contains("24 hours"));
    }
}
