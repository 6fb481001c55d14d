//! Benchmark: the results dashboard's data at a million responses, unfiltered, filtered and
//! cross-tabbed, on SQLite or PostgreSQL (`bench/results-at-scale.sh`).
//!
//! Adds a consultation with a 10-question questionnaire (the builder's own service), then writes
//! N plausible responses straight into the database in large batches — with their kept tallies
//! counted on the way, exactly as the respond service keeps them — rather than through the
//! respond service, which would take hours at a million. Then, in this process (which plays the
//! server: it holds the filtered results' sets), times each view over many runs and prints p50
//! and p95, the first (cold) filtered view, and the process's memory.
//!
//! Usage: results_at_scale <sqlite|postgres> [responses, default 1000000]
//!        results_at_scale generate <SQLite file> [responses] — only writes them (for
//!        `bench/export.sh`), into a file that has the demo content (and its staff sign-in).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use app::builder::service::{create_consultation, ensure_department};
use app::builder::{NewConsultation, NewPage, NewQuestion, NewQuestionKind};
use app::db::entities::{
    answer, cell_tally, channel_tally, consultation_tally, daily_tally, option_tally,
    question_tally, questionnaire_version, response, value_tally,
};
use app::domain::results_filter::FilterQuery;
use app::domain::{QuestionKind, uk_time};
use app::results::index::ResultsIndexes;
use app::staff::api::StaffIdentity;
use chrono::{DateTime, Datelike, Duration as Days, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    sea_query::Expr,
};

const SLUG: &str = "results-at-scale";
const OPEN_DAYS: i64 = 120;
/// Responses written per statement (answers: about 15 times as many rows).
const BATCH: usize = 2_000;
const RUNS: usize = 100;

/// A small, fast, deterministic generator (SplitMix64): the same data on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    /// An index drawn in proportion to `weights`.
    fn weighted(&mut self, weights: &[usize]) -> usize {
        let mut pick = self.below(weights.iter().sum());
        for (i, w) in weights.iter().enumerate() {
            if pick < *w {
                return i;
            }
            pick -= w;
        }
        weights.len() - 1
    }
}

fn choice(label: &str, options: &[&str]) -> NewQuestion {
    NewQuestion {
        label: label.into(),
        hint: None,
        required: false,
        guidance: None,
        kind: NewQuestionKind::SingleChoice {
            options: options.iter().map(|o| o.to_string()).collect(),
        },
    }
}

fn questionnaire() -> Vec<NewPage> {
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let wards: Vec<String> = (1..=12).map(|w| format!("Ward {w}")).collect();
    let ward_refs: Vec<&str> = wards.iter().map(String::as_str).collect();
    let questions = vec![
        choice(
            "Do you support the proposal?",
            &[
                "Strongly support",
                "Support",
                "Neutral",
                "Oppose",
                "Strongly oppose",
            ],
        ),
        choice("Which ward do you live in?", &ward_refs),
        NewQuestion {
            kind: NewQuestionKind::Dropdown {
                options: strings(&["16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"]),
            },
            ..choice("Your age group", &[])
        },
        NewQuestion {
            kind: NewQuestionKind::MultipleChoice {
                options: strings(&["Walk", "Cycle", "Bus", "Train", "Car", "Taxi"]),
                min_choices: None,
                max_choices: None,
                other: false,
            },
            ..choice("How do you travel in the area?", &[])
        },
        NewQuestion {
            kind: NewQuestionKind::Grid {
                statements: strings(&["Safety", "Noise", "Air quality", "Journey times"]),
                scale: strings(&["Much worse", "Worse", "Same", "Better", "Much better"]),
            },
            ..choice("What difference would it make to…", &[])
        },
        NewQuestion {
            kind: NewQuestionKind::Ranking {
                options: strings(&["Schools", "Shops", "Parks", "Main roads"]),
            },
            ..choice("Rank where it matters most", &[])
        },
        NewQuestion {
            kind: NewQuestionKind::Typed(QuestionKind::Number {
                min: Some("16".into()),
                max: Some("100".into()),
                decimals: 0,
                unit: Some("years".into()),
            }),
            ..choice("How old are you?", &[])
        },
        NewQuestion {
            kind: NewQuestionKind::Typed(QuestionKind::Date {
                earliest: None,
                latest: None,
            }),
            ..choice("When did you move to the area?", &[])
        },
        choice(
            "How did you hear about this consultation?",
            &[
                "Council website",
                "Social media",
                "Leaflet",
                "Newspaper",
                "Word of mouth",
            ],
        ),
        NewQuestion {
            kind: NewQuestionKind::LongText { max_chars: 2000 },
            ..choice("Any other comments?", &[])
        },
    ];
    vec![NewPage {
        title: None,
        questions,
    }]
}

