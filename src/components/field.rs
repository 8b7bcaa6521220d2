//! One form question, drawn for its kind, with its label, hint and error message (GOV.UK pattern). No native
//! validation pop-ups: the form page validates and shows messages next to the fields.

use crate::components::date_field::DateEcho;
use crate::i18n::{text, Key};
use crate::state::{lang, t};
use layanan_core::base::lang::Lang;
use layanan_core::base::lang::Text;
use layanan_core::forms::{address_key, chosen, AddressPart, Answers, Field, FieldKind};
use leptos::prelude::*;

#[component]
pub fn FieldInput(
    field: &'static Field,
    answers: RwSignal<Answers>,
    error: Signal<Option<Text>>,
    on_answer: Callback<(String, String)>,
) -> impl IntoView {
    let id = format!("isian-{}", field.id);
    let hint_id = format!("{id}-petunjuk");
    let error_id = format!("{id}-salah");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if field.hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            // No attribute at all rather than an empty list (an empty IDREFS is invalid HTML).
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let label = move || field.label.get(lang()).to_string();
    let optional =
        (!field.required).then(|| view! { <span class="field__optional">" " {t(Key::form_optional)}</span> });
    let hint = field.hint.as_ref().map(|h| {
        let hint_id = hint_id.clone();
        view! { <p class="hint field__hint" id=hint_id>{move || h.get(lang()).to_string()}</p> }
    });
    let message = {
        let error_id = error_id.clone();
        move || {
            error.get().map(|m| view! {
            <p class="field__error" id=error_id.clone()><span class="visually-hidden">{t(Key::error_prefix)}</span>{m.get(lang()).to_string()}</p>
        })
        }
    };
    let value_of = move |key: &str| answers.with_untracked(|a| a.get(key).cloned().unwrap_or_default());
    let invalid = move || error.with(Option::is_some).then_some("true");
    let is_group =
        matches!(field.kind, FieldKind::Choice | FieldKind::MultiChoice | FieldKind::YesNo | FieldKind::Address);

    let control = match field.kind {
        FieldKind::LongText => {
            let key = field.id.clone();
            view! {
                <textarea class="field__input field__input--long" id=id.clone() name=field.id.clone() rows="5"
                    maxlength=field.length_limit().map(|n| n.to_string())
                    aria-describedby=described.clone() aria-invalid=invalid
                    prop:value=value_of(&field.id)
                    on:input=move |ev| on_answer.run((key.clone(), event_target_value(&ev)))></textarea>
            }
            .into_any()
        }
        FieldKind::Choice | FieldKind::YesNo | FieldKind::MultiChoice => {
            let multi = field.kind == FieldKind::MultiChoice;
            let options: Vec<(String, Text)> = if field.kind == FieldKind::YesNo {
                let both = |key| Text { id: text(Lang::Id, key).into(), en: text(Lang::En, key).into() };
                vec![("ya".into(), both(Key::yes)), ("tidak".into(), both(Key::no))]
            } else {
                field.options.iter().map(|o| (o.id.clone(), o.label.clone())).collect()
            };
            let current = value_of(&field.id);
            view! {
                <div class="choices" id=id.clone() tabindex="-1">
                    {options.into_iter().enumerate().map(|(i, (opt, text))| {
                        let input_id = format!("{}-{i}", id);
                        let checked = if multi { chosen(&current).any(|c| c == opt) } else { current == opt };
                        let key = field.id.clone();
                        let opt_for_change = opt.clone();
                        view! {
                            <div class="choices__item">
                                <input class="choices__input" type=if multi { "checkbox" } else { "radio" } id=input_id.clone()
                                    name=field.id.clone() value=opt.clone() prop:checked=checked
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        let value = if multi {
                                            let raw = answers.with_untracked(|a| a.get(&key).cloned().unwrap_or_default());
                                            field.set_choice(&raw, &opt_for_change, on)
                                        } else {
                                            opt_for_change.clone()
                                        };
                                        on_answer.run((key.clone(), value));
                                    }/>
                                <label class="choices__label" for=input_id>{move || text.get(lang()).to_string()}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            }.into_any()
        }
        FieldKind::Address => view! {
            <div class="address" id=id.clone() tabindex="-1">
                {AddressPart::ALL.into_iter().map(|part| {
                    let key = address_key(&field.id, part);
                    let part_id = format!("{id}-{}", part.key());
                    let short = matches!(part, AddressPart::Rt | AddressPart::Rw);
                    let initial = value_of(&key);
                    view! {
                        <div class="address__part" class:address__part--short=short>
                            <label class="address__label" for=part_id.clone()>{move || part.label(lang())}</label>
                            <input class="field__input" id=part_id type="text" autocomplete="off"
                                inputmode=short.then_some("numeric")
                                maxlength=field.length_limit().map(|n| n.to_string())
                                prop:value=initial
                                on:input=move |ev| on_answer.run((key.clone(), event_target_value(&ev)))/>
                        </div>
                    }
                }).collect_view()}
            </div>
        }
        .into_any(),
        kind => {
            let key = field.id.clone();
            let (input_type, inputmode, autocomplete) = match kind {
                // Text, not type=date: a date picker follows the phone's locale (mm/dd/yyyy); the app reads
                // dd/mm/yyyy and says back what it read.
                FieldKind::Date => ("text", Some("numeric"), "off"),
                FieldKind::Phone => ("tel", Some("tel"), "tel"),
                FieldKind::Number | FieldKind::Nik | FieldKind::KkNumber => ("text", Some("numeric"), "off"),
                FieldKind::Rupiah => ("text", Some("numeric"), "off"),
                _ => ("text", None, "off"),
            };
            view! {
                <div class="field__row">
                    {(kind == FieldKind::Rupiah).then(|| view! { <span class="field__prefix" aria-hidden="true">"Rp"</span> })}
                    <input class="field__input" id=id.clone() name=field.id.clone() type=input_type inputmode=inputmode
                        autocomplete=autocomplete spellcheck="false"
                        maxlength=field.length_limit().map(|n| n.to_string())
                        aria-describedby=described.clone() aria-invalid=invalid
                        prop:value=value_of(&field.id)
                        on:input=move |ev| on_answer.run((key.clone(), event_target_value(&ev)))/>
                </div>
                {(kind == FieldKind::Date).then(|| {
                    let key = field.id.clone();
                    view! { <DateEcho text=Signal::derive(move || answers.with(|a| a.get(&key).cloned().unwrap_or_default()))/> }
                })}
            }.into_any()
        }
    };

    if is_group {
        view! {
            <fieldset class="field" class:field--error=move || error.with(Option::is_some) aria-describedby=described>
                <legend class="field__label">{label}{optional}</legend>
                {hint}
                {message}
                {control}
            </fieldset>
        }
        .into_any()
    } else {
        view! {
            <div class="field" class:field--error=move || error.with(Option::is_some)>
                <label class="field__label" for=id.clone()>{label}{optional}</label>
                {hint}
                {message}
                {control}
            </div>
        }
        .into_any()
    }
}
