//! Editing a questionnaire in the builder: every change staff can make, as a pure function on
//! the questionnaire, addressed by stable keys (never by position, which another change may have
//! moved). The builder's island and its plain forms both send these edits; the server applies
//! them to the working version and stores the result.

use super::library::standard::is_standard_key;
use serde::{Deserialize, Serialize};

use super::interface_text::{Message, english};
use super::questionnaire::{ChoiceOption, Page, Question, Questionnaire};
use super::routing::{self, Goto};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    Up,
    Down,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Edit {
    /// A new empty page after `after` (or first, when `None`).
    AddPage {
        after: Option<String>,
    },
    RenamePage {
        page: String,
        title: Option<String>,
    },
    /// A new last page titled `title` holding copies of `questions` (each given fresh keys): a
    /// standard block from the question library.
    AddPageOfQuestions {
        title: String,
        questions: Vec<Question>,
    },
    /// Only an empty page may go: its questions are moved or deleted first.
    RemovePage {
        page: String,
    },
    MovePage {
        page: String,
        direction: Direction,
    },
    /// `question` is the new question (its key is replaced by a fresh one), put at `index` on
    /// `page` (past the end means last).
    AddQuestion {
        page: String,
        index: usize,
        question: Question,
    },
    /// Replaces the question's wording and settings; its key, and the keys of options it keeps,
    /// stay (so answers to earlier versions are still counted with it).
    UpdateQuestion {
        question: Question,
    },
    /// One place up or down; from the top or bottom of a page, onto the end of the page before or
    /// the start of the page after.
    MoveQuestion {
        question: String,
        direction: Direction,
    },
    MoveQuestionTo {
        question: String,
        page: String,
        index: usize,
    },
    DuplicateQuestion {
        question: String,
    },
    DeleteQuestion {
        question: String,
    },
    /// Puts a deleted question back ("Undo"): on its page at its place if the page is still
    /// there (else at the end of the last page), with its own keys unless something now uses
    /// them.
    RestoreQuestion {
        page: String,
        index: usize,
        question: Question,
    },
    /// Where choosing each listed option (by key) of choice question `question` sends the
    /// respondent after its page (`None`: on to the next page); options not listed keep theirs.
    /// Routes change only through this edit.
    SetRoutes {
        question: String,
        routes: Vec<(String, Option<Goto>)>,
    },
}

/// Why an edit could not be made. The builder shows the message; nothing is changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("{}", english("builder-question-gone"))]
    NoSuchQuestion,
    #[error("{}", english("builder-page-gone"))]
    NoSuchPage,
    #[error("{}", english("builder-page-not-empty"))]
    PageNotEmpty,
    #[error("{}", english("builder-last-page"))]
    LastPage,
    /// (The limits are written in the messages, so a page can show them in its language; a test
    /// checks they are the constants.)
    #[error("{}", english("builder-page-title-too-long"))]
    PageTitleTooLong,
    #[error("{}", english("builder-too-many-items"))]
    TooManyQuestions,
    #[error("{}", english("builder-too-many-pages"))]
    TooManyPages,
    /// Answers already given could not be counted as another kind (decision 0007).
    #[error("{}", english("builder-kind-changed"))]
    KindChanged,
    #[error("{}", english("builder-option-gone"))]
    NoSuchOption,
    /// The edit would leave a route that goes back, or nowhere (`routing::route_problems`).
    #[error("{0}")]
    Route(String),
    /// A standard question (`library::standard`) the questionnaire already asks.
    #[error("{}", super::interface_text::english_with("builder-already-asked", &[("question", .0.clone().into())]))]
    AlreadyAsked(String),
}

pub const MAX_PAGE_TITLE_CHARS: usize = 150;
/// Questions and blocks in one questionnaire: far more than any consultation asks (long ones
/// ask about 60), few enough that every edit and every page of the form stays quick.
pub const MAX_ITEMS: usize = 500;
pub const MAX_PAGES: usize = 100;

/// What an edit did, for the builder to move focus and announce it.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    /// The question or page to focus afterwards, by key.
    pub focus: Option<String>,
    /// What it did, for the island's live region ("Question moved to page 2, position 1 of 2").
    pub announcement: Message,
    /// A deleted question and where it was (page key, index), for "Undo".
    pub removed: Option<(String, usize, Question)>,
}

/// Where a question is: (page index, index on the page).
fn locate(q: &Questionnaire, key: &str) -> Option<(usize, usize)> {
    q.pages.iter().enumerate().find_map(|(p, page)| {
        page.questions
            .iter()
            .position(|question| question.key == key)
            .map(|i| (p, i))
    })
}

fn page_index(q: &Questionnaire, key: &str) -> Option<usize> {
    q.pages.iter().position(|page| page.key == key)
}

/// Gives a question, and each of its options, keys of their own (for a new or copied question).
pub(crate) fn with_fresh_keys(
    mut question: Question,
    new_key: &mut impl FnMut() -> String,
) -> Question {
    question.id = 0;
    question.key = new_key();
    for options in question.kind.option_lists_mut() {
        for option in options {
            option.id = 0;
            option.key = new_key();
            // A copy starts without routes: its pages may be another questionnaire's.
            option.goto = None;
        }
    }
    question
}

/// A copy of `question` for a questionnaire: fresh keys, unless it is a standard question
/// (`library::standard`), whose keys are the same in every questionnaire; no ids, no routes.
fn keyed_copy(question: Question, new_key: &mut impl FnMut() -> String) -> Question {
    if !is_standard_key(&question.key) {
        return with_fresh_keys(question, new_key);
    }
    let mut copy = question;
    copy.id = 0;
    for options in copy.kind.option_lists_mut() {
        for option in options {
            option.id = 0;
            option.goto = None;
        }
    }
    copy
}

