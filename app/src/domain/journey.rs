//! Answering a questionnaire a page at a time (decision 0026): which fields belong to a page,
//! keeping a draft's answers as pages are saved, dropping the answers of pages a changed answer
//! routes past, where "Continue" goes, and "Page 2 of 5". Pure: the server keeps the draft, the
//! browser checks a page with the same rules.

use super::Language;
use super::answers::{
    Answers, FieldError, MalformedSubmission, RESERVED_FIELDS, validate_questions,
};
use super::questionnaire::Questionnaire;
use super::response_view::{AnsweredQuestion, StoredRow, answered_questions_in};
use super::routing;

/// The field a page's form posts beside the answers when the page was reached from "Check your
/// answers" (so Continue goes back there).
pub const FROM_CHECK_FIELD: &str = "from_check";

/// The name of the button that saves a page to come back to (its value `SAVE_FOR_LATER`) rather
/// than Continue (decision 0028).
pub const INTENT_FIELD: &str = "intent";
pub const SAVE_FOR_LATER: &str = "save";

/// Where Continue goes after a page is saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// The page with this index.
    Page(usize),
    /// "Check your answers".
    Check,
}

/// The page (by index) whose questions `field` answers.
fn page_of_field(q: &Questionnaire, field: &str) -> Option<usize> {
    let question = q.question_by_field(field)?;
    q.pages
        .iter()
        .position(|page| page.questions.iter().any(|x| x.id == question.id))
}

/// The answers in a page's post, as `(name, value)` pairs in the order sent: reserved fields
/// left out; a field of another page, or of no question, refuses the post whole (no form of
/// ours sends one).
pub fn page_fields(
    q: &Questionnaire,
    page: usize,
    posted: &[(String, String)],
) -> Result<Vec<(String, String)>, MalformedSubmission> {
    let mut fields = Vec::new();
    for (name, value) in posted {
        if RESERVED_FIELDS.contains(&name.as_str()) {
            continue;
        }
        if page_of_field(q, name) != Some(page) {
            return Err(MalformedSubmission(
                "The form included an answer to a question that is not on this page.".into(),
            ));
        }
        fields.push((name.clone(), value.clone()));
    }
    Ok(fields)
}

/// The saved fields with page `page`'s replaced by `page_fields` (a page saved again replaces
/// what it said before, blanks included).
pub fn with_page(
    q: &Questionnaire,
    saved: &[(String, String)],
    page: usize,
    page_fields: Vec<(String, String)>,
) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = saved
        .iter()
        .filter(|(name, _)| page_of_field(q, name) != Some(page))
        .cloned()
        .collect();
    fields.extend(page_fields);
    fields
}

/// The problems with page `page`'s answers only (the error summary of that page): whatever the
/// path, a page being answered is on it.
pub fn page_errors(q: &Questionnaire, answers: &Answers, page: usize) -> Vec<FieldError> {
    match q.pages.get(page) {
        Some(on_page) => validate_questions(on_page.questions.iter(), answers),
        None => Vec::new(),
    }
}

/// What saving left: the fields kept (only pages still on the path) and the pages whose
/// answers were dropped because a changed answer now routes past them, by index.
#[derive(Clone, Debug, PartialEq)]
pub struct Settled {
    pub fields: Vec<(String, String)>,
    pub answers: Answers,
    pub dropped: Vec<usize>,
}

/// Keeps only the fields of pages on the path the answers take; `answers` are `fields` parsed.
pub fn settle(q: &Questionnaire, fields: Vec<(String, String)>, answers: &Answers) -> Settled {
    let path = routing::path(q, answers);
    let mut dropped = Vec::new();
    let mut kept = Vec::new();
    for (name, value) in fields {
        match page_of_field(q, &name) {
            Some(page) if path.contains(&page) => kept.push((name, value)),
            Some(page) => {
                // Only a page someone actually answered counts as losing answers.
                let answered = q.pages[page]
                    .questions
                    .iter()
                    .any(|question| answers.get(question.id).is_some());
                if answered && !dropped.contains(&page) {
                    dropped.push(page);
                }
            }
            None => {}
        }
    }
    dropped.sort_unstable();
    Settled {
        fields: kept,
        answers: routing::answers_on_path(q, answers),
        dropped,
    }
}

