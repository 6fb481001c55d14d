//! Live results (decision 0021): every open dashboard hears of a stored response within a second,
//! on every app server.
//!
//! - A response commits → `LiveResults::response_stored(consultation id)`.
//! - One server (SQLite): that marks the consultation changed here. Several (PostgreSQL): it
//!   sends `pg_notify('consult_responses', '<id>')` — an id, never data — and every server's
//!   listener (this one's too) marks it changed; when a listener loses its connection, every
//!   watched consultation is marked changed once it is back, so nothing missed stays missed.
//! - Per consultation somebody is watching, one task reads the dashboard's figures after each
//!   change (changes within `SETTLE` are read once) and publishes them as a snapshot on a
//!   `watch` channel: the reading costs the same for one dashboard or a thousand, and a
//!   dashboard that falls behind simply gets the newest snapshot (no queue to overflow). The
//!   task ends when the last dashboard closes.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use tokio::sync::{Notify, watch};

use super::api::Dashboard;

/// The PostgreSQL channel responses are announced on.
pub const CHANNEL: &str = "consult_responses";

/// How long a burst of responses is gathered before the figures are read again: at most a few
/// readings a second per consultation, well within the second a dashboard promises.
pub const SETTLE: Duration = Duration::from_millis(150);

/// A reading of a consultation's dashboard, as sent to every dashboard open on it.
#[derive(Debug)]
pub struct Snapshot {
    pub responses: i64,
    /// The `Dashboard` as JSON, serialised once for every stream.
    pub json: String,
    /// The same without what people wrote (`Dashboard::without_answers`), for viewers.
    pub counts_json: String,
    /// When it was read: a dashboard that connects is not sent an old one.
    pub read_at: std::time::Instant,
    /// The UK day it was read on ("today" and the days chart change at midnight).
    pub uk_day: String,
}

impl Snapshot {
    /// Too old to send to a dashboard that has just drawn its own figures.
    pub fn is_stale(&self) -> bool {
        self.read_at.elapsed() > FRESH_FOR
            || self.uk_day != crate::domain::uk_time::uk_day_key(chrono::Utc::now())
    }
}

/// A snapshot this old is read again before a new dashboard is sent it.
pub const FRESH_FOR: Duration = Duration::from_secs(20);

/// Even with no response, figures that depend on the time ("today", the days chart, the status,
/// "as at") are read again this often while a dashboard watches.
pub const REREAD_EVERY: Duration = Duration::from_secs(60);

/// After a failed reading, the next try comes this long after (the database may be restarting).
pub const RETRY_AFTER: Duration = Duration::from_secs(2);

/// What the stream of one dashboard watches.
pub type SnapshotReceiver = watch::Receiver<Option<Arc<Snapshot>>>;

struct Watched {
    snapshots: watch::Sender<Option<Arc<Snapshot>>>,
    changed: Notify,
}

/// How a stored response reaches the dashboards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relay {
    /// Within this process (one server, SQLite).
    Local,
    /// Through PostgreSQL's NOTIFY, so every server hears (`listen_to_postgres` runs).
    Postgres,
}

pub struct LiveResults {
    db: DatabaseConnection,
    relay: Relay,
    watched: Mutex<HashMap<i64, Arc<Watched>>>,
    /// Set when the server is stopping: every stream ends.
    stopping: watch::Sender<bool>,
}

impl LiveResults {
    pub fn new(db: DatabaseConnection) -> Arc<Self> {
        let relay = match db.get_database_backend() {
            DbBackend::Postgres => Relay::Postgres,
            _ => Relay::Local,
        };
        Arc::new(LiveResults {
            db,
            relay,
            watched: Mutex::new(HashMap::new()),
            stopping: watch::channel(false).0,
        })
    }

    pub fn relay(&self) -> Relay {
        self.relay
    }

    /// Ends every stream (the server is stopping: streams never end by themselves).
    pub fn shut_down(&self) {
        self.stopping.send_replace(true);
    }

    /// Resolves when the server starts stopping.
    pub fn stopping(&self) -> watch::Receiver<bool> {
        self.stopping.subscribe()
    }

