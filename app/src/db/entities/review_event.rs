use sea_orm::entity::prelude::*;

/// A step of a consultation's workflow (decision 0038): who took it (none: the clock), which
/// (`domain::workflow::Step`'s code), the stage after it, the comment, and the checklist items a
/// reviewer ticked (one per line, in the words they had then).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "review_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    pub staff_user_id: Option<i64>,
    pub actor_name: String,
    pub step: String,
    pub stage_after: String,
    pub comment: Option<String>,
    pub confirmed: Option<String>,
    pub created_at: DateTimeUtc,
    /// When the people involved were emailed of it (none: not yet; a server's notifier takes it).
    pub notified_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
