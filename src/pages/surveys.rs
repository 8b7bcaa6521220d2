//! `/survei`: the village's community surveys. Open ones link to their form; closed ones show their results
//! as bars with the same figures in a table, and only once closed. Judged on the build's day, like the
//! agenda (rebuilding refreshes it).

use crate::components::bar_chart::{Amount, BarChart, ChartRow};
use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{lang, t, today};
use layanan_core::forms::survey::{percent, Phase, Results};
use layanan_core::forms::Form;
use leptos::prelude::*;

#[component]
pub fn SurveysPage() -> impl IntoView {
    set_meta(t(Key::surveys_title), t(Key::surveys_intro));
    let day = today();
    let surveys: Vec<&'static Form> = content().forms.iter().filter(|f| f.survey.is_some()).collect();
    let in_phase = |phase: Phase| {
        surveys
            .iter()
            .copied()
            .filter(move |f| f.survey.as_ref().is_some_and(|s| s.phase(day) == phase))
            .collect::<Vec<_>>()
    };
    let (open, closed, coming) = (in_phase(Phase::Open), in_phase(Phase::Closed), in_phase(Phase::NotYet));
    view! {
        <h1 tabindex="-1">{t(Key::surveys_title)}</h1>
        <p class="lead">{t(Key::surveys_intro)}</p>
        <h2>{t(Key::surveys_open)}</h2>
        {if open.is_empty() {
            view! { <p>{t(Key::surveys_none_open)}</p> }.into_any()
        } else {
            open.into_iter().map(|f| view! { <SurveyCard form=f/> }).collect_view().into_any()
        }}
        {(!coming.is_empty()).then(|| view! {
            <h2>{t(Key::surveys_coming)}</h2>
            {coming.into_iter().map(|f| view! { <SurveyCard form=f/> }).collect_view()}
        })}
        {(!closed.is_empty()).then(|| view! {
            <h2>{t(Key::surveys_closed)}</h2>
            {closed.into_iter().map(|f| view! { <SurveyCard form=f/> }).collect_view()}
        })}
    }
}

#[component]
fn SurveyCard(form: &'static Form) -> impl IntoView {
    let lang = lang();
    let day = today();
    let s = form.survey.as_ref().expect("only surveys are listed");
    let dates = fill(t(Key::surveys_dates), &[("dibuka", &s.opens.long(lang)), ("ditutup", &s.closes.long(lang))]);
    let phase = s.phase(day);
    view! {
        <section class="card survey" aria-labelledby=format!("survei-{}", form.id)>
            <h3 class="card__title" id=format!("survei-{}", form.id)>{form.name.get(lang).to_string()}</h3>
            <p>{form.summary.get(lang).to_string()}</p>
            <p class="hint">{dates} " · " {s.organiser.get(lang).to_string()}</p>
            {match (phase, s.shown_results(day)) {
                (Phase::Open, _) => view! {
                    <p><a class="button" href=href(&format!("/formulir/{}", form.id))>{t(Key::surveys_answer)}</a></p>
                }.into_any(),
                (Phase::Closed, Some(results)) => view! { <SurveyResults form=form results=results/> }.into_any(),
                (Phase::Closed, None) => view! { <p>{t(Key::surveys_results_pending)}</p> }.into_any(),
                (Phase::NotYet, _) => view! { <p>{fill(t(Key::surveys_opens_on), &[("tanggal", &s.opens.long(lang))])}</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn SurveyResults(form: &'static Form, results: &'static Results) -> impl IntoView {
    let lang = lang();
    let n = results.respondents;
    view! {
        {results.example.then(|| view! { <p><span class="tag tag--unconfirmed">{t(Key::surveys_example)}</span></p> })}
        <p>{fill(t(Key::surveys_respondents), &[("jumlah", &n.to_string()), ("tanggal", &results.published.long(lang))])}</p>
        {results.fields.iter().filter_map(|r| Some((form.field(&r.id)?, r))).map(|(field, r)| {
            let rows: Vec<ChartRow> = field.options.iter().map(|o| {
                let count = r.counts.get(&o.id).copied().unwrap_or(0);
                let people = fill(t(Key::surveys_people), &[("jumlah", &count.to_string())]);
                ChartRow {
                    label: o.label.get(lang).to_string(),
                    note: None,
                    values: vec![Some(Amount { amount: u64::from(count), short: people.clone(), exact: people })],
                    remark: Some(format!("{}%", percent(count, n))),
                }
            }).collect();
            view! {
                <BarChart caption=field.label.get(lang).to_string() item=t(Key::surveys_answer_column).to_string()
                    series=vec![t(Key::surveys_count_column).to_string()] rows=rows missing=String::new() note=t(Key::surveys_chart_note).to_string()/>
            }
        }).collect_view()}
    }
}
