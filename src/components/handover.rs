//! The four ways a finished form reaches the office without a server: print, a text message (WhatsApp, the
//! share sheet, or copy), a QR code, and a file. Each is an explicit action of the resident. The QR code holds a
//! link to the office's receive page with the form's code in the fragment (never sent to a server), so a
//! phone camera opens it in the app; the WhatsApp text ends with the same link, so a pasted message reads
//! exactly like a scan.

use crate::browser::share;
use crate::i18n::{fill, Key};
use crate::state::{lang, t};
use layanan_core::forms::{Answers, FieldKind, Form};
use layanan_core::handover::{encode, file_content, fits_qr, link, summary_text, QR_CAPACITY_CHARS};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn Handover(
    form: &'static Form,
    answers: Answers,
    whatsapp: Option<String>,
    code: Option<String>,
) -> impl IntoView {
    let day = crate::state::today();
    let qr_link = link(&app_url(), &encode(form, &answers, day));
    let qr = fits_qr(&qr_link).then(|| qr_svg_data_uri(&qr_link)).flatten();
    let size = qr_link.len();
    let file = file_content(form, &answers, day);
    // A form the office tallies (feedback) carries its machine line; every form ends with the receive link.
    let mut text = summary_text(form, &answers, lang());
    if let Some(line) = &code {
        text.push_str(&format!("{line}\n"));
    }
    text.push_str(&format!("{}\n{qr_link}\n", t(Key::handover_code_line)));
    // WhatsApp keeps a copy of every message on its servers and phones; a NIK should know that before it goes.
    let has_nik = form.fields().any(|f| {
        matches!(f.kind, FieldKind::Nik | FieldKind::KkNumber)
            && answers.get(&f.id).is_some_and(|v| !v.trim().is_empty())
    });
    let enlarged = RwSignal::new(false);
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
        let name = format!("{}-{day}.json", form.id);
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
            {has_nik.then(|| view! { <p class="banner banner--warning">{t(Key::handover_nik_whatsapp)}</p> })}
            {no_office_number.then(|| view! { <p class="hint">{t(Key::handover_no_office_whatsapp)}</p> })}
            <p class="actions__status" role="status">{move || message.get().map(t)}</p>
        </section>
        // A tallied form's slip (feedback, anonymous) carries its machine line on paper instead of the QR code.
        <section class="handover-qr" class:no-print=code.is_some() aria-labelledby="kode-qr">
            <h2 id="kode-qr">{t(Key::handover_qr_heading)}</h2>
            {match qr {
                Some(src) => view! {
                    <figure class="qr" class:qr--enlarged=move || enlarged.get()>
                        <img class="qr__image" src=src alt=t(Key::handover_qr_alt) width="320" height="320"/>
                        <figcaption class="hint">{t(Key::handover_qr_hint)}</figcaption>
                        <button type="button" class="button button--secondary no-print" aria-pressed=move || enlarged.get().to_string()
                            on:click=move |_| enlarged.update(|e| *e = !*e)>
                            {move || t(if enlarged.get() { Key::handover_qr_shrink } else { Key::handover_qr_enlarge })}
                        </button>
                    </figure>
                }.into_any(),
                None => view! {
                    <p class="hint">{fill(t(Key::handover_qr_too_big), &[("ukuran", &size.to_string()), ("batas", &QR_CAPACITY_CHARS.to_string())])}</p>
                }.into_any(),
            }}
        </section>
    }
}

/// The app's address with its base (`https://desa.example/tanjung-barat/`), which the QR link points into.
fn app_url() -> String {
    share::absolute_href(&format!("{}/", crate::paths::base()))
}

/// The payload as a QR code, drawn as SVG and embedded as a data URI (allowed by the CSP's `img-src data:`).
fn qr_svg_data_uri(payload: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(payload.as_bytes(), qrcode::EcLevel::M).ok()?;
    let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(320, 320).quiet_zone(true).build();
    Some(format!("data:image/svg+xml;charset=utf-8,{}", layanan_core::route::encode_component(&svg)))
}
