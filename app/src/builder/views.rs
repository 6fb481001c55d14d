//! The questionnaire page: where staff build a consultation's questions.
//!
//! THE BUILDER ISLAND LIVES HERE. `QuestionnaireBuilder` is a lazy island: built with
//! `cargo leptos build --split`, its code goes into a WASM chunk of its own that only this page
//! fetches, never a public page (the browser tests check which code each page loads). What it
//! draws is also the builder without JavaScript: every change is a button in one plain form
//! (`do=<action>:<key>`, posted to `builder::http::post_questionnaire`), so drag and drop, when
//! the island adds it, always has a twin that needs no script (WCAG 2.5.7).

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{QuestionnaireDraft, load_questionnaire_draft};
use crate::components::{
    ErrorSummary, IslandScripts, PageTitle, PostedForm, SaveState, SaveStatus, content_lang, href,
    hydration_mark, message_with_content, tr, tr_with, use_language,
};
use crate::domain::interface_text::TextArg;
use crate::domain::{Question, QuestionKind, Questionnaire};
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn QuestionnairePage() -> impl IntoView {
    let posted = use_context::<PostedForm>().unwrap_or_default();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let draft = Resource::new(slug, load_questionnaire_draft);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("builder-loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(
                        draft.await,
                        |draft| view! { <QuestionnaireView draft posted /> }.into_any(),
                    )
                })
            }}
        </Suspense>
    }
}

/// What the outline calls an item: a question, or a content block (a heading, a paragraph), as
/// the `kind` argument of the builder's messages.
fn item_noun(question: &Question) -> &'static str {
    if question.kind.is_content() {
        "block"
    } else {
        "question"
    }
}

/// An item by its number, in words: "question 3", "block 4".
fn item_name(question: &Question, number: usize) -> String {
    tr_with(
        "builder-position",
        &[
            ("kind", TextArg::from(item_noun(question))),
            ("number", TextArg::from(number)),
        ],
    )
}

/// Where a question (or block) is, in words: "question 3, on page 2".
fn position_of(q: &Questionnaire, key: &str) -> Option<String> {
    let mut number = 0;
    for (p, page) in q.pages.iter().enumerate() {
        for question in &page.questions {
            number += 1;
            if question.key == key {
                return Some(if q.pages.len() > 1 {
                    tr_with(
                        "builder-position-on-page",
                        &[
                            ("kind", TextArg::from(item_noun(question))),
                            ("number", TextArg::from(number)),
                            ("page", TextArg::from(p + 1)),
                        ],
                    )
                } else {
                    item_name(question, number)
                });
            }
        }
    }
    None
}

/// The message after a change (`?done=<code>&item=<key>`), worded here from the questionnaire
/// as it now is: no text travels in the address.
fn done_message(code: &str, item: Option<&str>, q: &Questionnaire) -> Option<String> {
    let at = || item.and_then(|key| position_of(q, key));
    // "Question moved", or "Block moved" for a heading or paragraph.
    let noun = item
        .and_then(|key| q.question_by_key(key))
        .map_or("question", item_noun);
    // A message about the item, said with where it now is when it is still there.
    let about_item = |with_place: &str, without: &str| match at() {
        Some(at) => tr_with(
            with_place,
            &[("kind", TextArg::from(noun)), ("at", TextArg::from(at))],
        ),
        None => tr_with(without, &[("kind", TextArg::from(noun))]),
    };
    Some(match code {
        "created" => tr("builder-done-created"),
        "cloned" => tr("builder-done-cloned"),
        "moved" => about_item("builder-done-moved-at", "builder-done-moved"),
        "duplicated" => about_item("builder-done-duplicated-at", "builder-done-duplicated"),
        "deleted" => tr("builder-done-deleted"),
        "restored" => about_item("builder-done-restored-at", "builder-done-restored"),
        "added" => about_item("builder-done-added-at", "builder-done-added"),
        "saved" => tr_with("builder-done-saved", &[("kind", TextArg::from(noun))]),
        "details-saved" => tr("builder-done-details-saved"),
        "page-added" => tr("builder-done-page-added"),
        "template-on" => tr("builder-done-template-on"),
        "template-off" => tr("builder-done-template-off"),
        "from-template" => tr("builder-done-from-template"),
        "library-added" => tr("builder-done-library-added"),
        "library-saved" => match at() {
            Some(at) => {
                let mut at = at.chars();
                let first = at
                    .next()
                    .map(|c| c.to_uppercase().to_string())
                    .unwrap_or_default();
                let at = format!("{first}{}", at.as_str());
                tr_with(
                    "builder-done-library-saved-at",
                    &[("at", TextArg::from(at))],
                )
            }
            None => tr("builder-done-library-saved"),
        },
        "page-moved" => tr("builder-done-page-moved"),
        "page-removed" => tr("builder-done-page-removed"),
        "page-renamed" => tr("builder-done-page-renamed"),
        "routes" => {
            let routed = item
                .and_then(|key| q.question_by_key(key))
                .map_or(0, |question| {
                    question
                        .kind
                        .options()
                        .iter()
                        .filter(|o| o.goto.is_some())
                        .count()
                });
            match at() {
                Some(at) => tr_with(
                    "builder-done-routes-at",
                    &[("at", TextArg::from(at)), ("routed", TextArg::from(routed))],
                ),
                None => tr("builder-done-routes"),
            }
        }
        _ => return None,
    })
}

