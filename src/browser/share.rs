//! Sharing and copying through the browser: Web Share where the phone has it, the clipboard otherwise.
//! Both are looked up at run time, because older phones have neither.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator_method(name: &str) -> Option<(JsValue, js_sys::Function)> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let f = js_sys::Reflect::get(&navigator, &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    Some((navigator, f))
}

/// Whether the phone offers its own share sheet.
pub fn can_share() -> bool {
    navigator_method("share").is_some()
}

/// Opens the phone's share sheet. Returns false if it is missing or the person cancelled.
pub async fn share(title: &str, text: &str, url: &str) -> bool {
    let Some((navigator, share)) = navigator_method("share") else { return false };
    let data = js_sys::Object::new();
    for (k, v) in [("title", title), ("text", text), ("url", url)] {
        let _ = js_sys::Reflect::set(&data, &k.into(), &v.into());
    }
    match share.call1(&navigator, &data).map(|p| p.dyn_into::<js_sys::Promise>()) {
        Ok(Ok(promise)) => JsFuture::from(promise).await.is_ok(),
        _ => false,
    }
}

/// Copies text to the clipboard. Returns false where the clipboard is unavailable or refused.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator: JsValue = window.navigator().into();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else { return false };
    let Ok(write) =
        js_sys::Reflect::get(&clipboard, &"writeText".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    else {
        return false;
    };
    match write.call1(&clipboard, &text.into()).map(|p| p.dyn_into::<js_sys::Promise>()) {
        Ok(Ok(promise)) => JsFuture::from(promise).await.is_ok(),
        _ => false,
    }
}

/// The full address of an app path, for sharing.
pub fn absolute_url(app_path: &str) -> String {
    absolute_href(&crate::paths::href(app_path))
}

/// The full address of a browser path (one that already has the base).
pub fn absolute_href(path: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let origin = String::new();
    format!("{origin}{path}")
}

/// A `wa.me` link that opens WhatsApp with the text filled in (no number: the person picks the chat).
pub fn whatsapp_link(text: &str) -> String {
    format!("https://wa.me/?text={}", layanan_core::route::encode_component(text))
}

/// Offers text as a file download (an `.ics` calendar, a JSON export) without any server.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    let Ok(a) = document.create_element("a") else { return false };
    let _ = a.set_attribute("href", &url);
    let _ = a.set_attribute("download", file_name);
    if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// Asks the browser not to evict this site's storage when the phone runs low (`navigator.storage.persist`).
/// Returns whether the browser could be asked.
pub fn ask_persistent_storage() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator: JsValue = window.navigator().into();
    let storage = js_sys::Reflect::get(&navigator, &"storage".into()).ok().filter(|v| !v.is_undefined());
    let persist = storage.as_ref().and_then(|s| js_sys::Reflect::get(s, &"persist".into()).ok());
    match (storage, persist.and_then(|p| p.dyn_into::<js_sys::Function>().ok())) {
        (Some(storage), Some(persist)) => persist.call0(&storage).is_ok(),
        _ => false,
    }
}
