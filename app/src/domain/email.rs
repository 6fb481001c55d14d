//! Email, as pure text (decision 0028): checking an address someone typed, writing the messages
//! the platform sends (each as plain text and as simple, accessible HTML), and when a failed one
//! is tried again. Sending them is `mail` (server only).

use chrono::TimeDelta;

/// One message, ready for the outbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// What the error message says, GOV.UK's wording.
pub const ADDRESS_FORMAT: &str =
    "Enter an email address in the correct format, like name@example.com";

/// The address someone typed, tidied (trimmed, domain in lower case), if it is one we can send
/// to: the same shape an email question accepts (`formats::parse_email`). What is refused is
/// told to the person at once, rather than lost in a mail server later.
pub fn parse_address(typed: &str) -> Result<String, &'static str> {
    super::formats::parse_email(typed).ok_or(ADDRESS_FORMAT)
}

/// Text made safe to place in HTML, as element content or a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// A page of answers in a receipt: its heading and each question with its answer's lines (none
/// when it was not answered).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnsweredPage {
    pub heading: Option<String>,
    pub answers: Vec<(String, Vec<String>)>,
}

/// What is shown for a question left unanswered (as on "Check your answers").
pub const NOT_ANSWERED: &str = "Not answered";

fn html_document(subject: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n</head>\n\
         <body style=\"margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.4;color:#0b0c0c;background:#ffffff;\">\n\
         {body}</body>\n</html>\n",
        escape_html(subject)
    )
}

fn underline(text: &str, with: char) -> String {
    format!(
        "{text}\n{}\n",
        with.to_string().repeat(text.chars().count())
    )
}

/// The receipt of a response sent: its reference and a copy of every answer.
pub fn receipt(
    to: &str,
    consultation_title: &str,
    consultation_url: &str,
    reference: &str,
    submitted_at_text: &str,
    pages: &[AnsweredPage],
) -> Email {
    let subject = format!("Your response to \u{201c}{consultation_title}\u{201d}: {reference}");
    let mut text = underline(
        &format!("Your response to \u{201c}{consultation_title}\u{201d}"),
        '=',
    );
    text.push_str(&format!(
        "\nYour reference number: {reference}\n\n\
         We received your response at {submitted_at_text}. Keep this email: quote the reference \
         number if you contact us about your response.\n\n\
         The consultation: {consultation_url}\n\n"
    ));
    text.push_str(&underline("Your answers", '-'));
    let mut html = format!(
        "<h1 style=\"font-size:27px;margin:0 0 20px;\">Your response to \u{201c}{}\u{201d}</h1>\n\
         <p style=\"margin:0 0 20px;\">Your reference number: <strong>{}</strong></p>\n\
         <p style=\"margin:0 0 20px;\">We received your response at {}. Keep this email: quote \
         the reference number if you contact us about your response.</p>\n\
         <p style=\"margin:0 0 20px;\"><a href=\"{}\" style=\"color:#1d70b8;\">The consultation</a></p>\n\
         <h2 style=\"font-size:24px;margin:30px 0 15px;\">Your answers</h2>\n",
        escape_html(consultation_title),
        escape_html(reference),
        escape_html(submitted_at_text),
        escape_html(consultation_url),
    );
    for page in pages {
        if let Some(heading) = &page.heading {
            text.push_str(&format!("\n{}", underline(heading, '-')));
            html.push_str(&format!(
                "<h3 style=\"font-size:21px;margin:25px 0 10px;\">{}</h3>\n",
                escape_html(heading)
            ));
        }
        html.push_str("<dl style=\"margin:0;\">\n");
        for (label, lines) in &page.answers {
            text.push_str(&format!("\n{label}\n"));
            html.push_str(&format!(
                "<dt style=\"font-weight:bold;margin:0 0 5px;\">{}</dt>\n",
                escape_html(label)
            ));
            let shown: Vec<&str> = if lines.is_empty() {
                vec![NOT_ANSWERED]
            } else {
                lines.iter().flat_map(|line| line.split('\n')).collect()
            };
            for line in &shown {
                text.push_str(&format!("  {line}\n"));
            }
            let lines_html: Vec<String> = shown.iter().map(|line| escape_html(line)).collect();
            html.push_str(&format!(
                "<dd style=\"margin:0 0 20px;\">{}</dd>\n",
                lines_html.join("<br>")
            ));
        }
        html.push_str("</dl>\n");
    }
    text.push_str("\nThis is an automatic email: replies are not read.\n");
    html.push_str(
        "<p style=\"margin:30px 0 0;color:#505a5f;\">This is an automatic email: replies are not read.</p>\n",
    );
    Email {
        to: to.to_string(),
        html: html_document(&subject, &html),
        subject,
        text,
    }
}

