//! The browser half of drag and drop (the rules are `domain::sortable`): lists marked
//! `data-sortable-list="<key>"` holding items marked `data-sortable-item="<key>"`, found under a
//! root element. Keys, never indexes, name what is dragged and where it goes.

/// Where a pointer at viewport height `y` would drop `item` under `root_id`: the list it is over
/// (else the nearest) and the index among that list's other items. `None` if there is no list.
pub fn place_under_pointer(root_id: &str, item: &str, y: f64) -> Option<(String, usize)> {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let root = leptos::prelude::document().get_element_by_id(root_id)?;
        let elements = |parent: &web_sys::Element, selector: &str| -> Vec<web_sys::Element> {
            let Ok(found) = parent.query_selector_all(selector) else {
                return Vec::new();
            };
            (0..found.length())
                .filter_map(|i| found.item(i))
                .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
                .collect()
        };
        // The list under the pointer, else the one whose edge is nearest.
        let list = elements(&root, "[data-sortable-list]")
            .into_iter()
            .map(|list| {
                let rect = list.get_bounding_client_rect();
                let distance = if y < rect.top() {
                    rect.top() - y
                } else if y > rect.bottom() {
                    y - rect.bottom()
                } else {
                    0.0
                };
                (distance, list)
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, list)| list)?;
        let middles: Vec<f64> = elements(&list, "[data-sortable-item]")
            .into_iter()
            .filter(|element| element.get_attribute("data-sortable-item").as_deref() != Some(item))
            .map(|element| {
                let rect = element.get_bounding_client_rect();
                (rect.top() + rect.bottom()) / 2.0
            })
            .collect();
        let key = list.get_attribute("data-sortable-list")?;
        Some((key, crate::domain::sortable::drop_index(&middles, y)))
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = (root_id, item, y);
        None
    }
}

/// Whether the viewport point (`x`, `y`) is over the element with id `id` (with a margin of
/// half a question's height, so a drop just past an edge still lands).
pub fn over_element(id: &str, x: f64, y: f64) -> bool {
    #[cfg(feature = "hydrate")]
    {
        const MARGIN: f64 = 40.0;
        leptos::prelude::document()
            .get_element_by_id(id)
            .map(|element| element.get_bounding_client_rect())
            .is_some_and(|rect| {
                x >= rect.left() - MARGIN
                    && x <= rect.right() + MARGIN
                    && y >= rect.top() - MARGIN
                    && y <= rect.bottom() + MARGIN
            })
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = (id, x, y);
        false
    }
}

/// Gives every `input[name="revision"]` on the page the revision an island just saved, so the
/// page's plain forms outside the island (publish, undo) are not refused as out of date.
pub fn share_revision(revision: &str) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        if let Ok(inputs) =
            leptos::prelude::document().query_selector_all("input[name=\"revision\"]")
        {
            for input in (0..inputs.length())
                .filter_map(|i| inputs.item(i))
                .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                input.set_value(revision);
            }
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = revision;
}

/// While dragging near the top or bottom of the window, scrolls it (a step per pointer move), so
/// a question can be carried past what fits on screen.
pub fn scroll_near_edges(y: f64) {
    #[cfg(feature = "hydrate")]
    {
        const EDGE: f64 = 60.0;
        const STEP: f64 = 24.0;
        let window = leptos::prelude::window();
        let height = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if y < EDGE {
            window.scroll_by_with_x_and_y(0.0, -STEP);
        } else if height > 0.0 && y > height - EDGE {
            window.scroll_by_with_x_and_y(0.0, STEP);
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = y;
}
