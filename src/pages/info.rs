//! `/info`: short articles by topic (penyuluhan kesehatan, hak dan kewajiban warga, cara mengurus dokumen,
//! lingkungan); `/info/:id`: one article, with the services and activities it belongs with, its sources and
//! when it was reviewed. Pre-rendered, no island; the catalogue search finds articles too.

use crate::components::article_list::ArticleList;
use crate::components::not_found::NotFound;
use crate::components::sources::Sources;
use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{lang, t};
use layanan_core::article::{blocks, Article, Block};
use layanan_core::base::lang::Text;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn text(t: &Text) -> String {
    t.get(lang()).to_string()
}

#[component]
pub fn InfoPage() -> impl IntoView {
    set_meta(t(Key::info_title), t(Key::info_intro));
    let c = content();
    view! {
        <h1 tabindex="-1">{t(Key::info_title)}</h1>
        <p class="lead">{t(Key::info_intro)}</p>
        {c.topics.iter().map(|topic| {
            let articles: Vec<&Article> = c.articles.iter().filter(|a| a.topic == topic.id).collect();
            (!articles.is_empty()).then(|| view! {
                <section aria-labelledby=format!("topik-{}", topic.id)>
                    <h2 id=format!("topik-{}", topic.id)>{text(&topic.name)}</h2>
                    <ArticleList articles=articles/>
                </section>
            })
        }).collect_view()}
    }
}

#[component]
pub fn ArticlePage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let c = content();
    let Some(a) = c.article(&id) else { return view! { <NotFound/> }.into_any() };
    set_meta(text(&a.title), text(&a.summary));
    let lang = lang();
    let topic = c.topics.iter().find(|t| t.id == a.topic);
    let services: Vec<_> = a.services.iter().filter_map(|s| c.service(s)).collect();
    let events: Vec<_> = a.events.iter().filter_map(|e| c.agenda.event(e)).collect();
    let body = a.body.get(lang);
    view! {
        <article class="article">
            <p class="service__sector"><a href=href("/info")>{t(Key::info_title)}</a>{topic.map(|t| view! { " · " {text(&t.name)} })}</p>
            <h1 tabindex="-1">{text(&a.title)}</h1>
            {a.needs_review(crate::state::today()).then(|| view! { <p class="banner banner--warning">{t(Key::info_needs_review)}</p> })}
            <p class="lead">{text(&a.summary)}</p>
            <crate::components::read_aloud::ReadAloud/>
            <div class="article__body">
                {blocks(body).into_iter().map(|b| match b {
                    Block::Heading(h) => view! { <h2>{h}</h2> }.into_any(),
                    Block::List(items) => view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any(),
                    Block::Paragraph(p) => view! { <p>{p}</p> }.into_any(),
                }).collect_view()}
            </div>
            {(!services.is_empty() || !events.is_empty()).then(|| view! {
                <section class="no-print">
                    <h2>{t(Key::info_related)}</h2>
                    <ul>
                        {services.iter().map(|s| view! { <li><a href=href(&format!("/layanan/{}", s.id))>{text(&s.name)}</a></li> }).collect_view()}
                        {events.iter().map(|e| view! { <li><a href=href(&format!("/agenda/{}", e.id))>{text(&e.title)}</a></li> }).collect_view()}
                    </ul>
                </section>
            })}
            <p class="hint">{fill(t(Key::info_owner), &[("siapa", &a.owner)])}</p>
            <Sources sources=a.sources.clone() checked=a.reviewed.long(lang)/>
        </article>
    }
    .into_any()
}
