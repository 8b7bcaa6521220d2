//! Facts that have not been checked for a long time. Every content file says when its facts were last
//! checked (`diperiksa`); past [`STALE_AFTER_DAYS`] the build warns, naming the file and the field, and the
//! page tells residents to make sure at the office ("Diperiksa 7 bulan lalu, pastikan di kantor").

use super::Content;
use crate::agenda::AGENDA_FILE;
use crate::base::check::Problem;
use crate::base::date::CivilDate;
use crate::catalog::service_file;
use crate::schedule::{CKG_FILE, IMMUNISATION_FILE, PREGNANCY_FILE};
use crate::transparency::{BUDGET_FILE, VILLAGE_PROGRAMMES_FILE};

/// About six months: rules, fees and opening hours change at least that often.
pub const STALE_AFTER_DAYS: i64 = 180;

/// Whole months since `checked`, when that is more than [`STALE_AFTER_DAYS`] before `today`.
pub fn stale_months(checked: CivilDate, today: CivilDate) -> Option<u32> {
    (checked.days_until(today) > STALE_AFTER_DAYS).then(|| {
        let months = (today.year() - checked.year()) * 12 + today.month() as i32 - checked.month() as i32;
        let months = if today.day() < checked.day() { months - 1 } else { months };
        months.max(0) as u32
    })
}

/// Every stale fact in the content, as warnings for the build (the content is still valid).
pub fn stale_facts(content: &Content, today: CivilDate) -> Vec<Problem> {
    let mut dated: Vec<(String, String, Option<CivilDate>)> = Vec::new();
    let mut add = |file: String, field: String, checked: Option<CivilDate>| dated.push((file, field, checked));
    for s in &content.services {
        add(service_file(&s.id), "diperiksa".into(), CivilDate::parse_iso(&s.checked));
    }
    for p in &content.aid_programmes {
        add(crate::eligibility::programme_file(&p.id), "diperiksa".into(), CivilDate::parse_iso(&p.checked));
    }
    let s = &content.schedules;
    add(IMMUNISATION_FILE.into(), "diperiksa".into(), Some(s.immunisation.checked));
    add(PREGNANCY_FILE.into(), "diperiksa".into(), Some(s.pregnancy.checked));
    add(CKG_FILE.into(), "diperiksa".into(), Some(s.ckg.checked));
    for e in &content.agenda.events {
        add(AGENDA_FILE.into(), format!("kegiatan \"{}\".diperiksa", e.id), Some(e.checked));
    }
    for p in &content.village_programmes {
        add(VILLAGE_PROGRAMMES_FILE.into(), format!("program \"{}\".diperiksa", p.id), Some(p.checked));
    }
    if let Some(b) = &content.budget {
        add(BUDGET_FILE.into(), "diperiksa".into(), Some(b.checked));
    }
    if let Some(h) = &content.holidays {
        add(crate::visit::HOLIDAYS_FILE.into(), "diperiksa".into(), Some(h.checked));
    }
    // An article carries its own review date: past it, the article is due whatever its age.
    let due = content.articles.iter().filter(|a| a.needs_review(today)).map(|a| Problem {
        file: crate::article::article_file(&a.id),
        field: "tinjau_ulang_sebelum".into(),
        message: format!("tanggal tinjau ulang ({}) sudah lewat; tinjau lagi dan ubah tanggalnya", a.review_before),
    });
    dated
        .into_iter()
        .filter_map(|(file, field, checked)| {
            let checked = checked?;
            let months = stale_months(checked, today)?;
            let message = format!("diperiksa {months} bulan lalu ({checked}); periksa lagi dan ubah tanggalnya");
            Some(Problem { file, field, message })
        })
        .chain(due)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CivilDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_fact_is_stale_only_past_180_days_and_is_counted_in_whole_months() {
        let checked = d("2026-04-15");
        assert_eq!(stale_months(checked, d("2026-10-12")), None, "180 days later it is still fresh");
        assert_eq!(stale_months(checked, d("2026-10-13")), Some(5), "181 days: five whole months");
        assert_eq!(stale_months(checked, d("2026-11-15")), Some(7));
        assert_eq!(stale_months(checked, d("2026-11-14")), Some(6));
        assert_eq!(stale_months(checked, d("2028-04-15")), Some(24));
        assert_eq!(stale_months(d("2026-11-20"), d("2026-12-01")), None);
    }
}
