//! The HTTP surface through the real router (no network): pages, plain form posts, server
//! functions, and every kind of bad input getting a clear 4xx.

use app::respond::api::ResponseForm;
use app::state::AppState;
use axum::{
    Router,
    body::Body,
    http::{HeaderMap, Request, StatusCode, header},
};
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use leptos::server_fn::ServerFn;
use server::Config;
use tower::ServiceExt;

#[path = "../../app/tests/support/smtp_sink.rs"]
mod smtp_sink;
mod support;

const OPEN: &str = "20mph-speed-limits";
const CLOSED: &str = "library-opening-hours";

struct TestApp {
    router: Router,
    state: AppState,
    /// Held while the test runs (`None` for a second app of the same test).
    _serial: Option<tokio::sync::MutexGuard<'static, ()>>,
}

/// One test at a time in this binary. Each `#[tokio::test]` has its own runtime, and with several
/// runtimes rendering Leptos pages at once in one process a test now and then never finished
/// (about 1 run in 6). A single server — one runtime, as in production — showed no such thing
/// under 1,200 concurrent page loads and 300 concurrent form posts, so the tests are serialised
/// rather than the server changed.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
    /// The body as sent (a file's bytes).
    bytes: Vec<u8>,
}

impl Reply {
    fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

/// A page without the staff messages written into it for its islands (decision 0031): they hold
/// every staff sentence, so a test of what the page says must not read them.
fn without_island_texts(body: &str) -> String {
    let Some(id) = body.find("id=\"interface-text-for-islands\"") else {
        return body.to_string();
    };
    let (Some(start), Some(length)) = (body[..id].rfind("<script"), body[id..].find("</script>"))
    else {
        return body.to_string();
    };
    format!(
        "{}{}",
        &body[..start],
        &body[id + length + "</script>".len()..]
    )
}

use support::{test_config, test_options};

async fn test_app() -> TestApp {
    test_app_with(test_options()).await
}

async fn test_app_with(options: LeptosOptions) -> TestApp {
    let serial = SERIAL.lock().await;
    let state = server::start(&test_config(false), options).await.unwrap();
    TestApp {
        router: server::router(state.clone()),
        state,
        _serial: Some(serial),
    }
}

/// The app on SQLite, and on a fresh PostgreSQL schema too when `TEST_POSTGRES_URL` is set: for
/// the cases that once differed between the two (PostgreSQL refuses NUL in text).
/// A test app whose email goes to a local SMTP sink, links in it at the public address
/// `https://consult.example.gov.uk/`.
async fn test_app_with_mail() -> (TestApp, smtp_sink::SmtpSink) {
    let serial = SERIAL.lock().await;
    let sink = smtp_sink::SmtpSink::start();
    let config = Config {
        smtp_url: Some(sink.url.clone()),
        public_url: "https://consult.example.gov.uk/".into(),
        ..test_config(false)
    };
    let state = server::start(&config, test_options()).await.unwrap();
    let app = TestApp {
        router: server::router(state.clone()),
        state,
        _serial: Some(serial),
    };
    (app, sink)
}

async fn test_apps() -> Vec<(&'static str, TestApp)> {
    let mut apps = vec![("sqlite", test_app().await)];
    if let Ok(url) = std::env::var("TEST_POSTGRES_URL")
        && !url.is_empty()
    {
        // Both are used by this one test, in turn: the serial lock goes with the last, so the
        // next test cannot start while this one still runs on PostgreSQL (tests rendering pages
        // on two runtimes at once is what the lock prevents).
        let serial = apps[0].1._serial.take();
        let db = app::db::testing::fresh_postgres(&url).await.unwrap();
        let state = server::start_with_db(db, &test_config(false), test_options())
            .await
            .unwrap();
        apps.push((
            "postgres",
            TestApp {
                router: server::router(state.clone()),
                state,
                _serial: serial,
            },
        ));
    }
    apps
}

impl TestApp {
    async fn send(&self, request: Request<Body>) -> Reply {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    /// A GET as a browser sends it (asking for HTML).
    async fn get(&self, path: &str) -> Reply {
        self.send(
            Request::get(path)
                .header(header::ACCEPT, "text/html")
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    async fn get_with_cookie(&self, path: &str, cookie: &str) -> Reply {
        self.send(
            Request::get(path)
                .header(header::ACCEPT, "text/html")
                .header(header::COOKIE, cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    async fn post_form(&self, path: &str, fields: &[(String, String)]) -> Reply {
        self.send(form_request(path).body(Body::from(encode(fields))).unwrap())
            .await
    }

    async fn form(&self) -> ResponseForm {
        app::respond::service::load_form(
            &self.state.db,
            &self.state.signing_key,
            OPEN,
            chrono::Utc::now(),
        )
        .await
        .unwrap()
    }

    /// Page 2 of the open consultation, as a browser reaches it: page 1 answered and continued.
    async fn second_page(&self) -> Reply {
        self.second_page_at().await.1
    }

    /// Page 2 of the open consultation as `second_page` reaches it, and its address.
    async fn second_page_at(&self) -> (String, Reply) {
        let form = self.form().await;
        let first = &form.questionnaire.pages[0].questions[0];
        let answer = first.kind.options()[0].id.to_string();
        let begun = self
            .post_form(
                &format!("/consultations/{OPEN}/respond"),
                &[field(&first.field_name(), &answer)],
            )
            .await;
        assert_eq!(begun.status, StatusCode::SEE_OTHER, "{}", begun.body);
        assert!(begun.location().ends_with("/2"), "{}", begun.location());
        (
            begun.location().to_string(),
            self.get(begun.location()).await,
        )
    }

    async fn response_count(&self) -> u64 {
        use sea_orm::{EntityTrait, PaginatorTrait};
        app::db::entities::response::Entity::find()
            .count(&self.state.db)
            .await
            .unwrap()
    }
}

fn encode(fields: &[(String, String)]) -> String {
    serde_urlencoded::to_string(fields).unwrap()
}

/// A same-origin browser form post.
fn form_request(path: &str) -> axum::http::request::Builder {
    Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
        .header("sec-fetch-site", "same-origin")
}

/// A site admin: may read and build every consultation (the tests' view of the stored drafts).
fn site_admin() -> app::staff::api::StaffIdentity {
    app::staff::api::StaffIdentity {
        id: 0,
        email: String::new(),
        display_name: String::new(),
        site_admin: true,
        memberships: Vec::new(),
    }
}

/// The questionnaire being built for consultation `slug`, as a site admin sees it.
async fn draft_of(app: &TestApp, slug: &str) -> app::builder::api::QuestionnaireDraft {
    app::builder::service::questionnaire_draft(&app.state.db, site_admin(), slug)
        .await
        .unwrap()
}

fn field(name: &str, value: &str) -> (String, String) {
    (name.to_string(), value.to_string())
}

/// A complete, valid answer set for the open demo consultation.
fn valid_answers(form: &ResponseForm, token: &str) -> Vec<(String, String)> {
    let q: Vec<_> = form.questionnaire.questions().collect();
    vec![
        field("idempotency_key", token),
        field(&q[0].field_name(), &q[0].kind.options()[1].id.to_string()),
        field(&q[2].field_name(), "Keep it simple"),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_pages_render_with_the_right_status() {
    let app = test_app().await;
    let hub = app.get("/").await;
    assert_eq!(hub.status, StatusCode::OK);
    for text in [
        "Open consultations",
        "20mph speed limits in residential streets",
        "Public art strategy 2027 to 2032",
        "Library opening hours",
    ] {
        assert!(hub.body.contains(text), "hub lacks {text}");
    }
    assert!(hub.body.contains("<title>Consultations"));

    let overview = app.get(&format!("/consultations/{OPEN}")).await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(overview.body.contains("Respond online"));
    assert!(overview.body.contains("<h3>Why we are consulting</h3>"));

    let closed = app.get(&format!("/consultations/{CLOSED}")).await;
    assert!(closed.body.contains("What we did with your views"));
    assert!(!closed.body.contains("Respond online"));

    let missing = app.get("/consultations/no-such-consultation").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("Page not found"));

    let nowhere = app.get("/no/such/page").await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
    assert!(nowhere.body.contains("Page not found"));

    let closed_form = app.get(&format!("/consultations/{CLOSED}/respond")).await;
    assert_eq!(closed_form.status, StatusCode::CONFLICT);
    assert!(closed_form.body.contains("Responses can no longer be sent"));

    assert_eq!(
        hub.headers.get("x-content-type-options").unwrap(),
        "nosniff"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_posted_without_javascript_is_stored_once() {
    let app = test_app().await;
    let page = app.get(&format!("/consultations/{OPEN}/respond")).await;
    assert_eq!(page.status, StatusCode::OK);
    let token = app.form().await.idempotency_key;
    let fields = valid_answers(&app.form().await, &token);
    let path = format!("/consultations/{OPEN}/respond");

    let sent = app.post_form(&path, &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert!(
        sent.location()
            .starts_with(&format!("/consultations/{OPEN}/confirmation/"))
    );

    // The browser resends the POST (refresh, back button, double click): same confirmation.
    let resent = app.post_form(&path, &fields).await;
    assert_eq!(resent.location(), sent.location());
    assert_eq!(app.response_count().await, 1);

    let confirmation = app.get(sent.location()).await;
    assert_eq!(confirmation.status, StatusCode::OK);
    assert!(confirmation.body.contains("Response sent"));
    let reference = sent.location().rsplit('/').next().unwrap();
    assert!(confirmation.body.contains(reference));

    let unknown = app
        .get(&format!(
            "/consultations/{OPEN}/confirmation/2222-2222-2222"
        ))
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_answers_show_the_form_again_with_errors_and_answers_kept() {
    let app = test_app().await;
    let token = app.form().await.idempotency_key;
    let form = app.form().await;
    let q: Vec<_> = form.questionnaire.questions().collect();
    let fields = vec![
        field("idempotency_key", &token),
        field(&q[2].field_name(), "My carefully written view"),
        field(&q[3].field_name(), "x".repeat(101).as_str()),
    ];
    let reply = app
        .post_form(&format!("/consultations/{OPEN}/respond"), &fields)
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("There is a problem"));
    assert!(reply.body.contains("<title>Error: "));
    assert!(reply.body.contains("Select an answer to"));
    assert!(reply.body.contains("100 characters or fewer"));
    assert!(
        reply
            .body
            .contains(&format!("href=\"#{}\"", q[0].first_input_id()))
    );
    assert!(
        reply.body.contains("My carefully written view"),
        "answers are kept"
    );
    assert_eq!(app.response_count().await, 0);
}

/// The demo's typed questions without JavaScript: wrong values come back with their own
/// messages, linked to the box to fix and shown again (escaped); right ones are stored tidied.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_answers_are_checked_kept_and_tidied_without_javascript() {
    let app = test_app().await;
    let path = format!("/consultations/{OPEN}/respond");
    let (page_two, page) = app.second_page_at().await;
    let token = app.form().await.idempotency_key;
    let form = app.form().await;
    let q: Vec<_> = form.questionnaire.questions().collect();
    let of_kind = |code: &str| *q.iter().find(|q| q.kind.code() == code).unwrap();
    let (ward, days, since, postcode, email) = (
        of_kind("dropdown"),
        of_kind("number"),
        of_kind("date"),
        of_kind("uk_postcode"),
        of_kind("email"),
    );
    // The page draws a select, the number's hint and unit, the date's three boxes.
    let name = ward.field_name();
    assert!(
        page.body.contains(&format!(
            "<select id=\"{name}\" name=\"{name}\" class=\"select\""
        )),
        "a drop-down list"
    );
    assert!(
        page.body
            .contains("Enter a whole number between 0 and 7, in days")
    );
    assert!(page.body.contains("inputmode=\"numeric\""));
    for name in since.field_names() {
        assert!(page.body.contains(&format!("name=\"{name}\"")), "{name}");
    }
    assert!(page.body.contains("autocomplete=\"postal-code\""));
    assert!(page.body.contains("type=\"email\""));

    let date = since.field_names();
    let support = q[0].kind.options()[0].id.to_string();
    let mut fields = vec![
        field("idempotency_key", &token),
        field(&q[0].field_name(), &support),
        field(&days.field_name(), "8"),
        field(&date[0], "30"),
        field(&date[1], "2"),
        field(&date[2], "2020"),
        field(&postcode.field_name(), "<b>SW1A</b>"),
        field(&email.field_name(), "ann@"),
    ];
    // Refused on page 2 of a response answered a page at a time: the page comes back.
    let reply = app.post_form(&page_two, &fields[2..]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "must be between 0 and 7",
        "must be a real date",
        "Enter a full UK postcode, like SW1A 2AA",
        "Enter an email address in the correct format",
    ] {
        assert!(reply.body.contains(message), "{message}");
    }
    assert!(reply.body.contains(&format!("href=\"#{}\"", date[0])));
    assert!(
        reply.body.contains("value=\"30\""),
        "the date is shown again"
    );
    assert!(reply.body.contains("&lt;b&gt;SW1A&lt;/b&gt;"), "escaped");
    assert!(!reply.body.contains("<b>SW1A"));
    assert_eq!(app.response_count().await, 0);

    // Corrected: stored, tidied.
    fields[2].1 = "7".into();
    fields[3].1 = "28".into();
    fields[6].1 = "sw1a2aa".into();
    fields[7].1 = "Ann@Example.COM".into();
    fields.push(field(
        &ward.field_name(),
        &ward.kind.options()[1].id.to_string(),
    ));
    let reply = app.post_form(&path, &fields).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(app.response_count().await, 1);
    use sea_orm::EntityTrait;
    let mut stored: Vec<String> = app::db::entities::answer::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|a| a.text_value)
        .collect();
    stored.sort();
    assert_eq!(stored, ["2020-02-28", "7", "Ann@example.com", "SW1A 2AA"]);
}

/// Ranking and points, through a plain post: drawn as a rank drop-down and a points box per
/// option, checked (every item ranked once; points adding up), kept when refused, stored as a
/// number per option and counted in the results.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ranking_and_points_are_answered_and_counted_without_javascript() {
    let app = test_app().await;
    let path = format!("/consultations/{OPEN}/respond");
    let (page_two, page) = app.second_page_at().await;
    let token = app.form().await.idempotency_key;
    let form = app.form().await;
    let q: Vec<_> = form.questionnaire.questions().collect();
    let of_kind = |code: &str| *q.iter().find(|q| q.kind.code() == code).unwrap();
    let (ranking, points) = (of_kind("ranking"), of_kind("points"));
    let items: Vec<String> = ranking.field_names();
    let boxes: Vec<String> = points.field_names();
    assert_eq!((items.len(), boxes.len()), (4, 4));
    for name in items.iter().chain(&boxes) {
        assert!(page.body.contains(&format!("name=\"{name}\"")), "{name}");
    }
    assert!(page.body.contains("<option value=\"\" selected>Not ranked"));
    assert!(
        page.body
            .contains("You have given 0 of 100 points: 100 points left")
    );
    assert!(
        page.body
            .contains("Share 100 points among the options: they must add up to 100")
    );

    let support = q[0].kind.options()[0].id.to_string();
    let mut fields = vec![
        field("idempotency_key", &token),
        field(&q[0].field_name(), &support),
        field(&items[0], "2"),
        field(&items[1], "1"),
        field(&items[2], "2"),
        field(&items[3], ""),
        field(&boxes[0], "60"),
        field(&boxes[1], "30"),
    ];
    let reply = app.post_form(&page_two, &fields[2..]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply
            .body
            .contains("a different rank: 2 is given more than once")
    );
    assert!(reply.body.contains("must add up to 100: they add up to 90"));
    assert!(
        reply.body.contains(&format!("href=\"#{}\"", items[2])),
        "points at the item"
    );
    assert!(
        reply.body.contains("<option value=\"1\" selected>1<"),
        "ranks kept"
    );
    assert!(reply.body.contains("value=\"60\""), "points kept");
    assert!(
        reply
            .body
            .contains("You have given 90 of 100 points: 10 points left")
    );
    assert_eq!(app.response_count().await, 0);

    fields[4].1 = "3".into();
    let reply = app.post_form(&path, &fields).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply.body.contains("has no rank"),
        "every item needs a rank"
    );
    fields[5].1 = "4".into();
    fields[7].1 = "40".into();
    let reply = app.post_form(&path, &fields).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(app.response_count().await, 1);

    // A second respondent, so averages mean something.
    let second = vec![
        field("idempotency_key", &app.form().await.idempotency_key),
        field(&q[0].field_name(), &support),
        field(&items[0], "1"),
        field(&items[1], "2"),
        field(&items[2], "3"),
        field(&items[3], "4"),
        field(&boxes[0], "100"),
        field(&boxes[1], "0"),
    ];
    let reply = app.post_form(&path, &second).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);

    let cookie = signed_in(&app).await;
    let results = app
        .get_with_cookie(&format!("/staff/consultations/{OPEN}/results"), &cookie)
        .await;
    assert_eq!(results.status, StatusCode::OK);
    let body = &results.body;
    // Ranks: schools 2,1 (1.5); parks 1,2 (1.5); collisions 3,3; asked first 4,4.
    let first = ranking.kind.options()[0].label.as_str();
    let at = body.find("Average rank").expect("a ranking table");
    let table = &body[at..];
    assert!(table.find(first).unwrap() < table.find("Streets with the most collisions").unwrap());
    assert!(table.contains(">1.5<"), "average rank");
    // Points: signs 60 + 100 = 160 (80 each, 80%), cameras 40 (20%).
    let at = body.find("Share").expect("a points table");
    let table = &body[at..];
    assert!(table.contains(">160<") && table.contains(">80<") && table.contains(">80%<"));
    assert!(table.contains(">40<") && table.contains(">20%<"));
}

/// Previews: the respondent's form showing the questionnaire being built, answers checked and
/// never stored; a signed link works without an account until it expires, and only as issued.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn previews_check_answers_store_nothing_and_share_by_signed_link() {
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let path = format!("/staff/consultations/{OPEN}/preview");
    let page = app.get_with_cookie(&path, &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("This is a preview"));
    assert!(page.body.contains("<title>Preview: 20mph speed limits"));
    assert!(page.body.contains(&format!("action=\"{path}\"")));
    assert!(
        page.body.contains("data-component=\"ResponseFormIsland_"),
        "the respondent's own form"
    );
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    let at = page.body.find("href=\"/preview/").expect("a link to share");
    let link = page.body[at + 6..].split('"').next().unwrap().to_string();

    // Wrong answers: listed, kept; right ones: "checked", and nothing stored either way.
    let q: Vec<_> = app
        .form()
        .await
        .questionnaire
        .questions()
        .cloned()
        .collect();
    let number = q.iter().find(|q| q.kind.code() == "number").unwrap();
    let wrong = vec![field(&number.field_name(), "lots")];
    let reply = post_with_cookie(&app, &path, &wrong, &cookie).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("must be a whole number"));
    assert!(reply.body.contains("value=\"lots\""));
    let right = vec![field(
        &q[0].field_name(),
        &q[0].kind.options()[0].id.to_string(),
    )];
    let reply = post_with_cookie(&app, &path, &right, &cookie).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location(), format!("{path}?checked=yes"));
    let checked = app.get_with_cookie(reply.location(), &cookie).await;
    assert!(
        checked
            .body
            .contains("Every answer fits the rules. Nothing was stored")
    );
    assert_eq!(app.response_count().await, 0);

    // The shared link: no account needed, the same form, posts to itself.
    let shared = app.get(&link).await;
    assert_eq!(shared.status, StatusCode::OK, "{link}");
    assert!(shared.body.contains("This is a preview"));
    assert!(!shared.body.contains("Back to the questionnaire"));
    assert!(
        !shared.body.contains("href=\"/preview/"),
        "a shared link does not mint links"
    );
    assert_eq!(shared.headers["x-robots-tag"], "noindex, nofollow");
    let reply = app.post_form(&link, &right).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), format!("{link}?checked=yes"));
    let reply = app.post_form(&link, &wrong).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.response_count().await, 0);

    // Forged, re-spelt and expired links are 404s with a plain message.
    let token = link.trim_start_matches("/preview/");
    let expired = app::builder::preview::issue_link(
        &app.state.signing_key,
        1,
        chrono::Utc::now() - chrono::Duration::minutes(1),
    );
    for bad in [
        format!("/preview/{}", token.to_uppercase()),
        format!("/preview/{}", token.replacen("p1.", "p1.0", 1)),
        format!("/preview/{token}0"),
        "/preview/p1.1.99999999999.00".to_string(),
        format!("/preview/{expired}"),
    ] {
        let reply = app.get(&bad).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{bad}");
        assert!(reply.body.contains("preview link"), "{bad}");
        let reply = app.post_form(&bad, &right).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "POST {bad}");
    }
    // Without signing in, the staff preview sends to sign-in.
    let anonymous = app.get(&path).await;
    assert!(anonymous.status.is_redirection());
    assert_eq!(anonymous.location(), format!("/staff/sign-in?next={path}"));
}

/// "Preview the description": the form again as typed, the Markdown rendered and sanitised
/// below it, nothing created.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_description_is_previewed_rendered_and_sanitised() {
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let department = app::builder::service::department_choices(&app.state.db)
        .await
        .unwrap()[0]
        .id;
    let mut fields = new_consultation_fields("Bus shelters", department);
    for (name, value) in &mut fields {
        if name == "body" {
            *value =
                "## Why\n\nMore **shelters** <script>alert(1)</script> [x](javascript:alert(1))"
                    .into();
        }
    }
    fields.push(field("do", "preview_body"));
    let before = app::results::service::consultations(&app.state.db, chrono::Utc::now())
        .await
        .unwrap()
        .len();
    for path in [
        "/staff/consultations/new".to_string(),
        format!("/staff/consultations/{OPEN}/details"),
    ] {
        let reply = post_with_cookie(&app, &path, &fields, &cookie).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert!(reply.body.contains("Preview of the description"), "{path}");
        // The rendered preview (the text box above it holds the Markdown as typed, escaped).
        let at = reply.body.find("id=\"body-preview\"").expect("a preview");
        let preview = &reply.body[at..];
        assert!(preview.contains("<h3>Why</h3>"), "{path}");
        assert!(preview.contains("<strong>shelters</strong>"), "{path}");
        assert!(!reply.body.contains("<script>alert"), "{path}");
        assert!(!preview.contains("javascript:"), "{path}");
        assert!(
            reply.body.contains("value=\"Bus shelters\""),
            "kept as typed: {path}"
        );
    }
    let after = app::results::service::consultations(&app.state.db, chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(after.len(), before, "nothing created");
    assert!(
        after.iter().all(|c| c.title != "Bus shelters"),
        "nothing saved"
    );
}

/// A grid (Likert) question: built in the editor (it starts with the agreement scale; points
/// added and moved like options), answered without JavaScript one point a statement, stored
/// with its point and counted cell by cell in the results.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_grid_is_built_answered_and_counted_without_javascript() {
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let slug = "public-art-strategy";
    let draft = draft_of(&app, slug).await;
    let page = draft.questionnaire.pages[0].key.clone();
    let editor = format!("/staff/consultations/{slug}/questions/new?page={page}&kind=grid");
    let blank = app.get_with_cookie(&editor, &cookie).await;
    assert!(
        blank.body.contains("value=\"Strongly agree\""),
        "the usual scale to start"
    );
    assert!(blank.body.contains(">Add another point<"));
    let mut fields = vec![
        field("revision", &draft.revision),
        field("label", "How far do you agree?"),
        field("option-new-1", "Art makes streets safer"),
        field("option-new-2", "Art is worth paying for"),
        field("scale-new-1", "Disagree"),
        field("scale-new-2", "Agree"),
        field("do", "scale_up:1"),
    ];
    let moved = post_with_cookie(&app, &editor, &fields, &cookie).await;
    assert_eq!(moved.status, StatusCode::OK);
    let agree = moved.body.find("value=\"Agree\"").unwrap();
    assert!(
        agree < moved.body.find("value=\"Disagree\"").unwrap(),
        "moved up"
    );
    fields[4].1 = "Agree".into();
    fields[5].1 = "Disagree".into();
    fields[6].1 = "save".into();
    let saved = post_with_cookie(&app, &editor, &fields, &cookie).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = draft_of(&app, slug).await;
    let grid = after.questionnaire.questions().last().unwrap().clone();
    let points: Vec<&str> = grid.kind.scale().iter().map(|p| p.label.as_str()).collect();
    assert_eq!(points, ["Agree", "Disagree"]);
    assert_eq!(grid.kind.options().len(), 2);

    // The demo's open consultation has a grid: answered without JavaScript.
    let path = format!("/consultations/{OPEN}/respond");
    let page = app.second_page().await;
    let form = app.form().await;
    let q: Vec<_> = form.questionnaire.questions().collect();
    let grid = *q.iter().find(|q| q.kind.code() == "grid").unwrap();
    let statements = grid.kind.options();
    let scale = grid.kind.scale();
    for statement in statements {
        let name = grid.option_input_id(statement);
        assert!(
            page.body
                .contains(&format!("name=\"{name}\" type=\"radio\"")),
            "{name}"
        );
    }
    let support = q[0].kind.options()[0].id.to_string();
    let mut answers = vec![
        field("idempotency_key", &app.form().await.idempotency_key),
        field(&q[0].field_name(), &support),
        field(
            &grid.option_input_id(&statements[0]),
            &statements[1].id.to_string(),
        ),
    ];
    let forged = app.post_form(&path, &answers).await;
    assert_eq!(
        forged.status,
        StatusCode::BAD_REQUEST,
        "a statement is not a point"
    );
    answers[2].1 = scale[1].id.to_string();
    answers.push(field(
        &grid.option_input_id(&statements[1]),
        &scale[4].id.to_string(),
    ));
    let reply = app.post_form(&path, &answers).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);

    let results = app
        .get_with_cookie(&format!("/staff/consultations/{OPEN}/results"), &cookie)
        .await;
    let at = results.body.find(">Statement<").expect("a grid table");
    let table = &results.body[at..];
    let table = &table[..table.find("</table>").unwrap()];
    assert!(table.contains(">Strongly agree<") && table.contains(">Strongly disagree<"));
    // Statement 1: "Agree" once (100% of the 1 who answered it); statement 3 unanswered.
    assert_eq!(table.matches(">1 (100%)<").count(), 2, "{table}");
    assert!(table.contains(">0 (0%)<"));
}

/// "Other", with a box to say what: the box is on the page without JavaScript, needed once
/// "Other" is chosen and ignored when it is not; what was typed is stored with the option and
/// listed in the results; the editor keeps the option (and its key) when the question is saved.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_other_answer_is_asked_for_stored_and_listed() {
    let app = test_app().await;
    let path = format!("/consultations/{OPEN}/respond");
    let page = app.get(&path).await;
    let form = app.form().await;
    let q: Vec<_> = form.questionnaire.questions().collect();
    let areas = *q
        .iter()
        .find(|q| q.other_option().is_some())
        .expect("the demo has one");
    let other = areas.other_option().unwrap().id.to_string();
    let other_box = areas.other_field_name();
    assert!(
        page.body.contains(&format!("name=\"{other_box}\"")),
        "the box is drawn"
    );
    let support = q[0].kind.options()[0].id.to_string();
    let mut fields = vec![
        field("idempotency_key", &app.form().await.idempotency_key),
        field(&q[0].field_name(), &support),
        field(&areas.field_name(), &other),
        field(&other_box, " "),
    ];
    let reply = app.post_form(&path, &fields).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply
            .body
            .contains("Say what your \u{201c}Other\u{201d} answer")
    );
    assert!(reply.body.contains(&format!("href=\"#{other_box}\"")));
    assert_eq!(app.response_count().await, 0);
    fields[3].1 = "Outside the <b>school</b> gates".into();
    let reply = app.post_form(&path, &fields).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);

    // Typed in the box, then another option chosen: nothing of the box is kept.
    let first = areas.kind.options()[0].id.to_string();
    let second = vec![
        field("idempotency_key", &app.form().await.idempotency_key),
        field(&q[0].field_name(), &support),
        field(&areas.field_name(), &first),
        field(&other_box, "Changed my mind"),
    ];
    assert_eq!(
        app.post_form(&path, &second).await.status,
        StatusCode::SEE_OTHER
    );

    let cookie = signed_in(&app).await;
    let results = app
        .get_with_cookie(&format!("/staff/consultations/{OPEN}/results"), &cookie)
        .await;
    assert!(
        results
            .body
            .contains("Latest \u{201c}Other\u{201d} answers")
    );
    assert!(
        results
            .body
            .contains("Outside the &lt;b&gt;school&lt;/b&gt; gates"),
        "escaped"
    );
    assert!(!results.body.contains("Changed my mind"));

    let editor = app
        .get_with_cookie(
            &format!("/staff/consultations/{OPEN}/questions/{}", areas.key),
            &cookie,
        )
        .await;
    let key = &areas.other_option().unwrap().key;
    assert!(
        editor
            .body
            .contains(&format!("name=\"other_key\" value=\"{key}\""))
    );
    assert!(
        editor
            .body
            .contains("name=\"other\" type=\"checkbox\" value=\"yes\" checked")
    );
    assert!(
        !editor.body.contains(&format!("name=\"option-{key}\"")),
        "not an ordinary option"
    );
}

