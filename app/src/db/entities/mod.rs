//! sea-orm entities, one per table (see `migration/` for the schema and its comments).

pub mod answer;
pub mod app_secret;
pub mod cell_tally;
pub mod channel_tally;
pub mod consultation;
pub mod consultation_tally;
pub mod daily_tally;
pub mod deleted_question;
pub mod department;
pub mod document_file;
pub mod library_question;
pub mod option_tally;
pub mod prepared_download;
pub mod prepared_download_part;
pub mod question;
pub mod question_option;
pub mod question_tally;
pub mod questionnaire_page;
pub mod questionnaire_version;
pub mod related_document;
pub mod response;
pub mod response_draft;
pub mod staff_session;
pub mod staff_user;
pub mod value_tally;
