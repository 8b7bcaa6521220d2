//! Volunteer mode: one phone helps several neighbours, each kept as a profile whose personal data fills forms.
//!
//! A profile is stored as-is under `tb:profil:<id>`. Its layout has no schema number yet: a later layout adds
//! one, and its absence then means this first layout.

use super::id::Id;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub rt: String,
    pub rw: String,
    pub dusun: String,
    /// Street, house number or landmark.
    pub street: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub id: Id,
    /// A short nickname the volunteer chooses, shown in the drafts list ("Bu Siti RT 3").
    pub label: String,
    pub name: String,
    /// Nomor Induk Kependudukan, 16 digits as typed.
    pub nik: String,
    /// Nomor Kartu Keluarga, as typed.
    pub kk_number: String,
    pub address: Address,
    pub phone: String,
    /// As the forms write dates, `YYYY-MM-DD`.
    pub birth_date: String,
    /// As the forms write it.
    pub sex: String,
}

impl Profile {
    /// An empty profile, to be filled in by the volunteer.
    pub fn new(id: Id, label: impl Into<String>) -> Profile {
        Profile {
            id,
            label: label.into(),
            name: String::new(),
            nik: String::new(),
            kk_number: String::new(),
            address: Address::default(),
            phone: String::new(),
            birth_date: String::new(),
            sex: String::new(),
        }
    }
}

/// The kinds of personal data a form field can be filled from. Form files name them with the keys below.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PersonalKind {
    #[serde(rename = "nama")]
    Name,
    #[serde(rename = "nik")]
    Nik,
    #[serde(rename = "nomor_kk")]
    KkNumber,
    #[serde(rename = "alamat.rt")]
    Rt,
    #[serde(rename = "alamat.rw")]
    Rw,
    #[serde(rename = "alamat.dusun")]
    Dusun,
    #[serde(rename = "alamat.jalan")]
    Street,
    #[serde(rename = "telepon")]
    Phone,
    #[serde(rename = "tanggal_lahir")]
    BirthDate,
    #[serde(rename = "jenis_kelamin")]
    Sex,
}

impl PersonalKind {
    pub const ALL: [PersonalKind; 10] = [
        PersonalKind::Name,
        PersonalKind::Nik,
        PersonalKind::KkNumber,
        PersonalKind::Rt,
        PersonalKind::Rw,
        PersonalKind::Dusun,
        PersonalKind::Street,
        PersonalKind::Phone,
        PersonalKind::BirthDate,
        PersonalKind::Sex,
    ];

    /// The key form files use.
    pub fn key(self) -> &'static str {
        match self {
            PersonalKind::Name => "nama",
            PersonalKind::Nik => "nik",
            PersonalKind::KkNumber => "nomor_kk",
            PersonalKind::Rt => "alamat.rt",
            PersonalKind::Rw => "alamat.rw",
            PersonalKind::Dusun => "alamat.dusun",
            PersonalKind::Street => "alamat.jalan",
            PersonalKind::Phone => "telepon",
            PersonalKind::BirthDate => "tanggal_lahir",
            PersonalKind::Sex => "jenis_kelamin",
        }
    }

    pub fn from_key(key: &str) -> Option<PersonalKind> {
        PersonalKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A form field filled from personal data: the field id in the form and the kind of data it takes.
pub type PersonalField<'a> = (&'a str, PersonalKind);

