use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation_tallies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub consultation_id: i64,
    pub responses: i64,
    pub last_response_at: Option<DateTimeUtc>,
    /// How many times responses or answers were taken away (deleted, or erased at the end of
    /// retention): filter sets read before are then read again (decision 0039).
    pub removals: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
