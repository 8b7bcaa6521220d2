//! Numbers and dates as residents type them: NIK, nomor KK, mobile numbers, rupiah amounts, dates, RT/RW.
//!
//! Each parser accepts the usual ways of writing a value (copied from a card, with spaces or dots, with "Rp"),
//! returns it normalised, or says in both languages what is wrong and how to fix it. Rules and their sources
//! are in shared/research/domain.md §7.

use crate::base::date::{days_in_month, month_name, CivilDate};
use crate::base::format;
use crate::base::lang::{Lang, Text};

/// Why an input was refused, said so that a resident knows what to change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    pub message: Text,
}

fn invalid(id: impl Into<String>, en: impl Into<String>) -> Invalid {
    Invalid { message: Text { id: id.into(), en: en.into() } }
}

/// A warning-level message: the value is accepted, but the resident should look again.
fn note(id: impl Into<String>, en: impl Into<String>) -> Text {
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
fn is_province_code(code: &str) -> bool {
    code.parse::<u8>()
        .is_ok_and(|c| matches!(c, 11..=19 | 21 | 31..=36 | 51..=53 | 61..=65 | 71..=76 | 81..=82 | 91..=97))
}

/// The digits of a number copied from a card; spaces, dots and dashes between them are dropped.
fn card_digits(input: &str, what_id: &str, what_en: &str) -> Result<String, Invalid> {
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

fn two_digits(s: &str, at: usize) -> u32 {
    s[at..at + 2].parse().unwrap_or(0)
}

/// The dates a `DDMMYY` may stand for, latest century first.
fn century_candidates(day: u32, month: u32, yy: u32) -> impl Iterator<Item = CivilDate> {
    [2000, 1900].into_iter().filter_map(move |c| CivilDate::new(c + yy as i32, month, day))
}

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

/// An Indonesian mobile number, stored in international form `+628…`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    /// `+6281234567890`
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `0812-3456-7890`: how residents write and read their own number.
    pub fn national(&self) -> String {
        let digits = format!("0{}", &self.0[3..]);
        format!("{}-{}-{}", &digits[..4], &digits[4..8], &digits[8..])
    }
}

const PHONE_EXAMPLE: &str = "0812 3456 7890";

/// Accepts `08…`, `+62 8…` and `62 8…` with spaces, dashes or dots. Mobile numbers are `8[1-35-9]` and 7–10
/// more digits after the country code (libphonenumber, domain.md §7.3); operator prefixes are not checked
/// because number portability makes them unreliable.
pub fn parse_phone(input: &str) -> Result<Phone, Invalid> {
    let compact: String = input.chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '\u{a0}')).collect();
    if compact.is_empty() {
        return Err(invalid(
            format!("Nomor HP belum diisi. Tulis seperti {PHONE_EXAMPLE}."),
            format!("The mobile number is empty. Write it like {PHONE_EXAMPLE}."),
        ));
    }
    let (international, digits) = match compact.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, compact.as_str()),
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid(
            format!("Nomor HP hanya berisi angka, boleh diawali +62. Tulis seperti {PHONE_EXAMPLE}."),
            format!("A mobile number has digits only and may start with +62. Write it like {PHONE_EXAMPLE}."),
        ));
    }
    let subscriber = if let Some(rest) = digits.strip_prefix("62") {
        // "+62 0812…" is a common slip; the 0 is never part of the number after 62.
        rest.strip_prefix('0').unwrap_or(rest)
    } else if international {
        return Err(invalid(
            "Hanya nomor HP Indonesia (+62) yang bisa dipakai.",
            "Only Indonesian mobile numbers (+62) can be used.",
        ));
    } else if let Some(rest) = digits.strip_prefix('0') {
        if rest.starts_with("62") {
            return Err(invalid(
                "Jangan tulis 0 di depan 62. Tulis 0812… atau +62 812….",
                "Do not put 0 before 62. Write 0812… or +62 812….",
            ));
        }
        rest
    } else {
        digits
    };
    if !subscriber.starts_with('8') || subscriber.starts_with("84") || subscriber.starts_with("80") {
        return Err(invalid(
            format!("Ini bukan nomor HP. Nomor HP Indonesia diawali 08, misalnya {PHONE_EXAMPLE}. Nomor telepon rumah tidak bisa dipakai."),
            format!("This is not a mobile number. Indonesian mobile numbers start with 08, for example {PHONE_EXAMPLE}. Landline numbers cannot be used."),
        ));
    }
    let total = subscriber.len() + 1;
    if !(9..=12).contains(&subscriber.len()) {
        let (id, en) = if total < 10 { ("terlalu pendek", "too short") } else { ("terlalu panjang", "too long") };
        return Err(invalid(
            format!("Nomor HP ini {id}: ada {total} angka (dihitung dari 0 di depan). Nomor HP punya 10 sampai 13 angka. Periksa lagi."),
            format!("This mobile number is {en}: it has {total} digits (counting the leading 0). Mobile numbers have 10 to 13 digits. Check it again."),
        ));
    }
    Ok(Phone(format!("+62{subscriber}")))
}

