//! The platform's HTTP server: configuration, start-up and the router. `main.rs` adds the
//! command line.

pub mod config;
pub mod middleware;

use app::state::AppState;
use axum::{Router, routing::post};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};

pub use config::Config;

/// Opens (and migrates) the database, loads demo content if asked, and builds the state.
pub async fn start(config: &Config, leptos_options: LeptosOptions) -> anyhow::Result<AppState> {
    let db = app::db::connect(&config.database_url).await?;
    if config.demo_data && app::demo::load_if_empty(&db, chrono::Utc::now()).await? {
        tracing::info!(
            "loaded demo content; staff sign-in: {} / {}",
            app::demo::DEMO_STAFF_EMAIL,
            app::demo::DEMO_STAFF_PASSWORD
        );
    }
    let signing_key = app::db::signing_key(&db).await?;
    Ok(AppState {
        db,
        signing_key: std::sync::Arc::new(signing_key),
        leptos_options,
        secure_cookies: config.secure_cookies,
    })
}

/// Every route: the Leptos pages and server functions, the plain form posts, static files.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(app::App);
    let options = state.leptos_options.clone();
    Router::new()
        .route(
            "/consultations/{slug}/respond",
            post(app::respond::http::post_response),
        )
        .route("/staff/sign-in", post(app::staff::http::post_sign_in))
        .route("/staff/sign-out", post(app::staff::http::post_sign_out))
        .leptos_routes_with_context(&state, routes, || (), {
            let options = options.clone();
            move || app::shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(
            app::shell,
        ))
        .layer(axum::middleware::from_fn(
            middleware::server_fn_error_status,
        ))
        .layer(axum::middleware::from_fn(
            middleware::refuse_cross_site_writes,
        ))
        .layer(axum::middleware::from_fn(middleware::security_headers))
        .with_state(state)
}
