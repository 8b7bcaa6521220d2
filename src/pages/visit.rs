//! `/kunjungan`: the one-visit planner. The resident picks services (or taps "Tambah ke rencana kunjungan" on
//! a service page, a plain link to `?tambah=<id>`), and sees one list of what to bring, the offices in
//! visiting order with what is done and handed in at each, and the next days all of them are open.
//!
//! The plan is a draft of the pseudo-form `rencana-kunjungan`, so it survives reloads and is listed, exported
//! and wiped with the drafts. The page is pre-rendered empty; the island opens the plan once hydrated.

use crate::browser::url::use_page_url;
use crate::components::needs_js::NeedsJavaScript;
use crate::components::text_share::TextShare;
use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{is_hydrated, lang, t, today};
use crate::stores::drafts::{new_id, now_ms, with_repo};
use layanan_core::drafts::{Draft, Id};
use layanan_core::visit::{
    bring_line, chosen, item_line, open_days, plan, plan_text, Note, PlanOffice, Planner, Words, PLAN_FORM,
    SERVICES_FIELD, TICKS_FIELD,
};
use leptos::prelude::*;

/// How many common open days the page offers.
const DAYS_SHOWN: usize = 3;

#[component]
pub fn VisitPage() -> impl IntoView {
    set_meta(t(Key::visit_title), t(Key::visit_intro));
    let c = content();
    view! {
        <h1 tabindex="-1">{t(Key::visit_title)}</h1>
        <p class="lead">{t(Key::visit_intro)}</p>
        <NeedsJavaScript/>
        <VisitPlanner planner=c.planner()/>
        {c.holidays.as_ref().map(|h| view! {
            <p class="hint">{fill(t(Key::visit_holidays_source), &[
                ("sumber", &h.sources.iter().map(|s| s.title.as_str()).collect::<Vec<_>>().join("; ")),
                ("tanggal", &h.checked.long(lang())),
            ])}</p>
        })}
    }
}

/// The plan named in the address, else the one changed last for the person the phone is used for now (the
/// active neighbour in volunteer mode, or the owner), else a new one filed under that person: a plan belongs
/// to the person it is made for, like a draft.
fn open(draft_id: Option<&str>) -> Draft {
    let named = draft_id.and_then(Id::parse).and_then(|id| with_repo(|r| r.load(&id).ok()));
    let person = crate::stores::settings::active_profile();
    named
        .filter(|d| d.form_id() == PLAN_FORM)
        .or_else(|| {
            let latest = crate::stores::drafts::begun(PLAN_FORM).into_iter().max_by_key(|e| e.updated_ms)?;
            with_repo(|r| r.load(&latest.id).ok())
        })
        .unwrap_or_else(|| match &person {
            Some(p) => Draft::for_profile(new_id(), PLAN_FORM, 1, p, &[], now_ms()),
            None => Draft::new(new_id(), PLAN_FORM, 1, now_ms()),
        })
}

/// Changes one answer of the plan and saves it at once.
fn change(draft: RwSignal<Draft>, field: &str, value: &str) {
    let mut d = draft.get_untracked();
    if d.set_answer(field, value) && d.should_save() {
        let _ = with_repo(|r| r.save(&mut d, now_ms()));
    }
    draft.set(d);
}

fn list_of(raw: Option<&str>) -> Vec<String> {
    raw.unwrap_or("").split(',').filter(|s| !s.is_empty()).map(String::from).collect()
}

fn words() -> Words {
    Words {
        title: t(Key::visit_title).into(),
        bring: t(Key::visit_bring).into(),
        original: t(Key::visit_original).into(),
        copies: t(Key::visit_copies).into(),
        copies_for: t(Key::visit_copies_for).into(),
        only_if: t(Key::visit_only_if).into(),
        visits: t(Key::visit_route).into(),
        open_days: t(Key::visit_days).into(),
    }
}

