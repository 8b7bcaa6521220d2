//! The build's data files (the forms file), fetched the first time a page needs them: the pages that do carry
//! them in their HTML.

use layanan_core::forms::Form;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of a file of this site, or `None` when it cannot be had (offline before it was ever fetched).
pub async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.ok()?.dyn_into::<web_sys::Response>().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Every form of this build (`formulir-<hash>.json`), or `None` offline before it was ever fetched.
pub async fn fetch_forms(file: &str) -> Option<Vec<Form>> {
    fetch_text(file).await.and_then(|t| serde_json::from_str(&t).ok())
}