/// Content blocks: a heading and a paragraph of Markdown between questions, added with the
/// question editor, shown to respondents (the paragraph rendered and sanitised), never answered
/// and never counted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn headings_and_paragraphs_sit_between_questions() {
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let slug = "public-art-strategy";
    for (kind, text) in [
        ("heading", "About the <em>trail</em>"),
        (
            "paragraph",
            "The trail has **twelve** works.\r\n\r\n- one <script>alert(1)</script>\r\n- [two](javascript:alert(1))",
        ),
    ] {
        let draft = draft_of(&app, slug).await;
        let page = draft.questionnaire.pages[0].key.clone();
        let editor = format!("/staff/consultations/{slug}/questions/new?page={page}&kind={kind}");
        let form = app.get_with_cookie(&editor, &cookie).await;
        assert!(
            !form.body.contains("name=\"required\""),
            "{kind}: not a question"
        );
        let empty = post_with_cookie(
            &app,
            &editor,
            &[
                field("revision", &draft.revision),
                field("label", " "),
                field("do", "save"),
            ],
            &cookie,
        )
        .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY, "{kind}");
        let saved = post_with_cookie(
            &app,
            &editor,
            &[
                field("revision", &draft.revision),
                field("label", text),
                field("do", "save"),
            ],
            &cookie,
        )
        .await;
        assert_eq!(
            saved.status,
            StatusCode::SEE_OTHER,
            "{kind}: {}",
            saved.body
        );
    }
    let preview = app
        .get_with_cookie(&format!("/staff/consultations/{slug}/preview"), &cookie)
        .await;
    assert!(
        preview
            .body
            .contains("About the &lt;em&gt;trail&lt;/em&gt;"),
        "escaped heading"
    );
    assert!(
        preview.body.contains("<strong>twelve</strong>"),
        "rendered paragraph"
    );
    assert!(!preview.body.contains("<script>alert"));
    assert!(!preview.body.contains("javascript:alert"));
    assert!(
        !preview.body.contains("**twelve**"),
        "no Markdown in the island's props"
    );

    let draft = draft_of(&app, slug).await;
    // Nothing to answer in a block: the preview's check passes with only the question answered,
    // and a field named after a block is no honest form's.
    let question = draft
        .questionnaire
        .questions()
        .find(|q| !q.kind.is_content())
        .unwrap();
    let preview_path = format!("/staff/consultations/{slug}/preview");
    let checked = post_with_cookie(
        &app,
        &preview_path,
        &[field(&question.field_name(), "A sculpture trail")],
        &cookie,
    )
    .await;
    assert_eq!(checked.status, StatusCode::SEE_OTHER, "{}", checked.body);
    assert!(
        checked.headers[header::LOCATION]
            .to_str()
            .unwrap()
            .contains("checked=yes")
    );
    let block = draft
        .questionnaire
        .questions()
        .find(|q| q.kind.is_content())
        .unwrap();
    let forged = post_with_cookie(
        &app,
        &preview_path,
        &[
            field(&question.field_name(), "A sculpture trail"),
            field(&block.field_name(), "x"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(forged.status, StatusCode::BAD_REQUEST);
    let blocks: Vec<&str> = draft
        .questionnaire
        .questions()
        .filter(|q| q.kind.is_content())
        .map(|q| q.kind.code())
        .collect();
    assert_eq!(blocks, ["heading", "paragraph"]);
    let outline = app
        .get_with_cookie(
            &format!("/staff/consultations/{slug}/questionnaire"),
            &cookie,
        )
        .await;
    assert!(outline.body.contains("Paragraph of text · not a question"));
}

/// The question library's "About you" block: added with one plain-form button as a new last
/// page of optional census questions (each with "Prefer not to say") after a paragraph saying
/// why; a copy with fresh keys, so adding it twice gives two independent pages.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_about_you_block_is_added_from_the_library() {
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let slug = "public-art-strategy";
    let path = format!("/staff/consultations/{slug}/questionnaire");
    let page = app.get_with_cookie(&path, &cookie).await;
    assert!(page.body.contains("About you (equality monitoring)"));
    assert!(page.body.contains("value=\"library:about_you\""));
    let draft = || draft_of(&app, slug);
    for round in 1..=2 {
        let before = draft().await;
        let added = post_with_cookie(
            &app,
            &path,
            &[
                field("revision", &before.revision),
                field("do", "library:about_you"),
            ],
            &cookie,
        )
        .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        assert!(
            added.headers[header::LOCATION]
                .to_str()
                .unwrap()
                .contains("done=library-added")
        );
        let after = draft().await;
        assert_eq!(
            after.questionnaire.pages.len(),
            before.questionnaire.pages.len() + 1,
            "{round}"
        );
        let last = after.questionnaire.pages.last().unwrap();
        assert_eq!(last.title.as_deref(), Some("About you"));
        assert_eq!(last.questions.len(), 8);
        assert!(last.questions.iter().all(|q| !q.required));
        let keys: std::collections::HashSet<&str> = after
            .questionnaire
            .questions()
            .map(|q| q.key.as_str())
            .collect();
        assert_eq!(
            keys.len(),
            after.questionnaire.questions().count(),
            "fresh keys, {round}"
        );
    }
    // A block that does not exist changes nothing.
    let before = draft().await;
    let refused = post_with_cookie(
        &app,
        &path,
        &[
            field("revision", &before.revision),
            field("do", "library:nothing"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(draft().await.revision, before.revision);

    // As respondents see it: explained, every question optional.
    let preview = app
        .get_with_cookie(&format!("/staff/consultations/{slug}/preview"), &cookie)
        .await;
    assert!(preview.body.contains("Equality Act 2010"));
    let label = preview
        .body
        .split("What is your ethnic group?")
        .last()
        .unwrap_or_default();
    assert!(
        label
            .chars()
            .take(30)
            .collect::<String>()
            .contains("</span> (optional)"),
        "{}",
        label.chars().take(80).collect::<String>()
    );
}

/// Templates: a site admin offers a consultation as one; staff of another department start a
/// new draft from it in their own department (details and questions copied, fresh keys); only
/// site admins mark templates; what is not a template cannot be started from.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_start_a_consultation_from_a_template() {
    use app::staff::service::{create_staff, department_by_code};
    let app = test_app().await;
    let db = &app.state.db;
    let culture = department_by_code(db, "culture").await.unwrap();
    let password = "a long enough password";
    create_staff(
        db,
        "culture.editor@example.gov.uk",
        "Ann",
        password,
        "editor",
        Some(culture),
    )
    .await
    .unwrap();
    let editor = signed_in_as(&app, "culture.editor@example.gov.uk", password).await;
    let admin = signed_in(&app).await;
    let template = format!("/staff/consultations/{OPEN}/questionnaire");

    // Not a template yet: nobody can start from it (refused, nothing made), and editors cannot
    // make it one.
    let before = consultation_count(&app).await;
    let refused = post_with_cookie(&app, &template, &[field("do", "use_template:")], &editor).await;
    assert!(refused.status.is_client_error(), "{}", refused.status);
    assert_eq!(consultation_count(&app).await, before);
    let refused = post_with_cookie(&app, &template, &[field("do", "template_on:")], &editor).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let new_page = app
        .get_with_cookie("/staff/consultations/new", &editor)
        .await;
    assert!(!new_page.body.contains("Start from a template"));

    let page = app.get_with_cookie(&template, &admin).await;
    assert!(page.body.contains("Offer as a template"));
    let marked = post_with_cookie(&app, &template, &[field("do", "template_on:")], &admin).await;
    assert_eq!(marked.status, StatusCode::SEE_OTHER, "{}", marked.body);
    let page = app.get_with_cookie(&template, &admin).await;
    assert!(page.body.contains("Stop offering as a template"));

    let new_page = app
        .get_with_cookie("/staff/consultations/new", &editor)
        .await;
    assert!(new_page.body.contains("Start from a template"));
    assert!(
        new_page
            .body
            .contains("20mph speed limits in residential streets")
    );
    let started = post_with_cookie(&app, &template, &[field("do", "use_template:")], &editor).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let location = started.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_string();
    assert!(location.contains("done=from-template"), "{location}");
    let copy_slug = location
        .trim_start_matches("/staff/consultations/")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    assert_ne!(copy_slug, OPEN);

    // The copy: a draft in the editor's own department, the same questions with fresh keys.
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let copy = app::db::entities::consultation::Entity::find()
        .filter(app::db::entities::consultation::Column::Slug.eq(copy_slug.as_str()))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(copy.department_id, culture);
    assert_eq!(copy.state, "draft");
    assert!(!copy.is_template, "a copy is not itself a template");
    let original = app::builder::service::questionnaire_draft(db, site_admin(), OPEN)
        .await
        .unwrap();
    let copied = app::builder::service::questionnaire_draft(db, site_admin(), &copy_slug)
        .await
        .unwrap();
    let labels = |d: &app::builder::api::QuestionnaireDraft| -> Vec<String> {
        d.questionnaire
            .questions()
            .map(|q| q.label.clone())
            .collect()
    };
    assert_eq!(labels(&original), labels(&copied));
    assert!(
        copied
            .questionnaire
            .questions()
            .all(|q| original.questionnaire.question_by_key(&q.key).is_none())
    );
    // The editor builds the copy.
    let outline = app
        .get_with_cookie(
            &format!("/staff/consultations/{copy_slug}/questionnaire"),
            &editor,
        )
        .await;
    assert_eq!(outline.status, StatusCode::OK);

    let off = post_with_cookie(&app, &template, &[field("do", "template_off:")], &admin).await;
    assert_eq!(off.status, StatusCode::SEE_OTHER);
    let before = consultation_count(&app).await;
    let refused = post_with_cookie(&app, &template, &[field("do", "use_template:")], &admin).await;
    assert_eq!(
        refused.status,
        StatusCode::NOT_FOUND,
        "no longer a template"
    );
    assert_eq!(consultation_count(&app).await, before);
}

/// A question's guidance ("fact bank"): saved with the question as Markdown, given back to the
/// editor as typed, and shown to respondents rendered and sanitised under "Help with this
/// question" — the form's island props carry the HTML, not the Markdown.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn question_guidance_is_kept_and_shown_rendered_and_sanitised() {
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let slug = "public-art-strategy";
    let draft = draft_of(&app, slug).await;
    let page = draft.questionnaire.pages[0].key.clone();
    let markdown = "The **sculpture trail** runs\r\n\r\n- past the library <script>alert(1)</script>\r\n- [map](javascript:alert(1))";
    let saved = post_with_cookie(
        &app,
        &format!("/staff/consultations/{slug}/questions/new?page={page}&kind=short_text"),
        &[
            field("revision", &draft.revision),
            field("label", "Where should art go?"),
            field("guidance", markdown),
            field("do", "save"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = draft_of(&app, slug).await;
    let added = after.questionnaire.questions().last().unwrap().clone();
    assert_eq!(
        added.guidance.as_deref(),
        Some(markdown.replace("\r\n", "\n").as_str()),
        "stored as typed, line breaks made plain"
    );
    let editor = app
        .get_with_cookie(
            &format!("/staff/consultations/{slug}/questions/{}", added.key),
            &cookie,
        )
        .await;
    assert!(
        editor
            .body
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "escaped in its box"
    );
    assert!(!editor.body.contains("<script>alert"));

    let preview = app
        .get_with_cookie(&format!("/staff/consultations/{slug}/preview"), &cookie)
        .await;
    assert_eq!(preview.status, StatusCode::OK);
    let at = preview
        .body
        .find("Help with this question")
        .expect("a details element");
    let shown = &preview.body[at..];
    assert!(shown.contains("<strong>sculpture trail</strong>"));
    assert!(shown.contains("<li>past the library"));
    assert!(!preview.body.contains("<script>alert"));
    assert!(!preview.body.contains("javascript:alert"));
    assert!(
        !preview.body.contains("**sculpture trail**"),
        "no Markdown in the island's props"
    );
}

/// "Add question below question N": the kind is chosen, then the question is added just there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_is_added_where_staff_asked() {
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let slug = OPEN;
    let draft = || draft_of(&app, slug);
    let before = draft().await;
    let page = before.questionnaire.pages[0].key.clone();
    let keys: Vec<String> = before
        .questionnaire
        .questions()
        .map(|q| q.key.clone())
        .collect();
    assert!(keys.len() >= 2);
    let outline = app
        .get_with_cookie(
            &format!("/staff/consultations/{slug}/questionnaire"),
            &cookie,
        )
        .await;
    assert!(outline.body.contains(&format!(
        "href=\"/staff/consultations/{slug}/questions/new?page={page}&amp;at=1\""
    )));
    assert_eq!(
        without_island_texts(&outline.body)
            .matches("Add question below")
            .count(),
        13,
        "one under each question"
    );
    let choose = app
        .get_with_cookie(
            &format!("/staff/consultations/{slug}/questions/new?page={page}&at=1"),
            &cookie,
        )
        .await;
    assert!(
        choose.body.contains("name=\"at\" value=\"1\""),
        "the place survives the kind"
    );
    let hostile = app
        .get_with_cookie(
            &format!("/staff/consultations/{slug}/questions/new?page={page}&at=%22%3E%3Cb%3E"),
            &cookie,
        )
        .await;
    assert!(
        !hostile.body.contains("name=\"at\""),
        "a place that is not a number is dropped"
    );
    let added = post_with_cookie(
        &app,
        &format!("/staff/consultations/{slug}/questions/new?page={page}&kind=short_text&at=1"),
        &[
            field("revision", &before.revision),
            field("label", "Where do you see public art?"),
            field("do", "save"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let after: Vec<String> = draft()
        .await
        .questionnaire
        .questions()
        .map(|q| q.label.clone())
        .collect();
    assert_eq!(after[1], "Where do you see public art?", "{after:?}");
    assert_eq!(after.len(), keys.len() + 1);
}

/// The editor refuses settings that make no sense for a number or a date, changing nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_question_settings_are_checked() {
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let slug = "public-art-strategy";
    let draft = || draft_of(&app, slug);
    let before = draft().await;
    let page = before.questionnaire.pages[0].key.clone();
    let editor =
        |kind: &str| format!("/staff/consultations/{slug}/questions/new?page={page}&kind={kind}");
    for (kind, fields, message) in [
        (
            "number",
            vec![field("min", "10"), field("max", "1")],
            "The lowest number cannot be more than the highest",
        ),
        (
            "number",
            vec![field("decimals", "99")],
            "Decimal places must be between 0 and 6",
        ),
        (
            "number",
            vec![field("max", "1e9999")],
            "The highest number must be a number",
        ),
        (
            "date",
            vec![
                field("latest-day", "31"),
                field("latest-month", "4"),
                field("latest-year", "2030"),
            ],
            "The latest date must be a real date",
        ),
        (
            "points",
            vec![
                field("option-new-1", "Parks"),
                field("option-new-2", "Roads"),
                field("points_total", "0"),
            ],
            "The points to share must be between 1 and 10000",
        ),
        (
            "ranking",
            vec![field("option-new-1", "Parks"), field("option-new-2", "")],
            "Enter at least 2 options",
        ),
    ] {
        let mut all = vec![
            field("revision", &before.revision),
            field("label", "How many?"),
            field("do", "save"),
        ];
        all.extend(fields);
        let reply = post_with_cookie(&app, &editor(kind), &all, &cookie).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        assert!(reply.body.contains(message), "{message}");
    }
    assert_eq!(draft().await.revision, before.revision, "nothing changed");

    let saved = post_with_cookie(
        &app,
        &editor("number"),
        &[
            field("revision", &before.revision),
            field("label", "How many trees?"),
            field("min", "0"),
            field("max", "1,000"),
            field("decimals", "0"),
            field("unit", "trees"),
            field("do", "save"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = draft().await;
    let added = after.questionnaire.questions().last().unwrap();
    assert_eq!(
        added.kind,
        app::domain::QuestionKind::Number {
            min: Some("0".into()),
            max: Some("1000".into()),
            decimals: 0,
            unit: Some("trees".into())
        }
    );

    let saved = post_with_cookie(
        &app,
        &editor("points"),
        &[
            field("revision", &after.revision),
            field("label", "Share your budget"),
            field("option-new-1", "Parks"),
            field("option-new-2", "Roads"),
            field("points_total", "50"),
            field("points_rule", "at_most"),
            field("do", "save"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let added = draft()
        .await
        .questionnaire
        .questions()
        .last()
        .unwrap()
        .clone();
    assert!(
        matches!(
            added.kind,
            app::domain::QuestionKind::Points {
                total: 50,
                exact: false,
                ..
            }
        ),
        "{:?}",
        added.kind
    );
    let editor_page = app
        .get_with_cookie(
            &format!("/staff/consultations/{slug}/questions/{}", added.key),
            &cookie,
        )
        .await;
    assert!(editor_page.body.contains("value=\"50\""));
    assert!(editor_page.body.contains(
        "id=\"points_rule-at_most\" name=\"points_rule\" type=\"radio\" value=\"at_most\" checked"
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_submissions_get_a_clear_400_and_store_nothing() {
    let app = test_app().await;
    let form = app.form().await;
    let token = app.form().await.idempotency_key;
    let q: Vec<_> = form.questionnaire.questions().collect();
    let path = format!("/consultations/{OPEN}/respond");
    let cases = [
        (
            vec![field("idempotency_key", &token), field("q99999", "x")],
            "not in this questionnaire",
        ),
        (
            vec![
                field("idempotency_key", &token),
                field(&q[0].field_name(), "123456789"),
            ],
            "not one of the options",
        ),
        (
            vec![
                field(
                    "idempotency_key",
                    "v1.1.1.00000000000000000000000000000000.00000000000000000000000000000000",
                ),
                field(&q[2].field_name(), "Kept"),
            ],
            "could not be checked",
        ),
        // Without a token, a post is page 1's Continue: answers of page 2 are no part of it.
        (
            vec![field(
                &form.questionnaire.pages[1].questions[1].field_name(),
                "Not on page 1",
            )],
            "not on this page",
        ),
    ];
    for (fields, message) in cases {
        let reply = app.post_form(&path, &fields).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{fields:?}");
        assert!(reply.body.contains(message), "{fields:?} lacks {message}");
        assert!(reply.body.contains("There is a problem"));
    }
    assert_eq!(app.response_count().await, 0);

    // Not a form at all.
    let json = app
        .send(
            Request::post(&path)
                .header(header::CONTENT_TYPE, "application/json")
                .header("sec-fetch-site", "same-origin")
                .body(Body::from("{}"))
                .unwrap(),
        )
        .await;
    assert_eq!(json.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);

    // Far more data than any answer could need.
    let huge = vec![
        field("idempotency_key", &token),
        field(&q[2].field_name(), &"x".repeat(2 * 1024 * 1024)),
    ];
    let reply = app.post_form(&path, &huge).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);

    // A consultation that does not exist.
    let reply = app
        .post_form(
            "/consultations/nope/respond",
            &[field("idempotency_key", &token)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(app.response_count().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closed_and_forthcoming_consultations_refuse_responses() {
    use app::db::questionnaire_store::{current_version, load_questionnaire, published_by_slug};
    let app = test_app().await;
    for (slug, says) in [
        (CLOSED, "closed at"),
        ("public-art-strategy", "not open yet"),
    ] {
        // A genuine token for this consultation (as if its form had been opened in time), and an
        // answer to its one required question: only the dates stand in the way.
        let db = &app.state.db;
        let consultation = published_by_slug(db, &app::domain::Slug::parse(slug).unwrap())
            .await
            .unwrap()
            .unwrap();
        let version = current_version(db, consultation.id).await.unwrap().unwrap();
        let question =
            load_questionnaire(db, version.id).await.unwrap().pages[0].questions[0].clone();
        let answer = match question.kind.options().first() {
            Some(option) => option.id.to_string(),
            None => "My view".to_string(),
        };
        let fields = vec![
            field(
                "idempotency_key",
                &app::respond::token::issue(&app.state.signing_key, consultation.id, version.id),
            ),
            field(&question.field_name(), &answer),
        ];
        let reply = app
            .post_form(&format!("/consultations/{slug}/respond"), &fields)
            .await;
        assert_eq!(reply.status, StatusCode::CONFLICT, "{slug}");
        assert!(reply.body.contains(says), "{slug}: the page says why");
    }
    assert_eq!(app.response_count().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_site_posts_are_refused() {
    let app = test_app().await;
    let fields = valid_answers(&app.form().await, &app.form().await.idempotency_key);
    let path = format!("/consultations/{OPEN}/respond");

    let by_fetch_metadata = app
        .send(
            Request::post(&path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "cross-site")
                .body(Body::from(encode(&fields)))
                .unwrap(),
        )
        .await;
    assert_eq!(by_fetch_metadata.status, StatusCode::FORBIDDEN);

    let by_origin = app
        .send(
            Request::post(&path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(header::HOST, "consult.example.gov.uk")
                .header(header::ORIGIN, "https://evil.example")
                .body(Body::from(encode(&fields)))
                .unwrap(),
        )
        .await;
    assert_eq!(by_origin.status, StatusCode::FORBIDDEN);

    let sign_in = app
        .send(
            Request::post("/staff/sign-in")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "cross-site")
                .body(Body::from("email=a&password=b"))
                .unwrap(),
        )
        .await;
    assert_eq!(sign_in.status, StatusCode::FORBIDDEN);
    assert_eq!(app.response_count().await, 0);

    // Same origin by the Origin header alone is fine.
    let same = app
        .send(
            Request::post(&path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(header::HOST, "consult.example.gov.uk")
                .header(header::ORIGIN, "https://consult.example.gov.uk")
                .body(Body::from(encode(&fields)))
                .unwrap(),
        )
        .await;
    assert_eq!(same.status, StatusCode::SEE_OTHER);
}

async fn call_server_fn(
    app: &TestApp,
    path: &str,
    body: String,
    content_type: &str,
    cookie: Option<&str>,
) -> Reply {
    let mut request = Request::post(path)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::ACCEPT, "application/json")
        .header("sec-fetch-site", "same-origin");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    app.send(request.body(Body::from(body)).unwrap()).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_submit_server_function_validates_and_uses_4xx() {
    use app::respond::api::SubmitResponse;
    let app = test_app().await;
    let form = app.form().await;
    let q: Vec<_> = form.questionnaire.questions().collect();
    let path = SubmitResponse::PATH;

    let invalid = serde_json::json!({
        "slug": OPEN,
        "form": { "fields": [["idempotency_key", form.idempotency_key], [q[2].field_name(), "text"]] }
    });
    let reply = call_server_fn(&app, path, invalid.to_string(), "application/json", None).await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    assert!(reply.body.contains("Invalid"));

    let garbage = call_server_fn(&app, path, "{not json".into(), "application/json", None).await;
    assert_eq!(garbage.status, StatusCode::BAD_REQUEST, "{}", garbage.body);

    let valid = serde_json::json!({
        "slug": OPEN,
        "form": { "fields": valid_answers(&form, &form.idempotency_key) }
    });
    let reply = call_server_fn(&app, path, valid.to_string(), "application/json", None).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let again = call_server_fn(&app, path, valid.to_string(), "application/json", None).await;
    assert_eq!(
        again.body, reply.body,
        "a retried call gets the same receipt"
    );
    assert_eq!(app.response_count().await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_pages_and_functions_refuse_anonymous_users() {
    use app::results::api::{LoadConsultationResults, LoadStaffHome};
    let app = test_app().await;

    let page = app.get("/staff").await;
    assert!(page.status.is_redirection(), "{}", page.status);
    assert_eq!(page.location(), "/staff/sign-in?next=/staff");

    let results = app
        .get(&format!("/staff/consultations/{OPEN}/results"))
        .await;
    assert!(results.status.is_redirection());
    let questionnaire = app
        .get(&format!("/staff/consultations/{OPEN}/questionnaire"))
        .await;
    assert!(questionnaire.status.is_redirection());
    assert_eq!(
        questionnaire.location(),
        format!("/staff/sign-in?next=/staff/consultations/{OPEN}/questionnaire")
    );
    let draft = call_server_fn(
        &app,
        app::builder::api::LoadQuestionnaireDraft::PATH,
        format!("slug={OPEN}"),
        "application/x-www-form-urlencoded",
        None,
    )
    .await;
    assert_eq!(draft.status, StatusCode::UNAUTHORIZED, "{}", draft.body);
    assert!(!draft.body.contains("Strongly support"));
    let documents = call_server_fn(
        &app,
        app::documents::api::LoadDocumentsPage::PATH,
        format!("slug={OPEN}"),
        "application/x-www-form-urlencoded",
        None,
    )
    .await;
    assert_eq!(
        documents.status,
        StatusCode::UNAUTHORIZED,
        "{}",
        documents.body
    );
    let library = call_server_fn(
        &app,
        app::library::api::LoadLibrary::PATH,
        String::new(),
        "application/x-www-form-urlencoded",
        None,
    )
    .await;
    assert_eq!(library.status, StatusCode::UNAUTHORIZED, "{}", library.body);
    let page = app.get(app::library::LIBRARY_PATH).await;
    assert_eq!(page.location(), "/staff/sign-in?next=/staff/library");

    let home = call_server_fn(
        &app,
        LoadStaffHome::PATH,
        String::new(),
        "application/x-www-form-urlencoded",
        None,
    )
    .await;
    assert_eq!(home.status, StatusCode::UNAUTHORIZED, "{}", home.body);
    let data = call_server_fn(
        &app,
        LoadConsultationResults::PATH,
        format!("slug={OPEN}"),
        "application/x-www-form-urlencoded",
        Some("consult_session=0000000000000000000000000000000000000000000000000000000000000000"),
    )
    .await;
    assert_eq!(data.status, StatusCode::UNAUTHORIZED, "{}", data.body);
    assert!(!data.body.contains("Highways"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_sign_in_shows_results_and_sign_out_ends_the_session() {
    use app::results::api::LoadStaffHome;
    let app = test_app().await;

    let empty = app
        .post_form(
            "/staff/sign-in",
            &[field("email", ""), field("password", "")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Enter your email address"));
    assert!(empty.body.contains("Enter your password"));

    let wrong = app
        .post_form(
            "/staff/sign-in",
            &[
                field("email", app::demo::DEMO_STAFF_EMAIL),
                field("password", "not the password"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(
        wrong
            .body
            .contains("The email address or password is not right")
    );
    assert!(
        wrong.body.contains(app::demo::DEMO_STAFF_EMAIL),
        "email kept"
    );
    assert!(
        !wrong.body.contains("not the password"),
        "password never echoed"
    );

    let signed_in = app
        .post_form(
            "/staff/sign-in",
            &[
                field("email", app::demo::DEMO_STAFF_EMAIL),
                field("password", app::demo::DEMO_STAFF_PASSWORD),
                field("next", &format!("/staff/consultations/{OPEN}/results")),
            ],
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    assert_eq!(
        signed_in.location(),
        format!("/staff/consultations/{OPEN}/results")
    );
    let set_cookie = signed_in
        .headers
        .get(header::SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap();
    assert!(set_cookie.contains("HttpOnly"));
    assert!(set_cookie.contains("SameSite=Lax"));
    let cookie = set_cookie.split(';').next().unwrap().to_string();

    let home = app.get_with_cookie("/staff", &cookie).await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Signed in as"));
    assert!(
        home.body
            .contains("20mph speed limits in residential streets")
    );

    let results = app
        .get_with_cookie(&format!("/staff/consultations/{OPEN}/results"), &cookie)
        .await;
    assert_eq!(results.status, StatusCode::OK);
    assert!(results.body.contains("Strongly support"));

    // The questionnaire page holds the builder island, and so loads code (only staff pages
    // hold one); a consultation that does not exist is a 404.
    let questionnaire = app
        .get_with_cookie(
            &format!("/staff/consultations/{OPEN}/questionnaire"),
            &cookie,
        )
        .await;
    assert_eq!(questionnaire.status, StatusCode::OK);
    assert!(questionnaire.body.contains("Strongly support"));
    assert!(
        questionnaire
            .body
            .contains("data-component=\"QuestionnaireBuilder_")
    );
    assert!(questionnaire.body.contains("<script type=\"module\""));
    let missing = app
        .get_with_cookie("/staff/consultations/no-such-thing/questionnaire", &cookie)
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);

    let data = call_server_fn(
        &app,
        LoadStaffHome::PATH,
        String::new(),
        "application/x-www-form-urlencoded",
        Some(&cookie),
    )
    .await;
    assert_eq!(data.status, StatusCode::OK);

    let out = app
        .send(
            Request::post("/staff/sign-out")
                .header(header::COOKIE, &cookie)
                .header("sec-fetch-site", "same-origin")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = app.get_with_cookie("/staff", &cookie).await;
    assert!(
        after.status.is_redirection(),
        "the old cookie no longer works"
    );
}

// ---------------------------------------------------------------------------------------------
// Hostile input: regressions for what an attacker found (issue 5), on SQLite and PostgreSQL.

/// Every `<script>` tag of the page carries the nonce its Content-Security-Policy names.
fn scripts_carry_the_nonce(reply: &Reply) -> bool {
    let Some(nonce) = csp_nonce(reply) else {
        return false;
    };
    let attribute = format!("nonce=\"{nonce}\"");
    reply.body.split("<script").skip(1).all(|rest| {
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        tag.contains(&attribute)
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_markup_comes_back_as_text_never_as_a_script() {
    for (backend, app) in test_apps().await {
        let token = app.form().await.idempotency_key;
        let form = app.form().await;
        let q: Vec<_> = form.questionnaire.questions().collect();
        let payload = "</textarea><script>alert(1)</script>";
        // The required question unanswered, so the form comes back with the answers in it.
        let fields = vec![
            field("idempotency_key", &token),
            field(&q[2].field_name(), payload),
            field(&q[3].field_name(), "\"><script>alert(2)</script>"),
        ];
        let reply = app
            .post_form(&format!("/consultations/{OPEN}/respond"), &fields)
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        assert!(
            !reply.body.contains("<script>alert("),
            "{backend}: {}",
            reply.body
        );
        assert!(
            reply
                .body
                .contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{backend}: the long answer is shown as typed"
        );
        assert!(
            reply.body.contains("value=\"&quot;"),
            "{backend}: the short answer stays inside its attribute"
        );
        // Every script on the page is Leptos's own, with this response's nonce.
        assert!(scripts_carry_the_nonce(&reply), "{backend}");
        assert_eq!(app.response_count().await, 0, "{backend}");
    }
}

fn csp_nonce(reply: &Reply) -> Option<String> {
    support::csp_nonce(&reply.headers)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_never_sends_anyone_to_another_site() {
    let app = test_app().await;
    let sign_in = |next: &str| {
        vec![
            field("email", app::demo::DEMO_STAFF_EMAIL),
            field("password", app::demo::DEMO_STAFF_PASSWORD),
            field("next", next),
        ]
    };
    for (next, expected) in [
        ("/\t/evil.example", "/staff"),
        ("/\n/evil.example", "/staff"),
        ("//evil.example", "/staff"),
        ("/\\evil.example", "/staff"),
        ("https://evil.example/", "/staff"),
        ("javascript:alert(1)", "/staff"),
        ("/\n", "/"),
        ("/\r\nSet-Cookie: a=b", "/Set-Cookie:%20a=b"),
        (
            "/staff/consultations/x/results?a=1",
            "/staff/consultations/x/results?a=1",
        ),
    ] {
        let reply = app.post_form("/staff/sign-in", &sign_in(next)).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(reply.location(), expected, "{next:?}");
    }
    // The page only carries a `next` that would pass.
    let page = app.get("/staff/sign-in?next=%2F%09%2Fevil.example").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("evil.example"), "{}", page.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nul_bytes_and_control_characters_get_a_clear_answer_not_a_500() {
    for (backend, app) in test_apps().await {
        for path in [
            "/consultations/%00",
            "/consultations/20mph-speed-limits%00",
            "/consultations/%00/respond",
            "/consultations/20mph-speed-limits/confirmation/%00",
            "/consultations/%FF%FE",
        ] {
            let reply = app.get(path).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{backend} {path}");
            assert!(reply.body.contains("Page not found"), "{backend} {path}");
        }
        let reply = app
            .post_form(
                "/consultations/%00/respond",
                &[field("idempotency_key", "x")],
            )
            .await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{backend}");

        // A text answer with NUL and other controls is stored without them.
        let form = app.form().await;
        let q: Vec<_> = form.questionnaire.questions().collect();
        let mut fields = valid_answers(&form, &app.form().await.idempotency_key);
        fields.push(field(&q[3].field_name(), "Mill\0 Lane\u{7}\u{85}"));
        let reply = app
            .post_form(&format!("/consultations/{OPEN}/respond"), &fields)
            .await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{backend}: {}",
            reply.body
        );
        let stored: Vec<String> = {
            use sea_orm::EntityTrait;
            app::db::entities::answer::Entity::find()
                .all(&app.state.db)
                .await
                .unwrap()
                .into_iter()
                .filter_map(|a| a.text_value)
                .collect()
        };
        assert!(
            stored.contains(&"Mill Lane".to_string()),
            "{backend}: {stored:?}"
        );

        // A refused form shown again holds no control character, even from a field name that
        // is no field of the form (found by the fuzzer: such names reached the island's props).
        let fields = vec![
            field("idempotency_key", &app.form().await.idempotency_key),
            field(&q[2].field_name(), "Kept\u{7f}"),
            field("\u{87}\0fz\u{7f}", "odd\u{96}"),
        ];
        let reply = app
            .post_form(&format!("/consultations/{OPEN}/respond"), &fields)
            .await;
        // Refused as a malformed form (a field it does not have), shown again with the answers.
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{backend}");
        assert!(
            !reply.body.chars().any(app::domain::text::is_forbidden),
            "{backend}: a control character in the page"
        );
        assert!(reply.body.contains("Kept"), "{backend}");
        assert!(
            !reply.body.contains("odd"),
            "{backend}: only the form's own fields come back"
        );

        // The sign-in email.
        let reply = app
            .post_form(
                "/staff/sign-in",
                &[
                    field("email", "demo\0@example.gov.uk"),
                    field("password", "x"),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        assert!(
            reply
                .body
                .contains("Enter an email address in the correct format")
        );
        assert!(!reply.body.contains('\0'), "{backend}: NUL shown back");

        // Server functions given the same.
        use app::hub::api::GetConsultation;
        let reply = call_server_fn(
            &app,
            GetConsultation::PATH,
            "slug=%00".into(),
            "application/x-www-form-urlencoded",
            None,
        )
        .await;
        assert_eq!(
            reply.status,
            StatusCode::NOT_FOUND,
            "{backend}: {}",
            reply.body
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_form_stores_one_response_however_its_token_is_spelt() {
    for (backend, app) in test_apps().await {
        let token = app.form().await.idempotency_key;
        let form = app.form().await;
        let path = format!("/consultations/{OPEN}/respond");
        let sent = app.post_form(&path, &valid_answers(&form, &token)).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{backend}");

        let (payload, tag) = token.rsplit_once('.').unwrap();
        let recased = format!("{payload}.{}", tag.to_uppercase());
        assert_ne!(recased, token, "the tag has letters to re-case");
        let again = app.post_form(&path, &valid_answers(&form, &recased)).await;
        assert_eq!(again.status, StatusCode::BAD_REQUEST, "{backend}");
        assert!(again.body.contains("could not be checked"), "{backend}");
        assert_eq!(app.response_count().await, 1, "{backend}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_refusal_is_a_page_of_the_site_with_the_right_status() {
    let app = test_app().await;
    let path = format!("/consultations/{OPEN}/respond");
    let cross_site = app
        .send(
            Request::post(&path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "cross-site")
                .body(Body::from("a=b"))
                .unwrap(),
        )
        .await;
    let json = app
        .send(
            Request::post(&path)
                .header(header::CONTENT_TYPE, "application/json")
                .header("sec-fetch-site", "same-origin")
                .body(Body::from("{}"))
                .unwrap(),
        )
        .await;
    let wrong_method = app
        .send(
            Request::put(&path)
                .header("sec-fetch-site", "same-origin")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    let bad_path = app.post_form("/consultations/%FF/respond", &[]).await;
    for (reply, status, says) in [
        (
            cross_site,
            StatusCode::FORBIDDEN,
            "sent from another website",
        ),
        (
            json,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "HTML form submissions only",
        ),
        (
            wrong_method,
            StatusCode::METHOD_NOT_ALLOWED,
            "does not accept that kind of request",
        ),
        (bad_path, StatusCode::BAD_REQUEST, "could not be read"),
    ] {
        assert_eq!(reply.status, status, "{}", reply.body);
        assert!(
            reply.headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/html"),
            "{status}"
        );
        assert!(reply.body.contains(says), "{status}: {}", reply.body);
        assert!(
            reply.body.contains("Skip to main content"),
            "{status}: in the site's design"
        );
        assert!(
            !reply.body.contains("type=\"module\"") && !reply.body.contains(".wasm"),
            "{status}: a refusal loads no app"
        );
        assert!(scripts_carry_the_nonce(&reply), "{status}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_headers_on_every_page() {
    let app = test_app().await;
    for path in [
        "/",
        &format!("/consultations/{OPEN}/respond"),
        "/staff/sign-in",
        "/nowhere",
    ] {
        let reply = app.get(path).await;
        let policy = reply.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap();
        for part in [
            "script-src 'self' 'nonce-",
            "object-src 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
        ] {
            assert!(policy.contains(part), "{path}: {policy}");
        }
        let nonce = csp_nonce(&reply).unwrap();
        assert!(nonce.len() >= 22, "{path}: a nonce of 128 bits");
        // Islands: only the response form has scripts (its island's loader); the rest have none.
        assert_eq!(
            reply.body.contains("<script"),
            path.ends_with("/respond"),
            "{path}: scripts only where an island is"
        );
        assert!(
            scripts_carry_the_nonce(&reply),
            "{path}: every script carries the nonce"
        );
        assert!(
            !reply
                .headers
                .contains_key(header::STRICT_TRANSPORT_SECURITY)
        );
    }
    let first = csp_nonce(&app.get("/").await).unwrap();
    let second = csp_nonce(&app.get("/").await).unwrap();
    assert_ne!(first, second, "a new nonce for every response");

    // Personal pages are never cached; public ones may be.
    for path in [
        "/staff",
        "/staff/sign-in",
        &format!("/consultations/{OPEN}/respond"),
        &format!("/consultations/{OPEN}/confirmation/2222-2222-2222"),
    ] {
        let reply = app.get(path).await;
        assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store", "{path}");
    }
    assert!(
        !app.get("/")
            .await
            .headers
            .contains_key(header::CACHE_CONTROL)
    );

    // HSTS once the site says it is served over HTTPS.
    drop(app);
    let serial = SERIAL.lock().await;
    let state = server::start(&test_config(true), test_options())
        .await
        .unwrap();
    let secure = TestApp {
        router: server::router(state.clone()),
        state,
        _serial: Some(serial),
    };
    let reply = secure.get("/").await;
    assert_eq!(
        reply.headers[header::STRICT_TRANSPORT_SECURITY],
        "max-age=31536000"
    );
}

#[test]
fn server_functions_have_fixed_addresses() {
    use app::hub::api::GetConsultation;
    use app::respond::api::SubmitResponse;
    // Not the default hashed path, which differs between builds in different folders.
    assert_eq!(GetConsultation::PATH, "/api/get_consultation");
    assert_eq!(SubmitResponse::PATH, "/api/submit_response");
    let mut paths: Vec<_> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path)
        .collect();
    paths.sort_unstable();
    assert!(
        paths
            .iter()
            .all(|p| p.starts_with("/api/") && !p.ends_with(|c: char| c.is_ascii_digit())),
        "{paths:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_are_served_compressed_as_the_browser_accepts() {
    let app = test_app().await;
    let plain = app.get("/").await;
    assert!(!plain.headers.contains_key(header::CONTENT_ENCODING));
    for (accepted, expected) in [("br", "br"), ("gzip", "gzip"), ("gzip, deflate, br", "br")] {
        let reply = app
            .send(
                Request::get("/")
                    .header(header::ACCEPT, "text/html")
                    .header(header::ACCEPT_ENCODING, accepted)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK);
        assert_eq!(
            reply.headers[header::CONTENT_ENCODING],
            expected,
            "{accepted}"
        );
        assert!(
            !reply.body.contains("Open consultations"),
            "{accepted}: the body is encoded"
        );
        assert_eq!(reply.headers[header::VARY], "accept-encoding", "{accepted}");
    }
}

/// Islands: a page with nothing interactive is plain HTML (no script, no WASM, none of Leptos's
/// hydration markers); the response form holds one island and the loader for it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_response_form_loads_code() {
    let app = test_app().await;
    let fields = valid_answers(&app.form().await, &app.form().await.idempotency_key);
    let sent = app
        .post_form(&format!("/consultations/{OPEN}/respond"), &fields)
        .await;
    let reference = sent.location().rsplit('/').next().unwrap().to_string();
    for path in [
        "/".to_string(),
        format!("/consultations/{OPEN}"),
        format!("/consultations/{CLOSED}"),
        format!("/consultations/{OPEN}/confirmation/{reference}"),
        "/staff/sign-in".to_string(),
        "/nowhere".to_string(),
    ] {
        let reply = app.get(&path).await;
        assert!(reply.body.contains("</html>"), "{path}: {}", reply.status);
        for leftover in [
            "<script",
            "<link rel=\"modulepreload\"",
            ".wasm",
            "<leptos-island",
            "<!>",
        ] {
            assert!(!reply.body.contains(leftover), "{path} has {leftover}");
        }
    }

    let reply = app.get(&format!("/consultations/{OPEN}/respond")).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body.matches("<leptos-island").count(), 1);
    assert!(reply.body.contains("data-component=\"ResponseFormIsland_"));
    assert!(reply.body.contains("<script type=\"module\""));
    assert!(reply.body.contains("/pkg/consult.wasm"));
    assert!(
        reply.body.ends_with("</body></html>"),
        "nothing after the document (Leptos's data scripts moved into the body)"
    );
}

/// Build files are served precompressed when the build made `.br`/`.gz` copies, and a file named
/// with this build's content hash may be kept for a year; other files must be revalidated.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn build_files_are_precompressed_and_cached_by_their_hashed_names() {
    let site = std::env::temp_dir().join(format!("consult-site-{}", std::process::id()));
    let pkg = site.join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    for (name, text) in [
        ("consult.Css1.css", "body{color:black}"),
        ("consult.Css1.css.br", "brotli bytes"),
        ("consult.Css1.css.gz", "gzip bytes"),
        ("consult.Js1.js", "export function hydrate(){}"),
        ("consult.css", "body{}"),
    ] {
        std::fs::write(pkg.join(name), text).unwrap();
    }
    let hash_list = site.join("hash.txt");
    std::fs::write(&hash_list, "js: Js1\nwasm: Wasm1\ncss: Css1\n").unwrap();
    let options = LeptosOptions::builder()
        .output_name("consult")
        .site_root(site.to_string_lossy().into_owned())
        .hash_files(true)
        // An absolute path: Leptos joins it to the binary's folder, which keeps it as it is.
        .hash_file(hash_list.to_string_lossy().into_owned().into())
        .build();
    let app = test_app_with(options).await;

    let fetch = |path: &'static str, encoding: &'static str| {
        app.send(
            Request::get(path)
                .header(header::ACCEPT_ENCODING, encoding)
                .body(Body::empty())
                .unwrap(),
        )
    };
    let brotli = fetch("/pkg/consult.Css1.css", "gzip, br").await;
    assert_eq!(brotli.status, StatusCode::OK);
    assert_eq!(brotli.headers[header::CONTENT_ENCODING], "br");
    assert_eq!(brotli.body, "brotli bytes", "the precompressed copy");
    assert_eq!(
        brotli.headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    let gzip = fetch("/pkg/consult.Css1.css", "gzip").await;
    assert_eq!(gzip.body, "gzip bytes");
    let plain = fetch("/pkg/consult.Css1.css", "identity").await;
    assert_eq!(plain.body, "body{color:black}");

    let unhashed = fetch("/pkg/consult.css", "identity").await;
    assert_eq!(unhashed.status, StatusCode::OK);
    assert_eq!(unhashed.headers[header::CACHE_CONTROL], "no-cache");
    let missing = fetch("/pkg/consult.Nope.js", "identity").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(!missing.headers.contains_key(header::CACHE_CONTROL));

    // Pages name the hashed files.
    assert!(
        app.get("/")
            .await
            .body
            .contains("href=\"/pkg/consult.Css1.css\"")
    );
    let form = app
        .get(&format!("/consultations/{OPEN}/respond"))
        .await
        .body;
    assert!(form.contains("/pkg/consult.Js1.js"), "{form}");
    assert!(form.contains("/pkg/consult.Wasm1.wasm"), "{form}");
    std::fs::remove_dir_all(&site).unwrap();
}

// ---------------------------------------------------------------------------------------------
// Creating a consultation (staff).

async fn signed_in(app: &TestApp) -> String {
    signed_in_as(
        app,
        app::demo::DEMO_STAFF_EMAIL,
        app::demo::DEMO_STAFF_PASSWORD,
    )
    .await
}

async fn signed_in_as(app: &TestApp, email: &str, password: &str) -> String {
    let reply = app
        .post_form(
            "/staff/sign-in",
            &[field("email", email), field("password", password)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let set_cookie = reply.headers.get(header::SET_COOKIE).unwrap();
    set_cookie
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string()
}

fn new_consultation_fields(title: &str, department: i64) -> Vec<(String, String)> {
    vec![
        field("title", title),
        field("slug", ""),
        field("summary", "Tell us which parks you use & when."),
        field("body", "We are reviewing **park** opening times."),
        field("department", &department.to_string()),
        field("contact_name", "Parks team"),
        field("contact_email", "parks@example.gov.uk"),
        field("opens-day", "1"),
        field("opens-month", "6"),
        field("opens-year", "2027"),
        field("opens-time", "9am"),
        field("closes-day", "31"),
        field("closes-month", "8"),
        field("closes-year", "2027"),
        field("closes-time", "11:59pm"),
    ]
}

#[tokio::test]
async fn the_review_page_refuses_what_the_workflow_does_not_allow_and_escapes_comments() {
    use app::builder::{NewConsultation, NewPage, NewQuestion, NewQuestionKind};
    let app = test_app().await;
    let author = signed_in(&app).await;
    let department = app::staff::service::department_by_code(&app.state.db, "highways")
        .await
        .unwrap();
    let now = chrono::Utc::now();
    app::builder::service::create_consultation(
        &app.state.db,
        NewConsultation {
            slug: "bus-lanes".into(),
            title: "Bus lanes".into(),
            summary: "Tell us about the new bus lanes.".into(),
            body_markdown: "Bus lanes.".into(),
            department_id: department,
            contact_name: "Transport".into(),
            contact_email: "transport@example.gov.uk".into(),
            opens_at: now + chrono::Duration::days(1),
            closes_at: now + chrono::Duration::weeks(10),
            published: false,
            outcome_markdown: None,
            pages: vec![NewPage {
                title: None,
                questions: vec![NewQuestion {
                    label: "What do you think?".into(),
                    hint: None,
                    required: false,
                    guidance: None,
                    kind: NewQuestionKind::LongText { max_chars: 500 },
                }],
            }],
        },
    )
    .await
    .unwrap();
    let review = "/staff/consultations/bus-lanes/review";
    let page = app.get_with_cookie(review, &author).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    assert!(page.body.contains("Quality checklist"));
    assert!(!page.body.contains("To fix"), "every check passes");
    assert!(page.body.contains(r#"value="send_for_review""#));
    assert!(!page.body.contains(r#"value="approve""#));
    // Buttons that are not offered are refused when posted anyway.
    let early = post_with_cookie(&app, review, &[field("step", "schedule")], &author).await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    let clock = post_with_cookie(&app, review, &[field("step", "open")], &author).await;
    assert_eq!(
        clock.status,
        StatusCode::BAD_REQUEST,
        "the clock's steps are not a person's"
    );
    let sent = post_with_cookie(
        &app,
        review,
        &[
            field("step", "send_for_review"),
            field("comment", "<script>alert(1)</script>"),
        ],
        &author,
    )
    .await;
    assert_eq!(sent.location(), format!("{review}?done=in_review"));
    let page = app.get_with_cookie(sent.location(), &author).await;
    assert!(page.body.contains("Sent for review."));
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!page.body.contains("<script>alert(1)"));
    // The sender is told someone else approves, and is refused if they try.
    assert!(page.body.contains("so someone else approves it"));
    let own = post_with_cookie(&app, review, &[field("step", "approve")], &author).await;
    assert_eq!(own.status, StatusCode::CONFLICT);
    assert!(own.body.contains("someone else must approve it"));
    // The reviewer: a return needs a comment, an approval every item.
    let reviewer = reviewer_cookie(&app).await;
    let unsaid = post_with_cookie(&app, review, &[field("step", "return")], &reviewer).await;
    assert_eq!(unsaid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unsaid.body.contains(r##"href="#comment""##));
    let unticked = post_with_cookie(
        &app,
        review,
        &[field("step", "approve"), field("comment", "Kept & shown")],
        &reviewer,
    )
    .await;
    assert_eq!(unticked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unticked
            .body
            .contains("Confirm every item of the checklist")
    );
    assert!(unticked.body.contains(r##"href="#item-"##));
    assert!(
        unticked.body.contains("Kept &amp; shown"),
        "the comment is kept"
    );
    let long = "x".repeat(2_001);
    let too_long = post_with_cookie(
        &app,
        review,
        &[field("step", "return"), field("comment", &long)],
        &reviewer,
    )
    .await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    let returned = post_with_cookie(
        &app,
        review,
        &[
            field("step", "return"),
            field("comment", "Say when the lanes open."),
        ],
        &reviewer,
    )
    .await;
    assert_eq!(returned.location(), format!("{review}?done=draft"));
    let history = app.get_with_cookie(review, &author).await;
    assert!(history.body.contains("Returned it to its author"));
    assert!(history.body.contains("Say when the lanes open."));
    assert!(history.body.contains("Rhian Reviewer"));
    // Not found, and not for the signed out.
    assert_eq!(
        app.get_with_cookie("/staff/consultations/no-such/review", &author)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        post_with_cookie(
            &app,
            "/staff/consultations/no-such/review",
            &[field("step", "approve")],
            &author
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get(review).await.status, StatusCode::FOUND);
}

/// The outcome: written once a consultation has closed (refused before), its words escaped,
/// sent for review and published by someone else, the reviewer emailed, and then on the public
/// page.
#[tokio::test]
async fn outcomes_are_written_after_closing_and_published_by_a_reviewer() {
    use app::builder::{NewConsultation, NewPage};
    let (app, sink) = test_app_with_mail().await;
    let author = signed_in(&app).await;
    let department = app::staff::service::department_by_code(&app.state.db, "highways")
        .await
        .unwrap();
    let now = chrono::Utc::now();
    app::builder::service::create_consultation(
        &app.state.db,
        NewConsultation {
            slug: "night-buses".into(),
            title: "Night buses".into(),
            summary: "Tell us about night buses.".into(),
            body_markdown: "Night buses.".into(),
            department_id: department,
            contact_name: "Transport".into(),
            contact_email: "transport@example.gov.uk".into(),
            opens_at: now - chrono::Duration::weeks(10),
            closes_at: now - chrono::Duration::days(1),
            published: true,
            outcome_markdown: None,
            pages: vec![NewPage {
                title: None,
                questions: vec![],
            }],
        },
    )
    .await
    .unwrap();
    let outcome = "/staff/consultations/night-buses/outcome";
    let review = "/staff/consultations/night-buses/review";
    // Closed, its details no longer change (new dates would take responses again).
    let mut details = new_consultation_fields("Night buses again", department);
    details.retain(|(name, _)| name != "slug");
    details.push(field("slug", "night-buses"));
    let fixed = post_with_cookie(
        &app,
        "/staff/consultations/night-buses/details",
        &details,
        &author,
    )
    .await;
    assert_eq!(fixed.status, StatusCode::CONFLICT, "{}", fixed.body);
    assert!(fixed.body.contains("its details no longer change"));
    // Before closing, no outcome is written.
    let early = post_with_cookie(
        &app,
        &format!("/staff/consultations/{OPEN}/outcome"),
        &[field("outcome", "Too soon")],
        &author,
    )
    .await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(early.body.contains("once the consultation has closed"));
    let page = app.get_with_cookie(outcome, &author).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    assert!(page.body.contains(r#"name="outcome""#));
    let empty = post_with_cookie(&app, outcome, &[field("outcome", "  ")], &author).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains(r##"href="#outcome""##));
    let too_long = "x".repeat(50_001);
    let long = post_with_cookie(&app, outcome, &[field("outcome", &too_long)], &author).await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(long.body.contains("50,000 characters or fewer"));
    let words = "<script>alert(1)</script>\n\nWe will run buses **every hour**.";
    let saved = post_with_cookie(&app, outcome, &[field("outcome", words)], &author).await;
    assert_eq!(saved.location(), format!("{review}?done=outcome_saved"));
    let page = app.get_with_cookie(saved.location(), &author).await;
    assert!(page.body.contains("The outcome has been saved."));
    assert!(page.body.contains("<strong>every hour</strong>"));
    assert!(!page.body.contains("<script>alert(1)"));
    // The form starts from the words saved, escaped.
    let again = app.get_with_cookie(outcome, &author).await;
    assert!(again.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // The reviewer exists before it is sent: the highways workspace's only admin is its author,
    // so the site admins are told.
    let reviewer = reviewer_cookie(&app).await;
    let sent = post_with_cookie(
        &app,
        review,
        &[field("step", "send_outcome_for_review")],
        &author,
    )
    .await;
    assert_eq!(sent.location(), format!("{review}?done=outcome_in_review"));
    let own = post_with_cookie(&app, review, &[field("step", "publish_outcome")], &author).await;
    assert_eq!(
        own.status,
        StatusCode::CONFLICT,
        "nobody publishes their own"
    );
    let page = app.get_with_cookie(review, &reviewer).await;
    assert!(page.body.contains(r#"value="publish_outcome""#));
    assert!(page.body.contains("Change the outcome"));
    // Without what the page showed (an older page, or a forged post), it is looked at again.
    let blind =
        post_with_cookie(&app, review, &[field("step", "publish_outcome")], &reviewer).await;
    assert_eq!(blind.status, StatusCode::CONFLICT);
    assert!(
        blind
            .body
            .contains("It has changed since you opened this page")
    );
    let published = post_with_cookie(
        &app,
        review,
        &[
            field("step", "publish_outcome"),
            field("seen", &seen_on(&page.body)),
        ],
        &reviewer,
    )
    .await;
    assert_eq!(
        published.location(),
        format!("{review}?done=outcome_published")
    );
    let public = app.get("/consultations/night-buses").await;
    assert!(
        public.body.contains("<strong>every hour</strong>"),
        "{}",
        public.body
    );
    assert!(!public.body.contains("<script>alert(1)"));
    // The reviewer was emailed when it was sent, with a link to the review page; the author
    // when it was published.
    let messages = sink.wait_for(2).await;
    let to_reviewer = messages
        .iter()
        .find(|m| m.to == ["reviewer@example.gov.uk"])
        .expect("the reviewer is told");
    assert_eq!(to_reviewer.subject(), "Night buses: Outcome in review");
    assert!(
        to_reviewer
            .part("text/plain")
            .contains("https://consult.example.gov.uk/staff/consultations/night-buses/review")
    );
    let to_author = messages
        .iter()
        .find(|m| m.to == [app::demo::DEMO_STAFF_EMAIL])
        .expect("the author is told");
    assert_eq!(to_author.subject(), "Night buses: Outcome published");
    assert!(to_author.part("text/plain").contains("Rhian Reviewer"));
    assert_eq!(app.get(outcome).await.status, StatusCode::FOUND);
    assert_eq!(
        app.get_with_cookie("/staff/consultations/no-such/outcome", &author)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

/// Site admins edit the reviewer's checklist: add, reword, move and remove items, each refusal
/// saying what to fix beside the box it was typed in, words escaped, every change audited.
#[tokio::test]
async fn site_admins_edit_the_reviewers_checklist() {
    use sea_orm::EntityTrait;
    let app = test_app().await;
    let admin = signed_in(&app).await;
    let path = app::settings::CHECKLIST_PATH;
    let settings = app.get_with_cookie("/staff/settings", &admin).await;
    assert!(settings.body.contains(&format!(r#"href="{path}""#)));
    let page = app.get_with_cookie(path, &admin).await;
    assert_eq!(page.status, StatusCode::OK);
    let first = app::db::entities::checklist_item::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(first.len(), 3);
    let [one, two, _] = [first[0].id, first[1].id, first[2].id];
    assert!(page.body.contains(&format!(r#"id="text-{one}""#)));
    let empty = post_with_cookie(
        &app,
        path,
        &[field("action", "add"), field("new_text", " ")],
        &admin,
    )
    .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains(r##"href="#new_text""##));
    let added = post_with_cookie(
        &app,
        path,
        &[
            field("action", "add"),
            field("new_text", "<b>Maps</b> are\nreadable"),
        ],
        &admin,
    )
    .await;
    assert_eq!(added.location(), format!("{path}?saved=1"));
    let page = app.get_with_cookie(added.location(), &admin).await;
    assert!(page.body.contains("The checklist has been changed."));
    assert!(page.body.contains("&lt;b&gt;Maps&lt;/b&gt; are readable"));
    assert!(!page.body.contains("<b>Maps"));
    let long = "x".repeat(301);
    let too_long = post_with_cookie(
        &app,
        path,
        &[
            field("action", "save"),
            field("item", &one.to_string()),
            field("text", &long),
        ],
        &admin,
    )
    .await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_long.body.contains(&format!(r##"href="#text-{one}""##)));
    assert!(too_long.body.contains(&long), "what was typed comes back");
    let saved = post_with_cookie(
        &app,
        path,
        &[
            field("action", "save"),
            field("item", &one.to_string()),
            field("text", "Plain English"),
        ],
        &admin,
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    // Down: the first item goes second.
    let moved = post_with_cookie(
        &app,
        path,
        &[field("action", "down"), field("item", &one.to_string())],
        &admin,
    )
    .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let page = app.get_with_cookie(path, &admin).await;
    let at = |id: i64| page.body.find(&format!(r#"id="text-{id}""#)).unwrap();
    assert!(at(two) < at(one), "moved down");
    assert!(page.body.contains(">\nPlain English</textarea>"));
    let removed = post_with_cookie(
        &app,
        path,
        &[field("action", "remove"), field("item", &two.to_string())],
        &admin,
    )
    .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let page = app.get_with_cookie(path, &admin).await;
    assert!(!page.body.contains(&format!(r#"id="text-{two}""#)));
    let kept = app::db::entities::checklist_item::Entity::find_by_id(two)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        kept.retired_at.is_some(),
        "kept for the approvals that name it"
    );
    // Gone, unknown, and made-up changes.
    let gone = post_with_cookie(
        &app,
        path,
        &[
            field("action", "save"),
            field("item", &two.to_string()),
            field("text", "Back"),
        ],
        &admin,
    )
    .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    let unknown = post_with_cookie(&app, path, &[field("action", "explode")], &admin).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    let audited = app::db::entities::audit_event::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|row| row.subject == "Reviewer's checklist")
        .count();
    assert_eq!(audited, 4, "added, reworded, moved, removed");
}

#[tokio::test]
async fn site_admins_set_the_shortest_consultation_period() {
    let app = test_app().await;
    let admin = signed_in(&app).await;
    let page = app.get_with_cookie("/staff/settings", &admin).await;
    assert!(page.body.contains(r#"name="minimum_weeks""#));
    assert!(page.body.contains(r#"value="6""#), "the default is shown");
    for wrong in ["0", "53", "six", ""] {
        let refused = post_with_cookie(
            &app,
            "/staff/settings",
            &[
                field("minimum_weeks", wrong),
                field("require_two_factor", "no"),
            ],
            &admin,
        )
        .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{wrong}");
        assert!(
            refused
                .body
                .contains("Enter a whole number of weeks from 1 to 52")
        );
        assert!(refused.body.contains(r##"href="#minimum_weeks""##));
    }
    assert_eq!(
        app::settings::service::minimum_weeks(&app.state.db)
            .await
            .unwrap(),
        6,
        "a refusal changes nothing"
    );
    let saved = post_with_cookie(
        &app,
        "/staff/settings",
        &[
            field("minimum_weeks", " 12 "),
            field("require_two_factor", "no"),
        ],
        &admin,
    )
    .await;
    assert_eq!(saved.location(), "/staff/settings?saved=1");
    assert_eq!(
        app::settings::service::minimum_weeks(&app.state.db)
            .await
            .unwrap(),
        12
    );
    let review = app
        .get_with_cookie(&format!("/staff/consultations/{OPEN}/review"), &admin)
        .await;
    assert!(review.body.contains("minimum period is 12 weeks"));
    let log = app.get_with_cookie("/staff/audit", &admin).await;
    assert!(log.body.contains("Shortest consultation period: 12 weeks"));
}

/// A second site admin's session: the reviewer of what the demo's admin sends for review.
async fn reviewer_cookie(app: &TestApp) -> String {
    let email = "reviewer@example.gov.uk";
    // Made once per test app (a second call finds it there).
    let _ = app::staff::service::create_staff(
        &app.state.db,
        email,
        "Rhian Reviewer",
        "the reviewer's long password",
        "site_admin",
        None,
    )
    .await;
    signed_in_as(app, email, "the reviewer's long password").await
}

/// A second site admin's approval (`step`) on review page `review`, as its form posts it: every
/// checklist item ticked, with what the page showed.
async fn approve_as_reviewer(app: &TestApp, review: &str, step: &str) -> Reply {
    let reviewer = reviewer_cookie(app).await;
    let page = app.get_with_cookie(review, &reviewer).await;
    let mut fields = vec![field("step", step), field("seen", &seen_on(&page.body))];
    for rest in page
        .body
        .split(r#"name="items" type="checkbox" value=""#)
        .skip(1)
    {
        fields.push(field("items", rest.split('"').next().unwrap()));
    }
    assert!(
        fields.len() > 2,
        "the reviewer confirms the checklist's items"
    );
    post_with_cookie(app, review, &fields, &reviewer).await
}

/// What a review page showed, as its approving form carries it.
fn seen_on(body: &str) -> String {
    body.split(r#"name="seen" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_string()
}

/// Makes the changes waiting in open consultation `slug` live with plain forms, as its review
/// page offers them: `author` sends them, a second site admin approves them confirming every
/// checklist item.
async fn review_changes(app: &TestApp, slug: &str, author: &str) {
    let review = format!("/staff/consultations/{slug}/review");
    let page = app.get_with_cookie(&review, author).await;
    assert!(page.body.contains("Preview the changed questionnaire"));
    let sent = post_with_cookie(
        app,
        &review,
        &[field("step", "send_changes_for_review")],
        author,
    )
    .await;
    assert_eq!(
        sent.location(),
        format!("{review}?done=changes_in_review"),
        "{}",
        sent.body
    );
    let approved = approve_as_reviewer(app, &review, "approve_changes").await;
    assert_eq!(
        approved.location(),
        format!("{review}?done=changes_approved"),
        "{}",
        approved.body
    );
}

/// Takes consultation `slug` through review with plain forms, as its page offers them: `author`
/// sends it, a second site admin approves it confirming every checklist item, and `author`
/// schedules it.
async fn review_and_schedule(app: &TestApp, slug: &str, author: &str) {
    let review = format!("/staff/consultations/{slug}/review");
    let sent = post_with_cookie(app, &review, &[field("step", "send_for_review")], author).await;
    assert_eq!(
        sent.location(),
        format!("{review}?done=in_review"),
        "{}",
        sent.body
    );
    let approved = approve_as_reviewer(app, &review, "approve").await;
    assert_eq!(
        approved.location(),
        format!("{review}?done=approved"),
        "{}",
        approved.body
    );
    let scheduled = post_with_cookie(app, &review, &[field("step", "schedule")], author).await;
    assert!(
        scheduled.location().starts_with(&format!("{review}?done=")),
        "{}",
        scheduled.body
    );
}

async fn post_with_cookie(
    app: &TestApp,
    path: &str,
    fields: &[(String, String)],
    cookie: &str,
) -> Reply {
    app.send(
        form_request(path)
            .header(header::COOKIE, cookie)
            .body(Body::from(encode(fields)))
            .unwrap(),
    )
    .await
}

async fn consultation_count(app: &TestApp) -> u64 {
    use sea_orm::{EntityTrait, PaginatorTrait};
    app::db::entities::consultation::Entity::find()
        .count(&app.state.db)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_create_a_draft_consultation_with_a_plain_form() {
    for (db, app) in test_apps().await {
        let anonymous = app.get("/staff/consultations/new").await;
        assert_eq!(
            anonymous.location(),
            "/staff/sign-in?next=/staff/consultations/new",
            "{db}"
        );
        let before = consultation_count(&app).await;
        let department = app::builder::service::department_choices(&app.state.db)
            .await
            .unwrap()[0]
            .id;
        let refused = app
            .post_form(
                "/staff/consultations/new",
                &new_consultation_fields("Parks", department),
            )
            .await;
        assert_eq!(refused.status, StatusCode::SEE_OTHER, "{db}");
        assert!(refused.location().starts_with("/staff/sign-in"), "{db}");
        assert_eq!(
            consultation_count(&app).await,
            before,
            "{db}: nothing stored"
        );

        let cookie = signed_in(&app).await;
        let page = app
            .get_with_cookie("/staff/consultations/new", &cookie)
            .await;
        assert_eq!(page.status, StatusCode::OK, "{db}");
        assert!(page.body.contains("Create a consultation"));
        assert!(
            page.body.contains("Highways and Transport"),
            "departments offered"
        );
        assert!(!page.body.contains("<script"), "a plain page: no code");

        // Nothing filled in: every field says what to do, in the form's order.
        let empty = post_with_cookie(&app, "/staff/consultations/new", &[], &cookie).await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY, "{db}");
        let title = empty.body.find("Enter a title").unwrap();
        let closing = empty.body.find("Enter the closing date").unwrap();
        assert!(title < closing);
        assert!(empty.body.contains("<title>Error: Create a consultation"));

        // A mistake keeps everything typed, hostile text shown as text.
        let mut fields = new_consultation_fields("<script>alert(1)</script> Parks", department);
        fields.retain(|(name, _)| name != "closes-day");
        fields.push(field("closes-day", "32"));
        let wrong = post_with_cookie(&app, "/staff/consultations/new", &fields, &cookie).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY, "{db}");
        assert!(wrong.body.contains("The closing date must be a real date"));
        assert!(
            wrong
                .body
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Parks")
        );
        assert!(wrong.body.contains("parks@example.gov.uk"));
        assert!(
            wrong
                .body
                .contains("Tell us which parks you use &amp; when.")
        );
        assert!(scripts_carry_the_nonce(&wrong));
        assert_eq!(
            consultation_count(&app).await,
            before,
            "{db}: nothing stored"
        );

        // Right: a draft, then its questionnaire page; the public cannot see it.
        let created = post_with_cookie(
            &app,
            "/staff/consultations/new",
            &new_consultation_fields("Parks and open spaces", department),
            &cookie,
        )
        .await;
        assert_eq!(
            created.status,
            StatusCode::SEE_OTHER,
            "{db}: {}",
            created.body
        );
        assert_eq!(
            created.location(),
            "/staff/consultations/parks-and-open-spaces/questionnaire?created=1"
        );
        let questionnaire = app.get_with_cookie(created.location(), &cookie).await;
        assert_eq!(questionnaire.status, StatusCode::OK);
        assert!(questionnaire.body.contains("Draft consultation created."));
        assert!(
            questionnaire
                .body
                .contains("There are no questions on this page yet.")
        );
        assert!(questionnaire.body.contains("1 (draft: not public yet)"));
        let public = app.get("/consultations/parks-and-open-spaces").await;
        assert_eq!(
            public.status,
            StatusCode::NOT_FOUND,
            "drafts are not public"
        );
        let home = app.get_with_cookie("/staff", &cookie).await;
        assert!(home.body.contains("Parks and open spaces"));
        let stored = app::builder::service::questionnaire_draft(
            &app.state.db,
            site_admin(),
            "parks-and-open-spaces",
        )
        .await
        .unwrap();
        assert!(!stored.published);

        // The same web address again: an error on that field, nothing stored.
        let again = post_with_cookie(
            &app,
            "/staff/consultations/new",
            &new_consultation_fields("Parks and open spaces", department),
            &cookie,
        )
        .await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "{db}");
        assert!(again.body.contains("already uses the web address"));
        assert!(again.body.contains("href=\"#slug\""));
        assert_eq!(consultation_count(&app).await, before + 1, "{db}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_staff_list_filters_by_department_and_status() {
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let all = app.get_with_cookie("/staff", &cookie).await;
    assert!(all.body.contains("4 consultations."), "{}", all.body);
    assert!(!all.body.contains("Clear filters"));

    let closed = app.get_with_cookie("/staff?status=closed", &cookie).await;
    assert_eq!(closed.status, StatusCode::OK);
    assert!(closed.body.contains("Library opening hours"));
    assert!(!closed.body.contains("20mph speed limits"));
    assert!(closed.body.contains("Showing 1 of 4 consultations."));
    assert!(closed.body.contains("<option value=\"closed\" selected"));
    assert!(closed.body.contains("Clear filters"));

    let highways = app::builder::service::department_choices(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .find(|d| d.name == "Highways and Transport")
        .unwrap();
    let by_department = app
        .get_with_cookie(
            &format!("/staff?department={}&status=", highways.id),
            &cookie,
        )
        .await;
    assert!(by_department.body.contains("20mph speed limits"));
    assert!(!by_department.body.contains("Library opening hours"));

    let none = app
        .get_with_cookie(
            &format!("/staff?department={}&status=closed", highways.id),
            &cookie,
        )
        .await;
    assert!(none.body.contains("No consultations match these filters."));

    // An address nobody's form would make shows everything, the nonsense not echoed.
    let nonsense = app
        .get_with_cookie("/staff?department=%3Cscript%3E&status=%00", &cookie)
        .await;
    assert_eq!(nonsense.status, StatusCode::OK);
    assert!(nonsense.body.contains("4 consultations."));
    assert!(!nonsense.body.contains("&lt;script"));
}

/// The builder without JavaScript: a new draft gets questions through the editor's plain
/// form, they are moved, edited, deleted, and the consultation is published and answerable.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_builder_works_with_plain_form_posts() {
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let department = app::builder::service::department_choices(&app.state.db)
        .await
        .unwrap()[0]
        .id;
    let created = post_with_cookie(
        &app,
        "/staff/consultations/new",
        &new_consultation_fields("Allotment rents", department),
        &cookie,
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let slug = "allotment-rents";
    let draft = || draft_of(&app, slug);
    let page = draft().await.questionnaire.pages[0].key.clone();

    // Choose a kind (GET), then fill in the editor.
    let choose = app
        .get_with_cookie(
            &format!("/staff/consultations/{slug}/questions/new?page={page}"),
            &cookie,
        )
        .await;
    assert_eq!(choose.status, StatusCode::OK);
    assert!(choose.body.contains("What kind of question?"));
    let editor =
        format!("/staff/consultations/{slug}/questions/new?page={page}&kind=single_choice");
    let form = app.get_with_cookie(&editor, &cookie).await;
    assert!(form.body.contains("Option 2"));

    // "Add another option" draws the form again with a third box, saving nothing.
    let revision = draft().await.revision;
    let more = post_with_cookie(
        &app,
        &editor,
        &[
            field("revision", &revision),
            field("label", "How much should a plot cost?"),
            field("option-new-1", "£20 a year"),
            field("option-new-2", ""),
            field("do", "add_option"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(more.status, StatusCode::OK);
    assert!(more.body.contains("Option 3"));
    assert!(more.body.contains("value=\"£20 a year\""));
    assert_eq!(draft().await.questionnaire.questions().count(), 0);

    // "Move up option 2" draws the form again with the options swapped, saving nothing; a
    // position with no option is a clear 400.
    let options = |extra: &str| {
        vec![
            field("revision", &revision),
            field("label", "How much should a plot cost?"),
            field("option-new-1", "£20 a year"),
            field("option-new-2", "£40 a year"),
            field("do", extra),
        ]
    };
    let moved = post_with_cookie(&app, &editor, &options("option_up:1"), &cookie).await;
    assert_eq!(moved.status, StatusCode::OK);
    let at = |text: &str| moved.body.find(text).unwrap();
    assert!(at("value=\"£40 a year\"") < at("value=\"£20 a year\""));
    assert!(
        moved
            .body
            .contains("Move down<span class=\"visually-hidden\"> option 1</span>")
    );
    for bad in [
        "option_up:0",
        "option_down:1",
        "option_up:x",
        "option_down:99",
    ] {
        let reply = post_with_cookie(&app, &editor, &options(bad), &cookie).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(reply.body.contains("no option there"), "{bad}");
    }
    assert_eq!(draft().await.questionnaire.questions().count(), 0);

    // Too few options: said, nothing stored.
    let refused = post_with_cookie(
        &app,
        &editor,
        &[
            field("revision", &revision),
            field("label", "How much should a plot cost?"),
            field("option-new-1", "£20 a year"),
            field("do", "save"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Enter at least 2 options"));

    let saved = post_with_cookie(
        &app,
        &editor,
        &[
            field("revision", &revision),
            field("label", "How much should a plot cost?"),
            field("required", "yes"),
            field("option-new-1", "£20 a year"),
            field("option-new-2", "£40 a year"),
            field("do", "save"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(saved.location().contains("?done=added&item="));
    let after_add = draft().await;
    let first = after_add
        .questionnaire
        .questions()
        .next()
        .unwrap()
        .key
        .clone();

    // A second question, a long text one.
    let long = post_with_cookie(
        &app,
        &format!("/staff/consultations/{slug}/questions/new?page={page}&kind=long_text"),
        &[
            field("revision", &after_add.revision),
            field("label", "Anything else?"),
            field("max_chars", "800"),
            field("do", "save"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(long.status, StatusCode::SEE_OTHER, "{}", long.body);
    let two = draft().await;
    let second = two.questionnaire.questions().nth(1).unwrap().key.clone();

    // Move the second up, with the questionnaire page's button.
    let questionnaire = format!("/staff/consultations/{slug}/questionnaire");
    let moved = post_with_cookie(
        &app,
        &questionnaire,
        &[
            field("revision", &two.revision),
            field("do", &format!("move_up:{second}")),
        ],
        &cookie,
    )
    .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let shown = app.get_with_cookie(moved.location(), &cookie).await;
    assert!(shown.body.contains("Question moved: it is now question 1."));
    let order: Vec<String> = draft()
        .await
        .questionnaire
        .questions()
        .map(|q| q.key.clone())
        .collect();
    assert_eq!(order, [second.clone(), first.clone()]);

    // "Move to page …": a second page, then the first question moved onto it (at its end).
    let before_pages = draft().await;
    let page_added = post_with_cookie(
        &app,
        &questionnaire,
        &[
            field("revision", &before_pages.revision),
            field(
                "do",
                &format!("page_add:{}", before_pages.questionnaire.pages[0].key),
            ),
        ],
        &cookie,
    )
    .await;
    assert_eq!(page_added.status, StatusCode::SEE_OTHER);
    let with_pages = draft().await;
    let second_page = with_pages.questionnaire.pages[1].key.clone();
    let shown = app.get_with_cookie(&questionnaire, &cookie).await;
    assert!(shown.body.contains(&format!("name=\"to-{second}\"")));
    let moved_to = post_with_cookie(
        &app,
        &questionnaire,
        &[
            field("revision", &with_pages.revision),
            field(&format!("to-{second}"), &second_page),
            field("do", &format!("move_to:{second}")),
        ],
        &cookie,
    )
    .await;
    assert_eq!(moved_to.status, StatusCode::SEE_OTHER, "{}", moved_to.body);
    let shown = app.get_with_cookie(moved_to.location(), &cookie).await;
    assert!(
        shown
            .body
            .contains("Question moved: it is now question 2, on page 2.")
    );
    // To a page that is not there: a clear 400, nothing changed.
    let nowhere = post_with_cookie(
        &app,
        &questionnaire,
        &[
            field("revision", &draft().await.revision),
            field(&format!("to-{second}"), "no-such-page"),
            field("do", &format!("move_to:{second}")),
        ],
        &cookie,
    )
    .await;
    assert_eq!(nowhere.status, StatusCode::BAD_REQUEST);
    // Back, and the empty page removed, for what follows.
    let back = draft().await;
    let first_page = back.questionnaire.pages[0].key.clone();
    post_with_cookie(
        &app,
        &questionnaire,
        &[
            field("revision", &back.revision),
            field(&format!("to-{second}"), &first_page),
            field("do", &format!("move_to:{second}")),
        ],
        &cookie,
    )
    .await;
    post_with_cookie(
        &app,
        &questionnaire,
        &[
            field("revision", &draft().await.revision),
            field("do", &format!("page_remove:{second_page}")),
        ],
        &cookie,
    )
    .await;
    let order: Vec<String> = draft()
        .await
        .questionnaire
        .questions()
        .map(|q| q.key.clone())
        .collect();
    assert_eq!(order, [first.clone(), second.clone()]);
    assert_eq!(draft().await.questionnaire.pages.len(), 1);
    // Up again, as before.
    let up = draft().await;
    post_with_cookie(
        &app,
        &questionnaire,
        &[
            field("revision", &up.revision),
            field("do", &format!("move_up:{second}")),
        ],
        &cookie,
    )
    .await;

    // The same button again, from the page as it was: refused, nothing changed.
    let stale = post_with_cookie(
        &app,
        &questionnaire,
        &[
            field("revision", &two.revision),
            field("do", &format!("delete:{first}")),
        ],
        &cookie,
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(
        stale
            .body
            .contains("Someone else changed this questionnaire")
    );
    assert_eq!(draft().await.questionnaire.questions().count(), 2);

    // Delete, then undo: back in its place with its key.
    let deleted = post_with_cookie(
        &app,
        &questionnaire,
        &[
            field("revision", &draft().await.revision),
            field("do", &format!("delete:{second}")),
        ],
        &cookie,
    )
    .await;
    let shown = app.get_with_cookie(deleted.location(), &cookie).await;
    assert!(shown.body.contains("Question deleted."));
    assert!(shown.body.contains("value=\"undo:\""));
    let undone = post_with_cookie(
        &app,
        &questionnaire,
        &[
            field("revision", &draft().await.revision),
            field("do", "undo:"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(undone.status, StatusCode::SEE_OTHER, "{}", undone.body);
    let shown = app.get_with_cookie(undone.location(), &cookie).await;
    assert!(shown.body.contains("Question put back: it is question 1."));
    let order: Vec<String> = draft()
        .await
        .questionnaire
        .questions()
        .map(|q| q.key.clone())
        .collect();
    assert_eq!(order, [second.clone(), first.clone()]);
    let nothing = post_with_cookie(
        &app,
        &questionnaire,
        &[
            field("revision", &draft().await.revision),
            field("do", "undo:"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(nothing.status, StatusCode::BAD_REQUEST);
    assert!(
        nothing
            .body
            .contains("There is no deleted question to put back")
    );

    // Edit the choice question: reword an option, keep its key.
    let current = draft().await;
    let choice = current
        .questionnaire
        .question_by_key(&first)
        .unwrap()
        .clone();
    let kept = &choice.kind.options()[1];
    let edited = post_with_cookie(
        &app,
        &format!("/staff/consultations/{slug}/questions/{first}"),
        &[
            field("revision", &current.revision),
            field("label", "How much should a plot cost each year?"),
            field("required", "yes"),
            field(&format!("option-{}", choice.kind.options()[0].key), "£20"),
            field(&format!("option-{}", kept.key), "£40"),
            field("option-new-3", "£60"),
            field("do", "save"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
    let now = draft().await;
    let choice = now.questionnaire.question_by_key(&first).unwrap();
    assert_eq!(choice.label, "How much should a plot cost each year?");
    assert_eq!(choice.kind.options()[1].key, kept.key);
    assert_eq!(choice.kind.options().len(), 3);

    // "Publish" on the builder does not make a draft public: review does (decision 0038).
    let published = post_with_cookie(
        &app,
        &questionnaire,
        &[field("revision", &now.revision), field("do", "publish:")],
        &cookie,
    )
    .await;
    assert_eq!(published.status, StatusCode::CONFLICT);
    assert!(published.body.contains("through review"));
    assert_eq!(
        app.get(&format!("/consultations/{slug}")).await.status,
        StatusCode::NOT_FOUND
    );
    // Through review: the consultation becomes public and its form asks these questions.
    review_and_schedule(&app, slug, &cookie).await;
    let overview = app.get(&format!("/consultations/{slug}")).await;
    assert_eq!(overview.status, StatusCode::OK);
    let form = app.get(&format!("/consultations/{slug}/respond")).await;
    // Opens in 2027: the form says so rather than taking answers.
    assert!(form.status.is_client_error() || form.body.contains("plot cost"));
    // What respondents will be asked is the published version, exactly as built.
    let published = draft().await;
    assert!(published.published && published.public);
    let labels: Vec<&str> = published
        .questionnaire
        .questions()
        .map(|q| q.label.as_str())
        .collect();
    assert_eq!(
        labels,
        ["Anything else?", "How much should a plot cost each year?"]
    );

    // Anonymous posts change nothing.
    let anonymous = app
        .post_form(
            &questionnaire,
            &[
                field("revision", &now.revision),
                field("do", &format!("delete:{first}")),
            ],
        )
        .await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(anonymous.location().starts_with("/staff/sign-in"));
    assert_eq!(draft().await.questionnaire.questions().count(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_change_a_consultations_details() {
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let department = app::builder::service::department_choices(&app.state.db)
        .await
        .unwrap()[0]
        .id;
    let created = post_with_cookie(
        &app,
        "/staff/consultations/new",
        &new_consultation_fields("Street lighting", department),
        &cookie,
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);

    // The form comes filled in with what is stored, dates in UK time.
    let page = app
        .get_with_cookie("/staff/consultations/street-lighting/details", &cookie)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("value=\"Street lighting\""));
    assert!(page.body.contains("value=\"11:59pm\""));
    assert!(
        page.body
            .contains("name=\"opens-year\" type=\"text\" inputmode=\"numeric\" value=\"2027\"")
    );

    // A draft may change its web address.
    let mut fields = new_consultation_fields("Street lighting at night", department);
    fields.retain(|(name, _)| name != "slug");
    fields.push(field("slug", "street-lighting-at-night"));
    let saved = post_with_cookie(
        &app,
        "/staff/consultations/street-lighting/details",
        &fields,
        &cookie,
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        saved.location(),
        "/staff/consultations/street-lighting-at-night/questionnaire?done=details-saved"
    );
    let shown = app.get_with_cookie(saved.location(), &cookie).await;
    assert!(shown.body.contains("Details saved."));
    assert!(shown.body.contains("Street lighting at night"));

    // A public one keeps its address whatever is posted; mistakes come back with errors.
    let mut fields = new_consultation_fields("20mph limits", department);
    fields.retain(|(name, _)| name != "slug");
    fields.push(field("slug", "something-else"));
    let kept = post_with_cookie(
        &app,
        &format!("/staff/consultations/{OPEN}/details"),
        &fields,
        &cookie,
    )
    .await;
    assert_eq!(
        kept.location(),
        format!("/staff/consultations/{OPEN}/questionnaire?done=details-saved")
    );
    let public = app.get(&format!("/consultations/{OPEN}")).await;
    assert!(public.body.contains("20mph limits"));
    let refused = post_with_cookie(
        &app,
        &format!("/staff/consultations/{OPEN}/details"),
        &[field("title", "")],
        &cookie,
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Enter a title"));
    let anonymous = app
        .post_form(&format!("/staff/consultations/{OPEN}/details"), &fields)
        .await;
    assert!(anonymous.location().starts_with("/staff/sign-in"));
}

/// The builder's rule (`domain::permissions::may_build`) on every builder page and post: staff
/// of another department, and roles that do not edit, get 403 and change nothing; an editor of
/// the consultation's own department builds it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_builder_refuses_staff_who_may_not_build_the_consultation() {
    use app::staff::service::{create_staff, department_by_code};
    let app = test_app().await;
    let db = &app.state.db;
    let culture = department_by_code(db, "culture").await.unwrap();
    let highways = department_by_code(db, "highways").await.unwrap();
    let password = "a long enough password";
    for (email, role, department) in [
        ("culture.editor@example.gov.uk", "editor", culture),
        ("highways.analyst@example.gov.uk", "analyst", highways),
        ("highways.editor@example.gov.uk", "editor", highways),
    ] {
        create_staff(db, email, "Someone", password, role, Some(department))
            .await
            .unwrap();
    }
    let culture_editor = signed_in_as(&app, "culture.editor@example.gov.uk", password).await;
    let analyst = signed_in_as(&app, "highways.analyst@example.gov.uk", password).await;
    let highways_editor = signed_in_as(&app, "highways.editor@example.gov.uk", password).await;

    // A highways consultation, as its builder sees it.
    let slug = OPEN;
    let admin = site_admin();
    let before = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
        .await
        .unwrap();
    let page = before.questionnaire.pages[0].key.clone();
    let question = before.questionnaire.pages[0].questions[0].key.clone();
    let details_before = app::builder::service::details_form(db, admin.clone(), slug)
        .await
        .unwrap()
        .values;

    for (who, cookie) in [
        ("culture editor", &culture_editor),
        ("highways analyst", &analyst),
    ] {
        for path in [
            format!("/staff/consultations/{slug}/questionnaire"),
            format!("/staff/consultations/{slug}/details"),
            format!("/staff/consultations/{slug}/questions/{question}"),
            format!("/staff/consultations/{slug}/questions/new?page={page}&kind=short_text"),
            format!("/staff/consultations/{slug}/documents"),
        ] {
            let reply = app.get_with_cookie(&path, cookie).await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{who}: GET {path}");
            assert!(
                reply.body.contains("You do not have permission"),
                "{who}: {path}"
            );
        }
        // Everyone in the workspace may preview it (without the way back to the builder);
        // another workspace's staff may not.
        let preview = app
            .get_with_cookie(&format!("/staff/consultations/{slug}/preview"), cookie)
            .await;
        if who == "highways analyst" {
            assert_eq!(preview.status, StatusCode::OK, "{who}: preview");
            assert!(
                !preview
                    .body
                    .contains(&format!("/staff/consultations/{slug}/questionnaire\"")),
                "{who}: no way back to the builder"
            );
        } else {
            assert_eq!(preview.status, StatusCode::FORBIDDEN, "{who}: preview");
        }
        let posts = [
            (
                format!("/staff/consultations/{slug}/questionnaire"),
                vec![
                    field("revision", &before.revision),
                    field("do", "page_add:"),
                ],
            ),
            (
                format!("/staff/consultations/{slug}/questionnaire"),
                vec![
                    field("revision", &before.revision),
                    field("do", &format!("delete:{question}")),
                ],
            ),
            (
                format!("/staff/consultations/{slug}/questionnaire"),
                vec![field("revision", &before.revision), field("do", "publish:")],
            ),
            (
                format!("/staff/consultations/{slug}/questions/{question}"),
                vec![
                    field("revision", &before.revision),
                    field("label", "Taken over"),
                    field("do", "save"),
                ],
            ),
            (format!("/staff/consultations/{slug}/details"), {
                let mut fields = new_consultation_fields("Taken over", highways);
                fields.retain(|(name, _)| name != "slug");
                fields.push(field("slug", slug));
                fields
            }),
        ];
        for (path, fields) in posts {
            let reply = post_with_cookie(&app, &path, &fields, cookie).await;
            assert_eq!(
                reply.status,
                StatusCode::FORBIDDEN,
                "{who}: POST {path} {fields:?}"
            );
        }
    }

    // The analyst may create nothing anywhere; the culture editor nothing in highways.
    let count = consultation_count(&app).await;
    let form = app
        .get_with_cookie("/staff/consultations/new", &analyst)
        .await;
    assert_eq!(form.status, StatusCode::FORBIDDEN);
    let refused = post_with_cookie(
        &app,
        "/staff/consultations/new",
        &new_consultation_fields("Not allowed", highways),
        &analyst,
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let elsewhere = post_with_cookie(
        &app,
        "/staff/consultations/new",
        &new_consultation_fields("Not here either", highways),
        &culture_editor,
    )
    .await;
    assert!(elsewhere.status.is_client_error(), "{}", elsewhere.status);
    assert!(
        elsewhere
            .body
            .contains("Select the department running the consultation"),
        "{}",
        elsewhere.body
    );
    assert_eq!(consultation_count(&app).await, count, "nothing was created");

    // Nothing changed.
    let after = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
        .await
        .unwrap();
    assert_eq!(after.revision, before.revision);
    assert_eq!(after.questionnaire, before.questionnaire);
    let details_after = app::builder::service::details_form(db, admin.clone(), slug)
        .await
        .unwrap()
        .values;
    assert_eq!(details_after, details_before);

    // The staff list offers each only what they may do.
    let home = app.get_with_cookie("/staff", &analyst).await;
    assert!(!home.body.contains("Create a consultation"));
    assert!(!home.body.contains("/questionnaire\""));
    let home = app.get_with_cookie("/staff", &culture_editor).await;
    assert!(home.body.contains("Create a consultation"));
    assert!(
        home.body
            .contains("/staff/consultations/public-art-strategy/questionnaire")
    );
    assert!(
        !home
            .body
            .contains(&format!("/staff/consultations/{slug}/questionnaire"))
    );
    let form = app
        .get_with_cookie("/staff/consultations/new", &culture_editor)
        .await;
    assert!(form.body.contains("Culture and Leisure"));
    assert!(!form.body.contains("Highways and Transport"));

    // The highways editor builds it.
    let page_view = app
        .get_with_cookie(
            &format!("/staff/consultations/{slug}/questionnaire"),
            &highways_editor,
        )
        .await;
    assert_eq!(page_view.status, StatusCode::OK);
    let added = post_with_cookie(
        &app,
        &format!("/staff/consultations/{slug}/questionnaire"),
        &[
            field("revision", &before.revision),
            field("do", "page_add:"),
        ],
        &highways_editor,
    )
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let after = app::builder::service::questionnaire_draft(db, admin, slug)
        .await
        .unwrap();
    assert_eq!(
        after.questionnaire.pages.len(),
        before.questionnaire.pages.len() + 1
    );
}

/// The builder island's drop (`move_question`): saved with the right revision; refused with a
/// clear 4xx, changing nothing, when stale, aimed at keys that are not there, or sent by
/// someone who may not build the consultation.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_move_question_function_saves_a_drop_or_refuses_it() {
    use app::builder::api::{MoveQuestion, SavedQuestionnaire};
    use app::staff::service::{create_staff, department_by_code};
    let app = test_app().await;
    let db = &app.state.db;
    let admin = site_admin();
    let slug = OPEN;
    let before = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
        .await
        .unwrap();
    let page = before.questionnaire.pages[0].key.clone();
    let keys: Vec<String> = before
        .questionnaire
        .questions()
        .map(|q| q.key.clone())
        .collect();
    let body = |revision: &str, question: &str, page: &str, index: &str| {
        encode(&[
            field("slug", slug),
            field("revision", revision),
            field("question", question),
            field("page", page),
            field("index", index),
        ])
    };
    let form = "application/x-www-form-urlencoded";
    let culture = department_by_code(db, "culture").await.unwrap();
    let password = "a long enough password";
    create_staff(
        db,
        "culture.editor@example.gov.uk",
        "Someone",
        password,
        "editor",
        Some(culture),
    )
    .await
    .unwrap();
    let outsider = signed_in_as(&app, "culture.editor@example.gov.uk", password).await;
    let cookie = signed_in(&app).await;

    let refusals = [
        (
            None,
            body(&before.revision, &keys[3], &page, "0"),
            StatusCode::UNAUTHORIZED,
        ),
        (
            Some(outsider.as_str()),
            body(&before.revision, &keys[3], &page, "0"),
            StatusCode::FORBIDDEN,
        ),
        (
            Some(cookie.as_str()),
            body("1.99", &keys[3], &page, "0"),
            StatusCode::CONFLICT,
        ),
        (
            Some(cookie.as_str()),
            body(&before.revision, "no-such-key", &page, "0"),
            StatusCode::BAD_REQUEST,
        ),
        (
            Some(cookie.as_str()),
            body(&before.revision, &keys[3], "no-such-page", "0"),
            StatusCode::BAD_REQUEST,
        ),
        (
            Some(cookie.as_str()),
            body(&before.revision, &keys[3], &page, "-1"),
            StatusCode::BAD_REQUEST,
        ),
        (
            Some(cookie.as_str()),
            body(&before.revision, &keys[3], &page, "many"),
            StatusCode::BAD_REQUEST,
        ),
    ];
    for (who, body, status) in refusals {
        let reply = call_server_fn(&app, MoveQuestion::PATH, body.clone(), form, who).await;
        assert_eq!(reply.status, status, "{body}: {}", reply.body);
        let now = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
            .await
            .unwrap();
        assert_eq!(now.revision, before.revision, "{body}: nothing changed");
    }

    // The last question dropped first: saved, in a working version, with the new revision.
    let reply = call_server_fn(
        &app,
        MoveQuestion::PATH,
        body(&before.revision, &keys[3], &page, "0"),
        form,
        Some(&cookie),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let saved: SavedQuestionnaire = serde_json::from_str(&reply.body).unwrap();
    let order: Vec<&str> = saved
        .questionnaire
        .questions()
        .map(|q| q.key.as_str())
        .collect();
    assert_eq!(order[..4], [&keys[3], &keys[0], &keys[1], &keys[2]]);
    assert_eq!(
        saved.announcement,
        "Question moved to page 1, position 1 of 4"
    );
    let stored = app::builder::service::questionnaire_draft(db, admin, slug)
        .await
        .unwrap();
    assert_eq!(stored.revision, saved.revision);
    assert_eq!(stored.questionnaire, saved.questionnaire);
    assert!(
        !stored.published,
        "a working version: respondents still get the published one"
    );
}

/// A drop from the builder island's palette (`add_new_question`): a question of that kind, with
/// starter words, stored where it was dropped; refused with a clear 4xx, changing nothing, when
/// stale, of no kind the builder offers, aimed at a page that is not there, or sent by someone
/// who may not build the consultation. Publishing is refused until its words are written.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_add_new_question_function_adds_a_starter_question_where_it_is_dropped() {
    use app::builder::api::{AddNewQuestion, SavedQuestionnaire};
    let app = test_app().await;
    let db = &app.state.db;
    let admin = site_admin();
    let slug = OPEN;
    let before = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
        .await
        .unwrap();
    let page = before.questionnaire.pages[0].key.clone();
    let body = |revision: &str, kind: &str, page: &str, index: &str| {
        encode(&[
            field("slug", slug),
            field("revision", revision),
            field("kind", kind),
            field("page", page),
            field("index", index),
        ])
    };
    let form = "application/x-www-form-urlencoded";
    let outsider = culture_editor(&app).await;
    let cookie = signed_in(&app).await;
    let refusals = [
        (
            None,
            body(&before.revision, "grid", &page, "1"),
            StatusCode::UNAUTHORIZED,
        ),
        (
            Some(outsider.as_str()),
            body(&before.revision, "grid", &page, "1"),
            StatusCode::FORBIDDEN,
        ),
        (
            Some(cookie.as_str()),
            body("1.99", "grid", &page, "1"),
            StatusCode::CONFLICT,
        ),
        (
            Some(cookie.as_str()),
            body(&before.revision, "essay", &page, "1"),
            StatusCode::BAD_REQUEST,
        ),
        (
            Some(cookie.as_str()),
            body(&before.revision, "<script>", &page, "1"),
            StatusCode::BAD_REQUEST,
        ),
        (
            Some(cookie.as_str()),
            body(&before.revision, "grid", "no-such-page", "1"),
            StatusCode::BAD_REQUEST,
        ),
        (
            Some(cookie.as_str()),
            body(&before.revision, "grid", &page, "-1"),
            StatusCode::BAD_REQUEST,
        ),
    ];
    for (who, body, status) in refusals {
        let reply = call_server_fn(&app, AddNewQuestion::PATH, body.clone(), form, who).await;
        assert_eq!(reply.status, status, "{body}: {}", reply.body);
        assert!(!reply.body.contains("<script>"), "{}", reply.body);
        let now = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
            .await
            .unwrap();
        assert_eq!(now.revision, before.revision, "{body}: nothing changed");
    }

    // Dropped second on page 1: stored there with fresh keys, the island told which it is.
    let reply = call_server_fn(
        &app,
        AddNewQuestion::PATH,
        body(&before.revision, "grid", &page, "1"),
        form,
        Some(&cookie),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let saved: SavedQuestionnaire = serde_json::from_str(&reply.body).unwrap();
    let added = saved.questionnaire.pages[0].questions[1].clone();
    assert_eq!(saved.focus.as_deref(), Some(added.key.as_str()));
    assert_eq!(added.label, "New grid (Likert scale) question");
    assert_eq!(added.kind.options().len(), 2);
    assert_eq!(added.kind.scale().len(), 5);
    let keys: std::collections::HashSet<&str> = std::iter::once(added.key.as_str())
        .chain(added.kind.options().iter().map(|o| o.key.as_str()))
        .chain(added.kind.scale().iter().map(|o| o.key.as_str()))
        .collect();
    assert_eq!(
        keys.len(),
        8,
        "a key of its own for the question and each option"
    );
    assert!(!keys.contains(""));
    assert_eq!(
        saved.questionnaire.questions().count(),
        before.questionnaire.questions().count() + 1
    );
    assert_eq!(
        saved.announcement,
        format!(
            "Question added to page 1, position 2 of {}",
            before.questionnaire.pages[0].questions.len() + 1
        )
    );
    let stored = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
        .await
        .unwrap();
    assert_eq!(stored.revision, saved.revision);
    assert_eq!(stored.questionnaire, saved.questionnaire);

    // Into the working version now (stored in place: the questions after it move down one):
    // a heading first on page 1.
    let reply = call_server_fn(
        &app,
        AddNewQuestion::PATH,
        body(&saved.revision, "heading", &page, "0"),
        form,
        Some(&cookie),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let again: SavedQuestionnaire = serde_json::from_str(&reply.body).unwrap();
    let order = |q: &app::domain::Questionnaire| -> Vec<String> {
        q.questions().map(|q| q.label.clone()).collect()
    };
    let mut expected = vec!["New heading".to_string()];
    expected.extend(order(&saved.questionnaire));
    assert_eq!(order(&again.questionnaire), expected);
    let stored = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
        .await
        .unwrap();
    assert_eq!(stored.questionnaire, again.questionnaire);
    let heading = stored.questionnaire.pages[0].questions[0].clone();
    app::builder::service::edit_questionnaire(
        db,
        &admin,
        slug,
        &stored.revision,
        app::domain::questionnaire_edit::Edit::DeleteQuestion {
            question: heading.key,
        },
    )
    .await
    .unwrap();
    let saved = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
        .await
        .unwrap();
    assert_eq!(order(&saved.questionnaire), expected[1..]);

    // Not publishable with its starter words; publishable once they are written, through review.
    let review = format!("/staff/consultations/{slug}/review");
    let refused = post_with_cookie(
        &app,
        &review,
        &[field("step", "send_changes_for_review")],
        &cookie,
    )
    .await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    assert!(
        refused.body.contains(
            "Question 2 (“New grid (Likert scale) question”) still has the words it was added with"
        ),
        "{}",
        refused.body
    );
    let still = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
        .await
        .unwrap();
    assert!(!still.published);
    let mut written = added.clone();
    written.label = "How far do you agree?".into();
    if let Some(statements) = written.kind.options_mut() {
        statements[0].label = "The streets feel safer".into();
        statements[1].label = "Journeys take longer".into();
    }
    app::builder::service::edit_questionnaire(
        db,
        &admin,
        slug,
        &still.revision,
        app::domain::questionnaire_edit::Edit::UpdateQuestion { question: written },
    )
    .await
    .unwrap();
    let now = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
        .await
        .unwrap();
    assert!(!now.published);
    review_changes(&app, slug, &cookie).await;
    // Counted like any question: its results are there (its counters were stored with it).
    let results = app
        .get_with_cookie(&format!("/staff/consultations/{slug}/results"), &cookie)
        .await;
    assert_eq!(results.status, StatusCode::OK);
    assert!(
        results.body.contains("How far do you agree?"),
        "{}",
        results.body
    );
}

/// A questionnaire stops growing at its limit (decision 0020): a drop from the palette, a
/// duplicate and a standard block are each refused with the reason, and nothing changes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_questionnaire_refuses_more_questions_with_a_clear_message() {
    use app::builder::api::AddNewQuestion;
    use app::domain::questionnaire_edit::{Edit, MAX_ITEMS};
    let app = test_app().await;
    let db = &app.state.db;
    let admin = site_admin();
    let slug = OPEN;
    let before = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
        .await
        .unwrap();
    let filler = before.questionnaire.pages[0].questions[0].clone();
    let room = MAX_ITEMS - before.questionnaire.questions().count();
    app::builder::service::edit_questionnaire(
        db,
        &admin,
        slug,
        &before.revision,
        Edit::AddPageOfQuestions {
            title: "Many".into(),
            questions: vec![filler; room],
        },
    )
    .await
    .unwrap();
    let full = app::builder::service::questionnaire_draft(db, admin.clone(), slug)
        .await
        .unwrap();
    assert_eq!(full.questionnaire.questions().count(), MAX_ITEMS);
    let cookie = signed_in(&app).await;
    let page = full.questionnaire.pages[0].key.clone();
    let first = full.questionnaire.pages[0].questions[0].key.clone();
    let message = "A questionnaire can have at most 500 questions and blocks";

    let reply = call_server_fn(
        &app,
        AddNewQuestion::PATH,
        encode(&[
            field("slug", slug),
            field("revision", &full.revision),
            field("kind", "short_text"),
            field("page", &page),
            field("index", "0"),
        ]),
        "application/x-www-form-urlencoded",
        Some(&cookie),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    assert!(reply.body.contains(message), "{}", reply.body);
    let questionnaire = format!("/staff/consultations/{slug}/questionnaire");
    for action in [
        format!("duplicate:{first}"),
        "library:about_you".to_string(),
    ] {
        let refused = post_with_cookie(
            &app,
            &questionnaire,
            &[field("revision", &full.revision), field("do", &action)],
            &cookie,
        )
        .await;
        assert_eq!(
            refused.status,
            StatusCode::BAD_REQUEST,
            "{action}: {}",
            refused.body
        );
        assert!(refused.body.contains(message), "{action}: {}", refused.body);
    }
    let now = app::builder::service::questionnaire_draft(db, admin, slug)
        .await
        .unwrap();
    assert_eq!(now.revision, full.revision, "nothing changed");
}

/// "Copy this consultation": a new draft with the same details and questions under fresh keys,
/// no responses, at the first free `-copy` address; only for those who may build the original.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_copy_a_consultation_into_a_new_draft() {
    use app::staff::service::{create_staff, department_by_code};
    let app = test_app().await;
    let db = &app.state.db;
    let admin = site_admin();
    let cookie = signed_in(&app).await;
    let questionnaire = format!("/staff/consultations/{OPEN}/questionnaire");
    let original = app::builder::service::questionnaire_draft(db, admin.clone(), OPEN)
        .await
        .unwrap();
    let count = consultation_count(&app).await;

    let copy = |cookie: String| {
        let app = &app;
        let questionnaire = questionnaire.clone();
        async move {
            post_with_cookie(
                app,
                &questionnaire,
                &[field("revision", "anything"), field("do", "clone:")],
                &cookie,
            )
            .await
        }
    };
    let first = copy(cookie.clone()).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    assert_eq!(
        first.location(),
        "/staff/consultations/20mph-speed-limits-copy/questionnaire?done=cloned"
    );
    let shown = app.get_with_cookie(first.location(), &cookie).await;
    assert!(shown.body.contains("Copy created"));
    assert!(
        shown
            .body
            .contains("Copy of 20mph speed limits in residential streets")
    );

    let copied =
        app::builder::service::questionnaire_draft(db, admin.clone(), "20mph-speed-limits-copy")
            .await
            .unwrap();
    assert!(!copied.public && !copied.published, "a draft, not public");
    let labels = |q: &app::domain::Questionnaire| {
        q.questions()
            .map(|q| {
                let options: Vec<String> =
                    q.kind.options().iter().map(|o| o.label.clone()).collect();
                (q.label.clone(), q.kind.code(), options)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        labels(&copied.questionnaire),
        labels(&original.questionnaire)
    );
    let keys = |q: &app::domain::Questionnaire| {
        let mut keys: Vec<String> = q.pages.iter().map(|p| p.key.clone()).collect();
        for question in q.questions() {
            keys.push(question.key.clone());
            keys.extend(question.kind.options().iter().map(|o| o.key.clone()));
        }
        keys
    };
    let old_keys = keys(&original.questionnaire);
    assert!(
        keys(&copied.questionnaire)
            .iter()
            .all(|k| !old_keys.contains(k)),
        "every key is fresh"
    );
    let results = app::results::service::results(
        db,
        admin.clone(),
        "20mph-speed-limits-copy",
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    assert_eq!(results.dashboard.responses, 0, "no responses copied");

    // Again: the next free address.
    let second = copy(cookie.clone()).await;
    assert_eq!(
        second.location(),
        "/staff/consultations/20mph-speed-limits-copy-2/questionnaire?done=cloned"
    );
    assert_eq!(consultation_count(&app).await, count + 2);

    // Someone who may not build the original may not copy it.
    let culture = department_by_code(db, "culture").await.unwrap();
    create_staff(
        db,
        "culture.editor@example.gov.uk",
        "Someone",
        "a long enough password",
        "editor",
        Some(culture),
    )
    .await
    .unwrap();
    let outsider = signed_in_as(
        &app,
        "culture.editor@example.gov.uk",
        "a long enough password",
    )
    .await;
    let refused = copy(outsider).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(consultation_count(&app).await, count + 2);
}

/// A culture department editor (may build only culture's consultations), signed in.
async fn culture_editor(app: &TestApp) -> String {
    use app::staff::service::{create_staff, department_by_code};
    let culture = department_by_code(&app.state.db, "culture").await.unwrap();
    create_staff(
        &app.state.db,
        "culture.editor@example.gov.uk",
        "Culture Editor",
        "a long enough password",
        "editor",
        Some(culture),
    )
    .await
    .unwrap();
    signed_in_as(
        app,
        "culture.editor@example.gov.uk",
        "a long enough password",
    )
    .await
}

// ---------------------------------------------------------------------------------------------
// Related documents.

/// A multipart upload as a browser sends the "Upload a file" form: a title, and a file named
/// `name` holding `bytes` (no file part at all when `name` is `None`).
fn upload_request(
    path: &str,
    cookie: &str,
    title: &str,
    file: Option<(&str, &[u8])>,
) -> Request<Body> {
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--b0undary\r\nContent-Disposition: form-data; name=\"file_title\"\r\n\r\n{title}\r\n"
        )
        .as_bytes(),
    );
    if let Some((name, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(
        b"--b0undary\r\nContent-Disposition: form-data; name=\"do\"\r\n\r\nupload\r\n--b0undary--\r\n",
    );
    // In 64 KB pieces, as it arrives from a browser (the form's fields before the file).
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        body.chunks(64 * 1024).map(|c| Ok(c.to_vec())).collect();
    Request::post(path)
        .header(
            header::CONTENT_TYPE,
            "multipart/form-data; boundary=b0undary",
        )
        .header(header::ACCEPT, "text/html")
        .header("sec-fetch-site", "same-origin")
        .header(header::COOKIE, cookie)
        .body(Body::from_stream(futures_util::stream::iter(chunks)))
        .unwrap()
}

async fn document_rows(app: &TestApp) -> Vec<app::db::entities::related_document::Model> {
    use sea_orm::{EntityTrait, QueryOrder};
    app::db::entities::related_document::Entity::find()
        .order_by_asc(app::db::entities::related_document::Column::Id)
        .all(&app.state.db)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn related_documents_are_linked_uploaded_listed_and_served() {
    const PDF: &[u8] = b"%PDF-1.7\n% a small plan\n1 0 obj\n<< >>\nendobj\n";
    const CSV: &[u8] = b"Ward,Responses\r\nNorth,3\r\n";
    for (db, app) in test_apps().await {
        let cookie = signed_in(&app).await;
        let page = format!("/staff/consultations/{OPEN}/documents");
        let empty = app.get_with_cookie(&page, &cookie).await;
        assert_eq!(empty.status, StatusCode::OK, "{db}");
        assert!(empty.body.contains("There are no related documents yet"));
        assert!(empty.body.contains("enctype=\"multipart/form-data\""));

        // A link: a bad address is refused with the title kept; a good one is added.
        let refused = post_with_cookie(
            &app,
            &page,
            &[
                field("do", "add_link"),
                field("link_title", "Speed survey <2026>"),
                field("url", "javascript:alert(1)"),
            ],
            &cookie,
        )
        .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{db}");
        assert!(
            refused
                .body
                .contains("Enter a web address in the correct format")
        );
        assert!(refused.body.contains("value=\"Speed survey &lt;2026&gt;\""));
        assert!(document_rows(&app).await.is_empty(), "{db}: nothing stored");
        let added = post_with_cookie(
            &app,
            &page,
            &[
                field("do", "add_link"),
                field("link_title", "Speed survey <2026>"),
                field("url", "https://www.example.gov.uk/survey"),
            ],
            &cookie,
        )
        .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{db}: {}", added.body);
        assert_eq!(added.location(), format!("{page}?done=link-added"));

        // Files: a PDF and a CSV are stored; an HTML page called .pdf, a missing title and file,
        // and a file over the limit are refused, the title kept, nothing stored.
        let upload = |title: &'static str, file: Option<(&'static str, &'static [u8])>| {
            app.send(upload_request(&page, &cookie, title, file))
        };
        let pdf = upload(
            "Map of the zones",
            Some(("C:\\Users\\me\\Zones map.pdf", PDF)),
        )
        .await;
        assert_eq!(pdf.status, StatusCode::SEE_OTHER, "{db}: {}", pdf.body);
        assert_eq!(pdf.location(), format!("{page}?done=file-added"));
        let csv = upload("Responses by ward", Some(("wards.csv", CSV))).await;
        assert_eq!(csv.status, StatusCode::SEE_OTHER, "{db}: {}", csv.body);
        let renamed = upload(
            "Not a plan",
            Some(("plan.pdf", b"<!doctype html><script>alert(1)</script>")),
        )
        .await;
        assert_eq!(renamed.status, StatusCode::UNPROCESSABLE_ENTITY, "{db}");
        assert!(
            renamed
                .body
                .contains("The selected file is not a real PDF file")
        );
        assert!(renamed.body.contains("value=\"Not a plan\""), "title kept");
        let nothing = upload("", None).await;
        assert_eq!(nothing.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(nothing.body.contains("Enter a title for the document"));
        assert!(nothing.body.contains("Select a file"));
        let script = upload("Script", Some(("run.exe", b"MZ"))).await;
        assert!(script.body.contains("must be a PDF, Word"));
        let mut big = b"%PDF-1.7\n".to_vec();
        big.resize(app::domain::documents::MAX_FILE_BYTES + 10, b' ');
        let big: &'static [u8] = Box::leak(big.into_boxed_slice());
        let too_large = upload("Huge", Some(("huge.pdf", big))).await;
        assert_eq!(too_large.status, StatusCode::UNPROCESSABLE_ENTITY, "{db}");
        assert!(too_large.body.contains("must be smaller than 20 MB"));
        assert!(too_large.body.contains("value=\"Huge\""));
        // Past the upload route's body limit the request is cut off while it is read: still the
        // size message (the title may not have been read by then).
        let mut huge = b"%PDF-1.7\n".to_vec();
        huge.resize(app::documents::http::MAX_UPLOAD_REQUEST_BYTES + 10, b' ');
        let huge: &'static [u8] = Box::leak(huge.into_boxed_slice());
        let cut_off = upload("Huge", Some(("huge.pdf", huge))).await;
        assert_eq!(cut_off.status, StatusCode::UNPROCESSABLE_ENTITY, "{db}");
        assert!(cut_off.body.contains("must be smaller than 20 MB"), "{db}");
        let rows = document_rows(&app).await;
        assert_eq!(rows.len(), 3, "{db}: the link and two files");
        let (link, pdf, csv) = (rows[0].id, rows[1].id, rows[2].id);
        assert_eq!(rows[1].file_name.as_deref(), Some("Zones map.pdf"));

        // The consultation page lists them in order, saying what each is.
        let public = app.get(&format!("/consultations/{OPEN}")).await;
        let listed: Vec<usize> = [
            "Speed survey &lt;2026&gt;",
            "Map of the zones",
            "Responses by ward",
        ]
        .iter()
        .map(|title| public.body.find(title).expect(title))
        .collect();
        assert!(listed.windows(2).all(|w| w[0] < w[1]), "{db}: in order");
        assert!(public.body.contains("www.example.gov.uk"));
        assert!(public.body.contains(&format!("PDF, {} bytes", PDF.len())));
        assert!(
            public
                .body
                .contains(&format!("href=\"/consultations/{OPEN}/documents/{pdf}\""))
        );

        // Served as what they are: a PDF shown in the browser, a CSV downloaded and sandboxed,
        // both with their exact names, to anyone (the consultation is public).
        let served = app
            .get(&format!("/consultations/{OPEN}/documents/{pdf}"))
            .await;
        assert_eq!(served.status, StatusCode::OK, "{db}");
        assert_eq!(served.body.as_bytes(), PDF);
        assert_eq!(served.headers[header::CONTENT_TYPE], "application/pdf");
        assert_eq!(
            served.headers[header::CONTENT_DISPOSITION],
            "inline; filename=\"Zones map.pdf\"; filename*=UTF-8''Zones%20map.pdf"
        );
        assert_eq!(served.headers[header::CACHE_CONTROL], "public, max-age=300");
        assert_eq!(served.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        let served = app
            .get(&format!("/consultations/{OPEN}/documents/{csv}"))
            .await;
        assert_eq!(served.headers[header::CONTENT_TYPE], "text/csv");
        assert!(
            served.headers[header::CONTENT_DISPOSITION]
                .to_str()
                .unwrap()
                .starts_with("attachment; filename=\"wards.csv\"")
        );
        assert!(
            served.headers[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap()
                .contains("sandbox")
        );
        for missing in [
            format!("/consultations/{OPEN}/documents/{link}"),
            format!("/consultations/{OPEN}/documents/999999"),
            format!("/consultations/{OPEN}/documents/x"),
            format!("/consultations/{CLOSED}/documents/{pdf}"),
        ] {
            let reply = app.get(&missing).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{db}: {missing}");
            assert!(reply.body.contains("no longer here"), "{missing}");
        }

        // Reordered with the plain buttons; removed after a question.
        let moved = post_with_cookie(
            &app,
            &page,
            &[field("do", &format!("down:{link}"))],
            &cookie,
        )
        .await;
        assert_eq!(moved.location(), format!("{page}?done=moved"));
        let public = app.get(&format!("/consultations/{OPEN}")).await;
        assert!(
            public.body.find("Map of the zones").unwrap()
                < public.body.find("Speed survey").unwrap(),
            "{db}: moved down"
        );
        let asking = app
            .get_with_cookie(&format!("{page}?remove={pdf}"), &cookie)
            .await;
        assert!(
            asking
                .body
                .contains("Remove \u{201c}Map of the zones\u{201d}?")
        );
        assert!(asking.body.contains(&format!("value=\"remove:{pdf}\"")));
        let removed = post_with_cookie(
            &app,
            &page,
            &[field("do", &format!("remove:{pdf}"))],
            &cookie,
        )
        .await;
        assert_eq!(removed.location(), format!("{page}?done=removed"));
        let again = post_with_cookie(
            &app,
            &page,
            &[field("do", &format!("remove:{pdf}"))],
            &cookie,
        )
        .await;
        assert_eq!(again.location(), format!("{page}?done=gone"), "{db}");
        let gone = app
            .get(&format!("/consultations/{OPEN}/documents/{pdf}"))
            .await;
        assert_eq!(gone.status, StatusCode::NOT_FOUND);
        for bad in ["up:x", "remove:", "drop:1", ""] {
            let reply = post_with_cookie(&app, &page, &[field("do", bad)], &cookie).await;
            assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{db}: do={bad}");
        }

        // A copy takes the documents, files included; its files are a draft's: builders only.
        let copied = post_with_cookie(
            &app,
            &format!("/staff/consultations/{OPEN}/questionnaire"),
            &[field("revision", "x"), field("do", "clone:")],
            &cookie,
        )
        .await;
        assert_eq!(copied.status, StatusCode::SEE_OTHER, "{db}");
        let copy_slug = format!("{OPEN}-copy");
        let copy_page = app
            .get_with_cookie(
                &format!("/staff/consultations/{copy_slug}/documents"),
                &cookie,
            )
            .await;
        assert!(copy_page.body.contains("Speed survey"));
        assert!(copy_page.body.contains("Responses by ward"));
        let copy_csv = document_rows(&app)
            .await
            .into_iter()
            .rfind(|row| row.title == "Responses by ward")
            .unwrap()
            .id;
        assert_ne!(copy_csv, csv);
        let path = format!("/consultations/{copy_slug}/documents/{copy_csv}");
        let staff_view = app.get_with_cookie(&path, &cookie).await;
        assert_eq!(staff_view.status, StatusCode::OK, "{db}");
        assert_eq!(staff_view.body.as_bytes(), CSV);
        assert_eq!(
            staff_view.headers[header::CACHE_CONTROL],
            "private, no-store"
        );
        let anonymous = app.get(&path).await;
        assert_eq!(
            anonymous.status,
            StatusCode::NOT_FOUND,
            "{db}: a draft's file"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn related_documents_are_only_for_the_consultations_builders() {
    let app = test_app().await;
    let outsider = culture_editor(&app).await;
    let page = format!("/staff/consultations/{OPEN}/documents");
    let reply = app.get_with_cookie(&page, &outsider).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    let reply = post_with_cookie(
        &app,
        &page,
        &[
            field("do", "add_link"),
            field("link_title", "Mine"),
            field("url", "https://example.com/"),
        ],
        &outsider,
    )
    .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    let reply = app
        .send(upload_request(
            &page,
            &outsider,
            "Mine",
            Some(("a.pdf", b"%PDF-1.4")),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert!(document_rows(&app).await.is_empty(), "nothing stored");

    // Signed out: sent to sign in, then back to the page.
    let reply = app
        .send(upload_request(
            &page,
            "",
            "Mine",
            Some(("a.pdf", b"%PDF-1.4")),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), format!("/staff/sign-in?next={page}"));
    let reply = app.get(&page).await;
    assert_eq!(reply.status, StatusCode::FOUND);
    assert!(
        reply.location().starts_with("/staff/sign-in?next="),
        "{}",
        reply.location()
    );
    // Posted from another site: refused before anything is read.
    let reply = app
        .send(
            Request::post(&page)
                .header(
                    header::CONTENT_TYPE,
                    "multipart/form-data; boundary=b0undary",
                )
                .header("sec-fetch-site", "cross-site")
                .body(Body::from("--b0undary--\r\n"))
                .unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
}

// ---------------------------------------------------------------------------------------------
// The question library's saved questions.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_saved_question_is_inserted_as_a_copy_elsewhere() {
    const ART: &str = "public-art-strategy";
    for (db, app) in test_apps().await {
        let cookie = signed_in(&app).await;
        let source = draft_of(&app, OPEN).await;
        let original = source.questionnaire.pages[0].questions[0].clone();
        let questionnaire = format!("/staff/consultations/{OPEN}/questionnaire");
        let save = [
            field("revision", &source.revision),
            field("do", &format!("library_save:{}", original.key)),
        ];
        let saved = post_with_cookie(&app, &questionnaire, &save, &cookie).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{db}: {}", saved.body);
        assert!(saved.location().contains("done=library-saved"));
        let shown = app.get_with_cookie(saved.location(), &cookie).await;
        assert!(
            shown.body.contains("is saved to the question library"),
            "{db}"
        );
        // The same question again is refused, saying who saved it.
        let again = post_with_cookie(&app, &questionnaire, &save, &cookie).await;
        assert_eq!(again.status, StatusCode::CONFLICT, "{db}");
        assert!(again.body.contains("already in the library, saved by"));

        let library = app.get_with_cookie("/staff/library", &cookie).await;
        assert_eq!(library.status, StatusCode::OK);
        assert!(library.body.contains(&original.label), "{db}");
        assert!(library.body.contains(original.kind.label()));
        let id = {
            use sea_orm::EntityTrait;
            app::db::entities::library_question::Entity::find()
                .all(&app.state.db)
                .await
                .unwrap()[0]
                .id
        };

        // Another consultation's "add a question" page offers it; added at the top of page 1.
        let target = draft_of(&app, ART).await;
        let page = target.questionnaire.pages[0].key.clone();
        let before = target.questionnaire.questions().count();
        let chooser = app
            .get_with_cookie(
                &format!("/staff/consultations/{ART}/questions/new?page={page}&at=0"),
                &cookie,
            )
            .await;
        assert!(
            chooser.body.contains("Or add a question from the library"),
            "{db}"
        );
        assert!(chooser.body.contains(&format!("value=\"saved:{id}\"")));
        let art_questionnaire = format!("/staff/consultations/{ART}/questionnaire");
        let added = post_with_cookie(
            &app,
            &art_questionnaire,
            &[
                field("revision", &target.revision),
                field("do", &format!("saved:{id}")),
                field("page", &page),
                field("at", "0"),
            ],
            &cookie,
        )
        .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{db}: {}", added.body);
        assert!(added.location().contains("done=added"));
        let after = draft_of(&app, ART).await;
        assert_eq!(after.questionnaire.questions().count(), before + 1);
        let copy = &after.questionnaire.pages[0].questions[0];
        assert_eq!(copy.label, original.label);
        assert_eq!(copy.kind.code(), original.kind.code());
        let labels = |q: &app::domain::Question| -> Vec<String> {
            q.kind.options().iter().map(|o| o.label.clone()).collect()
        };
        assert_eq!(labels(copy), labels(&original));
        assert_ne!(copy.key, original.key, "{db}: fresh keys");
        assert!(
            copy.kind.options().iter().all(|o| original
                .kind
                .options()
                .iter()
                .all(|p| p.key != o.key))
        );

        // What cannot be added: no such saved question, a made-up id, a stale revision.
        for (pressed, revision, status) in [
            (
                "saved:999999",
                after.revision.as_str(),
                StatusCode::NOT_FOUND,
            ),
            ("saved:x", after.revision.as_str(), StatusCode::BAD_REQUEST),
            (
                &*format!("saved:{id}"),
                target.revision.as_str(),
                StatusCode::CONFLICT,
            ),
        ] {
            let reply = post_with_cookie(
                &app,
                &art_questionnaire,
                &[
                    field("revision", revision),
                    field("do", pressed),
                    field("page", &page),
                ],
                &cookie,
            )
            .await;
            assert_eq!(reply.status, status, "{db}: {pressed}");
        }
        assert_eq!(
            draft_of(&app, ART).await.questionnaire.questions().count(),
            before + 1,
            "{db}: nothing more added"
        );

        // Only whoever saved it, or a site admin, takes it out; a copy already added stays.
        let editor = culture_editor(&app).await;
        let library = app.get_with_cookie("/staff/library", &editor).await;
        assert!(library.body.contains(&original.label));
        assert!(!library.body.contains("Remove from the library"), "{db}");
        let remove = [field("do", &format!("remove:{id}"))];
        let refused = post_with_cookie(&app, "/staff/library", &remove, &editor).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{db}");
        // Nor may they save from a consultation they may not build.
        let refused = post_with_cookie(&app, &questionnaire, &save, &editor).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{db}");
        let removed = post_with_cookie(&app, "/staff/library", &remove, &cookie).await;
        assert_eq!(removed.location(), "/staff/library?done=removed", "{db}");
        let gone = post_with_cookie(&app, "/staff/library", &remove, &cookie).await;
        assert_eq!(gone.location(), "/staff/library?done=gone");
        let library = app.get_with_cookie("/staff/library", &cookie).await;
        assert!(library.body.contains("No questions have been saved yet"));
        assert_eq!(
            draft_of(&app, ART).await.questionnaire.questions().count(),
            before + 1
        );
        let bad = post_with_cookie(&app, "/staff/library", &[field("do", "drop:1")], &cookie).await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    }
}

// ---------------------------------------------------------------------------------------------
// Autosave in the question editor.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_question_editor_autosaves_checked_changes_against_the_revision() {
    use app::builder::api::AutosaveQuestion;
    for (db, app) in test_apps().await {
        let cookie = signed_in(&app).await;
        let draft = draft_of(&app, OPEN).await;
        let question = draft
            .questionnaire
            .questions()
            .find(|q| q.kind.code() == "long_text")
            .unwrap()
            .clone();
        // The editor page holds the autosave island around its plain form.
        let editor = app
            .get_with_cookie(
                &format!("/staff/consultations/{OPEN}/questions/{}", question.key),
                &cookie,
            )
            .await;
        assert!(editor.body.contains("EditorAutosave"), "{db}: the island");
        let call = |revision: &str, form: &str, cookie: &str| {
            let body = encode(&[
                field("slug", OPEN),
                field("key", &question.key),
                field("revision", revision),
                field("form", form),
            ]);
            let cookie = cookie.to_string();
            let app = &app;
            async move {
                call_server_fn(
                    app,
                    AutosaveQuestion::PATH,
                    body,
                    "application/x-www-form-urlencoded",
                    Some(&cookie),
                )
                .await
            }
        };
        let form = encode(&[
            field("revision", &draft.revision),
            field("label", "Tell us why, in your own words"),
            field("hint", ""),
            field("required", "no"),
            field("max_chars", "1500"),
        ]);
        let saved = call(&draft.revision, &form, &cookie).await;
        assert_eq!(saved.status, StatusCode::OK, "{db}: {}", saved.body);
        let after = draft_of(&app, OPEN).await;
        assert_eq!(
            saved.body.trim_matches('"'),
            after.revision,
            "{db}: the new revision"
        );
        let changed = after.questionnaire.question_by_key(&question.key).unwrap();
        assert_eq!(changed.label, "Tell us why, in your own words");
        assert!(matches!(
            changed.kind,
            app::domain::QuestionKind::LongText { max_chars: 1500 }
        ));

        // Refused, changing nothing: a stale revision, a broken rule, another department's
        // member.
        let stale = call(&draft.revision, &form, &cookie).await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "{db}");
        let broken = encode(&[field("label", ""), field("max_chars", "-3")]);
        let invalid = call(&after.revision, &broken, &cookie).await;
        assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY, "{db}");
        assert!(invalid.body.contains("Enter the question"));
        let outsider = culture_editor(&app).await;
        let forbidden = call(&after.revision, &form, &outsider).await;
        assert_eq!(forbidden.status, StatusCode::FORBIDDEN, "{db}");
        assert_eq!(draft_of(&app, OPEN).await.revision, after.revision, "{db}");
    }
}

// ---------------------------------------------------------------------------------------------
// The results dashboard and its live stream.

/// Opens the live stream of `slug` as `cookie` (if any) through the router.
async fn open_stream(app: &TestApp, slug: &str, cookie: Option<&str>) -> axum::response::Response {
    let mut request = Request::get(format!("/staff/consultations/{slug}/results/live"))
        .header(header::ACCEPT, "text/event-stream");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    app.router
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap()
}

/// The next `snapshot` event of a stream, decoded; `None` if none comes within 5 s.
async fn next_snapshot(body: &mut Body) -> Option<app::results::api::Dashboard> {
    let mut bytes = Vec::new();
    let mut text = String::new();
    loop {
        // Only whole characters become text (one may be split between frames).
        let complete = match std::str::from_utf8(&bytes) {
            Ok(done) => done.len(),
            Err(error) => error.valid_up_to(),
        };
        text.push_str(std::str::from_utf8(&bytes[..complete]).unwrap_or_default());
        bytes.drain(..complete);
        if let Some(end) = text.find("\n\n") {
            let block = text[..end].to_string();
            text.drain(..end + 2);
            if let Some(data) = block
                .strip_prefix("event: snapshot\ndata: ")
                .map(str::to_string)
            {
                return Some(serde_json::from_str(&data).expect("a dashboard"));
            }
            continue;
        }
        let frame = tokio::time::timeout(std::time::Duration::from_secs(5), body.frame())
            .await
            .ok()??
            .ok()?;
        if let Some(data) = frame.data_ref() {
            bytes.extend_from_slice(data);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_and_its_stream_are_for_its_department_and_follow_responses() {
    for (backend, app) in test_apps().await {
        let results = format!("/staff/consultations/{OPEN}/results");

        // Signed out: the page sends to sign-in, the stream says 401 and gives nothing.
        let page = app.get(&results).await;
        assert_eq!(page.status, StatusCode::FOUND, "{backend}");
        assert!(page.location().starts_with("/staff/sign-in"), "{backend}");
        let stream = open_stream(&app, OPEN, None).await;
        assert_eq!(stream.status(), StatusCode::UNAUTHORIZED, "{backend}");
        let body = stream.into_body().collect().await.unwrap().to_bytes();
        assert!(!String::from_utf8_lossy(&body).contains("Strongly support"));

        // Staff of another department: 403 from the page and the stream, no figures.
        let culture = culture_editor(&app).await;
        let page = app.get_with_cookie(&results, &culture).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{backend}");
        assert!(!page.body.contains("Strongly support"), "{backend}");
        let stream = open_stream(&app, OPEN, Some(&culture)).await;
        assert_eq!(stream.status(), StatusCode::FORBIDDEN, "{backend}");
        // A consultation that is not there: 404.
        let admin = signed_in(&app).await;
        let missing = open_stream(&app, "no-such-consultation", Some(&admin)).await;
        assert_eq!(missing.status(), StatusCode::NOT_FOUND, "{backend}");

        // The department's staff (here a site admin) see the dashboard drawn on the server: the
        // headline, a chart per question (named, described) and its table.
        let page = app.get_with_cookie(&results, &admin).await;
        assert_eq!(page.status, StatusCode::OK, "{backend}");
        for text in [
            "data-testid=\"response-count\" class=\"stat__value\">0<",
            "Responses per day",
            "role=\"img\"",
            "Answers to question 1: Do you support a 20mph limit",
            "Show as table",
            "Refresh the figures",
        ] {
            assert!(page.body.contains(text), "{backend}: {text}");
        }

        // The stream: a snapshot at once, then one after a response, not compressed, not stored.
        let stream = open_stream(&app, OPEN, Some(&admin)).await;
        assert_eq!(stream.status(), StatusCode::OK, "{backend}");
        let headers = stream.headers().clone();
        assert_eq!(headers[header::CONTENT_TYPE], "text/event-stream");
        assert!(headers.get(header::CONTENT_ENCODING).is_none(), "{backend}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");
        let mut body = stream.into_body();
        let first = next_snapshot(&mut body)
            .await
            .expect("a snapshot at connect");
        assert_eq!(first.responses, 0, "{backend}");

        let token = app.form().await.idempotency_key;
        let form = app.form().await;
        let sent = app
            .post_form(
                &format!("/consultations/{OPEN}/respond"),
                &valid_answers(&form, &token),
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{backend}");
        // (Another test's announcement on the shared PostgreSQL server may bring an extra
        // snapshot first: wait for the one with the response.)
        let mut next = next_snapshot(&mut body)
            .await
            .expect("a snapshot after the response");
        while next.responses == 0 {
            next = next_snapshot(&mut body)
                .await
                .expect("a snapshot after the response");
        }
        assert_eq!(next.responses, 1, "{backend}");
        assert_eq!(next.headline.today, 1, "{backend}");
        assert_eq!(next.headline.channels[0].label, "Online");
        drop(body);
        // The reading task ends with its last stream.
        let mut waited = 0;
        while app.state.live.watched_count() > 0 && waited < 50 {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            waited += 1;
        }
        assert_eq!(app.state.live.watched_count(), 0, "{backend}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_read_each_response_and_search_every_text_answer() {
    for (backend, app) in test_apps().await {
        let admin = signed_in(&app).await;
        let path = format!("/consultations/{OPEN}/respond");
        let mut references = Vec::new();
        for words in [
            "Slow down near 100% of schools",
            "Keep it <b>simple</b>",
            "Slow is fine",
        ] {
            let token = app.form().await.idempotency_key;
            let form = app.form().await;
            let q: Vec<_> = form.questionnaire.questions().collect();
            let fields = vec![
                field("idempotency_key", &token),
                field(&q[0].field_name(), &q[0].kind.options()[1].id.to_string()),
                field(&q[2].field_name(), words),
            ];
            let sent = app.post_form(&path, &fields).await;
            assert_eq!(sent.status, StatusCode::SEE_OTHER, "{backend}");
            references.push(sent.location().rsplit('/').next().unwrap().to_string());
        }

        // The list, newest first, each linking to its page.
        let list = app
            .get_with_cookie(&format!("/staff/consultations/{OPEN}/responses"), &admin)
            .await;
        assert_eq!(list.status, StatusCode::OK, "{backend}");
        assert!(
            list.body.contains("Showing 1 to 3 of 3 responses."),
            "{backend}"
        );
        let newest = list.body.find(&references[2]).unwrap();
        assert!(
            newest < list.body.find(&references[0]).unwrap(),
            "{backend}"
        );

        // One response: every question, its answer in words (escaped), the rest not answered.
        let one = app
            .get_with_cookie(
                &format!("/staff/consultations/{OPEN}/responses/{}", references[1]),
                &admin,
            )
            .await;
        assert_eq!(one.status, StatusCode::OK, "{backend}");
        assert!(
            one.body.contains("Keep it &lt;b&gt;simple&lt;/b&gt;"),
            "{backend}"
        );
        assert!(!one.body.contains("<b>simple</b>"), "{backend}");
        assert!(one.body.contains(">Support<"), "{backend}");
        assert!(one.body.contains("Not answered"), "{backend}");
        assert!(one.body.contains("Online"), "{backend}");
        // A reference of another consultation, or none, is not found.
        let missing = app
            .get_with_cookie(
                &format!("/staff/consultations/{CLOSED}/responses/{}", references[1]),
                &admin,
            )
            .await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND, "{backend}");

        // Every answer to the text question, searchable; % is itself, not a wildcard.
        let form = app.form().await;
        let why = form.questionnaire.questions().nth(2).unwrap().key.clone();
        let answers = format!("/staff/consultations/{OPEN}/answers/{why}");
        let all = app.get_with_cookie(&answers, &admin).await;
        assert_eq!(all.status, StatusCode::OK, "{backend}");
        assert!(
            all.body.contains("Showing 1 to 3 of 3 answers."),
            "{backend}"
        );
        let slow = app
            .get_with_cookie(&format!("{answers}?search=SLOW"), &admin)
            .await;
        assert!(
            slow.body.contains("Showing 1 to 2 of 2 answers."),
            "{backend}"
        );
        assert!(!slow.body.contains("simple"), "{backend}");
        let percent = app
            .get_with_cookie(&format!("{answers}?search=100%25"), &admin)
            .await;
        assert!(percent.body.contains("Showing 1 answer."), "{backend}");
        let wildcard = app
            .get_with_cookie(&format!("{answers}?search=%25"), &admin)
            .await;
        assert!(wildcard.body.contains("Showing 1 answer."), "{backend}");
        // Not a text question (the first is a choice), or no such key: not found.
        let choice = form.questionnaire.questions().next().unwrap().key.clone();
        let not_text = app
            .get_with_cookie(
                &format!("/staff/consultations/{OPEN}/answers/{choice}"),
                &admin,
            )
            .await;
        assert_eq!(not_text.status, StatusCode::NOT_FOUND, "{backend}");

        // Other departments' staff and anonymous users get nothing.
        let culture = culture_editor(&app).await;
        for page in [
            format!("/staff/consultations/{OPEN}/responses"),
            format!("/staff/consultations/{OPEN}/responses/{}", references[0]),
            answers.clone(),
        ] {
            let refused = app.get_with_cookie(&page, &culture).await;
            assert_eq!(refused.status, StatusCode::FORBIDDEN, "{backend}: {page}");
            assert!(!refused.body.contains("Slow"), "{backend}");
            let anonymous = app.get(&page).await;
            assert_eq!(anonymous.status, StatusCode::FOUND, "{backend}: {page}");
        }
    }
}

/// Found by the fuzzer: moving a document of a "consultation" whose address is no slug at all
/// sent the browser to an address built from it ("//staff /staff/documents").
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_document_action_on_no_consultation_is_not_found_and_goes_nowhere() {
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let reply = post_with_cookie(
        &app,
        "/staff/consultations/%2Fstaff%20%2Fstaff/documents",
        &[field("do", "down:6")],
        &cookie,
    )
    .await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(reply.headers.get(header::LOCATION).is_none());
}

/// Filters and the cross-tab over HTTP: for the department's staff only; a filter counts the
/// responses it names; mistakes in the address are shown against their fields (never a 500) and
/// user text in them comes back escaped.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn filters_and_cross_tabs_are_for_its_department_and_count_what_they_name() {
    for (backend, app) in test_apps().await {
        let form = app.form().await;
        let q: Vec<_> = form.questionnaire.questions().collect();
        // Two responses: one chose the first option of question 1, one the second.
        for option in 0..2 {
            let token = app.form().await.idempotency_key;
            let answers = vec![
                field("idempotency_key", &token),
                field(
                    &q[0].field_name(),
                    &q[0].kind.options()[option].id.to_string(),
                ),
                field(&q[1].field_name(), &q[1].kind.options()[0].id.to_string()),
            ];
            let sent = app
                .post_form(&format!("/consultations/{OPEN}/respond"), &answers)
                .await;
            assert_eq!(sent.status, StatusCode::SEE_OTHER, "{backend}");
        }
        let wanted = format!("{}.{}", q[0].key, q[0].kind.options()[0].key);
        let filtered = format!("/staff/consultations/{OPEN}/results?answer1={wanted}");
        let compare = format!(
            "/staff/consultations/{OPEN}/results/compare?rows={}&columns={}",
            q[0].key, q[1].key
        );

        let culture = culture_editor(&app).await;
        for path in [&filtered, &compare] {
            let page = app.get(path).await;
            assert_eq!(page.status, StatusCode::FOUND, "{backend}: {path}");
            let page = app.get_with_cookie(path, &culture).await;
            assert_eq!(page.status, StatusCode::FORBIDDEN, "{backend}: {path}");
            assert!(!page.body.contains("Showing"), "{backend}");
        }

        let admin = signed_in(&app).await;
        // Unfiltered, the figures are the live island; filtered, a reading drawn once.
        let live = app
            .get_with_cookie(&format!("/staff/consultations/{OPEN}/results"), &admin)
            .await;
        assert!(live.body.contains("LiveDashboard"), "{backend}");
        let page = app.get_with_cookie(&filtered, &admin).await;
        assert_eq!(page.status, StatusCode::OK, "{backend}");
        assert!(page.body.contains("Showing 1 of 2 responses"), "{backend}");
        assert!(page.body.contains("Clear filters"), "{backend}");
        // A filtered view is drawn once: no live island on it.
        assert!(!page.body.contains("LiveDashboard"), "{backend}");

        let page = app.get_with_cookie(&compare, &admin).await;
        assert_eq!(page.status, StatusCode::OK, "{backend}");
        assert!(page.body.contains("answered both questions"), "{backend}");
        assert!(page.body.contains("data-testid=\"cell-0-0\""), "{backend}");

        // Mistakes: each reported against its field; hostile text escaped.
        let hostile = "/staff/consultations/20mph-speed-limits/results?from=31%2F02%2F2026&channel=%3Cscript%3Ealert(1)%3C%2Fscript%3E&version=x&answer1=%22%3E%3Cb%3E";
        let page = app.get_with_cookie(hostile, &admin).await;
        assert_eq!(page.status, StatusCode::OK, "{backend}");
        for text in [
            "There is a problem",
            "Enter the from date as a real date",
            "Choose a channel from the list",
            "Choose a version from the list",
            "Choose an answer from the list",
        ] {
            assert!(page.body.contains(text), "{backend}: {text}");
        }
        assert!(!page.body.contains("<script>alert(1)"), "{backend}");
        assert!(!page.body.contains("\"><b>"), "{backend}");
        let same = format!(
            "/staff/consultations/{OPEN}/results/compare?rows={0}&columns={0}",
            q[0].key
        );
        let page = app.get_with_cookie(&same, &admin).await;
        assert_eq!(page.status, StatusCode::OK, "{backend}");
        assert!(
            page.body
                .contains("Choose a different question for the columns"),
            "{backend}"
        );
    }
}

/// A download's status, headers and bytes.
async fn download(
    app: &TestApp,
    path: &str,
    cookie: Option<&str>,
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut request = Request::get(path);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    let response = app
        .router
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    (status, headers, bytes)
}

/// CSV and XLSX exports: for the department's staff only; one row per response, read back with
/// a CSV reader and calamine to exactly the stored answers; the filter applied; typed text that
/// looks like a formula stays text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exports_read_back_to_the_stored_answers() {
    use calamine::{Data, Reader, Xlsx};

    for (backend, app) in test_apps().await {
        let form = app.form().await;
        let q: Vec<_> = form.questionnaire.questions().collect();
        // Question 1 (single), 2 (multiple, with Other), 3 (long text): three responses.
        let given = [
            (0, vec![0, 2], "=HYPERLINK(\"http://evil\",\"click\")"),
            (3, vec![1], "Slower, \"safer\"\nstreets"),
            (3, vec![], "Ünïcödé ✓"),
        ];
        for (choice, places, words) in &given {
            let token = app.form().await.idempotency_key;
            let mut answers = vec![
                field("idempotency_key", &token),
                field(
                    &q[0].field_name(),
                    &q[0].kind.options()[*choice].id.to_string(),
                ),
                field(&q[2].field_name(), words),
            ];
            for place in places {
                answers.push(field(
                    &q[1].field_name(),
                    &q[1].kind.options()[*place].id.to_string(),
                ));
            }
            let sent = app
                .post_form(&format!("/consultations/{OPEN}/respond"), &answers)
                .await;
            assert_eq!(sent.status, StatusCode::SEE_OTHER, "{backend}");
        }
        let csv_path = format!("/staff/consultations/{OPEN}/results/responses.csv");
        let xlsx_path = format!("/staff/consultations/{OPEN}/results/responses.xlsx");

        // Nobody signed in, and another department's staff, get nothing.
        let culture = culture_editor(&app).await;
        for path in [&csv_path, &xlsx_path] {
            let (status, _, body) = download(&app, path, None).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{backend}: {path}");
            assert!(
                !String::from_utf8_lossy(&body).contains("Slower"),
                "{backend}"
            );
            let (status, _, body) = download(&app, path, Some(&culture)).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{backend}: {path}");
            assert!(
                !String::from_utf8_lossy(&body).contains("Slower"),
                "{backend}"
            );
        }

        let admin = signed_in(&app).await;
        let (status, headers, body) = download(&app, &csv_path, Some(&admin)).await;
        assert_eq!(status, StatusCode::OK, "{backend}");
        assert_eq!(headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
        assert!(
            headers[header::CONTENT_DISPOSITION]
                .to_str()
                .unwrap()
                .contains("attachment; filename=\"20mph-speed-limits-responses.csv\""),
            "{backend}"
        );
        assert!(
            body.starts_with("\u{feff}".as_bytes()),
            "{backend}: a byte-order mark"
        );
        let mut reader = csv::Reader::from_reader(&body[3..]);
        let headers_row: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(
            &headers_row[..4],
            ["Reference", "Submitted (UK time)", "Channel", "Version"]
        );
        let column = |name: &str| {
            headers_row
                .iter()
                .position(|h| h == name)
                .unwrap_or_else(|| panic!("no column {name}: {headers_row:?}"))
        };
        let support = column(&format!("Q1 {}", q[0].label));
        let why = column(&format!("Q3 {}", q[2].label));
        let places: Vec<usize> = q[1]
            .kind
            .options()
            .iter()
            .map(|o| column(&format!("Q2 {}: {}", q[1].label, o.label)))
            .collect();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), given.len(), "{backend}: one row per response");
        let stored: Vec<String> = {
            use sea_orm::EntityTrait;
            app::db::entities::response::Entity::find()
                .all(&app.state.db)
                .await
                .unwrap()
                .into_iter()
                .map(|r| r.reference)
                .collect()
        };
        for (row, (choice, chosen, words)) in rows.iter().zip(&given) {
            assert!(
                stored.contains(&row[0].to_string()),
                "{backend}: {}",
                &row[0]
            );
            assert_eq!(&row[2], "Online");
            assert_eq!(&row[3], "1");
            assert_eq!(
                &row[support],
                q[0].kind.options()[*choice].label,
                "{backend}"
            );
            // Text a spreadsheet would run as a formula is written so it is shown, not run.
            let expected = if words.starts_with('=') {
                format!("'{words}")
            } else {
                words.to_string()
            };
            assert_eq!(&row[why], expected, "{backend}");
            for (i, at) in places.iter().enumerate() {
                let yes = if chosen.contains(&i) { "Yes" } else { "" };
                assert_eq!(&row[*at], yes, "{backend}: place {i}");
            }
        }

        // The same rows in the workbook, typed: the formula-like text is a string there.
        let (status, headers, body) = download(&app, &xlsx_path, Some(&admin)).await;
        assert_eq!(status, StatusCode::OK, "{backend}");
        assert_eq!(
            headers[header::CONTENT_TYPE],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );
        let mut workbook: Xlsx<_> = Xlsx::new(std::io::Cursor::new(body)).unwrap();
        assert_eq!(workbook.sheet_names(), ["Responses", "Questions"]);
        let sheet = workbook.worksheet_range("Responses").unwrap();
        let cells: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
        assert_eq!(cells.len(), given.len() + 1, "{backend}");
        for (i, header_cell) in headers_row.iter().enumerate() {
            assert_eq!(cells[0][i], Data::String(header_cell.clone()), "{backend}");
        }
        for (row, (csv_row, (_, _, words))) in cells[1..].iter().zip(rows.iter().zip(&given)) {
            assert_eq!(row[0], Data::String(csv_row[0].to_string()));
            assert_eq!(row[3], Data::Float(1.0));
            assert_eq!(row[why], Data::String(words.to_string()), "{backend}");
        }
        let questions = workbook.worksheet_range("Questions").unwrap();
        let text: Vec<String> = questions
            .rows()
            .flat_map(|r| r.iter().map(|c| c.to_string()))
            .collect();
        assert!(
            text.iter()
                .any(|t| t.contains("not asked it (routed past it")),
            "{backend}"
        );
        assert!(
            text.iter().any(|t| t == &format!("Q1 {}", q[0].label)),
            "{backend}"
        );

        // Filtered: only "Oppose" (option 3), twice.
        let wanted = format!("{}.{}", q[0].key, q[0].kind.options()[3].key);
        let (status, _, body) =
            download(&app, &format!("{csv_path}?answer1={wanted}"), Some(&admin)).await;
        assert_eq!(status, StatusCode::OK, "{backend}");
        let mut reader = csv::Reader::from_reader(&body[3..]);
        let filtered: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(filtered.len(), 2, "{backend}");
        assert!(
            filtered
                .iter()
                .all(|r| r[support] == q[0].kind.options()[3].label)
        );
        // A filter the page would refuse is refused here too, in words.
        let (status, _, body) =
            download(&app, &format!("{csv_path}?channel=pigeon"), Some(&admin)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{backend}");
        assert!(String::from_utf8_lossy(&body).contains("Choose a channel from the list"));
    }
}

/// A large export is prepared in the background: the dashboard offers forms instead of links;
/// only its member (while they may see the results) sees its page or gets its file; its progress
/// reaches "ready" and the file is byte for byte the export sent at once; another server on the
/// same database serves it too; stopped and expired downloads say so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prepared_downloads_are_the_exports_and_only_for_who_asked() {
    use calamine::{Data, Reader, Xlsx};
    use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set};

    for (backend, app) in test_apps().await {
        // Every export is prepared here (the limit is 10,000 responses by default).
        let mut state = app.state.clone();
        state.downloads = app::results::prepared::Downloads::new(0);
        let app = TestApp {
            router: server::router(state.clone()),
            state,
            _serial: None,
        };
        let form = app.form().await;
        let q: Vec<_> = form.questionnaire.questions().collect();
        for choice in [0, 3, 3] {
            let answers = vec![
                field("idempotency_key", &app.form().await.idempotency_key),
                field(
                    &q[0].field_name(),
                    &q[0].kind.options()[choice].id.to_string(),
                ),
            ];
            let sent = app
                .post_form(&format!("/consultations/{OPEN}/respond"), &answers)
                .await;
            assert_eq!(sent.status, StatusCode::SEE_OTHER, "{backend}");
        }
        let results = format!("/staff/consultations/{OPEN}/results");
        let prepare = format!("{results}/downloads");
        let admin = signed_in(&app).await;
        let culture = culture_editor(&app).await;
        let dashboard = app.get_with_cookie(&results, &admin).await;
        assert!(
            dashboard.body.contains(&format!("action=\"{prepare}\"")),
            "{backend}: the dashboard offers to prepare"
        );
        assert!(dashboard.body.contains("Prepare a CSV file"), "{backend}");
        assert!(!dashboard.body.contains("responses.csv"), "{backend}");
        let wanted = format!("{}.{}", q[0].key, q[0].kind.options()[3].key);
        let filtered = app
            .get_with_cookie(&format!("{results}?answer1={wanted}"), &admin)
            .await;
        assert!(
            filtered.body.contains(&format!(
                "<input type=\"hidden\" name=\"answer1\" value=\"{wanted}\""
            )),
            "{backend}: the form carries the filter"
        );

        let ask = |format: &str| vec![field("format", format), field("answer1", &wanted)];
        // Nobody signed in is sent to sign in; another department's staff and bad requests are
        // refused; none of them records a download.
        let reply = app.post_form(&prepare, &ask("csv")).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{backend}");
        assert!(
            reply.headers[header::LOCATION]
                .to_str()
                .unwrap()
                .starts_with("/staff/sign-in")
        );
        let reply = post_with_cookie(&app, &prepare, &ask("csv"), &culture).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{backend}");
        let reply = post_with_cookie(&app, &prepare, &ask("pdf"), &admin).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{backend}");
        assert!(
            reply.body.contains("choose CSV or Excel workbook"),
            "{backend}"
        );
        let reply = post_with_cookie(
            &app,
            &prepare,
            &[field("format", "csv"), field("channel", "pigeon")],
            &admin,
        )
        .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{backend}");
        assert!(
            reply.body.contains("Choose a channel from the list"),
            "{backend}"
        );
        assert_eq!(
            app::db::entities::prepared_download::Entity::find()
                .count(&app.state.db)
                .await
                .unwrap(),
            0,
            "{backend}"
        );

        let mut tokens = Vec::new();
        for format in ["csv", "xlsx"] {
            let reply = post_with_cookie(&app, &prepare, &ask(format), &admin).await;
            assert_eq!(reply.status, StatusCode::SEE_OTHER, "{backend}");
            let page = reply.headers[header::LOCATION]
                .to_str()
                .unwrap()
                .to_string();
            let token = page.strip_prefix("/staff/downloads/").unwrap().to_string();
            assert_eq!(token.len(), 32, "{backend}");
            // It gets ready by itself (polled as the page's island does).
            let mut ready = false;
            for _ in 0..200 {
                let reply = app.get_with_cookie(&page, &admin).await;
                assert_eq!(reply.status, StatusCode::OK, "{backend}");
                if without_island_texts(&reply.body).contains("Your download is ready.") {
                    assert!(
                        reply
                            .body
                            .contains(&format!("/staff/downloads/{token}/file"))
                    );
                    assert!(reply.body.contains("2 responses"), "{backend}");
                    ready = true;
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            assert!(ready, "{backend}: {format} never got ready");
            tokens.push(token);
        }

        for row in app::db::entities::prepared_download::Entity::find()
            .all(&app.state.db)
            .await
            .unwrap()
        {
            assert_eq!(
                (row.responses_done, row.responses_total),
                (2, 2),
                "{backend}: {}",
                row.format
            );
        }

        // A second server on the same database: its own sets and downloads, the same files.
        let other =
            server::start_with_db(app.state.db.clone(), &test_config(false), test_options())
                .await
                .unwrap();
        let other = TestApp {
            router: server::router(other.clone()),
            state: other,
            _serial: None,
        };
        let direct = format!("{results}/responses.csv?answer1={wanted}");
        let (_, _, sent_at_once) = download(&app, &direct, Some(&admin)).await;
        let csv_file = format!("/staff/downloads/{}/file", tokens[0]);
        for server in [&app, &other] {
            let (status, headers, body) = download(server, &csv_file, Some(&admin)).await;
            assert_eq!(status, StatusCode::OK, "{backend}");
            assert_eq!(headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
            assert_eq!(
                headers[header::CONTENT_LENGTH].to_str().unwrap(),
                body.len().to_string()
            );
            assert!(
                headers[header::CONTENT_DISPOSITION]
                    .to_str()
                    .unwrap()
                    .contains("20mph-speed-limits-responses-filtered.csv"),
                "{backend}"
            );
            assert_eq!(
                body, sent_at_once,
                "{backend}: the same file as sent at once"
            );
        }
        let (status, _, body) = download(
            &other,
            &format!("/staff/downloads/{}/file", tokens[1]),
            Some(&admin),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{backend}");
        let mut workbook: Xlsx<_> = Xlsx::new(std::io::Cursor::new(body)).unwrap();
        let sheet = workbook.worksheet_range("Responses").unwrap();
        let rows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
        assert_eq!(rows.len(), 3, "{backend}: the header and two responses");
        let mut reader = csv::Reader::from_reader(&sent_at_once[3..]);
        for (cells, record) in rows[1..].iter().zip(reader.records()) {
            assert_eq!(cells[0], Data::String(record.unwrap()[0].to_string()));
        }

        // Someone else's download is not found; nobody signed in gets nothing.
        for path in [format!("/staff/downloads/{}", tokens[0]), csv_file.clone()] {
            let reply = app.get_with_cookie(&path, &culture).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{backend}: {path}");
            assert!(!reply.body.contains("Reference"), "{backend}");
        }
        let (status, _, body) = download(&app, &csv_file, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{backend}");
        assert!(!String::from_utf8_lossy(&body).contains("Reference"));
        for bad in ["nope", "../../etc/passwd", &"f".repeat(32), &"Z".repeat(32)] {
            let reply = app
                .get_with_cookie(&format!("/staff/downloads/{bad}"), &admin)
                .await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{backend}: {bad}");
        }

        // The dashboard lists the member's downloads.
        let dashboard = app.get_with_cookie(&results, &admin).await;
        assert!(
            dashboard
                .body
                .contains(&format!("/staff/downloads/{}", tokens[1])),
            "{backend}"
        );
        assert!(
            dashboard
                .body
                .contains("Excel workbook of 2 responses (filtered)")
        );

        // As a browser asks for it (compression accepted): sent as stored, with its length.
        let response = app
            .router
            .clone()
            .oneshot(
                Request::get(&csv_file)
                    .header(header::COOKIE, &admin)
                    .header(header::ACCEPT_ENCODING, "br, gzip")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert!(
            response.headers().get(header::CONTENT_ENCODING).is_none(),
            "{backend}"
        );
        assert_eq!(
            response.headers()[header::CONTENT_LENGTH].to_str().unwrap(),
            sent_at_once.len().to_string(),
            "{backend}"
        );

        let row = app::db::entities::prepared_download::Entity::find()
            .all(&app.state.db)
            .await
            .unwrap()
            .into_iter()
            .find(|r| r.token == tokens[0])
            .unwrap();
        // Asked again while the same file is being prepared: that one, not a second.
        let mut running: app::db::entities::prepared_download::ActiveModel = row.clone().into();
        running.state = Set("preparing".into());
        running.updated_at = Set(chrono::Utc::now());
        running.update(&app.state.db).await.unwrap();
        let reply = post_with_cookie(&app, &prepare, &ask("csv"), &admin).await;
        assert_eq!(
            reply.headers[header::LOCATION].to_str().unwrap(),
            format!("/staff/downloads/{}", tokens[0]),
            "{backend}"
        );

        // One whose server stopped mid-way says so; one past its time is removed.
        let mut stopped: app::db::entities::prepared_download::ActiveModel = row.clone().into();
        stopped.state = Set("preparing".into());
        stopped.updated_at = Set(chrono::Utc::now() - chrono::Duration::minutes(5));
        stopped.update(&app.state.db).await.unwrap();
        let reply = app
            .get_with_cookie(&format!("/staff/downloads/{}", tokens[0]), &admin)
            .await;
        assert!(
            reply.body.contains("the server preparing it restarted"),
            "{backend}"
        );
        let (status, _, _) = download(&app, &csv_file, Some(&admin)).await;
        assert_eq!(status, StatusCode::CONFLICT, "{backend}");
        let mut expired: app::db::entities::prepared_download::ActiveModel = row.into();
        expired.state = Set("ready".into());
        expired.expires_at = Set(chrono::Utc::now() - chrono::Duration::minutes(1));
        expired.update(&app.state.db).await.unwrap();
        let (status, _, body) = download(&app, &csv_file, Some(&admin)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{backend}");
        assert!(String::from_utf8_lossy(&body).contains("kept for 24 hours"));
    }
}

/// The routed demo consultation's questionnaire as it is published.
async fn park_questionnaire(app: &TestApp) -> app::domain::Questionnaire {
    app::respond::journey::first_page(&app.state.db, app::demo::RIVERSIDE_PARK, chrono::Utc::now())
        .await
        .unwrap();
    draft_of(app, app::demo::RIVERSIDE_PARK).await.questionnaire
}

/// The field answering choice question `label` with option `option`.
fn chosen(q: &app::domain::Questionnaire, label: &str, option: &str) -> (String, String) {
    let question = q.questions().find(|x| x.label == label).unwrap();
    let id = question
        .kind
        .options()
        .iter()
        .find(|o| o.label == option)
        .unwrap()
        .id;
    field(&question.field_name(), &id.to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_routed_response_is_answered_page_by_page_with_plain_posts() {
    const PARK: &str = app::demo::RIVERSIDE_PARK;
    let app = test_app().await;
    let q = park_questionnaire(&app).await;
    let start = format!("/consultations/{PARK}/respond");

    let first = app.get(&start).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(first.body.contains("Page 1 of 5"));
    assert!(first.body.contains("Continue"));
    assert!(
        !first.body.contains("name=\"idempotency_key\""),
        "page 1 is not a whole response"
    );
    assert!(!first.body.contains("Your visits"), "one page at a time");

    // A refused first page: its errors, nothing stored, no draft.
    let refused = app.post_form(&start, &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Select an answer to"));
    let stray = app.post_form(&start, &[field("q99999", "x")]).await;
    assert_eq!(stray.status, StatusCode::BAD_REQUEST);

    let no = chosen(&q, "Do you visit Riverside Park?", "No, I do not visit it");
    let begun = app.post_form(&start, std::slice::from_ref(&no)).await;
    assert_eq!(begun.status, StatusCode::SEE_OTHER, "{}", begun.body);
    let page4 = begun.location().to_string();
    let token = page4.split('/').nth(4).unwrap().to_string();
    assert_eq!(page4, format!("/consultations/{PARK}/respond/{token}/4"));
    assert_eq!(token.len(), 32);

    let shown = app.get(&page4).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("Page 2 of 3"));
    assert!(shown.body.contains("Why you do not visit"));
    assert_eq!(
        shown.headers[header::CACHE_CONTROL],
        "no-store",
        "a draft's page is private"
    );
    assert!(
        shown
            .body
            .contains(&format!("href=\"/consultations/{PARK}/respond/{token}/1\"")),
        "Back"
    );

    // This page's rules; another page's field; then its answer.
    let empty = app.post_form(&page4, &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("There is a problem"));
    assert!(
        empty.body.contains("Page 2 of 3"),
        "the same page, drawn again"
    );
    assert_eq!(
        app.post_form(&page4, std::slice::from_ref(&no))
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let far = chosen(
        &q,
        "What stops you visiting the park?",
        "It is too far away",
    );
    let next = app.post_form(&page4, &[far]).await;
    assert_eq!(
        next.location(),
        format!("/consultations/{PARK}/respond/{token}/5")
    );
    let next = app.post_form(next.location(), &[]).await;
    let check = format!("/consultations/{PARK}/respond/{token}/check");
    assert_eq!(next.location(), check);

    let checking = app.get(&check).await;
    assert_eq!(checking.status, StatusCode::OK);
    assert!(
        checking
            .body
            .contains("Check your answers before sending your response")
    );
    assert!(checking.body.contains("It is too far away"));
    assert!(checking.body.contains(&format!("{token}/1?from=check#")));
    assert_eq!(app.response_count().await, 0, "nothing is sent before Send");

    // Addresses that name no draft or no page of it: 404, saying how saved answers come back.
    for path in [
        format!("/consultations/{PARK}/respond/0123456789abcdef0123456789abcdef/1"),
        format!("/consultations/{PARK}/respond/{token}/6"),
        format!("/consultations/{PARK}/respond/{token}/x"),
        format!("/consultations/{OPEN}/respond/{token}/1"),
    ] {
        let missing = app.get(&path).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            missing.body.contains("We could not find these answers")
                && missing.body.contains("/return\">Enter your return code"),
            "{path}: {}",
            missing.body
        );
        let posted = app.post_form(&path, &[]).await;
        assert_eq!(posted.status, StatusCode::NOT_FOUND, "{path}");
    }

    let sent = app.post_form(&check, &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(
        sent.location()
            .starts_with(&format!("/consultations/{PARK}/confirmation/"))
    );
    let again = app.post_form(&check, &[]).await;
    assert_eq!(again.location(), sent.location(), "sent once");
    assert_eq!(app.response_count().await, 1);
    // Its pages now lead to the confirmation.
    let after = app.get(&page4).await;
    assert_eq!(after.status, StatusCode::FOUND);
    assert_eq!(after.location(), sent.location());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn routes_are_edited_with_a_plain_form_and_never_go_back() {
    let app = test_app().await;
    const PARK: &str = app::demo::RIVERSIDE_PARK;
    let cookie = signed_in(&app).await;
    let draft = draft_of(&app, PARK).await;
    let q = &draft.questionnaire;
    let visits = &q.pages[0].questions[0];
    let outline_path = format!("/staff/consultations/{PARK}/questionnaire");
    let route_field = |option: &str| app::domain::routing::outline_route_field(&visits.key, option);
    let save = field("do", &format!("routes:{}", visits.key));

    // Posted by someone signed out: back to the questionnaire after signing in.
    let signed_out = app
        .post_form(&outline_path, &[field("do", "routes:%D9%A1%0D%0A")])
        .await;
    assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
    assert_eq!(
        signed_out.location(),
        format!("/staff/sign-in?next=/staff/consultations/{PARK}/questionnaire")
    );

    // The outline's Routes panel lists, for each option, only later pages and the end.
    let page = app.get_with_cookie(&outline_path, &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&format!("id=\"routes-{}\"", visits.key)));
    assert!(page.body.contains("Skip to page 4 (Why you do not visit)"));
    let no = &visits.kind.options()[2];
    assert!(
        page.body
            .contains(&format!("name=\"{}\"", route_field(&no.key)))
    );
    assert_eq!(
        no.goto,
        Some(app::domain::routing::Goto::Page(q.pages[3].key.clone()))
    );

    // A destination the panel does not offer (the question's own page) is refused.
    let back = vec![
        field("revision", &draft.revision),
        save.clone(),
        field(&route_field(&no.key), &format!("page:{}", q.pages[0].key)),
    ];
    let refused = post_with_cookie(&app, &outline_path, &back, &cookie).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.body.contains("from the list"), "{}", refused.body);

    // "Yes, but less often" skips to page 3; "No" now ends the questions. The other
    // questions' route fields in the same form are not read.
    let yes = &visits.kind.options()[1];
    let fields = vec![
        field("revision", &draft.revision),
        save.clone(),
        field(&route_field(&yes.key), &format!("page:{}", q.pages[2].key)),
        field(&route_field(&no.key), "end"),
        field(&format!("route-someotherquestion-{}", no.key), "bogus"),
    ];
    let saved = post_with_cookie(&app, &outline_path, &fields, &cookie).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(
        saved.location().contains("done=routes"),
        "{}",
        saved.location()
    );
    let now = draft_of(&app, PARK).await;
    let options = now.questionnaire.pages[0].questions[0]
        .kind
        .options()
        .to_vec();
    assert_eq!(
        options[1].goto,
        Some(app::domain::routing::Goto::Page(q.pages[2].key.clone()))
    );
    assert_eq!(options[2].goto, Some(app::domain::routing::Goto::End));
    let outline = app.get_with_cookie(saved.location(), &cookie).await;
    assert!(
        outline.body.contains("Routes saved for question 1"),
        "the message"
    );
    assert!(
        outline
            .body
            .contains("then skips the rest of the questions")
    );
    // Moving the routed-to page above the question is refused, saying which route.
    let moved = post_with_cookie(
        &app,
        &format!("/staff/consultations/{PARK}/questionnaire"),
        &[
            field("revision", &now.revision),
            field("do", &format!("page_up:{}", q.pages[2].key)),
        ],
        &cookie,
    )
    .await;
    assert_eq!(
        moved.status,
        StatusCode::SEE_OTHER,
        "one place up is still later: {}",
        moved.body
    );
    let now = draft_of(&app, PARK).await;
    let moved = post_with_cookie(
        &app,
        &format!("/staff/consultations/{PARK}/questionnaire"),
        &[
            field("revision", &now.revision),
            field("do", &format!("page_up:{}", q.pages[2].key)),
        ],
        &cookie,
    )
    .await;
    assert_eq!(moved.status, StatusCode::BAD_REQUEST, "{}", moved.body);
    assert!(
        moved.body.contains("routes can only go forward"),
        "{}",
        moved.body
    );

    // A question that cannot route has no Routes panel, and its routes cannot be set.
    let text = q
        .questions()
        .find(|x| x.kind.code() == "long_text")
        .unwrap();
    assert!(
        !outline
            .body
            .contains(&format!("id=\"routes-{}\"", text.key))
    );
    let now = draft_of(&app, PARK).await;
    let none = post_with_cookie(
        &app,
        &outline_path,
        &[
            field("revision", &now.revision),
            field("do", &format!("routes:{}", text.key)),
        ],
        &cookie,
    )
    .await;
    assert_eq!(none.status, StatusCode::BAD_REQUEST, "{}", none.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_filled_in_honeypot_is_refused_and_stores_nothing() {
    let app = test_app().await;
    let form = app.form().await;
    let first = &form.questionnaire.pages[0].questions[0];
    let answer = field(&first.field_name(), &first.kind.options()[0].id.to_string());
    let start = format!("/consultations/{OPEN}/respond");

    // The page draws the box, for robots: hidden by the style sheet.
    let page = app.get(&start).await;
    assert!(page.body.contains("<div class=\"honeypot\">"));
    assert!(page.body.contains("name=\"website\""));

    let robot = app
        .post_form(
            &start,
            &[answer.clone(), field("website", "http://spam.example")],
        )
        .await;
    assert_eq!(robot.status, StatusCode::BAD_REQUEST);
    assert!(
        robot
            .body
            .contains("a box that must stay empty was filled in")
    );
    assert!(
        !robot.body.contains("http://spam.example"),
        "the box is drawn empty again"
    );
    // A whole response in one post, and a later page, likewise.
    let mut whole = valid_answers(&form, &app.form().await.idempotency_key);
    whole.push(field("website", "x"));
    assert_eq!(
        app.post_form(&start, &whole).await.status,
        StatusCode::BAD_REQUEST
    );
    let begun = app.post_form(&start, std::slice::from_ref(&answer)).await;
    let page_two = begun.location().to_string();
    let later = app.post_form(&page_two, &[field("website", "x")]).await;
    assert_eq!(later.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.response_count().await, 0);
    // Empty, it is nobody's business.
    let person = app.post_form(&page_two, &[field("website", "")]).await;
    assert_eq!(person.status, StatusCode::SEE_OTHER);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_sends_from_one_address_get_429_with_retry_after() {
    let serial = SERIAL.lock().await;
    let config = Config {
        rate_limits: true,
        client_address_header: Some("X-Forwarded-For".into()),
        ..test_config(false)
    };
    let state = server::start(&config, test_options()).await.unwrap();
    let app = TestApp {
        router: server::router(state.clone()),
        state,
        _serial: Some(serial),
    };
    let send = |from: &'static str| {
        Request::post(format!(
            "/consultations/{OPEN}/respond/0123456789abcdef0123456789abcdef/check"
        ))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
        .header("X-Forwarded-For", from)
        .body(Body::empty())
        .unwrap()
    };
    let per_minute = app::domain::rate_limit::Action::Submit.per_minute();
    // A minute's edge may pass during a round (the count then starts again): a second round
    // cannot cross another.
    let mut refused = None;
    for _round in 0..2 {
        for _ in 0..per_minute {
            let reply = app.send(send("203.0.113.7")).await;
            if reply.status == StatusCode::TOO_MANY_REQUESTS {
                break;
            }
            // Counted whatever the answer (this draft does not exist).
            assert_eq!(reply.status, StatusCode::NOT_FOUND);
        }
        let reply = app.send(send("203.0.113.7")).await;
        if reply.status == StatusCode::TOO_MANY_REQUESTS {
            refused = Some(reply);
            break;
        }
    }
    let refused = refused.expect("refused once over the limit");
    let wait: u64 = refused.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    assert!(refused.body.contains("Too many forms have been sent"));
    assert!(refused.body.contains("Nothing you sent has been lost"));
    // Another address behind the same proxy is not held back.
    let other = app.send(send("198.51.100.2")).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
}

/// The text after `before` (up to the next `<`).
fn text_after<'a>(body: &'a str, before: &str) -> &'a str {
    let start = body.find(before).unwrap_or_else(|| panic!("no {before:?}")) + before.len();
    body[start..].split('<').next().unwrap()
}

/// The text of the element with `data-testid="{id}"` in a page.
fn test_id_text<'a>(body: &'a str, id: &str) -> &'a str {
    let marker = format!("data-testid=\"{id}\"");
    let start = body.find(&marker).unwrap_or_else(|| panic!("no {marker}"));
    let open = start + body[start..].find('>').unwrap() + 1;
    body[open..].split('<').next().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saved_answers_come_back_by_code_or_emailed_link_and_a_copy_is_emailed() {
    const PARK: &str = app::demo::RIVERSIDE_PARK;
    let (app, sink) = test_app_with_mail().await;
    let q = park_questionnaire(&app).await;
    let start = format!("/consultations/{PARK}/respond");
    let first = app.get(&start).await;
    assert!(first.body.contains("Save and come back later"));
    assert!(first.body.contains("name=\"intent\""));

    // "Save and come back later" on page 1: the return code, shown once, privately.
    let no = chosen(&q, "Do you visit Riverside Park?", "No, I do not visit it");
    let save = field("intent", "save");
    let saved = app.post_form(&start, &[no.clone(), save.clone()]).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(saved.headers[header::CACHE_CONTROL], "no-store");
    assert!(saved.body.contains("Your answers have been saved"));
    let code = test_id_text(&saved.body, "return-code").to_string();
    assert_eq!(code.len(), 14, "{code}");
    assert!(saved.body.contains("closes at"));
    // The saved page opened by its address shows no code.
    let bare = app.get(&format!("/consultations/{PARK}/saved")).await;
    assert_eq!(bare.status, StatusCode::OK);
    assert!(!bare.body.contains(&code));
    assert!(bare.body.contains(&format!("/consultations/{PARK}/return")));

    // Continue a saved response: the code, refused with what to do, then accepted.
    let return_page = format!("/consultations/{PARK}/return");
    let page = app.get(&return_page).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    assert!(page.body.contains("Return code"));
    let wrong = app
        .post_form(&return_page, &[field("code", "0000-0000-0000")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("There is a problem"));
    assert!(
        wrong
            .body
            .contains("No saved answers to this consultation have that return code")
    );
    assert!(
        wrong.body.contains("value=\"0000-0000-0000\""),
        "kept as typed"
    );
    let hostile = app
        .post_form(&return_page, &[field("code", "<script>alert(1)</script>")])
        .await;
    assert_eq!(hostile.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!hostile.body.contains("<script>alert(1)"));
    let typed = code.to_lowercase().replace('-', " ");
    let back = app.post_form(&return_page, &[field("code", &typed)]).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
    let page4 = back.location().to_string();
    assert!(
        page4.ends_with("/4"),
        "{page4}: page 1 was answered, page 4 is next"
    );

    // A link by email: a bad address is refused beside its field, the code still shown.
    let saved_page = format!("/consultations/{PARK}/saved");
    let bad = app
        .post_form(
            &saved_page,
            &[field("code", &code), field("email", "jo@example")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body
            .contains("Enter an email address in the correct format")
    );
    assert!(bad.body.contains(&code));
    // What was typed comes back without the characters no text may hold (the fuzzer's find).
    let nul = app
        .post_form(
            &saved_page,
            &[
                field("code", &code),
                field("email", "jo\u{0}@example\u{7f}"),
            ],
        )
        .await;
    assert_eq!(nul.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!nul.body.contains('\u{0}') && !nul.body.contains('\u{7f}'));
    let unknown = app
        .post_form(
            &saved_page,
            &[
                field("code", "0000-0000-0000"),
                field("email", "jo@example.com"),
            ],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let asked = app
        .post_form(
            &saved_page,
            &[field("code", &code), field("email", "jo@example.com")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    assert!(asked.body.contains("We have sent a link to"));
    let messages = sink.wait_for(1).await;
    assert_eq!(messages[0].to, ["jo@example.com"]);
    assert!(messages[0].subject().contains("Improving Riverside Park"));
    let text = messages[0].part("text/plain");
    let prefix = format!("https://consult.example.gov.uk/consultations/{PARK}/return/");
    let link = text_after(&text, &prefix)
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    assert_eq!(link.len(), 32, "{text}");
    assert!(
        messages[0]
            .part("text/html")
            .contains(&format!("{prefix}{link}"))
    );

    // The link opens the answers at a new address; the address before stops working.
    let opened = app
        .get(&format!("/consultations/{PARK}/return/{link}"))
        .await;
    assert!(opened.status.is_redirection(), "{}", opened.status);
    assert_eq!(opened.headers[header::CACHE_CONTROL], "no-store");
    let page4_again = opened.location().to_string();
    assert!(page4_again.ends_with("/4"), "{page4_again}");
    assert_ne!(page4_again, page4);
    let stale = app.get(&page4).await;
    assert_eq!(stale.status, StatusCode::NOT_FOUND);
    assert!(
        stale.body.contains("return code"),
        "the page says what to do"
    );
    let dead = app
        .get(&format!(
            "/consultations/{PARK}/return/0123456789abcdef0123456789abcdef"
        ))
        .await;
    assert_eq!(dead.status, StatusCode::NOT_FOUND);
    assert!(dead.body.contains("This link does not work"));

    // Saved again from page 4, half done: a new code; the page keeps what was typed.
    let page4 = page4_again;
    let far = chosen(
        &q,
        "What stops you visiting the park?",
        "It is too far away",
    );
    let again = app.post_form(&page4, std::slice::from_ref(&save)).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    let second_code = test_id_text(&again.body, "return-code").to_string();
    assert_ne!(second_code, code);
    let back = app
        .post_form(&return_page, &[field("code", &second_code)])
        .await;
    let page4 = back.location().to_string();
    assert!(page4.ends_with("/4"));
    let next = app.post_form(&page4, std::slice::from_ref(&far)).await;
    assert_eq!(next.status, StatusCode::SEE_OTHER);
    let page5 = next.location().to_string();
    let check = app.post_form(&page5, &[]).await.location().to_string();
    assert!(check.ends_with("/check"), "{check}");

    // Check your answers asks for an address for a copy (optional); a bad one is refused.
    let shown = app.get(&check).await;
    assert!(shown.body.contains("Email address (optional)"));
    let before = app.response_count().await;
    let refused = app
        .post_form(&check, &[field("email", "jo at example.com")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("There is a problem"));
    assert!(refused.body.contains("value=\"jo at example.com\""));
    assert!(
        refused.body.contains("Check your answers"),
        "the same page, drawn again"
    );
    assert_eq!(app.response_count().await, before);
    let sent = app
        .post_form(&check, &[field("email", "jo@example.com")])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(
        sent.location().ends_with("?copy=sent"),
        "{}",
        sent.location()
    );
    assert_eq!(app.response_count().await, before + 1);
    let confirmation = app.get(sent.location()).await;
    assert!(
        confirmation
            .body
            .contains("We are emailing a copy of your answers")
    );
    let reference = test_id_text(&confirmation.body, "reference").to_string();
    let messages = sink.wait_for(2).await;
    let receipt = &messages[1];
    assert!(
        receipt.subject().contains(&reference),
        "{}",
        receipt.subject()
    );
    let text = receipt.part("text/plain");
    assert!(text.contains(&format!("Your reference number: {reference}")));
    assert!(text.contains("It is too far away"));
    assert!(text.contains("No, I do not visit it"));
    let html = receipt.part("text/html");
    assert!(html.contains("<dl") && html.contains("It is too far away"));
    // The code of sent answers now leads to their confirmation.
    let done = app
        .post_form(&return_page, &[field("code", &second_code)])
        .await;
    assert!(
        done.location().contains("/confirmation/"),
        "{}",
        done.location()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_enter_a_paper_response_with_a_plain_form_and_it_is_counted_by_channel() {
    let app = test_app().await;
    let path = format!("/staff/consultations/{OPEN}/enter-response");
    // Signed out: to sign in, and back here after.
    let anonymous = app.get(&path).await;
    assert!(anonymous.status.is_redirection(), "{}", anonymous.status);
    assert!(anonymous.location().starts_with("/staff/sign-in"));
    let posted = app.post_form(&path, &[]).await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
    assert!(
        posted
            .location()
            .starts_with("/staff/sign-in?next=/staff/consultations/")
    );

    let cookie = signed_in(&app).await;
    let page = app.get_with_cookie(&path, &cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Enter a response"));
    assert!(page.body.contains("How did the response arrive?"));
    assert!(page.body.contains("name=\"form_token\""));
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    let token = page
        .body
        .split("name=\"form_token\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    let form = app.form().await;
    let why = form.questionnaire.questions().nth(2).unwrap().field_name();

    // Refused: every problem listed, every value kept, nothing stored.
    let before = app.response_count().await;
    let refused = post_with_cookie(
        &app,
        &path,
        &[
            field("form_token", &token),
            field(&why, "Posted <b>by hand</b>"),
            field("received-day", "31"),
            field("received-month", "2"),
            field("received-year", "2026"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Select how the response arrived"));
    assert!(refused.body.contains("must be a real date"));
    assert!(
        refused.body.contains("Posted &lt;b&gt;by hand&lt;/b&gt;"),
        "kept, escaped"
    );
    assert_eq!(app.response_count().await, before);

    let entered = post_with_cookie(
        &app,
        &path,
        &[
            field("form_token", &token),
            field("channel", "paper"),
            field(&why, "Posted by hand"),
            field("received-day", "1"),
            field("received-month", "1"),
            field("received-year", "2026"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(entered.status, StatusCode::SEE_OTHER, "{}", entered.body);
    assert!(
        entered.location().ends_with("?entered=yes"),
        "{}",
        entered.location()
    );
    assert_eq!(app.response_count().await, before + 1);
    let shown = app.get_with_cookie(entered.location(), &cookie).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("Response entered and counted"));
    assert!(shown.body.contains("Paper"));
    assert!(shown.body.contains("1 January 2026"));
    assert!(shown.body.contains("Entered by"));
    assert!(shown.body.contains("Posted by hand"));
    // The dashboard counts it by channel.
    let results = app
        .get_with_cookie(&format!("/staff/consultations/{OPEN}/results"), &cookie)
        .await;
    assert!(
        results.body.contains("Paper"),
        "the dashboard names the channel"
    );
    // The responses list offers the form.
    let list = app
        .get_with_cookie(&format!("/staff/consultations/{OPEN}/responses"), &cookie)
        .await;
    assert!(list.body.contains(&format!("href=\"{path}\"")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_about_this_response_block_is_added_once_with_its_standard_keys() {
    use app::domain::library::standard;
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let slug = "public-art-strategy";
    let path = format!("/staff/consultations/{slug}/questionnaire");
    let page = app.get_with_cookie(&path, &cookie).await;
    assert!(page.body.contains("value=\"library:about_response\""));
    let before = draft_of(&app, slug).await;
    let added = post_with_cookie(
        &app,
        &path,
        &[
            field("revision", &before.revision),
            field("do", "library:about_response"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let after = draft_of(&app, slug).await;
    let last = after.questionnaire.pages.last().unwrap();
    assert_eq!(last.title.as_deref(), Some("About your response"));
    let keys: Vec<&str> = last.questions.iter().map(|q| q.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            standard::RESPONDING_AS,
            standard::ORGANISATION,
            standard::NAME,
            standard::PUBLISH
        ]
    );
    // Twice: refused with a clear message, nothing changed.
    let again = post_with_cookie(
        &app,
        &path,
        &[
            field("revision", &after.revision),
            field("do", "library:about_response"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "{}", again.body);
    assert!(again.body.contains("already asks"), "{}", again.body);
    assert_eq!(draft_of(&app, slug).await.revision, after.revision);
    // As respondents see it: consent asked, required.
    let preview = app
        .get_with_cookie(&format!("/staff/consultations/{slug}/preview"), &cookie)
        .await;
    assert!(preview.body.contains("May we publish your response?"));
    assert!(preview.body.contains("Yes, but without any name"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outline_warns_of_a_page_no_answers_lead_to() {
    const PARK: &str = app::demo::RIVERSIDE_PARK;
    let app = test_app().await;
    let cookie = signed_in(&app).await;
    let outline = format!("/staff/consultations/{PARK}/questionnaire");
    let before = app.get_with_cookie(&outline, &cookie).await;
    assert!(!before.body.contains("data-testid=\"unreachable\""));
    // The first question is required: when both "Yes" answers skip to page 3 (and "No" goes to
    // page 4), nothing leads to page 2.
    let draft = draft_of(&app, PARK).await;
    let q = &draft.questionnaire;
    let visits = &q.pages[0].questions[0];
    assert!(visits.required);
    let options = visits.kind.options();
    let to_page_3 = format!("page:{}", q.pages[2].key);
    let route = |option: usize| {
        app::domain::routing::outline_route_field(&visits.key, &options[option].key)
    };
    let fields = vec![
        field("revision", &draft.revision),
        field("do", &format!("routes:{}", visits.key)),
        field(&route(0), &to_page_3),
        field(&route(1), &to_page_3),
        field(&route(2), &format!("page:{}", q.pages[3].key)),
    ];
    let saved = post_with_cookie(&app, &outline, &fields, &cookie).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = app.get_with_cookie(&outline, &cookie).await;
    assert_eq!(after.body.matches("data-testid=\"unreachable\"").count(), 1);
    let page_2 = after
        .body
        .find(&format!("id=\"item-{}\"", q.pages[1].key))
        .unwrap();
    let page_3 = after
        .body
        .find(&format!("id=\"item-{}\"", q.pages[2].key))
        .unwrap();
    let warning = after.body.find("data-testid=\"unreachable\"").unwrap();
    assert!(
        page_2 < warning && warning < page_3,
        "the warning is on page 2"
    );
    assert!(after.body.contains("No answers lead to this page"));
}

/// The Welsh site is the English one under `/cy` (decision 0030): every page says its language,
/// offers the other, keeps its links, forms and redirects in Welsh, and marks the consultation's
/// own English words `lang="en"`.
#[tokio::test]
async fn the_welsh_pages_live_under_cy_and_stay_in_welsh() {
    const PARK: &str = app::demo::RIVERSIDE_PARK;
    let app = test_app().await;
    let q = park_questionnaire(&app).await;

    let english = app.get("/").await;
    assert!(
        english.body.contains("<html lang=\"en\""),
        "{}",
        &english.body[..200]
    );
    assert!(
        english
            .body
            .contains("href=\"/cy\" hreflang=\"cy\" lang=\"cy\"")
    );
    assert!(english.body.contains("Open consultations"));

    let welsh = app.get("/cy").await;
    assert_eq!(welsh.status, StatusCode::OK);
    assert!(welsh.body.contains("<html lang=\"cy\""));
    assert!(welsh.body.contains("Ymgynghoriadau sydd ar agor"));
    assert!(welsh.body.contains("Dweud eich dweud"));
    assert!(!welsh.body.contains("Open consultations"));
    // The switch goes back to the same page in English, named in English.
    assert!(
        welsh
            .body
            .contains("href=\"/\" hreflang=\"en\" lang=\"en\"")
    );
    assert!(
        welsh
            .body
            .contains(&format!("href=\"/cy/consultations/{PARK}\""))
    );
    assert!(
        welsh.body.contains("lang=\"en\" class=\"card__link\""),
        "the consultation's English title is marked"
    );
    assert_eq!(app.get("/cy/").await.status, StatusCode::OK);

    let overview = app.get(&format!("/cy/consultations/{PARK}")).await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(overview.body.contains("Ymateb ar-lein"));
    assert!(
        overview
            .body
            .contains(&format!("href=\"/cy/consultations/{PARK}/respond\""))
    );
    assert!(
        overview
            .body
            .contains(&format!("href=\"/consultations/{PARK}\" hreflang=\"en\""))
    );
    let months = [
        "Ionawr",
        "Chwefror",
        "Mawrth",
        "Ebrill",
        "Mai",
        "Mehefin",
        "Gorffennaf",
        "Awst",
        "Medi",
        "Hydref",
        "Tachwedd",
        "Rhagfyr",
    ];
    assert!(
        months.iter().any(|m| overview.body.contains(m)),
        "dates are written in Welsh"
    );

    // Answering in Welsh: the pages, their forms and the redirects after each post.
    let start = format!("/cy/consultations/{PARK}/respond");
    let first = app.get(&start).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(first.body.contains("Tudalen 1 o 5"), "{}", first.body);
    assert!(first.body.contains(">Parhau<"));
    assert!(first.body.contains("Cadw a dod yn ôl yn nes ymlaen"));
    assert!(
        first
            .body
            .contains(&format!("action=\"/cy/consultations/{PARK}/respond\""))
    );
    let refused = app.post_form(&start, &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Mae problem wedi codi"));
    assert!(refused.body.contains("<html lang=\"cy\""));

    let no = chosen(&q, "Do you visit Riverside Park?", "No, I do not visit it");
    let begun = app.post_form(&start, std::slice::from_ref(&no)).await;
    assert_eq!(begun.status, StatusCode::SEE_OTHER, "{}", begun.body);
    let page4 = begun.location().to_string();
    assert!(
        page4.starts_with(&format!("/cy/consultations/{PARK}/respond/")),
        "the redirect stays in Welsh: {page4}"
    );
    let shown = app.get(&page4).await;
    assert!(shown.body.contains("Tudalen 2 o 3"));
    assert!(shown.body.contains("class=\"back-link\">Yn ôl<"));
    let english_page = page4.trim_start_matches("/cy");
    assert!(
        app.get(english_page).await.body.contains("Page 2 of 3"),
        "the same answers in English"
    );
    // Check your answers in Welsh: an option's label with no Welsh is marked English, inside
    // a Welsh line.
    let (draft_path, _) = page4.rsplit_once('/').unwrap();
    let check = app.get(&format!("{draft_path}/check")).await;
    assert_eq!(check.status, StatusCode::OK, "{}", check.body);
    assert!(
        check.body.contains(
            "<p class=\"body answer-line\"><span lang=\"en\">No, I do not visit it</span></p>"
        ),
        "{}",
        check.body
    );
    // A refusal the server words before it knows the page (a filled-in honeypot) is in Welsh.
    let robot = app
        .post_form(
            &start,
            &[no.clone(), field("website", "http://spam.example")],
        )
        .await;
    assert_eq!(robot.status, StatusCode::BAD_REQUEST);
    assert!(
        robot.body.contains("Nid oedd modd anfon eich atebion"),
        "{}",
        robot.body
    );

    // Staff pages are in Welsh too (decision 0031), with the switch; the Welsh pages' "Staff"
    // link stays in Welsh.
    let staff = app.get("/cy/staff/sign-in").await;
    assert_eq!(staff.status, StatusCode::OK);
    assert!(staff.body.contains("<html lang=\"cy\""));
    assert!(staff.body.contains("Mewngofnodi i reoli ymgynghoriadau"));
    assert!(staff.body.contains("data-testid=\"language-switch\""));
    assert!(welsh.body.contains("href=\"/cy/staff\""));

    // A request no form of ours sends is refused in Welsh too.
    let refused = app
        .send(
            Request::post(format!("/cy/consultations/{PARK}/respond"))
                .header(header::CONTENT_TYPE, "text/plain")
                .header(header::ACCEPT, "text/html")
                .body(Body::from("x"))
                .unwrap(),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(refused.body.contains("<html lang=\"cy\""));
    assert!(
        refused
            .body
            .contains("Mae’r cyfeiriad hwn yn derbyn ffurflenni HTML yn unig."),
        "{}",
        refused.body
    );

    // Only `/cy` itself and what is under it are Welsh; a missing page says so in Welsh.
    assert_eq!(app.get("/cymru").await.status, StatusCode::NOT_FOUND);
    let missing = app.get("/cy/no-such-page").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("Heb ddod o hyd i’r dudalen"));
    assert!(missing.body.contains("<html lang=\"cy\""));
}

/// Staff give the Welsh of a consultation's texts on one plain form (decision 0030); Welsh pages
/// show it unmarked, and mark what is still English.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_write_the_welsh_version_and_welsh_pages_show_it() {
    let app = test_app().await;
    let path = format!("/staff/consultations/{OPEN}/welsh");
    let anonymous = app.get(&path).await;
    assert!(anonymous.location().starts_with("/staff/sign-in"));
    assert_eq!(
        app.post_form(&path, &[]).await.status,
        StatusCode::SEE_OTHER
    );

    let cookie = signed_in(&app).await;
    let page = app.get_with_cookie(&path, &cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Welsh version"));
    assert!(page.body.contains("name=\"welsh.title\""));
    assert!(page.body.contains("lang=\"cy\""), "the boxes take Welsh");
    assert!(page.body.contains("0 of "), "nothing translated yet");
    let questionnaire = app
        .get_with_cookie(
            &format!("/staff/consultations/{OPEN}/questionnaire"),
            &cookie,
        )
        .await;
    assert!(questionnaire.body.contains(&format!("href=\"{path}\"")));

    // A refused form keeps every box as typed, escaped.
    let long = "<b>".repeat(14_000);
    let refused = post_with_cookie(
        &app,
        &path,
        &[
            field("welsh.title", &long),
            field("welsh.summary", "Ein strydoedd"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("The Welsh for consultation title must be 2000 characters or fewer")
    );
    assert!(refused.body.contains("Ein strydoedd"));
    assert!(!refused.body.contains("<b><b>"), "typed markup is text");

    let saved = post_with_cookie(
        &app,
        &path,
        &[
            field(
                "welsh.title",
                "Terfynau cyflymder 20mya mewn strydoedd preswyl",
            ),
            field("welsh.summary", "<script>alert(1)</script> Dywedwch wrthym"),
        ],
        &cookie,
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location(), format!("{path}?saved=yes"));
    let page = app.get_with_cookie(saved.location(), &cookie).await;
    assert!(page.body.contains("The Welsh has been saved."));
    assert!(page.body.contains("2 of "));

    // The Welsh pages show it, unmarked; what has no Welsh is marked English.
    let hub = app.get("/cy").await;
    assert!(
        hub.body
            .contains(">Terfynau cyflymder 20mya mewn strydoedd preswyl<")
    );
    assert!(!hub.body.contains("<script>alert(1)</script>"));
    assert!(
        hub.body
            .contains("&lt;script&gt;alert(1)&lt;/script&gt; Dywedwch wrthym")
    );
    let overview = app.get(&format!("/cy/consultations/{OPEN}")).await;
    assert!(
        overview.body.contains(
            "<h1 class=\"heading-xl\">Terfynau cyflymder 20mya mewn strydoedd preswyl</h1>"
        ),
        "{}",
        overview.body
    );
    assert!(
        overview.body.contains("lang=\"en\" class=\"prose\""),
        "the description has no Welsh"
    );
    let english = app.get(&format!("/consultations/{OPEN}")).await;
    assert!(
        !english.body.contains("Terfynau"),
        "English pages stay English"
    );
    let respond = app.get(&format!("/cy/consultations/{OPEN}/respond")).await;
    assert!(respond.body.contains("Terfynau cyflymder 20mya"));

    // A title is text in <title> too: it cannot end the element and start markup.
    let hostile = post_with_cookie(
        &app,
        &path,
        &[
            field("welsh.title", "A & B </title><script>alert(3)</script>"),
            field(
                "welsh.summary",
                "Say \"no\" <script>alert(4)</script> & more",
            ),
        ],
        &cookie,
    )
    .await;
    assert_eq!(hostile.status, StatusCode::SEE_OTHER);
    let overview = app.get(&format!("/cy/consultations/{OPEN}")).await;
    assert!(
        overview.body.contains(
            "<title>A &amp; B &lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt; \u{2013} Dweud eich dweud</title>"
        ),
        "{}",
        &overview.body[..600]
    );
    assert!(!overview.body.contains("<script>alert(3)"));
    // The summary is the page's description for search engines: an attribute, escaped.
    assert!(
        overview.body.contains(
            r#"<meta name="description" content="Say &quot;no&quot; &lt;script&gt;alert(4)&lt;/script&gt; &amp; more">"#
        ),
        "{}",
        &overview.body[..1200]
    );
    assert!(!overview.body.contains("<script>alert(4)"));
    let home = app.get("/").await;
    assert!(home.body.contains(
        r#"<meta name="description" content="Find consultations from the council and its partners"#
    ));
}

/// The staff pages in Welsh (decision 0031): every staff page reached from the Welsh staff home
/// (and a consultation's questionnaire) is a Welsh page with the switch back to itself, and none
/// says in English what its English page says, except the consultation's own words, marked
/// `lang="en"`, and names.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_pages_are_in_welsh_under_cy() {
    use app::domain::Language;
    use app::domain::interface_text::text;
    let app = test_app().await;

    // Signing in, in Welsh: a mistake is told in Welsh, and the way in stays Welsh.
    let wrong = app
        .post_form(
            "/cy/staff/sign-in",
            &[
                field("email", app::demo::DEMO_STAFF_EMAIL),
                field("password", "not the password"),
            ],
        )
        .await;
    assert!(wrong.body.contains("<html lang=\"cy\""));
    assert!(
        wrong
            .body
            .contains(&text(Language::Welsh, "staff-sign-in-not-right")),
        "{}",
        wrong.body
    );
    let reply = app
        .post_form(
            "/cy/staff/sign-in",
            &[
                field("email", app::demo::DEMO_STAFF_EMAIL),
                field("password", app::demo::DEMO_STAFF_PASSWORD),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), "/cy/staff");
    let cookie = reply.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();

    let mut to_visit = std::collections::VecDeque::from([
        "/staff".to_string(),
        format!("/staff/consultations/{OPEN}/questionnaire"),
    ]);
    let mut seen: std::collections::BTreeSet<String> = to_visit.iter().cloned().collect();
    let mut visited = 0;
    let mut untranslated = Vec::new();
    while let Some(path) = to_visit.pop_front() {
        let welsh = app.get_with_cookie(&format!("/cy{path}"), &cookie).await;
        let is_html = welsh
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
        if !is_html {
            continue;
        }
        visited += 1;
        assert_eq!(welsh.status, StatusCode::OK, "/cy{path}");
        assert!(welsh.body.contains("<html lang=\"cy\""), "/cy{path}");
        assert!(
            welsh.body.contains(" \u{2013} Dweud eich dweud</title>"),
            "/cy{path}: the title is Welsh to its end"
        );
        let bare = path.split('?').next().unwrap();
        assert!(
            welsh
                .body
                .contains(&format!("href=\"{bare}\" hreflang=\"en\" lang=\"en\"")),
            "/cy{path}: the switch leads to the English page"
        );
        let english = app.get_with_cookie(&path, &cookie).await;
        let english_texts = page_texts(&english.body, false);
        for words in page_texts(&welsh.body, true) {
            if english_texts.contains(&words) {
                untranslated.push(format!("/cy{path}: {words}"));
            }
        }
        // Staff links of this page, in Welsh; only this consultation's, so the walk stays short.
        let document = scraper::Html::parse_document(&welsh.body);
        let links = scraper::Selector::parse("a[href]").unwrap();
        for link in document.select(&links) {
            let href = link.value().attr("href").unwrap_or_default();
            let Some(next) = href.strip_prefix("/cy") else {
                // (The switch to English is the one link that leaves Welsh.)
                assert!(
                    !href.starts_with("/staff") || link.value().attr("hreflang") == Some("en"),
                    "/cy{path} links to the English {href}"
                );
                continue;
            };
            let next = next.split('#').next().unwrap().to_string();
            let ours = next == "/staff"
                || next.starts_with(&format!("/staff/consultations/{OPEN}"))
                || next.starts_with("/staff/library");
            if ours && !next.contains("/file") && seen.insert(next.clone()) && seen.len() < 60 {
                to_visit.push_back(next);
            }
        }
    }
    assert!(
        visited >= 10,
        "only {visited} staff pages reached: {seen:?}"
    );
    assert!(
        untranslated.is_empty(),
        "English left on Welsh staff pages: {untranslated:#?}"
    );
}

/// The words a person reads on a page: its text, less scripts and (on a Welsh page) what is
/// marked English; only runs of three words or more, so names and numbers do not count.
fn page_texts(body: &str, skip_marked_english: bool) -> std::collections::BTreeSet<String> {
    let document = scraper::Html::parse_document(body);
    let mut texts = std::collections::BTreeSet::new();
    for node in document.tree.nodes() {
        let Some(words) = node.value().as_text() else {
            continue;
        };
        let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
        if words.split(' ').count() < 3 {
            continue;
        }
        let hidden = node.ancestors().any(|ancestor| {
            ancestor.value().as_element().is_some_and(|element| {
                matches!(element.name(), "script" | "style" | "title")
                    || (skip_marked_english && element.attr("lang") == Some("en"))
            })
        });
        if !hidden {
            texts.insert(words);
        }
    }
    texts
}

/// Sets the session cookie `cookie`'s row to have been last used `idle` ago and begun `age` ago:
/// the tests' moved clock for session lifetimes.
async fn age_session(app: &TestApp, cookie: &str, idle: chrono::Duration, age: chrono::Duration) {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    let token = cookie.split_once('=').unwrap().1;
    let hash = app::staff::service::token_hash(token);
    let now = chrono::Utc::now();
    app::db::entities::staff_session::Entity::update_many()
        .col_expr(
            app::db::entities::staff_session::Column::ExpiresAt,
            Expr::value(now - idle + app::staff::service::SESSION_IDLE),
        )
        .col_expr(
            app::db::entities::staff_session::Column::CreatedAt,
            Expr::value(now - age),
        )
        .filter(app::db::entities::staff_session::Column::TokenHash.eq(hash))
        .exec(&app.state.db)
        .await
        .unwrap();
}

/// A session ends after an hour unused or twelve hours in all, and using it keeps it going; a
/// deactivated account's sessions end and it signs in no more (told only what a wrong password is
/// told).
#[tokio::test]
async fn staff_sessions_end_when_idle_too_long_or_too_old() {
    use chrono::Duration;
    let app = test_app().await;
    let staff = format!("/staff/consultations/{OPEN}/results");

    let cookie = signed_in(&app).await;
    age_session(&app, &cookie, Duration::minutes(59), Duration::hours(2)).await;
    let used = app.get_with_cookie(&staff, &cookie).await;
    assert_eq!(used.status, StatusCode::OK, "used within the hour");
    // Using it moved its idle deadline on by an hour.
    {
        use sea_orm::EntityTrait;
        let token = cookie.split_once('=').unwrap().1;
        let hash = app::staff::service::token_hash(token);
        let sessions = app::db::entities::staff_session::Entity::find()
            .all(&app.state.db)
            .await
            .unwrap();
        let session = sessions.iter().find(|s| s.token_hash == hash).unwrap();
        assert!(session.expires_at > chrono::Utc::now() + Duration::minutes(59));
    }

    age_session(&app, &cookie, Duration::minutes(61), Duration::hours(2)).await;
    let idle = app.get_with_cookie(&staff, &cookie).await;
    assert_eq!(idle.status, StatusCode::FOUND, "an hour unused");
    assert!(idle.location().starts_with("/staff/sign-in?next="));

    let cookie = signed_in(&app).await;
    age_session(&app, &cookie, Duration::minutes(1), Duration::hours(12)).await;
    let old = app.get_with_cookie(&staff, &cookie).await;
    assert_eq!(old.status, StatusCode::FOUND, "twelve hours old");

    // Deactivated: the live session ends at once, and the right password no longer signs in.
    let cookie = signed_in(&app).await;
    {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
        app::db::entities::staff_user::Entity::update_many()
            .col_expr(
                app::db::entities::staff_user::Column::DeactivatedAt,
                Expr::value(chrono::Utc::now()),
            )
            .filter(app::db::entities::staff_user::Column::Email.eq(app::demo::DEMO_STAFF_EMAIL))
            .exec(&app.state.db)
            .await
            .unwrap();
    }
    let gone = app.get_with_cookie(&staff, &cookie).await;
    assert_eq!(gone.status, StatusCode::FOUND);
    let refused = app
        .post_form(
            "/staff/sign-in",
            &[
                field("email", app::demo::DEMO_STAFF_EMAIL),
                field("password", app::demo::DEMO_STAFF_PASSWORD),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert!(
        refused
            .body
            .contains("The email address or password is not right")
    );
}

/// Failed sign-ins back off: after five wrong passwords for one account from one address each
/// further attempt waits (429, `Retry-After`, a sentence saying how long, in Welsh on the Welsh
/// page), without the password being checked, so even the right one waits; another address is
/// not held up by it; once the wait is over the right password signs in and the count is
/// forgotten.
#[tokio::test]
async fn failed_sign_ins_back_off_without_locking_the_person_out() {
    use sea_orm::{EntityTrait, PaginatorTrait, sea_query::Expr};
    let app = test_app().await;
    let attempt = |password: &'static str, address: &'static str, welsh: bool| {
        let path = if welsh {
            "/cy/staff/sign-in"
        } else {
            "/staff/sign-in"
        };
        let request = form_request(path)
            .extension(axum::extract::ConnectInfo(std::net::SocketAddr::from((
                address.parse::<std::net::IpAddr>().unwrap(),
                4000,
            ))))
            .body(Body::from(encode(&[
                field("email", app::demo::DEMO_STAFF_EMAIL),
                field("password", password),
            ])))
            .unwrap();
        app.send(request)
    };
    for _ in 0..5 {
        let wrong = attempt("not the password", "192.0.2.1", false).await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    }
    let sixth = attempt("not the password", "192.0.2.1", false).await;
    assert_eq!(
        sixth.status,
        StatusCode::UNAUTHORIZED,
        "the sixth is checked"
    );
    let waiting = attempt(app::demo::DEMO_STAFF_PASSWORD, "192.0.2.1", false).await;
    assert_eq!(
        waiting.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        waiting.body
    );
    assert_eq!(waiting.headers[header::RETRY_AFTER], "1");
    assert!(
        waiting.body.contains(
            "There have been too many attempts to sign in. Wait 1 second, then try again."
        ),
        "{}",
        waiting.body
    );
    assert!(!waiting.headers.contains_key(header::SET_COOKIE));
    let welsh = attempt(app::demo::DEMO_STAFF_PASSWORD, "192.0.2.1", true).await;
    assert_eq!(welsh.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(welsh.body.contains("Arhoswch 1 eiliad"), "{}", welsh.body);
    // The person at their own address is not held up.
    let elsewhere = attempt(app::demo::DEMO_STAFF_PASSWORD, "198.51.100.7", false).await;
    assert_eq!(elsewhere.status, StatusCode::SEE_OTHER);

    // The wait over (moved into the past), the right password signs in and the account's counts
    // are forgotten; the address's stays.
    app::db::entities::sign_in_backoff::Entity::update_many()
        .col_expr(
            app::db::entities::sign_in_backoff::Column::BlockedUntil,
            Expr::value(chrono::Utc::now() - chrono::Duration::seconds(1)),
        )
        .exec(&app.state.db)
        .await
        .unwrap();
    let signed_in = attempt(app::demo::DEMO_STAFF_PASSWORD, "192.0.2.1", false).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    let counts = app::db::entities::sign_in_backoff::Entity::find()
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(counts, 1, "only the address's count is kept");
    // Nothing stored names the address or the account.
    for row in app::db::entities::sign_in_backoff::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap()
    {
        assert!(
            !row.key.contains("192.0.2.1") && !row.key.contains("demo"),
            "{}",
            row.key
        );
    }
}

/// The account page: who you are and your role in each workspace; changing your password
/// (every mistake said beside its field, passwords never sent back; done, your other sessions
/// end and this one goes on); signing out everywhere ends every session.
#[tokio::test]
async fn staff_change_their_password_and_sign_out_everywhere() {
    use app::staff::service::{create_staff, department_by_code};
    let app = test_app().await;
    let db = &app.state.db;
    let highways = department_by_code(db, "highways").await.unwrap();
    create_staff(
        db,
        "ann@example.gov.uk",
        "Ann <Analyst>",
        "first password 1",
        "analyst",
        Some(highways),
    )
    .await
    .unwrap();
    let here = signed_in_as(&app, "ann@example.gov.uk", "first password 1").await;
    let elsewhere = signed_in_as(&app, "ann@example.gov.uk", "first password 1").await;

    let page = app.get_with_cookie("/staff/account", &here).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    assert!(page.body.contains("Ann &lt;Analyst&gt;"), "name escaped");
    assert!(page.body.contains("Highways and Transport"));
    assert!(page.body.contains(">Analyst<"));
    let welsh = app.get_with_cookie("/cy/staff/account", &here).await;
    assert!(welsh.body.contains(">Dadansoddwr<"), "role in Welsh");

    let change = |current: &str, new: &str, confirm: &str| {
        vec![
            field("action", "change_password"),
            field("current_password", current),
            field("new_password", new),
            field("confirm_password", confirm),
        ]
    };
    for (fields, message) in [
        (change("", "", ""), "Enter your current password"),
        (change("", "", ""), "Enter a new password"),
        (
            change("first password 1", "second password 2", "second password 3"),
            "The passwords do not match",
        ),
        (
            change("not my password", "second password 2", "second password 2"),
            "Your current password is not right",
        ),
        (
            change("first password 1", "short", "short"),
            "12 characters or more",
        ),
        (
            change("first password 1", "first password 1", "first password 1"),
            "must be different from your current one",
        ),
    ] {
        let reply = post_with_cookie(&app, "/staff/account", &fields, &here).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        assert!(reply.body.contains(message), "{message}: {}", reply.body);
        assert!(reply.body.contains("There is a problem"), "{message}");
        assert!(!reply.body.contains("password 2") && !reply.body.contains("password 1"));
    }
    let done = post_with_cookie(
        &app,
        "/staff/account",
        &change("first password 1", "second password 2", "second password 2"),
        &here,
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(done.location(), "/staff/account?changed=1");
    let confirmed = app.get_with_cookie("/staff/account?changed=1", &here).await;
    assert!(confirmed.body.contains("Your password has been changed"));
    assert_eq!(
        app.get_with_cookie("/staff/account", &elsewhere)
            .await
            .status,
        StatusCode::FOUND,
        "the other session ended"
    );
    let again = signed_in_as(&app, "ann@example.gov.uk", "second password 2").await;

    // A form asking for nothing the page does is refused; signing out everywhere ends both.
    let odd = post_with_cookie(&app, "/staff/account", &[field("action", "x")], &here).await;
    assert_eq!(odd.status, StatusCode::BAD_REQUEST);
    let out = post_with_cookie(
        &app,
        "/staff/account",
        &[field("action", "sign_out_everywhere")],
        &here,
    )
    .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(out.location(), "/staff/sign-in?signed_out=1");
    for cookie in [&here, &again] {
        assert_eq!(
            app.get_with_cookie("/staff/account", cookie).await.status,
            StatusCode::FOUND
        );
    }
    // Signed out, the form only sends you to sign in.
    let anonymous = app
        .post_form("/staff/account", &[field("action", "sign_out_everywhere")])
        .await;
    assert_eq!(anonymous.location(), "/staff/sign-in?next=/staff/account");
}

/// Over HTTPS the session cookie is `__Host-` (Secure, Path=/, no Domain), and only that name
/// is read: a plain `consult_session` planted by a neighbouring site signs nobody in.
#[tokio::test]
async fn secure_sessions_use_the_host_prefix() {
    let serial = SERIAL.lock().await;
    let state = server::start(&test_config(true), test_options())
        .await
        .unwrap();
    let app = TestApp {
        router: server::router(state.clone()),
        state,
        _serial: Some(serial),
    };
    let reply = app
        .post_form(
            "/staff/sign-in",
            &[
                field("email", app::demo::DEMO_STAFF_EMAIL),
                field("password", app::demo::DEMO_STAFF_PASSWORD),
            ],
        )
        .await;
    let set = reply.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_string();
    assert!(set.starts_with("__Host-consult_session="), "{set}");
    assert!(set.contains("; Secure") && set.contains("; Path=/") && !set.contains("Domain"));
    let cookie = set.split(';').next().unwrap().to_string();
    assert_eq!(
        app.get_with_cookie("/staff", &cookie).await.status,
        StatusCode::OK
    );
    let planted = cookie.replacen("__Host-", "", 1);
    assert_eq!(
        app.get_with_cookie("/staff", &planted).await.status,
        StatusCode::FOUND
    );
}

/// Site admins add workspaces; workspace admins (and site admins) add people by their account's
/// email, change their roles and take them out, with every mistake said beside its field; a
/// workspace never loses its last admin; nobody manages a workspace that is not theirs.
#[tokio::test]
async fn workspaces_and_their_people_are_managed_in_the_browser() {
    use app::staff::service::{create_staff, department_by_code};
    let app = test_app().await;
    let db = &app.state.db;
    let highways = department_by_code(db, "highways").await.unwrap();
    let password = "a long enough password";
    for (email, role) in [
        ("hana.admin@example.gov.uk", "workspace_admin"),
        ("vic.viewer@example.gov.uk", "viewer"),
    ] {
        create_staff(db, email, "Someone", password, role, Some(highways))
            .await
            .unwrap();
    }
    let culture = department_by_code(db, "culture").await.unwrap();
    create_staff(
        db,
        "eve@example.gov.uk",
        "Eve <Editor>",
        password,
        "viewer",
        Some(culture),
    )
    .await
    .unwrap();
    let site_admin = signed_in(&app).await;
    let hana = signed_in_as(&app, "hana.admin@example.gov.uk", password).await;
    let viewer = signed_in_as(&app, "vic.viewer@example.gov.uk", password).await;

    // Adding a workspace: mistakes beside their fields; then a partner organisation.
    let create = |name: &str, code: &str, kind: &str| {
        vec![
            field("action", "create"),
            field("name", name),
            field("code", code),
            field("kind", kind),
        ]
    };
    let empty = post_with_cookie(&app, "/staff/workspaces", &create("", "", ""), &site_admin).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Enter the workspace's name",
        "Enter a code for the workspace",
        "Choose whether it is a department or a partner organisation",
    ] {
        assert!(empty.body.contains(message), "{message}: {}", empty.body);
    }
    let taken = post_with_cookie(
        &app,
        "/staff/workspaces",
        &create("Roads", "highways", "department"),
        &site_admin,
    )
    .await;
    assert!(
        taken
            .body
            .contains("Another workspace already has this code")
    );
    let bad = post_with_cookie(
        &app,
        "/staff/workspaces",
        &create("Police", "Police Force!", "partner"),
        &site_admin,
    )
    .await;
    assert!(bad.body.contains("The code must be lower-case letters"));
    assert!(bad.body.contains("value=\"Police\""), "the name is kept");
    let made = post_with_cookie(
        &app,
        "/staff/workspaces",
        &create("Riverside Police <Partnership>", "police", "partner"),
        &site_admin,
    )
    .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    assert_eq!(made.location(), "/staff/workspaces/police?done=created");
    let police = app
        .get_with_cookie("/staff/workspaces/police?done=created", &site_admin)
        .await;
    assert!(police.body.contains("Riverside Police &lt;Partnership&gt;"));
    assert!(police.body.contains("Partner organisation"));
    assert!(
        police
            .body
            .contains("Nobody belongs to this workspace yet.")
    );

    // Adding people: mistakes, then Eve as its admin.
    let add = |email: &str, role: &str| {
        vec![
            field("action", "add"),
            field("email", email),
            field("role", role),
        ]
    };
    let here = "/staff/workspaces/police";
    for (fields, message) in [
        (add("", ""), "Enter the email address of the person to add"),
        (add("", ""), "Choose a role"),
        (
            add("not an email", "editor"),
            "Enter an email address in the correct format",
        ),
        (
            add("nobody@example.gov.uk", "editor"),
            "No one has a staff account with this email address",
        ),
    ] {
        let reply = post_with_cookie(&app, here, &fields, &site_admin).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        assert!(reply.body.contains(message), "{message}: {}", reply.body);
    }
    let added = post_with_cookie(
        &app,
        here,
        &add("EVE@example.gov.uk", "workspace_admin"),
        &site_admin,
    )
    .await;
    assert_eq!(added.location(), "/staff/workspaces/police?done=added");
    let again = post_with_cookie(
        &app,
        here,
        &add("eve@example.gov.uk", "viewer"),
        &site_admin,
    )
    .await;
    assert!(again.body.contains("already belongs to the workspace"));
    let page = app.get_with_cookie(here, &site_admin).await;
    assert!(page.body.contains("Eve &lt;Editor&gt;"), "names escaped");
    assert!(page.body.contains("Change role of Eve &lt;Editor&gt;"));
    let eve = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        app::db::entities::staff_user::Entity::find()
            .filter(app::db::entities::staff_user::Column::Email.eq("eve@example.gov.uk"))
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    // The last admin keeps their role and place.
    let demote = vec![
        field("action", &format!("role:{eve}")),
        field(&format!("role-{eve}"), "viewer"),
    ];
    let refused = post_with_cookie(&app, here, &demote, &site_admin).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("keeps at least one workspace admin"));
    let out = vec![field("action", &format!("remove:{eve}"))];
    let refused = post_with_cookie(&app, here, &out, &site_admin).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    // With a second admin, the first may become an analyst, then be taken out.
    post_with_cookie(
        &app,
        here,
        &add("hana.admin@example.gov.uk", "workspace_admin"),
        &site_admin,
    )
    .await;
    let changed = post_with_cookie(
        &app,
        here,
        &[
            field("action", &format!("role:{eve}")),
            field(&format!("role-{eve}"), "analyst"),
        ],
        &site_admin,
    )
    .await;
    assert_eq!(changed.location(), "/staff/workspaces/police?done=changed");
    let removed = post_with_cookie(&app, here, &out, &site_admin).await;
    assert_eq!(removed.location(), "/staff/workspaces/police?done=removed");
    let gone = post_with_cookie(&app, here, &out, &site_admin).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    let odd = post_with_cookie(
        &app,
        here,
        &[field("action", "promote:everyone")],
        &site_admin,
    )
    .await;
    assert_eq!(odd.status, StatusCode::BAD_REQUEST);

    // Hana, a workspace admin of Highways (and now of the police): their workspaces only.
    let list = app.get_with_cookie("/staff/workspaces", &hana).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Highways and Transport"));
    assert!(!list.body.contains("Culture and Leisure"));
    assert!(!list.body.contains("Add a workspace"));
    assert_eq!(
        app.get_with_cookie("/staff/workspaces/culture", &hana)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let not_theirs = post_with_cookie(
        &app,
        "/staff/workspaces",
        &create("X", "x", "department"),
        &hana,
    )
    .await;
    assert_eq!(not_theirs.status, StatusCode::FORBIDDEN);
    // A viewer manages nothing; an unknown workspace is not found.
    assert_eq!(
        app.get_with_cookie("/staff/workspaces", &viewer)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_with_cookie("/staff/workspaces/nowhere", &site_admin)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Their staff bar offers the workspaces; a viewer's does not.
    assert!(
        app.get_with_cookie("/staff", &hana)
            .await
            .body
            .contains("href=\"/staff/workspaces\"")
    );
    assert!(
        !app.get_with_cookie("/staff", &viewer)
            .await
            .body
            .contains("href=\"/staff/workspaces\"")
    );
}

/// Site admins see every account and switch one off (it is signed out at once and signs in no
/// more) or on again; nobody switches off their own; nobody else sees the list.
#[tokio::test]
async fn site_admins_deactivate_and_reactivate_accounts() {
    use app::staff::service::{create_staff, department_by_code};
    let app = test_app().await;
    let db = &app.state.db;
    let highways = department_by_code(db, "highways").await.unwrap();
    let password = "a long enough password";
    let ed = create_staff(
        db,
        "ed@example.gov.uk",
        "Ed <Editor>",
        password,
        "editor",
        Some(highways),
    )
    .await
    .unwrap();
    let admin = signed_in(&app).await;
    let ed_cookie = signed_in_as(&app, "ed@example.gov.uk", password).await;

    let list = app.get_with_cookie("/staff/accounts", &admin).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Ed &lt;Editor&gt;"));
    assert!(list.body.contains("Highways and Transport (Editor)"));
    assert!(list.body.contains("This is you"));
    assert!(list.body.contains("Deactivate Ed &lt;Editor&gt;"));
    assert_eq!(
        app.get_with_cookie("/staff/accounts", &ed_cookie)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let refused = post_with_cookie(
        &app,
        "/staff/accounts",
        &[field("action", &format!("deactivate:{}", ed.id))],
        &ed_cookie,
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let off = post_with_cookie(
        &app,
        "/staff/accounts",
        &[field("action", &format!("deactivate:{}", ed.id))],
        &admin,
    )
    .await;
    assert_eq!(off.location(), "/staff/accounts?done=deactivated");
    assert_eq!(
        app.get_with_cookie("/staff", &ed_cookie).await.status,
        StatusCode::FOUND,
        "signed out at once"
    );
    let again = app
        .post_form(
            "/staff/sign-in",
            &[
                field("email", "ed@example.gov.uk"),
                field("password", password),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
    assert!(
        app.get_with_cookie("/staff/accounts", &admin)
            .await
            .body
            .contains("Reactivate Ed &lt;Editor&gt;")
    );
    let on = post_with_cookie(
        &app,
        "/staff/accounts",
        &[field("action", &format!("reactivate:{}", ed.id))],
        &admin,
    )
    .await;
    assert_eq!(on.location(), "/staff/accounts?done=reactivated");
    signed_in_as(&app, "ed@example.gov.uk", password).await;

    // Not oneself, not an account that does not exist, not a button that is not there.
    let me = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        app::db::entities::staff_user::Entity::find()
            .filter(app::db::entities::staff_user::Column::Email.eq(app::demo::DEMO_STAFF_EMAIL))
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    let mine = post_with_cookie(
        &app,
        "/staff/accounts",
        &[field("action", &format!("deactivate:{me}"))],
        &admin,
    )
    .await;
    assert_eq!(mine.status, StatusCode::CONFLICT);
    assert!(mine.body.contains("You cannot deactivate your own account"));
    let nobody = post_with_cookie(
        &app,
        "/staff/accounts",
        &[field("action", "deactivate:999999")],
        &admin,
    )
    .await;
    assert_eq!(nobody.status, StatusCode::NOT_FOUND);
    let odd = post_with_cookie(
        &app,
        "/staff/accounts",
        &[field("action", "delete:1")],
        &admin,
    )
    .await;
    assert_eq!(odd.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_audit_log_lists_filters_and_exports_what_staff_did() {
    use app::staff::service::{create_staff, department_by_code};
    let app = test_app().await;
    let db = &app.state.db;
    let highways = department_by_code(db, "highways").await.unwrap();
    let password = "a long enough password";
    create_staff(
        db,
        "ed@example.gov.uk",
        "Ed",
        password,
        "editor",
        Some(highways),
    )
    .await
    .unwrap();
    let admin = signed_in(&app).await;
    let ed = signed_in_as(&app, "ed@example.gov.uk", password).await;

    let created = post_with_cookie(
        &app,
        "/staff/workspaces",
        &[
            field("action", "create"),
            field("name", "Parks <b>&</b>"),
            field("code", "parks"),
            field("kind", "department"),
        ],
        &admin,
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let export = app
        .get_with_cookie(
            "/staff/consultations/20mph-speed-limits/results/responses.csv",
            &admin,
        )
        .await;
    assert_eq!(export.status, StatusCode::OK);

    let log = app.get_with_cookie("/staff/audit", &admin).await;
    assert_eq!(log.status, StatusCode::OK);
    let page = without_island_texts(&log.body);
    assert!(page.contains("Added a workspace"));
    assert!(page.contains("Parks &lt;b&gt;&amp;&lt;/b&gt;"));
    assert!(!page.contains("<b>&</b>"));
    assert!(page.contains("Exported responses"));
    assert!(page.contains("Signed in"));
    assert!(
        page.contains(r#"href="/staff/audit""#),
        "the staff bar links to it"
    );

    let filtered = app
        .get_with_cookie("/staff/audit?action=workspace-created&who=demo", &admin)
        .await;
    assert!(filtered.body.contains("Showing 1 entry."));
    let mistaken = app
        .get_with_cookie("/staff/audit?from=31%2F02%2F2026&to=yesterday", &admin)
        .await;
    assert_eq!(mistaken.status, StatusCode::OK);
    assert!(
        mistaken
            .body
            .contains("Enter a real date, for example 28/11/2026")
    );
    assert!(mistaken.body.contains(r##"href="#from""##));
    assert!(
        mistaken.body.contains(r#"value="31/02/2026""#),
        "kept to be mended"
    );

    let csv = app
        .get_with_cookie("/staff/audit/entries.csv?action=workspace-created", &admin)
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(
        csv.headers.get(header::CONTENT_TYPE).unwrap(),
        "text/csv; charset=utf-8"
    );
    assert!(
        csv.headers
            .get(header::CONTENT_DISPOSITION)
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"audit-log-")
    );
    assert!(csv.body.contains("workspace-created"));
    assert!(csv.body.contains("Parks <b>&</b>"));
    assert_eq!(csv.body.lines().count(), 2, "{}", csv.body);
    let bad = app
        .get_with_cookie("/staff/audit/entries.csv?from=never", &admin)
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    // The export itself is on the record.
    assert!(
        app.get_with_cookie("/staff/audit?action=audit-exported", &admin)
            .await
            .body
            .contains("Showing 1 entry.")
    );

    // An editor reads none of it; nor does anyone signed out.
    assert_eq!(
        app.get_with_cookie("/staff/audit", &ed).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_with_cookie("/staff/audit/entries.csv", &ed)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get("/staff/audit/entries.csv").await.status,
        StatusCode::UNAUTHORIZED
    );
}

/// The link in a staff email, after `prefix`.
fn staff_link_in(message: &smtp_sink::Received, prefix: &str) -> String {
    let text = message.part("text/plain");
    text_after(&text, prefix)
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn admins_invite_people_by_email_and_anyone_resets_a_forgotten_password() {
    let (app, sink) = test_app_with_mail().await;
    let admin = signed_in(&app).await;
    let here = "/staff/workspaces/highways";
    let add = |name: &str| {
        vec![
            field("action", "add"),
            field("email", "Nia.New@Example.gov.uk"),
            field("name", name),
            field("role", "editor"),
            field("email_language", "en"),
        ]
    };
    // No account and no name: asked for the name.
    let unnamed = post_with_cookie(&app, here, &add(""), &admin).await;
    assert_eq!(unnamed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unnamed.body.contains("enter their name to invite them"));
    assert!(unnamed.body.contains(r##"href="#name""##));
    let invited = post_with_cookie(&app, here, &add("Nia <New>"), &admin).await;
    assert_eq!(invited.location(), format!("{here}?done=invited"));
    let page = app.get_with_cookie(invited.location(), &admin).await;
    assert!(page.body.contains("Invitation sent"));
    assert!(page.body.contains("Invited: no password yet"));
    assert!(page.body.contains("Nia &lt;New&gt;"));

    let messages = sink.wait_for(1).await;
    assert_eq!(messages[0].to, ["nia.new@example.gov.uk"]);
    assert_eq!(
        messages[0].subject(),
        "You have been invited to run consultations"
    );
    assert!(messages[0].part("text/plain").contains("Hello Nia <New>,"));
    assert!(
        messages[0]
            .part("text/html")
            .contains("Hello Nia &lt;New&gt;,")
    );
    let prefix = "https://consult.example.gov.uk/staff/set-password/";
    let token = staff_link_in(&messages[0], prefix);
    assert_eq!(token.len(), 64);
    let link = format!("/staff/set-password/{token}");

    // No password signs in to the invited account before one is chosen.
    let early = app
        .post_form(
            "/staff/sign-in",
            &[
                field("email", "nia.new@example.gov.uk"),
                field("password", "!invited"),
            ],
        )
        .await;
    assert_eq!(early.status, StatusCode::UNAUTHORIZED);

    let shown = app.get(&link).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert_eq!(shown.headers[header::CACHE_CONTROL], "no-store");
    assert!(shown.body.contains("Choose your password"));
    assert!(shown.body.contains("Welcome, Nia &lt;New&gt;"));
    let short = app
        .post_form(
            &link,
            &[
                field("new_password", "too short"),
                field("confirm_password", "too short"),
            ],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        short
            .body
            .contains("The new password must be 12 characters or more")
    );
    assert!(!short.body.contains("value=\"too short\""));
    let differs = app
        .post_form(
            &link,
            &[
                field("new_password", "a long new password"),
                field("confirm_password", "another long password"),
            ],
        )
        .await;
    assert!(differs.body.contains("The passwords do not match"));
    let set = app
        .post_form(
            &link,
            &[
                field("new_password", "a long new password"),
                field("confirm_password", "a long new password"),
            ],
        )
        .await;
    assert_eq!(set.location(), "/staff/sign-in?password_set=1");
    let nia = signed_in_as(&app, "nia.new@example.gov.uk", "a long new password").await;
    assert_eq!(
        app.get_with_cookie("/staff", &nia).await.status,
        StatusCode::OK
    );
    // Once only.
    let again = app.get(&link).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert!(again.body.contains("This link no longer works"));
    let reused = app
        .post_form(
            &link,
            &[
                field("new_password", "someone else's password"),
                field("confirm_password", "someone else's password"),
            ],
        )
        .await;
    assert_eq!(reused.status, StatusCode::NOT_FOUND);

    // Forgotten: the same answer for an account and for nobody, an email only for the account.
    let forgot = "/staff/forgot-password";
    assert!(app.get("/staff/sign-in").await.body.contains(forgot));
    let bad = app
        .post_form(forgot, &[field("email", "not an address")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let nobody = app
        .post_form(forgot, &[field("email", "nobody@example.gov.uk")])
        .await;
    let somebody = app
        .post_form(forgot, &[field("email", "NIA.new@example.gov.uk ")])
        .await;
    assert_eq!(nobody.location(), "/staff/forgot-password?sent=1");
    assert_eq!(somebody.location(), nobody.location());
    let messages = sink.wait_for(2).await;
    assert_eq!(messages.len(), 2, "nothing sent to nobody");
    assert_eq!(messages[1].subject(), "Reset your password");
    let reset = format!(
        "/staff/set-password/{}",
        staff_link_in(&messages[1], prefix)
    );
    assert!(app.get(&reset).await.body.contains("Reset your password"));
    let done = app
        .post_form(
            &reset,
            &[
                field("new_password", "a second long password"),
                field("confirm_password", "a second long password"),
            ],
        )
        .await;
    assert_eq!(done.location(), "/staff/sign-in?password_set=1");
    // Every session of the account ended with the reset; the new password signs in.
    assert_eq!(
        app.get_with_cookie("/staff", &nia).await.status,
        StatusCode::FOUND
    );
    signed_in_as(&app, "nia.new@example.gov.uk", "a second long password").await;

    // A reset link past its hour no longer works.
    app.post_form(forgot, &[field("email", "nia.new@example.gov.uk")])
        .await;
    let messages = sink.wait_for(3).await;
    let late = format!(
        "/staff/set-password/{}",
        staff_link_in(&messages[2], prefix)
    );
    {
        use sea_orm::{EntityTrait, sea_query::Expr};
        app::db::entities::staff_link::Entity::update_many()
            .col_expr(
                app::db::entities::staff_link::Column::ExpiresAt,
                Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
            )
            .exec(&app.state.db)
            .await
            .unwrap();
    }
    assert_eq!(app.get(&late).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get("/staff/set-password/not-a-token").await.status,
        StatusCode::NOT_FOUND
    );

    // On the record: the invitation, and both passwords chosen by link.
    let log = app
        .get_with_cookie("/staff/audit?about=nia.new", &admin)
        .await;
    assert!(log.body.contains("Invited someone new"));
    assert!(log.body.contains("Accepted an invitation"));
    assert!(log.body.contains("Reset a forgotten password"));
}

#[tokio::test]
async fn invitations_go_again_and_accounts_change_their_details_and_email_language() {
    let (app, sink) = test_app_with_mail().await;
    let admin = signed_in(&app).await;
    let here = "/staff/workspaces/highways";
    let invite = |language: &str| {
        vec![
            field("action", "add"),
            field("email", "gwen@example.gov.uk"),
            field("name", "Gwen <Jones>"),
            field("role", "viewer"),
            field("email_language", language),
        ]
    };
    // The form offers the language, the page's own first.
    let form = app.get_with_cookie(here, &admin).await;
    assert!(
        form.body.contains(
            r#"id="email_language" name="email_language" type="radio" value="en" checked"#
        )
    );
    assert!(
        form.body
            .contains(r#"lang="cy" class="label radios__label">Cymraeg</label>"#)
    );
    let welsh_form = app.get_with_cookie(&format!("/cy{here}"), &admin).await;
    assert!(welsh_form.body.contains(r#"value="cy" checked"#));
    let unknown = post_with_cookie(&app, here, &invite("fr"), &admin).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.body.contains("Choose the language of the emails"));
    assert!(unknown.body.contains(r##"href="#email_language""##));
    assert!(
        unknown.body.contains("Gwen &lt;Jones&gt;"),
        "the form keeps what was typed"
    );

    // Invited in Welsh: the email is Welsh.
    let invited = post_with_cookie(&app, here, &invite("cy"), &admin).await;
    assert_eq!(invited.location(), format!("{here}?done=invited"));
    let messages = sink.wait_for(1).await;
    assert_eq!(
        messages[0].subject(),
        "Rydych wedi cael gwahoddiad i redeg ymgynghoriadau"
    );
    assert!(
        messages[0]
            .part("text/html")
            .contains(r#"<html lang="cy">"#)
    );
    assert!(
        messages[0]
            .part("text/plain")
            .contains("Helo Gwen <Jones>,")
    );
    let prefix = "https://consult.example.gov.uk/staff/set-password/";
    let first = format!(
        "/staff/set-password/{}",
        staff_link_in(&messages[0], prefix)
    );
    assert_eq!(app.get(&first).await.status, StatusCode::OK);

    // Sent again from the workspace's page: a new link, and the first stops working.
    let gwen = staff_user_by_email(&app, "gwen@example.gov.uk").await;
    let page = app.get_with_cookie(here, &admin).await;
    let resend = format!("resend:{}", gwen.id);
    assert!(page.body.contains(&format!(r#"value="{resend}""#)));
    assert!(
        page.body
            .contains("Send the invitation to Gwen &lt;Jones&gt; again")
    );
    let again = post_with_cookie(&app, here, &[field("action", &resend)], &admin).await;
    assert_eq!(again.location(), format!("{here}?done=resent"));
    assert!(
        app.get_with_cookie(again.location(), &admin)
            .await
            .body
            .contains("The invitation has been sent again")
    );
    let messages = sink.wait_for(2).await;
    assert_eq!(messages[1].to, ["gwen@example.gov.uk"]);
    assert!(messages[1].part("text/plain").contains("Highways"));
    let second = format!(
        "/staff/set-password/{}",
        staff_link_in(&messages[1], prefix)
    );
    assert_ne!(first, second);
    assert_eq!(app.get(&first).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&second).await.status, StatusCode::OK);
    // Not from a workspace she is not in, and not for someone with a password.
    let elsewhere = post_with_cookie(
        &app,
        "/staff/workspaces/culture",
        &[field("action", &resend)],
        &admin,
    )
    .await;
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);
    let me = staff_user_by_email(&app, app::demo::DEMO_STAFF_EMAIL).await;
    let chosen = post_with_cookie(
        &app,
        "/staff/accounts",
        &[field("action", &format!("resend:{}", me.id))],
        &admin,
    )
    .await;
    assert_eq!(chosen.status, StatusCode::CONFLICT);
    assert!(chosen.body.contains("already chosen their password"));
    // From the accounts page too (site admins), where she shows as invited.
    let accounts = app.get_with_cookie("/staff/accounts", &admin).await;
    assert!(accounts.body.contains("Invited: no password yet"));
    let from_list =
        post_with_cookie(&app, "/staff/accounts", &[field("action", &resend)], &admin).await;
    assert_eq!(from_list.location(), "/staff/accounts?done=resent");
    let messages = sink.wait_for(3).await;
    assert_eq!(app.get(&second).await.status, StatusCode::NOT_FOUND);
    let third = format!(
        "/staff/set-password/{}",
        staff_link_in(&messages[2], prefix)
    );
    app.post_form(
        &third,
        &[
            field("new_password", "gwen's long password"),
            field("confirm_password", "gwen's long password"),
        ],
    )
    .await;

    // A site admin changes her details: every mistake at once, then the change.
    let details = format!("/staff/accounts/{}", gwen.id);
    assert!(accounts.body.contains(&format!(r#"href="{details}""#)));
    let shown = app.get_with_cookie(&details, &admin).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains(r#"value="gwen@example.gov.uk""#));
    assert!(shown.body.contains(r#"value="cy" checked"#));
    let wrong = post_with_cookie(
        &app,
        &details,
        &[
            field("name", " "),
            field("email", "not an address"),
            field("email_language", "cy"),
        ],
        &admin,
    )
    .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("Enter a name"));
    assert!(wrong.body.contains("in the correct format"));
    let taken = post_with_cookie(
        &app,
        &details,
        &[
            field("name", "Gwen Jones"),
            field("email", app::demo::DEMO_STAFF_EMAIL),
            field("email_language", "cy"),
        ],
        &admin,
    )
    .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        taken
            .body
            .contains("Another account has this email address")
    );
    let saved = post_with_cookie(
        &app,
        &details,
        &[
            field("name", "Gwen Jones"),
            field("email", " Gwen.Jones@Example.gov.uk "),
            field("email_language", "cy"),
        ],
        &admin,
    )
    .await;
    assert_eq!(saved.location(), "/staff/accounts?done=details_saved");
    // The old address is told, in her language; the new one signs in.
    let messages = sink.wait_for(4).await;
    assert_eq!(messages[3].to, ["gwen@example.gov.uk"]);
    assert_eq!(
        messages[3].subject(),
        "Mae cyfeiriad e-bost eich cyfrif staff wedi newid"
    );
    assert!(
        messages[3]
            .part("text/plain")
            .contains("gwen.jones@example.gov.uk")
    );
    let gwen_cookie = signed_in_as(&app, "gwen.jones@example.gov.uk", "gwen's long password").await;
    let missing = app.get_with_cookie("/staff/accounts/999999", &admin).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let not_a_number = app.get_with_cookie("/staff/accounts/x%00y", &admin).await;
    assert_eq!(not_a_number.status, StatusCode::NOT_FOUND);
    assert_eq!(
        post_with_cookie(&app, &details, &[field("name", "Me")], &gwen_cookie)
            .await
            .status,
        StatusCode::FORBIDDEN,
        "only site admins change others' details"
    );

    // She changes her own name and language; her email address is not hers to change.
    let own = app.get_with_cookie("/staff/account", &gwen_cookie).await;
    assert!(own.body.contains(r#"value="Gwen Jones""#));
    assert!(
        own.body
            .contains("A site admin can change the email address")
    );
    let mine = post_with_cookie(
        &app,
        "/staff/account",
        &[
            field("action", "details"),
            field("name", "Gwen Jones-Hughes"),
            field("email_language", "en"),
            field("email", "stolen@example.gov.uk"),
        ],
        &gwen_cookie,
    )
    .await;
    assert_eq!(mine.location(), "/staff/account?saved=1");
    let own = app.get_with_cookie(mine.location(), &gwen_cookie).await;
    assert!(own.body.contains("Your details have been saved."));
    assert!(own.body.contains("Gwen Jones-Hughes"));
    let gwen = staff_user_by_email(&app, "gwen.jones@example.gov.uk").await;
    assert_eq!(gwen.email_language, "en");
    let bad = post_with_cookie(
        &app,
        "/staff/account",
        &[
            field("action", "details"),
            field("name", &"n".repeat(101)),
            field("email_language", "en"),
        ],
        &gwen_cookie,
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("100 characters or fewer"));
    // A reset now comes in English.
    app.post_form(
        "/staff/forgot-password",
        &[field("email", "gwen.jones@example.gov.uk")],
    )
    .await;
    let messages = sink.wait_for(5).await;
    assert_eq!(messages[4].subject(), "Reset your password");

    // On the record, with what changed.
    let log = app.get_with_cookie("/staff/audit?about=gwen", &admin).await;
    assert!(log.body.contains("Sent an invitation again"));
    assert!(log.body.contains("Changed an account’s details"));
    assert!(log.body.contains("Email: gwen.jones@example.gov.uk"));
    assert!(log.body.contains("Emails in: en"));
}

/// The `name=value` part of each `Set-Cookie` in `reply`.
fn cookies_set(reply: &Reply) -> Vec<String> {
    reply
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|value| {
            value
                .to_str()
                .unwrap()
                .split(';')
                .next()
                .unwrap()
                .to_string()
        })
        .collect()
}

async fn staff_user_by_email(app: &TestApp, email: &str) -> app::db::entities::staff_user::Model {
    use app::db::entities::staff_user;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(email))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap()
}

/// The code `email`'s authenticator app shows `steps` steps from now (the key as stored: the
/// one being set up, or the one in use).
async fn app_code(app: &TestApp, email: &str, steps: u64) -> String {
    let user = staff_user_by_email(app, email).await;
    let secret = user.totp_secret.or(user.totp_pending_secret).unwrap();
    let step = app::domain::two_factor::time_step(chrono::Utc::now()) + steps;
    let secret: Vec<u8> = (0..secret.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&secret[i..i + 2], 16).unwrap())
        .collect();
    app::domain::two_factor::code_at(&secret, step)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_factor_sign_in_is_set_up_used_and_required_through_plain_forms() {
    let app = test_app().await;
    let admin = signed_in(&app).await;
    let email = app::demo::DEMO_STAFF_EMAIL;

    // Set up from the account page: a QR code and the key written out, then a code.
    let account = app.get_with_cookie("/staff/account", &admin).await;
    let status_at = account.body.find("two-factor-status").unwrap();
    assert!(
        account.body[status_at..]
            .starts_with(r#"two-factor-status" class="summary-list__value">Off<"#),
        "{}",
        &account.body[status_at..status_at + 80]
    );
    let setup = app.get_with_cookie("/staff/two-factor", &admin).await;
    assert_eq!(setup.status, StatusCode::OK);
    assert!(setup.body.contains("Set up two-factor sign-in"));
    let qr = &setup.body[setup.body.find("<svg").expect("a QR code")..];
    let qr = &qr[..qr.find('>').unwrap()];
    assert!(
        qr.contains(r#"class="qr-code""#) && qr.contains(r#"role="img""#),
        "{qr}"
    );
    assert!(setup.body.contains(r#"data-testid="two-factor-key""#));
    let confirm = |code: &str| vec![field("action", "confirm"), field("code", code)];
    let wrong = post_with_cookie(&app, "/staff/two-factor", &confirm("12"), &admin).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .body
            .contains("Enter the 6-digit code from your app, like 123456")
    );
    assert!(wrong.body.contains(r##"href="#code""##));
    let code = app_code(&app, email, 0).await;
    let done = post_with_cookie(&app, "/staff/two-factor", &confirm(&code), &admin).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains("Save your recovery codes"));
    assert_eq!(done.body.matches("<li><code>").count(), 10);
    assert_eq!(
        done.headers.get(header::CACHE_CONTROL).unwrap(),
        "no-store",
        "recovery codes are never cached"
    );
    let recovery = done.body.split("<li><code>").nth(1).unwrap()[..11].to_string();

    // Signing in now takes a second step: no session until the code.
    let password = app
        .post_form(
            "/staff/sign-in",
            &[
                field("email", email),
                field("password", app::demo::DEMO_STAFF_PASSWORD),
            ],
        )
        .await;
    assert_eq!(password.location(), "/staff/sign-in/code");
    let step = cookies_set(&password);
    assert_eq!(step.len(), 1);
    assert!(step[0].starts_with("consult_sign_in="), "{step:?}");
    let step = &step[0];
    let page = app.get_with_cookie("/staff/sign-in/code", step).await;
    assert!(page.body.contains("Enter your security code"));
    assert!(page.body.contains(r#"autocomplete="one-time-code""#));
    let wrong = post_with_cookie(
        &app,
        "/staff/sign-in/code",
        &[field("code", "000000")],
        step,
    )
    .await;
    // (Right one run in a million: the code shown now was used to set up, so it is not.)
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(
        wrong
            .body
            .contains("That code is not right. You have 4 more tries")
    );
    let code = app_code(&app, email, 1).await;
    let opened = post_with_cookie(&app, "/staff/sign-in/code", &[field("code", &code)], step).await;
    assert_eq!(opened.location(), "/staff");
    let set = cookies_set(&opened);
    assert!(set.iter().any(|c| c == "consult_sign_in="), "{set:?}");
    let session = set
        .iter()
        .find(|c| c.starts_with("consult_session="))
        .unwrap();
    assert_eq!(
        app.get_with_cookie("/staff", session).await.status,
        StatusCode::OK
    );
    // Without a sign-in under way the page says to sign in again.
    let gone = app.get_with_cookie("/staff/sign-in/code", step).await;
    assert!(gone.body.contains("Your sign-in timed out"));

    // A recovery code, typed as it was shown.
    let password = app
        .post_form(
            "/staff/sign-in",
            &[
                field("email", email),
                field("password", app::demo::DEMO_STAFF_PASSWORD),
            ],
        )
        .await;
    let step = &cookies_set(&password)[0];
    let opened = post_with_cookie(
        &app,
        "/staff/sign-in/code",
        &[field("code", &recovery)],
        step,
    )
    .await;
    assert_eq!(opened.location(), "/staff", "{}", opened.body);
    let admin = cookies_set(&opened)
        .into_iter()
        .find(|c| c.starts_with("consult_session="))
        .unwrap();

    // Required of everyone: a member without it sets it up as they sign in.
    let saved = post_with_cookie(
        &app,
        "/staff/settings",
        &[field("require_two_factor", "yes")],
        &admin,
    )
    .await;
    assert_eq!(saved.location(), "/staff/settings?saved=1");
    let settings = app.get_with_cookie(saved.location(), &admin).await;
    assert!(settings.body.contains("Site settings saved."));
    let checkbox = &settings.body[settings.body.find(r#"id="require_two_factor""#).unwrap()..];
    let checkbox = &checkbox[..checkbox.find('>').unwrap()];
    assert!(checkbox.contains("checked"), "{checkbox}");
    app::staff::service::create_staff(
        &app.state.db,
        "new.member@example.gov.uk",
        "New Member",
        "a long enough password",
        "editor",
        Some(1),
    )
    .await
    .unwrap();
    let password = app
        .post_form(
            "/staff/sign-in",
            &[
                field("email", "new.member@example.gov.uk"),
                field("password", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(password.location(), "/staff/two-factor");
    let step = &cookies_set(&password)[0];
    let setup = app.get_with_cookie("/staff/two-factor", step).await;
    assert!(
        setup
            .body
            .contains("Your council requires two-factor sign-in")
    );
    // Only setting up may be done from there.
    let other = post_with_cookie(
        &app,
        "/staff/two-factor",
        &[field("action", "turn_off")],
        step,
    )
    .await;
    assert_eq!(other.status, StatusCode::BAD_REQUEST);
    let code = app_code(&app, "new.member@example.gov.uk", 0).await;
    let done = post_with_cookie(&app, "/staff/two-factor", &confirm(&code), step).await;
    assert_eq!(done.status, StatusCode::OK);
    assert!(
        done.body.contains(r#"href="/staff""#),
        "Continue goes on to where they were going"
    );
    let member = cookies_set(&done)
        .into_iter()
        .find(|c| c.starts_with("consult_session="))
        .unwrap();
    assert_eq!(
        app.get_with_cookie("/staff", &member).await.status,
        StatusCode::OK
    );

    // A site admin resets it for someone who lost their phone.
    let accounts = app.get_with_cookie("/staff/accounts", &admin).await;
    assert!(
        accounts
            .body
            .contains("Reset two-factor sign-in for New Member")
    );
    let id = staff_user_by_email(&app, "new.member@example.gov.uk")
        .await
        .id;
    let reset = post_with_cookie(
        &app,
        "/staff/accounts",
        &[field("action", &format!("reset_two_factor:{id}"))],
        &admin,
    )
    .await;
    assert_eq!(reset.location(), "/staff/accounts?done=two_factor_reset");
    let signed_out = app.get_with_cookie("/staff", &member).await;
    assert!(
        signed_out.location().starts_with("/staff/sign-in"),
        "signed out everywhere: {}",
        signed_out.status
    );
    let audit = app.get_with_cookie("/staff/audit", &admin).await;
    for said in [
        "Turned on two-factor sign-in",
        "Signed in with a recovery code",
        "Changed the site settings",
        "Reset someone",
    ] {
        assert!(audit.body.contains(said), "{said}");
    }
}

/// Privacy notices and personal data (decision 0039) through plain forms: every respond page
/// links to the notice, which shows the site's template filled in until the consultation has its
/// own; its editors set that, the retention period and the questions that ask for personal data,
/// each refusal saying what to fix, words escaped; site admins set the template and the period
/// new consultations start with.
#[tokio::test]
async fn privacy_notices_and_personal_data_through_plain_forms() {
    let app = test_app().await;
    let admin = signed_in(&app).await;
    let notice = format!("/consultations/{OPEN}/privacy");
    let link = format!(r#"href="{notice}""#);
    for page in [
        format!("/consultations/{OPEN}"),
        format!("/consultations/{OPEN}/respond"),
    ] {
        let shown = app.get(&page).await;
        assert!(shown.body.contains(&link), "{page} links to the notice");
    }
    let public = app.get(&notice).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(
        public
            .body
            .contains("Demo Borough Council is the data controller")
    );
    assert!(
        public
            .body
            .contains("20mph speed limits in residential streets")
    );
    assert!(
        public
            .body
            .contains("12 months after the consultation closes (until")
    );
    assert!(public.body.contains("roadsafety@example.gov.uk"));
    // A draft's notice is not public; nor is an address that is no consultation.
    app::builder::service::create_consultation(
        &app.state.db,
        app::builder::NewConsultation {
            slug: "not-yet-public".into(),
            title: "Not yet public".into(),
            summary: "Soon.".into(),
            body_markdown: "Soon.".into(),
            department_id: app::staff::service::department_by_code(&app.state.db, "highways")
                .await
                .unwrap(),
            contact_name: "Team".into(),
            contact_email: "team@example.gov.uk".into(),
            opens_at: chrono::Utc::now() + chrono::Duration::days(1),
            closes_at: chrono::Utc::now() + chrono::Duration::weeks(8),
            published: false,
            outcome_markdown: None,
            pages: vec![],
        },
    )
    .await
    .unwrap();
    assert_eq!(
        app.get("/consultations/not-yet-public/privacy")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/consultations/no-such-consultation/privacy")
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let here = format!("/staff/consultations/{OPEN}/personal-data");
    let page = app.get_with_cookie(&here, &admin).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    assert!(page.body.contains("Which questions ask for personal data?"));
    assert!(page.body.contains("What is your postcode?"));
    assert!(page.body.contains(r#"name="retention""#));
    assert!(page.body.contains(r#"value="12""#));
    let street = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        app::db::entities::question::Entity::find()
            .filter(
                app::db::entities::question::Column::Label
                    .eq("What is the name of the street you live on?"),
            )
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap()
            .key
    };
    // Refused: each problem beside its field, what was typed kept.
    let refused = post_with_cookie(
        &app,
        &here,
        &[
            field("notice", "Ours"),
            field("retention", "twelve"),
            field("personal", &street),
        ],
        &admin,
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("There is a problem"));
    assert!(
        refused
            .body
            .contains("Enter a whole number of months from 1 to 120")
    );
    assert!(refused.body.contains(r#"value="twelve""#));
    assert!(refused.body.contains("Ours"));
    let empty = post_with_cookie(&app, &here, &[], &admin).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty
            .body
            .contains("Enter how many months answers that are personal data are kept")
    );
    // Saved: its own words, escaped and filled in.
    let saved = post_with_cookie(
        &app,
        &here,
        &[
            field(
                "notice",
                "## Who we are\n\nThe notice for {title}. <script>alert(1)</script>",
            ),
            field("retention", "24"),
            field("personal", &street),
        ],
        &admin,
    )
    .await;
    assert_eq!(
        saved.location(),
        format!("{here}?saved=1"),
        "{}",
        saved.body
    );
    let page = app.get_with_cookie(saved.location(), &admin).await;
    assert!(page.body.contains("have been saved"));
    assert!(
        page.body.contains(&format!(r#"value="{street}" checked"#)),
        "the street is ticked"
    );
    let public = app.get(&notice).await;
    // Its headings start under the page's own heading.
    assert!(
        public.body.contains("<h2>Who we are</h2>"),
        "{}",
        public.body
    );
    assert!(
        public
            .body
            .contains("The notice for 20mph speed limits in residential streets.")
    );
    assert!(!public.body.contains("<script>alert(1)"));
    assert!(
        !public
            .body
            .contains("Demo Borough Council is the data controller")
    );
    let audit = app.get_with_cookie("/staff/audit", &admin).await;
    assert!(
        audit
            .body
            .contains("Changed the privacy notice or personal data of a consultation")
    );

    // The site's settings: the template and the period new consultations start with.
    let settings = app::settings::SETTINGS_PATH;
    let shown = app.get_with_cookie(settings, &admin).await;
    assert!(shown.body.contains(r#"name="privacy_template""#));
    assert!(shown.body.contains(r#"name="default_retention""#));
    let wrong = post_with_cookie(
        &app,
        settings,
        &[
            field("default_retention", "0"),
            field("privacy_template", "x"),
        ],
        &admin,
    )
    .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .body
            .contains("Enter a whole number of months from 1 to 120")
    );
    let long = "x".repeat(app::domain::personal_data::MOST_NOTICE_CHARS + 1);
    let too_long = post_with_cookie(
        &app,
        settings,
        &[
            field("default_retention", "6"),
            field("privacy_template", &long),
        ],
        &admin,
    )
    .await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_long.body.contains("must be 50,000 characters or fewer"));
    let cleared = post_with_cookie(
        &app,
        settings,
        &[
            field("default_retention", ""),
            field("privacy_template", ""),
        ],
        &admin,
    )
    .await;
    assert_eq!(cleared.location(), format!("{settings}?saved=1"));
    // With neither, a new consultation's checklist says what it lacks.
    let created = post_with_cookie(
        &app,
        app::builder::NEW_CONSULTATION_PATH,
        &new_consultation_fields(
            "Pavement parking",
            app::staff::service::department_by_code(&app.state.db, "highways")
                .await
                .unwrap(),
        ),
        &admin,
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let review = app
        .get_with_cookie("/staff/consultations/pavement-parking/review", &admin)
        .await;
    assert!(
        review
            .body
            .contains("Write a privacy notice, or ask a site admin to set the site’s template"),
        "{}",
        review.body
    );
    assert!(
        review
            .body
            .contains(r#"href="/staff/consultations/pavement-parking/personal-data""#)
    );
    // The first consultation keeps its own notice.
    assert!(app.get(&notice).await.body.contains("The notice for 20mph"));
}

/// A workspace admin deletes a response from its page with a plain form (decision 0039): a
/// reason is needed, the list then says so and no longer has it, the counts drop, the audit log
/// names it; someone who only reads responses is offered no form and refused if they post one.
#[tokio::test]
async fn a_response_is_deleted_from_its_page_with_a_reason() {
    let app = test_app().await;
    let admin = signed_in(&app).await;
    let path = format!("/consultations/{OPEN}/respond");
    let mut references = Vec::new();
    for words in ["Keep it", "Delete me <b>please</b>"] {
        let form = app.form().await;
        let q: Vec<_> = form.questionnaire.questions().collect();
        let fields = vec![
            field("idempotency_key", &form.idempotency_key),
            field(&q[0].field_name(), &q[0].kind.options()[1].id.to_string()),
            field(&q[2].field_name(), words),
        ];
        let sent = app.post_form(&path, &fields).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        references.push(sent.location().rsplit('/').next().unwrap().to_string());
    }
    let here = format!("/staff/consultations/{OPEN}/responses/{}", references[1]);
    let page = app.get_with_cookie(&here, &admin).await;
    assert!(page.body.contains("Delete this response"));
    assert!(page.body.contains(r#"name="reason""#));
    let refused = post_with_cookie(&app, &here, &[field("reason", " ")], &admin).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("There is a problem"));
    assert!(
        refused
            .body
            .contains("Enter why you are deleting the response")
    );
    let deleted = post_with_cookie(
        &app,
        &here,
        &[field("reason", "Sent twice by <mistake>")],
        &admin,
    )
    .await;
    assert_eq!(
        deleted.location(),
        format!(
            "/staff/consultations/{OPEN}/responses?deleted={}",
            references[1]
        ),
        "{}",
        deleted.body
    );
    let list = app.get_with_cookie(deleted.location(), &admin).await;
    assert!(
        list.body
            .contains(&format!("Response {} has been deleted.", references[1]))
    );
    assert!(list.body.contains("Showing 1 response."), "{}", list.body);
    assert!(!list.body.contains(&format!(">{}<", references[1])));
    assert_eq!(
        app.get_with_cookie(&here, &admin).await.status,
        StatusCode::NOT_FOUND
    );
    let audit = app.get_with_cookie("/staff/audit", &admin).await;
    assert!(audit.body.contains("Deleted a response"));
    assert!(audit.body.contains("Sent twice by &lt;mistake&gt;"));
    assert!(
        !audit.body.contains("Delete me"),
        "the log keeps no answers"
    );
    // A made-up banner reference is not shown.
    let forged = app
        .get_with_cookie(
            &format!("/staff/consultations/{OPEN}/responses?deleted=%3Cscript%3E"),
            &admin,
        )
        .await;
    assert!(!forged.body.contains("has been deleted"));

    // An analyst reads the response but is offered no form, and refused if they post one.
    app::staff::service::create_staff(
        &app.state.db,
        "ana.lyst@example.gov.uk",
        "Ana Lyst",
        "a long enough password",
        "analyst",
        Some(
            app::staff::service::department_by_code(&app.state.db, "highways")
                .await
                .unwrap(),
        ),
    )
    .await
    .unwrap();
    let cookie = signed_in_as(&app, "ana.lyst@example.gov.uk", "a long enough password").await;
    let kept = format!("/staff/consultations/{OPEN}/responses/{}", references[0]);
    let page = app.get_with_cookie(&kept, &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Delete this response"));
    let refused = post_with_cookie(&app, &kept, &[field("reason", "Mine")], &cookie).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

/// Subject access and erasure requests (decision 0039): a site admin finds a person's responses
/// by the email address they gave (any case), downloads every answer as CSV, and deletes them
/// with a reason; nobody else may; the audit log records both without the address.
#[tokio::test]
async fn a_persons_responses_are_found_downloaded_and_erased_by_their_email_address() {
    use app::domain::QuestionKind;
    let app = test_app().await;
    let admin = signed_in(&app).await;
    let path = format!("/consultations/{OPEN}/respond");
    let mut references = Vec::new();
    for (email, words) in [
        ("Ann@Example.com", "Ann's first"),
        ("ann@example.com", "Ann's second"),
        ("bob@example.com", "Bob's"),
    ] {
        let form = app.form().await;
        let q: Vec<_> = form.questionnaire.questions().collect();
        let email_question = q.iter().find(|q| q.kind == QuestionKind::Email).unwrap();
        let fields = vec![
            field("idempotency_key", &form.idempotency_key),
            field(&q[0].field_name(), &q[0].kind.options()[1].id.to_string()),
            field(&q[2].field_name(), words),
            field(&email_question.field_name(), email),
        ];
        let sent = app.post_form(&path, &fields).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
        references.push(sent.location().rsplit('/').next().unwrap().to_string());
    }
    let requests = app::privacy::REQUESTS_PATH;
    let page = app.get_with_cookie(requests, &admin).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    assert!(page.body.contains("Requests about personal data"));
    let settings = app
        .get_with_cookie(app::settings::SETTINGS_PATH, &admin)
        .await;
    assert!(settings.body.contains(&format!(r#"href="{requests}""#)));

    let wrong = post_with_cookie(
        &app,
        requests,
        &[field("action", "find"), field("email", "ann at example")],
        &admin,
    )
    .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .body
            .contains("Enter an email address in the correct format")
    );
    let find = [field("action", "find"), field("email", " ANN@example.com ")];
    let found = post_with_cookie(&app, requests, &find, &admin).await;
    assert_eq!(found.status, StatusCode::OK);
    assert!(
        found.body.contains("2 responses gave this email address"),
        "{}",
        found.body
    );
    assert!(found.body.contains(&references[0]) && found.body.contains(&references[1]));
    assert!(!found.body.contains(&references[2]));

    let download = post_with_cookie(
        &app,
        requests,
        &[
            field("action", "download"),
            field("email", "ann@example.com"),
        ],
        &admin,
    )
    .await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(
        download.headers[header::CONTENT_TYPE],
        "text/csv; charset=utf-8"
    );
    assert!(
        download.headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"responses-by-email-")
    );
    assert!(
        download
            .body
            .starts_with("\u{feff}Consultation,Reference,Sent,Question,Answer\r\n")
    );
    assert!(download.body.contains("Ann's first") && download.body.contains("Ann's second"));
    assert!(!download.body.contains("Bob's"));
    assert!(download.body.contains("Tell us why you hold this view"));

    let no_reason = post_with_cookie(
        &app,
        requests,
        &[
            field("action", "erase"),
            field("email", "ann@example.com"),
            field("reason", ""),
        ],
        &admin,
    )
    .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_reason
            .body
            .contains("Enter why you are deleting the response")
    );
    assert!(no_reason.body.contains(&references[0]), "the list stays");
    let erased = post_with_cookie(
        &app,
        requests,
        &[
            field("action", "erase"),
            field("email", "ann@example.com"),
            field("reason", "Erasure request by email"),
        ],
        &admin,
    )
    .await;
    assert_eq!(
        erased.location(),
        format!("{requests}?erased=2"),
        "{}",
        erased.body
    );
    let page = app.get_with_cookie(erased.location(), &admin).await;
    assert!(page.body.contains("2 responses have been deleted."));
    let again = post_with_cookie(&app, requests, &find, &admin).await;
    assert!(again.body.contains("No response gave this email address."));
    let bob = post_with_cookie(
        &app,
        requests,
        &[field("action", "find"), field("email", "bob@example.com")],
        &admin,
    )
    .await;
    assert!(bob.body.contains("1 response gave this email address"));
    let audit = app.get_with_cookie("/staff/audit", &admin).await;
    assert!(
        audit
            .body
            .contains("Downloaded the responses a person gave")
    );
    assert!(audit.body.contains("Erasure request by email"));
    assert!(
        !audit.body.contains("ann@example.com"),
        "the log keeps no address"
    );

    // A workspace admin deletes responses in their workspace, but answers no such request.
    app::staff::service::create_staff(
        &app.state.db,
        "wendy.admin@example.gov.uk",
        "Wendy Admin",
        "a long enough password",
        "workspace_admin",
        Some(
            app::staff::service::department_by_code(&app.state.db, "highways")
                .await
                .unwrap(),
        ),
    )
    .await
    .unwrap();
    let wendy = signed_in_as(&app, "wendy.admin@example.gov.uk", "a long enough password").await;
    assert_eq!(
        app.get_with_cookie(requests, &wendy).await.status,
        StatusCode::FORBIDDEN
    );
    let refused = post_with_cookie(&app, requests, &find, &wendy).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

/// The council's identity (decision 0040): site admins set its name (English and Welsh), colour
/// and footer links; every page shows them at once, the colour through a style the
/// Content-Security-Policy's nonce allows; a light colour or a wrong address is refused beside
/// its field; with no name, pages show the service's name alone.
#[tokio::test]
async fn the_councils_name_colour_and_links_are_set_by_a_site_admin() {
    let app = test_app().await;
    let admin = signed_in(&app).await;
    // The demo's own.
    let home = app.get("/").await;
    assert!(
        home.body
            .contains(r#"<span class="header__org">Demo Borough Council</span>"#)
    );
    assert!(
        home.body
            .contains(r#"href="https://www.example.gov.uk/accessibility""#)
    );
    assert!(
        !home.body.contains("<style"),
        "no colour set: the built-in blue"
    );
    let welsh = app.get("/cy").await;
    assert!(welsh.body.contains(">Cyngor Bwrdeistref Demo<"));

    let settings = app::settings::SETTINGS_PATH;
    let form = |name: &str, colour: &str, link: &str| {
        vec![
            field("council_name", name),
            field("council_name_cy", ""),
            field("brand_colour", colour),
            field("accessibility_url", link),
            field("privacy_url", ""),
            field("contact_url", "https://www.borsetshire.gov.uk/contact"),
            field("minimum_weeks", "6"),
        ]
    };
    let refused = post_with_cookie(
        &app,
        settings,
        &form(
            "Borsetshire <b>Council</b>",
            "#ffdd00",
            "javascript:alert(1)",
        ),
        &admin,
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Choose a darker colour"));
    assert!(
        refused
            .body
            .contains("Enter a web address in the correct format")
    );
    assert!(
        refused
            .body
            .contains("Borsetshire &lt;b&gt;Council&lt;/b&gt;"),
        "kept as typed"
    );
    // A refused form's page is drawn with the council's identity too.
    assert!(
        refused
            .body
            .contains(r#"<span class="header__org">Demo Borough Council</span>"#)
    );
    assert!(
        app.get("/").await.body.contains("Demo Borough Council"),
        "nothing changed"
    );

    let saved = post_with_cookie(
        &app,
        settings,
        &form(
            " Borsetshire <b>Council</b> ",
            "#00703C",
            "https://www.borsetshire.gov.uk/accessibility",
        ),
        &admin,
    )
    .await;
    assert_eq!(
        saved.location(),
        format!("{settings}?saved=1"),
        "{}",
        saved.body
    );
    let home = app.get("/").await;
    assert!(
        home.body
            .contains(">Borsetshire &lt;b&gt;Council&lt;/b&gt;<"),
        "escaped"
    );
    assert!(home.body.contains(":root{--brand:#00703c}"));
    let csp = home.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    let nonce = csp
        .split("style-src 'self' 'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap();
    assert!(
        home.body.contains(&format!(r#"<style nonce="{nonce}">"#)),
        "{}",
        home.body
    );
    assert!(
        home.body
            .contains(r#"href="https://www.borsetshire.gov.uk/contact""#)
    );
    assert!(home.body.contains(">Contact us<"));
    assert!(
        !home.body.contains(">Privacy<"),
        "a link not set is left out"
    );
    // Without a Welsh name, Welsh pages show the English one, marked as English.
    let welsh = app.get("/cy").await;
    assert!(
        welsh
            .body
            .contains(r#"<span lang="en" class="header__org">Borsetshire"#)
    );
    let audit = app.get_with_cookie("/staff/audit", &admin).await;
    assert!(audit.body.contains("council_name: Borsetshire"));

    // No name at all: the service's name alone.
    let cleared = post_with_cookie(&app, settings, &form("", "", ""), &admin).await;
    assert_eq!(cleared.status, StatusCode::SEE_OTHER);
    let home = app.get("/").await;
    assert!(!home.body.contains("header__org"));
    assert!(home.body.contains("Have your say"));
}

/// The address of the logo a page shows, if it shows one.
fn logo_address(page: &str) -> Option<String> {
    page.split("src=\"")
        .find_map(|rest| {
            rest.split('"')
                .next()
                .filter(|src| src.starts_with("/site/logo/"))
        })
        .map(str::to_string)
}

/// The council's logo (decision 0040): a site admin uploads a still PNG, JPEG or WebP on a page
/// of its own; every page's header shows it at an address naming its bytes, kept by browsers
/// for a year; anything else is refused beside the file input with nothing stored; removing it
/// ends its address. Each change is in the audit log.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_councils_logo_is_uploaded_shown_served_and_removed_by_a_site_admin() {
    const LOGO: &[u8] = include_bytes!("../../end2end/tests/fixtures/council-logo.png");
    const PDF: &[u8] = b"%PDF-1.7\n% not a logo\n";
    let page = app::settings::LOGO_PATH;
    for (db, app) in test_apps().await {
        let admin = signed_in(&app).await;
        let empty = app.get_with_cookie(page, &admin).await;
        assert_eq!(empty.status, StatusCode::OK, "{db}");
        assert!(empty.body.contains("No logo is set"));
        assert!(empty.body.contains("enctype=\"multipart/form-data\""));
        assert!(empty.body.contains(r#"accept=".png,.jpg,.jpeg,.webp""#));
        let settings = app
            .get_with_cookie(app::settings::SETTINGS_PATH, &admin)
            .await;
        assert!(settings.body.contains(">Add a logo<"));
        assert!(!app.get("/").await.body.contains("header__logo"));

        let upload = |name: &'static str, bytes: &'static [u8]| {
            app.send(upload_request(page, &admin, "", Some((name, bytes))))
        };
        let refused = |reply: &Reply, says: &str| {
            assert_eq!(
                reply.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{db}: {}",
                reply.body
            );
            assert!(reply.body.contains(says), "{db}: {says}: {}", reply.body);
            assert!(reply.body.contains("There is a problem"));
            assert!(reply.body.contains(r##"href="#file""##), "beside the input");
        };
        refused(
            &upload("logo.svg", b"<svg onload=\"alert(1)\"/>").await,
            "The selected file must be a PNG, JPEG or WebP image",
        );
        refused(
            &upload("logo.png", PDF).await,
            "The selected file is not a real PNG image file",
        );
        let mut large = LOGO.to_vec();
        large.resize(app::domain::site_logo::MAX_LOGO_BYTES + 1, 0);
        refused(
            &upload("logo.png", Box::leak(large.into_boxed_slice())).await,
            "The selected file must be smaller than 100 KB",
        );
        // Past the route's limit, the upload is cut off and refused the same way.
        let mut huge = LOGO.to_vec();
        huge.resize(3 * app::domain::site_logo::MAX_LOGO_BYTES, 0);
        refused(
            &upload("logo.png", Box::leak(huge.into_boxed_slice())).await,
            "The selected file must be smaller than 100 KB",
        );
        let nothing = app.send(upload_request(page, &admin, "", None)).await;
        refused(&nothing, "Select a file");
        // Read from the database: nothing refused was stored.
        let still = app.get_with_cookie(page, &admin).await;
        assert!(still.body.contains("No logo is set"), "{db}");

        // Only site admins: a workspace admin is refused before the file is read.
        let password = "a long enough password";
        let highways = app::staff::service::department_by_code(&app.state.db, "highways")
            .await
            .unwrap();
        app::staff::service::create_staff(
            &app.state.db,
            "logo.admin@example.gov.uk",
            "Wyn",
            password,
            "workspace_admin",
            Some(highways),
        )
        .await
        .unwrap();
        let workspace_admin = signed_in_as(&app, "logo.admin@example.gov.uk", password).await;
        let not_theirs = app
            .send(upload_request(
                page,
                &workspace_admin,
                "",
                Some(("logo.png", LOGO)),
            ))
            .await;
        assert_eq!(not_theirs.status, StatusCode::FORBIDDEN, "{db}");
        // Refused before its body is read: a malformed one is refused the same way.
        let malformed = app
            .send(
                Request::post(page)
                    .header(
                        header::CONTENT_TYPE,
                        "multipart/form-data; boundary=b0undary",
                    )
                    .header(header::ACCEPT, "text/html")
                    .header("sec-fetch-site", "same-origin")
                    .header(header::COOKIE, &workspace_admin)
                    .body(Body::from("--not-the-boundary\r\nnonsense"))
                    .unwrap(),
            )
            .await;
        assert_eq!(malformed.status, StatusCode::FORBIDDEN, "{db}");
        assert_eq!(
            app.get_with_cookie(page, &workspace_admin).await.status,
            StatusCode::FORBIDDEN
        );
        let signed_out = app
            .send(upload_request(page, "x=y", "", Some(("logo.png", LOGO))))
            .await;
        assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
        assert!(signed_out.location().starts_with("/staff/sign-in?next="));

        let uploaded = upload("C:\\Logos\\Council logo.png", LOGO).await;
        assert_eq!(
            uploaded.status,
            StatusCode::SEE_OTHER,
            "{db}: {}",
            uploaded.body
        );
        assert_eq!(uploaded.location(), format!("{page}?done=uploaded"));
        let home = app.get("/").await;
        let address = logo_address(&home.body).unwrap_or_else(|| panic!("{db}: {}", home.body));
        assert!(address.ends_with(".png"));
        assert!(home.body.contains(r#"width="240""#) && home.body.contains(r#"height="80""#));
        assert!(
            home.body.contains(r#"alt="""#),
            "the name beside it says it"
        );
        assert!(
            app.get("/cy").await.body.contains(&address),
            "Welsh pages too"
        );
        let shown = app.get_with_cookie(uploaded.location(), &admin).await;
        assert!(shown.body.contains("The logo has been uploaded"));
        assert!(shown.body.contains("240 × 80 pixels"));
        assert!(shown.body.contains(&address));
        let served = app.get(&address).await;
        assert_eq!(served.status, StatusCode::OK, "{db}");
        assert_eq!(served.headers[header::CONTENT_TYPE], "image/png");
        assert_eq!(
            served.headers[header::CACHE_CONTROL],
            "public, max-age=31536000, immutable"
        );
        assert_eq!(served.bytes, LOGO, "{db}");
        assert_eq!(
            served.headers[header::CONTENT_SECURITY_POLICY],
            "default-src 'none'; sandbox"
        );
        assert_eq!(served.headers["x-content-type-options"], "nosniff");
        for gone in [
            "/site/logo/0123456789abcdef.png",
            &address.replace(".png", ".jpeg"),
            "/site/logo/..%2F..%2Fetc.png",
            "/site/logo/x",
        ] {
            assert_eq!(app.get(gone).await.status, StatusCode::NOT_FOUND, "{gone}");
        }
        // The same bytes again: the same address.
        let again = upload("again.png", LOGO).await;
        assert_eq!(again.status, StatusCode::SEE_OTHER, "{db}");
        assert!(app.get("/").await.body.contains(&address), "{db}");
        // Another image in its place: a new address, the old one gone.
        let jpeg: &'static [u8] = &[
            0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x32, 0x00, 0xC8, 0x03, 0x01, 0x22,
            0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xFF, 0xD9,
        ];
        let replaced = upload("crest.jpg", jpeg).await;
        assert_eq!(
            replaced.status,
            StatusCode::SEE_OTHER,
            "{db}: {}",
            replaced.body
        );
        let home = app.get("/").await;
        let jpeg_address = logo_address(&home.body).unwrap();
        assert!(jpeg_address.ends_with(".jpeg"), "{jpeg_address}");
        assert!(home.body.contains(r#"width="200""#) && home.body.contains(r#"height="50""#));
        assert_eq!(app.get(&address).await.status, StatusCode::NOT_FOUND);
        let served = app.get(&jpeg_address).await;
        assert_eq!(served.headers[header::CONTENT_TYPE], "image/jpeg");
        assert_eq!(served.bytes, jpeg);
        let address = jpeg_address;

        // While there is a logo, the name stays: it is the logo's text.
        let unnamed = post_with_cookie(
            &app,
            app::settings::SETTINGS_PATH,
            &[field("council_name", ""), field("council_name_cy", "")],
            &admin,
        )
        .await;
        assert_eq!(unnamed.status, StatusCode::UNPROCESSABLE_ENTITY, "{db}");
        assert!(unnamed.body.contains("the logo needs it"));

        let removed = post_with_cookie(&app, page, &[field("do", "remove")], &admin).await;
        assert_eq!(removed.location(), format!("{page}?done=removed"), "{db}");
        assert!(!app.get("/").await.body.contains("header__logo"));
        assert_eq!(app.get(&address).await.status, StatusCode::NOT_FOUND);
        let unknown = post_with_cookie(&app, page, &[field("do", "frobnicate")], &admin).await;
        assert_eq!(unknown.status, StatusCode::BAD_REQUEST, "{db}");
        // Without a name, no logo.
        let unnamed = post_with_cookie(
            &app,
            app::settings::SETTINGS_PATH,
            &[field("council_name", ""), field("council_name_cy", "")],
            &admin,
        )
        .await;
        assert_eq!(
            unnamed.status,
            StatusCode::SEE_OTHER,
            "{db}: {}",
            unnamed.body
        );
        refused(
            &upload("logo.png", LOGO).await,
            "Enter the council’s name in site settings before you add its logo",
        );

        let audit = app.get_with_cookie("/staff/audit", &admin).await;
        assert!(
            audit
                .body
                .contains("logo: Council logo.png (240 × 80 pixels, 639 bytes)"),
            "{db}: {}",
            audit.body
        );
        assert!(audit.body.contains("logo: none"));
        assert!(
            audit
                .body
                .contains("logo: crest.jpg (200 × 50 pixels, 23 bytes)")
        );
    }
}
