use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::api::{ConsultationCard, ConsultationOverview, HubListing};
use crate::db::entities::{consultation, department};
use crate::db::questionnaire_store::{STATE_PUBLISHED, find_published};
use crate::domain::{ConsultationStatus, uk_time};
use crate::error::AppResult;
use crate::markdown::to_safe_html;

fn card(row: &consultation::Model, department: &str, now: DateTime<Utc>) -> ConsultationCard {
    ConsultationCard {
        slug: row.slug.clone(),
        title: row.title.clone(),
        summary: row.summary.clone(),
        department: department.to_string(),
        status: ConsultationStatus::at(row.opens_at, row.closes_at, now),
        opens_at_text: uk_time::format_date_time(row.opens_at),
        opens_at_iso: uk_time::iso(row.opens_at),
        closes_at_text: uk_time::format_date_time(row.closes_at),
        closes_at_iso: uk_time::iso(row.closes_at),
        has_outcome: row.outcome_published_at.is_some(),
    }
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
    let departments = department_names(db).await?;
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
        let card = card(row, department, now);
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
    let row = find_published(db, slug).await?;
    let department = department::Entity::find_by_id(row.department_id)
        .one(db)
        .await?
        .map(|d| d.name)
        .unwrap_or_default();
    Ok(ConsultationOverview {
        card: card(&row, &department, now),
        body_html: to_safe_html(&row.body_markdown),
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
