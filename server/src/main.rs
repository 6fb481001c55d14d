//! `server` runs the platform; `server create-staff` adds a staff account.

use std::io::IsTerminal;

use anyhow::{Context, bail};
use leptos::prelude::get_configuration;
use server::{Config, router, start};

const USAGE: &str = "Usage:
  server                       run the platform (settings from the environment; see README)
  server create-department --code CODE --name NAME
                               add a workspace: a department (CODE: lower-case letters, digits
                               and hyphens)
  server create-staff --email EMAIL --name NAME [--role ROLE] [--department CODE]
                               add a staff account; the password is read from STAFF_PASSWORD
                               or asked for on the terminal
Roles: site_admin (every workspace; needs no --department), or a role in the workspace
--department names: workspace_admin, editor (default), analyst, viewer. Workspace admins and
editors build the workspace's consultations; analysts read results and responses and export
them; viewers see the consultations and their counts.";

#[tokio::main]
async fn main() -> std::process::ExitCode {
    // A clear message for the person at the terminal, not a backtrace.
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn".into()),
        )
        .init();

    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => serve().await,
        Some("create-staff") => create_staff(&args[1..]).await,
        Some("create-department") => create_department(&args[1..]).await,
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => bail!("unknown command {other:?}\n\n{USAGE}"),
    }
}

async fn serve() -> anyhow::Result<()> {
    let config = Config::from_env();
    let mut leptos_options = get_configuration(None)
        .context("reading the Leptos configuration")?
        .leptos_options;
    // A build with hashed file names leaves its hash list beside the binary: use it unless told
    // otherwise (cargo-leptos sets LEPTOS_HASH_FILES itself; a deployed binary need not).
    if std::env::var_os("LEPTOS_HASH_FILES").is_none() {
        leptos_options.hash_files =
            server::assets::hash_file_path(&leptos_options).is_some_and(|path| path.exists());
    }
    let address = leptos_options.site_addr;
    let state = start(&config, leptos_options).await?;
    let listener = tokio::net::TcpListener::bind(&address)
        .await
        .with_context(|| format!("listening on {address}"))?;
    tracing::info!("listening on http://{address}");
    let live = state.live.clone();
    // With each connection's address, for the respondent's rate limits (decision 0027).
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        stop_requested().await;
        // Live results streams never end by themselves: end them, so the requests under
        // way can finish and the server stops.
        live.shut_down();
    })
    .await?;
    Ok(())
}

/// Ctrl-C, or SIGTERM (how service managers and containers ask a server to stop).
async fn stop_requested() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

async fn create_department(args: &[String]) -> anyhow::Result<()> {
    let code = option(args, "--code").with_context(|| format!("--code is required\n\n{USAGE}"))?;
    let name = option(args, "--name").with_context(|| format!("--name is required\n\n{USAGE}"))?;
    let config = Config::from_env();
    let db = app::db::connect(&config.database_url).await?;
    match app::staff::service::create_department(&db, &code, &name).await {
        Ok(_) => {
            println!("Created department {name} ({code})");
            Ok(())
        }
        Err(error) => bail!("{error}"),
    }
}

fn option(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

async fn create_staff(args: &[String]) -> anyhow::Result<()> {
    let email =
        option(args, "--email").with_context(|| format!("--email is required\n\n{USAGE}"))?;
    let name = option(args, "--name").with_context(|| format!("--name is required\n\n{USAGE}"))?;
    let role = option(args, "--role").unwrap_or_else(|| "editor".into());
    let password = match std::env::var("STAFF_PASSWORD") {
        Ok(password) => password,
        Err(_) if std::io::stdin().is_terminal() => {
            rpassword::prompt_password("Password (12 characters or more): ")?
        }
        Err(_) => bail!("set STAFF_PASSWORD or run on a terminal to type the password"),
    };
    let config = Config::from_env();
    let db = app::db::connect(&config.database_url).await?;
    let department = match option(args, "--department") {
        Some(code) => match app::staff::service::department_by_code(&db, &code).await {
            Ok(id) => Some(id),
            Err(error) => bail!("{error}"),
        },
        None => None,
    };
    match app::staff::service::create_staff(&db, &email, &name, &password, &role, department).await
    {
        Ok(staff) => {
            println!("Created staff account {} ({role})", staff.email);
            Ok(())
        }
        Err(error) => bail!("{error}"),
    }
}
