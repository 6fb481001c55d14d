//! The platform's HTTP server: configuration, start-up and the router. `main.rs` adds the
//! command line.

pub mod assets;
pub mod config;
pub mod middleware;
pub mod plain_pages;

use app::state::AppState;
use axum::{
    Router,
    extract::DefaultBodyLimit,
    routing::{MethodRouter, get, post},
};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use sea_orm::DatabaseConnection;
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::{
        CompressionLayer,
        predicate::{DefaultPredicate, NotForContentType, Predicate},
    },
};

pub use config::Config;

/// Opens (and migrates) the database, loads demo content if asked, and builds the state.
pub async fn start(config: &Config, leptos_options: LeptosOptions) -> anyhow::Result<AppState> {
    let db = app::db::connect(&config.database_url).await?;
    start_with_db(db, config, leptos_options).await
}

/// As `start`, on a database that is already open and migrated (tests use fresh schemas).
pub async fn start_with_db(
    db: DatabaseConnection,
    config: &Config,
    leptos_options: LeptosOptions,
) -> anyhow::Result<AppState> {
    let signing_key = app::db::signing_key(&db).await?;
    if config.demo_data && app::demo::load_if_empty(&db, chrono::Utc::now()).await? {
        tracing::info!(
            "loaded demo content; staff sign-in: {} / {}",
            app::demo::DEMO_STAFF_EMAIL,
            app::demo::DEMO_STAFF_PASSWORD
        );
        if config.demo_responses {
            let stored =
                app::demo::add_demo_responses(&db, &signing_key, chrono::Utc::now()).await?;
            tracing::info!("stored {stored} demo responses");
        }
    }
    // Files of downloads that expired while no server ran go now (also whenever one is asked for).
    let sweeping = db.clone();
    tokio::spawn(async move {
        if let Err(error) =
            app::results::prepared::remove_expired(&sweeping, chrono::Utc::now()).await
        {
            tracing::warn!(%error, "expired downloads were not removed");
        }
    });
    // Drafts of consultations closed a month ago, and emails given up a month ago, go now and
    // every six hours after.
    let sweeping = db.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(6 * 60 * 60));
        loop {
            every.tick().await;
            match app::respond::journey::remove_stale(&sweeping, chrono::Utc::now()).await {
                Ok(0) => {}
                Ok(removed) => {
                    tracing::info!("removed {removed} drafts of long-closed consultations")
                }
                Err(error) => tracing::warn!(%error, "old drafts were not removed"),
            }
            match app::mail::outbox::remove_given_up(&sweeping, chrono::Utc::now()).await {
                Ok(0) => {}
                Ok(removed) => tracing::info!("removed {removed} emails given up a month ago"),
                Err(error) => tracing::warn!(%error, "old emails given up were not removed"),
            }
        }
    });
    // Email goes out in the background, by SMTP or into a folder (decision 0028).
    let transport = app::mail::transport::Transport::new(
        config.smtp_url.as_deref(),
        std::path::Path::new(&config.mail_folder),
        &config.mail_from,
    )
    .map_err(anyhow::Error::msg)?;
    tracing::info!("email is sent {}", transport.describe());
    let mail = app::mail::outbox::Mail::new(&config.public_url);
    // The workflow's clock opens and closes consultations on their dates, and the people
    // involved are emailed of each step (decision 0038).
    tokio::spawn(app::workflow::service::run_clock_forever(
        db.clone(),
        mail.clone(),
        config.workflow_clock_every,
    ));
    tokio::spawn(app::mail::outbox::run_sender(
        db.clone(),
        transport,
        mail.clone(),
    ));
    // The council's identity on every page, read again each clock round for a change made on
    // another server (decision 0040).
    let identity = app::settings::identity::Current::load(&db).await?;
    tokio::spawn({
        let (db, identity) = (db.clone(), identity.clone());
        let every = config.workflow_clock_every;
        async move {
            let mut every = tokio::time::interval(every);
            loop {
                every.tick().await;
                if let Err(error) = identity.refresh(&db).await {
                    tracing::warn!(%error, "the council's identity was not read again");
                }
            }
        }
    });
    let live = app::results::live::LiveResults::new(db.clone());
    if live.relay() == app::results::live::Relay::Postgres {
        tokio::spawn(app::results::live::listen_to_postgres(live.clone()));
    }
    Ok(AppState {
        live,
        indexes: app::results::index::ResultsIndexes::new(),
        downloads: app::results::prepared::Downloads::new(config.prepare_downloads_above),
        rate_limits: std::sync::Arc::new(app::respond::limits::RateLimits::new(
            config.rate_limits,
            config.client_address_header.clone(),
        )),
        mail,
        identity,
        db,
        signing_key: std::sync::Arc::new(signing_key),
        leptos_options,
        secure_cookies: config.secure_cookies,
    })
}

