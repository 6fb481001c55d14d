//! The answer boxes of questions that take a value for each option: a rank (ranking) or points
//! (points allocation). Each option has a field of its own (`q12-o100`), so the form works as a
//! plain post; in the browser, ranking gains "Move up"/"Move down" buttons and a grip to drag
//! each item by (mouse, pen or touch) that fill the ranks in from the order shown, and points a
//! running total.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::components::{PostedForm, text_lang, use_language};
use crate::domain::answers::{points_so_far, points_total_message};
use crate::domain::interface_text::{TextArg, text, text_with};
use crate::domain::welsh_content::{WelshTexts, option_target};
use crate::domain::{FieldError, Question};

/// The box an error about `question` points at, while there is one.
pub(super) fn error_target(
    question: &Question,
    errors: RwSignal<Vec<FieldError>>,
) -> Memo<Option<String>> {
    let name = question.field_name();
    Memo::new(move |_| {
        errors.with(|list| {
            list.iter()
                .find(|e| e.field == name)
                .map(|e| e.target_id.clone())
        })
    })
}

/// The items of a ranking question, each with a "rank" drop-down (1 to the number of items).
/// The browser draws them in rank order once ranked, with buttons to move an item up or down
/// and a grip to drag it by: a move gives every item the rank of its place, and says so to
/// screen readers. The grip is for pointers only (hidden from assistive technology, never
/// focused): the buttons are the keyboard's way, and the twin every drag needs (WCAG 2.5.7).
#[component]
pub fn RankingItems(
    question: Question,
    errors: RwSignal<Vec<FieldError>>,
    posted: PostedForm,
    /// Which of its items are in Welsh, on a Welsh page.
    welsh: WelshTexts,
) -> impl IntoView {
    let language = use_language();
    let item_lang = {
        let key = question.key.clone();
        move |option_key: &str| text_lang(&welsh, &option_target(&key, option_key))
    };
    let options = question.kind.options().to_vec();
    let count = options.len();
    let initial: BTreeMap<i64, String> = options
        .iter()
        .map(|o| {
            let id = question.option_input_id(o);
            (o.id, posted.value(&id).unwrap_or_default().to_string())
        })
        .collect();
    // Ranked items first, by rank, then the rest in the question's order (the server and the
    // browser work it out alike, so the page hydrates as drawn).
    let mut first_order: Vec<i64> = options.iter().map(|o| o.id).collect();
    first_order.sort_by_key(|id| {
        initial
            .get(id)
            .and_then(|r| r.parse::<usize>().ok())
            .filter(|r| (1..=count).contains(r))
            .unwrap_or(usize::MAX)
    });
    let order = RwSignal::new(first_order);
    let ranks = RwSignal::new(initial);
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let announced = RwSignal::new(String::new());
    let target = error_target(&question, errors);
    let question = StoredValue::new(question);
    // An item's label and its drop-down's id (also its field's name).
    let named = move |id: i64| {
        question.with_value(|q| {
            q.option(id)
                .map(|o| (o.label.clone(), q.option_input_id(o)))
                .unwrap_or_default()
        })
    };

    // Shows the items in `now`'s order, each ranked by its place.
    let put_in_order = move |now: Vec<i64>| {
        ranks.set(
            now.iter()
                .enumerate()
                .map(|(place, id)| (*id, (place + 1).to_string()))
                .collect(),
        );
        order.set(now);
    };
    let say_rank = move |id: i64| {
        let (label, _) = named(id);
        if let Some(place) = order.with_untracked(|o| o.iter().position(|o| *o == id)) {
            announced.set(text_with(
                language,
                "rank-announced",
                &[
                    ("item", TextArg::from(label)),
                    ("rank", TextArg::from(place + 1)),
                    ("count", TextArg::from(count)),
                ],
            ));
        }
    };
    let move_item = move |id: i64, up: bool| {
        let mut now = order.get_untracked();
        let Some(at) = now.iter().position(|o| *o == id) else {
            return;
        };
        let to = if up { at.checked_sub(1) } else { Some(at + 1) };
        let Some(to) = to.filter(|to| *to < now.len()) else {
            return;
        };
        now.swap(at, to);
        put_in_order(now);
        say_rank(id);
        let (_, input) = named(id);
        // The moved item's button keeps focus (its node was moved); the other one when this
        // one is gone at the top or bottom.
        let button = match (up, to) {
            (true, 0) => format!("{input}-down"),
            (false, last) if last + 1 == count => format!("{input}-up"),
            (true, _) => format!("{input}-up"),
            (false, _) => format!("{input}-down"),
        };
        request_animation_frame(move || crate::components::focus_element(&button));
    };

    // Dragging by the grip: the item follows the pointer (listened for on the window, as the
    // list is redrawn under it), ranked by where it is let go.
    let list_id = StoredValue::new(format!(
        "{}-ranking",
        question.with_value(Question::field_name)
    ));
    let held = RwSignal::new(None::<i64>);
    let listeners = StoredValue::new(Vec::<WindowListenerHandle>::new());
    let let_go = move || {
        for listener in listeners
            .try_update_value(std::mem::take)
            .unwrap_or_default()
        {
            listener.remove();
        }
        if let Some(id) = held.get_untracked() {
            held.set(None);
            say_rank(id);
        }
    };
    on_cleanup(let_go);
    let grab = move |id: i64, event: leptos::ev::PointerEvent| {
        if event.button() != 0 || !event.is_primary() || held.get_untracked().is_some() {
            return;
        }
        // No text selection, no scrolling: the grip is for dragging.
        event.prevent_default();
        held.set(Some(id));
        let moved = window_event_listener(leptos::ev::pointermove, move |event| {
            use crate::components::sortable::{place_under_pointer, scroll_near_edges};
            let y = f64::from(event.client_y());
            scroll_near_edges(y);
            let Some((_, index)) =
                list_id.with_value(|list| place_under_pointer(list, &id.to_string(), y))
            else {
                return;
            };
            let mut now = order.get_untracked();
            now.retain(|o| *o != id);
            now.insert(index.min(now.len()), id);
            if order.with_untracked(|o| *o != now) {
                put_in_order(now);
            }
        });
        let up = window_event_listener(leptos::ev::pointerup, move |_| let_go());
        let cancelled = window_event_listener(leptos::ev::pointercancel, move |_| let_go());
        listeners.set_value(vec![moved, up, cancelled]);
    };

    let item = move |id: i64| {
        let (label, input_id) = named(id);
        let lang = question.with_value(|q| q.option(id).and_then(|o| item_lang(&o.key)));
        let first = ranks.with_untracked(|r| r.get(&id).cloned().unwrap_or_default());
        let class = {
            let input_id = input_id.clone();
            move || {
                if target.with(|t| t.as_deref() == Some(input_id.as_str())) {
                    "select ranking__select select--error"
                } else {
                    "select ranking__select"
                }
            }
        };
        let choices = std::iter::once(String::new())
            .chain((1..=count).map(|n| n.to_string()))
            .map(|value| {
                let selected = value == first;
                let text = if value.is_empty() {
                    text(language, "not-ranked")
                } else {
                    value.clone()
                };
                view! { <option value=value selected=selected>{text}</option> }
            })
            .collect_view();
        let buttons = move || {
            if !live.get() {
                return None;
            }
            let place = order.with(|o| o.iter().position(|o| *o == id))?;
            let (label, input) = named(id);
            let button = move |up: bool| {
                let text = text(language, if up { "move-up" } else { "move-down" });
                let suffix = if up { "up" } else { "down" };
                view! {
                    <button
                        type="button"
                        class="button button--secondary button--small"
                        id=format!("{input}-{suffix}")
                        on:click=move |_| move_item(id, up)
                    >
                        {text}
                        <span class="visually-hidden">{format!(" {label}")}</span>
                    </button>
                }
            };
            Some(view! {
                <div class="ranking__moves">
                    <span
                        class="ranking__grip"
                        aria-hidden="true"
                        title=text(language, "drag-to-order")
                        on:pointerdown=move |event| grab(id, event)
                    ></span>
                    {(place > 0).then(|| button(true))}
                    {(place + 1 < count).then(|| button(false))}
                </div>
            })
        };
        let item_class = move || {
            if held.get() == Some(id) {
                "ranking__item ranking__item--held"
            } else {
                "ranking__item"
            }
        };
        view! {
            <div class=item_class data-sortable-item=id.to_string()>
                <label class="label ranking__label" for=input_id.clone() lang=lang>
                    {label}
                </label>
                <div class="ranking__controls">
                <select
                    class=class
                    id=input_id.clone()
                    name=input_id
                    prop:value=move || ranks.with(|r| r.get(&id).cloned().unwrap_or_default())
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        ranks.update(|r| {
                            r.insert(id, value);
                        });
                    }
                >
                    {choices}
                </select>
                {buttons}
                </div>
            </div>
        }
    };

    view! {
        <div id=list_id.get_value()>
            <div class="ranking" data-sortable-list="items">
                <For each=move || order.get() key=|id| *id children=item />
            </div>
        </div>
        <div class="visually-hidden" aria-live="polite">
            {announced}
        </div>
    }
}

