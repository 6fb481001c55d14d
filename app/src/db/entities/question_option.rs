use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "question_options")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub question_id: i64,
    pub key: String,
    pub position: i32,
    pub label: String,
    /// "Other": chosen with a box to say what.
    pub other: bool,
    /// A point of a grid's scale (a column), not a statement.
    pub scale: bool,
    /// Where choosing it sends the respondent (`domain::routing::Goto::stored`).
    pub goto: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
