//! Exports of responses (decision 0023): CSV and XLSX downloads of every response the page's
//! filter lets through, one row per response. Plain axum routes (a file is not a page) that check
//! the staff session and the permission themselves, then stream: responses are read a page at a
//! time, so memory stays flat whatever the size.

use std::collections::HashMap;
use std::io::Read;

use axum::{
    body::{Body, Bytes},
    extract::{Path, RawQuery, State},
    http::{HeaderValue, header, request::Parts},
    response::{IntoResponse, Response},
};
use futures::{SinkExt, StreamExt, channel::mpsc};
use roaring::RoaringBitmap;
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use super::service::{Filtering, chosen, filtering};
use crate::builder::http::error_response;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::dashboard::channel_label;
use crate::domain::export::{Cell, ExportPlan, LEADING, StoredAnswer, csv_record};
use crate::domain::permissions::Action;
use crate::domain::prepared_download::Format;
use crate::domain::results_filter::FilterQuery;
use crate::domain::uk_time;
use crate::error::{AppError, AppResult};
use crate::staff::api::{StaffIdentity, staff_from_headers};
use crate::state::AppState;

pub const EXPORT_CSV_PATH: &str = "/staff/consultations/{slug}/results/responses.csv";
pub const EXPORT_XLSX_PATH: &str = "/staff/consultations/{slug}/results/responses.xlsx";

/// Responses read from the database per query.
const PAGE: usize = 1_000;

/// The most rows an Excel sheet holds (with its header row); more continue on another sheet.
const SHEET_ROWS: u32 = 1_048_576;

/// Which responses an export holds.
enum Wanted {
    /// Every response of the consultation, in id order.
    All,
    /// Those a filter let through.
    Chosen(RoaringBitmap),
}

/// What an export needs once the request is checked.
pub struct Export {
    pub(crate) consultation_id: i64,
    /// The consultation's workspace (for the audit log).
    pub(crate) workspace_id: i64,
    slug: String,
    plan: ExportPlan,
    /// Version row id → version number.
    version_numbers: HashMap<i64, i32>,
    wanted: Wanted,
    /// How many responses it will hold (for the sheet describing it).
    pub responses: u64,
    /// The filter in words, if any.
    pub described: Vec<String>,
    pub title: String,
}

/// An answer as the page query packs it: question, option, text, number, scale point.
type PackedAnswer = (i64, Option<i64>, Option<String>, Option<f64>, Option<i64>);

/// One response's row: its leading cells, then its answers'.
struct ExportRow {
    reference: String,
    submitted: String,
    channel: String,
    version: i32,
    cells: Vec<Cell>,
}

impl ExportRow {
    fn into_cells(self) -> impl Iterator<Item = Cell> {
        [
            Cell::Text(self.reference),
            Cell::Text(self.submitted),
            Cell::Text(self.channel),
            Cell::Number(f64::from(self.version)),
        ]
        .into_iter()
        .chain(self.cells)
    }
}

/// The query string's filter (`from`, `to`, `channel`, `version`, `answer1..3`).
fn filter_query(raw: Option<&str>) -> AppResult<FilterQuery> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or_default())
        .map_err(|_| {
            AppError::BadRequest("The address of this export could not be read.".into())
        })?;
    Ok(FilterQuery::from_lookup(|name| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }))
}

/// Checks who asks and what they ask for, gathers what the export needs, and records it in the
/// audit log (responses are personal data: who took which, and when, is kept).
pub async fn prepare(
    state: &AppState,
    parts: &Parts,
    slug: &str,
    raw: Option<&str>,
    format: Format,
) -> AppResult<Export> {
    let staff = staff_from_headers(state, &parts.headers)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let export = prepare_for(state, &staff, slug, &filter_query(raw)?).await?;
    audit_export(
        &state.db,
        &staff,
        &export,
        AuditAction::ResponsesExported,
        format,
    )
    .await?;
    Ok(export)
}

