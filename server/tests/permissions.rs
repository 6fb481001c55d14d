//! The permission matrix (issue 10, decision 0032): every endpoint the router serves — page,
//! server function, form post, file, stream, export — asked by nobody signed in, by a site
//! admin, and by each workspace role in the consultation's own workspace and in another, answers
//! as the table below says. An endpoint the router serves that the table does not name fails the
//! test, so a new one cannot ship unchecked.

use std::collections::BTreeSet;

use app::domain::permissions::{Action, WorkspaceRole};
use app::state::AppState;
use axum::{
    Router,
    body::Body,
    http::{Request, StatusCode, header},
};
use http_body_util::BodyExt;
use leptos::server_fn::ServerFn;
use server::Config;
use tower::ServiceExt;

mod support;

/// The consultation asked about: open, in the Highways workspace (the "own" one).
const OWN: &str = "20mph-speed-limits";
const PASSWORD: &str = "a long enough password";
/// What the fixture's respondent wrote: personal data a viewer never reads.
const WRITTEN: &str = "I walk my children to school along Mill Lane";

/// Who asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    SignedOut,
    SiteAdmin,
    /// A member of the consultation's workspace.
    Own(WorkspaceRole),
    /// A member of another workspace only.
    Other(WorkspaceRole),
}

/// Who an endpoint lets through.
#[derive(Clone, Copy, Debug)]
enum Rule {
    /// Anyone, signed in or not: citizens' pages (a secret in the address guards what needs it).
    Public,
    /// Any signed-in staff member.
    Staff,
    /// Whoever may do this to the consultation's workspace.
    On(Action),
    /// Whoever may do this in some workspace (creating a consultation goes in their own).
    Somewhere(Action),
    /// Only the staff member who asked for it (a prepared download; the site admin here).
    Requester,
    /// Whoever manages some workspace's people (a workspace admin anywhere), or adds workspaces.
    ManagesSome,
    /// Site admins only.
    SiteAdmin,
}

/// What each role may do in its own workspace, written out by hand from the issue (not read
/// from `permissions::can`, which this test checks).
fn role_may(role: WorkspaceRole, action: Action) -> bool {
    use WorkspaceRole::*;
    match action {
        Action::View | Action::SeeResults => true,
        Action::ReadResponses => matches!(role, Admin | Editor | Analyst),
        Action::Edit | Action::EnterResponses => matches!(role, Admin | Editor),
        // Reviewing: the "reviewers (workspace admins)"; deleting a response likewise.
        Action::ManageMembers | Action::ReadAudit | Action::Review | Action::DeleteResponses => {
            role == Admin
        }
        Action::ManageTemplates
        | Action::ManageWorkspaces
        | Action::ManageAccounts
        | Action::ManageSiteSettings
        | Action::SubjectRequests
        | Action::RemoveSavedQuestion => false,
    }
}

