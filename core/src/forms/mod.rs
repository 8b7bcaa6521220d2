//! Forms as data: one file per form in `content/formulir/`, with sections of fields, conditional fields,
//! validation with resident-friendly messages, and the "check your answers" summary.
//!
//! Answers are raw text keyed by field id, exactly as typed, so a draft never loses what the resident wrote;
//! values are parsed only to validate and to display. Multiple choices are option ids joined by
//! [`CHOICE_SEPARATOR`]; an address keeps its parts under `<field>.rt`, `<field>.rw`, `<field>.dusun`, `<field>.jalan`.

pub mod letter;
mod problems;
mod step;
mod summary;
pub mod survey;
mod validate;

pub use problems::form_problems;
#[cfg(feature = "load")]
pub use problems::load_forms;
pub use step::Step;
pub use summary::{office_summary, summary, SummaryRow};
pub use validate::{
    form_warnings, section_warnings, validate_field, validate_form, validate_section, FieldError, FieldWarning,
};

use crate::base::identity::Sex;
use crate::base::lang::{Lang, Text};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Field id → raw text as typed.
pub type Answers = BTreeMap<String, String>;

/// Joins the option ids of a multiple-choice answer. Option ids are slugs, so they never contain it.
pub const CHOICE_SEPARATOR: char = ',';

pub const FORMS_DIR: &str = "formulir";

/// The form file name for an id: `formulir/<id>.toml`.
pub fn form_file(id: &str) -> String {
    format!("{FORMS_DIR}/{id}.toml")
}

/// One form a resident fills in, as village staff write it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// URL slug (`/formulir/:id`); also the file name.
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
    #[serde(rename = "ringkasan")]
    pub summary: Text,
    /// Raised whenever fields change, so a saved draft knows which form it was made with.
    #[serde(rename = "versi")]
    pub version: u32,
    /// The service (`content/layanan/<id>.toml`) this form belongs to; none for general forms such as feedback.
    #[serde(rename = "layanan", default)]
    pub service: Option<String>,
    #[serde(rename = "bagian")]
    pub sections: Vec<Section>,
    /// A community survey: when it is open and who runs it, and its results once closed.
    #[serde(rename = "survei", default, skip_serializing_if = "Option::is_none")]
    pub survey: Option<survey::Survey>,
    /// The letter the office prints from a received form (`[surat]`), for forms that lead to one.
    #[serde(rename = "surat", default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<letter::Letter>,
}

