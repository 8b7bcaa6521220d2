//! Forms as data: one file per form in `content/formulir/`, with sections of fields, conditional fields,
//! validation with resident-friendly messages, and the "check your answers" summary.
//!
//! Answers are raw text keyed by field id, exactly as typed, so a draft never loses what the resident wrote;
//! values are parsed only to validate and to display. Multiple choices are option ids joined by
//! [`CHOICE_SEPARATOR`]; an address keeps its parts under `<field>.rt`, `<field>.rw`, `<field>.dusun`, `<field>.jalan`.

use crate::date::Date;
use crate::format;
use crate::identity::{self, Invalid, NikWarningAbout, Sex};
use crate::lang::{Lang, Text};
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

fn sex_of(option: &str) -> Option<Sex> {
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
            let raw = answer(answers, &controller.id);
            let holds = match controller.kind {
                FieldKind::MultiChoice => chosen(raw).any(|c| c == cond.equals),
                _ => raw == cond.equals,
            };
            if !holds {
                return false;
            }
            current = controller;
        }
        false
    }
}

fn answer<'a>(answers: &'a Answers, key: &str) -> &'a str {
    answers.get(key).map_or("", |s| s.trim())
}

/// The fields a resident sees now, in form order.
pub fn visible_fields<'a>(form: &'a Form, answers: &Answers) -> Vec<&'a Field> {
    form.fields().filter(|f| form.is_visible(f, answers)).collect()
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

/// One message about one field, for the error summary at the top of a page and the message at the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field_id: String,
    pub message: Text,
}

/// Something to look at again; the resident may still go on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldWarning {
    pub field_id: String,
    pub message: Text,
}

/// Whether one field's answer can be accepted. Hidden fields always can: they are not asked.
pub fn validate_field(form: &Form, field: &Field, answers: &Answers, today: Date) -> Result<(), Text> {
    if !form.is_visible(field, answers) {
        return Ok(());
    }
    if field.kind == FieldKind::Address {
        return validate_address(field, answers);
    }
    let raw = answer(answers, &field.id);
    let empty = match field.kind {
        FieldKind::MultiChoice => chosen(raw).next().is_none(),
        _ => raw.is_empty(),
    };
    if empty {
        return if field.required { Err(empty_message(field)) } else { Ok(()) };
    }
    check_value(field, raw, today).map_err(|e| custom_or(field, e))
}

fn custom_or(field: &Field, e: Invalid) -> Text {
    field.messages.as_ref().and_then(|m| m.invalid.clone()).unwrap_or(e.message)
}

fn empty_message(field: &Field) -> Text {
    if let Some(custom) = field.messages.as_ref().and_then(|m| m.empty.clone()) {
        return custom;
    }
    let (id, en) = (&field.label.id, field.label.get(Lang::En));
    match field.kind {
        FieldKind::Choice | FieldKind::MultiChoice | FieldKind::YesNo => {
            Text { id: format!("Pilih jawaban untuk: {id}"), en: format!("Choose an answer for: {en}") }
        }
        _ => Text { id: format!("{id} belum diisi."), en: format!("{en} is not filled in yet.") },
    }
}

fn too_long(limit: usize, length: usize) -> Invalid {
    Invalid {
        message: Text {
            id: format!("Terlalu panjang: paling banyak {limit} huruf, sekarang {length}. Singkatkan."),
            en: format!("Too long: at most {limit} characters, now {length}. Shorten it."),
        },
    }
}

fn not_an_option() -> Invalid {
    Invalid {
        message: Text {
            id: "Jawaban ini tidak ada dalam pilihan. Pilih lagi.".into(),
            en: "This answer is not one of the options. Choose again.".into(),
        },
    }
}

fn check_length(field: &Field, raw: &str) -> Result<(), Invalid> {
    let (length, limit) = (raw.chars().count(), field.length_limit().unwrap_or(usize::MAX));
    if length > limit {
        return Err(too_long(limit, length));
    }
    Ok(())
}