/// Adds up what `store` adds up, per response, so the kept tallies match the rows written.
#[derive(Default)]
struct Counts {
    answered: HashMap<i64, i64>,
    number_sums: HashMap<i64, f64>,
    chosen: HashMap<i64, i64>,
    option_sums: HashMap<i64, f64>,
    cells: HashMap<(i64, i64), i64>,
    values: HashMap<(i64, i64, u64), i64>,
    daily: HashMap<String, i64>,
    channels: HashMap<String, i64>,
}

type Row = (
    i64,
    i64,
    Option<i64>,
    Option<String>,
    Option<f64>,
    Option<i64>,
);

/// One plausible response's answer rows.
fn answers_of(rng: &mut Rng, id: i64, q: &[app::domain::Question], today: i32) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::with_capacity(20);
    let option = |q: &app::domain::Question, i: usize| q.kind.options()[i].id;
    // Support leans to the ends; wards even; ages a bell.
    rows.push((
        id,
        q[0].id,
        Some(option(&q[0], rng.weighted(&[30, 20, 10, 15, 25]))),
        None,
        None,
        None,
    ));
    rows.push((
        id,
        q[1].id,
        Some(option(&q[1], rng.below(12))),
        None,
        None,
        None,
    ));
    if rng.chance(92) {
        let band = rng.weighted(&[8, 15, 18, 18, 17, 14, 10]);
        rows.push((id, q[2].id, Some(option(&q[2], band)), None, None, None));
    }
    for i in 0..6 {
        if rng.chance([55, 20, 30, 15, 60, 5][i]) {
            rows.push((id, q[3].id, Some(option(&q[3], i)), None, None, None));
        }
    }
    let scale = q[4].kind.scale();
    for statement in q[4].kind.options() {
        if rng.chance(90) {
            let point = scale[rng.weighted(&[15, 20, 30, 25, 10])].id;
            rows.push((id, q[4].id, Some(statement.id), None, None, Some(point)));
        }
    }
    if rng.chance(80) {
        let mut items: Vec<i64> = q[5].kind.options().iter().map(|o| o.id).collect();
        for i in (1..items.len()).rev() {
            items.swap(i, rng.below(i + 1));
        }
        for (rank, item) in items.iter().enumerate() {
            rows.push((
                id,
                q[5].id,
                Some(*item),
                None,
                Some(rank as f64 + 1.0),
                None,
            ));
        }
    }
    if rng.chance(85) {
        let age = 16 + (rng.below(40) + rng.below(40)) as i64;
        rows.push((id, q[6].id, None, None, Some(age as f64), None));
    }
    if rng.chance(60) {
        let day = today - rng.below(3 * 365) as i32;
        rows.push((id, q[7].id, None, None, Some(day as f64), None));
    }
    rows.push((
        id,
        q[8].id,
        Some(option(&q[8], rng.weighted(&[30, 25, 20, 10, 15]))),
        None,
        None,
        None,
    ));
    if rng.chance(25) {
        rows.push((
            id,
            q[9].id,
            None,
            Some(format!("Comment number {id}: keep the roads safe.")),
            None,
            None,
        ));
    }
    rows
}

fn count(counts: &mut Counts, rows: &[Row], summed: i64) {
    let mut seen = Vec::new();
    for (_, question, option, _, number, scale) in rows {
        if !seen.contains(question) {
            seen.push(*question);
            *counts.answered.entry(*question).or_default() += 1;
        }
        if let Some(o) = option {
            *counts.chosen.entry(*o).or_default() += 1;
        }
        if let (Some(o), Some(s)) = (option, scale) {
            *counts.cells.entry((*o, *s)).or_default() += 1;
        }
        if let Some(v) = number {
            *counts
                .values
                .entry((*question, option.unwrap_or(0), v.to_bits()))
                .or_default() += 1;
            match option {
                Some(o) => *counts.option_sums.entry(*o).or_default() += v,
                None if *question == summed => {
                    *counts.number_sums.entry(*question).or_default() += v
                }
                None => {}
            }
        }
    }
}

