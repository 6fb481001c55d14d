use sea_orm::entity::prelude::*;

/// A way back into a saved draft: a return code or an emailed link (decision 0028).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "draft_returns")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub draft_id: i64,
    /// `code` or `link`.
    pub kind: String,
    /// SHA-256 (hex) of the code (as `domain::return_code` writes it) or of the link's token.
    #[sea_orm(unique)]
    pub secret_hash: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
