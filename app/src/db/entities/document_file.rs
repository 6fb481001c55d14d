use sea_orm::entity::prelude::*;

/// An uploaded file's bytes, apart from its `related_documents` row so listing never reads them.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "document_files")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub document_id: i64,
    pub bytes: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
