use sea_orm::entity::prelude::*;

/// A question saved to the question library (decision 0018).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "library_questions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// What the library lists it as (`domain::library::saved_name`).
    pub name: String,
    /// Its kind's code (`QuestionKind::code`).
    pub kind: String,
    /// `domain::Question` as JSON, without ids or keys (`domain::library::saved_copy`).
    pub question: String,
    pub saved_by_id: i64,
    pub saved_by_name: String,
    /// The department of the consultation it was saved from.
    pub department_id: Option<i64>,
    pub saved_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
