//! The response form and the confirmation page.
//!
//! The form is a real `<form method="post">`: without JavaScript the browser posts it to
//! `respond::http`. It is the one island of the public pages: once its WASM has loaded,
//! submitting checks the answers in the browser with the same domain rules the server uses, then
//! sends them through `submit_response` and shows the confirmation in place, without a reload.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{
    CheckAnswers, Confirmation, NO_SUCH_DRAFT, ResponseForm, ResponseStep, SubmitResponse,
    get_confirmation, get_response_form, load_response_step,
};
use super::option_values::{PointsItems, RankingItems};
use crate::components::{
    AnswerLines, ErrorMessage, ErrorPage, ErrorSummary, InputField, IslandScripts, PageTitle,
    PostedForm, TextArea, content_lang, href, page_title_text, text_lang, tr, tr_with,
    use_language,
};
use crate::domain::answers::{HONEYPOT_FIELD, char_count};
use crate::domain::interface_text::TextArg;
use crate::domain::journey::{FROM_CHECK_FIELD, INTENT_FIELD, SAVE_FOR_LATER};
use crate::domain::uk_time;
use crate::domain::welsh_content::{
    TITLE, WelshTexts, option_target, page_title_target, question_target,
};
use crate::domain::{FieldError, Question, QuestionKind};
use crate::error::AppError;
use crate::privacy::views::PrivacyLink;

