//! How messages leave: SMTP (`SMTP_URL`) or `.eml` files in a folder.

use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::db::entities::outbox_message;

/// A mail server that takes longer than this to answer is treated as down (tried again later).
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

enum Channel {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(AsyncFileTransport<Tokio1Executor>),
}

/// Where messages go, and whom they are from.
pub struct Transport {
    channel: Channel,
    from: Mailbox,
    described: String,
}

impl Transport {
    /// SMTP when `smtp_url` is given (`smtp://host:port`, `smtp://user:password@host:587?tls=required`,
    /// `smtps://host`), else files in `folder` (made if missing). `from` is `MAIL_FROM`
    /// (`Name <address>` or an address).
    pub fn new(smtp_url: Option<&str>, folder: &Path, from: &str) -> Result<Self, String> {
        let from: Mailbox = from
            .trim()
            .parse()
            .map_err(|e| format!("MAIL_FROM {from:?} is not an email address: {e}"))?;
        match smtp_url {
            Some(url) => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("SMTP_URL could not be read: {e}"))?
                    .timeout(Some(SMTP_TIMEOUT))
                    .build();
                Ok(Transport {
                    channel: Channel::Smtp(transport),
                    from,
                    described: format!("by SMTP to {}", without_password(url)),
                })
            }
            None => {
                std::fs::create_dir_all(folder).map_err(|e| {
                    format!(
                        "the mail folder {} could not be made: {e}",
                        folder.display()
                    )
                })?;
                let folder: PathBuf = folder.canonicalize().unwrap_or_else(|_| folder.into());
                Ok(Transport {
                    channel: Channel::Folder(AsyncFileTransport::<Tokio1Executor>::new(&folder)),
                    from,
                    described: format!(
                        "as files in {} (SMTP_URL is not set, so nothing is sent)",
                        folder.display()
                    ),
                })
            }
        }
    }

    /// Where messages go, for the log.
    pub fn describe(&self) -> &str {
        &self.described
    }

    /// Sends one message (its plain text and HTML as alternatives).
    pub async fn send(&self, message: &outbox_message::Model) -> Result<(), String> {
        let to: Mailbox = message
            .to_address
            .parse()
            .map_err(|e| format!("the address could not be read: {e}"))?;
        let email = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .multipart(MultiPart::alternative_plain_html(
                message.text_body.clone(),
                message.html_body.clone(),
            ))
            .map_err(|e| format!("the message could not be written: {e}"))?;
        match &self.channel {
            Channel::Smtp(smtp) => smtp.send(email).await.map(drop).map_err(|e| e.to_string()),
            Channel::Folder(folder) => folder
                .send(email)
                .await
                .map(drop)
                .map_err(|e| e.to_string()),
        }
    }
}

/// An SMTP URL fit for the log: its password (if any) left out.
fn without_password(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) => {
            if parsed.password().is_some() {
                let _ = parsed.set_password(Some("…"));
            }
            parsed.to_string()
        }
        Err(_) => "an unreadable address".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_never_shows_the_password() {
        assert_eq!(
            without_password("smtp://mailer:s3cret@mail.example.gov.uk:587?tls=required"),
            "smtp://mailer:%E2%80%A6@mail.example.gov.uk:587?tls=required"
        );
        assert_eq!(
            without_password("smtp://127.0.0.1:2525"),
            "smtp://127.0.0.1:2525"
        );
    }

    #[tokio::test]
    async fn settings_are_checked_at_start() {
        let folder = std::env::temp_dir();
        assert!(Transport::new(None, &folder, "not an address").is_err());
        assert!(Transport::new(Some("ftp://x"), &folder, "a@example.com").is_err());
        let smtp = Transport::new(
            Some("smtp://127.0.0.1:2525"),
            &folder,
            "Consultations <consult@example.gov.uk>",
        )
        .unwrap();
        assert_eq!(smtp.describe(), "by SMTP to smtp://127.0.0.1:2525");
    }
}
