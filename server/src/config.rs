//! Settings from the environment (documented in the README).

#[derive(Clone, Debug)]
pub struct Config {
    /// `sqlite://path?mode=rwc` (created if missing) or `postgres://…`.
    pub database_url: String,
    /// Load the demo consultations and staff account into an empty database.
    pub demo_data: bool,
    /// With the demo content, a few thousand plausible responses to its open and closed
    /// consultations (`DEMO_RESPONSES=off` leaves them empty).
    pub demo_responses: bool,
    /// Mark cookies `Secure`: set when the site is served over HTTPS.
    pub secure_cookies: bool,
    /// Exports of more responses than this are prepared in the background, with a page showing
    /// their progress, rather than sent at once (`PREPARE_DOWNLOADS_ABOVE`).
    pub prepare_downloads_above: u64,
    /// Rate limits per client address on the respondent's forms (`RATE_LIMITS`, on by default).
    pub rate_limits: bool,
    /// The header a trusted proxy gives the client's address in (`CLIENT_ADDRESS_HEADER`, e.g.
    /// `X-Forwarded-For`); unset, the connection's address counts.
    pub client_address_header: Option<String>,
    /// The site's address as people reach it, for links in emails (`PUBLIC_URL`, e.g.
    /// `https://haveyoursay.example.gov.uk`); by default `http://` and `LEPTOS_SITE_ADDR`.
    pub public_url: String,
    /// Where email goes (`SMTP_URL`, e.g. `smtp://user:password@mail.example.gov.uk:587?tls=required`);
    /// unset, messages are written to `mail_folder` instead (decision 0028).
    pub smtp_url: Option<String>,
    /// Whom email is from (`MAIL_FROM`).
    pub mail_from: String,
    /// Where messages are written without SMTP (`MAIL_FOLDER`).
    pub mail_folder: String,
    /// How often the workflow's clock looks for consultations to open or close, and for steps
    /// to tell (`WORKFLOW_CLOCK_SECONDS`, 1 to 3,600; 30 by default).
    pub workflow_clock_every: std::time::Duration,
}

pub const DEFAULT_MAIL_FROM: &str = "Have your say <no-reply@localhost>";
pub const DEFAULT_MAIL_FOLDER: &str = "mail";
pub const DEFAULT_WORKFLOW_CLOCK_SECONDS: u64 = 30;

fn setting(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://consult.db?mode=rwc";

fn flag(value: Option<String>, default: bool) -> bool {
    match value
        .as_deref()
        .map(str::trim)
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("0" | "false" | "off" | "no") => false,
        Some("1" | "true" | "on" | "yes") => true,
        _ => default,
    }
}

impl Config {
    pub fn from_env() -> Self {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Self {
        Config {
            database_url: lookup("DATABASE_URL")
                .filter(|v| !v.trim().is_empty())
                .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_string()),
            demo_data: flag(lookup("DEMO_DATA"), false),
            demo_responses: flag(lookup("DEMO_RESPONSES"), true),
            secure_cookies: flag(lookup("SECURE_COOKIES"), false),
            prepare_downloads_above: lookup("PREPARE_DOWNLOADS_ABOVE")
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(app::domain::prepared_download::DEFAULT_PREPARE_ABOVE),
            rate_limits: flag(lookup("RATE_LIMITS"), true),
            client_address_header: setting(lookup("CLIENT_ADDRESS_HEADER")),
            public_url: setting(lookup("PUBLIC_URL")).unwrap_or_else(|| {
                let address = setting(lookup("LEPTOS_SITE_ADDR"));
                format!("http://{}", address.as_deref().unwrap_or("127.0.0.1:3000"))
            }),
            smtp_url: setting(lookup("SMTP_URL")),
            mail_from: setting(lookup("MAIL_FROM")).unwrap_or_else(|| DEFAULT_MAIL_FROM.into()),
            mail_folder: setting(lookup("MAIL_FOLDER"))
                .unwrap_or_else(|| DEFAULT_MAIL_FOLDER.into()),
            workflow_clock_every: std::time::Duration::from_secs(
                setting(lookup("WORKFLOW_CLOCK_SECONDS"))
                    .and_then(|v| v.parse::<u64>().ok())
                    .filter(|seconds| (1..=3_600).contains(seconds))
                    .unwrap_or(DEFAULT_WORKFLOW_CLOCK_SECONDS),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let config = Config::from_lookup(|_| None);
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        // A deployment that did not ask for the demo never gets its account.
        assert!(!config.demo_data);
        assert!(config.demo_responses);
        assert!(!config.secure_cookies);
        assert_eq!(config.prepare_downloads_above, 10_000);
        assert!(config.rate_limits);
        assert_eq!(config.client_address_header, None);
        assert_eq!(config.public_url, "http://127.0.0.1:3000");
        assert_eq!(config.smtp_url, None);
        assert_eq!(config.mail_from, DEFAULT_MAIL_FROM);
        assert_eq!(config.mail_folder, DEFAULT_MAIL_FOLDER);
        assert_eq!(config.workflow_clock_every.as_secs(), 30);

        let config = Config::from_lookup(|name| match name {
            "DATABASE_URL" => Some("postgres://db/consult".into()),
            "DEMO_DATA" => Some("on".into()),
            "DEMO_RESPONSES" => Some("no".into()),
            "SECURE_COOKIES" => Some("true".into()),
            "PREPARE_DOWNLOADS_ABOVE" => Some(" 50 ".into()),
            "LEPTOS_SITE_ADDR" => Some("0.0.0.0:8080".into()),
            "SMTP_URL" => Some(" smtp://127.0.0.1:2525 ".into()),
            "MAIL_FROM" => Some("Consultations <consult@example.gov.uk>".into()),
            "MAIL_FOLDER" => Some("".into()),
            "WORKFLOW_CLOCK_SECONDS" => Some(" 2 ".into()),
            _ => None,
        });
        assert_eq!(config.workflow_clock_every.as_secs(), 2);
        for wrong in ["0", "3601", "soon"] {
            let config = Config::from_lookup(|name| {
                (name == "WORKFLOW_CLOCK_SECONDS").then(|| wrong.to_string())
            });
            assert_eq!(config.workflow_clock_every.as_secs(), 30, "{wrong}");
        }
        assert_eq!(config.public_url, "http://0.0.0.0:8080");
        assert_eq!(config.smtp_url.as_deref(), Some("smtp://127.0.0.1:2525"));
        assert_eq!(config.mail_from, "Consultations <consult@example.gov.uk>");
        assert_eq!(config.mail_folder, DEFAULT_MAIL_FOLDER);
        assert_eq!(config.database_url, "postgres://db/consult");
        assert!(config.demo_data);
        assert!(!config.demo_responses);
        assert!(config.secure_cookies);
        assert_eq!(config.prepare_downloads_above, 50);
        let config = Config::from_lookup(|name| {
            (name == "PREPARE_DOWNLOADS_ABOVE").then(|| "lots".to_string())
        });
        assert_eq!(config.prepare_downloads_above, 10_000);
    }
}
