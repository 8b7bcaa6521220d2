//! Offices: address, opening hours with "open now" worked out on the phone in the office's own time zone, and
//! contacts. What is not recorded is said plainly.

use crate::i18n::{day_name, fill, Key};
use crate::site::content;
use crate::state::{is_hydrated, lang, t};
use layanan_core::base::hours::{format_minutes, LocalTime, OpenStatus, TimeZone, Weekday, WeeklyHours};
use layanan_core::catalog::Office;
use leptos::prelude::*;

/// "Buka sekarang, sampai pukul 15.00" or "Tutup. Buka lagi Senin pukul 08.00": it depends on the moment the
/// page is read, so the phone works it out once the page has hydrated; the pre-rendered page leaves it out.
#[island]
pub fn OpenNow(hours: WeeklyHours, zone: TimeZone) -> impl IntoView {
    move || {
        is_hydrated().then(|| {
            let now = LocalTime::from_utc_millis(crate::stores::drafts::now_ms(), zone.offset_minutes());
            let status = hours.status_at(now);
            let text = match status {
                OpenStatus::Open { closes_at } => fill(t(Key::office_open_now), &[("jam", &format_minutes(closes_at))]),
                OpenStatus::Closed { next: Some(next) } if next.day == now.day && next.minute > now.minute => {
                    fill(t(Key::office_closed_today_next), &[("jam", &format_minutes(next.minute))])
                }
                OpenStatus::Closed { next: Some(next) } => fill(
                    t(Key::office_closed_next),
                    &[("hari", day_name(lang(), next.day)), ("jam", &format_minutes(next.minute))],
                ),
                OpenStatus::Closed { next: None } => t(Key::office_closed).to_string(),
            };
            view! {
                <p class="open-now" class:open-now--open=matches!(status, OpenStatus::Open { .. })>
                    <span class="open-now__dot" aria-hidden="true"></span>
                    {text}
                </p>
            }
        })
    }
}

/// The weekly hours as a table.
#[component]
pub fn HoursTable(hours: &'static WeeklyHours) -> impl IntoView {
    view! {
        <table class="hours">
            <caption class="visually-hidden">{t(Key::office_hours)}</caption>
            <tbody>
                {Weekday::ALL.into_iter().map(|day| {
                    let spans = hours.day(day);
                    let text = if spans.0.is_empty() { t(Key::closed).to_string() } else { spans.to_string().replace('-', "–") };
                    view! {
                        <tr>
                            <th scope="row">{day_name(lang(), day)}</th>
                            <td>{text}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

fn unconfirmed_tag(unconfirmed: bool) -> Option<impl IntoView> {
    unconfirmed.then(|| view! { <span class="tag tag--unconfirmed">{t(Key::unconfirmed)}</span> })
}

/// The village office: address, open now, hours and contacts from the desa profile.
#[component]
pub fn DesaOffice() -> impl IntoView {
    let desa = &content().village;
    let contacts = desa.phone_link().is_some() || desa.whatsapp_link().is_some() || desa.email.is_some();
    view! {
        <section class="card office" aria-labelledby="kantor-desa">
            <h2 id="kantor-desa" class="card__title">{t(Key::home_office)}</h2>
            {desa.office_address.as_ref().map(|a| view! {
                <p class="office__address">
                    <span class="visually-hidden">{t(Key::office_address)} ": "</span>
                    {a.clone()} " " {unconfirmed_tag(desa.is_unconfirmed("alamat_kantor"))}
                </p>
            })}
            <OpenNow hours=desa.opening_hours.clone() zone=desa.time_zone/>
            <details class="office__hours">
                <summary>{t(Key::office_hours)} " " {unconfirmed_tag(desa.is_unconfirmed("jam_buka"))}</summary>
                <HoursTable hours=&desa.opening_hours/>
                {desa.hours_note.as_ref().map(|n| view! { <p class="hint">{n.get(lang()).to_string()}</p> })}
            </details>
            <div class="office__actions">
                {desa.phone_link().map(|link| {
                    let number = desa.phone.clone().unwrap_or_default();
                    view! { <a class="button" href=link>{fill(t(Key::office_call), &[("nomor", &number)])}</a> }
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
    let zone = content().village.time_zone;
    let unconfirmed = |field: &str| unconfirmed_tag(office.unconfirmed.iter().any(|f| f == field));
    let title = office.name.get(lang()).to_string();
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
                    <OpenNow hours=hours.clone() zone=zone/>
                    <details class="office__hours">
                        <summary>{t(Key::office_hours)} " " {unconfirmed("jam_buka")}</summary>
                        <HoursTable hours=hours/>
                    </details>
                }.into_any(),
                None => view! { <p class="hint">{t(Key::office_hours_unknown)}</p> }.into_any(),
            }}
            {office.hours_note.as_ref().map(|n| view! { <p class="hint">{n.get(lang()).to_string()}</p> })}
            <div class="office__actions">
                {office.phone.clone().map(|phone| {
                    let link = format!("tel:{}", phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>());
                    view! { <a class="button" href=link>{fill(t(Key::office_call), &[("nomor", &phone)])}</a> }
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
