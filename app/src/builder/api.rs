//! What the questionnaire page shows, and the server function that loads it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Questionnaire;
use crate::error::AppError;
use crate::staff::api::StaffIdentity;

/// A consultation's newest questionnaire version, as staff edit it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionnaireDraft {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    pub version: i32,
    /// Whether this version is the one respondents get (else it is the working version).
    pub published: bool,
    /// Whether the consultation itself is public (else a draft only staff see).
    pub public: bool,
    /// Sent back with every edit (see `service::revision_token`).
    pub revision: String,
    pub questionnaire: Questionnaire,
    /// Offered to staff as a starting point.
    #[serde(default)]
    pub template: bool,
}

#[server(endpoint = "load_questionnaire_draft")]
pub async fn load_questionnaire_draft(slug: String) -> Result<QuestionnaireDraft, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::questionnaire_draft(&state.db, staff, &slug).await
}

/// A department a consultation can belong to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DepartmentChoice {
    pub id: i64,
    pub name: String,
}

/// What the "create a consultation" page needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewConsultationForm {
    pub staff: StaffIdentity,
    pub departments: Vec<DepartmentChoice>,
    /// Consultations marked as templates: (address, title, department's name).
    pub templates: Vec<(String, String, String)>,
}

#[server(endpoint = "load_new_consultation_form")]
pub async fn load_new_consultation_form() -> Result<NewConsultationForm, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    let departments = super::service::building_departments(&state.db, &staff).await?;
    // Someone who may build in no department has nothing to do here.
    if departments.is_empty() {
        return Err(AppError::Forbidden);
    }
    let templates = super::service::templates(&state.db).await?;
    Ok(NewConsultationForm {
        staff,
        departments,
        templates,
    })
}

/// What the question editor needs: the question (none for a new one) and where a new one goes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionEditor {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    pub revision: String,
    pub question: Option<crate::domain::Question>,
    /// For a new question: the number of the page it goes on (from 1).
    pub page_number: Option<usize>,
    /// For a new question: the question library's saved questions, any of which can be added
    /// instead of writing one.
    #[serde(default)]
    pub saved: Vec<crate::library::api::SavedQuestion>,
}

/// `key` is a question's key, or `new` with `page` the key of the page it goes on.
#[server(endpoint = "load_question_editor")]
pub async fn load_question_editor(
    slug: String,
    key: String,
    page: Option<String>,
) -> Result<QuestionEditor, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    let draft = super::service::questionnaire_draft(&state.db, staff.clone(), &slug).await?;
    let mut editor = super::editor_for(draft, &key, page.as_deref())?;
    if editor.question.is_none() {
        editor.saved = crate::library::service::list(&state.db, &staff).await?;
    }
    Ok(editor)
}

/// A consultation's stored details, as the details form's fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationDetailsForm {
    pub staff: StaffIdentity,
    pub slug: String,
    pub title: String,
    /// Public consultations keep their web address.
    pub public: bool,
    pub departments: Vec<DepartmentChoice>,
    pub values: Vec<(String, String)>,
}

#[server(endpoint = "load_consultation_details")]
pub async fn load_consultation_details(slug: String) -> Result<ConsultationDetailsForm, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::service::details_form(&state.db, staff, &slug).await
}

/// The questionnaire after an edit made by the builder island, to draw it again as saved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedQuestionnaire {
    pub revision: String,
    pub questionnaire: Questionnaire,
    /// What the edit did, in English (tests, logs).
    pub announcement: String,
    /// The same, for the island's live region to write in the page's language.
    #[serde(default)]
    pub announcement_text: Option<crate::domain::interface_text::Message>,

    /// The question the edit added or moved, by key (the island moves focus to it).
    #[serde(default)]
    pub focus: Option<String>,
}

/// A drop in the builder island (drag and drop, by pointer or keyboard): question `question`
/// goes to page `page` at `index` (counted without the question itself). Checked against
/// `revision` like every builder edit; the plain form's "Move up"/"Move down" are its twins.
#[server(endpoint = "move_question")]
pub async fn move_question(
    slug: String,
    revision: String,
    question: String,
    page: String,
    index: usize,
) -> Result<SavedQuestionnaire, AppError> {
    use crate::domain::questionnaire_edit::Edit;
    let staff = crate::staff::api::require_staff().await?;
    let edit = Edit::MoveQuestionTo {
        question,
        page,
        index,
    };
    island_edit(staff, &slug, &revision, edit).await
}

/// A drop from the builder island's palette: a new question of kind `kind` (a code of
/// `question_form::KINDS`) added on page `page` at `index`, with starter words
/// (`question_form::starter_question`) that its editor replaces. Checked against `revision`
/// like every builder edit; its twin without JavaScript is "Add question below" / "Add a
/// question", which opens the editor for a question at that place.
#[server(endpoint = "add_new_question")]
pub async fn add_new_question(
    slug: String,
    revision: String,
    kind: String,
    page: String,
    index: usize,
) -> Result<SavedQuestionnaire, AppError> {
    use crate::domain::questionnaire_edit::Edit;
    let staff = crate::staff::api::require_staff().await?;
    let Some(question) = crate::domain::question_form::starter_question(&kind) else {
        return Err(AppError::BadRequest(
            crate::domain::interface_text::english("builder-no-such-kind"),
        ));
    };
    let edit = Edit::AddQuestion {
        page,
        index,
        question,
    };
    island_edit(staff, &slug, &revision, edit).await
}

