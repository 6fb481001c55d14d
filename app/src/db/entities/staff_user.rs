use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    /// Across the whole site: `site_admin`, or `staff` (rights only through memberships).
    /// (The table's `department_id` column is unused since migration 18.)
    pub role: String,
    pub created_at: DateTimeUtc,
    /// Switched off by an admin: signs in no more.
    pub deactivated_at: Option<DateTimeUtc>,
    /// The authenticator app's shared secret (hex), once two-factor sign-in is on (decision 0036).
    pub totp_secret: Option<String>,
    /// A secret being set up: shown to the person, not yet proved with a code from their app.
    pub totp_pending_secret: Option<String>,
    pub totp_enabled_at: Option<DateTimeUtc>,
    /// The last 30-second step a code was accepted for: a code works once.
    pub totp_last_step: Option<i64>,
    /// The language of the emails the platform sends them: `en` or `cy` (`Language::tag`).
    pub email_language: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
