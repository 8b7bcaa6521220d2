//! The check of `content/jadwal/`: every problem names the file and the field, in words village staff use.
//! Ages and dates that cannot be read at all are caught earlier, when the file is parsed.

use super::age::Age;
use super::ckg::{CkgSchedule, Timing};
use super::immunisation::ImmunisationSchedule;
use super::pregnancy::PregnancySchedule;
use super::{Period, Schedules, Source, CKG_FILE, IMMUNISATION_FILE, PREGNANCY_FILE};
use crate::base::check::{is_web_url, Problem, Report};
use crate::base::lang::Text;

/// Every problem in the schedules; empty means the app can use them.
pub fn schedule_problems(s: &Schedules) -> Vec<Problem> {
    let mut problems = check_immunisation(&s.immunisation);
    problems.append(&mut check_pregnancy(&s.pregnancy));
    problems.append(&mut check_ckg(&s.ckg));
    problems
}

/// Checks the `[[sumber]]` list and returns its ids, for citations to be checked against.
fn sources<'a>(r: &mut Report, list: &'a [Source]) -> Vec<&'a str> {
    let ids: Vec<&str> = list.iter().map(|s| s.id.as_str()).collect();
    for (i, s) in list.iter().enumerate() {
        let at = format!("sumber[{i}]");
        r.id(&at, &s.id, &ids);
        if s.title.trim().is_empty() {
            r.add(format!("{at}.judul"), "judul kosong");
        }
        if let Some(url) = s.url.as_deref().filter(|u| !is_web_url(u)) {
            r.add(format!("{at}.url"), format!("\"{url}\" bukan alamat web (https://…)"));
        }
    }
    ids
}

/// A source nobody cites is probably a leftover or a typo in a citation.
fn unused(r: &mut Report, list: &[Source], cited: &[&String]) {
    for (i, s) in list.iter().enumerate() {
        if !cited.iter().any(|c| **c == s.id) {
            r.add(format!("sumber[{i}].id"), format!("sumber \"{}\" tidak dikutip oleh entri mana pun", s.id));
        }
    }
}

/// What every entry needs: notes in both languages, at least one source from the file's list, and a note
/// saying what to do when the entry is unconfirmed.
struct Entry<'a> {
    at: String,
    notes: &'a [Text],
    cited: &'a [String],
    unconfirmed: bool,
}

fn entry(r: &mut Report, e: Entry, known: &[&str]) {
    for (i, note) in e.notes.iter().enumerate() {
        r.text(&format!("{}.catatan[{i}]", e.at), note);
    }
    if e.cited.is_empty() {
        r.add(format!("{}.sumber", e.at), "sebutkan paling sedikit satu sumber");
    }
    for id in e.cited.iter().filter(|id| !known.contains(&id.as_str())) {
        r.add(format!("{}.sumber", e.at), format!("sumber \"{id}\" tidak ada di daftar [[sumber]]"));
    }
    if e.unconfirmed && e.notes.is_empty() {
        r.add(
            format!("{}.catatan", e.at),
            "yang belum pasti harus punya catatan: apa yang belum pasti dan apa yang harus dilakukan warga",
        );
    }
}

fn period(r: &mut Report, at: &str, p: Period) {
    if let (Some(from), Some(until)) = (p.from, p.until) {
        if until < from {
            r.add(format!("{at}.berlaku_sampai"), format!("{until} lebih awal dari berlaku_mulai {from}"));
        }
    }
}

/// `later` must come after `earlier` for every child, whatever the birth date.
fn after(r: &mut Report, field: String, later: Age, earlier: Age, earlier_key: &str) {
    if !earlier.always_before(later) {
        r.add(field, format!("\"{later}\" harus sesudah {earlier_key} \"{earlier}\""));
    }
}

fn check_immunisation(s: &ImmunisationSchedule) -> Vec<Problem> {
    let mut r = Report::new(IMMUNISATION_FILE);
    let known = sources(&mut r, &s.sources);
    if s.doses.is_empty() {
        r.add("dosis", "belum ada dosis");
    }
    for (i, d) in s.doses.iter().enumerate() {
        let at = format!("dosis[{i}]");
        // The same id may appear once per period, so only the form of the id is checked here.
        r.id(&at, &d.id, &[]);
        r.text(&format!("{at}.nama"), &d.name);
        after(&mut r, format!("{at}.sebelum_umur"), d.window_end, d.due_age, "umur");
        if let Some(limit) = d.upper_limit {
            if limit != d.due_age {
                after(&mut r, format!("{at}.paling_lambat"), limit, d.due_age, "umur");
            }
        }
        period(&mut r, &at, d.period());
        let earlier = s.doses[..i].iter().position(|o| o.id == d.id && o.period().overlaps(d.period()));
        if let Some(j) = earlier {
            r.add(
                format!("{at}.berlaku_mulai"),
                format!("dosis \"{}\" sudah berlaku pada tanggal yang sama di dosis[{j}]; atur berlaku_mulai dan berlaku_sampai agar tidak bertumpuk", d.id),
            );
        }
        entry(&mut r, Entry { at, notes: &d.notes, cited: &d.sources, unconfirmed: d.unconfirmed }, &known);
    }
    let cited: Vec<&String> = s.doses.iter().flat_map(|d| &d.sources).collect();
    unused(&mut r, &s.sources, &cited);
    r.problems
}