/// The link back to answers saved to come back to.
pub fn return_link(to: &str, consultation_title: &str, link: &str, closes_at_text: &str) -> Email {
    let subject = format!("Continue your response to \u{201c}{consultation_title}\u{201d}");
    let text = format!(
        "{}\nYou saved your answers to come back to them later. To continue your response, open \
         this link:\n\n{link}\n\n\
         The link works until the consultation closes at {closes_at_text}. Your answers have not \
         been sent yet: they are counted only when you send your response.\n\n\
         Anyone with this link can see and change your answers, so do not share it.\n\n\
         If you did not ask for this email, you can ignore it.\n\n\
         This is an automatic email: replies are not read.\n",
        underline(&subject, '=')
    );
    let body = format!(
        "<h1 style=\"font-size:27px;margin:0 0 20px;\">{}</h1>\n\
         <p style=\"margin:0 0 20px;\">You saved your answers to come back to them later.</p>\n\
         <p style=\"margin:0 0 20px;\"><a href=\"{}\" style=\"color:#1d70b8;font-weight:bold;\">Continue your response</a></p>\n\
         <p style=\"margin:0 0 20px;\">The link works until the consultation closes at {}. Your \
         answers have not been sent yet: they are counted only when you send your response.</p>\n\
         <p style=\"margin:0 0 20px;\">Anyone with this link can see and change your answers, so \
         do not share it.</p>\n\
         <p style=\"margin:0 0 20px;\">If you did not ask for this email, you can ignore it.</p>\n\
         <p style=\"margin:30px 0 0;color:#505a5f;\">This is an automatic email: replies are not read.</p>\n",
        escape_html(&subject),
        escape_html(link),
        escape_html(closes_at_text),
    );
    Email {
        to: to.to_string(),
        html: html_document(&subject, &body),
        subject,
        text,
    }
}

/// Messages one server sends to one address in an hour, at most: far more than anyone asks for
/// (a copy of each response, a few links), too few for the forms to flood someone's mailbox.
pub const MOST_PER_RECIPIENT_HOUR: u32 = 10;

/// Counts messages per recipient address in the current hour (fixed windows), to refuse more
/// than `MOST_PER_RECIPIENT_HOUR`.
#[derive(Debug, Default)]
pub struct RecipientCap {
    hour: u64,
    sent: std::collections::HashMap<String, u32>,
}

impl RecipientCap {
    /// Whether one more message may go to `address` in `hour` (hours since the epoch); counts it
    /// if so. Addresses are compared in lower case.
    pub fn allow(&mut self, address: &str, hour: u64) -> bool {
        if hour != self.hour {
            self.hour = hour;
            self.sent.clear();
        }
        let count = self.sent.entry(address.to_ascii_lowercase()).or_default();
        if *count >= MOST_PER_RECIPIENT_HOUR {
            return false;
        }
        *count += 1;
        true
    }
}

/// How many times a message is tried before it is given up.
pub const ATTEMPTS: i32 = 9;

