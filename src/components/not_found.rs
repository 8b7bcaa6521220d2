//! Any address without a page: say so plainly and offer the way home.

use crate::i18n::Key;
use crate::paths::href;
use crate::site::set_meta;
use crate::state::t;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    set_meta(t(Key::not_found_title), t(Key::not_found_body));
    view! {
        <h1 tabindex="-1">{t(Key::not_found_heading)}</h1>
        <p>{t(Key::not_found_body)}</p>
        <p><a href=href("/") class="button">{t(Key::not_found_home)}</a></p>
    }
}

/// What the offline worker shows for a page never opened on this phone (written as `offline.html`).
#[component]
pub fn NotKept() -> impl IntoView {
    set_meta(t(Key::offline_title), t(Key::offline_body));
    view! {
        <h1 tabindex="-1">{t(Key::offline_title)}</h1>
        <p>{t(Key::offline_body)}</p>
        <p><a href=href("/") class="button">{t(Key::not_found_home)}</a></p>
    }
}
