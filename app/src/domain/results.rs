//! Turning maintained counts into what the results page shows: across every published version of
//! a questionnaire, by stable keys, so rewording, reordering or removing never loses an answer
//! or gives it to another question.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::questionnaire::{Question, Questionnaire};

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
    pub key: String,
    /// As the newest version holding the option words it.
    pub label: String,
    pub count: i64,
    /// For ranking and points questions: the sum of the ranks or points given to the option.
    pub sum: f64,
    /// Share of the people who answered this question (for multiple choice these add up to more
    /// than 100%).
    pub percent: u32,
    /// The version the option was taken out in: its past answers still count.
    pub removed_in: Option<i32>,
}

/// One published version of a questionnaire with the responses it received.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionCounts {
    pub number: i32,
    pub responses: i64,
    pub questionnaire: Questionnaire,
}

/// A question's results over every version that asked it (it is the same question wherever it
/// has the same key).
#[derive(Clone, Debug, PartialEq)]
pub struct KeyedQuestion {
    pub key: String,
    /// The newest version's wording and settings.
    pub question: Question,
    /// Every version's row id for it: text answers are read by these.
    pub question_ids: Vec<i64>,
    pub answered: i64,
    /// Responses to the versions that asked it.
    pub asked: i64,
    /// The version it first appeared in, when that is not the first published version.
    pub added_in: Option<i32>,
    /// The version it was taken out in, when the newest published version no longer asks it.
    pub removed_in: Option<i32>,
    /// For choice questions: each option ever offered, by key.
    pub options: Vec<OptionCount>,
}

/// Merges the counts of every published version (`answered` by question row id, `chosen` and
/// `sums` by option row id) by stable keys. Questions come in the newest version's order, then those
/// taken out (most recently removed first); options likewise within a question. A question
/// whose kind differs from its newest definition in some version (the builder refuses such a
/// change: decision 0007) takes no counts from that version rather than mixing two kinds.
pub fn by_key(
    versions: &[VersionCounts],
    answered: &HashMap<i64, i64>,
    chosen: &HashMap<i64, i64>,
    sums: &HashMap<i64, f64>,
) -> Vec<KeyedQuestion> {
    let mut versions: Vec<&VersionCounts> = versions.iter().collect();
    versions.sort_by_key(|v| v.number);
    let (Some(first), Some(newest)) = (versions.first(), versions.last()) else {
        return Vec::new();
    };
    // The version after `number` (None after the newest).
    let next_after = |number: i32| versions.iter().map(|v| v.number).find(|&n| n > number);

    // Keys in display order: the newest version's, then removed ones, most recent first.
    let mut keys: Vec<&str> = Vec::new();
    for version in versions.iter().rev() {
        for question in version.questionnaire.questions() {
            if !keys.contains(&question.key.as_str()) {
                keys.push(&question.key);
            }
        }
    }

    keys.into_iter()
        .map(|key| {
            // (version number, responses, the question as that version asked it), oldest first.
            let asked_in: Vec<(i32, i64, &Question)> = versions
                .iter()
                .filter_map(|v| {
                    v.questionnaire
                        .question_by_key(key)
                        .map(|q| (v.number, v.responses, q))
                })
                .collect();
            let &(last_number, _, latest) = asked_in.last().expect("a key comes from a version");
            let same_kind: Vec<&(i32, i64, &Question)> = asked_in
                .iter()
                .filter(|(_, _, q)| q.kind.code() == latest.kind.code())
                .collect();
            let answered_count: i64 = same_kind
                .iter()
                .map(|(_, _, q)| answered.get(&q.id).copied().unwrap_or(0))
                .sum();

            let mut option_keys: Vec<&str> = Vec::new();
            for (_, _, q) in same_kind.iter().rev() {
                for option in q.kind.options() {
                    if !option_keys.contains(&option.key.as_str()) {
                        option_keys.push(&option.key);
                    }
                }
            }
            let options = option_keys
                .into_iter()
                .map(|option_key| {
                    let offered: Vec<(i32, &super::ChoiceOption)> = same_kind
                        .iter()
                        .filter_map(|(number, _, q)| {
                            q.kind
                                .options()
                                .iter()
                                .find(|o| o.key == option_key)
                                .map(|o| (*number, o))
                        })
                        .collect();
                    let &(last_offered, option) =
                        offered.last().expect("a key comes from a version");
                    let count = offered
                        .iter()
                        .map(|(_, o)| chosen.get(&o.id).copied().unwrap_or(0))
                        .sum();
                    let sum = offered
                        .iter()
                        .map(|(_, o)| sums.get(&o.id).copied().unwrap_or(0.0))
                        .sum();
                    // Removed from the question (not merely with it).
                    let removed_in = (last_offered != last_number)
                        .then(|| {
                            asked_in
                                .iter()
                                .map(|(n, _, _)| *n)
                                .find(|&n| n > last_offered)
                        })
                        .flatten();
                    OptionCount {
                        key: option_key.to_string(),
                        label: option.label.clone(),
                        count,
                        sum,
                        percent: percentage(count, answered_count),
                        removed_in,
                    }
                })
                .collect();

            let first_asked = asked_in[0].0;
            KeyedQuestion {
                key: key.to_string(),
                question: latest.clone(),
                question_ids: same_kind.iter().map(|(_, _, q)| q.id).collect(),
                answered: answered_count,
                asked: asked_in.iter().map(|(_, responses, _)| responses).sum(),
                added_in: (first_asked != first.number).then_some(first_asked),
                removed_in: (last_number != newest.number)
                    .then(|| next_after(last_number))
                    .flatten(),
                options,
            }
        })
        .collect()
}

