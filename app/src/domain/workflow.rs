//! A consultation's life as the council runs it (issue 10, section 3): a typed state machine.
//!
//! draft → in review → approved → scheduled → open → closed → outcome in review → outcome
//! published. People take the steps that need a person (sending for review, returning,
//! approving, scheduling, the outcome's steps); the clock takes opening and closing, on their
//! dates. `next` is the only way from one stage to another: anything it does not name is
//! refused, so a new path cannot appear by accident.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Where a consultation is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stage {
    /// Being written; nobody outside its workspace sees it.
    Draft,
    /// Sent for review: a reviewer approves it or returns it with comments.
    InReview,
    /// Approved; its owner schedules it to go public.
    Approved,
    /// Public on its dates: shown as forthcoming until it opens.
    Scheduled,
    /// Taking responses.
    Open,
    /// Taking responses, with changes to its questionnaire sent for review: they go live when a
    /// reviewer approves them; until then people answer the published version.
    ChangesInReview,
    /// Past its closing date; its owner writes the outcome.
    Closed,
    /// The outcome ("We asked, you said, we did") sent for review.
    OutcomeInReview,
    /// The outcome is on the consultation's page.
    OutcomePublished,
}

impl Stage {
    pub const ALL: [Stage; 9] = [
        Stage::Draft,
        Stage::InReview,
        Stage::Approved,
        Stage::Scheduled,
        Stage::Open,
        Stage::ChangesInReview,
        Stage::Closed,
        Stage::OutcomeInReview,
        Stage::OutcomePublished,
    ];

    /// As stored (`consultations.stage`) and in addresses.
    pub fn code(self) -> &'static str {
        match self {
            Stage::Draft => "draft",
            Stage::InReview => "in_review",
            Stage::Approved => "approved",
            Stage::Scheduled => "scheduled",
            Stage::Open => "open",
            Stage::ChangesInReview => "changes_in_review",
            Stage::Closed => "closed",
            Stage::OutcomeInReview => "outcome_in_review",
            Stage::OutcomePublished => "outcome_published",
        }
    }

    pub fn parse(code: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|stage| stage.code() == code)
    }

    /// The message naming the stage on staff pages.
    pub fn label_id(self) -> String {
        format!("workflow-stage-{}", self.code().replace('_', "-"))
    }

    /// Whether the public sees the consultation (its page, and its form while open).
    pub fn is_public(self) -> bool {
        matches!(
            self,
            Stage::Scheduled
                | Stage::Open
                | Stage::ChangesInReview
                | Stage::Closed
                | Stage::OutcomeInReview
                | Stage::OutcomePublished
        )
    }

    /// Whether a reviewer has something to decide.
    pub fn awaits_review(self) -> bool {
        matches!(
            self,
            Stage::InReview | Stage::ChangesInReview | Stage::OutcomeInReview
        )
    }

    /// Past its closing: its questions and details are what people answered, and stay so.
    pub fn has_closed(self) -> bool {
        matches!(
            self,
            Stage::Closed | Stage::OutcomeInReview | Stage::OutcomePublished
        )
    }

    /// Taking responses (on its dates).
    pub fn is_open(self) -> bool {
        matches!(self, Stage::Open | Stage::ChangesInReview)
    }
}

/// Something done to a consultation, by a person or by the clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Its owner asks for review (the quality checklist's automatic checks must pass).
    SendForReview,
    /// A reviewer sends it back to its owner, with comments.
    Return,
    /// A reviewer approves it: never the person who sent it.
    Approve,
    /// Its owner makes an approved consultation public on its dates.
    Schedule,
    /// The clock, at its opening time.
    Open,
    /// The clock, at its closing time.
    Close,
    /// A change to its questions or details.
    Edit,
    /// Its owner sends the changes made to an open consultation's questionnaire for review.
    SendChangesForReview,
    /// A reviewer sends the changes back; the published questionnaire stays.
    ReturnChanges,
    /// A reviewer approves the changes, which publishes them: never the person who sent them.
    ApproveChanges,
    /// Its owner sends the outcome for review.
    SendOutcomeForReview,
    /// A reviewer sends the outcome back.
    ReturnOutcome,
    /// A reviewer approves the outcome, which publishes it: never the person who sent it.
    PublishOutcome,
    /// A change to the outcome's words.
    EditOutcome,
}

