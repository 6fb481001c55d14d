use sea_orm::entity::prelude::*;

/// A related document of a consultation: a link (`url`) or an uploaded file (name, type code,
/// size; its bytes are in `document_files`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "related_documents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    /// Order on the consultation page, from 0.
    pub position: i32,
    pub title: String,
    pub url: Option<String>,
    pub file_name: Option<String>,
    /// `domain::documents::FileType::code`.
    pub file_type: Option<String>,
    pub size_bytes: Option<i64>,
    pub added_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
