use sea_orm::entity::prelude::*;

/// An item of the quality checklist a reviewer confirms (decision 0038), in the council's words.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "checklist_items")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub text: String,
    pub position: i32,
    pub created_at: DateTimeUtc,
    /// Taken off the list by a site admin (kept: approvals that ticked it name it).
    pub retired_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
