//! Any path without a route: say so plainly and offer the way home.

use crate::components::link::Link;
use crate::i18n::Key;
use crate::state::{t, use_state, use_title};
use layanan_core::route::Params;
use leptos::prelude::*;

pub fn page(_: Params) -> AnyView {
    view! { <NotFound/> }.into_any()
}

#[component]
fn NotFound() -> impl IntoView {
    let state = use_state();
    use_title(move || state.t(Key::not_found_title).to_string());
    view! {
        <h1 tabindex="-1">{t(Key::not_found_heading)}</h1>
        <p>{t(Key::not_found_body)}</p>
        <p><Link to="/" class="button">{t(Key::not_found_home)}</Link></p>
    }
}
