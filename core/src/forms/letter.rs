//! A form's letter, the `[surat]` block in its file: what the office prints from a received form (the
//! letterhead and numbering are the office's: `office::letter`).

use super::Form;
use crate::base::check::Report;
use serde::{Deserialize, Serialize};

/// A form's letter (`[surat]` in its file).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Letter {
    /// "SURAT KETERANGAN TIDAK MAMPU".
    #[serde(rename = "judul")]
    pub title: String,
    /// The letter's code in the number, as the desa's books use it ("S-11" in OpenSID's defaults).
    #[serde(rename = "kode")]
    pub code: String,
    /// The fields shown as "label : value" rows about the person, in order (their office labels).
    #[serde(rename = "data")]
    pub rows: Vec<String>,
    /// The paragraph after the rows; `{field-id}` is that field's answer, `{desa}` the desa's name.
    #[serde(rename = "keterangan")]
    pub statement: String,
    /// Where the wording comes from.
    #[serde(rename = "sumber", default)]
    pub source: Option<String>,
}

/// The option id the forms give "Lainnya" (something else), which opens a field to type it in.
pub const OTHER_OPTION: &str = "lainnya";

/// The names between braces in a template, for the content check.
pub fn placeholders(template: &str) -> Vec<&str> {
    template.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(name, _)| name)).collect()
}

/// Problems of a form's letter: rows and placeholders must name the form's fields.
pub(super) fn check_letter(r: &mut Report, form: &Form, letter: &Letter) {
    if letter.title.trim().is_empty() {
        r.add("surat.judul", "judul surat kosong");
    }
    if letter.code.trim().is_empty() {
        r.add("surat.kode", "kode surat kosong");
    }
    for id in letter.rows.iter().filter(|id| form.field(id).is_none()) {
        r.add("surat.data", format!("isian \"{id}\" tidak ada di formulir ini"));
    }
    let statement = placeholders(&letter.statement);
    for name in statement.iter().filter(|n| **n != "desa" && form.field(n).is_none()) {
        r.add("surat.keterangan", format!("{{{name}}} bukan isian formulir ini (atau {{desa}})"));
    }
    // A text question that opens under an answer the letter uses ("Nama rumah sakit" under "berobat") says more
    // about that answer: the letter must carry it too, or the hospital the form asked for is missing from the
    // letter. The text typed for "Lainnya" is exempt: it replaces the choice in the statement.
    let in_letter = |id: &str| letter.rows.iter().any(|r| r == id) || statement.contains(&id);
    for follow_up in form.fields().filter(|f| f.kind.is_text() && !in_letter(&f.id)) {
        let Some(condition) = &follow_up.show_if else { continue };
        if in_letter(&condition.field) && condition.equals != OTHER_OPTION {
            r.add(
                "surat.data",
                format!(
                    "isian \"{}\" (muncul bila {} = {}) tidak ada di surat: tambahkan ke data atau keterangan",
                    follow_up.id, condition.field, condition.equals
                ),
            );
        }
    }
}