/// The largest amount a village form accepts; anything above is a typing slip (one zero too many).
pub const MAX_RUPIAH: u64 = 100_000_000_000;

/// Accepts `1500000`, `1.500.000`, `Rp 1.500.000`, `Rp1.500.000,-`, and words: `1,5 juta`, `Rp 2 juta`,
/// `500 ribu`, `1,5jt`, `500rb`. Returns whole rupiah.
///
/// Without a word, a comma never means thousands: `1,5` is refused with a hint rather than read as 15 or 1.5.
/// With a word, `1,5` and `1.5` both mean one and a half; `2.500 ribu` could be 2,5 ribu or 2500 ribu and is refused.
pub fn parse_rupiah(input: &str) -> Result<u64, Invalid> {
    let lower = input.trim().to_lowercase();
    let after_prefix = ["rp.", "rp", "idr"].iter().find_map(|p| lower.strip_prefix(p)).unwrap_or(&lower).trim_start();
    if after_prefix.starts_with(['-', '−']) {
        return Err(invalid(
            "Jumlah uang tidak boleh kurang dari nol. Hapus tanda minus.",
            "The amount cannot be below zero. Remove the minus sign.",
        ));
    }
    let split = after_prefix.find(|c: char| c.is_alphabetic()).unwrap_or(after_prefix.len());
    let (number, word) = (after_prefix[..split].trim(), after_prefix[split..].trim());
    let multiplier = match word {
        "" => 1,
        "rb" | "ribu" | "k" => 1_000,
        "jt" | "juta" => 1_000_000,
        "miliar" | "milyar" => 1_000_000_000,
        _ => return Err(rupiah_hint()),
    };
    if number.is_empty() {
        return Err(rupiah_hint());
    }
    let amount = if multiplier == 1 { plain_rupiah(number)? } else { rupiah_with_word(number, multiplier)? };
    if amount > MAX_RUPIAH {
        return Err(invalid(
            format!(
                "Jumlah ini terlalu besar (lebih dari {}). Periksa lagi jumlah angka nolnya.",
                format::rupiah(MAX_RUPIAH)
            ),
            format!(
                "This amount is too large (more than {}). Check the number of zeros again.",
                format::rupiah(MAX_RUPIAH)
            ),
        ));
    }
    Ok(amount)
}

fn rupiah_hint() -> Invalid {
    invalid(
        "Tulis jumlah uang dengan angka, misalnya 1.500.000 atau 1,5 juta.",
        "Write the amount in figures, for example 1.500.000 or 1,5 juta (1.5 million).",
    )
}

fn too_large() -> Invalid {
    invalid("Angka ini terlalu besar. Periksa lagi.", "This number is too large. Check it again.")
}

/// `1.500.000`, `1500000`, and the accounting endings `,-` and `,00`.
fn plain_rupiah(number: &str) -> Result<u64, Invalid> {
    let mut n = [",-", ".-", "-", ",00"].iter().find_map(|end| number.strip_suffix(end)).unwrap_or(number).trim_end();
    // `.00` ends a number only when no dot groups thousands: in `1.500.00` a zero is missing.
    if let Some(rest) = n.strip_suffix(".00").filter(|rest| !rest.contains(['.', ','])) {
        n = rest;
    }
    if n.contains(',') || n.split('.').nth(1).is_some_and(|after| after.len() < 3 && n.matches('.').count() == 1) {
        return Err(invalid(
            "Rupiah ditulis tanpa angka di belakang koma. Tulis 1.500.000, atau 1,5 juta bila maksudnya satu setengah juta.",
            "Rupiah amounts have no decimals. Write 1.500.000, or 1,5 juta if you mean one and a half million.",
        ));
    }
    let digits = ungrouped(n).ok_or_else(|| {
        invalid(
            "Titik dipakai setiap 3 angka dari belakang, misalnya 1.500.000. Atau tulis tanpa titik: 1500000.",
            "Dots go between every 3 digits from the right, for example 1.500.000. Or write it without dots: 1500000.",
        )
    })?;
    value_of(&digits)
}

