//! "Dengarkan": reads the page aloud (see `crate::browser::speech`). Shown only where the browser can speak the
//! page's language; the space it takes is kept from the first paint (the page head marks browsers with
//! speech synthesis), so it appearing moves nothing.

use crate::browser::speech::{self, Status};
use crate::i18n::Key;
use crate::state::{lang, t};
use leptos::html;
use leptos::prelude::*;

/// How long an engine may take to list its voices before the page stops keeping room for the control.
const VOICES_WAIT_MS: u64 = 2_500;

/// Gives up the room kept for the control where no voice speaks the page, and remembers it for the next page.
fn settle(lang: layanan_core::base::lang::Lang) {
    if let Some(speaks) = speech::settle_room(lang) {
        crate::stores::settings::remember_voice(lang, speaks);
    }
}

/// The control, for use inside an island (a checker's question or result).
#[component]
pub fn ReadAloudControl() -> impl IntoView {
    let lang = lang();
    let available = RwSignal::new(false);
    let status = RwSignal::new(Status::Idle);
    let toggle_ref = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        available.set(speech::available(lang));
        speech::when_voices_change(move || {
            available.try_set(speech::available(lang));
            settle(lang);
        });
        // Voices known by now, or none coming: the room kept for the control goes if it cannot be used.
        set_timeout(move || settle(lang), std::time::Duration::from_millis(VOICES_WAIT_MS));
    });
    on_cleanup(speech::stop);
    let toggle = move |_| match status.get_untracked() {
        Status::Idle => speech::start(lang, move |s| {
            status.try_set(s);
        }),
        Status::Speaking => speech::pause(),
        Status::Paused => speech::resume(),
    };
    let stop = move |_| {
        speech::stop();
        if let Some(b) = toggle_ref.get_untracked() {
            let _ = b.focus();
        }
    };
    let label = move || match status.get() {
        Status::Idle => t(Key::listen_start),
        Status::Speaking => t(Key::listen_pause),
        Status::Paused => t(Key::listen_resume),
    };
    // One fixed structure shown and hidden by attribute: lighter in the bundle than views that come and go.
    view! {
        <div class="listen no-print" hidden=move || !available.get()>
            <button type="button" class="button button--secondary listen__toggle" node_ref=toggle_ref on:click=toggle>
                {label}
            </button>
            <button type="button" class="button button--secondary" hidden=move || status.get() == Status::Idle on:click=stop>
                {t(Key::listen_stop)}
            </button>
        </div>
    }
}

/// The control on a page of its own (a service, a schedule page).
#[island]
pub fn ReadAloud() -> impl IntoView {
    view! { <ReadAloudControl/> }
}
