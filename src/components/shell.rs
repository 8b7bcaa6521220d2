//! The frame around every page: skip link, header, storage banner, main area, and the navigation
//! (at the bottom on phones, at the top on wide screens; see style/shell.css).

use crate::components::icon::Icon;
use crate::components::link::Link;
use crate::i18n::Key;
use crate::router::use_router;
use crate::routes::{ROUTES, NAV};
use crate::state::{content, t, use_state};
use crate::storage::StoreError;
use layanan_core::route::find_route;
use leptos::prelude::*;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let state = use_state();
    let desa = &content().desa;
    let lang = state.lang;
    view! {
        // With <base href> set, "#isi" would resolve to the home page; move focus in place instead.
        <a class="skip-link" href="#isi" on:click=|ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("isi") {
                use wasm_bindgen::JsCast;
                if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                    let _ = main.focus();
                }
            }
        }>{t(Key::skip_to_content)}</a>
        <header class="header">
            <div class="header__inner">
                <Link to="/" class="header__brand">
                    <span class="header__app">{move || desa.nama_aplikasi.get(lang.get()).to_string()}</span>
                    " "
                    <span class="header__desa">{desa.full_name()}</span>
                </Link>
                <button
                    type="button"
                    class="header__lang"
                    lang=move || lang.get().other().code()
                    aria-label=t(Key::lang_switch_label)
                    on:click=move |_| state.set_lang(lang.get_untracked().other())
                >
                    {t(Key::lang_switch)}
                </button>
            </div>
        </header>
        <StatusBanners/>
        <StorageBanner/>
        <main id="isi" class="main" tabindex="-1">
            {children()}
        </main>
        <Nav/>
    }
}

/// Offline and new-version notices. Reloading is always the resident's choice.
#[component]
fn StatusBanners() -> impl IntoView {
    let state = use_state();
    view! {
        <Show when=move || !state.online.get()>
            <div class="banner banner--info" role="status">
                <p>{t(Key::offline_banner)}</p>
            </div>
        </Show>
        <Show when=move || state.update_ready.get()>
            <div class="banner banner--info" role="status">
                <p class="banner__title">{t(Key::update_title)}</p>
                <button type="button" class="button" on:click=|_| crate::pwa::apply_update()>{t(Key::update_button)}</button>
            </div>
        </Show>
    }
}

/// Says once, in plain words, that nothing will be kept after the page closes.
#[component]
fn StorageBanner() -> impl IntoView {
    let state = use_state();
    let visible = move || {
        let notice = state.storage_notice.get();
        notice.is_some() && notice != state.dismissed_notice.get()
    };
    view! {
        <Show when=visible>
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
                <button
                    type="button"
                    class="button button--secondary"
                    on:click=move |_| state.dismissed_notice.set(state.storage_notice.get_untracked())
                >
                    {t(Key::dismiss)}
                </button>
            </div>
        </Show>
    }
}

/// The main menu. An entry appears once its page exists in the route table.
#[component]
fn Nav() -> impl IntoView {
    let router = use_router();
    let items = NAV.iter().filter(|(path, _, _)| find_route(ROUTES, path).is_some());
    view! {
        <nav class="nav" aria-label=t(Key::nav_label)>
            <ul class="nav__list">
                {items
                    .map(|&(path, label, icon)| {
                        // The section is current for its own page and the pages under it.
                        let current = Signal::derive(move || {
                            router.location.with(|l| {
                                let here = &l.path;
                                if path == "/" {
                                    here == "/"
                                } else {
                                    here == path || here.starts_with(&format!("{path}/"))
                                }
                            })
                        });
                        view! {
                            <li class="nav__item">
                                <Link to=path class="nav__link" current=current>
                                    <span class="nav__icon"><Icon name=icon/></span>
                                    <span class="nav__label">{t(label)}</span>
                                </Link>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
