//! Rupiah amounts, whole numbers, and RT/RW numbers, as residents type them.

use super::*;
use crate::base::format;

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
