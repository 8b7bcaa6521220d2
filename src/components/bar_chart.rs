//! Bar charts drawn by the page itself, for the budget and the programmes' indicators: one row per item, one
//! bar per series, each bar an SVG scaled against the largest value of the chart (`transparency::chart`),
//! its value written beside it, and the same numbers in a table under it. Screen readers read the table; the
//! bars are hidden from them. The series differ by outline and fill, not only by colour, and a value that
//! was not reported is said in words, never drawn as an empty bar.

use crate::i18n::Key;
use crate::state::t;
use layanan_core::transparency::chart::{lengths, FULL};
use leptos::prelude::*;

/// One value: its amount (for the bar), a short label for beside the bar, the exact text for the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Amount {
    pub amount: u64,
    pub short: String,
    pub exact: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartRow {
    pub label: String,
    /// A second line under the label (who gives the money).
    pub note: Option<String>,
    /// One per series; `None` when not reported.
    pub values: Vec<Option<Amount>>,
    /// Beside the last value in the table ("79%").
    pub remark: Option<String>,
}

/// `series`: the names of the value columns, in order (the first is drawn outlined, the second filled).
/// `total`: a last table row, not drawn (a total bar would dwarf the rest).
#[component]
pub fn BarChart(
    caption: String,
    item: String,
    series: Vec<String>,
    rows: Vec<ChartRow>,
    #[prop(optional)] total: Option<ChartRow>,
    missing: String,
    note: String,
) -> impl IntoView {
    let amounts: Vec<u64> =
        rows.iter().flat_map(|r| r.values.iter().map(|v| v.as_ref().map_or(0, |a| a.amount))).collect();
    let mut bar_lengths = lengths(&amounts).into_iter();
    let drawn: Vec<Vec<Option<(u32, String)>>> = rows
        .iter()
        .map(|r| {
            r.values
                .iter()
                .map(|v| bar_lengths.next().and_then(|len| v.as_ref().map(|a| (len, a.short.clone()))))
                .collect()
        })
        .collect();
    let several = series.len() > 1;
    view! {
        <figure class="chart">
            <figcaption class="chart__caption">{caption.clone()}</figcaption>
            <div aria-hidden="true">
                {several.then(|| view! {
                    <ul class="chart__legend">
                        {series.iter().enumerate().map(|(i, name)| view! {
                            <li><svg class="chart__key" viewBox="0 0 24 12" focusable="false">{bar(i == 0, 24, 12)}</svg>{name.clone()}</li>
                        }).collect_view()}
                    </ul>
                })}
                <ul class="chart__rows">
                    {rows.iter().zip(drawn).map(|(row, bars)| view! {
                        <li class="chart__row">
                            <span class="chart__label">{row.label.clone()}</span>
                            {bars.into_iter().enumerate().map(|(i, b)| match b {
                                Some((len, short)) => view! {
                                    <span class="chart__line">
                                        <svg class="chart__bar" viewBox=format!("0 0 {FULL} 12") preserveAspectRatio="none" focusable="false">{bar(several && i == 0, len, 12)}</svg>
                                        <span class="chart__value">{short}</span>
                                    </span>
                                }.into_any(),
                                None => view! { <span class="chart__line chart__missing">{missing.clone()}</span> }.into_any(),
                            }).collect_view()}
                        </li>
                    }).collect_view()}
                </ul>
            </div>
            <p class="hint no-print">{t(Key::chart_table_note)}</p>
            <table class="money">
                <caption class="visually-hidden">{caption}</caption>
                <thead><tr><th scope="col">{item}</th>{series.iter().map(|s| view! { <th scope="col">{s.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>{rows.into_iter().map(|r| table_row(r, &series, &missing, false)).collect_view()}</tbody>
                {total.map(|r| view! { <tfoot>{table_row(r, &series, &missing, true)}</tfoot> })}
            </table>
            <p class="hint">{note}</p>
        </figure>
    }
}

/// With two series the first is outlined and the second filled, so they read apart in grey print and for
/// colour-blind readers; a single series is filled.
fn bar(outlined: bool, width: u32, height: u32) -> impl IntoView {
    let class = if outlined { "chart__fill chart__fill--outline" } else { "chart__fill" };
    view! { <rect class=class x="0" y="0" width=width.to_string() height=height.to_string() vector-effect="non-scaling-stroke"/> }
}

/// One row of a figures table: the label (and note), each value with its column name for narrow screens, the
/// remark beside the last value. Also the budget's line tables, which have no chart of their own.
pub fn table_row(row: ChartRow, series: &[String], missing: &str, total: bool) -> impl IntoView {
    let last = row.values.len().saturating_sub(1);
    let remark = row.remark.clone();
    view! {
        <tr class:money__total=total>
            <th scope="row">
                {row.label}
                {row.note.map(|n| view! { <span class="money__note">{n}</span> })}
            </th>
            {row.values.into_iter().enumerate().map(|(i, v)| view! {
                <td>
                    <span class="money__label" aria-hidden="true">{series.get(i).cloned().unwrap_or_default()} ": "</span>
                    {v.map_or_else(|| missing.to_string(), |a| a.exact)}
                    {(i == last).then(|| remark.clone().map(|r| view! { " " <span class="money__remark">{r}</span> }))}
                </td>
            }).collect_view()}
        </tr>
    }
}
