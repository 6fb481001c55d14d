//! The audit log (decision 0034): what each entry says, which entries a person may read, and the
//! filter of the audit page. Pure: the service stores and reads entries.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use super::FieldError;
use super::permissions::{Action, Actor, Target, workspaces_where};
use super::questionnaire_edit::{Direction, Edit};

/// Something staff did (or the platform did by itself) that the log records. The code is what
/// is stored; an unknown code (from a later version) is shown as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuditAction {
    SignedIn,
    PasswordChanged,
    SignedOutEverywhere,
    PasswordSetByLink,
    AccountCreated,
    AccountInvited,
    AccountDeactivated,
    AccountReactivated,
    WorkspaceCreated,
    MemberAdded,
    MemberRoleChanged,
    MemberRemoved,
    ConsultationCreated,
    DetailsChanged,
    QuestionnaireChanged,
    QuestionnairePublished,
    TemplateChanged,
    WelshVersionSaved,
    DocumentsChanged,
    QuestionSaved,
    SavedQuestionRemoved,
    ResponseEntered,
    ResponsesExported,
    DownloadPrepared,
    DownloadTaken,
    AuditExported,
    TwoFactorTurnedOn,
    TwoFactorTurnedOff,
    RecoveryCodesReplaced,
    RecoveryCodeUsed,
    TwoFactorReset,
    SiteSettingsChanged,
    AccountDetailsChanged,
    InvitationResent,
    SentForReview,
    ReturnedFromReview,
    Approved,
    Scheduled,
    Opened,
    Closed,
    OutcomeChanged,
    OutcomePublished,
    PrivacyChanged,
    PersonalDataErased,
    ResponseDeleted,
    SubjectAccessExported,
}

