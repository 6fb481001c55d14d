use leptos::prelude::*;

use super::language::tr;
use crate::domain::ConsultationStatus;

#[component]
pub fn StatusTag(status: ConsultationStatus) -> impl IntoView {
    let id = match status {
        ConsultationStatus::Forthcoming => "status-forthcoming",
        ConsultationStatus::Open => "status-open",
        ConsultationStatus::Closed => "status-closed",
    };
    view! { <strong class=format!("tag {}", status.css_modifier())>{tr(id)}</strong> }
}