#[component]
fn QuestionnaireView(draft: QuestionnaireDraft, posted: PostedForm) -> impl IntoView {
    let results = href(&format!("/staff/consultations/{}/results", draft.slug));
    let details = href(&format!("/staff/consultations/{}/details", draft.slug));
    let documents = href(&crate::documents::api::documents_path(&draft.slug));
    let preview = href(&format!("/staff/consultations/{}/preview", draft.slug));
    let public = href(&format!("/consultations/{}", draft.slug));
    let welsh = href(&crate::translation::api::welsh_path(&draft.slug));
    let action = href(&format!(
        "/staff/consultations/{}/questionnaire",
        draft.slug
    ));
    let state = tr(match (draft.published, draft.public) {
        (true, _) => "builder-state-published",
        (false, true) => "builder-state-changes",
        (false, false) => "builder-state-draft",
    });
    let query = use_query_map();
    let (done, done_code) = {
        let q = query.read_untracked();
        // `created=1` comes from "create a consultation".
        let code = q
            .get("done")
            .or_else(|| q.get("created").map(|_| "created".into()))
            .unwrap_or_default();
        (
            done_message(&code, q.get("item").as_deref(), &draft.questionnaire),
            code,
        )
    };
    let has_errors = posted.problem.is_some();
    let errors = RwSignal::new(Vec::new());
    let problem = RwSignal::new(posted.problem.clone());
    let review = href(&crate::workflow::review_path(&draft.slug));
    // It goes public, and so do changes to it once public, through review (decision 0038).
    let publish = (!draft.published).then(|| {
        let about = if draft.public {
            "builder-public-changes-about"
        } else {
            "workflow-builder-about"
        };
        view! {
            <h2 class="heading-m">{tr("builder-publish-heading")}</h2>
            <p class="body">{tr(about)}</p>
            <p class="body"><a href=review.clone()>{tr("workflow-builder-link")}</a></p>
        }
        .into_any()
    });
    // Site admins offer a consultation to every department as a starting point.
    let template_section = draft
        .staff
        .can(
            crate::domain::permissions::Action::ManageTemplates,
            crate::domain::permissions::Target::Site,
        )
        .then(|| {
            let (explanation, button, value) = if draft.template {
                (
                    tr("builder-template-offered"),
                    tr("builder-template-stop"),
                    "template_off:",
                )
            } else {
                (
                    tr("builder-template-offer-about"),
                    tr("builder-template-offer"),
                    "template_on:",
                )
            };
            view! {
                <h2 class="heading-m">{tr("builder-template-heading")}</h2>
                <p class="body">{explanation}</p>
                <form method="post" action=action.clone()>
                    <input type="hidden" name="revision" value=draft.revision.clone() />
                    <button type="submit" class="button button--secondary" name="do" value=value>
                        {button}
                    </button>
                </form>
            }
        });
    view! {
        <PageTitle
            text=tr_with("builder-page-title", &[("title", TextArg::from(draft.title.clone()))])
            error=has_errors
        />
        <StaffBar staff=draft.staff />
        <a href=href("/staff") class="back-link">
            {tr("builder-back")}
        </a>
        <ErrorSummary errors=errors problem=problem />
        {done
            .map(|message| {
                // After a delete, "Undo" puts the question back (a form of its own: it works
                // without JavaScript too).
                let undo = (done_code == "deleted")
                    .then(|| {
                        view! {
                            <form method="post" action=action.clone() class="notification__action">
                                <input type="hidden" name="revision" value=draft.revision.clone() />
                                <button type="submit" class="button button--secondary button--small" name="do" value="undo:">
                                    {tr("builder-undo")}
                                    <span class="visually-hidden">{format!(" {}", tr("builder-undo-what"))}</span>
                                </button>
                            </form>
                        }
                    });
                view! {
                    <div class="notification" role="status">
                        <p class="body">{message}</p>
                        {undo}
                    </div>
                }
            })}
        <span class="caption-l">{tr("builder-caption")}</span>
        <h1 class="heading-xl" lang=content_lang()>{draft.title}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("builder-version")}</dt>
                <dd class="summary-list__value" data-testid="questionnaire-version">
                    {format!("{} ({state})", draft.version)}
                </dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{tr("builder-questions")}</dt>
                <dd class="summary-list__value">{draft.questionnaire.questions().count()}</dd>
            </div>
        </dl>
        <p class="body">
            <a href=details>{tr("builder-link-details")}</a>
            " · "
            <a href=review>{tr("workflow-builder-link")}</a>
            " · "
            <a href=documents>{tr("builder-link-documents")}</a>
            " · "
            <a href=preview>{tr("builder-link-preview")}</a>
            " · "
            <a href=welsh>{tr("builder-link-welsh")}</a>
            " · "
            <a href=results>{tr("builder-link-results")}</a>
            " · "
            <a href=public>{tr("builder-link-public")}</a>
        </p>
        // Marks the page as running scripts before anything below is drawn, so the palette (shown
        // only then, by the stylesheet) is there from the first paint and nothing moves when the
        // island wakes (GOV.UK's `govuk-frontend-supported` pattern).
        <script nonce=leptos::nonce::use_nonce() inner_html=JS_ENABLED_SCRIPT></script>
        <QuestionnaireBuilder
            slug=draft.slug
            revision=draft.revision.clone()
            questionnaire=draft.questionnaire
        />
        <h2 class="heading-m">{tr("builder-standard-heading")}</h2>
        <p class="body">{tr("builder-standard-about")}</p>
        {crate::domain::library::BLOCKS
            .iter()
            .map(|block| {
                view! {
                    <h3 class="heading-s">{tr(block.name_id)}</h3>
                    <p class="body">{tr(block.description_id)}</p>
                    <form method="post" action=action.clone()>
                        <input type="hidden" name="revision" value=draft.revision.clone() />
                        <button
                            type="submit"
                            class="button button--secondary"
                            name="do"
                            value=format!("library:{}", block.code)
                        >
                            {tr("builder-standard-add")}
                            <span class="visually-hidden">{format!(" \u{2013} {}", tr(block.name_id))}</span>
                        </button>
                    </form>
                }
            })
            .collect_view()}
        {publish}
        {template_section}
        <h2 class="heading-m">{tr("builder-copy-heading")}</h2>
        <p class="body">{tr("builder-copy-about")}</p>
        <form method="post" action=action.clone()>
            <input type="hidden" name="revision" value=draft.revision.clone() />
            <button type="submit" class="button button--secondary" name="do" value="clone:">
                {tr("builder-copy-button")}
            </button>

        </form>
        <IslandScripts staff=true />
    }
}

const JS_ENABLED_SCRIPT: &str = "document.body.classList.add(\"js-enabled\")";

/// What an edit the island asked for did, in the page's language ("Question moved to page 2,
/// position 1 of 2").
fn announcement_of(saved: &super::api::SavedQuestionnaire) -> String {
    match &saved.announcement_text {
        Some(text) => text.render(use_language()),
        None => saved.announcement.clone(),
    }
}

/// The live region's words after an edit was saved: "Saved. Question moved to ….".
fn saved_announcement(saved: &super::api::SavedQuestionnaire) -> String {
    tr_with(
        "builder-saved",
        &[("announcement", TextArg::from(announcement_of(saved)))],
    )
}

/// A question being moved: the questionnaire as it was when it was picked up (Escape, or a
/// refused save, puts it back).
#[derive(Clone, Debug)]
struct Drag {
    key: String,
    snapshot: Questionnaire,
    by_pointer: bool,
    /// A new question from the palette: its kind's code (it is stored only when dropped).
    new_kind: Option<String>,
}

/// The key of a new question while it is carried from the palette (the server gives it a real
/// one when it is dropped).
const NEW_QUESTION: &str = "new-question";
const PALETTE_HELP: &str = "builder-palette-help";

/// What the outline's rows need to be dragged: the island's drag and drop, and whether the island
/// runs yet (the handles appear then, each row adding its own: the rows are not drawn again).
#[derive(Clone, Copy)]
struct Grips {
    sortable: Sortable,
    hydrated: RwSignal<bool>,
}

/// The id of the element holding the outline's sortable lists (pages).
const OUTLINE_ROOT: &str = "builder-outline";
const DRAG_HELP: &str = "builder-drag-help";

