//! `/layanan`: search as you type (`?q=`, an island that fetches the search file the first time it is used),
//! and browsing by life event and sector; `/layanan/bidang/:id` and `/layanan/keperluan/:id` list a sector's or
//! a life event's services. The listings are plain pre-rendered pages.

use crate::browser::url::use_page_url;
use crate::components::icon::Icon;
use crate::components::not_found::NotFound;
use crate::components::office::DesaOffice;
use crate::components::service_card::ServiceList;
use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{is_hydrated, lang, t};
use layanan_core::base::lang::Text;
use layanan_core::route::query_string;
use layanan_core::search::{SearchEntry, SearchIndex};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn Services() -> impl IntoView {
    set_meta(t(Key::services_heading), t(Key::search_hint));
    let c = content();
    view! {
        <h1 tabindex="-1">{t(Key::services_heading)}</h1>
        <Search file=crate::paths::file(crate::site::use_site().search_file)>
            <h2>{t(Key::by_life_event)}</h2>
            <ul class="tiles">
                {c.life_events.iter().map(|e| view! {
                    <Tile to=format!("/layanan/keperluan/{}", e.id) icon=&e.icon name=&e.name count=c.services_for_life_event(&e.id).count()/>
                }).collect_view()}
            </ul>
            <h2>{t(Key::by_sector)}</h2>
            <ul class="tiles">
                {c.sectors.iter().map(|s| view! {
                    <Tile to=format!("/layanan/bidang/{}", s.id) icon=&s.icon name=&s.name count=c.services_in_sector(&s.id).count()/>
                }).collect_view()}
            </ul>
            <p><a href=href("/kantor")>{t(Key::offices_link)}</a></p>
        </Search>
        // Below the results too: when nothing matches, the village office is the next place to ask.
        <DesaOffice/>
    }
}

