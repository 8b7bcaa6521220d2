//! The one civil date of the app, for forms, rules, schedules, the agenda and calendar files alike: a calendar
//! day without time or time zone, built on `chrono::NaiveDate`.
//!
//! The core has no clock: whoever needs "today" passes it in (the app turns "now" into today's date in the
//! desa's time zone), so every answer is reproducible in tests. Years stay within 0001–9999, so every date has a
//! four-digit ISO form; arithmetic past either end stops at that end.

use crate::base::hours::Weekday;
use crate::base::lang::Lang;
use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A real Gregorian date; the ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CivilDate(NaiveDate);

const MIN_YEAR: i32 = 1;
const MAX_YEAR: i32 = 9999;

/// Days in `month` (1–12) of `year`; 0 for a month or year chrono does not know.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    chrono::Month::try_from(u8::try_from(month).unwrap_or(0)).ok().and_then(|m| m.num_days(year)).map_or(0, u32::from)
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
const DAYS_ID: [&str; 7] = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
const DAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// The name of `month` (1–12) in `lang`.
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    let names = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    names[(month.clamp(1, 12) - 1) as usize]
}

/// The name of a weekday in `lang`.
pub fn day_name(day: Weekday, lang: Lang) -> &'static str {
    match lang {
        Lang::Id => DAYS_ID[day.index()],
        Lang::En => DAYS_EN[day.index()],
    }
}

impl CivilDate {
    pub const MIN: CivilDate = CivilDate(NaiveDate::from_ymd_opt(MIN_YEAR, 1, 1).expect("0001-01-01 exists"));
    pub const MAX: CivilDate = CivilDate(NaiveDate::from_ymd_opt(MAX_YEAR, 12, 31).expect("9999-12-31 exists"));

    /// The date, if it exists on the calendar (not 30 February; 29 February only in leap years) in years 1–9999.
    pub fn new(year: i32, month: u32, day: u32) -> Option<CivilDate> {
        (MIN_YEAR..=MAX_YEAR)
            .contains(&year)
            .then(|| NaiveDate::from_ymd_opt(year, month, day))
            .flatten()
            .map(CivilDate)
    }

    /// Strictly `YYYY-MM-DD`, as content, storage and answers write it.
    pub fn parse_iso(s: &str) -> Option<CivilDate> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !(digits(0..4) && digits(5..7) && digits(8..10)) {
            return None;
        }
        CivilDate::new(s[0..4].parse().ok()?, s[5..7].parse().ok()?, s[8..10].parse().ok()?)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u32 {
        self.0.month()
    }

    pub fn day(self) -> u32 {
        self.0.day()
    }

    pub fn weekday(self) -> Weekday {
        Weekday::from_index(self.0.weekday().num_days_from_monday() as usize)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        self.0.signed_duration_since(NaiveDate::default()).num_days()
    }

    /// The date `days` after 1970-01-01, stopping at 0001-01-01 and 9999-12-31.
    pub fn from_days_since_epoch(days: i64) -> CivilDate {
        let days = days.clamp(CivilDate::MIN.days_since_epoch(), CivilDate::MAX.days_since_epoch());
        CivilDate::default().add_days(days)
    }

    pub fn add_days(self, days: i64) -> CivilDate {
        let moved = match u64::try_from(days) {
            Ok(forward) => self.0.checked_add_days(Days::new(forward)),
            Err(_) => self.0.checked_sub_days(Days::new(days.unsigned_abs())),
        };
        CivilDate::within(moved, days >= 0)
    }

    pub fn add_weeks(self, weeks: i64) -> CivilDate {
        self.add_days(weeks.saturating_mul(7))
    }

    /// The same day `months` later (or earlier); a day the target month lacks becomes its last day, so
    /// 31 January + 1 month is 28 or 29 February. Schedules count "due 2 months after birth" this way.
    pub fn add_months(self, months: i64) -> CivilDate {
        let n = u32::try_from(months.unsigned_abs()).unwrap_or(u32::MAX);
        let moved = if months >= 0 {
            self.0.checked_add_months(Months::new(n))
        } else {
            self.0.checked_sub_months(Months::new(n))
        };
        CivilDate::within(moved, months >= 0)
    }

    pub fn add_years(self, years: i64) -> CivilDate {
        self.add_months(years.saturating_mul(12))
    }