/// The plain HTML form posts beside the Leptos pages (the paths that work without JavaScript),
/// in axum's path syntax. Listed once so the fuzz test can check it covers every one.
pub fn form_posts() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        (
            "/consultations/{slug}/respond",
            post(app::respond::http::post_response),
        ),
        (
            "/consultations/{slug}/respond/{token}/{page}",
            post(app::respond::http::post_step),
        ),
        (
            "/consultations/{slug}/return",
            post(app::respond::http::post_return),
        ),
        (
            "/consultations/{slug}/saved",
            post(app::respond::http::post_saved),
        ),
        ("/staff/sign-in", post(app::staff::http::post_sign_in)),
        ("/staff/sign-out", post(app::staff::http::post_sign_out)),
        (
            app::staff::views::FORGOT_PASSWORD_PATH,
            post(app::staff::http::post_forgot_password),
        ),
        (
            "/staff/set-password/{token}",
            post(app::staff::http::post_set_password),
        ),
        (
            app::staff::views::ACCOUNT_PATH,
            post(app::staff::http::post_account),
        ),
        (
            app::staff::two_factor_views::SIGN_IN_CODE_PATH,
            post(app::staff::http::post_sign_in_code),
        ),
        (
            app::staff::views::TWO_FACTOR_PATH,
            post(app::staff::http::post_two_factor),
        ),
        (
            app::settings::SETTINGS_PATH,
            post(app::settings::http::post_settings),
        ),
        (
            app::settings::CHECKLIST_PATH,
            post(app::settings::http::post_checklist),
        ),
        (
            app::privacy::REQUESTS_PATH,
            post(app::privacy::http::post_requests),
        ),
        (
            app::workspaces::WORKSPACES_PATH,
            post(app::workspaces::http::post_workspaces),
        ),
        (
            app::workspaces::ACCOUNTS_PATH,
            post(app::workspaces::http::post_accounts),
        ),
        (
            "/staff/accounts/{id}",
            post(app::workspaces::http::post_account_details),
        ),
        (
            "/staff/workspaces/{code}",
            post(app::workspaces::http::post_workspace),
        ),
        (
            app::builder::NEW_CONSULTATION_PATH,
            post(app::builder::http::post_new_consultation),
        ),
        (
            "/staff/consultations/{slug}/questionnaire",
            post(app::builder::http::post_questionnaire),
        ),
        (
            "/staff/consultations/{slug}/questions/{key}",
            post(app::builder::http::post_question),
        ),
        (
            "/staff/consultations/{slug}/enter-response",
            post(app::entry::http::post_entry),
        ),
        (
            "/staff/consultations/{slug}/welsh",
            post(app::translation::http::post_welsh_version),
        ),
        (
            "/staff/consultations/{slug}/details",
            post(app::builder::http::post_details),
        ),
        (
            "/staff/consultations/{slug}/review",
            post(app::workflow::http::post_review),
        ),
        (
            "/staff/consultations/{slug}/outcome",
            post(app::workflow::http::post_outcome),
        ),
        (
            "/staff/consultations/{slug}/personal-data",
            post(app::privacy::http::post_personal_data),
        ),
        (
            "/staff/consultations/{slug}/responses/{reference}",
            post(app::results::deletion::post_delete_response),
        ),
        (
            "/staff/consultations/{slug}/preview",
            post(app::builder::http::post_staff_preview),
        ),
        (
            "/preview/{token}",
            post(app::builder::http::post_shared_preview),
        ),
        (
            app::library::LIBRARY_PATH,
            post(app::library::http::post_library),
        ),
        (
            app::results::prepared_api::PREPARE_DOWNLOAD_PATH,
            post(app::results::prepared::post_prepare),
        ),
        // An upload is the one post larger than axum's default limit.
        (
            "/staff/consultations/{slug}/documents",
            post(app::documents::http::post_documents).layer(DefaultBodyLimit::max(
                app::documents::http::MAX_UPLOAD_REQUEST_BYTES,
            )),
        ),
        (
            app::settings::LOGO_PATH,
            post(app::settings::http::post_logo).layer(DefaultBodyLimit::max(
                app::domain::site_logo::MAX_LOGO_BYTES + 64 * 1024,
            )),
        ),
    ]
}

