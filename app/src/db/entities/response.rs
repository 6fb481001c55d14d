use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "responses")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    pub version_id: i64,
    #[sea_orm(unique)]
    pub reference: String,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub answers_digest: String,
    pub channel: String,
    pub submitted_at: DateTimeUtc,
    /// The earlier response with the very same answers, sent within minutes (decision 0027).
    pub duplicate_of: Option<i64>,
    /// The staff member who entered it from paper, a call or an email (none online).
    pub entered_by: Option<i64>,
    /// The UK day a response entered by staff reached the council.
    pub received_on: Option<Date>,
    /// Why a response received after the closing date was accepted.
    pub late_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
