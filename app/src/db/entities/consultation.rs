use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub body_markdown: String,
    pub department_id: i64,
    pub contact_name: String,
    pub contact_email: String,
    pub state: String,
    pub opens_at: DateTimeUtc,
    pub closes_at: DateTimeUtc,
    pub outcome_markdown: Option<String>,
    pub outcome_published_at: Option<DateTimeUtc>,
    /// The outcome as its owner last saved it: the public sees `outcome_markdown`, which a
    /// reviewer's "Publish the outcome" sets from this (decision 0038).
    pub outcome_draft_markdown: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Offered to staff as a starting point ("Start from a template"); set by site admins.
    pub is_template: bool,
    /// Where it is in its life (`domain::workflow::Stage`'s code; decision 0038). `state` stays
    /// whether the public sees it, kept in step by the workflow's service.
    pub stage: String,
    /// The privacy notice's own words (Markdown); none: the site's template (decision 0039).
    pub privacy_markdown: Option<String>,
    /// Months after closing that answers which are personal data are kept; none: not yet set,
    /// and never erased.
    pub retention_months: Option<i32>,
    /// When those answers were last erased (cleared when more questions become personal data).
    pub personal_data_erased_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