/// A ranking question's item in the results: ranked first on average comes first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RankedItem {
    pub label: String,
    /// The mean of the ranks it was given ("1.5"); `None` when nobody ranked it.
    pub average_rank: Option<String>,
    /// How many people ranked it.
    pub ranked: i64,
    /// How many ranked it first.
    pub first_places: i64,
    pub removed_in: Option<i32>,
}

/// The items of a ranking question, best average rank first (items nobody ranked last, in the
/// question's order). `first_places` says, by item key, how many ranked each item first.
pub fn ranked_items(
    options: &[OptionCount],
    first_places: &HashMap<String, i64>,
) -> Vec<RankedItem> {
    let mut items: Vec<(Option<f64>, RankedItem)> = options
        .iter()
        .map(|option| {
            let mean = (option.count > 0).then(|| option.sum / option.count as f64);
            (
                mean,
                RankedItem {
                    label: option.label.clone(),
                    average_rank: average_text(option.sum, option.count),
                    ranked: option.count,
                    first_places: first_places.get(&option.key).copied().unwrap_or(0),
                    removed_in: option.removed_in,
                },
            )
        })
        .collect();
    // A stable sort: equal averages keep the question's order.
    items.sort_by(|(a, _), (b, _)| match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    items.into_iter().map(|(_, item)| item).collect()
}

/// A points question's option in the results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PointsShare {
    pub label: String,
    /// Every point given to it.
    pub total: String,
    /// Points per person who answered the question ("12.5").
    pub average: Option<String>,
    /// The same, unrounded, for a chart's bar (0 when nobody answered).
    pub mean: f64,
    /// Its share of all the points given to the question.
    pub percent: u32,
    pub removed_in: Option<i32>,
}

/// The options of a points question in the question's order, with the points they were given by
/// the `answered` people who answered it.
pub fn points_shares(options: &[OptionCount], answered: i64) -> Vec<PointsShare> {
    let all: f64 = options.iter().map(|o| o.sum).sum();
    options
        .iter()
        .map(|option| PointsShare {
            label: option.label.clone(),
            total: super::formats::format_number(option.sum),
            average: average_text(option.sum, answered),
            mean: if answered > 0 {
                option.sum / answered as f64
            } else {
                0.0
            },
            percent: if all > 0.0 {
                ((option.sum * 100.0 / all) + 0.5).floor().min(100.0) as u32
            } else {
                0
            },
            removed_in: option.removed_in,
        })
        .collect()
}

/// A grid question's results: its scale, and for each statement how many chose each point.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GridResult {
    /// The points' labels, in the newest version's order (points taken out later come last).
    pub scale: Vec<String>,
    pub rows: Vec<GridRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GridRow {
    pub label: String,
    /// People who answered this statement.
    pub answered: i64,
    /// (count, percentage of `answered`) for each point of the scale, in `scale`'s order.
    pub cells: Vec<(i64, u32)>,
    pub removed_in: Option<i32>,
}