/// A page of the form: one title, a few fields.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    #[serde(rename = "judul")]
    pub title: Text,
    #[serde(rename = "isian", default)]
    pub fields: Vec<Field>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Unique within the form; the key of its answer.
    pub id: String,
    pub label: Text,
    /// The label as the office reads a received form, in the third person ("Nama pelapor", never "Anda").
    #[serde(rename = "label_kantor", default, skip_serializing_if = "Option::is_none")]
    pub office_label: Option<Text>,
    #[serde(rename = "petunjuk", default)]
    pub hint: Option<Text>,
    #[serde(rename = "jenis")]
    pub kind: FieldKind,
    /// Pages mark fields that are not required as "tidak wajib", so labels never say it themselves.
    #[serde(rename = "wajib", default)]
    pub required: bool,
    /// Options of `pilihan` and `pilihan_ganda` fields, in display order.
    #[serde(rename = "pilihan", default)]
    pub options: Vec<Choice>,
    #[serde(rename = "tampil_jika", default)]
    pub show_if: Option<Condition>,
    /// Most characters allowed, for text fields and an address's street and hamlet.
    #[serde(rename = "batas", default)]
    pub max_len: Option<usize>,
    #[serde(rename = "pesan", default)]
    pub messages: Option<Messages>,
    /// Which of the applicant's own details this field holds, so a saved profile can fill it in.
    #[serde(rename = "data_diri", default)]
    pub personal: Option<PersonalDatum>,
    /// For dates: whether the date must already have come or must still be ahead.
    #[serde(rename = "waktu", default)]
    pub when: Option<When>,
    /// `pilihan_dari = "layanan"`: the catalogue's services become the options, before those written here.
    /// Filled in when the content is read, so the app only sees options.
    #[serde(rename = "pilihan_dari", default, skip_serializing)]
    pub options_from: Option<OptionsFrom>,
    /// May be answered by the page's address (`?membantu=3`), as a service page's quick rating does. Only for
    /// choices, so a link can never put typed text into a form.
    #[serde(rename = "dari_alamat", default, skip_serializing_if = "std::ops::Not::not")]
    pub from_address: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OptionsFrom {
    #[serde(rename = "layanan")]
    Services,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldKind {
    #[default]
    #[serde(rename = "teks")]
    Text,
    #[serde(rename = "teks_panjang")]
    LongText,
    /// A whole number.
    #[serde(rename = "angka")]
    Number,
    #[serde(rename = "tanggal")]
    Date,
    #[serde(rename = "pilihan")]
    Choice,
    #[serde(rename = "pilihan_ganda")]
    MultiChoice,
    /// Answer `ya` or `tidak`.
    #[serde(rename = "ya_tidak")]
    YesNo,
    #[serde(rename = "nik")]
    Nik,
    #[serde(rename = "nomor_kk")]
    KkNumber,
    /// A mobile number.
    #[serde(rename = "telepon")]
    Phone,
    #[serde(rename = "rupiah")]
    Rupiah,
    /// RT, RW, dusun and street as separate answers.
    #[serde(rename = "alamat")]
    Address,
}

impl FieldKind {
    pub(crate) fn has_options(self) -> bool {
        matches!(self, FieldKind::Choice | FieldKind::MultiChoice)
    }

    pub(crate) fn is_text(self) -> bool {
        matches!(self, FieldKind::Text | FieldKind::LongText | FieldKind::Address)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: Text,
    /// The option as the office reads it, when the resident's wording is in the first person ("Saya sendiri").
    #[serde(rename = "label_kantor", default, skip_serializing_if = "Option::is_none")]
    pub office_label: Option<Text>,
}

/// Show a field only when an earlier choice field has a given answer (for multiple choice: includes it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    #[serde(rename = "isian")]
    pub field: String,
    #[serde(rename = "sama_dengan")]
    pub equals: String,
}

/// Messages a form may give instead of the general ones.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Messages {
    /// When a required field is left empty.
    #[serde(rename = "kosong", default)]
    pub empty: Option<Text>,
    /// When the answer does not pass the field's check.
    #[serde(rename = "salah", default)]
    pub invalid: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PersonalDatum {
    #[serde(rename = "nama")]
    Name,
    #[serde(rename = "nik")]
    Nik,
    #[serde(rename = "nomor_kk")]
    KkNumber,
    #[serde(rename = "alamat")]
    Address,
    #[serde(rename = "telepon")]
    Phone,
    #[serde(rename = "tanggal_lahir")]
    BirthDate,
    #[serde(rename = "jenis_kelamin")]
    Sex,
}

impl PersonalDatum {
    /// The field kind that can hold this datum; `jenis_kelamin` is a choice of [`SEX_OPTIONS`].
    pub(crate) fn kind(self) -> FieldKind {
        match self {
            PersonalDatum::Name => FieldKind::Text,
            PersonalDatum::Nik => FieldKind::Nik,
            PersonalDatum::KkNumber => FieldKind::KkNumber,
            PersonalDatum::Address => FieldKind::Address,
            PersonalDatum::Phone => FieldKind::Phone,
            PersonalDatum::BirthDate => FieldKind::Date,
            PersonalDatum::Sex => FieldKind::Choice,
        }
    }
}

/// Option ids of a `data_diri = "jenis_kelamin"` field, so the NIK can be checked against it.
pub const SEX_OPTIONS: [&str; 2] = ["laki-laki", "perempuan"];

pub(crate) fn sex_of(option: &str) -> Option<Sex> {
    match option {
        "laki-laki" => Some(Sex::Male),
        "perempuan" => Some(Sex::Female),
        _ => None,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum When {
    /// Today or earlier: a birth, a death.
    #[serde(rename = "lampau")]
    Past,
    /// Today or later: an event being planned.
    #[serde(rename = "mendatang")]
    Upcoming,
}

/// The parts of an address answer, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressPart {
    Street,
    Rt,
    Rw,
    Hamlet,
}

impl AddressPart {
    pub const ALL: [AddressPart; 4] = [AddressPart::Street, AddressPart::Rt, AddressPart::Rw, AddressPart::Hamlet];

    pub fn key(self) -> &'static str {
        match self {
            AddressPart::Street => "jalan",
            AddressPart::Rt => "rt",
            AddressPart::Rw => "rw",
            AddressPart::Hamlet => "dusun",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (AddressPart::Street, Lang::Id) => "Jalan, gang, dan nomor rumah",
            (AddressPart::Street, Lang::En) => "Street, lane and house number",
            (AddressPart::Rt, _) => "RT",
            (AddressPart::Rw, _) => "RW",
            (AddressPart::Hamlet, Lang::Id) => "Dusun",
            (AddressPart::Hamlet, Lang::En) => "Hamlet (dusun)",
        }
    }

    /// RT and RW are on every KTP; a desa may have no dusun and a house no street name.
    fn required(self) -> bool {
        matches!(self, AddressPart::Rt | AddressPart::Rw)
    }
}

/// The answer key of one part of an address field: `alamat.rt`.
pub fn address_key(field_id: &str, part: AddressPart) -> String {
    format!("{field_id}.{}", part.key())
}

/// Limits when a form sets none: enough for any name or address, small enough for browser storage.
const DEFAULT_TEXT_LIMIT: usize = 200;
pub const DEFAULT_LONG_TEXT_LIMIT: usize = 2000;

impl Field {
    /// The length limit of a text field or an address's street and hamlet, the form's own or the default.
    pub fn length_limit(&self) -> Option<usize> {
        match self.kind {
            FieldKind::LongText => Some(self.max_len.unwrap_or(DEFAULT_LONG_TEXT_LIMIT)),
            FieldKind::Text | FieldKind::Address => Some(self.max_len.unwrap_or(DEFAULT_TEXT_LIMIT)),
            _ => None,
        }
    }

    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }

    /// A multiple-choice answer with `option` ticked or unticked, kept in the form's option order.
    pub fn set_choice(&self, raw: &str, option: &str, selected: bool) -> String {
        let keep = |id: &str| if id == option { selected } else { chosen(raw).any(|c| c == id) };
        let ids: Vec<&str> = self.options.iter().map(|o| o.id.as_str()).filter(|id| keep(id)).collect();
        ids.join(&CHOICE_SEPARATOR.to_string())
    }
}

