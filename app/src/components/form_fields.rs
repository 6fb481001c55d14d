//! GOV.UK form fields for pages drawn only on the server (no island): a label, an optional hint,
//! the error message when the last post was refused, and the control with what was typed.
//! Errors come from the `PostedForm` the POST handler renders the page with.

use leptos::prelude::*;

use super::{ErrorMessage, PostedForm, TextArea, tr};

/// The first error of the last post for `target_id` (the id of the control it links to).
fn error_at(posted: &PostedForm, target_ids: &[&str]) -> Option<String> {
    posted
        .errors
        .iter()
        .find(|e| target_ids.contains(&e.target_id.as_str()))
        .map(|e| e.message_in(super::language::use_language()))
}

fn group_class(error: bool) -> &'static str {
    if error {
        "form-group form-group--error"
    } else {
        "form-group"
    }
}

/// `aria-describedby`: the hint and the error, whichever are shown.
fn described_by(name: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, part)| format!("{name}-{part}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The label, hint and error message above the control named `name`.
fn field_head(
    name: &str,
    label: impl Into<String>,
    hint: Option<String>,
    error: Option<String>,
) -> impl IntoView {
    let (hint_id, error_id) = (format!("{name}-hint"), format!("{name}-error"));
    view! {
        <label class="label label--s" for=name.to_string()>
            {label.into()}
        </label>
        {hint.map(|text| view! { <div id=hint_id class="hint">{text}</div> })}
        {error.map(|message| view! { <ErrorMessage id=error_id message /> })}
    }
}

/// A one-line text box.
#[component]
pub fn InputField(
    name: &'static str,
    #[prop(into)] label: String,
    posted: PostedForm,
    #[prop(optional, into)] hint: Option<String>,
    /// e.g. "input--width-20"
    #[prop(optional)]
    width: Option<&'static str>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] spellcheck: Option<&'static str>,
    /// The value's language, where it differs from the page's (none: not written).
    #[prop(optional_no_strip)]
    lang: Option<&'static str>,
) -> impl IntoView {
    let error = error_at(&posted, &[name]);
    let value = posted.value(name).unwrap_or_default().to_string();
    let class = match (width, error.is_some()) {
        (Some(w), true) => format!("input {w} input--error"),
        (Some(w), false) => format!("input {w}"),
        (None, true) => "input input--error".to_string(),
        (None, false) => "input".to_string(),
    };
    view! {
        <div class=group_class(error.is_some())>
            {field_head(name, label, hint.clone(), error.clone())}
            <input
                class=class
                id=name
                name=name
                type=input_type
                value=value
                autocomplete=autocomplete
                spellcheck=spellcheck
                aria-describedby=described_by(name, hint.is_some(), error.is_some())
                lang=lang
            />
        </div>
    }
}

/// A file upload (GOV.UK file upload). A refused post cannot give the file back to the browser,
/// so after an error the person chooses it again (the error says what was wrong with it).
#[component]
pub fn FileField(
    name: &'static str,
    #[prop(into)] label: String,
    posted: PostedForm,
    #[prop(optional, into)] hint: Option<String>,
    /// The `accept` attribute: which files the chooser offers first.
    accept: &'static str,
) -> impl IntoView {
    let error = error_at(&posted, &[name]);
    let class = if error.is_some() {
        "file-upload file-upload--error"
    } else {
        "file-upload"
    };
    view! {
        <div class=group_class(error.is_some())>
            {field_head(name, label, hint.clone(), error.clone())}
            <input
                class=class
                id=name
                name=name
                type="file"
                accept=accept
                aria-describedby=described_by(name, hint.is_some(), error.is_some())
            />
        </div>
    }
}

/// A multi-line text box.
#[component]
pub fn TextAreaField(
    name: &'static str,
    #[prop(into)] label: String,
    posted: PostedForm,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = 5)] rows: u32,
    /// The value's language, where it differs from the page's (none: not written).
    #[prop(optional_no_strip)]
    lang: Option<&'static str>,
) -> impl IntoView {
    let error = error_at(&posted, &[name]);
    let value = posted.value(name).unwrap_or_default().to_string();
    let class = if error.is_some() {
        "textarea textarea--error"
    } else {
        "textarea"
    };
    view! {
        <div class=group_class(error.is_some())>
            {field_head(name, label, hint.clone(), error.clone())}
            <TextArea
                value
                attr:class=class
                attr:id=name
                attr:name=name
                attr:rows=rows.to_string()
                attr:aria-describedby=described_by(name, hint.is_some(), error.is_some())
                attr:lang=lang
            />
        </div>
    }
}

