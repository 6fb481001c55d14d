//! Downloads prepared in the background (decision 0024). "Prepare the download" (a form on the
//! dashboard when the export is large) records the request and starts writing the file on this
//! server, into the database a megabyte at a time, moving the request's row on as it goes; the
//! page of the download, on any server, reads that row to show progress and, once it is ready,
//! sends the stored file. Each server writes at most `AT_ONCE` at a time; the rest wait their
//! turn. A preparation whose server stops is seen as stopped by its silence, and every prepared
//! file is removed after `KEEP_FOR`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use axum::{
    body::{Body, Bytes},
    extract::{Path, Request, State},
    http::{HeaderValue, header, request::Parts},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use futures::{SinkExt, StreamExt, channel::mpsc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, sea_query::Expr, sea_query::Query,
};
use tokio::io::AsyncReadExt;
use tokio::sync::Semaphore;

use super::export::{
    Export, csv_pieces, download_headers, prepare_for, refused, temporary_workbook, write_workbook,
};
use super::prepared_api::{DownloadChoices, PreparedDownload, PreparedSummary, download_page_path};
use crate::builder::http::{staff_form, staff_page};
use crate::db::entities::{consultation, prepared_download, prepared_download_part};
use crate::domain::answers::posted_value;
use crate::domain::interface_text::english;
use crate::domain::permissions::{Action, Target};
use crate::domain::prepared_download::{
    AT_ONCE, Format, HEARTBEAT, KEEP_FOR, Progress, Stage, StoredProgress, prepare_in_background,
};
use crate::domain::results_filter::FilterQuery;
use crate::error::{AppError, AppResult};
use crate::staff::api::StaffIdentity;
use crate::staff::http::see_other;
use crate::state::AppState;

/// How much of a file one stored part holds.
const PART_BYTES: usize = 1024 * 1024;

/// A removed download's row is kept this long after its file, so its address says "removed"
/// rather than "not found".
const ROW_KEPT_AFTER_FILE: chrono::Duration = chrono::Duration::days(7);

/// The most of a member's downloads the dashboard lists.
const LISTED: u64 = 5;

/// This server's share of the work: above how many responses exports are prepared, and how many
/// it writes at once.
pub struct Downloads {
    pub above: u64,
    at_once: Arc<Semaphore>,
}

impl Downloads {
    pub fn new(above: u64) -> Arc<Downloads> {
        Arc::new(Downloads {
            above,
            at_once: Arc::new(Semaphore::new(AT_ONCE)),
        })
    }
}

/// `POST …/results/downloads` (`format`, and the results page's filter fields): records the
/// request, starts preparing it, and goes to its page.
pub async fn post_prepare(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let (staff, _, fields) = match staff_form(&state, request, &staff_page(&slug, "results")).await
    {
        Ok(form) => form,
        Err(response) => return response,
    };
    // Who may download this consultation's responses is asked before anything about the form.
    let allowed = match crate::db::questionnaire_store::find_for_staff(&state.db, &slug).await {
        Ok(row) => staff.ensure(Action::ReadResponses, Target::Workspace(row.department_id)),
        Err(error) => Err(error),
    };
    if let Err(error) = allowed {
        return refused(error);
    }
    let Some(format) = Format::parse(posted_value(&fields, "format")) else {
        return refused(AppError::BadRequest(english(
            "results-refusal-not-a-format",
        )));
    };
    let query = FilterQuery::from_lookup(|name| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    });
    let started = match prepare_for(&state, &staff, &slug, &query).await {
        Ok(export) => {
            match crate::results::export::audit_export(
                &state.db,
                &staff,
                &export,
                crate::domain::audit::AuditAction::DownloadPrepared,
                format,
            )
            .await
            {
                Ok(()) => start(&state, &staff, format, &query, export, Utc::now()).await,
                Err(error) => Err(error),
            }
        }
        Err(error) => Err(error),
    };
    match started {
        Ok(token) => see_other(&download_page_path(&token)),
        Err(error) => refused(error),
    }
}