/// A points question's boxes, one for each option, and the running total under them (drawn by
/// the server from the posted values, then kept as people type). Screen readers hear the total
/// when a box is left, not at every keystroke.
#[component]
pub fn PointsItems(
    question: Question,
    total: u32,
    errors: RwSignal<Vec<FieldError>>,
    posted: PostedForm,
    /// Which of its options are in Welsh, on a Welsh page.
    welsh: WelshTexts,
) -> impl IntoView {
    let options = question.kind.options().to_vec();
    let target = error_target(&question, errors);
    let first_box = question.first_input_id();
    let values: Vec<(String, RwSignal<String>)> = options
        .iter()
        .map(|o| {
            let id = question.option_input_id(o);
            let value = posted.value(&id).unwrap_or_default().to_string();
            (id, RwSignal::new(value))
        })
        .collect();
    let sum = {
        let values = values.clone();
        Memo::new(move |_| points_so_far(values.iter().map(|(_, v)| v.get())))
    };
    let language = crate::components::use_language();
    let total_text = move || points_total_message(sum.get(), total).render(language);
    let announced = RwSignal::new(String::new());
    let total_id = format!("{}-total", question.field_name());
    let boxes = options
        .iter()
        .zip(values)
        .map(|(option, (id, value))| {
            let class = {
                let (id, first_box) = (id.clone(), first_box.clone());
                // An error about the total marks every box (it points at the first).
                move || {
                    let marked =
                        target.with(|t| t.as_deref().is_some_and(|t| t == id || t == first_box));
                    if marked {
                        "input input--width-5 input--error"
                    } else {
                        "input input--width-5"
                    }
                }
            };
            let first = value.get_untracked();
            view! {
                <div class="points__item">
                    <label class="label" for=id.clone() lang=text_lang(&welsh, &option_target(&question.key, &option.key))>
                        {option.label.clone()}
                    </label>
                    <div class="input__wrapper">
                        <input
                            class=class
                            id=id.clone()
                            name=id
                            type="text"
                            inputmode="numeric"
                            spellcheck="false"
                            value=first
                            on:input=move |event| value.set(event_target_value(&event))
                            on:change=move |_| announced.set(total_text())
                        />
                        <div class="input__suffix" aria-hidden="true">
                            "points"
                        </div>
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="points">{boxes}</div>
        <p class="body points__total" id=total_id>
            <strong>{total_text}</strong>
        </p>
        <div class="visually-hidden" aria-live="polite">
            {announced}
        </div>
    }
}