/// "Save routes" in the builder island's Routes panel: `form` is the outline's form as the
/// button would post it (URL-encoded), of which the `route-<option key>` fields of question
/// `question` are read. Checked and stored as that post is (`service::set_routes`), its twin
/// without JavaScript.
#[server(endpoint = "save_routes")]
pub async fn save_routes(
    slug: String,
    revision: String,
    question: String,
    form: String,
) -> Result<SavedQuestionnaire, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    let fields: Vec<(String, String)> = serde_urlencoded::from_str(&form).map_err(|_| {
        AppError::BadRequest(crate::domain::interface_text::english(
            "builder-routes-unreadable",
        ))
    })?;
    let fields = crate::domain::routing::routes_from_outline(&question, &fields);
    let saved =
        super::service::set_routes(&state.db, &staff, &slug, &revision, &question, &fields).await?;
    saved_answer(staff, &slug, saved).await
}

/// An edit from the builder island, stored against `revision`, answered with the
/// questionnaire as stored so the island draws it again.
#[cfg(feature = "ssr")]
async fn island_edit(
    staff: StaffIdentity,
    slug: &str,
    revision: &str,
    edit: crate::domain::questionnaire_edit::Edit,
) -> Result<SavedQuestionnaire, AppError> {
    let state = crate::state::app_state()?;
    let saved =
        super::service::edit_questionnaire_revised(&state.db, &staff, slug, revision, edit).await?;
    saved_answer(staff, slug, saved).await
}

/// What the island is answered with after an edit it asked for was stored: the questionnaire as
/// stored, to draw again, with the edit's revision and announcement.
#[cfg(feature = "ssr")]
async fn saved_answer(
    staff: StaffIdentity,
    slug: &str,
    (applied, revision): (crate::domain::questionnaire_edit::Applied, String),
) -> Result<SavedQuestionnaire, AppError> {
    let state = crate::state::app_state()?;
    let draft = super::service::questionnaire_draft(&state.db, staff, slug).await?;
    Ok(SavedQuestionnaire {
        revision,
        questionnaire: draft.questionnaire,
        announcement: applied
            .announcement
            .render(crate::domain::Language::English),
        announcement_text: Some(applied.announcement),
        focus: applied.focus,
    })
}

/// The questionnaire being built, as respondents will see it (staff who may build it).
#[server(endpoint = "load_staff_preview")]
pub async fn load_staff_preview(
    slug: String,
) -> Result<crate::respond::api::ResponseForm, AppError> {
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    super::preview::staff_preview(
        &state.db,
        &state.signing_key,
        &staff,
        &slug,
        chrono::Utc::now(),
    )
    .await
}

/// The preview a shared link opens (no account needed: the signed link is the permission).
#[server(endpoint = "load_shared_preview")]
pub async fn load_shared_preview(
    token: String,
) -> Result<crate::respond::api::ResponseForm, AppError> {
    let state = crate::state::app_state()?;
    super::preview::shared_preview(&state.db, &state.signing_key, &token, chrono::Utc::now()).await
}

/// Autosave in the question editor: the editor's fields as the browser has them (`form`, the
/// form's URL-encoded body), checked by the same rules as "Save question" and stored against
/// `revision` like every builder edit. Answers with the new revision, which the editor sends
/// with its next save. Only an existing question is autosaved (a new one is added by its
/// button).
#[server(endpoint = "autosave_question")]
pub async fn autosave_question(
    slug: String,
    key: String,
    revision: String,
    form: String,
) -> Result<String, AppError> {
    use crate::domain::question_form::check_question;
    use crate::domain::questionnaire_edit::Edit;
    let staff = crate::staff::api::require_staff().await?;
    let state = crate::state::app_state()?;
    let fields: Vec<(String, String)> = serde_urlencoded::from_str(&form).map_err(|_| {
        AppError::BadRequest(crate::domain::interface_text::english(
            "builder-fields-unreadable",
        ))
    })?;
    let draft = super::service::questionnaire_draft(&state.db, staff.clone(), &slug).await?;
    let editor = super::editor_for(draft, &key, None)?;
    let Some(question) = editor.question else {
        return Err(AppError::BadRequest(
            crate::domain::interface_text::english("builder-autosave-new"),
        ));
    };
    let question =
        check_question(&fields, question.kind.code(), &question.key).map_err(AppError::Invalid)?;
    let (_, revision) = super::service::edit_questionnaire_revised(
        &state.db,
        &staff,
        &slug,
        &revision,
        Edit::UpdateQuestion { question },
    )
    .await?;
    Ok(revision)
}
