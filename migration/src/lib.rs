//! Schema changes, one file each, applied in order at start-up. A landed migration is never
//! edited: change the schema with a new one.

pub use sea_orm_migration::prelude::*;

mod m20261126_000001_foundation;
mod m20261126_000002_builder_revision;
mod m20261126_000003_deleted_questions;
mod m20261126_000004_version_responses;
mod m20261127_000005_typed_questions;
mod m20261127_000006_option_sums;
mod m20261127_000007_guidance_and_other;
mod m20261127_000008_grid_questions;
mod m20261127_000009_templates;
mod m20261127_000010_related_documents;
mod m20261127_000011_saved_questions;
mod m20261127_000012_dashboard_tallies;
mod m20261127_000013_prepared_downloads;
mod m20261128_000014_routes_and_drafts;
mod m20261128_000015_save_return_and_mail;
mod m20261128_000016_responses_entered_by_staff;
mod m20261128_000017_welsh_content;
mod m20261128_000018_workspaces;
mod m20261128_000019_sign_in_hardening;
mod m20261129_000020_audit_log;
mod m20261129_000021_staff_links;
mod m20261130_000022_two_factor;
mod m20261201_000023_staff_email_language;
mod m20261202_000024_workflow;
mod m20261203_000025_outcome_and_notices;
mod m20261204_000026_personal_data;
mod m20261205_000027_site_files;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_foundation::Migration),
            Box::new(m20261126_000002_builder_revision::Migration),
            Box::new(m20261126_000003_deleted_questions::Migration),
            Box::new(m20261126_000004_version_responses::Migration),
            Box::new(m20261127_000005_typed_questions::Migration),
            Box::new(m20261127_000006_option_sums::Migration),
            Box::new(m20261127_000007_guidance_and_other::Migration),
            Box::new(m20261127_000008_grid_questions::Migration),
            Box::new(m20261127_000009_templates::Migration),
            Box::new(m20261127_000010_related_documents::Migration),
            Box::new(m20261127_000011_saved_questions::Migration),
            Box::new(m20261127_000012_dashboard_tallies::Migration),
            Box::new(m20261127_000013_prepared_downloads::Migration),
            Box::new(m20261128_000014_routes_and_drafts::Migration),
            Box::new(m20261128_000015_save_return_and_mail::Migration),
            Box::new(m20261128_000016_responses_entered_by_staff::Migration),
            Box::new(m20261128_000017_welsh_content::Migration),
            Box::new(m20261128_000018_workspaces::Migration),
            Box::new(m20261128_000019_sign_in_hardening::Migration),
            Box::new(m20261129_000020_audit_log::Migration),
            Box::new(m20261129_000021_staff_links::Migration),
            Box::new(m20261130_000022_two_factor::Migration),
            Box::new(m20261201_000023_staff_email_language::Migration),
            Box::new(m20261202_000024_workflow::Migration),
            Box::new(m20261203_000025_outcome_and_notices::Migration),
            Box::new(m20261204_000026_personal_data::Migration),
            Box::new(m20261205_000027_site_files::Migration),
        ]
    }
}