/// Where Continue goes after page `page` is saved. Normally the next page on the path; at the
/// end of the path (or when the page was changed from "Check your answers") the first page on
/// the path not yet completed, else "Check your answers". `completed` are page indices.
pub fn next_after(
    q: &Questionnaire,
    answers: &Answers,
    page: usize,
    completed: &[usize],
    from_check: bool,
) -> Next {
    let path = routing::path(q, answers);
    if !from_check && let Some(next) = routing::next_page(q, page, answers) {
        return Next::Page(next);
    }
    match path.into_iter().find(|p| !completed.contains(p)) {
        Some(missing) => Next::Page(missing),
        None => Next::Check,
    }
}

/// "Page 2 of 5": page `page`'s place on the path, and the path's length, or `None` when the
/// answers route past it.
pub fn progress(q: &Questionnaire, answers: &Answers, page: usize) -> Option<(usize, usize)> {
    let path = routing::path(q, answers);
    let at = path.iter().position(|p| *p == page)?;
    Some((at + 1, path.len()))
}

/// The page before `page` on the path (where its Back link goes), or `None` on the first.
pub fn previous(q: &Questionnaire, answers: &Answers, page: usize) -> Option<usize> {
    let path = routing::path(q, answers);
    let at = path.iter().position(|p| *p == page)?;
    at.checked_sub(1).map(|before| path[before])
}

/// One page of "Check your answers": its index, and each of its questions with the answer in
/// words (no lines when unanswered).
#[derive(Clone, Debug, PartialEq)]
pub struct CheckedPage {
    pub page: usize,
    pub questions: Vec<(i64, AnsweredQuestion)>,
}

