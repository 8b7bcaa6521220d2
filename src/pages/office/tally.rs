//! `/rekap-umpan-balik`: the office's tally of feedback, on its own device. The clerk pastes the WhatsApp
//! messages received (many at once) or types the code printed on a slip from the kotak saran; the page reads
//! every `#TBFB1` line, keeps them on this device, and shows per service the ratings, the SKM index and its
//! grade, printable and as CSV. Nothing leaves the device unless the clerk downloads the file.

use crate::components::needs_js::NeedsJavaScript;
use crate::i18n::{fill, Key};
use crate::site::{content, set_meta};
use crate::state::{is_hydrated, lang, t, today};
use crate::stores::tally;
use layanan_core::base::lang::Text;
use layanan_core::feedback::{csv, parse_lines, tally, Entry, Tally, OTHER_SERVICE};
use leptos::prelude::*;

#[component]
pub fn FeedbackTallyPage() -> impl IntoView {
    set_meta(t(Key::tally_title), t(Key::tally_intro));
    let names: Vec<(String, Text)> = content().services.iter().map(|s| (s.id.clone(), s.name.clone())).collect();
    view! {
        <h1 tabindex="-1">{t(Key::tally_title)}</h1>
        <p class="lead">{t(Key::tally_intro)}</p>
        <NeedsJavaScript/>
        <FeedbackTally names=names/>
    }
}

/// What the last "Tambahkan" did, for the status line.
#[derive(Clone, Default)]
struct Added {
    new: usize,
    known: usize,
    errors: Vec<String>,
}