    /// Keeps a moved date inside years 1–9999, stopping at the end it ran past.
    fn within(moved: Option<NaiveDate>, forward: bool) -> CivilDate {
        let end = if forward { CivilDate::MAX } else { CivilDate::MIN };
        moved.map(CivilDate).filter(|d| (CivilDate::MIN..=CivilDate::MAX).contains(d)).unwrap_or(end)
    }

    /// Days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: CivilDate) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// Age in completed days of someone born on `self`, on `on`; `None` before birth.
    pub fn age_in_days(self, on: CivilDate) -> Option<u32> {
        u32::try_from(self.days_until(on)).ok()
    }

    /// Age in completed years of someone born on `self`, on `on`, as the rules count it: it goes up on the
    /// birthday itself, and someone born on 29 February turns a year older on 1 March in common years.
    /// `None` before birth.
    pub fn age_in_years(self, on: CivilDate) -> Option<u32> {
        if on < self {
            return None;
        }
        let before_birthday = (on.month(), on.day()) < (self.month(), self.day());
        u32::try_from(on.year() - self.year() - i32::from(before_birthday)).ok()
    }

    /// `YYYYMMDD`, the basic form calendar files (RFC 5545) use.
    pub fn to_basic_string(self) -> String {
        format!("{:04}{:02}{:02}", self.year(), self.month(), self.day())
    }

    /// `5 Maret 2024` / `5 March 2024`.
    pub fn long(self, lang: Lang) -> String {
        format!("{} {} {}", self.day(), month_name(self.month(), lang), self.year())
    }

    /// `Selasa, 8 Desember 2026` / `Tuesday, 8 December 2026`: how the app says back a date a resident typed.
    pub fn long_with_day(self, lang: Lang) -> String {
        format!("{}, {}", day_name(self.weekday(), lang), self.long(lang))
    }
}

/// 1970-01-01, only so that bundles holding dates can be built empty in tests.
impl Default for CivilDate {
    fn default() -> CivilDate {
        CivilDate(NaiveDate::default())
    }
}

impl fmt::Display for CivilDate {
    /// ISO 8601 `YYYY-MM-DD`, the stored form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year(), self.month(), self.day())
    }
}

impl FromStr for CivilDate {
    type Err = String;

    /// `YYYY-MM-DD` with surrounding spaces allowed, with a message for content files that names the problem.
    fn from_str(s: &str) -> Result<CivilDate, String> {
        let t = s.trim();
        let well_formed = t.len() == 10 && t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-';
        CivilDate::parse_iso(t).ok_or_else(|| {
            let digits_only =
                t.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
            if well_formed && digits_only {
                format!("tanggal \"{s}\" tidak ada di kalender")
            } else {
                format!("\"{s}\" bukan tanggal; tulis seperti 2026-11-22")
            }
        })
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
    use proptest::prelude::*;

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
        assert!(CivilDate::new(2026, 0, 1).is_none());
        assert!(CivilDate::new(2026, 1, 0).is_none());
        assert!(CivilDate::new(0, 1, 1).is_none());
        assert!(CivilDate::new(10_000, 1, 1).is_none());
        assert_eq!((1..=12).map(|m| days_in_month(2024, m)).sum::<u32>(), 366);
        assert_eq!(days_in_month(2026, 13), 0);
        assert_eq!(days_in_month(2026, 0), 0);
        assert_eq!(
            [days_in_month(1900, 2), days_in_month(2000, 2), days_in_month(2026, 2), days_in_month(2026, 4)],
            [28, 29, 28, 30]
        );
    }

    #[test]
    fn iso_text_round_trips_and_malformed_text_is_refused() {
        assert_eq!(date("2026-03-09").to_string(), "2026-03-09");
        assert_eq!(date("0001-01-01"), CivilDate::MIN);
        assert_eq!(date(" 2024-02-29 ").to_basic_string(), "20240229");
        assert_eq!(CivilDate::new(987, 3, 4).unwrap().to_string(), "0987-03-04");
        for bad in [
            "2026-3-9",
            "26-03-09",
            "2026/03/09",
            "09-03-2026",
            "2026-02-30",
            "2026-03-0x",
            "+026-03-09",
            "",
            "2026-11-22-1",
        ] {
            assert!(bad.parse::<CivilDate>().is_err(), "{bad} must be refused");
            assert_eq!(CivilDate::parse_iso(bad), None, "{bad}");
        }
        assert_eq!(CivilDate::parse_iso(" 2026-03-09"), None, "the strict reader takes no spaces");
        assert_eq!("2026-02-30".parse::<CivilDate>(), Err("tanggal \"2026-02-30\" tidak ada di kalender".into()));
        assert_eq!(
            "2026/02/03".parse::<CivilDate>(),
            Err("\"2026/02/03\" bukan tanggal; tulis seperti 2026-11-22".into())
        );
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
        assert_eq!(CivilDate::from_days_since_epoch(20_414), date("2025-11-22"));
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
        assert_eq!(date("2026-11-15").add_months(3), date("2027-02-15"));
        assert_eq!(date("2026-01-15").add_months(-2), date("2025-11-15"));
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
        assert_eq!(CivilDate::MAX.add_days(i64::MAX), CivilDate::MAX);
        assert_eq!(CivilDate::from_days_since_epoch(i64::MIN), CivilDate::MIN);
    }

