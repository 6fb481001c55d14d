//! What a page holding an island adds so the browser brings it to life.

use leptos::prelude::*;

/// Leptos's island loader (the JS glue, the WASM, then each `<leptos-island>` on the page).
///
/// Only pages with an island render it, once, after their islands: every other page loads no
/// script and no WASM. It sits in the body (`modulepreload` and `preload` links are allowed
/// there); the loader waits for the document to be parsed anyway.
///
/// `staff`: a staff page's islands draw staff words, which the WASM does not carry; the page
/// writes them in for them (`StaffIslandTexts`, decision 0031).
#[component]
pub fn IslandScripts(#[prop(optional)] staff: bool) -> impl IntoView {
    // The shell provides the options; without them (never on a served page) there is nothing to
    // load.
    use_context::<LeptosOptions>().map(|options| {
        view! {
            {staff.then(|| view! { <super::language::StaffIslandTexts /> })}
            <HydrationScripts options islands=true />
        }
    })
}
