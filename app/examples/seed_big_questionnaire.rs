//! For `bench/builder.sh`: adds a published consultation, `big-questionnaire`, whose
//! questionnaire has 10 pages of 20 questions (text and choice questions), to the database at
//! `DATABASE_URL`. Does nothing if it is already there. `seed_big_questionnaire PAGES PER_PAGE
//! SLUG` makes another shape under another address (`bench/journey.sh`: 50 pages of 4).

use app::builder::service::{create_consultation, ensure_department};
use app::builder::{NewConsultation, NewPage, NewQuestion, NewQuestionKind};
use chrono::{Duration, Utc};

pub const SLUG: &str = "big-questionnaire";

fn question(page: usize, n: usize) -> NewQuestion {
    let options = |count: usize| {
        (1..=count)
            .map(|o| format!("Option {o} of question {n}"))
            .collect::<Vec<_>>()
    };
    let kind = match n % 4 {
        0 => NewQuestionKind::ShortText { max_chars: 200 },
        1 => NewQuestionKind::LongText { max_chars: 2000 },
        2 => NewQuestionKind::SingleChoice {
            options: options(5),
        },
        _ => NewQuestionKind::MultipleChoice {
            options: options(6),
            min_choices: None,
            max_choices: Some(3),
            other: false,
        },
    };
    NewQuestion {
        label: format!("Question {n} (page {page}): what do you think of proposal {n}?"),
        hint: n
            .is_multiple_of(3)
            .then(|| "Answer in your own words.".to_string()),
        required: false,
        guidance: None,
        kind,
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url =
        std::env::var("DATABASE_URL").unwrap_or_else(|_| "sqlite://consult.db?mode=rwc".into());
    let db = app::db::connect(&url).await?;
    let department = ensure_department(&db, "benchmarks", "Benchmarks").await?;
    let now = Utc::now();
    let mut args = std::env::args().skip(1);
    let page_count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let per_page: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let slug = args.next().unwrap_or_else(|| SLUG.to_string());
    let pages = (1..=page_count)
        .map(|page| NewPage {
            title: Some(format!("Part {page}")),
            questions: (1..=per_page)
                .map(|i| question(page, (page - 1) * per_page + i))
                .collect(),
        })
        .collect();
    let created = create_consultation(
        &db,
        NewConsultation {
            slug: slug.clone(),
            title: "A very large questionnaire".into(),
            summary: format!(
                "{} questions on {page_count} pages, for the benchmarks.",
                page_count * per_page
            ),
            body_markdown: "For measuring the builder.".into(),
            department_id: department,
            contact_name: "Benchmarks".into(),
            contact_email: "bench@example.gov.uk".into(),
            opens_at: now - Duration::days(1),
            closes_at: now + Duration::days(30),
            published: true,
            outcome_markdown: None,
            pages,
        },
    )
    .await;
    match created {
        Ok(_) => println!(
            "created {slug}: {page_count} pages, {} questions",
            page_count * per_page
        ),
        Err(app::error::AppError::Conflict(_)) => println!("{slug} is already there"),
        Err(other) => return Err(other.to_string().into()),
    }
    Ok(())
}
