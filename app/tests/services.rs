//! Services against real databases: in-memory SQLite always, PostgreSQL too when
//! `TEST_POSTGRES_URL` is set. Each test runs its body once per backend on a fresh database.

#![cfg(feature = "ssr")]

use app::builder::service::{create_consultation, ensure_department};
use app::builder::{NewConsultation, NewPage, NewQuestion, NewQuestionKind};
use app::db::entities::{answer, consultation, consultation_tally, daily_tally, response};
use app::db::testing::test_databases;
use app::domain::permissions::{Membership, WorkspaceRole};
use app::domain::{ConsultationStatus, QuestionKind};
use app::error::AppError;
use app::respond::api::ResponseForm;
use app::results::api::QuestionSummary;
use app::staff::api::StaffIdentity;
use app::{demo, hub, respond, results, staff};
use chrono::{Duration, Utc};
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};

const KEY: &[u8] = b"test signing key, 32 bytes long!";
const OPEN: &str = "20mph-speed-limits";
const FORTHCOMING: &str = "public-art-strategy";
const CLOSED: &str = "library-opening-hours";

async fn with_demo() -> Vec<(&'static str, DatabaseConnection)> {
    let dbs = test_databases().await;
    for (_, db) in &dbs {
        assert!(demo::load_if_empty(db, Utc::now()).await.unwrap());
    }
    dbs
}

async fn responses(db: &DatabaseConnection) -> u64 {
    response::Entity::find().count(db).await.unwrap()
}

/// A site admin: may build every consultation.
fn site_admin() -> StaffIdentity {
    StaffIdentity {
        id: 1,
        email: "x@example.gov.uk".into(),
        display_name: "X".into(),
        site_admin: true,
        memberships: Vec::new(),
    }
}

/// A viewer in the workspace of consultation `slug`: sees it and its counts, changes nothing.
async fn viewer_of(db: &DatabaseConnection, slug: &str) -> StaffIdentity {
    let row = app::db::questionnaire_store::find_for_staff(db, slug)
        .await
        .unwrap();
    StaffIdentity {
        id: 2,
        email: "viewer@example.gov.uk".into(),
        display_name: "V".into(),
        site_admin: false,
        memberships: vec![Membership {
            workspace: row.department_id,
            role: WorkspaceRole::Viewer,
        }],
    }
}

async fn open_form(db: &DatabaseConnection) -> ResponseForm {
    respond::service::load_form(db, KEY, OPEN, Utc::now())
        .await
        .unwrap()
}

/// Fields answering the demo's open consultation: support = option 0, areas = options 0 and 2.
fn answers(form: &ResponseForm, why: &str) -> Vec<(String, String)> {
    let q: Vec<_> = form.questionnaire.questions().collect();
    let opt = |qi: usize, oi: usize| q[qi].kind.options()[oi].id.to_string();
    vec![
        ("idempotency_key".into(), form.idempotency_key.clone()),
        (q[0].field_name(), opt(0, 0)),
        (q[1].field_name(), opt(1, 0)),
        (q[1].field_name(), opt(1, 2)),
        (q[2].field_name(), why.into()),
        (q[3].field_name(), "".into()),
    ]
}

#[tokio::test]
async fn demo_content_fills_the_hub() {
    for (backend, db) in with_demo().await {
        let listing = hub::service::listing(&db, Utc::now()).await.unwrap();
        let slugs = |cards: &[hub::api::ConsultationCard]| {
            cards.iter().map(|c| c.slug.clone()).collect::<Vec<_>>()
        };
        assert_eq!(
            slugs(&listing.open),
            [OPEN, demo::RIVERSIDE_PARK],
            "{backend}"
        );
        assert_eq!(slugs(&listing.forthcoming), [FORTHCOMING], "{backend}");
        assert_eq!(slugs(&listing.closed), [CLOSED], "{backend}");
        assert!(listing.closed[0].has_outcome);
        assert_eq!(listing.open[0].department, "Highways and Transport");

        // Loading twice adds nothing.
        assert!(!demo::load_if_empty(&db, Utc::now()).await.unwrap());
    }
}

#[tokio::test]
async fn overview_renders_markdown_outcomes_and_refuses_unknown_or_draft() {
    for (backend, db) in with_demo().await {
        let open = hub::service::overview(&db, OPEN, Utc::now()).await.unwrap();
        assert_eq!(open.card.status, ConsultationStatus::Open);
        assert!(
            open.body_html.contains("<h3>Why we are consulting</h3>"),
            "{backend}"
        );
        assert!(open.outcome_html.is_none());

        let closed = hub::service::overview(&db, CLOSED, Utc::now())
            .await
            .unwrap();
        assert!(closed.outcome_html.unwrap().contains("<h3>We did</h3>"));

        let missing = hub::service::overview(&db, "no-such-thing", Utc::now()).await;
        assert!(matches!(missing, Err(AppError::NotFound(_))), "{backend}");

        let department = ensure_department(&db, "highways", "Highways and Transport")
            .await
            .unwrap();
        create_consultation(&db, draft("secret-plans", department))
            .await
            .unwrap();
        let draft = hub::service::overview(&db, "secret-plans", Utc::now()).await;
        assert!(
            matches!(draft, Err(AppError::NotFound(_))),
            "{backend}: drafts are not public"
        );
        let listing = hub::service::listing(&db, Utc::now()).await.unwrap();
        assert!(listing.open.iter().all(|c| c.slug != "secret-plans"));
    }
}

fn draft(slug: &str, department_id: i64) -> NewConsultation {
    NewConsultation {
        slug: slug.into(),
        title: "Draft".into(),
        summary: "Not yet".into(),
        body_markdown: "Draft".into(),
        department_id,
        contact_name: "Team".into(),
        contact_email: "team@example.gov.uk".into(),
        opens_at: Utc::now() - Duration::days(1),
        closes_at: Utc::now() + Duration::days(1),
        published: false,
        outcome_markdown: None,
        pages: vec![NewPage {
            title: None,
            questions: vec![NewQuestion {
                label: "Anything?".into(),
                hint: None,
                required: false,
                guidance: None,
                kind: NewQuestionKind::ShortText { max_chars: 10 },
            }],
        }],
    }
}

#[tokio::test]
async fn builder_refuses_bad_slugs_dates_and_duplicates() {
    for (backend, db) in with_demo().await {
        let department = ensure_department(&db, "highways", "x").await.unwrap();
        let mut bad = draft("Not A Slug", department);
        assert!(matches!(
            create_consultation(&db, bad.clone()).await,
            Err(AppError::BadRequest(_))
        ));
        bad.slug = "fine-slug".into();
        bad.closes_at = bad.opens_at;
        assert!(matches!(
            create_consultation(&db, bad).await,
            Err(AppError::BadRequest(_))
        ));
        let duplicate = create_consultation(&db, draft(OPEN, department)).await;
        assert!(
            matches!(duplicate, Err(AppError::Conflict(_))),
            "{backend}: {duplicate:?}"
        );
    }
}

#[tokio::test]
async fn forms_exist_only_while_open() {
    for (backend, db) in with_demo().await {
        let form = open_form(&db).await;
        assert_eq!(form.questionnaire.questions().count(), 13);
        assert!(matches!(
            form.questionnaire.questions().nth(2).unwrap().kind,
            QuestionKind::LongText { max_chars: 1000 }
        ));
        for slug in [FORTHCOMING, CLOSED] {
            let refused = respond::service::load_form(&db, KEY, slug, Utc::now()).await;
            assert!(
                matches!(refused, Err(AppError::Conflict(_))),
                "{backend} {slug}"
            );
        }
        let missing = respond::service::load_form(&db, KEY, "nope", Utc::now()).await;
        assert!(matches!(missing, Err(AppError::NotFound(_))));
    }
}

#[tokio::test]
async fn a_response_is_stored_with_its_counts_in_one_go() {
    for (backend, db) in with_demo().await {
        let form = open_form(&db).await;
        let now = Utc::now();
        let receipt =
            respond::service::submit(&db, KEY, OPEN, &answers(&form, " Safer\r\nstreets "), now)
                .await
                .unwrap();
        assert_eq!(
            app::domain::reference::normalise(&receipt.reference).as_deref(),
            Some(receipt.reference.as_str())
        );

        let stored = response::Entity::find().one(&db).await.unwrap().unwrap();
        assert_eq!(
            stored.version_id, form.questionnaire.version_id,
            "{backend}: records its version"
        );
        // One row per text answer and per chosen option; the blank short text is not stored.
        let rows = answer::Entity::find().all(&db).await.unwrap();
        assert_eq!(rows.len(), 4, "{backend}");
        assert!(
            rows.iter()
                .any(|a| a.text_value.as_deref() == Some("Safer\nstreets"))
        );

        let tally = consultation_tally::Entity::find().all(&db).await.unwrap();
        assert_eq!(tally.iter().map(|t| t.responses).sum::<i64>(), 1);
        let daily = daily_tally::Entity::find().all(&db).await.unwrap();
        assert_eq!(daily.len(), 1);
        assert_eq!(daily[0].responses, 1);

        let confirmation =
            respond::service::confirmation(&db, OPEN, &receipt.reference.to_lowercase())
                .await
                .unwrap();
        assert_eq!(confirmation.reference, receipt.reference);
        let elsewhere = respond::service::confirmation(&db, CLOSED, &receipt.reference).await;
        assert!(matches!(elsewhere, Err(AppError::NotFound(_))), "{backend}");
        let unknown = respond::service::confirmation(&db, OPEN, "2222-2222-2222").await;
        assert!(matches!(unknown, Err(AppError::NotFound(_))));

        // A second response on the same day adds to the same daily count.
        let second = open_form(&db).await;
        respond::service::submit(&db, KEY, OPEN, &answers(&second, "Another view"), now)
            .await
            .unwrap();
        let daily = daily_tally::Entity::find().all(&db).await.unwrap();
        assert_eq!(daily[0].responses, 2, "{backend}");
    }
}

#[tokio::test]
async fn the_same_form_sent_twice_stores_one_response() {
    for (backend, db) in with_demo().await {
        let form = open_form(&db).await;
        let fields = answers(&form, "Twice");
        let first = respond::service::submit(&db, KEY, OPEN, &fields, Utc::now())
            .await
            .unwrap();
        let again = respond::service::submit(&db, KEY, OPEN, &fields, Utc::now())
            .await
            .unwrap();
        assert_eq!(first, again, "{backend}: same confirmation");
        assert_eq!(responses(&db).await, 1);

        // The same key with different answers is refused, and changes nothing.
        let altered = answers(&form, "Something else");
        let refused = respond::service::submit(&db, KEY, OPEN, &altered, Utc::now()).await;
        assert!(
            matches!(refused, Err(AppError::Conflict(_))),
            "{backend}: {refused:?}"
        );
        assert_eq!(responses(&db).await, 1);
        let tally = consultation_tally::Entity::find().all(&db).await.unwrap();
        assert_eq!(tally.iter().map(|t| t.responses).sum::<i64>(), 1);
    }
}

#[tokio::test]
async fn a_double_click_racing_itself_stores_one_response() {
    for (backend, db) in with_demo().await {
        let form = open_form(&db).await;
        let fields = answers(&form, "Race");
        let (a, b, c) = tokio::join!(
            respond::service::submit(&db, KEY, OPEN, &fields, Utc::now()),
            respond::service::submit(&db, KEY, OPEN, &fields, Utc::now()),
            respond::service::submit(&db, KEY, OPEN, &fields, Utc::now()),
        );
        let (a, b, c) = (a.unwrap(), b.unwrap(), c.unwrap());
        assert_eq!(a, b, "{backend}");
        assert_eq!(b, c, "{backend}");
        assert_eq!(responses(&db).await, 1, "{backend}");
    }
}

#[tokio::test]
async fn answers_that_break_the_rules_are_refused_and_nothing_is_stored() {
    for (backend, db) in with_demo().await {
        let form = open_form(&db).await;
        let q: Vec<_> = form.questionnaire.questions().cloned().collect();
        let token = ("idempotency_key".to_string(), form.idempotency_key.clone());

        // Missing the required question: a field error the citizen can fix.
        let missing =
            respond::service::submit(&db, KEY, OPEN, std::slice::from_ref(&token), Utc::now())
                .await;
        match missing {
            Err(AppError::Invalid(errors)) => {
                assert_eq!(errors.len(), 1);
                assert_eq!(errors[0].field, q[0].field_name());
            }
            other => panic!("{backend}: {other:?}"),
        }

        // Too long, and too many options: field errors too.
        let mut fields = answers(&form, &"x".repeat(1001));
        fields.retain(|(name, _)| name != &q[1].field_name());
        for option in q[1].kind.options() {
            fields.push((q[1].field_name(), option.id.to_string()));
        }
        let invalid = respond::service::submit(&db, KEY, OPEN, &fields, Utc::now()).await;
        match invalid {
            Err(AppError::Invalid(errors)) => {
                let fields: Vec<_> = errors.iter().map(|e| e.field.clone()).collect();
                assert_eq!(
                    fields,
                    [q[1].field_name(), q[2].field_name()],
                    "{backend}: {errors:?}"
                );
            }
            other => panic!("{backend}: {other:?}"),
        }

        // Unknown questions, options not offered, several answers to a one-answer question:
        // requests no form of ours produces.
        let other_option = q[1].kind.options()[0].id.to_string();
        for bad in [
            vec![token.clone(), ("q999999".into(), "x".into())],
            vec![token.clone(), (q[0].field_name(), other_option)],
            vec![token.clone(), (q[0].field_name(), "not-a-number".into())],
            vec![
                token.clone(),
                (q[3].field_name(), "a".into()),
                (q[3].field_name(), "b".into()),
            ],
        ] {
            let refused = respond::service::submit(&db, KEY, OPEN, &bad, Utc::now()).await;
            assert!(
                matches!(refused, Err(AppError::BadRequest(_))),
                "{backend}: {bad:?} gave {refused:?}"
            );
        }
        assert_eq!(responses(&db).await, 0, "{backend}");
        let tally = consultation_tally::Entity::find().all(&db).await.unwrap();
        assert_eq!(tally.iter().map(|t| t.responses).sum::<i64>(), 0);
    }
}

