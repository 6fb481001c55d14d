//! Plausible responses for the demo consultations, so a new user's first dashboard has real
//! charts: answers to every kind of question, sent through the same service that stores a
//! citizen's response (so every count is kept as in production), at times spread over the
//! consultation's weeks. Deterministic: the same seed gives the same answers and times.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, TransactionTrait};

use crate::domain::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::error::AppResult;
use crate::respond::{service, token};

/// A small, fast, seeded generator (SplitMix64): the same seed gives the same responses on every
/// machine, with no dependency for it.
pub struct DemoRng(u64);

impl DemoRng {
    pub fn new(seed: u64) -> Self {
        DemoRng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A whole number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `percent` in 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// An index in `0..weights.len()`, each as likely as its weight.
    pub fn weighted(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        if total == 0 {
            return self.below(weights.len());
        }
        let mut pick = self.next_u64() % total;
        for (i, weight) in weights.iter().enumerate() {
            if pick < *weight {
                return i;
            }
            pick -= weight;
        }
        weights.len() - 1
    }
}

const COMMENTS: [&str; 12] = [
    "Cars go far too fast past the school at home time.",
    "I walk my children to school and a lower limit would make me feel safer.",
    "Most streets are too narrow to drive at 30 anyway.",
    "It will make my journey to work longer for no real benefit.",
    "Please enforce the limits we already have before adding new ones.",
    "Slower traffic would make the estate quieter at night.",
    "I cycle every day and drivers pass much too close.",
    "Buses are slow enough already; keep main roads at 30.",
    "Good idea, but the signs need to be clear.",
    "Older people on our street are afraid to cross.",
    "I support it near schools but not everywhere.",
    "Speed humps would work better than signs.",
];

const STREETS: [&str; 8] = [
    "High Street",
    "Church Lane",
    "Mill Road",
    "Station Road",
    "Victoria Avenue",
    "Park Crescent",
    "Abbey Close",
    "Riverside Walk",
];

const POSTCODES: [&str; 6] = [
    "AB1 2CD", "AB1 4EF", "AB2 3GH", "AB3 9JK", "AB4 1LM", "AB5 6NP",
];

const OTHER_PLACES: [&str; 4] = [
    "Outside the doctor's surgery",
    "Near the care home",
    "Around the leisure centre",
    "By the station",
];

/// Weights for `n` options leaning towards one end, per question: plausible skewed answers.
fn leaning(question: &Question, n: usize) -> Vec<u64> {
    let towards_start = question.id % 3 != 0;
    (0..n)
        .map(|i| {
            let rank = if towards_start { i } else { n - 1 - i };
            // 9, 7, 5, 4, 3, … : a clear favourite and a long tail.
            [9, 7, 5, 4, 3, 3, 2, 2].get(rank).copied().unwrap_or(1)
        })
        .collect()
}

/// Form fields answering `questionnaire` as a plausible respondent would: every required
/// question, most optional ones, every kind within its rules.
pub fn plausible_answers(
    questionnaire: &Questionnaire,
    rng: &mut DemoRng,
) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    for question in questionnaire.questions() {
        if question.kind.is_content() || (!question.required && rng.chance(25)) {
            continue;
        }
        let name = question.field_name();
        match &question.kind {
            QuestionKind::ShortText { .. } => {
                fields.push((name, STREETS[rng.below(STREETS.len())].to_string()));
            }
            QuestionKind::LongText { .. } => {
                fields.push((name, COMMENTS[rng.below(COMMENTS.len())].to_string()));
            }
            QuestionKind::SingleChoice { options } | QuestionKind::Dropdown { options } => {
                let plain: Vec<_> = options.iter().filter(|o| !o.other).collect();
                let pick = rng.weighted(&leaning(question, plain.len()));
                if let Some(option) = plain.get(pick) {
                    fields.push((name, option.id.to_string()));
                }
            }
            QuestionKind::MultipleChoice {
                options,
                min_choices,
                max_choices,
                ..
            } => {
                let weights = leaning(question, options.len());
                let max = max_choices.map_or(options.len(), |m| m as usize).max(1);
                let min = min_choices.map_or(1, |m| m as usize).max(1);
                let plain: Vec<usize> = (0..options.len()).filter(|i| !options[*i].other).collect();
                let mut chosen: Vec<usize> = plain
                    .iter()
                    .copied()
                    .filter(|i| rng.chance(weights[*i] * 8))
                    .collect();
                // Too few: add the favourites not yet chosen.
                for i in &plain {
                    if chosen.len() >= min {
                        break;
                    }
                    if !chosen.contains(i) {
                        chosen.push(*i);
                    }
                }
                chosen.truncate(max);
                if let Some(other) = options.iter().find(|o| o.other)
                    && chosen.len() < max
                    && rng.chance(6)
                {
                    fields.push((name.clone(), other.id.to_string()));
                    fields.push((
                        question.other_field_name(),
                        OTHER_PLACES[rng.below(OTHER_PLACES.len())].to_string(),
                    ));
                }
                for i in chosen {
                    fields.push((name.clone(), options[i].id.to_string()));
                }
            }
            QuestionKind::Number { min, max, .. } => {
                let low = min
                    .as_deref()
                    .and_then(|m| m.parse::<i64>().ok())
                    .unwrap_or(0);
                let high = max
                    .as_deref()
                    .and_then(|m| m.parse::<i64>().ok())
                    .unwrap_or(low + 100)
                    .max(low);
                let span = usize::try_from(high - low + 1).unwrap_or(1);
                // Two draws averaged: a hump in the middle, as real answers have.
                let value = low + ((rng.below(span) + rng.below(span)) / 2) as i64;
                fields.push((name, value.to_string()));
            }
            QuestionKind::Date { .. } => {
                let start = NaiveDate::from_ymd_opt(1975, 1, 1).unwrap_or_default();
                let day = start + Duration::days(rng.below(50 * 365) as i64);
                for (part, value) in [
                    ("day", day.format("%-d").to_string()),
                    ("month", day.format("%-m").to_string()),
                    ("year", day.format("%Y").to_string()),
                ] {
                    fields.push((format!("{name}-{part}"), value));
                }
            }
            QuestionKind::UkPostcode => {
                fields.push((name, POSTCODES[rng.below(POSTCODES.len())].to_string()));
            }
            // Personal data: demo respondents keep theirs.
            QuestionKind::Email => {}
            QuestionKind::Ranking { options } => {
                // Rank every item, the favourites more often first.
                let mut weights = leaning(question, options.len());
                let mut order: Vec<usize> = Vec::new();
                while order.len() < options.len() {
                    let pick = rng.weighted(&weights);
                    weights[pick] = 0;
                    order.push(pick);
                }
                for (rank, i) in order.iter().enumerate() {
                    fields.push((
                        question.option_input_id(&options[*i]),
                        (rank + 1).to_string(),
                    ));
                }
            }
            QuestionKind::Points { options, total, .. } => {
                // The total in tens, spread by weight.
                let weights = leaning(question, options.len());
                let mut given = vec![0u32; options.len()];
                for _ in 0..total / 10 {
                    given[rng.weighted(&weights)] += 10;
                }
                given[0] += total % 10;
                for (option, points) in options.iter().zip(given) {
                    fields.push((question.option_input_id(option), points.to_string()));
                }
            }
            QuestionKind::Grid { statements, scale } => {
                for statement in statements {
                    let pick = rng.weighted(&leaning(question, scale.len()));
                    if let Some(point) = scale.get(pick) {
                        fields.push((question.option_input_id(statement), point.id.to_string()));
                    }
                }
            }
            QuestionKind::Heading | QuestionKind::Paragraph => {}
        }
    }
    fields
}