/// Merges a grid's cell counts (`cells` by (statement row id, point row id)) across the
/// versions that asked it (`asked`, oldest first) by the stable keys of statements and points.
/// `statements` are the question's merged statements (`KeyedQuestion::options`), whose counts
/// are the people who answered each.
pub fn grid_result(
    asked: &[&Question],
    statements: &[OptionCount],
    cells: &HashMap<(i64, i64), i64>,
) -> GridResult {
    // Points by key, newest version's order first; the label as the newest version words it.
    let mut points: Vec<(&str, &str)> = Vec::new();
    for question in asked.iter().rev() {
        for point in question.kind.scale() {
            if !points.iter().any(|(key, _)| *key == point.key) {
                points.push((&point.key, &point.label));
            }
        }
    }
    let rows = statements
        .iter()
        .map(|statement| {
            let counts: Vec<i64> = points
                .iter()
                .map(|(point_key, _)| {
                    asked
                        .iter()
                        .filter_map(|q| {
                            let row = q.kind.options().iter().find(|o| o.key == statement.key)?;
                            let point = q.kind.scale().iter().find(|p| p.key == *point_key)?;
                            cells.get(&(row.id, point.id)).copied()
                        })
                        .sum()
                })
                .collect();
            GridRow {
                label: statement.label.clone(),
                answered: statement.count,
                cells: counts
                    .into_iter()
                    .map(|count| (count, percentage(count, statement.count)))
                    .collect(),
                removed_in: statement.removed_in,
            }
        })
        .collect();
    GridResult {
        scale: points.iter().map(|(_, label)| label.to_string()).collect(),
        rows,
    }
}

/// An average as the results page shows it: at most two decimal places, no trailing zeros
/// ("12.5", "3", "0.33"); `None` when nobody answered.
pub fn average_text(sum: f64, count: i64) -> Option<String> {
    if count <= 0 || !sum.is_finite() {
        return None;
    }
    let rounded = (sum / count as f64 * 100.0).round() / 100.0;
    Some(super::formats::format_number(rounded))
}

