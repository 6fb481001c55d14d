use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::builder::api::DepartmentChoice;
use crate::domain::ConsultationStatus;
use crate::domain::answers::FieldError;
use crate::domain::dashboard::{ChannelCount, TimeSeries};
#[cfg(feature = "ssr")]
use crate::domain::permissions::{Action, Target};
use crate::domain::results::OptionCount;
use crate::domain::results_filter::{CrossTabCounts, FilterChoices, FilterQuery};
use crate::domain::staff_list::{ListFilter, ListStatus};
use crate::error::AppError;
use crate::staff::api::StaffIdentity;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffConsultationRow {
    pub slug: String,
    pub title: String,
    pub department_id: i64,
    pub department: String,
    pub status: ConsultationStatus,
    pub published: bool,
    /// Where it is in the workflow (decision 0038).
    pub stage: crate::domain::workflow::Stage,
    pub opens_at: chrono::DateTime<chrono::Utc>,
    pub closes_at: chrono::DateTime<chrono::Utc>,
    pub responses: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffHome {
    pub staff: StaffIdentity,
    /// The consultations the filter lets through, newest opening first.
    pub consultations: Vec<StaffConsultationRow>,
    /// How many there are without the filter.
    pub total: usize,
    pub filter: ListFilter,
    pub departments: Vec<DepartmentChoice>,
    /// Whether the member may create consultations (in at least one department).
    pub may_create: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum QuestionSummary {
    Choice {
        options: Vec<OptionCount>,
        /// Multiple choice: each person may choose several, so shares add to more than 100%.
        multiple: bool,
        /// The newest answers typed in the "Other" box, if the question has one.
        #[serde(default)]
        other_answers: Vec<String>,
    },
    Text {
        latest: Vec<String>,
    },
    /// Numbers and dates: how the answers spread (none yet: `Text` with no answers).
    Spread(NumberSpread),
    /// Grid: for each statement, how many chose each point of the scale.
    Grid(crate::domain::results::GridResult),
    /// Ranking: the items, best average rank first.
    Ranking {
        items: Vec<crate::domain::results::RankedItem>,
    },
    /// Points allocation: the points each option was given.
    Points {
        items: Vec<crate::domain::results::PointsShare>,
    },
    /// Answers not listed on the results page (email addresses are personal data).
    NotListed {
        /// The message saying why (`interface_text`).
        reason_id: String,
    },
}

/// A number or date question's answers: lowest, median, highest, for numbers the mean, and a
/// histogram, each value written as the question's kind writes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumberSpread {
    pub lowest: SpreadValue,
    pub median: SpreadValue,
    pub highest: SpreadValue,
    pub average: Option<String>,
    pub bins: Vec<BinCount>,
}

/// One value of a spread: a number as written ("7.75": the same in English and Welsh), or a
/// day, which each page writes in its language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SpreadValue {
    Number(String),
    /// Days from the common era (as date answers are kept): no date parser reaches the WASM.
    Day(i32),
}

impl SpreadValue {
    pub fn text_in(&self, language: crate::domain::Language) -> String {
        match self {
            SpreadValue::Number(number) => number.clone(),
            SpreadValue::Day(days) => chrono::NaiveDate::from_num_days_from_ce_opt(*days)
                .map(|day| crate::domain::uk_time::format_calendar_date_in(language, day))
                .unwrap_or_default(),
        }
    }
}

/// A histogram bar: "18 to 25", "0.5 to under 1", or one value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BinCount {
    pub low: SpreadValue,
    pub high: SpreadValue,
    /// The bar counts `high` too (the last bar, and whole-number bars).
    pub high_included: bool,
    pub count: i64,
}

impl BinCount {
    /// The bar's name in `language`.
    pub fn label_in(&self, language: crate::domain::Language) -> String {
        use crate::domain::interface_text::{TextArg, text_with};
        let (low, high) = (self.low.text_in(language), self.high.text_in(language));
        if self.low == self.high {
            return low;
        }
        let id = if self.high_included {
            "results-bin-to"
        } else {
            "results-bin-to-under"
        };
        text_with(
            language,
            id,
            &[("low", TextArg::from(low)), ("high", TextArg::from(high))],
        )
    }
}