#[tokio::test]
async fn forged_moved_or_missing_tokens_are_refused() {
    for (backend, db) in with_demo().await {
        let form = open_form(&db).await;
        let mut fields = answers(&form, "Forged");

        fields[0].1 = form.idempotency_key.replacen("v1.", "v1.9", 1);
        let forged = respond::service::submit(&db, KEY, OPEN, &fields, Utc::now()).await;
        assert!(matches!(forged, Err(AppError::BadRequest(_))), "{backend}");

        let wrong_key = respond::service::submit(
            &db,
            b"a different signing key",
            OPEN,
            &answers(&form, "x"),
            Utc::now(),
        )
        .await;
        assert!(matches!(wrong_key, Err(AppError::BadRequest(_))));

        fields.remove(0);
        let missing = respond::service::submit(&db, KEY, OPEN, &fields, Utc::now()).await;
        assert!(matches!(missing, Err(AppError::BadRequest(_))));

        // A genuine token of another consultation.
        let forthcoming = app::db::questionnaire_store::published_by_slug(
            &db,
            &app::domain::Slug::parse(FORTHCOMING).unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
        let version = app::db::questionnaire_store::current_version(&db, forthcoming.id)
            .await
            .unwrap()
            .unwrap();
        let mut moved = answers(&form, "Moved");
        moved[0].1 = respond::token::issue(KEY, forthcoming.id, version.id);
        let moved = respond::service::submit(&db, KEY, OPEN, &moved, Utc::now()).await;
        assert!(
            matches!(moved, Err(AppError::BadRequest(_))),
            "{backend}: {moved:?}"
        );

        assert_eq!(responses(&db).await, 0);
    }
}

#[tokio::test]
async fn responses_are_refused_before_opening_and_after_closing() {
    for (backend, db) in with_demo().await {
        let form = open_form(&db).await;
        let fields = answers(&form, "Late");
        let late =
            respond::service::submit(&db, KEY, OPEN, &fields, Utc::now() + Duration::days(40))
                .await;
        match late {
            Err(AppError::Conflict(message)) => assert!(message.contains("closed"), "{message}"),
            other => panic!("{backend}: {other:?}"),
        }
        let early =
            respond::service::submit(&db, KEY, OPEN, &fields, Utc::now() - Duration::days(20))
                .await;
        assert!(matches!(early, Err(AppError::Conflict(_))));
        assert_eq!(responses(&db).await, 0, "{backend}");
    }
}

#[tokio::test]
async fn results_come_from_the_maintained_counts() {
    for (backend, db) in with_demo().await {
        // An analyst of the department running it; one of another department sees nothing.
        let highways = app::staff::service::department_by_code(&db, "highways")
            .await
            .unwrap();
        let culture = app::staff::service::department_by_code(&db, "culture")
            .await
            .unwrap();
        let staff = StaffIdentity {
            id: 1,
            email: "a@b.uk".into(),
            display_name: "A".into(),
            site_admin: false,
            memberships: vec![Membership {
                workspace: highways,
                role: WorkspaceRole::Analyst,
            }],
        };
        let elsewhere = StaffIdentity {
            memberships: vec![Membership {
                workspace: culture,
                role: WorkspaceRole::Analyst,
            }],
            ..staff.clone()
        };
        assert_eq!(
            results::service::results(&db, elsewhere, OPEN, Utc::now()).await,
            Err(AppError::Forbidden),
            "{backend}"
        );
        let empty = results::service::results(&db, staff.clone(), OPEN, Utc::now())
            .await
            .unwrap();
        assert_eq!(empty.dashboard.responses, 0);

        for why in ["First", "Second", "Third"] {
            let form = open_form(&db).await;
            respond::service::submit(&db, KEY, OPEN, &answers(&form, why), Utc::now())
                .await
                .unwrap();
        }
        // A fourth who picks the second option and answers nothing else.
        let form = open_form(&db).await;
        let q0 = form.questionnaire.questions().next().unwrap().clone();
        respond::service::submit(
            &db,
            KEY,
            OPEN,
            &[
                ("idempotency_key".into(), form.idempotency_key.clone()),
                (q0.field_name(), q0.kind.options()[1].id.to_string()),
            ],
            Utc::now(),
        )
        .await
        .unwrap();

        let results = results::service::results(&db, staff, OPEN, Utc::now())
            .await
            .unwrap();
        assert_eq!(results.dashboard.responses, 4, "{backend}");
        assert!(results.dashboard.last_response_at.is_some());
        let support = &results.dashboard.questions[0];
        assert_eq!(support.answered, 4);
        match &support.summary {
            QuestionSummary::Choice { options, .. } => {
                assert_eq!((options[0].count, options[0].percent), (3, 75), "{backend}");
                assert_eq!((options[1].count, options[1].percent), (1, 25));
                assert_eq!(options[2].count, 0);
            }
            other => panic!("{other:?}"),
        }
        let areas = &results.dashboard.questions[1];
        assert_eq!(areas.answered, 3);
        match &areas.summary {
            QuestionSummary::Choice { options, .. } => {
                assert_eq!((options[0].count, options[0].percent), (3, 100));
                assert_eq!(options[1].count, 0);
                assert_eq!(options[2].count, 3);
            }
            other => panic!("{other:?}"),
        }
        match &results.dashboard.questions[2].summary {
            QuestionSummary::Text { latest } => {
                assert_eq!(latest, &["Third", "Second", "First"], "{backend}")
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(results.dashboard.questions[3].answered, 0);

        let rows = results::service::consultations(&db, Utc::now())
            .await
            .unwrap();
        let open = rows.iter().find(|r| r.slug == OPEN).unwrap();
        assert_eq!(open.responses, 4);
        assert_eq!(rows.len(), 4, "the demo's four consultations");
    }
}

#[tokio::test]
async fn staff_sign_in_sessions_and_sign_out() {
    for (backend, db) in with_demo().await {
        let now = Utc::now();
        let wrong =
            staff::service::sign_in(&db, demo::DEMO_STAFF_EMAIL, "wrong password", now).await;
        assert!(matches!(wrong, Err(AppError::Unauthorized)), "{backend}");
        let nobody = staff::service::sign_in(&db, "nobody@example.gov.uk", "whatever", now).await;
        assert!(matches!(nobody, Err(AppError::Unauthorized)));

        let staff::service::SignInOutcome::Opened(token, who) = staff::service::sign_in(
            &db,
            "Demo.Staff@Example.gov.uk ",
            demo::DEMO_STAFF_PASSWORD,
            now,
        )
        .await
        .unwrap() else {
            panic!("{backend}: no second step without two-factor sign-in");
        };
        assert_eq!(who.email, demo::DEMO_STAFF_EMAIL);
        let found = staff::service::identify(&db, &token, now).await.unwrap();
        assert_eq!(found.as_ref().map(|s| s.id), Some(who.id), "{backend}");

        // Sessions expire, and a guessed token finds nobody.
        let later = now + staff::service::SESSION_LENGTH + Duration::seconds(1);
        assert!(
            staff::service::identify(&db, &token, later)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            staff::service::identify(&db, &"0".repeat(64), now)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            staff::service::identify(&db, "short", now)
                .await
                .unwrap()
                .is_none()
        );

        staff::service::sign_out(&db, &token).await.unwrap();
        assert!(
            staff::service::identify(&db, &token, now)
                .await
                .unwrap()
                .is_none(),
            "{backend}"
        );
    }
}

#[tokio::test]
async fn staff_accounts_are_validated() {
    for (backend, db) in test_databases().await {
        let create = |email: &'static str, password: &'static str, role: &'static str| {
            let db = db.clone();
            async move { staff::service::create_staff(&db, email, "Name", password, role, None).await }
        };
        assert!(matches!(
            create("not-an-email", "long enough password", "editor").await,
            Err(AppError::BadRequest(_))
        ));
        assert!(matches!(
            create("a@b.uk", "short", "editor").await,
            Err(AppError::BadRequest(_))
        ));
        assert!(matches!(
            create("a@b.uk", "long enough password", "emperor").await,
            Err(AppError::BadRequest(_))
        ));
        // Everyone but a site admin works in a department.
        assert!(matches!(
            create("a@b.uk", "long enough password", "editor").await,
            Err(AppError::BadRequest(_))
        ));
        create("a@b.uk", "long enough password", "site_admin")
            .await
            .unwrap();
        let again = create("A@B.uk", "long enough password", "site_admin").await;
        assert!(
            matches!(again, Err(AppError::Conflict(_))),
            "{backend}: {again:?}"
        );
    }
}

/// The builder edits a published questionnaire in a new version, never the one being answered;
/// publishing makes it the form's; answers already given stay with their version.
#[tokio::test]
async fn builder_edits_go_to_a_working_version_and_publish_without_losing_answers() {
    use app::builder::service::{edit_questionnaire, questionnaire_draft};
    use app::domain::questionnaire_edit::{Direction, Edit};
    let staff = site_admin;
    for (backend, db) in with_demo().await {
        let form = open_form(&db).await;
        respond::service::submit(
            &db,
            KEY,
            OPEN,
            &answers(&form, "Before the edit"),
            Utc::now(),
        )
        .await
        .unwrap();
        let before = questionnaire_draft(&db, staff(), OPEN).await.unwrap();
        assert!(before.published, "{backend}");
        let keys: Vec<String> = before
            .questionnaire
            .questions()
            .map(|q| q.key.clone())
            .collect();

        // Move the last question up: a new unpublished version 2 with the same keys.
        let applied = edit_questionnaire(
            &db,
            &staff(),
            OPEN,
            &before.revision,
            Edit::MoveQuestion {
                question: keys[3].clone(),
                direction: Direction::Up,
            },
        )
        .await
        .unwrap();
        assert_eq!(applied.focus.as_deref(), Some(keys[3].as_str()));
        let working = questionnaire_draft(&db, staff(), OPEN).await.unwrap();
        assert_eq!(
            (working.version, working.published),
            (2, false),
            "{backend}"
        );
        let order: Vec<&str> = working
            .questionnaire
            .questions()
            .map(|q| q.key.as_str())
            .collect();
        // Page 1's questions (page 2 holds the rest, unmoved).
        assert_eq!(order[..4], [&keys[0], &keys[1], &keys[3], &keys[2]]);
        // Respondents still get version 1, unchanged.
        assert_eq!(
            open_form(&db).await.questionnaire.version_id,
            form.questionnaire.version_id
        );

        // An edit made on the page as it was before is refused, and changes nothing.
        let stale = edit_questionnaire(
            &db,
            &staff(),
            OPEN,
            &before.revision,
            Edit::DeleteQuestion {
                question: keys[0].clone(),
            },
        )
        .await;
        assert!(
            matches!(stale, Err(AppError::Conflict(_))),
            "{backend}: {stale:?}"
        );
        assert_eq!(
            questionnaire_draft(&db, staff(), OPEN)
                .await
                .unwrap()
                .questionnaire
                .questions()
                .count(),
            13
        );

        // A second edit changes version 2 in place.
        edit_questionnaire(
            &db,
            &staff(),
            OPEN,
            &working.revision,
            Edit::DeleteQuestion {
                question: keys[2].clone(),
            },
        )
        .await
        .unwrap();
        let deleted = questionnaire_draft(&db, staff(), OPEN).await.unwrap();
        assert_eq!(deleted.version, 2);
        assert_eq!(deleted.questionnaire.questions().count(), 12);

        // A move within the working version updates those rows in place (same row ids).
        let ids = |q: &app::domain::Questionnaire| {
            let mut ids: Vec<(String, i64)> =
                q.questions().map(|q| (q.key.clone(), q.id)).collect();
            ids.sort();
            ids
        };
        // Page 1's last question.
        let last = deleted.questionnaire.pages[0]
            .questions
            .last()
            .unwrap()
            .key
            .clone();
        edit_questionnaire(
            &db,
            &staff(),
            OPEN,
            &deleted.revision,
            Edit::MoveQuestionTo {
                question: last.clone(),
                page: deleted.questionnaire.pages[0].key.clone(),
                index: 0,
            },
        )
        .await
        .unwrap();
        let edited = questionnaire_draft(&db, staff(), OPEN).await.unwrap();
        assert_eq!(
            edited.questionnaire.questions().next().unwrap().key,
            last,
            "{backend}"
        );
        assert_eq!(
            ids(&edited.questionnaire),
            ids(&deleted.questionnaire),
            "{backend}"
        );
        let order: Vec<&str> = edited
            .questionnaire
            .questions()
            .map(|q| q.key.as_str())
            .collect();
        assert_eq!(order[..3], [&keys[3], &keys[0], &keys[1]], "{backend}");

        changes_through_review(&db, OPEN).await;
        let new_form = open_form(&db).await;
        assert_ne!(
            new_form.questionnaire.version_id,
            form.questionnaire.version_id
        );
        assert_eq!(new_form.questionnaire.questions().count(), 12, "{backend}");
        let kept: Vec<&str> = new_form
            .questionnaire
            .questions()
            .map(|q| q.key.as_str())
            .collect();
        assert_eq!(
            kept[..3],
            [&keys[3], &keys[0], &keys[1]],
            "keys carried over"
        );
        // The earlier answer is still there, with its version.
        assert_eq!(responses(&db).await, 1);
        let results = results::service::results(&db, staff(), OPEN, Utc::now())
            .await
            .unwrap();
        assert_eq!(results.dashboard.responses, 1, "{backend}");
    }
}

/// A new draft goes public only through the workflow (decision 0038): the quality checklist
/// stops an incomplete one, nobody approves their own, a reviewer confirms every item, a change
/// after approval goes back to review, scheduling publishes it, and the clock opens and closes it
/// on its dates, each step audited.
#[tokio::test]
async fn a_new_draft_goes_public_only_through_review_and_the_clock() {
    use app::builder::service::{edit_questionnaire, questionnaire_draft};
    use app::db::entities::{checklist_item, review_event};
    use app::domain::questionnaire::{ChoiceOption, Question};
    use app::domain::questionnaire_edit::Edit;
    use app::domain::workflow::Stage;
    use app::workflow::notices::tell_steps;
    use app::workflow::service::run_clock;
    for (backend, db) in test_databases().await {
        let department = ensure_department(&db, "parks", "Parks").await.unwrap();
        let author = staff::service::create_staff(
            &db,
            "author@example.gov.uk",
            "Author",
            "a long enough password",
            "editor",
            Some(department),
        )
        .await
        .unwrap();
        let reviewer = staff::service::create_staff(
            &db,
            "reviewer@example.gov.uk",
            "Reviewer",
            "a long enough password",
            "workspace_admin",
            Some(department),
        )
        .await
        .unwrap();
        let now = Utc::now();
        let mut new = draft("parks-review", department);
        new.opens_at = now + Duration::days(1);
        new.closes_at = now + Duration::days(3);
        new.pages = vec![NewPage {
            title: None,
            questions: vec![],
        }];
        create_consultation(&db, new).await.unwrap();
        let stage = |db: &DatabaseConnection| {
            let db = db.clone();
            async move { Stage::parse(&consultation_row(&db, "parks-review").await.stage).unwrap() }
        };
        assert_eq!(stage(&db).await, Stage::Draft, "{backend}");
        let empty = questionnaire_draft(&db, author.clone(), "parks-review")
            .await
            .unwrap();
        // The checklist stops it: no questions, and too short a period.
        let step =
            |who: StaffIdentity, step: &'static str, comment: &'static str, ticked: Vec<String>| {
                let db = db.clone();
                async move {
                    let ticked: Vec<&str> = ticked.iter().map(String::as_str).collect();
                    take_step(
                        &db,
                        &who,
                        "parks-review",
                        step,
                        comment,
                        &ticked,
                        Utc::now(),
                    )
                    .await
                }
            };
        match step(author.clone(), "send_for_review", "", vec![]).await {
            Err(AppError::Conflict(message)) => {
                assert!(
                    message.starts_with("It cannot be sent for review yet."),
                    "{message}"
                );
                assert!(message.contains("Add at least one question"), "{message}");
                assert!(message.contains("at least 6 weeks"), "{message}");
                assert!(message.contains("Write a privacy notice"), "{message}");
            }
            other => panic!("{backend}: {other:?}"),
        }
        // Its own privacy notice (the site has no template) and how long personal data is kept.
        app::privacy::service::save(
            &db,
            &author,
            "parks-review",
            app::privacy::service::PersonalDataInput {
                notice: "The parks team uses your answers to plan the parks.",
                retention: "12",
                marked: Vec::new(),
            },
            now,
        )
        .await
        .unwrap();
        app::db::entities::consultation::Entity::update_many()
            .col_expr(
                app::db::entities::consultation::Column::ClosesAt,
                sea_orm::sea_query::Expr::value(now + Duration::weeks(7)),
            )
            .exec(&db)
            .await
            .unwrap();
        let page = empty.questionnaire.pages[0].key.clone();
        let question = Question {
            id: 0,
            key: String::new(),
            label: "Which park do you use most?".into(),
            hint: None,
            required: true,
            guidance: None,
            kind: QuestionKind::SingleChoice {
                options: ["Victoria Park", "Riverside"]
                    .into_iter()
                    .map(|label| ChoiceOption {
                        id: 0,
                        key: String::new(),
                        label: label.into(),
                        other: false,
                        goto: None,
                    })
                    .collect(),
            },
        };
        edit_questionnaire(
            &db,
            &author,
            "parks-review",
            &empty.revision,
            Edit::AddQuestion {
                page,
                index: 0,
                question,
            },
        )
        .await
        .unwrap();
        assert_eq!(
            step(author.clone(), "send_for_review", "Ready", vec![]).await,
            Ok(Stage::InReview),
            "{backend}"
        );
        // Its reviewers are told, once; the person who sent it is not.
        let mail = app::mail::outbox::Mail::new("https://consult.example.gov.uk");
        assert_eq!(tell_steps(&db, &mail, Utc::now()).await.unwrap(), 1);
        assert_eq!(tell_steps(&db, &mail, Utc::now()).await.unwrap(), 0);
        let told = sent_emails(&db, "Draft: ").await;
        assert_eq!(
            told.iter()
                .map(|m| (m.to_address.as_str(), m.subject.as_str()))
                .collect::<Vec<_>>(),
            [("reviewer@example.gov.uk", "Draft: In review")],
            "{backend}"
        );
        assert!(told[0].text_body.contains("Their comment: Ready"));
        assert!(
            told[0]
                .text_body
                .contains("https://consult.example.gov.uk/staff/consultations/parks-review/review")
        );
        // Editors do not review; nobody approves their own; every item is confirmed.
        assert_eq!(
            step(author.clone(), "approve", "", vec![]).await,
            Err(AppError::Forbidden),
            "{backend}"
        );
        let items: Vec<String> = checklist_item::Entity::find()
            .all(&db)
            .await
            .unwrap()
            .iter()
            .map(|item| item.id.to_string())
            .collect();
        assert_eq!(items.len(), 3, "{backend}: the council's first items");
        match step(reviewer.clone(), "approve", "", items[..2].to_vec()).await {
            Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "items"),
            other => panic!("{backend}: {other:?}"),
        }
        match step(reviewer.clone(), "return", "", vec![]).await {
            Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "comment"),
            other => panic!("{backend}: {other:?}"),
        }
        assert_eq!(
            step(reviewer.clone(), "approve", "Good", items.clone()).await,
            Ok(Stage::Approved),
            "{backend}"
        );
        // A change after approval goes back to review.
        let approved = questionnaire_draft(&db, author.clone(), "parks-review")
            .await
            .unwrap();
        edit_questionnaire(
            &db,
            &author,
            "parks-review",
            &approved.revision,
            Edit::RenamePage {
                page: approved.questionnaire.pages[0].key.clone(),
                title: Some("Your park".into()),
            },
        )
        .await
        .unwrap();
        assert_eq!(stage(&db).await, Stage::InReview, "{backend}");
        assert_eq!(
            step(author.clone(), "schedule", "", vec![]).await,
            Err(AppError::Conflict(
                "That cannot be done at this stage: the page may be out of date, so look again"
                    .into()
            )),
            "{backend}"
        );
        // The change came back by an edit, not a sending: the reviewer approves it again.
        assert_eq!(
            step(reviewer.clone(), "approve", "", items.clone()).await,
            Ok(Stage::Approved),
            "{backend}"
        );
        assert_eq!(
            step(author.clone(), "schedule", "", vec![]).await,
            Ok(Stage::Scheduled),
            "{backend}"
        );
        let row = consultation_row(&db, "parks-review").await;
        assert_eq!(row.state, "published", "{backend}");
        let listing = hub::service::listing(&db, Utc::now()).await.unwrap();
        assert!(
            listing.forthcoming.iter().any(|c| c.slug == "parks-review"),
            "{backend}: scheduled consultations are public, as forthcoming"
        );
        // The clock: nothing before the date, then open, then closed; each step once.
        assert_eq!(run_clock(&db, now).await.unwrap(), 0, "{backend}");
        assert_eq!(run_clock(&db, now + Duration::days(2)).await.unwrap(), 1);
        assert_eq!(run_clock(&db, now + Duration::days(2)).await.unwrap(), 0);
        assert_eq!(stage(&db).await, Stage::Open, "{backend}");
        assert_eq!(run_clock(&db, now + Duration::weeks(8)).await.unwrap(), 1);
        assert_eq!(stage(&db).await, Stage::Closed, "{backend}");
        let events = review_event::Entity::find().all(&db).await.unwrap();
        let steps: Vec<(&str, Option<i64>)> = events
            .iter()
            .map(|e| (e.step.as_str(), e.staff_user_id))
            .collect();
        assert_eq!(
            steps,
            [
                ("send_for_review", Some(author.id)),
                ("approve", Some(reviewer.id)),
                ("edit", Some(author.id)),
                ("approve", Some(reviewer.id)),
                ("schedule", Some(author.id)),
                ("open", None),
                ("close", None),
            ],
            "{backend}"
        );
        assert_eq!(
            events[1].confirmed.as_deref().map(|c| c.lines().count()),
            Some(3)
        );
        let audited: Vec<String> = audit_rows(&db)
            .await
            .into_iter()
            .filter(|row| row.subject == "Draft")
            .map(|row| row.action)
            .collect();
        for action in [
            "sent-for-review",
            "approved",
            "scheduled",
            "opened",
            "closed",
        ] {
            assert!(
                audited.iter().any(|a| a == action),
                "{backend}: {action} in {audited:?}"
            );
        }
        // Everyone involved hears it opened and closed; each step is told once.
        assert_eq!(tell_steps(&db, &mail, Utc::now()).await.unwrap(), 6);
        let told = sent_emails(&db, "Draft: Closed").await;
        let mut to: Vec<&str> = told.iter().map(|m| m.to_address.as_str()).collect();
        to.sort();
        assert_eq!(
            to,
            ["author@example.gov.uk", "reviewer@example.gov.uk"],
            "{backend}"
        );
        assert!(told[0].text_body.contains("The platform, on the date"));
        the_outcome_is_written_reviewed_and_published(&db, backend, &author, &reviewer).await;
    }
}

