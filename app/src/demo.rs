//! Demo content for trying the platform: loaded into an empty database at start-up unless
//! `DEMO_DATA=off`. Dates are relative to now, so there is always an open, a forthcoming and a
//! closed consultation.

use chrono::{DateTime, Duration, NaiveDate, Timelike, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, TransactionTrait};

use crate::builder::service::{create_consultation, ensure_department};
use crate::builder::{NewConsultation, NewPage, NewQuestion, NewQuestionKind};
use crate::db::entities::consultation;
use crate::domain::QuestionKind;
use crate::error::AppResult;
use crate::staff::service::create_staff;

pub const DEMO_STAFF_EMAIL: &str = "demo.staff@example.gov.uk";
/// The borough's wards, as the demo questionnaires ask for them.
const WARDS: &[&str] = &[
    "Abbey",
    "Castle",
    "Mill",
    "Riverside",
    "St Mary's",
    "I do not live in the borough",
];
/// The demo consultation whose questionnaire routes between its five pages.
pub const RIVERSIDE_PARK: &str = "riverside-park";
const PARK_VISITS: &str = "Do you visit Riverside Park?";
const PARK_NO: &str = "No, I do not visit it";
const PARK_PLANS: &str = "Which of our plans matters most to you?";
const PARK_IMPROVEMENTS: &[&str] = &[
    "A new play area",
    "Better paths and lighting",
    "More seating and shade",
    "A caf\u{e9}",
];
pub const DEMO_STAFF_PASSWORD: &str = "demo-password-2026";

/// Midday, `days` from now (negative for the past), so dates read naturally.
fn midday(now: DateTime<Utc>, days: i64) -> DateTime<Utc> {
    (now + Duration::days(days))
        .with_hour(12)
        .and_then(|t| t.with_minute(0))
        .and_then(|t| t.with_second(0))
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(now)
}

fn question(label: &str, hint: Option<&str>, required: bool, kind: NewQuestionKind) -> NewQuestion {
    NewQuestion {
        label: label.into(),
        hint: hint.map(Into::into),
        required,
        guidance: None,
        kind,
    }
}

/// Sends the respondents who choose `answers` to question `question` of consultation `slug`
/// on to page `to` (from 1), in its published questionnaire.
async fn route<C: ConnectionTrait>(
    db: &C,
    slug: &str,
    question: &str,
    answers: &[&str],
    to: usize,
) -> AppResult<()> {
    use crate::db::entities::question_option;
    use crate::db::questionnaire_store::{current_version, find_published, load_questionnaire};
    use crate::domain::routing::Goto;
    use sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};

    let consultation = find_published(db, slug).await?;
    let version = current_version(db, consultation.id)
        .await?
        .ok_or_else(|| crate::error::AppError::internal("demo", "no version"))?;
    let q = load_questionnaire(db, version.id).await?;
    let page = &q.pages[to - 1].key;
    let asked = q
        .questions()
        .find(|x| x.label == question)
        .ok_or_else(|| crate::error::AppError::internal("demo", "no such question"))?;
    let ids: Vec<i64> = asked
        .kind
        .options()
        .iter()
        .filter(|option| answers.contains(&option.label.as_str()))
        .map(|option| option.id)
        .collect();
    question_option::Entity::update_many()
        .col_expr(
            question_option::Column::Goto,
            Expr::value(Goto::Page(page.clone()).stored()),
        )
        .filter(question_option::Column::Id.is_in(ids))
        .exec(db)
        .await?;
    Ok(())
}

/// "Which ward do you live in?", optional, from `WARDS`.
fn ward_question() -> NewQuestion {
    question(
        "Which ward do you live in?",
        None,
        false,
        NewQuestionKind::Dropdown {
            options: options(WARDS),
        },
    )
}

fn options(labels: &[&str]) -> Vec<String> {
    labels.iter().map(|l| l.to_string()).collect()
}

/// The demo site's privacy notice template (a council writes its own on the settings page).
const DEMO_PRIVACY_TEMPLATE: &str = "Demo Borough Council is the data controller for the information you give in \"{title}\".

## What we collect

Your answers to the consultation's questions. Some questions ask for information that could identify you, such as your email address or postcode. You only need to answer the questions marked as required.

## Why we use it

To understand what people think of our proposals, as part of our public task (UK GDPR Article 6(1)(e)). We publish a summary of what people said, never anything that identifies you.

## How long we keep it

We keep answers that could identify you for {retention}, then erase them. The counts in our published results stay.

