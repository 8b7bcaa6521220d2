//! The whole page as the build renders it: the content and language it is rendered with, the router, and the
//! shell around the page the address names.

use crate::components::shell::Shell;
use crate::routes::AppRoutes;
use crate::site::{MetaSlot, Site};
use layanan_core::base::lang::Lang;
use leptos::prelude::*;
use leptos_router::components::Router;

/// One page: `path` is the app path without language prefix (`/layanan/sktm`).
#[component]
pub fn App(site: Site, lang: Lang, meta: MetaSlot, path: String) -> impl IntoView {
    provide_context(site);
    provide_context(lang);
    provide_context(meta);
    let base = match lang {
        Lang::Id => crate::paths::base().to_string(),
        Lang::En => format!("{}{}", crate::paths::base(), layanan_core::route::EN_PREFIX),
    };
    view! {
        <Router base=base>
            <Shell path=path>
                <AppRoutes/>
            </Shell>
        </Router>
    }
}
