//! Routing between pages (decision 0025): after a choice question, "if the answer is X, go to
//! page P, or to the end". A route belongs to an option; the path through a questionnaire is a
//! function of the answers alone, computed the same way in the browser, on the server, in the
//! builder and in the results.
//!
//! Rules, so that a path always ends and never repeats a page:
//! - only single choice, multiple choice and drop-down options route;
//! - a route goes forward only: to a page after the question's own page, or to the end;
//! - after a page, the first routed option chosen decides, in the page's question order and then
//!   the question's option order; with none chosen, the next page follows.
//!
//! Branches rejoin simply by routing to the same later page.

use serde::{Deserialize, Serialize};

use super::answers::{AnswerValue, Answers};
use super::questionnaire::{Question, QuestionKind, Questionnaire};

/// Where a route goes.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "to", content = "page", rename_all = "snake_case")]
pub enum Goto {
    /// The page with this key.
    Page(String),
    /// Straight to checking the answers: no more questions.
    End,
}

/// The `question_options.goto` column's text for "the end".
const STORED_END: &str = "end";
/// The prefix of the column's text for a page.
const STORED_PAGE: &str = "page:";

impl Goto {
    /// The text stored in the database.
    pub fn stored(&self) -> String {
        match self {
            Goto::Page(key) => format!("{STORED_PAGE}{key}"),
            Goto::End => STORED_END.into(),
        }
    }

    /// Reads `stored`'s text back; anything else is `None`.
    pub fn from_stored(text: &str) -> Option<Goto> {
        if text == STORED_END {
            return Some(Goto::End);
        }
        text.strip_prefix(STORED_PAGE)
            .filter(|key| !key.is_empty())
            .map(|key| Goto::Page(key.to_string()))
    }
}

/// Whether a question's options may route (the choice kinds a respondent picks from).
pub fn can_route(kind: &QuestionKind) -> bool {
    matches!(
        kind,
        QuestionKind::SingleChoice { .. }
            | QuestionKind::MultipleChoice { .. }
            | QuestionKind::Dropdown { .. }
    )
}

/// The option ids chosen in an answer to a choice question.
fn chosen(answer: Option<&AnswerValue>) -> &[i64] {
    match answer {
        Some(AnswerValue::Choice(id)) => std::slice::from_ref(id),
        Some(AnswerValue::Choices(ids)) => ids,
        Some(AnswerValue::Other { chosen, .. }) => chosen,
        _ => &[],
    }
}

/// The route this question's answer takes, if a routed option was chosen.
fn route_of<'a>(question: &'a Question, answers: &Answers) -> Option<&'a Goto> {
    if !can_route(&question.kind) {
        return None;
    }
    let chosen = chosen(answers.get(question.id));
    question
        .kind
        .options()
        .iter()
        .filter(|option| chosen.contains(&option.id))
        .find_map(|option| option.goto.as_ref())
}

/// The page after page `at` for these answers (by index), or `None` at the end. A route that
/// breaks the rules (which publishing refuses) is passed over, so a path can never go back.
pub fn next_page(q: &Questionnaire, at: usize, answers: &Answers) -> Option<usize> {
    let page = q.pages.get(at)?;
    let routed = page
        .questions
        .iter()
        .filter_map(|question| route_of(question, answers))
        .find_map(|goto| match goto {
            Goto::End => Some(None),
            Goto::Page(key) => q
                .pages
                .iter()
                .position(|p| &p.key == key)
                .filter(|&to| to > at)
                .map(Some),
        });
    match routed {
        Some(to) => to,
        None => (at + 1 < q.pages.len()).then_some(at + 1),
    }
}

/// Where page `at` can lead (`None` for the end), over every answer its questions allow: each
/// forward route of a routed option, and the next page unless a required question whose every
/// option routes always decides first. Routes after that question never decide.
fn successors(q: &Questionnaire, at: usize) -> Vec<Option<usize>> {
    let Some(page) = q.pages.get(at) else {
        return Vec::new();
    };
    let target = |goto: &Goto| match goto {
        Goto::End => Some(None),
        Goto::Page(key) => q
            .pages
            .iter()
            .position(|p| &p.key == key)
            .filter(|&to| to > at)
            .map(Some),
    };
    let mut next = Vec::new();
    for question in &page.questions {
        if !can_route(&question.kind) {
            continue;
        }
        let options = question.kind.options();
        next.extend(
            options
                .iter()
                .filter_map(|option| option.goto.as_ref().and_then(target)),
        );
        let always_routes = question.required
            && !options.is_empty()
            && options
                .iter()
                .all(|option| option.goto.as_ref().and_then(target).is_some());
        if always_routes {
            return next;
        }
    }
    next.push((at + 1 < q.pages.len()).then_some(at + 1));
    next
}