/// The address of a related document's file (files are not pages: a route of its own).
pub const DOCUMENT_FILE_PATH: &str = "/consultations/{slug}/documents/{id}";

/// The files and streams beside the pages (GET routes of their own), listed once so the
/// permission test can check it covers every one.
pub fn file_routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        (DOCUMENT_FILE_PATH, get(app::documents::http::get_document)),
        (
            app::results::http::LIVE_RESULTS_PATH,
            get(app::results::http::get_live_results),
        ),
        (
            app::results::export::EXPORT_CSV_PATH,
            get(app::results::export::get_csv),
        ),
        (
            app::results::export::EXPORT_XLSX_PATH,
            get(app::results::export::get_xlsx),
        ),
        (
            app::results::prepared_api::PREPARED_FILE_PATH,
            get(app::results::prepared::get_file),
        ),
        (app::audit::AUDIT_CSV_PATH, get(app::audit::http::get_csv)),
        (
            app::domain::site_logo::LOGO_FILE_PATH,
            get(app::settings::http::get_logo),
        ),
    ]
}

/// Every route: the Leptos pages and server functions, the plain form posts, static files.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(app::App);
    let options = state.leptos_options.clone();
    let caching = std::sync::Arc::new(assets::AssetCaching::from_options(&options));
    let mut router = Router::new();
    for (path, handler) in form_posts().into_iter().chain(file_routes()) {
        router = router.route(path, handler);
    }
    let routes = router
        .leptos_routes_with_context(&state, routes, app::render::provide_request_context, {
            let options = options.clone();
            move || app::shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(app::render::provide_request_context, app::shell))
        .layer(axum::middleware::from_fn(
            middleware::server_fn_error_status,
        ))
        .layer(axum::middleware::from_fn_with_state(
            caching,
            assets::asset_caching,
        ))
        .layer(axum::middleware::from_fn(
            middleware::refuse_cross_site_writes,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::rate_limits,
        ))
        // A panic anywhere below answers 500 (drawn as a page) instead of dropping the connection.
        .layer(CatchPanicLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::designed_refusals,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::security_headers,
        ))
        .layer(axum::middleware::from_fn(plain_pages::plain_pages))
        // Brotli or gzip, as the browser accepts: pages, CSS, JS and WASM shrink several times.
        // Uploaded office files and PDFs are left alone (mostly compressed already, and up to
        // 20 MB each), and so are CSV exports: hundreds of megabytes at a million responses,
        // whose compressing would cost the server more than their reading, and a prepared
        // download keeps its length so the browser shows how much is left (decision 0024).
        // Its default rules leave images and event streams alone, and anything already
        // compressed (a release build's static files are precompressed at brotli's best level,
        // which the static file handler serves as they are).
        .layer(
            CompressionLayer::new().compress_when(
                DefaultPredicate::new()
                    .and(NotForContentType::const_new("application/pdf"))
                    .and(NotForContentType::const_new("application/vnd."))
                    .and(NotForContentType::const_new("application/msword"))
                    .and(NotForContentType::const_new("text/csv")),
            ),
        )
        .with_state(state);
    // The language prefix comes off before the routes are matched: an outer router whose every
    // request goes, rewritten, to the inner one.
    Router::new()
        .fallback_service(routes)
        .layer(axum::middleware::from_fn(middleware::language_from_address))
}