/// The island's drag and drop: the questionnaire as shown, its revision, and the move under way.
/// Keyed by question and page keys throughout (`domain::sortable`); a drop is saved as one
/// `move_question` call, checked against the revision like every builder edit.
#[derive(Clone, Copy)]
struct Sortable {
    slug: StoredValue<String>,
    layout: RwSignal<Questionnaire>,
    revision: RwSignal<String>,
    save: RwSignal<SaveState>,
    announce: RwSignal<String>,
    grabbed: RwSignal<Option<String>>,
    drag: StoredValue<Option<Drag>>,
    listeners: StoredValue<Vec<WindowListenerHandle>>,
}

fn lists_of(q: &Questionnaire) -> crate::domain::sortable::Lists {
    crate::domain::sortable::Lists {
        lists: q
            .pages
            .iter()
            .map(|page| {
                (
                    page.key.clone(),
                    page.questions.iter().map(|q| q.key.clone()).collect(),
                )
            })
            .collect(),
    }
}

fn focus_handle(key: &str) {
    let id = format!("handle-{key}");
    request_animation_frame(move || crate::components::focus_element(&id));
}

fn focus_palette(kind: &str) {
    let id = format!("palette-{kind}");
    request_animation_frame(move || crate::components::focus_element(&id));
}

impl Sortable {
    /// Whether something may be picked up now: not while the last change is being saved (a drop
    /// would be sent on an old revision), nor while something is already held.
    fn may_pick_up(self) -> bool {
        if self.drag.with_value(Option::is_some) {
            return false;
        }
        if self.save.get_untracked() == SaveState::Saving {
            self.announce.set(tr("builder-still-saving"));
            return false;
        }
        true
    }

    fn pick_up(self, key: &str, by_pointer: bool) -> bool {
        if !self.may_pick_up() {
            return false;
        }
        let snapshot = self.layout.get_untracked();
        let at = position_of(&snapshot, key).unwrap_or_default();
        self.drag.set_value(Some(Drag {
            key: key.to_string(),
            snapshot,
            by_pointer,
            new_kind: None,
        }));
        self.grabbed.set(Some(key.to_string()));
        if !by_pointer {
            self.listen_to_keys();
        }
        let id = if by_pointer {
            "builder-picked-up"
        } else {
            "builder-picked-up-keys"
        };
        self.announce.set(tr_with(id, &[("at", TextArg::from(at))]));
        true
    }

    /// Picks up a new question of kind `kind` from the palette. By keyboard it appears at once at
    /// the end of the last page, to be moved with the arrow keys; by pointer, where the pointer
    /// takes it over the outline.
    fn pick_up_new(self, kind: &str, by_pointer: bool) -> bool {
        use crate::domain::questionnaire_edit::MAX_ITEMS;
        if !self.may_pick_up() {
            return false;
        }
        let Some(starter) = crate::domain::question_form::starter_question(kind) else {
            return false;
        };
        if self.layout.with_untracked(|q| q.questions().count()) >= MAX_ITEMS {
            self.announce.set(tr("builder-too-many-items"));
            return false;
        }
        let name = starter.label;
        let snapshot = self.layout.get_untracked();
        let last = snapshot
            .pages
            .last()
            .map(|page| (page.key.clone(), page.questions.len()));
        self.drag.set_value(Some(Drag {
            key: NEW_QUESTION.to_string(),
            snapshot,
            by_pointer,
            new_kind: Some(kind.to_string()),
        }));
        self.grabbed.set(Some(NEW_QUESTION.to_string()));
        if by_pointer {
            self.announce.set(tr_with(
                "builder-picked-up-new",
                &[("name", TextArg::from(name))],
            ));
        } else if let Some((page, index)) = last {
            self.listen_to_keys();
            self.place(NEW_QUESTION, &page, index);
            let at = position_of(&self.layout.read_untracked(), NEW_QUESTION).unwrap_or_default();
            self.announce.set(tr_with(
                "builder-picked-up-new-keys",
                &[("name", TextArg::from(name)), ("at", TextArg::from(at))],
            ));
            focus_handle(NEW_QUESTION);
        }
        true
    }

    /// Takes a new question being carried off the outline (the pointer left it).
    fn lift_new(self) {
        if position_of(&self.layout.read_untracked(), NEW_QUESTION).is_some() {
            self.layout.update(|q| {
                for page in &mut q.pages {
                    page.questions
                        .retain(|question| question.key != NEW_QUESTION);
                }
            });
            self.announce.set(tr("builder-not-on-a-page"));
        }
    }

    /// Moves the dragged question to `page` at `index` on screen only (saved on drop); a new one
    /// from the palette is put there the first time.
    fn place(self, key: &str, page: &str, index: usize) {
        if key == NEW_QUESTION && position_of(&self.layout.read_untracked(), key).is_none() {
            let kind = self
                .drag
                .with_value(|d| d.as_ref().and_then(|d| d.new_kind.clone()));
            let Some(mut question) =
                kind.and_then(|kind| crate::domain::question_form::starter_question(&kind))
            else {
                return;
            };
            question.key = NEW_QUESTION.to_string();
            self.layout.update(|q| {
                if let Some(page) = q.pages.iter_mut().find(|p| p.key == page) {
                    let at = index.min(page.questions.len());
                    page.questions.insert(at, question);
                }
            });
            if let Some(at) = position_of(&self.layout.read_untracked(), key) {
                self.announce
                    .set(tr_with("builder-would-be", &[("at", TextArg::from(at))]));
            }
            return;
        }
        let mut lists = lists_of(&self.layout.read_untracked());
        if !lists.move_to(key, page, index) {
            return;
        }
        self.layout.update(|q| {
            let edit = crate::domain::questionnaire_edit::Edit::MoveQuestionTo {
                question: key.to_string(),
                page: page.to_string(),
                index,
            };
            let _ = crate::domain::questionnaire_edit::apply(q, edit, &mut String::new);
        });
        if let Some(at) = position_of(&self.layout.read_untracked(), key) {
            self.announce.set(tr_with(
                "builder-moved-would-be",
                &[("at", TextArg::from(at))],
            ));
        }
    }

    fn step(self, key: &str, up: bool) {
        let mut lists = lists_of(&self.layout.read_untracked());
        if lists.step(key, up) {
            if let Some(place) = lists.place(key) {
                self.place(key, &place.list, place.index);
            }
        } else {
            self.announce.set(tr(if up {
                "builder-already-first"
            } else {
                "builder-already-last"
            }));
        }
        focus_handle(key);
    }

    fn end_drag(self) -> Option<Drag> {
        for listener in self
            .listeners
            .try_update_value(std::mem::take)
            .unwrap_or_default()
        {
            listener.remove();
        }
        self.drag.try_update_value(Option::take).flatten()
    }

