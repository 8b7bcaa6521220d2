//! The plan as plain text, for WhatsApp and the share sheet. Words come from the interface texts
//! (`locales/`), so the village edits them like any other text.

use super::{Bring, DayFinding, Plan};
use crate::base::lang::{fill, Lang};

/// Interface texts the plan's text is made of, in one language. Placeholders in braces.
#[derive(Clone, Debug, Default)]
pub struct Words {
    /// "Rencana kunjungan"
    pub title: String,
    /// "Yang dibawa"
    pub bring: String,
    /// "asli"
    pub original: String,
    /// "fotokopi {jumlah} lembar"
    pub copies: String,
    /// "{jumlah} untuk {kantor}"
    pub copies_for: String,
    /// "{apa} ({syarat})"
    pub only_if: String,
    /// "Urutan kunjungan"
    pub visits: String,
    /// "Hari semua kantor buka"
    pub open_days: String,
}

/// One line of the bring list: "Kartu Keluarga (KK): asli, fotokopi 3 lembar (2 untuk Disdukcapil, 1 untuk Kantor Desa)".
pub fn bring_line(b: &Bring, w: &Words, lang: Lang) -> String {
    let mut parts = Vec::new();
    if b.original {
        parts.push(w.original.clone());
    }
    if !b.copies.is_empty() {
        let copies = fill(&w.copies, &[("jumlah", &b.total_copies().to_string())]);
        let per: Vec<String> = b
            .copies
            .iter()
            .map(|(o, n)| fill(&w.copies_for, &[("jumlah", &n.to_string()), ("kantor", o.name.get(lang))]))
            .collect();
        parts.push(format!("{copies} ({})", per.join(", ")));
    }
    for d in &b.conditional {
        let mut what = Vec::new();
        if d.form.shows_original() && !b.original {
            what.push(w.original.clone());
        }
        if d.copies > 0 {
            what.push(fill(&w.copies, &[("jumlah", &d.copies.to_string())]));
        }
        let condition = d.condition.as_ref().map_or("", |c| c.get(lang));
        parts.push(fill(&w.only_if, &[("syarat", condition), ("apa", &what.join(", "))]));
    }
    format!("{}: {}", b.name.get(lang), parts.join("; "))
}

/// The whole plan: services, what to bring, the offices in order with what is done there, and open days.
pub fn plan_text(plan: &Plan, days: Option<&DayFinding>, w: &Words, lang: Lang) -> String {
    let mut out = format!("*{}*\n", w.title);
    out.push_str(&format!("\n*{}*\n", w.bring));
    for b in &plan.bring {
        out.push_str(&format!("- {}\n", bring_line(b, w, lang)));
    }
    out.push_str(&format!("\n*{}*\n", w.visits));
    for (i, stop) in plan.stops.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", i + 1, stop.office.name.get(lang)));
        for (service, purpose) in &stop.tasks {
            out.push_str(&format!("   - {}: {}\n", service.name.get(lang), purpose.get(lang)));
        }
    }
    if let Some(days) = days.filter(|d| !d.days.is_empty()) {
        out.push_str(&format!("\n*{}*\n", w.open_days));
        for d in &days.days {
            out.push_str(&format!("- {}\n", d.date.long_with_day(lang)));
        }
    }
    out
}

/// One line of an office's checklist: "Kartu Keluarga (KK): asli, fotokopi 2 lembar", or with its situation
/// "Paspor: asli (jika orang tua WNA)".
pub fn item_line(i: &super::Item, w: &Words, lang: Lang) -> String {
    let mut what = Vec::new();
    if i.original {
        what.push(w.original.clone());
    }
    if i.copies > 0 {
        what.push(fill(&w.copies, &[("jumlah", &i.copies.to_string())]));
    }
    let what = what.join(", ");
    match i.condition {
        Some(c) => format!("{}: {}", i.name.get(lang), fill(&w.only_if, &[("syarat", c.get(lang)), ("apa", &what)])),
        None => format!("{}: {what}", i.name.get(lang)),
    }
}
