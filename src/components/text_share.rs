//! Sharing a text the app wrote on the phone: print the page, send it by WhatsApp, or copy it.

use crate::i18n::Key;
use crate::state::t;
use leptos::prelude::*;

/// Print, WhatsApp and copy for a result the app worked out (a checker's, a visit plan): the resident decides
/// when anything leaves the phone.
#[component]
pub fn TextShare(text: String) -> impl IntoView {
    let message = RwSignal::new(None::<Key>);
    let wa = crate::browser::share::whatsapp_link(&text);
    let on_copy = move |_| {
        let t = text.clone();
        leptos::task::spawn_local(async move {
            let ok = crate::browser::share::copy(&t).await;
            message.set(Some(if ok { Key::handover_copied } else { Key::service_copy_failed }));
        });
    };
    view! {
        <section class="actions no-print" aria-label=t(Key::handover_heading)>
            <button type="button" class="button" on:click=|_| { let _ = window().print(); }>{t(Key::service_print)}</button>
            <a class="button button--secondary" href=wa rel="noopener">{t(Key::handover_whatsapp)}</a>
            <button type="button" class="button button--secondary" on:click=on_copy>{t(Key::handover_copy)}</button>
            <p class="actions__status" role="status">{move || message.get().map(t)}</p>
        </section>
    }
}
