//! The content check of the village programmes (`program-terpadu.toml`) and the budget (`apbdes.toml`).

use super::{Budget, VillageProgramme};
use crate::base::check::{Problem, Report};

pub const VILLAGE_PROGRAMMES_FILE: &str = "program-terpadu.toml";
pub const BUDGET_FILE: &str = "apbdes.toml";

/// Village programme ids that would clash with the budget page under `/program/`.
pub const RESERVED_VILLAGE_PROGRAMME_IDS: &[&str] = &["apbdes"];

/// Every problem of the village programmes and the budget; `sector_ids` and `service_ids` are what they may
/// link to.
pub fn transparency_problems(
    programmes: &[VillageProgramme],
    budget: Option<&Budget>,
    sector_ids: &[&str],
    service_ids: &[&str],
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut r = Report::new(VILLAGE_PROGRAMMES_FILE);
    for (id, field, message) in super::programme::problems(programmes, sector_ids, service_ids) {
        r.add(format!("program \"{id}\".{field}"), message);
    }
    for p in programmes {
        let at = format!("program \"{}\"", p.id);
        r.text(&format!("{at}.nama"), &p.name);
        r.text(&format!("{at}.ringkasan"), &p.summary);
        for m in &p.partners {
            r.text(&format!("{at}.mitra.peran"), &m.role);
        }
        for i in &p.indicators {
            r.text(&format!("{at}.indikator \"{}\".nama", i.id), &i.name);
            r.text(&format!("{at}.indikator \"{}\".satuan", i.id), &i.unit);
        }
        for m in &p.milestones {
            r.text(&format!("{at}.tahapan.teks"), &m.text);
        }
    }
    r.into(&mut problems);

    let Some(b) = budget else { return problems };
    let mut r = Report::new(BUDGET_FILE);
    for (field, message) in b.problems() {
        r.add(field, message);
    }
    r.text("pengaduan", &b.complaints);
    if b.example {
        r.text("catatan", &b.note);
    }
    for (i, x) in b.bidang.iter().enumerate() {
        r.text(&format!("bidang[{i}].nama"), &x.name);
    }
    for (i, x) in b.roles.iter().enumerate() {
        r.text(&format!("pelaksana[{i}].peran"), &x.role);
        r.text(&format!("pelaksana[{i}].tugas"), &x.task);
    }
    for (list, lines) in [("pendapatan", &b.revenue), ("belanja", &b.spending), ("pembiayaan", &b.financing)] {
        for (i, l) in lines.iter().enumerate() {
            r.text(&format!("{list}[{i}].uraian"), &l.label);
            if let Some(source) = &l.source {
                r.text(&format!("{list}[{i}].asal"), source);
            }
        }
    }
    for (i, u) in b.unfinished.iter().enumerate() {
        r.text(&format!("belum_selesai[{i}].uraian"), &u.label);
        r.text(&format!("belum_selesai[{i}].alasan"), &u.reason);
    }
    r.into(&mut problems);
    problems
}
