//! `/program`: the village's integrated programmes and its budget, for residents to see what is done, how
//! far it has got and where the money goes; `/program/:id`: one programme with its partners, indicators and
//! milestones; `/program/apbdes`: the budget as Permendagri 20/2018 asks a desa to publish it. Pre-rendered
//! with no island: nothing here needs the phone to compute.

use crate::components::bar_chart::{table_row, Amount, BarChart, ChartRow};
use crate::components::sources::{Sources, StaleNote};
use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{lang, t};
use layanan_core::base::format::{rupiah, rupiah_short};
use layanan_core::base::lang::{Lang, Text};
use layanan_core::transparency::budget::{percent, Flow, Line, Totals};
use layanan_core::transparency::{Direction, Indicator, PartnerKind};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn text(t: &Text) -> String {
    t.get(lang()).to_string()
}

fn example_tag(example: bool) -> impl IntoView {
    example.then(|| view! { <p><span class="tag tag--unconfirmed">{t(Key::transparency_example)}</span></p> })
}

#[component]
pub fn TransparencyPage() -> impl IntoView {
    set_meta(t(Key::transparency_title), t(Key::transparency_intro));
    let c = content();
    let example = c.village_programmes.iter().any(|p| p.example) || c.budget.as_ref().is_some_and(|b| b.example);
    view! {
        <h1 tabindex="-1">{t(Key::transparency_title)}</h1>
        <p class="lead">{t(Key::transparency_intro)}</p>
        {example.then(|| view! { <p><span class="tag tag--unconfirmed">{t(Key::transparency_examples)}</span></p> })}
        <h2>{t(Key::transparency_budget)}</h2>
        {match &c.budget {
            Some(b) => {
                let (revenue, spending) = (Totals::of(&b.revenue).planned, Totals::of(&b.spending).planned);
                view! {
                    <a class="task" href=href("/program/apbdes")>
                        <span class="task__title">{fill(t(Key::transparency_budget_link), &[("tahun", &b.year.to_string())])}</span>
                        <span class="task__hint">{fill(t(Key::transparency_budget_summary), &[("pendapatan", &rupiah(revenue)), ("belanja", &rupiah(spending))])}</span>
                    </a>
                }.into_any()
            }
            None => view! { <p>{t(Key::transparency_no_budget)}</p> }.into_any(),
        }}
        <h2>{t(Key::transparency_programmes)}</h2>
        <ul class="service-list">
            {c.village_programmes.iter().map(|p| {
                let reached = p.indicators.iter().filter(|i| i.reached()).count();
                let count = fill(t(Key::transparency_reached_count), &[("tercapai", &reached.to_string()), ("jumlah", &p.indicators.len().to_string())]);
                view! {
                    <li>
                        <a href=href(&format!("/program/{}", p.id)) class="service-card">
                            <span class="service-card__title">{text(&p.name)}</span>
                            " "
                            <span class="service-card__summary">{text(&p.summary)}</span>
                            {(!p.indicators.is_empty()).then(|| view! { " " <span class="service-card__summary">{count}</span> })}
                        </a>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn ProgrammePage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let Some(p) = content().village_programme(&id) else {
        return view! { <crate::components::not_found::NotFound/> }.into_any();
    };
    set_meta(text(&p.name), text(&p.summary));
    let c = content();
    let lang = lang();
    let period = match p.end {
        Some(end) => {
            fill(t(Key::programme_period_range), &[("mulai", &p.start.long(lang)), ("selesai", &end.long(lang))])
        }
        None => fill(t(Key::programme_period_from), &[("mulai", &p.start.long(lang))]),
    };
    let services: Vec<_> = p.services.iter().filter_map(|s| c.service(s)).collect();
    view! {
        <p class="service__sector"><a href=href("/program")>{t(Key::transparency_title)}</a></p>
        <h1 tabindex="-1">{text(&p.name)}</h1>
        <StaleNote checked=Some(p.checked)/>
        {example_tag(p.example)}
        <p class="lead">{text(&p.summary)}</p>
        <dl class="facts">
            {c.sector(&p.sector).map(|s| view! { <dt>{t(Key::programme_sector)}</dt><dd>{text(&s.name)}</dd> })}
            <dt>{t(Key::programme_period)}</dt><dd>{period}</dd>
            <dt>{t(Key::programme_partners)}</dt>
            <dd>
                <ul class="partners">
                    {p.partners.iter().map(|m| view! {
                        <li><strong>{m.name.clone()}</strong> " (" {t(partner_kind(m.kind))} "): " {text(&m.role)}</li>
                    }).collect_view()}
                </ul>
            </dd>
        </dl>
        {(!p.indicators.is_empty()).then(|| view! {
            <h2>{t(Key::programme_indicators)}</h2>
            {p.indicators.iter().map(|i| view! { <IndicatorView indicator=i.clone()/> }).collect_view()}
        })}
        {(!p.milestones.is_empty()).then(|| view! {
            <h2>{t(Key::programme_milestones)}</h2>
            <ol class="milestones">
                {p.milestones.iter().map(|m| view! {
                    <li class="milestones__item">
                        <span class=if m.done { "tag tag--done" } else { "tag" }>{t(if m.done { Key::milestone_done } else { Key::milestone_planned })}</span>
                        " " <strong>{m.date.long(lang)}</strong> ": " {text(&m.text)}
                    </li>
                }).collect_view()}
            </ol>
        })}
        {(!services.is_empty()).then(|| view! {
            <section class="no-print">
                <h2>{t(Key::agenda_services)}</h2>
                <ul>{services.iter().map(|s| view! { <li><a href=href(&format!("/layanan/{}", s.id))>{text(&s.name)}</a></li> }).collect_view()}</ul>
            </section>
        })}
        <Sources sources=p.sources.clone() checked=p.checked.long(lang)/>
    }
    .into_any()
}

fn partner_kind(kind: PartnerKind) -> Key {
    match kind {
        PartnerKind::PemerintahDesa => Key::partner_kind_pemerintah_desa,
        PartnerKind::Dinas => Key::partner_kind_dinas,
        PartnerKind::Puskesmas => Key::partner_kind_puskesmas,
        PartnerKind::Ngo => Key::partner_kind_ngo,
        PartnerKind::Csr => Key::partner_kind_csr,
        PartnerKind::Lainnya => Key::partner_kind_lainnya,
    }
}

/// One indicator: the latest value against the target, how far along (or why that cannot be said), and
/// the last twelve reports as a chart and a table.
#[component]
fn IndicatorView(indicator: Indicator) -> impl IntoView {
    let lang = lang();
    let unit = text(&indicator.unit);
    let count = |v: u64| format!("{v} {unit}");
    let target_key = match indicator.direction {
        Direction::Naik => Key::indicator_target_rising,
        Direction::Turun => Key::indicator_target_falling,
    };
    let target = fill(
        t(target_key),
        &[("tahun", &indicator.target_year.to_string()), ("nilai", &indicator.target.to_string()), ("satuan", &unit)],
    );
    let status = match (indicator.latest(), indicator.progress()) {
        (None, _) => view! { <p><span class="tag">{t(Key::indicator_not_reported)}</span></p> }.into_any(),
        (Some(_), _) if indicator.reached() => view! { <p><span class="tag tag--done">{t(Key::indicator_reached)}</span></p> }.into_any(),
        (Some(_), Some(pct)) => view! {
            <p class="progress">
                <svg class="progress__bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="progress__track" width="100" height="12"/><rect class="progress__fill" width=pct.to_string() height="12"/>
                </svg>
                <span>{fill(t(Key::indicator_progress), &[("persen", &pct.to_string())])}</span>
            </p>
        }.into_any(),
        (Some(_), None) => view! { <p class="hint">{t(Key::indicator_one_report)}</p> }.into_any(),
    };
    let recent: Vec<_> = indicator.readings.iter().rev().take(12).rev().collect();
    let sources: Vec<String> = indicator.readings.iter().map(|r| r.source.clone()).fold(Vec::new(), |mut all, s| {
        if !all.contains(&s) {
            all.push(s);
        }
        all
    });
    let rows: Vec<ChartRow> = recent
        .iter()
        .map(|r| ChartRow {
            label: r.period.long(lang),
            note: None,
            values: vec![Some(Amount { amount: r.value, short: r.value.to_string(), exact: count(r.value) })],
            remark: None,
        })
        .collect();
    let name = text(&indicator.name);
    view! {
        <section class="indicator">
            <h3>{name.clone()}</h3>
            {indicator.latest().map(|r| view! {
                <p class="indicator__latest">{fill(t(Key::indicator_latest), &[("nilai", &r.value.to_string()), ("satuan", &unit), ("bulan", &r.period.long(lang))])}</p>
            })}
            <p>{target}</p>
            {status}
            {(!rows.is_empty()).then(|| view! {
                <BarChart caption=fill(t(Key::indicator_history), &[("nama", &name)]) item=t(Key::indicator_month).to_string()
                    series=vec![t(Key::indicator_value).to_string()] rows=rows missing=t(Key::indicator_not_reported).to_string()
                    note=fill(t(Key::transparency_data_note), &[("tanggal", &recent.last().map(|r| r.period.long(lang)).unwrap_or_default()), ("sumber", &sources.join("; "))])/>
            })}
        </section>
    }
}

#[component]
pub fn BudgetPage() -> impl IntoView {
    let Some(b) = content().budget.as_ref() else {
        return view! { <crate::components::not_found::NotFound/> }.into_any();
    };
    let lang = lang();
    let title = fill(t(Key::budget_title), &[("tahun", &b.year.to_string())]);
    set_meta(title.clone(), t(Key::budget_intro));
    let as_of = b.as_of.long(lang);
    let source_note = fill(t(Key::transparency_data_note), &[("tanggal", &as_of), ("sumber", &b.document)]);
    let series = vec![t(Key::budget_planned).to_string(), t(Key::budget_realised).to_string()];
    let missing = t(Key::indicator_not_reported).to_string();
    let revenue_rows: Vec<ChartRow> = b.revenue.iter().map(|l| line_row(l, lang)).collect();
    let spending_rows: Vec<ChartRow> = b
        .spending_by_bidang()
        .into_iter()
        .map(|(bidang, totals)| {
            totals_row(
                fill(t(Key::budget_bidang), &[("nomor", &bidang.number.to_string()), ("nama", &text(&bidang.name))]),
                totals,
                lang,
            )
        })
        .collect();
    let (net_planned, net_realised) = b.net_financing();
    view! {
        <p class="service__sector"><a href=href("/program")>{t(Key::transparency_title)}</a></p>
        <h1 tabindex="-1">{title}</h1>
        <StaleNote checked=Some(b.checked)/>
        {example_tag(b.example)}
        {b.example.then(|| view! { <p>{text(&b.note)}</p> })}
        <p class="lead">{t(Key::budget_intro)}</p>
        <p>{fill(t(Key::budget_document), &[("dokumen", &b.document)])} " " {fill(t(Key::budget_as_of), &[("tanggal", &as_of)])}</p>

        <h2>{t(Key::budget_summary)}</h2>
        <dl class="facts">
            <dt>{t(Key::budget_revenue)}</dt><dd>{totals_text(Totals::of(&b.revenue))}</dd>
            <dt>{t(Key::budget_spending)}</dt><dd>{totals_text(Totals::of(&b.spending))}</dd>
            <dt>{t(Key::budget_net_financing)}</dt><dd>{signed(net_planned)} " / " {net_realised.map_or(missing.clone(), signed)}</dd>
            <dt>{t(Key::budget_remaining)}</dt><dd>{b.remaining().map_or(t(Key::budget_remaining_unknown).to_string(), signed)}</dd>
        </dl>
        <p class="hint">{t(Key::budget_balanced)}</p>

        <h2>{t(Key::budget_revenue)}</h2>
        <BarChart caption=t(Key::budget_revenue_chart).to_string() item=t(Key::budget_item).to_string() series=series.clone()
            rows=revenue_rows total=totals_row(t(Key::budget_total).to_string(), Totals::of(&b.revenue), lang)
            missing=missing.clone() note=source_note.clone()/>

        <h2>{t(Key::budget_spending)}</h2>
        <BarChart caption=t(Key::budget_spending_chart).to_string() item=t(Key::budget_item).to_string() series=series.clone()
            rows=spending_rows total=totals_row(t(Key::budget_total).to_string(), Totals::of(&b.spending), lang)
            missing=missing.clone() note=source_note.clone()/>
        {b.bidang.iter().filter(|bd| b.spending.iter().any(|l| l.bidang == Some(bd.number))).map(|bd| view! {
            <details class="budget__detail">
                <summary>{fill(t(Key::budget_bidang), &[("nomor", &bd.number.to_string()), ("nama", &text(&bd.name))])}</summary>
                <MoneyTable lines=b.spending.iter().filter(|l| l.bidang == Some(bd.number)).cloned().collect() series=series.clone() missing=missing.clone()/>
            </details>
        }).collect_view()}

        <h2>{t(Key::budget_financing)}</h2>
        {[(Flow::Penerimaan, Key::budget_financing_in), (Flow::Pengeluaran, Key::budget_financing_out)].into_iter().map(|(flow, key)| view! {
            <h3>{t(key)}</h3>
            <MoneyTable lines=b.financing(flow).cloned().collect() series=series.clone() missing=missing.clone()/>
        }).collect_view()}

        {(!b.unfinished.is_empty()).then(|| view! {
            <h2>{t(Key::budget_unfinished)}</h2>
            <ul>
                {b.unfinished.iter().map(|u| view! {
                    <li>
                        <strong>{text(&u.label)}</strong>
                        " (" {b.bidang_name(u.bidang).map(text).unwrap_or_default()} "). "
                        {fill(t(Key::budget_reason), &[("alasan", &text(&u.reason))])}
                    </li>
                }).collect_view()}
            </ul>
        })}
        {(!b.roles.is_empty()).then(|| view! {
            <h2>{t(Key::budget_roles)}</h2>
            <dl class="facts">{b.roles.iter().map(|r| view! { <dt>{text(&r.role)}</dt><dd>{text(&r.task)}</dd> }).collect_view()}</dl>
        })}
        <h2>{t(Key::budget_complaints)}</h2>
        <p>{text(&b.complaints)}</p>
        <Sources sources=b.sources.clone() checked=b.checked.long(lang)/>
    }
    .into_any()
}

/// The lines of one list as a table (no chart: the chart above shows the bidang's total).
#[component]
fn MoneyTable(lines: Vec<Line>, series: Vec<String>, missing: String) -> impl IntoView {
    let lang = lang();
    let rows: Vec<ChartRow> = lines.iter().map(|l| line_row(l, lang)).collect();
    view! {
        <table class="money">
            <thead><tr><th scope="col">{t(Key::budget_item)}</th>{series.iter().map(|s| view! { <th scope="col">{s.clone()}</th> }).collect_view()}</tr></thead>
            <tbody>{rows.into_iter().map(|r| table_row(r, &series, &missing, false)).collect_view()}</tbody>
        </table>
    }
}

fn amount(v: u64, lang: Lang) -> Amount {
    Amount { amount: v, short: rupiah_short(v, lang), exact: rupiah(v) }
}

fn line_row(l: &Line, lang: Lang) -> ChartRow {
    ChartRow {
        label: text(&l.label),
        note: l.source.as_ref().map(|s| fill(t(Key::budget_from), &[("asal", &text(s))])),
        values: vec![Some(amount(l.planned, lang)), l.realised.map(|r| amount(r, lang))],
        remark: l.percent().map(|p| format!("({p}%)")),
    }
}

fn totals_row(label: String, totals: Totals, lang: Lang) -> ChartRow {
    ChartRow {
        label,
        note: None,
        values: vec![Some(amount(totals.planned, lang)), totals.realised.map(|r| amount(r, lang))],
        remark: totals.realised.and_then(|r| percent(r, totals.planned)).map(|p| format!("({p}%)")),
    }
}

/// "Rp1.574.200.000 / Rp1.240.495.000 (78%)": the plan, then what is realised so far.
fn totals_text(totals: Totals) -> String {
    let realised = match totals.realised {
        Some(r) => {
            format!("{}{}", rupiah(r), percent(r, totals.planned).map(|p| format!(" ({p}%)")).unwrap_or_default())
        }
        None => t(Key::indicator_not_reported).to_string(),
    };
    format!("{}: {} · {}: {realised}", t(Key::budget_planned), rupiah(totals.planned), t(Key::budget_realised))
}

fn signed(v: i128) -> String {
    let sign = if v < 0 { "−" } else { "" };
    format!("{sign}{}", rupiah(v.unsigned_abs() as u64))
}
