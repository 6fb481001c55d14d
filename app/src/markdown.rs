//! Staff-written Markdown to HTML that is safe to put in a page: rendered, then sanitised so no
//! script, style, event handler or unsafe link can get through.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

/// One level deeper, so staff headings sit under the page's own section heading (`##` in the
/// Markdown becomes `<h3>` inside a section headed `<h2>`), keeping the outline correct.
fn deeper(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

/// As a page's own headings: `#` and `##` both become `<h2>` under the page's `<h1>`.
fn under_page(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        other => other,
    }
}

/// Renders Markdown written by staff for a section of a page headed by an `<h2>`.
pub fn to_safe_html(markdown: &str) -> String {
    render(markdown, deeper)
}

/// Renders Markdown written by staff as the main text of a page headed by its `<h1>` (a
/// privacy notice): its headings start at `<h2>`.
pub fn to_safe_page_html(markdown: &str) -> String {
    render(markdown, under_page)
}

fn render(markdown: &str, deeper: fn(HeadingLevel) -> HeadingLevel) -> String {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
    .map(|event| match event {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: deeper(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(deeper(level))),
        other => other,
    });
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_its_own_starts_at_h2() {
        let html = to_safe_page_html("# Who\n\n## Why\n\n### How");
        assert!(html.contains("<h2>Who</h2>"), "{html}");
        assert!(html.contains("<h2>Why</h2>"), "{html}");
        assert!(html.contains("<h3>How</h3>"), "{html}");
    }

    #[test]
    fn renders_markdown() {
        let html = to_safe_html("## Why\n\nWe want **safer** streets.\n\n- one\n- two");
        assert!(
            html.contains("<h3>Why</h3>"),
            "headings sit under the section: {html}"
        );
        assert!(html.contains("<strong>safer</strong>"));
        assert!(html.contains("<li>one</li>"));
    }

    #[test]
    fn strips_scripts_handlers_and_javascript_links() {
        let html = to_safe_html(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }
}
