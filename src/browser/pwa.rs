//! Offline support in the page: registers the service worker (public/sw.js) under the app's base path,
//! tells the app when a new version is waiting, and follows the network status.

use crate::paths::file;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    // Older browsers and insecure origins have no service workers: the app then simply works online only.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into()).ok()?.then(|| navigator.service_worker())
}

/// Registers the worker and sets `update_ready` when a new version has installed and waits.
pub fn register(update_ready: RwSignal<bool>) {
    let Some(sw) = container() else { return };
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(&file("/"));
    let promise = sw.register_with_options(&file("sw.js"), &options);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else { return };
        // Some browsers (and blocked service workers) resolve with no registration at all.
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else { return };
        let has_controller = || container().and_then(|c| c.controller()).is_some();
        if reg.waiting().is_some() && has_controller() {
            update_ready.set(true);
        }
        let reg_for_found = reg.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = reg_for_found.installing() else { return };
            let worker = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                // "installed" with a page already controlled means an update, not the first install.
                if worker.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Activates the waiting version and reloads once it controls the page. Only ever called from the banner's
/// button: the app never reloads by itself. Drafts are saved as they are typed, so nothing is lost.
pub fn apply_update() {
    let Some(sw) = container() else { return };
    let on_change = Closure::<dyn Fn()>::new(|| {
        let _ = window().location().reload();
    });
    sw.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(
            sw.ready().unwrap_or_else(|_| js_sys::Promise::reject(&JsValue::NULL)),
        )
        .await
        else {
            return;
        };
        let reg: ServiceWorkerRegistration = reg.unchecked_into();
        if let Some(waiting) = reg.waiting() {
            let _ = waiting.post_message(&"skip-waiting".into());
        }
    });
}

/// Keeps `online` in step with the browser's network status.
pub fn watch_network(online: RwSignal<bool>) {
    online.set(window().navigator().on_line());
    for (event, value) in [("online", true), ("offline", false)] {
        let cb = Closure::<dyn Fn()>::new(move || online.set(value));
        let _ = window().add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        cb.forget();
    }
}