impl AuditAction {
    pub const ALL: [AuditAction; 46] = [
        AuditAction::SignedIn,
        AuditAction::PasswordChanged,
        AuditAction::SignedOutEverywhere,
        AuditAction::PasswordSetByLink,
        AuditAction::AccountCreated,
        AuditAction::AccountInvited,
        AuditAction::AccountDeactivated,
        AuditAction::AccountReactivated,
        AuditAction::WorkspaceCreated,
        AuditAction::MemberAdded,
        AuditAction::MemberRoleChanged,
        AuditAction::MemberRemoved,
        AuditAction::ConsultationCreated,
        AuditAction::DetailsChanged,
        AuditAction::QuestionnaireChanged,
        AuditAction::QuestionnairePublished,
        AuditAction::TemplateChanged,
        AuditAction::WelshVersionSaved,
        AuditAction::DocumentsChanged,
        AuditAction::QuestionSaved,
        AuditAction::SavedQuestionRemoved,
        AuditAction::ResponseEntered,
        AuditAction::ResponsesExported,
        AuditAction::DownloadPrepared,
        AuditAction::DownloadTaken,
        AuditAction::AuditExported,
        AuditAction::TwoFactorTurnedOn,
        AuditAction::TwoFactorTurnedOff,
        AuditAction::RecoveryCodesReplaced,
        AuditAction::RecoveryCodeUsed,
        AuditAction::TwoFactorReset,
        AuditAction::SiteSettingsChanged,
        AuditAction::AccountDetailsChanged,
        AuditAction::InvitationResent,
        AuditAction::SentForReview,
        AuditAction::ReturnedFromReview,
        AuditAction::Approved,
        AuditAction::Scheduled,
        AuditAction::Opened,
        AuditAction::Closed,
        AuditAction::OutcomeChanged,
        AuditAction::OutcomePublished,
        AuditAction::PrivacyChanged,
        AuditAction::PersonalDataErased,
        AuditAction::ResponseDeleted,
        AuditAction::SubjectAccessExported,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AuditAction::SignedIn => "signed-in",
            AuditAction::PasswordChanged => "password-changed",
            AuditAction::SignedOutEverywhere => "signed-out-everywhere",
            AuditAction::PasswordSetByLink => "password-set-by-link",
            AuditAction::AccountCreated => "account-created",
            AuditAction::AccountInvited => "account-invited",
            AuditAction::AccountDeactivated => "account-deactivated",
            AuditAction::AccountReactivated => "account-reactivated",
            AuditAction::WorkspaceCreated => "workspace-created",
            AuditAction::MemberAdded => "member-added",
            AuditAction::MemberRoleChanged => "member-role-changed",
            AuditAction::MemberRemoved => "member-removed",
            AuditAction::ConsultationCreated => "consultation-created",
            AuditAction::DetailsChanged => "details-changed",
            AuditAction::QuestionnaireChanged => "questionnaire-changed",
            AuditAction::QuestionnairePublished => "questionnaire-published",
            AuditAction::TemplateChanged => "template-changed",
            AuditAction::WelshVersionSaved => "welsh-version-saved",
            AuditAction::DocumentsChanged => "documents-changed",
            AuditAction::QuestionSaved => "question-saved",
            AuditAction::SavedQuestionRemoved => "saved-question-removed",
            AuditAction::ResponseEntered => "response-entered",
            AuditAction::ResponsesExported => "responses-exported",
            AuditAction::DownloadPrepared => "download-prepared",
            AuditAction::DownloadTaken => "download-taken",
            AuditAction::AuditExported => "audit-exported",
            AuditAction::TwoFactorTurnedOn => "two-factor-on",
            AuditAction::TwoFactorTurnedOff => "two-factor-off",
            AuditAction::RecoveryCodesReplaced => "recovery-codes-replaced",
            AuditAction::RecoveryCodeUsed => "recovery-code-used",
            AuditAction::TwoFactorReset => "two-factor-reset",
            AuditAction::SiteSettingsChanged => "site-settings-changed",
            AuditAction::AccountDetailsChanged => "account-details-changed",
            AuditAction::InvitationResent => "invitation-resent",
            AuditAction::SentForReview => "sent-for-review",
            AuditAction::ReturnedFromReview => "returned-from-review",
            AuditAction::Approved => "approved",
            AuditAction::Scheduled => "scheduled",
            AuditAction::Opened => "opened",
            AuditAction::Closed => "closed",
            AuditAction::OutcomeChanged => "outcome-changed",
            AuditAction::OutcomePublished => "outcome-published",
            AuditAction::PrivacyChanged => "privacy-changed",
            AuditAction::PersonalDataErased => "personal-data-erased",
            AuditAction::ResponseDeleted => "response-deleted",
            AuditAction::SubjectAccessExported => "subject-access-exported",
        }
    }

    /// A change to what a reviewer reviews: a consultation's questionnaire, details, Welsh
    /// version, documents, privacy notice or outcome. Whoever made one since it was put in review
    /// may not approve it (decision 0038).
    pub fn changes_content(self) -> bool {
        matches!(
            self,
            AuditAction::DetailsChanged
                | AuditAction::QuestionnaireChanged
                | AuditAction::WelshVersionSaved
                | AuditAction::DocumentsChanged
                | AuditAction::OutcomeChanged
                | AuditAction::PrivacyChanged
        )
    }

    pub fn parse(code: &str) -> Option<AuditAction> {
        AuditAction::ALL
            .into_iter()
            .find(|action| action.code() == code)
    }

    /// The interface text naming it (`audit-action-<code>` in the staff messages).
    pub fn message_id(self) -> String {
        format!("audit-action-{}", self.code())
    }
}

/// The longest before or after summary kept: the log says what changed, it is not a copy.
pub const MAX_SUMMARY_CHARS: usize = 300;
/// The longest subject kept (the column holds 400).
pub const MAX_SUBJECT_CHARS: usize = 200;

/// `text` cut to `max` characters (an ellipsis showing where), line breaks made spaces.
pub fn brief(text: &str, max: usize) -> String {
    let flat: String = text
        .trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.chars().count() <= max {
        return flat;
    }
    let mut cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    cut.push('\u{2026}');
    cut
}

/// One entry to record: what was done, to what, and what changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub action: AuditAction,
    pub workspace: Option<i64>,
    pub consultation: Option<i64>,
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl AuditEntry {
    pub fn new(action: AuditAction, subject: &str) -> AuditEntry {
        AuditEntry {
            action,
            workspace: None,
            consultation: None,
            subject: brief(subject, MAX_SUBJECT_CHARS),
            before: None,
            after: None,
        }
    }

    /// Concerning workspace `workspace` (its admins read it).
    pub fn in_workspace(mut self, workspace: i64) -> AuditEntry {
        self.workspace = Some(workspace);
        self
    }

    /// Concerning consultation `consultation` of workspace `workspace`.
    pub fn of_consultation(mut self, consultation: i64, workspace: i64) -> AuditEntry {
        self.consultation = Some(consultation);
        self.workspace = Some(workspace);
        self
    }

    pub fn before(mut self, text: &str) -> AuditEntry {
        self.before = Some(brief(text, MAX_SUMMARY_CHARS)).filter(|t| !t.is_empty());
        self
    }

    pub fn after(mut self, text: &str) -> AuditEntry {
        self.after = Some(brief(text, MAX_SUMMARY_CHARS)).filter(|t| !t.is_empty());
        self
    }
}