/// The pages no answers lead to (by index): respondents never see them. The builder warns of
/// them; a page routed past by every branch is a mistake more often than a plan.
pub fn unreachable_pages(q: &Questionnaire) -> Vec<usize> {
    let mut reached = vec![false; q.pages.len()];
    let mut waiting = if q.pages.is_empty() { vec![] } else { vec![0] };
    while let Some(at) = waiting.pop() {
        if std::mem::replace(&mut reached[at], true) {
            continue;
        }
        waiting.extend(successors(q, at).into_iter().flatten());
    }
    (0..q.pages.len()).filter(|&i| !reached[i]).collect()
}

/// The pages someone with these answers goes through, in order, by index: the first page, then
/// each `next_page` until the end. Pages not yet answered count as answered with nothing, so
/// the path is known ahead (for "Page 2 of 5") and shortens or grows as answers change.
pub fn path(q: &Questionnaire, answers: &Answers) -> Vec<usize> {
    let mut path = Vec::new();
    let mut at = (!q.pages.is_empty()).then_some(0);
    while let Some(page) = at {
        path.push(page);
        at = next_page(q, page, answers);
    }
    path
}

/// The answers to questions on the path only: what a response keeps. Answers to pages routed
/// past are dropped (a respondent who changed their mind is not asked, nor counted, twice).
pub fn answers_on_path(q: &Questionnaire, answers: &Answers) -> Answers {
    // The walk only reads answers on pages it visits, so dropping the others leaves the path
    // as it was.
    let on_path: Vec<i64> = path(q, answers)
        .into_iter()
        .flat_map(|page| q.pages[page].questions.iter().map(|question| question.id))
        .collect();
    let mut kept = answers.clone();
    kept.0.retain(|id, _| on_path.contains(id));
    kept
}