#[cfg_attr(feature = "planner", island)]
#[cfg_attr(not(feature = "planner"), component)]
fn FeedbackTally(names: Vec<(String, Text)>) -> impl IntoView {
    let names: &'static [(String, Text)] = crate::state::list_for_page(names);
    let name_of = move |id: &str| match names.iter().find(|(s, _)| s == id) {
        Some((_, n)) => n.get(lang()).to_string(),
        None if id == OTHER_SERVICE => t(Key::tally_other_service).to_string(),
        None => id.to_string(),
    };
    let entries = RwSignal::new(Vec::<Entry>::new());
    Effect::new(move |_| {
        if is_hydrated() {
            entries.set(tally::load());
        }
    });
    let pasted = RwSignal::new(String::new());
    let added = RwSignal::new(None::<Added>);
    let store = tally::save;
    let add = move |_| {
        let parsed = parse_lines(&pasted.get_untracked());
        let mut list = entries.get_untracked();
        let mut report = Added::default();
        for e in parsed.entries {
            if list.iter().any(|x| x.key == e.key) {
                report.known += 1;
            } else {
                list.push(e);
                report.new += 1;
            }
        }
        report.errors = parsed
            .errors
            .iter()
            .map(|(line, e)| {
                fill(t(Key::tally_line_error), &[("baris", &line.to_string()), ("alasan", e.message().get(lang()))])
            })
            .collect();
        if report.new > 0 {
            store(&list);
            entries.set(list);
            pasted.set(String::new());
        }
        added.set(Some(report));
    };
    let clear = move |_| {
        if window().confirm_with_message(t(Key::tally_clear_confirm)).unwrap_or(false) {
            store(&[]);
            entries.set(Vec::new());
            added.set(None);
        }
    };
    let download = move |_| {
        let (services, total) = tally(&entries.get_untracked());
        let text = csv(&services, &total, &name_of, t(Key::tally_all_services));
        crate::browser::share::download(&format!("rekap-umpan-balik-{}.csv", today()), "text/csv;charset=utf-8", &text);
    };
    view! {
        <section class="no-print" aria-labelledby="rekap-tambah">
            <h2 id="rekap-tambah">{t(Key::tally_add_heading)}</h2>
            <div class="field">
                <label for="rekap-tempel" class="field__label">{t(Key::tally_paste_label)}</label>
                <p class="field__hint" id="rekap-tempel-petunjuk">{t(Key::tally_paste_hint)}</p>
                <textarea id="rekap-tempel" class="field__input field__input--long" aria-describedby="rekap-tempel-petunjuk"
                    prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <button type="button" class="button" on:click=add>{t(Key::tally_add)}</button>
            <div role="status" class="actions__status">
                {move || added.get().map(|a| view! {
                    <p>{fill(t(Key::tally_added), &[("baru", &a.new.to_string()), ("sudah", &a.known.to_string())])}</p>
                    {(!a.errors.is_empty()).then(|| view! {
                        <p>{t(Key::tally_errors)}</p>
                        <ul>{a.errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                    })}
                })}
            </div>
        </section>
        {move || {
            let list = entries.get();
            if list.is_empty() {
                return view! { <p>{t(Key::tally_empty)}</p> }.into_any();
            }
            let (services, total) = tally(&list);
            view! {
                <TallyTable services=services total=total name_of=name_of/>
                <div class="actions no-print">
                    <button type="button" class="button" on:click=download>{t(Key::tally_csv)}</button>
                    <button type="button" class="button button--secondary" on:click=|_| { let _ = window().print(); }>{t(Key::service_print)}</button>
                    <button type="button" class="button button--secondary" on:click=clear>{t(Key::tally_clear)}</button>
                </div>
            }.into_any()
        }}
    }
}

#[component]
fn TallyTable(services: Vec<Tally>, total: Tally, name_of: impl Fn(&str) -> String + 'static) -> impl IntoView {
    let num = |v: Option<f64>| {
        v.map_or_else(
            || "–".to_string(),
            |x| format!("{x:.2}").replace('.', if lang() == layanan_core::base::lang::Lang::Id { "," } else { "." }),
        )
    };
    let grade = |t: &Tally| {
        t.grade().map_or_else(|| "–".to_string(), |g| format!("{} ({})", g.letter(), g.words().get(lang())))
    };
    let rows: Vec<(String, Tally)> = services
        .into_iter()
        .map(|s| (name_of(&s.service), s))
        .chain(std::iter::once((t(Key::tally_all_services).to_string(), total)))
        .collect();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="rekap-tabel">
            <table class="money">
                <caption class="schedule__caption" id="rekap-tabel">{t(Key::tally_table_caption)}</caption>
                <thead><tr>
                    <th scope="col">{t(Key::tally_col_service)}</th>
                    <th scope="col">{t(Key::tally_col_responses)}</th>
                    <th scope="col">{t(Key::tally_col_helpful)}</th>
                    <th scope="col">{t(Key::tally_col_surveys)}</th>
                    <th scope="col">{t(Key::tally_col_ikm)}</th>
                    <th scope="col">{t(Key::tally_col_grade)}</th>
                </tr></thead>
                <tbody>
                    {rows.iter().map(|(name, s)| view! {
                        <tr>
                            <th scope="row">{name.clone()}</th>
                            <Cell label=t(Key::tally_col_responses) value=s.responses.to_string()/>
                            <Cell label=t(Key::tally_col_helpful) value=num(s.helpful_mean())/>
                            <Cell label=t(Key::tally_col_surveys) value=s.surveys.to_string()/>
                            <Cell label=t(Key::tally_col_ikm) value=num(s.ikm())/>
                            <Cell label=t(Key::tally_col_grade) value=grade(s)/>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="rekap-unsur">
            <table class="money">
                <caption class="schedule__caption" id="rekap-unsur">{t(Key::tally_elements_caption)}</caption>
                <thead><tr>
                    <th scope="col">{t(Key::tally_col_service)}</th>
                    {(1..=9).map(|i| view! { <th scope="col">{format!("U{i}")}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {rows.iter().filter(|(_, s)| s.surveys > 0).map(|(name, s)| {
                        let means = s.element_means();
                        view! {
                            <tr>
                                <th scope="row">{name.clone()}</th>
                                {(0..9).map(|i| view! { <Cell label=format!("U{}", i + 1) value=num(means.map(|m| m[i]))/> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <p class="hint">{t(Key::tally_method)}</p>
    }
}

/// A figure, with its column's name before it for narrow screens, where the table's rows stack.
#[component]
fn Cell(#[prop(into)] label: String, value: String) -> impl IntoView {
    view! { <td><span class="money__label" aria-hidden="true">{label}": "</span>{value}</td> }
}
