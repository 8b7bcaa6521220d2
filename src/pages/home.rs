//! `/`: what the app is for, and the way to the main tasks.

use crate::components::office::DesaOffice;
use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{lang, t};
use leptos::prelude::*;

/// The main tasks: path, title, hint.
const TASKS: &[(&str, Key, Key)] = &[
    ("/layanan", Key::home_task_services, Key::home_task_services_hint),
    ("/cek", Key::home_task_checks, Key::home_task_checks_hint),
    ("/draf", Key::home_task_drafts, Key::home_task_drafts_hint),
    ("/kunjungan", Key::home_task_visit, Key::home_task_visit_hint),
    ("/agenda", Key::home_task_agenda, Key::home_task_agenda_hint),
    ("/info", Key::home_task_info, Key::home_task_info_hint),
    ("/program", Key::home_task_programmes, Key::home_task_programmes_hint),
    ("/survei", Key::home_task_surveys, Key::home_task_surveys_hint),
];

#[component]
pub fn Home() -> impl IntoView {
    let desa = &content().village;
    let lang = lang();
    // No page title of its own: the home page is titled with the app's and the village's name.
    set_meta("", desa.tagline.get(lang));
    let heading = fill(t(Key::home_heading), &[("aplikasi", desa.app_name.get(lang)), ("desa", &desa.full_name())]);
    view! {
        <h1 tabindex="-1">{heading}</h1>
        <p class="lead">{desa.tagline.get(lang).to_string()}</p>
        <HomeSearch/>
        <section aria-labelledby="tugas">
            <h2 id="tugas">{t(Key::home_tasks)}</h2>
            <ul class="tasks">
                {TASKS.iter().map(|&(path, title, hint)| view! {
                    <li>
                        <a href=href(path) class="task">
                            <span class="task__title">{t(title)}</span>
                            <span class="task__hint">{t(hint)}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <DesaOffice/>
        <crate::components::quick_feedback::QuickFeedback/>
        <p class="hint">{t(Key::home_privacy)}</p>
    }
}

/// Search straight from the home page: a plain form that opens the catalogue with `?q=`, with or without
/// JavaScript.
#[component]
fn HomeSearch() -> impl IntoView {
    view! {
        <form class="search" role="search" action=href("/layanan") method="get">
            <label class="search__label" for="cari-beranda">{t(Key::search_label)}</label>
            <p class="hint" id="cari-beranda-hint">{t(Key::search_hint)}</p>
            <div class="search__row">
                <input class="search__input" id="cari-beranda" type="search" name="q" autocomplete="off"
                    enterkeyhint="search" aria-describedby="cari-beranda-hint"/>
                <button class="button" type="submit">{t(Key::search_button)}</button>
            </div>
        </form>
    }
}
