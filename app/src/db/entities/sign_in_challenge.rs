use sea_orm::entity::prelude::*;

/// A sign-in whose password was right that still needs a second step (decision 0036).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sign_in_challenges")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// SHA-256 of the token in the challenge's cookie.
    pub token_hash: String,
    pub staff_user_id: i64,
    /// A `domain::two_factor::SecondStep` code: `code` or `enrol`.
    pub purpose: String,
    /// Where to go once signed in (already checked to be a path on this site).
    pub next_path: String,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub failures: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