/// Records in the audit log that `staff` exported (or prepared a download of) `export`.
pub(crate) async fn audit_export(
    db: &impl ConnectionTrait,
    staff: &StaffIdentity,
    export: &Export,
    action: AuditAction,
    format: Format,
) -> AppResult<()> {
    let filter = if export.described.is_empty() {
        String::new()
    } else {
        format!("; filtered: {}", export.described.join(", "))
    };
    crate::audit::service::record(
        db,
        staff,
        AuditEntry::new(action, &export.title)
            .of_consultation(export.consultation_id, export.workspace_id)
            .after(&format!(
                "{} responses as {}{filter}",
                export.responses,
                format.as_str().to_uppercase()
            )),
    )
    .await
}

/// What an export of `slug`'s responses through `query`'s filter needs, once `staff` may have it.
pub async fn prepare_for(
    state: &AppState,
    staff: &StaffIdentity,
    slug: &str,
    query: &FilterQuery,
) -> AppResult<Export> {
    let Filtering {
        row,
        versions,
        kept,
        choices,
        filters,
        filter,
    } = filtering(&state.db, staff, Action::ReadResponses, slug, query).await?;
    // The page only links to exports of a filter it accepted: anything else was typed by hand.
    if !filters.errors.is_empty() {
        return Err(AppError::BadRequest(format!(
            "This export's filter is not one the results page can apply: {}",
            filters
                .errors
                .iter()
                .map(|e| e.message.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        )));
    }
    let plan = ExportPlan::new(
        &versions
            .iter()
            .map(|(_, v)| (v.number, &v.questionnaire))
            .collect::<Vec<_>>(),
    );
    let version_numbers = versions.iter().map(|(id, v)| (*id, v.number)).collect();
    let (wanted, responses) = if filter.is_empty() {
        (Wanted::All, kept.total.max(0) as u64)
    } else {
        let (_, chosen) = chosen(&state.db, &state.indexes, row.id, &versions, &filter).await?;
        let len = chosen.len();
        (Wanted::Chosen(chosen), len)
    };
    Ok(Export {
        consultation_id: row.id,
        workspace_id: row.department_id,
        slug: row.slug,
        plan,
        version_numbers,
        wanted,
        responses,
        described: filter.describe(&choices),
        title: row.title,
    })
}

impl Export {
    /// The next page of rows after response id `after` (none left: empty). One query: each
    /// response with its answers gathered by the database into one JSON array (by the answers'
    /// response index), so a million responses are a thousand rows of a thousand, not fifteen
    /// million answer rows through the driver.
    async fn next_page(
        &self,
        db: &impl ConnectionTrait,
        after: i64,
    ) -> AppResult<Vec<(i64, ExportRow)>> {
        let backend = db.get_database_backend();
        let answers = if backend == DbBackend::Postgres {
            "(SELECT json_agg(json_build_array(a.question_id, a.option_id, a.text_value, \
             a.number_value, a.scale_option_id) ORDER BY a.id)::text \
             FROM answers a WHERE a.response_id = r.id)"
        } else {
            "(SELECT json_group_array(json_array(a.question_id, a.option_id, a.text_value, \
             a.number_value, a.scale_option_id)) FROM answers a WHERE a.response_id = r.id)"
        };
        let (first, second) = if backend == DbBackend::Postgres {
            ("$1", "$2")
        } else {
            ("?", "?")
        };
        let which = match &self.wanted {
            Wanted::All => format!("r.id > {second} ORDER BY r.id LIMIT {PAGE}"),
            Wanted::Chosen(chosen) => {
                let start = u32::try_from(after.max(-1) + 1).unwrap_or(u32::MAX);
                let ids: Vec<String> = chosen
                    .range(start..)
                    .take(PAGE)
                    .map(|id| id.to_string())
                    .collect();
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                // Ids from the filter's set: numbers, written in as such.
                format!(
                    "r.id > {second} AND r.id IN ({}) ORDER BY r.id",
                    ids.join(",")
                )
            }
        };
        let sql = format!(
            "SELECT r.id, r.reference, r.version_id, r.channel, r.submitted_at, {answers} AS answers \
             FROM responses r WHERE r.consultation_id = {first} AND {which}"
        );
        let rows = db
            .query_all_raw(Statement::from_sql_and_values(
                backend,
                sql,
                [self.consultation_id.into(), after.into()],
            ))
            .await?;
        let mut page = Vec::with_capacity(rows.len());
        for row in rows {
            let id: i64 = row.try_get("", "id")?;
            let version_id: i64 = row.try_get("", "version_id")?;
            let channel: String = row.try_get("", "channel")?;
            let submitted_at: chrono::DateTime<chrono::Utc> = row.try_get("", "submitted_at")?;
            let packed: Option<String> = row.try_get("", "answers")?;
            let given: Vec<PackedAnswer> = match packed.as_deref() {
                None | Some("") => Vec::new(),
                Some(json) => serde_json::from_str(json)
                    .map_err(|e| AppError::internal("export answers", e))?,
            };
            let given: Vec<StoredAnswer> = given
                .into_iter()
                .map(
                    |(question_id, option_id, text, number, scale_option_id)| StoredAnswer {
                        question_id,
                        option_id,
                        text,
                        number,
                        scale_option_id,
                        // Sums are the tallies' business; an export writes each answer.
                        summed: false,
                    },
                )
                .collect();
            page.push((
                id,
                ExportRow {
                    cells: self.plan.row(&given),
                    submitted: uk_time::format_sortable(submitted_at),
                    channel: channel_label(&channel),
                    version: self.version_numbers.get(&version_id).copied().unwrap_or(0),
                    reference: row.try_get("", "reference")?,
                },
            ));
        }
        Ok(page)
    }

    pub(crate) fn file_name(&self, format: Format) -> String {
        let extension = format.as_str();
        let filtered = if self.described.is_empty() {
            ""
        } else {
            "-filtered"
        };
        format!("{}-responses{filtered}.{extension}", self.slug)
    }
}

/// A refusal drawn as a page of the site; what the person can do about it is said in words.
pub(crate) fn refused(error: AppError) -> Response {
    let mut response = error_response(error.clone());
    let title = match &error {
        AppError::BadRequest(_) => "This export cannot be made",
        AppError::NotFound(_) => "Download not found",
        AppError::Conflict(_) => "This download is not ready",
        _ => return response,
    };
    if let AppError::BadRequest(message)
    | AppError::NotFound(message)
    | AppError::Conflict(message) = error
    {
        let status = response.status().as_u16();
        response
            .extensions_mut()
            .insert(crate::components::Refusal {
                status,
                title: title.into(),
                message,
            });
    }
    response
}

/// The staff member a file route's request comes from, or the refusal to send (401 signed out).
pub(crate) async fn staff_or_refused(
    state: &AppState,
    parts: &Parts,
) -> Result<StaffIdentity, Response> {
    match staff_from_headers(state, &parts.headers).await {
        Ok(Some(staff)) => Ok(staff),
        Ok(None) => Err(refused(AppError::Unauthorized)),
        Err(error) => Err(refused(error)),
    }
}

pub(crate) fn download_headers(
    response: &mut Response,
    content_type: &'static str,
    file_name: &str,
) {
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert("x-accel-buffering", HeaderValue::from_static("no"));
}

/// `GET …/results/responses.csv?<filter>`: UTF-8 with a byte-order mark (so Excel reads it as
/// UTF-8), RFC 4180, streamed a page of responses at a time as it is read.
pub async fn get_csv(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
    parts: Parts,
) -> Response {
    let export = prepare(&state, &parts, &slug, raw.as_deref(), Format::Csv).await;
    download(state, export, Format::Csv, write_csv)
}

/// Sends the CSV a page of responses at a time, as the browser takes it.
async fn write_csv(state: AppState, export: Export, mut sender: Sender) {
    let mut pieces = csv_pieces(state, export);
    while let Some(piece) = pieces.next().await {
        let bytes = match piece {
            Ok((bytes, _)) => bytes,
            Err(error) => {
                tracing::error!(%error, "CSV export stopped");
                let _ = sender
                    .send(Err(std::io::Error::other("the export could not be read")))
                    .await;
                return;
            }
        };
        // The browser went away: stop (dropping `pieces` stops the reading too).
        if sender.send(Ok(bytes)).await.is_err() {
            return;
        }
    }
}

/// The CSV in pieces, each with how many responses it holds: first the byte-order mark and the
/// header, then one piece per page of responses.
pub(crate) fn csv_pieces(
    state: AppState,
    export: Export,
) -> futures::stream::BoxStream<'static, AppResult<(Bytes, u64)>> {
    let mut head = String::from("\u{feff}");
    head.push_str(&csv_record(
        export.plan.headers().into_iter().map(Cell::Text),
    ));
    let pages = read_pages(state, export).map(|page| {
        page.map(|page| {
            let rows = page.len() as u64;
            let mut chunk = String::with_capacity(page.len() * 200);
            for row in page {
                chunk.push_str(&csv_record(row.into_cells()));
            }
            (Bytes::from(chunk), rows)
        })
    });
    futures::stream::once(async move { Ok((Bytes::from(head), 0)) })
        .chain(pages)
        .boxed()
}

