//! Moving drafts without a server: everything as one file for a new phone, and opening a form handed over as
//! a file or QR text.

use crate::i18n::{fill, Key};
use crate::state::{lang, t};
use crate::stores::drafts::{new_id, now_ms, with_repo};
use layanan_core::base::lang::Text;
use layanan_core::forms::Form;
use leptos::prelude::*;

/// Moving data without a server: everything as one file (a new phone), and opening a form handed over as a QR
/// code text or a file (the office side).
#[component]
pub(super) fn Transfer(version: RwSignal<u32>, forms_file: String) -> impl IntoView {
    let forms_file = StoredValue::new(forms_file);
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<layanan_core::base::lang::Text>);
    let conflicts = RwSignal::new(Vec::<layanan_core::drafts::Draft>::new());
    let report = RwSignal::new(None::<String>);
    let file_input = NodeRef::<leptos::html::Input>::new();

    let export_all = move |_| {
        let json = with_repo(|r| r.export(now_ms()));
        crate::browser::share::download(
            &format!("layanan-tanjung-barat-{}.json", crate::state::today()),
            "application/json",
            &json,
        );
    };
    let open_text = move |raw: String| {
        error.set(None);
        report.set(None);
        if raw.contains(layanan_core::drafts::EXPORT_FORMAT) {
            // A whole-phone export: merge by id, and ask before replacing anything.
            match with_repo(|r| r.import(&raw, now_ms())) {
                Ok(result) => {
                    report.set(Some(fill(t(Key::transfer_imported), &[("jumlah", &result.added.len().to_string())])));
                    conflicts.set(result.conflicts.into_iter().map(|c| c.incoming).collect());
                    version.update(|v| *v += 1);
                }
                Err(_) => error.set(Some(layanan_core::handover::Refusal::Damaged.message())),
            }
            return;
        }
        // A single form handed over: read against the forms of this build, fetched the first time.
        leptos::task::spawn_local(async move {
            let forms: Vec<Form> = match crate::browser::fetch::fetch_forms(&forms_file.get_value()).await {
                Some(forms) => forms,
                None => {
                    return error
                        .set(Some(Text { id: t(Key::search_offline).into(), en: t(Key::search_offline).into() }))
                }
            };
            match layanan_core::handover::decode(&raw, &forms) {
                Ok((form, payload)) => {
                    let mut draft = layanan_core::drafts::Draft::new(new_id(), &form.id, form.version, now_ms());
                    for (k, v) in &payload.answers {
                        draft.set_answer(k, v);
                    }
                    if with_repo(|r| r.save(&mut draft, now_ms())).is_ok() {
                        crate::browser::url::open(&format!(
                            "/formulir/{}?draf={}&bagian=periksa",
                            form.id,
                            draft.id().as_str()
                        ));
                    }
                }
                Err(refusal) => error.set(Some(refusal.message())),
            }
        });
    };
    let open_file = move |_| {
        let Some(file) = file_input.get().and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        if file.size() > layanan_core::handover::MAX_PAYLOAD_BYTES as f64 * 40.0 {
            error.set(Some(layanan_core::handover::Refusal::TooLarge.message()));
            return;
        }
        leptos::task::spawn_local(async move {
            if let Ok(v) = wasm_bindgen_futures::JsFuture::from(file.text()).await {
                open_text(v.as_string().unwrap_or_default());
            }
        });
    };
    let replace_all = move |_| {
        for incoming in conflicts.get_untracked() {
            let _ = with_repo(|r| r.accept_incoming(incoming, now_ms()));
        }
        conflicts.set(Vec::new());
        report.set(Some(t(Key::transfer_replaced).to_string()));
        version.update(|v| *v += 1);
    };
    view! {
        <section>
            <h2>{t(Key::transfer_heading)}</h2>
            <p>{t(Key::transfer_export_hint)}</p>
            <button type="button" class="button button--secondary" on:click=export_all>{t(Key::transfer_export)}</button>
            <h3>{t(Key::transfer_open_heading)}</h3>
            <div class="field" class:field--error=move || error.with(Option::is_some)>
                <label class="field__label" for="tempel">{t(Key::transfer_paste)}</label>
                <p class="hint" id="tempel-petunjuk">{t(Key::transfer_paste_hint)}</p>
                {move || error.get().map(|m| view! { <p class="field__error" id="tempel-salah" role="alert">{m.get(lang()).to_string()}</p> })}
                <textarea class="field__input field__input--long" id="tempel" rows="4" aria-describedby="tempel-petunjuk"
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <button type="button" class="button" on:click=move |_| open_text(text.get_untracked())>{t(Key::transfer_open)}</button>
            <div class="field">
                <label class="field__label" for="berkas">{t(Key::transfer_file)}</label>
                <input class="field__input" id="berkas" type="file" accept=".json,.txt,application/json,text/plain" node_ref=file_input on:change=open_file/>
            </div>
            <p role="status">{move || report.get()}</p>
            {move || (!conflicts.with(Vec::is_empty)).then(|| view! {
                <div class="banner banner--warning" role="alert">
                    <p>{move || fill(t(Key::transfer_conflicts), &[("jumlah", &conflicts.with(Vec::len).to_string())])}</p>
                    <div class="actions">
                        <button type="button" class="button button--warning" on:click=replace_all>{t(Key::transfer_replace)}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| conflicts.set(Vec::new())>{t(Key::transfer_keep)}</button>
                    </div>
                </div>
            })}
        </section>
    }
}
