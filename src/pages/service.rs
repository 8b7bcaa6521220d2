//! `/layanan/:id`: everything a resident needs before leaving home: who may use it, what to bring (a checklist
//! remembered on this phone), steps, cost, time, where to go and when it is open, and where the facts come from.

use crate::components::link::Link;
use crate::components::office::OfficeCard;
use crate::components::service_card::ServiceList;
use crate::i18n::{fill, format_date, Key};
use crate::pages::not_found;
use crate::share;
use crate::state::{content, t, use_state, use_title, AppState};
use layanan_core::catalog::Service;
use layanan_core::format::rupiah;
use layanan_core::lang::Text;
use layanan_core::route::Params;
use leptos::prelude::*;
use leptos::task::spawn_local;

pub fn page(params: Params) -> AnyView {
    match params.get("id").and_then(|id| content().service(id)) {
        Some(service) => view! { <ServicePage service=service/> }.into_any(),
        None => not_found::page(params),
    }
}

/// The title of a checker: a programme's name, or a health schedule's.
fn checker_name(state: AppState, id: &str) -> impl Fn() -> String + Clone + 'static {
    let id = id.to_string();
    move || match (content().programme(&id), id.as_str()) {
        (Some(p), _) => p.name.get(state.lang.get()).to_string(),
        (None, "imunisasi") => state.t(Key::immunisation_title).to_string(),
        (None, "kehamilan") => state.t(Key::pregnancy_title).to_string(),
        (None, _) => state.t(Key::ckg_title).to_string(),
    }
}

/// A text in the current language, as a reactive view.
fn text(state: AppState, t: &'static Text) -> impl Fn() -> String + Copy {
    move || t.get(state.lang.get()).to_string()
}

