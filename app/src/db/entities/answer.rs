use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "answers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub response_id: i64,
    pub question_id: i64,
    pub option_id: Option<i64>,
    pub text_value: Option<String>,
    /// A number answer's value, or a date answer's day number (for ranges and averages).
    pub number_value: Option<f64>,
    /// A grid's answer: the scale point chosen for the statement in `option_id`.
    pub scale_option_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