/// `1,5` or `1.5` (one and a half) times the word's value, which must come out in whole rupiah.
fn rupiah_with_word(number: &str, multiplier: u64) -> Result<u64, Invalid> {
    let (whole, fraction) = match number.split_once([',', '.']) {
        Some((w, f)) if number[w.len()..].starts_with('.') && f.len() == 3 => {
            return Err(invalid(
                format!("\"{number}\" bisa dibaca dua cara. Tulis jumlah lengkapnya dengan angka, misalnya 1.500.000, atau pakai koma: 1,5 juta."),
                format!("\"{number}\" can be read two ways. Write the full amount in figures, for example 1.500.000, or use a comma: 1,5 juta."),
            ))
        }
        Some((w, f)) => (w, f),
        None => (number, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) || fraction.len() > 9 {
        return Err(rupiah_hint());
    }
    let whole = value_of(whole)?;
    let scale = 10u64.pow(fraction.len() as u32);
    let fraction = value_of(fraction)?;
    let fraction_rupiah = fraction * multiplier;
    if !fraction_rupiah.is_multiple_of(scale) {
        return Err(invalid(
            "Jumlah ini tidak pas dalam rupiah utuh. Tulis jumlah lengkapnya dengan angka, misalnya 1.250.000.",
            "This does not come to whole rupiah. Write the full amount in figures, for example 1.250.000.",
        ));
    }
    whole.checked_mul(multiplier).and_then(|w| w.checked_add(fraction_rupiah / scale)).ok_or_else(too_large)
}

/// The digits of `s` if it is digits, optionally grouped by dots every 3 from the right (`1.500.000`).
fn ungrouped(s: &str) -> Option<String> {
    let mut groups = s.split('.');
    let first = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    let first_ok = !first.is_empty() && (rest.is_empty() || first.len() <= 3);
    let digits_ok = s.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    (first_ok && digits_ok && rest.iter().all(|g| g.len() == 3)).then(|| s.replace('.', ""))
}

/// The value of a digit string (empty is 0); more than 18 significant digits is refused, not wrapped, and
/// anything but digits is refused rather than read as nothing.
fn value_of(digits: &str) -> Result<u64, Invalid> {
    let significant = digits.trim_start_matches('0');
    if significant.len() > 18 {
        return Err(too_large());
    }
    if significant.is_empty() {
        return Ok(0);
    }
    significant.parse().map_err(|_| invalid("Tulis angka saja.", "Write digits only."))
}

/// A whole number such as a count of people: `25`, `1.200`.
pub fn parse_whole_number(input: &str) -> Result<u64, Invalid> {
    let s = input.trim();
    if s.starts_with(['-', '−']) {
        return Err(invalid("Angka tidak boleh kurang dari nol.", "The number cannot be below zero."));
    }
    let digits = ungrouped(s).ok_or_else(|| {
        invalid(
            "Tulis bilangan bulat dengan angka saja, tanpa koma. Contoh: 25.",
            "Enter a whole number in digits, without a comma. Example: 25.",
        )
    })?;
    value_of(&digits)
}

/// An RT or RW number: `3`, `03` or `003` (KTPs print three digits).
pub fn parse_rt_rw(input: &str) -> Result<u16, Invalid> {
    let s = input.trim();
    let n = s.parse::<u16>().ok().filter(|n| (1..=999).contains(n) && s.bytes().all(|b| b.is_ascii_digit()));
    n.ok_or_else(|| {
        invalid(
            "Tulis nomor RT atau RW dengan angka saja, misalnya 3 atau 003 seperti di KTP.",
            "Write the RT or RW number in digits only, for example 3 or 003 as on the KTP.",
        )
    })
}

const DATE_EXAMPLE_ID: &str = "17/08/1990 (tanggal/bulan/tahun)";
const DATE_EXAMPLE_EN: &str = "17/08/1990 (day/month/year)";

/// Accepts `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`, `DD MM YYYY` (day and month may have one digit), eight digits
/// `DDMMYYYY` (what a phone's number pad gives), a month written out (`17 Agustus 1990`, `17 agu 1990`,
/// `17 August 1990`) and `YYYY-MM-DD`. Never the phone's own locale: `10/11/2026` is 10 November. Years outside
/// 1900–2100 are taken for typing slips.
pub fn parse_date(input: &str) -> Result<CivilDate, Invalid> {
    let s = input.trim();
    let spelled;
    let parts: Vec<&str> = if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        if (1900..=2100).contains(&s[4..].parse::<i32>().unwrap_or(0)) {
            vec![&s[0..2], &s[2..4], &s[4..]]
        } else {
            vec![&s[0..4], &s[4..6], &s[6..]]
        }
    } else if let Some(sep) = s.chars().find(|c| matches!(c, '/' | '-' | '.')) {
        s.split(sep).map(str::trim).collect()
    } else {
        let words: Vec<&str> = s.split_whitespace().collect();
        match words.as_slice() {
            [day, month, year] if month.bytes().all(|b| b.is_ascii_alphabetic()) => {
                spelled = month_number(month).ok_or_else(date_hint)?.to_string();
                vec![day, spelled.as_str(), year]
            }
            _ => words,
        }
    };
    let [a, b, c] = parts.as_slice() else { return Err(date_hint()) };
    if !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|x| x.is_ascii_digit())) {
        return Err(date_hint());
    }
    let (year, month, day) = if a.len() == 4 { (*a, *b, *c) } else { (*c, *b, *a) };
    if year.len() != 4 {
        return Err(invalid(
            format!("Tulis tahun lengkap dengan 4 angka. Contoh: {DATE_EXAMPLE_ID}."),
            format!("Write the year in full, with 4 digits. Example: {DATE_EXAMPLE_EN}."),
        ));
    }
    if day.len() > 2 || month.len() > 2 {
        return Err(date_hint());
    }
    let (year, month, day): (i32, u32, u32) =
        (year.parse().unwrap_or(0), month.parse().unwrap_or(0), day.parse().unwrap_or(0));
    if !(1900..=2100).contains(&year) {
        return Err(invalid(
            format!("Tahun {year} sepertinya salah ketik. Periksa lagi tahunnya."),
            format!("The year {year} looks like a typing slip. Check the year again."),
        ));
    }
    if !(1..=12).contains(&month) {
        return Err(invalid(
            format!("Bulan harus 1 sampai 12. Contoh: {DATE_EXAMPLE_ID}."),
            format!("The month must be 1 to 12. Example: {DATE_EXAMPLE_EN}."),
        ));
    }
    CivilDate::new(year, month, day).ok_or_else(|| {
        let last = days_in_month(year, month);
        let (id, en) = (month_name(month, Lang::Id), month_name(month, Lang::En));
        invalid(
            format!("Tanggal {day} tidak ada pada bulan {id} {year}: bulan itu hanya sampai tanggal {last}."),
            format!("There is no day {day} in {en} {year}: that month has {last} days."),
        )
    })
}

