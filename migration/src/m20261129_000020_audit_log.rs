//! The audit log (issue 10, section 4; decision 0034).
//!
//! `audit_events`: one row per staff action that changed something, or read responses out of
//! the platform (an export, a download). Who (their id, and their name and email as they were,
//! so the entry reads the same after an account changes), when, what (`action`, a code of
//! `domain::audit::AuditAction`), which workspace and consultation it concerned (for filtering,
//! and so workspace admins see their own), what it was done to in words, and short summaries of
//! before and after.
//!
//! Append-only: triggers refuse every UPDATE and DELETE (and, on PostgreSQL, TRUNCATE), so
//! neither the app nor a mistaken query rewrites history. No foreign keys: an entry outlives the
//! account, workspace or consultation it names.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    OccurredAt,
    ActorId,
    ActorName,
    ActorEmail,
    Action,
    WorkspaceId,
    ConsultationId,
    Subject,
    Before,
    After,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEvents::Table)
                    .col(big_pk_auto(AuditEvents::Id))
                    .col(timestamp_with_time_zone(AuditEvents::OccurredAt))
                    .col(big_integer_null(AuditEvents::ActorId))
                    .col(string_len(AuditEvents::ActorName, 200))
                    .col(string_len(AuditEvents::ActorEmail, 320))
                    .col(string_len(AuditEvents::Action, 64))
                    .col(big_integer_null(AuditEvents::WorkspaceId))
                    .col(big_integer_null(AuditEvents::ConsultationId))
                    .col(string_len(AuditEvents::Subject, 400))
                    .col(text_null(AuditEvents::Before))
                    .col(text_null(AuditEvents::After))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_events_by_time")
                    .table(AuditEvents::Table)
                    .col(AuditEvents::OccurredAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_events_by_workspace")
                    .table(AuditEvents::Table)
                    .col(AuditEvents::WorkspaceId)
                    .col(AuditEvents::OccurredAt)
                    .to_owned(),
            )
            .await?;
        // The builder's autosave asks for a person's latest entry at every save.
        manager
            .create_index(
                Index::create()
                    .name("audit_events_by_actor")
                    .table(AuditEvents::Table)
                    .col(AuditEvents::ActorId)
                    .col(AuditEvents::Id)
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            sea_orm_migration::sea_orm::DatabaseBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE FUNCTION audit_events_append_only() RETURNS trigger \
                     LANGUAGE plpgsql AS $$ BEGIN \
                       RAISE EXCEPTION 'the audit log is append-only'; \
                     END $$",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER audit_events_append_only \
                     BEFORE UPDATE OR DELETE ON audit_events \
                     FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER audit_events_never_truncated \
                     BEFORE TRUNCATE ON audit_events \
                     FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()",
                )
                .await?;
            }
            _ => {
                for (name, event) in [
                    ("audit_events_never_updated", "UPDATE"),
                    ("audit_events_never_deleted", "DELETE"),
                ] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {name} BEFORE {event} ON audit_events \
                         BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditEvents::Table).to_owned())
            .await?;
        if manager.get_database_backend() == sea_orm_migration::sea_orm::DatabaseBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP FUNCTION IF EXISTS audit_events_append_only()")
                .await?;
        }
        Ok(())
    }
}
