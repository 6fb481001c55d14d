//! Database access (server only): connection set-up, entities and the shared secret.

pub mod entities;
pub mod questionnaire_store;
pub mod testing;

use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ActiveValue::Set, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr,
    EntityTrait,
};

pub use entities::*;

/// Opens the database at `url` and brings its schema up to date.
///
/// SQLite gets foreign keys, a busy timeout (writers queue rather than fail) and write-ahead
/// logging (readers never block the writer). Synchronous stays at SQLite's default FULL: a
/// response is on disk before the citizen sees the confirmation.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_string());
    options.sqlx_logging(false);
    if url.starts_with("sqlite:") {
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        options.map_sqlx_sqlite_opts(move |o| {
            let o = o.foreign_keys(true).busy_timeout(Duration::from_secs(15));
            if in_memory {
                o
            } else {
                o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
            }
        });
        if in_memory {
            // Every connection to ":memory:" is a separate database: keep exactly one, forever.
            options
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None::<Duration>)
                .max_lifetime(None::<Duration>);
        }
    }
    let db = Database::connect(options).await?;
    Migrator::up(&db, None).await?;
    Ok(db)
}

/// The key that signs form tokens. Kept in the database so every app server shares it; made on
/// first start (the first server to insert it wins, the rest read it back).
pub async fn signing_key(db: &impl ConnectionTrait) -> Result<Vec<u8>, DbErr> {
    const NAME: &str = "form_signing_key";
    let fresh: [u8; 32] = rand::random();
    app_secret::Entity::insert(app_secret::ActiveModel {
        name: Set(NAME.into()),
        value: Set(hex::encode(fresh)),
    })
    .on_conflict_do_nothing()
    .exec(db)
    .await?;
    let stored = app_secret::Entity::find_by_id(NAME.to_string())
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(NAME.into()))?;
    hex::decode(stored.value).map_err(|e| DbErr::Custom(format!("bad {NAME}: {e}")))
}
