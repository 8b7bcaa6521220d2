//! `/agenda`: the village's activities this week, later this month and next month, for everyone, by kind or
//! by dusun (each its own pre-rendered page, so the filters are plain links); `/agenda/:id`: one activity,
//! its next dates, a calendar file and the schedule as WhatsApp text.
//!
//! Pages are rendered with the build's date; the `Dates` island (`components::agenda_dates`) redraws the dates
//! from the phone's today.

use crate::components::agenda_dates::{rows, time_text, Dates, DatesView, EVENT_DAYS, LIST_DAYS};
use crate::components::not_found::NotFound;
use crate::components::sources::{Sources, StaleNote};
use crate::i18n::{day_name, fill, Key};
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{lang, t};
use layanan_core::agenda::recurrence::{Freq, Rule};
use layanan_core::agenda::{calendar, Event, Filter, Kind};
use layanan_core::base::date::month_name;
use layanan_core::base::hours::TimeZone;
use layanan_core::base::lang::Lang;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn kind_name(kind: Kind) -> Key {
    [
        Key::agenda_kind_posyandu,
        Key::agenda_kind_musdes,
        Key::agenda_kind_forum_warga,
        Key::agenda_kind_pelatihan,
        Key::agenda_kind_bazar_umkm,
        Key::agenda_kind_gotong_royong,
        Key::agenda_kind_bank_sampah,
        Key::agenda_kind_penyuluhan,
        Key::agenda_kind_lainnya,
    ][kind as usize]
}

#[component]
pub fn AgendaPage() -> impl IntoView {
    set_meta(t(Key::agenda_title), t(Key::agenda_intro));
    view! { <AgendaList filter=Filter::default() heading=t(Key::agenda_title).to_string()/> }
}

#[component]
pub fn AgendaKind() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let Some(kind) = Kind::from_key(&id) else { return view! { <NotFound/> }.into_any() };
    let heading = fill(t(Key::agenda_heading_for), &[("nama", t(kind_name(kind)))]);
    set_meta(heading.clone(), t(Key::agenda_intro));
    view! { <AgendaList filter=Filter { kind: Some(kind), dusun: None } heading=heading/> }.into_any()
}

#[component]
pub fn AgendaDusun() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let Some(name) = content().agenda.dusun_name(&id) else {
        return view! { <NotFound/> }.into_any();
    };
    let heading = fill(t(Key::agenda_heading_for), &[("nama", name)]);
    set_meta(heading.clone(), t(Key::agenda_intro));
    view! { <AgendaList filter=Filter { kind: None, dusun: Some(id) } heading=heading/> }.into_any()
}

/// The list page for one filter, with the filters as links.
#[component]
fn AgendaList(filter: Filter, heading: String) -> impl IntoView {
    let agenda = &content().agenda;
    let events: Vec<Event> = agenda.events.iter().filter(|e| filter.admits(e)).cloned().collect();
    let kinds: Vec<Kind> = Kind::ALL.into_iter().filter(|k| agenda.events.iter().any(|e| e.kind == *k)).collect();
    let link = |path: String, label: String, current: bool| {
        view! {
            <li><a href=href(&path) aria-current=current.then_some("page")>{label}</a></li>
        }
    };
    view! {
        <h1 tabindex="-1">{heading}</h1>
        <p>{t(Key::agenda_intro)}</p>
        <nav class="filters no-print" aria-label=t(Key::agenda_filters)>
            <ul class="filters__list">
                {link("/agenda".into(), t(Key::agenda_all).into(), filter == Filter::default())}
                {kinds.into_iter().map(|k| link(format!("/agenda/jenis/{}", k.key()), t(kind_name(k)).into(), filter.kind == Some(k))).collect_view()}
                {agenda.dusun.iter().map(|d| link(format!("/agenda/dusun/{}", d.id), d.name.clone(), filter.dusun.as_deref() == Some(&d.id))).collect_view()}
            </ul>
        </nav>
        <Dates rows=rows(&events.iter().collect::<Vec<_>>(), LIST_DAYS) view=DatesView::Periods built=crate::state::today()
            example=events.iter().any(|e| e.example)/>
    }
}

#[component]
pub fn EventPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let Some(event) = content().agenda.event(&id) else {
        return view! { <NotFound/> }.into_any();
    };
    let lang = lang();
    let text = |t: &layanan_core::base::lang::Text| t.get(lang).to_string();
    set_meta(text(&event.title), text(&event.summary));
    let c = content();
    let services: Vec<_> = event.services.iter().filter_map(|s| c.service(s)).collect();
    let dusun = if event.dusun.is_empty() {
        t(Key::agenda_whole_desa).to_string()
    } else {
        event.dusun.iter().filter_map(|d| c.agenda.dusun_name(d)).collect::<Vec<_>>().join(", ")
    };
    view! {
        <p class="service__sector"><a href=href("/agenda")>{t(Key::agenda_title)}</a></p>
        <h1 tabindex="-1">{text(&event.title)}</h1>
        <StaleNote checked=Some(event.checked)/>
        {event.example.then(|| view! { <p><span class="tag tag--unconfirmed">{t(Key::agenda_example)}</span></p> })}
        <p class="lead">{text(&event.summary)}</p>
        <dl class="facts">
            <dt>{t(Key::agenda_when)}</dt><dd>{when(event, c.village.time_zone, lang)}</dd>
            <dt>{t(Key::agenda_place)}</dt><dd>{text(&event.place)}</dd>
            <dt>{t(Key::agenda_dusun)}</dt><dd>{dusun}</dd>
            <dt>{t(Key::agenda_for)}</dt><dd>{text(&event.audience)}</dd>
            <dt>{t(Key::agenda_bring)}</dt>
            <dd>{if event.bring.is_empty() { t(Key::agenda_bring_nothing).to_string() } else { event.bring.iter().map(text).collect::<Vec<_>>().join(", ") }}</dd>
            <dt>{t(Key::agenda_organiser)}</dt><dd>{text(&event.organiser)}</dd>
        </dl>
        <h2>{t(Key::agenda_next)}</h2>
        <Dates rows=rows(&[event], EVENT_DAYS) view=DatesView::One { share: share_template(event), calendar: calendar_href(event) }
            built=crate::state::today() example=event.example/>
        {(!services.is_empty()).then(|| view! {
            <section class="no-print">
                <h2>{t(Key::agenda_services)}</h2>
                <ul>{services.iter().map(|s| view! { <li><a href=href(&format!("/layanan/{}", s.id))>{text(&s.name)}</a></li> }).collect_view()}</ul>
            </section>
        })}
        <Sources sources=event.sources.clone() checked=event.checked.long(lang)/>
    }
    .into_any()
}

