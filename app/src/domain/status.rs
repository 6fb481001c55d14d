//! Where a consultation is in its life, worked out from its dates.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsultationStatus {
    Forthcoming,
    Open,
    Closed,
}

impl ConsultationStatus {
    /// Open from `opens_at` (inclusive) until `closes_at` (exclusive).
    pub fn at(opens_at: DateTime<Utc>, closes_at: DateTime<Utc>, now: DateTime<Utc>) -> Self {
        if now < opens_at {
            ConsultationStatus::Forthcoming
        } else if now < closes_at {
            ConsultationStatus::Open
        } else {
            ConsultationStatus::Closed
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ConsultationStatus::Forthcoming => "Forthcoming",
            ConsultationStatus::Open => "Open",
            ConsultationStatus::Closed => "Closed",
        }
    }

    /// A class name for the status tag's colour.
    pub fn css_modifier(self) -> &'static str {
        match self {
            ConsultationStatus::Forthcoming => "tag--forthcoming",
            ConsultationStatus::Open => "tag--open",
            ConsultationStatus::Closed => "tag--closed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn status_follows_the_dates_with_exact_boundaries() {
        let opens = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
        let closes = Utc.with_ymd_and_hms(2026, 4, 1, 23, 59, 0).unwrap();
        let second = chrono::Duration::seconds(1);
        let at = |now| ConsultationStatus::at(opens, closes, now);
        assert_eq!(at(opens - second), ConsultationStatus::Forthcoming);
        assert_eq!(at(opens), ConsultationStatus::Open);
        assert_eq!(at(closes - second), ConsultationStatus::Open);
        assert_eq!(at(closes), ConsultationStatus::Closed);
    }
}
