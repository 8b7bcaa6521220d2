//! A date the resident types once and finds again (a child's birth date, the HPHT): kept on this phone,
//! checked as it is typed, with the message next to the field.

use crate::i18n::{fill, Key};
use crate::state::{lang, t};
use crate::stores::kept::{kept, Kept};
use layanan_core::base::date::CivilDate;
use layanan_core::schedule::DateError;
use leptos::prelude::*;

/// The typed text (kept on this phone) and what it means: `None` while empty, else the date or a message.
#[derive(Clone, Copy)]
pub struct StoredDate {
    raw: Kept<String>,
    pub checked: Memo<Option<Result<CivilDate, String>>>,
}

/// Reads the date kept under `storage_key` once the page has hydrated (the page is rendered with none) and
/// checks it, then and as it changes, against `today`.
pub fn stored_date(
    storage_key: &'static str,
    check: fn(&str, CivilDate) -> Result<CivilDate, DateError>,
    today: CivilDate,
) -> StoredDate {
    let raw = kept::<String>(storage_key);
    let checked = Memo::new(move |_| {
        let text = raw.get();
        (!text.trim().is_empty()).then(|| check(&text, today).map_err(|e| e.message(lang())))
    });
    StoredDate { raw, checked }
}

impl StoredDate {
    /// The date, when one is typed and valid.
    pub fn date(self) -> Option<CivilDate> {
        self.checked.get().and_then(Result::ok)
    }
}

#[component]
pub fn DateField(
    /// Element id; the message gets `<id>-salah`, the hint `<id>-petunjuk`.
    id: &'static str,
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    date: StoredDate,
) -> impl IntoView {
    let error_id = format!("{id}-salah");
    let hint_id = format!("{id}-petunjuk");
    let failed = move || matches!(date.checked.get(), Some(Err(_)));
    let described = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let mut ids: Vec<&str> = Vec::new();
            if hint.is_some() {
                ids.push(&hint_id);
            }
            if failed() {
                ids.push(&error_id);
            }
            // No attribute at all rather than an empty list (an empty IDREFS is invalid HTML).
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field--error=failed>
            <label class="field__label" for=id>{t(label)}</label>
            {hint.map(|h| view! { <p class="hint field__hint" id=hint_id.clone()>{t(h)}</p> })}
            {move || match date.checked.get() {
                Some(Err(m)) => Some(view! {
                    <p class="field__error" id=error_id.clone()><span class="visually-hidden">{t(Key::error_prefix)}</span>{m}</p>
                }),
                _ => None,
            }}
            <input class="field__input field__input--date" id=id type="text" inputmode="numeric" autocomplete="off"
                aria-describedby=described aria-invalid=move || failed().then_some("true")
                prop:value=move || date.raw.get()
                on:input=move |ev| date.raw.set(event_target_value(&ev))/>
            <DateEcho text=Signal::derive(move || date.raw.get())/>
        </div>
    }
}

/// Says back, as soon as it is understood, the date the app read from what was typed ("Selasa, 10 November
/// 2026"), so nobody has to guess whether 10/11 meant October or November.
#[component]
pub fn DateEcho(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let read = move || layanan_core::base::identity::parse_date(&text.get()).ok();
    view! {
        <p class="field__echo" aria-live="polite">
            {move || read().map(|d| fill(t(Key::date_read_as), &[("tanggal", &d.long_with_day(lang()))]))}
        </p>
    }
}
