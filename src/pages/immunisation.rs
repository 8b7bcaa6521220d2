//! `/cek/imunisasi`: a child's immunisation plan from the birth date: the next Posyandu visit first, then every
//! dose with its window and what to do about it today, a tick for each dose already given (kept on this phone),
//! a printable card with the child's name, and an `.ics` file with one reminder per visit.

use crate::browser::share;
use crate::components::date_field::{stored_date, DateField};
use crate::components::read_aloud::ReadAloud;
use crate::i18n::{fill, Key};
use crate::site::{content, set_meta};
use crate::state::{lang, t, today};
use crate::stores::kept::{kept, Kept};
use crate::stores::keys;
use layanan_core::base::date::CivilDate;
use layanan_core::base::ics;
use layanan_core::schedule::immunisation::{immunisation_plan, next_visit, Dose, ImmunisationSchedule};
use layanan_core::schedule::read_birth_date;
use layanan_core::schedule::reminders::{immunisation_events, Person};
use layanan_core::schedule::Status;
use leptos::prelude::*;

#[component]
pub fn ImmunisationPage() -> impl IntoView {
    set_meta(t(Key::immunisation_title), t(Key::immunisation_intro));
    let schedule = &content().schedules.immunisation;
    view! {
        <h1 tabindex="-1">{t(Key::immunisation_heading)}</h1>
        <p>{t(Key::immunisation_intro)}</p>
        <ReadAloud/>
        <Immunisation schedule=schedule.clone()/>
        <p class="hint">{fill(t(Key::schedule_checked), &[("tanggal", &schedule.checked.long(lang()))])}</p>
        <ul class="sources hint">
            {schedule.sources.iter().map(|s| match &s.url {
                Some(u) => view! { <li><a href=u.clone() rel="noopener">{s.title.clone()}</a></li> }.into_any(),
                None => view! { <li>{s.title.clone()}</li> }.into_any(),
            }).collect_view()}
        </ul>
    }
}

fn date_text(d: CivilDate) -> String {
    d.long(lang())
}

/// The birth date, the child's name and the ticks are the phone's: read once the page has hydrated.
#[cfg_attr(feature = "checkers", island)]
#[cfg_attr(not(feature = "checkers"), component)]
fn Immunisation(schedule: ImmunisationSchedule) -> impl IntoView {
    let schedule: &'static ImmunisationSchedule = crate::state::for_page(schedule);
    provide_context(Schedule(schedule));
    let name = kept::<String>(keys::IMMUNISATION_NAME);
    let given = kept::<Vec<String>>(keys::IMMUNISATION_GIVEN);
    let toggle = move |id: String, on: bool| {
        given.update(|g| {
            g.retain(|x| *x != id);
            if on {
                g.push(id);
            }
        });
    };
    let today = today();
    let birth = stored_date(keys::IMMUNISATION_BIRTH, read_birth_date, today);
    let downloaded = RwSignal::new(false);
    let download = move |_| {
        let Some(b) = birth.checked.get_untracked().and_then(Result::ok) else { return };
        let plan = immunisation_plan(schedule, b, today);
        let who = name.get_untracked();
        let who = if who.trim().is_empty() { t(Key::immunisation_child).to_string() } else { who };
        let events = immunisation_events(Person { name: &who, date: b }, &plan, &given.get_untracked(), lang());
        let file = ics::calendar(&events, js_sys::Date::now() as i64);
        downloaded.set(share::download("jadwal-imunisasi.ics", "text/calendar;charset=utf-8", &file));
    };
    view! {
        <div class="form no-print">
            <DateField id="lahir" label=Key::immunisation_birth date=birth/>
            <div class="field">
                <label class="field__label" for="nama-anak">{t(Key::immunisation_name)}<span class="field__optional">" " {t(Key::form_optional)}</span></label>
                <p class="hint field__hint" id="nama-anak-petunjuk">{t(Key::immunisation_name_hint)}</p>
                <input class="field__input" id="nama-anak" type="text" autocomplete="off" aria-describedby="nama-anak-petunjuk"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
        </div>
        {move || birth.date().map(|b| view! {
            <NextVisit birth=b today=today given=given/>
            <Plan birth=b today=today name=name given=given on_toggle=Callback::new(move |(id, on)| toggle(id, on))/>
            <div class="actions no-print">
                <button type="button" class="button" on:click=download>{t(Key::immunisation_ics)}</button>
                <button type="button" class="button button--secondary" on:click=|_| { let _ = window().print(); }>{t(Key::immunisation_print)}</button>
            </div>
            <p class="hint no-print" role="status">{move || downloaded.get().then(|| t(Key::ics_downloaded))}</p>
        })}
    }
}

