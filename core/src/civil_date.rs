//! A calendar date without time or time zone: birth dates, due dates, HPHT.
//!
//! Health schedules count whole days and whole months from a date, so a date type is all they need; the app
//! turns "now" into today's date in the desa's time zone before it asks anything. Years are kept within
//! 0001–9999 so every date has a four-digit ISO form; arithmetic past either end stops at that end.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A valid Gregorian date. Fields are private so an invalid date (31 April) cannot exist; the derived
/// ordering is chronological because the fields are compared year first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CivilDate {
    year: i32,
    month: u8,
    day: u8,
}

const MIN_YEAR: i32 = 1;
const MAX_YEAR: i32 = 9999;

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    pub const MIN: CivilDate = CivilDate { year: MIN_YEAR, month: 1, day: 1 };
    pub const MAX: CivilDate = CivilDate { year: MAX_YEAR, month: 12, day: 31 };

    /// The date, if it exists on the calendar and lies in years 1–9999.
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDate> {
        let valid = (MIN_YEAR..=MAX_YEAR).contains(&year) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(CivilDate { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before it), by Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let day_of_year = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01, stopping at 0001-01-01 and 9999-12-31.
    pub fn from_days_since_epoch(days: i64) -> CivilDate {
        let days = days.clamp(CivilDate::MIN.days_since_epoch(), CivilDate::MAX.days_since_epoch());
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        // In range by the clamp above, so the narrowing casts cannot lose anything.
        CivilDate { year: year as i32, month: month as u8, day: day as u8 }
    }

    pub fn add_days(self, days: i64) -> CivilDate {
        CivilDate::from_days_since_epoch(self.days_since_epoch().saturating_add(days))
    }

    pub fn add_weeks(self, weeks: i64) -> CivilDate {
        self.add_days(weeks.saturating_mul(7))
    }

    /// The same day `months` later (or earlier); a day the target month lacks becomes its last day,
    /// so 31 January + 1 month is 28 or 29 February.
    pub fn add_months(self, months: i64) -> CivilDate {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + months;
        let year = index.div_euclid(12);
        if year < i64::from(MIN_YEAR) {
            return CivilDate::MIN;
        }
        if year > i64::from(MAX_YEAR) {
            return CivilDate::MAX;
        }
        let (year, month) = (year as i32, (index.rem_euclid(12) + 1) as u8);
        CivilDate { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    pub fn add_years(self, years: i64) -> CivilDate {
        self.add_months(years.saturating_mul(12))
    }

    /// Days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: CivilDate) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// Age in completed days of someone born on `self`, on `on`; `None` before birth.
    pub fn age_in_days(self, on: CivilDate) -> Option<u32> {
        u32::try_from(self.days_until(on)).ok()
    }

    /// Age in completed months: the largest n with `self + n months <= on`. It agrees with
    /// [`CivilDate::add_months`], so a child born on 31 January is one month old on 28 February.
    pub fn age_in_months(self, on: CivilDate) -> Option<u32> {
        if on < self {
            return None;
        }
        let rough = (i64::from(on.year) - i64::from(self.year)) * 12 + i64::from(on.month) - i64::from(self.month);
        let months = if self.add_months(rough) > on { rough - 1 } else { rough };
        u32::try_from(months).ok()
    }

    /// Age in completed years. Someone born on 29 February turns a year older on 28 February in common years.
    pub fn age_in_years(self, on: CivilDate) -> Option<u32> {
        self.age_in_months(on).map(|m| m / 12)
    }

    /// `YYYYMMDD`, the basic form calendars (RFC 5545) use.
    pub fn to_basic_string(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

/// 1970-01-01, only so that bundles holding dates can be built empty in tests.
impl Default for CivilDate {
    fn default() -> CivilDate {
        CivilDate { year: 1970, month: 1, day: 1 }
    }
}

impl fmt::Display for CivilDate {
    /// ISO 8601 `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for CivilDate {
    type Err = String;

    /// Reads exactly `YYYY-MM-DD`, as content files and `<input type="date">` write it.
    fn from_str(s: &str) -> Result<CivilDate, String> {
        let wrong = || format!("\"{s}\" bukan tanggal; tulis seperti 2026-11-22");
        let parts: Vec<&str> = s.trim().split('-').collect();
        let [y, m, d] = parts.as_slice() else { return Err(wrong()) };
        let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if y.len() != 4 || m.len() != 2 || d.len() != 2 || !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return Err(wrong());
        }
        let (Ok(y), Ok(m), Ok(d)) = (y.parse(), m.parse(), d.parse()) else { return Err(wrong()) };
        CivilDate::new(y, m, d).ok_or_else(|| format!("tanggal \"{s}\" tidak ada di kalender"))
    }
}

impl TryFrom<String> for CivilDate {
    type Error = String;

    fn try_from(s: String) -> Result<CivilDate, String> {
        s.parse()
    }
}

impl From<CivilDate> for String {
    fn from(d: CivilDate) -> String {
        d.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> CivilDate {
        s.parse().unwrap()
    }

    #[test]
    fn only_real_dates_exist() {
        assert!(CivilDate::new(2024, 2, 29).is_some());
        assert!(CivilDate::new(2025, 2, 29).is_none());
        assert!(CivilDate::new(2000, 2, 29).is_some(), "2000 is a leap year (divisible by 400)");
        assert!(CivilDate::new(1900, 2, 29).is_none(), "1900 is not (divisible by 100)");
        assert!(CivilDate::new(2026, 4, 31).is_none());
        assert!(CivilDate::new(2026, 13, 1).is_none());
        assert!(CivilDate::new(2026, 1, 0).is_none());
        assert!(CivilDate::new(0, 1, 1).is_none());
        assert!(CivilDate::new(10_000, 1, 1).is_none());
    }

    #[test]
    fn iso_text_round_trips_and_malformed_text_is_refused() {
        assert_eq!(date("2026-03-09").to_string(), "2026-03-09");
        assert_eq!(date("0001-01-01"), CivilDate::MIN);
        assert_eq!(date(" 2024-02-29 ").to_basic_string(), "20240229");
        for bad in ["2026-3-9", "26-03-09", "2026/03/09", "09-03-2026", "2026-02-30", "2026-03-0x", "+026-03-09", ""] {
            assert!(bad.parse::<CivilDate>().is_err(), "{bad} must be refused");
        }
    }

    #[test]
    fn ordering_is_chronological() {
        assert!(date("2025-12-31") < date("2026-01-01"));
        assert!(date("2026-01-31") < date("2026-02-01"));
        assert!(date("2026-02-01") < date("2026-02-02"));
    }

    #[test]
    fn days_since_epoch_match_known_dates_and_invert() {
        assert_eq!(CivilDate::default().days_since_epoch(), 0);
        assert_eq!(date("1969-12-31").days_since_epoch(), -1);
        assert_eq!(date("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(date("2026-11-22").days_since_epoch(), 20_779);
        let mut d = date("1999-12-25");
        for _ in 0..3000 {
            assert_eq!(CivilDate::from_days_since_epoch(d.days_since_epoch()), d);
            d = d.add_days(1);
        }
        assert_eq!(d, date("2008-03-12"));
    }

    #[test]
    fn adding_days_and_weeks_crosses_months_years_and_leap_days() {
        assert_eq!(date("2024-02-28").add_days(1), date("2024-02-29"));
        assert_eq!(date("2025-02-28").add_days(1), date("2025-03-01"));
        assert_eq!(date("2025-12-31").add_days(1), date("2026-01-01"));
        assert_eq!(date("2026-01-01").add_days(-1), date("2025-12-31"));
        assert_eq!(date("2026-01-01").add_weeks(40), date("2026-10-08"));
        assert_eq!(date("2026-01-01").add_days(280), date("2026-10-08"));
    }

    #[test]
    fn adding_months_clamps_to_the_end_of_shorter_months() {
        assert_eq!(date("2026-01-31").add_months(1), date("2026-02-28"));
        assert_eq!(date("2024-01-31").add_months(1), date("2024-02-29"));
        assert_eq!(date("2026-03-31").add_months(1), date("2026-04-30"));
        assert_eq!(date("2026-01-31").add_months(2), date("2026-03-31"), "clamping does not carry over");
        assert_eq!(date("2025-11-15").add_months(2), date("2026-01-15"));
        assert_eq!(date("2026-03-31").add_months(-1), date("2026-02-28"));
        assert_eq!(date("2024-02-29").add_years(1), date("2025-02-28"));
        assert_eq!(date("2024-02-29").add_years(4), date("2028-02-29"));
    }

    #[test]
    fn arithmetic_stops_at_the_ends_of_the_calendar() {
        assert_eq!(CivilDate::MAX.add_days(1), CivilDate::MAX);
        assert_eq!(CivilDate::MAX.add_months(1), CivilDate::MAX);
        assert_eq!(CivilDate::MIN.add_months(-1), CivilDate::MIN);
        assert_eq!(CivilDate::MIN.add_days(i64::MIN), CivilDate::MIN);
    }

    #[test]
    fn age_in_months_counts_completed_months() {
        let born = date("2026-01-15");
        assert_eq!(born.age_in_months(date("2026-01-15")), Some(0));
        assert_eq!(born.age_in_months(date("2026-02-14")), Some(0));
        assert_eq!(born.age_in_months(date("2026-02-15")), Some(1));
        assert_eq!(born.age_in_months(date("2027-01-14")), Some(11));
        assert_eq!(born.age_in_months(date("2027-01-15")), Some(12));
        assert_eq!(born.age_in_months(date("2026-01-14")), None);
    }

    #[test]
    fn age_in_months_at_month_ends_agrees_with_adding_months() {
        let born = date("2026-01-31");
        assert_eq!(born.age_in_months(date("2026-02-27")), Some(0));
        assert_eq!(born.age_in_months(date("2026-02-28")), Some(1));
        assert_eq!(born.age_in_months(date("2026-03-30")), Some(1));
        assert_eq!(born.age_in_months(date("2026-03-31")), Some(2));
        for n in 0..40 {
            assert_eq!(born.age_in_months(born.add_months(n)), Some(n as u32));
        }
    }

    #[test]
    fn a_leap_day_birthday_counts_on_28_february_in_common_years() {
        let born = date("2024-02-29");
        assert_eq!(born.age_in_years(date("2025-02-27")), Some(0));
        assert_eq!(born.age_in_years(date("2025-02-28")), Some(1));
        assert_eq!(born.age_in_years(date("2028-02-28")), Some(3), "in a leap year the birthday is 29 February");
        assert_eq!(born.age_in_years(date("2028-02-29")), Some(4));
    }

    #[test]
    fn a_baby_born_today_is_zero_days_old() {
        let today = date("2026-11-22");
        assert_eq!(today.age_in_days(today), Some(0));
        assert_eq!(today.age_in_months(today), Some(0));
        assert_eq!(today.age_in_days(today.add_days(1)), Some(1));
        assert_eq!(today.age_in_days(today.add_days(-1)), None);
    }

    #[test]
    fn serialises_as_iso_text() {
        let json = serde_json::to_string(&date("2026-01-01")).unwrap();
        assert_eq!(json, "\"2026-01-01\"");
        assert_eq!(serde_json::from_str::<CivilDate>(&json).unwrap(), date("2026-01-01"));
        assert!(serde_json::from_str::<CivilDate>("\"2026-02-30\"").is_err());
    }
}
