//! Who may do what: the one rule (`can`) every staff server function, form post, page, stream
//! and export asks before doing anything (decision 0032). Roles belong to a person in a
//! workspace; site admins administer everything.

use serde::{Deserialize, Serialize};

/// A person's role in one workspace, as stored. Text that is not one of these codes is no role at
/// all (and may do nothing): a membership edited by hand in the database never gains rights by a
/// typo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum WorkspaceRole {
    /// Runs the workspace: its consultations, its members and their roles.
    Admin,
    /// Builds the workspace's consultations, reads their results and responses.
    Editor,
    /// Reads results and responses and exports them; changes nothing.
    Analyst,
    /// Sees the workspace's consultations and their counts and charts; reads no response.
    Viewer,
}

impl WorkspaceRole {
    pub const ALL: [WorkspaceRole; 4] = [
        WorkspaceRole::Admin,
        WorkspaceRole::Editor,
        WorkspaceRole::Analyst,
        WorkspaceRole::Viewer,
    ];

    pub fn parse(code: &str) -> Option<WorkspaceRole> {
        WorkspaceRole::ALL
            .into_iter()
            .find(|role| role.code() == code)
    }

    pub fn code(self) -> &'static str {
        match self {
            WorkspaceRole::Admin => "workspace_admin",
            WorkspaceRole::Editor => "editor",
            WorkspaceRole::Analyst => "analyst",
            WorkspaceRole::Viewer => "viewer",
        }
    }
}

/// The site-wide role stored for a site admin (`staff_users.role`); anyone else is `staff`.
pub const SITE_ADMIN: &str = "site_admin";
/// The site-wide role of everyone who is not a site admin.
pub const STAFF: &str = "staff";

/// What a workspace is: one of the council's departments, or a partner organisation (police,
/// health, a housing association) running consultations on the same platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WorkspaceKind {
    Department,
    Partner,
}

impl WorkspaceKind {
    pub fn parse(code: &str) -> Option<WorkspaceKind> {
        match code {
            "department" => Some(WorkspaceKind::Department),
            "partner" => Some(WorkspaceKind::Partner),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            WorkspaceKind::Department => "department",
            WorkspaceKind::Partner => "partner",
        }
    }
}

/// A person's role in one workspace (`workspace` is a department's id).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub workspace: i64,
    pub role: WorkspaceRole,
}

/// Who is asking: what the rule needs to know of a signed-in staff member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Actor<'a> {
    pub staff_id: i64,
    pub site_admin: bool,
    pub memberships: &'a [Membership],
}

impl Actor<'_> {
    /// The actor's role in `workspace`, if they belong to it.
    pub fn role_in(&self, workspace: i64) -> Option<WorkspaceRole> {
        self.memberships
            .iter()
            .find(|m| m.workspace == workspace)
            .map(|m| m.role)
    }
}

/// Something a staff member may want to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// See a consultation on the staff side: that it exists, its details, its questionnaire,
    /// its preview.
    View,
    /// Create a consultation, or change one: details, questionnaire, documents, Welsh version,
    /// publishing, moving it to another workspace (which is editing in both).
    Edit,
    /// A consultation's results in aggregate: counts and charts, nothing anyone wrote.
    SeeResults,
    /// What people answered: individual responses, text answers, exports and prepared
    /// downloads. Responses are personal data.
    ReadResponses,
    /// Enter responses that arrived on paper, by phone or by email.
    EnterResponses,
    /// Add people to a workspace, change their roles, take them out.
    ManageMembers,
    /// Offer a consultation as a template to every workspace, or stop offering it.
    ManageTemplates,
    /// Add a workspace (a department or partner organisation).
    ManageWorkspaces,
    /// See every staff account; deactivate or reactivate one.
    ManageAccounts,
    /// Take a question out of the shared question library.
    RemoveSavedQuestion,
    /// Read the audit log: a workspace's entries (its admins), or every entry (site admins).
    ReadAudit,
    /// Change the site's own settings (such as requiring two-factor sign-in of all staff).
    ManageSiteSettings,
    /// Approve or return a consultation (or its outcome) sent for review (decision 0038). Never
    /// one's own: the workflow refuses that, whoever asks.
    Review,
    /// Delete a response, with a reason (decision 0039): a workspace admin's decision, as taking
    /// someone's words out of the record is.
    DeleteResponses,
    /// Find everyone's responses by an email address, download or delete them (subject access
    /// and erasure requests, decision 0039): across every workspace, so for site admins alone.
    SubjectRequests,
}