    /// After a response to `consultation_id` commits. Never fails the response: a lost
    /// announcement costs a dashboard one update (the next response or reconnect brings it).
    pub async fn response_stored(&self, consultation_id: i64) {
        match self.relay {
            Relay::Local => self.changed(consultation_id),
            Relay::Postgres => {
                let notify = Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    "SELECT pg_notify($1, $2)",
                    [CHANNEL.into(), consultation_id.to_string().into()],
                );
                if let Err(error) = self.db.execute_raw(notify).await {
                    tracing::warn!("live results: could not announce a response: {error}");
                    self.changed(consultation_id);
                }
            }
        }
    }

    /// Marks a watched consultation changed (nothing to do if nobody watches it).
    pub fn changed(&self, consultation_id: i64) {
        let watched = self.lock().get(&consultation_id).cloned();
        if let Some(watched) = watched {
            watched.changed.notify_one();
        }
    }

    /// After the listener (re)connects: announcements may have been missed meanwhile.
    fn resynced(&self) {
        tracing::info!("live results: listening for responses on PostgreSQL");
        self.changed_all();
    }

    /// Marks every watched consultation changed (after announcements may have been missed).
    pub fn changed_all(&self) {
        let all: Vec<Arc<Watched>> = self.lock().values().cloned().collect();
        for watched in all {
            watched.changed.notify_one();
        }
    }

    /// How many consultations have a dashboard open (for tests and logs).
    pub fn watched_count(&self) -> usize {
        self.lock().len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Arc<Watched>>> {
        // A panic while holding this lock leaves the map itself intact: carry on with it.
        self.watched.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The snapshots of `consultation_id` for one dashboard: the current one at once (read now
    /// if nobody was watching), then each new one.
    pub fn subscribe(self: &Arc<Self>, consultation_id: i64) -> SnapshotReceiver {
        let mut map = self.lock();
        if let Some(watched) = map.get(&consultation_id) {
            // A snapshot read a while ago (or yesterday) is read again for the newcomer.
            if watched
                .snapshots
                .borrow()
                .as_ref()
                .is_some_and(|s| s.is_stale())
            {
                watched.changed.notify_one();
            }
            return watched.snapshots.subscribe();
        }
        let (snapshots, receiver) = watch::channel(None);
        let watched = Arc::new(Watched {
            snapshots,
            changed: Notify::new(),
        });
        map.insert(consultation_id, watched.clone());
        drop(map);
        let live = self.clone();
        tokio::spawn(async move { live.keep_reading(consultation_id, watched).await });
        receiver
    }

    /// Reads the figures now and after every change (and every `REREAD_EVERY`), until no
    /// dashboard is left watching.
    async fn keep_reading(self: Arc<Self>, consultation_id: i64, watched: Arc<Watched>) {
        // However this task ends (even by a panic), the consultation stops being watched here,
        // so the next dashboard starts a new task rather than waiting on a dead one.
        let _leaving = Leaving {
            live: &self,
            consultation_id,
            watched: &watched,
        };
        loop {
            let wait = match self.read(consultation_id).await {
                Ok(Some(snapshot)) => {
                    watched.snapshots.send_replace(Some(Arc::new(snapshot)));
                    REREAD_EVERY
                }
                Ok(None) => REREAD_EVERY, // the consultation is gone
                Err(error) => {
                    tracing::warn!("live results: could not read figures: {error:?}");
                    RETRY_AFTER
                }
            };
            tokio::select! {
                _ = watched.changed.notified() => tokio::time::sleep(SETTLE).await,
                _ = tokio::time::sleep(wait) => {}
                _ = watched.snapshots.closed() => {
                    // Under the lock, so a dashboard cannot subscribe to a task that is leaving.
                    let mut map = self.lock();
                    if watched.snapshots.receiver_count() == 0 {
                        if map.get(&consultation_id).is_some_and(|w| Arc::ptr_eq(w, &watched)) {
                            map.remove(&consultation_id);
                        }
                        return;
                    }
                }
            }
        }
    }

    async fn read(&self, consultation_id: i64) -> crate::error::AppResult<Option<Snapshot>> {
        use crate::db::entities::consultation;
        use sea_orm::EntityTrait;
        let Some(row) = consultation::Entity::find_by_id(consultation_id)
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let dashboard: Dashboard =
            super::service::dashboard(&self.db, &row, chrono::Utc::now()).await?;
        let json = serde_json::to_string(&dashboard)
            .map_err(|e| crate::error::AppError::internal("live results", e))?;
        let responses = dashboard.responses;
        let counts_json = serde_json::to_string(&dashboard.without_answers())
            .map_err(|e| crate::error::AppError::internal("live results", e))?;
        Ok(Some(Snapshot {
            responses,
            json,
            counts_json,
            read_at: std::time::Instant::now(),
            uk_day: crate::domain::uk_time::uk_day_key(chrono::Utc::now()),
        }))
    }
}

/// Removes a consultation's entry when its reading task ends, if the entry is still that task's.
struct Leaving<'a> {
    live: &'a LiveResults,
    consultation_id: i64,
    watched: &'a Arc<Watched>,
}

impl Drop for Leaving<'_> {
    fn drop(&mut self) {
        let mut map = self.live.lock();
        if map
            .get(&self.consultation_id)
            .is_some_and(|w| Arc::ptr_eq(w, self.watched))
        {
            map.remove(&self.consultation_id);
        }
    }
}

/// Listens for responses announced by any server on PostgreSQL and marks their consultations
/// changed here; runs for the life of the server. When the connection drops it reconnects
/// (backing off), then marks every watched consultation changed, since announcements made
/// meanwhile are lost.
pub async fn listen_to_postgres(live: Arc<LiveResults>) {
    use sea_orm::sqlx::postgres::PgListener;
    let pool = live.db.get_postgres_connection_pool().clone();
    let first_wait = Duration::from_millis(200);
    let mut backoff = first_wait;
    loop {
        let listening = async {
            let mut listener = PgListener::connect_with(&pool).await?;
            listener.listen(CHANNEL).await?;
            Ok::<_, sea_orm::sqlx::Error>(listener)
        };
        let mut listener = match listening.await {
            Ok(listener) => listener,
            Err(error) => {
                tracing::warn!("live results: cannot listen on PostgreSQL: {error}");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(10));
                continue;
            }
        };
        let since = std::time::Instant::now();
        // Whatever was announced before this LISTEN took effect was missed.
        live.resynced();
        loop {
            // `try_recv` says `None` when the connection was lost: listen afresh (and resync).
            match listener.try_recv().await {
                Ok(Some(notification)) => {
                    if let Ok(id) = notification.payload().parse::<i64>() {
                        live.changed(id);
                    }
                }
                Ok(None) => break,
                Err(error) => {
                    tracing::warn!("live results: listener failed: {error}");
                    break;
                }
            }
        }
        // A connection that keeps dropping is not retried in a tight loop.
        backoff = if since.elapsed() > Duration::from_secs(10) {
            first_wait
        } else {
            (backoff * 2).min(Duration::from_secs(10))
        };
        tokio::time::sleep(backoff).await;
    }
}
