//! The dates of the village's activities, from the phone's today: the agenda's lists, an activity's page, and a
//! service page's "Jadwal kegiatan". Pages carry the dates worked out at build (the `Dates` island only picks
//! those from today on), so neither the rules nor the content travel in the wasm.

use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::site::content;
use crate::state::{is_hydrated, lang, t};
use layanan_core::agenda::{between, calendar, periods, Event, Filter};
use layanan_core::base::date::CivilDate;
use layanan_core::base::hours::{format_minutes, TimeZone};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// How far ahead a list page carries dates: its "next month" stays right for about two months after a build.
pub const LIST_DAYS: i64 = 120;
/// How far ahead an activity's own page carries its dates.
pub const EVENT_DAYS: i64 = 400;

/// The occurrences of `events` from the build's date on, worded for the page's language: the island only
/// picks the ones from the phone's today, so neither the rules nor the content travel in the wasm.
pub fn rows(events: &[&Event], days: i64) -> Vec<Row> {
    let c = content();
    let lang = lang();
    let from = crate::state::today();
    let owned: Vec<Event> = events.iter().map(|e| (*e).clone()).collect();
    between(&owned, &Filter::default(), from, from.add_days(days))
        .into_iter()
        .map(|o| {
            let e = o.event;
            let dusun = e.dusun.iter().filter_map(|d| c.agenda.dusun_name(d)).collect::<Vec<_>>().join(", ");
            let place = e.place.get(lang).to_string();
            Row {
                date: o.date,
                day: o.date.long_with_day(lang),
                time: time_text(e, c.village.time_zone),
                title: e.title.get(lang).to_string(),
                href: href(&format!("/agenda/{}", e.id)),
                place: if dusun.is_empty() { place } else { format!("{place} ({dusun})") },
                moved: o.moved.map(|(from, why)| {
                    fill(t(Key::agenda_moved), &[("tanggal", &from.long_with_day(lang)), ("alasan", why.get(lang))])
                }),
            }
        })
        .collect()
}

/// One date of one activity, as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    date: CivilDate,
    day: String,
    time: String,
    title: String,
    href: String,
    place: String,
    moved: Option<String>,
}

/// The next dates of the activities linked to a service, for its page.
#[component]
pub fn ServiceAgenda(service: String) -> impl IntoView {
    let events: Vec<Event> =
        content().agenda.events.iter().filter(|e| e.services.contains(&service)).cloned().collect();
    (!events.is_empty()).then(|| view! {
        <section class="no-print">
            <h2>{t(Key::agenda_for_service)}</h2>
            <Dates rows=rows(&events.iter().collect::<Vec<_>>(), LIST_DAYS) view=DatesView::Service built=crate::state::today()
                example=events.iter().any(|e| e.example)/>
        </section>
    })
}

/// "08.00–11.00 WIB", or "Sepanjang hari".
pub fn time_text(event: &Event, zone: TimeZone) -> String {
    match calendar::span(event) {
        Some(s) => format!("{}–{} {zone:?}", format_minutes(s.start), format_minutes(s.end)),
        None => t(Key::agenda_all_day).to_string(),
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DatesView {
    /// This week, later this month, next month.
    Periods,
    /// The next date of each activity (a service page).
    Service,
    /// The next dates of one activity, with its calendar file and the WhatsApp text (`{tanggal}` and
    /// `{alamat}` are filled in by the island).
    One { share: String, calendar: String },
}

/// Dates from the phone's today. Drawn first with the build's date, which hydration expects, then again if the
/// phone's day is another. Past the last date the build carries, the list says so instead of going blank.
#[cfg_attr(feature = "agenda", island)]
#[cfg_attr(not(feature = "agenda"), component)]
pub fn Dates(rows: Vec<Row>, view: DatesView, built: CivilDate, example: bool) -> impl IntoView {
    let rows: &'static [Row] = crate::state::list_for_page(rows);
    let today = RwSignal::new(built);
    Effect::new(move |_| {
        let now = crate::state::today();
        if is_hydrated() && now != today.get_untracked() {
            today.set(now);
        }
    });
    let item = |r: &'static Row, show_title: bool| {
        view! {
            <li class="agenda__item">
                <p class="agenda__date"><strong>{r.day.clone()}</strong> " · " {r.time.clone()}</p>
                {show_title.then(|| view! { <p class="agenda__title"><a href=r.href.clone()>{r.title.clone()}</a></p> })}
                <p class="hint">{r.place.clone()}</p>
                {r.moved.clone().map(|m| view! { <p class="agenda__moved">{m}</p> })}
            </li>
        }
    };
    let list = move |found: Vec<&'static Row>, show_title: bool, empty: Key| {
        if found.is_empty() {
            view! { <p>{t(empty)}</p> }.into_any()
        } else {
            view! { <ul class="agenda__list">{found.into_iter().map(|r| item(r, show_title)).collect_view()}</ul> }
                .into_any()
        }
    };
    let view = StoredValue::new(view);
    let dates = move || {
        let today = today.get();
        let from_today = rows.iter().filter(move |r| r.date >= today);
        match view.get_value() {
            DatesView::Periods => {
                let names = [Key::agenda_this_week, Key::agenda_this_month, Key::agenda_next_month];
                let sections = periods(today).into_iter().zip(names).map(|((from, to), name)| view! {
                    <section class="agenda">
                        <h2>{t(name)}</h2>
                        {list(rows.iter().filter(|r| r.date >= from && r.date <= to).collect(), true, Key::agenda_none)}
                    </section>
                }).collect_view();
                view! {
                    {sections}
                    <button type="button" class="button button--secondary no-print" on:click=|_| { let _ = window().print(); }>{t(Key::agenda_print)}</button>
                }.into_any()
            }
            DatesView::Service => {
                let mut seen = Vec::new();
                let next: Vec<&Row> = from_today
                    .filter(|r| {
                        if seen.contains(&&r.href) {
                            false
                        } else {
                            seen.push(&r.href);
                            true
                        }
                    })
                    .collect();
                list(next, true, Key::agenda_none_coming)
            }
            DatesView::One { share, calendar } => {
                let next: Vec<&Row> = from_today.take(5).collect();
                let dates = next.iter().take(3).map(|r| r.day.as_str()).collect::<Vec<_>>().join("; ");
                let page = rows.first().map(|r| r.href.clone()).unwrap_or_default();
                let address = if is_hydrated() { crate::browser::share::absolute_href(&page) } else { page };
                let message = fill(&share, &[("tanggal", &dates), ("alamat", &address)]);
                view! {
                    {list(next, false, Key::agenda_none_coming)}
                    <div class="actions no-print">
                        <a class="button" href=calendar download="">{t(Key::agenda_add_calendar)}</a>
                        <a class="button button--secondary" href=crate::browser::share::whatsapp_link(&message) rel="noopener">{t(Key::agenda_share_whatsapp)}</a>
                        <button type="button" class="button button--secondary" on:click=|_| { let _ = window().print(); }>{t(Key::agenda_print)}</button>
                    </div>
                    <p class="hint no-print">{t(Key::agenda_calendar_hint)}</p>
                }
                .into_any()
            }
        }
    };
    // Said once above a list, not on every row.
    view! {
        {example.then(|| view! { <p><span class="tag tag--unconfirmed">{t(Key::agenda_examples)}</span></p> })}
        {dates}
    }
}
