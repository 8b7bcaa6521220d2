//! `/cek/ckg`: who may have a Cek Kesehatan Gratis, and when, from a date of birth.

use crate::components::date_field::{stored_date, DateField};
use crate::components::read_aloud::ReadAloud;
use crate::components::status::StatusTag;
use crate::i18n::{fill, Key};
use crate::site::{content, set_meta};
use crate::state::{lang, t, today};
use crate::stores::keys;
use layanan_core::base::date::CivilDate;
use layanan_core::schedule::ckg::{ckg_for_person, CkgSchedule};
use layanan_core::schedule::read_birth_date;
use leptos::prelude::*;

#[component]
pub fn CkgPage() -> impl IntoView {
    set_meta(t(Key::ckg_title), t(Key::ckg_intro));
    let schedule = &content().schedules.ckg;
    view! {
        <h1 tabindex="-1">{t(Key::ckg_heading)}</h1>
        <p>{t(Key::ckg_intro)}</p>
        <ReadAloud/>
        <Ckg schedule=schedule.clone()/>
        <p class="hint">{fill(t(Key::schedule_checked), &[("tanggal", &schedule.checked.long(lang()))])}</p>
    }
}

/// The birth date is the phone's: read once the page has hydrated.
#[cfg_attr(feature = "checkers", island)]
#[cfg_attr(not(feature = "checkers"), component)]
fn Ckg(schedule: CkgSchedule) -> impl IntoView {
    let schedule: &'static CkgSchedule = crate::state::for_page(schedule);
    let today = today();
    let birth = stored_date(keys::CKG_BIRTH, read_birth_date, today);
    view! {
        <div class="form">
            <DateField id="lahir-ckg" label=Key::ckg_birth date=birth/>
        </div>
        {move || birth.date().map(|b| view! { <Due schedule=schedule birth=b today=today/> })}
    }
}

#[component]
fn Due(schedule: &'static CkgSchedule, birth: CivilDate, today: CivilDate) -> impl IntoView {
    let due = ckg_for_person(schedule, birth, today);
    if due.is_empty() {
        return view! { <p>{t(Key::ckg_none)}</p> }.into_any();
    }
    let date = |d: CivilDate| d.long(lang());
    due.into_iter().map(|d| {
        let p = d.package;
        view! {
            <section class="card">
                <h2 class="card__title">{p.name.get(lang()).to_string()} " " <StatusTag status=d.status/></h2>
                <p>{match d.until {
                    Some(u) => format!("{} – {}", date(d.from), date(u)),
                    None => fill(t(Key::ckg_from), &[("tanggal", &date(d.from))]),
                }}</p>
                <ul>{p.checks.iter().map(|c| view! { <li>{c.get(lang()).to_string()}</li> }).collect_view()}</ul>
                <p class="hint">{p.place.get(lang()).to_string()}</p>
                {p.unconfirmed.then(|| view! { <p><span class="tag tag--unconfirmed">{t(Key::unconfirmed)}</span></p> })}
            </section>
        }
    }).collect_view().into_any()
}
