//! Benchmark: does the results page stay as fast with many responses as with few?
//!
//! Stores responses through the real service (so the counts are maintained as in production),
//! then times `results::service::results` after a small and a large number of responses, in the
//! same process, and reports the ratio. Run with `bench/results-at-scale.sh [responses]`.

use std::time::{Duration, Instant};

use app::db::connect;
use app::staff::api::StaffIdentity;
use app::{demo, respond, results};
use chrono::Utc;

const KEY: &[u8] = b"benchmark signing key, 32 bytes!";
const SLUG: &str = "20mph-speed-limits";

async fn submit(db: &sea_orm::DatabaseConnection, i: usize) {
    let form = respond::service::load_form(db, KEY, SLUG, Utc::now())
        .await
        .unwrap();
    let q: Vec<_> = form.questionnaire.questions().collect();
    let pick = |qi: usize, n: usize| {
        q[qi].kind.options()[n % q[qi].kind.options().len()]
            .id
            .to_string()
    };
    let fields = vec![
        ("idempotency_key".to_string(), form.idempotency_key.clone()),
        (q[0].field_name(), pick(0, i)),
        (q[1].field_name(), pick(1, i)),
        (q[1].field_name(), pick(1, i + 1)),
        (q[2].field_name(), format!("Response number {i}")),
    ];
    respond::service::submit(db, KEY, SLUG, &fields, Utc::now())
        .await
        .unwrap();
}

/// Median time of `runs` calls to the results service.
async fn time_results(db: &sea_orm::DatabaseConnection, runs: usize) -> Duration {
    let staff = StaffIdentity {
        id: 1,
        email: "b@x.uk".into(),
        display_name: "B".into(),
        role: "analyst".into(),
        department_id: None,
    };
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let r = results::service::results(db, staff.clone(), SLUG, Utc::now())
            .await
            .unwrap();
        times.push(start.elapsed());
        std::hint::black_box(r);
    }
    times.sort();
    times[runs / 2]
}

#[tokio::main]
async fn main() {
    let large: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let small = 100.min(large);
    let path = std::env::temp_dir().join(format!("consult-bench-{}.db", std::process::id()));
    let db = connect(&format!("sqlite://{}?mode=rwc", path.display()))
        .await
        .unwrap();
    demo::load_if_empty(&db, Utc::now()).await.unwrap();

    let started = Instant::now();
    for i in 0..small {
        submit(&db, i).await;
    }
    let at_small = time_results(&db, 51).await;
    for i in small..large {
        submit(&db, i).await;
    }
    let per_submit = started.elapsed() / large as u32;
    let at_large = time_results(&db, 51).await;

    println!(
        "responses stored through the service: {large} ({per_submit:?} each, SQLite file, WAL)"
    );
    println!("results page data with {small:>7} responses: {at_small:?} (median of 51)");
    println!("results page data with {large:>7} responses: {at_large:?} (median of 51)");
    println!(
        "ratio large/small: {:.2} (1.0 = independent of the number of responses)",
        at_large.as_secs_f64() / at_small.as_secs_f64()
    );
    drop(db);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}
