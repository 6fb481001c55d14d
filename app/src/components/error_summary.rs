use leptos::prelude::*;

use super::language::tr;

use crate::domain::FieldError;

/// "There is a problem": the GOV.UK error summary, linking to each field in error. It takes
/// focus when it appears so screen-reader users hear it first.
#[component]
pub fn ErrorSummary(
    #[prop(into)] errors: Signal<Vec<FieldError>>,
    #[prop(into)] problem: Signal<Option<String>>,
) -> impl IntoView {
    let language = super::language::use_language();
    let shown = move || !errors.get().is_empty() || problem.get().is_some();
    view! {
        <Show when=shown>
            <div
                class="error-summary"
                id="error-summary"
                data-module="error-summary"
                tabindex="-1"
            >
                <div role="alert">
                    <h2 class="error-summary__title">{tr("there-is-a-problem")}</h2>
                    <div class="error-summary__body">
                        <ul class="list error-summary__list">
                            {move || {
                                // A refusal worded in English before the page's language was
                                // known, in the page's language.
                                problem.get().map(|message| {
                                    let message = crate::domain::interface_text::english_in(language, &message);
                                    view! { <li>{message}</li> }
                                })
                            }}
                            <For
                                each=move || errors.get()
                                key=|error| (error.target_id.clone(), error.message.clone())
                                children=move |error| {
                                    let message = error.message_in(language);
                                    let href = format!("#{}", error.target_id);
                                    let target = error.target_id;
                                    view! {
                                        <li>
                                            <a
                                                href=href
                                                on:click=move |event| {
                                                    // Move focus into the field, not only scroll to
                                                    // it (without JavaScript the link still jumps).
                                                    event.prevent_default();
                                                    focus_element(&target);
                                                }
                                            >
                                                {message}
                                            </a>
                                        </li>
                                    }
                                }
                            />
                        </ul>
                    </div>
                </div>
            </div>
        </Show>
    }
}

/// The message beside a field in error.
#[component]
pub fn ErrorMessage(id: String, message: String) -> impl IntoView {
    view! {
        <p id=id class="error-message">
            <span class="visually-hidden">{tr("error-prefix")} " "</span>
            {message}
        </p>
    }
}

/// Moves keyboard focus to an element (browser only; does nothing on the server).
pub fn focus_element(id: &str) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        if let Some(element) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = id;
}