fn check_value(field: &Field, raw: &str, today: Date) -> Result<(), Invalid> {
    match field.kind {
        FieldKind::Text | FieldKind::LongText | FieldKind::Address => check_length(field, raw)?,
        FieldKind::Number => {
            identity::parse_whole_number(raw)?;
        }
        FieldKind::Date => {
            match field.when {
                Some(When::Past) => identity::parse_past_date(raw, today)?,
                Some(When::Upcoming) => identity::parse_upcoming_date(raw, today)?,
                None => identity::parse_date(raw)?,
            };
        }
        FieldKind::Choice if field.option(raw).is_none() => return Err(not_an_option()),
        FieldKind::MultiChoice if chosen(raw).any(|c| field.option(c).is_none()) => return Err(not_an_option()),
        FieldKind::YesNo if raw != "ya" && raw != "tidak" => return Err(not_an_option()),
        FieldKind::Nik => {
            identity::parse_nik(raw)?;
        }
        FieldKind::KkNumber => {
            identity::parse_kk(raw)?;
        }
        FieldKind::Phone => {
            identity::parse_phone(raw)?;
        }
        FieldKind::Rupiah => {
            identity::parse_rupiah(raw)?;
        }
        FieldKind::Choice | FieldKind::MultiChoice | FieldKind::YesNo => {}
    }
    Ok(())
}

/// An address needs RT and RW when it is required or partly filled; street and hamlet are optional.
fn validate_address(field: &Field, answers: &Answers) -> Result<(), Text> {
    let part = |p: AddressPart| answer(answers, &address_key(&field.id, p));
    if AddressPart::ALL.iter().all(|p| part(*p).is_empty()) {
        return if field.required { Err(empty_message(field)) } else { Ok(()) };
    }
    for p in AddressPart::ALL {
        let raw = part(p);
        if raw.is_empty() {
            if p.required() {
                return Err(Text {
                    id: format!("Nomor {} belum diisi. Lihat di KTP atau Kartu Keluarga.", p.key().to_uppercase()),
                    en: format!("The {} number is missing. See your KTP or family card (KK).", p.key().to_uppercase()),
                });
            }
            continue;
        }
        let checked = match p {
            AddressPart::Rt | AddressPart::Rw => identity::parse_rt_rw(raw).map(drop),
            AddressPart::Street | AddressPart::Hamlet => check_length(field, raw),
        };
        checked.map_err(|e| custom_or(field, e))?;
    }
    Ok(())
}

/// Every problem on one page, in field order, for the error summary.
pub fn validate_section(form: &Form, section_index: usize, answers: &Answers, today: Date) -> Vec<FieldError> {
    let Some(section) = form.sections.get(section_index) else { return Vec::new() };
    errors_in(form, section.fields.iter(), answers, today)
}

/// Every problem in the whole form, before the summary page.
pub fn validate_form(form: &Form, answers: &Answers, today: Date) -> Vec<FieldError> {
    errors_in(form, form.fields(), answers, today)
}

fn errors_in<'a>(
    form: &Form,
    fields: impl Iterator<Item = &'a Field>,
    answers: &Answers,
    today: Date,
) -> Vec<FieldError> {
    fields
        .filter_map(|f| {
            validate_field(form, f, answers, today).err().map(|message| FieldError { field_id: f.id.clone(), message })
        })
        .collect()
}

/// Warnings on one page: a temporary NIK, or a NIK that disagrees with the birth date or sex given.
/// A disagreement is told at whichever of the two fields comes later, the one just answered.
pub fn section_warnings(form: &Form, section_index: usize, answers: &Answers) -> Vec<FieldWarning> {
    let Some(section) = form.sections.get(section_index) else { return Vec::new() };
    form_warnings(form, answers).into_iter().filter(|w| section.fields.iter().any(|f| f.id == w.field_id)).collect()
}

/// Warnings for the whole form, in field order of the field they are told at.
pub fn form_warnings(form: &Form, answers: &Answers) -> Vec<FieldWarning> {
    let position = |id: &str| form.fields().position(|f| f.id == id).unwrap_or(0);
    let visible_answer = |datum: PersonalDatum| {
        form.personal_field(datum).filter(|f| form.is_visible(f, answers)).map(|f| (f, answer(answers, &f.id)))
    };
    let birth = visible_answer(PersonalDatum::BirthDate);
    let sex = visible_answer(PersonalDatum::Sex);
    let mut warnings = Vec::new();
    for field in visible_fields(form, answers).into_iter().filter(|f| f.kind == FieldKind::Nik) {
        let Ok(nik) = identity::parse_nik(answer(answers, &field.id)) else { continue };
        let own = field.personal == Some(PersonalDatum::Nik);
        let birth_date = birth.filter(|_| own).and_then(|(f, raw)| identity::parse_date(raw).ok().map(|d| (f, d)));
        let given_sex = sex.filter(|_| own).and_then(|(f, raw)| sex_of(raw).map(|s| (f, s)));
        for w in identity::nik_warnings(&nik, birth_date.map(|(_, d)| d), given_sex.map(|(_, s)| s)) {
            let other = match w.about {
                NikWarningAbout::Temporary => None,
                NikWarningAbout::BirthDate => birth_date.map(|(f, _)| f),
                NikWarningAbout::Sex => given_sex.map(|(f, _)| f),
            };
            let at = other.filter(|o| position(&o.id) > position(&field.id)).unwrap_or(field);
            warnings.push(FieldWarning { field_id: at.id.clone(), message: w.message });
        }
    }
    warnings.sort_by_key(|w| position(&w.field_id));
    warnings
}

