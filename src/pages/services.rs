//! `/layanan`: search as you type (`?q=`), browse by sector (`?bidang=`) or life event (`?keperluan=`).
//! Every state lives in the URL, so back, reload and shared links show the same list.

use crate::components::icon::Icon;
use crate::components::link::Link;
use crate::components::office::DesaOffice;
use crate::components::service_card::ServiceList;
use crate::i18n::{fill, Key};
use crate::router::use_router;
use crate::state::{content, search_index, t, use_state, use_title};
use layanan_core::route::{query_string, Params};
use leptos::prelude::*;

pub fn page(_: Params) -> AnyView {
    view! { <Services/> }.into_any()
}

#[component]
fn Services() -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let query = Memo::new(move |_| router.query("q").unwrap_or_default());
    let sector = Memo::new(move |_| router.query("bidang").and_then(|id| content().sector(&id)));
    let event = Memo::new(move |_| router.query("keperluan").and_then(|id| content().life_event(&id)));
    let heading = move || {
        let lang = state.lang.get();
        match (sector.get(), event.get()) {
            (Some(s), _) if query.with(|q| q.trim().is_empty()) => s.name.get(lang).to_string(),
            (_, Some(e)) if query.with(|q| q.trim().is_empty()) => e.name.get(lang).to_string(),
            _ => state.t(Key::services_heading).to_string(),
        }
    };
    use_title(heading);
    view! {
        <h1 tabindex="-1">{heading}</h1>
        <SearchBox query=query/>
        {move || {
            let q = query.get();
            if !q.trim().is_empty() {
                view! { <Results query=q/> }.into_any()
            } else if let Some(s) = sector.get() {
                view! { <Filtered services=content().services_in_sector(&s.id).collect()/> }.into_any()
            } else if let Some(e) = event.get() {
                view! { <Filtered services=content().services_for_life_event(&e.id).collect()/> }.into_any()
            } else {
                view! { <Browse/> }.into_any()
            }
        }}
    }
}

/// The search field. It updates `?q=` without adding history entries, so back leaves the page as expected.
#[component]
fn SearchBox(query: Memo<String>) -> impl IntoView {
    let router = use_router();
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
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
                on:input=move |ev| router.replace(&format!("/layanan{}", query_string("q", &event_target_value(&ev))))
            />
        </form>
    }
}

#[component]
fn Results(query: String) -> impl IntoView {
    let state = use_state();
    let shown = query.trim().to_string();
    let hits = Memo::new(move |_| {
        search_index(state.lang.get()).search(&query).into_iter().map(|i| &content().services[i]).collect::<Vec<_>>()
    });
    let status = move || {
        let n = hits.with(Vec::len);
        let q = shown.clone();
        if n == 0 {
            fill(state.t(Key::search_none), &[("kata", &q)])
        } else {
            fill(state.t(Key::search_results), &[("jumlah", &n.to_string()), ("kata", &q)])
        }
    };
    view! {
        <p class="search__status" role="status">{status}</p>
        {move || {
            let list = hits.get();
            if list.is_empty() {
                view! {
                    <p>{t(Key::search_none_help)}</p>
                    <DesaOffice/>
                }.into_any()
            } else {
                view! { <ServiceList services=list/> }.into_any()
            }
        }}
    }
}

#[component]
fn Filtered(services: Vec<&'static layanan_core::catalog::Service>) -> impl IntoView {
    view! {
        <ServiceList services=services/>
        <p><Link to="/layanan">{t(Key::all_services)}</Link></p>
    }
}

/// Sectors and life events, each with how many services it leads to.
#[component]
fn Browse() -> impl IntoView {
    let c = content();
    view! {
        <h2>{t(Key::by_life_event)}</h2>
        <ul class="tiles">
            {c.life_events.iter().map(|e| view! {
                <Tile to=format!("/layanan?keperluan={}", e.id) icon=&e.icon name=&e.name count=c.services_for_life_event(&e.id).count()/>
            }).collect_view()}
        </ul>
        <h2>{t(Key::by_sector)}</h2>
        <ul class="tiles">
            {c.sectors.iter().map(|s| view! {
                <Tile to=format!("/layanan?bidang={}", s.id) icon=&s.icon name=&s.name count=c.services_in_sector(&s.id).count()/>
            }).collect_view()}
        </ul>
        <p><Link to="/kantor">{t(Key::offices_link)}</Link></p>
    }
}

#[component]
fn Tile(to: String, icon: &'static str, name: &'static layanan_core::lang::Text, count: usize) -> impl IntoView {
    let state = use_state();
    view! {
        <li>
            <Link to=to class="tile">
                <span class="tile__icon"><Icon name=icon/></span>
                <span class="tile__name">{move || name.get(state.lang.get()).to_string()}</span>
                " "
                <span class="tile__count">{move || fill(state.t(Key::service_count), &[("jumlah", &count.to_string())])}</span>
            </Link>
        </li>
    }
}
