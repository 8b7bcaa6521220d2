//! "Lihat hasil terakhir" or "Lanjutkan cek yang belum selesai" first, "Mulai cek baru" second.

use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::state::{lang, t};
use crate::stores::drafts::now_ms;
use layanan_core::drafts::{relative_time, Id, IndexEntry};
use leptos::prelude::*;

/// "Lihat hasil terakhir" or "Lanjutkan cek yang disimpan 2 jam lalu" first, "Mulai cek baru" second.
#[component]
pub(super) fn ResumeCheck(begun: Vec<IndexEntry>, resume: Callback<Id>, start_new: Callback<()>) -> impl IntoView {
    let now = now_ms();
    view! {
        <h1 tabindex="-1" id="lanjutkan-cek">{t(Key::checker_resume_heading)}</h1>
        <ul class="drafts__list">
            {begun.into_iter().map(|entry| {
                let id = entry.id.clone();
                let when = relative_time(entry.updated_ms, now, lang());
                let key = if entry.position.as_deref() == Some("hasil") { Key::checker_resume_result } else { Key::checker_resume_saved };
                view! {
                    <li class="drafts__item">
                        <button type="button" class="button" on:click=move |_| resume.run(id.clone())>{t(key)}</button>
                        <p class="hint">{fill(t(Key::checker_resume_when), &[("kapan", &when)])}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
        <button type="button" class="button button--secondary" on:click=move |_| start_new.run(())>{t(Key::checker_start_new)}</button>
        <p><a href=href("/draf")>{t(Key::form_to_drafts)}</a></p>
    }
}
