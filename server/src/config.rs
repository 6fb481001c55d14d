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
            demo_data: flag(lookup("DEMO_DATA"), true),
            demo_responses: flag(lookup("DEMO_RESPONSES"), true),
            secure_cookies: flag(lookup("SECURE_COOKIES"), false),
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
        assert!(config.demo_data);
        assert!(config.demo_responses);
        assert!(!config.secure_cookies);

        let config = Config::from_lookup(|name| match name {
            "DATABASE_URL" => Some("postgres://db/consult".into()),
            "DEMO_DATA" => Some("off".into()),
            "DEMO_RESPONSES" => Some("no".into()),
            "SECURE_COOKIES" => Some("true".into()),
            _ => None,
        });
        assert_eq!(config.database_url, "postgres://db/consult");
        assert!(!config.demo_data);
        assert!(!config.demo_responses);
        assert!(config.secure_cookies);
    }
}