    /// Puts everything back as it was before the pick-up. Focus returns to where a keyboard
    /// pick-up started unless `focus_stays` (Tab moves on; a pointer press went elsewhere).
    fn cancel(self, focus_stays: bool) {
        if let Some(drag) = self.end_drag() {
            self.grabbed.set(None);
            self.layout.set(drag.snapshot);
            let refocus = !drag.by_pointer && !focus_stays;
            match &drag.new_kind {
                Some(kind) => {
                    self.announce.set(tr("builder-cancelled-new"));
                    if refocus {
                        focus_palette(kind);
                    }
                }
                None => {
                    self.announce.set(tr("builder-move-cancelled"));
                    if refocus {
                        focus_handle(&drag.key);
                    }
                }
            }
        }
    }

    /// The island's outline as the server stored it after an edit.
    fn show_saved(self, revision: String, questionnaire: Questionnaire) {
        crate::components::sortable::share_revision(&revision);
        self.revision.set(revision);
        self.layout.set(questionnaire);
    }

    /// After a refused edit: a conflict (someone else changed the questionnaire) shows theirs,
    /// as stored; anything else puts back what was on screen before. Says why, and returns it.
    async fn refused(self, error: crate::error::AppError, snapshot: Questionnaire, what: String) {
        use crate::domain::interface_text::english_in;
        let language = use_language();
        let message = if let crate::error::AppError::Conflict(message) = error {
            match super::api::load_questionnaire_draft(self.slug.get_value()).await {
                Ok(latest) => self.show_saved(latest.revision, latest.questionnaire),
                Err(_) => self.layout.set(snapshot),
            }
            english_in(language, &message)
        } else {
            self.layout.set(snapshot);
            format!("{}. {what}", english_in(language, &error.to_string()))
        };
        self.announce.set(message.clone());
        self.save.set(SaveState::NotSaved(message));
    }

