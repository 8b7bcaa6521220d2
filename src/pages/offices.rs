//! `/kantor`: every office with its hours, open-now status and contacts.

use crate::components::office::OfficeCard;
use crate::i18n::Key;
use crate::state::{content, t, use_state, use_title};
use layanan_core::route::Params;
use leptos::prelude::*;

pub fn page(_: Params) -> AnyView {
    view! { <Offices/> }.into_any()
}

#[component]
fn Offices() -> impl IntoView {
    let state = use_state();
    use_title(move || state.t(Key::offices_title).to_string());
    view! {
        <h1 tabindex="-1">{t(Key::offices_title)}</h1>
        <p>{t(Key::offices_intro)}</p>
        {content().offices.iter().map(|o| view! { <OfficeCard office=o heading_level=2/> }).collect_view()}
    }
}
