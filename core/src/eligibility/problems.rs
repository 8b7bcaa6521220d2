//! Checks the question bank and the programmes together, naming the file and the field of every problem,
//! so village staff can fix a rule without reading Rust.

use super::answers::UNKNOWN;
use super::condition::Condition;
use super::programme::{AidProgramme, Criterion};
use super::question::{self, Question, QuestionKind, Scope};
use crate::base::check::{is_iso_date, is_slug, Problem, Report};
use crate::base::date::CivilDate;

pub const QUESTIONS_FILE: &str = "pertanyaan.toml";
pub const PROGRAMMES_DIR: &str = "program";

/// The programme file name for an id: `program/<id>.toml`.
pub fn programme_file(id: &str) -> String {
    format!("{PROGRAMMES_DIR}/{id}.toml")
}

/// What a criterion marked `belum_pasti` must tell the resident, in each language.
const CONFIRM_AT_OFFICE: [(&str, &str); 2] = [("id", "pastikan di kantor desa"), ("en", "check at the village office")];

const PROGRAMME_FIELDS: &[&str] =
    &["nama", "ringkasan", "berlaku_mulai", "berlaku_sampai", "kriteria", "kantor_memeriksa", "dokumen", "langkah"];

/// Every problem in the question bank and the programmes; `services` are the catalogue's service ids.
pub fn aid_programme_problems(questions: &[Question], programmes: &[AidProgramme], services: &[&str]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut r = Report::new(QUESTIONS_FILE);
    for (i, q) in questions.iter().enumerate() {
        check_question(&mut r, &format!("pertanyaan[{i}]"), q, questions);
        if !programmes.iter().any(|p| p.questions().contains(&q.id)) {
            r.add(format!("pertanyaan[{i}].id"), format!("pertanyaan \"{}\" tidak dipakai program mana pun", q.id));
        }
    }
    let ids: Vec<&str> = programmes.iter().map(|p| p.id.as_str()).collect();
    let known = Known { questions, programmes: &ids };
    for (i, q) in questions.iter().enumerate() {
        check_implications(&mut r, &format!("pertanyaan[{i}]"), q, &known);
    }
    problems.append(&mut r.problems);
    for p in programmes {
        let mut r = Report::new(programme_file(&p.id));
        check_programme(&mut r, p, &known, services);
        problems.append(&mut r.problems);
    }
    problems
}

/// Optional effective dates: real dates, and the start not after the end.
fn window(r: &mut Report, at: &str, from: Option<&str>, until: Option<&str>) {
    for (key, value) in [("berlaku_mulai", from), ("berlaku_sampai", until)] {
        if let Some(v) = value.filter(|v| !is_iso_date(v)) {
            r.add(format!("{at}{key}"), format!("\"{v}\" bukan tanggal; tulis seperti 2026-11-22"));
        }
    }
    if let (Some(a), Some(b)) = (from.and_then(CivilDate::parse_iso), until.and_then(CivilDate::parse_iso)) {
        if a > b {
            r.add(format!("{at}berlaku_mulai"), format!("berlaku_mulai {a} sesudah berlaku_sampai {b}"));
        }
    }
}

fn check_question(r: &mut Report, at: &str, q: &Question, all: &[Question]) {
    if !is_slug(&q.id) {
        r.add(format!("{at}.id"), format!("\"{}\": id hanya boleh huruf kecil, angka, dan tanda hubung", q.id));
    }
    if all.iter().filter(|other| other.id == q.id).count() > 1 {
        r.add(format!("{at}.id"), format!("id \"{}\" dipakai lebih dari sekali", q.id));
    }
    r.text(&format!("{at}.teks"), &q.text);
    // The first person listed is asked directly: "Anda sendiri: Apakah orang ini …?" reads as two people.
    match (&q.text_self, q.scope) {
        (Some(text), Scope::Member) => r.text(&format!("{at}.teks_anda"), text),
        (None, Scope::Member) => r.add(
            format!("{at}.teks_anda"),
            "pertanyaan tentang anggota keluarga perlu teks_anda: bentuk untuk orang pertama (\"Apakah Anda …?\")",
        ),
        (Some(_), Scope::Household) => {
            r.add(format!("{at}.teks_anda"), "teks_anda hanya untuk pertanyaan tentang anggota keluarga")
        }
        (None, Scope::Household) => {}
    }
    if let Some(help) = &q.help {
        r.text(&format!("{at}.bantuan"), help);
    }
    if let Some(unit) = &q.unit {
        r.text(&format!("{at}.satuan"), unit);
    }
    match q.kind {
        QuestionKind::Choice if q.options.len() < 2 => {
            r.add(format!("{at}.pilihan"), "tulis paling sedikit dua pilihan")
        }
        QuestionKind::Choice => {}
        _ if !q.options.is_empty() => {
            r.add(format!("{at}.pilihan"), "hanya pertanyaan berjenis pilihan yang punya pilihan")
        }
        _ => {}
    }
    for (j, o) in q.options.iter().enumerate() {
        let field = format!("{at}.pilihan[{j}]");
        // Answers are stored as plain strings, so an option id must not read as a date or as "don't know".
        if !is_slug(&o.id) || o.id == UNKNOWN || CivilDate::parse_iso(&o.id).is_some() {
            r.add(
                format!("{field}.id"),
                format!(
                    "\"{}\": id pilihan hanya huruf kecil, angka, dan tanda hubung, bukan tanggal atau \"{UNKNOWN}\"",
                    o.id
                ),
            );
        }
        if q.options.iter().filter(|other| other.id == o.id).count() > 1 {
            r.add(format!("{field}.id"), format!("pilihan \"{}\" ditulis lebih dari sekali", o.id));
        }
        r.text(&format!("{field}.teks"), &o.text);
    }
    if q.kind != QuestionKind::Number && (q.min.is_some() || q.max.is_some() || q.unit.is_some()) {
        r.add(format!("{at}.jenis"), "min, maks, dan satuan hanya untuk pertanyaan berjenis angka");
    }
    if let (Some(min), Some(max)) = (q.min, q.max) {
        if min > max {
            r.add(format!("{at}.min"), format!("min {min} lebih besar dari maks {max}"));
        }
    }
}

