//! `/cek`: the eligibility checkers and the health schedules.

use crate::i18n::Key;
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{lang, t};
use layanan_core::base::order::sorted_by_name;
use leptos::prelude::*;

/// The schedule pages: path, title, hint.
const SCHEDULES: &[(&str, Key, Key)] = &[
    ("/cek/imunisasi", Key::immunisation_title, Key::immunisation_intro),
    ("/cek/kehamilan", Key::pregnancy_title, Key::pregnancy_intro),
    ("/cek/ckg", Key::ckg_title, Key::ckg_intro),
];

#[component]
pub fn Checks() -> impl IntoView {
    set_meta(t(Key::checks_title), t(Key::checks_intro));
    view! {
        <h1 tabindex="-1">{t(Key::checks_heading)}</h1>
        <p>{t(Key::checks_intro)}</p>
        <p><a href=href("/cek/semua") class="button">{t(Key::finder_title)}</a></p>
        <p class="hint">{t(Key::finder_hint)}</p>
        <h2>{t(Key::checks_programmes)}</h2>
        <ul class="service-list">
            {sorted_by_name(content().aid_programmes.iter().map(|p| (p, &p.name)), lang()).into_iter().map(|p| view! {
                <li>
                    <a href=href(&format!("/cek/{}", p.id)) class="service-card">
                        <span class="service-card__title">{p.name.get(lang()).to_string()}</span>
                        " "
                        <span class="service-card__summary">{p.summary.get(lang()).to_string()}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
        <h2>{t(Key::checks_schedules)}</h2>
        <ul class="tasks">
            {SCHEDULES.iter().map(|&(path, title, hint)| view! {
                <li>
                    <a href=href(path) class="task">
                        <span class="task__title">{t(title)}</span>
                        " "
                        <span class="task__hint">{t(hint)}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
    }
}