/// A line of the "check your answers" page; `section` and `field_id` let the "change" link go back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryRow {
    pub section: usize,
    pub field_id: String,
    pub label: String,
    pub value: String,
}

/// Every visible question with its answer as a person reads it: choices by their label, numbers and dates
/// written the Indonesian way. Unanswered optional questions say so rather than disappear.
pub fn summary(form: &Form, answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
    let mut rows = Vec::new();
    for (section, s) in form.sections.iter().enumerate() {
        for field in s.fields.iter().filter(|f| form.is_visible(f, answers)) {
            let value = display_value(field, answers, lang).unwrap_or_else(|| {
                match lang {
                    Lang::Id => "Tidak diisi",
                    Lang::En => "Not given",
                }
                .to_string()
            });
            rows.push(SummaryRow {
                section,
                field_id: field.id.clone(),
                label: field.label.get(lang).to_string(),
                value,
            });
        }
    }
    rows
}

/// The answer as shown to people; `None` when unanswered. Values that do not parse are shown as typed.
fn display_value(field: &Field, answers: &Answers, lang: Lang) -> Option<String> {
    if field.kind == FieldKind::Address {
        return display_address(field, answers);
    }
    let raw = answer(answers, &field.id);
    let label_of = |id: &str| field.option(id).map_or(id.to_string(), |o| o.label.get(lang).to_string());
    let shown = match field.kind {
        FieldKind::Choice => label_of(raw),
        FieldKind::MultiChoice => {
            // In the form's order, as on the page; ids no option has (from an older form version) come last.
            let known = field.options.iter().filter(|o| chosen(raw).any(|c| c == o.id)).map(|o| o.label.get(lang));
            let unknown = chosen(raw).filter(|c| field.option(c).is_none());
            known.chain(unknown).collect::<Vec<_>>().join(", ")
        }
        FieldKind::YesNo => match (raw, lang) {
            ("ya", Lang::Id) => "Ya".into(),
            ("ya", Lang::En) => "Yes".into(),
            ("tidak", Lang::Id) => "Tidak".into(),
            ("tidak", Lang::En) => "No".into(),
            _ => raw.into(),
        },
        FieldKind::Date => identity::parse_date(raw).map_or(raw.into(), |d| d.long(lang)),
        FieldKind::Phone => identity::parse_phone(raw).map_or(raw.into(), |p| p.national()),
        FieldKind::Rupiah => identity::parse_rupiah(raw).map_or(raw.into(), format::rupiah),
        FieldKind::Nik => identity::parse_nik(raw).map_or(raw.into(), |n| n.as_str().to_string()),
        FieldKind::KkNumber => identity::parse_kk(raw).map_or(raw.into(), |k| k.as_str().to_string()),
        FieldKind::Number => identity::parse_whole_number(raw).map_or(raw.into(), |n| n.to_string()),
        FieldKind::Text | FieldKind::LongText | FieldKind::Address => raw.into(),
    };
    (!shown.is_empty()).then_some(shown)
}

/// `Jl. Melati 5, RT 003/RW 002, Dusun Krajan`: KTP order and padding.
fn display_address(field: &Field, answers: &Answers) -> Option<String> {
    let part = |p: AddressPart| answer(answers, &address_key(&field.id, p));
    let number = |p: AddressPart| identity::parse_rt_rw(part(p)).map_or(part(p).to_string(), |n| format!("{n:03}"));
    let mut pieces = Vec::new();
    if !part(AddressPart::Street).is_empty() {
        pieces.push(part(AddressPart::Street).to_string());
    }
    if !part(AddressPart::Rt).is_empty() || !part(AddressPart::Rw).is_empty() {
        pieces.push(format!("RT {}/RW {}", number(AddressPart::Rt), number(AddressPart::Rw)));
    }
    if !part(AddressPart::Hamlet).is_empty() {
        pieces.push(format!("Dusun {}", part(AddressPart::Hamlet)));
    }
    (!pieces.is_empty()).then(|| pieces.join(", "))
}