/// An implied answer must be one the question could be given, and must follow from other questions.
fn check_implications(r: &mut Report, at: &str, q: &Question, known: &Known) {
    for (j, implication) in q.implied.iter().enumerate() {
        let field = format!("{at}.tersirat[{j}]");
        if implication.answer == super::answers::Answer::Unknown || !q.accepts(&implication.answer) {
            r.add(format!("{field}.jawaban"), format!("jawaban ini tidak cocok untuk pertanyaan \"{}\"", q.id));
        }
        let mut read = Vec::new();
        implication.when.questions(&mut read);
        if read.contains(&q.id) {
            r.add(format!("{field}.bila"), "jawaban tersirat tidak boleh bergantung pada pertanyaan itu sendiri");
        }
        check_condition(r, &format!("{field}.bila"), &implication.when, known);
    }
}

/// What conditions are checked against.
struct Known<'a> {
    questions: &'a [Question],
    programmes: &'a [&'a str],
}

fn check_programme(r: &mut Report, p: &AidProgramme, known: &Known, services: &[&str]) {
    if !is_slug(&p.id) {
        r.add("id", "id hanya boleh huruf kecil, angka, dan tanda hubung, contoh pip-kip");
    }
    if known.programmes.iter().filter(|id| **id == p.id).count() > 1 {
        r.add("id", format!("id \"{}\" dipakai lebih dari satu program", p.id));
    }
    r.text("nama", &p.name);
    r.text("ringkasan", &p.summary);
    if !services.contains(&p.service.as_str()) {
        r.add("layanan", format!("layanan \"{}\" tidak dikenal", p.service));
    }
    window(r, "", p.from.as_deref(), p.until.as_deref());
    if p.sources.is_empty() {
        r.add("sumber", "sebutkan paling sedikit satu sumber");
    }
    for (i, s) in p.sources.iter().enumerate() {
        r.link(&format!("sumber[{i}]"), s, false);
    }
    if !is_iso_date(&p.checked) {
        r.add("diperiksa", format!("\"{}\" bukan tanggal; tulis seperti 2026-11-22", p.checked));
    }
    if p.criteria.is_empty() {
        r.add("kriteria", "tulis paling sedikit satu kriteria");
    }
    for (i, c) in p.criteria.iter().enumerate() {
        check_criterion(r, &format!("kriteria[{i}]"), c, known);
    }
    for (i, t) in p.office_checks.iter().enumerate() {
        r.text(&format!("kantor_memeriksa[{i}]"), t);
    }
    for (i, d) in p.documents.iter().enumerate() {
        r.text(&format!("dokumen[{i}].nama"), &d.name);
        if let Some(condition) = &d.condition {
            r.text(&format!("dokumen[{i}].jika"), condition);
        }
    }
    if p.next_steps.is_empty() {
        r.add("langkah", "tulis paling sedikit satu langkah");
    }
    for (i, t) in p.next_steps.iter().enumerate() {
        r.text(&format!("langkah[{i}]"), t);
    }
    for field in &p.unconfirmed {
        if !PROGRAMME_FIELDS.contains(&field.as_str()) {
            r.add("belum_pasti", format!("\"{field}\" bukan nama kolom program"));
        }
    }
}

fn check_criterion(r: &mut Report, at: &str, c: &Criterion, known: &Known) {
    r.text(&format!("{at}.nama"), &c.name);
    r.text(&format!("{at}.memenuhi"), &c.met);
    r.text(&format!("{at}.tidak_memenuhi"), &c.not_met);
    r.text(&format!("{at}.belum_tahu"), &c.unknown);
    r.link(&format!("{at}.sumber"), &c.source, false);
    window(r, &format!("{at}."), c.from.as_deref(), c.until.as_deref());
    if c.unconfirmed {
        for (key, text) in [("memenuhi", &c.met), ("tidak_memenuhi", &c.not_met)] {
            for (lang, phrase) in CONFIRM_AT_OFFICE {
                let written = if lang == "id" { &text.id } else { &text.en };
                if !written.to_lowercase().contains(phrase) {
                    r.add(format!("{at}.{key}.{lang}"), format!("kriteria belum pasti: tulis \"{phrase}\""));
                }
            }
        }
    }
    check_condition(r, &format!("{at}.syarat"), &c.condition, known);
}

