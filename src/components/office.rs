//! Opening hours with "open now" computed in the office's own time zone.

use crate::i18n::{day_name, fill, Key};
use crate::state::{t, use_state};
use layanan_core::catalog::Office;
use layanan_core::hours::{format_minutes, LocalTime, OpenStatus, TimeZone, Weekday, WeeklyHours};
use leptos::prelude::*;

/// The current moment in a time zone, from the device clock.
pub fn local_now(zone: TimeZone) -> LocalTime {
    LocalTime::from_utc_millis(js_sys::Date::now() as i64, zone.offset_minutes())
}

/// "Buka sekarang, sampai pukul 15.00" or "Tutup. Buka lagi Senin pukul 08.00".
#[component]
pub fn OpenNow(hours: &'static WeeklyHours, zone: TimeZone) -> impl IntoView {
    let state = use_state();
    let now = local_now(zone);
    let status = hours.status_at(now);
    let open = matches!(status, OpenStatus::Open { .. });
    let text = move || {
        let lang = state.lang.get();
        match status {
            OpenStatus::Open { closes_at } => {
                fill(state.t(Key::office_open_now), &[("jam", &format_minutes(closes_at))])
            }
            OpenStatus::Closed { next: Some(next) } if next.day == now.day && next.minute > now.minute => {
                fill(state.t(Key::office_closed_today_next), &[("jam", &format_minutes(next.minute))])
            }
            OpenStatus::Closed { next: Some(next) } => fill(
                state.t(Key::office_closed_next),
                &[("hari", day_name(lang, next.day)), ("jam", &format_minutes(next.minute))],
            ),
            OpenStatus::Closed { next: None } => state.t(Key::office_closed).to_string(),
        }
    };
    view! {
        <p class="open-now" class:open-now--open=open>
            <span class="open-now__dot" aria-hidden="true"></span>
            {text}
        </p>
    }
}

/// The weekly hours as a table, today's row marked.
#[component]
pub fn HoursTable(hours: &'static WeeklyHours, zone: TimeZone) -> impl IntoView {
    let state = use_state();
    let today = local_now(zone).day;
    view! {
        <table class="hours">
            <caption class="visually-hidden">{t(Key::office_hours)}</caption>
            <tbody>
                {Weekday::ALL
                    .into_iter()
                    .map(|day| {
                        let spans = hours.day(day);
                        let text = move || {
                            if spans.0.is_empty() { state.t(Key::closed).to_string() } else { spans.to_string().replace('-', "–") }
                        };
                        view! {
                            <tr class:hours__today=day == today>
                                <th scope="row">{move || day_name(state.lang.get(), day)}</th>
                                <td>{text}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// The village office: address, open now, hours and contacts from the desa profile.
#[component]
pub fn DesaOffice() -> impl IntoView {
    let state = use_state();
    let desa = &crate::state::content().desa;
    let unconfirmed = move |field: &str| {
        desa.is_unconfirmed(field).then(|| view! { <span class="tag tag--unconfirmed">{t(Key::unconfirmed)}</span> })
    };
    let contacts = desa.phone_link().is_some() || desa.whatsapp_link().is_some() || desa.email.is_some();
    view! {
        <section class="card office" aria-labelledby="kantor-desa">
            <h2 id="kantor-desa" class="card__title">{t(Key::home_office)}</h2>
            {desa.alamat_kantor.as_ref().map(|a| view! {
                <p class="office__address">
                    <span class="visually-hidden">{t(Key::office_address)} ": "</span>
                    {a.clone()} " " {unconfirmed("alamat_kantor")}
                </p>
            })}
            <OpenNow hours=&desa.jam_buka zone=desa.zona_waktu/>
            <details class="office__hours">
                <summary>{t(Key::office_hours)} " " {unconfirmed("jam_buka")}</summary>
                <HoursTable hours=&desa.jam_buka zone=desa.zona_waktu/>
                {desa.catatan_jam.as_ref().map(|n| view! { <p class="hint">{move || n.get(state.lang.get()).to_string()}</p> })}
            </details>
            <div class="office__actions">
                {desa.phone_link().map(|link| {
                    let number = desa.telepon.clone().unwrap_or_default();
                    view! {
                        <a class="button" href=link>
                            {move || fill(state.t(Key::office_call), &[("nomor", &number)])}
                        </a>
                    }
                })}
                {desa.whatsapp_link().map(|link| view! {
                    <a class="button button--secondary" href=link rel="noopener">{t(Key::office_chat)}</a>
                })}
                {desa.email.clone().map(|email| view! {
                    <a class="button button--secondary" href=format!("mailto:{email}")>{email.clone()}</a>
                })}
            </div>
            {(!contacts).then(|| view! { <p class="hint">{t(Key::office_no_contact)}</p> })}
        </section>
    }
}

/// An office from the catalogue: address, open now, hours and contacts; what is not recorded is said plainly.
#[component]
pub fn OfficeCard(office: &'static Office, #[prop(optional)] heading_level: Option<u8>) -> impl IntoView {
    let state = use_state();
    let zone = crate::state::content().desa.zona_waktu;
    let unconfirmed = move |field: &str| {
        office.unconfirmed.iter().any(|f| f == field).then(|| view! { <span class="tag tag--unconfirmed">{t(Key::unconfirmed)}</span> })
    };
    let title = move || office.name.get(state.lang.get()).to_string();
    let heading = match heading_level.unwrap_or(3) {
        2 => view! { <h2 class="card__title">{title}</h2> }.into_any(),
        _ => view! { <h3 class="card__title">{title}</h3> }.into_any(),
    };
    view! {
        <section class="card office">
            {heading}
            <p class="office__address">
                {match &office.address {
                    Some(a) => view! { {a.clone()} " " {unconfirmed("alamat")} }.into_any(),
                    None => view! { <span class="hint">{t(Key::office_address_unknown)}</span> }.into_any(),
                }}
            </p>
            {match &office.hours {
                Some(hours) => view! {
                    <OpenNow hours=hours zone=zone/>
                    <details class="office__hours">
                        <summary>{t(Key::office_hours)} " " {unconfirmed("jam_buka")}</summary>
                        <HoursTable hours=hours zone=zone/>
                    </details>
                }.into_any(),
                None => view! { <p class="hint">{t(Key::office_hours_unknown)}</p> }.into_any(),
            }}
            {office.hours_note.as_ref().map(|n| view! { <p class="hint">{move || n.get(state.lang.get()).to_string()}</p> })}
            <div class="office__actions">
                {office.phone.clone().map(|phone| {
                    let link = format!("tel:{}", phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>());
                    view! { <a class="button" href=link>{move || fill(state.t(Key::office_call), &[("nomor", &phone)])}</a> }
                })}
                {office.whatsapp.clone().map(|wa| view! {
                    <a class="button button--secondary" href=format!("https://wa.me/{wa}") rel="noopener">{t(Key::office_chat)}</a>
                })}
                {office.map.clone().map(|map| view! {
                    <a class="button button--secondary" href=map rel="noopener">{t(Key::office_map)}</a>
                })}
            </div>
        </section>
    }
}