/// The outcome of the closed consultation `parks-review`: its owner writes it, a reviewer
/// publishes it, and a change to it goes back to review while the public keeps the published
/// words (decision 0038).
async fn the_outcome_is_written_reviewed_and_published(
    db: &DatabaseConnection,
    backend: &str,
    author: &StaffIdentity,
    reviewer: &StaffIdentity,
) {
    use app::domain::workflow::Stage;
    use app::workflow::outcome::save;
    let slug = "parks-review";
    let step = |who: &StaffIdentity, step: &str, comment: &str| {
        let (db, who, step, comment) = (
            db.clone(),
            who.clone(),
            step.to_string(),
            comment.to_string(),
        );
        async move { take_step(&db, &who, slug, &step, &comment, &[], Utc::now()).await }
    };
    let public = |db: &DatabaseConnection| {
        let db = db.clone();
        async move {
            hub::service::overview(&db, slug, Utc::now())
                .await
                .unwrap()
                .outcome_html
        }
    };
    match step(author, "send_outcome_for_review", "").await {
        Err(AppError::Conflict(m)) => assert!(m.starts_with("Write the outcome"), "{m}"),
        other => panic!("{backend}: {other:?}"),
    }
    match save(db, author, slug, " \r\n ", Utc::now()).await {
        Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "outcome"),
        other => panic!("{backend}: {other:?}"),
    }
    let words = "We asked which park you use.\r\n\r\nYou said **Riverside**.";
    assert_eq!(save(db, author, slug, words, Utc::now()).await, Ok(false));
    assert_eq!(
        step(author, "send_outcome_for_review", "Ready").await,
        Ok(Stage::OutcomeInReview),
        "{backend}"
    );
    assert_eq!(
        step(author, "publish_outcome", "").await,
        Err(AppError::Forbidden),
        "{backend}: editors do not publish"
    );
    assert_eq!(
        public(db).await,
        None,
        "{backend}: nothing public before it is published"
    );
    assert_eq!(
        step(reviewer, "publish_outcome", "").await,
        Ok(Stage::OutcomePublished),
        "{backend}"
    );
    let shown = public(db).await.unwrap();
    assert!(shown.contains("<strong>Riverside</strong>"), "{shown}");
    // A change goes back to review; the public keeps the published words meanwhile.
    assert_eq!(
        save(db, author, slug, "We changed our mind.", Utc::now()).await,
        Ok(true),
        "{backend}"
    );
    assert_eq!(
        Stage::parse(&consultation_row(db, slug).await.stage),
        Some(Stage::OutcomeInReview)
    );
    assert_eq!(public(db).await.as_deref(), Some(shown.as_str()));
    // Returned, the published outcome stays published.
    match step(reviewer, "return_outcome", "").await {
        Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "comment"),
        other => panic!("{backend}: {other:?}"),
    }
    assert_eq!(
        step(reviewer, "return_outcome", "Say why").await,
        Ok(Stage::OutcomePublished),
        "{backend}"
    );
    assert_eq!(public(db).await.as_deref(), Some(shown.as_str()));
    // A reviewer who changes it has put it in review: someone else publishes it.
    assert_eq!(
        save(db, reviewer, slug, "The reviewer's words.", Utc::now()).await,
        Ok(true)
    );
    match step(reviewer, "publish_outcome", "").await {
        Err(AppError::Conflict(m)) => assert!(m.contains("someone else must approve"), "{m}"),
        other => panic!("{backend}: {other:?}"),
    }
    let audited: Vec<String> = audit_rows(db)
        .await
        .into_iter()
        .map(|row| row.action)
        .collect();
    for action in [
        "outcome-changed",
        "outcome-published",
        "returned-from-review",
    ] {
        assert!(audited.iter().any(|a| a == action), "{backend}: {action}");
    }
}

/// Changes to an open consultation's questionnaire go live only when a reviewer approves them
/// (decision 0038): meanwhile people answer the published version; returned, they stay
/// unpublished; the consultation still closes on its date with changes in review.
#[tokio::test]
async fn changes_to_an_open_consultation_go_live_only_when_approved() {
    use app::builder::service::{edit_questionnaire, questionnaire_draft};
    use app::domain::questionnaire_edit::Edit;
    use app::domain::workflow::{Stage, Step};
    use app::workflow::service::{page, run_clock};
    for (backend, db) in with_demo().await {
        let published = open_form(&db).await.questionnaire.version_id;
        // Nothing changed: nothing to send.
        let page_now = page(&db, site_admin(), OPEN).await.unwrap();
        assert_eq!(page_now.stage, Stage::Open, "{backend}");
        assert!(!page_now.offered.contains(&Step::SendChangesForReview));
        let nothing = take_step(
            &db,
            &site_admin(),
            OPEN,
            "send_changes_for_review",
            "",
            &[],
            Utc::now(),
        )
        .await;
        assert!(
            matches!(&nothing, Err(AppError::Conflict(m)) if m.starts_with("There are no changes")),
            "{nothing:?}"
        );
        let draft = questionnaire_draft(&db, site_admin(), OPEN).await.unwrap();
        edit_questionnaire(
            &db,
            &site_admin(),
            OPEN,
            &draft.revision,
            Edit::RenamePage {
                page: draft.questionnaire.pages[0].key.clone(),
                title: Some("Your street".into()),
            },
        )
        .await
        .unwrap();
        let page_now = page(&db, site_admin(), OPEN).await.unwrap();
        assert!(page_now.changes_waiting, "{backend}");
        assert_eq!(page_now.offered, [Step::SendChangesForReview]);
        assert_eq!(
            take_step(
                &db,
                &site_admin(),
                OPEN,
                "send_changes_for_review",
                "New title",
                &[],
                Utc::now()
            )
            .await,
            Ok(Stage::ChangesInReview)
        );
        // Still open, answering the published version.
        assert_eq!(open_form(&db).await.questionnaire.version_id, published);
        let reviewer = second_site_admin(&db).await;
        assert_eq!(
            take_step(
                &db,
                &reviewer,
                OPEN,
                "return_changes",
                "Not this title",
                &[],
                Utc::now()
            )
            .await,
            Ok(Stage::Open)
        );
        assert_eq!(open_form(&db).await.questionnaire.version_id, published);
        assert!(page(&db, site_admin(), OPEN).await.unwrap().changes_waiting);
        // An approval is of what the reviewer saw: a change since their page was drawn is
        // looked at first.
        take_step(
            &db,
            &site_admin(),
            OPEN,
            "send_changes_for_review",
            "",
            &[],
            Utc::now(),
        )
        .await
        .unwrap();
        let seen = page(&db, reviewer.clone(), OPEN).await.unwrap().seen;
        let draft = questionnaire_draft(&db, site_admin(), OPEN).await.unwrap();
        edit_questionnaire(
            &db,
            &site_admin(),
            OPEN,
            &draft.revision,
            Edit::RenamePage {
                page: draft.questionnaire.pages[0].key.clone(),
                title: Some("Your road".into()),
            },
        )
        .await
        .unwrap();
        let items: Vec<String> = app::db::entities::checklist_item::Entity::find()
            .all(&db)
            .await
            .unwrap()
            .iter()
            .map(|item| item.id.to_string())
            .collect();
        let ticked: Vec<&str> = items.iter().map(String::as_str).collect();
        let stale = app::workflow::service::take_step(
            &db,
            &reviewer,
            OPEN,
            "approve_changes",
            "",
            &ticked,
            &seen,
            Utc::now(),
        )
        .await;
        assert!(
            matches!(&stale, Err(AppError::Conflict(m)) if m.starts_with("It has changed since")),
            "{backend}: {stale:?}"
        );
        take_step(
            &db,
            &reviewer,
            OPEN,
            "return_changes",
            "Look again",
            &[],
            Utc::now(),
        )
        .await
        .unwrap();
        // A busy reviewer hears of every step, however many in an hour (the per-address cap
        // is for the public's forms, not the workflow's notices).
        for _ in 0..11 {
            take_step(
                &db,
                &site_admin(),
                OPEN,
                "send_changes_for_review",
                "",
                &[],
                Utc::now(),
            )
            .await
            .unwrap();
            take_step(
                &db,
                &reviewer,
                OPEN,
                "return_changes",
                "Again",
                &[],
                Utc::now(),
            )
            .await
            .unwrap();
        }
        let mail = app::mail::outbox::Mail::new("https://consult.example.gov.uk");
        app::workflow::notices::tell_steps(&db, &mail, Utc::now())
            .await
            .unwrap();
        let to_reviewer = sent_emails(&db, "")
            .await
            .into_iter()
            .filter(|m| m.to_address == "second.admin@example.gov.uk")
            .count();
        assert!(to_reviewer >= 12, "{backend}: {to_reviewer}");
        // Sent again, then its closing date comes first: it closes, the changes unpublished.
        assert_eq!(
            take_step(
                &db,
                &site_admin(),
                OPEN,
                "send_changes_for_review",
                "",
                &[],
                Utc::now()
            )
            .await,
            Ok(Stage::ChangesInReview)
        );
        let closes = consultation_row(&db, OPEN).await.closes_at;
        // (Other demo consultations may open or close by then too.)
        assert!(run_clock(&db, closes).await.unwrap() >= 1, "{backend}");
        let row = consultation_row(&db, OPEN).await;
        assert_eq!(Stage::parse(&row.stage), Some(Stage::Closed), "{backend}");
        let draft = questionnaire_draft(&db, site_admin(), OPEN).await.unwrap();
        assert!(
            !draft.published,
            "{backend}: the changes were never approved"
        );
    }
}

/// A workflow step as the review page posts it: with what the page shows `who` now.
async fn take_step(
    db: &DatabaseConnection,
    who: &StaffIdentity,
    slug: &str,
    step: &str,
    comment: &str,
    ticked: &[&str],
    now: chrono::DateTime<Utc>,
) -> Result<app::domain::workflow::Stage, AppError> {
    let seen = app::workflow::service::page(db, who.clone(), slug)
        .await
        .map(|page| page.seen)
        .unwrap_or_default();
    app::workflow::service::take_step(db, who, slug, step, comment, ticked, &seen, now).await
}

