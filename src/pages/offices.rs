//! `/kantor`: every office with its hours, open-now status and contacts.

use crate::components::office::OfficeCard;
use crate::i18n::Key;
use crate::site::{content, set_meta};
use crate::state::t;
use leptos::prelude::*;

#[component]
pub fn Offices() -> impl IntoView {
    set_meta(t(Key::offices_title), t(Key::offices_intro));
    view! {
        <h1 tabindex="-1">{t(Key::offices_title)}</h1>
        <p>{t(Key::offices_intro)}</p>
        {content().offices.iter().map(|o| view! { <OfficeCard office=o heading_level=2/> }).collect_view()}
    }
}