#[component]
fn ServicePage(service: &'static Service) -> impl IntoView {
    let state = use_state();
    use_title(text(state, &service.name));
    let c = content();
    let confirm = move |field: &str| {
        service.unconfirmed.iter().any(|f| f == field).then(|| view! {
            <span class="tag tag--unconfirmed">{t(Key::service_confirm)}</span>
        })
    };
    let sector = c.sector(&service.sector);
    let lang = state.lang;
    let cost = move || {
        if service.cost.rupiah == 0 { state.t(Key::service_free).to_string() } else { rupiah(service.cost.rupiah) }
    };
    let related: Vec<&'static Service> = service.related.iter().filter_map(|id| c.service(id)).collect();
    view! {
        <article class="service">
            {sector.map(|s| view! {
                <p class="service__sector">
                    <Link to=format!("/layanan?bidang={}", s.id)>{text(state, &s.name)}</Link>
                </p>
            })}
            <h1 tabindex="-1">{text(state, &service.name)}</h1>
            <p class="lead">{text(state, &service.summary)}</p>

            <h2>{t(Key::service_who)} " " {confirm("siapa")}</h2>
            <p>{text(state, &service.who)}</p>

            <Checklist service=service/>
            {confirm("persyaratan").map(|tag| view! { <p>{tag}</p> })}

            <h2>{t(Key::service_steps)} " " {confirm("alur")}</h2>
            <ol class="steps">
                {service.steps.iter().map(|s| view! { <li>{text(state, s)}</li> }).collect_view()}
            </ol>

            <dl class="facts">
                <div class="facts__row">
                    <dt>{t(Key::service_cost)} " " {confirm("biaya")}</dt>
                    <dd>
                        <strong>{cost}</strong>
                        {service.cost.note.as_ref().map(|n| view! { <span class="facts__note">{text(state, n)}</span> })}
                        {service.cost.legal_basis.clone().map(|b| view! { <span class="facts__note">{b}</span> })}
                    </dd>
                </div>
                <div class="facts__row">
                    <dt>{t(Key::service_time)} " " {confirm("waktu")}</dt>
                    <dd>{text(state, &service.time)}</dd>
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
                <ul>{service.notes.iter().map(|n| view! { <li>{text(state, n)}</li> }).collect_view()}</ul>
            })}

            {(!service.legal_basis.is_empty()).then(|| view! {
                <h2>{t(Key::service_legal)} " " {confirm("dasar_hukum")}</h2>
                <ul>{service.legal_basis.iter().map(|b| view! { <li>{b.clone()}</li> }).collect_view()}</ul>
            })}

            {(!service.partners.is_empty()).then(|| view! {
                <h2>{t(Key::service_partners)} " " {confirm("mitra")}</h2>
                <p>{move || service.partners.iter().map(|p| p.get(lang.get())).collect::<Vec<_>>().join(", ")}</p>
            })}

            {(!service.checkers.is_empty()).then(|| view! {
                <section class="no-print">
                    <h2>{t(Key::service_checkers)}</h2>
                    <ul class="service-list">
                        {service.checkers.iter().map(|id| {
                            let name = checker_name(state, id);
                            view! {
                                <li><Link to=format!("/cek/{id}") class="service-card">
                                    <span class="service-card__title">{name}</span>
                                </Link></li>
                            }
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
                                <Link to=format!("/formulir/{}", f.id) class="service-card">
                                    <span class="service-card__title">{text(state, &f.name)}</span>
                                    " "
                                    <span class="service-card__summary">{text(state, &f.summary)}</span>
                                </Link>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}

            <ShareActions service=service/>

            {(!related.is_empty()).then(|| view! {
                <section class="no-print">
                    <h2>{t(Key::service_related)}</h2>
                    <ServiceList services=related/>
                </section>
            })}

            <section class="sources">
                <h2>{t(Key::service_sources)}</h2>
                <ul>
                    {service.sources.iter().map(|s| match &s.url {
                        Some(url) => view! { <li><a href=url.clone() rel="noopener">{s.title.clone()}</a></li> }.into_any(),
                        None => view! { <li>{s.title.clone()}</li> }.into_any(),
                    }).collect_view()}
                </ul>
                <p class="hint">{move || fill(state.t(Key::service_checked), &[("tanggal", &format_date(lang.get(), &service.checked))])}</p>
                {(!service.unconfirmed.is_empty()).then(|| view! { <p class="hint">{t(Key::service_confirm_note)}</p> })}
            </section>
        </article>
    }
}

/// Documents to bring as a checklist; the ticks are kept on this phone per service, by document name.
#[component]
fn Checklist(service: &'static Service) -> impl IntoView {
    let state = use_state();
    let key = format!("tb:centang:{}", service.id);
    let stored: Vec<String> = state.load(&key).and_then(|raw| serde_json::from_str(&raw).ok()).unwrap_or_default();
    let ticked = RwSignal::new(stored);
    let toggle = move |name: String, on: bool| {
        ticked.update(|list| {
            list.retain(|n| *n != name);
            if on {
                list.push(name);
            }
        });
        state.save(&key, &serde_json::to_string(&ticked.get_untracked()).unwrap_or_default());
    };
    view! {
        <h2 id="dibawa">{t(Key::service_documents)}</h2>
        {if service.documents.is_empty() {
            view! { <p>{t(Key::service_documents_none)}</p> }.into_any()
        } else {
            view! {
                <p class="hint no-print">{t(Key::service_documents_hint)}</p>
                <ul class="checklist" aria-labelledby="dibawa">
                    {service.documents.iter().enumerate().map(|(i, d)| {
                        let id = format!("dok-{i}");
                        let name = d.name.id.clone();
                        let checked = { let name = name.clone(); move || ticked.with(|l| l.contains(&name)) };
                        let toggle = toggle.clone();
                        view! {
                            <li class="checklist__item">
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    class="checklist__box"
                                    prop:checked=checked
                                    on:change=move |ev| toggle(name.clone(), event_target_checked(&ev))
                                />
                                <label for=id class="checklist__label">
                                    {text(state, &d.name)}
                                    {d.condition.as_ref().map(|c| view! { <span class="checklist__condition">{text(state, c)}</span> })}
                                </label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// Share, copy link, WhatsApp and print. No personal data is involved: only the public page address.
#[component]
fn ShareActions(service: &'static Service) -> impl IntoView {
    let state = use_state();
    let url = share::absolute_url(&format!("/layanan/{}", service.id));
    let message = RwSignal::new(None::<Key>);
    let share_text = move || fill(state.t(Key::service_share_text), &[("layanan", service.name.get(state.lang.get()))]);
    let whatsapp = {
        let url = url.clone();
        move || share::whatsapp_link(&format!("{}\n{url}", share_text()))
    };
    let on_share = {
        let url = url.clone();
        move |_| {
            let (title, text, url) = (service.name.get(state.lang.get_untracked()).to_string(), share_text(), url.clone());
            spawn_local(async move {
                share::share(&title, &text, &url).await;
            });
        }
    };
    let on_copy = move |_| {
        let url = url.clone();
        spawn_local(async move {
            let ok = share::copy(&url).await;
            message.set(Some(if ok { Key::service_link_copied } else { Key::service_copy_failed }));
        });
    };
    view! {
        <section class="actions no-print" aria-label=t(Key::service_share)>
            {share::can_share().then(|| view! {
                <button type="button" class="button" on:click=on_share>{t(Key::service_share)}</button>
            })}
            <button type="button" class="button button--secondary" on:click=on_copy>{t(Key::service_copy_link)}</button>
            <a class="button button--secondary" href=whatsapp rel="noopener">{t(Key::service_share_whatsapp)}</a>
            <button type="button" class="button button--secondary" on:click=|_| { let _ = window().print(); }>
                {t(Key::service_print)}
            </button>
            <p class="actions__status" role="status">{move || message.get().map(|k| state.t(k))}</p>
        </section>
    }
}
