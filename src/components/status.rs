//! A status tag for a dated window: "Sudah lewat", "Waktunya", "Akan datang", "Terlambat untuk dosis ini".

use crate::i18n::Key;
use crate::state::t;
use layanan_core::schedule::Status;
use leptos::prelude::*;

#[component]
pub fn StatusTag(status: Status) -> impl IntoView {
    let (key, class) = match status {
        Status::Past => (Key::status_past, "tag tag--past"),
        Status::DueNow => (Key::status_due, "tag tag--due"),
        Status::Upcoming => (Key::status_upcoming, "tag tag--upcoming"),
        Status::TooLateForThisDose => (Key::status_too_late, "tag tag--too-late"),
    };
    view! { <span class=class>{t(key)}</span> }
}
