//! The letter the office prints from a received form: the desa's letterhead and numbering from
//! `content/surat.toml`, the letter's title, data rows and statement from the form's `[surat]` block (`forms::letter`).
//!
//! Letters are in Indonesian whatever the clerk's interface language: they are official documents.

use crate::base::check::{Problem, Report};
use crate::base::date::CivilDate;
use crate::base::lang::Lang;
use crate::forms::letter::{placeholders, OTHER_OPTION};
use crate::forms::{office_summary, Answers, Form};
use serde::{Deserialize, Serialize};

pub const SETTINGS_FILE: &str = "surat.toml";

/// The desa's letterhead, numbering and signature (`content/surat.toml`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LetterSettings {
    /// The letterhead's lines, largest first ("PEMERINTAH DESA TANJUNG BARAT").
    #[serde(rename = "kop")]
    pub letterhead: Vec<String>,
    /// The office's address under the letterhead.
    #[serde(rename = "alamat")]
    pub address: String,
    /// `{kode}/{nomor}/{bulan_romawi}/{tahun}`: `{nomor}` is the register number with at least three digits.
    #[serde(rename = "format_nomor")]
    pub number_format: String,
    /// The place written before the date ("Tanjung Barat, 1 Desember 2026").
    #[serde(rename = "tempat")]
    pub place: String,
    #[serde(rename = "pembuka")]
    pub opening: String,
    #[serde(rename = "penutup")]
    pub closing: String,
    /// "Kepala Desa Tanjung Barat".
    #[serde(rename = "jabatan")]
    pub signer_title: String,
    /// Left empty until the desa fills it: the letter then leaves a line for the name.
    #[serde(rename = "nama_penanda_tangan", default)]
    pub signer_name: Option<String>,
    #[serde(rename = "sumber", default)]
    pub source: Option<String>,
}

/// A letter ready to print, every line worded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComposedLetter {
    pub letterhead: Vec<String>,
    pub address: String,
    pub title: String,
    pub number: String,
    pub opening: String,
    pub rows: Vec<(String, String)>,
    pub statement: String,
    pub closing: String,
    pub place_date: String,
    pub signer_title: String,
    pub signer_name: Option<String>,
}

const ROMAN_MONTHS: [&str; 12] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/// The month as letter numbers write it: 12 → "XII".
pub fn roman_month(month: u32) -> &'static str {
    ROMAN_MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// The letter's number: the format with the letter's code, the register number (three digits at least), the
/// month in Roman numerals and the year.
pub fn letter_number(format: &str, code: &str, register_number: u32, date: CivilDate) -> String {
    format
        .replace("{kode}", code)
        .replace("{nomor}", &format!("{register_number:03}"))
        .replace("{bulan_romawi}", roman_month(date.month()))
        .replace("{tahun}", &date.year().to_string())
}

/// The letter for a received form, numbered with its register number and dated on the day it is printed.
pub fn compose(
    settings: &LetterSettings,
    desa: &str,
    form: &Form,
    answers: &Answers,
    register_number: u32,
    date: CivilDate,
) -> Option<ComposedLetter> {
    let letter = form.letter.as_ref()?;
    let shown = office_summary(form, answers, Lang::Id);
    let value = |id: &str| statement_value(form, answers, &shown, id);
    let rows = letter
        .rows
        .iter()
        .filter_map(|id| shown.iter().find(|r| r.field_id == *id))
        .map(|r| (r.label.clone(), r.value.clone()))
        .collect();
    Some(ComposedLetter {
        letterhead: settings.letterhead.clone(),
        address: settings.address.clone(),
        title: letter.title.clone(),
        number: letter_number(&settings.number_format, &letter.code, register_number, date),
        opening: settings.opening.replace("{desa}", desa),
        rows,
        statement: fill_placeholders(&letter.statement, desa, &value),
        closing: settings.closing.replace("{desa}", desa),
        place_date: format!("{}, {}", settings.place, date.long(Lang::Id)),
        signer_title: settings.signer_title.clone(),
        signer_name: settings.signer_name.clone().filter(|n| !n.trim().is_empty()),
    })
}

/// A field's answer as the statement's sentence needs it: a choice answered "Lainnya" by what the resident typed
/// in the field that choice opened, and a choice's label in lower case after its first letter ("untuk
/// keperluan keringanan biaya berobat").
fn statement_value(form: &Form, answers: &Answers, shown: &[crate::forms::SummaryRow], id: &str) -> Option<String> {
    let field = form.field(id)?;
    if field.kind == crate::forms::FieldKind::Choice {
        let chosen = answers.get(id).map(|a| a.trim()).unwrap_or_default();
        let typed = (chosen == OTHER_OPTION).then(|| {
            form.fields().find(|f| {
                f.kind.is_text()
                    && f.show_if.as_ref().is_some_and(|c| c.field == id && c.equals == chosen)
                    && form.is_visible(f, answers)
            })
        });
        if let Some(text) = typed.flatten().and_then(|f| answers.get(&f.id)).filter(|t| !t.trim().is_empty()) {
            return Some(text.trim().to_string());
        }
        let label = shown.iter().find(|r| r.field_id == id)?.value.clone();
        let mut chars = label.chars();
        return chars.next().map(|first| first.to_lowercase().chain(chars).collect());
    }
    shown.iter().find(|r| r.field_id == id).map(|r| r.value.clone())
}

/// `{desa}` and `{field-id}` replaced; a field left unanswered (hidden or optional) becomes "-".
fn fill_placeholders(template: &str, desa: &str, value: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('}') else { break };
        let name = &rest[start + 1..start + len];
        out.push_str(&if name == "desa" { desa.to_string() } else { value(name).unwrap_or_else(|| "-".into()) });
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// Problems of the letterhead file.
pub fn settings_problems(s: &LetterSettings) -> Vec<Problem> {
    let mut r = Report::new(SETTINGS_FILE);
    if s.letterhead.iter().all(|l| l.trim().is_empty()) {
        r.add("kop", "kop surat kosong");
    }
    for needed in ["{kode}", "{nomor}"] {
        if !s.number_format.contains(needed) {
            r.add("format_nomor", format!("format nomor harus memuat {needed}"));
        }
    }
    for name in
        placeholders(&s.number_format).into_iter().filter(|n| !["kode", "nomor", "bulan_romawi", "tahun"].contains(n))
    {
        r.add(
            "format_nomor",
            format!("{{{name}}} tidak dikenal; pakai {{kode}}, {{nomor}}, {{bulan_romawi}}, {{tahun}}"),
        );
    }
    for (field, text) in
        [("tempat", &s.place), ("pembuka", &s.opening), ("penutup", &s.closing), ("jabatan", &s.signer_title)]
    {
        if text.trim().is_empty() {
            r.add(field, "belum diisi");
        }
    }
    r.problems
}
