use sea_orm::entity::prelude::*;

/// One of a person's one-use recovery codes for two-factor sign-in (decision 0036).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_recovery_codes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub staff_user_id: i64,
    /// SHA-256 of the person's id and the code (`staff::two_factor::recovery_code_hash`).
    pub code_hash: String,
    pub used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
