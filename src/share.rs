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
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()).and_then(|f| f.dyn_into::<js_sys::Function>().map_err(JsValue::from)) else {
        return false;
    };
    match write.call1(&clipboard, &text.into()).map(|p| p.dyn_into::<js_sys::Promise>()) {
        Ok(Ok(promise)) => JsFuture::from(promise).await.is_ok(),
        _ => false,
    }
}

/// The full address of an app path, for sharing.
pub fn absolute_url(app_path: &str) -> String {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    format!("{origin}{}", crate::router::href(app_path))
}

/// A `wa.me` link that opens WhatsApp with the text filled in (no number: the person picks the chat).
pub fn whatsapp_link(text: &str) -> String {
    format!("https://wa.me/?text={}", js_sys::encode_uri_component(text))
}
