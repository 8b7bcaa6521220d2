//! The result: programmes by outcome, each with its reasons, the documents to bring, and the text to share.

use super::use_rules;
use crate::components::read_aloud::ReadAloudControl;
use crate::components::text_share::TextShare;
use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::state::{lang, t, today};
use layanan_core::base::lang::Text;
use layanan_core::eligibility::{combined_documents, evaluate_all, for_person, Answers, Findings, Outcome, Tri};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const GROUPS: [(Outcome, Key); 3] = [
    (Outcome::Likely, Key::outcome_likely),
    (Outcome::NeedMoreInfo, Key::outcome_need_info),
    (Outcome::NotYet, Key::outcome_not_yet),
];

/// A short summary first (per outcome, the programme names), the documents to bring, then per programme every
/// criterion's reason, what the office still checks and what to do, folded away so the page stays short.
#[component]
pub(super) fn Results(answers: Answers, person: Option<String>) -> impl IntoView {
    let rules = use_rules();
    let single = rules.programmes.len() == 1;
    let findings = evaluate_all(rules.questions, rules.programmes, &answers, today());
    let documents: Vec<String> = combined_documents(&findings).iter().map(|d| d.label(lang())).collect();
    let summary = result_text(&findings, &documents, person.as_deref());
    // Folded details would print folded: open them all for paper.
    let printing = window_event_listener(leptos::ev::beforeprint, |_| {
        if let Ok(all) = document().query_selector_all("details.result__card") {
            (0..all.length()).filter_map(|i| all.item(i)).for_each(|d| {
                let _ = d.unchecked_into::<web_sys::Element>().set_attribute("open", "");
            });
        }
    });
    on_cleanup(move || printing.remove());
    let heading = match (&person, single) {
        (Some(name), _) => fill(t(Key::checker_result_for), &[("nama", name)]),
        (None, true) => t(Key::checker_result).to_string(),
        (None, false) => t(Key::finder_result).to_string(),
    };
    let worded = |text: &Text| for_person(text.get(lang()), lang(), person.as_deref());
    view! {
        <h1 tabindex="-1">{heading}</h1>
        <p class="lead">{t(Key::checker_office_decides)}</p>
        <ReadAloudControl/>
        <section class="result-summary" aria-labelledby="hasil-ringkas">
            <h2 id="hasil-ringkas">{t(Key::checker_summary)}</h2>
            <dl class="result-summary__list">
                {GROUPS.into_iter().filter(|(o, _)| !findings.group(*o).is_empty()).map(|(outcome, key)| view! {
                    <div class="result-summary__row" class:result-summary__row--likely=outcome == Outcome::Likely>
                        <dt class="result-summary__outcome">{t(key)}</dt>
                        <dd>
                            <ul class="result-summary__names">
                                {findings.group(outcome).iter().map(|f| {
                                    let name = f.programme.name.get(lang()).to_string();
                                    view! { <li><DetailsLink id=f.programme.id.clone()>{name}</DetailsLink></li> }
                                }).collect_view()}
                            </ul>
                        </dd>
                    </div>
                }).collect_view()}
            </dl>
        </section>
        {(!documents.is_empty()).then(|| view! {
            <section>
                <h2>{t(Key::checker_documents)}</h2>
                <ul class="checklist-plain">{documents.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
            </section>
        })}
        {GROUPS.into_iter().map(|(outcome, key)| {
            let items = findings.group(outcome);
            (!items.is_empty()).then(|| view! {
                <section class="result" class:result--likely=outcome == Outcome::Likely>
                    <h2>{t(key)}</h2>
                    {items.iter().map(|f| {
                        let p = f.programme;
                        let subject_missing = f.evaluation.subject_missing;
                        view! {
                            <details class="card result__card" id=format!("program-{}", p.id) open=single>
                                <summary class="card__title result__name">{p.name.get(lang()).to_string()}</summary>
                                <ul class="reasons">
                                    {f.evaluation.criteria.iter().map(|c| {
                                        let (mark, label) = match c.status {
                                            Tri::Met => ("✓", Key::reason_met),
                                            Tri::NotMet => ("✗", Key::reason_not_met),
                                            Tri::Unknown => ("?", Key::reason_unknown),
                                        };
                                        view! {
                                            <li class="reasons__item">
                                                <span class="reasons__mark" aria-hidden="true">{mark}</span>
                                                <span class="visually-hidden">{t(label)} ": "</span>
                                                {worded(&c.reason)}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                                {subject_missing.then(|| view! { <p class="hint">{t(Key::checker_subject_missing)}</p> })}
                                {(!subject_missing && !p.office_checks.is_empty()).then(|| view! {
                                    <p class="reasons__office">{t(Key::checker_office_checks)}</p>
                                    <ul>{p.office_checks.iter().map(|c| view! { <li>{c.get(lang()).to_string()}</li> }).collect_view()}</ul>
                                })}
                                {(outcome != Outcome::NotYet && !p.next_steps.is_empty()).then(|| view! {
                                    <p class="reasons__office">{t(Key::checker_next)}</p>
                                    <ol>{p.next_steps.iter().map(|s| view! { <li>{s.get(lang()).to_string()}</li> }).collect_view()}</ol>
                                })}
                                <p class="actions">
                                    <a href=href(&format!("/layanan/{}", p.service))>{t(Key::checker_service_link)}</a>
                                    {p.form.clone().map(|f| view! { " · " <a href=href(&format!("/formulir/{f}"))>{t(Key::service_forms)}</a> })}
                                </p>
                            </details>
                        }
                    }).collect_view()}
                </section>
            })
        }).collect_view()}
        <TextShare text=summary/>
    }
}

/// A link from the summary to a programme's folded details: opens them and moves focus there. (With `<base href>`
/// a plain `#fragment` would leave the page.)
#[component]
fn DetailsLink(id: String, children: Children) -> impl IntoView {
    let target = format!("program-{id}");
    let href = format!("#{target}");
    view! {
        <a href=href on:click=move |ev| {
            ev.prevent_default();
            if let Some(el) = document().get_element_by_id(&target) {
                let _ = el.set_attribute("open", "");
                if let Some(summary) = el.query_selector("summary").ok().flatten() {
                    let _ = summary.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            }
        }>{children()}</a>
    }
}

/// The results as plain text, for WhatsApp or copying: the summary first, then the reasons.
fn result_text(findings: &Findings, documents: &[String], person: Option<&str>) -> String {
    let lang = lang();
    let heading = match person {
        Some(name) => fill(t(Key::checker_result_for), &[("nama", name)]),
        None => t(Key::checker_result).to_string(),
    };
    let mut out = format!("{heading}\n");
    for (outcome, key) in GROUPS {
        let names: Vec<&str> = findings.group(outcome).iter().map(|f| f.programme.name.get(lang)).collect();
        if !names.is_empty() {
            out.push_str(&format!("{}: {}\n", t(key), names.join(", ")));
        }
    }
    for (outcome, key) in GROUPS {
        for f in findings.group(outcome) {
            out.push_str(&format!("\n{} — {}\n", f.programme.name.get(lang), t(key)));
            for c in &f.evaluation.criteria {
                let mark = match c.status {
                    Tri::Met => "✓",
                    Tri::NotMet => "✗",
                    Tri::Unknown => "?",
                };
                out.push_str(&format!("{mark} {}\n", for_person(c.reason.get(lang), lang, person)));
            }
        }
    }
    if !documents.is_empty() {
        out.push_str(&format!("\n{}:\n", t(Key::checker_documents)));
        for d in documents {
            out.push_str(&format!("- {d}\n"));
        }
    }
    out.push_str(&format!("\n{}\n", t(Key::checker_office_decides)));
    out
}
