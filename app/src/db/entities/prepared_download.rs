use sea_orm::entity::prelude::*;

/// A download of responses being prepared in the background, or ready (decision 0024).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "prepared_downloads")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The download's address: not a secret on its own (only whoever asked may fetch it).
    #[sea_orm(unique)]
    pub token: String,
    pub consultation_id: i64,
    pub staff_user_id: i64,
    /// `csv` or `xlsx`.
    pub format: String,
    /// The filter, as the results page's query string ("" for every response).
    pub query: String,
    /// The filter in words, as the page says it ("" for every response).
    pub described: String,
    pub file_name: String,
    /// `domain::prepared_download::Stage`, as text.
    pub state: String,
    pub responses_total: i64,
    pub responses_done: i64,
    pub bytes: i64,
    pub created_at: DateTimeUtc,
    /// Moved on at least every few seconds while it is being prepared.
    pub updated_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