#[component]
pub fn Sector() -> impl IntoView {
    let c = content();
    let id = use_params_map().read_untracked().get("id").unwrap_or_default();
    match c.sector(&id) {
        Some(s) => listing(&s.name, c.services_in_sector(&s.id).collect()).into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
pub fn LifeEvent() -> impl IntoView {
    let c = content();
    let id = use_params_map().read_untracked().get("id").unwrap_or_default();
    match c.life_event(&id) {
        Some(e) => listing(&e.name, c.services_for_life_event(&e.id).collect()).into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

fn listing(name: &'static Text, services: Vec<&'static layanan_core::catalog::Service>) -> impl IntoView {
    let heading = name.get(lang()).to_string();
    set_meta(heading.clone(), fill(t(Key::service_count), &[("jumlah", &services.len().to_string())]));
    view! {
        <h1 tabindex="-1">{heading}</h1>
        <ServiceList services=services/>
        <p><a href=href("/layanan")>{t(Key::all_services)}</a></p>
    }
}

#[component]
fn Tile(to: String, icon: &'static str, name: &'static Text, count: usize) -> impl IntoView {
    view! {
        <li>
            <a href=href(&to) class="tile">
                <span class="tile__icon"><Icon name=icon/></span>
                <span class="tile__name">{name.get(lang()).to_string()}</span>
                " "
                <span class="tile__count">{fill(t(Key::service_count), &[("jumlah", &count.to_string())])}</span>
            </a>
        </li>
    }
}

/// What the search box has to search in: not yet asked for, on its way, here, or not reachable (offline on a
/// first visit).
#[derive(Clone)]
enum Entries {
    NotAsked,
    Loading,
    Ready(std::sync::Arc<(Vec<SearchEntry>, SearchIndex)>),
    Failed,
}

/// The search box and its results. Results replace the browsing tiles (`children`) while there is a query; the
/// query lives in the address (`?q=`), replaced as one types so Back leaves the page as expected. Without
/// JavaScript the box is a plain form and the tiles stay.
#[island]
fn Search(file: String, children: Children) -> impl IntoView {
    let url = use_page_url();
    let query = Memo::new(move |_| url.query("q").unwrap_or_default());
    let entries = RwSignal::new(Entries::NotAsked);
    let load = {
        let file = file.clone();
        move || {
            if !matches!(entries.get_untracked(), Entries::NotAsked | Entries::Failed) {
                return;
            }
            entries.set(Entries::Loading);
            let file = file.clone();
            leptos::task::spawn_local(async move {
                let loaded = crate::browser::fetch::fetch_text(&file)
                    .await
                    .and_then(|text| serde_json::from_str::<Vec<SearchEntry>>(&text).ok());
                entries.set(match loaded {
                    Some(list) => {
                        let index = SearchIndex::new(&list, lang());
                        Entries::Ready(std::sync::Arc::new((list, index)))
                    }
                    None => Entries::Failed,
                });
            });
        }
    };
    // A shared link with ?q= searches at once; the old ?bidang= and ?keperluan= addresses open their listings.
    let load_now = load.clone();
    Effect::new(move |_| {
        if !is_hydrated() {
            return;
        }
        for (old, listing) in [("bidang", "bidang"), ("keperluan", "keperluan")] {
            if let Some(id) = url.query(old) {
                crate::browser::url::open(&format!("/layanan/{listing}/{id}"));
            }
        }
        if !query.with_untracked(|q| q.trim().is_empty()) {
            load_now();
        }
    });
    let searching = move || !query.with(|q| q.trim().is_empty());
    view! {
        <form class="search" role="search" action=href("/layanan") method="get" on:submit=|ev| ev.prevent_default()>
            <label class="search__label" for="cari">{t(Key::search_label)}</label>
            <p class="hint" id="cari-hint">{t(Key::search_hint)}</p>
            <input
                class="search__input"
                id="cari"
                type="search"
                name="q"
                autocomplete="off"
                enterkeyhint="search"
                aria-describedby="cari-hint"
                prop:value=move || query.get()
                on:focus={let load = load.clone(); move |_| load()}
                on:input=move |ev| {
                    load();
                    url.replace(&format!("/layanan{}", query_string("q", &event_target_value(&ev))));
                }
            />
        </form>
        <Show when=searching>
            <Results query=query entries=entries/>
        </Show>
        <div hidden=searching>{children()}</div>
    }
}

/// Results are drawn a page at a time: a short word over a kabupaten's catalogue matches thousands.
const RESULTS_PAGE: usize = 50;

#[component]
fn Results(query: Memo<String>, entries: RwSignal<Entries>) -> impl IntoView {
    let limit = RwSignal::new(RESULTS_PAGE);
    Effect::new(move |_| {
        query.track();
        limit.set(RESULTS_PAGE);
    });
    move || {
        let q = query.get();
        let shown = q.trim().to_string();
        match entries.get() {
            Entries::NotAsked | Entries::Loading => {
                view! { <p class="search__status" role="status">{t(Key::search_loading)}</p> }.into_any()
            }
            Entries::Failed => {
                view! { <p class="search__status" role="status">{t(Key::search_offline)}</p> }.into_any()
            }
            Entries::Ready(loaded) => {
                let hits = loaded.1.search(&q);
                let status = if hits.is_empty() {
                    fill(t(Key::search_none), &[("kata", &shown)])
                } else {
                    fill(t(Key::search_results), &[("jumlah", &hits.len().to_string()), ("kata", &shown)])
                };
                view! {
                    <p class="search__status" role="status">{status}</p>
                    {if hits.is_empty() {
                        view! { <p>{t(Key::search_none_help)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="service-list">
                                {hits.iter().take(limit.get()).map(|&i| {
                                    let e = &loaded.0[i];
                                    view! {
                                        <li>
                                            <a href=href(&e.path) class="service-card">
                                                <span class="service-card__title">{e.name.get(lang()).to_string()}</span>
                                                " "
                                                {e.kind.as_ref().map(|k| view! { <span class="tag">{k.get(lang()).to_string()}</span> " " })}
                                                <span class="service-card__summary">{e.summary.get(lang()).to_string()}</span>
                                            </a>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            {(hits.len() > limit.get()).then(|| {
                                let more = (hits.len() - limit.get()).min(RESULTS_PAGE).to_string();
                                view! {
                                    <button type="button" class="button button--secondary" on:click=move |_| limit.update(|n| *n += RESULTS_PAGE)>
                                        {fill(t(Key::search_more), &[("jumlah", &more)])}
                                    </button>
                                }
                            })}
                        }.into_any()
                    }}
                }.into_any()
            }
        }
    }
}
