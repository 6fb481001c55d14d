//! The question editor: a plain form (no island), so staff without JavaScript can add and change
//! questions. A new question starts with "what kind of question?" (a GET form), then the editor
//! for that kind. Its POST is `builder::http::post_question`.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{QuestionEditor, load_question_editor};
use chrono::Datelike;

use crate::components::{
    DateField, ErrorMessage, ErrorSummary, InputField, IslandScripts, PageTitle, PostedForm,
    SaveState, SaveStatus, TextAreaField, content_lang, href, hydration_mark, tr, tr_with,
    use_language,
};
use crate::domain::interface_text::TextArg;
use crate::domain::question_form::{
    KINDS, ListNoun, OPTION_PREFIX, SCALE_PREFIX, is_kind, kind_text_ids, list_field, posted_list,
};
use crate::domain::questionnaire::{DEFAULT_POINTS_TOTAL, LIKERT_SCALE, kind_code};
use crate::domain::{FieldError, QuestionKind};
use crate::staff::views::{StaffBar, staff_view};

#[component]
pub fn QuestionEditorPage() -> impl IntoView {
    let posted = use_context::<PostedForm>();
    let params = use_params_map();
    let query = use_query_map();
    let args = move || {
        let p = params.read();
        (
            p.get("slug").unwrap_or_default(),
            p.get("key").unwrap_or_default(),
            query.read().get("page"),
        )
    };
    let editor = Resource::new(args, |(slug, key, page)| {
        load_question_editor(slug, key, page)
    });
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    staff_view(
                        editor.await,
                        |editor| view! { <QuestionEditorView editor posted /> }.into_any(),
                    )
                })
            }}
        </Suspense>
    }
}

#[component]
fn QuestionEditorView(editor: QuestionEditor, posted: Option<PostedForm>) -> impl IntoView {
    let query = use_query_map();
    let (page, kind, at) = {
        let q = query.read_untracked();
        (q.get("page"), q.get("kind"), q.get("at"))
    };
    let back = href(&format!(
        "/staff/consultations/{}/questionnaire",
        editor.slug
    ));
    let kind = match &editor.question {
        Some(question) => Some(question.kind.code().to_string()),
        None => kind.filter(|k| is_kind(k)),
    };
    let heading = match (&editor.question, editor.page_number) {
        (Some(_), _) => tr("editor-edit-question"),
        (None, Some(page)) => tr_with("editor-add-question-to", &[("page", TextArg::from(page))]),
        (None, None) => tr("editor-add-question"),
    };
    let has_errors = posted
        .as_ref()
        .is_some_and(|p| !p.errors.is_empty() || p.problem.is_some());
    let body = match kind {
        None => {
            let page = page.unwrap_or_default();
            view! {
                <KindChoice page=page.clone() at=at.clone() />
                <SavedChoices
                    saved=editor.saved.clone()
                    action=back.clone()
                    revision=editor.revision.clone()
                    page
                    at=at.clone()
                />
            }
            .into_any()
        }
        Some(kind) => {
            // The form's address keeps where a new question goes (and its kind).
            let mut action = format!("/staff/consultations/{}/questions/", editor.slug);
            match &editor.question {
                Some(question) => action.push_str(&question.key),
                None => {
                    action.push_str(&format!(
                        "new?page={}&kind={kind}",
                        page.clone().unwrap_or_default()
                    ));
                    if let Some(at) = at.and_then(|a| a.parse::<usize>().ok()) {
                        action.push_str(&format!("&at={at}"));
                    }
                }
            }
            // What the fields show: the post being corrected, else the question as stored.
            let values = posted.clone().unwrap_or_else(|| PostedForm {
                values: editor
                    .question
                    .as_ref()
                    .map(question_values)
                    .unwrap_or_else(|| {
                        let mut values: Vec<(String, String)> = vec![
                            ("required".into(), "yes".into()),
                            ("decimals".into(), "0".into()),
                            ("points_total".into(), DEFAULT_POINTS_TOTAL.to_string()),
                            ("points_rule".into(), "exact".into()),
                            ("option-new-1".into(), String::new()),
                            ("option-new-2".into(), String::new()),
                        ];
                        // A grid starts with the usual agreement scale, to change as needed.
                        if kind == kind_code::GRID {
                            for (n, point) in LIKERT_SCALE.iter().enumerate() {
                                values.push((
                                    format!("{SCALE_PREFIX}new-{}", n + 1),
                                    point.to_string(),
                                ));
                            }
                        }
                        values
                    }),
                ..PostedForm::default()
            });
            let action = href(&action);
            let form = view! { <EditorForm action kind revision=editor.revision.clone() posted=values back=back.clone() /> };
            // An existing question is saved as it is changed (with JavaScript); a new one by
            // its button.
            match &editor.question {
                Some(question) => view! {
                    <EditorAutosave
                        slug=editor.slug.clone()
                        key=question.key.clone()
                        revision=editor.revision.clone()
                    >
                        {form}
                    </EditorAutosave>
                    <IslandScripts staff=true />
                }
                .into_any(),
                None => form.into_any(),
            }
        }
    };
    let errors = RwSignal::new(
        posted
            .as_ref()
            .map(|p| p.errors.clone())
            .unwrap_or_default(),
    );
    let problem = RwSignal::new(posted.and_then(|p| p.problem));
    // An existing question can be saved to the question library, as it is stored.
    let save_to_library = editor.question.as_ref().map(|question| {
        view! {
            <h2 class="heading-m">{tr("editor-library-heading")}</h2>
            <p class="body">{tr("editor-library-about")}</p>
            <form method="post" action=back.clone()>
                <input type="hidden" name="revision" value=editor.revision.clone() />
                <button
                    type="submit"
                    class="button button--secondary"
                    name="do"
                    value=format!("library_save:{}", question.key)
                >
                    {tr("editor-library-save")}
                </button>
            </form>
        }
    });
    view! {
        <PageTitle
            text=tr_with(
                "editor-page-title",
                &[
                    ("heading", TextArg::from(heading.clone())),
                    ("title", TextArg::from(editor.title.clone())),
                ],
            )
            error=has_errors
        />
        <StaffBar staff=editor.staff />
        <a href=back.clone() class="back-link">
            {tr("back-to-questionnaire")}
        </a>
        <ErrorSummary errors=errors problem=problem />
        <span class="caption-l" lang=content_lang()>{editor.title}</span>
        <h1 class="heading-xl">{heading}</h1>
        {body}
        {save_to_library}
    }
}

