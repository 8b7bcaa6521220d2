//! Where a page's facts come from and when they were last checked: the same block under services,
//! activities, programmes and the budget, and a warning at the top of the page when that was long ago.

use crate::i18n::{fill, text, Key};
use crate::state::{lang, t};
use layanan_core::base::date::CivilDate;
use layanan_core::base::lang::Lang;
use layanan_core::base::link::Link;
use layanan_core::content::stale_months;
use leptos::prelude::*;

/// `checked`: the date the facts were checked, already written out.
#[component]
pub fn Sources(sources: Vec<Link>, checked: String, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    view! {
        <section class="sources">
            <h2>{t(Key::service_sources)}</h2>
            <ul>
                {sources.into_iter().map(|s| match s.url {
                    Some(url) => view! { <li><a href=url rel="noopener">{s.title}</a></li> }.into_any(),
                    None => view! { <li>{s.title}</li> }.into_any(),
                }).collect_view()}
            </ul>
            <p class="hint">{fill(t(Key::service_checked), &[("tanggal", &checked)])}</p>
            {children.map(|c| c())}
        </section>
    }
}

/// "Diperiksa 7 bulan lalu…" when the facts are stale on the day the page is built.
#[component]
pub fn StaleNote(checked: Option<CivilDate>) -> impl IntoView {
    checked
        .and_then(|c| stale_note(c, crate::state::today(), lang()))
        .map(|note| view! { <p class="banner banner--warning">{note}</p> })
}

fn stale_note(checked: CivilDate, today: CivilDate, lang: Lang) -> Option<String> {
    stale_months(checked, today).map(|months| fill(text(lang, Key::stale_note), &[("bulan", &months.to_string())]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stale_fact_tells_the_resident_how_old_it_is_and_to_make_sure() {
        let d = |s: &str| CivilDate::parse_iso(s).unwrap();
        assert_eq!(
            stale_note(d("2026-04-20"), d("2026-11-25"), Lang::Id).as_deref(),
            Some("Diperiksa 7 bulan lalu. Keterangan bisa sudah berubah: pastikan di kantor sebelum datang.")
        );
        assert_eq!(
            stale_note(d("2026-04-20"), d("2026-11-25"), Lang::En).as_deref(),
            Some("Checked 7 months ago. Things may have changed: make sure at the office before you go.")
        );
        assert_eq!(stale_note(d("2026-11-20"), d("2026-12-01"), Lang::Id), None);
    }
}