impl Step {
    pub const ALL: [Step; 14] = [
        Step::SendForReview,
        Step::Return,
        Step::Approve,
        Step::Schedule,
        Step::Open,
        Step::Close,
        Step::Edit,
        Step::SendChangesForReview,
        Step::ReturnChanges,
        Step::ApproveChanges,
        Step::SendOutcomeForReview,
        Step::ReturnOutcome,
        Step::PublishOutcome,
        Step::EditOutcome,
    ];

    /// As stored (`review_events.step`) and as a form's button posts it.
    pub fn code(self) -> &'static str {
        match self {
            Step::SendForReview => "send_for_review",
            Step::Return => "return",
            Step::Approve => "approve",
            Step::Schedule => "schedule",
            Step::Open => "open",
            Step::Close => "close",
            Step::Edit => "edit",
            Step::SendChangesForReview => "send_changes_for_review",
            Step::ReturnChanges => "return_changes",
            Step::ApproveChanges => "approve_changes",
            Step::SendOutcomeForReview => "send_outcome_for_review",
            Step::ReturnOutcome => "return_outcome",
            Step::PublishOutcome => "publish_outcome",
            Step::EditOutcome => "edit_outcome",
        }
    }

    pub fn parse(code: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.code() == code)
    }

    /// Steps that put something in front of a reviewer (whoever takes one is its sender).
    pub fn sends(self) -> bool {
        matches!(
            self,
            Step::SendForReview | Step::SendChangesForReview | Step::SendOutcomeForReview
        )
    }

    /// The message saying, in a history, that someone took this step.
    pub fn done_id(self) -> String {
        format!("workflow-did-{}", self.code().replace('_', "-"))
    }

    /// The message of this step's button.
    pub fn button_id(self) -> String {
        format!("workflow-button-{}", self.code().replace('_', "-"))
    }

    /// Steps a reviewer takes (workspace admins of the consultation's workspace, site admins).
    pub fn is_review(self) -> bool {
        matches!(
            self,
            Step::Return
                | Step::Approve
                | Step::ReturnChanges
                | Step::ApproveChanges
                | Step::ReturnOutcome
                | Step::PublishOutcome
        )
    }
}

/// Why a step was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// Not a step this stage allows.
    NotNow,
    /// Approving what one sent for review oneself.
    OwnWork,
    /// The clock's step before its time.
    NotDue,
    /// Scheduling a consultation whose closing time has passed.
    ClosesInThePast,
}

impl Refusal {
    /// The message saying so (`interface_text`).
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::NotNow => "workflow-not-now",
            Refusal::OwnWork => "workflow-own-work",
            Refusal::NotDue => "workflow-not-due",
            Refusal::ClosesInThePast => "workflow-closes-in-the-past",
        }
    }
}

/// What a step's rules look at besides the stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Facts {
    pub now: DateTime<Utc>,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// The person taking the step is the one who sent it (or its outcome) for review.
    pub by_sender: bool,
    /// An outcome is on the consultation's public page (a change to it may be in review).
    pub outcome_public: bool,
}

