//! Internal links: the only way views link inside the app, so every link carries the base path.

use crate::router::{href, is_plain_click, use_router};
use leptos::prelude::*;

/// A link to an app path. It renders a real `<a href>` (works without the wasm, in a new tab, when shared) and
/// navigates in place on a plain click.
#[component]
pub fn Link(
    #[prop(into)] to: String,
    #[prop(optional, into)] class: Option<&'static str>,
    /// Marks the link as the current page (`aria-current="page"`).
    #[prop(optional, into)]
    current: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let router = use_router();
    let url = href(&to);
    view! {
        <a
            href=url
            class=class
            aria-current=move || current.get().then_some("page")
            on:click=move |ev| {
                if is_plain_click(&ev) {
                    ev.prevent_default();
                    router.navigate(&to);
                }
            }
        >
            {children()}
        </a>
    }
}