/// A second site admin (made once per database): reviews what the demo's admin sends.
async fn second_site_admin(db: &DatabaseConnection) -> StaffIdentity {
    use sea_orm::{ColumnTrait, QueryFilter};
    let email = "second.admin@example.gov.uk";
    let made = staff::service::create_staff(
        db,
        email,
        "Second Admin",
        "a long enough password",
        "site_admin",
        None,
    )
    .await;
    if let Ok(made) = made {
        return made;
    }
    let user = app::db::entities::staff_user::Entity::find()
        .filter(app::db::entities::staff_user::Column::Email.eq(email))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    StaffIdentity {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        site_admin: true,
        memberships: Vec::new(),
    }
}

/// Makes the changes waiting in open consultation `slug`'s questionnaire live as staff do
/// (decision 0038): the demo's admin sends them for review, a second site admin approves them
/// confirming every checklist item.
async fn changes_through_review(db: &DatabaseConnection, slug: &str) {
    use app::domain::workflow::Stage;
    let reviewer = second_site_admin(db).await;
    let items: Vec<String> = app::db::entities::checklist_item::Entity::find()
        .all(db)
        .await
        .unwrap()
        .iter()
        .map(|item| item.id.to_string())
        .collect();
    let ticked: Vec<&str> = items.iter().map(String::as_str).collect();
    let sent = take_step(
        db,
        &site_admin(),
        slug,
        "send_changes_for_review",
        "",
        &[],
        Utc::now(),
    )
    .await;
    assert_eq!(sent, Ok(Stage::ChangesInReview));
    let own = take_step(
        db,
        &site_admin(),
        slug,
        "approve_changes",
        "",
        &ticked,
        Utc::now(),
    )
    .await;
    assert!(matches!(own, Err(AppError::Conflict(_))), "{own:?}");
    let approved = take_step(
        db,
        &reviewer,
        slug,
        "approve_changes",
        "",
        &ticked,
        Utc::now(),
    )
    .await;
    assert_eq!(approved, Ok(Stage::Open));
}

/// The emails in the outbox whose subject starts `subject`, oldest first.
async fn sent_emails(
    db: &DatabaseConnection,
    subject: &str,
) -> Vec<app::db::entities::outbox_message::Model> {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    app::db::entities::outbox_message::Entity::find()
        .filter(app::db::entities::outbox_message::Column::Subject.starts_with(subject))
        .order_by_asc(app::db::entities::outbox_message::Column::Id)
        .all(db)
        .await
        .unwrap()
}

/// Results follow stable keys across versions: a reworded question with reordered options keeps
/// its history, a new option starts at nought, a removed option keeps its past answers ("removed
/// in version 2"), a removed question keeps its answers, a new question counts only the
/// responses that were asked it, and a change of kind is refused (decision 0007).
#[tokio::test]
async fn results_follow_stable_keys_across_versions() {
    use app::builder::service::{edit_questionnaire, questionnaire_draft};
    use app::domain::questionnaire::{ChoiceOption, Question, QuestionKind};
    use app::domain::questionnaire_edit::Edit;
    use app::results::api::QuestionSummary;
    let staff = site_admin;
    for (backend, db) in with_demo().await {
        // Version 1: support = "Strongly support", areas = schools and housing estates.
        let form = open_form(&db).await;
        respond::service::submit(&db, KEY, OPEN, &answers(&form, "Before"), Utc::now())
            .await
            .unwrap();
        let v1 = questionnaire_draft(&db, staff(), OPEN).await.unwrap();
        let q: Vec<Question> = v1.questionnaire.questions().cloned().collect();
        let (support, areas, why, street) = (&q[0], &q[1], &q[2], &q[3]);
        let edit = |revision: String, edit: Edit| {
            let db = db.clone();
            async move {
                edit_questionnaire(&db, &staff(), OPEN, &revision, edit).await?;
                Ok::<_, AppError>(questionnaire_draft(&db, staff(), OPEN).await?.revision)
            }
        };

        // Reworded, options reversed, "Support" removed, one option added.
        let mut reworded = support.clone();
        reworded.label = "How much do you support a 20mph limit?".into();
        let mut options: Vec<ChoiceOption> = support.kind.options().to_vec();
        options.reverse();
        options.retain(|o| o.label != "Support");
        options.push(ChoiceOption {
            id: 0,
            key: String::new(),
            label: "Not sure".into(),
            other: false,
            goto: None,
        });
        reworded.kind = QuestionKind::SingleChoice { options };
        let revision = edit(
            v1.revision.clone(),
            Edit::UpdateQuestion { question: reworded },
        )
        .await
        .unwrap();
        // "Housing estates" (chosen once in version 1) removed from the areas.
        let mut fewer = areas.clone();
        if let QuestionKind::MultipleChoice { options, .. } = &mut fewer.kind {
            options.retain(|o| o.label != "Housing estates");
        }
        let revision = edit(revision, Edit::UpdateQuestion { question: fewer })
            .await
            .unwrap();
        // The street question removed; a new question added.
        let revision = edit(
            revision,
            Edit::DeleteQuestion {
                question: street.key.clone(),
            },
        )
        .await
        .unwrap();
        let page = v1.questionnaire.pages[0].key.clone();
        let revision = edit(
            revision,
            Edit::AddQuestion {
                page,
                index: usize::MAX,
                question: Question {
                    id: 0,
                    key: String::new(),
                    label: "How do you usually travel?".into(),
                    hint: None,
                    required: false,
                    guidance: None,
                    kind: QuestionKind::ShortText { max_chars: 100 },
                },
            },
        )
        .await
        .unwrap();
        // A change of kind is refused and changes nothing.
        let mut other_kind = why.clone();
        other_kind.kind = QuestionKind::ShortText { max_chars: 50 };
        let refused = edit(
            revision.clone(),
            Edit::UpdateQuestion {
                question: other_kind,
            },
        )
        .await;
        assert!(
            matches!(&refused, Err(AppError::BadRequest(m)) if m.contains("cannot change its kind")),
            "{backend}: {refused:?}"
        );
        assert_eq!(
            questionnaire_draft(&db, staff(), OPEN)
                .await
                .unwrap()
                .revision,
            revision,
            "{backend}: the refused edit changed nothing"
        );
        changes_through_review(&db, OPEN).await;

        // Version 2: the same "Strongly support" (by key), schools, and the new question.
        let form2 = open_form(&db).await;
        let q2: Vec<&Question> = form2.questionnaire.questions().collect();
        let by_label = |label: &str| *q2.iter().find(|q| q.label.starts_with(label)).unwrap();
        let option_id = |q: &Question, label: &str| {
            q.kind
                .options()
                .iter()
                .find(|o| o.label == label)
                .unwrap()
                .id
                .to_string()
        };
        let support2 = by_label("How much");
        let areas2 = by_label("Where would");
        let fields = vec![
            ("idempotency_key".to_string(), form2.idempotency_key.clone()),
            (
                support2.field_name(),
                option_id(support2, "Strongly support"),
            ),
            (
                areas2.field_name(),
                option_id(areas2, "Streets near schools"),
            ),
            (by_label("Tell us why").field_name(), "After".into()),
            (by_label("How do you usually").field_name(), "By bus".into()),
        ];
        respond::service::submit(&db, KEY, OPEN, &fields, Utc::now())
            .await
            .unwrap();

        let results = results::service::results(&db, staff(), OPEN, Utc::now())
            .await
            .unwrap();
        assert_eq!(results.dashboard.responses, 2, "{backend}");
        let labels: Vec<&str> = results
            .dashboard
            .questions
            .iter()
            .map(|q| q.label.as_str())
            .collect();
        assert_eq!(
            labels,
            [
                "How much do you support a 20mph limit?",
                "Where would a lower limit matter most to you?",
                "Tell us why you hold this view",
                "How do you usually travel?",
                "Which ward do you live in?",
                "On how many days a week do you drive in the borough?",
                "When did you start living or working in the borough?",
                "What is your postcode?",
                "Which streets should we change first?",
                "How should we spend the road safety budget?",
                "How far do you agree with each statement?",
                "Your email address, if you would like to hear what we decide",
                "What is the name of the street you live on?",
            ],
            "{backend}: the current order, then what was removed"
        );
        let options = |i: usize| match &results.dashboard.questions[i].summary {
            QuestionSummary::Choice { options, .. } => options
                .iter()
                .map(|o| (o.label.clone(), o.count, o.percent, o.removed_in))
                .collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        };
        let row = |label: &str, count, percent, removed: Option<i32>| {
            (label.to_string(), count, percent, removed)
        };
        assert_eq!(results.dashboard.questions[0].answered, 2);
        assert_eq!(
            options(0),
            [
                row("Strongly oppose", 0, 0, None),
                row("Oppose", 0, 0, None),
                row("Neither support nor oppose", 0, 0, None),
                row("Strongly support", 2, 100, None),
                row("Not sure", 0, 0, None),
                row("Support", 0, 0, Some(2)),
            ],
            "{backend}: reworded and reordered, history kept"
        );
        assert_eq!(
            options(1),
            [
                row("Streets near schools", 2, 100, None),
                row("The town centre", 0, 0, None),
                row("Village streets", 0, 0, None),
                row("Other", 0, 0, None),
                row("Housing estates", 1, 50, Some(2)),
            ],
            "{backend}: a removed option keeps its past answers"
        );
        match &results.dashboard.questions[2].summary {
            QuestionSummary::Text { latest } => assert_eq!(latest, &["After", "Before"]),
            other => panic!("{other:?}"),
        }
        let added = &results.dashboard.questions[3];
        assert_eq!(
            (
                added.answered,
                added.asked,
                added.added_in,
                added.removed_in
            ),
            (1, 1, Some(2), None),
            "{backend}: only the version 2 response was asked it"
        );
        let removed = &results.dashboard.questions[12];
        assert_eq!(
            (removed.asked, removed.added_in, removed.removed_in),
            (1, None, Some(2)),
            "{backend}"
        );
    }
}

#[tokio::test]
async fn typed_kinds_are_stored_tidied_and_counted() {
    use app::builder::service::questionnaire_draft;
    for (backend, db) in test_databases().await {
        let department = ensure_department(&db, "planning", "Planning")
            .await
            .unwrap();
        let mut new = draft("typed-kinds", department);
        new.published = true;
        let question = |label: &str, kind: NewQuestionKind| NewQuestion {
            label: label.into(),
            hint: None,
            required: false,
            guidance: None,
            kind,
        };
        new.pages[0].questions = vec![
            question(
                "Ward",
                NewQuestionKind::Dropdown {
                    options: vec!["North".into(), "South".into()],
                },
            ),
            question(
                "Trips a week",
                NewQuestionKind::Typed(QuestionKind::Number {
                    min: Some("0".into()),
                    max: Some("100".into()),
                    decimals: 1,
                    unit: Some("trips".into()),
                }),
            ),
            question(
                "Moved in",
                NewQuestionKind::Typed(QuestionKind::Date {
                    earliest: chrono::NaiveDate::from_ymd_opt(1950, 1, 1),
                    latest: None,
                }),
            ),
            question("Email", NewQuestionKind::Typed(QuestionKind::Email)),
            question("Postcode", NewQuestionKind::Typed(QuestionKind::UkPostcode)),
        ];
        create_consultation(&db, new).await.unwrap();
        // The settings come back as they were built.
        let built = questionnaire_draft(&db, site_admin(), "typed-kinds")
            .await
            .unwrap();
        let kinds: Vec<QuestionKind> = built
            .questionnaire
            .questions()
            .map(|q| q.kind.clone())
            .collect();
        assert_eq!(
            kinds[1],
            QuestionKind::Number {
                min: Some("0".into()),
                max: Some("100".into()),
                decimals: 1,
                unit: Some("trips".into())
            },
            "{backend}"
        );
        assert!(matches!(
            kinds[2],
            QuestionKind::Date {
                earliest: Some(_),
                latest: None
            }
        ));

        let send = |answers: [&str; 7]| {
            let db = db.clone();
            let answers: Vec<String> = answers.iter().map(|a| a.to_string()).collect();
            async move {
                let form = respond::service::load_form(&db, KEY, "typed-kinds", Utc::now())
                    .await
                    .unwrap();
                let q: Vec<_> = form.questionnaire.questions().cloned().collect();
                let ward = q[0]
                    .kind
                    .options()
                    .iter()
                    .find(|o| o.label == answers[0].as_str())
                    .map(|o| o.id.to_string())
                    .unwrap_or_default();
                let date = q[2].field_names();
                let fields = vec![
                    ("idempotency_key".to_string(), form.idempotency_key.clone()),
                    (q[0].field_name(), ward),
                    (q[1].field_name(), answers[1].clone()),
                    (date[0].clone(), answers[2].clone()),
                    (date[1].clone(), answers[3].clone()),
                    (date[2].clone(), answers[4].clone()),
                    (q[3].field_name(), answers[5].clone()),
                    (q[4].field_name(), answers[6].clone()),
                ];
                respond::service::submit(&db, KEY, "typed-kinds", &fields, Utc::now()).await
            }
        };
        send([
            "North",
            "1,2",
            "5",
            "11",
            "1999",
            "Ann@Example.ORG",
            "sw1a2aa",
        ])
        .await
        .unwrap();
        send(["North", "3.5", "1", "1", "2020", "", "m1 1ae"])
            .await
            .unwrap();
        send(["South", "", "", "", "", "bob@example.com", ""])
            .await
            .unwrap();
        // Wrong answers are refused whole, with the box to fix, and store nothing.
        for (wrong, target) in [
            (["", "1.25", "", "", "", "", ""], "-q"),
            (["", "", "31", "2", "2020", "", ""], "-day"),
            (["", "", "1", "1", "1949", "", ""], "-day"),
            (["", "", "", "", "", "ann@", ""], "q"),
            (["", "", "", "", "", "", "SW1A"], "q"),
        ] {
            match send(wrong).await {
                Err(AppError::Invalid(errors)) => {
                    assert_eq!(errors.len(), 1, "{backend}: {errors:?}");
                    assert!(
                        errors[0].target_id.starts_with('q')
                            && (target != "-day" || errors[0].target_id.ends_with("-day")),
                        "{backend}: {errors:?}"
                    );
                }
                other => panic!("{backend}: {wrong:?} gave {other:?}"),
            }
        }
        assert_eq!(responses(&db).await, 3, "{backend}");

        let mut stored: Vec<(Option<String>, Option<f64>)> = answer::Entity::find()
            .all(&db)
            .await
            .unwrap()
            .into_iter()
            .filter(|a| a.option_id.is_none())
            .map(|a| (a.text_value, a.number_value))
            .collect();
        stored.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            stored,
            [
                (Some("12".into()), Some(12.0)),
                (Some("1999-11-05".into()), Some(730_063.0)),
                (Some("2020-01-01".into()), Some(737_425.0)),
                (Some("3.5".into()), Some(3.5)),
                (Some("Ann@example.org".into()), None),
                (Some("M1 1AE".into()), None),
                (Some("SW1A 2AA".into()), None),
                (Some("bob@example.com".into()), None),
            ],
            "{backend}: tidied, with numbers and day numbers"
        );

        let results = results::service::results(&db, site_admin(), "typed-kinds", Utc::now())
            .await
            .unwrap();
        let summary = |i: usize| results.dashboard.questions[i].summary.clone();
        match summary(0) {
            QuestionSummary::Choice { options, .. } => {
                let counts: Vec<(String, i64)> =
                    options.into_iter().map(|o| (o.label, o.count)).collect();
                assert_eq!(counts, [("North".into(), 2), ("South".into(), 1)]);
            }
            other => panic!("{backend}: {other:?}"),
        }
        // Spreads carry values, which each page writes in its language; here in English.
        let english = app::domain::Language::English;
        let bins = |spread: &results::api::NumberSpread| -> Vec<(String, i64)> {
            spread
                .bins
                .iter()
                .map(|bin| (bin.label_in(english), bin.count))
                .collect()
        };
        let read = |spread: &results::api::NumberSpread| {
            (
                spread.lowest.text_in(english),
                spread.median.text_in(english),
                spread.highest.text_in(english),
                spread.average.clone(),
            )
        };
        let spread = |i: usize| match summary(i) {
            QuestionSummary::Spread(spread) => spread,
            other => panic!("{backend}: {other:?}"),
        };
        let pairs = |pairs: &[(&str, i64)]| -> Vec<(String, i64)> {
            pairs.iter().map(|(l, c)| (l.to_string(), *c)).collect()
        };
        assert_eq!(
            read(&spread(1)),
            (
                "3.5".into(),
                "7.75".into(),
                "12".into(),
                Some("7.75".into())
            ),
            "{backend}"
        );
        assert_eq!(
            bins(&spread(1)),
            pairs(&[("3.5", 1), ("12", 1)]),
            "{backend}"
        );
        assert_eq!(
            read(&spread(2)),
            (
                "5 November 1999".into(),
                // Of two dates, the earlier: a date between two days is no date.
                "5 November 1999".into(),
                "1 January 2020".into(),
                None
            ),
            "{backend}"
        );
        assert_eq!(
            bins(&spread(2)),
            pairs(&[("5 November 1999", 1), ("1 January 2020", 1)]),
            "{backend}"
        );
        // In Welsh, the days are written in Welsh.
        assert_eq!(
            spread(2).highest.text_in(app::domain::Language::Welsh),
            "1 Ionawr 2020"
        );
        assert!(matches!(summary(3), QuestionSummary::NotListed { .. }));
        match summary(4) {
            QuestionSummary::Text { latest } => assert_eq!(latest, ["M1 1AE", "SW1A 2AA"]),
            other => panic!("{backend}: {other:?}"),
        }
        let answered: Vec<i64> = results
            .dashboard
            .questions
            .iter()
            .map(|q| q.answered)
            .collect();
        assert_eq!(answered, [3, 2, 2, 2, 2], "{backend}");
    }
}

