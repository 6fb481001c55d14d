//! A form posted without JavaScript that the server refused: the page is rendered again with the
//! citizen's values and the errors. The server's POST handler provides it as context; this hands
//! it to the page in a way that survives hydration (the browser reads the server's copy).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::FieldError;
use crate::domain::answers::posted_values;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PostedForm {
    /// What was posted, to fill the fields in again.
    pub values: Vec<(String, String)>,
    /// Problems with particular fields.
    pub errors: Vec<FieldError>,
    /// A problem with the form as a whole.
    pub problem: Option<String>,
}

impl PostedForm {
    pub fn value(&self, name: &str) -> Option<&str> {
        posted_values(&self.values, name).first().copied()
    }

    pub fn has_value(&self, name: &str, value: &str) -> bool {
        posted_values(&self.values, name).contains(&value)
    }
}

/// The refused form being shown again, if any. Call it once, early, in the page component (it
/// takes the next hydration id, so server and browser must call it at the same point).
pub fn use_posted_form() -> Option<PostedForm> {
    SharedValue::new(use_context::<PostedForm>).into_inner()
}
