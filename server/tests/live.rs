//! Live results across app servers: two server processes on one PostgreSQL database; a response
//! stored through one reaches a dashboard stream open on the other, and after the other's
//! listener loses its connection, a response announced meanwhile still arrives (resync).

#[path = "support/wire.rs"]
mod wire;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use app::results::api::Dashboard;
use sea_orm::{ConnectionTrait, Database};
use wire::{EventStream, attribute_after, free_port, post_form, request};

const SLUG: &str = "20mph-speed-limits";

/// A server process, stopped when dropped.
struct ServerProcess {
    child: Child,
    port: u16,
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_server(database_url: &str, site_root: &std::path::Path) -> ServerProcess {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_server"))
        .env("DATABASE_URL", database_url)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_SITE_ROOT", site_root)
        .env("LEPTOS_OUTPUT_NAME", "consult")
        .env("DEMO_DATA", "on")
        .env("DEMO_RESPONSES", "off")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the server binary starts");
    let server = ServerProcess { child, port };
    let started = Instant::now();
    loop {
        if let Ok(reply) = request(port, "GET", "/", &[], "").await
            && reply.status == 200
        {
            return server;
        }
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "server on port {port} did not answer within 90 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Sends a response to the open demo consultation through the server on `port`, as a browser
/// without JavaScript would: page 1 answered, then Continue through every page, then Send on
/// "Check your answers".
async fn respond(port: u16) {
    let path = format!("/consultations/{SLUG}/respond");
    let page = request(port, "GET", &path, &[], "").await.unwrap();
    assert_eq!(page.status, 200);
    // The first question (the one required) is a single choice: its first option.
    let radio = page.body.find("type=\"radio\"").unwrap();
    let start = page.body[..radio].rfind("<input").unwrap();
    let end = radio + page.body[radio..].find('>').unwrap();
    let tag = &page.body[start..end];
    let name = attribute_after(tag, "<input", "name").unwrap();
    let value = attribute_after(tag, "<input", "value").unwrap();
    let mut reply = post_form(port, &path, None, &[(name, value)])
        .await
        .unwrap();
    for _ in 0..10 {
        assert_eq!(reply.status, 303, "{}", reply.body);
        let next = reply.header("location").unwrap().to_string();
        if next.contains("/confirmation/") {
            return;
        }
        reply = post_form(port, &next, None, &[]).await.unwrap();
    }
    panic!("no confirmation after ten pages");
}

/// The next snapshot's response count on `stream`, waiting at most `wait`.
async fn next_count(stream: &mut EventStream, wait: Duration) -> Option<i64> {
    let event = stream.next_event(wait).await?;
    assert_eq!(event.name, "snapshot");
    let dashboard: Dashboard = serde_json::from_str(&event.data).expect("a dashboard");
    Some(dashboard.responses)
}

/// Waits until a snapshot on `stream` counts `expected` responses.
async fn until_count(stream: &mut EventStream, expected: i64, wait: Duration) -> Duration {
    let started = Instant::now();
    loop {
        let left = wait.saturating_sub(started.elapsed());
        match next_count(stream, left).await {
            Some(count) if count == expected => return started.elapsed(),
            Some(_) => continue,
            None => panic!("no snapshot with {expected} responses within {wait:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_response_on_one_server_reaches_a_dashboard_on_another() {
    let Ok(base) = std::env::var("TEST_POSTGRES_URL") else {
        eprintln!("not run: set TEST_POSTGRES_URL (CI does) to run two servers on PostgreSQL");
        return;
    };
    // A database of its own, so both servers start from empty and load the demo.
    let admin = Database::connect(&base).await.expect("PostgreSQL");
    let name = format!("live_{}", std::process::id());
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
        .await
        .unwrap();
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    let (prefix, _) = base.rsplit_once('/').expect("a database name in the URL");
    let url = format!("{prefix}/{name}");
    let site = std::env::temp_dir().join(format!("consult-live-site-{}", std::process::id()));
    std::fs::create_dir_all(&site).unwrap();

    {
        // One starts first (it migrates and loads the demo), then the other.
        let a = start_server(&url, &site).await;
        let b = start_server(&url, &site).await;

        let signed_in = post_form(
            b.port,
            "/staff/sign-in",
            None,
            &[
                ("email".into(), app::demo::DEMO_STAFF_EMAIL.into()),
                ("password".into(), app::demo::DEMO_STAFF_PASSWORD.into()),
            ],
        )
        .await
        .unwrap();
        assert_eq!(signed_in.status, 303);
        let cookie = signed_in.cookie().expect("a session cookie");

        // Signed out, the stream gives nothing.
        let refused = request(
            b.port,
            "GET",
            &format!("/staff/consultations/{SLUG}/results/live"),
            &[],
            "",
        )
        .await
        .unwrap();
        assert_eq!(refused.status, 401);
        assert!(!refused.body.contains("\"responses\""));

        let path = format!("/staff/consultations/{SLUG}/results/live");
        let mut stream = EventStream::open(b.port, &path, Some(&cookie))
            .await
            .unwrap();
        assert_eq!(stream.status, 200);
        assert_eq!(
            next_count(&mut stream, Duration::from_secs(10)).await,
            Some(0),
            "a snapshot at once"
        );

        // Stored by A, seen on B.
        respond(a.port).await;
        let took = until_count(&mut stream, 1, Duration::from_secs(5)).await;
        eprintln!("response on server A reached server B's dashboard in {took:?}");
        assert!(took < Duration::from_secs(1), "within the second: {took:?}");

        // B's listener loses its connection; a response stored meanwhile still arrives.
        let killed = admin
            .query_all_raw(sea_orm::Statement::from_string(
                sea_orm::DbBackend::Postgres,
                format!(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                     WHERE datname = '{name}' AND query LIKE 'LISTEN%'"
                ),
            ))
            .await
            .unwrap();
        assert_eq!(killed.len(), 2, "both servers' listeners cut off");
        // B listens again and, since announcements may have been missed meanwhile, reads the
        // figures again at once: a snapshot comes with no new response at all.
        assert_eq!(
            next_count(&mut stream, Duration::from_secs(10)).await,
            Some(1),
            "a resync after the listener reconnects"
        );
        respond(a.port).await;
        until_count(&mut stream, 2, Duration::from_secs(15)).await;

        // And the other way round, with a dashboard on A.
        let mut on_a = EventStream::open(a.port, &path, Some(&cookie))
            .await
            .unwrap();
        assert_eq!(
            next_count(&mut on_a, Duration::from_secs(10)).await,
            Some(2)
        );
        respond(b.port).await;
        until_count(&mut on_a, 3, Duration::from_secs(5)).await;
        until_count(&mut stream, 3, Duration::from_secs(5)).await;
    }
    let _ = std::fs::remove_dir_all(&site);
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .await
        .unwrap();
}
