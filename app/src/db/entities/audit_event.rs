use sea_orm::entity::prelude::*;

/// One entry of the audit log (`domain::audit`): append-only, the database refuses to change or
/// delete it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub occurred_at: DateTimeUtc,
    /// The staff account that acted; none for what the platform did by itself.
    pub actor_id: Option<i64>,
    pub actor_name: String,
    pub actor_email: String,
    /// An `AuditAction` code.
    pub action: String,
    pub workspace_id: Option<i64>,
    pub consultation_id: Option<i64>,
    /// What the action was done to, in words (a consultation's title, an account's email).
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
