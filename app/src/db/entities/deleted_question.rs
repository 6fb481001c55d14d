use sea_orm::entity::prelude::*;

/// A question deleted in the builder, for "Undo" (see migration m20261126_000003).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "deleted_questions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    pub page_key: String,
    pub position: i32,
    /// The `domain::Question` as JSON.
    pub question_json: String,
    pub deleted_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
