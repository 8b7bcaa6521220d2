//! A list of articles as link cards: the `/info` page and the "Bacaan" of a service page.

use crate::paths::href;
use crate::state::lang;
use layanan_core::article::Article;
use leptos::prelude::*;

/// Articles as link cards: title and summary.
#[component]
pub fn ArticleList(articles: Vec<&'static Article>) -> impl IntoView {
    view! {
        <ul class="service-list">
            {articles.into_iter().map(|a| view! {
                <li>
                    <a href=href(&format!("/info/{}", a.id)) class="service-card">
                        <span class="service-card__title">{a.title.get(lang()).to_string()}</span>
                        " "
                        <span class="service-card__summary">{a.summary.get(lang()).to_string()}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
    }
}
