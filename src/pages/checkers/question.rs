//! One question of the check, about the household or one of its members, with "Saya tidak tahu".

use super::question;
use crate::components::date_field::DateEcho;
use crate::components::read_aloud::ReadAloudControl;
use crate::i18n::{fill, Key};
use crate::state::{lang, t, today};
use layanan_core::eligibility::{raw_answer, AnswerError};
use layanan_core::eligibility::{Answer, Question, QuestionKind, QuestionRef, UNKNOWN};
use leptos::prelude::*;

/// "Pertanyaan 3 dari paling banyak 7": the count never promises fewer questions than may come.
fn progress_text(p: layanan_core::eligibility::Progress) -> String {
    let k = (p.answered + 1).to_string();
    match p.at_most {
        Some(n) => {
            fill(t(Key::checker_progress_at_most), &[("nomor", &k), ("jumlah", &n.max(p.answered + 1).to_string())])
        }
        None => fill(t(Key::checker_progress), &[("nomor", &k)]),
    }
}

/// The question as the page asks it: "Apakah Anda sakit menahun?" of the applicant, "Orang ke-2: Apakah orang
/// ini sakit menahun?" of anyone else.
pub(super) fn question_line(q: &Question, at: &QuestionRef) -> String {
    let text = q.text_at(at).get(lang());
    match at {
        QuestionRef::Member(i, _) if *i > 0 => {
            format!("{}: {text}", fill(t(Key::checker_person), &[("nomor", &(i + 1).to_string())]))
        }
        _ => text.to_string(),
    }
}

#[component]
pub(super) fn QuestionPage(
    at: QuestionRef,
    current: Option<Answer>,
    progress: layanan_core::eligibility::Progress,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let q = question(at.question()).expect("checked content");
    let choice = RwSignal::new(raw_answer(current.as_ref()));
    let error = RwSignal::new(None::<Key>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match q.parse_answer(&choice.get_untracked(), today()) {
            Ok(a) => {
                error.set(None);
                on_answer.run(a);
            }
            Err(e) => error.set(Some(match e {
                AnswerError::Missing => Key::checker_choose,
                AnswerError::NotANumber => Key::checker_number,
                AnswerError::OutOfRange => Key::checker_number_range,
                AnswerError::NotADate => Key::checker_date,
                AnswerError::Future => Key::checker_date_future,
            })),
        }
    };
    let options: Vec<(String, String)> = match q.kind {
        QuestionKind::YesNo => vec![("ya".into(), t(Key::yes).into()), ("tidak".into(), t(Key::no).into())],
        QuestionKind::Choice => q.options.iter().map(|o| (o.id.clone(), o.text.get(lang()).to_string())).collect(),
        _ => Vec::new(),
    };
    let legend = question_line(q, &at);
    view! {
        <p class="form__progress hint">{progress_text(progress)}</p>
        <ReadAloudControl/>
        <form class="form" method="post" novalidate on:submit=submit>
            <fieldset class="field" class:field--error=move || error.get().is_some() aria-describedby="tanya-bantuan">
                <legend class="field__label field__label--question"><h1 tabindex="-1">{legend.clone()}</h1></legend>
                {q.help.as_ref().map(|h| view! { <p class="hint" id="tanya-bantuan">{h.get(lang()).to_string()}</p> })}
                {move || error.get().map(|k| view! { <p class="field__error" role="alert">{t(k)}</p> })}
                {match q.kind {
                    QuestionKind::Number | QuestionKind::Date => {
                        let is_date = q.kind == QuestionKind::Date;
                        let typed = if choice.get_untracked() == UNKNOWN { String::new() } else { choice.get_untracked() };
                        view! {
                            <div class="field__row">
                                <label class="visually-hidden" for="jawaban">{legend.clone()}</label>
                                <input class="field__input" id="jawaban" type="text" inputmode="numeric" autocomplete="off" prop:value=typed
                                    on:input=move |ev| choice.set(event_target_value(&ev))/>
                                {q.unit.as_ref().map(|u| view! { <span class="field__suffix">{u.get(lang()).to_string()}</span> })}
                            </div>
                            {is_date.then(|| view! { <DateEcho text=Signal::derive(move || choice.get())/> })}
                        }.into_any()
                    }
                    _ => view! {
                        <div class="choices">
                            {options.into_iter().enumerate().map(|(i, (id, label))| {
                                let input_id = format!("pilihan-{i}");
                                let value = id.clone();
                                view! {
                                    <div class="choices__item">
                                        <input class="choices__input" type="radio" name="jawaban" id=input_id.clone() value=id.clone()
                                            prop:checked=move || choice.get() == id on:change=move |_| choice.set(value.clone())/>
                                        <label class="choices__label" for=input_id>{label}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                    }.into_any(),
                }}
                <div class="choices__item choices__item--unknown">
                    <input class="choices__input" type="radio" name="jawaban" id="tidak-tahu"
                        prop:checked=move || choice.get() == UNKNOWN on:change=move |_| choice.set(UNKNOWN.to_string())/>
                    <label class="choices__label" for="tidak-tahu">{t(Key::checker_unknown)}</label>
                </div>
            </fieldset>
            <button type="submit" class="button">{t(Key::form_next)}</button>
        </form>
    }
}
