//! "Apakah layanan ini membantu?" on every service page and on home: a plain HTML form, no island. Its
//! button opens the feedback form with the rating (and the service) already chosen, through the address;
//! the resident may add a comment or the full survey there and decides how to send it.

use crate::i18n::Key;
use crate::paths::href;
use crate::site::content;
use crate::state::{lang, t};
use layanan_core::feedback::{FORM, HELPFUL_FIELD, SERVICE_FIELD};
use leptos::prelude::*;

#[component]
pub fn QuickFeedback(#[prop(optional)] service: Option<String>) -> impl IntoView {
    let Some(field) = content().form(FORM).and_then(|f| f.field(HELPFUL_FIELD)) else { return ().into_any() };
    let lang = lang();
    view! {
        <form class="quick-feedback no-print" method="get" action=href(&format!("/formulir/{FORM}"))>
            {service.map(|s| view! { <input type="hidden" name=SERVICE_FIELD value=s/> })}
            <fieldset class="quick-feedback__choices">
                <legend class="quick-feedback__question">{field.label.get(lang).to_string()}</legend>
                {field.options.iter().map(|o| {
                    let id = format!("membantu-{}", o.id);
                    view! {
                        <div class="choices__item">
                            <input class="choices__input" type="radio" id=id.clone() name=HELPFUL_FIELD value=o.id.clone()/>
                            <label class="choices__label" for=id>{o.label.get(lang).to_string()}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <p class="hint">{t(Key::feedback_quick_hint)}</p>
            <button type="submit" class="button button--secondary">{t(Key::feedback_quick_send)}</button>
        </form>
    }
    .into_any()
}
