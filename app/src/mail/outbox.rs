//! The outbox: messages written beside what they tell of, sent in the background.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::transport::Transport;
use crate::db::entities::outbox_message;
use crate::domain::email::{Email, retry_delay};
use crate::error::AppResult;

/// A server sending a message holds it this long; one that stops meanwhile leaves it to others.
const CLAIM: TimeDelta = TimeDelta::minutes(2);
/// Messages taken at a time.
const BATCH: u64 = 20;
/// The sender looks for due messages at least this often (retries come due by themselves).
const LOOK_EVERY: Duration = Duration::from_secs(30);

/// What request handlers need of email: the site's public address for links, and a way to wake
/// the sender when a message is queued.
pub struct Mail {
    public_url: String,
    wake: tokio::sync::Notify,
    /// Messages to each address this hour, from this server.
    per_recipient: std::sync::Mutex<crate::domain::email::RecipientCap>,
}

impl Mail {
    /// `public_url`: the site's address as people reach it (`PUBLIC_URL`).
    pub fn new(public_url: &str) -> Arc<Self> {
        Arc::new(Mail {
            public_url: public_url.trim().trim_end_matches('/').to_string(),
            wake: tokio::sync::Notify::new(),
            per_recipient: std::sync::Mutex::new(Default::default()),
        })
    }

    /// The full address of one of the site's paths, for a message.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }

    /// Wakes the sender: for messages queued in a transaction, once it has committed (the
    /// sender would otherwise find them on its next regular look).
    pub fn wake_sender(&self) {
        self.wake.notify_one();
    }

    /// Writes `email` to the outbox and wakes the sender. Called once what it tells of is
    /// stored; a message that cannot be queued is logged, never an error for the person. An
    /// address that has had `MOST_PER_RECIPIENT_HOUR` messages this hour gets no more (the forms
    /// must not become a way to flood someone's mailbox).
    pub async fn queue(&self, db: &impl ConnectionTrait, email: Email, now: DateTime<Utc>) -> bool {
        let hour = u64::try_from(now.timestamp()).unwrap_or_default() / 3600;
        let allowed = self
            .per_recipient
            .lock()
            .map(|mut cap| cap.allow(&email.to, hour))
            .unwrap_or(true);
        if !allowed {
            tracing::warn!("an email was not queued: its address has had many this hour");
            return false;
        }
        self.queue_uncapped(db, email, now).await
    }

    /// Writes `email` to the outbox without the per-address cap: for the workflow's notices to
    /// staff, which only signed-in staff's steps (audited) or the clock cause — a busy reviewer
    /// may be told of more than the cap's worth in an hour, and must not miss one.
    pub async fn queue_uncapped(
        &self,
        db: &impl ConnectionTrait,
        email: Email,
        now: DateTime<Utc>,
    ) -> bool {
        let queued = outbox_message::ActiveModel {
            to_address: Set(email.to),
            subject: Set(email.subject),
            text_body: Set(email.text),
            html_body: Set(email.html),
            attempts: Set(0),
            next_attempt_at: Set(now),
            claimed_until: Set(None),
            last_error: Set(None),
            given_up_at: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await;
        match queued {
            Ok(_) => {
                self.wake.notify_one();
                true
            }
            Err(error) => {
                tracing::error!(%error, "an email could not be queued");
                false
            }
        }
    }
}

/// What one round of sending did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Delivery {
    pub sent: usize,
    pub failed: usize,
    /// Taken as many as a round takes: more may be due.
    pub full: bool,
}

/// Sends the messages due at `now` that no other server holds: each sent one is deleted, each
/// failure counted and tried again later, or given up after the last attempt.
pub async fn deliver_due(
    db: &impl ConnectionTrait,
    transport: &Transport,
    now: DateTime<Utc>,
) -> AppResult<Delivery> {
    let free = Condition::any()
        .add(outbox_message::Column::ClaimedUntil.is_null())
        .add(outbox_message::Column::ClaimedUntil.lt(now));
    let due = outbox_message::Entity::find()
        .filter(outbox_message::Column::GivenUpAt.is_null())
        .filter(outbox_message::Column::NextAttemptAt.lte(now))
        .filter(free.clone())
        .order_by_asc(outbox_message::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    let mut delivery = Delivery {
        full: due.len() as u64 == BATCH,
        ..Delivery::default()
    };
    for message in due {
        // Claimed by this server, unless another took it first.
        let claimed = outbox_message::Entity::update_many()
            .col_expr(
                outbox_message::Column::ClaimedUntil,
                Expr::value(Some(now + CLAIM)),
            )
            .filter(outbox_message::Column::Id.eq(message.id))
            .filter(free.clone())
            .exec(db)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        match transport.send(&message).await {
            Ok(()) => {
                outbox_message::Entity::delete_by_id(message.id)
                    .exec(db)
                    .await?;
                delivery.sent += 1;
            }
            Err(error) => {
                delivery.failed += 1;
                let attempts = message.attempts + 1;
                let mut row: outbox_message::ActiveModel = message.clone().into();
                row.attempts = Set(attempts);
                row.claimed_until = Set(None);
                row.last_error = Set(Some(error.clone()));
                match retry_delay(attempts) {
                    Some(wait) => {
                        tracing::warn!(id = message.id, attempts, %error, "an email was not sent; it will be tried again");
                        row.next_attempt_at = Set(now + wait);
                    }
                    None => {
                        tracing::error!(id = message.id, attempts, %error, "an email was given up after its last attempt");
                        row.given_up_at = Set(Some(now));
                    }
                }
                row.update(db).await?;
            }
        }
    }
    Ok(delivery)
}

/// How long a message given up is kept for the operator to see (it may hold personal answers).
pub const GIVEN_UP_KEPT: TimeDelta = TimeDelta::days(30);

/// Removes messages given up more than `GIVEN_UP_KEPT` before `now`; returns how many went.
pub async fn remove_given_up(db: &impl ConnectionTrait, now: DateTime<Utc>) -> AppResult<u64> {
    let removed = outbox_message::Entity::delete_many()
        .filter(outbox_message::Column::GivenUpAt.lt(now - GIVEN_UP_KEPT))
        .exec(db)
        .await?;
    Ok(removed.rows_affected)
}

/// The sender: runs for as long as the server, sending due messages when woken by a queued one
/// and every half a minute.
pub async fn run_sender(db: sea_orm::DatabaseConnection, transport: Transport, mail: Arc<Mail>) {
    loop {
        match deliver_due(&db, &transport, Utc::now()).await {
            Ok(delivery) if delivery.full => continue,
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "the outbox could not be read"),
        }
        tokio::select! {
            () = mail.wake.notified() => {}
            () = tokio::time::sleep(LOOK_EVERY) => {}
        }
    }
}
