//! Dates as residents type them: 17/08/1990, 17-8-1990, 17 Agustus 1990.

use super::*;
use crate::base::date::{days_in_month, month_name};
use crate::base::lang::Lang;

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
