//! Email, as pure text (decision 0028): checking an address someone typed, writing the messages
//! the platform sends (each as plain text and as simple, accessible HTML), and when a failed one
//! is tried again. Sending them is `mail` (server only).

use chrono::TimeDelta;

use super::interface_text::{TextArg, text_with};
use super::language::Language;

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

/// An email address typed into a respondent's form, or the problem with it (in any language).
pub fn address_error(field: &str) -> super::FieldError {
    super::FieldError {
        field: field.into(),
        target_id: field.into(),
        message: ADDRESS_FORMAT.into(),
        text: Some(super::interface_text::Message::new("email-address-format")),
    }
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

fn html_document(language: Language, subject: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n</head>\n\
         <body style=\"margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.4;color:#0b0c0c;background:#ffffff;\">\n\
         {body}</body>\n</html>\n",
        language.tag(),
        escape_html(subject)
    )
}

/// A message of an email in its language.
fn say(language: Language, id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, TextArg)> = args
        .iter()
        .map(|(name, value)| (*name, TextArg::from(value.to_string())))
        .collect();
    text_with(language, id, &args)
}

fn underline(text: &str, with: char) -> String {
    format!(
        "{text}\n{}\n",
        with.to_string().repeat(text.chars().count())
    )
}

/// The receipt of a response sent: its reference and a copy of every answer, in English.
pub fn receipt(
    to: &str,
    consultation_title: &str,
    consultation_url: &str,
    reference: &str,
    submitted_at_text: &str,
    pages: &[AnsweredPage],
) -> Email {
    receipt_in(
        Language::English,
        to,
        consultation_title,
        consultation_url,
        reference,
        submitted_at_text,
        pages,
    )
}