fn check_condition(r: &mut Report, at: &str, c: &Condition, known: &Known) {
    let need = |r: &mut Report, id: &str, kind: QuestionKind, scope: Option<Scope>| {
        need_question(r, at, known.questions, id, kind, scope)
    };
    match c {
        Condition::Age { min, max } => {
            need(r, question::BIRTH_DATE, QuestionKind::Date, Some(Scope::Member));
            need(r, question::AGE, QuestionKind::Number, Some(Scope::Member));
            bounds(r, at, *min, *max);
        }
        Condition::IncomePerPerson { .. } => {
            need(r, question::HOUSEHOLD_INCOME, QuestionKind::Number, Some(Scope::Household))
        }
        Condition::Yes(q) => need(r, q, QuestionKind::YesNo, None),
        Condition::Choice { question, any_of } => {
            need(r, question, QuestionKind::Choice, None);
            if any_of.is_empty() {
                r.add(format!("{at}.salah_satu"), "sebutkan paling sedikit satu pilihan");
            }
            if let Some(q) = known.questions.iter().find(|q| q.id == *question) {
                for value in any_of.iter().filter(|v| !q.options.iter().any(|o| o.id == **v)) {
                    r.add(
                        format!("{at}.salah_satu"),
                        format!("pilihan \"{value}\" tidak ada di pertanyaan \"{question}\""),
                    );
                }
            }
        }
        Condition::Number { question, min, max } => {
            need(r, question, QuestionKind::Number, None);
            match (min, max) {
                (None, None) => r.add(at, "tulis min, maks, atau keduanya"),
                (Some(a), Some(b)) if a > b => r.add(format!("{at}.min"), format!("min {a} lebih besar dari maks {b}")),
                _ => {}
            }
        }
        Condition::Decile { max } => {
            need(r, question::IN_DTSEN, QuestionKind::YesNo, Some(Scope::Household));
            need(r, question::DTSEN_DECILE, QuestionKind::Number, Some(Scope::Household));
            if !(1..=10).contains(max) {
                r.add(format!("{at}.maks"), "desil hanya 1 sampai 10");
            }
        }
        Condition::Resident => need(r, question::RESIDENT, QuestionKind::YesNo, Some(Scope::Household)),
        Condition::Receives(p) => {
            need(r, &question::receives(p), QuestionKind::YesNo, None);
            if !known.programmes.contains(&p.as_str()) {
                r.add(at, format!("program \"{p}\" tidak dikenal"));
            }
        }
        Condition::AnyMember(inner) | Condition::Not(inner) => check_condition(r, at, inner, known),
        Condition::MemberCount { condition, min, max } => {
            bounds(r, at, *min, *max);
            if let Some(inner) = condition {
                check_condition(r, &format!("{at}.syarat"), inner, known);
            }
        }
        Condition::All(cs) | Condition::Any(cs) => {
            if cs.is_empty() {
                r.add(at, "daftar syarat kosong");
            }
            let key = if matches!(c, Condition::All(_)) { "semua" } else { "salah_satu" };
            for (i, inner) in cs.iter().enumerate() {
                check_condition(r, &format!("{at}.{key}[{i}]"), inner, known);
            }
        }
    }
}

/// A question a condition reads must exist with the right kind, and for built-in conditions the right scope.
fn need_question(r: &mut Report, at: &str, questions: &[Question], id: &str, kind: QuestionKind, scope: Option<Scope>) {
    match questions.iter().find(|q| q.id == id) {
        None => r.add(at, format!("pertanyaan \"{id}\" tidak ada di {QUESTIONS_FILE}")),
        Some(q) if q.kind != kind => r.add(at, format!("pertanyaan \"{id}\" harus berjenis {}", kind_name(kind))),
        Some(q) => {
            if let Some(s) = scope.filter(|s| *s != q.scope) {
                r.add(at, format!("pertanyaan \"{id}\" harus berlingkup {}", scope_name(s)));
            }
        }
    }
}

fn bounds(r: &mut Report, at: &str, min: Option<u32>, max: Option<u32>) {
    match (min, max) {
        (None, None) => r.add(at, "tulis min, maks, atau keduanya"),
        (Some(a), Some(b)) if a > b => r.add(format!("{at}.min"), format!("min {a} lebih besar dari maks {b}")),
        _ => {}
    }
}

fn kind_name(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::YesNo => "ya_tidak",
        QuestionKind::Number => "angka",
        QuestionKind::Choice => "pilihan",
        QuestionKind::Date => "tanggal",
    }
}

fn scope_name(scope: Scope) -> &'static str {
    match scope {
        Scope::Household => "keluarga",
        Scope::Member => "anggota",
    }
}
