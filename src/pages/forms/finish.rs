//! "Formulir sudah lengkap": the hand-over (WhatsApp, QR code, print, file) and what to bring.

use crate::components::answers::AnswerList;
use crate::components::handover::Handover;
use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::state::{lang, t, today};
use layanan_core::catalog::Document;
use layanan_core::drafts::Draft;
use layanan_core::forms::{summary, Form};
use leptos::prelude::*;

#[component]
pub(super) fn DonePage(
    form: &'static Form,
    documents: &'static [Document],
    whatsapp: Option<String>,
    draft: RwSignal<Draft>,
) -> impl IntoView {
    let answers = draft.with_untracked(|d| d.answers().clone());
    let feedback = form.id == layanan_core::feedback::FORM;
    let code = feedback
        .then(|| draft.with_untracked(|d| layanan_core::feedback::machine_line(&answers, today(), d.id().as_str())))
        .flatten();
    view! {
        <div class="panel">
            <h1 tabindex="-1">{t(Key::form_done_heading)}</h1>
            <p class="no-print">{t(Key::form_done_body)}</p>
        </div>
        <h2>{form.name.get(lang()).to_string()}</h2>
        <AnswerList rows=summary(form, &answers, lang())/>
        {code.clone().map(|line| view! {
            <section class="slip-code" aria-labelledby="kode-rekap">
                <h2 id="kode-rekap">{t(Key::feedback_code_heading)}</h2>
                <p class="slip-code__line">{line}</p>
                <p class="hint">{t(Key::feedback_code_hint)}</p>
            </section>
            <p class="banner banner--info no-print">{t(Key::feedback_privacy)}</p>
        })}
        {(!feedback).then(|| view! { <PrintExtras documents=layanan_core::catalog::applicable_documents(documents, form, &answers).into_iter().cloned().collect()/> })}
        <Handover form=form answers=answers whatsapp=whatsapp code=code/>
        <p class="no-print"><a href=href("/draf")>{t(Key::form_to_drafts)}</a></p>
    }
}

/// On paper only: the documents to bring, room for signatures, and the date.
#[component]
pub(super) fn PrintExtras(documents: Vec<Document>) -> impl IntoView {
    let date = today().long(lang());
    view! {
        <section class="print-only">
            {(!documents.is_empty()).then(|| view! {
                <h2>{t(Key::service_documents)}</h2>
                <ul class="print-checklist">
                    {documents.into_iter().map(|d| view! {
                        <li>"☐ " {d.name.get(lang()).to_string()}
                            {d.condition.as_ref().map(|c| view! { " (" {c.get(lang()).to_string()} ")" })}</li>
                    }).collect_view()}
                </ul>
            })}
            <div class="signatures">
                <div class="signatures__box"><p>{t(Key::print_applicant)}</p></div>
                <div class="signatures__box"><p>{t(Key::print_officer)}</p></div>
            </div>
            <p>{fill(t(Key::print_date), &[("tanggal", &date)])}</p>
        </section>
    }
}
