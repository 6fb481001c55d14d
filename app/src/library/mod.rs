//! The question library's saved questions (decision 0018): staff save a copy of a question or
//! content block from a questionnaire they build; anyone building a consultation inserts a copy
//! of one where they are adding a question. (The standard blocks, such as "About you", are
//! `domain::library`.)
//!
//! - `api`: what the library page and the "add a question" page show, and their server function.
//! - `service` (server only): saving, listing, inserting and removing saved questions.
//! - `http` (server only): the library page's "Remove" button.
//! - `views`: the library page.

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;

/// The library page.
pub const LIBRARY_PATH: &str = "/staff/library";