    /// "Save routes" in a question's Routes panel: the outline's form is sent to `save_routes` (the
    /// post it would make without JavaScript) and the outline drawn again as stored. Where the
    /// form cannot be read, the button posts it as it would without JavaScript.
    fn save_routes(self, key: &str, event: leptos::ev::MouseEvent) {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let Some(body) = document()
                .get_element_by_id(OUTLINE_ROOT)
                .and_then(|form| form.dyn_into::<web_sys::HtmlFormElement>().ok())
                .and_then(|form| web_sys::FormData::new_with_form(&form).ok())
                .and_then(|data| {
                    web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()
                })
                .map(|params| String::from(params.to_string()))
            else {
                return;
            };
            event.prevent_default();
            let snapshot = self.layout.get_untracked();
            self.save.set(SaveState::Saving);
            let slug = self.slug.get_value();
            let revision = self.revision.get_untracked();
            let key = key.to_string();
            leptos::task::spawn_local(async move {
                match super::api::save_routes(slug, revision, key.clone(), body).await {
                    Ok(saved) => {
                        let said = saved_announcement(&saved);
                        self.show_saved(saved.revision, saved.questionnaire);
                        self.announce.set(said);
                        self.save.set(SaveState::Saved);
                    }
                    Err(error) => {
                        let what = tr("builder-routes-as-they-were");
                        self.refused(error, snapshot, what).await;
                    }
                }
                // The row is drawn again (its panel closed): back to its Routes.
                let id = format!("routes-{key}");
                request_animation_frame(move || crate::components::focus_element(&id));
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (self, key, event);
    }

    /// Drops the dragged question where it is on screen and saves that place.
    fn drop(self) {
        let Some(drag) = self.end_drag() else {
            return;
        };
        if let Some(kind) = drag.new_kind.clone() {
            self.add_new(drag, kind);
            return;
        }
        self.grabbed.set(None);
        let now = lists_of(&self.layout.read_untracked()).place(&drag.key);
        let before = lists_of(&drag.snapshot).place(&drag.key);
        if !drag.by_pointer {
            focus_handle(&drag.key);
        }
        let Some(place) = now.filter(|now| Some(now) != before.as_ref()) else {
            self.announce.set(tr("builder-dropped-unchanged"));
            return;
        };
        self.save.set(SaveState::Saving);
        let slug = self.slug.get_value();
        let revision = self.revision.get_untracked();
        leptos::task::spawn_local(async move {
            match super::api::move_question(
                slug,
                revision,
                drag.key.clone(),
                place.list,
                place.index,
            )
            .await
            {
                Ok(saved) => {
                    let said = saved_announcement(&saved);
                    self.show_saved(saved.revision, saved.questionnaire);
                    self.announce.set(said);
                    self.save.set(SaveState::Saved);
                }
                Err(error) => {
                    let what = tr("builder-question-back");
                    self.refused(error, drag.snapshot, what).await;
                }
            }
            if !drag.by_pointer {
                focus_handle(&drag.key);
            }
        });
    }

    /// Stores a new question from the palette where it was dropped (nothing, if it was dropped
    /// off the outline) and focuses its Edit link, to write its words.
    fn add_new(self, drag: Drag, kind: String) {
        // The new question stays marked as held until it is stored, and is then drawn once, with
        // its own key (unmarking it first would draw its page twice).
        let Some(place) = lists_of(&self.layout.read_untracked()).place(NEW_QUESTION) else {
            self.grabbed.set(None);
            self.layout.set(drag.snapshot);
            self.announce.set(tr("builder-not-added-drop"));
            return;
        };
        self.save.set(SaveState::Saving);
        let slug = self.slug.get_value();
        let revision = self.revision.get_untracked();
        leptos::task::spawn_local(async move {
            match super::api::add_new_question(
                slug,
                revision,
                kind.clone(),
                place.list,
                place.index,
            )
            .await
            {
                Ok(saved) => {
                    self.grabbed.set(None);
                    let said = tr_with(
                        "builder-saved-added",
                        &[("announcement", TextArg::from(announcement_of(&saved)))],
                    );
                    self.show_saved(saved.revision, saved.questionnaire);
                    self.announce.set(said);
                    self.save.set(SaveState::Saved);
                    if let Some(key) = saved.focus.filter(|_| !drag.by_pointer) {
                        let id = format!("edit-{key}");
                        request_animation_frame(move || crate::components::focus_element(&id));
                    }
                }
                Err(error) => {
                    self.grabbed.set(None);
                    let by_pointer = drag.by_pointer;
                    self.refused(error, drag.snapshot, tr("builder-not-added"))
                        .await;

                    if !by_pointer {
                        focus_palette(&kind);
                    }
                }
            }
        });
    }

    /// Keys on a kind in the palette: space or enter picks up a new question of that kind (then
    /// its handle in the outline takes the arrow keys).
    fn palette_key_down(self, kind: &str, event: leptos::ev::KeyboardEvent) {
        // A key held down repeats: only its first press counts (the next would drop it). While
        // something is held, keys go on to the window's listener (`held_key_down`).
        if matches!(event.key().as_str(), " " | "Enter")
            && !event.repeat()
            && self.drag.with_value(Option::is_none)
        {
            event.prevent_default();
            event.stop_propagation();
            self.pick_up_new(kind, false);
        }
    }

    /// A pointer on a kind in the palette: carries a new question of that kind; it joins the
    /// outline where the pointer goes over it and is added where it is dropped.
    fn palette_pointer_down(self, kind: &str, event: leptos::ev::PointerEvent) {
        if event.button() != 0 || !event.is_primary() {
            return;
        }
        // A keyboard hold ends when a pointer is pressed: the pointer now says what happens.
        self.cancel(true);
        if !self.pick_up_new(kind, true) {
            return;
        }
        event.prevent_default();
        self.follow_pointer(NEW_QUESTION.to_string());
    }

    /// Keys on a question's handle: space or enter picks it up (then `held_key_down` takes the
    /// keys until it is dropped).
    fn key_down(self, key: &str, event: leptos::ev::KeyboardEvent) {
        if matches!(event.key().as_str(), " " | "Enter")
            && !event.repeat()
            && self.drag.with_value(Option::is_none)
        {
            event.prevent_default();
            // Not on to the window, whose listener (added now) would take it as the drop.
            event.stop_propagation();
            self.pick_up(key, false);
        }
    }

    /// While a question is held by keyboard, keys act on it wherever the focus is: a redraw takes
    /// the focused handle away until focus returns to it, and a key pressed meanwhile must not be
    /// lost (nor press whatever else has focus).
    fn listen_to_keys(self) {
        let keys =
            window_event_listener(leptos::ev::keydown, move |event| self.held_key_down(event));
        // A press anywhere else (a pointer in a box, on a link) ends the hold, so the keys go
        // back to whatever has focus. A press on a handle or the palette cancels it itself.
        let pressed = window_event_listener(leptos::ev::pointerdown, move |_| self.cancel(true));
        self.listeners
            .update_value(|listeners| listeners.extend([keys, pressed]));
    }

    /// A click with no pointer or key behind it (`detail` 0: a screen reader's "press", which
    /// sends no key events): on a handle, picks the question up, or drops what is held.
    fn pressed_without_pointer(self, key: &str, event: &leptos::ev::MouseEvent) {
        if event.detail() != 0 {
            return;
        }
        if self
            .drag
            .with_value(|d| d.as_ref().is_some_and(|d| !d.by_pointer))
        {
            self.drop();
        } else {
            self.pick_up(key, false);
        }
    }

    fn held_key_down(self, event: leptos::ev::KeyboardEvent) {
        let Some(held) = self
            .drag
            .with_value(|d| d.as_ref().filter(|d| !d.by_pointer).map(|d| d.key.clone()))
        else {
            return;
        };
        let handled = match event.key().as_str() {
            // Held down, a key repeats: the drop waits for a new press.
            " " | "Enter" if event.repeat() => true,
            " " | "Enter" => {
                self.drop();
                true
            }
            "ArrowUp" => {
                self.step(&held, true);
                true
            }
            "ArrowDown" => {
                self.step(&held, false);
                true
            }
            "Escape" => {
                self.cancel(false);
                true
            }
            "Tab" => {
                self.cancel(true);
                false
            }
            _ => false,
        };
        if handled {
            event.prevent_default();
        }
    }

    fn pointer_down(self, key: &str, event: leptos::ev::PointerEvent) {
        if event.button() != 0 || !event.is_primary() {
            return;
        }
        self.cancel(true);
        if !self.pick_up(key, true) {
            return;
        }
        // No text selection, no scrolling: the handle is for dragging.
        event.prevent_default();
        self.follow_pointer(key.to_string());
    }

    /// Moves `key` with the pointer until it is let go. A new question from the palette is on
    /// the outline only while the pointer is over it.
    fn follow_pointer(self, key: String) {
        use crate::components::sortable::{over_element, place_under_pointer, scroll_near_edges};
        // On the window, not the handle: the outline is drawn again as the question moves.
        let moved = window_event_listener(leptos::ev::pointermove, move |event| {
            let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
            scroll_near_edges(y);
            if key == NEW_QUESTION && !over_element(OUTLINE_ROOT, x, y) {
                self.lift_new();
            } else if let Some((page, index)) = place_under_pointer(OUTLINE_ROOT, &key, y) {
                self.place(&key, &page, index);
            }
        });
        let up = window_event_listener(leptos::ev::pointerup, move |_| self.drop());
        let cancelled =
            window_event_listener(leptos::ev::pointercancel, move |_| self.cancel(true));
        self.listeners
            .update_value(|listeners| listeners.extend([moved, up, cancelled]));
    }
}

/// The builder island (see the module's note): lazily loaded, staff pages only. Without
/// JavaScript it is the plain form of buttons; with it, every question also gets a handle to
/// drag (pointer: mouse, pen or touch) or to move with the keyboard, saved as it drops.
#[island(lazy)]
fn QuestionnaireBuilder(
    slug: String,
    revision: String,
    questionnaire: Questionnaire,
) -> impl IntoView {
    let hydrated = hydration_mark();
    let sortable = Sortable {
        slug: StoredValue::new(slug.clone()),
        layout: RwSignal::new(questionnaire),
        revision: RwSignal::new(revision),
        save: RwSignal::new(SaveState::Saved),
        announce: RwSignal::new(String::new()),
        grabbed: RwSignal::new(None),
        drag: StoredValue::new(None),
        listeners: StoredValue::new(Vec::new()),
    };
    // Leaving while a change is being saved (or a question is held) warns first.
    let leaving = window_event_listener(leptos::ev::beforeunload, move |event| {
        let busy = sortable.save.get_untracked() == SaveState::Saving
            || sortable.drag.with_value(Option::is_some);
        if busy {
            event.prevent_default();
        }
    });
    on_cleanup(move || {
        leaving.remove();
        sortable.end_drag();
    });

    let action = href(&format!("/staff/consultations/{slug}/questionnaire"));
    // The pages' keys, in order: the outline's pages are drawn again only when these change.
    let page_keys = Memo::new(move |_| {
        sortable
            .layout
            .with(|q| q.pages.iter().map(|p| p.key.clone()).collect::<Vec<_>>())
    });
    // Drawn by the server too (hidden by the stylesheet unless scripts run), so it is in place
    // before the island wakes.
    let palette = view! { <Palette drag=sortable /> };
    view! {
        {palette}
        <p id=DRAG_HELP class="visually-hidden">{tr("builder-drag-help")}</p>
        <SaveStatus state=sortable.save hydrated />
        <div class="visually-hidden" aria-live="assertive" aria-atomic="true">
            {move || sortable.announce.get()}
        </div>
        <form method="post" action=action class="builder" id=OUTLINE_ROOT>
            <input type="hidden" name="revision" value=move || sortable.revision.get() />
            // One view per page, each redrawn only when what it shows changes: a move within a
            // page redraws that page, not the whole questionnaire.
            {move || {
                page_keys
                    .get()
                    .into_iter()
                    .map(|key| {
                        let slug = slug.clone();
                        let data = Memo::new(move |_| {
                            let grabbed = sortable.grabbed.get();
                            sortable
                                .layout
                                .with(|q| OutlinePageData::of(q, &key, grabbed.as_deref()))
                        });
                        // The page's heading and settings, and its rows apart: a change to one
                        // question redraws that row only.
                        let head = Memo::new(move |_| data.with(|d| d.as_ref().map(OutlinePageData::head)));
                        let row_slug = slug.clone();
                        let rows = Memo::new(move |_| {
                            data.with(|d| d.as_ref().map(|d| d.rows(&row_slug)).unwrap_or_default())
                        });
                        move || {
                            let drag = Grips { sortable, hydrated };
                            head.get().map(|head| outline_page(slug.clone(), head, rows, drag))
                        }
                    })
                    .collect_view()
            }}
        </form>
    }
}

/// The kinds of question, to drag onto the outline (by pointer or keyboard). Shown only where
/// scripts run (`.js-enabled`): without JavaScript, "Add a question" and "Add question below"
/// are its twins.
#[component]
fn Palette(drag: Sortable) -> impl IntoView {
    use crate::domain::question_form::KINDS;
    view! {
        <section class="builder-palette" aria-labelledby="builder-palette-heading">
            <h2 class="heading-s" id="builder-palette-heading">{tr("builder-palette-heading")}</h2>
            <p class="hint" id=PALETTE_HELP>{tr("builder-palette-help")}</p>
            <ul class="builder-palette__kinds">
                {KINDS
                    .iter()
                    .map(|(code, name, _)| {
                        let code = *code;
                        let name = palette_name_id(code).map_or_else(|| (*name).to_string(), tr);
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="builder-palette__kind"
                                    id=format!("palette-{code}")
                                    aria-describedby=PALETTE_HELP
                                    on:keydown=move |event| drag.palette_key_down(code, event)
                                    on:pointerdown=move |event| drag.palette_pointer_down(code, event)
                                    // A screen reader's "press" is a click with no pointer
                                    // behind it (no pointerdown, no key event): it picks up too.
                                    on:click=move |event| {
                                        if event.detail() == 0 {
                                            drag.pick_up_new(code, false);
                                        }
                                    }
                                >
                                    <span class="builder-handle__grip" aria-hidden="true"></span>
                                    {name}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// What the palette calls a kind of question (`question_form::KINDS`), by its code.
fn palette_name_id(code: &str) -> Option<&'static str> {
    use crate::domain::questionnaire::kind_code;
    Some(match code {
        kind_code::SHORT_TEXT => "builder-palette-short-text",
        kind_code::LONG_TEXT => "builder-palette-long-text",
        kind_code::SINGLE_CHOICE => "builder-palette-single-choice",
        kind_code::MULTIPLE_CHOICE => "builder-palette-multiple-choice",
        kind_code::DROPDOWN => "builder-palette-dropdown",
        kind_code::GRID => "builder-palette-grid",
        kind_code::RANKING => "builder-palette-ranking",
        kind_code::POINTS => "builder-palette-points",
        kind_code::NUMBER => "builder-palette-number",
        kind_code::DATE => "builder-palette-date",
        kind_code::EMAIL => "builder-palette-email",
        kind_code::UK_POSTCODE => "builder-palette-uk-postcode",
        kind_code::HEADING => "builder-palette-heading-block",
        kind_code::PARAGRAPH => "builder-palette-paragraph",
        _ => return None,
    })
}

/// A button of the builder's form: `do=<action>:<key>`, its name completed for screen readers
/// ("Move up" + " question 3").
fn builder_button(action: &'static str, key: &str, text: String, of: String) -> impl IntoView {
    view! {
        <button
            type="submit"
            class="button button--secondary button--small"
            name="do"
            value=format!("{action}:{key}")
        >
            {text}
            <span class="visually-hidden">{format!(" {of}")}</span>
        </button>
    }
}

/// What one page of the outline shows: the page itself (row ids cleared: the island compares
/// these, and a save that only renumbers rows must not redraw anything) and where it sits.
#[derive(Clone, Debug, PartialEq)]
struct OutlinePageData {
    index: usize,
    pages: usize,
    /// The number of its first question, counted through the whole questionnaire.
    first: usize,
    /// Whether a later page has questions (else this page's last question is the last of all).
    /// Not the total count: a question added at the end would then redraw every page.
    later: bool,
    page: crate::domain::Page,
    /// Every page as (key, name), for the "Move to" lists.
    choices: Vec<(String, String)>,
    /// Where each routed option on this page sends people, in words: (option key, words).
    routes: Vec<(String, String)>,
    /// Where a route from this page can go (`routing::destinations`): (value, words).
    destinations: Vec<(String, String)>,
    /// The question being moved, if it is on this page.
    held: Option<String>,
    /// No answers lead to this page (`routing::unreachable_pages`).
    unreachable: bool,
}

/// A page's own part of the outline (its heading and settings), drawn again only when this
/// changes.
#[derive(Clone, Debug, PartialEq)]
struct OutlinePageHead {
    index: usize,
    pages: usize,
    key: String,
    title: Option<String>,
    empty: bool,
    unreachable: bool,
}

/// Everything one question's row shows: the list draws a row again only when this changes (it is
/// the row's key), so adding, moving or editing a question redraws its row and the rows whose
/// number changed, not the page.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct OutlineRow {
    question: Question,
    number: usize,
    last: bool,
    held: bool,
    /// The question editor for a new question just below this one ("Add question below").
    add_below: String,
    /// The pages it could move to: (key, name).
    other_pages: Vec<(String, String)>,
    /// Where its routed options send people: (option key, words).
    routes: Vec<(String, String)>,
    /// Where its options could send people, for its Routes panel; empty for a question whose
    /// answers cannot route.
    destinations: Vec<(String, String)>,
}

fn page_name(index: usize, title: Option<&str>) -> String {
    let number = ("number", TextArg::from(index + 1));
    match title {
        Some(title) => tr_with(
            "builder-page-name-titled",
            &[number, ("title", TextArg::from(title))],
        ),
        None => tr_with("builder-page-name", &[number]),
    }
}

impl OutlinePageData {
    fn head(&self) -> OutlinePageHead {
        OutlinePageHead {
            index: self.index,
            pages: self.pages,
            key: self.page.key.clone(),
            title: self.page.title.clone(),
            empty: self.page.questions.is_empty(),
            unreachable: self.unreachable,
        }
    }

    fn rows(&self, slug: &str) -> Vec<OutlineRow> {
        let count = self.page.questions.len();
        let other_pages: Vec<(String, String)> = self
            .choices
            .iter()
            .filter(|(key, _)| *key != self.page.key)
            .cloned()
            .collect();
        self.page
            .questions
            .iter()
            .enumerate()
            .map(|(i, question)| OutlineRow {
                question: question.clone(),
                number: self.first + i,
                last: !self.later && i + 1 == count,
                held: self.held.as_deref() == Some(question.key.as_str()),
                add_below: format!(
                    "/staff/consultations/{slug}/questions/new?page={}&at={}",
                    self.page.key,
                    i + 1
                ),
                other_pages: other_pages.clone(),
                routes: self
                    .routes
                    .iter()
                    .filter(|(option, _)| question.kind.options().iter().any(|o| &o.key == option))
                    .cloned()
                    .collect(),
                destinations: if crate::domain::routing::can_route(&question.kind) {
                    self.destinations.clone()
                } else {
                    Vec::new()
                },
            })
            .collect()
    }

    /// Page `key` of `q`, if it is there.
    fn of(q: &Questionnaire, key: &str, grabbed: Option<&str>) -> Option<Self> {
        let index = q.pages.iter().position(|p| p.key == key)?;
        let mut page = q.pages[index].clone();
        page.id = 0;
        for question in &mut page.questions {
            question.id = 0;
            for options in question.kind.option_lists_mut() {
                for option in options {
                    option.id = 0;
                }
            }
        }
        let held = grabbed
            .filter(|g| page.questions.iter().any(|q| q.key == *g))
            .map(str::to_string);
        let routes = page
            .questions
            .iter()
            .flat_map(|question| question.kind.options())
            .filter_map(|option| {
                let goto = option.goto.as_ref()?;
                Some((
                    option.key.clone(),
                    crate::domain::routing::describe_in(use_language(), q, goto),
                ))
            })
            .collect();
        Some(OutlinePageData {
            routes,
            destinations: crate::domain::routing::destinations_in(use_language(), q, index),
            unreachable: crate::domain::routing::unreachable_pages(q).contains(&index),
            index,
            pages: q.pages.len(),
            first: q.pages[..index]
                .iter()
                .map(|p| p.questions.len())
                .sum::<usize>()
                + 1,
            later: q.pages[index + 1..].iter().any(|p| !p.questions.is_empty()),
            choices: q
                .pages
                .iter()
                .enumerate()
                .map(|(i, p)| (p.key.clone(), page_name(i, p.title.as_deref())))
                .collect(),
            page,
            held,
        })
    }
}

/// One page of the outline and its questions, as a respondent meets them, with the buttons that
/// change them.
fn outline_page(
    slug: String,
    head: OutlinePageHead,
    rows: Memo<Vec<OutlineRow>>,
    drag: Grips,
) -> impl IntoView {
    let OutlinePageHead {
        index,
        pages,
        key,
        title,
        empty,
        unreachable,
    } = head;
    let name = page_name(index, title.as_deref());
    // The heading marks the page's own title as English on a Welsh page.
    let heading = match title.clone() {
        Some(title) => message_with_content(
            "",
            "builder-page-name-titled",
            &[("number", TextArg::from(index + 1))],
            "title",
            title,
        )
        .into_any(),
        None => name.clone().into_any(),
    };
    let of_page = tr_with("page-name", &[("number", TextArg::from(index + 1))]);
    let for_page = tr_with("builder-for", &[("what", TextArg::from(of_page.clone()))]);
    let add = href(&format!(
        "/staff/consultations/{slug}/questions/new?page={key}"
    ));
    let start = move || {
        rows.with(|rows| rows.first().map_or(1, |row| row.number))
            .to_string()
    };
    let row_view = move |row: OutlineRow| {
        view! {
            <OutlineQuestion
                slug=slug.clone()
                question=row.question
                number=row.number
                first=row.number == 1
                last=row.last
                drag
                held=row.held
                add_below=row.add_below
                other_pages=row.other_pages
                routes=row.routes
                destinations=row.destinations
            />
        }
    };
    let title_field = format!("title-{key}");
    view! {
        <section class="builder-page" id=format!("item-{key}") data-sortable-list=key.clone()>
            <h2 class="heading-m">{heading}</h2>
            {unreachable.then(|| view! {
                <div class="inset inset--warning" data-testid="unreachable">
                    <p class="body">
                        <strong>{tr("builder-unreachable")}</strong>
                        {format!(" {}", tr("builder-unreachable-check"))}
                    </p>
                </div>
            })}
            {if empty {
                view! { <p class="body">{tr("builder-no-questions")}</p> }
                    .into_any()
            } else {
                view! {
                    <ol class="builder-outline" start=start>
                        <For each=move || rows.get() key=OutlineRow::clone children=row_view />
                    </ol>
                }
                    .into_any()
            }}
            <p class="body">
                <a href=add class="builder-add">
                    {tr("builder-add-question")}
                    <span class="visually-hidden">
                        {format!(" {}", tr_with("builder-to-page", &[("number", TextArg::from(index + 1))]))}
                    </span>
                </a>
            </p>
            <details class="builder-page__settings">
                <summary>
                    {tr("builder-page-settings")}
                    <span class="visually-hidden">{format!(" {for_page}")}</span>
                </summary>
                <div class="builder-page__settings-body">
                    <label class="label label--s" for=title_field.clone()>
                        {tr("builder-page-title-label")}
                    </label>
                    <div class="builder-actions">
                        <input
                            class="input input--width-30"
                            id=title_field.clone()
                            name=title_field
                            type="text"
                            value=title.unwrap_or_default()
                            lang=content_lang()
                        />
                        {builder_button("page_rename", &key, tr("builder-save-title"), for_page)}
                    </div>
                    <div class="builder-actions">
                        // Named "Move page up (page 2)", "Remove page 2": never "page page".
                        {(index > 0).then(|| builder_button("page_up", &key, tr("builder-move-page-up"), format!("({of_page})")))}
                        {(index + 1 < pages).then(|| builder_button("page_down", &key, tr("builder-move-page-down"), format!("({of_page})")))}
                        {builder_button("page_add", &key, tr("builder-add-page"), String::new())}
                        {(empty && pages > 1).then(|| builder_button("page_remove", &key, tr("builder-remove-page"), (index + 1).to_string()))}
                    </div>
                </div>
            </details>
        </section>
    }
}

#[component]
fn OutlineQuestion(
    slug: String,
    question: Question,
    number: usize,
    first: bool,
    last: bool,
    drag: Grips,
    /// Whether it is the question being moved.
    held: bool,
    /// The question editor for a new question just below this one ("Add question here").
    add_below: String,
    /// The pages it could move to: (key, name).
    other_pages: Vec<(String, String)>,
    /// Where its routed options send people: (option key, words).
    routes: Vec<(String, String)>,
    /// Where its options could send people (none: its answers do not route).
    destinations: Vec<(String, String)>,
) -> impl IntoView {
    let mut facts = vec![tr(question.kind.label_id())];
    if question.kind.is_content() {
        facts.push(tr("builder-fact-not-a-question"));
    } else if question.required {
        facts.push(tr("builder-fact-required"));
    } else {
        facts.push(tr("builder-fact-optional"));
    }
    if let Some(guidance) = question.choice_guidance_message() {
        facts.push(guidance.render(use_language()).to_lowercase());
    }
    if question.guidance.is_some() {
        facts.push(tr("builder-fact-with-guidance"));
    }
    let options = question.kind.options().to_vec();
    let of = item_name(&question, number);
    let edit = href(&format!(
        "/staff/consultations/{slug}/questions/{}",
        question.key
    ));
    let key = question.key.clone();
    let Grips {
        sortable: drag,
        hydrated,
    } = drag;
    // A panel only where there is somewhere to skip to (not on the last page).
    let routes_panel = (destinations.len() > 1 && key != NEW_QUESTION)
        .then(|| routes_panel(&key, &options, &destinations, number, drag));
    let handle_key = key.clone();
    let handle_of = of.clone();
    let handle = move || {
        hydrated.get().then(|| {
            let key = handle_key.clone();
            let of = handle_of.clone();
            let (on_key, on_pointer, on_click) = (key.clone(), key.clone(), key.clone());
            view! {
                <button
                    type="button"
                    class="builder-handle"
                    id=format!("handle-{key}")
                    aria-describedby=DRAG_HELP
                    aria-pressed=if held { "true" } else { "false" }
                    on:keydown=move |event| drag.key_down(&on_key, event)
                    on:pointerdown=move |event| drag.pointer_down(&on_pointer, event)
                    on:click=move |event| drag.pressed_without_pointer(&on_click, &event)
                >
                    <span class="builder-handle__grip" aria-hidden="true"></span>
                    {tr("builder-move")}
                    <span class="visually-hidden">{format!(" {of}")}</span>
                </button>
            }
        })
    };
    let class = if held {
        "builder-outline__question builder-outline__question--held"
    } else {
        "builder-outline__question"
    };
    view! {
        <li class=class id=format!("item-{key}") data-sortable-item=key.clone()>
            {handle}
            <span class="builder-outline__label" lang=content_lang()>{outline_label(&question)}</span>
            <span class="hint">{facts.join(" · ")}</span>
            {question.hint.map(|hint| view! {
                <span class="builder-outline__hint">
                    {message_with_content("", "builder-outline-hint", &[], "hint", hint)}
                </span>
            })}
            {(!options.is_empty())
                .then(|| {
                    view! {
                        <ul class="list list--bullet">
                            {options
                                .into_iter()
                                .map(|option| {
                                    // A routed option says where it sends people.
                                    let route = routes
                                        .iter()
                                        .find(|(key, _)| *key == option.key)
                                        .map(|(_, words)| {
                                            tr_with("builder-route-then", &[("route", TextArg::from(words.clone()))])
                                        });
                                    view! {
                                        <li>
                                            {match content_lang() {
                                                Some(lang) => Either::Left(view! { <span lang=lang>{option.label}</span> }),
                                                None => Either::Right(option.label),
                                            }}
                                            {route.map(|route| view! { <span class="builder-outline__route">{format!(" \u{2014} {route}")}</span> })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            {routes_panel}
            // A new question still being carried from the palette is not stored yet: nothing to
            // edit or move by button until it is dropped.
            {(key != NEW_QUESTION).then(|| view! {
            <div class="builder-actions">
                <a href=edit class="builder-actions__link" id=format!("edit-{key}")>
                    {tr("builder-edit")}
                    <span class="visually-hidden">{format!(" {of}")}</span>
                </a>
                {(!first).then(|| builder_button("move_up", &key, tr("builder-move-up"), of.clone()))}
                {(!last).then(|| builder_button("move_down", &key, tr("builder-move-down"), of.clone()))}
                {builder_button("duplicate", &key, tr("builder-duplicate"), of.clone())}
                {builder_button("delete", &key, tr("builder-delete"), of.clone())}
                <a href=href(&add_below) class="builder-actions__link">
                    {tr("builder-add-below")}
                    <span class="visually-hidden">{format!(" {of}")}</span>
                </a>
            </div>
            })}
            {(!other_pages.is_empty() && key != NEW_QUESTION)
                .then(|| {
                    let field = format!("to-{key}");
                    view! {
                        <div class="builder-actions">
                            <label class="label label--s builder-actions__label" for=field.clone()>
                                {tr("builder-move-to")}
                                <span class="visually-hidden">
                                    {format!(" ({})", tr_with("builder-for", &[("what", TextArg::from(of.clone()))]))}
                                </span>
                            </label>
                            <select class="select" id=field.clone() name=field>
                                {other_pages
                                    .into_iter()
                                    .map(|(page, name)| view! { <option value=page>{name}</option> })
                                    .collect_view()}
                            </select>
                            {builder_button("move_to", &key, tr("builder-move-to-page"), of.clone())}
                        </div>
                    }
                })}
        </li>
    }
}

/// A routed question's Routes panel in the outline: where each option sends people after the
/// question's page, offering only later pages and the end (decision 0025). Without JavaScript
/// "Save routes" posts the outline's form; in the island it saves in place.
fn routes_panel(
    key: &str,
    options: &[crate::domain::questionnaire::ChoiceOption],
    destinations: &[(String, String)],
    number: usize,
    drag: Sortable,
) -> impl IntoView + use<> {
    let selects = options
        .iter()
        .map(|option| {
            let field = crate::domain::routing::outline_route_field(key, &option.key);
            let stored = option
                .goto
                .as_ref()
                .map(crate::domain::routing::Goto::stored)
                .unwrap_or_default();
            let choices = destinations
                .iter()
                .map(|(value, words)| {
                    let selected = *value == stored;
                    view! { <option value=value.clone() selected=selected>{words.clone()}</option> }
                })
                .collect_view();
            view! {
                <div class="builder-routes__route">
                    <label class="label label--s" for=field.clone()>
                        {message_with_content("", "builder-route-if", &[], "option", option.label.clone())}
                    </label>
                    <select class="select" id=field.clone() name=field>
                        {choices}
                    </select>
                </div>
            }
        })
        .collect_view();
    let save_key = key.to_string();
    // Only a choice question routes: never a block.
    let from = format!(
        " {}",
        tr_with(
            "builder-from-question",
            &[("number", TextArg::from(number))]
        )
    );

    view! {
        <details class="builder-routes">
            <summary id=format!("routes-{key}")>
                {tr("builder-routes")}
                <span class="visually-hidden">{from.clone()}</span>
            </summary>
            <div class="builder-routes__body">
                <p class="hint">{tr("builder-routes-hint")}</p>
                {selects}
                <button
                    type="submit"
                    class="button button--secondary button--small"
                    name="do"
                    value=format!("routes:{key}")
                    on:click=move |event| drag.save_routes(&save_key, event)
                >
                    {tr("builder-save-routes")}
                    <span class="visually-hidden">{from}</span>

                </button>
            </div>
        </details>
    }
}

/// A question's label as the outline shows it: a paragraph block's Markdown cut to its first
/// 120 characters.
fn outline_label(question: &Question) -> String {
    const SHOWN: usize = 120;
    if question.kind == QuestionKind::Paragraph && question.label.chars().count() > SHOWN {
        let start: String = question.label.chars().take(SHOWN).collect();
        format!("{}\u{2026}", start.trim_end())
    } else {
        question.label.clone()
    }
}
