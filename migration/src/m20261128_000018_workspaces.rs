//! Workspaces and roles in them (issue 10, section 1; decision 0032).
//!
//! - `departments` are the workspaces: the council's departments and its partner organisations.
//!   `kind` says which (`department` or `partner`). The table keeps its name, as do the
//!   `department_id` columns that point at it.
//! - `workspace_memberships`: a staff member's role in one workspace (`workspace_admin`,
//!   `editor`, `analyst`, `viewer`). A person may belong to several workspaces, with one role in
//!   each; leaving a workspace (or its going) removes the row.
//! - `staff_users.role` now holds the role across the whole site only: `site_admin`, or `staff`
//!   (no rights beyond the person's memberships). Each account's old department role becomes its
//!   membership of that department (`department_admin` becoming `workspace_admin`), and
//!   `staff_users.department_id` is emptied and no longer read. (SQLite cannot drop a column that
//!   a foreign key names, so it stays, always empty.)

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Departments {
    Table,
    Id,
    Kind,
}

#[derive(DeriveIden)]
enum StaffUsers {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum WorkspaceMemberships {
    Table,
    Id,
    StaffUserId,
    DepartmentId,
    Role,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Departments::Table)
                    .add_column(string_len(Departments::Kind, 16).default("department"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WorkspaceMemberships::Table)
                    .col(big_pk_auto(WorkspaceMemberships::Id))
                    .col(big_integer(WorkspaceMemberships::StaffUserId))
                    .col(big_integer(WorkspaceMemberships::DepartmentId))
                    .col(string_len(WorkspaceMemberships::Role, 32))
                    .col(timestamp_with_time_zone(WorkspaceMemberships::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                WorkspaceMemberships::Table,
                                WorkspaceMemberships::StaffUserId,
                            )
                            .to(StaffUsers::Table, StaffUsers::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                WorkspaceMemberships::Table,
                                WorkspaceMemberships::DepartmentId,
                            )
                            .to(Departments::Table, Departments::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("workspace_memberships_one_per_person")
                    .table(WorkspaceMemberships::Table)
                    .col(WorkspaceMemberships::StaffUserId)
                    .col(WorkspaceMemberships::DepartmentId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("workspace_memberships_by_workspace")
                    .table(WorkspaceMemberships::Table)
                    .col(WorkspaceMemberships::DepartmentId)
                    .to_owned(),
            )
            .await?;
        // Plain SQL that SQLite and PostgreSQL both read the same way.
        let db = manager.get_connection();
        db.execute_unprepared(
            "INSERT INTO workspace_memberships (staff_user_id, department_id, role, created_at) \
             SELECT id, department_id, \
                    CASE role WHEN 'department_admin' THEN 'workspace_admin' ELSE role END, \
                    created_at \
             FROM staff_users \
             WHERE role <> 'site_admin' AND department_id IS NOT NULL",
        )
        .await?;
        db.execute_unprepared("UPDATE staff_users SET role = 'staff' WHERE role <> 'site_admin'")
            .await?;
        db.execute_unprepared("UPDATE staff_users SET department_id = NULL")
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Each account gets back one department role: its first membership's.
        let db = manager.get_connection();
        db.execute_unprepared(
            "UPDATE staff_users SET \
               department_id = (SELECT m.department_id FROM workspace_memberships m \
                                WHERE m.staff_user_id = staff_users.id ORDER BY m.id LIMIT 1), \
               role = COALESCE((SELECT CASE m.role WHEN 'workspace_admin' THEN 'department_admin' \
                                       ELSE m.role END \
                                FROM workspace_memberships m \
                                WHERE m.staff_user_id = staff_users.id ORDER BY m.id LIMIT 1), \
                               'viewer') \
             WHERE role <> 'site_admin'",
        )
        .await?;
        manager
            .drop_table(Table::drop().table(WorkspaceMemberships::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Departments::Table)
                    .drop_column(Departments::Kind)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
