//! Filtering the staff list of consultations by department and status.

use serde::{Deserialize, Serialize};

use super::ConsultationStatus;

/// Where a consultation stands, as staff filter by it: a draft whatever its dates, otherwise its
/// status by date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ListStatus {
    Draft,
    Forthcoming,
    Open,
    Closed,
}

impl ListStatus {
    pub const ALL: [ListStatus; 4] = [
        ListStatus::Draft,
        ListStatus::Forthcoming,
        ListStatus::Open,
        ListStatus::Closed,
    ];

    pub fn of(published: bool, status: ConsultationStatus) -> ListStatus {
        match (published, status) {
            (false, _) => ListStatus::Draft,
            (true, ConsultationStatus::Forthcoming) => ListStatus::Forthcoming,
            (true, ConsultationStatus::Open) => ListStatus::Open,
            (true, ConsultationStatus::Closed) => ListStatus::Closed,
        }
    }

    /// The value in the page's address (`?status=open`).
    pub fn code(self) -> &'static str {
        match self {
            ListStatus::Draft => "draft",
            ListStatus::Forthcoming => "forthcoming",
            ListStatus::Open => "open",
            ListStatus::Closed => "closed",
        }
    }

    /// The message naming this status (`interface_text`).
    pub fn label_id(self) -> &'static str {
        match self {
            ListStatus::Draft => "status-draft",
            ListStatus::Forthcoming => "status-forthcoming",
            ListStatus::Open => "status-open",
            ListStatus::Closed => "status-closed",
        }
    }

    pub fn parse(code: &str) -> Option<ListStatus> {
        ListStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The filters of the staff list. Values that name nothing (a hand-edited address) are ignored
/// rather than refused: the list then shows everything, and the form says so.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListFilter {
    pub department: Option<i64>,
    pub status: Option<ListStatus>,
}

impl ListFilter {
    pub fn parse(department: &str, status: &str, departments: &[i64]) -> ListFilter {
        ListFilter {
            department: department
                .trim()
                .parse()
                .ok()
                .filter(|id| departments.contains(id)),
            status: ListStatus::parse(status.trim()),
        }
    }

    pub fn is_active(&self) -> bool {
        self.department.is_some() || self.status.is_some()
    }

    pub fn matches(&self, department_id: i64, status: ListStatus) -> bool {
        self.department.is_none_or(|d| d == department_id)
            && self.status.is_none_or(|s| s == status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_are_drafts_whatever_their_dates() {
        assert_eq!(
            ListStatus::of(false, ConsultationStatus::Open),
            ListStatus::Draft
        );
        assert_eq!(
            ListStatus::of(true, ConsultationStatus::Open),
            ListStatus::Open
        );
        for status in ListStatus::ALL {
            assert_eq!(ListStatus::parse(status.code()), Some(status));
        }
    }

    #[test]
    fn filters_match_department_and_status_and_ignore_nonsense() {
        let filter = ListFilter::parse("3", "open", &[1, 3]);
        assert!(filter.is_active());
        assert!(filter.matches(3, ListStatus::Open));
        assert!(!filter.matches(1, ListStatus::Open));
        assert!(!filter.matches(3, ListStatus::Draft));
        let nonsense = ListFilter::parse("99", "<script>", &[1, 3]);
        assert_eq!(nonsense, ListFilter::default());
        assert!(!nonsense.is_active());
        assert!(nonsense.matches(7, ListStatus::Closed));
        assert_eq!(
            ListFilter::parse("", "draft", &[1]),
            ListFilter {
                department: None,
                status: Some(ListStatus::Draft)
            }
        );
        assert_eq!(ListFilter::parse("1\u{0}", "", &[1]).department, None);
    }
}
