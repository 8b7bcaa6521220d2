//! `/terima`: the office receives a form a resident handed over, on its own device and offline. A phone
//! camera scanning the resident's QR code opens this page with the code in the fragment (`#LTB2:…`, never sent
//! to a server); the clerk can also scan in the page, open a file or a photo of the code, or paste the
//! resident's WhatsApp message. The form is shown read-only, in the office's words ("Nama pemohon"), and can
//! be entered in the buku register. Nothing here changes the resident's answers.

use crate::browser::fetch::fetch_forms;
use crate::components::answers::AnswerList;
use crate::components::needs_js::NeedsJavaScript;
use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::site::set_meta;
use crate::state::{is_hydrated, lang, t, today};
use crate::stores::register::RegisterStore;
use layanan_core::forms::{form_warnings, office_summary, Form};
use layanan_core::handover::{decode, Payload, Refusal};
use layanan_core::office::register::Added;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// How often a camera frame is looked at: often enough to feel instant, rarely enough for a cheap phone.
const SCAN_EVERY_MS: i32 = 250;

#[component]
pub fn ReceivePage() -> impl IntoView {
    set_meta(t(Key::receive_title), t(Key::receive_intro));
    view! {
        <h1 tabindex="-1">{t(Key::receive_title)}</h1>
        <p class="lead">{t(Key::receive_intro)}</p>
        <NeedsJavaScript/>
        <Receive forms_file=crate::paths::file(crate::site::use_site().forms_file)/>
        <p><a href=href("/buku-register")>{t(Key::receive_to_register)}</a></p>
    }
}