/// The fields answering one page of a form: `(question index on the page, option index)` for
/// choice questions, by label of the option.
fn choose(form: &ResponseForm, question: usize, option: &str) -> (String, String) {
    let q = &form.questionnaire.pages[0].questions[question];
    let id = q
        .kind
        .options()
        .iter()
        .find(|o| o.label == option)
        .unwrap_or_else(|| panic!("no option {option}"))
        .id;
    (q.field_name(), id.to_string())
}

/// The page a journey address names, as its form.
async fn page_at(db: &DatabaseConnection, path: &str, now: chrono::DateTime<Utc>) -> ResponseForm {
    match step_at(db, path, now).await {
        respond::api::ResponseStep::Page(form) => form,
        other => panic!("{path}: {other:?}"),
    }
}

async fn step_at(
    db: &DatabaseConnection,
    path: &str,
    now: chrono::DateTime<Utc>,
) -> respond::api::ResponseStep {
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let parts: Vec<&str> = path.split('/').collect();
    let [_, "consultations", slug, "respond", token, page] = parts[..] else {
        panic!("not a journey address: {path}");
    };
    respond::journey::step(db, slug, token, page, query == "from=check", now)
        .await
        .unwrap()
}

/// Where an address of a journey goes: `(token, page)`.
/// Email for the services: links to a site at this address, nothing woken.
fn mail() -> std::sync::Arc<app::mail::outbox::Mail> {
    app::mail::outbox::Mail::new("https://consult.example.gov.uk/")
}

fn token_of(path: &str) -> String {
    path.split('/').nth(4).unwrap().to_string()
}

#[tokio::test]
async fn a_routed_response_is_answered_a_page_at_a_time_and_stored_once() {
    use respond::api::ResponseStep;
    use respond::journey::{Sending, save, send, start};
    const PARK: &str = demo::RIVERSIDE_PARK;
    for (backend, db) in with_demo().await {
        let now = Utc::now();
        let first = respond::journey::first_page(&db, PARK, now).await.unwrap();
        assert_eq!(first.questionnaire.pages.len(), 1, "one page at a time");
        let step = first.step.clone().unwrap();
        assert_eq!(
            step.progress,
            Some((1, 5)),
            "{backend}: no answers yet, every page"
        );
        assert_eq!(step.back, format!("/consultations/{PARK}"));

        // The first page's rules, and nothing stored for a refused page.
        match start(&db, PARK, &[], now).await {
            Err(AppError::Invalid(errors)) => assert_eq!(errors.len(), 1, "{backend}"),
            other => panic!("{backend}: {other:?}"),
        }
        let stray = vec![("q999999".to_string(), "x".to_string())];
        assert!(matches!(
            start(&db, PARK, &stray, now).await,
            Err(AppError::BadRequest(_))
        ));

        // Branch 1: people who do not visit skip to page 4, then 5.
        let no = vec![choose(&first, 0, "No, I do not visit it")];
        let next = start(&db, PARK, &no, now).await.unwrap();
        assert!(next.ends_with("/4"), "{backend}: {next}");
        let token = token_of(&next);
        let page4 = page_at(&db, &next, now).await;
        let step = page4.step.clone().unwrap();
        assert_eq!(
            step.progress,
            Some((2, 3)),
            "{backend}: the path is 1, 4, 5"
        );
        assert!(step.back.ends_with(&format!("{token}/1")));
        assert_eq!(
            page4.questionnaire.pages[0].title.as_deref(),
            Some("Why you do not visit")
        );
        // Page 4's required question, then a field of another page, are refused.
        let refused = save(&db, PARK, &token, "4", &[], now).await;
        assert!(
            matches!(refused, Err(AppError::Invalid(_))),
            "{backend}: {refused:?}"
        );
        assert!(matches!(
            save(&db, PARK, &token, "4", &no, now).await,
            Err(AppError::BadRequest(_))
        ));
        let far = vec![choose(&page4, 0, "It is too far away")];
        let next = save(&db, PARK, &token, "4", &far, now).await.unwrap();
        assert!(next.ends_with(&format!("{token}/5")), "{next}");
        let next = save(&db, PARK, &token, "5", &[], now).await.unwrap();
        assert!(next.ends_with(&format!("{token}/check")), "{next}");

        // Check your answers lists the path's pages, each answer with its Change link.
        let ResponseStep::Check(check) = step_at(&db, &next, now).await else {
            panic!("{backend}: not the check page");
        };
        let titles: Vec<_> = check.pages.iter().map(|p| p.title.clone()).collect();
        assert_eq!(
            titles,
            [
                None,
                Some("Why you do not visit".into()),
                Some("About you".into())
            ],
            "{backend}"
        );
        assert_eq!(check.pages[0].rows[0].lines, ["No, I do not visit it"]);
        assert!(
            check.pages[0].rows[0]
                .change
                .contains(&format!("{token}/1?from=check#"))
        );
        assert_eq!(
            check.pages[2].rows[1].lines,
            Vec::<String>::new(),
            "not answered"
        );

        // Sent once, however many times "Send" is pressed.
        let before = responses(&db).await;
        let Sending::Sent(confirmation, false) =
            send(&db, &mail(), PARK, &token, &[], now).await.unwrap()
        else {
            panic!("{backend}: not sent");
        };
        assert_eq!(responses(&db).await, before + 1);
        match send(&db, &mail(), PARK, &token, &[], now).await.unwrap() {
            Sending::Elsewhere(path) => assert_eq!(path, confirmation.path()),
            Sending::Sent(..) => panic!("{backend}: sent twice"),
        }
        assert_eq!(responses(&db).await, before + 1);
        assert_eq!(
            step_at(&db, &next, now).await,
            ResponseStep::Sent(confirmation.path()),
            "{backend}"
        );
        // Only the path's answers are stored: pages 1 and 4 (page 5 was left blank).
        let stored = answer::Entity::find().all(&db).await.unwrap();
        let stored: Vec<_> = stored
            .iter()
            .filter(|a| a.response_id == stored.iter().map(|a| a.response_id).max().unwrap())
            .collect();
        assert_eq!(stored.len(), 2, "{backend}: {stored:?}");

        // Branch 2: visitors go 1, 2, 3, then skip page 4 to 5.
        let yes = vec![choose(&first, 0, "Yes, at least once a month")];
        let next = start(&db, PARK, &yes, now).await.unwrap();
        let token = token_of(&next);
        assert!(next.ends_with(&format!("{token}/2")), "{next}");
        let page2 = page_at(&db, &next, now).await;
        assert_eq!(page2.step.as_ref().unwrap().progress, Some((2, 5)));
        let walk = vec![choose(&page2, 0, "Walking")];
        let next = save(&db, PARK, &token, "2", &walk, now).await.unwrap();
        assert!(next.ends_with("/3"));
        let page3 = page_at(&db, &next, now).await;
        let play = vec![choose(&page3, 0, "A new play area")];
        let next = save(&db, PARK, &token, "3", &play, now).await.unwrap();
        assert!(next.ends_with("/5"), "{backend}: page 4 is skipped: {next}");
        assert_eq!(
            page_at(&db, &next, now).await.step.unwrap().progress,
            Some((4, 4))
        );
        let check = save(&db, PARK, &token, "5", &[], now).await.unwrap();

        // Changing page 1 from "Check your answers" to "No": pages 2 and 3 are dropped, page 4
        // is asked, then back to check, which says what was removed.
        let change = page_at(
            &db,
            &format!("{}?from=check", check.replace("/check", "/1")),
            now,
        )
        .await;
        assert!(change.step.as_ref().unwrap().from_check);
        assert!(change.step.as_ref().unwrap().back.ends_with("/check"));
        let mut changed = no.clone();
        changed.push(("from_check".into(), "yes".into()));
        let next = save(&db, PARK, &token, "1", &changed, now).await.unwrap();
        assert!(next.ends_with("/4?from=check"), "{backend}: {next}");
        // A page now skipped says so, rather than showing old answers.
        assert!(matches!(
            step_at(
                &db,
                &format!("/consultations/{PARK}/respond/{token}/2"),
                now
            )
            .await,
            ResponseStep::OffPath(_)
        ));
        // Sending now goes to the page still to answer.
        match send(&db, &mail(), PARK, &token, &[], now).await.unwrap() {
            Sending::Elsewhere(path) => assert!(path.ends_with("/4?from=check"), "{path}"),
            Sending::Sent(..) => panic!("{backend}: sent with page 4 unanswered"),
        }
        let mut far = far.clone();
        far.push(("from_check".into(), "yes".into()));
        let next = save(&db, PARK, &token, "4", &far, now).await.unwrap();
        assert!(next.ends_with("/check"), "{backend}: {next}");
        let ResponseStep::Check(check) = step_at(&db, &next, now).await else {
            panic!("{backend}: not the check page");
        };
        assert_eq!(
            check.dropped,
            ["page 2 (Your visits)", "page 3 (The plans)"],
            "{backend}"
        );
        assert_eq!(check.pages.len(), 3);

        // The consultation closes before they send: their answers are shown to keep, nothing
        // is stored, and nothing is lost.
        let late = now + Duration::days(60);
        let ResponseStep::Closed(closed) = step_at(&db, &next, late).await else {
            panic!("{backend}: not shown as closed");
        };
        assert!(closed.action.is_empty());
        assert!(
            closed
                .pages
                .iter()
                .all(|p| p.rows.iter().all(|r| r.change.is_empty()))
        );
        assert_eq!(closed.pages[0].rows[0].lines, ["No, I do not visit it"]);
        let before = responses(&db).await;
        match send(&db, &mail(), PARK, &token, &[], late).await.unwrap() {
            Sending::Elsewhere(path) => assert!(path.ends_with("/check")),
            Sending::Sent(..) => panic!("{backend}: stored after closing"),
        }
        assert!(
            save(&db, PARK, &token, "4", &far, late)
                .await
                .unwrap()
                .ends_with("/check")
        );
        assert_eq!(responses(&db).await, before);
        // A month after closing, drafts go (sent or not); not before.
        assert_eq!(
            respond::journey::remove_stale(&db, late).await.unwrap(),
            0,
            "{backend}"
        );
        let month_after =
            now + Duration::days(40) + respond::journey::KEPT_AFTER_CLOSING + Duration::days(1);
        assert_eq!(
            respond::journey::remove_stale(&db, month_after)
                .await
                .unwrap(),
            2,
            "{backend}"
        );
        assert!(matches!(
            respond::journey::step(&db, PARK, &token, "check", false, late).await,
            Err(AppError::NotFound(_))
        ));

        // Addresses that name no draft, or no page of it.
        let missing =
            |result: Result<ResponseStep, AppError>| matches!(result, Err(AppError::NotFound(_)));
        for (token, page) in [
            ("0123456789abcdef0123456789abcdef", "1"),
            ("not-a-token", "1"),
            (token.as_str(), "0"),
            (token.as_str(), "6"),
            (token.as_str(), "01"),
            (token.as_str(), "+1"),
            (token.as_str(), "x"),
        ] {
            let result = respond::journey::step(&db, PARK, token, page, false, now).await;
            assert!(missing(result), "{backend}: {token} {page}");
        }
        let elsewhere = respond::journey::step(&db, OPEN, &token, "1", false, now).await;
        assert!(
            missing(elsewhere),
            "{backend}: a draft belongs to its consultation"
        );
    }
}

#[tokio::test]
async fn the_same_answers_sent_within_minutes_are_kept_and_marked() {
    for (backend, db) in with_demo().await {
        let now = Utc::now();
        let send = |at: chrono::DateTime<Utc>| {
            let db = db.clone();
            async move {
                let form = open_form(&db).await;
                respond::service::submit(&db, KEY, OPEN, &answers(&form, "Same words"), at)
                    .await
                    .unwrap()
                    .reference
            }
        };
        let first = send(now).await;
        let second = send(now + Duration::minutes(3)).await;
        let later = send(now + Duration::minutes(20)).await;
        let other = {
            let form = open_form(&db).await;
            respond::service::submit(
                &db,
                KEY,
                OPEN,
                &answers(&form, "Other words"),
                now + Duration::minutes(21),
            )
            .await
            .unwrap()
            .reference
        };
        assert_eq!(responses(&db).await, 4, "{backend}: every one is kept");
        let marked = |reference: String| {
            let db = db.clone();
            async move {
                results::responses_service::detail(&db, site_admin(), OPEN, &reference)
                    .await
                    .unwrap()
                    .row
                    .duplicate_of
            }
        };
        assert_eq!(marked(first.clone()).await, None, "{backend}");
        assert_eq!(
            marked(second).await,
            Some(first),
            "{backend}: three minutes apart"
        );
        assert_eq!(marked(later).await, None, "{backend}: twenty minutes apart");
        assert_eq!(marked(other).await, None, "{backend}: other answers");
        let list = results::responses_service::list(&db, site_admin(), OPEN, None)
            .await
            .unwrap();
        assert_eq!(
            list.rows
                .iter()
                .filter(|r| r.duplicate_of.is_some())
                .count(),
            1
        );
    }
}

/// The outbox's messages, oldest first.
async fn outbox(db: &DatabaseConnection) -> Vec<app::db::entities::outbox_message::Model> {
    use sea_orm::QueryOrder;
    app::db::entities::outbox_message::Entity::find()
        .order_by_asc(app::db::entities::outbox_message::Column::Id)
        .all(db)
        .await
        .unwrap()
}

fn field(name: &str, value: &str) -> (String, String) {
    (name.to_string(), value.to_string())
}

