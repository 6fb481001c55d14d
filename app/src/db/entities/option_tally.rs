use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "option_tallies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub option_id: i64,
    pub chosen: i64,
    /// The sum of the ranks or points given to the option (ranking and points questions).
    pub number_sum: f64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