async fn generate(db: &DatabaseConnection, n: usize) -> Duration {
    let started = Instant::now();
    // The demo's departments and staff, so a server started on this database can be signed in to.
    app::demo::load_if_empty(db, Utc::now()).await.unwrap();
    let department = ensure_department(db, "benchmarks", "Benchmarks")
        .await
        .unwrap();
    let now = Utc::now();
    let opens = now - Days::days(OPEN_DAYS);
    let consultation_id = create_consultation(
        db,
        NewConsultation {
            slug: SLUG.into(),
            title: "Results at scale".into(),
            summary: "A million responses, for the results benchmark.".into(),
            body_markdown: "For measuring the results.".into(),
            department_id: department,
            contact_name: "Benchmarks".into(),
            contact_email: "bench@example.gov.uk".into(),
            opens_at: opens,
            closes_at: now + Days::days(30),
            published: true,
            outcome_markdown: None,
            pages: questionnaire(),
        },
    )
    .await
    .unwrap();
    let version = app::db::questionnaire_store::current_version(db, consultation_id)
        .await
        .unwrap()
        .unwrap();
    let questionnaire = app::db::questionnaire_store::load_questionnaire(db, version.id)
        .await
        .unwrap();
    let q: Vec<app::domain::Question> = questionnaire.questions().cloned().collect();
    assert_eq!(q.len(), 10);
    let today = now.date_naive().num_days_from_ce();
    let first_id: i64 = response::Entity::find()
        .all(db)
        .await
        .unwrap()
        .iter()
        .map(|r| r.id)
        .max()
        .unwrap_or(0)
        + 1;
    let mut rng = Rng(2026);
    let mut counts = Counts::default();
    let span = (now - opens).num_seconds() - 60;
    let mut last_at: DateTime<Utc> = opens;
    for start in (0..n).step_by(BATCH) {
        let end = (start + BATCH).min(n);
        let mut responses = Vec::with_capacity(end - start);
        let mut answers = Vec::with_capacity((end - start) * 16);
        for i in start..end {
            let id = first_id + i as i64;
            // Spread evenly over the weeks open, in id order.
            let at = opens + Days::seconds(span * i as i64 / n as i64);
            last_at = at;
            let channel = ["online", "paper", "phone"][rng.weighted(&[85, 10, 5])];
            *counts.daily.entry(uk_time::uk_day_key(at)).or_default() += 1;
            *counts.channels.entry(channel.into()).or_default() += 1;
            responses.push(response::ActiveModel {
                id: Set(id),
                consultation_id: Set(consultation_id),
                version_id: Set(version.id),
                reference: Set(format!("BENCH{id:08}")),
                idempotency_key: Set(format!("bench-{id}")),
                answers_digest: Set(String::new()),
                channel: Set(channel.into()),
                submitted_at: Set(at),
                duplicate_of: Set(None),
                entered_by: Set(None),
                received_on: Set(None),
                late_reason: Set(None),
            });
            let rows = answers_of(&mut rng, id, &q, today);
            count(&mut counts, &rows, q[6].id);
            answers.extend(rows);
        }
        response::Entity::insert_many(responses)
            .exec(db)
            .await
            .unwrap();
        for chunk in answers.chunks(4_000) {
            answer::Entity::insert_many(chunk.iter().map(
                |(r, question, option, text, number, scale)| answer::ActiveModel {
                    response_id: Set(*r),
                    question_id: Set(*question),
                    option_id: Set(*option),
                    text_value: Set(text.clone()),
                    number_value: Set(*number),
                    scale_option_id: Set(*scale),
                    ..Default::default()
                },
            ))
            .exec(db)
            .await
            .unwrap();
        }
        if end.is_multiple_of(100_000) {
            eprintln!("  {end} responses written ({:.0?})", started.elapsed());
        }
    }
    if db.get_database_backend() == sea_orm::DbBackend::Postgres {
        db.execute_unprepared(
            "SELECT setval(pg_get_serial_sequence('responses', 'id'), (SELECT max(id) FROM responses))",
        )
        .await
        .unwrap();
    }

    // The kept tallies, as the respond service would have left them.
    consultation_tally::Entity::update_many()
        .col_expr(consultation_tally::Column::Responses, Expr::value(n as i64))
        .col_expr(
            consultation_tally::Column::LastResponseAt,
            Expr::value(last_at),
        )
        .filter(consultation_tally::Column::ConsultationId.eq(consultation_id))
        .exec(db)
        .await
        .unwrap();
    questionnaire_version::Entity::update_many()
        .col_expr(
            questionnaire_version::Column::Responses,
            Expr::value(n as i64),
        )
        .filter(questionnaire_version::Column::Id.eq(version.id))
        .exec(db)
        .await
        .unwrap();
    for (question, answered) in &counts.answered {
        question_tally::Entity::update_many()
            .col_expr(question_tally::Column::Answered, Expr::value(*answered))
            .col_expr(
                question_tally::Column::NumberSum,
                Expr::value(counts.number_sums.get(question).copied().unwrap_or(0.0)),
            )
            .filter(question_tally::Column::QuestionId.eq(*question))
            .exec(db)
            .await
            .unwrap();
    }
    for (option, chosen) in &counts.chosen {
        option_tally::Entity::update_many()
            .col_expr(option_tally::Column::Chosen, Expr::value(*chosen))
            .col_expr(
                option_tally::Column::NumberSum,
                Expr::value(counts.option_sums.get(option).copied().unwrap_or(0.0)),
            )
            .filter(option_tally::Column::OptionId.eq(*option))
            .exec(db)
            .await
            .unwrap();
    }
    cell_tally::Entity::insert_many(counts.cells.iter().map(|((row, point), n)| {
        cell_tally::ActiveModel {
            row_option_id: Set(*row),
            option_id: Set(*point),
            chosen: Set(*n),
        }
    }))
    .exec(db)
    .await
    .unwrap();
    let values: Vec<value_tally::ActiveModel> = counts
        .values
        .iter()
        .map(|((question, option, bits), n)| value_tally::ActiveModel {
            question_id: Set(*question),
            option_id: Set(*option),
            value: Set(f64::from_bits(*bits)),
            answers: Set(*n),
        })
        .collect();
    for chunk in values.chunks(1_000) {
        value_tally::Entity::insert_many(chunk.to_vec())
            .exec(db)
            .await
            .unwrap();
    }
    daily_tally::Entity::insert_many(counts.daily.iter().map(|(day, n)| {
        daily_tally::ActiveModel {
            consultation_id: Set(consultation_id),
            day: Set(day.clone()),
            responses: Set(*n),
        }
    }))
    .exec(db)
    .await
    .unwrap();
    channel_tally::Entity::insert_many(counts.channels.iter().map(|(channel, n)| {
        channel_tally::ActiveModel {
            consultation_id: Set(consultation_id),
            channel: Set(channel.clone()),
            responses: Set(*n),
        }
    }))
    .exec(db)
    .await
    .unwrap();
    // Fresh statistics, as a database that grew over weeks would have.
    db.execute_unprepared("ANALYZE").await.unwrap();
    started.elapsed()
}