/// A copy of a whole questionnaire for another consultation: the same pages, questions and
/// options, every key fresh (answers to one are never counted with the other) but the standard
/// questions' (`library::standard`), and no row ids.
pub fn copy_questionnaire(
    q: &Questionnaire,
    new_key: &mut impl FnMut() -> String,
) -> Questionnaire {
    let page_keys: Vec<(String, String)> = q
        .pages
        .iter()
        .map(|page| (page.key.clone(), new_key()))
        .collect();
    let copied_goto = |goto: &Option<Goto>| match goto {
        Some(Goto::Page(old)) => page_keys
            .iter()
            .find(|(key, _)| key == old)
            .map(|(_, new)| Goto::Page(new.clone())),
        other => other.clone(),
    };
    Questionnaire {
        version_id: 0,
        pages: q
            .pages
            .iter()
            .zip(&page_keys)
            .map(|(page, (_, key))| Page {
                id: 0,
                key: key.clone(),
                title: page.title.clone(),
                questions: page
                    .questions
                    .iter()
                    .map(|question| {
                        // The copy routes as the original does, to the copies of its pages.
                        let gotos: Vec<Option<Goto>> = question
                            .kind
                            .options()
                            .iter()
                            .map(|option| copied_goto(&option.goto))
                            .collect();
                        let mut copy = keyed_copy(question.clone(), new_key);
                        if let Some(options) = copy.kind.options_mut() {
                            for (option, goto) in options.iter_mut().zip(gotos) {
                                option.goto = goto;
                            }
                        }
                        copy
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Applies `edit` to `q`, taking fresh keys from `new_key`. On an error `q` is unchanged.
///
/// An edit that would leave a route going back or nowhere (moving a page above a page that
/// routes to it, removing a page a route goes to, a route to an earlier page) is refused, saying
/// which route: the builder never holds a questionnaire whose path could loop.
pub fn apply(
    q: &mut Questionnaire,
    edit: Edit,
    new_key: &mut impl FnMut() -> String,
) -> Result<Applied, EditError> {
    let before = routing::route_problems(q);
    let mut edited = q.clone();
    let applied = apply_unchecked(&mut edited, edit, new_key)?;
    if let Some(problem) = routing::route_problems(&edited)
        .into_iter()
        .find(|problem| !before.contains(problem))
    {
        return Err(EditError::Route(problem));
    }
    *q = edited;
    Ok(applied)
}

fn apply_unchecked(
    q: &mut Questionnaire,
    edit: Edit,
    new_key: &mut impl FnMut() -> String,
) -> Result<Applied, EditError> {
    // What the edit adds, (pages, questions), checked against the limits before anything changes.
    let (new_pages, new_items) = match &edit {
        Edit::AddPage { .. } => (1, 0),
        Edit::AddPageOfQuestions { questions, .. } => (1, questions.len()),
        Edit::AddQuestion { .. }
        | Edit::DuplicateQuestion { .. }
        | Edit::RestoreQuestion { .. } => (0, 1),
        _ => (0, 0),
    };
    if new_pages > 0 && q.pages.len() + new_pages > MAX_PAGES {
        return Err(EditError::TooManyPages);
    }
    if new_items > 0 && q.questions().count() + new_items > MAX_ITEMS {
        return Err(EditError::TooManyQuestions);
    }
    match edit {
        Edit::AddPage { after } => {
            let at = match after {
                Some(key) => page_index(q, &key).ok_or(EditError::NoSuchPage)? + 1,
                None => 0,
            };
            let key = new_key();
            q.pages.insert(
                at,
                Page {
                    id: 0,
                    key: key.clone(),
                    title: None,
                    questions: Vec::new(),
                },
            );
            Ok(Applied {
                removed: None,
                focus: Some(key),
                announcement: Message::new("builder-edit-page-added").number("number", at + 1),
            })
        }
        Edit::AddPageOfQuestions { title, questions } => {
            if let Some(asked) = questions.iter().find(|question| {
                is_standard_key(&question.key) && q.question_by_key(&question.key).is_some()
            }) {
                return Err(EditError::AlreadyAsked(asked.label.clone()));
            }
            let key = new_key();
            let questions: Vec<Question> = questions
                .into_iter()
                .map(|question| keyed_copy(question, new_key))
                .collect();
            let count = questions.len();
            q.pages.push(Page {
                id: 0,
                key: key.clone(),
                title: Some(title),
                questions,
            });
            Ok(Applied {
                removed: None,
                focus: Some(key),
                announcement: Message::new("builder-edit-page-added-questions")
                    .number("number", q.pages.len())
                    .number("count", count),
            })
        }
        Edit::RenamePage { page, title } => {
            let at = page_index(q, &page).ok_or(EditError::NoSuchPage)?;
            let title = title
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty());
            if title
                .as_ref()
                .is_some_and(|t| t.chars().count() > MAX_PAGE_TITLE_CHARS)
            {
                return Err(EditError::PageTitleTooLong);
            }
            q.pages[at].title = title;
            Ok(Applied {
                removed: None,
                focus: Some(page),
                announcement: Message::new("builder-edit-page-renamed").number("number", at + 1),
            })
        }
        Edit::RemovePage { page } => {
            let at = page_index(q, &page).ok_or(EditError::NoSuchPage)?;
            if !q.pages[at].questions.is_empty() {
                return Err(EditError::PageNotEmpty);
            }
            if q.pages.len() == 1 {
                return Err(EditError::LastPage);
            }
            q.pages.remove(at);
            let focus = q.pages.get(at.saturating_sub(1)).map(|p| p.key.clone());
            Ok(Applied {
                removed: None,
                focus,
                announcement: Message::new("builder-edit-page-removed").number("number", at + 1),
            })
        }
        Edit::MovePage { page, direction } => {
            let at = page_index(q, &page).ok_or(EditError::NoSuchPage)?;
            let to = match direction {
                Direction::Up => at.checked_sub(1),
                Direction::Down => (at + 1 < q.pages.len()).then_some(at + 1),
            };
            let Some(to) = to else {
                return Ok(Applied {
                    removed: None,
                    focus: Some(page),
                    announcement: Message::new("builder-edit-page-at-edge")
                        .number("number", at + 1)
                        .text("edge", edge(direction)),
                });
            };
            q.pages.swap(at, to);
            Ok(Applied {
                removed: None,
                focus: Some(page),
                announcement: Message::new("builder-edit-page-moved")
                    .number("position", to + 1)
                    .number("count", q.pages.len()),
            })
        }
        Edit::AddQuestion {
            page,
            index,
            question,
        } => {
            let p = page_index(q, &page).ok_or(EditError::NoSuchPage)?;
            let question = with_fresh_keys(question, new_key);
            let key = question.key.clone();
            let questions = &mut q.pages[p].questions;
            let at = index.min(questions.len());
            let noun = if question.kind.is_content() {
                "block"
            } else {
                "question"
            };
            questions.insert(at, question);
            Ok(Applied {
                removed: None,
                focus: Some(key),
                announcement: at_place(q, p, at, "builder-edit-added", "builder-edit-added-titled")
                    .text("kind", noun),
            })
        }
        Edit::UpdateQuestion { question } => {
            let (p, i) = locate(q, &question.key).ok_or(EditError::NoSuchQuestion)?;
            let old = &q.pages[p].questions[i];
            if old.kind.code() != question.kind.code() {
                return Err(EditError::KindChanged);
            }
            let mut question = question;
            question.id = old.id;
            // Options keep their keys when they keep theirs; new ones get fresh keys. A grid's
            // statements and scale points each keep theirs within their own list.
            let old_lists = [old.kind.options(), old.kind.scale()];
            for (index, options) in question.kind.option_lists_mut().into_iter().enumerate() {
                let known: Vec<&ChoiceOption> = old_lists[index.min(1)].iter().collect();
                for option in options {
                    // Routes stay as they were: only `SetRoutes` changes them.
                    match known
                        .iter()
                        .find(|o| !option.key.is_empty() && o.key == option.key)
                    {
                        Some(existing) => {
                            option.id = existing.id;
                            option.goto = existing.goto.clone();
                        }
                        None => {
                            option.id = 0;
                            option.key = new_key();
                            option.goto = None;
                        }
                    }
                }
            }
            let key = question.key.clone();
            q.pages[p].questions[i] = question;
            Ok(Applied {
                removed: None,
                focus: Some(key),
                announcement: Message::new("builder-edit-saved"),
            })
        }
        Edit::MoveQuestion {
            question,
            direction,
        } => {
            let (p, i) = locate(q, &question).ok_or(EditError::NoSuchQuestion)?;
            let last_on_page = q.pages[p].questions.len() - 1;
            let (to_page, to_index) = match direction {
                Direction::Up if i > 0 => (p, i - 1),
                Direction::Up if p > 0 => (p - 1, q.pages[p - 1].questions.len()),
                Direction::Down if i < last_on_page => (p, i + 1),
                Direction::Down if p + 1 < q.pages.len() => (p + 1, 0),
                _ => {
                    return Ok(Applied {
                        removed: None,
                        focus: Some(question),
                        announcement: Message::new("builder-edit-question-at-edge")
                            .text("edge", edge(direction)),
                    });
                }
            };
            let moving = q.pages[p].questions.remove(i);
            q.pages[to_page].questions.insert(to_index, moving);
            Ok(Applied {
                removed: None,
                focus: Some(question),
                announcement: moved_to(q, to_page, to_index),
            })
        }
        Edit::MoveQuestionTo {
            question,
            page,
            index,
        } => {
            let (p, i) = locate(q, &question).ok_or(EditError::NoSuchQuestion)?;
            let to_page = page_index(q, &page).ok_or(EditError::NoSuchPage)?;
            let moving = q.pages[p].questions.remove(i);
            let to_index = index.min(q.pages[to_page].questions.len());
            q.pages[to_page].questions.insert(to_index, moving);
            Ok(Applied {
                removed: None,
                focus: Some(question),
                announcement: moved_to(q, to_page, to_index),
            })
        }
        Edit::DuplicateQuestion { question } => {
            let (p, i) = locate(q, &question).ok_or(EditError::NoSuchQuestion)?;
            let copy = with_fresh_keys(q.pages[p].questions[i].clone(), new_key);
            let key = copy.key.clone();
            q.pages[p].questions.insert(i + 1, copy);
            Ok(Applied {
                removed: None,
                focus: Some(key),
                announcement: Message::new("builder-edit-duplicated"),
            })
        }
        Edit::DeleteQuestion { question } => {
            let (p, i) = locate(q, &question).ok_or(EditError::NoSuchQuestion)?;
            let removed = q.pages[p].questions.remove(i);
            let focus = q.pages[p]
                .questions
                .get(i.min(q.pages[p].questions.len().saturating_sub(1)))
                .map(|next| next.key.clone())
                .or_else(|| Some(q.pages[p].key.clone()));
            Ok(Applied {
                focus,
                announcement: Message::new("builder-edit-deleted")
                    .text("label", removed.label.clone()),
                removed: Some((q.pages[p].key.clone(), i, removed)),
            })
        }
        Edit::RestoreQuestion {
            page,
            index,
            mut question,
        } => {
            let (p, index) = match page_index(q, &page) {
                Some(p) => (p, index),
                None => (q.pages.len() - 1, usize::MAX),
            };
            // Keys stay unless the questionnaire already uses them (a copy made meanwhile).
            let mut in_use: Vec<String> = Vec::new();
            for existing in q.questions() {
                in_use.push(existing.key.clone());
                in_use.extend(existing.kind.options().iter().map(|o| o.key.clone()));
                in_use.extend(existing.kind.scale().iter().map(|o| o.key.clone()));
            }
            if question.key.is_empty() || in_use.contains(&question.key) {
                question = with_fresh_keys(question, new_key);
            } else {
                for options in question.kind.option_lists_mut() {
                    for option in options {
                        if option.key.is_empty() || in_use.contains(&option.key) {
                            option.key = new_key();
                        }
                    }
                }
            }
            question.id = 0;
            let key = question.key.clone();
            let questions = &mut q.pages[p].questions;
            let at = index.min(questions.len());
            questions.insert(at, question);
            Ok(Applied {
                removed: None,
                focus: Some(key),
                announcement: Message::new("builder-edit-put-back"),
            })
        }
        Edit::SetRoutes { question, routes } => {
            let (p, i) = locate(q, &question).ok_or(EditError::NoSuchQuestion)?;
            let kind = &mut q.pages[p].questions[i].kind;
            // Asked of any other kind (even to clear routes), the answer is the same: it never routes.
            if !routing::can_route(kind) {
                return Err(EditError::Route(english("builder-cannot-route")));
            }
            let options = kind.options_mut().ok_or(EditError::NoSuchOption)?;
            for (key, _) in &routes {
                if !options.iter().any(|o| &o.key == key) {
                    return Err(EditError::NoSuchOption);
                }
            }
            for (key, goto) in routes {
                if let Some(option) = options.iter_mut().find(|o| o.key == key) {
                    option.goto = goto;
                }
            }
            let routed = options.iter().filter(|o| o.goto.is_some()).count();
            Ok(Applied {
                removed: None,
                focus: Some(question),
                announcement: Message::new("builder-edit-routes").number("routed", routed),
            })
        }
    }
}

fn edge(direction: Direction) -> &'static str {
    match direction {
        Direction::Up => "top",
        Direction::Down => "bottom",
    }
}

fn moved_to(q: &Questionnaire, page: usize, index: usize) -> Message {
    at_place(
        q,
        page,
        index,
        "builder-edit-moved",
        "builder-edit-moved-titled",
    )
}

/// A message about a question now at `index` on page `page` ("… to page 2 (About you), position 1
/// of 3"): `id`, or `titled` where the page has a title (each language words the page in its own
/// sentence).
fn at_place(q: &Questionnaire, page: usize, index: usize, id: &str, titled: &str) -> Message {
    let title = q.pages[page].title.clone();
    let message = match &title {
        Some(_) => Message::new(titled),
        None => Message::new(id),
    }
    .number("number", page + 1)
    .number("position", index + 1)
    .number("count", q.pages[page].questions.len());
    match title {
        Some(title) => message.text("title", title),
        None => message,
    }
}

/// What stops a questionnaire being published, in order; empty when it may be.
pub fn publish_problems(q: &Questionnaire) -> Vec<String> {
    let mut problems = Vec::new();
    if q.questions().next().is_none() {
        problems.push(english("builder-publish-no-questions"));
    }
    for (index, page) in q.pages.iter().enumerate() {
        if page.questions.is_empty() && q.pages.len() > 1 {
            problems.push(super::interface_text::english_with(
                "builder-publish-empty-page",
                &[("number", (index + 1).into())],
            ));
        }
    }
    for (number, question) in q.questions().enumerate() {
        if super::question_form::still_has_starter_words(question) {
            problems.push(super::interface_text::english_with(
                if question.kind.is_content() {
                    "builder-publish-starter-block"
                } else {
                    "builder-publish-starter-question"
                },
                &[
                    ("number", (number + 1).into()),
                    ("label", question.label.clone().into()),
                ],
            ));
        }
        if question.kind.has_options() && question.kind.options().len() < 2 {
            problems.push(super::interface_text::english_with(
                "builder-publish-few-options",
                &[
                    ("number", (number + 1).into()),
                    ("label", question.label.clone().into()),
                ],
            ));
        }
    }
    problems.extend(routing::route_problems(q));
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::QuestionKind;

    fn question(key: &str, label: &str) -> Question {
        Question {
            id: 0,
            key: key.into(),
            label: label.into(),
            hint: None,
            required: false,
            guidance: None,
            kind: QuestionKind::ShortText { max_chars: 100 },
        }
    }

    fn choice(key: &str, options: &[(&str, &str)]) -> Question {
        Question {
            kind: QuestionKind::SingleChoice {
                options: options
                    .iter()
                    .map(|(key, label)| ChoiceOption {
                        id: 0,
                        key: (*key).into(),
                        label: (*label).into(),
                        other: false,
                        goto: None,
                    })
                    .collect(),
            },
            ..question(key, "Pick one")
        }
    }

    fn page(key: &str, questions: Vec<Question>) -> Page {
        Page {
            id: 0,
            key: key.into(),
            title: None,
            questions,
        }
    }

    /// Two pages: p1 holds a, b; p2 holds c.
    fn sample() -> Questionnaire {
        Questionnaire {
            version_id: 1,
            pages: vec![
                page("p1", vec![question("a", "A"), question("b", "B")]),
                page("p2", vec![question("c", "C")]),
            ],
        }
    }

    fn keys() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("new{n}")
        }
    }

    fn layout(q: &Questionnaire) -> Vec<Vec<&str>> {
        q.pages
            .iter()
            .map(|p| p.questions.iter().map(|q| q.key.as_str()).collect())
            .collect()
    }

    fn edit(q: &mut Questionnaire, e: Edit) -> Result<Applied, EditError> {
        apply(q, e, &mut keys())
    }

    #[test]
    fn questions_move_within_and_across_pages() {
        let mut q = sample();
        let moved = edit(
            &mut q,
            Edit::MoveQuestion {
                question: "b".into(),
                direction: Direction::Down,
            },
        )
        .unwrap();
        assert_eq!(layout(&q), [vec!["a"], vec!["b", "c"]]);
        assert_eq!(
            moved.announcement.render(crate::domain::Language::English),
            "Question moved to page 2, position 1 of 2"
        );
        assert_eq!(moved.focus.as_deref(), Some("b"));
        edit(
            &mut q,
            Edit::MoveQuestion {
                question: "b".into(),
                direction: Direction::Up,
            },
        )
        .unwrap();
        assert_eq!(layout(&q), [vec!["a", "b"], vec!["c"]]);
        edit(
            &mut q,
            Edit::MoveQuestion {
                question: "a".into(),
                direction: Direction::Down,
            },
        )
        .unwrap();
        assert_eq!(layout(&q), [vec!["b", "a"], vec!["c"]]);
        // At the very top: nothing changes, and it says so.
        let top = edit(
            &mut q,
            Edit::MoveQuestion {
                question: "b".into(),
                direction: Direction::Up,
            },
        )
        .unwrap();
        assert_eq!(layout(&q), [vec!["b", "a"], vec!["c"]]);
        assert!(
            top.announcement
                .render(crate::domain::Language::English)
                .contains("already at the top")
        );
        edit(
            &mut q,
            Edit::MoveQuestionTo {
                question: "c".into(),
                page: "p1".into(),
                index: 1,
            },
        )
        .unwrap();
        assert_eq!(layout(&q), [vec!["b", "c", "a"], vec![]]);
        edit(
            &mut q,
            Edit::MoveQuestionTo {
                question: "b".into(),
                page: "p2".into(),
                index: 99,
            },
        )
        .unwrap();
        assert_eq!(layout(&q), [vec!["c", "a"], vec!["b"]]);
    }

    #[test]
    fn standard_questions_keep_their_keys_and_are_asked_once() {
        use crate::domain::library::{block_questions, standard};
        let mut q = sample();
        let mut new_key = keys();
        let (block, questions) = block_questions("about_response").unwrap();
        let add = |questions: Vec<Question>| Edit::AddPageOfQuestions {
            title: block.page_title.into(),
            questions,
        };
        apply(&mut q, add(questions.clone()), &mut new_key).unwrap();
        let publish = q.question_by_key(standard::PUBLISH).expect("kept its key");
        assert_eq!(publish.kind.options()[1].key, standard::PUBLISH_ANONYMOUSLY);
        // Added again: refused, nothing changed.
        let before = q.clone();
        assert!(matches!(
            apply(&mut q, add(questions), &mut new_key),
            Err(EditError::AlreadyAsked(_))
        ));
        assert_eq!(q, before);
        // A duplicate is an ordinary question; a copied questionnaire asks the standard ones.
        apply(
            &mut q,
            Edit::DuplicateQuestion {
                question: standard::NAME.into(),
            },
            &mut new_key,
        )
        .unwrap();
        let names = q.questions().filter(|x| x.label == "Your name").count();
        assert_eq!(names, 2);
        assert_eq!(
            q.questions()
                .filter(|x| standard::is_standard_key(&x.key))
                .count(),
            4
        );
        let copy = copy_questionnaire(&q, &mut new_key);
        assert!(copy.question_by_key(standard::RESPONDING_AS).is_some());
        assert!(
            copy.question_by_key("a").is_none(),
            "ordinary keys are fresh"
        );
    }

    #[test]
    fn added_and_duplicated_questions_get_fresh_keys() {
        let mut q = sample();
        let mut new_key = keys();
        let added = apply(
            &mut q,
            Edit::AddQuestion {
                page: "p2".into(),
                index: 0,
                question: choice("whatever", &[("x", "Yes"), ("y", "No")]),
            },
            &mut new_key,
        )
        .unwrap();
        assert_eq!(layout(&q), [vec!["a", "b"], vec!["new1", "c"]]);
        assert_eq!(added.focus.as_deref(), Some("new1"));
        let option_keys: Vec<&str> = q.pages[1].questions[0]
            .kind
            .options()
            .iter()
            .map(|o| o.key.as_str())
            .collect();
        assert_eq!(option_keys, ["new2", "new3"]);
        apply(
            &mut q,
            Edit::DuplicateQuestion {
                question: "new1".into(),
            },
            &mut new_key,
        )
        .unwrap();
        assert_eq!(layout(&q), [vec!["a", "b"], vec!["new1", "new4", "c"]]);
        assert_eq!(q.pages[1].questions[1].kind.options()[0].key, "new5");
    }

    #[test]
    fn updates_keep_the_keys_of_kept_options() {
        let mut q = Questionnaire {
            version_id: 1,
            pages: vec![page("p1", vec![choice("q", &[("x", "Yes"), ("y", "No")])])],
        };
        // "No" reworded, "Yes" removed, one option added, a made-up key treated as new.
        let updated = choice(
            "q",
            &[("y", "No, never"), ("", "Maybe"), ("forged", "Other")],
        );
        edit(&mut q, Edit::UpdateQuestion { question: updated }).unwrap();
        let options: Vec<(&str, &str)> = q.pages[0].questions[0]
            .kind
            .options()
            .iter()
            .map(|o| (o.key.as_str(), o.label.as_str()))
            .collect();
        assert_eq!(
            options,
            [("y", "No, never"), ("new1", "Maybe"), ("new2", "Other")]
        );
    }

    #[test]
    fn a_question_never_changes_its_kind() {
        let mut q = Questionnaire {
            version_id: 1,
            pages: vec![page("p1", vec![question("q", "Your name")])],
        };
        let before = q.clone();
        let refused = edit(
            &mut q,
            Edit::UpdateQuestion {
                question: choice("q", &[("", "Yes")]),
            },
        );
        assert_eq!(refused, Err(EditError::KindChanged));
        assert_eq!(q, before, "nothing changed");
    }

    #[test]
    fn pages_are_added_moved_renamed_and_removed_only_when_empty() {
        let mut q = sample();
        edit(
            &mut q,
            Edit::AddPage {
                after: Some("p1".into()),
            },
        )
        .unwrap();
        assert_eq!(layout(&q), [vec!["a", "b"], vec![], vec!["c"]]);
        let empty = q.pages[1].key.clone();
        edit(
            &mut q,
            Edit::RenamePage {
                page: empty.clone(),
                title: Some("  About you  ".into()),
            },
        )
        .unwrap();
        assert_eq!(q.pages[1].title.as_deref(), Some("About you"));
        assert_eq!(
            edit(
                &mut q,
                Edit::RenamePage {
                    page: empty.clone(),
                    title: Some("x".repeat(MAX_PAGE_TITLE_CHARS + 1)),
                },
            ),
            Err(EditError::PageTitleTooLong)
        );
        edit(
            &mut q,
            Edit::MovePage {
                page: empty.clone(),
                direction: Direction::Up,
            },
        )
        .unwrap();
        assert_eq!(layout(&q), [vec![], vec!["a", "b"], vec!["c"]]);
        assert_eq!(
            edit(&mut q, Edit::RemovePage { page: "p1".into() }),
            Err(EditError::PageNotEmpty)
        );
        edit(&mut q, Edit::RemovePage { page: empty }).unwrap();
        assert_eq!(layout(&q), [vec!["a", "b"], vec!["c"]]);
        let mut single = Questionnaire {
            version_id: 1,
            pages: vec![page("only", vec![])],
        };
        assert_eq!(
            edit(
                &mut single,
                Edit::RemovePage {
                    page: "only".into()
                }
            ),
            Err(EditError::LastPage)
        );
    }

    #[test]
    fn edits_to_things_that_are_gone_change_nothing() {
        let mut q = sample();
        let before = q.clone();
        for e in [
            Edit::DeleteQuestion {
                question: "zz".into(),
            },
            Edit::MoveQuestion {
                question: "zz".into(),
                direction: Direction::Up,
            },
            Edit::MoveQuestionTo {
                question: "a".into(),
                page: "zz".into(),
                index: 0,
            },
            Edit::UpdateQuestion {
                question: question("zz", "Z"),
            },
            Edit::RenamePage {
                page: "zz".into(),
                title: None,
            },
        ] {
            assert!(edit(&mut q, e).is_err());
            assert_eq!(q, before);
        }
    }

    #[test]
    fn deleting_focuses_the_next_question_or_the_page() {
        let mut q = sample();
        let deleted = edit(
            &mut q,
            Edit::DeleteQuestion {
                question: "a".into(),
            },
        )
        .unwrap();
        assert_eq!(deleted.focus.as_deref(), Some("b"));
        assert_eq!(
            deleted
                .announcement
                .render(crate::domain::Language::English),
            "Question \u{201c}A\u{201d} deleted"
        );
        let deleted = edit(
            &mut q,
            Edit::DeleteQuestion {
                question: "c".into(),
            },
        )
        .unwrap();
        assert_eq!(deleted.focus.as_deref(), Some("p2"));
    }

    #[test]
    fn a_deleted_question_comes_back_where_it_was_with_its_keys() {
        let mut q = sample();
        let deleted = edit(
            &mut q,
            Edit::DeleteQuestion {
                question: "a".into(),
            },
        )
        .unwrap();
        let (page, index, question) = deleted.removed.unwrap();
        assert_eq!((page.as_str(), index), ("p1", 0));
        edit(
            &mut q,
            Edit::RestoreQuestion {
                page: page.clone(),
                index,
                question: question.clone(),
            },
        )
        .unwrap();
        assert_eq!(layout(&q), [vec!["a", "b"], vec!["c"]]);
        // Its key now in use (restored twice), and its page gone: a copy at the very end.
        edit(
            &mut q,
            Edit::RestoreQuestion {
                page: "gone".into(),
                index,
                question,
            },
        )
        .unwrap();
        assert_eq!(layout(&q), [vec!["a", "b"], vec!["c", "new1"]]);
    }

    /// 10,000 questions are never stored: additions stop at the limits, with a clear message,
    /// and change nothing; moves and deletes still work at the limit.
    #[test]
    fn the_limits_the_refusals_name_are_the_constants() {
        assert_eq!(
            EditError::PageTitleTooLong.to_string(),
            format!("A page title must be {MAX_PAGE_TITLE_CHARS} characters or fewer")
        );
        assert_eq!(
            EditError::TooManyQuestions.to_string(),
            format!(
                "A questionnaire can have at most {MAX_ITEMS} questions and blocks: delete some, or split it into two consultations"
            )
        );
        assert_eq!(
            EditError::TooManyPages.to_string(),
            format!(
                "A questionnaire can have at most {MAX_PAGES} pages: remove one, or put more questions on each page"
            )
        );
        for language in [
            crate::domain::Language::English,
            crate::domain::Language::Welsh,
        ] {
            use crate::domain::interface_text::text;
            assert!(text(language, "builder-page-title-too-long").contains("150"));
            assert!(text(language, "builder-too-many-items").contains("500"));
            assert!(text(language, "builder-too-many-pages").contains("100"));
        }
        assert_eq!(
            (MAX_PAGE_TITLE_CHARS, MAX_ITEMS, MAX_PAGES),
            (150, 500, 100)
        );
    }

    #[test]
    fn a_questionnaire_stops_growing_at_its_limits() {
        let mut q = sample();
        let count = q.questions().count();
        let block: Vec<Question> = (0..MAX_ITEMS - count)
            .map(|n| question(&format!("x{n}"), "Filler"))
            .collect();
        edit(
            &mut q,
            Edit::AddPageOfQuestions {
                title: "Many".into(),
                questions: block,
            },
        )
        .unwrap();
        assert_eq!(q.questions().count(), MAX_ITEMS);
        let full = q.clone();
        let page = q.pages[0].key.clone();
        let first = q.pages[0].questions[0].key.clone();
        for refused in [
            Edit::AddQuestion {
                page: page.clone(),
                index: 0,
                question: question("y", "One more"),
            },
            Edit::DuplicateQuestion {
                question: first.clone(),
            },
            Edit::AddPageOfQuestions {
                title: "More".into(),
                questions: vec![question("z", "One more")],
            },
        ] {
            assert_eq!(edit(&mut q, refused), Err(EditError::TooManyQuestions));
            assert_eq!(q, full, "nothing changed");
        }
        assert!(
            EditError::TooManyQuestions
                .to_string()
                .starts_with("A questionnaire can have at most 500 questions and blocks")
        );
        // Room again after a delete.
        edit(&mut q, Edit::DeleteQuestion { question: first }).unwrap();
        edit(
            &mut q,
            Edit::AddQuestion {
                page,
                index: 0,
                question: question("y", "One more"),
            },
        )
        .unwrap();

        let mut q = sample();
        while q.pages.len() < MAX_PAGES {
            edit(&mut q, Edit::AddPage { after: None }).unwrap();
        }
        assert_eq!(
            edit(&mut q, Edit::AddPage { after: None }),
            Err(EditError::TooManyPages)
        );
        assert_eq!(q.pages.len(), MAX_PAGES);
    }

    #[test]
    fn publishing_needs_questions_and_choices_with_options() {
        let q = Questionnaire {
            version_id: 1,
            pages: vec![page("p1", vec![])],
        };
        assert_eq!(publish_problems(&q), ["Add at least one question"]);
        let mut q = sample();
        assert!(publish_problems(&q).is_empty());
        q.pages[1].questions = vec![choice("z", &[("x", "Only")])];
        q.pages.push(page("p3", vec![]));
        assert_eq!(
            publish_problems(&q),
            [
                "Page 3 has no questions: add one or remove the page",
                "Question 3 (\u{201c}Pick one\u{201d}) needs at least 2 options"
            ]
        );
        let mut q = sample();
        let mut starter = crate::domain::question_form::starter_question(
            crate::domain::questionnaire::kind_code::HEADING,
        )
        .unwrap();
        starter.key = "h".into();
        q.pages[0].questions.insert(0, starter);
        assert_eq!(
            publish_problems(&q),
            [
                "Block 1 (\u{201c}New heading\u{201d}) still has the words it was added with: edit it to write its own"
            ]
        );
    }

    #[test]
    fn a_copy_has_the_same_questions_under_fresh_keys() {
        let q = Questionnaire {
            version_id: 7,
            pages: vec![
                page(
                    "p1",
                    vec![
                        question("a", "A"),
                        choice("b", &[("x", "Yes"), ("y", "No")]),
                    ],
                ),
                page("p2", vec![question("c", "C")]),
            ],
        };
        let mut n = 0;
        let copy = copy_questionnaire(&q, &mut || {
            n += 1;
            format!("fresh{n}")
        });
        // Page keys first (routes are mapped onto them), then each question and its options.
        assert_eq!(layout(&copy), [vec!["fresh3", "fresh4"], vec!["fresh7"]]);
        assert_eq!(copy.pages[0].key, "fresh1");
        let options: Vec<&str> = copy.pages[0].questions[1]
            .kind
            .options()
            .iter()
            .map(|o| o.key.as_str())
            .collect();
        assert_eq!(options, ["fresh5", "fresh6"]);
        let labels = |q: &Questionnaire| q.questions().map(|q| q.label.clone()).collect::<Vec<_>>();
        assert_eq!(labels(&copy), labels(&q));
        assert_eq!(copy.pages[0].questions[1].kind.options()[1].label, "No");
    }

    /// Three pages: p1 holds a choice "r" (yes, no), p2 holds c, p3 holds d.
    fn routed() -> Questionnaire {
        Questionnaire {
            version_id: 1,
            pages: vec![
                page("p1", vec![choice("r", &[("yes", "Yes"), ("no", "No")])]),
                page("p2", vec![question("c", "C")]),
                page("p3", vec![question("d", "D")]),
            ],
        }
    }

    fn set_route(question: &str, option: &str, goto: Option<Goto>) -> Edit {
        Edit::SetRoutes {
            question: question.into(),
            routes: vec![(option.into(), goto)],
        }
    }

    #[test]
    fn a_question_that_cannot_route_is_refused_routes_even_to_clear_them() {
        let mut q = routed();
        let clearing = Edit::SetRoutes {
            question: "c".into(),
            routes: Vec::new(),
        };
        let refused = edit(&mut q, clearing).unwrap_err();
        assert!(
            refused.to_string().starts_with("Only single choice"),
            "{refused}"
        );
    }

    #[test]
    fn routes_are_set_kept_and_cleared() {
        let mut q = routed();
        let applied = edit(&mut q, set_route("r", "no", Some(Goto::Page("p3".into())))).unwrap();
        assert_eq!(
            applied
                .announcement
                .render(crate::domain::Language::English),
            "Routes saved: 1 answer sends people elsewhere"
        );
        assert_eq!(
            q.pages[0].questions[0].kind.options()[1].goto,
            Some(Goto::Page("p3".into()))
        );
        // Saving the question's wording (the form never carries routes) keeps its routes.
        let mut reworded = q.pages[0].questions[0].clone();
        reworded.label = "Changed".into();
        for option in reworded.kind.options_mut().unwrap() {
            option.goto = None;
        }
        edit(&mut q, Edit::UpdateQuestion { question: reworded }).unwrap();
        assert_eq!(
            q.pages[0].questions[0].kind.options()[1].goto,
            Some(Goto::Page("p3".into()))
        );
        edit(&mut q, set_route("r", "yes", Some(Goto::End))).unwrap();
        edit(&mut q, set_route("r", "no", None)).unwrap();
        let gotos: Vec<_> = q.pages[0].questions[0]
            .kind
            .options()
            .iter()
            .map(|o| o.goto.clone())
            .collect();
        assert_eq!(gotos, [Some(Goto::End), None]);
        assert_eq!(
            edit(&mut q, set_route("r", "gone", None)).unwrap_err(),
            EditError::NoSuchOption
        );
        assert_eq!(
            edit(&mut q, set_route("c", "x", Some(Goto::End)))
                .unwrap_err()
                .to_string(),
            "Only single choice, multiple choice and drop-down questions can send people to another page"
        );
    }

    #[test]
    fn edits_that_would_send_a_route_back_are_refused_and_change_nothing() {
        let mut q = routed();
        edit(&mut q, set_route("r", "no", Some(Goto::Page("p3".into())))).unwrap();
        let before = q.clone();
        // A route to its own page, or back.
        edit(&mut q, Edit::AddPage { after: None }).unwrap();
        let first = q.pages[0].key.clone();
        let refused = edit(&mut q, set_route("r", "yes", Some(Goto::Page(first)))).unwrap_err();
        assert!(
            matches!(refused, EditError::Route(ref m) if m.contains("would go back to page 1 from page 2")),
            "{refused}"
        );
        let mut q = before.clone();
        assert!(matches!(
            edit(&mut q, set_route("r", "yes", Some(Goto::Page("p1".into())))),
            Err(EditError::Route(_))
        ));
        // Moving the routed question below its destination, or the destination above it.
        for refused in [
            Edit::MoveQuestionTo {
                question: "r".into(),
                page: "p3".into(),
                index: 0,
            },
            Edit::MovePage {
                page: "p3".into(),
                direction: Direction::Up,
            },
        ] {
            let mut q = before.clone();
            if let Edit::MovePage { .. } = refused {
                // p3 moved up once is still after p1; twice it would be above.
                edit(&mut q, refused.clone()).unwrap();
            }
            let snapshot = q.clone();
            let error = edit(&mut q, refused).unwrap_err();
            assert!(matches!(error, EditError::Route(_)), "{error}");
            assert_eq!(q, snapshot, "a refused edit changes nothing");
        }
        // Removing the page a route goes to.
        let mut q = before.clone();
        q.pages[2].questions.clear();
        let error = edit(&mut q, Edit::RemovePage { page: "p3".into() }).unwrap_err();
        assert!(
            error.to_string().contains("no longer in the questionnaire"),
            "{error}"
        );
        // Publishing says so too, for a route that went wrong some other way.
        let mut q = before;
        q.pages[0].questions[0].kind.options_mut().unwrap()[1].goto = Some(Goto::Page("p9".into()));
        assert!(
            publish_problems(&q)
                .iter()
                .any(|p| p.contains("no longer in the questionnaire"))
        );
    }

    #[test]
    fn copies_route_to_their_own_pages() {
        let mut q = routed();
        edit(&mut q, set_route("r", "no", Some(Goto::Page("p3".into())))).unwrap();
        let copy = copy_questionnaire(&q, &mut keys());
        let goto = copy.pages[0].questions[0].kind.options()[1].goto.clone();
        assert_eq!(goto, Some(Goto::Page(copy.pages[2].key.clone())));
        assert!(routing::route_problems(&copy).is_empty());
        // A duplicated question starts without routes.
        edit(
            &mut q,
            Edit::DuplicateQuestion {
                question: "r".into(),
            },
        )
        .unwrap();
        assert!(
            q.pages[0].questions[1]
                .kind
                .options()
                .iter()
                .all(|o| o.goto.is_none())
        );
    }
}
