//! "Berapa orang yang tinggal serumah?": person questions need the household listed first.

use crate::i18n::Key;
use crate::state::t;
use layanan_core::eligibility::Answers;
use leptos::prelude::*;

/// "Berapa orang yang tinggal serumah?": person questions need the household listed first.
#[component]
pub(super) fn MembersPage(answers: Answers, on_save: Callback<usize>) -> impl IntoView {
    let value =
        RwSignal::new(if answers.members.is_empty() { String::new() } else { answers.members.len().to_string() });
    let error = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match value.get_untracked().trim().parse::<usize>() {
            Ok(n) if (1..=30).contains(&n) => on_save.run(n),
            _ => error.set(true),
        }
    };
    view! {
        <form class="form" method="post" novalidate on:submit=submit>
            <div class="field" class:field--error=move || error.get()>
                <h1 tabindex="-1"><label for="jumlah-orang">{t(Key::checker_members)}</label></h1>
                <p class="hint" id="jumlah-orang-petunjuk">{t(Key::checker_members_hint)}</p>
                {move || error.get().then(|| view! { <p class="field__error" role="alert">{t(Key::checker_members_error)}</p> })}
                <input class="field__input field__input--short" id="jumlah-orang" type="text" inputmode="numeric"
                    aria-describedby="jumlah-orang-petunjuk" prop:value=value.get_untracked()
                    on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="button">{t(Key::form_next)}</button>
        </form>
    }
}