/// The stage after `step`, or why it cannot be taken.
pub fn next(stage: Stage, step: Step, facts: &Facts) -> Result<Stage, Refusal> {
    use Stage::*;
    let opened = facts.now >= facts.opens_at;
    let closed = facts.now >= facts.closes_at;
    match (stage, step) {
        (Draft, Step::SendForReview) => Ok(InReview),
        (InReview, Step::Return) => Ok(Draft),
        (InReview, Step::Approve)
        | (ChangesInReview, Step::ApproveChanges)
        | (OutcomeInReview, Step::PublishOutcome)
            if facts.by_sender =>
        {
            Err(Refusal::OwnWork)
        }
        (InReview, Step::Approve) => Ok(Approved),
        (Approved, Step::Schedule) if closed => Err(Refusal::ClosesInThePast),
        // Scheduled after its opening time: it opens at once.
        (Approved, Step::Schedule) if opened => Ok(Open),
        (Approved, Step::Schedule) => Ok(Scheduled),
        (Scheduled, Step::Open) if opened => Ok(Open),
        // Closing does not wait for changes in review: they stay unpublished.
        (Open | ChangesInReview, Step::Close) if closed => Ok(Closed),
        (Scheduled, Step::Open) | (Open | ChangesInReview, Step::Close) => Err(Refusal::NotDue),
        // A change before it is public goes (back) through review; while in review, the
        // reviewer sees the newest words.
        (Draft | InReview, Step::Edit) => Ok(stage),
        (Approved | Scheduled, Step::Edit) => Ok(InReview),
        // Open, the change waits in the questionnaire's working version, and goes live only
        // when a reviewer approves it; the consultation stays open throughout.
        (Open | ChangesInReview, Step::Edit) => Ok(stage),
        (Open, Step::SendChangesForReview) if closed => Err(Refusal::NotNow),
        (Open, Step::SendChangesForReview) => Ok(ChangesInReview),
        (ChangesInReview, Step::ReturnChanges) => Ok(Open),
        (ChangesInReview, Step::ApproveChanges) => Ok(Open),
        (Closed, Step::SendOutcomeForReview) => Ok(OutcomeInReview),
        // A returned change to a published outcome leaves the published words as they were.
        (OutcomeInReview, Step::ReturnOutcome) if facts.outcome_public => Ok(OutcomePublished),
        (OutcomeInReview, Step::ReturnOutcome) => Ok(Closed),
        (OutcomeInReview, Step::PublishOutcome) => Ok(OutcomePublished),
        (Closed | OutcomeInReview, Step::EditOutcome) => Ok(stage),
        (OutcomePublished, Step::EditOutcome) => Ok(OutcomeInReview),
        _ => Err(Refusal::NotNow),
    }
}