impl Action {
    pub const ALL: [Action; 15] = [
        Action::View,
        Action::Edit,
        Action::SeeResults,
        Action::ReadResponses,
        Action::EnterResponses,
        Action::ManageMembers,
        Action::ManageTemplates,
        Action::ManageWorkspaces,
        Action::ManageAccounts,
        Action::RemoveSavedQuestion,
        Action::ReadAudit,
        Action::ManageSiteSettings,
        Action::Review,
        Action::DeleteResponses,
        Action::SubjectRequests,
    ];
}

/// What an action is done to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The site as a whole (templates, settings offered to everyone).
    Site,
    /// A workspace, or a consultation of that workspace (everything about a consultation is
    /// decided by the workspace it belongs to).
    Workspace(i64),
    /// A question in the library, saved by staff member `saved_by`.
    SavedQuestion { saved_by: i64 },
}

/// Whether `actor` may do `action` to `target`. Site admins may do everything. Otherwise:
///
/// | action            | workspace admin | editor | analyst | viewer |
/// |-------------------|-----------------|--------|---------|--------|
/// | View, SeeResults  | yes             | yes    | yes     | yes    |
/// | ReadResponses     | yes             | yes    | yes     | no     |
/// | Edit, EnterResponses | yes          | yes    | no      | no     |
/// | ManageMembers, ReadAudit, Review, DeleteResponses | yes | no | no | no |
///
/// each in their own workspace only; `ManageTemplates`, `ManageWorkspaces`, `ManageAccounts`,
/// `ManageSiteSettings` and `SubjectRequests` are for site admins alone; a saved
/// question is removed by whoever saved it. Any other pairing of action and target is refused.
pub fn can(actor: Actor<'_>, action: Action, target: Target) -> bool {
    if actor.site_admin {
        return true;
    }
    match target {
        Target::Site => false,
        Target::SavedQuestion { saved_by } => {
            action == Action::RemoveSavedQuestion && actor.staff_id == saved_by
        }
        Target::Workspace(workspace) => {
            let Some(role) = actor.role_in(workspace) else {
                return false;
            };
            use WorkspaceRole::*;
            match action {
                Action::View | Action::SeeResults => true,
                Action::ReadResponses => matches!(role, Admin | Editor | Analyst),
                Action::Edit | Action::EnterResponses => matches!(role, Admin | Editor),
                Action::ManageMembers
                | Action::ReadAudit
                | Action::Review
                | Action::DeleteResponses => role == Admin,
                Action::ManageTemplates
                | Action::ManageWorkspaces
                | Action::ManageAccounts
                | Action::ManageSiteSettings
                | Action::SubjectRequests
                | Action::RemoveSavedQuestion => false,
            }
        }
    }
}

/// The workspaces, of `all`, where `actor` may do `action` (e.g. where they may create a
/// consultation, or whose consultations their list shows).
pub fn workspaces_where(actor: Actor<'_>, action: Action, all: &[i64]) -> Vec<i64> {
    all.iter()
        .copied()
        .filter(|&workspace| can(actor, action, Target::Workspace(workspace)))
        .collect()
}

