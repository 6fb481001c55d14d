use sea_orm::entity::prelude::*;

/// How many chose scale point `option_id` for a grid's statement `row_option_id`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cell_tallies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub row_option_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub option_id: i64,
    pub chosen: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