/// The answers on the path, page by page, in words as staff see a stored response (dates and
/// points written in `language`).
pub fn check_answers(language: Language, q: &Questionnaire, answers: &Answers) -> Vec<CheckedPage> {
    let rows: Vec<StoredRow> = super::answers::stored_rows(q, answers)
        .into_iter()
        .map(StoredRow::from)
        .collect();
    // `answered_questions` numbers every question of the questionnaire: pair them up with ids.
    let worded: Vec<(i64, AnsweredQuestion)> = q
        .questions()
        .filter(|question| !question.kind.is_content())
        .map(|question| question.id)
        .zip(answered_questions_in(language, q, &rows))
        .collect();
    routing::path(q, answers)
        .into_iter()
        .map(|page| CheckedPage {
            page,
            questions: q.pages[page]
                .questions
                .iter()
                .filter_map(|question| worded.iter().find(|(id, _)| *id == question.id).cloned())
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::parse_answers;
    use crate::domain::questionnaire::{ChoiceOption, Page, Question, QuestionKind};
    use crate::domain::routing::Goto;

    fn option(id: i64, label: &str, goto: Option<Goto>) -> ChoiceOption {
        ChoiceOption {
            id,
            key: format!("o{id}"),
            label: label.into(),
            other: false,
            goto,
        }
    }

    /// Page 1: "Do you live in the area?" (Yes, No → page 3), required. Page 2: street (text,
    /// required). Page 3: comments (text, optional).
    fn questionnaire() -> Questionnaire {
        let question = |id: i64, label: &str, required: bool, kind: QuestionKind| Question {
            id,
            key: format!("k{id}"),
            label: label.into(),
            hint: None,
            required,
            guidance: None,
            kind,
        };
        Questionnaire {
            version_id: 1,
            pages: vec![
                Page {
                    id: 1,
                    key: "p1".into(),
                    title: None,
                    questions: vec![question(
                        10,
                        "Do you live in the area?",
                        true,
                        QuestionKind::SingleChoice {
                            options: vec![
                                option(100, "Yes", None),
                                option(101, "No", Some(Goto::Page("p3".into()))),
                            ],
                        },
                    )],
                },
                Page {
                    id: 2,
                    key: "p2".into(),
                    title: Some("Where you live".into()),
                    questions: vec![question(
                        20,
                        "Your street",
                        true,
                        QuestionKind::ShortText { max_chars: 50 },
                    )],
                },
                Page {
                    id: 3,
                    key: "p3".into(),
                    title: None,
                    questions: vec![question(
                        30,
                        "Comments",
                        false,
                        QuestionKind::LongText { max_chars: 500 },
                    )],
                },
            ],
        }
    }

    fn field(name: &str, value: &str) -> (String, String) {
        (name.into(), value.into())
    }

    #[test]
    fn a_page_takes_only_its_own_fields() {
        let q = questionnaire();
        let posted = vec![
            field("q10", "100"),
            field("from_check", "yes"),
            field("idempotency_key", "x"),
        ];
        assert_eq!(
            page_fields(&q, 0, &posted).unwrap(),
            vec![field("q10", "100")]
        );
        assert!(page_fields(&q, 1, &posted).is_err(), "q10 is not on page 2");
        assert!(page_fields(&q, 0, &[field("q99", "x")]).is_err());
    }

    #[test]
    fn saving_a_page_again_replaces_its_answers_and_keeps_the_rest() {
        let q = questionnaire();
        let saved = vec![
            field("q10", "100"),
            field("q20", "Mill Lane"),
            field("q30", "Hi"),
        ];
        let again = with_page(&q, &saved, 1, vec![field("q20", "")]);
        assert_eq!(
            again,
            vec![field("q10", "100"), field("q30", "Hi"), field("q20", "")]
        );
    }

    #[test]
    fn only_the_page_is_checked() {
        let q = questionnaire();
        let answers = parse_answers(&q, &[]).unwrap();
        let errors = page_errors(&q, &answers, 0);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "q10");
        assert_eq!(
            page_errors(&q, &answers, 2),
            vec![],
            "comments are optional"
        );
        assert_eq!(page_errors(&q, &answers, 1)[0].field, "q20");
    }

    #[test]
    fn a_changed_answer_drops_the_pages_it_now_routes_past() {
        let q = questionnaire();
        let fields = vec![
            field("q10", "101"),
            field("q20", "Mill Lane"),
            field("q30", "Hi"),
        ];
        let answers = parse_answers(&q, &fields).unwrap();
        let settled = settle(&q, fields, &answers);
        assert_eq!(
            settled.fields,
            vec![field("q10", "101"), field("q30", "Hi")]
        );
        assert_eq!(settled.dropped, vec![1]);
        assert!(settled.answers.get(20).is_none());
        // A page with only blanks on it loses nothing worth saying.
        let fields = vec![field("q10", "101"), field("q20", "")];
        let answers = parse_answers(&q, &fields).unwrap();
        let settled = settle(&q, fields, &answers);
        assert_eq!(settled.dropped, Vec::<usize>::new());
    }

    #[test]
    fn continue_follows_the_path_and_returns_to_check() {
        let q = questionnaire();
        let yes = parse_answers(&q, &[field("q10", "100")]).unwrap();
        let no = parse_answers(&q, &[field("q10", "101")]).unwrap();
        assert_eq!(next_after(&q, &yes, 0, &[0], false), Next::Page(1));
        assert_eq!(next_after(&q, &no, 0, &[0], false), Next::Page(2));
        assert_eq!(next_after(&q, &no, 2, &[0, 2], false), Next::Check);
        // From "Check your answers", changed to "Yes": page 2 is now asked, then back to check.
        assert_eq!(next_after(&q, &yes, 0, &[0, 2], true), Next::Page(1));
        assert_eq!(next_after(&q, &yes, 1, &[0, 1, 2], true), Next::Check);
        // At the end of the path with a page skipped by address: that page first.
        assert_eq!(next_after(&q, &yes, 2, &[0, 2], false), Next::Page(1));
    }

    #[test]
    fn progress_and_back_count_only_the_path() {
        let q = questionnaire();
        let yes = parse_answers(&q, &[field("q10", "100")]).unwrap();
        let no = parse_answers(&q, &[field("q10", "101")]).unwrap();
        assert_eq!(progress(&q, &yes, 2), Some((3, 3)));
        assert_eq!(
            progress(&q, &no, 2),
            Some((2, 2)),
            "page 3 is the second of two"
        );
        assert_eq!(progress(&q, &no, 1), None, "routed past");
        assert_eq!(previous(&q, &no, 2), Some(0));
        assert_eq!(previous(&q, &yes, 2), Some(1));
        assert_eq!(previous(&q, &yes, 0), None);
    }

    #[test]
    fn check_your_answers_lists_the_path_in_words() {
        let q = questionnaire();
        let answers = parse_answers(&q, &[field("q10", "101"), field("q30", "Hi")]).unwrap();
        let pages = check_answers(Language::English, &q, &answers);
        assert_eq!(pages.iter().map(|p| p.page).collect::<Vec<_>>(), vec![0, 2]);
        assert_eq!(pages[0].questions[0].0, 10);
        assert_eq!(pages[0].questions[0].1.lines[0].to_string(), "No");
        assert_eq!(pages[1].questions[0].1.label, "Comments");
        assert_eq!(pages[1].questions[0].1.lines[0].to_string(), "Hi");
    }
}