#[cfg_attr(feature = "planner", island)]
#[cfg_attr(not(feature = "planner"), component)]
fn VisitPlanner(planner: Planner) -> impl IntoView {
    let planner: &'static Planner = crate::state::for_page(planner);
    let url = use_page_url();
    let draft = RwSignal::new(Draft::new(Id::parse("0000000000000000").expect("a valid id"), PLAN_FORM, 1, 0));
    let added = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if !is_hydrated() {
            return;
        }
        untrack(|| {
            draft.set(open(url.query("draf").as_deref()));
            if let Some(service) = url.query("tambah").and_then(|id| planner.service(&id)) {
                let mut ids = draft.with_untracked(|d| chosen(d.answer(SERVICES_FIELD), planner));
                if !ids.contains(&service.id) {
                    ids.push(service.id.clone());
                    change(draft, SERVICES_FIELD, &ids.join(","));
                }
                added.set(Some(service.name.get(lang()).to_string()));
            }
            url.replace(&format!("/kunjungan?draf={}", draft.with_untracked(|d| d.id().as_str().to_string())));
        });
    });
    let services = Memo::new(move |_| draft.with(|d| chosen(d.answer(SERVICES_FIELD), planner)));
    let set_services = move |ids: Vec<String>| change(draft, SERVICES_FIELD, &ids.join(","));
    let remove = move |id: String| {
        added.set(None);
        set_services(services.get_untracked().into_iter().filter(|x| *x != id).collect());
    };
    let pick = RwSignal::new(String::new());
    let add = move |_| {
        let id = pick.get_untracked();
        if let Some(s) = planner.service(&id) {
            let mut ids = services.get_untracked();
            if !ids.contains(&id) {
                ids.push(id);
                set_services(ids);
            }
            added.set(Some(s.name.get(lang()).to_string()));
            pick.set(String::new());
        }
    };
    view! {
        <p class="banner banner--info" role="status" hidden=move || added.get().is_none()>
            {move || added.get().map(|name| fill(t(Key::visit_added), &[("nama", &name)]))}
        </p>
        <section aria-labelledby="rencana-layanan">
            <h2 id="rencana-layanan">{t(Key::visit_chosen)}</h2>
            {move || {
                let ids = services.get();
                if ids.is_empty() {
                    return view! { <p>{t(Key::visit_none)}</p> }.into_any();
                }
                view! {
                    <ul class="plan-services">
                        {ids.into_iter().filter_map(|id| planner.service(&id)).map(|s| {
                            let id = s.id.clone();
                            view! {
                                <li class="plan-services__item">
                                    <a href=href(&format!("/layanan/{}", s.id))>{s.name.get(lang()).to_string()}</a>
                                    <button type="button" class="button button--secondary no-print" on:click=move |_| remove(id.clone())>
                                        {t(Key::visit_remove)}
                                        <span class="visually-hidden">{format!(" {}", s.name.get(lang()))}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <div class="plan-add no-print">
                <label for="tambah-layanan" class="field__label">{t(Key::visit_add_label)}</label>
                <select id="tambah-layanan" class="field__input" prop:value=move || pick.get() on:change=move |ev| pick.set(event_target_value(&ev))>
                    <option value="">{t(Key::visit_add_choose)}</option>
                    {move || {
                        let ids = services.get();
                        planner.services.iter().filter(|s| !ids.contains(&s.id)).map(|s| view! {
                            <option value=s.id.clone()>{s.name.get(lang()).to_string()}</option>
                        }).collect_view()
                    }}
                </select>
                <button type="button" class="button" on:click=add>{t(Key::visit_add)}</button>
            </div>
        </section>
        {move || {
            let ids = services.get();
            (!ids.is_empty()).then(|| view! { <PlanView planner=planner ids=ids draft=draft/> })
        }}
    }
}

#[component]
fn PlanView(planner: &'static Planner, ids: Vec<String>, draft: RwSignal<Draft>) -> impl IntoView {
    let lang = lang();
    let w = words();
    let plan = plan(planner, &ids);
    let offices: Vec<&PlanOffice> = plan.stops.iter().map(|s| s.office).collect();
    let days = open_days(&offices, &planner.holidays, planner.holidays_until, today(), DAYS_SHOWN);
    let text = plan_text(&plan, Some(&days), &w, lang);
    let ticks = Memo::new(move |_| draft.with(|d| list_of(d.answer(TICKS_FIELD))));
    let toggle = move |key: String, on: bool| {
        let mut list = ticks.get_untracked();
        list.retain(|k| *k != key);
        if on {
            list.push(key);
        }
        change(draft, TICKS_FIELD, &list.join(","));
    };
    let name = |o: &PlanOffice| o.name.get(lang).to_string();
    let notes = plan
        .notes
        .iter()
        .map(|n| match n {
            Note::AnotherDay { service, office, next } => fill(
                t(Key::visit_another_day),
                &[("layanan", service.name.get(lang)), ("kantor", &name(office)), ("berikut", &name(next))],
            ),
            Note::InPerson { service, office } => {
                fill(t(Key::visit_in_person), &[("layanan", service.name.get(lang)), ("kantor", &name(office))])
            }
            Note::OrderConflict { first, second } => {
                fill(t(Key::visit_order_conflict), &[("pertama", &name(first)), ("kedua", &name(second))])
            }
        })
        .collect::<Vec<_>>();
    let one_trip = !plan.notes.iter().any(|n| matches!(n, Note::AnotherDay { .. }));
    view! {
        {(!notes.is_empty()).then(|| view! {
            <section class="banner banner--warning" aria-labelledby="rencana-catatan">
                <h2 id="rencana-catatan">{t(if one_trip { Key::visit_notes } else { Key::visit_not_one_trip })}</h2>
                <ul>{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </section>
        })}

        <section aria-labelledby="rencana-bawa">
            <h2 id="rencana-bawa">{t(Key::visit_bring)}</h2>
            <p class="hint no-print">{t(Key::visit_bring_hint)}</p>
            <ul class="checklist">
                {plan.bring.iter().enumerate().map(|(i, b)| {
                    let id = format!("bawa-{i}");
                    let key = b.key.to_string();
                    let checked = { let key = key.clone(); move || ticks.with(|l| l.contains(&key)) };
                    view! {
                        <li class="checklist__item">
                            <input type="checkbox" id=id.clone() class="checklist__box" prop:checked=checked
                                on:change=move |ev| toggle(key.clone(), event_target_checked(&ev))/>
                            <label for=id class="checklist__label">{bring_line(b, &w, lang)}</label>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>

        <section aria-labelledby="rencana-urutan">
            <h2 id="rencana-urutan">{t(Key::visit_route)}</h2>
            <ol class="plan-route">
                {plan.stops.iter().map(|stop| view! {
                    <li class="plan-route__stop">
                        <h3>{name(stop.office)}</h3>
                        <ul>
                            {stop.tasks.iter().map(|(s, purpose)| view! {
                                <li><strong>{s.name.get(lang).to_string()}</strong>": " {purpose.get(lang).to_string()}</li>
                            }).collect_view()}
                        </ul>
                        {(!stop.items.is_empty()).then(|| view! {
                            <p class="plan-route__hand-in">{t(Key::visit_hand_in)}</p>
                            <ul>{stop.items.iter().map(|i| view! { <li>{item_line(i, &w, lang)}</li> }).collect_view()}</ul>
                        })}
                    </li>
                }).collect_view()}
            </ol>
        </section>

        <section aria-labelledby="rencana-hari">
            <h2 id="rencana-hari">{t(Key::visit_days)}</h2>
            {if days.days.is_empty() && days.unknown.len() < offices.len() {
                view! { <p>{t(Key::visit_days_none)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plan-days">
                        {days.days.iter().map(|d| view! {
                            <li>
                                <strong>{d.date.long_with_day(lang)}</strong>
                                <ul>{d.hours.iter().map(|(o, h)| view! {
                                    <li>{fill(t(Key::visit_days_hours), &[("kantor", &name(o)), ("jam", &h.to_string())])}</li>
                                }).collect_view()}</ul>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!days.unknown.is_empty()).then(|| view! {
                <p>{fill(t(Key::visit_days_unknown), &[("kantor", &days.unknown.iter().map(|o| name(o)).collect::<Vec<_>>().join(", "))])}</p>
            })}
            {(!days.skipped.is_empty()).then(|| view! {
                <p class="hint">{fill(t(Key::visit_days_skipped), &[("libur", &days.skipped.iter().map(|h| {
                    let unsure = if h.unconfirmed { format!(", {}", t(Key::unconfirmed)) } else { String::new() };
                    format!("{} ({}{unsure})", h.date.long(lang), h.name.get(lang))
                }).collect::<Vec<_>>().join(", "))])}</p>
            })}
            {days.beyond_holidays.then(|| view! {
                <p class="hint">{fill(t(Key::visit_days_beyond), &[("tanggal", &planner.holidays_until.long(lang))])}</p>
            })}
        </section>

        <TextShare text=text/>
        <p class="no-print">
            <button type="button" class="button button--secondary" on:click=move |_| change(draft, SERVICES_FIELD, "")>{t(Key::visit_clear)}</button>
        </p>
    }
}
