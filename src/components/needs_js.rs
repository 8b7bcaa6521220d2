//! The note a page with a form or a checker shows when the browser runs no JavaScript: the questions are there
//! to read, answering them needs the app. Outside the island, so hydration never meets the `<noscript>`.
//!
//! Those forms are `method="post"`: without JavaScript a tap on their button must not put the answers in the
//! address, where browser history and the host's logs would keep them.

use crate::i18n::Key;
use crate::state::t;
use leptos::prelude::*;

#[component]
pub fn NeedsJavaScript() -> impl IntoView {
    view! {
        <noscript>
            <p class="banner banner--info">{t(Key::needs_javascript)}</p>
        </noscript>
    }
}