/// The workspace a consultation started from a template (of `template_workspace`) belongs to:
/// the first of the actor's own where they may edit; else the template's, for a site admin who
/// belongs to none; `None` when the actor may edit nowhere it could go.
pub fn template_copy_workspace(actor: Actor<'_>, template_workspace: i64) -> Option<i64> {
    actor
        .memberships
        .iter()
        .map(|m| m.workspace)
        .find(|&own| can(actor, Action::Edit, Target::Workspace(own)))
        .or_else(|| {
            can(actor, Action::Edit, Target::Workspace(template_workspace))
                .then_some(template_workspace)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use WorkspaceRole::*;

    fn member(role: WorkspaceRole, workspace: i64) -> [Membership; 1] {
        [Membership { workspace, role }]
    }

    fn actor(memberships: &[Membership]) -> Actor<'_> {
        Actor {
            staff_id: 7,
            site_admin: false,
            memberships,
        }
    }

    const SITE_ADMIN_ACTOR: Actor<'static> = Actor {
        staff_id: 1,
        site_admin: true,
        memberships: &[],
    };

    /// The table in `can`'s comment, written out again by hand: what each role may do in its
    /// own workspace.
    fn expected(role: WorkspaceRole, action: Action) -> bool {
        match action {
            Action::View | Action::SeeResults => true,
            Action::ReadResponses => role != Viewer,
            Action::Edit | Action::EnterResponses => role == Admin || role == Editor,
            Action::ManageMembers
            | Action::ReadAudit
            | Action::Review
            | Action::DeleteResponses => role == Admin,
            Action::ManageTemplates
            | Action::ManageWorkspaces
            | Action::ManageAccounts
            | Action::ManageSiteSettings
            | Action::SubjectRequests
            | Action::RemoveSavedQuestion => false,
        }
    }

    #[test]
    fn each_role_may_do_its_own_part_in_its_own_workspace_only() {
        for role in WorkspaceRole::ALL {
            let memberships = member(role, 1);
            let who = actor(&memberships);
            for action in Action::ALL {
                assert_eq!(
                    can(who, action, Target::Workspace(1)),
                    expected(role, action),
                    "{role:?} {action:?} in its own workspace"
                );
                assert!(
                    !can(who, action, Target::Workspace(2)),
                    "{role:?} {action:?} in another workspace"
                );
                assert!(!can(who, action, Target::Site), "{role:?} {action:?} site");
            }
        }
    }

    #[test]
    fn a_person_in_several_workspaces_has_each_role_where_it_is() {
        let memberships = [
            Membership {
                workspace: 1,
                role: Editor,
            },
            Membership {
                workspace: 2,
                role: Viewer,
            },
        ];
        let who = actor(&memberships);
        assert!(can(who, Action::Edit, Target::Workspace(1)));
        assert!(!can(who, Action::Edit, Target::Workspace(2)));
        assert!(can(who, Action::View, Target::Workspace(2)));
        assert!(!can(who, Action::ReadResponses, Target::Workspace(2)));
        assert_eq!(workspaces_where(who, Action::View, &[1, 2, 3]), vec![1, 2]);
        assert_eq!(workspaces_where(who, Action::Edit, &[1, 2, 3]), vec![1]);
    }

    #[test]
    fn site_admins_may_do_everything_everywhere() {
        for action in Action::ALL {
            assert!(can(SITE_ADMIN_ACTOR, action, Target::Site));
            assert!(can(SITE_ADMIN_ACTOR, action, Target::Workspace(9)));
            assert!(can(
                SITE_ADMIN_ACTOR,
                action,
                Target::SavedQuestion { saved_by: 3 }
            ));
        }
    }

    #[test]
    fn nobody_without_a_membership_may_do_anything() {
        let who = actor(&[]);
        for action in Action::ALL {
            assert!(!can(who, action, Target::Workspace(1)));
            assert!(!can(who, action, Target::Site));
        }
    }

    #[test]
    fn saved_questions_are_removed_by_who_saved_them_or_site_admins() {
        let memberships = member(Admin, 1);
        let who = actor(&memberships);
        assert!(can(
            who,
            Action::RemoveSavedQuestion,
            Target::SavedQuestion { saved_by: 7 }
        ));
        assert!(!can(
            who,
            Action::RemoveSavedQuestion,
            Target::SavedQuestion { saved_by: 8 }
        ));
        // Owning a saved question gives no other right over it.
        assert!(!can(
            who,
            Action::Edit,
            Target::SavedQuestion { saved_by: 7 }
        ));
    }

    #[test]
    fn role_codes_round_trip_and_nothing_else_is_a_role() {
        for role in WorkspaceRole::ALL {
            assert_eq!(WorkspaceRole::parse(role.code()), Some(role));
        }
        for code in [
            "",
            "Editor",
            "editor ",
            "admin",
            "site_admin",
            "department_admin",
        ] {
            assert_eq!(WorkspaceRole::parse(code), None, "{code:?}");
        }
        assert_eq!(
            WorkspaceKind::parse("partner"),
            Some(WorkspaceKind::Partner)
        );
        assert_eq!(WorkspaceKind::parse("Partner"), None);
    }

    #[test]
    fn a_template_is_copied_into_the_first_workspace_the_actor_edits() {
        let memberships = [
            Membership {
                workspace: 4,
                role: Viewer,
            },
            Membership {
                workspace: 5,
                role: Editor,
            },
        ];
        assert_eq!(template_copy_workspace(actor(&memberships), 1), Some(5));
        let viewer = member(Viewer, 4);
        assert_eq!(template_copy_workspace(actor(&viewer), 1), None);
        assert_eq!(template_copy_workspace(SITE_ADMIN_ACTOR, 1), Some(1));
    }
}
