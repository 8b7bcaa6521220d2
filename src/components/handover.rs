//! The four ways a finished form reaches the office without a server: print, a text message (WhatsApp, the
//! share sheet, or copy), a QR code of the answers, and a file. Each is an explicit action of the resident.

use crate::i18n::{fill, Key};
use crate::share;
use crate::state::{lang, t};
use layanan_core::forms::{Answers, Form};
use layanan_core::handover::{encode, file_content, fits_qr, summary_text, QR_CAPACITY_BYTES};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn Handover(form: &'static Form, answers: Answers, whatsapp: Option<String>, code: Option<String>) -> impl IntoView {
    let payload = encode(form, &answers);
    let qr = fits_qr(&payload).then(|| qr_svg_data_uri(&payload)).flatten();
    let size = payload.len();
    let file = file_content(form, &answers);
    // A form the office tallies (feedback) carries its machine line at the end of the message.
    let text = match &code {
        Some(line) => format!("{}\n{line}\n", summary_text(form, &answers, lang())),
        None => summary_text(form, &answers, lang()),
    };
    let no_office_number = whatsapp.is_none();
    let whatsapp_href = match &whatsapp {
        Some(n) => format!("https://wa.me/{n}?text={}", layanan_core::route::encode_component(&text)),
        None => share::whatsapp_link(&text),
    };
    let message = RwSignal::new(None::<Key>);
    let on_copy = {
        let text = text.clone();
        move |_| {
            let t = text.clone();
            spawn_local(async move {
                let ok = share::copy(&t).await;
                message.set(Some(if ok { Key::handover_copied } else { Key::service_copy_failed }));
            });
        }
    };
    let on_share = {
        let text = text.clone();
        move |_| {
            let (title, t) = (form.name.get(lang()).to_string(), text.clone());
            spawn_local(async move {
                share::share(&title, &t, "").await;
            });
        }
    };
    let on_file = move |_| {
        let name = format!("{}-{}.json", form.id, crate::state::today());
        share::download(&name, "application/json", &file);
    };
    view! {
        <section class="handover no-print" aria-labelledby="serahkan">
            <h2 id="serahkan">{t(Key::handover_heading)}</h2>
            <p>{t(Key::handover_intro)}</p>
            <div class="actions">
                <button type="button" class="button" on:click=|_| { let _ = window().print(); }>{t(Key::service_print)}</button>
                <a class="button button--secondary" href=whatsapp_href rel="noopener">{t(Key::handover_whatsapp)}</a>
                {share::can_share().then(|| view! {
                    <button type="button" class="button button--secondary" on:click=on_share>{t(Key::service_share)}</button>
                })}
                <button type="button" class="button button--secondary" on:click=on_copy>{t(Key::handover_copy)}</button>
                <button type="button" class="button button--secondary" on:click=on_file>{t(Key::handover_file)}</button>
            </div>
            {no_office_number.then(|| view! { <p class="hint">{t(Key::handover_no_office_whatsapp)}</p> })}
            <p class="actions__status" role="status">{move || message.get().map(t)}</p>
            <h3>{t(Key::handover_qr_heading)}</h3>
            {match qr {
                Some(src) => view! {
                    <figure class="qr">
                        <img class="qr__image" src=src alt=t(Key::handover_qr_alt) width="240" height="240"/>
                        <figcaption class="hint">{t(Key::handover_qr_hint)}</figcaption>
                    </figure>
                }.into_any(),
                None => view! {
                    <p class="hint">{fill(t(Key::handover_qr_too_big), &[("ukuran", &size.to_string()), ("batas", &QR_CAPACITY_BYTES.to_string())])}</p>
                }.into_any(),
            }}
        </section>
    }
}

/// The payload as a QR code, drawn as SVG and embedded as a data URI (allowed by the CSP's `img-src data:`).
fn qr_svg_data_uri(payload: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(payload.as_bytes(), qrcode::EcLevel::M).ok()?;
    let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(240, 240).quiet_zone(true).build();
    Some(format!("data:image/svg+xml;charset=utf-8,{}", layanan_core::route::encode_component(&svg)))
}
