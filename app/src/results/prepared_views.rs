//! What staff see of downloads: the dashboard's choice (a link for a small export; for a large
//! one, a form that asks for it to be prepared, and the member's downloads so far) and the page
//! of a prepared download, whose progress is a small island that asks the server every second
//! while it runs. Without JavaScript the page says how far it had got and offers "Check again".

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::prepared_api::{
    DownloadChoices, PreparedDownload, download_file_path, download_page_path,
    load_prepared_download, prepare_path,
};
use crate::components::{
    IslandScripts, PageTitle, content_lang, date_time_text, href, tr, tr_with, use_language,
};
use crate::domain::dashboard::format_count;
use crate::domain::documents::size_text;
use crate::domain::interface_text::{TextArg, english_in};
use crate::domain::prepared_download::{KEEP_FOR, Progress};
use crate::domain::results_filter::FilterQuery;
use crate::staff::views::{StaffBar, staff_view};

/// "1,000,000 responses" or "1 response".
fn responses_text(responses: i64) -> String {
    tr_with(
        "results-download-responses",
        &[
            ("count", TextArg::from(format_count(responses))),
            ("n", TextArg::from(responses)),
        ],
    )
}

/// The kind of file ("CSV file"), which the server names in English, in the page's language.
fn format_text(english: &str) -> String {
    english_in(use_language(), english)
}

/// The dashboard's downloads: links that download at once, or (past the server's limit) buttons
/// that have the file prepared, carrying the filter the page applied; then the member's
/// downloads of this consultation still kept.
#[component]
pub fn DownloadOptions(
    slug: String,
    choices: DownloadChoices,
    /// The filter the page applied (nothing when it applied none).
    applied: Option<FilterQuery>,
    responses: i64,
) -> impl IntoView {
    let here = href(&format!("/staff/consultations/{slug}/results"));
    let query = applied
        .as_ref()
        .map(FilterQuery::to_query_string)
        .unwrap_or_default();
    let filtered = applied.is_some();
    let offer = if choices.prepare {
        let fields = applied.map(|q| q.pairs()).unwrap_or_default();
        view! {
            <p class="body">
                {tr_with(
                    if filtered {
                        "results-download-prepare-these"
                    } else {
                        "results-download-prepare-all"
                    },
                    &[
                        ("responses", TextArg::from(responses_text(responses))),
                        ("hours", TextArg::from(KEEP_FOR.as_secs() / 3600)),
                    ],
                )}
            </p>
            <form method="post" action=href(&prepare_path(&slug)) class="download-form">
                {fields
                    .into_iter()
                    .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
                    .collect_view()}
                <button type="submit" name="format" value="csv" class="button button--secondary">
                    {tr("results-download-prepare-csv")}
                </button>
                " "
                <button type="submit" name="format" value="xlsx" class="button button--secondary">
                    {tr("results-download-prepare-xlsx")}
                </button>
            </form>
        }
        .into_any()
    } else {
        view! {
            <p class="body">
                <a href=format!("{here}/responses.csv{query}") download>
                    {if filtered {
                        tr("results-download-csv-these")
                    } else {
                        tr("results-download-csv-all")
                    }}
                </a>
                " · "
                <a href=format!("{here}/responses.xlsx{query}") download>
                    {tr("results-download-xlsx")}
                </a>
            </p>
        }
        .into_any()
    };
    let prepared = (!choices.prepared.is_empty()).then(|| {
        view! {
            <h3 class="heading-s">{tr("results-download-yours")}</h3>
            <ul class="list prepared-downloads" data-testid="prepared-downloads">
                {choices
                    .prepared
                    .into_iter()
                    .map(|download| {
                        let name = tr_with(
                            if download.filtered {
                                "results-download-name-filtered"
                            } else {
                                "results-download-name"
                            },
                            &[
                                ("format", TextArg::from(format_text(&download.format_label))),
                                ("responses", TextArg::from(responses_text(download.responses))),
                            ],
                        );
                        let asked = tr_with(
                            "results-download-asked",
                            &[("when", TextArg::from(date_time_text(download.requested_at)))],
                        );
                        view! {
                            <li>
                                <a href=href(&download_page_path(&download.token))>{name}</a>
                                {format!("{asked} ")}
                                <strong class="tag tag--grey">{tr(download.progress.tag_id())}</strong>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <div data-testid="downloads">{offer} {prepared}</div>
    }
}

#[component]
pub fn PreparedDownloadPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let download = Resource::new(token, load_prepared_download);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("results-prepared-loading")}</p> }>
            {move || Suspend::new(async move {
                staff_view(
                    download.await,
                    |download| view! { <PreparedDownloadView download /> }.into_any(),
                )
            })}
        </Suspense>
    }
}

#[component]
fn PreparedDownloadView(download: PreparedDownload) -> impl IntoView {
    let results = href(&format!("/staff/consultations/{}/results", download.slug));
    // The filter's words were stored in English with the download.
    let which = if download.described.is_empty() {
        tr("results-prepared-every")
    } else {
        tr_with(
            "results-prepared-those",
            &[("described", TextArg::from(download.described.join("; ")))],
        )
    };
    let format = format_text(&download.format_label);
    view! {
        <PageTitle text=tr_with(
            "results-prepared-title",
            &[
                ("format", TextArg::from(format.clone())),
                ("title", TextArg::from(download.title.clone())),
            ],
        ) />
        <StaffBar staff=download.staff />
        <a href=results class="back-link">
            {tr("results-prepared-back")}
        </a>
        <span class="caption-l" lang=content_lang()>{download.title}</span>
        <h1 class="heading-xl">
            {tr_with("results-prepared-heading", &[("format", TextArg::from(format.clone()))])}
        </h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("results-prepared-responses")}</dt>
                <dd class="summary-list__value">
                    {responses_text(download.responses)}
                    <br />
                    {which}
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("results-prepared-asked")}</dt>
                <dd class="summary-list__value">{date_time_text(download.requested_at)}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("results-prepared-kept")}</dt>
                <dd class="summary-list__value">{date_time_text(download.expires_at)}</dd>
            </div>
        </dl>
        <DownloadProgress
            token=download.token
            progress=download.progress
            file_name=download.file_name
            format_label=format
        />
        <IslandScripts staff=true />
    }
}