fn allowed(rule: Rule, who: Who) -> bool {
    match (rule, who) {
        (Rule::Public, _) => true,
        (_, Who::SignedOut) => false,
        (_, Who::SiteAdmin) => true,
        (Rule::Staff, _) => true,
        (Rule::Requester | Rule::SiteAdmin, _) => false,
        (Rule::ManagesSome, Who::Own(role) | Who::Other(role)) => role == WorkspaceRole::Admin,
        (Rule::On(action), Who::Own(role)) => role_may(role, action),
        (Rule::On(_), Who::Other(_)) => false,
        (Rule::Somewhere(action), Who::Own(role) | Who::Other(role)) => role_may(role, action),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Page,
    ServerFn,
    FormPost,
    File,
}

/// One row of the table: an endpoint as the router registers it, who it lets through, and the
/// request that asks it (`{slug}`, `{key}`, `{reference}`, `{token}`, `{preview}` filled in from
/// the fixture). Server functions take their arguments as a form body.
struct Endpoint {
    kind: Kind,
    registered: &'static str,
    rule: Rule,
    body: &'static str,
}

fn page(registered: &'static str, rule: Rule) -> Endpoint {
    Endpoint {
        kind: Kind::Page,
        registered,
        rule,
        body: "",
    }
}

fn server_fn(registered: &'static str, rule: Rule, body: &'static str) -> Endpoint {
    Endpoint {
        kind: Kind::ServerFn,
        registered,
        rule,
        body,
    }
}

fn form_post(registered: &'static str, rule: Rule) -> Endpoint {
    Endpoint {
        kind: Kind::FormPost,
        registered,
        rule,
        body: "",
    }
}

fn file(registered: &'static str, rule: Rule) -> Endpoint {
    Endpoint {
        kind: Kind::File,
        registered,
        rule,
        body: "",
    }
}

/// The table: every endpoint and who it lets through.
fn endpoints() -> Vec<Endpoint> {
    use Action::*;
    use Rule::*;
    use app::builder::api::*;
    use app::documents::api::*;
    use app::entry::api::*;
    use app::hub::api::*;
    use app::library::api::*;
    use app::respond::api::*;
    use app::results::api::*;
    use app::results::prepared_api::*;
    use app::results::responses::*;
    use app::translation::api::*;
    vec![
        // Citizens' pages.
        page("/", Public),
        page("/consultations/{slug}", Public),
        page("/consultations/{slug}/respond", Public),
        page("/consultations/{slug}/respond/{token}/{page}", Public),
        page("/consultations/{slug}/saved", Public),
        page("/consultations/{slug}/return", Public),
        page("/consultations/{slug}/return/{link}", Public),
        page("/consultations/{slug}/confirmation/{reference}", Public),
        page("/consultations/{slug}/privacy", Public),
        page("/preview/{token}", Public),
        page("/staff/sign-in", Public),
        page("/staff/forgot-password", Public),
        page("/staff/set-password/{token}", Public),
        // A sign-in's second step: the page says to sign in again when none is under way.
        page("/staff/sign-in/code", Public),
        // Staff pages.
        page("/staff", Staff),
        page("/staff/library", Staff),
        page("/staff/account", Staff),
        page("/staff/two-factor", Staff),
        page("/staff/settings", SiteAdmin),
        page("/staff/settings/checklist", SiteAdmin),
        page("/staff/settings/logo", SiteAdmin),
        page("/staff/personal-data", SiteAdmin),
        page("/staff/workspaces", ManagesSome),
        page("/staff/accounts", SiteAdmin),
        page("/staff/accounts/{id}", SiteAdmin),
        page("/staff/audit", Somewhere(ReadAudit)),
        page("/staff/workspaces/{code}", On(ManageMembers)),
        page("/staff/consultations/new", Somewhere(Edit)),
        page("/staff/consultations/{slug}/preview", On(View)),
        page("/staff/consultations/{slug}/results", On(SeeResults)),
        page(
            "/staff/consultations/{slug}/results/compare",
            On(SeeResults),
        ),
        page("/staff/consultations/{slug}/responses", On(ReadResponses)),
        page(
            "/staff/consultations/{slug}/responses/{reference}",
            On(ReadResponses),
        ),
        page(
            "/staff/consultations/{slug}/answers/{key}",
            On(ReadResponses),
        ),
        page("/staff/downloads/{token}", Requester),
        page(
            "/staff/consultations/{slug}/enter-response",
            On(EnterResponses),
        ),
        page("/staff/consultations/{slug}/details", On(Edit)),
        page("/staff/consultations/{slug}/questionnaire", On(Edit)),
        page("/staff/consultations/{slug}/questions/{key}", On(Edit)),
        page("/staff/consultations/{slug}/documents", On(Edit)),
        page("/staff/consultations/{slug}/welsh", On(Edit)),
        // Anyone who sees the consultation reads its review page; its buttons follow the role.
        page("/staff/consultations/{slug}/review", On(View)),
        // Its outcome's page likewise: the form is for those who edit it.
        page("/staff/consultations/{slug}/outcome", On(View)),
        // Its privacy and personal data page likewise.
        page("/staff/consultations/{slug}/personal-data", On(View)),
        // Server functions (each page's loader, and the islands' calls).
        server_fn(ListConsultations::PATH, Public, ""),
        server_fn(GetConsultation::PATH, Public, "slug={slug}"),
        server_fn(GetResponseForm::PATH, Public, "slug={slug}"),
        server_fn(SubmitResponse::PATH, Public, "slug={slug}"),
        server_fn(
            LoadResponseStep::PATH,
            Public,
            "slug={slug}&token=x&page=1&from_check=false",
        ),
        server_fn(
            GetConfirmation::PATH,
            Public,
            "slug={slug}&reference={reference}",
        ),
        server_fn(LoadReturnPage::PATH, Public, "slug={slug}"),
        server_fn(
            app::privacy::api::LoadPrivacyNotice::PATH,
            Public,
            "slug={slug}",
        ),
        server_fn(ResumeFromLink::PATH, Public, "slug={slug}&link=x"),
        server_fn(LoadSharedPreview::PATH, Public, "token={preview}"),
        server_fn(
            app::staff::api::LoadSetPassword::PATH,
            Public,
            "token={token}",
        ),
        server_fn(LoadStaffHome::PATH, Staff, ""),
        server_fn(LoadLibrary::PATH, Staff, ""),
        server_fn(app::staff::api::LoadAccount::PATH, Staff, ""),
        server_fn(app::staff::api::LoadSignInCode::PATH, Public, ""),
        server_fn(app::staff::api::LoadTwoFactor::PATH, Staff, ""),
        server_fn(app::settings::api::LoadSiteSettings::PATH, SiteAdmin, ""),
        server_fn(app::settings::api::LoadChecklist::PATH, SiteAdmin, ""),
        server_fn(
            app::privacy::api::LoadPersonalDataRequests::PATH,
            SiteAdmin,
            "",
        ),
        server_fn(app::workspaces::api::LoadWorkspaces::PATH, ManagesSome, ""),
        server_fn(app::workspaces::api::LoadAccounts::PATH, SiteAdmin, ""),
        server_fn(
            app::workspaces::api::LoadAccountDetails::PATH,
            SiteAdmin,
            "id={id}",
        ),
        server_fn(app::audit::api::LoadAudit::PATH, Somewhere(ReadAudit), ""),
        server_fn(
            app::workspaces::api::LoadWorkspace::PATH,
            On(ManageMembers),
            "code={code}",
        ),
        server_fn(LoadNewConsultationForm::PATH, Somewhere(Edit), ""),
        server_fn(LoadStaffPreview::PATH, On(View), "slug={slug}"),
        server_fn(LoadConsultationResults::PATH, On(SeeResults), "slug={slug}"),
        server_fn(LoadCrossTab::PATH, On(SeeResults), "slug={slug}"),
        server_fn(LoadResponses::PATH, On(ReadResponses), "slug={slug}"),
        server_fn(
            LoadResponse::PATH,
            On(ReadResponses),
            "slug={slug}&reference={reference}",
        ),
        server_fn(
            LoadTextAnswers::PATH,
            On(ReadResponses),
            "slug={slug}&key={key}",
        ),
        server_fn(LoadPreparedDownload::PATH, Requester, "token={token}"),
        server_fn(PreparedDownloadProgress::PATH, Requester, "token={token}"),
        server_fn(LoadEntryForm::PATH, On(EnterResponses), "slug={slug}"),
        server_fn(LoadQuestionnaireDraft::PATH, On(Edit), "slug={slug}"),
        server_fn(LoadConsultationDetails::PATH, On(Edit), "slug={slug}"),
        server_fn(LoadQuestionEditor::PATH, On(Edit), "slug={slug}&key={key}"),
        server_fn(LoadDocumentsPage::PATH, On(Edit), "slug={slug}"),
        server_fn(LoadWelshVersion::PATH, On(Edit), "slug={slug}"),
        server_fn(
            app::workflow::api::LoadReview::PATH,
            On(View),
            "slug={slug}",
        ),
        server_fn(
            app::workflow::api::LoadOutcome::PATH,
            On(View),
            "slug={slug}",
        ),
        server_fn(
            app::privacy::api::LoadPersonalData::PATH,
            On(View),
            "slug={slug}",
        ),
        // The islands' changes: a stale revision, so an allowed call changes nothing.
        server_fn(
            MoveQuestion::PATH,
            On(Edit),
            "slug={slug}&revision=stale&question={key}&page=x&index=0",
        ),
        server_fn(
            AddNewQuestion::PATH,
            On(Edit),
            "slug={slug}&revision=stale&kind=short_text&page=x&index=0",
        ),
        server_fn(
            SaveRoutes::PATH,
            On(Edit),
            "slug={slug}&revision=stale&question={key}&form=",
        ),
        server_fn(
            AutosaveQuestion::PATH,
            On(Edit),
            "slug={slug}&key={key}&revision=stale&form=",
        ),
        // Plain form posts (an empty form: an allowed one is told what is missing).
        form_post("/consultations/{slug}/respond", Public),
        form_post("/consultations/{slug}/respond/{token}/{page}", Public),
        form_post("/consultations/{slug}/return", Public),
        form_post("/consultations/{slug}/saved", Public),
        form_post("/preview/{token}", Public),
        form_post("/staff/sign-in", Public),
        form_post("/staff/forgot-password", Public),
        form_post("/staff/set-password/{token}", Public),
        form_post(app::library::LIBRARY_PATH, Staff),
        // An empty form: no action, so a signed-in member is told it is not one.
        form_post(app::staff::views::ACCOUNT_PATH, Staff),
        form_post(app::staff::views::TWO_FACTOR_PATH, Staff),
        form_post(app::staff::two_factor_views::SIGN_IN_CODE_PATH, Public),
        form_post(app::settings::SETTINGS_PATH, SiteAdmin),
        // An empty form: an allowed one is told the button is unknown.
        form_post(app::settings::CHECKLIST_PATH, SiteAdmin),
        // An empty form: an allowed one is told the button is unknown.
        form_post(app::settings::LOGO_PATH, SiteAdmin),
        // An empty form: an allowed one is told the button is unknown.
        form_post(app::privacy::REQUESTS_PATH, SiteAdmin),
        form_post(app::workspaces::WORKSPACES_PATH, SiteAdmin),
        form_post(app::workspaces::ACCOUNTS_PATH, SiteAdmin),
        form_post("/staff/accounts/{id}", SiteAdmin),
        form_post("/staff/workspaces/{code}", On(ManageMembers)),
        form_post(app::builder::NEW_CONSULTATION_PATH, Somewhere(Edit)),
        form_post("/staff/consultations/{slug}/preview", On(View)),
        form_post(PREPARE_DOWNLOAD_PATH, On(ReadResponses)),
        form_post(
            "/staff/consultations/{slug}/enter-response",
            On(EnterResponses),
        ),
        form_post("/staff/consultations/{slug}/questionnaire", On(Edit)),
        form_post("/staff/consultations/{slug}/questions/{key}", On(Edit)),
        form_post("/staff/consultations/{slug}/details", On(Edit)),
        form_post("/staff/consultations/{slug}/documents", On(Edit)),
        form_post("/staff/consultations/{slug}/welsh", On(Edit)),
        // Editors send and schedule, workspace admins also review: both edit (an empty form: an
        // allowed one is told the button is unknown).
        form_post("/staff/consultations/{slug}/review", On(Edit)),
        // The outcome is written by those who edit (an empty form is refused as such).
        form_post("/staff/consultations/{slug}/outcome", On(Edit)),
        // As are its privacy notice and personal data (an empty form: told what is missing).
        form_post("/staff/consultations/{slug}/personal-data", On(Edit)),
        // Deleting a response is a workspace admin's (an empty form: told to give a reason).
        form_post(
            "/staff/consultations/{slug}/responses/{reference}",
            On(DeleteResponses),
        ),
        // Files, the live stream and exports.
        file(server::DOCUMENT_FILE_PATH, Public),
        // The council's logo, on every page (one not set is not found).
        file(app::domain::site_logo::LOGO_FILE_PATH, Public),
        file(app::results::http::LIVE_RESULTS_PATH, On(SeeResults)),
        file(app::results::export::EXPORT_CSV_PATH, On(ReadResponses)),
        file(app::results::export::EXPORT_XLSX_PATH, On(ReadResponses)),
        file(PREPARED_FILE_PATH, Requester),
        file(app::audit::AUDIT_CSV_PATH, Somewhere(ReadAudit)),
        // Last: it ends each asker's session.
        form_post("/staff/sign-out", Public),
    ]
}

/// The endpoints the router serves that the table does not name.
fn missing_from(table: &[Endpoint]) -> Vec<String> {
    let named: BTreeSet<(Kind, String)> = table
        .iter()
        .map(|e| (e.kind, e.registered.to_string()))
        .collect();
    let mut served = Vec::new();
    for page in leptos_axum::generate_route_list(app::App) {
        served.push((Kind::Page, page.path().to_string()));
    }
    for (path, _) in leptos::server_fn::axum::server_fn_paths() {
        served.push((Kind::ServerFn, path.to_string()));
    }
    for (path, _) in server::form_posts() {
        served.push((Kind::FormPost, path.to_string()));
    }
    for (path, _) in server::file_routes() {
        served.push((Kind::File, path.to_string()));
    }
    served
        .into_iter()
        .filter(|endpoint| !named.contains(endpoint))
        .map(|(kind, path)| format!("{kind:?} {path}"))
        .collect()
}

/// What came back, as far as permission goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// Let through (whatever it then said of the request itself).
    Through,
    /// Refused: 403 (or 404, for a download that is not the asker's: its existence is not told).
    Refused,
    /// Asked to sign in: 401, or a redirect to the sign-in page.
    SignIn,
}

