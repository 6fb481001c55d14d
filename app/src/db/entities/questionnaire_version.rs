use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "questionnaire_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    pub number: i32,
    pub created_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
    /// Bumped by every builder edit (see migration m20261126_000002).
    pub revision: i32,
    /// Responses given to this version (see migration m20261126_000004).
    pub responses: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
