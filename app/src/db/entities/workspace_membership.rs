use sea_orm::entity::prelude::*;

/// A staff member's role in one workspace (a row of `departments`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "workspace_memberships")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub staff_user_id: i64,
    pub department_id: i64,
    /// `domain::permissions::WorkspaceRole`'s code.
    pub role: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