/// What is wrong with the questionnaire's routes, in question order, as the builder says it.
/// Empty when every route can be followed.
pub fn route_problems(q: &Questionnaire) -> Vec<String> {
    let mut problems = Vec::new();
    for (at, page) in q.pages.iter().enumerate() {
        for question in &page.questions {
            let routed: Vec<_> = question
                .kind
                .options()
                .iter()
                .chain(question.kind.scale())
                .filter_map(|option| option.goto.as_ref().map(|goto| (option, goto)))
                .collect();
            for (option, goto) in routed {
                // In English, found by its shape on a Welsh page (`interface_text::english_in`).
                let problem = |id: &str, more: &[(&str, super::interface_text::TextArg)]| {
                    let mut args = vec![
                        ("option", option.label.clone().into()),
                        ("question", question.label.clone().into()),
                    ];
                    args.extend(more.iter().cloned());
                    super::interface_text::english_with(id, &args)
                };
                if !can_route(&question.kind) {
                    problems.push(problem("builder-route-cannot-keep", &[]));
                    continue;
                }
                let Goto::Page(key) = goto else { continue };
                match q.pages.iter().position(|p| &p.key == key) {
                    None => problems.push(problem("builder-route-page-gone", &[])),
                    Some(to) if to <= at => problems.push(problem(
                        "builder-route-backwards",
                        &[("to", (to + 1).into()), ("from", (at + 1).into())],
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    problems
}

/// A page's name as routes show it: "page 3" or "page 3 (About you)".
pub fn page_name(q: &Questionnaire, index: usize) -> String {
    page_name_in(super::Language::English, q, index)
}

/// A page's name in `language`: "tudalen 3 (Amdanoch chi)".
pub fn page_name_in(language: super::Language, q: &Questionnaire, index: usize) -> String {
    use super::interface_text::text_with;
    let number = ("number", (index + 1).into());
    match q.pages.get(index).and_then(|page| page.title.as_deref()) {
        Some(title) => text_with(
            language,
            "page-name-titled",
            &[number, ("title", title.into())],
        ),
        None => text_with(language, "page-name", &[number]),
    }
}

/// Where a route can go from page `from`, as the outline's Routes panel lists them: `(value, words)`,
/// first "" for the next page (no route), then each later page, then the end.
pub fn destinations(q: &Questionnaire, from: usize) -> Vec<(String, String)> {
    destinations_in(super::Language::English, q, from)
}

/// A message about page `index` of `q` ("Skip to page 3 (About you)"): `id` for a page without a
/// title, `titled` for one with (each language words the page's name in its own sentence).
fn about_page(
    language: super::Language,
    q: &Questionnaire,
    index: usize,
    id: &str,
    titled: &str,
) -> String {
    use super::interface_text::text_with;
    let number = ("number", (index + 1).into());
    match q.pages.get(index).and_then(|page| page.title.as_deref()) {
        Some(title) => text_with(language, titled, &[number, ("title", title.into())]),
        None => text_with(language, id, &[number]),
    }
}

/// `destinations` in `language`.
pub fn destinations_in(
    language: super::Language,
    q: &Questionnaire,
    from: usize,
) -> Vec<(String, String)> {
    use super::interface_text::text;
    let next = if from + 1 < q.pages.len() {
        about_page(
            language,
            q,
            from + 1,
            "builder-route-go-on",
            "builder-route-go-on-titled",
        )
    } else {
        text(language, "builder-route-go-on-last")
    };
    let mut list = vec![(String::new(), next)];
    for to in from + 2..q.pages.len() {
        list.push((
            Goto::Page(q.pages[to].key.clone()).stored(),
            about_page(
                language,
                q,
                to,
                "builder-route-skip-to",
                "builder-route-skip-to-titled",
            ),
        ));
    }
    if from + 1 < q.pages.len() {
        list.push((Goto::End.stored(), text(language, "builder-route-skip-end")));
    }
    list
}

/// The field of option `option`'s route in the builder's outline, which lists the routes of every
/// question in one form: named with its question too, whose option keys are only its own.
pub fn outline_route_field(question: &str, option: &str) -> String {
    format!("route-{question}-{option}")
}

/// The outline's route fields of question `question`, named as `read_routes` reads them
/// (`route-<option key>`), for `read_routes`.
pub fn routes_from_outline(question: &str, fields: &[(String, String)]) -> Vec<(String, String)> {
    let prefix = format!("route-{question}-");
    fields
        .iter()
        .filter_map(|(name, value)| {
            let option = name.strip_prefix(&prefix)?;
            Some((format!("route-{option}"), value.clone()))
        })
        .collect()
}

/// What a route does, in words, for the builder's outline ("skips to page 3 (About you)").
pub fn describe(q: &Questionnaire, goto: &Goto) -> String {
    describe_in(super::Language::English, q, goto)
}

/// `describe` in `language`.
pub fn describe_in(language: super::Language, q: &Questionnaire, goto: &Goto) -> String {
    use super::interface_text::text;
    match goto {
        Goto::End => text(language, "builder-route-skips-rest"),
        Goto::Page(key) => match q.pages.iter().position(|page| &page.key == key) {
            Some(to) => about_page(
                language,
                q,
                to,
                "builder-route-skips-to",
                "builder-route-skips-to-titled",
            ),
            None => text(language, "builder-route-gone"),
        },
    }
}

/// The posted route fields (`route-<option key>` = a `destinations` value) for the
/// question with key `question`, as `Edit::SetRoutes` takes them. A value the editor does not
/// offer is refused with a message.
pub fn read_routes(
    q: &Questionnaire,
    question: &str,
    fields: &[(String, String)],
) -> Result<Vec<(String, Option<Goto>)>, String> {
    let from = q
        .pages
        .iter()
        .position(|page| page.questions.iter().any(|x| x.key == question))
        .ok_or_else(|| super::interface_text::english("builder-question-gone"))?;

    let offered = destinations(q, from);
    let asked = q.question_by_key(question).expect("found on its page");
    asked
        .kind
        .options()
        .iter()
        .filter_map(|option| {
            let name = format!("route-{}", option.key);
            let (_, value) = fields.iter().find(|(field, _)| *field == name)?;
            Some((option, value))
        })
        .map(|(option, value)| {
            if !offered.iter().any(|(offer, _)| offer == value) {
                return Err(super::interface_text::english_with(
                    "builder-route-choose",
                    &[("option", option.label.clone().into())],
                ));
            }
            Ok((option.key.clone(), Goto::from_stored(value)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::{ChoiceOption, Page};

    fn option(id: i64, goto: Option<Goto>) -> ChoiceOption {
        ChoiceOption {
            id,
            key: format!("o{id}"),
            label: format!("Option {id}"),
            other: false,
            goto,
        }
    }

    fn choice(id: i64, options: Vec<ChoiceOption>) -> Question {
        Question {
            id,
            key: format!("q{id}"),
            label: format!("Question {id}"),
            hint: None,
            required: false,
            guidance: None,
            kind: QuestionKind::SingleChoice { options },
        }
    }

    fn page(index: usize, questions: Vec<Question>) -> Page {
        Page {
            id: index as i64 + 1,
            key: format!("p{}", index + 1),
            title: None,
            questions,
        }
    }

    fn to(page: usize) -> Option<Goto> {
        Some(Goto::Page(format!("p{page}")))
    }

    /// Five pages: page 1 asks "Do you live here?" (yes → page 2, no → page 4); page 2 asks
    /// about the street (any answer → page 3); page 4 has "Stop here" → the end; all rejoin at
    /// page 5.
    fn branching() -> Questionnaire {
        Questionnaire {
            version_id: 1,
            pages: vec![
                page(
                    0,
                    vec![choice(10, vec![option(100, to(2)), option(101, to(4))])],
                ),
                page(
                    1,
                    vec![choice(20, vec![option(200, None), option(201, None)])],
                ),
                page(2, vec![choice(30, vec![option(300, to(5))])]),
                page(
                    3,
                    vec![choice(
                        40,
                        vec![option(400, Some(Goto::End)), option(401, None)],
                    )],
                ),
                page(4, vec![choice(50, vec![option(500, None)])]),
            ],
        }
    }

    fn answers(pairs: &[(i64, i64)]) -> Answers {
        Answers(
            pairs
                .iter()
                .map(|&(question, option)| (question, AnswerValue::Choice(option)))
                .collect(),
        )
    }

    #[test]
    fn the_path_follows_the_answers_and_branches_rejoin() {
        let q = branching();
        assert_eq!(
            path(&q, &answers(&[])),
            vec![0, 1, 2, 3, 4],
            "no answers: every page"
        );
        assert_eq!(path(&q, &answers(&[(10, 100)])), vec![0, 1, 2, 3, 4]);
        assert_eq!(
            path(&q, &answers(&[(10, 100), (30, 300)])),
            vec![0, 1, 2, 4]
        );
        assert_eq!(
            path(&q, &answers(&[(10, 101)])),
            vec![0, 3, 4],
            "the other branch rejoins at page 5"
        );
        assert_eq!(
            path(&q, &answers(&[(10, 101), (40, 400)])),
            vec![0, 3],
            "to the end"
        );
        assert_eq!(path(&q, &answers(&[(10, 101), (40, 401)])), vec![0, 3, 4]);
    }

    #[test]
    fn pages_no_answer_leads_to_are_found() {
        let mut q = branching();
        assert_eq!(unreachable_pages(&q), Vec::<usize>::new());
        // Page 1's question is required and both its options route: its next page (2) is
        // still reached by "yes", and page 3 through page 2. Now make "yes" go to page 3: page 2
        // is reached by nothing.
        q.pages[0].questions[0].required = true;
        if let QuestionKind::SingleChoice { options } = &mut q.pages[0].questions[0].kind {
            options[0].goto = to(3);
        }
        assert_eq!(unreachable_pages(&q), [1]);
        // Optional, it may be left unanswered: page 2 is the next page again.
        q.pages[0].questions[0].required = false;
        assert_eq!(unreachable_pages(&q), Vec::<usize>::new());
        // Every answer to a required first question ends the questionnaire: nothing after it.
        let mut back = branching();
        back.pages[0].questions[0].required = true;
        if let QuestionKind::SingleChoice { options } = &mut back.pages[0].questions[0].kind {
            options[0].goto = Some(Goto::End);
            options[1].goto = Some(Goto::End);
        }
        assert_eq!(unreachable_pages(&back), [1, 2, 3, 4]);
        assert_eq!(
            unreachable_pages(&Questionnaire {
                version_id: 1,
                pages: Vec::new()
            }),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn the_first_routed_choice_on_a_page_decides() {
        let mut q = branching();
        // A second question on page 1 routing to the end: only counts when the first does not route.
        q.pages[0]
            .questions
            .push(choice(11, vec![option(110, Some(Goto::End))]));
        assert_eq!(path(&q, &answers(&[(10, 101), (11, 110)])), vec![0, 3, 4]);
        assert_eq!(path(&q, &answers(&[(11, 110)])), vec![0]);
        // Multiple choice: the first routed option in the question's order decides.
        q.pages[0].questions[0].kind = QuestionKind::MultipleChoice {
            options: vec![option(100, to(2)), option(101, to(4))],
            min_choices: None,
            max_choices: None,
        };
        let both = Answers(
            [(10, AnswerValue::Choices(vec![100, 101]))]
                .into_iter()
                .collect(),
        );
        assert_eq!(path(&q, &both), vec![0, 1, 2, 3, 4]);
        let other = Answers(
            [(
                10,
                AnswerValue::Other {
                    chosen: vec![101],
                    text: "x".into(),
                },
            )]
            .into_iter()
            .collect(),
        );
        assert_eq!(path(&q, &other), vec![0, 3, 4]);
    }

    #[test]
    fn answers_to_pages_routed_past_are_dropped() {
        let q = branching();
        // Answered page 2 and 4, then said "no" on page 1: page 2's answer goes.
        let given = answers(&[(10, 101), (20, 200), (40, 401)]);
        let kept = answers_on_path(&q, &given);
        assert_eq!(kept, answers(&[(10, 101), (40, 401)]));
        // An answer on a dropped page that itself routed no longer counts either.
        let given = answers(&[(10, 101), (30, 300), (40, 400), (50, 500)]);
        assert_eq!(
            answers_on_path(&q, &given),
            answers(&[(10, 101), (40, 400)])
        );
    }

    #[test]
    fn routes_that_go_back_or_nowhere_are_problems_and_never_followed() {
        let mut q = branching();
        assert!(route_problems(&q).is_empty());
        q.pages[2].questions[0].kind.options_mut().unwrap()[0].goto = to(2);
        q.pages[3].questions[0].kind.options_mut().unwrap()[1].goto = to(1);
        q.pages[4].questions[0].kind.options_mut().unwrap()[0].goto = to(9);
        let problems = route_problems(&q);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(
            problems[0].contains("would go back to page 2 from page 3"),
            "{}",
            problems[0]
        );
        assert!(problems[1].contains("would go back to page 1 from page 4"));
        assert!(problems[2].contains("no longer in the questionnaire"));
        // Even so, a path only goes forward and ends.
        let all = answers(&[(10, 100), (30, 300), (40, 401), (50, 500)]);
        assert_eq!(path(&q, &all), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn only_choice_kinds_route() {
        let mut q = branching();
        q.pages[0].questions.push(Question {
            kind: QuestionKind::Ranking {
                options: vec![option(600, Some(Goto::End))],
            },
            ..choice(60, Vec::new())
        });
        let problems = route_problems(&q);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("only single choice"));
        let ranked = Answers(
            [(
                60,
                AnswerValue::Amounts([(600, "1".to_string())].into_iter().collect()),
            )]
            .into_iter()
            .collect(),
        );
        assert_eq!(path(&q, &ranked), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn the_editor_offers_later_pages_and_reads_back_only_what_it_offered() {
        let q = branching();
        let offered: Vec<String> = destinations(&q, 1)
            .into_iter()
            .map(|(value, _)| value)
            .collect();
        assert_eq!(offered, ["", "page:p4", "page:p5", "end"]);
        assert_eq!(
            destinations(&q, 4).len(),
            1,
            "the last page can only go on to the end"
        );
        assert_eq!(destinations(&q, 3)[0].1, "Go on to page 5");
        let fields = vec![
            ("route-o200".to_string(), "page:p5".to_string()),
            ("route-o201".to_string(), String::new()),
            ("unrelated".to_string(), "x".to_string()),
        ];
        assert_eq!(
            read_routes(&q, "q20", &fields).unwrap(),
            vec![
                ("o200".to_string(), Some(Goto::Page("p5".into()))),
                ("o201".to_string(), None)
            ]
        );
        for bad in ["page:p1", "page:p2", "page:nope", "END", "end "] {
            let fields = vec![("route-o200".to_string(), bad.to_string())];
            assert!(
                read_routes(&q, "q20", &fields)
                    .unwrap_err()
                    .contains("Option 200"),
                "{bad}"
            );
        }
        assert!(read_routes(&q, "gone", &[]).is_err());
        assert_eq!(describe(&q, &Goto::Page("p4".into())), "skips to page 4");
        assert_eq!(describe(&q, &Goto::End), "skips the rest of the questions");
    }

    #[test]
    fn the_outline_names_each_route_with_its_question() {
        let fields: Vec<(String, String)> = [
            (outline_route_field("q1", "o1"), "end"),
            (outline_route_field("q2", "o1"), "page:p3"),
            ("revision".to_string(), "7"),
            ("route-o1".to_string(), "page:p2"),
        ]
        .into_iter()
        .map(|(name, value)| (name, value.to_string()))
        .collect();
        assert_eq!(
            routes_from_outline("q1", &fields),
            vec![("route-o1".to_string(), "end".to_string())]
        );
        assert_eq!(
            routes_from_outline("q2", &fields),
            vec![("route-o1".to_string(), "page:p3".to_string())]
        );
        assert!(routes_from_outline("q3", &fields).is_empty());
    }

    #[test]
    fn stored_text_reads_back() {
        for goto in [Goto::End, Goto::Page("abc-1".into())] {
            assert_eq!(Goto::from_stored(&goto.stored()), Some(goto));
        }
        for bad in ["", "page:", "END", "pages:x", "x"] {
            assert_eq!(Goto::from_stored(bad), None, "{bad}");
        }
    }

    /// A small deterministic generator (no dependency needed): routed questionnaires with
    /// random, possibly bad, routes and random answers.
    struct Lcg(u64);
    impl Lcg {
        fn below(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }
    }

    #[test]
    fn every_path_ends_goes_forward_and_only_follows_chosen_routes() {
        let mut rng = Lcg(42);
        for _ in 0..2000 {
            let pages = 1 + rng.below(8) as usize;
            let mut q = Questionnaire {
                version_id: 1,
                pages: Vec::new(),
            };
            let mut id = 1;
            for p in 0..pages {
                let mut questions = Vec::new();
                for _ in 0..rng.below(3) {
                    id += 1;
                    let question_id = id;
                    let options = (0..1 + rng.below(3))
                        .map(|_| {
                            id += 1;
                            let goto = match rng.below(4) {
                                0 => Some(Goto::End),
                                1 => to(1 + rng.below(pages as u64 + 1) as usize),
                                _ => None,
                            };
                            option(id, goto)
                        })
                        .collect();
                    questions.push(choice(question_id, options));
                }
                q.pages.push(page(p, questions));
            }
            let mut given = Answers::default();
            for question in q.questions() {
                let options = question.kind.options();
                if rng.below(3) > 0 {
                    let pick = options[rng.below(options.len() as u64) as usize].id;
                    given.0.insert(question.id, AnswerValue::Choice(pick));
                }
            }
            let walked = path(&q, &given);
            assert_eq!(walked.first(), Some(&0));
            // No page on a path is ever called unreachable.
            let unreachable = unreachable_pages(&q);
            assert!(
                walked.iter().all(|p| !unreachable.contains(p)),
                "{walked:?} {unreachable:?}"
            );
            assert!(walked.windows(2).all(|w| w[0] < w[1]), "{walked:?}");
            // Each step is the next page or a route a chosen option names.
            for w in walked.windows(2) {
                assert_eq!(next_page(&q, w[0], &given), Some(w[1]));
            }
            assert_eq!(next_page(&q, *walked.last().unwrap(), &given), None);
            // Keeping only the answers on the path keeps the path, and drops nothing on it.
            let kept = answers_on_path(&q, &given);
            let kept_path = path(&q, &kept);
            assert_eq!(kept_path, walked);
            for (question_id, answer) in given.iter() {
                let on = walked
                    .iter()
                    .any(|&p| q.pages[p].questions.iter().any(|x| x.id == question_id));
                assert_eq!(kept.get(question_id), on.then_some(answer));
            }
            for (question_id, _) in kept.iter() {
                let on = kept_path
                    .iter()
                    .any(|&p| q.pages[p].questions.iter().any(|x| x.id == question_id));
                assert!(on, "kept an answer off the path");
            }
        }
    }
}