/// Reads the export's pages in a task of its own, at most two ahead of whoever writes them
/// out: the database's reading and the writing overlap.
fn read_pages(state: AppState, export: Export) -> mpsc::Receiver<AppResult<Vec<ExportRow>>> {
    let (mut pages, receiver) = mpsc::channel(2);
    tokio::spawn(async move {
        let mut after = -1;
        loop {
            let page = match export.next_page(&state.db, after).await {
                Ok(page) => page,
                Err(error) => {
                    let _ = pages.send(Err(error)).await;
                    return;
                }
            };
            let Some((last, _)) = page.last() else {
                return;
            };
            after = *last;
            let rows = page.into_iter().map(|(_, row)| row).collect();
            if pages.send(Ok(rows)).await.is_err() {
                return;
            }
        }
    });
    receiver
}

/// Where an export's bytes go: the response body, a few pieces behind.
type Sender = mpsc::Sender<Result<Bytes, std::io::Error>>;

/// A download: refused as a page when the request was; else the body starts at once and
/// `produce` fills it from a task of its own.
fn download<F, Fut>(
    state: AppState,
    export: AppResult<Export>,
    format: Format,
    produce: F,
) -> Response
where
    F: FnOnce(AppState, Export, Sender) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let export = match export {
        Ok(export) => export,
        Err(error) => return refused(error),
    };
    let file_name = export.file_name(format);
    let (sender, receiver) = mpsc::channel(4);
    tokio::spawn(produce(state, export, sender));
    let mut response = Body::from_stream(receiver).into_response();
    download_headers(&mut response, format.content_type(), &file_name);
    response
}

