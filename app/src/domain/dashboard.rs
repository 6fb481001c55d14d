//! The results dashboard's figures, from counts kept as responses arrive: the headline, responses
//! over time, and the distribution of number and date answers. Pure functions, so every figure is
//! unit-tested here and the service only reads tallies.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::results::percentage;

/// The channel of a response made on the website.
pub const CHANNEL_ONLINE: &str = "online";

/// A channel's name in English (exports, and what the dashboard's DTOs carry).
pub fn channel_label(code: &str) -> String {
    match code {
        CHANNEL_ONLINE => "Online".into(),
        "paper" => "Paper".into(),
        "phone" => "Phone".into(),
        "email" => "Email".into(),
        other => other.to_string(),
    }
}

/// The message naming a channel, for those the site knows.
pub fn channel_label_id(code: &str) -> Option<&'static str> {
    match code {
        CHANNEL_ONLINE => Some("results-channel-online"),
        "paper" => Some("results-channel-paper"),
        "phone" => Some("results-channel-phone"),
        "email" => Some("results-channel-email"),
        _ => None,
    }
}

/// A count as the UK writes it: "1,234,567".
pub fn format_count(count: i64) -> String {
    let digits = count.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if count < 0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelCount {
    /// The channel's code ("online"), for its name in the page's language.
    #[serde(default)]
    pub code: String,
    pub label: String,
    pub count: i64,
    /// Share of all responses.
    pub percent: u32,
}

/// Responses through each channel, most first (ties by name), with their share of `total`.
pub fn channel_counts(channels: &[(String, i64)], total: i64) -> Vec<ChannelCount> {
    let mut counts: Vec<ChannelCount> = channels
        .iter()
        .filter(|(_, count)| *count > 0)
        .map(|(code, count)| ChannelCount {
            code: code.clone(),
            label: channel_label(code),
            count: *count,
            percent: percentage(*count, total),
        })
        .collect();
    counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    counts
}

/// Responses on the UK day `today` and in the seven UK days ending with it, from per-day counts
/// keyed `YYYY-MM-DD` (keys that are not dates are ignored).
pub fn recent_counts(daily: &[(String, i64)], today: NaiveDate) -> (i64, i64) {
    let week_start = today - Duration::days(6);
    let mut on_today = 0;
    let mut last_7_days = 0;
    for (key, count) in daily {
        let Ok(day) = NaiveDate::parse_from_str(key, "%Y-%m-%d") else {
            continue;
        };
        if day == today {
            on_today += count;
        }
        if day >= week_start && day <= today {
            last_7_days += count;
        }
    }
    (on_today, last_7_days)
}

/// How responses over time are grouped: by day for a consultation of up to `MAX_DAILY_POINTS`
/// days, otherwise by week (a chart of 300 thin columns says less than one of 43 weeks).
pub const MAX_DAILY_POINTS: i64 = 92;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    Day,
    Week,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeriodCount {
    /// The UK day, or the Monday its week starts on: the page names it in its language, short
    /// for the chart's axis ("3 Nov") and in full for the table ("3 November 2026", or "Week
    /// starting 2 November 2026").
    pub start: NaiveDate,
    pub count: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeSeries {
    pub period: Period,
    pub points: Vec<PeriodCount>,
}

impl TimeSeries {
    /// "d" or "w": part of what a dashboard's layout depends on.
    pub fn period_code(&self) -> &'static str {
        match self.period {
            Period::Day => "d",
            Period::Week => "w",
        }
    }
}

/// Responses per UK day (or per week starting Monday) from `first` to `last` inclusive, every
/// day present (days without responses count 0), from per-day counts keyed `YYYY-MM-DD`. Empty
/// when `last` is before `first` (a consultation that has not opened).
pub fn time_series(daily: &[(String, i64)], first: NaiveDate, last: NaiveDate) -> TimeSeries {
    let by_day: HashMap<NaiveDate, i64> = daily
        .iter()
        .filter_map(|(key, count)| Some((NaiveDate::parse_from_str(key, "%Y-%m-%d").ok()?, *count)))
        .collect();
    if last < first {
        return TimeSeries {
            period: Period::Day,
            points: Vec::new(),
        };
    }
    let days = (last - first).num_days() + 1;
    let period = if days > MAX_DAILY_POINTS {
        Period::Week
    } else {
        Period::Day
    };
    let mut points = Vec::new();
    let mut start = match period {
        Period::Day => first,
        Period::Week => first - Duration::days(first.weekday().num_days_from_monday().into()),
    };
    let step = match period {
        Period::Day => 1,
        Period::Week => 7,
    };
    while start <= last {
        let count = (0..step)
            .map(|d| start + Duration::days(d))
            .filter(|day| *day >= first && *day <= last)
            .map(|day| by_day.get(&day).copied().unwrap_or(0))
            .sum();
        points.push(PeriodCount { start, count });
        start += Duration::days(step);
    }
    TimeSeries { period, points }
}

/// The message of a month's short name, for a chart's axis ("Nov").
pub fn short_month_id(month: u32) -> &'static str {
    [
        "results-month-short-1",
        "results-month-short-2",
        "results-month-short-3",
        "results-month-short-4",
        "results-month-short-5",
        "results-month-short-6",
        "results-month-short-7",
        "results-month-short-8",
        "results-month-short-9",
        "results-month-short-10",
        "results-month-short-11",
        "results-month-short-12",
    ]
    .get(month.saturating_sub(1) as usize)
    .copied()
    .unwrap_or("results-month-short-1")
}