/// The option ids in a multiple-choice answer.
pub fn chosen(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(CHOICE_SEPARATOR).map(str::trim).filter(|s| !s.is_empty())
}

impl Form {
    /// Every field, section by section.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.sections.iter().flat_map(|s| s.fields.iter())
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields().find(|f| f.id == id)
    }

    /// The field that holds the applicant's `datum`, for prefilling from a saved profile.
    pub fn personal_field(&self, datum: PersonalDatum) -> Option<&Field> {
        self.fields().find(|f| f.personal == Some(datum))
    }

    /// Shown when every condition up its chain holds. The content check makes conditions point only at
    /// earlier fields, so chains end; the step limit only guards a bundle that skipped the check.
    pub fn is_visible(&self, field: &Field, answers: &Answers) -> bool {
        let mut current = field;
        for _ in 0..=self.fields().count() {
            let Some(cond) = &current.show_if else { return true };
            let Some(controller) = self.field(&cond.field) else { return false };
            if !self.holds(cond, answers) {
                return false;
            }
            current = controller;
        }
        false
    }

    /// Whether the answers meet a condition: the field is visible and has the answer (for multiple choice:
    /// includes it). Used for a field's `tampil_jika` and for the documents a service needs only sometimes.
    pub fn holds(&self, cond: &Condition, answers: &Answers) -> bool {
        let Some(controller) = self.field(&cond.field) else { return false };
        let raw = answer(answers, &controller.id);
        match controller.kind {
            FieldKind::MultiChoice => chosen(raw).any(|c| c == cond.equals),
            _ => raw == cond.equals,
        }
    }
}

pub(crate) fn answer<'a>(answers: &'a Answers, key: &str) -> &'a str {
    answers.get(key).map_or("", |s| s.trim())
}

/// The fields a resident sees now, in form order.
pub fn visible_fields<'a>(form: &'a Form, answers: &Answers) -> Vec<&'a Field> {
    form.fields().filter(|f| form.is_visible(f, answers)).collect()
}

/// The answers a link may give (a service page's quick rating, `?layanan=sktm&membantu=3`): only fields
/// marked `dari_alamat`, and only values that are one of their options.
pub fn answers_from_address(form: &Form, query: impl Fn(&str) -> Option<String>) -> Vec<(String, String)> {
    form.fields()
        .filter(|f| f.from_address)
        .filter_map(|f| {
            let value = query(&f.id)?;
            let known = match f.kind {
                FieldKind::YesNo => value == "ya" || value == "tidak",
                _ => f.options.iter().any(|o| o.id == value),
            };
            known.then(|| (f.id.clone(), value))
        })
        .collect()
}

/// Only the answers of visible fields: what leaves the phone when a form is printed or shared,
/// so answers to questions that no longer apply are not passed on.
pub fn visible_answers(form: &Form, answers: &Answers) -> Answers {
    let visible = visible_fields(form, answers);
    answers
        .iter()
        .filter(|(key, _)| {
            let field_id = key.split_once('.').map_or(key.as_str(), |(id, _)| id);
            visible.iter().any(|f| f.id == field_id)
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}
