//! `/tentang`: who runs the app, how to reach them, and where data is kept (on this device only).

use crate::components::office::DesaOffice;
use crate::i18n::Key;
use crate::state::{content, t, use_state, use_title};
use crate::storage;
use layanan_core::route::Params;
use leptos::prelude::*;

pub fn page(_: Params) -> AnyView {
    view! { <About/> }.into_any()
}

#[component]
fn About() -> impl IntoView {
    let state = use_state();
    use_title(move || state.t(Key::about_title).to_string());
    let desa = &content().desa;
    let persistent = storage::with(|s| s.is_persistent());
    view! {
        <h1 tabindex="-1">{t(Key::about_heading)}</h1>
        <p class="lead">{move || desa.tagline.get(state.lang.get()).to_string()}</p>
        <h2>{t(Key::about_who)}</h2>
        <p>{move || desa.pengelola.get(state.lang.get()).to_string()}</p>
        {desa.region().map(|r| view! { <p><strong>{t(Key::about_region)} ": "</strong>{r}</p> })}
        <h2>{t(Key::about_data)}</h2>
        <p>{t(Key::about_data_body)}</p>
        <p class="hint" role="status">
            {if persistent { t(Key::about_data_storage_ok) } else { t(Key::about_data_storage_memory) }}
        </p>
        <h2>{t(Key::about_contact)}</h2>
        <DesaOffice/>
        <p class="hint">{t(Key::about_unconfirmed_note)}</p>
    }
}