    #[test]
    fn age_goes_up_on_the_birthday_itself() {
        let born = date("2005-03-10");
        assert_eq!(born.age_in_years(date("2026-03-09")), Some(20));
        assert_eq!(born.age_in_years(date("2026-03-10")), Some(21));
        assert_eq!(born.age_in_years(born), Some(0));
        assert_eq!(born.age_in_years(date("2005-03-09")), None);
        let born = date("2000-06-15");
        assert_eq!(born.age_in_years(date("2017-06-14")), Some(16));
        assert_eq!(born.age_in_years(date("2017-06-15")), Some(17));
    }

    #[test]
    fn a_leap_day_birthday_counts_on_1_march_in_common_years() {
        let born = date("2008-02-29");
        assert_eq!(born.age_in_years(date("2025-02-28")), Some(16));
        assert_eq!(born.age_in_years(date("2025-03-01")), Some(17));
        assert_eq!(born.age_in_years(date("2028-02-28")), Some(19));
        assert_eq!(born.age_in_years(date("2028-02-29")), Some(20), "in a leap year the birthday is 29 February");
    }

    #[test]
    fn a_baby_born_today_is_zero_days_old() {
        let today = date("2026-11-22");
        assert_eq!(today.age_in_days(today), Some(0));
        assert_eq!(today.age_in_days(today.add_days(1)), Some(1));
        assert_eq!(today.age_in_days(today.add_days(-1)), None);
    }

    #[test]
    fn dates_are_said_in_words_with_the_day_of_the_week() {
        assert_eq!(date("2024-03-05").long(Lang::Id), "5 Maret 2024");
        assert_eq!(date("2024-03-05").long(Lang::En), "5 March 2024");
        assert_eq!(date("2026-12-08").long_with_day(Lang::Id), "Selasa, 8 Desember 2026");
        assert_eq!(date("2026-11-10").long_with_day(Lang::Id), "Selasa, 10 November 2026");
        assert_eq!(date("2026-12-08").long_with_day(Lang::En), "Tuesday, 8 December 2026");
        assert_eq!(date("1970-01-01").weekday(), Weekday::Thu);
    }

    #[test]
    fn serialises_as_iso_text() {
        let json = serde_json::to_string(&date("2026-01-01")).unwrap();
        assert_eq!(json, "\"2026-01-01\"");
        assert_eq!(serde_json::from_str::<CivilDate>(&json).unwrap(), date("2026-01-01"));
        assert!(serde_json::from_str::<CivilDate>("\"2026-02-30\"").is_err());
    }

    proptest! {
        #[test]
        fn epoch_days_round_trip(days in -700_000i64..2_900_000) {
            let d = CivilDate::from_days_since_epoch(days);
            prop_assert_eq!(d.days_since_epoch(), days);
            prop_assert!(d < d.add_days(1));
            prop_assert_eq!(CivilDate::parse_iso(&d.to_string()), Some(d));
        }

        #[test]
        fn age_grows_by_one_on_each_birthday(days in -30_000i64..30_000, years in 0i32..120) {
            let born = CivilDate::from_days_since_epoch(days);
            // The birthday as the rules count it: the same day, or 1 March for a 29 February birth.
            let year = born.year() + years;
            let birthday = CivilDate::new(year, born.month(), born.day()).unwrap_or_else(|| CivilDate::new(year, 3, 1).unwrap());
            prop_assert_eq!(born.age_in_years(birthday), Some(years as u32));
            prop_assert_eq!(born.age_in_years(birthday.add_days(-1)), (years as u32).checked_sub(1));
        }
    }
}
