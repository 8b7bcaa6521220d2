//! "Lanjutkan draf yang disimpan 2 jam lalu" first, "Mulai baru" second.

use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::state::{lang, t};
use crate::stores::drafts::now_ms;
use layanan_core::drafts::{relative_time, Id, IndexEntry};
use layanan_core::forms::Form;
use leptos::prelude::*;

/// "Lanjutkan draf yang disimpan 2 jam lalu" first, "Mulai baru" second: reopening a form never hides the
/// answers already given behind an empty one.
#[component]
pub(super) fn ResumeChoice(
    form: &'static Form,
    drafts: Vec<IndexEntry>,
    open: Callback<Id>,
    start_new: Callback<()>,
) -> impl IntoView {
    let now = now_ms();
    crate::browser::focus::focus_after_render("lanjutkan-draf");
    view! {
        <h1 tabindex="-1" id="lanjutkan-draf">{t(Key::form_resume_heading)}</h1>
        <ul class="drafts__list">
            {drafts.into_iter().map(|entry| {
                let id = entry.id.clone();
                let when = relative_time(entry.updated_ms, now, lang());
                let progress = crate::components::draft_progress::progress_text(entry.position.as_deref(), form.sections.len(), false);
                view! {
                    <li class="drafts__item">
                        <button type="button" class="button" on:click=move |_| open.run(id.clone())>
                            {fill(t(Key::form_resume_saved), &[("kapan", &when)])}
                        </button>
                        <p class="hint">{progress}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
        <button type="button" class="button button--secondary" on:click=move |_| start_new.run(())>{t(Key::form_start_new)}</button>
        <p><a href=href("/draf")>{t(Key::form_to_drafts)}</a></p>
    }
}
