//! A form posted without JavaScript that the server refused: the page is rendered again with the
//! citizen's values and the errors. The server's POST handler provides it as context; a page
//! reads it with `use_context` and hands it to its island (if any) as a prop.

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
    /// A post the server refused with `error`: field errors beside their fields, anything else as
    /// a problem with the whole form, and every value posted to fill the fields in again.
    pub fn refused(error: &crate::error::AppError, values: Vec<(String, String)>) -> PostedForm {
        let errors = error.field_errors().to_vec();
        PostedForm {
            problem: errors.is_empty().then(|| error.to_string()),
            errors,
            values,
        }
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        posted_values(&self.values, name).first().copied()
    }

    pub fn has_value(&self, name: &str, value: &str) -> bool {
        posted_values(&self.values, name).contains(&value)
    }
}