/// Which entries a person reads: every one (site admins), or those of the workspaces they
/// administer. Entries about no workspace (accounts, sign-ins) are for site admins alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuditScope {
    Everything,
    Workspaces(Vec<i64>),
}

/// `actor`'s scope among workspaces `all`; `None` when they may read no entry at all.
pub fn audit_scope(actor: Actor<'_>, all: &[i64]) -> Option<AuditScope> {
    if super::permissions::can(actor, Action::ReadAudit, Target::Site) {
        return Some(AuditScope::Everything);
    }
    let own = workspaces_where(actor, Action::ReadAudit, all);
    (!own.is_empty()).then_some(AuditScope::Workspaces(own))
}

/// The audit page's filter, from its address: `who` (name or email contains), `action` (a
/// code), `about` (what it was done to contains), `from` and `to` (days, in UK time, both
/// included) and `page` (from 1).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    pub who: String,
    pub action: Option<AuditAction>,
    pub about: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub page: u64,
}

/// The longest text a search field takes.
pub const MAX_SEARCH_CHARS: usize = 100;

/// A day as typed: `2026-11-28` (what a date field sends) or `28/11/2026` (what people type
/// where there is no date picker).
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .ok()
        .filter(|day| (2000..=9999).contains(&chrono::Datelike::year(day)))
}

impl AuditFilter {
    /// The filter in `pairs` (the page's query), with a message for each field that cannot be
    /// read (that field is then left out of the filter, so the page still shows something).
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (AuditFilter, Vec<FieldError>) {
        let mut filter = AuditFilter {
            page: 1,
            ..AuditFilter::default()
        };
        let mut errors = Vec::new();
        // Control characters (a NUL, say) are dropped: no account or title holds them.
        let search = |text: &str| {
            super::text::clean(text)
                .trim()
                .chars()
                .take(MAX_SEARCH_CHARS)
                .collect()
        };
        for (name, value) in pairs {
            match name {
                "who" => filter.who = search(value),
                "about" => filter.about = search(value),
                "action" => filter.action = AuditAction::parse(value.trim()),
                "from" | "to" if value.trim().is_empty() => {}
                "from" | "to" => match parse_day(value) {
                    Some(day) if name == "from" => filter.from = Some(day),
                    Some(day) => filter.to = Some(day),
                    None => errors.push(FieldError::said(name, "audit-date-format")),
                },
                "page" => {
                    filter.page = value
                        .trim()
                        .parse::<u64>()
                        .ok()
                        .filter(|p| *p >= 1)
                        .unwrap_or(1)
                }
                _ => {}
            }
        }
        if let (Some(from), Some(to)) = (filter.from, filter.to)
            && to < from
        {
            errors.push(FieldError::said("to", "audit-to-before-from"));
            filter.to = None;
        }
        (filter, errors)
    }

    /// The first instant the filter takes in (midnight UK time at the start of `from`).
    pub fn starts(&self) -> Option<DateTime<Utc>> {
        self.from
            .and_then(|day| super::uk_time::from_uk_local(day.and_time(NaiveTime::MIN)))
    }

    /// The first instant after the filter (midnight UK time at the end of `to`).
    pub fn ends(&self) -> Option<DateTime<Utc>> {
        self.to
            .and_then(|day| day.succ_opt())
            .and_then(|day| super::uk_time::from_uk_local(day.and_time(NaiveTime::MIN)))
    }