/// "Setiap Selasa kedua tiap bulan", from the rule or the explicit dates.
fn when(event: &Event, zone: TimeZone, lang: Lang) -> String {
    let time = time_text(event, zone);
    let days = match &event.rule {
        Some(rule) => rule_words(rule, lang),
        None => event.dates.iter().map(|d| d.long_with_day(lang)).collect::<Vec<_>>().join("; "),
    };
    format!("{days}, {time}")
}

fn rule_words(rule: &Rule, lang: Lang) -> String {
    let tx = |k: Key| crate::i18n::text(lang, k);
    let day = rule.days.first().map_or(rule.start.weekday(), |d| d.0);
    let days = if rule.days.is_empty() {
        day_name(lang, day).to_string()
    } else {
        rule.days.iter().map(|d| day_name(lang, d.0)).collect::<Vec<_>>().join(", ")
    };
    let n = rule.interval.to_string();
    let ordinal = |nth: i8| {
        tx([Key::ordinal_last, Key::ordinal_1, Key::ordinal_2, Key::ordinal_3, Key::ordinal_4, Key::ordinal_5]
            [nth.clamp(0, 5) as usize])
    };
    let words = match (rule.freq, rule.nth, rule.month_day) {
        (Freq::Weekly, _, _) if rule.interval == 1 => fill(tx(Key::agenda_rule_weekly), &[("hari", &days)]),
        (Freq::Weekly, _, _) => fill(tx(Key::agenda_rule_weeks), &[("hari", &days), ("jumlah", &n)]),
        (Freq::Monthly, Some(nth), _) => {
            fill(tx(Key::agenda_rule_monthly_nth), &[("hari", &days), ("ke", ordinal(if nth < 0 { 0 } else { nth }))])
        }
        (Freq::Monthly, None, Some(-1)) => tx(Key::agenda_rule_monthly_last).to_string(),
        (Freq::Monthly, None, d) => fill(
            tx(Key::agenda_rule_monthly_day),
            &[("tanggal", &d.map_or(rule.start.day(), |d| d as u32).to_string())],
        ),
        (Freq::Yearly, _, d) => {
            let months: Vec<u32> = if rule.months.is_empty() { vec![rule.start.month()] } else { rule.months.clone() };
            let day = d.map_or(rule.start.day(), |d| d as u32);
            let dates = months.iter().map(|m| format!("{day} {}", month_name(*m, lang))).collect::<Vec<_>>().join(", ");
            fill(tx(Key::agenda_rule_yearly), &[("tanggal", &dates)])
        }
    };
    if rule.freq == Freq::Monthly && rule.interval > 1 {
        fill(tx(Key::agenda_rule_every_months), &[("aturan", &words), ("jumlah", &n)])
    } else {
        words
    }
}

/// The WhatsApp text of an activity, all but its next dates and the page's address.
fn share_template(event: &Event) -> String {
    let lang = lang();
    let zone = content().village.time_zone;
    fill(
        t(Key::agenda_share_text),
        &[("kegiatan", event.title.get(lang)), ("kapan", &when(event, zone, lang)), ("tempat", event.place.get(lang))],
    )
}

/// Where the build writes an activity's calendar file: `agenda/<id>.ics`, beside its page.
fn calendar_href(event: &Event) -> String {
    format!("{}.ics", href(&format!("/agenda/{}", event.id)).trim_end_matches('/'))
}

/// An activity's calendar file in one language, written by the build. Its DTSTAMP is the date the activity's
/// facts were checked, so the same content always gives the same file.
pub fn calendar_file(content: &layanan_core::content::Content, event: &Event, lang: Lang) -> String {
    let desa = &content.village;
    let bring = event.bring.iter().map(|b| b.get(lang)).collect::<Vec<_>>().join(", ");
    let bring = if bring.is_empty() { crate::i18n::text(lang, Key::agenda_bring_nothing).to_string() } else { bring };
    let description = fill(
        crate::i18n::text(lang, Key::agenda_calendar_description),
        &[("ringkasan", event.summary.get(lang)), ("bawa", &bring), ("aplikasi", desa.app_name.get(lang))],
    );
    let words = calendar::Wording { title: event.title.get(lang), place: event.place.get(lang), description };
    let uid_domain = desa.name.to_lowercase().split_whitespace().collect::<Vec<_>>().join("-");
    calendar::calendar(&[(event, words)], desa.time_zone, &uid_domain, event.checked.days_since_epoch() * 86_400_000)
}
