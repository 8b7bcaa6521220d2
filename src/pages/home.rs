//! `/`: what the app is for, and the way to the main tasks.

use crate::components::link::Link;
use crate::components::office::DesaOffice;
use crate::i18n::{fill, Key};
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
