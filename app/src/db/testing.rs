//! Databases for tests: a fresh in-memory SQLite always, and a fresh PostgreSQL schema too when
//! `TEST_POSTGRES_URL` is set (CI sets it), so every service test runs on both.

use std::sync::atomic::{AtomicU32, Ordering};

use migration::MigratorTrait;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbErr, Statement};

static NEXT_SCHEMA: AtomicU32 = AtomicU32::new(0);

/// `(backend name, connection)` pairs, each freshly migrated and empty.
pub async fn test_databases() -> Vec<(&'static str, DatabaseConnection)> {
    let mut dbs = vec![(
        "sqlite",
        super::connect("sqlite::memory:")
            .await
            .expect("in-memory SQLite"),
    )];
    if let Ok(url) = std::env::var("TEST_POSTGRES_URL")
        && !url.is_empty()
    {
        dbs.push((
            "postgres",
            fresh_postgres(&url)
                .await
                .unwrap_or_else(|e| panic!("TEST_POSTGRES_URL is set but unusable: {e}")),
        ));
    }
    dbs
}

/// A new schema on the server at `url`, migrated, with the connection's search path set to it.
/// Schemas of earlier test processes are dropped first, so runs do not accumulate them.
pub async fn fresh_postgres(url: &str) -> Result<DatabaseConnection, DbErr> {
    let pid = std::process::id();
    let n = NEXT_SCHEMA.fetch_add(1, Ordering::SeqCst);
    let schema = format!("t_{pid}_{n}");
    let admin = Database::connect(url).await?;
    if n == 0 {
        drop_stale_schemas(&admin, pid).await?;
    }
    admin
        .execute_unprepared(&format!("CREATE SCHEMA {schema}"))
        .await?;
    admin.close().await?;

    let mut options = sea_orm::ConnectOptions::new(url.to_string());
    options
        .sqlx_logging(false)
        .max_connections(5)
        .set_schema_search_path(schema);
    let db = Database::connect(options).await?;
    migration::Migrator::up(&db, None).await?;
    Ok(db)
}

async fn drop_stale_schemas(admin: &DatabaseConnection, pid: u32) -> Result<(), DbErr> {
    let rows = admin
        .query_all_raw(Statement::from_string(
            admin.get_database_backend(),
            "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 't\\_%'",
        ))
        .await?;
    let own = format!("t_{pid}_");
    for row in rows {
        let name: String = row.try_get("", "schema_name")?;
        if !name.starts_with(&own) && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            admin
                .execute_unprepared(&format!("DROP SCHEMA IF EXISTS {name} CASCADE"))
                .await?;
        }
    }
    Ok(())
}
