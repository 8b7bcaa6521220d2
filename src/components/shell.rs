//! The frame around every page: skip link, header with the language switch, status banners, main area, and the
//! navigation (at the bottom on phones, at the top on wide screens; see style/shell.css). All of it is plain
//! HTML rendered at build time; only the language switch and the banners are islands.

use crate::browser::storage::StoreError;
use crate::components::icon::Icon;
use crate::i18n::Key;
use crate::paths::{href, href_in};
use crate::site::content;
use crate::state::{lang, t, use_state};
use leptos::prelude::*;

#[component]
pub fn Shell(path: String, children: Children) -> impl IntoView {
    let desa = &content().village;
    let lang = lang();
    let other = lang.other();
    view! {
        <a class="skip-link" href="#isi">{t(Key::skip_to_content)}</a>
        <header class="header">
            <div class="header__inner">
                <a href=href("/") class="header__brand">
                    <span class="header__app">{desa.app_name.get(lang).to_string()}</span>
                    " "
                    <span class="header__desa">{desa.full_name()}</span>
                </a>
                <LanguageSwitch target=href_in(other, &path) code=other.code().to_string()/>
            </div>
        </header>
        <Banners/>
        // Shown by the page head where this browser cannot run the app (head.js); plain HTML, no wasm needed.
        <div class="banner banner--warning" id="app-tidak-jalan" role="alert" tabindex="-1" hidden>
            <p class="banner__title">{t(Key::app_cannot_run_title)}</p>
            <p>{t(Key::app_cannot_run_body)}</p>
        </div>
        // Shown by the page head while a saved draft named in the address waits for the app (a weak signal can
        // take many seconds): the empty fields are not all there is.
        <p class="banner banner--info draft-opening" role="status">{t(Key::draft_opening)}</p>
        <main id="isi" class="main" tabindex="-1">
            {children()}
        </main>
        <Nav path=path/>
    }
}

/// The same page in the other language. The choice is remembered, so the next link opened from WhatsApp opens
/// in it too; the form or checker step in the address comes along.
#[island]
fn LanguageSwitch(target: String, code: String) -> impl IntoView {
    let (to, chosen) = (target.clone(), code.clone());
    let remember = move |ev: leptos::ev::MouseEvent| {
        crate::stores::settings::remember_language(&chosen);
        let query = crate::browser::url::browser_query();
        if !query.is_empty() {
            ev.prevent_default();
            crate::browser::url::open_href(&format!("{to}{query}"));
        }
    };
    view! {
        <a class="header__lang" href=target lang=code.clone() hreflang=code aria-label=t(Key::lang_switch_label) on:click=remember>
            {t(Key::lang_switch)}
        </a>
    }
}

/// Offline, new-version and storage notices, each once it is true (never in the pre-rendered page).
#[island]
fn Banners() -> impl IntoView {
    let state = use_state();
    let storage_visible = move || {
        let notice = state.storage_notice.get();
        notice.is_some() && notice != state.dismissed_notice.get()
    };
    view! {
        <Show when=move || !state.online.get()>
            <div class="banner banner--info" role="status">
                <p>{t(Key::offline_banner)}</p>
            </div>
        </Show>
        <Show when=move || state.update_ready.get()>
            <div class="banner banner--info" role="status">
                <p class="banner__title">{t(Key::update_title)}</p>
                <button type="button" class="button" on:click=|_| crate::browser::pwa::apply_update()>{t(Key::update_button)}</button>
            </div>
        </Show>
        <Show when=storage_visible>
            <div class="banner banner--warning" role="status">
                {move || {
                    let (title, body) = match state.storage_notice.get() {
                        Some(StoreError::Full) => (Key::storage_full_title, Key::storage_full_body),
                        _ => (Key::storage_memory_title, Key::storage_memory_body),
                    };
                    view! {
                        <p class="banner__title">{t(title)}</p>
                        <p>{t(body)}</p>
                    }
                }}
                <button type="button" class="button button--secondary"
                    on:click=move |_| state.dismissed_notice.set(state.storage_notice.get_untracked())>
                    {t(Key::dismiss)}
                </button>
            </div>
        </Show>
    }
}

/// The main menu, the section of the current page marked.
#[component]
fn Nav(path: String) -> impl IntoView {
    view! {
        <nav class="nav" aria-label=t(Key::nav_label)>
            <ul class="nav__list">
                {NAV.iter().map(|&(to, label, icon)| {
                    // The section is current for its own page and the pages under it.
                    let current = if to == "/" { path == "/" } else { path == to || path.starts_with(&format!("{to}/")) };
                    view! {
                        <li class="nav__item">
                            <a href=href(to) class="nav__link" aria-current=current.then_some("page")>
                                <span class="nav__icon"><Icon name=icon/></span>
                                <span class="nav__label">{t(label)}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// The main menu: path, label, icon.
pub const NAV: &[(&str, Key, &str)] = &[
    ("/", Key::nav_home, "beranda"),
    ("/layanan", Key::nav_services, "daftar"),
    ("/cek", Key::nav_checks, "centang"),
    ("/draf", Key::nav_drafts, "catatan"),
    ("/tentang", Key::nav_about, "info"),
];
