//! The "check your answers" page: every visible question with its answer as a person reads it.

use super::{address_key, answer, chosen, AddressPart, Answers, Field, FieldKind, Form};
use crate::base::format;
use crate::base::identity;
use crate::base::lang::Lang;

/// A line of the "check your answers" page; `section` and `field_id` let the "change" link go back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryRow {
    pub section: usize,
    pub field_id: String,
    pub label: String,
    pub value: String,
    /// False for an optional question left empty, whose value says so ("Tidak diisi").
    pub answered: bool,
}

/// Every visible question with its answer as a person reads it: choices by their label, numbers and dates
/// written the Indonesian way. Unanswered optional questions say so rather than disappear.
pub fn summary(form: &Form, answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
    rows(form, answers, lang, Reader::Resident)
}

/// The same rows as the office reads a received form: office labels in the third person ("Nama pelapor"),
/// and the office's wording of first-person options ("Pelapor sendiri").
pub fn office_summary(form: &Form, answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
    rows(form, answers, lang, Reader::Office)
}

#[derive(Clone, Copy, PartialEq)]
enum Reader {
    Resident,
    Office,
}

fn rows(form: &Form, answers: &Answers, lang: Lang, reader: Reader) -> Vec<SummaryRow> {
    let mut rows = Vec::new();
    for (section, s) in form.sections.iter().enumerate() {
        for field in s.fields.iter().filter(|f| form.is_visible(f, answers)) {
            let shown = display_value(field, answers, lang, reader);
            let answered = shown.is_some();
            let value = shown.unwrap_or_else(|| {
                match lang {
                    Lang::Id => "Tidak diisi",
                    Lang::En => "Not given",
                }
                .to_string()
            });
            rows.push(SummaryRow {
                section,
                field_id: field.id.clone(),
                label: match (reader, &field.office_label) {
                    (Reader::Office, Some(label)) => label.get(lang).to_string(),
                    _ => field.label.get(lang).to_string(),
                },
                value,
                answered,
            });
        }
    }
    rows
}

/// The answer as shown to people; `None` when unanswered. Values that do not parse are shown as typed.
fn display_value(field: &Field, answers: &Answers, lang: Lang, reader: Reader) -> Option<String> {
    if field.kind == FieldKind::Address {
        return display_address(field, answers);
    }
    let raw = answer(answers, &field.id);
    fn option_label(o: &super::Choice, reader: Reader, lang: Lang) -> &str {
        match (reader, &o.office_label) {
            (Reader::Office, Some(label)) => label.get(lang),
            _ => o.label.get(lang),
        }
    }
    let label_of = |id: &str| field.option(id).map_or(id.to_string(), |o| option_label(o, reader, lang).to_string());
    let shown = match field.kind {
        FieldKind::Choice => label_of(raw),
        FieldKind::MultiChoice => {
            // In the form's order, as on the page; ids no option has (from an older form version) come last.
            let known =
                field.options.iter().filter(|o| chosen(raw).any(|c| c == o.id)).map(|o| option_label(o, reader, lang));
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
    let hamlet = part(AddressPart::Hamlet).trim();
    if !hamlet.is_empty() {
        // Residents often type the word themselves ("Dusun II") into the field labelled "Dusun".
        let named =
            hamlet.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("dusun ")) || hamlet.eq_ignore_ascii_case("dusun");
        pieces.push(if named { hamlet.to_string() } else { format!("Dusun {hamlet}") });
    }
    (!pieces.is_empty()).then(|| pieces.join(", "))
}