#[component]
pub fn RespondPage() -> impl IntoView {
    let posted = use_context::<PostedForm>();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let form = Resource::new(slug, get_response_form);
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading-questions")}</p> }>
            {move || {
                let posted = posted.clone();
                Suspend::new(async move {
                    match form.await {
                        Ok(form) => response_form_view(form, posted),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// The response form's page below the site header: its title, the form's island and the scripts
/// that wake it. Shared by the respondent's page and the builder's previews.
pub fn response_form_view(form: ResponseForm, posted: Option<PostedForm>) -> AnyView {
    let has_errors = posted
        .as_ref()
        .is_some_and(|p| !p.errors.is_empty() || p.problem.is_some());
    // The island's props are written into the page: only the values of this form's own
    // questions go back into it.
    // A page of a response being answered shows its saved answers, unless a refused post's.
    let posted = posted.or_else(|| {
        form.step.as_ref().map(|step| PostedForm {
            values: step.saved.clone(),
            ..PostedForm::default()
        })
    });
    let posted = posted.map(|mut posted| {
        let names: Vec<String> = form
            .questionnaire
            .questions()
            .flat_map(Question::field_names)
            .collect();
        posted.values.retain(|(name, _)| names.contains(name));
        posted
    });
    let title = match form.preview {
        Some(_) => tr_with(
            "preview-title",
            &[("title", TextArg::from(form.title.clone()))],
        ),
        None => form.title.clone(),
    };
    view! {
        <PageTitle text=title error=has_errors />
        <ResponseFormIsland form posted />
        <IslandScripts />
    }
    .into_any()
}

/// Moves focus to the error summary once it has been drawn.
fn focus_error_summary() {
    #[cfg(feature = "hydrate")]
    request_animation_frame(|| crate::components::focus_element("error-summary"));
}

/// The form's fields as `(name, value)` pairs, exactly as the browser would post them.
#[cfg(feature = "hydrate")]
fn form_fields(form: &web_sys::HtmlFormElement) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let Ok(data) = web_sys::FormData::new_with_form(form) else {
        return fields;
    };
    if let Ok(Some(entries)) = js_sys::try_iter(&data) {
        for entry in entries.flatten() {
            let pair = js_sys::Array::from(&entry);
            if let (Some(name), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                fields.push((name, value));
            }
        }
    }
    fields
}

/// Everything on the response page below its title: the form, its error summary and, once sent
/// with JavaScript, the confirmation. Its props (the questionnaire and a refused post's values)
/// are what the browser needs to check answers with the server's rules.
#[island]
fn ResponseFormIsland(form: ResponseForm, posted: Option<PostedForm>) -> impl IntoView {
    let posted = posted.unwrap_or_default();
    let errors = RwSignal::new(posted.errors.clone());
    let problem = RwSignal::new(posted.problem.clone());
    let sent = RwSignal::new(None::<Confirmation>);
    let checked = RwSignal::new(form.preview.as_ref().is_some_and(|p| p.checked));
    let submit = ServerAction::<SubmitResponse>::new();

    // Tests wait for this mark before using anything that needs the WASM. Effects only run in
    // the browser, so the server never sets it.
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });

    // The document title follows what the island shows (the server drew the first one).
    let title = form.title.clone();
    Effect::new(move |_| {
        let text = match sent.read().as_ref() {
            Some(_) => page_title_text(&tr("confirmation-title"), false),
            None => page_title_text(
                &title,
                !errors.read().is_empty() || problem.read().is_some(),
            ),
        };
        document().set_title(&text);
    });

    // A page drawn with errors (a refused no-JavaScript post) puts focus on the summary.
    if !posted.errors.is_empty() || posted.problem.is_some() {
        Effect::new(move |_| focus_error_summary());
    }

    Effect::new(move |_| {
        let Some(result) = submit.value().get() else {
            return;
        };
        match result {
            Ok(confirmation) => {
                show_confirmation_address(&href(&confirmation.path()));
                sent.set(Some(confirmation));
                request_animation_frame(|| crate::components::focus_element(CONFIRMATION_HEADING));
            }
            Err(AppError::Invalid(list)) => {
                problem.set(None);
                errors.set(list);
                focus_error_summary();
            }
            Err(other) => {
                errors.set(Vec::new());
                problem.set(Some(other.to_string()));
                focus_error_summary();
            }
        }
    });

    view! {
        <Show
            when=move || sent.read().is_none()
            fallback=move || sent.get().map(|confirmation| view! { <ConfirmationView confirmation /> })
        >
            <ResponseFormBody form=form.clone() posted=posted.clone() errors problem submit checked />
        </Show>
    }
}

/// After a response sent from the browser the address becomes the confirmation's, so a reload or
/// a bookmark shows it. It replaces the form's entry in the history rather than adding one: going
/// back then leaves for the page before the form, a real page load, instead of landing on a
/// form's address in a document that now shows the confirmation.
fn show_confirmation_address(path: &str) {
    #[cfg(feature = "hydrate")]
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = path;
}

/// Where focus goes when a preview's answers fit every rule.
const PREVIEW_CHECKED: &str = "preview-checked";

/// What a preview says above the form: that nothing is stored, the link to share, and (once
/// answers were sent) that they fit every rule.
#[component]
fn PreviewNotice(preview: crate::respond::api::Preview, checked: RwSignal<bool>) -> impl IntoView {
    let share = preview.share_link.map(|link| {
        let until = preview
            .link_expires
            .map(crate::components::date_time_text)
            .unwrap_or_default();
        view! {
            <p class="body">
                {tr("preview-share-before")} " " <a href=link>{tr("preview-share-link")}</a>
                {tr_with("preview-share-after", &[("until", TextArg::from(until))])}
            </p>
        }
    });
    view! {
        <div class="inset">
            <h2 class="heading-m">{tr("preview-heading")}</h2>
            <p class="body">{tr("preview-explained")}</p>
            {share}
        </div>
        {move || {
            checked
                .get()
                .then(|| {
                    view! {
                        <div class="notification" role="status" id=PREVIEW_CHECKED tabindex="-1">
                            <p class="body">{tr("preview-checked")}</p>
                        </div>
                    }
                })
        }}
    }
}

#[component]
fn ResponseFormBody(
    form: ResponseForm,
    posted: PostedForm,
    errors: RwSignal<Vec<FieldError>>,
    problem: RwSignal<Option<String>>,
    submit: ServerAction<SubmitResponse>,
    /// A preview's answers fitted every rule (nothing is sent).
    checked: RwSignal<bool>,
) -> impl IntoView {
    let questionnaire = StoredValue::new(form.questionnaire.clone());
    let is_preview = form.preview.is_some();
    let is_step = form.step.is_some();
    // A page's plain post is on its way.
    let sending = RwSignal::new(false);
    let pending = submit.pending();

    let slug = form.slug.clone();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        {
            use crate::domain::answers::{parse_answers, validate};
            use wasm_bindgen::JsCast;

            let Some(element) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let fields = form_fields(&element);
            let found = questionnaire
                .with_value(|q| parse_answers(q, &fields).map(|answers| validate(q, &answers)));
            // "Save and come back later" keeps the page as typed: never held back by its checks.
            let saving_for_later = event
                .submitter()
                .and_then(|button| button.get_attribute("name"))
                .is_some_and(|name| name == INTENT_FIELD);
            // A page of a response goes to the server as a plain post once it passes (its next
            // page is a page load); one that does not stays, with its errors.
            if is_step && (saving_for_later || matches!(found, Ok(ref list) if list.is_empty())) {
                if sending.get_untracked() {
                    event.prevent_default(); // a second click while the first is on its way
                }
                sending.set(true);
                return;
            }
            event.prevent_default();
            if pending.get_untracked() {
                return; // a second click while the first is on its way
            }
            match found {
                Err(malformed) => {
                    checked.set(false);
                    errors.set(Vec::new());
                    problem.set(Some(malformed.0));
                    focus_error_summary();
                }
                Ok(list) if !list.is_empty() => {
                    checked.set(false);
                    problem.set(None);
                    errors.set(list);
                    focus_error_summary();
                }
                // A preview stores nothing: it says the answers fit, where focus goes.
                Ok(_) if is_preview => {
                    problem.set(None);
                    errors.set(Vec::new());
                    checked.set(true);
                    request_animation_frame(|| crate::components::focus_element(PREVIEW_CHECKED));
                }
                Ok(_) => {
                    submit.dispatch(SubmitResponse {
                        slug: slug.clone(),
                        form: super::api::SubmittedForm { fields },
                    });
                }
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (event, &slug, questionnaire, is_preview, is_step, sending);
    };

    let (action, back, back_text) = match (&form.preview, &form.step) {
        (Some(preview), _) => (
            href(&preview.action),
            preview.back.as_deref().map(href),
            tr("back-to-questionnaire"),
        ),
        (None, Some(step)) => (href(&step.action), Some(href(&step.back)), tr("back")),
        (None, None) => (
            href(&format!("/consultations/{}/respond", form.slug)),
            Some(href(&format!("/consultations/{}", form.slug))),
            tr("back-to-consultation"),
        ),
    };
    let language = use_language();
    let title = form.title.clone();
    let welsh = form.welsh.clone();
    let pages = form.questionnaire.pages.clone();
    let rendered = form.rendered.clone();
    let progress = form
        .step
        .as_ref()
        .and_then(|step| step.progress)
        .map(|(at, of)| {
            tr_with(
                "page-progress",
                &[("at", TextArg::from(at)), ("of", TextArg::from(of))],
            )
        });
    let from_check = form.step.as_ref().is_some_and(|step| step.from_check);
    let idempotency_key = (!form.idempotency_key.is_empty()).then(|| form.idempotency_key.clone());
    let button = move || {
        let id = match (is_step, pending.get() || sending.get()) {
            (true, true) => "button-saving",
            (true, false) => "button-continue",
            (false, true) => "button-sending",
            (false, false) => "button-send",
        };
        crate::domain::interface_text::text(language, id)
    };
    view! {
        {back.map(|back| view! { <a href=back class="back-link">{back_text}</a> })}
        {form.preview.clone().map(|preview| view! { <PreviewNotice preview checked /> })}
        <ErrorSummary errors=errors problem=problem />
        <span class="caption-l">
            {if is_preview { tr("caption-preview") } else { tr("caption-respond") }}
        </span>
        <h1 class="heading-xl" lang=text_lang(&welsh, TITLE)>{title}</h1>
        {progress.map(|progress| view! { <p class="caption-m" id="progress">{progress}</p> })}
        <p class="body">
            {tr_with(
                "consultation-closes-at",
                &[("when", TextArg::from(uk_time::format_date_time_in(language, form.closes_at)))],
            )}
        </p>
        <form method="post" action=action novalidate on:submit=on_submit>
            {idempotency_key.map(|key| view! { <input type="hidden" name="idempotency_key" value=key /> })}
            {from_check.then(|| view! { <input type="hidden" name=FROM_CHECK_FIELD value="yes" /> })}
            // The honeypot: hidden from everyone by the style sheet, filled in only by robots.
            <div class="honeypot">
                <label for=HONEYPOT_FIELD>{tr("honeypot-label")}</label>
                <input type="text" id=HONEYPOT_FIELD name=HONEYPOT_FIELD tabindex="-1" autocomplete="off" />
            </div>
            {pages
                .into_iter()
                .map(|page| {
                    let page_lang = text_lang(&welsh, &page_title_target(&page.key));
                    view! {
                        {page.title.map(|t| view! { <h2 class="heading-l" lang=page_lang>{t}</h2> })}
                        {page
                            .questions
                            .into_iter()
                            .map(|question| {
                                let help_html = rendered
                                    .iter()
                                    .find(|(id, _)| *id == question.id)
                                    .map(|(_, html)| html.clone());
                                view! { <QuestionField question errors posted=posted.clone() help_html welsh=welsh.clone() /> }
                            })
                            .collect_view()}
                    }
                })
                .collect_view()}
            <div class="button-group">
                <button type="submit" class="button" data-module="button" aria-disabled=move || (pending.get() || sending.get()).then_some("true")>
                    {button}
                </button>
                {(is_step && !is_preview).then(|| view! { <SaveForLaterButton /> })}
            </div>
        </form>
        {(!is_preview).then(|| view! { <PrivacyLink slug=form.slug.clone() /> })}
    }
}

/// The email address for a copy of the answers, on "Check your answers" (as
/// `respond::journey::RECEIPT_EMAIL_FIELD`).
const RECEIPT_EMAIL: &str = "email";

/// "Save and come back later": posts the page's form to keep its answers as typed and get a
/// return code (GOV.UK's secondary button).
#[component]
fn SaveForLaterButton() -> impl IntoView {
    view! {
        <button
            type="submit"
            name=INTENT_FIELD
            value=SAVE_FOR_LATER
            class="button button--secondary"
            data-module="button"
            formnovalidate
        >
            {tr("button-save-for-later")}
        </button>
    }
}

#[component]
pub(crate) fn QuestionField(
    question: Question,
    errors: RwSignal<Vec<FieldError>>,
    posted: PostedForm,
    /// The question's guidance (a paragraph block's text), rendered to safe HTML by the server.
    help_html: Option<String>,
    /// Which of its texts are in Welsh, on a Welsh page.
    #[prop(optional)]
    welsh: WelshTexts,
) -> impl IntoView {
    let key = question.key.clone();
    let label_lang = text_lang(&welsh, &question_target(&key, "label"));
    // Content blocks: shown, never answered.
    match question.kind {
        QuestionKind::Heading => {
            return view! { <h2 class="heading-m form-block" lang=label_lang>{question.label}</h2> }
                .into_any();
        }
        QuestionKind::Paragraph => {
            let html = help_html.unwrap_or_default();
            return view! { <div class="prose form-block" inner_html=html lang=label_lang></div> }
                .into_any();
        }
        _ => {}
    }
    let name = question.field_name();
    let language = use_language();
    let error = {
        let name = name.clone();
        Memo::new(move |_| {
            errors.with(|list| {
                list.iter()
                    .find(|e| e.field == name)
                    .map(|e| e.message_in(language))
            })
        })
    };
    let group_class = move || {
        if error.read().is_some() {
            "form-group form-group--error"
        } else {
            "form-group"
        }
    };
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let count_id = format!("{name}-info");
    let guidance = question
        .choice_guidance_message()
        .or_else(|| question.format_guidance_message())
        .map(|message| message.render(language));
    let has_hint = question.hint.is_some() || guidance.is_some();
    let described_by = {
        let (hint_id, error_id, count_id) = (hint_id.clone(), error_id.clone(), count_id.clone());
        let counted = matches!(question.kind, QuestionKind::LongText { .. });
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if counted {
                ids.push(count_id.clone());
            }
            if error.read().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    // The question's words are the author's (marked English on a Welsh page); "(optional)" is
    // the interface's.
    let label = view! {
        <span lang=label_lang>{question.label.clone()}</span>
        {(!question.required).then(|| format!(" {}", tr("optional")))}
    }
    .into_any();
    let hint_text = (question.hint.is_some() || guidance.is_some()).then(|| {
        let hint_lang = text_lang(&welsh, &question_target(&key, "hint"));
        let hint = question
            .hint
            .clone()
            .map(|hint| view! { <span lang=hint_lang>{hint}</span> });
        let guidance = guidance.map(|guidance| format!(" {guidance}."));
        view! { <div id=hint_id.clone() class="hint">{hint}{guidance}</div> }
    });
    // The question's guidance, closed until asked for (GOV.UK details), before the answer boxes.
    let help = help_html.map(|html| {
        view! {
            <details class="details">
                <summary class="details__summary">
                    <span class="details__summary-text">{tr("help-with-question")}</span>
                </summary>
                <div class="details__text prose" inner_html=html lang=text_lang(&welsh, &question_target(&key, "guidance"))></div>
            </details>
        }
    });
    let hint = view! {
        {hint_text}
        {help}
    };
    let error_message = {
        let error_id = error_id.clone();
        move || {
            error
                .get()
                .map(|message| view! { <ErrorMessage id=error_id.clone() message /> })
        }
    };
    let initial_text = posted.value(&name).unwrap_or_default().to_string();

    // The box an error points at: a date's part, a grid's statement, an "Other" box.
    let target = super::option_values::error_target(&question, errors);
    let control = match &question.kind {
        QuestionKind::Heading | QuestionKind::Paragraph => ().into_any(),
        // No maxlength: it silently cuts pasted text (GOV.UK advice); the limit is checked instead.
        // One-line boxes: free text, or an email address or postcode (checked, and offered to
        // the browser's autofill).
        QuestionKind::ShortText { .. } | QuestionKind::Email | QuestionKind::UkPostcode => {
            let (input_type, autocomplete, width) = match question.kind {
                QuestionKind::Email => ("email", Some("email"), "input"),
                QuestionKind::UkPostcode => ("text", Some("postal-code"), "input input--width-10"),
                _ => ("text", None, "input"),
            };
            let checked_format = autocomplete.map(|_| "false");
            let input_class = move || {
                if error.read().is_some() {
                    format!("{width} input--error")
                } else {
                    width.to_string()
                }
            };
            view! {
                <label class="label label--s" for=name.clone()>
                    {label}
                </label>
                {hint}
                {error_message}
                <input
                    class=input_class
                    id=name.clone()
                    name=name.clone()
                    type=input_type
                    autocomplete=autocomplete
                    spellcheck=checked_format
                    value=initial_text
                    aria-describedby=described_by
                />
            }
            .into_any()
        }
        QuestionKind::LongText { max_chars } => {
            let max = *max_chars as usize;
            let count = RwSignal::new(char_count(&initial_text));
            // The static hint is what the server draws; the live count replaces it once the page
            // runs in the browser (so hydration sees the same text first).
            let live = RwSignal::new(false);
            Effect::new(move |_| live.set(true));
            let over = move || count.get() > max;
            let count_message = move |n: usize| {
                let (id, count) = if n <= max {
                    ("characters-remaining", max - n)
                } else {
                    ("characters-too-many", n - max)
                };
                crate::domain::interface_text::text_with(
                    language,
                    id,
                    &[("count", TextArg::from(count))],
                )
            };
            let message = move || {
                if live.get() {
                    count_message(count.get())
                } else {
                    crate::domain::interface_text::text_with(
                        language,
                        "characters-allowed",
                        &[("count", TextArg::from(max))],
                    )
                }
            };
            // Screen readers hear the count once the typing pauses, not at every keystroke
            // (GOV.UK character count pattern).
            let announced = RwSignal::new(String::new());
            let pending_announcement = StoredValue::new(None::<TimeoutHandle>);
            let on_input = move |ev: leptos::ev::Event| {
                let n = char_count(&event_target_value(&ev));
                count.set(n);
                if let Some(handle) = pending_announcement.get_value() {
                    handle.clear();
                }
                let handle = set_timeout_with_handle(
                    move || announced.set(count_message(n)),
                    std::time::Duration::from_millis(1000),
                )
                .ok();
                pending_announcement.set_value(handle);
            };
            let textarea_class = move || {
                if error.read().is_some() || over() {
                    "textarea textarea--error"
                } else {
                    "textarea"
                }
            };
            let message_class = move || {
                if live.get() && over() {
                    "hint character-count__message error-message"
                } else {
                    "hint character-count__message"
                }
            };
            view! {
                <label class="label label--s" for=name.clone()>
                    {label}
                </label>
                {hint}
                {error_message}
                <TextArea
                    value=initial_text
                    attr:class=textarea_class
                    attr:id=name.clone()
                    attr:name=name.clone()
                    attr:rows="6"
                    attr:aria-describedby=described_by
                    on:input=on_input
                />
                <div id=count_id class=message_class>
                    {message}
                </div>
                <div class="visually-hidden" aria-live="polite">
                    {announced}
                </div>
            }
            .into_any()
        }
        // GOV.UK: type="text" with an input mode, not type="number" (which rounds, scrolls and
        // drops what it cannot read); the unit is in the hint for screen readers.
        QuestionKind::Number { decimals, unit, .. } => {
            let input_class = move || {
                if error.read().is_some() {
                    "input input--width-10 input--error"
                } else {
                    "input input--width-10"
                }
            };
            let mode = if *decimals == 0 { "numeric" } else { "decimal" };
            let suffix = unit.clone().map(|unit| {
                view! { <div class="input__suffix" aria-hidden="true">{unit}</div> }
            });
            view! {
                <label class="label label--s" for=name.clone()>
                    {label}
                </label>
                {hint}
                {error_message}
                <div class="input__wrapper">
                    <input
                        class=input_class
                        id=name.clone()
                        name=name.clone()
                        type="text"
                        inputmode=mode
                        spellcheck="false"
                        value=initial_text
                        aria-describedby=described_by
                    />
                    {suffix}
                </div>
            }
            .into_any()
        }
        QuestionKind::Dropdown { options } => {
            let select_class = move || {
                if error.read().is_some() {
                    "select select--error"
                } else {
                    "select"
                }
            };
            let items = options
                .iter()
                .map(|option| {
                    let value = option.id.to_string();
                    let selected = initial_text == value;
                    view! {
                        <option value=value selected=selected lang=text_lang(&welsh, &option_target(&key, &option.key))>
                            {option.label.clone()}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <label class="label label--s" for=name.clone()>
                    {label}
                </label>
                {hint}
                {error_message}
                <select class=select_class id=name.clone() name=name.clone() aria-describedby=described_by>
                    <option value="">{tr("choose-an-option")}</option>
                    {items}
                </select>
            }
            .into_any()
        }
        QuestionKind::Date { .. } => {
            // The box an error is about is marked (GOV.UK date input); the whole date when the
            // message is about the date as a whole.
            let boxes = crate::domain::questionnaire::DATE_PARTS
                .iter()
                .map(|part| {
                    let id = format!("{name}-{part}");
                    let (text, width) = match *part {
                        "day" => (tr("date-day"), "input--width-2"),
                        "month" => (tr("date-month"), "input--width-2"),
                        _ => (tr("date-year"), "input--width-4"),
                    };
                    let value = posted.value(&id).unwrap_or_default().to_string();
                    let class = {
                        let id = id.clone();
                        let whole = format!("{name}-day");
                        move || {
                            let marked = target.with(|t| {
                                t.as_ref().is_some_and(|t| *t == id || *t == whole)
                            });
                            if marked {
                                format!("input date-input__input {width} input--error")
                            } else {
                                format!("input date-input__input {width}")
                            }
                        }
                    };
                    view! {
                        <div class="date-input__item">
                            <label class="label date-input__label" for=id.clone()>
                                {text}
                            </label>
                            <input class=class id=id.clone() name=id type="text" inputmode="numeric" value=value />
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="fieldset" role="group" aria-describedby=described_by>
                    <legend class="fieldset__legend fieldset__legend--s">{label}</legend>
                    {hint}
                    {error_message}
                    <div class="date-input">{boxes}</div>
                </fieldset>
            }
            .into_any()
        }
        // A grid: each statement a group of radios, one for each point of the scale.
        QuestionKind::Grid { statements, scale } => {
            let rows = statements
                .iter()
                .map(|statement| {
                    let group = question.option_input_id(statement);
                    let chosen = posted.value(&group).unwrap_or_default().to_string();
                    let first = scale
                        .first()
                        .map(|point| question.grid_input_id(statement, point))
                        .unwrap_or_default();
                    let class = move || {
                        if target.with(|t| t.as_deref() == Some(first.as_str())) {
                            "fieldset grid__statement grid__statement--error"
                        } else {
                            "fieldset grid__statement"
                        }
                    };
                    let points = scale
                        .iter()
                        .map(|point| {
                            let id = question.grid_input_id(statement, point);
                            let value = point.id.to_string();
                            let checked = chosen == value;
                            view! {
                                <div class="radios__item">
                                    <input
                                        class="radios__input"
                                        id=id.clone()
                                        name=group.clone()
                                        type="radio"
                                        value=value
                                        checked=checked
                                    />
                                    <label class="label radios__label" for=id lang=text_lang(&welsh, &option_target(&key, &point.key))>
                                        {point.label.clone()}
                                    </label>
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <fieldset class=class>
                            <legend class="fieldset__legend grid__legend" lang=text_lang(&welsh, &option_target(&key, &statement.key))>{statement.label.clone()}</legend>
                            <div class="radios grid__scale">{points}</div>
                        </fieldset>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="fieldset" aria-describedby=described_by>
                    <legend class="fieldset__legend fieldset__legend--s">{label}</legend>
                    {hint}
                    {error_message}
                    <div class="grid">{rows}</div>
                </fieldset>
            }
            .into_any()
        }
        QuestionKind::Ranking { .. } | QuestionKind::Points { .. } => {
            let items = match question.kind {
                QuestionKind::Points { total, .. } => view! {
                    <PointsItems question=question.clone() total errors posted=posted.clone() welsh=welsh.clone() />
                }
                .into_any(),
                _ => view! { <RankingItems question=question.clone() errors posted=posted.clone() welsh=welsh.clone() /> }
                    .into_any(),
            };
            view! {
                <fieldset class="fieldset" aria-describedby=described_by>
                    <legend class="fieldset__legend fieldset__legend--s">{label}</legend>
                    {hint}
                    {error_message}
                    {items}
                </fieldset>
            }
            .into_any()
        }
        QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options, .. } => {
            let multiple = matches!(question.kind, QuestionKind::MultipleChoice { .. });
            let (input_type, group, item, input, item_label) = if multiple {
                (
                    "checkbox",
                    "checkboxes",
                    "checkboxes__item",
                    "checkboxes__input",
                    "label checkboxes__label",
                )
            } else {
                (
                    "radio",
                    "radios",
                    "radios__item",
                    "radios__input",
                    "label radios__label",
                )
            };
            // "Other" reveals its box once chosen (GOV.UK conditional reveal). Without
            // JavaScript the box is always shown, and counts only when "Other" is chosen.
            let other_id = question.other_option().map(|o| o.id);
            let other_chosen =
                RwSignal::new(other_id.is_some_and(|id| posted.has_value(&name, &id.to_string())));
            let live = RwSignal::new(false);
            if other_id.is_some() {
                Effect::new(move |_| live.set(true));
            }
            let items = options
                .iter()
                .map(|option| {
                    let id = question.option_input_id(option);
                    let value = option.id.to_string();
                    let checked = posted.has_value(&name, &value);
                    let is_other = option.other;
                    let on_change = move |event: leptos::ev::Event| {
                        if !multiple {
                            other_chosen.set(is_other);
                        } else if is_other {
                            other_chosen.set(event_target_checked(&event));
                        }
                    };
                    view! {
                        <div class=item>
                            <input
                                class=input
                                id=id.clone()
                                name=name.clone()
                                type=input_type
                                value=value
                                checked=checked
                                on:change=on_change
                            />
                            <label class=item_label for=id lang=text_lang(&welsh, &option_target(&key, &option.key))>
                                {option.label.clone()}
                            </label>
                        </div>
                    }
                })
                .collect_view();
            let reveal = other_id.map(|_| {
                let box_name = question.other_field_name();
                let typed = posted.value(&box_name).unwrap_or_default().to_string();
                let class = {
                    let box_name = box_name.clone();
                    move || {
                        let marked = target.with(|t| t.as_deref() == Some(box_name.as_str()));
                        if marked { "input input--error" } else { "input" }
                    }
                };
                view! {
                    <div class="choice__conditional" hidden=move || live.get() && !other_chosen.get()>
                        <label class="label" for=box_name.clone()>
                            {tr("other-answer")}
                        </label>
                        <input class=class id=box_name.clone() name=box_name type="text" value=typed />
                    </div>
                }
            });
            view! {
                <fieldset class="fieldset" aria-describedby=described_by>
                    <legend class="fieldset__legend fieldset__legend--s">{label}</legend>
                    {hint}
                    {error_message}
                    <div class=group>{items} {reveal}</div>
                </fieldset>
            }
            .into_any()
        }
    };
    view! { <div class=group_class>{control}</div> }.into_any()
}

#[component]
pub fn ConfirmationPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("slug").unwrap_or_default(),
            p.get("reference").unwrap_or_default(),
        )
    };
    let confirmation = Resource::new(key, |(slug, reference)| get_confirmation(slug, reference));
    let copy_sent = use_query_map().read_untracked().get("copy").as_deref() == Some("sent");
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match confirmation.await {
                    Ok(confirmation) => {
                        view! {
                            <PageTitle text=tr("confirmation-title") />
                            <ConfirmationView confirmation copy_sent />
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Focused when the confirmation replaces the form in place (as a new page would be announced).
const CONFIRMATION_HEADING: &str = "confirmation-heading";

/// The confirmation, drawn by its own page and by the form's island once a response is sent.
#[component]
fn ConfirmationView(
    confirmation: Confirmation,
    /// A copy of the answers is on its way by email.
    #[prop(optional)]
    copy_sent: bool,
) -> impl IntoView {
    let back = href(&format!("/consultations/{}", confirmation.slug));
    let received = uk_time::format_date_time_in(use_language(), confirmation.submitted_at);
    view! {
        <div class="panel panel--confirmation">
            <h1 class="panel__title" id=CONFIRMATION_HEADING tabindex="-1">
                {tr("confirmation-title")}
            </h1>
            <div class="panel__body">
                {tr("your-reference")}<br />
                <strong class="reference" data-testid="reference">
                    {confirmation.reference.clone()}
                </strong>
            </div>
        </div>
        <p class="body">
            {tr("received-before")} " \u{201c}" <span lang=content_lang()>{confirmation.title}</span>
            "\u{201d} " {tr_with("received-after", &[("when", TextArg::from(received))])}
        </p>
        <p class="body">{tr("keep-reference")}</p>
        {copy_sent.then(|| view! { <p class="body" id="copy-sent">{tr("copy-on-its-way")}</p> })}
        <h2 class="heading-m">{tr("what-happens-next")}</h2>
        <p class="body">{tr("what-happens-next-text")}</p>
        <p class="body">
            <a href=back>{tr("back-to-consultation")}</a>
        </p>
        <p class="body">
            <a href=href("/")>{tr("see-other-consultations")}</a>
        </p>
    }
}

/// A page of a response being answered a page at a time, its "Check your answers", or what is
/// left of it once sent or closed (decision 0026).
#[component]
pub fn RespondStepPage() -> impl IntoView {
    let posted = use_context::<PostedForm>();
    let params = use_params_map();
    let query = use_query_map();
    let args = move || {
        let p = params.read();
        (
            p.get("slug").unwrap_or_default(),
            p.get("token").unwrap_or_default(),
            p.get("page").unwrap_or_default(),
            query.read().get("from").as_deref() == Some("check"),
        )
    };
    let step = Resource::new(args, |(slug, token, page, from_check)| {
        load_response_step(slug, token, page, from_check)
    });
    view! {
        <Suspense fallback=|| view! { <p class="body">{tr("loading")}</p> }>
            {move || {
                let posted = posted.clone();
                let slug = args().0;
                Suspend::new(async move {
                    match step.await {
                        Ok(ResponseStep::Page(form)) => response_form_view(form, posted),
                        Ok(ResponseStep::Check(check)) => {
                            let posted = posted.unwrap_or_default();
                            view! { <CheckAnswersView check closed=false posted /> }.into_any()
                        }
                        Ok(ResponseStep::Closed(check)) => {
                            let posted = PostedForm::default();
                            view! { <CheckAnswersView check closed=true posted /> }.into_any()
                        }
                        Ok(ResponseStep::Sent(path)) => {
                            view! {
                                <GoOn
                                    path
                                    title="go-on-sent-title"
                                    text="go-on-sent-text"
                                    link="go-on-sent-link"
                                />
                            }
                                .into_any()
                        }
                        Ok(ResponseStep::OffPath(path)) => {
                            view! {
                                <GoOn
                                    path
                                    title="go-on-off-path-title"
                                    text="go-on-off-path-text"
                                    link="go-on-off-path-link"
                                />
                            }
                                .into_any()
                        }
                        Err(AppError::NotFound(message)) if message == NO_SUCH_DRAFT => {
                            view! { <AnswersNotFound slug /> }.into_any()
                        }
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// An address of answers that are not there (saved for later, or never were): what to do.
#[component]
fn AnswersNotFound(slug: String) -> impl IntoView {
    crate::components::set_status(404);
    view! {
        <PageTitle text=tr("answers-not-found-title") />
        <h1 class="heading-xl">{tr("answers-not-found-title")}</h1>
        <p class="body">{tr("answers-not-found-saved")}</p>
        <p class="body">
            <a href=href(&super::api::return_page_path(&slug))>{tr("enter-return-code")}</a>
        </p>
        <p class="body">
            {tr("answers-not-found-otherwise")} " "
            <a href=href(&format!("/consultations/{slug}"))>{tr("start-again")}</a>
            "."
        </p>
    }
}

/// Where a response's address sends someone on: the browser is redirected there (303), and the
/// page says so with a link, for anything that does not follow redirects.
#[component]
fn GoOn(
    path: String,
    title: &'static str,
    text: &'static str,
    link: &'static str,
) -> impl IntoView {
    #[cfg(feature = "ssr")]
    leptos_axum::redirect(&path);
    view! {
        <PageTitle text=tr(title) />
        <h1 class="heading-xl">{tr(title)}</h1>
        <p class="body">{tr(text)}</p>
        <p class="body">
            <a href=href(&path)>{tr(link)}</a>
        </p>
    }
}

/// "Check your answers" (GOV.UK pattern), or — `closed` — the answers of a consultation that
/// closed before they were sent, shown to keep.
#[component]
fn CheckAnswersView(check: CheckAnswers, closed: bool, posted: PostedForm) -> impl IntoView {
    let language = use_language();
    let title = if closed {
        tr("consultation-has-closed")
    } else {
        tr("check-answers-title")
    };
    let several = check.pages.len() > 1;
    let pages = check
        .pages
        .into_iter()
        .enumerate()
        .map(|(n, page)| {
            let heading = match (page.title, several) {
                (Some(title), _) => Some((title, text_lang(&check.welsh, &page_title_target(&page.key)))),
                (None, true) => Some((tr_with("page-number", &[("number", TextArg::from(n + 1))]), None)),
                (None, false) => None,
            };
            let rows = page
                .rows
                .into_iter()
                .map(|row| {
                    let label = row.label.clone();
                    let label_lang = text_lang(&check.welsh, &question_target(&row.key, "label"));
                    let change = (!row.change.is_empty()).then(|| {
                        view! {
                            <dd class="summary-list__actions">
                                <a href=href(&row.change)>
                                    {tr("change")}
                                    <span class="visually-hidden">
                                        " " {tr("change-your-answer-to")} " \u{201c}"
                                        <span lang=label_lang>{label}</span> "\u{201d}"
                                    </span>
                                </a>
                            </dd>
                        }
                    });
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key" lang=label_lang>{row.label}</dt>
                            <dd class="summary-list__value">
                                <AnswerLines lines=row.lines welsh=check.welsh.clone() />
                            </dd>
                            {change}
                        </div>
                    }
                })
                .collect_view();
            view! {
                {heading.map(|(heading, lang)| view! { <h2 class="heading-m" lang=lang>{heading}</h2> })}
                <dl class="summary-list">{rows}</dl>
            }
        })
        .collect_view();
    let dropped = (!check.dropped.is_empty() && !closed).then(|| {
        let names = check.dropped.join(", ");
        view! {
            <div class="inset" id="answers-removed">
                <p class="body">
                    {tr_with(
                        "answers-removed",
                        &[
                            ("pages", TextArg::from(names)),
                            ("count", TextArg::from(check.dropped.len())),
                        ],
                    )}
                </p>
            </div>
        }
    });
    let ending = if closed {
        view! {
            <div class="inset">
                <p class="body">
                    "\u{201c}" <span lang=text_lang(&check.welsh, TITLE)>{check.title.clone()}</span> "\u{201d} "
                    {tr_with(
                        "closed-before-sent",
                        &[("when", TextArg::from(uk_time::format_date_time_in(language, check.closes_at)))],
                    )}
                </p>
            </div>
            <p class="body">
                <a href=href(&format!("/consultations/{}", check.slug))>{tr("back-to-consultation")}</a>
            </p>
        }
        .into_any()
    } else {
        view! {
            <h2 class="heading-m">{tr("now-send")}</h2>
            <p class="body">{tr("now-send-text")}</p>
            <form method="post" action=href(&check.action) novalidate>
                <InputField
                    name=RECEIPT_EMAIL
                    label=tr("receipt-email-label")
                    hint=tr("receipt-email-hint")
                    posted=posted.clone()
                    input_type="email"
                    autocomplete="email"
                    spellcheck="false"
                    width="input--width-30"
                />
                <div class="button-group">
                    <button type="submit" class="button" data-module="button">
                        {tr("button-send")}
                    </button>
                    <SaveForLaterButton />
                </div>
            </form>
            <PrivacyLink slug=check.slug.clone() />
        }
        .into_any()
    };
    let has_errors = !posted.errors.is_empty() || posted.problem.is_some();
    let (errors, problem) = (posted.errors.clone(), posted.problem.clone());
    view! {
        <PageTitle text=title.clone() error=has_errors />
        {(!closed).then(|| view! { <a href=href(&check.back) class="back-link">{tr("back")}</a> })}
        <ErrorSummary errors=Signal::derive(move || errors.clone()) problem=Signal::derive(move || problem.clone()) />
        <span class="caption-l" lang=text_lang(&check.welsh, TITLE)>{check.title.clone()}</span>
        <h1 class="heading-xl">{title}</h1>
        {closed.then(|| view! { <p class="body">{tr("answers-you-gave")}</p> })}
        {dropped}
        {pages}
        {ending}
    }
}