/// One bar of a histogram: answers from `low` to `high` — `high` itself included or, for bins
/// of decimals other than the last, not ("0.5 to under 1").
#[derive(Clone, Debug, PartialEq)]
pub struct Bin {
    pub low: f64,
    pub high: f64,
    pub high_included: bool,
    pub count: i64,
}

/// The spread of a number or date question's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Distribution {
    pub lowest: f64,
    pub median: f64,
    pub highest: f64,
    pub answers: i64,
    pub bins: Vec<Bin>,
}

/// Histograms have one bar per value when there are at most this many values, otherwise this
/// many bars of equal width.
pub const MAX_BINS: usize = 10;

/// The distribution of answers given as (value, how many gave it) pairs, in any order, values
/// repeated or not. `whole` values (whole numbers, dates as day numbers) get bins of whole
/// widths that do not overlap ("10 to 19", "20 to 29"). The median of an even count is the mean
/// of the two middle values, or with `lower_median` the lower of them (a date between two days
/// is no date). `None` when there are no answers.
pub fn distribution(
    values: &[(f64, i64)],
    whole: bool,
    lower_median: bool,
) -> Option<Distribution> {
    let mut merged: Vec<(f64, i64)> = Vec::new();
    let mut sorted: Vec<(f64, i64)> = values
        .iter()
        .copied()
        .filter(|(v, c)| v.is_finite() && *c > 0)
        .collect();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (value, count) in sorted {
        match merged.last_mut() {
            Some((last, total)) if *last == value => *total += count,
            _ => merged.push((value, count)),
        }
    }
    let (lowest, highest) = (merged.first()?.0, merged.last()?.0);
    let answers: i64 = merged.iter().map(|(_, c)| c).sum();

    // The k-th answer in order (0-based).
    let nth = |k: i64| {
        let mut seen = 0;
        for (value, count) in &merged {
            seen += count;
            if k < seen {
                return *value;
            }
        }
        highest
    };
    let median = if answers % 2 == 1 || lower_median {
        nth((answers - 1) / 2)
    } else {
        (nth(answers / 2 - 1) + nth(answers / 2)) / 2.0
    };

    let bins = if merged.len() <= MAX_BINS {
        merged
            .iter()
            .map(|(value, count)| Bin {
                low: *value,
                high: *value,
                high_included: true,
                count: *count,
            })
            .collect()
    } else if whole {
        let span = highest - lowest + 1.0;
        let width = (span / MAX_BINS as f64).ceil();
        let count = (span / width).ceil() as usize;
        let mut bins: Vec<Bin> = (0..count)
            .map(|k| {
                let low = lowest + k as f64 * width;
                Bin {
                    low,
                    high: (low + width - 1.0).min(highest),
                    high_included: true,
                    count: 0,
                }
            })
            .collect();
        for (value, n) in &merged {
            let k = (((value - lowest) / width).floor() as usize).min(count - 1);
            bins[k].count += n;
        }
        bins
    } else {
        let width = (highest - lowest) / MAX_BINS as f64;
        let mut bins: Vec<Bin> = (0..MAX_BINS)
            .map(|k| Bin {
                low: lowest + k as f64 * width,
                high: if k + 1 == MAX_BINS {
                    highest
                } else {
                    lowest + (k + 1) as f64 * width
                },
                high_included: k + 1 == MAX_BINS,
                count: 0,
            })
            .collect();
        for (value, n) in &merged {
            // The division's guess, put right against the bins' own edges (0.3 / 0.1 is not 3).
            let mut k = (((value - lowest) / width).floor() as usize).min(MAX_BINS - 1);
            while k + 1 < MAX_BINS && *value >= bins[k + 1].low {
                k += 1;
            }
            while k > 0 && *value < bins[k].low {
                k -= 1;
            }
            bins[k].count += n;
        }
        bins
    };
    Some(Distribution {
        lowest,
        median,
        highest,
        answers,
        bins,
    })
}

