//! Numbers and dates as residents type them: NIK, nomor KK, mobile numbers, rupiah amounts, dates, RT/RW.
//!
//! Each parser accepts the usual ways of writing a value (copied from a card, with spaces or dots, with "Rp"),
//! returns it normalised, or says in both languages what is wrong and how to fix it. Rules and their sources
//! are in shared/research/domain.md §7.

mod dates;
mod kk;
mod nik;
mod numbers;
mod phone;

pub use dates::{parse_date, parse_past_date, parse_upcoming_date};
pub use kk::{parse_kk, KkNumber};
pub use nik::{nik_warnings, parse_nik, Nik, NikWarning, NikWarningAbout};
pub use numbers::{parse_rt_rw, parse_rupiah, parse_whole_number, MAX_RUPIAH};
pub use phone::{parse_phone, Phone};

use crate::base::date::CivilDate;
use crate::base::lang::Text;

/// Why an input was refused, said so that a resident knows what to change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    pub message: Text,
}

pub(super) fn invalid(id: impl Into<String>, en: impl Into<String>) -> Invalid {
    Invalid { message: Text { id: id.into(), en: en.into() } }
}

/// A warning-level message: the value is accepted, but the resident should look again.
pub(super) fn note(id: impl Into<String>, en: impl Into<String>) -> Text {
    Text { id: id.into(), en: en.into() }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    fn words(self) -> (&'static str, &'static str) {
        match self {
            Sex::Male => ("laki-laki", "male"),
            Sex::Female => ("perempuan", "female"),
        }
    }
}

/// Province codes (digits 1–2 of NIK and nomor KK), Kemendagri numbering: 11–19 Sumatra, 21 Kepulauan Riau,
/// 31–36 Java, 51–53 Bali and Nusa Tenggara, 61–65 Kalimantan, 71–76 Sulawesi, 81–82 Maluku, 91–97 Papua.
/// The Papua range after the 2022 new provinces is unconfirmed (domain.md §7.1 [K]); it is kept wide so that
/// no real number is refused.
pub(super) fn is_province_code(code: &str) -> bool {
    code.parse::<u8>()
        .is_ok_and(|c| matches!(c, 11..=19 | 21 | 31..=36 | 51..=53 | 61..=65 | 71..=76 | 81..=82 | 91..=97))
}

/// The digits of a number copied from a card; spaces, dots and dashes between them are dropped.
pub(super) fn card_digits(input: &str, what_id: &str, what_en: &str) -> Result<String, Invalid> {
    let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '.' | '-' | '\u{a0}')).collect();
    if digits.is_empty() {
        return Err(invalid(
            format!("{what_id} belum diisi. Tulis 16 angka."),
            format!("The {what_en} is empty. Enter its 16 digits."),
        ));
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid(
            format!("{what_id} hanya berisi angka. Hapus huruf atau tanda lain; huruf O biasanya maksudnya angka 0."),
            format!(
                "The {what_en} has digits only. Remove letters and other marks; a letter O is usually the digit 0."
            ),
        ));
    }
    if digits.len() != 16 {
        return Err(invalid(
            format!("{what_id} harus 16 angka, tetapi yang tertulis {} angka. Salin lagi dengan teliti.", digits.len()),
            format!("The {what_en} has 16 digits, but this has {}. Copy it again carefully.", digits.len()),
        ));
    }
    Ok(digits)
}

pub(super) fn two_digits(s: &str, at: usize) -> u32 {
    s[at..at + 2].parse().unwrap_or(0)
}

/// The dates a `DDMMYY` may stand for, latest century first.
pub(super) fn century_candidates(day: u32, month: u32, yy: u32) -> impl Iterator<Item = CivilDate> {
    [2000, 1900].into_iter().filter_map(move |c| CivilDate::new(c + yy as i32, month, day))
}
