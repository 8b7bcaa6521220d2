//! Whether answers can be accepted: one message per field in the resident's words, warnings that let them go on.

use super::sex_of;
use super::{
    address_key, answer, chosen, visible_fields, AddressPart, Answers, Field, FieldKind, Form, PersonalDatum, When,
};
use crate::base::date::CivilDate;
use crate::base::identity::{self, Invalid, NikWarningAbout};
use crate::base::lang::{Lang, Text};

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
pub fn validate_field(form: &Form, field: &Field, answers: &Answers, today: CivilDate) -> Result<(), Text> {
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

fn check_value(field: &Field, raw: &str, today: CivilDate) -> Result<(), Invalid> {
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
pub fn validate_section(form: &Form, section_index: usize, answers: &Answers, today: CivilDate) -> Vec<FieldError> {
    let Some(section) = form.sections.get(section_index) else { return Vec::new() };
    errors_in(form, section.fields.iter(), answers, today)
}

/// Every problem in the whole form, before the summary page.
pub fn validate_form(form: &Form, answers: &Answers, today: CivilDate) -> Vec<FieldError> {
    errors_in(form, form.fields(), answers, today)
}

fn errors_in<'a>(
    form: &Form,
    fields: impl Iterator<Item = &'a Field>,
    answers: &Answers,
    today: CivilDate,
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
    crate::base::order::sort_by(&mut warnings, |w| crate::base::order::number(position(&w.field_id)));
    warnings
}