    /// The filter as a query string (without `page`), for the CSV link and the pages' links.
    pub fn query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.who.is_empty() {
            pairs.push(("who", self.who.clone()));
        }
        if let Some(action) = self.action {
            pairs.push(("action", action.code().to_string()));
        }
        if !self.about.is_empty() {
            pairs.push(("about", self.about.clone()));
        }
        if let Some(day) = self.from {
            pairs.push(("from", day.format("%Y-%m-%d").to_string()));
        }
        if let Some(day) = self.to {
            pairs.push(("to", day.format("%Y-%m-%d").to_string()));
        }
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in pairs {
            query.append_pair(name, &value);
        }
        query.finish()
    }

    /// The filter in words (English), for the record of an export.
    pub fn described(&self) -> String {
        let mut parts = Vec::new();
        if !self.who.is_empty() {
            parts.push(format!("who contains \u{201c}{}\u{201d}", self.who));
        }
        if let Some(action) = self.action {
            parts.push(format!("action {}", action.code()));
        }
        if !self.about.is_empty() {
            parts.push(format!("about contains \u{201c}{}\u{201d}", self.about));
        }
        if let Some(day) = self.from {
            parts.push(format!("from {day}"));
        }
        if let Some(day) = self.to {
            parts.push(format!("to {day}"));
        }
        if parts.is_empty() {
            "every entry".to_string()
        } else {
            parts.join(", ")
        }
    }
}

/// The longest a changed value is quoted in a before or after summary.
const CHANGED_VALUE_CHARS: usize = 60;