## Your rights

You can ask to see the information we hold about you, to correct it or to have it erased: contact {contact_name} at {contact_email}. If you are unhappy with how we used your information, you can complain to the Information Commissioner's Office at ico.org.uk.";

/// Loads the demo content if the database has no consultations. Returns whether it did.
pub async fn load_if_empty<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    if consultation::Entity::find().count(db).await? > 0 {
        return Ok(false);
    }
    // Every demo consultation keeps personal data for a year after closing, under the site's
    // privacy notice (decision 0039): set before they are created, they start with them.
    use crate::settings::service::{DEFAULT_RETENTION, PRIVACY_TEMPLATE, put};
    put(db, PRIVACY_TEMPLATE, DEMO_PRIVACY_TEMPLATE, now).await?;
    put(db, DEFAULT_RETENTION, "12", now).await?;
    // Its council, by name, in both languages, with the footer's links (decision 0040).
    for (key, value) in [
        ("council_name", "Demo Borough Council"),
        ("council_name_cy", "Cyngor Bwrdeistref Demo"),
        (
            "accessibility_url",
            "https://www.example.gov.uk/accessibility",
        ),
        ("privacy_url", "https://www.example.gov.uk/privacy"),
        ("contact_url", "https://www.example.gov.uk/contact"),
    ] {
        put(db, key, value, now).await?;
    }
    let highways = ensure_department(db, "highways", "Highways and Transport").await?;
    let culture = ensure_department(db, "culture", "Culture and Leisure").await?;
    let libraries = ensure_department(db, "libraries", "Libraries and Community Services").await?;

    create_consultation(
        db,
        NewConsultation {
            slug: "20mph-speed-limits".into(),
            title: "20mph speed limits in residential streets".into(),
            summary: "We propose lowering the speed limit to 20mph on most residential streets. Tell us what you think.".into(),
            body_markdown: "## Why we are consulting\n\nMost collisions that injure pedestrians in the borough happen on residential streets. \
Slower traffic makes streets safer for children walking to school, for older people and for cyclists.\n\n\
## What we propose\n\n- A 20mph limit on residential streets and near schools\n- 30mph to stay on main roads and bus routes\n- New signs and road markings, but no new speed humps\n\n\
## What happens next\n\nWe will read every response and publish what we decided, and why, on this page.".into(),
            department_id: highways,
            contact_name: "Road Safety Team".into(),
            contact_email: "roadsafety@example.gov.uk".into(),
            opens_at: midday(now, -10),
            closes_at: midday(now, 30),
            published: true,
            outcome_markdown: None,
            pages: vec![NewPage {
                title: None,
                questions: vec![
                    NewQuestion {
                        guidance: Some("Streets with a 20mph limit would have:\n\n- signs where the limit starts and repeater signs along the street\n- no new speed humps or cameras\n\nMain roads and bus routes would **stay at 30mph**. The police enforce 20mph limits as they do any other.".into()),
                        ..question(
                            "Do you support a 20mph limit on residential streets?",
                            None,
                            true,
                            NewQuestionKind::SingleChoice {
                                options: options(&["Strongly support", "Support", "Neither support nor oppose", "Oppose", "Strongly oppose"]),
                            },
                        )
                    },
                    question(
                        "Where would a lower limit matter most to you?",
                        None,
                        false,
                        NewQuestionKind::MultipleChoice {
                            options: options(&["Streets near schools", "The town centre", "Housing estates", "Village streets"]),
                            min_choices: None,
                            max_choices: Some(3),
                            other: true,
                        },
                    ),
                    question(
                        "Tell us why you hold this view",
                        Some("Do not include personal information such as your name or address."),
                        false,
                        NewQuestionKind::LongText { max_chars: 1000 },
                    ),
                    question(
                        "What is the name of the street you live on?",
                        Some("This helps us see which areas responses come from."),
                        false,
                        NewQuestionKind::ShortText { max_chars: 100 },
                    ),
                ],
            },
            NewPage {
                title: Some("Your journeys".into()),
                questions: vec![
                    question(
                        "Every question on this page is **optional**. Your answers help us see:\n\n- which streets matter most to people who live and travel here\n- how the changes would affect journeys across the borough",
                        None,
                        false,
                        NewQuestionKind::Typed(QuestionKind::Paragraph),
                    ),
                    ward_question(),
                    question(
                        "On how many days a week do you drive in the borough?",
                        None,
                        false,
                        NewQuestionKind::Typed(QuestionKind::Number { min: Some("0".into()), max: Some("7".into()), decimals: 0, unit: Some("days".into()) }),
                    ),
                    question(
                        "When did you start living or working in the borough?",
                        None,
                        false,
                        NewQuestionKind::Typed(QuestionKind::Date { earliest: NaiveDate::from_ymd_opt(1900, 1, 1), latest: None }),
                    ),
                    question(
                        "What is your postcode?",
                        Some("We use the first half to see which areas responses come from."),
                        false,
                        NewQuestionKind::Typed(QuestionKind::UkPostcode),
                    ),
                    question(
                        "Which streets should we change first?",
                        Some("We cannot change every street at once."),
                        false,
                        NewQuestionKind::Ranking {
                            options: options(&["Streets near schools", "Streets near parks and play areas", "Streets with the most collisions", "Streets where residents asked first"]),
                        },
                    ),
                    question(
                        "How should we spend the road safety budget?",
                        Some("Imagine you have 100 points to spend."),
                        false,
                        NewQuestionKind::Points {
                            options: options(&["Signs and road markings", "Speed cameras", "Safer crossings", "Cycle lanes"]),
                            total: 100,
                            exact: true,
                        },
                    ),
                    question(
                        "How far do you agree with each statement?",
                        None,
                        false,
                        NewQuestionKind::Grid {
                            statements: options(&["Traffic is too fast on my street", "I would walk or cycle more if traffic were slower", "A 20mph limit would make my journeys too slow"]),
                            scale: options(&crate::domain::questionnaire::LIKERT_SCALE),
                        },
                    ),
                    question(
                        "Your email address, if you would like to hear what we decide",
                        None,
                        false,
                        NewQuestionKind::Typed(QuestionKind::Email),
                    ),
                ],
            }],
        },
    )
    .await?;

    create_consultation(
        db,
        NewConsultation {
            slug: "public-art-strategy".into(),
            title: "Public art strategy 2027 to 2032".into(),
            summary: "Help shape where and how we commission public art over the next five years.".into(),
            body_markdown: "Our draft strategy sets out how we will commission, care for and celebrate public art.\n\n\
We would like to hear from residents, artists and community groups.".into(),
            department_id: culture,
            contact_name: "Arts Development Team".into(),
            contact_email: "arts@example.gov.uk".into(),
            opens_at: midday(now, 14),
            closes_at: midday(now, 70),
            published: true,
            outcome_markdown: None,
            pages: vec![NewPage {
                title: None,
                questions: vec![question(
                    "What kind of public art would you like to see?",
                    None,
                    true,
                    NewQuestionKind::LongText { max_chars: 2000 },
                )],
            }],
        },
    )
    .await?;

    create_consultation(
        db,
        NewConsultation {
            slug: "library-opening-hours".into(),
            title: "Library opening hours".into(),
            summary: "We asked when you would like our libraries to be open.".into(),
            body_markdown: "We reviewed the opening hours of all eight libraries to match when people use them most.".into(),
            department_id: libraries,
            contact_name: "Library Services".into(),
            contact_email: "libraries@example.gov.uk".into(),
            opens_at: midday(now, -90),
            closes_at: midday(now, -20),
            published: true,
            outcome_markdown: Some(
                "## We asked\n\nWhen would you like our libraries to be open?\n\n\
## You said\n\n1,284 people responded. Most asked for later opening on weekday evenings and for Sunday opening at the central library.\n\n\
## We did\n\n- All libraries now open until 7pm on Tuesdays and Thursdays\n- The central library opens from 11am to 4pm on Sundays\n- Opening on Monday mornings, when few people visited, has moved to the evenings".into(),
            ),
            pages: vec![NewPage {
                title: None,
                questions: vec![question(
                    "When would you most like to visit a library?",
                    None,
                    true,
                    NewQuestionKind::MultipleChoice {
                        options: options(&["Weekday mornings", "Weekday afternoons", "Weekday evenings", "Saturdays", "Sundays"]),
                        min_choices: None,
                        max_choices: None,
                        other: false,
                    },
                )],
            }],
        },
    )
    .await?;

    // A questionnaire whose route branches and rejoins (decision 0025): visitors are asked
    // about their visits and the plans, people who do not visit why not; both end "About you".
    create_consultation(
        db,
        NewConsultation {
            slug: RIVERSIDE_PARK.into(),
            title: "Improving Riverside Park".into(),
            summary: "We have money to improve Riverside Park. Tell us how you use it, or what stops you.".into(),
            body_markdown: "We have \u{a3}400,000 to spend on Riverside Park over the next two years.\n\n\
## What we could do\n\n- A new play area for under-12s\n- Better paths and lighting along the river\n- More seating and shade\n- A small caf\u{e9} by the main gate\n\n\
We want to hear from people who use the park and from people who do not.".into(),
            department_id: culture,
            contact_name: "Parks Team".into(),
            contact_email: "parks@example.gov.uk".into(),
            opens_at: midday(now, -3),
            closes_at: midday(now, 40),
            published: true,
            outcome_markdown: None,
            pages: vec![
                NewPage {
                    title: None,
                    questions: vec![question(
                        PARK_VISITS,
                        None,
                        true,
                        NewQuestionKind::SingleChoice {
                            options: options(&["Yes, at least once a month", "Yes, but less often", PARK_NO]),
                        },
                    )],
                },
                NewPage {
                    title: Some("Your visits".into()),
                    questions: vec![
                        question(
                            "How do you usually get to the park?",
                            None,
                            true,
                            NewQuestionKind::SingleChoice {
                                options: options(&["Walking", "Cycling", "Bus", "Car"]),
                            },
                        ),
                        question(
                            "What do you do there?",
                            None,
                            false,
                            NewQuestionKind::MultipleChoice {
                                options: options(&["Walk or run", "Play with children", "Sport", "Meet friends", "Walk a dog"]),
                                min_choices: None,
                                max_choices: None,
                                other: true,
                            },
                        ),
                    ],
                },
                NewPage {
                    title: Some("The plans".into()),
                    questions: vec![question(
                        PARK_PLANS,
                        None,
                        true,
                        NewQuestionKind::SingleChoice {
                            options: options(PARK_IMPROVEMENTS),
                        },
                    )],
                },
                NewPage {
                    title: Some("Why you do not visit".into()),
                    questions: vec![
                        question(
                            "What stops you visiting the park?",
                            None,
                            true,
                            NewQuestionKind::MultipleChoice {
                                options: options(&["It is too far away", "I do not feel safe there", "There is nothing I want to do there", "Paths are hard to use with a wheelchair or buggy"]),
                                min_choices: None,
                                max_choices: None,
                                other: true,
                            },
                        ),
                        question(
                            "Would any of these plans make you visit?",
                            None,
                            false,
                            NewQuestionKind::SingleChoice {
                                options: options(&["Yes", "No", "Not sure"]),
                            },
                        ),
                    ],
                },
                NewPage {
                    title: Some("About you".into()),
                    questions: vec![
                        ward_question(),
                        question(
                            "Is there anything else you would like to tell us?",
                            Some("Do not include personal information such as your name or address."),
                            false,
                            NewQuestionKind::LongText { max_chars: 2000 },
                        ),
                    ],
                },
            ],
        },
    )
    .await?;
    // Page 1: "No" skips to page 4. Page 3: every answer skips page 4 (it is for people who
    // do not visit), so both branches rejoin at page 5.
    route(db, RIVERSIDE_PARK, PARK_VISITS, &[PARK_NO], 4).await?;
    route(db, RIVERSIDE_PARK, PARK_PLANS, PARK_IMPROVEMENTS, 5).await?;

    create_staff(
        db,
        DEMO_STAFF_EMAIL,
        "Demo Staff",
        DEMO_STAFF_PASSWORD,
        "site_admin",
        Some(highways),
    )
    .await?;
    Ok(true)
}

/// Responses the demo consultations come with: the closed one has the 1,284 its outcome reports.
pub const DEMO_OPEN_RESPONSES: usize = 1500;
pub const DEMO_CLOSED_RESPONSES: usize = 1284;

/// Fills the open and the closed demo consultations with plausible responses (through the
/// service that stores real ones), the same ones on every machine. Returns how many.
pub async fn add_demo_responses<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    signing_key: &[u8],
    now: DateTime<Utc>,
) -> AppResult<usize> {
    use crate::demo_responses::add_demo_responses;
    let open = add_demo_responses(
        db,
        signing_key,
        "20mph-speed-limits",
        DEMO_OPEN_RESPONSES,
        now,
        20,
    )
    .await?;
    let closed = add_demo_responses(
        db,
        signing_key,
        "library-opening-hours",
        DEMO_CLOSED_RESPONSES,
        now,
        1284,
    )
    .await?;
    Ok(open + closed)
}
