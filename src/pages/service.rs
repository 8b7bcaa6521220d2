//! `/layanan/:id`: everything a resident needs before leaving home: who may use it, what to bring (a checklist
//! remembered on this phone), steps, cost, time, where to go and when it is open, and where the facts come from.

use crate::browser::share;
use crate::components::not_found::NotFound;
use crate::components::office::OfficeCard;
use crate::components::read_aloud::ReadAloud;
use crate::components::service_card::ServiceList;
use crate::components::sources::{Sources, StaleNote};
use crate::i18n::{fill, format_date, Key};
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{is_hydrated, lang, t};
use crate::stores::kept::kept;
use crate::stores::keys;
use layanan_core::base::format::rupiah;
use layanan_core::base::lang::Text;
use layanan_core::catalog::Service;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ServicePage() -> impl IntoView {
    let id = use_params_map().read_untracked().get("id").unwrap_or_default();
    match content().service(&id) {
        Some(service) => view! { <Service service=service/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

/// The title of a checker: a programme's name, or a health schedule's.
fn checker_name(id: &str) -> String {
    match (content().aid_programme(id), id) {
        (Some(p), _) => p.name.get(lang()).to_string(),
        (None, "imunisasi") => t(Key::immunisation_title).to_string(),
        (None, "kehamilan") => t(Key::pregnancy_title).to_string(),
        (None, _) => t(Key::ckg_title).to_string(),
    }
}

#[component]
fn Service(service: &'static Service) -> impl IntoView {
    let c = content();
    let lang = lang();
    let text = move |t: &layanan_core::base::lang::Text| t.get(lang).to_string();
    set_meta(text(&service.name), text(&service.summary));
    let confirm = move |field: &str| {
        service
            .unconfirmed
            .iter()
            .any(|f| f == field)
            .then(|| view! { <span class="tag tag--unconfirmed">{t(Key::service_confirm)}</span> })
    };
    let cost = if service.cost.rupiah == 0 { t(Key::service_free).to_string() } else { rupiah(service.cost.rupiah) };
    let related: Vec<&'static Service> = service.related.iter().filter_map(|id| c.service(id)).collect();
    let reading: Vec<_> = c.articles.iter().filter(|a| a.services.contains(&service.id)).collect();
    view! {
        <article class="service">
            {c.sector(&service.sector).map(|s| view! {
                <p class="service__sector"><a href=href(&format!("/layanan/bidang/{}", s.id))>{text(&s.name)}</a></p>
            })}
            <h1 tabindex="-1">{text(&service.name)}</h1>
            <StaleNote checked=layanan_core::base::date::CivilDate::parse_iso(&service.checked)/>
            <p class="lead">{text(&service.summary)}</p>
            <ReadAloud/>

            <h2>{t(Key::service_who)} " " {confirm("siapa")}</h2>
            <p>{text(&service.who)}</p>

            <h2 id="dibawa">{t(Key::service_documents)}</h2>
            {if service.documents.is_empty() {
                view! { <p>{t(Key::service_documents_none)}</p> }.into_any()
            } else {
                view! {
                    <p class="hint no-print">{t(Key::service_documents_hint)}</p>
                    <Checklist service=service.id.clone() documents=service.documents.iter().map(|d| (d.name.clone(), d.condition.clone())).collect()/>
                }.into_any()
            }}
            <p class="no-print">
                <a class="button button--secondary" href=href(&format!("/kunjungan?tambah={}", service.id))>{t(Key::visit_add_from_service)}</a>
            </p>
            {confirm("persyaratan").map(|tag| view! { <p>{tag}</p> })}

            <h2>{t(Key::service_steps)} " " {confirm("alur")}</h2>
            <ol class="steps">
                {service.steps.iter().map(|s| view! { <li>{text(s)}</li> }).collect_view()}
            </ol>

            <dl class="facts">
                <div class="facts__row">
                    <dt>{t(Key::service_cost)} " " {confirm("biaya")}</dt>
                    <dd>
                        <strong>{cost}</strong>
                        {service.cost.note.as_ref().map(|n| view! { <span class="facts__note">{text(n)}</span> })}
                        {service.cost.legal_basis.clone().map(|b| view! { <span class="facts__note">{b}</span> })}
                    </dd>
                </div>
                <div class="facts__row">
                    <dt>{t(Key::service_time)} " " {confirm("waktu")}</dt>
                    <dd>{text(&service.time)}</dd>
                </div>
            </dl>

            <h2>{t(Key::service_where)} " " {confirm("kantor")}</h2>
            {service.offices.iter().filter_map(|id| c.office(id)).map(|o| view! { <OfficeCard office=o/> }).collect_view()}

            {(!service.online.is_empty()).then(|| view! {
                <h2>{t(Key::service_online)} " " {confirm("daring")}</h2>
                <ul>
                    {service.online.iter().map(|l| view! {
                        <li><a href=l.url.clone().unwrap_or_default() rel="noopener">{l.title.clone()}</a></li>
                    }).collect_view()}
                </ul>
            })}

            {(!service.notes.is_empty()).then(|| view! {
                <h2>{t(Key::service_notes)} " " {confirm("catatan")}</h2>
                <ul>{service.notes.iter().map(|n| view! { <li>{text(n)}</li> }).collect_view()}</ul>
            })}

            {(!service.legal_basis.is_empty()).then(|| view! {
                <h2>{t(Key::service_legal)} " " {confirm("dasar_hukum")}</h2>
                <ul>{service.legal_basis.iter().map(|b| view! { <li>{b.clone()}</li> }).collect_view()}</ul>
            })}

            {(!service.partners.is_empty()).then(|| view! {
                <h2>{t(Key::service_partners)} " " {confirm("mitra")}</h2>
                <p>{service.partners.iter().map(|p| p.get(lang)).collect::<Vec<_>>().join(", ")}</p>
            })}

            <crate::components::agenda_dates::ServiceAgenda service=service.id.clone()/>
            {(!reading.is_empty()).then(|| view! {
                <section class="no-print">
                    <h2>{t(Key::info_for_service)}</h2>
                    <crate::components::article_list::ArticleList articles=reading/>
                </section>
            })}

            {(!service.checkers.is_empty()).then(|| view! {
                <section class="no-print">
                    <h2>{t(Key::service_checkers)}</h2>
                    <ul class="service-list">
                        {service.checkers.iter().map(|id| view! {
                            <li><a href=href(&format!("/cek/{id}")) class="service-card">
                                <span class="service-card__title">{checker_name(id)}</span>
                            </a></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}

            {(!service.forms.is_empty()).then(|| view! {
                <section class="no-print">
                    <h2>{t(Key::service_forms)}</h2>
                    <ul class="service-list">
                        {service.forms.iter().filter_map(|id| c.form(id)).map(|f| view! {
                            <li>
                                <a href=href(&format!("/formulir/{}", f.id)) class="service-card">
                                    <span class="service-card__title">{text(&f.name)}</span>
                                    " "
                                    <span class="service-card__summary">{text(&f.summary)}</span>
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}

            <crate::components::quick_feedback::QuickFeedback service=service.id.clone()/>
            <ShareActions path=format!("/layanan/{}", service.id) name=text(&service.name)/>

            {(!related.is_empty()).then(|| view! {
                <section class="no-print">
                    <h2>{t(Key::service_related)}</h2>
                    <ServiceList services=related/>
                </section>
            })}

            <Sources sources=service.sources.clone() checked=format_date(lang, &service.checked)>
                {(!service.unconfirmed.is_empty()).then(|| view! { <p class="hint">{t(Key::service_confirm_note)}</p> })}
            </Sources>
        </article>
    }
}

/// Documents to bring as a checklist; the ticks are kept on this phone per service, by document name, and come
/// back once the page has hydrated.
#[island]
// The documents as (name, condition) pairs: the island needs no more, and decoding the content's `Document`
// (with its planner fields) would cost the reading bundle 2–3 KB.
fn Checklist(service: String, documents: Vec<(Text, Option<Text>)>) -> impl IntoView {
    let ticked = kept::<Vec<String>>(keys::ticks(&service));
    let toggle = move |name: String, on: bool| {
        ticked.update(|list| {
            list.retain(|n| *n != name);
            if on {
                list.push(name);
            }
        });
    };
    view! {
        <ul class="checklist" aria-labelledby="dibawa">
            {documents.into_iter().enumerate().map(|(i, (doc, condition))| {
                let id = format!("dok-{i}");
                let name = doc.id.clone();
                let checked = { let name = name.clone(); move || ticked.with(|l| l.contains(&name)) };
                view! {
                    <li class="checklist__item">
                        <input type="checkbox" id=id.clone() class="checklist__box" prop:checked=checked
                            on:change=move |ev| toggle(name.clone(), event_target_checked(&ev))/>
                        <label for=id class="checklist__label">
                            {doc.get(lang()).to_string()}
                            {condition.map(|c| view! { <span class="checklist__condition">{c.get(lang()).to_string()}</span> })}
                        </label>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// Share, copy link, WhatsApp and print. No personal data is involved: only the public page address.
#[island]
fn ShareActions(path: String, name: String) -> impl IntoView {
    // The full address (with the host's origin) is only known in the browser.
    let url = StoredValue::new(path);
    let full_url =
        move || url.with_value(|p| if is_hydrated() { share::absolute_url(p) } else { crate::paths::href(p) });
    let message = RwSignal::new(None::<Key>);
    let share_text = StoredValue::new(fill(t(Key::service_share_text), &[("layanan", &name)]));
    let whatsapp = move || share::whatsapp_link(&format!("{}\n{}", share_text.get_value(), full_url()));
    let can_share = move || is_hydrated() && share::can_share();
    let title = StoredValue::new(name);
    let on_share = move |_| {
        let (title, text, url) = (title.get_value(), share_text.get_value(), full_url());
        spawn_local(async move {
            share::share(&title, &text, &url).await;
        });
    };
    let on_copy = move |_| {
        let url = full_url();
        spawn_local(async move {
            let ok = share::copy(&url).await;
            message.set(Some(if ok { Key::service_link_copied } else { Key::service_copy_failed }));
        });
    };
    view! {
        <section class="actions no-print" aria-label=t(Key::service_share)>
            <Show when=can_share>
                <button type="button" class="button" on:click=on_share>{t(Key::service_share)}</button>
            </Show>
            <button type="button" class="button button--secondary" on:click=on_copy>{t(Key::service_copy_link)}</button>
            <a class="button button--secondary" href=whatsapp rel="noopener">{t(Key::service_share_whatsapp)}</a>
            <button type="button" class="button button--secondary" on:click=|_| { let _ = window().print(); }>
                {t(Key::service_print)}
            </button>
            <p class="actions__status" role="status">{move || message.get().map(t)}</p>
        </section>
    }
}
