//! NIK (Nomor Induk Kependudukan): 16 digits with the region, the birth date (day + 40 for women) and a serial.

use super::*;

/// A NIK (Nomor Induk Kependudukan) that passed [`parse_nik`]: 16 digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nik(String);

/// Checks a NIK: 16 digits, a province code, a real birth date (day + 40 for women), a serial other than 0000.
/// A NIK starting with 0 is a temporary number from the village system (OpenSID "NIK sementara":
/// 0, the 10-digit village code, a 5-digit sequence); it is accepted and flagged by [`nik_warnings`].
pub fn parse_nik(input: &str) -> Result<Nik, Invalid> {
    let digits = card_digits(input, "NIK", "NIK")?;
    if let Some(village_code) = digits.strip_prefix('0') {
        if !is_province_code(&village_code[..2]) {
            return Err(invalid(
                "NIK yang diawali 0 adalah NIK sementara, dan angka ke-2 dan ke-3 harus kode provinsi. Periksa lagi NIK Anda.",
                "A NIK starting with 0 is a temporary NIK, and its 2nd and 3rd digits must be a province code. Check your NIK again.",
            ));
        }
        return Ok(Nik(digits));
    }
    if !is_province_code(&digits[..2]) {
        return Err(invalid(
            format!("Dua angka pertama NIK ({}) bukan kode provinsi. Periksa lagi NIK di KTP atau Kartu Keluarga.", &digits[..2]),
            format!("The first two digits ({}) are not a province code. Check the NIK on your KTP or family card (KK) again.", &digits[..2]),
        ));
    }
    let nik = Nik(digits);
    let (day, month, yy) = nik.date_digits();
    if century_candidates(day, month, yy).next().is_none() {
        let written = &nik.0[6..12];
        return Err(invalid(
            format!("Angka ke-7 sampai ke-12 NIK adalah tanggal lahir (hari, bulan, tahun; hari ditambah 40 untuk perempuan), tetapi {written} bukan tanggal. Periksa lagi NIK Anda."),
            format!("Digits 7 to 12 of a NIK are the birth date (day, month, year; women's day plus 40), but {written} is not a date. Check your NIK again."),
        ));
    }
    if nik.0.ends_with("0000") {
        return Err(invalid(
            "Empat angka terakhir NIK tidak mungkin 0000. Periksa lagi NIK Anda.",
            "The last four digits of a NIK are never 0000. Check your NIK again.",
        ));
    }
    Ok(nik)
}

impl Nik {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A temporary village number (starts with 0), not a Dukcapil NIK.
    pub fn is_temporary(&self) -> bool {
        self.0.starts_with('0')
    }

    /// Day (women's +40 removed), month and two-digit year from digits 7–12.
    fn date_digits(&self) -> (u32, u32, u32) {
        let day = two_digits(&self.0, 6);
        (if day > 40 { day - 40 } else { day }, two_digits(&self.0, 8), two_digits(&self.0, 10))
    }

    /// Women's NIKs carry the birth day plus 40. `None` for a temporary NIK, which encodes no person.
    pub fn sex(&self) -> Option<Sex> {
        (!self.is_temporary()).then(|| if two_digits(&self.0, 6) > 40 { Sex::Female } else { Sex::Male })
    }

    /// The birth date in the NIK. The year has two digits, so this is the latest matching date not after
    /// `today`: on 2026-11-22, `…120325…` is 2025-03-12 and `…120327…` is 1927-03-12.
    pub fn birth_date(&self, today: CivilDate) -> Option<CivilDate> {
        if self.is_temporary() {
            return None;
        }
        let (day, month, yy) = self.date_digits();
        century_candidates(day, month, yy).find(|d| *d <= today)
    }
}

/// What a NIK warning is about, so a form can tell it at the field concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NikWarningAbout {
    Temporary,
    BirthDate,
    Sex,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NikWarning {
    pub about: NikWarningAbout,
    pub message: Text,
}

/// Things to check again about a valid NIK. Never errors: legacy NIKs that disagree with the birth date exist
/// and are not corrected (domain.md §7.1), and data entry mistakes happen on either side.
/// `birth_date` and `sex` are what the same form says about the NIK's owner, when it asks.
pub fn nik_warnings(nik: &Nik, birth_date: Option<CivilDate>, sex: Option<Sex>) -> Vec<NikWarning> {
    if nik.is_temporary() {
        return vec![NikWarning {
            about: NikWarningAbout::Temporary,
            message: note(
                "NIK yang diawali 0 adalah NIK sementara dari desa. Formulir tetap bisa dikirim, tetapi urus NIK tetap di Disdukcapil.",
                "A NIK starting with 0 is a temporary number from the village. You can still send this form, but get your permanent NIK at the civil registry (Disdukcapil).",
            ),
        }];
    }
    let mut warnings = Vec::new();
    let (day, month, yy) = nik.date_digits();
    // Compare two-digit years: the form's date settles the century, the NIK cannot.
    if let Some(d) = birth_date.filter(|d| (d.day(), d.month(), d.year().rem_euclid(100) as u32) != (day, month, yy)) {
        let in_nik = format!("{day:02}-{month:02}-{yy:02}");
        let given = format!("{:02}-{:02}-{:02}", d.day(), d.month(), d.year().rem_euclid(100));
        warnings.push(NikWarning {
            about: NikWarningAbout::BirthDate,
            message: note(
                format!("Tanggal lahir di NIK ({in_nik}) tidak sama dengan tanggal lahir yang diisi ({given}). Periksa lagi keduanya. Bila di KTP memang begitu, lanjutkan saja dan beri tahu petugas."),
                format!("The birth date in the NIK ({in_nik}) differs from the birth date entered ({given}). Check both again. If your KTP really says so, carry on and tell the officer."),
            ),
        });
    }
    if let (Some(given), Some(in_nik)) = (sex, nik.sex()) {
        if given != in_nik {
            let (nik_id, nik_en) = in_nik.words();
            let (given_id, given_en) = given.words();
            warnings.push(NikWarning {
                about: NikWarningAbout::Sex,
                message: note(
                    format!("Menurut NIK, pemiliknya {nik_id}, tetapi yang dipilih {given_id}. Periksa lagi keduanya. Bila di KTP memang begitu, lanjutkan saja dan beri tahu petugas."),
                    format!("The NIK belongs to someone {nik_en}, but {given_en} was chosen. Check both again. If your KTP really says so, carry on and tell the officer."),
                ),
            });
        }
    }
    warnings
}
