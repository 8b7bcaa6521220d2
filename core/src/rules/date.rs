//! A calendar date, just enough for ages and effective dates.
//!
//! Kept inside the rules on purpose: a shared date module is being written separately, and the two will be
//! unified later. Dates are written `YYYY-MM-DD` everywhere (content, drafts, tests).

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order matters: the derived ordering is chronological.
    year: i32,
    month: u32,
    day: u32,
}

impl Date {
    /// A real calendar date, or `None` (30 February, month 13, year 0).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid =
            (1..=9999).contains(&year) && (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day);
        valid.then_some(Date { year, month, day })
    }

    /// Reads exactly `YYYY-MM-DD`.
    pub fn parse(iso: &str) -> Option<Date> {
        let bytes = iso.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse::<u32>().ok()).flatten();
        let (y, m, d) = (digits(&iso[0..4])?, digits(&iso[5..7])?, digits(&iso[8..10])?);
        Date::new(i32::try_from(y).ok()?, m, d)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    pub fn day(self) -> u32 {
        self.day
    }

    /// Completed years from `birth` to this date: the age, which goes up on the birthday itself.
    /// Someone born on 29 February turns a year older on 1 March in other years. `None` if `birth` is later.
    pub fn years_since(self, birth: Date) -> Option<u32> {
        if birth > self {
            return None;
        }
        let before_birthday = (self.month, self.day) < (birth.month, birth.day);
        u32::try_from(self.year - birth.year - i32::from(before_birthday)).ok()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn only_real_iso_dates_parse() {
        assert_eq!(d("2026-11-22").to_string(), "2026-11-22");
        assert!(Date::parse("2024-02-29").is_some());
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-04-31",
            "0000-01-01",
            "2026-1-01",
            "2026/01/01",
            "+026-01-01",
            "tanggal",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn age_goes_up_on_the_birthday_itself() {
        let birth = d("2005-03-10");
        assert_eq!(d("2026-03-09").years_since(birth), Some(20));
        assert_eq!(d("2026-03-10").years_since(birth), Some(21));
        assert_eq!(d("2005-03-10").years_since(birth), Some(0));
        assert_eq!(d("2005-03-09").years_since(birth), None);
    }

    #[test]
    fn leap_day_births_age_on_the_first_of_march() {
        let birth = d("2008-02-29");
        assert_eq!(d("2026-02-28").years_since(birth), Some(17));
        assert_eq!(d("2026-03-01").years_since(birth), Some(18));
        assert_eq!(d("2028-02-29").years_since(birth), Some(20));
    }

    #[test]
    fn dates_order_chronologically() {
        assert!(d("2025-12-31") < d("2026-01-01"));
        assert!(d("2026-02-01") > d("2026-01-31"));
    }
}