/// What changed among `fields` (name, before, after), as a before and an after summary naming
/// only the fields that differ ("Title: Parks; Closes: 1 May 2026 at 5pm"). Both empty when
/// nothing changed.
pub fn changes(fields: &[(&str, &str, &str)]) -> (String, String) {
    let changed: Vec<&(&str, &str, &str)> = fields
        .iter()
        .filter(|(_, before, after)| before != after)
        .collect();
    let side = |after: bool| {
        changed
            .iter()
            .map(|(name, before, now)| {
                let value = if after { now } else { before };
                format!("{name}: {}", brief(value, CHANGED_VALUE_CHARS))
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    (side(false), side(true))
}

/// A questionnaire edit in words (English; the log keeps what was done, not the whole
/// questionnaire).
pub fn edit_summary(edit: &Edit) -> String {
    let direction = |d: &Direction| match d {
        Direction::Up => "up",
        Direction::Down => "down",
    };
    match edit {
        Edit::AddPage { .. } => "Added a page".to_string(),
        Edit::RenamePage { title, .. } => match title {
            Some(title) => format!("Renamed a page \u{201c}{title}\u{201d}"),
            None => "Took a page's title away".to_string(),
        },
        Edit::AddPageOfQuestions { title, questions } => format!(
            "Added the page \u{201c}{title}\u{201d} with {} questions",
            questions.len()
        ),
        Edit::RemovePage { .. } => "Removed an empty page".to_string(),
        Edit::MovePage { direction: d, .. } => format!("Moved a page {}", direction(d)),
        Edit::AddQuestion { question, .. } => {
            format!("Added the question \u{201c}{}\u{201d}", question.label)
        }
        Edit::UpdateQuestion { question } => {
            format!("Changed the question \u{201c}{}\u{201d}", question.label)
        }
        Edit::MoveQuestion {
            question,
            direction: d,
        } => format!("Moved question {question} {}", direction(d)),
        Edit::MoveQuestionTo { question, .. } => format!("Moved question {question}"),
        Edit::DuplicateQuestion { question } => format!("Duplicated question {question}"),
        Edit::DeleteQuestion { question } => format!("Deleted question {question}"),
        Edit::RestoreQuestion { question, .. } => {
            format!("Put back the question \u{201c}{}\u{201d}", question.label)
        }
        Edit::SetRoutes { question, .. } => format!("Changed the routes of question {question}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::permissions::{Membership, WorkspaceRole};

    #[test]
    fn action_codes_round_trip_and_are_unique() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.code()), Some(action));
        }
        let mut codes: Vec<&str> = AuditAction::ALL.iter().map(|a| a.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), AuditAction::ALL.len());
        assert_eq!(AuditAction::parse("Signed-in"), None);
    }

    #[test]
    fn summaries_are_cut_short_and_kept_on_one_line() {
        assert_eq!(brief("  a\nb\tc ", 10), "a b c");
        let long = "é".repeat(400);
        let cut = brief(&long, MAX_SUMMARY_CHARS);
        assert_eq!(cut.chars().count(), MAX_SUMMARY_CHARS);
        assert!(cut.ends_with('\u{2026}'));
        let entry = AuditEntry::new(AuditAction::DetailsChanged, "Parks")
            .before("")
            .after("Title: Parks");
        assert_eq!(entry.before, None);
        assert_eq!(entry.after.as_deref(), Some("Title: Parks"));
    }

    #[test]
    fn only_changed_fields_are_summarised() {
        let long = "x".repeat(100);
        let (before, after) = changes(&[
            ("Title", "Parks", "Parks and play areas"),
            ("Contact", "Jo", "Jo"),
            ("Summary", "Short", &long),
        ]);
        assert_eq!(before, "Title: Parks; Summary: Short");
        assert!(after.starts_with("Title: Parks and play areas; Summary: xxx"));
        assert!(after.ends_with('\u{2026}'));
        assert_eq!(
            changes(&[("Title", "A", "A")]),
            (String::new(), String::new())
        );
    }

    #[test]
    fn site_admins_read_everything_and_workspace_admins_their_own() {
        let site = Actor {
            staff_id: 1,
            site_admin: true,
            memberships: &[],
        };
        assert_eq!(audit_scope(site, &[1, 2]), Some(AuditScope::Everything));
        let memberships = [
            Membership {
                workspace: 1,
                role: WorkspaceRole::Admin,
            },
            Membership {
                workspace: 2,
                role: WorkspaceRole::Editor,
            },
        ];
        let admin = Actor {
            staff_id: 2,
            site_admin: false,
            memberships: &memberships,
        };
        assert_eq!(
            audit_scope(admin, &[1, 2, 3]),
            Some(AuditScope::Workspaces(vec![1]))
        );
        for role in [
            WorkspaceRole::Editor,
            WorkspaceRole::Analyst,
            WorkspaceRole::Viewer,
        ] {
            let memberships = [Membership { workspace: 1, role }];
            let who = Actor {
                staff_id: 3,
                site_admin: false,
                memberships: &memberships,
            };
            assert_eq!(audit_scope(who, &[1]), None, "{role:?}");
        }
    }

    #[test]
    fn the_filter_reads_its_fields_and_says_what_it_cannot_read() {
        let (filter, errors) = AuditFilter::parse([
            ("who", "  Jo "),
            ("action", "member-added"),
            ("about", "Parks"),
            ("from", "2026-11-01"),
            ("to", "28/11/2026"),
            ("page", "3"),
        ]);
        assert!(errors.is_empty());
        assert_eq!(filter.who, "Jo");
        assert_eq!(filter.action, Some(AuditAction::MemberAdded));
        assert_eq!(filter.from, NaiveDate::from_ymd_opt(2026, 11, 1));
        assert_eq!(filter.to, NaiveDate::from_ymd_opt(2026, 11, 28));
        assert_eq!(filter.page, 3);
        assert_eq!(
            filter.query(),
            "who=Jo&action=member-added&about=Parks&from=2026-11-01&to=2026-11-28"
        );

        let (filter, errors) = AuditFilter::parse([
            ("from", "yesterday"),
            ("to", "2026-02-30"),
            ("action", "<script>"),
            ("page", "-1"),
        ]);
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["from", "to"]);
        assert_eq!(filter.action, None);
        assert_eq!(filter.page, 1);

        let (filter, errors) = AuditFilter::parse([("from", "2026-11-28"), ("to", "2026-11-01")]);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "to");
        assert_eq!(filter.to, None);

        let (filter, _) = AuditFilter::parse([("who", &*"x".repeat(500))]);
        assert_eq!(filter.who.chars().count(), MAX_SEARCH_CHARS);
        let (filter, _) = AuditFilter::parse([("about", "\u{0}Par\u{7f}ks")]);
        assert_eq!(filter.about, "Parks");
    }

    #[test]
    fn days_run_midnight_to_midnight_in_uk_time() {
        let (filter, _) = AuditFilter::parse([("from", "2026-07-01"), ("to", "2026-07-01")]);
        // British Summer Time: the day starts at 23:00 UTC the day before.
        assert_eq!(
            filter.starts().map(|t| t.to_rfc3339()),
            Some("2026-06-30T23:00:00+00:00".to_string())
        );
        assert_eq!(
            filter.ends().map(|t| t.to_rfc3339()),
            Some("2026-07-01T23:00:00+00:00".to_string())
        );
    }
}
