use sea_orm::entity::prelude::*;

/// A response being answered a page at a time (decision 0026).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "response_drafts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// SHA-256 (hex) of the token in the draft's addresses; the token is never stored.
    #[sea_orm(unique)]
    pub token_hash: String,
    pub consultation_id: i64,
    pub version_id: i64,
    /// The answers so far, as the `(name, value)` form fields that gave them (JSON).
    pub fields: String,
    /// Keys of the pages completed (JSON).
    pub completed: String,
    /// Names of pages whose answers a changed answer dropped, to say so once (JSON).
    pub dropped: String,
    /// The response stored from it, once sent.
    pub response_id: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