/// The receipt in the language of the pages it was asked for on.
pub fn receipt_in(
    language: Language,
    to: &str,
    consultation_title: &str,
    consultation_url: &str,
    reference: &str,
    submitted_at_text: &str,
    pages: &[AnsweredPage],
) -> Email {
    let title = [("title", consultation_title)];
    let subject = say(
        language,
        "email-receipt-subject",
        &[("title", consultation_title), ("reference", reference)],
    );
    let heading = say(language, "email-receipt-heading", &title);
    let reference_label = say(language, "your-reference", &[]);
    let received = say(language, "email-received", &[("when", submitted_at_text)]);
    let the_consultation = say(language, "email-the-consultation", &[]);
    let your_answers = say(language, "email-your-answers", &[]);
    let not_answered = say(language, "not-answered", &[]);
    let mut text = underline(&heading, '=');
    text.push_str(&format!(
        "\n{reference_label}: {reference}\n\n{received}\n\n{the_consultation}: {consultation_url}\n\n"
    ));
    text.push_str(&underline(&your_answers, '-'));
    let mut html = format!(
        "<h1 style=\"font-size:27px;margin:0 0 20px;\">{}</h1>\n\
         <p style=\"margin:0 0 20px;\">{}: <strong>{}</strong></p>\n\
         <p style=\"margin:0 0 20px;\">{}</p>\n\
         <p style=\"margin:0 0 20px;\"><a href=\"{}\" style=\"color:#1d70b8;\">{}</a></p>\n\
         <h2 style=\"font-size:24px;margin:30px 0 15px;\">{}</h2>\n",
        escape_html(&heading),
        escape_html(&reference_label),
        escape_html(reference),
        escape_html(&received),
        escape_html(consultation_url),
        escape_html(&the_consultation),
        escape_html(&your_answers),
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
                vec![not_answered.as_str()]
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
    let automatic = say(language, "email-automatic", &[]);
    text.push_str(&format!("\n{automatic}\n"));
    html.push_str(&format!(
        "<p style=\"margin:30px 0 0;color:#505a5f;\">{}</p>\n",
        escape_html(&automatic)
    ));
    Email {
        to: to.to_string(),
        html: html_document(language, &subject, &html),
        subject,
        text,
    }
}

/// The link back to answers saved to come back to, in English.
pub fn return_link(to: &str, consultation_title: &str, link: &str, closes_at_text: &str) -> Email {
    return_link_in(
        Language::English,
        to,
        consultation_title,
        link,
        closes_at_text,
    )
}

/// The link back in the language of the pages it was asked for on.
pub fn return_link_in(
    language: Language,
    to: &str,
    consultation_title: &str,
    link: &str,
    closes_at_text: &str,
) -> Email {
    let subject = say(
        language,
        "email-return-subject",
        &[("title", consultation_title)],
    );
    let saved = say(language, "email-return-saved", &[]);
    let open = say(language, "email-return-open", &[]);
    let continue_link = say(language, "go-on-off-path-link", &[]);
    let until = say(language, "email-return-until", &[("when", closes_at_text)]);
    let share = say(language, "email-return-share", &[]);
    let ignore = say(language, "email-return-ignore", &[]);
    let automatic = say(language, "email-automatic", &[]);
    let text = format!(
        "{}\n{saved} {open}\n\n{link}\n\n{until}\n\n{share}\n\n{ignore}\n\n{automatic}\n",
        underline(&subject, '=')
    );
    let paragraph =
        |words: &str| format!("<p style=\"margin:0 0 20px;\">{}</p>\n", escape_html(words));
    let body = format!(
        "<h1 style=\"font-size:27px;margin:0 0 20px;\">{}</h1>\n{}\
         <p style=\"margin:0 0 20px;\"><a href=\"{}\" style=\"color:#1d70b8;font-weight:bold;\">{}</a></p>\n\
         {}{}{}\
         <p style=\"margin:30px 0 0;color:#505a5f;\">{}</p>\n",
        escape_html(&subject),
        paragraph(&saved),
        escape_html(link),
        escape_html(&continue_link),
        paragraph(&until),
        paragraph(&share),
        paragraph(&ignore),
        escape_html(&automatic),
    );
    Email {
        to: to.to_string(),
        html: html_document(language, &subject, &body),
        subject,
        text,
    }
}

/// A message to a staff member with at most one link, in the language of their emails
/// (`staff_users.email_language`). Its words are staff messages, which only the server holds.
#[cfg(any(feature = "ssr", test))]
fn staff_link_email(
    language: Language,
    to: &str,
    subject: &str,
    before: &[String],
    link: Option<&str>,
    after: &[String],
) -> Email {
    let automatic = say(language, "email-automatic", &[]);
    let mut text = underline(subject, '=');
    for words in before {
        text.push_str(&format!("{words}\n\n"));
    }
    if let Some(link) = link {
        text.push_str(&format!("{link}\n\n"));
    }
    for words in after {
        text.push_str(&format!("{words}\n\n"));
    }
    text.push_str(&format!("{automatic}\n"));
    let paragraph =
        |words: &String| format!("<p style=\"margin:0 0 20px;\">{}</p>\n", escape_html(words));
    let link = link.map(|link| {
        format!(
            "<p style=\"margin:0 0 20px;\"><a href=\"{0}\" style=\"color:#1d70b8;font-weight:bold;\">{0}</a></p>\n",
            escape_html(link)
        )
    });
    let body = format!(
        "<h1 style=\"font-size:27px;margin:0 0 20px;\">{}</h1>\n{}{}\
         {}<p style=\"margin:30px 0 0;color:#505a5f;\">{}</p>\n",
        escape_html(subject),
        before.iter().map(paragraph).collect::<String>(),
        link.unwrap_or_default(),
        after.iter().map(paragraph).collect::<String>(),
        escape_html(&automatic),
    );
    Email {
        to: to.to_string(),
        html: html_document(language, subject, &body),
        subject: subject.to_string(),
        text,
    }
}

/// An invitation to a new staff account: the link sets its first password.
#[cfg(any(feature = "ssr", test))]
pub fn staff_invitation(
    language: Language,
    to: &str,
    name: &str,
    invited_by: &str,
    workspace: &str,
    link: &str,
    expires_text: &str,
) -> Email {
    staff_link_email(
        language,
        to,
        &say(language, "staff-email-invitation-subject", &[]),
        &[
            say(language, "staff-email-hello", &[("name", name)]),
            say(
                language,
                "staff-email-invitation-body",
                &[("invited_by", invited_by), ("workspace", workspace)],
            ),
        ],
        Some(link),
        &[
            say(
                language,
                "staff-email-link-until",
                &[("when", expires_text)],
            ),
            say(language, "staff-email-invitation-ignore", &[]),
        ],
    )
}

/// A reset of a forgotten staff password.
#[cfg(any(feature = "ssr", test))]
pub fn staff_password_reset(language: Language, to: &str, link: &str, expires_text: &str) -> Email {
    staff_link_email(
        language,
        to,
        &say(language, "staff-email-reset-subject", &[]),
        &[say(language, "staff-email-reset-body", &[])],
        Some(link),
        &[
            say(
                language,
                "staff-email-link-until",
                &[("when", expires_text)],
            ),
            say(language, "staff-email-reset-ignore", &[]),
        ],
    )
}

/// To the old address of an account whose email address a site admin changed: the person hears
/// of it even if it was not meant for them.
#[cfg(any(feature = "ssr", test))]
pub fn staff_email_changed(language: Language, to: &str, by: &str, new: &str) -> Email {
    staff_link_email(
        language,
        to,
        &say(language, "staff-email-changed-subject", &[]),
        &[say(
            language,
            "staff-email-changed-body",
            &[("by", by), ("new", new)],
        )],
        None,
        &[say(language, "staff-email-changed-ask", &[])],
    )
}

/// To someone involved in a consultation's workflow (decision 0038): the step just taken on
/// consultation `title`, by whom (`by`: a name, or none for the clock), with its comment, and
/// the consultation's review page.
#[cfg(any(feature = "ssr", test))]
#[allow(clippy::too_many_arguments)]
pub fn workflow_step(
    language: Language,
    to: &str,
    title: &str,
    step: crate::domain::workflow::Step,
    stage_after: crate::domain::workflow::Stage,
    by: Option<&str>,
    comment: Option<&str>,
    link: &str,
) -> Email {
    let stage = say(language, &stage_after.label_id(), &[]);
    let did = say(language, &step.done_id(), &[]);
    let by = by
        .map(str::to_string)
        .unwrap_or_else(|| say(language, "workflow-clock", &[]));
    let mut before = vec![say(
        language,
        "staff-email-step-body",
        &[
            ("title", title),
            ("by", &by),
            ("did", &did),
            ("stage", &stage),
        ],
    )];
    if let Some(comment) = comment.filter(|comment| !comment.trim().is_empty()) {
        before.push(say(
            language,
            "staff-email-step-comment",
            &[("comment", comment)],
        ));
    }
    before.push(say(language, "staff-email-step-see", &[]));
    staff_link_email(
        language,
        to,
        &say(
            language,
            "staff-email-step-subject",
            &[("title", title), ("stage", &stage)],
        ),
        &before,
        Some(link),
        &[],
    )
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
    fn staff_emails_are_in_their_language_with_names_escaped() {
        let english = staff_invitation(
            Language::English,
            "new@example.gov.uk",
            "<Ann>",
            "Bob & Co",
            "Parks",
            "https://example.gov.uk/staff/set-password/abc?x=1&y=2",
            "noon on 7 January 2027",
        );
        assert_eq!(
            english.subject,
            "You have been invited to run consultations"
        );
        assert!(english.html.contains("<html lang=\"en\">"));
        assert!(english.html.contains("Hello &lt;Ann&gt;,"));
        assert!(english.html.contains("Bob &amp; Co has given you"));
        assert!(
            english
                .html
                .contains("href=\"https://example.gov.uk/staff/set-password/abc?x=1&amp;y=2\"")
        );
        assert!(
            english
                .text
                .contains("\nhttps://example.gov.uk/staff/set-password/abc?x=1&y=2\n")
        );
        assert!(english.text.contains("until noon on 7 January 2027."));
        let welsh = staff_password_reset(
            Language::Welsh,
            "a@b.cymru",
            "https://x.test/l",
            "hanner dydd",
        );
        assert_eq!(welsh.subject, "Ailosod eich cyfrinair");
        assert!(welsh.html.contains("<html lang=\"cy\">"));
        assert!(welsh.text.contains("tan hanner dydd."));
        assert!(welsh.text.contains("Neges e-bost awtomatig"));
        // A notice without a link has none.
        let notice = staff_email_changed(
            Language::English,
            "old@x.test",
            "Site <Admin>",
            "new@x.test",
        );
        assert!(!notice.html.contains("<a "));
        assert!(notice.html.contains(
            "Site &lt;Admin&gt; changed the email address you sign in with to new@x.test."
        ));
    }

    #[test]
    fn workflow_emails_say_the_step_who_took_it_and_the_comment() {
        use crate::domain::workflow::{Stage, Step};
        let returned = workflow_step(
            Language::English,
            "author@x.test",
            "Parks <plan>",
            Step::Return,
            Stage::Draft,
            Some("Rev & Co"),
            Some("Say who <b>pays</b>"),
            "https://x.test/staff/consultations/parks/review",
        );
        assert_eq!(returned.subject, "Parks <plan>: Draft");
        assert!(returned.text.contains(
            "“Parks <plan>”: Returned it to its author — Rev & Co. Its stage now: Draft."
        ));
        assert!(returned.text.contains("Their comment: Say who <b>pays</b>"));
        assert!(returned.html.contains("Say who &lt;b&gt;pays&lt;/b&gt;"));
        assert!(returned.html.contains("Parks &lt;plan&gt;"));
        assert!(!returned.html.contains("<plan>"));
        assert!(
            returned
                .text
                .contains("\nhttps://x.test/staff/consultations/parks/review\n")
        );
        // The clock's step names the platform; no comment, no comment line.
        let opened = workflow_step(
            Language::Welsh,
            "a@x.test",
            "Parciau",
            Step::Open,
            Stage::Open,
            None,
            None,
            "https://x.test/r",
        );
        assert!(opened.html.contains("<html lang=\"cy\">"));
        assert!(!opened.text.contains("Eu sylw"));
        assert!(!opened.text.contains("Their comment"));
        assert!(!opened.text.contains("The platform"));
    }

    #[test]
    fn welsh_emails_are_in_welsh_and_marked_so() {
        let pages = [AnsweredPage {
            heading: Some("Tudalen 1".into()),
            answers: vec![("<Cwestiwn>".into(), Vec::new())],
        }];
        let email = receipt_in(
            Language::Welsh,
            "a@b.cymru",
            "Parciau & <chwarae>",
            "https://example.gov.uk/cy/consultations/parks",
            "ABCD-EFGH-JKMN",
            "hanner dydd ar 7 Ionawr 2027",
            &pages,
        );
        assert_eq!(
            email.subject,
            "Eich ymateb i \u{201c}Parciau & <chwarae>\u{201d}: ABCD-EFGH-JKMN"
        );
        assert!(email.html.contains("<html lang=\"cy\">"));
        assert!(email.html.contains("Parciau &amp; &lt;chwarae&gt;"));
        assert!(email.html.contains("&lt;Cwestiwn&gt;"));
        assert!(email.text.contains("Eich cyfeirnod: ABCD-EFGH-JKMN"));
        assert!(
            email
                .text
                .contains("Cawsom eich ymateb am hanner dydd ar 7 Ionawr 2027.")
        );
        assert!(email.text.contains("Heb ei ateb"));
        assert!(!email.text.contains("Your"), "{}", email.text);
        let link = return_link_in(
            Language::Welsh,
            "a@b.cymru",
            "Parciau",
            "https://example.gov.uk/cy/consultations/parks/return/abc",
            "hanner dydd ar 7 Ionawr 2027",
        );
        assert_eq!(
            link.subject,
            "Parhau \u{e2}\u{2019}ch ymateb i \u{201c}Parciau\u{201d}"
        );
        assert!(link.html.contains("<html lang=\"cy\">"));
        assert!(link.text.contains("/cy/consultations/parks/return/abc"));
        assert!(!link.text.contains("You"), "{}", link.text);
        // English is as it was.
        assert!(
            receipt("a@b.c", "T", "u", "R", "w", &pages)
                .html
                .contains("<html lang=\"en\">")
        );
    }

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
