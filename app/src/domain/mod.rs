//! Pure rules shared by the server and the browser: no Leptos, no database.
//!
//! The same functions validate a response in the browser (for instant feedback) and on the server
//! (the only check that counts), so the two can never disagree.

pub mod answers;
pub mod audit;
pub mod consultation_details;
pub mod dashboard;
pub mod documents;
pub mod email;
pub mod export;
pub mod formats;
pub mod interface_text;
pub mod journey;
pub mod language;
pub mod library;
pub mod permissions;
pub mod personal_data;
pub mod prepared_download;
pub mod quality_checklist;
pub mod question_form;
pub mod questionnaire;
pub mod questionnaire_edit;
pub mod rate_limit;
pub mod redirect;
pub mod reference;
pub mod response_view;
pub mod results;
pub mod results_filter;
pub mod return_code;
pub mod routing;
pub mod sign_in_backoff;
pub mod site_identity;
pub mod site_logo;
pub mod slug;
pub mod sortable;
pub mod staff_account;
pub mod staff_entry;
pub mod staff_links;
pub mod staff_list;
pub mod status;
pub mod text;
pub mod two_factor;
pub mod uk_time;
pub mod welsh_content;
pub mod workflow;

pub use answers::{AnswerValue, Answers, FieldError, MalformedSubmission};
pub use language::Language;
pub use questionnaire::{ChoiceOption, Page, Question, QuestionKind, Questionnaire};
pub use slug::Slug;
pub use status::ConsultationStatus;
