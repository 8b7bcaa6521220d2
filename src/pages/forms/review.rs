//! "Periksa jawaban Anda": every answer with a link back to change it, then "Selesai".

use crate::browser::url::StepLink;
use crate::i18n::Key;
use crate::state::{lang, t, today};
use layanan_core::drafts::Draft;
use layanan_core::forms::{summary, validate_form, Form};
use leptos::prelude::*;

#[component]
pub(super) fn ReviewPage(
    form: &'static Form,
    draft: RwSignal<Draft>,
    section_url: Callback<usize, String>,
    on_done: Callback<()>,
) -> impl IntoView {
    let answers = draft.with_untracked(|d| d.answers().clone());
    let problems = validate_form(form, &answers, today());
    view! {
        <h1 tabindex="-1">{t(Key::form_check_heading)}</h1>
        {(!problems.is_empty()).then(|| view! {
            <div class="error-summary" role="alert">
                <h2 class="error-summary__title">{t(Key::form_error_summary)}</h2>
                <ul class="error-summary__list">
                    {problems.iter().map(|p| view! { <li>{p.message.get(lang()).to_string()}</li> }).collect_view()}
                </ul>
            </div>
        })}
        <dl class="answers">
            {summary(form, &answers, lang()).into_iter().map(|row| {
                let to = section_url.run(row.section);
                let label = row.label.clone();
                view! {
                    <div class="answers__row">
                        <dt class="answers__key">{row.label}</dt>
                        <dd class="answers__value">{row.value}</dd>
                        <dd class="answers__change">
                            <StepLink to=to>{t(Key::form_change)}<span class="visually-hidden">" " {label}</span></StepLink>
                        </dd>
                    </div>
                }
            }).collect_view()}
        </dl>
        {problems.is_empty().then(|| view! {
            <button type="button" class="button" on:click=move |_| on_done.run(())>{t(Key::form_finish)}</button>
        })}
    }
}
