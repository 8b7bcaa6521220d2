//! "Hapus semua data": a resident's data leaves a shared phone, after a confirmation that counts what goes.

use crate::i18n::{fill, Key};
use crate::state::t;
use crate::stores::settings::set_active_profile;
use layanan_core::drafts::ResidentData;
use leptos::prelude::*;

/// For a shared phone: removes every draft, profile and setting of this app, after a confirmation that counts
/// what goes. The office's register and feedback tally stay: the office has its own wipe.
#[component]
pub(super) fn WipeAll(version: RwSignal<u32>) -> impl IntoView {
    let confirming = RwSignal::new(None::<ResidentData>);
    let done = RwSignal::new(false);
    view! {
        <section class="danger-zone">
            <h2>{t(Key::wipe_heading)}</h2>
            <p>{t(Key::wipe_intro)}</p>
            <Show when=move || confirming.get().is_some() fallback=move || view! {
                <button type="button" class="button button--warning" on:click=move |_| {
                    done.set(false);
                    confirming.set(Some(crate::stores::drafts::resident_data()));
                    crate::browser::focus::focus_after_render("hapus-semua-yakin");
                }>{t(Key::wipe_button)}</button>
            }>
                <div class="banner banner--warning" role="alert" id="hapus-semua-yakin" tabindex="-1">
                    <p class="banner__title">{t(Key::wipe_confirm)}</p>
                    {move || confirming.get().map(|data| view! { <p>{what_goes(&data)}</p> })}
                    <p>{t(Key::wipe_keeps_office)}</p>
                    <div class="actions">
                        <button type="button" class="button button--warning" on:click=move |_| {
                            crate::stores::drafts::wipe_resident_data();
                            set_active_profile(None);
                            confirming.set(None);
                            done.set(true);
                            version.update(|v| *v += 1);
                        }>{t(Key::wipe_yes)}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| confirming.set(None)>{t(Key::cancel)}</button>
                    </div>
                </div>
            </Show>
            <p role="status">{move || done.get().then(|| view! { {t(Key::wipe_done)} })}</p>
        </section>
    }
}

/// "12 draf, 2 di tempat sampah, 3 profil tetangga, dan 4 pengaturan serta centang akan dihapus."
fn what_goes(data: &ResidentData) -> String {
    let parts: Vec<String> = [
        (data.drafts, Key::wipe_count_drafts),
        (data.trashed, Key::wipe_count_trashed),
        (data.profiles, Key::wipe_count_profiles),
        (data.set_aside, Key::wipe_count_set_aside),
        (data.other, Key::wipe_count_other),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, key)| fill(t(key), &[("jumlah", &n.to_string())]))
    .collect();
    if parts.is_empty() {
        return t(Key::wipe_nothing).to_string();
    }
    fill(t(Key::wipe_what_goes), &[("daftar", &parts.join(", "))])
}