fn outcome(status: StatusCode, location: &str, rule: Rule) -> Outcome {
    match status {
        StatusCode::UNAUTHORIZED => Outcome::SignIn,
        StatusCode::SEE_OTHER | StatusCode::FOUND
            if location == "/staff/sign-in" || location.starts_with("/staff/sign-in?next=") =>
        {
            Outcome::SignIn
        }
        StatusCode::FORBIDDEN => Outcome::Refused,
        StatusCode::NOT_FOUND if matches!(rule, Rule::Requester) => Outcome::Refused,
        _ => Outcome::Through,
    }
}

/// What each asker should meet.
fn expected(rule: Rule, who: Who) -> Outcome {
    if allowed(rule, who) {
        Outcome::Through
    } else if who == Who::SignedOut {
        Outcome::SignIn
    } else {
        Outcome::Refused
    }
}

struct Fixture {
    router: Router,
    values: Vec<(&'static str, String)>,
    cookies: Vec<(Who, Option<String>)>,
}

impl Fixture {
    fn fill(&self, template: &str) -> String {
        let mut text = template.to_string();
        for (name, value) in &self.values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    async fn ask(&self, endpoint: &Endpoint, cookie: Option<&str>) -> (StatusCode, String) {
        let path = self.fill(endpoint.registered);
        let mut request = match endpoint.kind {
            Kind::Page | Kind::File => Request::get(&path).header(header::ACCEPT, "text/html"),
            Kind::ServerFn => Request::post(&path)
                .header(header::ACCEPT, "application/json")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
            Kind::FormPost => Request::post(&path)
                .header(header::ACCEPT, "text/html")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
        }
        .header("sec-fetch-site", "same-origin");
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        let body = self.fill(endpoint.body);
        let response = self
            .router
            .clone()
            .oneshot(request.body(Body::from(body)).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let location = response
            .headers()
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        // The live stream never ends: its first bytes are enough.
        if endpoint.registered != app::results::http::LIVE_RESULTS_PATH {
            let _ = response.into_body().collect().await;
        }
        (status, location)
    }
}

/// The tests' settings, with every export prepared in the background (so there is a download to
/// ask for).
fn config() -> Config {
    Config {
        prepare_downloads_above: 0,
        ..support::test_config(false)
    }
}

fn cookie_of(token: &str) -> String {
    format!("{}={token}", app::staff::api::SESSION_COOKIE)
}

async fn fixture(state: AppState) -> Fixture {
    use app::staff::service::{SignInOutcome, create_staff, department_by_code, sign_in};
    let router = server::router(state.clone());
    let db = &state.db;
    let now = chrono::Utc::now();

    // One account per role in the consultation's workspace and in another.
    let highways = department_by_code(db, "highways").await.unwrap();
    let culture = department_by_code(db, "culture").await.unwrap();
    let mut cookies = vec![(Who::SignedOut, None)];
    for role in WorkspaceRole::ALL {
        for (who, workspace, name) in [
            (Who::Own(role), highways, "own"),
            (Who::Other(role), culture, "other"),
        ] {
            let email = format!("{name}.{}@example.gov.uk", role.code());
            create_staff(db, &email, "Member", PASSWORD, role.code(), Some(workspace))
                .await
                .unwrap();
            let SignInOutcome::Opened(token, _) = sign_in(db, &email, PASSWORD, now).await.unwrap()
            else {
                panic!("{email} signs in with a password alone");
            };
            cookies.push((who, Some(cookie_of(&token))));
        }
    }
    let SignInOutcome::Opened(admin_token, site_admin) = sign_in(
        db,
        app::demo::DEMO_STAFF_EMAIL,
        app::demo::DEMO_STAFF_PASSWORD,
        now,
    )
    .await
    .unwrap() else {
        panic!("the demo account signs in with a password alone");
    };
    assert!(site_admin.site_admin, "the demo account is a site admin");
    cookies.push((Who::SiteAdmin, Some(cookie_of(&admin_token))));

    // A response (for its reference), a text question's key, a preview link, and a download
    // the site admin asked for.
    let form = app::respond::service::load_form(db, &state.signing_key, OWN, now)
        .await
        .unwrap();
    let first = form.questionnaire.questions().next().unwrap();
    let answer = first.kind.options()[0].id.to_string();
    let text_question = form
        .questionnaire
        .questions()
        .find(|q| {
            matches!(
                q.kind,
                app::domain::QuestionKind::ShortText { .. }
                    | app::domain::QuestionKind::LongText { .. }
            )
        })
        .expect("the open consultation asks a text question");
    let fields = vec![
        ("idempotency_key".to_string(), form.idempotency_key.clone()),
        (first.field_name(), answer),
        (text_question.field_name(), WRITTEN.to_string()),
    ];
    let confirmation = app::respond::service::submit(db, &state.signing_key, OWN, &fields, now)
        .await
        .unwrap();
    let key = text_question.key.clone();
    let preview =
        app::builder::preview::staff_preview(db, &state.signing_key, &site_admin, OWN, now)
            .await
            .unwrap();
    let preview_token = preview
        .preview
        .and_then(|p| p.share_link)
        .and_then(|link| link.strip_prefix("/preview/").map(str::to_string))
        .unwrap();
    let prepare = app::results::prepared_api::PREPARE_DOWNLOAD_PATH.replace("{slug}", OWN);
    let asked = router
        .clone()
        .oneshot(
            Request::post(&prepare)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "same-origin")
                .header(header::COOKIE, cookie_of(&admin_token))
                .body(Body::from("format=csv"))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(asked.status(), StatusCode::SEE_OTHER);
    let download = asked.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .trim_start_matches("/staff/downloads/")
        .to_string();

    // A logo, so its address answers with it.
    {
        use sea_orm::{ActiveValue::Set, EntityTrait};
        app::db::entities::site_file::Entity::insert(app::db::entities::site_file::ActiveModel {
            name: Set("logo".into()),
            file_name: Set("logo.png".into()),
            file_type: Set("png".into()),
            width: Set(240),
            height: Set(80),
            version: Set("0123456789abcdef".into()),
            bytes: Set(include_bytes!("../../end2end/tests/fixtures/council-logo.png").to_vec()),
            updated_at: Set(now),
        })
        .exec(db)
        .await
        .unwrap();
    }

    Fixture {
        router,
        values: vec![
            ("file", "0123456789abcdef.png".into()),
            ("slug", OWN.to_string()),
            ("code", "highways".into()),
            ("key", key),
            ("reference", confirmation.reference),
            ("token", download),
            ("preview", preview_token),
            ("page", "1".into()),
            ("link", "x".into()),
            ("id", "1".into()),
        ],
        cookies,
    }
}

#[test]
fn the_table_names_every_endpoint_the_router_serves() {
    let missing = missing_from(&endpoints());
    assert!(
        missing.is_empty(),
        "the permission table in server/tests/permissions.rs does not say who may use: {missing:?}"
    );
}

/// Every endpoint × every asker answers as the table says.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_lets_through_exactly_whom_the_table_says() {
    let state = server::start(&config(), support::test_options())
        .await
        .unwrap();
    let fixture = fixture(state).await;
    let table = endpoints();
    let mut wrong = Vec::new();
    for endpoint in &table {
        for (who, cookie) in &fixture.cookies {
            let (status, location) = fixture.ask(endpoint, cookie.as_deref()).await;
            let got = outcome(status, &location, endpoint.rule);
            let want = expected(endpoint.rule, *who);
            if got != want {
                wrong.push(format!(
                    "{:?} {} as {who:?}: {got:?} ({status} {location}), want {want:?}",
                    endpoint.kind, endpoint.registered
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} answers were not as the table says:\n{}",
        wrong.len(),
        table.len() * fixture.cookies.len(),
        wrong.join("\n")
    );
}

/// A viewer sees a consultation's counts and charts but not what anyone wrote: the dashboard
/// leaves out text answers and offers neither responses nor downloads; an analyst sees them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn viewers_see_counts_but_not_what_people_wrote() {
    let state = server::start(&config(), support::test_options())
        .await
        .unwrap();
    let fixture = fixture(state).await;
    let cookie = |who: Who| {
        fixture
            .cookies
            .iter()
            .find(|(w, _)| *w == who)
            .and_then(|(_, c)| c.clone())
            .unwrap()
    };
    let results = page(
        "/staff/consultations/{slug}/results",
        Rule::On(Action::SeeResults),
    );
    let read = |who: Who| {
        let cookie = cookie(who);
        let path = fixture.fill(results.registered);
        let router = fixture.router.clone();
        async move {
            let response = router
                .oneshot(
                    Request::get(&path)
                        .header(header::ACCEPT, "text/html")
                        .header(header::COOKIE, cookie)
                        .body(Body::empty())
                        .unwrap(),
                )
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::OK);
            let bytes = response.into_body().collect().await.unwrap().to_bytes();
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    let analyst = read(Who::Own(WorkspaceRole::Analyst)).await;
    assert!(analyst.contains(WRITTEN));
    assert!(
        analyst.contains("/responses\""),
        "the analyst is offered the responses"
    );
    let viewer = read(Who::Own(WorkspaceRole::Viewer)).await;
    assert!(
        !viewer.contains(WRITTEN),
        "the viewer never reads what was written"
    );
    assert!(viewer.contains("viewers see the counts"));
    assert!(!viewer.contains("/responses\""), "no way to the responses");
    assert!(!viewer.contains("responses.csv") && !viewer.contains("/downloads\""));
    assert!(
        viewer.contains("1 response") || viewer.contains(">1<"),
        "the count is there"
    );
}
