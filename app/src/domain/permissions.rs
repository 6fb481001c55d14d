//! Who may do what. The one place the builder's rule lives: every builder server function and
//! form post asks it (through `builder::service`), so the roles and approval workflow to come
//! change it here and nowhere else.

/// A staff member's role, as stored. Text that is not one of these is no role at all (and may
/// do nothing): an account edited by hand in the database never gains rights by a typo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    SiteAdmin,
    DepartmentAdmin,
    Editor,
    Analyst,
    Viewer,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::SiteAdmin,
        Role::DepartmentAdmin,
        Role::Editor,
        Role::Analyst,
        Role::Viewer,
    ];

    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }

    pub fn code(self) -> &'static str {
        match self {
            Role::SiteAdmin => "site_admin",
            Role::DepartmentAdmin => "department_admin",
            Role::Editor => "editor",
            Role::Analyst => "analyst",
            Role::Viewer => "viewer",
        }
    }

    /// Whether the role may create and change consultations (within its department, unless it
    /// is a site admin).
    pub fn edits(self) -> bool {
        matches!(self, Role::SiteAdmin | Role::DepartmentAdmin | Role::Editor)
    }
}

/// Who is asking: what the rules need to know of a staff member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Actor<'a> {
    pub role: &'a str,
    pub department: Option<i64>,
}

/// Whether `actor` may build (create, edit, publish) a consultation of `department`: site admins
/// everywhere; department admins and editors in their own department; nobody else.
pub fn may_build(actor: Actor<'_>, department: i64) -> bool {
    match Role::parse(actor.role) {
        Some(Role::SiteAdmin) => true,
        Some(role) if role.edits() => actor.department == Some(department),
        _ => false,
    }
}

/// Whether `actor` may enter responses received on paper, by phone or by email for a
/// consultation of `department`: whoever may build it (issue 10's roles will say more).
pub fn may_enter_responses(actor: Actor<'_>, department: i64) -> bool {
    may_build(actor, department)
}

/// Whether `actor` may mark a consultation as a template, or stop offering it: site admins only
/// (a template is offered to every department).
pub fn may_manage_templates(actor: Actor<'_>) -> bool {
    Role::parse(actor.role) == Some(Role::SiteAdmin)
}

/// The department a consultation started from a template (of `template_department`) belongs
/// to: the actor's own, where they may build; else the template's, for a site admin without a
/// department; `None` when the actor may build nowhere it could go.
pub fn template_copy_department(actor: Actor<'_>, template_department: i64) -> Option<i64> {
    match actor.department {
        Some(own) if may_build(actor, own) => Some(own),
        _ => may_build(actor, template_department).then_some(template_department),
    }
}

/// Whether `actor` (staff member `actor_id`) may take a question out of the question library:
/// whoever saved it (`saved_by`), and site admins (who look after the library for everyone).
pub fn may_remove_saved_question(actor: Actor<'_>, actor_id: i64, saved_by: i64) -> bool {
    actor_id == saved_by || Role::parse(actor.role) == Some(Role::SiteAdmin)
}

/// The departments, of `all`, that `actor` may create consultations in (or move one to).
pub fn departments_to_build_in(actor: Actor<'_>, all: &[i64]) -> Vec<i64> {
    all.iter()
        .copied()
        .filter(|&department| may_build(actor, department))
        .collect()
}

/// Whether `actor` may see the results of a consultation of `department` (its dashboard, live
/// figures, individual responses and exports): site admins everywhere; every other role in its
/// own department. Responses are personal data: another department's staff see nothing.
pub fn may_see_results(actor: Actor<'_>, department: i64) -> bool {
    match Role::parse(actor.role) {
        Some(Role::SiteAdmin) => true,
        Some(_) => actor.department == Some(department),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: &str, department: Option<i64>) -> Actor<'_> {
        Actor { role, department }
    }

    #[test]
    fn saved_questions_are_removed_by_who_saved_them_or_site_admins() {
        assert!(may_remove_saved_question(actor("editor", Some(1)), 5, 5));
        assert!(!may_remove_saved_question(actor("editor", Some(1)), 6, 5));
        assert!(!may_remove_saved_question(
            actor("department_admin", Some(1)),
            6,
            5
        ));
        assert!(may_remove_saved_question(actor("site_admin", None), 6, 5));
    }

    #[test]
    fn site_admins_build_everywhere() {
        assert!(may_build(actor("site_admin", None), 1));
        assert!(may_build(actor("site_admin", Some(2)), 1));
    }

    #[test]
    fn editors_and_department_admins_build_in_their_own_department_only() {
        for role in ["editor", "department_admin"] {
            assert!(may_build(actor(role, Some(1)), 1), "{role}");
            assert!(!may_build(actor(role, Some(2)), 1), "{role}");
            assert!(
                !may_build(actor(role, None), 1),
                "{role} without a department"
            );
        }
    }

    #[test]
    fn readers_and_unknown_roles_build_nothing() {
        for role in [
            "analyst",
            "viewer",
            "",
            "Site_Admin",
            "site_admin ",
            "admin",
        ] {
            assert!(!may_build(actor(role, Some(1)), 1), "{role:?}");
        }
    }

    #[test]
    fn the_departments_to_build_in_follow_the_same_rule() {
        let all = [1, 2, 3];
        assert_eq!(
            departments_to_build_in(actor("site_admin", None), &all),
            vec![1, 2, 3]
        );
        assert_eq!(
            departments_to_build_in(actor("editor", Some(2)), &all),
            vec![2]
        );
        assert_eq!(
            departments_to_build_in(actor("editor", Some(9)), &all),
            Vec::<i64>::new()
        );
        assert_eq!(
            departments_to_build_in(actor("viewer", Some(2)), &all),
            Vec::<i64>::new()
        );
    }

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.code()), Some(role));
        }
    }

    #[test]
    fn results_are_for_the_department_and_site_admins() {
        for role in Role::ALL {
            let own = Actor {
                role: role.code(),
                department: Some(1),
            };
            assert!(may_see_results(own, 1), "{role:?} in its department");
            assert_eq!(
                may_see_results(own, 2),
                role == Role::SiteAdmin,
                "{role:?} elsewhere"
            );
        }
        let nobody = Actor {
            role: "",
            department: Some(1),
        };
        assert!(!may_see_results(nobody, 1));
        let homeless = Actor {
            role: "analyst",
            department: None,
        };
        assert!(!may_see_results(homeless, 1));
    }
}