/// A month written out, in Indonesian or English, in full or by its first three letters or more.
fn month_number(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    (1..=12).find(|&m| {
        [Lang::Id, Lang::En].iter().any(|&lang| {
            let name = month_name(m, lang).to_lowercase();
            w.len() >= 3 && name.starts_with(&w)
        })
    })
}

fn date_hint() -> Invalid {
    invalid(format!("Tulis tanggal seperti {DATE_EXAMPLE_ID}."), format!("Write the date like {DATE_EXAMPLE_EN}."))
}

/// A date that has already come: a birth date, a date of death. `today` comes from the caller's clock.
pub fn parse_past_date(input: &str, today: CivilDate) -> Result<CivilDate, Invalid> {
    let date = parse_date(input)?;
    if date > today {
        return Err(invalid(
            "Tanggal ini belum terjadi. Tulis tanggal hari ini atau sebelumnya. Periksa juga tahunnya.",
            "This date has not come yet. Enter today's date or an earlier one. Check the year too.",
        ));
    }
    Ok(date)
}

/// A date still to come: an event being planned.
pub fn parse_upcoming_date(input: &str, today: CivilDate) -> Result<CivilDate, Invalid> {
    let date = parse_date(input)?;
    if date < today {
        return Err(invalid(
            "Tanggal ini sudah lewat. Tulis tanggal hari ini atau sesudahnya. Periksa juga tahunnya.",
            "This date has already passed. Enter today's date or a later one. Check the year too.",
        ));
    }
    Ok(date)
}
