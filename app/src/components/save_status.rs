//! What the builder's islands say about their changes: "All changes saved", "Saving…" or "Not
//! saved: why", in a polite live region. Shared by the questionnaire page's drag and drop and
//! the question editor's autosave.

use leptos::prelude::*;

use super::{tr, tr_with};
use crate::domain::interface_text::TextArg;

/// Whether an island's last change is stored.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Saved,
    /// Changed, and being saved (or about to be, when typing pauses).
    Saving,
    /// Not stored, and why.
    NotSaved(String),
}

/// A signal that turns true once the island runs in the browser (effects never run on the
/// server), and marks `<body data-hydrated>` for the browser tests to wait on.
pub fn hydration_mark() -> RwSignal<bool> {
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
        hydrated.set(true);
    });
    hydrated
}

/// The status line: empty until the island runs (without JavaScript nothing is saved as it
/// changes, so nothing may claim it is).
#[component]
pub fn SaveStatus(state: RwSignal<SaveState>, hydrated: RwSignal<bool>) -> impl IntoView {
    let status = move || {
        hydrated.get().then(|| match state.get() {
            SaveState::Saved => {
                view! { <span class="builder-status__saved">{tr("builder-all-saved")}</span> }
                    .into_any()
            }
            SaveState::Saving => view! { <span>{tr("builder-saving")}</span> }.into_any(),
            SaveState::NotSaved(why) => view! {
                <strong class="builder-status__error">{tr_with("builder-not-saved", &[("why", TextArg::from(why))])}</strong>
            }
            .into_any(),
        })
    };
    view! {
        <p class="builder-status" aria-live="polite" data-testid="save-status">
            {status}
        </p>
    }
}
