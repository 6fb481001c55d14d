//! Turning maintained counts into what the results page shows.

use serde::{Deserialize, Serialize};

/// A whole-number percentage for display, rounded half up; 0 when nobody answered.
pub fn percentage(count: i64, total: i64) -> u32 {
    if total <= 0 || count <= 0 {
        return 0;
    }
    ((count as f64 * 100.0 / total as f64) + 0.5)
        .floor()
        .min(100.0) as u32
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptionCount {
    pub label: String,
    pub count: i64,
    /// Share of the people who answered this question (for multiple choice these add up to more
    /// than 100%).
    pub percent: u32,
}

/// Per-option counts with percentages of `answered`.
pub fn option_counts(options: Vec<(String, i64)>, answered: i64) -> Vec<OptionCount> {
    options
        .into_iter()
        .map(|(label, count)| OptionCount {
            percent: percentage(count, answered),
            label,
            count,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_and_never_divide_by_zero() {
        assert_eq!(percentage(1, 3), 33);
        assert_eq!(percentage(2, 3), 67);
        assert_eq!(percentage(1, 8), 13);
        assert_eq!(percentage(0, 0), 0);
        assert_eq!(percentage(5, 0), 0);
        assert_eq!(percentage(3, 3), 100);
    }

    #[test]
    fn option_counts_keep_order() {
        let counts = option_counts(vec![("Yes".into(), 3), ("No".into(), 1)], 4);
        assert_eq!(counts[0].percent, 75);
        assert_eq!(counts[1].label, "No");
        assert_eq!(counts[1].percent, 25);
    }
}
