//! A service in a list: its name and one-line summary, linking to its page.

use crate::paths::href;
use crate::state::lang;
use layanan_core::catalog::Service;
use leptos::prelude::*;

#[component]
pub fn ServiceList(services: Vec<&'static Service>) -> impl IntoView {
    view! {
        <ul class="service-list">
            {services.into_iter().map(|s| view! {
                <li>
                    <a href=href(&format!("/layanan/{}", s.id)) class="service-card">
                        <span class="service-card__title">{s.name.get(lang()).to_string()}</span>
                        " "
                        <span class="service-card__summary">{s.summary.get(lang()).to_string()}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
    }
}
