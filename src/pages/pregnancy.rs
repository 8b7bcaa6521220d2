//! `/cek/kehamilan`: from the first day of the last period (HPHT), the estimated due date, how far along the
//! pregnancy is, the antenatal check-ups by trimester with their dates, and the free health check (CKG) for
//! pregnant women. Reminders go to the phone's calendar as an `.ics` file.

use crate::components::date_field::{stored_date, DateField};
use crate::components::status::StatusTag;
use crate::i18n::{fill, format_date, Key};
use crate::share;
use crate::state::{content, t, today, use_state, use_title};
use layanan_core::date::CivilDate;
use layanan_core::ics;
use layanan_core::route::Params;
use layanan_core::schedule::ckg::ckg_for_pregnancy;
use layanan_core::schedule::pregnancy::{check_hpht, pregnancy_plan};
use layanan_core::schedule::read_date;
use layanan_core::schedule::reminders::{antenatal_events, Person};
use leptos::prelude::*;

pub fn page(_: Params) -> AnyView {
    view! { <Pregnancy/> }.into_any()
}

const HPHT_KEY: &str = "tb:cek:kehamilan:hpht";

#[component]
fn Pregnancy() -> impl IntoView {
    let state = use_state();
    use_title(move || state.t(Key::pregnancy_title).to_string());
    let schedule = &content().schedules.pregnancy;
    let today = today();
    let hpht = stored_date(HPHT_KEY, |text, today| read_date(text).and_then(|d| check_hpht(d, today).map(|()| d)), today);
    let downloaded = RwSignal::new(false);
    let download = move |_| {
        let Some(h) = hpht.checked.get_untracked().and_then(Result::ok) else { return };
        let Ok(plan) = pregnancy_plan(schedule, h, today) else { return };
        let who = state.t(Key::pregnancy_mother).to_string();
        let events = antenatal_events(Person { name: &who, date: h }, &plan, state.lang.get_untracked());
        downloaded.set(share::download("jadwal-kehamilan.ics", "text/calendar;charset=utf-8", &ics::calendar(&events, js_sys::Date::now() as i64)));
    };
    view! {
        <h1 tabindex="-1">{t(Key::pregnancy_heading)}</h1>
        <p>{t(Key::pregnancy_intro)}</p>
        <div class="form no-print">
            <DateField id="hpht" label=Key::pregnancy_hpht hint=Key::pregnancy_hpht_hint date=hpht/>
        </div>
        {move || match hpht.date() {
            Some(h) => view! {
                <Plan hpht=h today=today/>
                <div class="actions no-print">
                    <button type="button" class="button" on:click=download>{t(Key::immunisation_ics)}</button>
                    <button type="button" class="button button--secondary" on:click=|_| { let _ = window().print(); }>{t(Key::immunisation_print)}</button>
                </div>
                <p class="hint no-print" role="status">{move || downloaded.get().then(|| state.t(Key::ics_downloaded))}</p>
            }.into_any(),
            _ => ().into_any(),
        }}
        <CkgForPregnancy today=today/>
        <p class="hint">{move || fill(state.t(Key::schedule_checked), &[("tanggal", &format_date(state.lang.get(), &schedule.checked.to_string()))])}</p>
    }
}

#[component]
fn Plan(hpht: CivilDate, today: CivilDate) -> impl IntoView {
    let state = use_state();
    let Ok(plan) = pregnancy_plan(&content().schedules.pregnancy, hpht, today) else { return ().into_any() };
    let date = move |d: CivilDate| format_date(state.lang.get(), &d.to_string());
    let due = plan.due_date;
    let (weeks, days) = (plan.age.weeks, plan.age.days);
    view! {
        <div class="panel">
            <p class="panel__big">{move || fill(state.t(Key::pregnancy_due), &[("tanggal", &date(due))])}</p>
            <p>{move || fill(state.t(Key::pregnancy_age), &[("minggu", &weeks.to_string()), ("hari", &days.to_string())])}</p>
        </div>
        <table class="schedule">
            <caption class="schedule__caption">{t(Key::pregnancy_visits)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(Key::pregnancy_trimester)}</th>
                    <th scope="col">{t(Key::immunisation_when)}</th>
                    <th scope="col">{t(Key::immunisation_status)}</th>
                </tr>
            </thead>
            <tbody>
                {plan.trimesters.into_iter().map(|tp| {
                    let tri = tp.trimester;
                    let (from, until) = (tp.from, tp.until);
                    let visits = tp.visits;
                    view! {
                        <tr>
                            <th scope="row">
                                {move || tri.name.get(state.lang.get()).to_string()}
                                {tri.unconfirmed.then(|| view! { " " <span class="tag tag--unconfirmed">{t(Key::unconfirmed)}</span> })}
                                <ul class="schedule__visits">
                                    {visits.into_iter().map(|v| view! { <li>{move || v.name.get(state.lang.get()).to_string()}</li> }).collect_view()}
                                </ul>
                                {(tri.doctor_visits > 0).then(|| view! {
                                    <span class="schedule__note">{move || fill(state.t(Key::pregnancy_doctor), &[("jumlah", &tri.doctor_visits.to_string())])}</span>
                                })}
                            </th>
                            <td>{move || format!("{} – {}", date(from), date(until))}</td>
                            <td><StatusTag status=tp.status/></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }.into_any()
}

/// What Cek Kesehatan Gratis offers a pregnant woman.
#[component]
fn CkgForPregnancy(today: CivilDate) -> impl IntoView {
    let state = use_state();
    let packages = ckg_for_pregnancy(&content().schedules.ckg, today);
    (!packages.is_empty()).then(|| view! {
        <section>
            <h2>{t(Key::pregnancy_ckg)}</h2>
            {packages.into_iter().map(|p| view! {
                <div class="card">
                    <h3 class="card__title">{move || p.name.get(state.lang.get()).to_string()}</h3>
                    <ul>{p.checks.iter().map(|c| view! { <li>{move || c.get(state.lang.get()).to_string()}</li> }).collect_view()}</ul>
                    <p class="hint">{move || p.place.get(state.lang.get()).to_string()}</p>
                </div>
            }).collect_view()}
        </section>
    })
}