/// p50 and p95 of `RUNS` timings of `view` (after a few unmeasured runs).
async fn time<F, Fut, T>(mut view: F) -> (Duration, Duration)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    for _ in 0..5 {
        std::hint::black_box(view().await);
    }
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        std::hint::black_box(view().await);
        times.push(start.elapsed());
    }
    times.sort();
    (times[RUNS / 2], times[RUNS * 95 / 100])
}

/// This process's resident memory now and at its peak, in MB (Linux).
fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<u64>().ok())
            .map_or(0, |kb| kb / 1024)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

#[tokio::main]
async fn main() {
    let backend = std::env::args().nth(1).unwrap_or_else(|| "sqlite".into());
    if backend == "generate" {
        let file = std::env::args().nth(2).expect("a SQLite file to write");
        let n: usize = std::env::args()
            .nth(3)
            .and_then(|a| a.parse().ok())
            .unwrap_or(1_000_000);
        let db = app::db::connect(&format!("sqlite://{file}?mode=rwc"))
            .await
            .unwrap();
        let took = generate(&db, n).await;
        eprintln!("wrote {n} responses to {file} in {took:.1?}");
        return;
    }
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let path = std::env::temp_dir().join(format!("consult-results-{}.db", std::process::id()));
    let admin_url = std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    let bench_db = format!("consult_results_bench_{}", std::process::id());
    let url = if backend == "postgres" {
        let admin = sea_orm::Database::connect(&admin_url).await.unwrap();
        admin
            .execute_unprepared(&format!("CREATE DATABASE {bench_db}"))
            .await
            .unwrap();
        let base = admin_url
            .rsplit_once('/')
            .map_or(admin_url.as_str(), |(b, _)| b);
        format!("{base}/{bench_db}")
    } else {
        format!("sqlite://{}?mode=rwc", path.display())
    };
    let db = app::db::connect(&url).await.unwrap();

    eprintln!("writing {n} responses to {backend}…");
    let took = generate(&db, n).await;
    let (rss_before, _) = memory();
    println!("## {backend}: {n} responses of a 10-question questionnaire");
    println!();
    println!("written straight into the database in {took:.1?} (not timed below)");
    println!();

    let staff = StaffIdentity {
        id: 1,
        email: "bench@example.gov.uk".into(),
        display_name: "Bench".into(),
        site_admin: true,
        memberships: Vec::new(),
    };
    let indexes = ResultsIndexes::default();
    let consultation = app::db::questionnaire_store::find_for_staff(&db, SLUG)
        .await
        .unwrap();
    let versions = app::results::service::versions(&db, consultation.id)
        .await
        .unwrap();
    let q: Vec<app::domain::Question> = versions[0].1.questionnaire.questions().cloned().collect();
    let answer = |qi: usize, oi: usize| format!("{}.{}", q[qi].key, q[qi].kind.options()[oi].key);
    let one = FilterQuery {
        answers: vec![answer(0, 3)],
        ..FilterQuery::default()
    };
    let three = FilterQuery {
        answers: vec![answer(0, 3), answer(1, 4), answer(2, 2)],
        ..FilterQuery::default()
    };
    let tab = FilterQuery {
        rows: q[0].key.clone(),
        columns: q[1].key.clone(),
        ..FilterQuery::default()
    };
    let dashboard = |query: FilterQuery| {
        let (db, indexes, staff) = (&db, &indexes, staff.clone());
        async move {
            let r = app::results::service::filtered_results(
                db,
                indexes,
                staff,
                SLUG,
                &query,
                Utc::now(),
            )
            .await
            .unwrap();
            assert!(r.filters.errors.is_empty());
            r.dashboard.responses
        }
    };

    // The first filtered view reads the sets from the database.
    let cold = Instant::now();
    let shown = dashboard(one.clone()).await;
    let cold = cold.elapsed();
    let (rss_after, peak) = memory();
    let bytes = {
        let held = indexes
            .read(
                &db,
                consultation.id,
                &versions
                    .iter()
                    .flat_map(|(_, v)| v.questionnaire.questions().map(|q| q.id))
                    .collect::<Vec<_>>(),
            )
            .await
            .unwrap();
        held.bytes()
    };

    let unfiltered = time(|| dashboard(FilterQuery::default())).await;
    let one_filter = time(|| dashboard(one.clone())).await;
    let three_filters = time(|| dashboard(three.clone())).await;
    let shown_three = dashboard(three.clone()).await;
    let cross_tab = time(|| {
        let (db, indexes, staff, tab) = (&db, &indexes, staff.clone(), tab.clone());
        async move {
            app::results::service::cross_tab(db, indexes, staff, SLUG, &tab)
                .await
                .unwrap()
                .tab
                .is_some()
        }
    })
    .await;

    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
    println!("| view ({RUNS} runs each) | p50 | p95 |");
    println!("|---|---|---|");
    println!(
        "| unfiltered dashboard data (kept tallies) | {} | {} |",
        ms(unfiltered.0),
        ms(unfiltered.1)
    );
    println!(
        "| one answer filter ({shown} responses) | {} | {} |",
        ms(one_filter.0),
        ms(one_filter.1)
    );
    println!(
        "| three answer filters ({shown_three} responses) | {} | {} |",
        ms(three_filters.0),
        ms(three_filters.1)
    );
    println!(
        "| cross-tab 5 × 12 options | {} | {} |",
        ms(cross_tab.0),
        ms(cross_tab.1)
    );
    println!();
    println!(
        "first filtered view (reads the sets from the database): {}",
        ms(cold)
    );
    println!(
        "memory: {rss_before} MB resident before the sets, {rss_after} MB after (peak {peak} MB, generation included); the sets themselves {:.1} MB",
        bytes as f64 / 1_048_576.0
    );

    drop(db);
    if backend == "postgres" {
        let admin = sea_orm::Database::connect(&admin_url).await.unwrap();
        let _ = admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {bench_db} WITH (FORCE)"))
            .await;
    } else {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }
}