/// The fragment of the address, where a scanned QR code's link carries the form's code.
fn fragment() -> String {
    #[cfg(target_arch = "wasm32")]
    return window().location().hash().unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Keeps what was read in the fragment, so a reload shows the same form (the fragment stays on the device).
fn keep_in_fragment(code: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let url = format!("{}#{code}", window().location().pathname().unwrap_or_default());
        let _ = window().history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = code;
}

#[cfg_attr(feature = "office", island)]
#[cfg_attr(not(feature = "office"), component)]
fn Receive(forms_file: String) -> impl IntoView {
    let forms_file = StoredValue::new(forms_file);
    let forms = RwSignal::new(None::<Vec<Form>>);
    let received = RwSignal::new(None::<(Form, Payload)>);
    let error = RwSignal::new(None::<String>);
    let pasted = RwSignal::new(String::new());
    let scanning = RwSignal::new(false);
    let file_input = NodeRef::<leptos::html::Input>::new();
    let video = NodeRef::<leptos::html::Video>::new();

    // Reads any text that may hold a form; a refusal is said next to the paste field and nothing changes.
    let read = move |text: String| {
        spawn_local(async move {
            if forms.with_untracked(Option::is_none) {
                forms.set(fetch_forms(&forms_file.get_value()).await);
            }
            let Some(list) = forms.get_untracked() else { return error.set(Some(t(Key::search_offline).into())) };
            match decode(&text, &list) {
                Ok((form, payload)) => {
                    error.set(None);
                    keep_in_fragment(&layanan_core::handover::code_of(&payload));
                    received.set(Some((form.clone(), payload)));
                    crate::browser::focus::focus_after_render("diterima");
                }
                Err(refusal) => {
                    error.set(Some(refusal.message().get(lang()).to_string()));
                    crate::browser::focus::focus_after_render("terima-tempel");
                }
            }
        });
    };
    Effect::new(move |_| {
        if is_hydrated() {
            let hash = fragment();
            if hash.contains("LTB") {
                read(hash);
            }
        }
    });
    let open_file = move |_| {
        let Some(file) = file_input.get().and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        if file.size() > layanan_core::handover::MAX_PAYLOAD_BYTES as f64 * 40.0 {
            error.set(Some(Refusal::TooLarge.message().get(lang()).to_string()));
            return;
        }
        spawn_local(async move {
            if !file.type_().starts_with("image/") {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
                return read(text.unwrap_or_default());
            }
            match crate::browser::scan::read_image(&file).await {
                Some(text) => read(text),
                None => error.set(Some(t(Key::receive_no_qr_in_image).into())),
            }
        });
    };
    let scan = move |_| {
        let Some(el) = video.get() else { return };
        scanning.set(true);
        error.set(None);
        spawn_local(async move {
            let stream = match crate::browser::scan::start_camera(&el).await {
                Ok(s) => s,
                Err(_) => {
                    scanning.set(false);
                    return error.set(Some(t(Key::receive_no_camera).into()));
                }
            };
            while scanning.get_untracked() {
                if let Some(text) = crate::browser::scan::read_frame(&el).await {
                    scanning.set(false);
                    read(text);
                    break;
                }
                crate::browser::scan::pause(SCAN_EVERY_MS).await;
            }
            crate::browser::scan::stop_camera(&stream);
        });
    };

    view! {
        <section class="no-print" aria-labelledby="terima-cara">
            <h2 id="terima-cara">{t(Key::receive_ways)}</h2>
            <div class="actions">
                <button type="button" class="button" on:click=scan disabled=move || scanning.get()>{t(Key::receive_scan)}</button>
                {move || scanning.get().then(|| view! {
                    <button type="button" class="button button--secondary" on:click=move |_| scanning.set(false)>{t(Key::receive_scan_stop)}</button>
                })}
            </div>
            <video class="scan__video" node_ref=video muted=true playsinline=true hidden=move || !scanning.get() aria-label=t(Key::receive_scan)></video>
            <div class="field">
                <label class="field__label" for="terima-berkas">{t(Key::receive_file)}</label>
                <p class="field__hint" id="terima-berkas-petunjuk">{t(Key::receive_file_hint)}</p>
                <input class="field__input" id="terima-berkas" type="file" aria-describedby="terima-berkas-petunjuk"
                    accept=".json,.txt,application/json,text/plain,image/*" node_ref=file_input on:change=open_file/>
            </div>
            <div class="field" class:field--error=move || error.with(Option::is_some)>
                <label class="field__label" for="terima-tempel">{t(Key::receive_paste)}</label>
                <p class="field__hint" id="terima-tempel-petunjuk">{t(Key::receive_paste_hint)}</p>
                {move || error.get().map(|m| view! { <p class="field__error" id="terima-salah" role="alert">{m}</p> })}
                <textarea class="field__input field__input--long" id="terima-tempel" rows="4" aria-describedby="terima-tempel-petunjuk"
                    prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <button type="button" class="button" on:click=move |_| read(pasted.get_untracked())>{t(Key::receive_read)}</button>
        </section>
        {move || received.get().map(|(form, payload)| view! { <Received form=form payload=payload/> })}
    }
}

/// The form as received: read-only, in the office's words, with the date filled, the form's version and the
/// warnings the resident's phone showed; and the button that enters it in the register.
#[component]
fn Received(form: Form, payload: Payload) -> impl IntoView {
    let rows = office_summary(&form, &payload.answers, lang());
    let warnings = form_warnings(&form, &payload.answers);
    let filled = payload.filled_on().map(|d| d.long(lang()));
    let older = payload.version < form.version;
    let registered = RwSignal::new(None::<Added>);
    let payload = StoredValue::new(payload);
    let add = move |_| {
        registered.set(Some(RegisterStore::update(|r| r.add(payload.get_value(), today()))));
    };
    view! {
        <section class="received" aria-labelledby="diterima">
            <h2 id="diterima" tabindex="-1">{t(Key::receive_heading)}</h2>
            <p class="received__form">{form.name.get(lang()).to_string()}</p>
            <ul class="received__facts">
                <li>{match filled {
                    Some(d) => fill(t(Key::receive_filled_on), &[("tanggal", &d)]),
                    None => t(Key::receive_filled_unknown).to_string(),
                }}</li>
                <li>{fill(t(Key::receive_version), &[("versi", &payload.with_value(|p| p.version).to_string())])}
                    {older.then(|| view! { " " {fill(t(Key::receive_version_older), &[("versi", &form.version.to_string())])} })}</li>
            </ul>
            {(!warnings.is_empty()).then(|| view! {
                <div class="banner banner--warning">
                    <p class="banner__title">{t(Key::receive_warnings)}</p>
                    <ul>{warnings.into_iter().map(|w| view! { <li>{w.message.get(lang()).to_string()}</li> }).collect_view()}</ul>
                </div>
            })}
            <AnswerList rows=rows/>
            <p class="hint">{t(Key::receive_read_only)}</p>
            <div class="actions no-print">
                <button type="button" class="button" on:click=add disabled=move || registered.with(Option::is_some)>{t(Key::receive_register)}</button>
            </div>
            <p role="status">{move || registered.get().map(|added| {
                let (key, number) = match added {
                    Added::New(n) => (Key::receive_registered, n),
                    Added::Already(n) => (Key::receive_already, n),
                };
                let year = today().year();
                let label = format!("{number:03}/{year}");
                view! {
                    {fill(t(key), &[("nomor", &label)])}
                    " " <a href=href(&format!("/buku-register?lihat={year}-{number}"))>{t(Key::receive_open_entry)}</a>
                }
            })}</p>
        </section>
    }
}
