use sea_orm::entity::prelude::*;

/// How many answers gave `value` to question `question_id` (option 0) or to its option
/// `option_id` (a rank, or points).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "value_tallies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub question_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub option_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub value: f64,
    pub answers: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
