//! Moving keyboard and screen-reader focus after an action replaced what had it (a deleted row, a form that
//! opened), so nobody is left on the page body.

use wasm_bindgen::JsCast;

/// Focuses the element with this id once the view has been drawn.
pub fn focus_after_render(id: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}
