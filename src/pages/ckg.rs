//! `/cek/ckg`: who may have a Cek Kesehatan Gratis, and when, from a date of birth.

use crate::components::date_field::{stored_date, DateField};
use crate::components::status::StatusTag;
use crate::i18n::{fill, format_date, Key};
use crate::state::{content, t, today, use_state, use_title};
use layanan_core::date::CivilDate;
use layanan_core::route::Params;
use layanan_core::schedule::ckg::ckg_for_person;
use layanan_core::schedule::read_birth_date;
use leptos::prelude::*;

pub fn page(_: Params) -> AnyView {
    view! { <Ckg/> }.into_any()
}

const BIRTH_KEY: &str = "tb:cek:ckg:lahir";

#[component]
fn Ckg() -> impl IntoView {
    let state = use_state();
    use_title(move || state.t(Key::ckg_title).to_string());
    let schedule = &content().schedules.ckg;
    let today = today();
    let birth = stored_date(BIRTH_KEY, read_birth_date, today);
    view! {
        <h1 tabindex="-1">{t(Key::ckg_heading)}</h1>
        <p>{t(Key::ckg_intro)}</p>
        <div class="form">
            <DateField id="lahir-ckg" label=Key::ckg_birth date=birth/>
        </div>
        {move || match birth.date() {
            Some(b) => view! { <Due birth=b today=today/> }.into_any(),
            _ => ().into_any(),
        }}
        <p class="hint">{move || fill(state.t(Key::schedule_checked), &[("tanggal", &format_date(state.lang.get(), &schedule.checked.to_string()))])}</p>
    }
}

#[component]
fn Due(birth: CivilDate, today: CivilDate) -> impl IntoView {
    let state = use_state();
    let due = ckg_for_person(&content().schedules.ckg, birth, today);
    if due.is_empty() {
        return view! { <p>{t(Key::ckg_none)}</p> }.into_any();
    }
    let date = move |d: CivilDate| format_date(state.lang.get(), &d.to_string());
    due.into_iter().map(|d| {
        let p = d.package;
        let (from, until) = (d.from, d.until);
        view! {
            <section class="card">
                <h2 class="card__title">{move || p.name.get(state.lang.get()).to_string()} " " <StatusTag status=d.status/></h2>
                <p>{move || match until {
                    Some(u) => format!("{} – {}", date(from), date(u)),
                    None => fill(state.t(Key::ckg_from), &[("tanggal", &date(from))]),
                }}</p>
                <ul>{p.checks.iter().map(|c| view! { <li>{move || c.get(state.lang.get()).to_string()}</li> }).collect_view()}</ul>
                <p class="hint">{move || p.place.get(state.lang.get()).to_string()}</p>
                {p.unconfirmed.then(|| view! { <p><span class="tag tag--unconfirmed">{t(Key::unconfirmed)}</span></p> })}
            </section>
        }
    }).collect_view().into_any()
}
