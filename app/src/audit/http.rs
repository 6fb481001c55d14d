//! The audit log's CSV: a plain route (a file is not a page) that checks the session and the
//! permission itself, then streams the entries a batch at a time.

use axum::{
    body::{Body, Bytes},
    extract::{RawQuery, State},
    http::request::Parts,
    response::{IntoResponse, Response},
};
use futures::{SinkExt, channel::mpsc};

use crate::results::export::{download_headers, refused};
use crate::state::AppState;

/// `GET /staff/audit/entries.csv?<filter>`: the entries the audit page's filter lets through,
/// newest first.
pub async fn get_csv(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    parts: Parts,
) -> Response {
    let staff = match crate::results::export::staff_or_refused(&state, &parts).await {
        Ok(staff) => staff,
        Err(refusal) => return refusal,
    };
    let export =
        match super::service::start_export(&state.db, &staff, raw.as_deref().unwrap_or_default())
            .await
        {
            Ok(export) => export,
            Err(error) => return refused(error),
        };
    let (mut sender, receiver) = mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    tokio::spawn(async move {
        if sender
            .send(Ok(Bytes::from(super::service::csv_head())))
            .await
            .is_err()
        {
            return;
        }
        let mut before = None;
        loop {
            match super::service::csv_batch(&state.db, &export, before).await {
                Ok((text, Some(next))) => {
                    if sender.send(Ok(Bytes::from(text))).await.is_err() {
                        return;
                    }
                    before = Some(next);
                }
                Ok((_, None)) => return,
                Err(error) => {
                    tracing::error!(%error, "audit log CSV stopped");
                    let _ = sender
                        .send(Err(std::io::Error::other(
                            "the audit log could not be read",
                        )))
                        .await;
                    return;
                }
            }
        }
    });
    let mut response = Body::from_stream(receiver).into_response();
    let file_name = format!("audit-log-{}.csv", chrono::Utc::now().format("%Y-%m-%d"));
    download_headers(&mut response, "text/csv; charset=utf-8", &file_name);
    response
}