/// The schedule the island was given, for its parts.
#[derive(Clone, Copy)]
struct Schedule(&'static ImmunisationSchedule);

/// "Kunjungan berikutnya": the first day a dose not yet given can be had, and the doses to ask for then.
#[component]
fn NextVisit(birth: CivilDate, today: CivilDate, given: Kept<Vec<String>>) -> impl IntoView {
    let plan = immunisation_plan(expect_context::<Schedule>().0, birth, today);
    let visit = move || {
        given.with(|g| {
            next_visit(&plan, g, today)
                .map(|v| (v.date, v.doses.iter().map(|d| d.vaccine.name.clone()).collect::<Vec<_>>()))
        })
    };
    view! {
        <section class="panel next-visit" aria-labelledby="kunjungan-berikutnya">
            <h2 id="kunjungan-berikutnya">{t(Key::immunisation_next_visit)}</h2>
            {move || match visit() {
                Some((date, doses)) => view! {
                    <p class="next-visit__date">
                        {move || if date <= today { t(Key::immunisation_next_now).to_string() } else { date_text(date) }}
                    </p>
                    <ul>{doses.into_iter().map(|n| view! { <li>{n.get(lang()).to_string()}</li> }).collect_view()}</ul>
                }.into_any(),
                None => view! { <p>{t(Key::immunisation_all_given)}</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Plan(
    birth: CivilDate,
    today: CivilDate,
    name: Kept<String>,
    given: Kept<Vec<String>>,
    on_toggle: Callback<(String, bool)>,
) -> impl IntoView {
    let plan = immunisation_plan(expect_context::<Schedule>().0, birth, today);
    let caption = move || {
        let born = date_text(birth);
        match name.get().trim() {
            "" => fill(t(Key::immunisation_caption), &[("tanggal", &born)]),
            child => fill(t(Key::immunisation_caption_named), &[("nama", child), ("tanggal", &born)]),
        }
    };
    view! {
        <table class="schedule">
            <caption class="schedule__caption">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(Key::immunisation_vaccine)}</th>
                    <th scope="col">{t(Key::immunisation_when)}</th>
                    <th scope="col">{t(Key::immunisation_status)}</th>
                </tr>
            </thead>
            <tbody>
                {plan.into_iter().map(|dose| view! { <DoseRow dose=dose given=given on_toggle=on_toggle/> }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn DoseRow(dose: Dose<'static>, given: Kept<Vec<String>>, on_toggle: Callback<(String, bool)>) -> impl IntoView {
    let rule = dose.vaccine;
    let (from, until, last, status) = (dose.due_from, dose.due_until, dose.last_allowed, dose.status);
    let id = rule.id.clone();
    let is_given = {
        let id = id.clone();
        move || given.with(|g| g.contains(&id))
    };
    let tick_id = format!("diberikan-{}", rule.id);
    view! {
        <tr class:schedule__row--given=is_given.clone()>
            <th scope="row">
                {rule.name.get(lang()).to_string()}
                {rule.unconfirmed.then(|| view! { " " <span class="tag tag--unconfirmed">{t(Key::unconfirmed)}</span> })}
                {rule.notes.iter().map(|n| view! { <span class="schedule__note">{n.get(lang()).to_string()}</span> }).collect_view()}
            </th>
            <td>
                {format!("{} – {}", date_text(from), date_text(until))}
                {last.map(|l| view! { <span class="schedule__note">{fill(t(Key::immunisation_last), &[("tanggal", &date_text(l))])}</span> })}
            </td>
            <td>
                <DoseStatus status=status given=Signal::derive(is_given.clone())/>
                {(status != Status::TooLateForThisDose).then(|| view! {
                    <span class="schedule__tick no-print">
                        <input type="checkbox" class="checklist__box" id=tick_id.clone() prop:checked=is_given.clone()
                            on:change=move |ev| on_toggle.run((id.clone(), event_target_checked(&ev)))/>
                        <label for=tick_id.clone()>
                            {t(Key::immunisation_given)}
                            <span class="visually-hidden">": " {rule.name.get(lang()).to_string()}</span>
                        </label>
                    </span>
                })}
            </td>
        </tr>
    }
}

/// What to do about a dose today, in words a parent acts on.
#[component]
fn DoseStatus(status: Status, given: Signal<bool>) -> impl IntoView {
    move || {
        let (key, class) = match (given.get(), status) {
            (true, _) => (Key::immunisation_status_given, "tag tag--done"),
            (false, Status::DueNow) => (Key::immunisation_status_now, "tag tag--due"),
            (false, Status::Past) => (Key::immunisation_status_late, "tag tag--late"),
            (false, Status::Upcoming) => (Key::immunisation_status_later, "tag tag--upcoming"),
            (false, Status::TooLateForThisDose) => (Key::immunisation_status_too_late, "tag tag--too-late"),
        };
        view! { <span class=class>{t(key)}</span> }
    }
}