/// Why an autosave was refused, in words for the status line.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
fn not_saved_reason(error: crate::error::AppError) -> String {
    match error {
        crate::error::AppError::Invalid(errors) => tr_with(
            "editor-autosave-to-fix",
            &[("count", TextArg::from(errors.len()))],
        ),
        crate::error::AppError::Conflict(_) => tr("editor-autosave-conflict"),
        other => crate::domain::interface_text::english_in(use_language(), &other.to_string()),
    }
}

/// How long typing must pause before a change is saved.
const AUTOSAVE_PAUSE_MS: u64 = 800;

/// Autosave for the question editor (the form is drawn by the server inside it, and works the
/// same without JavaScript): every change is saved when typing pauses, through
/// `autosave_question`, with the state shown ("All changes saved", "Saving…", "Not saved: …")
/// and announced politely. The form's revision follows each save, so "Save question" after it
/// is not refused as stale. Leaving with a change not yet saved warns.
#[island(lazy)]
fn EditorAutosave(
    slug: String,
    key: String,
    revision: String,
    children: Children,
) -> impl IntoView {
    let hydrated = hydration_mark();
    let state = RwSignal::new(SaveState::Saved);
    let revision = StoredValue::new(revision);
    // Counts changes: a save answers for the change it carried, and only the newest counts.
    let changes = StoredValue::new(0_u64);
    let saved_change = StoredValue::new(0_u64);
    // A button pressed while a save is under way waits for it (its post then carries the
    // revision that save made, and is not refused as stale): the `do` value of that button.
    let in_flight = StoredValue::new(false);
    let deferred = StoredValue::new(None::<String>);
    let root = NodeRef::<leptos::html::Div>::new();
    let slug = StoredValue::new(slug);
    let key = StoredValue::new(key);

    // A pause came while a save was under way: save again when it lands.
    let again = StoredValue::new(false);
    // The body last stored: the same form again (a box left after typing) is not sent twice.
    let last_saved = StoredValue::new(None::<String>);
    // Reads the form as the browser would post it and sends it, one save at a time, until what
    // is stored is the newest (browser only).
    let save = move || {
        if in_flight.get_value() {
            again.set_value(true);
            return;
        }
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let Some(form) = root
                .get_untracked()
                .and_then(|root| root.query_selector("form").ok().flatten())
                .and_then(|form| form.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            in_flight.set_value(true);
            leptos::task::spawn_local(async move {
                loop {
                    let change = changes.get_value();
                    let Some(body) = web_sys::FormData::new_with_form(&form)
                        .ok()
                        .and_then(|data| {
                            web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()
                        })
                        .map(|params| String::from(params.to_string()))
                    else {
                        break;
                    };
                    let outcome = if last_saved.with_value(|last| last.as_ref() == Some(&body)) {
                        Ok(None)
                    } else {
                        super::api::autosave_question(
                            slug.get_value(),
                            key.get_value(),
                            revision.get_value(),
                            body.clone(),
                        )
                        .await
                        .map(Some)
                    };
                    match outcome {
                        Ok(next) => {
                            if let Some(next) = next {
                                // The form's own revision too: its buttons post with it.
                                if let Some(input) = form
                                    .query_selector("input[name=revision]")
                                    .ok()
                                    .flatten()
                                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                                {
                                    input.set_value(&next);
                                }
                                revision.set_value(next);
                                last_saved.set_value(Some(body));
                            }
                            saved_change.set_value(change);
                            if changes.get_value() == change {
                                state.set(SaveState::Saved);
                            }
                        }
                        Err(error) if changes.get_value() == change => {
                            state.set(SaveState::NotSaved(not_saved_reason(error)));
                        }
                        Err(_) => {}
                    }
                    if !again.try_update_value(std::mem::take).unwrap_or(false) {
                        break;
                    }
                }
                in_flight.set_value(false);
                // The button pressed meanwhile: pressed again, now.
                if let Some(value) = deferred.try_update_value(Option::take).flatten() {
                    let button = form
                        .query_selector(&format!("button[name=do][value=\"{value}\"]"))
                        .ok()
                        .flatten()
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                    let _ = form.request_submit_with_submitter(button.as_ref());
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (root, slug, key, revision, deferred, last_saved);
    };
    let changed = move |_| {
        let change = changes.get_value() + 1;
        changes.set_value(change);
        state.set(SaveState::Saving);
        set_timeout(
            move || {
                if changes.get_value() == change {
                    save();
                }
            },
            std::time::Duration::from_millis(AUTOSAVE_PAUSE_MS),
        );
    };
    // Pressing one of the form's buttons posts it: nothing is lost by leaving then, and a save
    // waiting for a pause is not needed.
    let submitted = move |event: leptos::ev::SubmitEvent| {
        let change = changes.get_value() + 1;
        changes.set_value(change);
        saved_change.set_value(change);
        #[cfg(feature = "hydrate")]
        if in_flight.get_value() {
            use wasm_bindgen::JsCast;
            event.prevent_default();
            // (Enter in a box submits with no button: "" stands for that.)
            let value = event
                .submitter()
                .and_then(|b| b.dyn_into::<web_sys::HtmlButtonElement>().ok())
                .map(|b| b.value())
                .unwrap_or_default();
            deferred.set_value(Some(value));
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = event;
    };
    let leaving = window_event_listener(leptos::ev::beforeunload, move |event| {
        if saved_change.get_value() != changes.get_value() {
            event.prevent_default();
        }
    });
    on_cleanup(move || leaving.remove());
    view! {
        <SaveStatus state hydrated />
        <div node_ref=root on:input=changed on:change=changed on:submit=submitted>
            {children()}
        </div>
    }
}

/// "Or add a question from the library": the question library's saved questions, each added
/// as a copy where the new question would go (a plain form post to the questionnaire page).
#[component]
fn SavedChoices(
    saved: Vec<crate::library::api::SavedQuestion>,
    action: String,
    revision: String,
    page: String,
    at: Option<String>,
) -> impl IntoView {
    let at = at.filter(|at| at.parse::<usize>().is_ok());
    (!saved.is_empty()).then(|| {
        view! {
            <h2 class="heading-m">{tr("editor-from-library-heading")}</h2>
            <p class="body">{tr("editor-from-library-about")}</p>
            <ul class="document-list">
                {saved
                    .into_iter()
                    .map(|question| {
                        view! {
                            <li class="document-list__item">
                                {crate::library::views::saved_question_summary(&question)}
                                <form method="post" action=action.clone() class="document-list__actions">
                                    <input type="hidden" name="revision" value=revision.clone() />
                                    <input type="hidden" name="page" value=page.clone() />
                                    {at.clone().map(|at| view! { <input type="hidden" name="at" value=at /> })}
                                    <button
                                        type="submit"
                                        class="button button--secondary button--small"
                                        name="do"
                                        value=format!("saved:{}", question.id)
                                    >
                                        {tr("editor-add-this-question")}
                                        <span class="visually-hidden">
                                            {format!(" \u{2013} {}", question.name)}
                                        </span>
                                    </button>
                                </form>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// A stored question as the editor's fields.
fn question_values(question: &crate::domain::Question) -> Vec<(String, String)> {
    let mut values = vec![
        ("label".to_string(), question.label.clone()),
        (
            "hint".to_string(),
            question.hint.clone().unwrap_or_default(),
        ),
        (
            "required".to_string(),
            if question.required { "yes" } else { "" }.to_string(),
        ),
        (
            "guidance".to_string(),
            question.guidance.clone().unwrap_or_default(),
        ),
    ];
    match &question.kind {
        QuestionKind::ShortText { max_chars } | QuestionKind::LongText { max_chars } => {
            values.push(("max_chars".into(), max_chars.to_string()));
        }
        QuestionKind::SingleChoice { .. }
        | QuestionKind::Dropdown { .. }
        | QuestionKind::Ranking { .. }
        | QuestionKind::Grid { .. }
        | QuestionKind::Heading
        | QuestionKind::Paragraph
        | QuestionKind::Email
        | QuestionKind::UkPostcode => {}
        QuestionKind::Points { total, exact, .. } => {
            values.push(("points_total".into(), total.to_string()));
            let rule = if *exact { "exact" } else { "at_most" };
            values.push(("points_rule".into(), rule.into()));
        }
        QuestionKind::Number {
            min,
            max,
            decimals,
            unit,
        } => {
            values.push(("min".into(), min.clone().unwrap_or_default()));
            values.push(("max".into(), max.clone().unwrap_or_default()));
            values.push(("decimals".into(), decimals.to_string()));
            values.push(("unit".into(), unit.clone().unwrap_or_default()));
        }
        QuestionKind::Date { earliest, latest } => {
            for (prefix, date) in [("earliest", earliest), ("latest", latest)] {
                if let Some(date) = date {
                    values.push((format!("{prefix}-day"), date.day().to_string()));
                    values.push((format!("{prefix}-month"), date.month().to_string()));
                    values.push((format!("{prefix}-year"), date.year().to_string()));
                }
            }
        }
        QuestionKind::MultipleChoice {
            min_choices,
            max_choices,
            ..
        } => {
            let number = |n: &Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
            values.push(("min_choices".into(), number(min_choices)));
            values.push(("max_choices".into(), number(max_choices)));
        }
    }
    for point in question.kind.scale() {
        values.push((format!("{SCALE_PREFIX}{}", point.key), point.label.clone()));
    }
    for option in question.kind.options() {
        if option.other {
            values.push(("other".into(), "yes".into()));
            values.push(("other_key".into(), option.key.clone()));
        } else {
            values.push((format!("option-{}", option.key), option.label.clone()));
        }
    }
    values
}

/// "What kind of question?": radios, sent with GET to the same address (nothing is stored yet).
#[component]
fn KindChoice(page: String, at: Option<String>) -> impl IntoView {
    // Where the new question goes, kept through the choice of kind (a position: digits only).
    let at = at.filter(|at| at.parse::<usize>().is_ok());
    view! {
        <form method="get" novalidate>
            <input type="hidden" name="page" value=page />
            {at.map(|at| view! { <input type="hidden" name="at" value=at /> })}
            <div class="form-group">
                <fieldset class="fieldset" aria-describedby="kind-hint">
                    <legend class="fieldset__legend fieldset__legend--s">{tr("editor-kind-legend")}</legend>
                    <div id="kind-hint" class="hint">{tr("editor-kind-hint")}</div>
                    <div class="radios">
                        {KINDS
                            .into_iter()
                            .enumerate()
                            .map(|(index, (code, name, description))| {
                                let (name, description) = kind_texts(code, name, description);
                                let id = format!("kind-{code}");
                                let hint_id = format!("{id}-hint");
                                view! {
                                    <div class="radios__item">
                                        <input
                                            class="radios__input"
                                            id=id.clone()
                                            name="kind"
                                            type="radio"
                                            value=code
                                            checked=index == 0
                                            aria-describedby=hint_id.clone()
                                        />
                                        <label class="label radios__label" for=id>
                                            {name}
                                        </label>
                                        <div id=hint_id class="hint radios__hint">
                                            {description}
                                        </div>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
            </div>
            <button type="submit" class="button">
                {tr("button-continue")}
            </button>
        </form>
    }
}

/// A kind's name and description in the page's language (English as `KINDS` has them if a kind
/// had no messages).
fn kind_texts(code: &str, name: &str, description: &str) -> (String, String) {
    match kind_text_ids(code) {
        Some((name_id, description_id)) => (tr(name_id), tr(description_id)),
        None => (name.to_string(), description.to_string()),
    }
}

fn error_for<'a>(posted: &'a PostedForm, field: &str) -> Option<&'a FieldError> {
    posted.errors.iter().find(|e| e.target_id == field)
}

#[component]
fn EditorForm(
    action: String,
    kind: String,
    revision: String,
    posted: PostedForm,
    back: String,
) -> impl IntoView {
    let kind_name = KINDS
        .iter()
        .find(|(code, _, _)| *code == kind)
        .map(|(code, name, description)| kind_texts(code, name, description).0)
        .unwrap_or_default();
    // Content blocks: only their text.
    if kind == kind_code::HEADING || kind == kind_code::PARAGRAPH {
        let text = if kind == kind_code::HEADING {
            view! { <InputField name="label" label=tr("editor-heading-label") posted=posted.clone() lang=content_lang() /> }.into_any()
        } else {
            view! {
                <TextAreaField
                    name="label"
                    label=tr("editor-text-label")
                    hint=tr("editor-text-hint")
                    rows=8
                    posted=posted.clone()
                    lang=content_lang()
                />
            }
            .into_any()
        };
        return view! {
            <p class="body">{tr_with("editor-kind-of-block", &[("kind", TextArg::from(kind_name.clone()))])}</p>
            <form method="post" action=action novalidate>
                <input type="hidden" name="revision" value=revision />
                {text}
                <div class="builder-actions">
                    <button type="submit" class="button" name="do" value="save">
                        {tr("editor-save")}
                    </button>
                    <a href=back class="builder-actions__link">
                        {tr("editor-cancel")}
                    </a>
                </div>
            </form>
        }
        .into_any();
    }
    let required = posted.value("required") == Some("yes");
    let settings = match kind.as_str() {
        kind_code::SHORT_TEXT | kind_code::LONG_TEXT => view! {
            <InputField
                name="max_chars"
                label=tr("editor-max-chars-label")
                hint=tr("editor-max-chars-hint")
                width="input--width-5"
                posted=posted.clone()
            />
        }
            .into_any(),
        kind_code::NUMBER => view! {
            <InputField
                name="min"
                label=tr("editor-min-label")
                width="input--width-10"
                posted=posted.clone()
            />
            <InputField
                name="max"
                label=tr("editor-max-label")
                width="input--width-10"
                posted=posted.clone()
            />
            <InputField
                name="decimals"
                label=tr("editor-decimals-label")
                hint=tr("editor-decimals-hint")
                width="input--width-2"
                posted=posted.clone()
            />
            <InputField
                name="unit"
                label=tr("editor-unit-label")
                hint=tr("editor-unit-hint")
                width="input--width-10"
                posted=posted.clone()
                lang=content_lang()
            />
        }
            .into_any(),
        kind_code::DATE => view! {
            <DateField
                prefix="earliest"
                legend=tr("editor-earliest-legend")
                hint=tr("editor-earliest-hint")
                posted=posted.clone()
            />
            <DateField
                prefix="latest"
                legend=tr("editor-latest-legend")
                hint=tr("editor-latest-hint")
                posted=posted.clone()
            />
        }
            .into_any(),
        kind_code::EMAIL | kind_code::UK_POSTCODE => ().into_any(),
        kind_code::GRID => view! {
            <ListFields posted=posted.clone() prefix=OPTION_PREFIX noun=ListNoun::STATEMENT legend=tr("editor-statements-legend") />
            <ListFields posted=posted.clone() prefix=SCALE_PREFIX noun=ListNoun::POINT legend=tr("editor-scale-legend") />
        }
            .into_any(),
        kind_code::POINTS => view! {
            <OptionFields posted=posted.clone() multiple=false other_allowed=false />
            <InputField
                name="points_total"
                label=tr("editor-points-total-label")
                hint=tr("editor-points-total-hint")
                width="input--width-5"
                posted=posted.clone()
            />
            <PointsRuleField posted=posted.clone() />
        }
            .into_any(),
        _ => view! {
            <OptionFields
                posted=posted.clone()
                multiple=kind == kind_code::MULTIPLE_CHOICE
                other_allowed=kind == kind_code::SINGLE_CHOICE || kind == kind_code::MULTIPLE_CHOICE
            />
        }
            .into_any(),
    };
    view! {
        <p class="body">{tr_with("editor-kind-of-question", &[("kind", TextArg::from(kind_name.clone()))])}</p>
        <form method="post" action=action novalidate>
            // Enter in a text box presses a form's first submit button: let that be "Save", not
            // "Move up option 2" or "Add another option".
            <button type="submit" name="do" value="save" class="visually-hidden" tabindex="-1" aria-hidden="true">
                {tr("editor-save-question")}
            </button>
            <input type="hidden" name="revision" value=revision />
            <InputField name="label" label=tr("editor-question-label") posted=posted.clone() lang=content_lang() />
            <TextAreaField
                name="hint"
                label=tr("editor-hint-label")
                hint=tr("editor-hint-hint")
                rows=2
                posted=posted.clone()
                lang=content_lang()
            />
            <div class="form-group">
                <div class="checkboxes">
                    <div class="checkboxes__item">
                        <input
                            class="checkboxes__input"
                            id="required"
                            name="required"
                            type="checkbox"
                            value="yes"
                            checked=required
                        />
                        <label class="label checkboxes__label" for="required">
                            {tr("editor-required-label")}
                        </label>
                    </div>
                </div>
            </div>
            {settings}
            <TextAreaField
                name="guidance"
                label=tr("editor-guidance-label")
                hint=tr("editor-guidance-hint")
                rows=4
                posted=posted.clone()
                lang=content_lang()
            />
            <div class="builder-actions">
                <button type="submit" class="button" name="do" value="save">
                    {tr("editor-save-question")}
                </button>
                <a href=back class="builder-actions__link">
                    {tr("editor-cancel")}
                </a>
            </div>
        </form>
    }
    .into_any()
}

/// Whether a points question's answers must add up to exactly its points, or to at most them.
#[component]
fn PointsRuleField(posted: PostedForm) -> impl IntoView {
    let at_most = posted.value("points_rule") == Some("at_most");
    let choices = [
        ("exact", tr("editor-points-rule-exact"), !at_most),
        ("at_most", tr("editor-points-rule-at-most"), at_most),
    ];
    view! {
        <div class="form-group">
            <fieldset class="fieldset">
                <legend class="fieldset__legend fieldset__legend--s">{tr("editor-points-rule-legend")}</legend>
                <div class="radios">
                    {choices
                        .into_iter()
                        .map(|(value, text, checked)| {
                            let id = format!("points_rule-{value}");
                            view! {
                                <div class="radios__item">
                                    <input
                                        class="radios__input"
                                        id=id.clone()
                                        name="points_rule"
                                        type="radio"
                                        value=value
                                        checked=checked
                                    />
                                    <label class="label radios__label" for=id>
                                        {text}
                                    </label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// One list of a question's options (or a grid's statements, or its scale): a box each, empty
/// ones removed on saving, with "Move up"/"Move down" and "Add another" as plain-form buttons.
/// The buttons post `do=<list>_up:<n>`, `<list>_down:<n>` and `add_<list>`, where `<list>` is the
/// prefix without its hyphen ("option", "scale").
#[component]
fn ListFields(
    posted: PostedForm,
    prefix: &'static str,
    noun: ListNoun,
    legend: String,
) -> impl IntoView {
    let list = prefix.trim_end_matches('-');
    let language = use_language();
    let items = posted_list(&posted.values, prefix);
    let first = format!("{prefix}new-1");
    let group_error = error_for(&posted, &first)
        .filter(|_| !items.iter().any(|(key, _)| key.is_empty()))
        .map(|e| e.message_in(language));
    let noun_arg = move || ("noun", TextArg::from(noun.code));
    let count = items.len();
    let boxes = items
        .into_iter()
        .enumerate()
        .map(|(index, (key, label))| {
            // Plain-form twins of reordering (WCAG 2.5.7): each moves one place and draws the form
            // again; nothing is saved until "Save question".
            let move_button = move |up: bool| {
                let (text, value) = if up {
                    (tr("editor-move-up"), format!("{list}_up:{index}"))
                } else {
                    (tr("editor-move-down"), format!("{list}_down:{index}"))
                };
                let which = tr_with(
                    "editor-list-item-lower",
                    &[noun_arg(), ("number", TextArg::from(index + 1))],
                );
                view! {
                    <button type="submit" class="button button--secondary button--small" name="do" value=value>
                        {text}
                        <span class="visually-hidden">{format!(" {which}")}</span>
                    </button>
                }
            };
            let moves = (count > 1).then(|| {
                view! {
                    <div class="option-moves">
                        {(index > 0).then(|| move_button(true))}
                        {(index + 1 < count).then(|| move_button(false))}
                    </div>
                }
            });
            let name = list_field(prefix, &key, index);
            let error = error_for(&posted, &name).map(|e| e.message_in(language));
            let class = if error.is_some() {
                "input input--width-30 input--error"
            } else {
                "input input--width-30"
            };
            let group = if error.is_some() {
                "form-group form-group--error"
            } else {
                "form-group"
            };
            let error_id = format!("{name}-error");
            view! {
                <div class=group>
                    <label class="label" for=name.clone()>
                        {tr_with("editor-list-item", &[noun_arg(), ("number", TextArg::from(index + 1))])}
                    </label>
                    {error.clone().map(|message| view! { <ErrorMessage id=error_id.clone() message /> })}
                    <input
                        class=class
                        id=name.clone()
                        name=name
                        type="text"
                        value=label
                        aria-describedby=error.map(|_| error_id)
                        lang=content_lang()
                    />
                    {moves}
                </div>
            }
        })
        .collect_view();
    let hint_id = format!("{list}-list-hint");
    let described_by = hint_id.clone();
    view! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby=described_by>
                <legend class="fieldset__legend fieldset__legend--s">{legend}</legend>
                <div id=hint_id class="hint">
                    {tr_with("editor-list-hint", &[noun_arg()])}
                </div>
                {group_error.map(|message| view! { <ErrorMessage id=format!("{list}-list-error") message /> })}
                {boxes}
                <button type="submit" class="button button--secondary" name="do" value=format!("add_{list}")>
                    {tr_with("editor-list-add", &[noun_arg()])}
                </button>
            </fieldset>
        </div>
    }
}

/// Whether the options end with "Other", where respondents say what in a box of their own. Its
/// key travels hidden, so its answers stay its own when the question is edited.
#[component]
fn OtherOptionField(posted: PostedForm) -> impl IntoView {
    let checked = posted.value("other") == Some("yes");
    let key = posted.value("other_key").unwrap_or_default().to_string();
    let error = error_for(&posted, "other").map(|e| e.message_in(use_language()));
    let group = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    view! {
        <div class=group>
            {error.map(|message| view! { <ErrorMessage id="other-error".to_string() message /> })}
            <input type="hidden" name="other_key" value=key />
            <div class="checkboxes">
                <div class="checkboxes__item">
                    <input
                        class="checkboxes__input"
                        id="other"
                        name="other"
                        type="checkbox"
                        value="yes"
                        checked=checked
                        aria-describedby="other-hint"
                    />
                    <label class="label checkboxes__label" for="other">
                        {tr("editor-other-label")}
                    </label>
                    <div id="other-hint" class="hint checkboxes__hint">
                        {tr("editor-other-hint")}
                    </div>
                </div>
            </div>
        </div>
    }
}

/// The options of a choice question, one box each; empty ones are removed on saving.
#[component]
fn OptionFields(
    posted: PostedForm,
    multiple: bool,
    /// Single and multiple choice may end with "Other", with a box to say what.
    other_allowed: bool,
) -> impl IntoView {
    view! {
        <ListFields posted=posted.clone() prefix=OPTION_PREFIX noun=ListNoun::OPTION legend=tr("editor-options-legend") />
    {other_allowed.then(|| view! { <OtherOptionField posted=posted.clone() /> })}
        {multiple
            .then(|| {
                view! {
                    <InputField
                        name="min_choices"
                        label=tr("editor-min-choices-label")
                        width="input--width-5"
                        posted=posted.clone()
                    />
                    <InputField
                        name="max_choices"
                        label=tr("editor-max-choices-label")
                        width="input--width-5"
                        posted=posted.clone()
                    />
                }
            })}
    }
}