/// Records a download of `export` for `staff` and starts preparing it; its token.
pub async fn start(
    state: &AppState,
    staff: &StaffIdentity,
    format: Format,
    query: &FilterQuery,
    export: Export,
    now: DateTime<Utc>,
) -> AppResult<String> {
    remove_expired(&state.db, now).await?;
    // Asked again (a second click, the form sent twice) while the same file is being prepared:
    // that one, rather than a second in the queue.
    let query_text = query.to_query_string();
    let same = prepared_download::Entity::find()
        .filter(prepared_download::Column::StaffUserId.eq(staff.id))
        .filter(prepared_download::Column::ConsultationId.eq(export.consultation_id))
        .filter(prepared_download::Column::Format.eq(format.as_str()))
        .filter(prepared_download::Column::Query.eq(query_text.as_str()))
        .order_by_desc(prepared_download::Column::Id)
        .all(&state.db)
        .await?;
    if let Some(running) = same.into_iter().find(|row| progress(row, now).is_running()) {
        return Ok(running.token);
    }
    let token = hex::encode(rand::random::<[u8; 16]>());
    let row = prepared_download::ActiveModel {
        token: Set(token.clone()),
        consultation_id: Set(export.consultation_id),
        staff_user_id: Set(staff.id),
        format: Set(format.as_str().into()),
        query: Set(query_text),
        described: Set(export.described.join("; ")),
        file_name: Set(export.file_name(format)),
        state: Set(Stage::Waiting.as_str().into()),
        responses_total: Set(export.responses as i64),
        responses_done: Set(0),
        bytes: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        expires_at: Set(now + KEEP_FOR),
        ..Default::default()
    }
    .insert(&state.db)
    .await?;
    tokio::spawn(run(state.clone(), row.id, format, export));
    Ok(token)
}

/// How far a preparation has got, shared between the writing and the heartbeat that records it.
#[derive(Default)]
struct Watch {
    started: AtomicBool,
    finishing: AtomicBool,
    done: AtomicI64,
}

impl Watch {
    fn stage(&self) -> Stage {
        if self.finishing.load(Ordering::Relaxed) {
            Stage::Finishing
        } else if self.started.load(Ordering::Relaxed) {
            Stage::Preparing
        } else {
            Stage::Waiting
        }
    }
}

