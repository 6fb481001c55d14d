//! The rules for a staff account's own details: its name as people see it, and the language of
//! the emails the platform sends it.

use super::Language;

/// Characters a staff member's name may have (it heads audit entries and member lists).
pub const MOST_NAME_CHARS: usize = 100;

/// A typed name, trimmed, or the message id of what is wrong with it.
pub fn account_name(typed: &str) -> Result<String, &'static str> {
    let name = typed.trim();
    if name.is_empty() {
        Err("staff-account-enter-name")
    } else if name.chars().count() > MOST_NAME_CHARS || !super::text::is_clean(name) {
        Err("staff-invite-name-too-long")
    } else {
        Ok(name.to_string())
    }
}

/// The language a form's choice names (`en` or `cy`, as the radios post it), or the message id
/// asking for a choice.
pub fn email_language(posted: &str) -> Result<Language, &'static str> {
    Language::ALL
        .into_iter()
        .find(|language| language.tag() == posted)
        .ok_or("staff-email-language-choose")
}

/// The language of an account's emails as stored (`staff_users.email_language`); anything else
/// (none is written) reads as English, the language every staff email had before.
pub fn stored_email_language(stored: &str) -> Language {
    email_language(stored).unwrap_or(Language::English)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_checked() {
        assert_eq!(account_name("  Ann Jones "), Ok("Ann Jones".to_string()));
        assert_eq!(account_name("   "), Err("staff-account-enter-name"));
        assert_eq!(account_name(&"a".repeat(100)), Ok("a".repeat(100)));
        assert_eq!(
            account_name(&"a".repeat(101)),
            Err("staff-invite-name-too-long")
        );
        assert_eq!(account_name("Ann\u{0}"), Err("staff-invite-name-too-long"));
        // Welsh letters count as one character each.
        assert_eq!(account_name(&"ŵ".repeat(100)), Ok("ŵ".repeat(100)));
    }

    #[test]
    fn email_languages_are_the_two_tags_only() {
        assert_eq!(email_language("en"), Ok(Language::English));
        assert_eq!(email_language("cy"), Ok(Language::Welsh));
        for wrong in ["", "CY", "en-GB", "fr", "cy "] {
            assert_eq!(email_language(wrong), Err("staff-email-language-choose"));
        }
        assert_eq!(stored_email_language("cy"), Language::Welsh);
        assert_eq!(stored_email_language("??"), Language::English);
    }
}
