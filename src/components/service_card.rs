//! A service in a list: its name and one-line summary, linking to its page.

use crate::components::link::Link;
use crate::state::use_state;
use layanan_core::catalog::Service;
use leptos::prelude::*;

#[component]
pub fn ServiceList(services: Vec<&'static Service>) -> impl IntoView {
    let state = use_state();
    view! {
        <ul class="service-list">
            {services
                .into_iter()
                .map(|s| view! {
                    <li>
                        <Link to=format!("/layanan/{}", s.id) class="service-card">
                            <span class="service-card__title">{move || s.name.get(state.lang.get()).to_string()}</span>
                            " "
                            <span class="service-card__summary">{move || s.summary.get(state.lang.get()).to_string()}</span>
                        </Link>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}
