//! Indonesian mobile numbers, as residents write them.

use super::*;

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
