//! The answers to check before the result, each with a link back to change it.

use super::question::question_line;
use super::{question, use_rules, LIST_MEMBERS};
use crate::browser::url::StepLink;
use crate::i18n::Key;
use crate::state::{lang, t};
use layanan_core::base::order::{number, sort_by};
use layanan_core::eligibility::{AidProgramme, Answer, Answers, Question, QuestionRef};
use leptos::prelude::*;

/// Every answer given, each with a link to change it, in the order the questions were asked.
#[component]
pub(super) fn ReviewAnswers(
    answers: Answers,
    change_url: Callback<String, String>,
    on_done: Callback<()>,
) -> impl IntoView {
    let order: Vec<String> = use_rules().programmes.iter().flat_map(AidProgramme::questions).collect();
    let rank = |q: &str| order.iter().position(|o| o == q).unwrap_or(usize::MAX);
    let mut rows: Vec<(QuestionRef, Answer)> =
        answers.facts.iter().map(|(q, a)| (QuestionRef::Household(q.clone()), a.clone())).collect();
    sort_by(&mut rows, |(at, _)| number(rank(at.question())));
    for (i, m) in answers.members.iter().enumerate() {
        let mut person: Vec<(QuestionRef, Answer)> =
            m.iter().map(|(q, a)| (QuestionRef::Member(i, q.clone()), a.clone())).collect();
        sort_by(&mut person, |(at, _)| number(rank(at.question())));
        rows.extend(person);
    }
    let members = answers.members.len();
    view! {
        <h1 tabindex="-1">{t(Key::form_check_heading)}</h1>
        <dl class="answers">
            {(members > 0).then(|| view! {
                <div class="answers__row">
                    <dt class="answers__key">{t(Key::checker_members)}</dt>
                    <dd class="answers__value">{members.to_string()}</dd>
                    <dd class="answers__change"><StepLink to=change_url.run(LIST_MEMBERS.to_string())>{t(Key::form_change)}</StepLink></dd>
                </div>
            })}
            {rows.into_iter().filter_map(|(at, a)| {
                let q = question(at.question())?;
                let key = question_line(q, &at);
                Some(view! {
                    <div class="answers__row">
                        <dt class="answers__key">{key}</dt>
                        <dd class="answers__value">{answer_text(q, &a)}</dd>
                        <dd class="answers__change"><StepLink to=change_url.run(at.to_param())>{t(Key::form_change)}</StepLink></dd>
                    </div>
                })
            }).collect_view()}
        </dl>
        <button type="button" class="button" on:click=move |_| on_done.run(())>{t(Key::checker_see_result)}</button>
    }
}

pub(super) fn answer_text(q: &Question, a: &Answer) -> String {
    let lang = lang();
    match a {
        Answer::Yes => t(Key::yes).into(),
        Answer::No => t(Key::no).into(),
        Answer::Unknown => t(Key::checker_unknown).into(),
        Answer::Number(n) => match &q.unit {
            Some(u) => format!("{n} {}", u.get(lang)),
            None => n.to_string(),
        },
        Answer::Date(d) => d.long(lang),
        Answer::Choice(c) => {
            q.options.iter().find(|o| &o.id == c).map_or_else(|| c.clone(), |o| o.text.get(lang).to_string())
        }
    }
}
