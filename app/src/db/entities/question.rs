use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "questions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub version_id: i64,
    pub page_id: i64,
    pub key: String,
    pub position: i32,
    pub kind: String,
    pub label: String,
    pub hint: Option<String>,
    pub required: bool,
    pub max_chars: Option<i32>,
    pub min_choices: Option<i32>,
    pub max_choices: Option<i32>,
    /// JSON settings of kinds with more than the columns above (`questionnaire_store`).
    pub settings: Option<String>,
    /// Markdown help for respondents ("Help with this question").
    pub guidance: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