#[tokio::test]
async fn saved_answers_come_back_by_return_code_or_emailed_link_until_closing() {
    use respond::api::ResponseStep;
    use respond::journey::{Sending, save, send, start};
    use respond::saved::{self, Saving};
    const PARK: &str = demo::RIVERSIDE_PARK;
    let intent = field("intent", "save");
    for (backend, db) in with_demo().await {
        let now = Utc::now();
        let mail = mail();
        let first = respond::journey::first_page(&db, PARK, now).await.unwrap();

        // Saved on page 1 with nothing answered: kept, and page 1 is where it comes back.
        let empty = saved::save_first_for_later(&db, PARK, std::slice::from_ref(&intent), now)
            .await
            .unwrap();
        assert_eq!(empty.code.len(), 14, "{backend}: {}", empty.code);
        assert!(empty.emailed_to.is_none());
        let typed = empty.code.to_lowercase().replace('-', " ");
        let back = saved::resume_by_code(&db, PARK, &[field("code", &typed)], now)
            .await
            .unwrap();
        assert!(back.ends_with("/1"), "{backend}: {back}");

        // Page 1 answered; page 2 saved half done (its required question unanswered).
        let yes = vec![choose(&first, 0, "Yes, at least once a month")];
        let page2 = start(&db, PARK, &yes, now).await.unwrap();
        assert!(page2.ends_with("/2"));
        let old_token = token_of(&page2);
        let form2 = page_at(&db, &page2, now).await;
        let mut half = vec![choose(&form2, 1, "Sport"), intent.clone()];
        let Saving::Saved(saved_two) =
            saved::save_for_later(&db, PARK, &old_token, "2", &half, now)
                .await
                .unwrap()
        else {
            panic!("{backend}: not saved");
        };
        assert_ne!(saved_two.code, empty.code);
        assert_eq!(saved_two.title, "Improving Riverside Park");
        // The addresses the browser knew open nothing any more.
        assert!(matches!(
            respond::journey::step(&db, PARK, &old_token, "2", false, now).await,
            Err(AppError::NotFound(_))
        ));
        // The code opens the draft at the page to finish, with what was typed.
        let back = saved::resume_by_code(&db, PARK, &[field("code", &saved_two.code)], now)
            .await
            .unwrap();
        assert!(back.ends_with("/2"), "{backend}: {back}");
        let form = page_at(&db, &back, now).await;
        let step = form.step.unwrap();
        assert_eq!(step.saved, [half.remove(0)], "{backend}");
        assert_eq!(step.progress, Some((2, 5)));

        // Codes refused with what to do, nothing opened.
        for (typed, says) in [
            ("", "Enter your return code"),
            ("K7QM-4TZP", "12 letters and numbers"),
            ("0000-0000-0000", "No saved answers"),
        ] {
            match saved::resume_by_code(&db, PARK, &[field("code", typed)], now).await {
                Err(AppError::Invalid(errors)) => {
                    assert_eq!(errors[0].field, "code");
                    assert!(errors[0].message.contains(says), "{typed}: {errors:?}");
                }
                other => panic!("{backend}: {typed:?} gave {other:?}"),
            }
        }
        // A code opens only its own consultation's answers.
        assert!(matches!(
            saved::resume_by_code(&db, OPEN, &[field("code", &saved_two.code)], now).await,
            Err(AppError::Invalid(_))
        ));

        // A link by email: the address is checked, then the link queued.
        let ask = |email: &str| vec![field("code", &saved_two.code), field("email", email)];
        match saved::email_link(&db, &mail, PARK, &ask("jo@example"), now).await {
            Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "email"),
            other => panic!("{backend}: {other:?}"),
        }
        match saved::email_link(&db, &mail, PARK, &ask(" "), now).await {
            Err(AppError::Invalid(errors)) => {
                assert_eq!(errors[0].message, "Enter your email address")
            }
            other => panic!("{backend}: {other:?}"),
        }
        assert!(outbox(&db).await.is_empty());
        let sent = saved::email_link(&db, &mail, PARK, &ask(" jo@example.com "), now)
            .await
            .unwrap();
        assert_eq!(sent.emailed_to.as_deref(), Some("jo@example.com"));
        assert_eq!(sent.code, saved_two.code, "the same code, shown again");
        let queued = outbox(&db).await;
        assert_eq!(queued.len(), 1, "{backend}");
        assert_eq!(queued[0].to_address, "jo@example.com");
        let start_of_link = queued[0]
            .text_body
            .find("https://consult.example.gov.uk/consultations/riverside-park/return/")
            .expect("the link");
        let link: String = queued[0].text_body[start_of_link..]
            .split_whitespace()
            .next()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_string();
        assert_eq!(link.len(), 32, "{link}");
        assert!(queued[0].html_body.contains(&link));
        // The link opens the answers under yet another address; the last one stops working.
        let by_link = saved::resume_by_link(&db, PARK, &link, now).await.unwrap();
        assert!(by_link.ends_with("/2"), "{backend}: {by_link}");
        assert!(matches!(
            respond::journey::step(&db, PARK, &token_of(&back), "2", false, now).await,
            Err(AppError::NotFound(_))
        ));
        // Links and codes keep working until the consultation closes; others never do.
        assert!(saved::resume_by_link(&db, PARK, &link, now).await.is_ok());
        let by_code = saved::resume_by_code(&db, PARK, &[field("code", &saved_two.code)], now)
            .await
            .unwrap();
        for dead in [
            "0123456789abcdef0123456789abcdef",
            "x",
            &link.to_uppercase(),
        ] {
            assert!(matches!(
                saved::resume_by_link(&db, PARK, dead, now).await,
                Err(AppError::NotFound(_))
            ));
        }
        assert!(matches!(
            saved::resume_by_link(&db, OPEN, &link, now).await,
            Err(AppError::NotFound(_))
        ));
        // Enough links for a typo or two, no more.
        for _ in 1..respond::saved::MOST_LINKS {
            saved::email_link(&db, &mail, PARK, &ask("jo@example.com"), now)
                .await
                .unwrap();
        }
        match saved::email_link(&db, &mail, PARK, &ask("jo@example.com"), now).await {
            Err(AppError::Invalid(errors)) => {
                assert!(errors[0].message.contains("Use your return code"))
            }
            other => panic!("{backend}: {other:?}"),
        }
        let links_sent = outbox(&db).await.len();

        // Finished and sent, with a copy of the answers by email.
        let token = token_of(&by_code);
        let form2 = page_at(&db, &by_code, now).await;
        let next = save(&db, PARK, &token, "2", &[choose(&form2, 0, "Walking")], now)
            .await
            .unwrap();
        let form3 = page_at(&db, &next, now).await;
        let plan = form3.questionnaire.pages[0].questions[0].kind.options()[0]
            .label
            .clone();
        let check = save(&db, PARK, &token, "3", &[choose(&form3, 0, &plan)], now)
            .await
            .unwrap();
        assert!(check.ends_with("/5"), "{check}");
        let check = save(&db, PARK, &token, "5", &[], now).await.unwrap();
        assert!(check.ends_with("/check"));
        match send(
            &db,
            &mail,
            PARK,
            &token,
            &[field("email", "not an address")],
            now,
        )
        .await
        {
            Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "email"),
            Ok(_) => panic!("{backend}: sent with a bad address"),
            Err(other) => panic!("{backend}: {other:?}"),
        }
        let before = responses(&db).await;
        let Sending::Sent(confirmation, true) = send(
            &db,
            &mail,
            PARK,
            &token,
            &[field("email", "jo@example.com")],
            now,
        )
        .await
        .unwrap() else {
            panic!("{backend}: not sent with a copy");
        };
        assert_eq!(responses(&db).await, before + 1);
        let queued = outbox(&db).await;
        assert_eq!(queued.len(), links_sent + 1, "{backend}");
        let receipt = queued.last().unwrap();
        assert!(receipt.subject.contains(&confirmation.reference));
        assert!(
            receipt.text_body.contains("Walking"),
            "{}",
            receipt.text_body
        );
        assert!(receipt.text_body.contains(&plan));
        assert!(receipt.text_body.contains("Your visits"));
        assert!(
            !receipt.text_body.contains("Why you do not visit"),
            "only the path's pages"
        );
        // Sending again sends neither the response nor its copy twice.
        assert!(matches!(
            send(
                &db,
                &mail,
                PARK,
                &token,
                &[field("email", "jo@example.com")],
                now
            )
            .await
            .unwrap(),
            Sending::Elsewhere(_)
        ));
        assert_eq!(outbox(&db).await.len(), links_sent + 1);
        // The code of sent answers goes to their confirmation.
        let sent_back = saved::resume_by_code(&db, PARK, &[field("code", &saved_two.code)], now)
            .await
            .unwrap();
        assert_eq!(sent_back, confirmation.path());

        // Once closed, a code shows the answers to keep, and no link is emailed.
        let late = now + Duration::days(45);
        let closed_at = saved::resume_by_code(&db, PARK, &[field("code", &empty.code)], late)
            .await
            .unwrap();
        assert!(closed_at.ends_with("/check"), "{closed_at}");
        assert!(matches!(
            step_at(&db, &closed_at, late).await,
            ResponseStep::Closed(_)
        ));
        let ask_late = vec![field("code", &empty.code), field("email", "jo@example.com")];
        assert!(matches!(
            saved::email_link(&db, &mail, PARK, &ask_late, late).await,
            Err(AppError::Conflict(_))
        ));
        // A month after closing, drafts and every way back into them are gone.
        let gone = now + Duration::days(40 + 31);
        assert!(respond::journey::remove_stale(&db, gone).await.unwrap() >= 2);
        assert_eq!(
            app::db::entities::draft_return::Entity::find()
                .count(&db)
                .await
                .unwrap(),
            0,
            "{backend}"
        );
        assert!(matches!(
            saved::resume_by_link(&db, PARK, &link, gone).await,
            Err(AppError::NotFound(_))
        ));
    }
}

/// Responses to consultation `slug` counted as received on paper.
async fn paper_count(db: &DatabaseConnection, slug: &str) -> i64 {
    use app::db::entities::{channel_tally, consultation};
    use sea_orm::{ColumnTrait, QueryFilter};
    let id = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id;
    channel_tally::Entity::find()
        .filter(channel_tally::Column::ConsultationId.eq(id))
        .filter(channel_tally::Column::Channel.eq("paper"))
        .one(db)
        .await
        .unwrap()
        .map(|t| t.responses)
        .unwrap_or(0)
}

#[tokio::test]
async fn staff_enter_responses_from_paper_phone_and_email_counted_by_channel() {
    use app::entry::service::{enter, entry_form};
    use sea_orm::{ColumnTrait, QueryFilter};
    for (backend, db) in with_demo().await {
        let now = Utc::now();
        let staff = site_admin();
        let today = app::domain::uk_time::uk_local(now).date();
        let date = |day: chrono::NaiveDate| {
            use chrono::Datelike;
            vec![
                field("received-day", &day.day().to_string()),
                field("received-month", &day.month().to_string()),
                field("received-year", &day.year().to_string()),
            ]
        };
        let form = entry_form(&db, KEY, staff.clone(), OPEN, now)
            .await
            .unwrap();
        assert!(!form.closed);
        assert!(
            !form.questionnaire.pages.is_empty(),
            "{backend}: every page on one form"
        );
        let q: Vec<_> = form.questionnaire.questions().collect();
        // A required question left blank on paper is left blank; the answers given are kept.
        let mut fields = vec![
            field("form_token", &form.form_token),
            field("channel", "paper"),
            field(&q[2].field_name(), "Written in the margin"),
        ];
        fields.extend(date(today));
        let before = paper_count(&db, OPEN).await;
        let confirmation = enter(&db, KEY, &staff, OPEN, &fields, now).await.unwrap();
        let stored = response::Entity::find()
            .filter(response::Column::Reference.eq(confirmation.reference.clone()))
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.channel, "paper", "{backend}");
        assert_eq!(stored.entered_by, Some(staff.id));
        assert_eq!(stored.received_on, Some(today));
        assert_eq!(stored.late_reason, None);
        assert_eq!(
            paper_count(&db, OPEN).await,
            before + 1,
            "{backend}: counted as paper"
        );
        // The same form posted again (a double click) stores nothing more.
        let again = enter(&db, KEY, &staff, OPEN, &fields, now).await.unwrap();
        assert_eq!(again.reference, confirmation.reference);
        assert_eq!(paper_count(&db, OPEN).await, before + 1);

        // Every problem named at once; nothing stored.
        let count = responses(&db).await;
        let fresh = entry_form(&db, KEY, staff.clone(), OPEN, now)
            .await
            .unwrap();
        match enter(
            &db,
            KEY,
            &staff,
            OPEN,
            &[field("form_token", &fresh.form_token)],
            now,
        )
        .await
        {
            Err(AppError::Invalid(errors)) => {
                let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
                assert_eq!(fields, ["channel", "received"], "{backend}: {errors:?}");
            }
            other => panic!("{backend}: {other:?}"),
        }
        let mut nothing = vec![
            field("form_token", &fresh.form_token),
            field("channel", "phone"),
        ];
        nothing.extend(date(today));
        match enter(&db, KEY, &staff, OPEN, &nothing, now).await {
            Err(AppError::Invalid(errors)) => {
                assert!(
                    errors[0].message.contains("at least one answer"),
                    "{errors:?}"
                )
            }
            other => panic!("{backend}: {other:?}"),
        }
        // A form of another consultation, or no form at all.
        assert!(matches!(
            enter(&db, KEY, &staff, CLOSED, &fields, now).await,
            Err(AppError::BadRequest(_))
        ));
        assert_eq!(responses(&db).await, count);

        // After the closing date, only with a reason.
        let closed = entry_form(&db, KEY, staff.clone(), CLOSED, now)
            .await
            .unwrap();
        assert!(closed.closed);
        let cq: Vec<_> = closed.questionnaire.questions().collect();
        let mut late = vec![
            field("form_token", &closed.form_token),
            field("channel", "email"),
            field(&cq[0].field_name(), &cq[0].kind.options()[0].id.to_string()),
        ];
        late.extend(date(today));
        match enter(&db, KEY, &staff, CLOSED, &late, now).await {
            Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "late_reason"),
            other => panic!("{backend}: {other:?}"),
        }
        late.push(field("late_reason", "Postmarked before the closing date"));
        let accepted = enter(&db, KEY, &staff, CLOSED, &late, now).await.unwrap();
        let stored = response::Entity::find()
            .filter(response::Column::Reference.eq(accepted.reference))
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.channel, "email");
        assert_eq!(
            stored.late_reason.as_deref(),
            Some("Postmarked before the closing date")
        );

        // Only staff who may build the consultation may enter responses to it.
        let viewer = viewer_of(&db, OPEN).await;
        assert!(matches!(
            entry_form(&db, KEY, viewer.clone(), OPEN, now).await,
            Err(AppError::Forbidden)
        ));
        assert!(matches!(
            enter(&db, KEY, &viewer, OPEN, &fields, now).await,
            Err(AppError::Forbidden)
        ));
    }
}

