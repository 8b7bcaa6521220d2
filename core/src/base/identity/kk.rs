//! Nomor KK: the family card's number.

use super::*;

/// A nomor KK (family card number) that passed [`parse_kk`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KkNumber(String);

impl KkNumber {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Checks a nomor KK: 16 digits, a province code, and a real `DDMMYY` recording date in digits 7–12.
/// The structure comes from a low-confidence source (domain.md §7.2), so nothing stricter is checked.
pub fn parse_kk(input: &str) -> Result<KkNumber, Invalid> {
    let digits = card_digits(input, "Nomor KK", "family card (KK) number")?;
    if !is_province_code(&digits[..2]) {
        return Err(invalid(
            format!("Dua angka pertama nomor KK ({}) bukan kode provinsi. Periksa lagi nomor di bagian atas Kartu Keluarga.", &digits[..2]),
            format!("The first two digits ({}) are not a province code. Check the number at the top of your family card (KK) again.", &digits[..2]),
        ));
    }
    let (day, month, yy) = (two_digits(&digits, 6), two_digits(&digits, 8), two_digits(&digits, 10));
    if century_candidates(day, month, yy).next().is_some() {
        return Ok(KkNumber(digits));
    }
    if day > 40 && century_candidates(day - 40, month, yy).next().is_some() {
        return Err(invalid(
            "Nomor ini tampaknya NIK, bukan nomor KK. Nomor KK ada di bagian atas Kartu Keluarga.",
            "This looks like a NIK, not a family card number. The KK number is at the top of the family card.",
        ));
    }
    Err(invalid(
        "Nomor KK ini tidak cocok dengan susunan nomor KK. Salin lagi dari bagian atas Kartu Keluarga.",
        "This does not fit how family card numbers are made. Copy it again from the top of the family card (KK).",
    ))
}
