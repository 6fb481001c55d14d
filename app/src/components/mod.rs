//! UI pieces shared by features: page layout, the GOV.UK-style error summary, error pages, tags.

mod answer_lines;
pub mod charts;
mod error_page;
mod error_summary;
mod form_fields;
mod island_scripts;
mod language;
mod layout;
mod posted_form;
mod save_status;
pub mod sortable;
mod status_tag;
mod text_area;

pub use answer_lines::AnswerLines;
pub use error_page::{ErrorPage, NotFoundPage, Refusal, RefusalPage, set_status};
pub use error_summary::{ErrorMessage, ErrorSummary, focus_element};
pub use form_fields::{
    DateField, DateTimeField, FileField, InputField, RadiosField, SelectField, TextAreaField,
    email_language_choices,
};
pub use island_scripts::IslandScripts;
pub use language::{
    LanguageSwitch, content_lang, date_text, date_time_text, href, message_with_content, text_lang,
    tr, tr_with, use_language,
};
pub use layout::{
    BrandColour, PageDescription, PageTitle, SiteFooter, SiteHeader, page_title_text,
};
pub use posted_form::PostedForm;
pub use save_status::{SaveState, SaveStatus, hydration_mark};
pub use status_tag::StatusTag;
pub use text_area::TextArea;
