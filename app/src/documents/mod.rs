//! Related documents of a consultation (decision 0017): links and uploaded files, listed on the
//! consultation page and managed by its builders on a staff page of plain forms.
//!
//! - `api`: what the pages show, and the server function that loads the staff page.
//! - `service` (server only): storing, ordering, removing, copying and reading documents.
//! - `http` (server only): the staff page's form posts (an upload is a multipart form) and the
//!   download of a file.
//! - `views`: the staff page, and the list on the consultation page.

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod service;
pub mod views;
