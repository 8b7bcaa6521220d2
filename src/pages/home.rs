//! `/`: what the app is for, and the way to the main tasks.

use crate::components::link::Link;
use crate::components::office::DesaOffice;
use crate::i18n::{fill, Key};
use crate::router::use_router;
use layanan_core::route::query_string;
use crate::routes::ROUTES;
use crate::state::{content, t, use_state, use_title};
use layanan_core::route::{find_route, Params};
use leptos::prelude::*;

/// The main tasks: path, title, hint. A task shows once its page exists.
const TASKS: &[(&str, Key, Key)] = &[
    ("/layanan", Key::home_task_services, Key::home_task_services_hint),
    ("/cek", Key::home_task_checks, Key::home_task_checks_hint),
    ("/draf", Key::home_task_drafts, Key::home_task_drafts_hint),
];

pub fn page(_: Params) -> AnyView {
    view! { <Home/> }.into_any()
}

#[component]
fn Home() -> impl IntoView {
    let state = use_state();
    use_title(move || state.t(Key::home_title).to_string());
    let desa = &content().desa;
    let heading = move || {
        let lang = state.lang.get();
        fill(state.t(Key::home_heading), &[("aplikasi", desa.nama_aplikasi.get(lang)), ("desa", &desa.full_name())])
    };
    let tasks: Vec<_> = TASKS.iter().filter(|(path, _, _)| find_route(ROUTES, path).is_some()).collect();
    view! {
        <h1 tabindex="-1">{heading}</h1>
        <p class="lead">{move || desa.tagline.get(state.lang.get()).to_string()}</p>
        <HomeSearch/>
        {(!tasks.is_empty()).then(|| view! {
            <section aria-labelledby="tugas">
                <h2 id="tugas">{t(Key::home_tasks)}</h2>
                <ul class="tasks">
                    {tasks.into_iter().map(|&(path, title, hint)| view! {
                        <li>
                            <Link to=path class="task">
                                <span class="task__title">{t(title)}</span>
                                <span class="task__hint">{t(hint)}</span>
                            </Link>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <DesaOffice/>
        <p class="hint">{t(Key::home_privacy)}</p>
    }
}

/// Search straight from the home page: submitting opens the catalogue with the query in the URL.
#[component]
fn HomeSearch() -> impl IntoView {
    let router = use_router();
    let input = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = input.get().map(|i| i.value()).unwrap_or_default();
        router.navigate(&format!("/layanan{}", query_string("q", q.trim())));
    };
    view! {
        <form class="search" role="search" on:submit=submit>
            <label class="search__label" for="cari-beranda">{t(Key::search_label)}</label>
            <p class="hint" id="cari-beranda-hint">{t(Key::search_hint)}</p>
            <div class="search__row">
                <input class="search__input" id="cari-beranda" type="search" name="q" autocomplete="off"
                    enterkeyhint="search" aria-describedby="cari-beranda-hint" node_ref=input/>
                <button class="button" type="submit">{t(Key::search_button)}</button>
            </div>
        </form>
    }
}
