//! Email (decision 0028) against a real SMTP server on a local port, and real databases: what
//! the outbox sends arrives, with both its parts; a failure is tried again later, then given
//! up; a message held by another server is left alone; without SMTP, messages become files.

#![cfg(feature = "ssr")]

#[path = "support/smtp_sink.rs"]
mod smtp_sink;

use app::db::entities::outbox_message;
use app::db::testing::test_databases;
use app::domain::email::{self, ATTEMPTS};
use app::mail::outbox::{Delivery, Mail, deliver_due, remove_given_up};
use app::mail::transport::Transport;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, PaginatorTrait};
use smtp_sink::SmtpSink;

const FROM: &str = "Have your say <consult@example.gov.uk>";

fn receipt() -> email::Email {
    email::receipt(
        "jo@example.com",
        "Parks & play",
        "https://consult.example.gov.uk/consultations/parks",
        "ABCD-1234",
        "2:15pm on 28 November 2026",
        &[email::AnsweredPage {
            heading: Some("Your visits".into()),
            answers: vec![(
                "How often do you visit?".into(),
                vec!["Every week \u{2013} at least".into()],
            )],
        }],
    )
}

fn temp_folder(name: &str) -> std::path::PathBuf {
    let folder = std::env::temp_dir().join(format!(
        "consult-mail-test-{name}-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
    let _ = std::fs::remove_dir_all(&folder);
    folder
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
}

#[tokio::test]
async fn queued_mail_arrives_by_smtp_with_both_parts() {
    let sink = SmtpSink::start();
    let transport = Transport::new(Some(&sink.url), &temp_folder("unused"), FROM).unwrap();
    for (backend, db) in test_databases().await {
        let before = sink.messages().len();
        let mail = Mail::new("https://consult.example.gov.uk");
        let now = Utc::now();
        assert!(mail.queue(&db, receipt(), now).await);
        let delivery = deliver_due(&db, &transport, now).await.unwrap();
        assert_eq!(
            delivery,
            Delivery {
                sent: 1,
                failed: 0,
                full: false
            },
            "{backend}"
        );
        // Sent messages leave the outbox.
        assert_eq!(outbox_message::Entity::find().count(&db).await.unwrap(), 0);
        let messages = sink.wait_for(before + 1).await;
        let message = &messages[before];
        assert_eq!(message.to, ["jo@example.com"], "{backend}");
        assert_eq!(
            message.subject(),
            "Your response to \u{201c}Parks & play\u{201d}: ABCD-1234"
        );
        let text = message.part("text/plain");
        assert!(text.contains("Your reference number: ABCD-1234"), "{text}");
        assert!(text.contains("Every week \u{2013} at least"), "{text}");
        let html = message.part("text/html");
        assert!(html.contains("<html lang=\"en\">"), "{html}");
        assert!(html.contains("Parks &amp; play"), "{html}");
        assert!(html.contains(
            "<dt style=\"font-weight:bold;margin:0 0 5px;\">How often do you visit?</dt>"
        ));
        let raw = String::from_utf8_lossy(&message.raw);
        assert!(
            raw.contains("From: \"Have your say\" <consult@example.gov.uk>")
                || raw.contains("From: Have your say <consult@example.gov.uk>"),
            "{raw}"
        );
        // Nothing else is due.
        assert_eq!(
            deliver_due(&db, &transport, now).await.unwrap(),
            Delivery::default()
        );
    }
}

#[tokio::test]
async fn a_mail_server_that_is_down_means_later_not_never() {
    // A port nothing listens on: bound, then let go.
    let dead = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("smtp://{}", listener.local_addr().unwrap())
    };
    let down = Transport::new(Some(&dead), &temp_folder("unused"), FROM).unwrap();
    let sink = SmtpSink::start();
    let up = Transport::new(Some(&sink.url), &temp_folder("unused"), FROM).unwrap();
    for (backend, db) in test_databases().await {
        let mail = Mail::new("https://consult.example.gov.uk");
        let now = Utc::now();
        mail.queue(&db, receipt(), now).await;
        let delivery = deliver_due(&db, &down, now).await.unwrap();
        assert_eq!((delivery.sent, delivery.failed), (0, 1), "{backend}");
        let row = outbox_message::Entity::find()
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.attempts, 1);
        assert!(row.last_error.is_some());
        assert_eq!(row.claimed_until, None);
        assert_eq!(row.given_up_at, None);
        assert!(row.next_attempt_at > now, "{backend}: tried again later");
        // Not before it is due, even with the server back.
        assert_eq!(
            deliver_due(&db, &up, now).await.unwrap(),
            Delivery::default()
        );
        let later = now + Duration::minutes(2);
        let before = sink.messages().len();
        assert_eq!(
            deliver_due(&db, &up, later).await.unwrap().sent,
            1,
            "{backend}"
        );
        sink.wait_for(before + 1).await;
        assert_eq!(outbox_message::Entity::find().count(&db).await.unwrap(), 0);

        // After its last attempt a message is given up, and kept for the operator to see.
        mail.queue(&db, receipt(), now).await;
        let row = outbox_message::Entity::find()
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        let mut last: outbox_message::ActiveModel = row.into();
        last.attempts = Set(ATTEMPTS - 1);
        last.update(&db).await.unwrap();
        assert_eq!(deliver_due(&db, &down, now).await.unwrap().failed, 1);
        let row = outbox_message::Entity::find()
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.attempts, ATTEMPTS, "{backend}");
        assert!(row.given_up_at.is_some(), "{backend}");
        let much_later = now + Duration::days(30);
        assert_eq!(
            deliver_due(&db, &up, much_later).await.unwrap(),
            Delivery::default(),
            "{backend}: never tried again"
        );
        // A month on, it goes (it may hold someone's answers).
        assert_eq!(
            remove_given_up(&db, now + Duration::days(29))
                .await
                .unwrap(),
            0
        );
        assert_eq!(
            remove_given_up(&db, now + Duration::days(31))
                .await
                .unwrap(),
            1,
            "{backend}"
        );
        assert_eq!(outbox_message::Entity::find().count(&db).await.unwrap(), 0);
    }
}

