//! `/cek`: the eligibility checkers and the health schedules.

use crate::components::link::Link;
use crate::i18n::Key;
use crate::state::{content, t, use_state, use_title};
use layanan_core::route::Params;
use leptos::prelude::*;

pub fn page(_: Params) -> AnyView {
    view! { <Checks/> }.into_any()
}

/// The schedule pages: path, title, hint.
const SCHEDULES: &[(&str, Key, Key)] = &[
    ("/cek/imunisasi", Key::immunisation_title, Key::immunisation_intro),
    ("/cek/kehamilan", Key::pregnancy_title, Key::pregnancy_intro),
    ("/cek/ckg", Key::ckg_title, Key::ckg_intro),
];

#[component]
fn Checks() -> impl IntoView {
    let state = use_state();
    use_title(move || state.t(Key::checks_title).to_string());
    view! {
        <h1 tabindex="-1">{t(Key::checks_heading)}</h1>
        <p>{t(Key::checks_intro)}</p>
        <p><Link to=format!("/cek/{}", crate::pages::checker::ALL) class="button">{t(Key::finder_title)}</Link></p>
        <p class="hint">{t(Key::finder_hint)}</p>
        <h2>{t(Key::checks_programmes)}</h2>
        <ul class="service-list">
            {crate::pages::drafts::sorted_by_name(content().programmes.iter().map(|p| (p, &p.name)), state.lang.get_untracked()).into_iter().map(|p| view! {
                <li>
                    <Link to=format!("/cek/{}", p.id) class="service-card">
                        <span class="service-card__title">{move || p.name.get(state.lang.get()).to_string()}</span>
                        " "
                        <span class="service-card__summary">{move || p.summary.get(state.lang.get()).to_string()}</span>
                    </Link>
                </li>
            }).collect_view()}
        </ul>
        <h2>{t(Key::checks_schedules)}</h2>
        <ul class="tasks">
            {SCHEDULES.iter().map(|&(path, title, hint)| view! {
                <li>
                    <Link to=path class="task">
                        <span class="task__title">{t(title)}</span>
                        " "
                        <span class="task__hint">{t(hint)}</span>
                    </Link>
                </li>
            }).collect_view()}
        </ul>
    }
}
