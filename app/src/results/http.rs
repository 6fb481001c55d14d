//! The live results stream: a plain axum route (an event stream is not a page), which checks the
//! staff session and the permission itself.

use std::convert::Infallible;
use std::time::{Duration, Instant};

use axum::{
    extract::{Path, State},
    http::{HeaderValue, header, request::Parts},
    response::{
        IntoResponse, Response,
        sse::{Event, KeepAlive, Sse},
    },
};
use futures::stream::{self, Stream};

use super::live::SnapshotReceiver;
use crate::builder::http::error_response;
use crate::db::questionnaire_store::find_for_staff;
use crate::domain::permissions::{Action, Target};
use crate::staff::api::staff_from_headers;
use crate::state::AppState;

/// The stream's address, beside the dashboard's.
pub const LIVE_RESULTS_PATH: &str = "/staff/consultations/{slug}/results/live";

/// A comment line this often keeps proxies from closing a quiet stream.
pub const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// How often a long-open stream checks the session is still live (signed out, expired): it then
/// ends, and the browser's reconnection is refused.
pub const SESSION_RECHECK: Duration = Duration::from_secs(60);

/// `GET /staff/consultations/{slug}/results/live`: `snapshot` events, each the whole `Dashboard`
/// as JSON — one at once, then one after each change (a dashboard that fell behind, or
/// reconnects, gets the newest).
pub async fn get_live_results(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    parts: Parts,
) -> Response {
    let staff = match staff_from_headers(&state, &parts.headers).await {
        Ok(Some(staff)) => staff,
        Ok(None) => return error_response(crate::error::AppError::Unauthorized),
        Err(error) => return error_response(error),
    };
    let row = match find_for_staff(&state.db, &slug).await {
        Ok(row) => row,
        Err(error) => return error_response(error),
    };
    if let Err(error) = staff.ensure(Action::SeeResults, Target::Workspace(row.department_id)) {
        return error_response(error);
    }
    let receiver = state.live.subscribe(row.id);
    let may_read = staff.can(Action::ReadResponses, Target::Workspace(row.department_id));
    let stream = snapshots(state, parts, row.department_id, may_read, receiver);
    let mut response = Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
        .into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // Proxies such as nginx would otherwise hold events back to fill a buffer.
    headers.insert("x-accel-buffering", HeaderValue::from_static("no"));
    response
}

struct Watching {
    state: AppState,
    parts: Parts,
    department_id: i64,
    /// Whether the member may read what people wrote, or sees counts only (a viewer).
    may_read: bool,
    receiver: SnapshotReceiver,
    stopping: tokio::sync::watch::Receiver<bool>,
    checked: Instant,
    first: bool,
}

fn snapshots(
    state: AppState,
    parts: Parts,
    department_id: i64,
    may_read: bool,
    receiver: SnapshotReceiver,
) -> impl Stream<Item = Result<Event, Infallible>> {
    let watching = Watching {
        stopping: state.live.stopping(),
        state,
        parts,
        department_id,
        may_read,
        receiver,
        checked: Instant::now(),
        first: true,
    };
    stream::unfold(watching, |mut w| async move {
        loop {
            // The first snapshot as soon as there is a fresh one (an old one is being read
            // again: `LiveResults::subscribe`), then each change.
            let fresh = w.receiver.borrow().as_ref().is_some_and(|s| !s.is_stale());
            let ready = if w.first && fresh {
                true
            } else {
                tokio::select! {
                    changed = w.receiver.changed() => {
                        if changed.is_err() {
                            return None;
                        }
                        true
                    }
                    _ = w.stopping.wait_for(|stopping| *stopping) => return None,
                    _ = tokio::time::sleep(SESSION_RECHECK) => false,
                }
            };
            if *w.stopping.borrow() {
                return None; // the server is stopping
            }
            if w.checked.elapsed() >= SESSION_RECHECK {
                // Still signed in, and still allowed (a role or department may have changed).
                match staff_from_headers(&w.state, &w.parts.headers).await {
                    Ok(Some(staff))
                        if staff.can(Action::SeeResults, Target::Workspace(w.department_id)) =>
                    {
                        w.may_read =
                            staff.can(Action::ReadResponses, Target::Workspace(w.department_id));
                        w.checked = Instant::now()
                    }
                    _ => return None,
                }
            }
            if !ready {
                continue;
            }
            let snapshot = w.receiver.borrow_and_update().clone();
            if let Some(snapshot) = snapshot {
                w.first = false;
                let event = Event::default().event("snapshot").data(if w.may_read {
                    snapshot.json.as_str()
                } else {
                    snapshot.counts_json.as_str()
                });
                return Some((Ok(event), w));
            }
        }
    })
}