/// `GET …/results/responses.xlsx?<filter>`: a workbook with a sheet of responses (written in
/// rust_xlsxwriter's constant-memory mode, so memory stays flat) and a sheet describing the
/// questions, versions and filter. A workbook is a zip whose directory comes last, so it is
/// written to a temporary file first and then streamed; the response starts at once.
pub async fn get_xlsx(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
    parts: Parts,
) -> Response {
    let export = prepare(&state, &parts, &slug, raw.as_deref(), Format::Xlsx).await;
    download(state, export, Format::Xlsx, send_xlsx)
}

/// Writes the workbook to a temporary file, sends it, and removes it.
async fn send_xlsx(state: AppState, export: Export, mut sender: Sender) {
    let path = temporary_workbook();
    let watching = sender.clone();
    let keep_going = move |_| !watching.is_closed();
    let result = match write_workbook(&state, export, &path, keep_going, |_| {}).await {
        Ok(_) => stream_file(&path, &mut sender).await,
        Err(error) => {
            tracing::error!(%error, "XLSX export stopped");
            let _ = sender
                .send(Err(std::io::Error::other(
                    "the export could not be written",
                )))
                .await;
            Ok(())
        }
    };
    if let Err(error) = result {
        tracing::warn!(%error, "XLSX export not sent");
    }
    let _ = std::fs::remove_file(&path);
}

