use sea_orm::entity::prelude::*;

/// A piece of a prepared download's file, in order of `seq`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "prepared_download_parts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub download_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub seq: i32,
    pub data: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
