//! The one way a text box's value is written into a page.
//!
//! Leptos 0.8 writes the children of `<textarea>` unescaped, as it does for `<script>` (its fix
//! was reverted upstream), so text a person typed, shown back to them, could close the element
//! and inject markup (`</textarea><script>…`). Here the value is escaped by us and placed with
//! `inner_html`, which Leptos writes as given on the server and leaves alone when hydrating. Never
//! write `<textarea>` with children anywhere else: use `<TextArea value=… attr:… />`.

use leptos::prelude::*;

use crate::domain::text;

/// The HTML for a textarea's content showing `value` literally.
///
/// A newline goes first because the HTML parser drops one newline straight after `<textarea>`:
/// without it, an answer that starts with a blank line would lose it. Control characters that no
/// text may hold are left out (see `domain::text`).
pub fn textarea_content(value: &str) -> String {
    let value = text::clean(value);
    let mut html = String::with_capacity(value.len() + 16);
    html.push('\n');
    for c in value.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            other => html.push(other),
        }
    }
    html
}

/// A `<textarea>` showing `value`. Other attributes and event handlers pass through to the
/// element: `<TextArea value=text attr:id="q1" attr:name="q1" on:input=… />`.
#[component]
pub fn TextArea(value: String) -> impl IntoView {
    view! { <textarea inner_html=textarea_content(&value)></textarea> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_value_stays_text() {
        assert_eq!(
            textarea_content("</textarea><script>alert(1)</script>"),
            "\n&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(textarea_content("a & b &amp;"), "\na &amp; b &amp;amp;");
        assert!(!textarea_content("</TEXTAREA >").contains('<'));
    }

    #[test]
    fn leading_newlines_and_control_characters() {
        assert_eq!(textarea_content("\nfirst line"), "\n\nfirst line");
        assert_eq!(textarea_content("a\0b\u{7}"), "\nab");
        assert_eq!(textarea_content(""), "\n");
    }
}