/// The dashboard's headline figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Headline {
    pub total: i64,
    pub today: i64,
    pub last_7_days: i64,
    pub channels: Vec<ChannelCount>,
    /// Published versions, newest first, with the responses each received.
    pub versions: Vec<VersionUse>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionUse {
    pub number: i32,
    pub responses: i64,
    /// The version people answer now.
    pub current: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    /// The question's stable key (the same in every version).
    pub key: String,
    /// Whether every answer can be read on a page of its own (text questions).
    pub readable: bool,
    pub label: String,
    /// The message naming its kind ("Single choice"): `QuestionKind::label_id`.
    pub kind_label_id: String,
    pub answered: i64,
    /// Responses to the versions that asked it.
    pub asked: i64,
    /// The version it was added in, when it was added after launch.
    pub added_in: Option<i32>,
    /// The version it was taken out in, if the current version no longer asks it.
    pub removed_in: Option<i32>,
    pub summary: QuestionSummary,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationResults {
    pub staff: StaffIdentity,
    /// Whether the member may read responses and download them (not a viewer): the links to
    /// them are shown only then.
    pub may_read_responses: bool,
    pub slug: String,
    pub title: String,
    /// Over every response, or over those the filter lets through (`filters.total` then says
    /// how many there are in all).
    pub dashboard: Dashboard,
    pub filters: FilterPanel,
    /// How its responses can be downloaded, and the member's downloads being prepared.
    #[serde(default)]
    pub downloads: super::prepared_api::DownloadChoices,
}

/// The filter form: what the results can be filtered by, the filter as asked (shown back as
/// given), its problems, and what it applied.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FilterPanel {
    pub choices: FilterChoices,
    pub query: FilterQuery,
    pub errors: Vec<FieldError>,
    /// The applied filter in words, one message per part (written in the page's language);
    /// empty when every response counts.
    pub described: Vec<crate::domain::interface_text::Message>,
    /// Every response, when a filter applies.
    pub total: Option<i64>,
}

impl FilterPanel {
    pub fn is_filtered(&self) -> bool {
        self.total.is_some()
    }
}

/// Two choice questions against each other, over the responses the filter lets through.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CrossTab {
    pub rows_label: String,
    pub columns_label: String,
    pub row_labels: Vec<String>,
    pub column_labels: Vec<String>,
    /// Multiple choice on either side: a respondent may count in several cells.
    pub multiple: bool,
    pub counts: CrossTabCounts,
}

/// The "compare two questions" page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CrossTabPage {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    pub filters: FilterPanel,
    /// Responses counted (all, or the filtered ones).
    pub responses: i64,
    /// The two questions chosen, if any (and if the choice is sound).
    pub tab: Option<CrossTab>,
}

/// Every figure of a consultation's dashboard: what the page draws first and what the live
/// stream sends again whenever a response arrives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    pub status: ConsultationStatus,
    pub responses: i64,
    pub last_response_at: Option<chrono::DateTime<chrono::Utc>>,
    pub headline: Headline,
    pub over_time: TimeSeries,
    /// When these figures were read.
    pub as_of: chrono::DateTime<chrono::Utc>,
    /// The same, in milliseconds since 1970: a live dashboard never goes back to older figures.
    pub read_at_ms: i64,
    pub questions: Vec<QuestionResult>,
}

impl Dashboard {
    /// What the dashboard's layout depends on: how many days, questions, and rows and columns
    /// each question's chart and table have. A live dashboard redraws its figures in place
    /// while this stays the same (so an open table stays open and focus stays put), and lays
    /// them out afresh when it changes (a new day, a new version, a first answer).
    pub fn shape(&self) -> String {
        let mut shape = format!(
            "{}|{}",
            self.over_time.points.len(),
            self.over_time.period_code()
        );
        for question in &self.questions {
            let part = match &question.summary {
                QuestionSummary::Choice {
                    options, multiple, ..
                } => {
                    format!("c{}{}", options.len(), if *multiple { "m" } else { "" })
                }
                QuestionSummary::Text { .. } => "t".into(),
                QuestionSummary::Spread(spread) => format!("s{}", spread.bins.len()),
                QuestionSummary::Grid(grid) => {
                    format!("g{}:{}", grid.rows.len(), grid.scale.join("\u{1f}"))
                }
                QuestionSummary::Ranking { items } => format!("r{}", items.len()),
                QuestionSummary::Points { items } => format!("p{}", items.len()),
                QuestionSummary::NotListed { .. } => "n".into(),
            };
            shape.push('|');
            shape.push_str(&part);
            if let Some(n) = question.removed_in {
                shape.push_str(&format!("-{n}"));
            }
        }
        shape
    }

