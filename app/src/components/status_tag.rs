use leptos::prelude::*;

use crate::domain::ConsultationStatus;

#[component]
pub fn StatusTag(status: ConsultationStatus) -> impl IntoView {
    view! { <strong class=format!("tag {}", status.css_modifier())>{status.label()}</strong> }
}
