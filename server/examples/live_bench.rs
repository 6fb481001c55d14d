//! Benchmark: how long from sending a response to its arrival on every open dashboard?
//!
//! Against a running server (see `bench/live.sh`): signs in, opens `streams` live results streams
//! on the open demo consultation, waits for each one's first snapshot, then sends `responses`
//! responses at a steady `rate` per second through the public form (its pages answered and
//! continued, then "Send response" on "Check your answers", as a browser without JavaScript). For
//! every (response, stream) pair it records the time from sending that last POST to the first
//! snapshot on that stream that counts the response,
//! and prints p50/p95/p99, the worst, and how many streams dropped.
//!
//! Usage: live_bench <port> [streams 1000] [responses 100] [rate per second 5]

#[path = "../tests/support/wire.rs"]
mod wire;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use wire::{EventStream, attribute_after, post_form, request};

const SLUG: &str = "20mph-speed-limits";

fn arg(n: usize, default: u64) -> u64 {
    std::env::args()
        .nth(n)
        .and_then(|a| a.parse().ok())
        .unwrap_or(default)
}

/// The response count of a snapshot, read without decoding the whole dashboard.
fn responses_of(json: &str) -> Option<i64> {
    let at = json.find("\"responses\":")? + "\"responses\":".len();
    let digits: String = json[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

/// A response answered up to "Check your answers", as a browser without JavaScript gets there:
/// page 1's first (required) question chosen, then Continue through the other pages. Returns the
/// check page's address, whose Send stores it.
async fn prepare_response(port: u16) -> String {
    let path = format!("/consultations/{SLUG}/respond");
    let page = request(port, "GET", &path, &[], "").await.expect("form");
    let radio = page.body.find("type=\"radio\"").expect("a radio");
    let start = page.body[..radio].rfind("<input").expect("its tag");
    let end = radio + page.body[radio..].find('>').expect("its end");
    let tag = &page.body[start..end];
    let name = attribute_after(tag, "<input", "name").expect("name");
    let value = attribute_after(tag, "<input", "value").expect("value");
    let mut reply = post_form(port, &path, None, &[(name, value)])
        .await
        .expect("page 1");
    loop {
        assert_eq!(reply.status, 303, "page refused: {}", reply.body);
        let next = reply.header("location").expect("where next").to_string();
        if next.ends_with("/check") {
            return next;
        }
        reply = post_form(port, &next, None, &[]).await.expect("a page");
    }
}

/// "Send response" on the check page at `check`.
async fn send_response(port: u16, check: &str) {
    let reply = post_form(port, check, None, &[]).await.expect("post");
    assert_eq!(reply.status, 303, "response refused: {}", reply.body);
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[tokio::main]
async fn main() {
    let port = arg(1, 3000) as u16;
    let streams = arg(2, 1000) as usize;
    let responses = arg(3, 100) as usize;
    let rate = arg(4, 5).max(1);

    let signed_in = post_form(
        port,
        "/staff/sign-in",
        None,
        &[
            ("email".into(), app::demo::DEMO_STAFF_EMAIL.into()),
            ("password".into(), app::demo::DEMO_STAFF_PASSWORD.into()),
        ],
    )
    .await
    .expect("sign in");
    let cookie = signed_in.cookie().expect("session cookie");
    let path = format!("/staff/consultations/{SLUG}/results/live");

    // Open every stream and read its first snapshot.
    let opened = Instant::now();
    let mut handles = Vec::new();
    let mut baseline = None;
    for _ in 0..streams {
        let mut stream = EventStream::open(port, &path, Some(&cookie))
            .await
            .expect("stream opens");
        assert_eq!(stream.status, 200);
        let first = stream
            .next_event(Duration::from_secs(30))
            .await
            .expect("a first snapshot");
        baseline = responses_of(&first.data);
        handles.push(stream);
    }
    let baseline = baseline.unwrap_or(0);
    println!(
        "{streams} streams open with their first snapshot in {:.1} s (dashboard at {baseline} responses)",
        opened.elapsed().as_secs_f64()
    );

    // Sent times by response number (baseline + 1 …), filled in as they are sent.
    let sent: Arc<Mutex<Vec<Option<Instant>>>> = Arc::new(Mutex::new(vec![None; responses]));
    let target = baseline + responses as i64;
    let mut watchers = Vec::new();
    for mut stream in handles {
        let sent = sent.clone();
        watchers.push(tokio::spawn(async move {
            let mut seen = baseline;
            let mut latencies = Vec::new();
            while seen < target {
                let Some(event) = stream.next_event(Duration::from_secs(30)).await else {
                    return (latencies, false);
                };
                let arrived = Instant::now();
                let Some(count) = responses_of(&event.data) else {
                    continue;
                };
                let sent = sent.lock().unwrap();
                for n in seen + 1..=count.min(target) {
                    if let Some(Some(at)) = sent.get((n - baseline - 1) as usize) {
                        latencies.push(arrived.saturating_duration_since(*at));
                    }
                }
                seen = seen.max(count);
            }
            (latencies, true)
        }));
    }

    let started = Instant::now();
    let interval = Duration::from_secs_f64(1.0 / rate as f64);
    for i in 0..responses {
        let due = started + interval * i as u32;
        let check = prepare_response(port).await;
        tokio::time::sleep_until(due.into()).await;
        // Timed from "Send response": the store, the announcement, the reading and the delivery
        // are all inside what is measured.
        sent.lock().unwrap()[i] = Some(Instant::now());
        send_response(port, &check).await;
    }

    let mut all = Vec::new();
    let mut dropped = 0;
    for watcher in watchers {
        let (latencies, finished) = watcher.await.expect("watcher");
        if !finished {
            dropped += 1;
        }
        all.extend(latencies);
    }
    all.sort();
    let expected = streams * responses;
    println!(
        "{responses} responses at {rate}/s, {streams} dashboards: {} arrivals measured of {expected}",
        all.len()
    );
    println!("| p50 | p95 | p99 | worst | streams dropped |");
    println!("|---|---|---|---|---|");
    println!(
        "| {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms | {dropped} |",
        percentile(&all, 50.0).as_secs_f64() * 1000.0,
        percentile(&all, 95.0).as_secs_f64() * 1000.0,
        percentile(&all, 99.0).as_secs_f64() * 1000.0,
        all.last().copied().unwrap_or_default().as_secs_f64() * 1000.0,
    );
}