/// A drop-down list: `choices` are (value, text); the first option asks for a choice.
#[component]
pub fn SelectField(
    name: &'static str,
    #[prop(into)] label: String,
    posted: PostedForm,
    choices: Vec<(String, String)>,
    #[prop(into)] prompt: String,
    /// The choices' language, where it differs from the page's (none: not written).
    #[prop(optional_no_strip)]
    choices_lang: Option<&'static str>,
) -> impl IntoView {
    let error = error_at(&posted, &[name]);
    let chosen = posted.value(name).unwrap_or_default().to_string();
    let class = if error.is_some() {
        "select select--error"
    } else {
        "select"
    };
    view! {
        <div class=group_class(error.is_some())>
            {field_head(name, label, None, error.clone())}
            <select
                class=class
                id=name
                name=name
                aria-describedby=described_by(name, false, error.is_some())
            >
                <option value="">{prompt}</option>
                {choices
                    .into_iter()
                    .map(|(value, text)| {
                        let selected = value == chosen;
                        view! {
                            <option value=value selected=selected lang=choices_lang>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// GOV.UK radios in a fieldset. `choices` are (value, text, the text's language where it
/// differs from the page's). The first radio's id is `name`: where the error summary links.
/// `chosen` is checked until a post says otherwise.
#[component]
pub fn RadiosField(
    name: &'static str,
    #[prop(into)] legend: String,
    posted: PostedForm,
    choices: Vec<(String, String, Option<&'static str>)>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] chosen: Option<String>,
    /// Side by side (for two or three short choices).
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let error = error_at(&posted, &[name]);
    let chosen = posted
        .value(name)
        .map(str::to_string)
        .or(chosen)
        .unwrap_or_default();
    let (hint_id, error_id) = (format!("{name}-hint"), format!("{name}-error"));
    let described = described_by(name, hint.is_some(), error.is_some());
    let group = group_class(error.is_some());
    let items = choices
        .into_iter()
        .enumerate()
        .map(|(index, (value, text, lang))| {
            let id = if index == 0 {
                name.to_string()
            } else {
                format!("{name}-{value}")
            };
            view! {
                <div class="radios__item">
                    <input
                        class="radios__input"
                        id=id.clone()
                        name=name
                        type="radio"
                        value=value.clone()
                        checked=value == chosen
                    />
                    <label class="label radios__label" for=id lang=lang>
                        {text}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=group>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend fieldset__legend--s">{legend}</legend>
                {hint.map(|text| view! { <div id=hint_id class="hint">{text}</div> })}
                {error.map(|message| view! { <ErrorMessage id=error_id message /> })}
                <div class=if inline { "radios radios--inline" } else { "radios" }>{items}</div>
            </fieldset>
        </div>
    }
}

/// The choice of a staff member's email language, English or Cymraeg (each named in itself).
pub fn email_language_choices() -> Vec<(String, String, Option<&'static str>)> {
    let page = super::language::use_language();
    crate::domain::Language::ALL
        .into_iter()
        .map(|language| {
            let lang = (language != page).then_some(language.tag());
            (
                language.tag().to_string(),
                language.own_name().to_string(),
                lang,
            )
        })
        .collect()
}

/// A GOV.UK date input: day, month and year boxes named `<prefix>-day`, `-month`, `-year`.
#[component]
pub fn DateField(
    prefix: &'static str,
    #[prop(into)] legend: String,
    posted: PostedForm,
    #[prop(into)] hint: String,
) -> impl IntoView {
    let part = |p: &str| format!("{prefix}-{p}");
    let (day, month, year) = (part("day"), part("month"), part("year"));
    let date_error = error_at(&posted, &[&day, &month, &year]);
    let date_in_error = date_error.is_some();
    // Each box of the date is marked as in error when the message is about it (or the whole date).
    let date_target = posted
        .errors
        .iter()
        .find(|e| [&day, &month, &year].contains(&&e.target_id))
        .map(|e| e.target_id.clone());
    let boxes = [
        (day.clone(), tr("date-day"), "input--width-2"),
        (month.clone(), tr("date-month"), "input--width-2"),
        (year.clone(), tr("date-year"), "input--width-4"),
    ]
    .into_iter()
    .map(|(id, label, width)| {
        let in_error = match &date_target {
            Some(target) if target == &day => true,
            Some(target) => target == &id,
            None => false,
        };
        let class = if in_error {
            format!("input date-input__input {width} input--error")
        } else {
            format!("input date-input__input {width}")
        };
        let value = posted.value(&id).unwrap_or_default().to_string();
        view! {
            <div class="date-input__item">
                <label class="label date-input__label" for=id.clone()>
                    {label}
                </label>
                <input class=class id=id.clone() name=id type="text" inputmode="numeric" value=value />
            </div>
        }
    })
    .collect_view();
    view! {
        <div class=group_class(date_in_error)>
            <fieldset
                class="fieldset"
                role="group"
                aria-describedby=described_by(prefix, true, date_in_error)
            >
                <legend class="fieldset__legend fieldset__legend--s">{legend}</legend>
                <div id=format!("{prefix}-hint") class="hint">
                    {hint}
                </div>
                {date_error
                    .map(|message| view! { <ErrorMessage id=format!("{prefix}-error") message /> })}
                <div class="date-input">{boxes}</div>
            </fieldset>
        </div>
    }
}

/// A GOV.UK date input (day, month, year: `<prefix>-day`…) followed by a time box
/// (`<prefix>-time`), for a moment in UK time.
#[component]
pub fn DateTimeField(
    prefix: &'static str,
    #[prop(into)] date_legend: String,
    #[prop(into)] time_label: String,
    posted: PostedForm,
    #[prop(into)] date_hint: String,
) -> impl IntoView {
    let time = format!("{prefix}-time");
    let time_error = error_at(&posted, &[&time]);
    let time_value = posted.value(&time).unwrap_or_default().to_string();
    let time_class = if time_error.is_some() {
        "input input--width-5 input--error"
    } else {
        "input input--width-5"
    };
    view! {
        <DateField prefix legend=date_legend posted=posted.clone() hint=date_hint />
        <div class=group_class(time_error.is_some())>
            {field_head(
                &time,
                time_label,
                Some(tr("editor-time-hint")),
                time_error.clone(),
            )}
            <input
                class=time_class
                id=time.clone()
                name=time.clone()
                type="text"
                value=time_value
                aria-describedby=described_by(&time, true, time_error.is_some())
            />
        </div>
    }
}