/// Where a workbook is written before it is sent or stored: a name of its own in the temporary
/// folder (the caller removes it).
pub(crate) fn temporary_workbook() -> std::path::PathBuf {
    std::env::temp_dir().join(format!(
        "consult-export-{}-{}.xlsx",
        std::process::id(),
        hex::encode(rand::random::<[u8; 8]>())
    ))
}

/// Sends the file at `path` in 64 KB pieces.
async fn stream_file(path: &std::path::Path, sender: &mut Sender) -> std::io::Result<()> {
    let mut file = std::fs::File::open(path)?;
    loop {
        let mut buffer = vec![0; 64 * 1024];
        let read = tokio::task::block_in_place(|| file.read(&mut buffer))?;
        if read == 0 {
            return Ok(());
        }
        buffer.truncate(read);
        if sender.send(Ok(Bytes::from(buffer))).await.is_err() {
            return Ok(());
        }
    }
}

/// Writes the workbook to `path`. Rows go from the reading task to the writing thread through a
/// short queue, so neither runs ahead of the other by more than a few pages. After each page,
/// `keep_going` is told how many responses are written so far; it says whether anyone still wants
/// the workbook; `saving` is told the total once every row is written, before the workbook is
/// put together and saved (the longest step). The number of responses written.
pub(crate) async fn write_workbook(
    state: &AppState,
    export: Export,
    path: &std::path::Path,
    keep_going: impl Fn(u64) -> bool,
    saving: impl FnOnce(u64),
) -> AppResult<u64> {
    let (rows, receive) = std::sync::mpsc::sync_channel::<Vec<ExportRow>>(2);
    let headers = export.plan.headers();
    let notes = export.plan.notes.clone();
    let about = about_lines(&export);
    let path = path.to_path_buf();
    let writer = tokio::task::spawn_blocking(move || -> Result<(), rust_xlsxwriter::XlsxError> {
        use rust_xlsxwriter::{Format, Workbook};
        let bold = Format::new().set_bold();
        let mut workbook = Workbook::new();
        let mut sheet_number = 1;
        let mut row_at = SHEET_ROWS; // starts a sheet at the first row
        let mut sheet_index = 0;
        for page in receive {
            for row in page {
                if row_at >= SHEET_ROWS {
                    let sheet = workbook.add_worksheet_with_constant_memory()?;
                    sheet.set_name(if sheet_number == 1 {
                        "Responses".to_string()
                    } else {
                        format!("Responses {sheet_number}")
                    })?;
                    for (col, header) in headers.iter().enumerate() {
                        sheet.write_string_with_format(0, col as u16, header, &bold)?;
                    }
                    sheet.set_freeze_panes(1, 1)?;
                    sheet_index = workbook.worksheets().len() - 1;
                    sheet_number += 1;
                    row_at = 1;
                }
                let sheet = workbook.worksheet_from_index(sheet_index)?;
                for (col, cell) in row.into_cells().enumerate() {
                    match cell {
                        Cell::Empty => {}
                        Cell::Text(text) => {
                            sheet.write_string(row_at, col as u16, fit_in_a_cell(text))?;
                        }
                        Cell::Number(n) => {
                            sheet.write_number(row_at, col as u16, n)?;
                        }
                    }
                }
                row_at += 1;
            }
        }
        if sheet_number == 1 {
            // No responses: the sheet still says what its columns would be.
            let sheet = workbook.add_worksheet_with_constant_memory()?;
            sheet.set_name("Responses")?;
            for (col, header) in headers.iter().enumerate() {
                sheet.write_string_with_format(0, col as u16, header, &bold)?;
            }
        }
        let sheet = workbook.add_worksheet();
        sheet.set_name("Questions")?;
        let mut at = 0;
        for line in &about {
            sheet.write_string(at, 0, line)?;
            at += 1;
        }
        at += 1;
        for (col, header) in ["Question", "Kind", "Asked in versions", "Columns"]
            .iter()
            .enumerate()
        {
            sheet.write_string_with_format(at, col as u16, *header, &bold)?;
        }
        for note in &notes {
            at += 1;
            sheet.write_string(at, 0, format!("Q{} {}", note.number, note.label))?;
            sheet.write_string(at, 1, &note.kind)?;
            sheet.write_string(at, 2, &note.versions)?;
            sheet.write_string(at, 3, &note.columns)?;
        }
        sheet.set_column_width(0, 60)?;
        workbook.save(&path)?;
        Ok(())
    });
    let mut pages = read_pages(state.clone(), export);
    let mut failed = None;
    let mut written = 0;
    while let Some(page) = pages.next().await {
        // Nobody wants it any more: no point finishing the workbook.
        if !keep_going(written) {
            failed = Some(AppError::internal(
                "xlsx export",
                "the download was abandoned",
            ));
            break;
        }
        match page {
            Ok(page) => {
                written += page.len() as u64;
                // The writer stopped (an error it reports below).
                if tokio::task::block_in_place(|| rows.send(page)).is_err() {
                    break;
                }
            }
            Err(error) => {
                failed = Some(error);
                break;
            }
        }
    }
    // The writer finishes (and saves) before the caller removes its file.
    drop(rows);
    if failed.is_none() {
        saving(written);
    }
    let saved = writer.await;
    if let Some(error) = failed {
        return Err(error);
    }
    saved
        .map_err(|e| AppError::internal("xlsx export", e))?
        .map_err(|e| AppError::internal("xlsx export", e))?;
    Ok(written)
}