/// The profile's value for a kind of field, or `None` when the volunteer left it empty.
pub fn prefill(profile: &Profile, kind: PersonalKind) -> Option<String> {
    let value = match kind {
        PersonalKind::Name => &profile.name,
        PersonalKind::Nik => &profile.nik,
        PersonalKind::KkNumber => &profile.kk_number,
        PersonalKind::Rt => &profile.address.rt,
        PersonalKind::Rw => &profile.address.rw,
        PersonalKind::Dusun => &profile.address.dusun,
        PersonalKind::Street => &profile.address.street,
        PersonalKind::Phone => &profile.phone,
        PersonalKind::BirthDate => &profile.birth_date,
        PersonalKind::Sex => &profile.sex,
    };
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// The fields of a form that a neighbour's profile fills in, with the kind of data each takes.
pub fn personal_fields(form: &crate::forms::Form) -> Vec<(String, PersonalKind)> {
    let mut out = Vec::new();
    for field in form.fields() {
        let Some(datum) = field.personal else { continue };
        let simple = match datum {
            crate::forms::PersonalDatum::Name => Some(PersonalKind::Name),
            crate::forms::PersonalDatum::Nik => Some(PersonalKind::Nik),
            crate::forms::PersonalDatum::KkNumber => Some(PersonalKind::KkNumber),
            crate::forms::PersonalDatum::Phone => Some(PersonalKind::Phone),
            crate::forms::PersonalDatum::BirthDate => Some(PersonalKind::BirthDate),
            crate::forms::PersonalDatum::Sex => Some(PersonalKind::Sex),
            crate::forms::PersonalDatum::Address => None,
        };
        match simple {
            Some(kind) => out.push((field.id.clone(), kind)),
            None => {
                for (part, kind) in [
                    (crate::forms::AddressPart::Rt, PersonalKind::Rt),
                    (crate::forms::AddressPart::Rw, PersonalKind::Rw),
                    (crate::forms::AddressPart::Hamlet, PersonalKind::Dusun),
                    (crate::forms::AddressPart::Street, PersonalKind::Street),
                ] {
                    out.push((crate::forms::address_key(&field.id, part), kind));
                }
            }
        }
    }
    out
}

/// A validator that says what is wrong, if anything.
type Check = fn(&str) -> Option<crate::base::lang::Text>;

/// What is wrong with a neighbour's profile as typed: the label is missing, or a number does not read. The same
/// checks as the forms', so a profile never fills a form with bad data.
#[derive(Clone, Debug, PartialEq)]
pub enum EntryProblem {
    /// The label ("Bu Siti RT 3"), the one thing a profile needs, is empty.
    LabelMissing,
    /// The validator's message, in both languages.
    Invalid(crate::base::lang::Text),
}

/// A profile being typed: `label`, and the optional `nik`, `kk`, `rt`, `rw` and `phone`, as typed. Problems in the
/// order of the form, keyed by the same names.
pub fn entry_problems(
    label: &str,
    nik: &str,
    kk: &str,
    rt: &str,
    rw: &str,
    phone: &str,
) -> Vec<(&'static str, EntryProblem)> {
    use crate::base::identity::{parse_kk, parse_nik, parse_phone, parse_rt_rw};
    let mut found = Vec::new();
    if label.trim().is_empty() {
        found.push(("label", EntryProblem::LabelMissing));
    }
    let checks: [(&'static str, &str, Check); 5] = [
        ("nik", nik, |s| parse_nik(s).err().map(|e| e.message)),
        ("kk", kk, |s| parse_kk(s).err().map(|e| e.message)),
        ("rt", rt, |s| parse_rt_rw(s).err().map(|e| e.message)),
        ("rw", rw, |s| parse_rt_rw(s).err().map(|e| e.message)),
        ("telepon", phone, |s| parse_phone(s).err().map(|e| e.message)),
    ];
    for (key, value, check) in checks {
        if let Some(message) = (!value.trim().is_empty()).then(|| check(value.trim())).flatten() {
            found.push((key, EntryProblem::Invalid(message)));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_distinct_key_that_reads_back() {
        for kind in PersonalKind::ALL {
            assert_eq!(PersonalKind::from_key(kind.key()), Some(kind));
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{}\"", kind.key()));
        }
        assert_eq!(PersonalKind::from_key("alamat"), None);
    }

    #[test]
    fn prefill_takes_each_kind_from_its_own_field_and_skips_blanks() {
        let mut p = Profile::new(Id::parse("00000000000000a1").unwrap(), "Bu Siti");
        p.name = " Siti Aminah ".into();
        p.address.rt = "003".into();
        p.address.rw = "011".into();
        assert_eq!(prefill(&p, PersonalKind::Name).as_deref(), Some("Siti Aminah"));
        assert_eq!(prefill(&p, PersonalKind::Rt).as_deref(), Some("003"));
        assert_eq!(prefill(&p, PersonalKind::Rw).as_deref(), Some("011"));
        assert_eq!(prefill(&p, PersonalKind::Nik), None);
    }
}