/// The clock's step due at `now`, if any: what the scheduler takes (and takes again, for a
/// consultation whose whole period passed while no server ran).
pub fn due(
    stage: Stage,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<Step> {
    match stage {
        Stage::Scheduled if now >= opens_at => Some(Step::Open),
        Stage::Open | Stage::ChangesInReview if now >= closes_at => Some(Step::Close),
        _ => None,
    }
}

/// The stage of a consultation made public without going through the workflow here: the demo's
/// and the tests' seeded consultations, and those published before the workflow existed
/// (migration 24 places them the same way). By its dates, or its published outcome.
pub fn stage_of_published(
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
    outcome_published: bool,
    now: DateTime<Utc>,
) -> Stage {
    if outcome_published {
        Stage::OutcomePublished
    } else if now >= closes_at {
        Stage::Closed
    } else if now >= opens_at {
        Stage::Open
    } else {
        Stage::Scheduled
    }
}

/// Who is emailed of a step (`stage_after`: where it left the consultation; `actor`: who took
/// it, none for the clock): everyone who took a step of its workflow (`involved`, this one
/// included), and its `reviewers` when it now awaits review — never the person who took it.
/// Account ids, ascending, once each.
pub fn told(
    stage_after: Stage,
    involved: &[i64],
    reviewers: &[i64],
    actor: Option<i64>,
) -> Vec<i64> {
    let mut ids: Vec<i64> = involved.to_vec();
    if stage_after.awaits_review() {
        ids.extend_from_slice(reviewers);
    }
    ids.retain(|id| Some(*id) != actor);
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The steps open to someone at `stage`, in the order a page offers them: `reviewer` may review
/// the consultation; `edits` may change it.
pub fn offered(stage: Stage, reviewer: bool, edits: bool) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut offer = |allowed: bool, step: Step| {
        if allowed {
            steps.push(step);
        }
    };
    match stage {
        Stage::Draft => offer(edits, Step::SendForReview),
        Stage::InReview => {
            offer(reviewer, Step::Approve);
            offer(reviewer, Step::Return);
        }
        Stage::Approved => offer(edits, Step::Schedule),
        Stage::Open => offer(edits, Step::SendChangesForReview),
        Stage::ChangesInReview => {
            offer(reviewer, Step::ApproveChanges);
            offer(reviewer, Step::ReturnChanges);
        }
        Stage::Closed => offer(edits, Step::SendOutcomeForReview),
        Stage::OutcomeInReview => {
            offer(reviewer, Step::PublishOutcome);
            offer(reviewer, Step::ReturnOutcome);
        }
        Stage::Scheduled | Stage::OutcomePublished => {}
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn facts(now_days: i64, by_sender: bool) -> Facts {
        let start = Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap();
        Facts {
            now: start + Duration::days(now_days),
            opens_at: start,
            closes_at: start + Duration::days(42),
            by_sender,
            outcome_public: false,
        }
    }

    #[test]
    fn a_consultation_goes_the_whole_way_in_order() {
        let mut stage = Stage::Draft;
        for (step, days, by_sender, then) in [
            (Step::SendForReview, -30, true, Stage::InReview),
            (Step::Return, -29, false, Stage::Draft),
            (Step::Edit, -28, true, Stage::Draft),
            (Step::SendForReview, -28, true, Stage::InReview),
            (Step::Approve, -27, false, Stage::Approved),
            (Step::Schedule, -26, true, Stage::Scheduled),
            (Step::Open, 0, false, Stage::Open),
            (Step::Edit, 1, true, Stage::Open),
            (Step::SendChangesForReview, 1, true, Stage::ChangesInReview),
            (Step::ReturnChanges, 2, false, Stage::Open),
            (Step::SendChangesForReview, 3, true, Stage::ChangesInReview),
            (Step::Edit, 3, true, Stage::ChangesInReview),
            (Step::ApproveChanges, 4, false, Stage::Open),
            (Step::SendChangesForReview, 40, true, Stage::ChangesInReview),
            (Step::Close, 42, false, Stage::Closed),
            (Step::EditOutcome, 50, true, Stage::Closed),
            (Step::SendOutcomeForReview, 50, true, Stage::OutcomeInReview),
            (Step::ReturnOutcome, 51, false, Stage::Closed),
            (Step::SendOutcomeForReview, 52, true, Stage::OutcomeInReview),
            (Step::PublishOutcome, 53, false, Stage::OutcomePublished),
            (Step::EditOutcome, 60, true, Stage::OutcomeInReview),
        ] {
            stage = next(stage, step, &facts(days, by_sender))
                .unwrap_or_else(|refusal| panic!("{step:?} from {stage:?}: {refusal:?}"));
            assert_eq!(stage, then, "{step:?}");
        }
    }

    #[test]
    fn nobody_approves_their_own_work() {
        assert_eq!(
            next(Stage::InReview, Step::Approve, &facts(-5, true)),
            Err(Refusal::OwnWork)
        );
        assert_eq!(
            next(
                Stage::ChangesInReview,
                Step::ApproveChanges,
                &facts(5, true)
            ),
            Err(Refusal::OwnWork)
        );
        assert_eq!(
            next(
                Stage::OutcomeInReview,
                Step::PublishOutcome,
                &facts(60, true)
            ),
            Err(Refusal::OwnWork)
        );
        // Returning one's own is allowed: it is taking it back.
        assert_eq!(
            next(Stage::InReview, Step::Return, &facts(-5, true)),
            Ok(Stage::Draft)
        );
    }

    #[test]
    fn the_clock_moves_it_on_its_dates_only() {
        assert_eq!(
            next(Stage::Scheduled, Step::Open, &facts(-1, false)),
            Err(Refusal::NotDue)
        );
        assert_eq!(
            next(Stage::Open, Step::Close, &facts(41, false)),
            Err(Refusal::NotDue)
        );
        let f = facts(0, false);
        assert_eq!(
            due(Stage::Scheduled, f.opens_at, f.closes_at, f.now),
            Some(Step::Open)
        );
        assert_eq!(
            due(
                Stage::Scheduled,
                f.opens_at,
                f.closes_at,
                f.now - Duration::seconds(1)
            ),
            None
        );
        assert_eq!(
            due(Stage::Open, f.opens_at, f.closes_at, f.closes_at),
            Some(Step::Close)
        );
        for stage in [
            Stage::Draft,
            Stage::InReview,
            Stage::Approved,
            Stage::Closed,
        ] {
            assert_eq!(
                due(stage, f.opens_at, f.closes_at, f.closes_at),
                None,
                "{stage:?}"
            );
        }
        // A whole period missed: open, then close, one step at a time.
        let late = facts(100, false);
        let opened = next(
            Stage::Scheduled,
            due(Stage::Scheduled, late.opens_at, late.closes_at, late.now).unwrap(),
            &late,
        )
        .unwrap();
        assert_eq!(opened, Stage::Open);
        let step = due(opened, late.opens_at, late.closes_at, late.now).unwrap();
        assert_eq!(next(opened, step, &late), Ok(Stage::Closed));
    }

    #[test]
    fn scheduling_late_opens_at_once_and_never_after_closing() {
        assert_eq!(
            next(Stage::Approved, Step::Schedule, &facts(3, true)),
            Ok(Stage::Open)
        );
        assert_eq!(
            next(Stage::Approved, Step::Schedule, &facts(42, true)),
            Err(Refusal::ClosesInThePast)
        );
    }

    #[test]
    fn changes_after_approval_go_back_through_review() {
        for stage in [Stage::Approved, Stage::Scheduled] {
            assert_eq!(
                next(stage, Step::Edit, &facts(-3, true)),
                Ok(Stage::InReview)
            );
        }
        assert_eq!(
            next(Stage::Open, Step::Edit, &facts(3, true)),
            Ok(Stage::Open)
        );
        assert_eq!(
            next(Stage::Closed, Step::Edit, &facts(50, true)),
            Err(Refusal::NotNow)
        );
        assert_eq!(
            next(Stage::OutcomePublished, Step::EditOutcome, &facts(60, true)),
            Ok(Stage::OutcomeInReview)
        );
        // A change to a published outcome, returned: the published words stay published.
        let published = Facts {
            outcome_public: true,
            ..facts(61, false)
        };
        assert_eq!(
            next(Stage::OutcomeInReview, Step::ReturnOutcome, &published),
            Ok(Stage::OutcomePublished)
        );
    }

    #[test]
    fn only_the_named_steps_exist() {
        const STEPS: [Step; 14] = Step::ALL;
        // Every allowed (stage, step) pair, when any time and any person would do: the table
        // this module is, written out, so a new path must be added here on purpose.
        let mut allowed = Vec::new();
        for stage in Stage::ALL {
            for step in STEPS {
                let any = [-10, 10, 50].into_iter().any(|days| {
                    [false, true]
                        .into_iter()
                        .any(|by_sender| next(stage, step, &facts(days, by_sender)).is_ok())
                });
                if any {
                    allowed.push(format!("{}+{step:?}", stage.code()));
                }
            }
        }
        assert_eq!(
            allowed,
            [
                "draft+SendForReview",
                "draft+Edit",
                "in_review+Return",
                "in_review+Approve",
                "in_review+Edit",
                "approved+Schedule",
                "approved+Edit",
                "scheduled+Open",
                "scheduled+Edit",
                "open+Close",
                "open+Edit",
                "open+SendChangesForReview",
                "changes_in_review+Close",
                "changes_in_review+Edit",
                "changes_in_review+ReturnChanges",
                "changes_in_review+ApproveChanges",
                "closed+SendOutcomeForReview",
                "closed+EditOutcome",
                "outcome_in_review+ReturnOutcome",
                "outcome_in_review+PublishOutcome",
                "outcome_in_review+EditOutcome",
                "outcome_published+EditOutcome",
            ]
        );
        for step in Step::ALL {
            assert_eq!(Step::parse(step.code()), Some(step));
        }
        for stage in Stage::ALL {
            assert_eq!(Stage::parse(stage.code()), Some(stage));
            // Whatever a page offers, `next` allows (for someone other than the sender).
            for step in offered(stage, true, true) {
                let ok = [-10, 10, 50]
                    .into_iter()
                    .any(|days| next(stage, step, &facts(days, false)).is_ok());
                assert!(ok, "{stage:?} offers {step:?}");
            }
        }
        assert_eq!(Stage::parse("published"), None);
    }

    #[test]
    fn the_people_involved_are_told_and_never_the_one_who_did_it() {
        // Sent: the reviewers hear of it (the sender, who did it, does not).
        assert_eq!(told(Stage::InReview, &[7], &[3, 4, 7], Some(7)), [3, 4]);
        // Returned by reviewer 3: the sender hears; the other reviewers do not.
        assert_eq!(told(Stage::Draft, &[7, 3, 7], &[3, 4], Some(3)), [7]);
        // Opened by the clock: everyone who took part, once each.
        assert_eq!(told(Stage::Open, &[7, 3, 7, 3], &[3, 4], None), [3, 7]);
        // The outcome sent: its reviewers as well as those involved before.
        assert_eq!(
            told(Stage::OutcomeInReview, &[7, 3, 7], &[4], Some(7)),
            [3, 4]
        );
        assert!(told(Stage::InReview, &[7], &[7], Some(7)).is_empty());
    }

    #[test]
    fn published_consultations_are_placed_by_their_dates() {
        let f = facts(0, false);
        let at = |now, outcome| stage_of_published(f.opens_at, f.closes_at, outcome, now);
        assert_eq!(
            at(f.opens_at - Duration::seconds(1), false),
            Stage::Scheduled
        );
        assert_eq!(at(f.opens_at, false), Stage::Open);
        assert_eq!(at(f.closes_at, false), Stage::Closed);
        assert_eq!(at(f.closes_at, true), Stage::OutcomePublished);
    }

    #[test]
    fn reviewers_are_offered_the_review_and_owners_the_rest() {
        assert_eq!(
            offered(Stage::InReview, true, false),
            [Step::Approve, Step::Return]
        );
        assert_eq!(offered(Stage::InReview, false, true), []);
        assert_eq!(offered(Stage::Draft, true, false), []);
        assert_eq!(offered(Stage::Draft, false, true), [Step::SendForReview]);
        assert_eq!(
            offered(Stage::Open, true, true),
            [Step::SendChangesForReview]
        );
        assert_eq!(
            offered(Stage::ChangesInReview, true, false),
            [Step::ApproveChanges, Step::ReturnChanges]
        );
        assert!(offered(Stage::Scheduled, true, true).is_empty());
        assert!(Stage::ChangesInReview.is_public() && Stage::ChangesInReview.is_open());
        assert!(Stage::OutcomeInReview.has_closed() && !Stage::ChangesInReview.has_closed());
        assert!(Step::Approve.is_review() && !Step::Schedule.is_review());
        assert!(Stage::Scheduled.is_public() && !Stage::Approved.is_public());
        assert!(Stage::OutcomeInReview.awaits_review());
    }
}