/// Where a bar of `value` ends, as a percentage of the widest bar's room (`max` fills it), to two
/// decimal places; 0 for nothing or a non-positive `max`.
pub fn bar_percent(value: f64, max: f64) -> f64 {
    if max.is_nan() || value.is_nan() || max <= 0.0 || value <= 0.0 {
        return 0.0;
    }
    ((value / max).min(1.0) * 10_000.0).round() / 100.0
}

/// A label cut to at most `max_chars` characters (with an ellipsis) for a chart, where text
/// cannot wrap; the table beside it has the whole text.
pub fn short_label(label: &str, max_chars: usize) -> String {
    if label.chars().count() <= max_chars {
        return label.to_string();
    }
    let cut: String = label.chars().take(max_chars.saturating_sub(1)).collect();
    format!("{}\u{2026}", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn daily(pairs: &[(&str, i64)]) -> Vec<(String, i64)> {
        pairs.iter().map(|(d, c)| (d.to_string(), *c)).collect()
    }

    #[test]
    fn counts_are_written_with_thousands_separators() {
        assert_eq!(format_count(0), "0");
        assert_eq!(format_count(999), "999");
        assert_eq!(format_count(1000), "1,000");
        assert_eq!(format_count(1_234_567), "1,234,567");
        assert_eq!(format_count(-12_345), "-12,345");
    }

    #[test]
    fn channels_are_named_and_ordered_by_count() {
        let counts = channel_counts(
            &[
                ("paper".into(), 25),
                (CHANNEL_ONLINE.into(), 75),
                ("phone".into(), 0),
            ],
            100,
        );
        assert_eq!(
            counts,
            vec![
                ChannelCount {
                    code: "online".into(),
                    label: "Online".into(),
                    count: 75,
                    percent: 75
                },
                ChannelCount {
                    code: "paper".into(),
                    label: "Paper".into(),
                    count: 25,
                    percent: 25
                },
            ]
        );
        assert_eq!(channel_label("carrier pigeon"), "carrier pigeon");
    }

    #[test]
    fn today_and_the_last_seven_days_include_today_and_six_before() {
        let days = daily(&[
            ("2026-11-27", 3),
            ("2026-11-21", 5),
            ("2026-11-20", 100),
            ("2026-11-28", 1000),
            ("not a day", 7),
        ]);
        assert_eq!(recent_counts(&days, day("2026-11-27")), (3, 8));
        assert_eq!(recent_counts(&[], day("2026-11-27")), (0, 0));
    }

    #[test]
    fn time_series_has_every_day_including_empty_ones() {
        let series = time_series(
            &daily(&[("2026-11-02", 4), ("2026-11-04", 1), ("2026-12-01", 9)]),
            day("2026-11-02"),
            day("2026-11-05"),
        );
        assert_eq!(series.period, Period::Day);
        let counts: Vec<i64> = series.points.iter().map(|p| p.count).collect();
        assert_eq!(counts, vec![4, 0, 1, 0]);
        assert_eq!(series.points[0].start, day("2026-11-02"));
        assert_eq!(series.points[3].start, day("2026-11-05"));
    }

    #[test]
    fn long_consultations_are_counted_by_week_starting_monday() {
        // 2026-11-04 is a Wednesday: the first week starts on Monday 2 November but counts only
        // the days from the first.
        let first = day("2026-11-04");
        let last = first + Duration::days(MAX_DAILY_POINTS);
        let series = time_series(
            &daily(&[
                ("2026-11-02", 50),
                ("2026-11-04", 1),
                ("2026-11-08", 2),
                ("2026-11-09", 4),
            ]),
            first,
            last,
        );
        assert_eq!(series.period, Period::Week);
        assert_eq!(series.points[0].start, day("2026-11-02"));
        assert_eq!(series.points[1].start, day("2026-11-09"));
        assert_eq!(series.points[0].count, 3);
        assert_eq!(series.points[1].count, 4);
        let total: i64 = series.points.iter().map(|p| p.count).sum();
        assert_eq!(total, 7);
    }

    #[test]
    fn nothing_over_time_before_opening() {
        assert!(
            time_series(&[], day("2026-12-01"), day("2026-11-01"))
                .points
                .is_empty()
        );
    }

    /// The distribution computed by sorting every answer, for comparison.
    fn brute_force(values: &[(f64, i64)], lower_median: bool) -> (f64, f64, f64) {
        let mut all: Vec<f64> = values
            .iter()
            .flat_map(|(v, c)| std::iter::repeat_n(*v, *c as usize))
            .collect();
        all.sort_by(f64::total_cmp);
        let n = all.len();
        let median = if n % 2 == 1 || lower_median {
            all[(n - 1) / 2]
        } else {
            (all[n / 2 - 1] + all[n / 2]) / 2.0
        };
        (all[0], median, all[n - 1])
    }

    #[test]
    fn median_lowest_and_highest_match_sorting_every_answer() {
        let cases: Vec<Vec<(f64, i64)>> = vec![
            vec![(5.0, 1)],
            vec![(1.0, 1), (2.0, 1)],
            vec![(3.0, 2), (1.0, 1), (10.0, 4)],
            vec![(2.5, 3), (-1.0, 3), (7.25, 1), (2.5, 2)],
            (0..40)
                .map(|v| (f64::from(v * 3 % 17), i64::from(v % 4 + 1)))
                .collect(),
        ];
        for values in cases {
            for (whole, lower) in [(false, false), (true, false), (true, true)] {
                let d = distribution(&values, whole, lower).unwrap();
                assert_eq!(
                    (d.lowest, d.median, d.highest),
                    brute_force(&values, lower),
                    "{values:?} whole={whole} lower={lower}"
                );
                let counted: i64 = d.bins.iter().map(|b| b.count).sum();
                assert_eq!(counted, values.iter().map(|(_, c)| c).sum::<i64>());
                assert_eq!(d.answers, counted);
            }
        }
        assert_eq!(distribution(&[], true, false), None);
        assert_eq!(distribution(&[(f64::NAN, 3), (1.0, 0)], true, false), None);
    }

    #[test]
    fn few_values_get_a_bar_each() {
        let d = distribution(&[(2.0, 3), (1.0, 1), (2.0, 1)], true, false).unwrap();
        assert_eq!(
            d.bins,
            vec![
                Bin {
                    low: 1.0,
                    high: 1.0,
                    high_included: true,
                    count: 1
                },
                Bin {
                    low: 2.0,
                    high: 2.0,
                    high_included: true,
                    count: 4
                }
            ]
        );
    }

    #[test]
    fn whole_numbers_get_whole_bins_that_do_not_overlap() {
        // Ages 18 to 90: 73 values in bins 8 wide.
        let values: Vec<(f64, i64)> = (18..=90).map(|a| (f64::from(a), 1)).collect();
        let d = distribution(&values, true, false).unwrap();
        assert_eq!(d.bins.len(), 10);
        assert_eq!((d.bins[0].low, d.bins[0].high), (18.0, 25.0));
        assert_eq!((d.bins[1].low, d.bins[1].high), (26.0, 33.0));
        assert_eq!(d.bins.last().unwrap().high, 90.0);
        for pair in d.bins.windows(2) {
            assert_eq!(pair[0].high + 1.0, pair[1].low);
        }
        assert_eq!(d.bins[0].count, 8);
    }

    #[test]
    fn decimals_get_ten_equal_bins_with_the_highest_in_the_last() {
        let values: Vec<(f64, i64)> = (0..=20).map(|v| (f64::from(v) / 2.0, 1)).collect();
        let d = distribution(&values, false, false).unwrap();
        assert_eq!(d.bins.len(), MAX_BINS);
        assert_eq!(d.bins[0].low, 0.0);
        assert_eq!(d.bins[9].high, 10.0);
        assert_eq!(d.bins[9].count, 3);
        assert!(d.bins[9].high_included && !d.bins[8].high_included);
        // Each value sits in the bin whose edges hold it, however the division rounds.
        let tenths: Vec<(f64, i64)> = (0..=30).map(|v| (f64::from(v) / 10.0, 1)).collect();
        let d = distribution(&tenths, false, false).unwrap();
        for (value, _) in &tenths {
            let holding: Vec<&Bin> = d
                .bins
                .iter()
                .filter(|b| {
                    *value >= b.low && (*value < b.high || (b.high_included && *value <= b.high))
                })
                .collect();
            assert_eq!(holding.len(), 1, "{value}");
        }
        let counts: Vec<i64> = d.bins.iter().map(|b| b.count).collect();
        assert_eq!(counts.iter().sum::<i64>(), 31);
    }

    #[test]
    fn bars_are_a_share_of_the_widest() {
        assert_eq!(bar_percent(50.0, 200.0), 25.0);
        assert_eq!(bar_percent(1.0, 3.0), 33.33);
        assert_eq!(bar_percent(5.0, 0.0), 0.0);
        assert_eq!(bar_percent(f64::NAN, 1.0), 0.0);
        assert_eq!(bar_percent(9.0, 3.0), 100.0);
    }

    #[test]
    fn long_labels_are_cut_on_a_character_with_an_ellipsis() {
        assert_eq!(short_label("Short", 10), "Short");
        assert_eq!(short_label("Strongly agree indeed", 10), "Strongly\u{2026}");
        assert_eq!(short_label("ŵŵŵŵŵŵ", 4), "ŵŵŵ\u{2026}");
    }
}
