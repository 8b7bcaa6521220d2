//! Entries that could not be read: kept, offered as a file for someone to look at, removed only when asked.

use crate::i18n::{fill, Key};
use crate::state::t;
use crate::stores::drafts::{now_ms, with_repo};
use leptos::prelude::*;

/// Entries that could not be read: the resident can keep a copy as a file (for someone to look at) or, after
/// confirming, remove them from the phone.
#[component]
pub(super) fn Damaged(count: usize, version: RwSignal<u32>) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let save_copy = move |_| {
        let json = with_repo(|r| r.export(now_ms()));
        crate::browser::share::download(
            &format!("layanan-tanjung-barat-{}.json", crate::state::today()),
            "application/json",
            &json,
        );
    };
    let discard = move |_| {
        with_repo(|r| r.quarantined().into_iter().for_each(|q| r.discard_quarantined(&q.key)));
        confirming.set(false);
        version.update(|v| *v += 1);
    };
    view! {
        <div class="banner banner--warning" role="status" id="data-rusak" tabindex="-1">
            <p>{move || fill(t(Key::drafts_damaged), &[("jumlah", &count.to_string())])}</p>
            <p>{t(Key::drafts_damaged_help)}</p>
            <Show when=move || confirming.get() fallback=move || view! {
                <div class="actions">
                    <button type="button" class="button button--secondary" on:click=save_copy>{t(Key::drafts_damaged_save)}</button>
                    <button type="button" class="button button--warning" on:click=move |_| confirming.set(true)>{t(Key::drafts_damaged_delete)}</button>
                </div>
            }>
                <p class="banner__title">{move || fill(t(Key::drafts_damaged_confirm), &[("jumlah", &count.to_string())])}</p>
                <div class="actions">
                    <button type="button" class="button button--warning" on:click=discard>{t(Key::wipe_yes_profile)}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>{t(Key::cancel)}</button>
                </div>
            </Show>
        </div>
    }
}
