use sea_orm::entity::prelude::*;

/// The Welsh of one of a consultation's texts (decision 0030), named by its `target`
/// (`domain::welsh_content`), with the English it was written from.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "content_translations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    pub target: String,
    pub source: String,
    pub welsh: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
