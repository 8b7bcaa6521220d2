//! `/cek/imunisasi`: a child's immunisation plan from the birth date: every dose with its due window and its
//! status today, a printable card, and an `.ics` file of reminders for the phone's calendar.

use crate::components::date_field::{stored_date, DateField};
use crate::components::status::StatusTag;
use crate::i18n::{fill, Key};
use crate::share;
use crate::state::{content, t, today_civil, use_state, use_title};
use layanan_core::civil_date::CivilDate;
use layanan_core::ics;
use layanan_core::route::Params;
use layanan_core::schedule::immunisation::immunisation_plan;
use layanan_core::schedule::read_birth_date;
use layanan_core::schedule::reminders::{immunisation_events, Person};
use leptos::prelude::*;

pub fn page(_: Params) -> AnyView {
    view! { <Immunisation/> }.into_any()
}

const BIRTH_KEY: &str = "tb:cek:imunisasi:lahir";
const NAME_KEY: &str = "tb:cek:imunisasi:nama";

#[component]
fn Immunisation() -> impl IntoView {
    let state = use_state();
    use_title(move || state.t(Key::immunisation_title).to_string());
    let schedule = &content().schedules.immunisation;
    let name = RwSignal::new(state.load(NAME_KEY).unwrap_or_default());
    let today = today_civil();
    let birth = stored_date(BIRTH_KEY, read_birth_date, today);
    let download = move |_| {
        let Some(b) = birth.checked.get_untracked().and_then(Result::ok) else { return };
        let plan = immunisation_plan(schedule, b, today);
        let who = name.get_untracked();
        let who = if who.trim().is_empty() { state.t(Key::immunisation_child).to_string() } else { who };
        let events = immunisation_events(Person { name: &who, date: b }, &plan, state.lang.get_untracked());
        share::download("jadwal-imunisasi.ics", "text/calendar", &ics::calendar(&events, js_sys::Date::now() as i64));
    };
    view! {
        <h1 tabindex="-1">{t(Key::immunisation_heading)}</h1>
        <p>{t(Key::immunisation_intro)}</p>
        <div class="form no-print">
            <DateField id="lahir" label=Key::immunisation_birth date=birth today=today/>
            <div class="field">
                <label class="field__label" for="nama-anak">{t(Key::immunisation_name)}<span class="field__optional">" " {t(Key::form_optional)}</span></label>
                <p class="hint field__hint" id="nama-anak-petunjuk">{t(Key::immunisation_name_hint)}</p>
                <input class="field__input" id="nama-anak" type="text" autocomplete="off" aria-describedby="nama-anak-petunjuk"
                    prop:value=move || name.get()
                    on:input=move |ev| { let v = event_target_value(&ev); state.save(NAME_KEY, &v); name.set(v); }/>
            </div>
        </div>
        {move || match birth.date() {
            Some(b) => view! { <Plan birth=b today=today/> <div class="actions no-print">
                <button type="button" class="button" on:click=download>{t(Key::immunisation_ics)}</button>
                <button type="button" class="button button--secondary" on:click=|_| { let _ = window().print(); }>{t(Key::immunisation_print)}</button>
            </div> }.into_any(),
            _ => ().into_any(),
        }}
        <p class="hint">{move || fill(state.t(Key::schedule_checked), &[("tanggal", &crate::i18n::format_date(state.lang.get(), &schedule.checked.to_string()))])}</p>
        <ul class="sources hint">
            {schedule.sources.iter().map(|s| match &s.url {
                Some(u) => view! { <li><a href=u.clone() rel="noopener">{s.title.clone()}</a></li> }.into_any(),
                None => view! { <li>{s.title.clone()}</li> }.into_any(),
            }).collect_view()}
        </ul>
    }
}

#[component]
fn Plan(birth: CivilDate, today: CivilDate) -> impl IntoView {
    let state = use_state();
    let plan = immunisation_plan(&content().schedules.immunisation, birth, today);
    let date = move |d: CivilDate| crate::i18n::format_date(state.lang.get(), &d.to_string());
    view! {
        <table class="schedule">
            <caption class="schedule__caption">{move || fill(state.t(Key::immunisation_caption), &[("tanggal", &date(birth))])}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(Key::immunisation_vaccine)}</th>
                    <th scope="col">{t(Key::immunisation_when)}</th>
                    <th scope="col">{t(Key::immunisation_status)}</th>
                </tr>
            </thead>
            <tbody>
                {plan.into_iter().map(|dose| {
                    let rule = dose.vaccine;
                    let (from, until, last) = (dose.due_from, dose.due_until, dose.last_allowed);
                    view! {
                        <tr>
                            <th scope="row">
                                {move || rule.name.get(state.lang.get()).to_string()}
                                {rule.unconfirmed.then(|| view! { " " <span class="tag tag--unconfirmed">{t(Key::unconfirmed)}</span> })}
                                {rule.notes.iter().map(|n| view! { <span class="schedule__note">{move || n.get(state.lang.get()).to_string()}</span> }).collect_view()}
                            </th>
                            <td>
                                {move || format!("{} – {}", date(from), date(until))}
                                {last.map(|l| view! { <span class="schedule__note">{move || fill(state.t(Key::immunisation_last), &[("tanggal", &date(l))])}</span> })}
                            </td>
                            <td><StatusTag status=dose.status/></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