fn check_pregnancy(s: &PregnancySchedule) -> Vec<Problem> {
    let mut r = Report::new(PREGNANCY_FILE);
    let known = sources(&mut r, &s.sources);
    if s.trimesters.is_empty() {
        r.add("trimester", "belum ada trimester");
    }
    for (i, t) in s.trimesters.iter().enumerate() {
        let at = format!("trimester[{i}]");
        if usize::from(t.number) != i + 1 {
            r.add(format!("{at}.nomor"), format!("nomor harus {} (urut mulai 1)", i + 1));
        }
        r.text(&format!("{at}.nama"), &t.name);
        let expected_start = if i == 0 { 0 } else { s.trimesters[i - 1].until_week.map_or(0, |w| w + 1) };
        if t.from_week != expected_start {
            r.add(
                format!("{at}.mulai_minggu"),
                format!("harus {expected_start}: trimester harus bersambung tanpa celah"),
            );
        }
        let last = i + 1 == s.trimesters.len();
        match t.until_week {
            Some(_) if last => r.add(
                format!("{at}.sampai_minggu"),
                "trimester terakhir berlangsung sampai melahirkan; hapus sampai_minggu",
            ),
            None if !last => r.add(format!("{at}.sampai_minggu"), "isi minggu terakhir trimester ini"),
            Some(w) if w < t.from_week => {
                r.add(format!("{at}.sampai_minggu"), format!("{w} lebih kecil dari mulai_minggu {}", t.from_week))
            }
            _ => {}
        }
        let visits = s.antenatal.iter().filter(|v| v.trimester == t.number).count();
        if usize::from(t.doctor_visits) > visits {
            r.add(
                format!("{at}.periksa_dokter"),
                format!("lebih banyak dari jumlah pemeriksaan di trimester ini ({visits})"),
            );
        }
        entry(&mut r, Entry { at, notes: &t.notes, cited: &t.sources, unconfirmed: t.unconfirmed }, &known);
    }
    let ids: Vec<&str> =
        s.antenatal.iter().map(|v| v.id.as_str()).chain(s.postnatal.iter().map(|v| v.id.as_str())).collect();
    for (i, v) in s.antenatal.iter().enumerate() {
        let at = format!("periksa_hamil[{i}]");
        r.id(&at, &v.id, &ids);
        r.text(&format!("{at}.nama"), &v.name);
        if !s.trimesters.iter().any(|t| t.number == v.trimester) {
            r.add(format!("{at}.trimester"), format!("trimester {} tidak ada", v.trimester));
        }
        entry(&mut r, Entry { at, notes: &v.notes, cited: &v.sources, unconfirmed: v.unconfirmed }, &known);
    }
    for (i, v) in s.postnatal.iter().enumerate() {
        let at = format!("periksa_nifas[{i}]");
        r.id(&at, &v.id, &ids);
        r.text(&format!("{at}.nama"), &v.name);
        if v.until_day < v.from_day {
            r.add(format!("{at}.sampai_hari"), format!("{} lebih kecil dari dari_hari {}", v.until_day, v.from_day));
        }
        entry(&mut r, Entry { at, notes: &v.notes, cited: &v.sources, unconfirmed: v.unconfirmed }, &known);
    }
    let cited: Vec<&String> = (s.trimesters.iter().flat_map(|t| &t.sources))
        .chain(s.antenatal.iter().flat_map(|v| &v.sources))
        .chain(s.postnatal.iter().flat_map(|v| &v.sources))
        .collect();
    unused(&mut r, &s.sources, &cited);
    r.problems
}

fn check_ckg(s: &CkgSchedule) -> Vec<Problem> {
    let mut r = Report::new(CKG_FILE);
    let known = sources(&mut r, &s.sources);
    let ids: Vec<&str> = s.packages.iter().map(|p| p.id.as_str()).collect();
    if s.packages.is_empty() {
        r.add("paket", "belum ada paket");
    }
    for (i, p) in s.packages.iter().enumerate() {
        let at = format!("paket[{i}]");
        r.id(&at, &p.id, &ids);
        r.text(&format!("{at}.nama"), &p.name);
        r.text(&format!("{at}.tempat"), &p.place);
        for (j, c) in p.checks.iter().enumerate() {
            r.text(&format!("{at}.pemeriksaan[{j}]"), c);
        }
        match (p.pregnant, p.from_age, p.before_age) {
            (true, None, None) => {}
            (true, ..) => {
                r.add(format!("{at}.umur"), "paket ibu hamil berlaku untuk semua umur; hapus umur dan sebelum_umur")
            }
            (false, None, _) => r.add(format!("{at}.umur"), "isi umur mulai, contoh \"18 tahun\" atau \"0 hari\""),
            (false, Some(from), Some(before)) => after(&mut r, format!("{at}.sebelum_umur"), before, from, "umur"),
            (false, Some(_), None) => {}
        }
        let bounded = matches!(p.timing, Timing::AfterBirth | Timing::SchoolYear);
        if bounded && !p.pregnant && p.before_age.is_none() {
            r.add(format!("{at}.sebelum_umur"), "paket ini harus punya batas umur");
        }
        period(&mut r, &at, p.period());
        entry(&mut r, Entry { at, notes: &p.notes, cited: &p.sources, unconfirmed: p.unconfirmed }, &known);
    }
    let cited: Vec<&String> = s.packages.iter().flat_map(|p| &p.sources).collect();
    unused(&mut r, &s.sources, &cited);
    r.problems
}