/// The Welsh of a consultation's own words (decision 0030): kept with the English it was
/// written from, shown on Welsh pages while that English stands, never on English ones.
#[tokio::test]
async fn welsh_texts_are_kept_shown_and_go_out_of_date_with_their_english() {
    use app::domain::Language;
    use app::domain::welsh_content::{TITLE, option_target, question_target};
    use app::translation::service::{save, saved, welsh_version};
    for (backend, db) in with_demo().await {
        let now = Utc::now();
        let staff = site_admin();
        let page = welsh_version(&db, staff.clone(), OPEN).await.unwrap();
        assert_eq!(page.texts[0].target, TITLE);
        assert!(page.texts.iter().all(|t| t.welsh.is_empty()), "{backend}");
        let english = respond::journey::first_page(&db, OPEN, now).await.unwrap();
        let question = english.questionnaire.questions().next().unwrap().clone();
        let option = question.kind.options()[0].clone();
        let label_target = question_target(&question.key, "label");
        let option_target = option_target(&question.key, &option.key);
        let posted = vec![
            (
                "welsh.title".to_string(),
                "Terfynau cyflymder 20mya".to_string(),
            ),
            (
                format!("welsh.{label_target}"),
                "Ydych chi’n cefnogi?".to_string(),
            ),
            (format!("welsh.{option_target}"), "Cefnogi".to_string()),
            ("welsh.summary".to_string(), "  ".to_string()),
        ];
        assert_eq!(save(&db, &staff, OPEN, &posted, now).await.unwrap(), 3);
        // Saving again changes nothing; a blank box removes that text's Welsh.
        assert_eq!(save(&db, &staff, OPEN, &posted, now).await.unwrap(), 3);

        let welsh = respond::journey::first_page_in(&db, OPEN, now, Language::Welsh)
            .await
            .unwrap();
        let shown = welsh.questionnaire.questions().next().unwrap();
        assert_eq!(welsh.title, "Terfynau cyflymder 20mya", "{backend}");
        assert_eq!(shown.label, "Ydych chi’n cefnogi?");
        assert_eq!(shown.kind.options()[0].label, "Cefnogi");
        assert_eq!(shown.kind.options()[0].id, option.id, "the same answers");
        assert_eq!(welsh.welsh.lang(&label_target), None);
        assert_eq!(
            welsh.welsh.lang(&question_target(&question.key, "hint")),
            Some("en"),
            "an English hint is marked"
        );
        let again = respond::journey::first_page(&db, OPEN, now).await.unwrap();
        assert_eq!(
            again.title, english.title,
            "{backend}: English pages stay English"
        );
        let listing = hub::service::listing_in(&db, now, Language::Welsh)
            .await
            .unwrap();
        let card = listing.open.iter().find(|c| c.slug == OPEN).unwrap();
        assert_eq!(card.title, "Terfynau cyflymder 20mya");
        assert_eq!(card.welsh.lang(TITLE), None);
        assert_eq!(card.welsh.lang("summary"), Some("en"));

        // Staff who may not build it may not translate it; too long a text is refused.
        let viewer = viewer_of(&db, OPEN).await;
        assert!(matches!(
            save(&db, &viewer, OPEN, &posted, now).await,
            Err(AppError::Forbidden)
        ));
        let long = vec![("welsh.title".to_string(), "a".repeat(40_001))];
        assert!(matches!(
            save(&db, &staff, OPEN, &long, now).await,
            Err(AppError::Invalid(_))
        ));

        // When the English changes, its Welsh is out of date: English shows until updated.
        let consultation = consultation_row(&db, OPEN).await;
        let mut changed: consultation::ActiveModel = consultation.into();
        changed.title = sea_orm::Set("A new English title".into());
        sea_orm::ActiveModelTrait::update(changed, &db)
            .await
            .unwrap();
        let welsh = respond::journey::first_page_in(&db, OPEN, now, Language::Welsh)
            .await
            .unwrap();
        assert_eq!(welsh.title, "A new English title", "{backend}");
        assert_eq!(welsh.welsh.lang(TITLE), Some("en"));
        let page = welsh_version(&db, staff.clone(), OPEN).await.unwrap();
        assert!(page.texts[0].out_of_date);
        assert_eq!(
            saved(&db, page_consultation_id(&db).await)
                .await
                .unwrap()
                .len(),
            3
        );
    }
}

async fn consultation_row(db: &DatabaseConnection, slug: &str) -> consultation::Model {
    use sea_orm::{ColumnTrait, QueryFilter};
    consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

async fn page_consultation_id(db: &DatabaseConnection) -> i64 {
    consultation_row(db, OPEN).await.id
}

// ---------------------------------------------------------------------------------------------
// The audit log (decision 0034)

async fn audit_rows(db: &DatabaseConnection) -> Vec<app::db::entities::audit_event::Model> {
    use sea_orm::QueryOrder;
    app::db::entities::audit_event::Entity::find()
        .order_by_asc(app::db::entities::audit_event::Column::Id)
        .all(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_audit_log_refuses_to_be_changed_or_emptied() {
    use app::domain::audit::{AuditAction, AuditEntry};
    use sea_orm::ConnectionTrait;
    for (backend, db) in test_databases().await {
        app::audit::service::record(
            &db,
            &site_admin(),
            AuditEntry::new(AuditAction::WorkspaceCreated, "Parks").after("Code parks"),
        )
        .await
        .unwrap();
        for statement in [
            "UPDATE audit_events SET subject = 'Rewritten'",
            "DELETE FROM audit_events",
        ] {
            let refused = db.execute_unprepared(statement).await;
            assert!(refused.is_err(), "{backend}: {statement} was allowed");
        }
        if backend == "postgres" {
            assert!(
                db.execute_unprepared("TRUNCATE audit_events")
                    .await
                    .is_err()
            );
        }
        let rows = audit_rows(&db).await;
        assert_eq!(rows.len(), 1, "{backend}");
        assert_eq!(rows[0].subject, "Parks", "{backend}");
        assert_eq!(rows[0].actor_email, "x@example.gov.uk", "{backend}");
    }
}

#[tokio::test]
async fn staff_changes_are_recorded_and_each_admin_reads_their_own() {
    use app::audit::service::{csv_batch, csv_head, page, start_export};
    use app::workspaces::service as workspaces;
    for (backend, db) in with_demo().await {
        let admin = site_admin();
        // The demo's own account was created from the command line: one entry already.
        let seeded = audit_rows(&db).await.len();
        assert_eq!(seeded, 1, "{backend}");
        // A partner workspace, with a hostile name the CSV must not run as a formula.
        workspaces::create(&db, &admin, "police", "=HYPERLINK(\"x\")", "partner")
            .await
            .unwrap();
        let person = staff::service::create_staff(
            &db,
            "pat@example.gov.uk",
            "Pat",
            "a long enough password",
            "editor",
            Some(
                ensure_department(&db, "highways", "Highways")
                    .await
                    .unwrap(),
            ),
        )
        .await
        .unwrap();
        let mail = app::mail::outbox::Mail::new("http://localhost");
        workspaces::add(
            &db,
            &mail,
            &admin,
            "police",
            "pat@example.gov.uk",
            "",
            "viewer",
            "",
            Utc::now(),
        )
        .await
        .unwrap();
        workspaces::set_role(&db, &admin, "police", person.id, "analyst")
            .await
            .unwrap();
        workspaces::remove(&db, &admin, "police", person.id)
            .await
            .unwrap();
        workspaces::set_active(&db, &admin, person.id, false)
            .await
            .unwrap();
        // A refused change records nothing.
        let before_refusal = audit_rows(&db).await.len();
        assert!(
            workspaces::set_active(&db, &admin, admin.id, false)
                .await
                .is_err()
        );
        assert_eq!(audit_rows(&db).await.len(), before_refusal, "{backend}");

        let rows = audit_rows(&db).await.split_off(seeded);
        let actions: Vec<&str> = rows.iter().map(|r| r.action.as_str()).collect();
        assert_eq!(
            actions,
            [
                "workspace-created",
                "account-created",
                "member-added",
                "member-role-changed",
                "member-removed",
                "account-deactivated"
            ],
            "{backend}"
        );
        let role_change = &rows[3];
        assert_eq!(role_change.subject, "pat@example.gov.uk");
        assert_eq!(role_change.before.as_deref(), Some("viewer"));
        assert_eq!(role_change.after.as_deref(), Some("analyst"));
        assert_eq!(role_change.actor_id, Some(admin.id));
        // Created from the command line: nobody signed in did it.
        assert_eq!(rows[1].actor_id, None);

        // The site admin reads every entry, filtered as asked.
        let all = page(&db, admin.clone(), "").await.unwrap();
        assert_eq!(all.total, 7, "{backend}");
        assert!(all.everything);
        assert_eq!(all.entries[0].action, "account-deactivated", "newest first");
        let some = page(&db, admin.clone(), "action=member-added&who=X")
            .await
            .unwrap();
        assert_eq!(some.total, 1, "{backend}");
        let none = page(&db, admin.clone(), "about=nobody%25").await.unwrap();
        assert_eq!(none.total, 0, "{backend}: % is itself, not a wildcard");
        let refused = page(&db, admin.clone(), "from=31/02/2026").await.unwrap();
        assert_eq!(refused.errors.len(), 1);
        assert_eq!(refused.total, 7, "an unreadable day filters nothing");

        // The police workspace's admin reads the police entries alone; an editor reads none.
        let police = app::db::entities::department::Entity::find()
            .all(&db)
            .await
            .unwrap()
            .into_iter()
            .find(|d| d.slug == "police")
            .unwrap();
        let police_admin = StaffIdentity {
            id: 77,
            email: "chief@example.gov.uk".into(),
            display_name: "Chief".into(),
            site_admin: false,
            memberships: vec![Membership {
                workspace: police.id,
                role: WorkspaceRole::Admin,
            }],
        };
        let theirs = page(&db, police_admin.clone(), "").await.unwrap();
        assert!(!theirs.everything);
        let theirs: Vec<&str> = theirs.entries.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(
            theirs,
            [
                "member-removed",
                "member-role-changed",
                "member-added",
                "workspace-created"
            ],
            "{backend}"
        );
        let editor = StaffIdentity {
            memberships: vec![Membership {
                workspace: police.id,
                role: WorkspaceRole::Editor,
            }],
            ..police_admin.clone()
        };
        assert!(matches!(
            page(&db, editor.clone(), "").await,
            Err(AppError::Forbidden)
        ));
        assert!(matches!(
            start_export(&db, &editor, "").await,
            Err(AppError::Forbidden)
        ));

        // The CSV: the export is itself recorded, and text is never a formula.
        let export = start_export(&db, &police_admin, "").await.unwrap();
        let (text, next) = csv_batch(&db, &export, None).await.unwrap();
        assert!(csv_head().starts_with("\u{feff}When (UTC),Name,Email,Action"));
        assert!(
            text.contains("\"'=HYPERLINK(\"\"x\"\")\""),
            "{backend}: {text}"
        );
        assert_eq!(text.lines().count(), 4, "{backend}: the police entries");
        let (rest, _) = csv_batch(&db, &export, next).await.unwrap();
        assert!(rest.is_empty());
        let last = audit_rows(&db).await.pop().unwrap();
        assert_eq!(last.action, "audit-exported");
        assert_eq!(last.actor_id, Some(77));
    }
}

#[tokio::test]
async fn builder_changes_are_recorded_once_per_change_not_per_keystroke() {
    use app::domain::audit::{AuditAction, AuditEntry};
    for (backend, db) in with_demo().await {
        let admin = site_admin();
        let entry = |after: &str| {
            AuditEntry::new(AuditAction::QuestionnaireChanged, "Parks")
                .of_consultation(1, 1)
                .after(after)
        };
        for after in ["Changed the question “A”", "Changed the question “A”"] {
            app::audit::service::record_change(&db, &admin, entry(after))
                .await
                .unwrap();
        }
        app::audit::service::record_change(&db, &admin, entry("Added a page"))
            .await
            .unwrap();
        let changes: Vec<_> = audit_rows(&db)
            .await
            .into_iter()
            .filter(|r| r.action == "questionnaire-changed")
            .collect();
        assert_eq!(changes.len(), 2, "{backend}");

        // Changed details say what changed, before and after; saving them unchanged is no change.
        let before = audit_rows(&db).await.len();
        let row = app::db::questionnaire_store::find_for_staff(&db, OPEN)
            .await
            .unwrap();
        let details = |title: &str| app::domain::consultation_details::ConsultationDetails {
            title: title.into(),
            slug: app::domain::Slug::parse(OPEN).unwrap(),
            summary: row.summary.clone(),
            body_markdown: row.body_markdown.clone(),
            department_id: row.department_id,
            contact_name: row.contact_name.clone(),
            contact_email: row.contact_email.clone(),
            opens_at: row.opens_at,
            closes_at: row.closes_at,
        };
        app::builder::service::update_details(&db, &admin, OPEN, details(&row.title))
            .await
            .unwrap();
        assert_eq!(audit_rows(&db).await.len(), before, "{backend}");
        app::builder::service::update_details(&db, &admin, OPEN, details("20mph: have your say"))
            .await
            .unwrap();
        let last = audit_rows(&db).await.pop().unwrap();
        assert_eq!(last.action, "details-changed");
        assert_eq!(last.before, Some(format!("Title: {}", row.title)));
        assert_eq!(last.after.as_deref(), Some("Title: 20mph: have your say"));
        assert_eq!(last.consultation_id, Some(row.id));
        assert_eq!(last.workspace_id, Some(row.department_id));
    }
}

/// An invitation in Welsh, sent again (only the newest link works), and a site admin's change of
/// the account's details: a taken address is the form's error on either database, and the old
/// address is told in its own language.
#[tokio::test]
async fn invitations_go_again_and_account_details_change() {
    use app::db::entities::{outbox_message, staff_link, staff_user};
    use app::workspaces::service as workspaces;
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    for (backend, db) in with_demo().await {
        let admin = site_admin();
        let mail = app::mail::outbox::Mail::new("http://localhost");
        let now = Utc::now();
        let added = workspaces::add(
            &db,
            &mail,
            &admin,
            "highways",
            "nia@example.gov.uk",
            "Nia",
            "editor",
            "cy",
            now,
        )
        .await
        .unwrap();
        assert!(matches!(added, workspaces::Added::Invited), "{backend}");
        let find = |email: &'static str| {
            let db = db.clone();
            async move {
                staff_user::Entity::find()
                    .filter(staff_user::Column::Email.eq(email))
                    .one(&db)
                    .await
                    .unwrap()
                    .unwrap()
            }
        };
        let nia = find("nia@example.gov.uk").await;
        assert_eq!(nia.email_language, "cy", "{backend}");
        app::staff::links::resend_invitation(&db, &mail, &admin, nia.id, None, now)
            .await
            .unwrap();
        let links = staff_link::Entity::find()
            .filter(staff_link::Column::StaffUserId.eq(nia.id))
            .all(&db)
            .await
            .unwrap();
        assert_eq!(links.len(), 2, "{backend}");
        assert_eq!(
            links.iter().filter(|l| l.used_at.is_none()).count(),
            1,
            "{backend}: only the newest works"
        );

        let taken = workspaces::save_account_details(
            &db,
            &mail,
            &admin,
            nia.id,
            "Nia",
            demo::DEMO_STAFF_EMAIL,
            "cy",
            now,
        )
        .await;
        match taken {
            Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "email", "{backend}"),
            other => panic!("{backend}: {other:?}"),
        }
        workspaces::save_account_details(
            &db,
            &mail,
            &admin,
            nia.id,
            "Nia Jones",
            "Nia.Jones@example.gov.uk",
            "en",
            now,
        )
        .await
        .unwrap();
        let nia = find("nia.jones@example.gov.uk").await;
        assert_eq!(
            (nia.display_name.as_str(), nia.email_language.as_str()),
            ("Nia Jones", "en"),
            "{backend}"
        );
        let sent = outbox_message::Entity::find()
            .order_by_asc(outbox_message::Column::Id)
            .all(&db)
            .await
            .unwrap();
        let subjects: Vec<(&str, &str)> = sent
            .iter()
            .map(|m| (m.to_address.as_str(), m.subject.as_str()))
            .collect();
        assert_eq!(
            subjects,
            [
                (
                    "nia@example.gov.uk",
                    "Rydych wedi cael gwahoddiad i redeg ymgynghoriadau"
                ),
                (
                    "nia@example.gov.uk",
                    "Rydych wedi cael gwahoddiad i redeg ymgynghoriadau"
                ),
                (
                    "nia@example.gov.uk",
                    "Mae cyfeiriad e-bost eich cyfrif staff wedi newid"
                ),
            ],
            "{backend}"
        );
        // Nothing to change is no change (and no entry).
        let entries = audit_rows(&db).await.len();
        staff::service::save_own_details(
            &db,
            &StaffIdentity {
                id: nia.id,
                email: nia.email.clone(),
                display_name: nia.display_name.clone(),
                site_admin: false,
                memberships: Vec::new(),
            },
            " Nia Jones ",
            "en",
        )
        .await
        .unwrap();
        assert_eq!(audit_rows(&db).await.len(), entries, "{backend}");
    }
}

/// Personal data (decision 0039): a consultation's editors say which questions ask for it and
/// how long it is kept; when that time is up the clock erases those answers (email addresses
/// and postcodes always), the results' counts stay as they were, and the erasure is logged once.
#[tokio::test]
async fn personal_data_is_erased_when_its_retention_period_ends() {
    use app::db::entities::{audit_event, personal_data_question};
    use app::privacy::service::{PersonalDataInput, erase_due, page, public_notice, save};
    use sea_orm::{ColumnTrait, QueryFilter};
    for (backend, db) in with_demo().await {
        let row = consultation_row(&db, OPEN).await;
        // The demo's site template, filled with this consultation's facts.
        let shown = page(&db, site_admin(), OPEN).await.unwrap();
        assert_eq!(
            shown.retention_months,
            Some(12),
            "{backend}: the site's default"
        );
        assert!(shown.own_notice.is_empty());
        assert!(
            shown
                .template_html
                .contains("20mph speed limits in residential streets"),
            "{}",
            shown.template_html
        );
        assert!(
            shown
                .template_html
                .contains("12 months after the consultation closes")
        );
        let always: Vec<&str> = shown
            .questions
            .iter()
            .filter(|q| q.always)
            .map(|q| q.label.as_str())
            .collect();
        assert_eq!(
            always,
            [
                "What is your postcode?",
                "Your email address, if you would like to hear what we decide"
            ]
        );
        let street = shown
            .questions
            .iter()
            .find(|q| q.label.starts_with("What is the name of the street"))
            .unwrap()
            .key
            .clone();

        // Refusals say what to fix, and change nothing; a viewer changes nothing at all.
        let input = |notice: &'static str, retention: &'static str, marked: Vec<String>| {
            PersonalDataInput {
                notice,
                retention,
                marked,
            }
        };
        let long = "x".repeat(app::domain::personal_data::MOST_NOTICE_CHARS + 1);
        match save(
            &db,
            &site_admin(),
            OPEN,
            PersonalDataInput {
                notice: &long,
                retention: "0",
                marked: vec![],
            },
            Utc::now(),
        )
        .await
        {
            Err(AppError::Invalid(errors)) => {
                let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
                assert_eq!(fields, ["notice", "retention"], "{backend}");
            }
            other => panic!("{backend}: {other:?}"),
        }
        let viewer = viewer_of(&db, OPEN).await;
        assert_eq!(
            save(&db, &viewer, OPEN, input("", "1", vec![]), Utc::now()).await,
            Err(AppError::Forbidden)
        );
        assert!(!page(&db, viewer, OPEN).await.unwrap().writes);

        // Kept one month; the street's name marked (an unknown key is not).
        save(
            &db,
            &site_admin(),
            OPEN,
            input("", " 1 ", vec![street.clone(), "no-such-question".into()]),
            Utc::now(),
        )
        .await
        .unwrap();
        let marked: Vec<String> = personal_data_question::Entity::find()
            .all(&db)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.question_key)
            .collect();
        assert_eq!(marked, std::slice::from_ref(&street), "{backend}");
        let notice = public_notice(&db, OPEN).await.unwrap();
        assert!(
            notice
                .html
                .contains("1 month after the consultation closes"),
            "{}",
            notice.html
        );
        let changed = audit_rows(&db).await;
        assert_eq!(changed.last().unwrap().action, "privacy-changed");
        // Saved again unchanged: nothing is recorded.
        save(
            &db,
            &site_admin(),
            OPEN,
            input("", "1", vec![street.clone()]),
            Utc::now(),
        )
        .await
        .unwrap();
        assert_eq!(audit_rows(&db).await.len(), changed.len());

        // Two people answer, with their street, postcode and email address.
        let form = open_form(&db).await;
        let questions: Vec<_> = form.questionnaire.questions().cloned().collect();
        let of_kind = |kind: &QuestionKind| {
            questions
                .iter()
                .find(|q| &q.kind == kind)
                .unwrap()
                .field_name()
        };
        for (name, email) in [
            ("Acacia Avenue", "ann@example.com"),
            ("Elm Road", "bob@example.com"),
        ] {
            let form = open_form(&db).await;
            let mut fields = answers(&form, "Safer streets");
            fields.retain(|(field, _)| field != &questions[3].field_name());
            fields.push((questions[3].field_name(), name.into()));
            fields.push((of_kind(&QuestionKind::UkPostcode), "SW1A 1AA".into()));
            fields.push((of_kind(&QuestionKind::Email), email.into()));
            respond::service::submit(&db, KEY, OPEN, &fields, Utc::now())
                .await
                .unwrap();
        }
        let text_answers = |db: &DatabaseConnection| {
            let db = db.clone();
            async move {
                let mut texts: Vec<String> = answer::Entity::find()
                    .all(&db)
                    .await
                    .unwrap()
                    .into_iter()
                    .filter_map(|a| a.text_value)
                    .collect();
                texts.sort();
                texts
            }
        };
        assert_eq!(
            text_answers(&db).await,
            [
                "Acacia Avenue",
                "Elm Road",
                "SW1A 1AA",
                "SW1A 1AA",
                "Safer streets",
                "Safer streets",
                "ann@example.com",
                "bob@example.com"
            ],
            "{backend}"
        );
        let at = row.closes_at + Duration::days(1);
        let counts = |db: &DatabaseConnection| {
            let db = db.clone();
            async move {
                let dashboard = results::service::results(&db, site_admin(), OPEN, at)
                    .await
                    .unwrap()
                    .dashboard
                    .without_answers();
                (dashboard.responses, dashboard.headline, dashboard.questions)
            }
        };
        let before = counts(&db).await;
        let answer_rows = answer::Entity::find().count(&db).await.unwrap();

        // Open, then closed for less than the month: nothing is erased.
        assert_eq!(erase_due(&db, Utc::now()).await.unwrap(), 0);
        let due = app::domain::personal_data::erase_after(row.closes_at, 1).unwrap();
        // Still open on the day (no server ran the clock): not erased before it closes.
        assert_eq!(erase_due(&db, due).await.unwrap(), 0, "{backend}");
        app::workflow::service::run_clock(&db, row.closes_at)
            .await
            .unwrap();
        // A draft carrying past dates (a copy, say) is never erased.
        let department = row.department_id;
        let mut copy = draft("old-dates-copy", department);
        copy.opens_at = row.opens_at;
        copy.closes_at = row.closes_at;
        create_consultation(&db, copy).await.unwrap();
        assert_eq!(
            erase_due(&db, due - Duration::minutes(1)).await.unwrap(),
            0,
            "{backend}"
        );
        // The month is up: the answers that are personal data go, once, and the log says so.
        assert_eq!(erase_due(&db, due).await.unwrap(), 1, "{backend}");
        assert_eq!(erase_due(&db, due).await.unwrap(), 0, "{backend}: once");
        assert_eq!(
            consultation_row(&db, "old-dates-copy")
                .await
                .personal_data_erased_at,
            None,
            "{backend}: the draft is not erased"
        );
        assert_eq!(
            text_answers(&db).await,
            ["Safer streets", "Safer streets"],
            "{backend}"
        );
        assert_eq!(
            answer::Entity::find().count(&db).await.unwrap(),
            answer_rows - 6,
            "{backend}: the choices stay"
        );
        assert_eq!(counts(&db).await, before, "{backend}: the counts stay");
        assert_eq!(responses(&db).await, 2);
        let erased = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("personal-data-erased"))
            .all(&db)
            .await
            .unwrap();
        assert_eq!(erased.len(), 1, "{backend}");
        assert_eq!(erased[0].actor_id, None, "{backend}: the clock's doing");
        assert_eq!(erased[0].consultation_id, Some(row.id));
        assert!(
            erased[0]
                .after
                .as_deref()
                .unwrap()
                .starts_with("6 answers that were personal data erased"),
            "{:?}",
            erased[0].after
        );
        let shown = page(&db, site_admin(), OPEN).await.unwrap();
        assert_eq!(shown.erased_at, Some(due), "{backend}");
        // Its responses no longer leave the counts exactly: deleting one is refused.
        let reference = response::Entity::find()
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .reference;
        assert!(matches!(
            app::results::deletion::delete_response(
                &db,
                &site_admin(),
                OPEN,
                &reference,
                "Asked to",
                due
            )
            .await,
            Err(AppError::Conflict(_))
        ));
        // Closed, an editor no longer changes what is erased or when (a workspace admin does).
        let highways = row.department_id;
        let editor = StaffIdentity {
            id: 1,
            email: "e@b.uk".into(),
            display_name: "E".into(),
            site_admin: false,
            memberships: vec![Membership {
                workspace: highways,
                role: WorkspaceRole::Editor,
            }],
        };
        match save(&db, &editor, OPEN, input("", "2", vec![]), due).await {
            Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "retention"),
            other => panic!("{backend}: {other:?}"),
        }
        save(
            &db,
            &editor,
            OPEN,
            input("Our own words", "1", vec![street.clone()]),
            due,
        )
        .await
        .unwrap();

        // A question marked afterwards has its answers erased on the clock's next round.
        let why = shown
            .questions
            .iter()
            .find(|q| q.label == "Tell us why you hold this view")
            .unwrap()
            .key
            .clone();
        save(
            &db,
            &site_admin(),
            OPEN,
            input("", "1", vec![street, why]),
            due,
        )
        .await
        .unwrap();
        assert_eq!(page(&db, site_admin(), OPEN).await.unwrap().erased_at, None);
        assert_eq!(erase_due(&db, due).await.unwrap(), 1, "{backend}");
        assert!(text_answers(&db).await.is_empty(), "{backend}");
        assert_eq!(
            counts(&db).await,
            before,
            "{backend}: the counts still stay"
        );
    }
}