/// A date answer's stored day number (days from the common era) as the UK writes dates.
pub fn day_number_text(days: f64) -> Option<String> {
    let days = i32::try_from(days as i64).ok()?;
    chrono::NaiveDate::from_num_days_from_ce_opt(days).map(super::formats::format_date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averages_and_dates_read_plainly() {
        assert_eq!(average_text(25.0, 2).as_deref(), Some("12.5"));
        assert_eq!(average_text(1.0, 3).as_deref(), Some("0.33"));
        assert_eq!(average_text(9.0, 3).as_deref(), Some("3"));
        assert_eq!(average_text(-5.0, 2).as_deref(), Some("-2.5"));
        assert_eq!(average_text(5.0, 0), None);
        assert_eq!(
            day_number_text(730_063.0).as_deref(),
            Some("5 November 1999")
        );
        assert_eq!(day_number_text(1e300), None);
    }

    fn tallied(label: &str, count: i64, sum: f64) -> OptionCount {
        OptionCount {
            key: label.to_lowercase(),
            label: label.into(),
            count,
            sum,
            percent: 0,
            removed_in: None,
        }
    }

    #[test]
    fn grid_cells_follow_the_keys_of_statements_and_points_across_versions() {
        let grid = |id: i64, statements: Vec<ChoiceOption>, scale: Vec<ChoiceOption>| Question {
            id,
            key: "g".into(),
            label: "Views".into(),
            hint: None,
            required: false,
            guidance: None,
            kind: QuestionKind::Grid { statements, scale },
        };
        // Version 1: statements A (11), B (12); points yes (13), no (14).
        let v1 = grid(
            10,
            vec![option(11, "a", "A"), option(12, "b", "B")],
            vec![option(13, "yes", "Yes"), option(14, "no", "No")],
        );
        // Version 2: B reworded, A gone; points reordered, "maybe" added.
        let v2 = grid(
            20,
            vec![option(22, "b", "B reworded")],
            vec![
                option(24, "no", "No"),
                option(23, "yes", "Yes"),
                option(25, "maybe", "Maybe"),
            ],
        );
        let statements = vec![
            OptionCount {
                removed_in: None,
                ..tallied("B reworded", 4, 0.0)
            },
            OptionCount {
                removed_in: Some(2),
                ..tallied("A", 2, 0.0)
            },
        ];
        let statements: Vec<OptionCount> = statements
            .into_iter()
            .zip(["b", "a"])
            .map(|(s, key)| OptionCount {
                key: key.into(),
                ..s
            })
            .collect();
        let cells: HashMap<(i64, i64), i64> = [
            ((11, 13), 2),
            ((12, 13), 1),
            ((12, 14), 1),
            ((22, 24), 1),
            ((22, 25), 1),
        ]
        .into_iter()
        .collect();
        let result = grid_result(&[&v1, &v2], &statements, &cells);
        assert_eq!(result.scale, ["No", "Yes", "Maybe"]);
        assert_eq!(result.rows[0].label, "B reworded");
        assert_eq!(result.rows[0].cells, [(2, 50), (1, 25), (1, 25)]);
        assert_eq!(result.rows[1].label, "A");
        assert_eq!(result.rows[1].cells, [(0, 0), (2, 100), (0, 0)]);
        assert_eq!(result.rows[1].removed_in, Some(2));
    }

    #[test]
    fn ranked_items_come_best_average_first() {
        let items = ranked_items(
            &[
                tallied("Parks", 4, 10.0),
                tallied("Roads", 4, 6.0),
                tallied("Unranked", 0, 0.0),
                tallied("Libraries", 4, 8.0),
                tallied("Bins", 2, 4.0),
            ],
            &HashMap::from([("roads".to_string(), 3), ("parks".to_string(), 1)]),
        );
        let shown: Vec<(&str, Option<&str>, i64, i64)> = items
            .iter()
            .map(|i| {
                (
                    i.label.as_str(),
                    i.average_rank.as_deref(),
                    i.ranked,
                    i.first_places,
                )
            })
            .collect();
        assert_eq!(
            shown,
            vec![
                ("Roads", Some("1.5"), 4, 3),
                ("Libraries", Some("2"), 4, 0),
                ("Bins", Some("2"), 2, 0),
                ("Parks", Some("2.5"), 4, 1),
                ("Unranked", None, 0, 0),
            ]
        );
    }

    #[test]
    fn points_shares_say_totals_averages_and_shares() {
        let shares = points_shares(
            &[
                tallied("Parks", 2, 150.0),
                tallied("Roads", 1, 50.0),
                tallied("Bins", 0, 0.0),
            ],
            4,
        );
        let shown: Vec<(&str, &str, Option<&str>, u32)> = shares
            .iter()
            .map(|s| {
                (
                    s.label.as_str(),
                    s.total.as_str(),
                    s.average.as_deref(),
                    s.percent,
                )
            })
            .collect();
        assert_eq!(
            shown,
            vec![
                ("Parks", "150", Some("37.5"), 75),
                ("Roads", "50", Some("12.5"), 25),
                ("Bins", "0", Some("0"), 0),
            ]
        );
        assert_eq!(points_shares(&[tallied("A", 0, 0.0)], 0)[0].average, None);
        assert_eq!(points_shares(&[tallied("A", 0, 0.0)], 0)[0].percent, 0);
    }

    #[test]
    fn percentages_round_and_never_divide_by_zero() {
        assert_eq!(percentage(1, 3), 33);
        assert_eq!(percentage(2, 3), 67);
        assert_eq!(percentage(1, 8), 13);
        assert_eq!(percentage(0, 0), 0);
        assert_eq!(percentage(5, 0), 0);
        assert_eq!(percentage(3, 3), 100);
    }

    use crate::domain::questionnaire::{ChoiceOption, Page, QuestionKind};

    fn option(id: i64, key: &str, label: &str) -> ChoiceOption {
        ChoiceOption {
            id,
            key: key.into(),
            label: label.into(),
            other: false,
            goto: None,
        }
    }

    fn choice(id: i64, key: &str, label: &str, options: Vec<ChoiceOption>) -> Question {
        Question {
            id,
            key: key.into(),
            label: label.into(),
            hint: None,
            required: false,
            guidance: None,
            kind: QuestionKind::SingleChoice { options },
        }
    }

    fn text(id: i64, key: &str, label: &str) -> Question {
        Question {
            id,
            key: key.into(),
            label: label.into(),
            hint: None,
            required: false,
            guidance: None,
            kind: QuestionKind::ShortText { max_chars: 100 },
        }
    }

    fn version(number: i32, responses: i64, questions: Vec<Question>) -> VersionCounts {
        VersionCounts {
            number,
            responses,
            questionnaire: Questionnaire {
                version_id: number.into(),
                pages: vec![Page {
                    id: number.into(),
                    key: "page".into(),
                    title: None,
                    questions,
                }],
            },
        }
    }

    fn counts(pairs: &[(i64, i64)]) -> HashMap<i64, i64> {
        pairs.iter().copied().collect()
    }

    /// Version 1 (ids 1x) and version 2 (ids 2x): the same question `q`, reworded, its options
    /// reordered, one removed and one added.
    #[test]
    fn answers_follow_keys_through_rewording_reordering_and_removed_options() {
        let v1 = version(
            1,
            10,
            vec![choice(
                10,
                "q",
                "Do you drive?",
                vec![
                    option(11, "yes", "Yes"),
                    option(12, "no", "No"),
                    option(13, "sometimes", "Sometimes"),
                ],
            )],
        );
        let v2 = version(
            2,
            4,
            vec![choice(
                20,
                "q",
                "How often do you drive?",
                vec![
                    option(22, "no", "Never"),
                    option(21, "yes", "Daily"),
                    option(24, "weekly", "Weekly"),
                ],
            )],
        );
        let merged = by_key(
            &[v2, v1],
            &counts(&[(10, 10), (20, 4)]),
            &counts(&[(11, 6), (12, 1), (13, 3), (21, 1), (22, 2), (24, 1)]),
            &HashMap::new(),
        );
        assert_eq!(merged.len(), 1);
        let q = &merged[0];
        assert_eq!(q.question.label, "How often do you drive?");
        assert_eq!((q.answered, q.asked), (14, 14));
        assert_eq!((q.added_in, q.removed_in), (None, None));
        assert_eq!(q.question_ids, vec![10, 20]);
        let shown: Vec<(&str, &str, i64, u32, Option<i32>)> = q
            .options
            .iter()
            .map(|o| {
                (
                    o.key.as_str(),
                    o.label.as_str(),
                    o.count,
                    o.percent,
                    o.removed_in,
                )
            })
            .collect();
        assert_eq!(
            shown,
            vec![
                ("no", "Never", 3, 21, None),
                ("yes", "Daily", 7, 50, None),
                ("weekly", "Weekly", 1, 7, None),
                ("sometimes", "Sometimes", 3, 21, Some(2)),
            ]
        );
    }

    #[test]
    fn an_added_question_counts_only_the_responses_that_were_asked_it() {
        let v1 = version(1, 10, vec![text(10, "a", "Name")]);
        let v2 = version(2, 0, vec![text(20, "a", "Name")]);
        let v3 = version(3, 5, vec![text(30, "a", "Name"), text(31, "b", "Postcode")]);
        let merged = by_key(
            &[v1, v2, v3],
            &counts(&[(10, 9), (30, 5), (31, 3)]),
            &HashMap::new(),
            &HashMap::new(),
        );
        assert_eq!(merged[0].answered, 14);
        assert_eq!(merged[0].asked, 15);
        assert_eq!(merged[1].key, "b");
        assert_eq!((merged[1].answered, merged[1].asked), (3, 5));
        assert_eq!(merged[1].added_in, Some(3));
    }

    #[test]
    fn a_removed_question_keeps_its_answers_and_says_when_it_went() {
        let v1 = version(
            1,
            7,
            vec![text(10, "a", "Name"), text(11, "gone", "Old question")],
        );
        let v2 = version(2, 2, vec![text(20, "a", "Name")]);
        let merged = by_key(
            &[v1, v2],
            &counts(&[(10, 7), (11, 6), (20, 2)]),
            &HashMap::new(),
            &HashMap::new(),
        );
        let keys: Vec<&str> = merged.iter().map(|q| q.key.as_str()).collect();
        assert_eq!(keys, vec!["a", "gone"], "removed questions come last");
        assert_eq!(merged[1].answered, 6);
        assert_eq!(merged[1].asked, 7);
        assert_eq!(merged[1].removed_in, Some(2));
        assert_eq!(merged[1].question.label, "Old question");
    }

    #[test]
    fn options_of_a_removed_question_are_not_called_removed_on_their_own() {
        let v1 = version(1, 3, vec![choice(10, "q", "Q", vec![option(11, "x", "X")])]);
        let v2 = version(2, 0, vec![text(20, "other", "Other")]);
        let merged = by_key(
            &[v1, v2],
            &counts(&[(10, 3)]),
            &counts(&[(11, 3)]),
            &HashMap::new(),
        );
        let q = merged.iter().find(|q| q.key == "q").unwrap();
        assert_eq!(q.removed_in, Some(2));
        assert_eq!(q.options[0].removed_in, None);
        assert_eq!((q.options[0].count, q.options[0].percent), (3, 100));
    }

    #[test]
    fn a_kind_that_changed_takes_no_counts_from_the_other_kind() {
        let v1 = version(1, 4, vec![text(10, "q", "Your view")]);
        let v2 = version(
            2,
            2,
            vec![choice(20, "q", "Your view", vec![option(21, "y", "Yes")])],
        );
        let merged = by_key(
            &[v1, v2],
            &counts(&[(10, 4), (20, 2)]),
            &counts(&[(21, 2)]),
            &HashMap::new(),
        );
        assert_eq!(merged[0].answered, 2);
        assert_eq!(merged[0].question_ids, vec![20]);
        assert_eq!(merged[0].options[0].percent, 100);
    }

    #[test]
    fn no_versions_no_results() {
        assert!(by_key(&[], &HashMap::new(), &HashMap::new(), &HashMap::new()).is_empty());
    }
}