    /// The dashboard for someone who may see counts and charts but not what people wrote (a
    /// viewer: `permissions::Action::ReadResponses`): text answers, and the words typed in an
    /// "Other" box, are left out, with a sentence saying why.
    pub fn without_answers(mut self) -> Dashboard {
        for question in &mut self.questions {
            // A text question's answers are what people wrote; a number or date question with
            // no answers yet also reads `Text`, and stays as it is.
            let written = std::mem::take(&mut question.readable);
            match &mut question.summary {
                QuestionSummary::Text { .. } if written => {
                    question.summary = QuestionSummary::NotListed {
                        reason_id: "results-not-listed-role".into(),
                    }
                }
                QuestionSummary::Text { latest } => latest.clear(),
                QuestionSummary::Choice { other_answers, .. } => other_answers.clear(),
                _ => {}
            }
        }
        self
    }
}

impl StaffConsultationRow {
    pub fn list_status(&self) -> ListStatus {
        ListStatus::of(self.published, self.status)
    }
}

/// How many of the latest text answers the results page shows per question.
pub const LATEST_TEXT_ANSWERS: u64 = 5;

/// The staff list, filtered by the page's `?department=<id>&status=<code>` (either may be empty).
#[server(endpoint = "load_staff_home")]
pub async fn load_staff_home(
    department: Option<String>,
    status: Option<String>,
) -> Result<StaffHome, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    // Only the workspaces the member belongs to (every one, for a site admin): another
    // workspace's consultations are not theirs to see, nor are their names.
    let departments: Vec<DepartmentChoice> = crate::builder::service::department_choices(&state.db)
        .await?
        .into_iter()
        .filter(|d| staff.can(Action::View, Target::Workspace(d.id)))
        .collect();
    let ids: Vec<i64> = departments.iter().map(|d| d.id).collect();
    let filter = ListFilter::parse(
        department.as_deref().unwrap_or_default(),
        status.as_deref().unwrap_or_default(),
        &ids,
    );
    let all: Vec<StaffConsultationRow> =
        super::service::consultations(&state.db, chrono::Utc::now())
            .await?
            .into_iter()
            .filter(|row| ids.contains(&row.department_id))
            .collect();
    let total = all.len();
    let may_create =
        !crate::domain::permissions::workspaces_where(staff.actor(), Action::Edit, &ids).is_empty();
    Ok(StaffHome {
        may_create,
        consultations: all
            .into_iter()
            .filter(|row| filter.matches(row.department_id, row.list_status()))
            .collect(),
        total,
        filter,
        departments,
        staff,
    })
}

/// The dashboard, filtered by the page's address (`FilterQuery`; an empty one: every response).
#[server(endpoint = "load_consultation_results")]
pub async fn load_consultation_results(
    slug: String,
    #[server(default)] query: FilterQuery,
) -> Result<ConsultationResults, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    let now = chrono::Utc::now();
    let mut results =
        super::service::filtered_results(&state.db, &state.indexes, staff, &slug, &query, now)
            .await?;
    results.downloads = super::prepared::choices(
        &state,
        &results.staff,
        &slug,
        results.dashboard.responses.max(0) as u64,
        now,
    )
    .await?;
    if !results.filters.is_filtered() {
        tokio::spawn(super::service::warm_filters(
            state.indexes.clone(),
            state.db.clone(),
            slug,
        ));
    }
    Ok(results)
}

/// The cross-tab page: two choice questions of the page's address against each other, over the
/// responses its filter lets through.
#[server(endpoint = "load_cross_tab")]
pub async fn load_cross_tab(
    slug: String,
    #[server(default)] query: FilterQuery,
) -> Result<CrossTabPage, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::cross_tab(&state.db, &state.indexes, staff, &slug, &query).await
}
