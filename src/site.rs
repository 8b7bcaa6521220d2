//! What a page is rendered from at build time: the checked content and the page's title and description.
//! Only the build-time renderer provides these; islands receive what they need as props instead, so no
//! content travels in the wasm.

use layanan_core::content::Content;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// The content every page is rendered from, and the names of the build's data files islands fetch.
#[derive(Clone, Copy)]
pub struct Site {
    pub content: &'static Content,
    /// What the search box searches (`cari-<hash>.json`).
    pub search_file: &'static str,
    /// Every form, for reading one handed over (`formulir-<hash>.json`).
    pub forms_file: &'static str,
}

pub fn use_site() -> Site {
    expect_context::<Site>()
}

/// The content of the page being rendered.
pub fn content() -> &'static Content {
    use_site().content
}

/// The `<title>` and `<meta name="description">` of the page being rendered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
}

/// Where a page leaves its meta for the renderer to put into the head.
#[derive(Clone, Default)]
pub struct MetaSlot(pub Arc<Mutex<PageMeta>>);

/// Sets the page's title ("<page> · <app name>" is added by the renderer) and description.
pub fn set_meta(title: impl Into<String>, description: impl Into<String>) {
    if let Some(slot) = use_context::<MetaSlot>() {
        if let Ok(mut meta) = slot.0.lock() {
            *meta = PageMeta { title: title.into(), description: description.into() };
        }
    }
}
