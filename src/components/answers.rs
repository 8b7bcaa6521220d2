//! A form's answers as a list of label and answer, as the finish page, the office's received form and its
//! register entry show them (the rows come from `summary` or `office_summary`).

use layanan_core::forms::SummaryRow;
use leptos::prelude::*;

#[component]
pub fn AnswerList(rows: Vec<SummaryRow>) -> impl IntoView {
    view! {
        <dl class="answers">
            {rows.into_iter().map(|row| view! {
                <div class="answers__row">
                    <dt class="answers__key">{row.label}</dt>
                    <dd class="answers__value">{row.value}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}
