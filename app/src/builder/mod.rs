//! The questionnaire builder: the shape of a new consultation and the service that stores one
//! (used by the demo content and the tests), and the staff page where the drag-and-drop builder
//! island lives (`views`; for now it shows the questionnaire's outline).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::questionnaire::{QuestionKind, kind_code};

/// The "create a consultation" page, and where its form posts.
pub const NEW_CONSULTATION_PATH: &str = "/staff/consultations/new";

pub mod api;
pub mod details_views;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod preview;
pub mod preview_views;
pub mod question_views;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;

/// The editor for question `key` (or `new`, on page `page`) of a questionnaire draft: shared by
/// the editor's page and its POST, which both need to know what is being edited.
pub fn editor_for(
    draft: api::QuestionnaireDraft,
    key: &str,
    page: Option<&str>,
) -> Result<api::QuestionEditor, crate::error::AppError> {
    use crate::error::AppError;
    let (question, page_number) = if key == "new" {
        let index = page
            .and_then(|page| draft.questionnaire.pages.iter().position(|p| p.key == page))
            .ok_or_else(|| {
                AppError::NotFound(crate::domain::interface_text::english(
                    "builder-page-gone-stop",
                ))
            })?;
        (None, Some(index + 1))
    } else {
        let question = draft
            .questionnaire
            .question_by_key(key)
            .cloned()
            .ok_or_else(|| {
                AppError::NotFound(crate::domain::interface_text::english(
                    "builder-question-gone-stop",
                ))
            })?;
        (Some(question), None)
    };
    Ok(api::QuestionEditor {
        staff: draft.staff,
        slug: draft.slug,
        title: draft.title,
        revision: draft.revision,
        question,
        page_number,
        saved: Vec::new(),
    })
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NewConsultation {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub body_markdown: String,
    pub department_id: i64,
    pub contact_name: String,
    pub contact_email: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// Published consultations appear on the hub; drafts only to staff.
    pub published: bool,
    pub outcome_markdown: Option<String>,
    pub pages: Vec<NewPage>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NewPage {
    pub title: Option<String>,
    pub questions: Vec<NewQuestion>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NewQuestion {
    pub label: String,
    pub hint: Option<String>,
    pub required: bool,
    /// Markdown help for respondents ("Help with this question").
    pub guidance: Option<String>,
    pub kind: NewQuestionKind,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum NewQuestionKind {
    ShortText {
        max_chars: u32,
    },
    LongText {
        max_chars: u32,
    },
    SingleChoice {
        options: Vec<String>,
    },
    MultipleChoice {
        options: Vec<String>,
        min_choices: Option<u32>,
        max_choices: Option<u32>,
        /// Ends with an "Other" option and its box to say what.
        other: bool,
    },
    Dropdown {
        options: Vec<String>,
    },
    Ranking {
        options: Vec<String>,
    },
    Grid {
        statements: Vec<String>,
        scale: Vec<String>,
    },
    Points {
        options: Vec<String>,
        total: u32,
        exact: bool,
    },
    /// A kind without options (number, date, email, postcode) as it is.
    Typed(QuestionKind),
}

impl NewQuestionKind {
    pub fn code(&self) -> &'static str {
        match self {
            NewQuestionKind::ShortText { .. } => kind_code::SHORT_TEXT,
            NewQuestionKind::LongText { .. } => kind_code::LONG_TEXT,
            NewQuestionKind::SingleChoice { .. } => kind_code::SINGLE_CHOICE,
            NewQuestionKind::MultipleChoice { .. } => kind_code::MULTIPLE_CHOICE,
            NewQuestionKind::Dropdown { .. } => kind_code::DROPDOWN,
            NewQuestionKind::Ranking { .. } => kind_code::RANKING,
            NewQuestionKind::Grid { .. } => kind_code::GRID,
            NewQuestionKind::Points { .. } => kind_code::POINTS,
            NewQuestionKind::Typed(kind) => kind.code(),
        }
    }
}

/// A URL slug: lower-case letters, digits and single hyphens.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 100
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

#[cfg(test)]
mod tests {
    use super::is_valid_slug;

    #[test]
    fn slugs_are_plain_lower_case_words() {
        assert!(is_valid_slug("20mph-speed-limits"));
        assert!(!is_valid_slug("Speed limits"));
        assert!(!is_valid_slug("-x"));
        assert!(!is_valid_slug("a--b"));
        assert!(!is_valid_slug(""));
        assert!(!is_valid_slug("../etc"));
    }
}