/// A task stopped when this is dropped: however `run` ends (a panic included), its heartbeat
/// stops, so the download falls silent and its page says it stopped.
struct StopOnDrop(tokio::task::JoinHandle<()>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Prepares download `id` (waiting for a turn first) and records how it ended.
async fn run(state: AppState, id: i64, format: Format, export: Export) {
    let watch = Arc::new(Watch::default());
    let beat = StopOnDrop(tokio::spawn(heartbeat(state.db.clone(), id, watch.clone())));
    let written = match state.downloads.at_once.clone().acquire_owned().await {
        Ok(_turn) => {
            watch.started.store(true, Ordering::Relaxed);
            match format {
                Format::Csv => store_csv(&state, id, export, &watch).await,
                Format::Xlsx => store_xlsx(&state, id, export, &watch).await,
            }
        }
        Err(error) => Err(AppError::internal("prepared download", error)),
    };
    drop(beat);
    let ended = match written {
        Ok(bytes) => finish(&state.db, id, Stage::Ready, bytes, &watch).await,
        Err(error) => {
            tracing::error!(%error, download = id, "a prepared download failed");
            match remove_parts(&state.db, id).await {
                Ok(()) => finish(&state.db, id, Stage::Failed, 0, &watch).await,
                Err(error) => Err(error),
            }
        }
    };
    if let Err(error) = ended {
        // Its row stays as it was; the page will call it stopped once it falls silent.
        tracing::error!(%error, download = id, "a prepared download's end was not recorded");
    }
}

/// Download `id`'s row moved on to `stage`, with the responses written so far, as of now.
fn moved_on(
    id: i64,
    stage: Stage,
    watch: &Watch,
) -> sea_orm::UpdateMany<prepared_download::Entity> {
    prepared_download::Entity::update_many()
        .col_expr(
            prepared_download::Column::State,
            Expr::value(stage.as_str()),
        )
        .col_expr(
            prepared_download::Column::ResponsesDone,
            Expr::value(watch.done.load(Ordering::Relaxed)),
        )
        .col_expr(
            prepared_download::Column::UpdatedAt,
            Expr::value(Utc::now()),
        )
        .filter(prepared_download::Column::Id.eq(id))
}

/// Moves the row on every `HEARTBEAT` while the preparation runs: its progress, and that it is
/// still alive. Only a running row is touched, so a beat that lands late never undoes its end.
async fn heartbeat(db: sea_orm::DatabaseConnection, id: i64, watch: Arc<Watch>) {
    let mut every = tokio::time::interval(HEARTBEAT);
    loop {
        every.tick().await;
        let moved = moved_on(id, watch.stage(), &watch)
            .filter(prepared_download::Column::State.is_in([
                Stage::Waiting.as_str(),
                Stage::Preparing.as_str(),
                Stage::Finishing.as_str(),
            ]))
            .exec(&db)
            .await;
        if let Err(error) = moved {
            tracing::warn!(%error, download = id, "a prepared download's progress was not recorded");
        }
    }
}

async fn finish(
    db: &impl ConnectionTrait,
    id: i64,
    stage: Stage,
    bytes: i64,
    watch: &Watch,
) -> AppResult<()> {
    moved_on(id, stage, watch)
        .col_expr(prepared_download::Column::Bytes, Expr::value(bytes))
        .exec(db)
        .await?;
    Ok(())
}

/// A file written into the database in parts of `PART_BYTES`.
struct StoredParts {
    download_id: i64,
    seq: i32,
    buffer: Vec<u8>,
    bytes: i64,
}

impl StoredParts {
    fn new(download_id: i64) -> StoredParts {
        StoredParts {
            download_id,
            seq: 0,
            buffer: Vec::with_capacity(PART_BYTES),
            bytes: 0,
        }
    }

    async fn write(&mut self, db: &impl ConnectionTrait, data: &[u8]) -> AppResult<()> {
        self.buffer.extend_from_slice(data);
        while self.buffer.len() >= PART_BYTES {
            let rest = self.buffer.split_off(PART_BYTES);
            let full = std::mem::replace(&mut self.buffer, rest);
            self.store(db, full).await?;
        }
        Ok(())
    }

    async fn store(&mut self, db: &impl ConnectionTrait, data: Vec<u8>) -> AppResult<()> {
        self.bytes += data.len() as i64;
        prepared_download_part::ActiveModel {
            download_id: Set(self.download_id),
            seq: Set(self.seq),
            data: Set(data),
        }
        .insert(db)
        .await?;
        self.seq += 1;
        Ok(())
    }

    /// Stores what is left; the file's size.
    async fn finish(mut self, db: &impl ConnectionTrait) -> AppResult<i64> {
        if !self.buffer.is_empty() {
            let rest = std::mem::take(&mut self.buffer);
            self.store(db, rest).await?;
        }
        Ok(self.bytes)
    }
}

async fn store_csv(state: &AppState, id: i64, export: Export, watch: &Watch) -> AppResult<i64> {
    let mut parts = StoredParts::new(id);
    let mut pieces = csv_pieces(state.clone(), export);
    while let Some(piece) = pieces.next().await {
        let (bytes, rows) = piece?;
        parts.write(&state.db, &bytes).await?;
        watch.done.fetch_add(rows as i64, Ordering::Relaxed);
    }
    parts.finish(&state.db).await
}

async fn store_xlsx(state: &AppState, id: i64, export: Export, watch: &Watch) -> AppResult<i64> {
    let path = temporary_workbook();
    let stored = async {
        let counted = |written: u64| watch.done.store(written as i64, Ordering::Relaxed);
        let saving = |written: u64| {
            counted(written);
            watch.finishing.store(true, Ordering::Relaxed);
        };
        let keep_going = |written: u64| {
            counted(written);
            true
        };
        write_workbook(state, export, &path, keep_going, saving).await?;
        let mut file = tokio::fs::File::open(&path)
            .await
            .map_err(|e| AppError::internal("prepared workbook", e))?;
        let mut parts = StoredParts::new(id);
        loop {
            let mut part = Vec::with_capacity(PART_BYTES);
            let read = (&mut file)
                .take(PART_BYTES as u64)
                .read_to_end(&mut part)
                .await
                .map_err(|e| AppError::internal("prepared workbook", e))?;
            if read == 0 {
                break;
            }
            parts.store(&state.db, part).await?;
        }
        parts.finish(&state.db).await
    }
    .await;
    let _ = tokio::fs::remove_file(&path).await;
    stored
}

async fn remove_parts(db: &impl ConnectionTrait, id: i64) -> AppResult<()> {
    prepared_download_part::Entity::delete_many()
        .filter(prepared_download_part::Column::DownloadId.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every download prepared from consultation `id`'s responses now, their files removed
/// (responses were taken away: decision 0039). One still being prepared may add parts after
/// this; `remove_expired` removes those.
pub async fn expire_consultation(
    db: &impl ConnectionTrait,
    id: i64,
    now: DateTime<Utc>,
) -> AppResult<()> {
    prepared_download::Entity::update_many()
        .col_expr(prepared_download::Column::ExpiresAt, Expr::value(now))
        .filter(prepared_download::Column::ConsultationId.eq(id))
        .filter(prepared_download::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?;
    remove_expired(db, now).await
}

/// Removes the files of downloads past their time (and any part whose download is gone), and
/// long-removed downloads' rows.
pub async fn remove_expired(db: &impl ConnectionTrait, now: DateTime<Utc>) -> AppResult<()> {
    prepared_download_part::Entity::delete_many()
        .filter(
            prepared_download_part::Column::DownloadId.not_in_subquery(
                Query::select()
                    .column(prepared_download::Column::Id)
                    .from(prepared_download::Entity)
                    .to_owned(),
            ),
        )
        .exec(db)
        .await?;
    prepared_download_part::Entity::delete_many()
        .filter(
            prepared_download_part::Column::DownloadId.in_subquery(
                Query::select()
                    .column(prepared_download::Column::Id)
                    .from(prepared_download::Entity)
                    .and_where(prepared_download::Column::ExpiresAt.lte(now))
                    .to_owned(),
            ),
        )
        .exec(db)
        .await?;
    prepared_download::Entity::delete_many()
        .filter(prepared_download::Column::ExpiresAt.lte(now - ROW_KEPT_AFTER_FILE))
        .exec(db)
        .await?;
    Ok(())
}

/// Download `token` and its consultation, if it is `staff`'s and they may still see the
/// consultation's results. Anyone else's download is not found: its address says nothing.
pub async fn find(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
    token: &str,
) -> AppResult<(consultation::Model, prepared_download::Model)> {
    let not_found = || {
        AppError::NotFound(crate::domain::interface_text::english_with(
            "results-refusal-download-gone",
            &[("hours", (KEEP_FOR.as_secs() / 3600).into())],
        ))
    };
    if token.len() != 32 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(not_found());
    }
    let row = prepared_download::Entity::find()
        .filter(prepared_download::Column::Token.eq(token))
        .one(db)
        .await?
        .filter(|row| row.staff_user_id == staff.id)
        .ok_or_else(not_found)?;
    let consultation = consultation::Entity::find_by_id(row.consultation_id)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    staff.ensure(
        Action::ReadResponses,
        Target::Workspace(consultation.department_id),
    )?;
    Ok((consultation, row))
}

pub fn progress(row: &prepared_download::Model, now: DateTime<Utc>) -> Progress {
    StoredProgress {
        stage: Stage::parse(&row.state),
        done: row.responses_done,
        total: row.responses_total,
        bytes: row.bytes,
        updated_at: row.updated_at,
        expires_at: row.expires_at,
    }
    .at(now)
}

/// The kind of file in English ("CSV file"): the page writes it in its language (`english_in`).
fn format_label(row: &prepared_download::Model) -> String {
    english(Format::parse(&row.format).map_or("results-format-file", Format::label_id))
}

/// The page of download `token`.
pub async fn page(
    db: &impl ConnectionTrait,
    staff: StaffIdentity,
    token: &str,
    now: DateTime<Utc>,
) -> AppResult<PreparedDownload> {
    let (consultation, row) = find(db, &staff, token).await?;
    Ok(PreparedDownload {
        staff,
        progress: progress(&row, now),
        format_label: format_label(&row),
        described: row
            .described
            .split("; ")
            .filter(|part| !part.is_empty())
            .map(String::from)
            .collect(),
        responses: row.responses_total,
        requested_at: row.created_at,
        expires_at: row.expires_at,
        token: row.token,
        file_name: row.file_name,
        slug: consultation.slug,
        title: consultation.title,
    })
}

/// What the dashboard of `slug` offers `staff` for downloading `responses` responses.
pub async fn choices(
    state: &AppState,
    staff: &StaffIdentity,
    slug: &str,
    responses: u64,
    now: DateTime<Utc>,
) -> AppResult<DownloadChoices> {
    let consultation = crate::db::questionnaire_store::find_for_staff(&state.db, slug).await?;
    let rows = prepared_download::Entity::find()
        .filter(prepared_download::Column::StaffUserId.eq(staff.id))
        .filter(prepared_download::Column::ConsultationId.eq(consultation.id))
        .filter(prepared_download::Column::ExpiresAt.gt(now))
        .order_by_desc(prepared_download::Column::Id)
        .limit(LISTED)
        .all(&state.db)
        .await?;
    Ok(DownloadChoices {
        prepare: prepare_in_background(responses, state.downloads.above),
        prepared: rows
            .into_iter()
            .map(|row| PreparedSummary {
                progress: progress(&row, now),
                format_label: format_label(&row),
                responses: row.responses_total,
                filtered: !row.described.is_empty(),
                requested_at: row.created_at,
                token: row.token,
            })
            .collect(),
    })
}

/// `GET /staff/downloads/{token}/file`: the prepared file, from whichever server prepared it,
/// a part at a time, with its length (so the browser shows how far it has got).
pub async fn get_file(
    State(state): State<AppState>,
    Path(token): Path<String>,
    parts: Parts,
) -> Response {
    let staff = match crate::results::export::staff_or_refused(&state, &parts).await {
        Ok(staff) => staff,
        Err(refusal) => return refusal,
    };
    let (consultation, row) = match find(&state.db, &staff, &token).await {
        Ok(found) => found,
        Err(error) => return refused(error),
    };
    let bytes = match progress(&row, Utc::now()) {
        Progress::Ready { bytes } => bytes,
        Progress::Expired => {
            return refused(AppError::NotFound(Progress::Expired.text()));
        }
        other => {
            let language = parts
                .extensions
                .get::<crate::domain::Language>()
                .copied()
                .unwrap_or_default();
            return refused(AppError::Conflict(
                crate::domain::interface_text::text_with(
                    language,
                    "results-refusal-not-ready",
                    &[("progress", other.text_in(language).into())],
                ),
            ));
        }
    };
    let taken = crate::domain::audit::AuditEntry::new(
        crate::domain::audit::AuditAction::DownloadTaken,
        &consultation.title,
    )
    .of_consultation(consultation.id, consultation.department_id)
    .after(&format!(
        "{} responses as {}",
        row.responses_total,
        row.format.to_uppercase()
    ));
    if let Err(error) = crate::audit::service::record(&state.db, &staff, taken).await {
        return refused(error);
    }
    let content_type = Format::parse(&row.format)
        .unwrap_or(Format::Csv)
        .content_type();
    let (mut sender, receiver) = mpsc::channel::<Result<Bytes, std::io::Error>>(2);
    let db = state.db.clone();
    let id = row.id;
    tokio::spawn(async move {
        let mut sent = 0;
        for seq in 0.. {
            let part = match prepared_download_part::Entity::find_by_id((id, seq))
                .one(&db)
                .await
            {
                Ok(Some(part)) => {
                    sent += part.data.len() as i64;
                    Ok(Bytes::from(part.data))
                }
                // All of it, or the file was removed meanwhile: never a short file as a whole one.
                Ok(None) if sent == bytes => return,
                Ok(None) => {
                    tracing::warn!(
                        download = id,
                        sent,
                        bytes,
                        "a prepared download was cut short"
                    );
                    Err(std::io::Error::other(
                        "the download was removed while it was sent",
                    ))
                }
                Err(error) => {
                    tracing::error!(%error, download = id, "a prepared download was not read");
                    Err(std::io::Error::other("the download could not be read"))
                }
            };
            let failed = part.is_err();
            if sender.send(part).await.is_err() || failed {
                return;
            }
        }
    });
    let mut response = Body::from_stream(receiver).into_response();
    download_headers(&mut response, content_type, &row.file_name);
    if let Ok(length) = HeaderValue::from_str(&bytes.to_string()) {
        response
            .headers_mut()
            .insert(header::CONTENT_LENGTH, length);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::test_databases;
    use sea_orm::PaginatorTrait;

    async fn read_back(db: &impl ConnectionTrait, id: i64) -> Vec<u8> {
        let mut bytes = Vec::new();
        for part in prepared_download_part::Entity::find()
            .filter(prepared_download_part::Column::DownloadId.eq(id))
            .order_by_asc(prepared_download_part::Column::Seq)
            .all(db)
            .await
            .unwrap()
        {
            assert!(part.data.len() <= PART_BYTES);
            bytes.extend(part.data);
        }
        bytes
    }

    fn row(
        token: &str,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> prepared_download::ActiveModel {
        prepared_download::ActiveModel {
            token: Set(token.into()),
            consultation_id: Set(1),
            staff_user_id: Set(1),
            format: Set("csv".into()),
            query: Set(String::new()),
            described: Set(String::new()),
            file_name: Set("a.csv".into()),
            state: Set(Stage::Ready.as_str().into()),
            responses_total: Set(1),
            responses_done: Set(1),
            bytes: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
            expires_at: Set(expires_at),
            ..Default::default()
        }
    }

    /// Pieces of any size go in; parts of at most a megabyte come out, in order, the same bytes.
    #[tokio::test]
    async fn a_file_is_stored_in_parts_and_reads_back_whole() {
        for (backend, db) in test_databases().await {
            let mut parts = StoredParts::new(7);
            let mut expected = Vec::new();
            let mut n = 0u32;
            for size in [3, PART_BYTES - 1, 2, PART_BYTES * 2 + 5, 0, 700_000] {
                let piece: Vec<u8> = (0..size)
                    .map(|_| {
                        n = n.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                        (n >> 16) as u8
                    })
                    .collect();
                parts.write(&db, &piece).await.unwrap();
                expected.extend(piece);
            }
            let bytes = parts.finish(&db).await.unwrap();
            assert_eq!(bytes as usize, expected.len(), "{backend}");
            assert_eq!(read_back(&db, 7).await, expected, "{backend}");
            // An empty file is no parts at all.
            assert_eq!(StoredParts::new(8).finish(&db).await.unwrap(), 0);
            assert!(read_back(&db, 8).await.is_empty(), "{backend}");
        }
    }

    /// Past its time a download's file goes; a week later its row.
    #[tokio::test]
    async fn expired_downloads_lose_their_file_then_their_row() {
        for (backend, db) in test_databases().await {
            let now: DateTime<Utc> = "2026-11-27T12:00:00Z".parse().unwrap();
            let kept = row("a", now, now + chrono::Duration::hours(1))
                .insert(&db)
                .await
                .unwrap();
            let expired = row("b", now, now - chrono::Duration::hours(1))
                .insert(&db)
                .await
                .unwrap();
            let old = row("c", now, now - chrono::Duration::days(8))
                .insert(&db)
                .await
                .unwrap();
            for id in [kept.id, expired.id, old.id] {
                let mut parts = StoredParts::new(id);
                parts.write(&db, b"some bytes").await.unwrap();
                parts.finish(&db).await.unwrap();
            }
            remove_expired(&db, now).await.unwrap();
            assert_eq!(read_back(&db, kept.id).await, b"some bytes", "{backend}");
            assert!(read_back(&db, expired.id).await.is_empty(), "{backend}");
            assert!(read_back(&db, old.id).await.is_empty(), "{backend}");
            let rows: Vec<String> = prepared_download::Entity::find()
                .order_by_asc(prepared_download::Column::Id)
                .all(&db)
                .await
                .unwrap()
                .into_iter()
                .map(|r| r.token)
                .collect();
            assert_eq!(rows, ["a", "b"], "{backend}");
            assert_eq!(
                prepared_download::Entity::find()
                    .filter(prepared_download::Column::Token.eq("b"))
                    .one(&db)
                    .await
                    .unwrap()
                    .map(|r| progress(&r, now)),
                Some(Progress::Expired),
                "{backend}"
            );
            assert_eq!(
                prepared_download_part::Entity::find()
                    .count(&db)
                    .await
                    .unwrap(),
                1,
                "{backend}: only the kept download's part is left"
            );
        }
    }
}