/// How often the page asks how far its download has got.
pub const CHECK_EVERY_MS: u64 = 1_000;

/// A prepared download's progress: drawn on the server as it was; in the browser, asked again
/// every `CHECK_EVERY_MS` until it is ready (or cannot finish). The progress bar and figures
/// move each time; screen readers hear only the changes that matter (started, each quarter,
/// ready, or stopped), not every tick.
#[island(lazy)]
pub fn DownloadProgress(
    token: String,
    progress: Progress,
    file_name: String,
    format_label: String,
) -> impl IntoView {
    let shown = RwSignal::new(progress);
    let heard = Memo::new(move |_| announcement(shown.get()));
    #[cfg(feature = "hydrate")]
    if progress.is_running() {
        check_later(token.clone(), shown);
    }
    let page = href(&download_page_path(&token));
    let file = href(&download_file_path(&token));
    view! {
        <div class="download-progress" data-testid="download-progress">
            <div class="visually-hidden" role="status">
                {move || heard.get()}
            </div>
            <p class="body" data-testid="download-status">
                {move || shown.get().text_in(use_language())}
            </p>
            {move || {
                let now = shown.get();
                now.percent()
                    .filter(|_| now.is_running())
                    .map(|percent| {
                        view! {
                            <progress
                                class="download-progress__bar"
                                max="100"
                                value=percent.to_string()
                                aria-label=tr("results-prepared-bar")
                            >
                                {format!("{percent}%")}
                            </progress>
                        }
                    })
            }}
            {
                let page = page.clone();
                let file = file.clone();
                let file_name = file_name.clone();
                let format_label = format_label.clone();
                move || match shown.get() {
                    Progress::Ready { bytes } => {
                        view! {
                            <p class="body">
                                <a
                                    class="button"
                                    href=file.clone()
                                    download=file_name.clone()
                                    data-testid="download-file"
                                >
                                    {tr_with(
                                        "results-prepared-file",
                                        &[
                                            ("format", TextArg::from(format_label.clone())),
                                            ("size", TextArg::from(size_text(bytes.max(0) as u64))),
                                        ],
                                    )}
                                </a>
                            </p>
                        }
                            .into_any()
                    }
                    now if now.is_running() => {
                        view! {
                            <p class="body">
                                {tr("results-prepared-leave")}
                                " "
                                <a href=page.clone()>{tr("results-prepared-check")}</a>
                            </p>
                        }
                            .into_any()
                    }
                    _ => ().into_any(),
                }
            }
        </div>
    }
}

/// What a screen reader is told: it changes (and so is read) only at the changes worth saying
/// (started, each quarter, putting together, ready or stopped), not at every tick.
fn announcement(progress: Progress) -> String {
    match progress {
        Progress::Waiting => String::new(),
        Progress::Preparing { .. } => match progress.percent().unwrap_or(0) / 25 {
            0 => tr("results-prepared-announce-start"),
            quarter => tr_with(
                "results-prepared-announce-part",
                &[("percent", TextArg::from(quarter * 25))],
            ),
        },
        other => other.text_in(use_language()),
    }
}

/// Asks how far the download has got after `CHECK_EVERY_MS`, and again while it runs.
#[cfg(feature = "hydrate")]
fn check_later(token: String, shown: RwSignal<Progress>) {
    use crate::error::AppError;
    set_timeout(
        move || {
            leptos::task::spawn_local(async move {
                match super::prepared_api::prepared_download_progress(token.clone()).await {
                    Ok(next) => {
                        shown.set(next);
                        if next.is_running() {
                            check_later(token, shown);
                        }
                    }
                    // Signed out, or no longer theirs to see: the page as it was says enough.
                    Err(AppError::Unauthorized | AppError::Forbidden | AppError::NotFound(_)) => {}
                    // A blip (the network, a restart): keep asking.
                    Err(_) => check_later(token, shown),
                }
            });
        },
        std::time::Duration::from_millis(CHECK_EVERY_MS),
    );
}