/// Every count a response moved, as rows of text, sorted (what the results are read from).
async fn every_count(db: &DatabaseConnection) -> Vec<String> {
    use app::db::entities::{
        cell_tally, channel_tally, option_tally, question_tally, questionnaire_version, value_tally,
    };
    fn described<T: std::fmt::Debug>(prefix: &str, rows: Vec<T>) -> Vec<String> {
        rows.into_iter()
            .map(|r| format!("{prefix} {r:?}"))
            .collect()
    }
    let mut rows = Vec::new();
    rows.extend(described(
        "option",
        option_tally::Entity::find().all(db).await.unwrap(),
    ));
    rows.extend(described(
        "question",
        question_tally::Entity::find().all(db).await.unwrap(),
    ));
    rows.extend(described(
        "cell",
        cell_tally::Entity::find().all(db).await.unwrap(),
    ));
    rows.extend(described(
        "daily",
        daily_tally::Entity::find().all(db).await.unwrap(),
    ));
    rows.extend(described(
        "channel",
        channel_tally::Entity::find().all(db).await.unwrap(),
    ));
    rows.extend(described(
        "value",
        value_tally::Entity::find().all(db).await.unwrap(),
    ));
    for tally in consultation_tally::Entity::find().all(db).await.unwrap() {
        rows.push(format!(
            "responses {} {}",
            tally.consultation_id, tally.responses
        ));
    }
    for version in questionnaire_version::Entity::find().all(db).await.unwrap() {
        rows.push(format!("version {} {}", version.id, version.responses));
    }
    rows.sort();
    rows
}

/// Deleting one response (decision 0039) takes a workspace admin and a reason, and leaves every
/// count exactly as if it had never come; the audit log keeps its reference and the reason.
#[tokio::test]
async fn a_deleted_response_leaves_the_counts_as_if_it_never_came() {
    use app::demo_responses::{DemoRng, add_demo_responses, plausible_answers};
    use app::results::deletion::delete_response;
    for (backend, db) in with_demo().await {
        add_demo_responses(&db, KEY, OPEN, 40, Utc::now(), 11)
            .await
            .unwrap();
        let before = every_count(&db).await;
        let row = consultation_row(&db, OPEN).await;
        let last = consultation_tally::Entity::find_by_id(row.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .last_response_at;
        // Five more, of every kind of answer, and one from paper; then each deleted again.
        let mut rng = DemoRng::new(99);
        let mut references = Vec::new();
        for _ in 0..5 {
            let form = open_form(&db).await;
            let mut fields = plausible_answers(&form.questionnaire, &mut rng);
            fields.push(("idempotency_key".into(), form.idempotency_key.clone()));
            let sent = respond::service::submit(&db, KEY, OPEN, &fields, Utc::now())
                .await
                .unwrap();
            references.push(sent.reference);
        }
        // And one from paper, entered on a later day: a day and a channel of its own.
        let later = Utc::now() + Duration::days(2);
        let entry = app::entry::service::entry_form(&db, KEY, site_admin(), OPEN, later)
            .await
            .unwrap();
        let q: Vec<_> = entry.questionnaire.questions().collect();
        let mut fields = vec![
            field("form_token", &entry.form_token),
            field("channel", "paper"),
            field(&q[0].field_name(), &q[0].kind.options()[2].id.to_string()),
            field(&q[2].field_name(), "Written in the margin"),
        ];
        let today = app::domain::uk_time::uk_local(later).date();
        {
            use chrono::Datelike;
            fields.push(field("received-day", &today.day().to_string()));
            fields.push(field("received-month", &today.month().to_string()));
            fields.push(field("received-year", &today.year().to_string()));
        }
        let paper = app::entry::service::enter(&db, KEY, &site_admin(), OPEN, &fields, later)
            .await
            .unwrap();
        references.push(paper.reference);
        assert_ne!(every_count(&db).await, before);

        // An analyst reads responses but may not delete one; a reason is needed.
        let highways = app::staff::service::department_by_code(&db, "highways")
            .await
            .unwrap();
        let member = |role| StaffIdentity {
            id: 1,
            email: "a@b.uk".into(),
            display_name: "A".into(),
            site_admin: false,
            memberships: vec![Membership {
                workspace: highways,
                role,
            }],
        };
        let now = Utc::now();
        for role in [WorkspaceRole::Analyst, WorkspaceRole::Editor] {
            assert_eq!(
                delete_response(&db, &member(role), OPEN, &references[0], "Test", now).await,
                Err(AppError::Forbidden),
                "{backend}: {role:?}"
            );
        }
        let admin = member(WorkspaceRole::Admin);
        match delete_response(&db, &admin, OPEN, &references[0], "  ", now).await {
            Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "reason"),
            other => panic!("{backend}: {other:?}"),
        }
        assert!(matches!(
            delete_response(&db, &site_admin(), CLOSED, &references[0], "Test", now).await,
            Err(AppError::NotFound(_))
        ));
        for reference in &references {
            let typed = reference.to_lowercase();
            assert_eq!(
                delete_response(&db, &admin, OPEN, &typed, "A test response", now)
                    .await
                    .map(|deleted| deleted.reference),
                Ok(reference.clone()),
                "{backend}"
            );
        }
        assert_eq!(every_count(&db).await, before, "{backend}");
        assert_eq!(responses(&db).await, 40);
        let tally = consultation_tally::Entity::find_by_id(row.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(tally.last_response_at, last, "{backend}: the last one left");
        assert_eq!(tally.removals, 6);
        // Gone: asked again, it is not found; the log names it and the reason, not its answers.
        assert!(matches!(
            delete_response(&db, &admin, OPEN, &references[0], "Again", now).await,
            Err(AppError::NotFound(_))
        ));
        let logged: Vec<_> = audit_rows(&db)
            .await
            .into_iter()
            .filter(|e| e.action == "response-deleted")
            .collect();
        assert_eq!(logged.len(), 6, "{backend}");
        assert_eq!(
            logged[0].before.as_deref(),
            Some(format!("Response {}", references[0]).as_str())
        );
        assert_eq!(logged[0].after.as_deref(), Some("Deleted: A test response"));
        assert_eq!(logged[0].consultation_id, Some(row.id));
    }
}
