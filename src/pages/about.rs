//! `/tentang`: who runs the app, how to reach them, and where data is kept (on this device only).

use crate::browser::storage::StoreError;
use crate::components::office::DesaOffice;
use crate::i18n::Key;
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{is_hydrated, lang, t};
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let desa = &content().village;
    set_meta(t(Key::about_title), desa.tagline.get(lang()));
    view! {
        <h1 tabindex="-1">{t(Key::about_heading)}</h1>
        <p class="lead">{desa.tagline.get(lang()).to_string()}</p>
        <h2>{t(Key::about_who)}</h2>
        <p>{desa.managed_by.get(lang()).to_string()}</p>
        {desa.region().map(|r| view! { <p><strong>{t(Key::about_region)} ": "</strong>{r}</p> })}
        <h2>{t(Key::about_data)}</h2>
        <p>{t(Key::about_data_body)}</p>
        <StorageStatus/>
        <h2>{t(Key::about_feedback)}</h2>
        <p>{t(Key::about_feedback_body)}</p>
        <ul>
            <li><a href=href(&format!("/formulir/{}", layanan_core::feedback::FORM))>{t(Key::about_feedback_give)}</a></li>
            <li><a href=href("/survei")>{t(Key::surveys_results_link)}</a></li>
        </ul>
        <h2>{t(Key::about_contact)}</h2>
        <DesaOffice/>
        <p class="hint">{t(Key::about_unconfirmed_note)}</p>
        <h2>{t(Key::about_for_staff)}</h2>
        <ul>
            <li><a href=href("/terima")>{t(Key::about_office_receive)}</a></li>
            <li><a href=href("/buku-register")>{t(Key::about_office_register)}</a></li>
            <li><a href=href("/rekap-umpan-balik")>{t(Key::about_tally_link)}</a></li>
        </ul>
    }
}

/// Whether this phone keeps what is typed: only the phone itself can tell.
#[cfg_attr(feature = "agenda", island)]
#[cfg_attr(not(feature = "agenda"), component)]
fn StorageStatus() -> impl IntoView {
    view! {
        <p class="hint" role="status">
            {move || is_hydrated().then(|| match crate::stores::settings::condition() {
                None => t(Key::about_data_storage_ok),
                Some(StoreError::Full) => t(Key::storage_full_title),
                Some(StoreError::Unavailable) => t(Key::about_data_storage_memory),
            })}
        </p>
    }
}