#[tokio::test]
async fn one_address_gets_ten_messages_an_hour_from_a_server_at_most() {
    for (backend, db) in test_databases().await {
        let mail = Mail::new("https://consult.example.gov.uk");
        let now = Utc::now();
        for _ in 0..email::MOST_PER_RECIPIENT_HOUR {
            assert!(mail.queue(&db, receipt(), now).await, "{backend}");
        }
        assert!(
            !mail.queue(&db, receipt(), now).await,
            "{backend}: the eleventh"
        );
        assert_eq!(
            outbox_message::Entity::find().count(&db).await.unwrap(),
            u64::from(email::MOST_PER_RECIPIENT_HOUR)
        );
        assert!(mail.queue(&db, receipt(), now + Duration::hours(1)).await);
    }
}

#[tokio::test]
async fn a_message_another_server_is_sending_is_left_to_it() {
    let sink = SmtpSink::start();
    let transport = Transport::new(Some(&sink.url), &temp_folder("unused"), FROM).unwrap();
    for (backend, db) in test_databases().await {
        let mail = Mail::new("https://consult.example.gov.uk");
        let now = Utc::now();
        mail.queue(&db, receipt(), now).await;
        let row = outbox_message::Entity::find()
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        let mut held: outbox_message::ActiveModel = row.into();
        held.claimed_until = Set(Some(now + Duration::minutes(1)));
        held.update(&db).await.unwrap();
        assert_eq!(
            deliver_due(&db, &transport, now).await.unwrap(),
            Delivery::default(),
            "{backend}"
        );
        // A server that stopped while holding it lets it go when its claim runs out.
        let later = now + Duration::minutes(3);
        assert_eq!(deliver_due(&db, &transport, later).await.unwrap().sent, 1);
    }
}

#[tokio::test]
async fn without_smtp_messages_are_written_to_a_folder() {
    let folder = temp_folder("folder");
    let transport = Transport::new(None, &folder, FROM).unwrap();
    assert!(transport.describe().contains("SMTP_URL is not set"));
    for (backend, db) in test_databases().await {
        let mail = Mail::new("https://consult.example.gov.uk");
        let now = Utc::now();
        mail.queue(&db, receipt(), now).await;
        assert_eq!(
            deliver_due(&db, &transport, now).await.unwrap().sent,
            1,
            "{backend}"
        );
    }
    let files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert!(!files.is_empty());
    for file in &files {
        assert_eq!(file.extension().and_then(|e| e.to_str()), Some("eml"));
        let raw = std::fs::read(file).unwrap();
        let parsed = mailparse::parse_mail(&raw).unwrap();
        assert_eq!(parsed.subparts.len(), 2, "plain text and HTML");
    }
    std::fs::remove_dir_all(&folder).unwrap();
}
