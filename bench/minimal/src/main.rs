//! Two pages, a link between them, and a counter: the least a Leptos + leptos_router app can be. Its sizes and
//! Lighthouse figures are the baseline the product's are compared with (`scripts/bench.sh`).

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

fn main() {
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <nav><A href="/">"Home"</A>" "<A href="/about">"About"</A></nav>
            <main>
                <Routes fallback=|| view! { <h1>"Not found"</h1> }>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/about") view=About/>
                </Routes>
            </main>
        </Router>
    }
}

#[component]
fn Home() -> impl IntoView {
    let count = RwSignal::new(0);
    view! {
        <h1>"A minimal Leptos app"</h1>
        <p>"One paragraph of text, as a page of the product has many."</p>
        <button on:click=move |_| count.update(|n| *n += 1)>"Tapped " {move || count.get()} " times"</button>
    }
}

#[component]
fn About() -> impl IntoView {
    view! { <h1>"About"</h1><p>"The second page."</p> }
}
