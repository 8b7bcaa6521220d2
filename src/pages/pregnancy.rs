//! `/cek/kehamilan`: from the first day of the last period (HPHT), the estimated due date, how far along the
//! pregnancy is, the antenatal check-ups by trimester with their dates, and the free health check (CKG) for
//! pregnant women. Reminders go to the phone's calendar as an `.ics` file.

use crate::browser::share;
use crate::components::date_field::{stored_date, DateField};
use crate::components::read_aloud::ReadAloud;
use crate::components::status::StatusTag;
use crate::i18n::{fill, Key};
use crate::site::{content, set_meta};
use crate::state::{lang, t, today};
use crate::stores::keys;
use layanan_core::base::date::CivilDate;
use layanan_core::base::ics;
use layanan_core::schedule::ckg::ckg_for_pregnancy;
use layanan_core::schedule::pregnancy::{check_hpht, pregnancy_plan, PregnancySchedule};
use layanan_core::schedule::read_date;
use layanan_core::schedule::reminders::{antenatal_events, Person};
use leptos::prelude::*;

#[component]
pub fn PregnancyPage() -> impl IntoView {
    set_meta(t(Key::pregnancy_title), t(Key::pregnancy_intro));
    let c = content();
    let schedule = &c.schedules.pregnancy;
    view! {
        <h1 tabindex="-1">{t(Key::pregnancy_heading)}</h1>
        <p>{t(Key::pregnancy_intro)}</p>
        <ReadAloud/>
        <Pregnancy schedule=schedule.clone()/>
        <CkgForPregnancy/>
        <p class="hint">{fill(t(Key::schedule_checked), &[("tanggal", &schedule.checked.long(lang()))])}</p>
    }
}

/// The HPHT is the phone's: read once the page has hydrated.
#[cfg_attr(feature = "checkers", island)]
#[cfg_attr(not(feature = "checkers"), component)]
fn Pregnancy(schedule: PregnancySchedule) -> impl IntoView {
    let schedule: &'static PregnancySchedule = crate::state::for_page(schedule);
    let today = today();
    let hpht = stored_date(
        keys::PREGNANCY_HPHT,
        |text, today| read_date(text).and_then(|d| check_hpht(d, today).map(|()| d)),
        today,
    );
    let downloaded = RwSignal::new(false);
    let download = move |_| {
        let Some(h) = hpht.checked.get_untracked().and_then(Result::ok) else { return };
        let Ok(plan) = pregnancy_plan(schedule, h, today) else { return };
        let who = t(Key::pregnancy_mother).to_string();
        let events = antenatal_events(Person { name: &who, date: h }, &plan, lang());
        downloaded.set(share::download(
            "jadwal-kehamilan.ics",
            "text/calendar;charset=utf-8",
            &ics::calendar(&events, crate::stores::drafts::now_ms()),
        ));
    };
    view! {
        <div class="form no-print">
            <DateField id="hpht" label=Key::pregnancy_hpht hint=Key::pregnancy_hpht_hint date=hpht/>
        </div>
        {move || hpht.date().map(|h| view! {
            <Plan schedule=schedule hpht=h today=today/>
            <div class="actions no-print">
                <button type="button" class="button" on:click=download>{t(Key::immunisation_ics)}</button>
                <button type="button" class="button button--secondary" on:click=|_| { let _ = window().print(); }>{t(Key::immunisation_print)}</button>
            </div>
            <p class="hint no-print" role="status">{move || downloaded.get().then(|| t(Key::ics_downloaded))}</p>
        })}
    }
}

#[component]
fn Plan(schedule: &'static PregnancySchedule, hpht: CivilDate, today: CivilDate) -> impl IntoView {
    let Ok(plan) = pregnancy_plan(schedule, hpht, today) else { return ().into_any() };
    let date = |d: CivilDate| d.long(lang());
    let (weeks, days) = (plan.age.weeks, plan.age.days);
    view! {
        <div class="panel">
            <p class="panel__big">{fill(t(Key::pregnancy_due), &[("tanggal", &date(plan.due_date))])}</p>
            <p>{fill(t(Key::pregnancy_age), &[("minggu", &weeks.to_string()), ("hari", &days.to_string())])}</p>
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
                    view! {
                        <tr>
                            <th scope="row">
                                {tri.name.get(lang()).to_string()}
                                {tri.unconfirmed.then(|| view! { " " <span class="tag tag--unconfirmed">{t(Key::unconfirmed)}</span> })}
                                <ul class="schedule__visits">
                                    {tp.visits.into_iter().map(|v| view! { <li>{v.name.get(lang()).to_string()}</li> }).collect_view()}
                                </ul>
                                {(tri.doctor_visits > 0).then(|| view! {
                                    <span class="schedule__note">{fill(t(Key::pregnancy_doctor), &[("jumlah", &tri.doctor_visits.to_string())])}</span>
                                })}
                            </th>
                            <td>{format!("{} – {}", date(tp.from), date(tp.until))}</td>
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
fn CkgForPregnancy() -> impl IntoView {
    let packages = ckg_for_pregnancy(&content().schedules.ckg, today());
    (!packages.is_empty()).then(|| view! {
        <section>
            <h2>{t(Key::pregnancy_ckg)}</h2>
            {packages.into_iter().map(|p| view! {
                <div class="card">
                    <h3 class="card__title">{p.name.get(lang()).to_string()}</h3>
                    <ul>{p.checks.iter().map(|c| view! { <li>{c.get(lang()).to_string()}</li> }).collect_view()}</ul>
                    <p class="hint">{p.place.get(lang()).to_string()}</p>
                </div>
            }).collect_view()}
        </section>
    })
}