/// The most characters an Excel cell holds.
const CELL_CHARS: usize = 32_767;

/// Text cut to what an Excel cell holds, saying so (the CSV and the response's page have it all).
fn fit_in_a_cell(text: String) -> String {
    const CUT: &str = " [cut: Excel cells hold 32,767 characters; the CSV has it all]";
    if text.chars().count() <= CELL_CHARS {
        return text;
    }
    let keep = CELL_CHARS - CUT.chars().count();
    let mut cut: String = text.chars().take(keep).collect();
    cut.push_str(CUT);
    cut
}

/// The questions sheet's opening lines: what the export holds and how to read it.
fn about_lines(export: &Export) -> Vec<String> {
    let mut lines = vec![
        format!("Responses to \u{201c}{}\u{201d}", export.title),
        format!(
            "{} responses, exported {} (UK time).",
            crate::domain::dashboard::format_count(export.responses as i64),
            uk_time::format_date_time(chrono::Utc::now())
        ),
    ];
    if !export.described.is_empty() {
        lines.push(format!("Only those {}.", export.described.join("; ")));
    }
    lines.push(format!(
        "The first {} columns of each row are the response's reference, when it was submitted, its channel and the questionnaire version answered. Then one or more columns per question, as listed below.",
        LEADING.len()
    ));
    lines.push("A question's columns are empty when the respondent was not asked it (routed past it, or it was not in the version they answered) or did not answer it. Multiple choice: \u{201c}Yes\u{201d} under each option chosen. Ranking: each item's rank (1 is first). Points: each option's points. Grid: the point chosen for each statement. Dates are written as year-month-day.".into());
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_longer_than_a_cell_is_cut_and_says_so() {
        assert_eq!(fit_in_a_cell("short".into()), "short");
        let long = "é".repeat(CELL_CHARS + 10);
        let cut = fit_in_a_cell(long);
        assert_eq!(cut.chars().count(), CELL_CHARS);
        assert!(cut.ends_with("the CSV has it all]"));
        let exact = "a".repeat(CELL_CHARS);
        assert_eq!(fit_in_a_cell(exact.clone()), exact);
    }
}
