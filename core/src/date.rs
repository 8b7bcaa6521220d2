//! Civil dates (proleptic Gregorian calendar) for forms and identity numbers.
//!
//! The core has no clock: whoever needs "today" passes it in, so every answer is reproducible in tests.

use crate::lang::Lang;
use std::fmt;

/// A real calendar date. Only [`Date::new`], [`Date::parse_iso`] and [`Date::from_days_since_epoch`] make one,
/// so every `Date` is valid; fields are ordered so the derived ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1–12) of `year`; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of `month` (1–12) in `lang`.
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    let names = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    names[(month.clamp(1, 12) - 1) as usize]
}

impl Date {
    /// The date, if it exists on the calendar (30 February does not; 29 February only in leap years).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month: month as u8, day: day as u8 })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Strictly `YYYY-MM-DD`, as `<input type=date>` and storage write it.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let all_digits = [y, m, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if !all_digits {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days after 1970-01-01 (negative before it). Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let day_of_year = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`] (Hinnant's `civil_from_days`).
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// The same day `months` later (or earlier); a day the target month lacks becomes its last day,
    /// so 31 January + 1 month is 28 or 29 February. Schedules use this ("due 2 months after birth").
    pub fn add_months(self, months: i32) -> Date {
        let (year, month) = self.shift_month(months);
        let day = u32::from(self.day).min(days_in_month(year, month));
        Date { year, month: month as u8, day: day as u8 }
    }

    fn shift_month(self, months: i32) -> (i32, u32) {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        (index.div_euclid(12) as i32, (index.rem_euclid(12) + 1) as u32)
    }

    /// The day a person born on `self` has completed `months` months. A day the target month lacks moves to the
    /// 1st of the next month, so someone born on 29 February turns a year older on 1 March in common years.
    fn anniversary(self, months: i32) -> Date {
        let (year, month) = self.shift_month(months);
        Date::new(year, month, u32::from(self.day))
            .unwrap_or_else(|| Date { year, month: month as u8, day: 1 }.add_months(1))
    }

    /// Completed months of life on `on`; `None` if `on` is before the birth date.
    pub fn full_months_on(self, on: Date) -> Option<u32> {
        if on < self {
            return None;
        }
        let guess = (on.year - self.year) * 12 + on.month() as i32 - self.month() as i32;
        let months = if self.anniversary(guess) > on { guess - 1 } else { guess };
        u32::try_from(months).ok()
    }

    /// Age in completed years on `on`; `None` if `on` is before the birth date.
    pub fn full_years_on(self, on: Date) -> Option<u32> {
        self.full_months_on(on).map(|m| m / 12)
    }

    /// `5 Maret 2024` / `5 March 2024`, for pages and summaries.
    pub fn long(self, lang: Lang) -> String {
        format!("{} {} {}", self.day, month_name(self.month(), lang), self.year)
    }
}

impl fmt::Display for Date {
    /// ISO `YYYY-MM-DD`, the stored form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn only_real_dates_exist() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some(), "2000 is a leap year (divisible by 400)");
        assert!(Date::new(1900, 2, 29).is_none(), "1900 is not (divisible by 100)");
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 0, 1).is_none());
        assert!(Date::new(2026, 1, 0).is_none());
    }

    #[test]
    fn iso_parsing_is_strict() {
        assert_eq!(Date::parse_iso("2026-11-22"), Some(d(2026, 11, 22)));
        for bad in ["2026-11-31", "2026-1-22", "26-11-22", "2026/11/22", "2026-11-22-1", "+026-11-22", "2026-11-2x", ""]
        {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
        assert_eq!(d(987, 3, 4).to_string(), "0987-03-04");
    }

    #[test]
    fn epoch_days_match_known_dates() {
        assert_eq!(d(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(d(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(d(1969, 12, 31).days_since_epoch(), -1);
        assert_eq!(Date::from_days_since_epoch(20_414), d(2025, 11, 22));
    }

    #[test]
    fn adding_days_and_months() {
        assert_eq!(d(2024, 2, 28).add_days(1), d(2024, 2, 29));
        assert_eq!(d(2023, 2, 28).add_days(1), d(2023, 3, 1));
        assert_eq!(d(2025, 12, 31).add_days(1), d(2026, 1, 1));
        assert_eq!(d(2026, 1, 1).add_days(-1), d(2025, 12, 31));
        assert_eq!(d(2026, 1, 31).add_months(1), d(2026, 2, 28));
        assert_eq!(d(2024, 1, 31).add_months(1), d(2024, 2, 29));
        assert_eq!(d(2026, 11, 15).add_months(3), d(2027, 2, 15));
        assert_eq!(d(2026, 1, 15).add_months(-2), d(2025, 11, 15));
    }

    #[test]
    fn ages_count_completed_years_and_months() {
        let born = d(2000, 6, 15);
        assert_eq!(born.full_years_on(d(2017, 6, 14)), Some(16));
        assert_eq!(born.full_years_on(d(2017, 6, 15)), Some(17));
        assert_eq!(born.full_months_on(d(2000, 7, 14)), Some(0));
        assert_eq!(born.full_months_on(d(2000, 7, 15)), Some(1));
        assert_eq!(born.full_months_on(born), Some(0));
        assert_eq!(born.full_years_on(d(2000, 6, 14)), None);
    }

    #[test]
    fn leap_day_birthdays_fall_on_1_march_in_common_years() {
        let born = d(2008, 2, 29);
        assert_eq!(born.full_years_on(d(2025, 2, 28)), Some(16));
        assert_eq!(born.full_years_on(d(2025, 3, 1)), Some(17));
        assert_eq!(born.full_years_on(d(2028, 2, 29)), Some(20));
        // Monthly: born 31 January, a month old on 1 March in a common year.
        let born = d(2025, 1, 31);
        assert_eq!(born.full_months_on(d(2025, 2, 28)), Some(0));
        assert_eq!(born.full_months_on(d(2025, 3, 1)), Some(1));
        assert_eq!(born.full_months_on(d(2025, 3, 31)), Some(2));
    }

    #[test]
    fn long_dates_in_both_languages() {
        assert_eq!(d(2024, 3, 5).long(Lang::Id), "5 Maret 2024");
        assert_eq!(d(2024, 3, 5).long(Lang::En), "5 March 2024");
    }

    proptest! {
        #[test]
        fn epoch_days_round_trip(days in -1_000_000i64..1_000_000) {
            let date = Date::from_days_since_epoch(days);
            prop_assert!(Date::new(date.year(), date.month(), date.day()).is_some());
            prop_assert_eq!(date.days_since_epoch(), days);
            prop_assert!(date < date.add_days(1));
        }

        #[test]
        fn iso_text_round_trips(days in -700_000i64..2_900_000) {
            let date = Date::from_days_since_epoch(days);
            prop_assert_eq!(Date::parse_iso(&date.to_string()), Some(date));
        }

        #[test]
        fn age_grows_by_one_on_each_birthday(days in -30_000i64..30_000, years in 0i32..120) {
            let born = Date::from_days_since_epoch(days);
            let birthday = born.anniversary(years * 12);
            prop_assert_eq!(born.full_years_on(birthday), Some(years as u32));
            prop_assert_eq!(born.full_years_on(birthday.add_days(-1)), (years as u32).checked_sub(1));
        }
    }
}