/// How long to wait before trying again a message whose `attempts`-th attempt failed; `None`
/// once it has had its last (the waits add up to about two days, to ride out a mail server's
/// outage over a weekend night).
pub fn retry_delay(attempts: i32) -> Option<TimeDelta> {
    let minutes = match attempts {
        ..=1 => 1,
        2 => 5,
        3 => 15,
        4 => 60,
        5 => 3 * 60,
        6 => 6 * 60,
        7 => 12 * 60,
        8 => 24 * 60,
        _ => return None,
    };
    Some(TimeDelta::minutes(minutes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_people_type() {
        for good in [
            "name@example.com",
            " Jo.Bloggs+consult@council.gov.uk ",
            "o'neill@example.co.uk",
            "a@b.cymru",
        ] {
            assert_eq!(parse_address(good), Ok(good.trim().to_string()), "{good}");
        }
        for bad in [
            "",
            "name",
            "name@",
            "@example.com",
            "name@example",
            "name@@example.com",
            "name example@example.com",
            "name@exa mple.com",
            ".name@example.com",
            "na..me@example.com",
            "name@-example.com",
            "name@example..com",
            "name@example.123",
            "name@ex\u{e4}mple.com",
            "n\u{e4}me@example.com",
            "name@example.com\r\nBcc: x@y.z",
            "<script>@example.com",
        ] {
            assert_eq!(parse_address(bad), Err(ADDRESS_FORMAT), "{bad:?}");
        }
        let long = format!("{}@{}.com", "a".repeat(64), "b".repeat(63));
        assert!(parse_address(&long).is_ok());
        assert!(parse_address(&format!("{}@example.com", "a".repeat(65))).is_err());
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            escape_html("<b>\"Tom & Jerry's\"</b>"),
            "&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;"
        );
    }

    fn pages() -> Vec<AnsweredPage> {
        vec![
            AnsweredPage {
                heading: Some("Your visits".into()),
                answers: vec![
                    ("How often do you visit?".into(), vec!["Weekly".into()]),
                    ("Anything else?".into(), vec![]),
                ],
            },
            AnsweredPage {
                heading: None,
                answers: vec![(
                    "Tell us <why>".into(),
                    vec!["Line one\nLine <two> & more".into()],
                )],
            },
        ]
    }

    #[test]
    fn a_receipt_has_the_reference_and_every_answer_in_both_parts() {
        let email = receipt(
            "jo@example.com",
            "Parks & <play>",
            "https://consult.example.gov.uk/consultations/parks",
            "ABC-123",
            "2:15pm on 28 November 2026",
            &pages(),
        );
        assert_eq!(email.to, "jo@example.com");
        assert_eq!(
            email.subject,
            "Your response to \u{201c}Parks & <play>\u{201d}: ABC-123"
        );
        for part in [&email.text, &email.html] {
            assert!(part.contains("ABC-123"));
            assert!(part.contains("2:15pm on 28 November 2026"));
            assert!(part.contains("Weekly"));
            assert!(part.contains(NOT_ANSWERED));
            assert!(part.contains("Your visits"));
        }
        assert!(
            email
                .text
                .contains("Tell us <why>\n  Line one\n  Line <two> & more\n")
        );
        // Everything typed is escaped in the HTML; its structure is headings and a list.
        assert!(email.html.contains("Parks &amp; &lt;play&gt;"));
        assert!(email.html.contains("Tell us &lt;why&gt;"));
        assert!(
            email
                .html
                .contains("Line one<br>Line &lt;two&gt; &amp; more")
        );
        assert!(!email.html.contains("<play>") && !email.html.contains("<why>"));
        assert!(
            email
                .html
                .starts_with("<!DOCTYPE html>\n<html lang=\"en\">")
        );
        assert!(
            email.html.contains("<h1") && email.html.contains("<dl") && email.html.contains("<dt")
        );
    }

    #[test]
    fn a_return_link_says_until_when() {
        let email = return_link(
            "jo@example.com",
            "Parks \"plan\"",
            "https://consult.example.gov.uk/consultations/parks/return/abc?x=1&y=2",
            "11:59pm on 12 January 2027",
        );
        assert!(email.text.contains("/return/abc?x=1&y=2\n"));
        assert!(email.html.contains(
            "href=\"https://consult.example.gov.uk/consultations/parks/return/abc?x=1&amp;y=2\""
        ));
        assert!(email.html.contains("Parks &quot;plan&quot;"));
        for part in [&email.text, &email.html] {
            assert!(part.contains("11:59pm on 12 January 2027"));
            assert!(part.contains("do not share it"));
        }
    }

    #[test]
    fn one_address_gets_a_few_messages_an_hour_at_most() {
        let mut cap = RecipientCap::default();
        for _ in 0..MOST_PER_RECIPIENT_HOUR {
            assert!(cap.allow("jo@example.com", 7));
        }
        assert!(
            !cap.allow("JO@example.com", 7),
            "the same address in another case"
        );
        assert!(cap.allow("someone@example.com", 7), "another address");
        assert!(cap.allow("jo@example.com", 8), "the next hour");
    }

    #[test]
    fn retries_wait_longer_each_time_then_stop() {
        let mut total = TimeDelta::zero();
        let mut last = TimeDelta::zero();
        for attempts in 1..ATTEMPTS {
            let delay = retry_delay(attempts).unwrap();
            assert!(delay > last);
            last = delay;
            total += delay;
        }
        assert_eq!(retry_delay(ATTEMPTS), None);
        assert!(total > TimeDelta::hours(40) && total < TimeDelta::hours(56));
    }
}