/// When a demo response arrived between `from` and `to`: more in the first days (the launch and
/// its publicity), fewer each day after.
pub fn arrival_time(rng: &mut DemoRng, from: DateTime<Utc>, to: DateTime<Utc>) -> DateTime<Utc> {
    let span = (to - from).num_minutes().max(1) as u64;
    // The smaller of two uniform draws: busy early, tailing off.
    let a = rng.next_u64() % span;
    let b = rng.next_u64() % span;
    let at = from + Duration::minutes(a.min(b) as i64);
    at.min(to)
}

/// Stores `count` plausible responses to the published consultation `slug`, arriving between its
/// opening and `until` (its closing, or now). Returns how many were stored.
pub async fn add_demo_responses<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    signing_key: &[u8],
    slug: &str,
    count: usize,
    until: DateTime<Utc>,
    seed: u64,
) -> AppResult<usize> {
    let consultation = crate::db::questionnaire_store::find_published(db, slug).await?;
    let from = consultation.opens_at;
    let until = until.min(consultation.closes_at - Duration::minutes(1));
    if until <= from {
        return Ok(0);
    }
    let form = service::load_form(db, signing_key, slug, from + Duration::minutes(1)).await?;
    let mut rng = DemoRng::new(seed);
    let mut times: Vec<DateTime<Utc>> = (0..count)
        .map(|_| arrival_time(&mut rng, from, until))
        .collect();
    times.sort();
    let version_id = token::verify(signing_key, &form.idempotency_key)?.version_id;
    let mut stored = 0;
    for at in times {
        let mut fields = plausible_answers(&form.questionnaire, &mut rng);
        fields.push((
            "idempotency_key".into(),
            token::issue(signing_key, consultation.id, version_id),
        ));
        service::submit(db, signing_key, slug, &fields, at).await?;
        stored += 1;
    }
    Ok(stored)
}
