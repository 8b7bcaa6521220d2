//! How long an untouched draft is kept before it moves to the trash.

use crate::i18n::{fill, Key};
use crate::state::{is_hydrated, t};
use crate::stores::drafts::with_repo;
use layanan_core::drafts::Settings;
use leptos::prelude::*;

#[component]
pub(super) fn ExpirySetting() -> impl IntoView {
    // The setting of the page as rendered until the phone's own is read.
    let current = RwSignal::new(Settings::default().expiry_days);
    Effect::new(move |_| {
        if is_hydrated() {
            current.set(with_repo(|r| r.settings()).expiry_days);
        }
    });
    let saved = RwSignal::new(false);
    let choices: [u32; 6] = [7, 14, 30, 60, 90, 0];
    view! {
        <section>
            <h2><label for="kedaluwarsa">{t(Key::drafts_expiry)}</label></h2>
            <p class="hint" id="kedaluwarsa-petunjuk">{t(Key::drafts_expiry_hint)}</p>
            <select class="field__input field__input--select" id="kedaluwarsa" aria-describedby="kedaluwarsa-petunjuk"
                prop:value=move || current.get().to_string()
                on:change=move |ev| {
                    if let Ok(days) = event_target_value(&ev).parse::<u32>() {
                        current.set(days);
                        saved.set(with_repo(|r| r.save_settings(Settings { expiry_days: days })).is_ok());
                    }
                }>
                // `selected` in the rendered page too: before the app starts (and for boot.js, which hands over
                // what changed before then) the page must show the default, not the first option.
                {choices.into_iter().map(|d| view! {
                    <option value=d.to_string() selected=move || current.get() == d>
                        {if d == 0 { t(Key::drafts_expiry_never).to_string() } else { fill(t(Key::drafts_expiry_days), &[("jumlah", &d.to_string())]) }}
                    </option>
                }).collect_view()}
            </select>
            <p class="hint" role="status">{move || saved.get().then(|| t(Key::drafts_expiry_saved))}</p>
        </section>
    }
}
