use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::api::{ConsultationCard, ConsultationOverview, HubListing};
use crate::db::entities::{consultation, content_translation, department};
use crate::db::questionnaire_store::{STATE_PUBLISHED, find_published};
use crate::domain::welsh_content::{self, Translations, WelshTexts};
use crate::domain::{ConsultationStatus, Language, uk_time};
use crate::error::AppResult;
use crate::markdown::to_safe_html;
use crate::translation::service::{InLanguage, consultation_in};

fn card(
    row: &consultation::Model,
    department: &str,
    now: DateTime<Utc>,
    shown: &InLanguage,
    language: Language,
) -> ConsultationCard {
    ConsultationCard {
        slug: row.slug.clone(),
        title: shown.title.clone(),
        summary: shown.summary.clone(),
        department: department.to_string(),
        status: ConsultationStatus::at(row.opens_at, row.closes_at, now),
        opens_at_text: uk_time::format_date_time(row.opens_at),
        opens_at_iso: uk_time::iso(row.opens_at),
        closes_at_text: uk_time::format_date_time(row.closes_at),
        closes_at_iso: uk_time::iso(row.closes_at),
        has_outcome: row.outcome_published_at.is_some(),
        welsh: match language {
            Language::Welsh => WelshTexts::welsh(shown.welsh.clone()),
            Language::English => WelshTexts::default(),
        },
    }
}

/// The Welsh of every published consultation's title and summary, by consultation (none for an
/// English page).
async fn welsh_titles(
    db: &impl ConnectionTrait,
    language: Language,
) -> AppResult<HashMap<i64, Translations>> {
    let mut found: HashMap<i64, Translations> = HashMap::new();
    if language != Language::Welsh {
        return Ok(found);
    }
    let rows = content_translation::Entity::find()
        .filter(
            content_translation::Column::Target
                .is_in([welsh_content::TITLE, welsh_content::SUMMARY]),
        )
        .all(db)
        .await?;
    for row in rows {
        found
            .entry(row.consultation_id)
            .or_default()
            .insert(row.target, (row.source, row.welsh));
    }
    Ok(found)
}

pub async fn department_names(db: &impl ConnectionTrait) -> AppResult<HashMap<i64, String>> {
    Ok(department::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect())
}

pub async fn listing(db: &impl ConnectionTrait, now: DateTime<Utc>) -> AppResult<HubListing> {
    listing_in(db, now, Language::English).await
}

/// The published consultations as a page in `language` lists them.
pub async fn listing_in(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    language: Language,
) -> AppResult<HubListing> {
    let departments = department_names(db).await?;
    let welsh = welsh_titles(db, language).await?;
    let none = Translations::new();
    let mut rows = consultation::Entity::find()
        .filter(consultation::Column::State.eq(STATE_PUBLISHED))
        .all(db)
        .await?;
    let mut listing = HubListing::default();
    rows.sort_by_key(|r| (r.closes_at, r.id));
    for row in &rows {
        let department = departments
            .get(&row.department_id)
            .map(String::as_str)
            .unwrap_or("");
        let saved = welsh.get(&row.id).unwrap_or(&none);
        let shown = consultation_in(row, language, saved);
        let card = card(row, department, now, &shown, language);
        match card.status {
            ConsultationStatus::Open => listing.open.push(card),
            ConsultationStatus::Forthcoming => listing.forthcoming.push(card),
            ConsultationStatus::Closed => listing.closed.push(card),
        }
    }
    listing
        .forthcoming
        .sort_by(|a, b| a.opens_at_iso.cmp(&b.opens_at_iso));
    listing.closed.reverse();
    Ok(listing)
}

pub async fn overview(
    db: &impl ConnectionTrait,
    slug: &str,
    now: DateTime<Utc>,
) -> AppResult<ConsultationOverview> {
    overview_in(db, slug, now, Language::English).await
}

/// A consultation's page in `language`.
pub async fn overview_in(
    db: &impl ConnectionTrait,
    slug: &str,
    now: DateTime<Utc>,
    language: Language,
) -> AppResult<ConsultationOverview> {
    let row = find_published(db, slug).await?;
    let saved = match language {
        Language::Welsh => crate::translation::service::saved(db, row.id).await?,
        Language::English => Translations::new(),
    };
    let shown = consultation_in(&row, language, &saved);
    let department = department::Entity::find_by_id(row.department_id)
        .one(db)
        .await?
        .map(|d| d.name)
        .unwrap_or_default();
    Ok(ConsultationOverview {
        card: card(&row, &department, now, &shown, language),
        body_html: to_safe_html(&shown.body_markdown),
        contact_name: row.contact_name.clone(),
        contact_email: row.contact_email.clone(),
        outcome_html: row
            .outcome_published_at
            .and(row.outcome_markdown.as_deref())
            .map(to_safe_html),
        outcome_published_text: row.outcome_published_at.map(uk_time::format_date),
        documents: crate::documents::service::list(db, &row).await?,
    })
}
