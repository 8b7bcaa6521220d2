//! The root component: state, router, and the shell around the current page.

use crate::components::shell::Shell;
use crate::pages;
use crate::router::provide_router;
use crate::routes::ROUTES;
use crate::state::provide_state;
use layanan_core::route::find_route;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let state = provide_state();
    let router = provide_router();
    crate::pwa::register(state.update_ready);
    crate::pwa::watch_network(state.online);
    // Only a change of path draws a new page; a change of query (search as you type) does not.
    let path = Memo::new(move |_| router.location.with(|l| l.path.clone()));
    view! {
        <Shell>
            {move || {
                let path = path.get();
                match find_route(ROUTES, &path) {
                    Some((page, params)) => page(params),
                    None => pages::not_found::page(Default::default()),
                }
            }}
        </Shell>
    }
}
