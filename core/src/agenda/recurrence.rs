//! Repeating village activities: a small subset of RFC 5545 recurrence rules, written in content the Indonesian
//! way (`tiap = "bulan"`, `minggu_ke = 2`, `hari = ["selasa"]`).
//!
//! Supported: weekly, monthly and yearly rules with an interval; weekdays; the nth (1–5) or last weekday of a
//! month; a day of the month (1–31, or -1 for the last day); months of a yearly rule; an end date or a count;
//! skipped dates; one-off moves with a reason. Dates that do not exist are skipped, never clamped: the 31st
//! skips short months, a fifth Tuesday yields nothing in a month without one (RFC 5545 §3.3.10). Weeks start on
//! Monday (WKST=MO). The rule's first date must itself be an occurrence ([`Rule::problems`]).

use crate::base::date::{days_in_month, CivilDate};
use crate::base::hours::Weekday;
use crate::base::lang::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Freq {
    #[serde(rename = "minggu")]
    Weekly,
    #[serde(rename = "bulan")]
    Monthly,
    #[serde(rename = "tahun")]
    Yearly,
}

/// A weekday as content writes it (`"selasa"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Day(pub Weekday);

impl TryFrom<String> for Day {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Weekday::ALL
            .into_iter()
            .find(|d| d.key() == s.trim())
            .map(Day)
            .ok_or_else(|| format!("\"{s}\" bukan nama hari (senin … minggu)"))
    }
}

impl From<Day> for String {
    fn from(d: Day) -> String {
        d.0.key().to_string()
    }
}

/// One occurrence held on another day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Move {
    #[serde(rename = "dari")]
    pub from: CivilDate,
    #[serde(rename = "ke")]
    pub to: CivilDate,
    #[serde(rename = "alasan")]
    pub reason: Text,
}

fn one() -> u32 {
    1
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    /// The first occurrence (DTSTART).
    #[serde(rename = "mulai")]
    pub start: CivilDate,
    #[serde(rename = "tiap")]
    pub freq: Freq,
    #[serde(rename = "selang", default = "one")]
    pub interval: u32,
    #[serde(rename = "hari", default)]
    pub days: Vec<Day>,
    /// With one day in `days`: its 1st–5th occurrence in the month, or -1 for the last.
    #[serde(rename = "minggu_ke", default, skip_serializing_if = "Option::is_none")]
    pub nth: Option<i8>,
    /// Day of the month, 1–31, or -1 for the last day.
    #[serde(rename = "tanggal", default, skip_serializing_if = "Option::is_none")]
    pub month_day: Option<i8>,
    /// Months of a yearly rule; empty means the start's month.
    #[serde(rename = "bulan", default)]
    pub months: Vec<u32>,
    #[serde(rename = "sampai", default, skip_serializing_if = "Option::is_none")]
    pub until: Option<CivilDate>,
    #[serde(rename = "kali", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    #[serde(rename = "kecuali", default)]
    pub except: Vec<CivilDate>,
    #[serde(rename = "pindah", default)]
    pub moves: Vec<Move>,
}

/// How many periods (weeks, months, years) are looked at before a rule is taken as producing nothing more:
/// enough for 40 years of monthly dates, and a stop for rules that can never match.
const MAX_PERIODS: u32 = 480;

impl Rule {
    /// The rule's dates from `start` on, in order, until `last` (inclusive), after the count and end date and
    /// before skipped dates and moves are applied (RFC 5545 counts before it excludes).
    pub fn rule_dates(&self, last: CivilDate) -> Vec<CivilDate> {
        let mut out = Vec::new();
        let mut counted = 0u32;
        let end = self.until.map_or(last, |u| u.min(last));
        for period in 0..MAX_PERIODS {
            let candidates = self.period_dates(period);
            let Some(&first) = candidates.first() else { continue };
            if first > end {
                break;
            }
            for date in candidates.into_iter().filter(|d| *d >= self.start) {
                if self.count.is_some_and(|c| counted >= c) || date > end {
                    return out;
                }
                counted += 1;
                out.push(date);
            }
        }
        out
    }

    /// The candidate dates of the `period`th period after the start (every `interval`th), sorted.
    fn period_dates(&self, period: u32) -> Vec<CivilDate> {
        let step = i64::from(period) * i64::from(self.interval.max(1));
        let mut dates = match self.freq {
            Freq::Weekly => {
                let monday = self.start.add_days(-(self.start.weekday().index() as i64)).add_weeks(step);
                let days: Vec<Weekday> = if self.days.is_empty() {
                    vec![self.start.weekday()]
                } else {
                    self.days.iter().map(|d| d.0).collect()
                };
                days.into_iter().map(|d| monday.add_days(d.index() as i64)).collect()
            }
            Freq::Monthly => {
                let (year, month) = month_after(self.start.year(), self.start.month(), step);
                self.month_dates(year, month)
            }
            Freq::Yearly => {
                let year = self.start.year() + step as i32;
                let months = if self.months.is_empty() { vec![self.start.month()] } else { self.months.clone() };
                months.into_iter().flat_map(|m| self.month_dates(year, m)).collect()
            }
        };
        dates.sort();
        dates.dedup();
        dates
    }

    /// The rule's dates within one month: the nth/last weekdays, or the month day, or the start's day.
    fn month_dates(&self, year: i32, month: u32) -> Vec<CivilDate> {
        if let Some(nth) = self.nth {
            let days: Vec<Weekday> =
                if self.days.is_empty() { vec![self.start.weekday()] } else { self.days.iter().map(|d| d.0).collect() };
            return days.into_iter().filter_map(|d| nth_weekday(year, month, d, nth)).collect();
        }
        let day = match self.month_day {
            Some(-1) => days_in_month(year, month),
            Some(d) if d > 0 => d as u32,
            Some(_) => return Vec::new(),
            None => self.start.day(),
        };
        CivilDate::new(year, month, day).into_iter().collect()
    }

    /// What is wrong with the rule as written, in Bahasa Indonesia for the clerk; empty when it is right.
    pub fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        if self.interval == 0 {
            p.push("selang harus 1 atau lebih".to_string());
        }
        if self.nth.is_some() && self.month_day.is_some() {
            p.push("pakai minggu_ke atau tanggal, tidak keduanya".into());
        }
        if self.freq == Freq::Weekly && (self.nth.is_some() || self.month_day.is_some() || !self.months.is_empty()) {
            p.push("aturan mingguan tidak memakai minggu_ke, tanggal, atau bulan".into());
        }
        if self.freq == Freq::Monthly && !self.months.is_empty() {
            p.push("bulan hanya untuk aturan tahunan (tiap = \"tahun\")".into());
        }
        if let Some(n) = self.nth {
            if !(n == -1 || (1..=5).contains(&n)) {
                p.push(format!("minggu_ke {n} harus 1 sampai 5, atau -1 untuk yang terakhir"));
            }
            if self.days.len() != 1 {
                p.push("minggu_ke perlu tepat satu hari".into());
            }
        }
        if let Some(d) = self.month_day {
            if !(d == -1 || (1..=31).contains(&d)) {
                p.push(format!("tanggal {d} harus 1 sampai 31, atau -1 untuk hari terakhir bulan"));
            }
        }
        if let Some(m) = self.months.iter().find(|m| !(1..=12).contains(*m)) {
            p.push(format!("bulan {m} harus 1 sampai 12"));
        }
        if self.until.is_some() && self.count.is_some() {
            p.push("pakai sampai atau kali, tidak keduanya".into());
        }
        if self.count == Some(0) {
            p.push("kali harus 1 atau lebih".into());
        }
        if !p.is_empty() {
            return p;
        }
        let far = self.start.add_years(40);
        let dates = self.rule_dates(far);
        if dates.first() != Some(&self.start) {
            p.push(format!("tanggal mulai {} tidak cocok dengan aturannya", self.start));
        }
        for d in &self.except {
            if !dates.contains(d) {
                p.push(format!("tanggal kecuali {d} bukan tanggal kegiatan ini"));
            }
        }
        for m in &self.moves {
            if !dates.contains(&m.from) {
                p.push(format!("pindah dari {} bukan tanggal kegiatan ini", m.from));
            }
            if m.reason.id.trim().is_empty() {
                p.push(format!("pindah dari {}: alasan belum ditulis", m.from));
            }
        }
        p
    }

    /// The rule as an RFC 5545 RRULE value (without `RRULE:`), for calendar files. `until` is written by the
    /// caller's `until_text`, since its form depends on whether the events have a time.
    pub fn rrule(&self, until_text: impl Fn(CivilDate) -> String) -> String {
        let mut parts = vec![format!(
            "FREQ={}",
            match self.freq {
                Freq::Weekly => "WEEKLY",
                Freq::Monthly => "MONTHLY",
                Freq::Yearly => "YEARLY",
            }
        )];
        if self.interval > 1 {
            parts.push(format!("INTERVAL={}", self.interval));
        }
        if !self.days.is_empty() {
            let prefix = self.nth.map(|n| n.to_string()).unwrap_or_default();
            parts.push(format!(
                "BYDAY={}",
                self.days.iter().map(|d| format!("{prefix}{}", ical_day(d.0))).collect::<Vec<_>>().join(",")
            ));
        }
        if let Some(d) = self.month_day {
            parts.push(format!("BYMONTHDAY={d}"));
        }
        if !self.months.is_empty() {
            parts.push(format!("BYMONTH={}", self.months.iter().map(u32::to_string).collect::<Vec<_>>().join(",")));
        }
        if let Some(c) = self.count {
            parts.push(format!("COUNT={c}"));
        }
        if let Some(u) = self.until {
            parts.push(format!("UNTIL={}", until_text(u)));
        }
        if self.freq == Freq::Weekly {
            parts.push("WKST=MO".into());
        }
        parts.join(";")
    }
}

fn ical_day(d: Weekday) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][d.index()]
}

fn month_after(year: i32, month: u32, months: i64) -> (i32, u32) {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + months;
    (index.div_euclid(12) as i32, index.rem_euclid(12) as u32 + 1)
}

/// The `nth` (1–5) or last (-1) `day` of a month; `None` when the month has no such day.
pub fn nth_weekday(year: i32, month: u32, day: Weekday, nth: i8) -> Option<CivilDate> {
    let len = days_in_month(year, month);
    let first = CivilDate::new(year, month, 1)?;
    let first_match = 1 + (day.index() as u32 + 7 - first.weekday().index() as u32) % 7;
    let date = match nth {
        -1 => first_match + (len - first_match) / 7 * 7,
        n if n >= 1 => first_match + 7 * (n as u32 - 1),
        _ => return None,
    };
    (date <= len).then(|| CivilDate::new(year, month, date)).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CivilDate {
        s.parse().unwrap()
    }

    fn rule(start: &str, freq: Freq) -> Rule {
        Rule {
            start: d(start),
            freq,
            interval: 1,
            days: vec![],
            nth: None,
            month_day: None,
            months: vec![],
            until: None,
            count: None,
            except: vec![],
            moves: vec![],
        }
    }

    fn day(k: &str) -> Day {
        Day::try_from(k.to_string()).unwrap()
    }

    fn texts(dates: Vec<CivilDate>) -> Vec<String> {
        dates.into_iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn a_monthly_31st_skips_the_months_without_one_and_never_drifts() {
        let r = Rule { count: Some(5), ..rule("2026-01-31", Freq::Monthly) };
        assert_eq!(
            texts(r.rule_dates(d("2027-12-31"))),
            ["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31"]
        );
        let last = Rule { month_day: Some(-1), count: Some(4), ..rule("2026-01-31", Freq::Monthly) };
        assert_eq!(texts(last.rule_dates(d("2027-12-31"))), ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]);
        let leap = Rule { month_day: Some(-1), months: vec![2], count: Some(3), ..rule("2027-02-28", Freq::Yearly) };
        assert_eq!(texts(leap.rule_dates(d("2040-01-01"))), ["2027-02-28", "2028-02-29", "2029-02-28"]);
    }

    #[test]
    fn a_fifth_tuesday_yields_nothing_in_months_without_one() {
        let r = Rule { days: vec![day("selasa")], nth: Some(5), ..rule("2026-03-31", Freq::Monthly) };
        // 2026: March, June, September and December have five Tuesdays.
        assert_eq!(texts(r.rule_dates(d("2026-12-31"))), ["2026-03-31", "2026-06-30", "2026-09-29", "2026-12-29"]);
        assert!(r.problems().is_empty(), "{:?}", r.problems());
    }

    #[test]
    fn nth_and_last_weekdays() {
        let second_tuesday =
            Rule { days: vec![day("selasa")], nth: Some(2), count: Some(3), ..rule("2026-01-13", Freq::Monthly) };
        assert_eq!(texts(second_tuesday.rule_dates(d("2027-01-01"))), ["2026-01-13", "2026-02-10", "2026-03-10"]);
        let last_friday =
            Rule { days: vec![day("jumat")], nth: Some(-1), count: Some(3), ..rule("2026-01-30", Freq::Monthly) };
        assert_eq!(texts(last_friday.rule_dates(d("2027-01-01"))), ["2026-01-30", "2026-02-27", "2026-03-27"]);
        assert_eq!(nth_weekday(2026, 2, Weekday::Sun, 1), Some(d("2026-02-01")));
        assert_eq!(nth_weekday(2026, 2, Weekday::Sat, -1), Some(d("2026-02-28")));
        assert_eq!(nth_weekday(2026, 2, Weekday::Mon, 5), None);
        assert_eq!(nth_weekday(2026, 2, Weekday::Mon, 0), None);
    }

    /// RFC 5545 §3.8.5.3 examples, as dates.
    #[test]
    fn rfc_5545_examples() {
        // Every other week on Tuesday and Thursday, 8 occurrences: FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH
        // (with WKST=MO the same dates, since the series starts on a Tuesday).
        let r = Rule {
            interval: 2,
            days: vec![day("selasa"), day("kamis")],
            count: Some(8),
            ..rule("1997-09-02", Freq::Weekly)
        };
        assert_eq!(
            texts(r.rule_dates(d("1998-12-31"))),
            [
                "1997-09-02",
                "1997-09-04",
                "1997-09-16",
                "1997-09-18",
                "1997-09-30",
                "1997-10-02",
                "1997-10-14",
                "1997-10-16"
            ]
        );
        // Monthly on the first Friday, 10 occurrences: FREQ=MONTHLY;COUNT=10;BYDAY=1FR
        let r = Rule { days: vec![day("jumat")], nth: Some(1), count: Some(10), ..rule("1997-09-05", Freq::Monthly) };
        let dates = texts(r.rule_dates(d("1999-01-01")));
        assert_eq!(dates.len(), 10);
        assert_eq!(&dates[..3], ["1997-09-05", "1997-10-03", "1997-11-07"]);
        assert_eq!(dates[9], "1998-06-05");
        // Every other month on the first and last Sunday... (BYDAY=1SU,-1SU) is two nth values: not in this subset.
        // Monthly on the second-to-last day is not either. Yearly in June and July, 10 occurrences:
        // FREQ=YEARLY;COUNT=10;BYMONTH=6,7
        let r = Rule { months: vec![6, 7], count: Some(10), ..rule("1997-06-10", Freq::Yearly) };
        let dates = texts(r.rule_dates(d("2010-01-01")));
        assert_eq!(&dates[..4], ["1997-06-10", "1997-07-10", "1998-06-10", "1998-07-10"]);
        assert_eq!(dates[9], "2001-07-10");
        // Weekly until a date: FREQ=WEEKLY;UNTIL=19971224 from 1997-09-02 gives 17 Tuesdays.
        let r = Rule { until: Some(d("1997-12-24")), ..rule("1997-09-02", Freq::Weekly) };
        let dates = r.rule_dates(d("1999-01-01"));
        assert_eq!(dates.len(), 17);
        assert_eq!(dates.last(), Some(&d("1997-12-23")));
    }

    #[test]
    fn the_count_is_taken_before_skipped_dates_and_the_end_date_is_inclusive() {
        let r = Rule { count: Some(3), except: vec![d("2026-01-13")], ..rule("2026-01-06", Freq::Weekly) };
        assert_eq!(texts(r.rule_dates(d("2026-12-31"))), ["2026-01-06", "2026-01-13", "2026-01-20"]);
        let r = Rule { until: Some(d("2026-01-20")), ..rule("2026-01-06", Freq::Weekly) };
        assert_eq!(r.rule_dates(d("2026-12-31")).last(), Some(&d("2026-01-20")));
    }

    #[test]
    fn rules_that_cannot_be_right_are_refused_with_what_to_fix() {
        let wrong_start = Rule { days: vec![day("selasa")], nth: Some(2), ..rule("2026-01-14", Freq::Monthly) };
        assert!(wrong_start.problems().iter().any(|p| p.contains("tidak cocok")), "{:?}", wrong_start.problems());
        let never = Rule { month_day: Some(30), months: vec![2], ..rule("2026-01-30", Freq::Yearly) };
        assert!(!never.problems().is_empty());
        let both = Rule { until: Some(d("2026-05-01")), count: Some(2), ..rule("2026-01-06", Freq::Weekly) };
        assert!(both.problems().iter().any(|p| p.contains("tidak keduanya")));
        let zero = Rule { interval: 0, ..rule("2026-01-06", Freq::Weekly) };
        assert!(zero.problems().iter().any(|p| p.contains("selang")));
        let bad_nth = Rule { days: vec![day("selasa")], nth: Some(6), ..rule("2026-01-06", Freq::Monthly) };
        assert!(bad_nth.problems().iter().any(|p| p.contains("minggu_ke 6")));
        let stray_move = Rule {
            moves: vec![Move {
                from: d("2026-01-07"),
                to: d("2026-01-08"),
                reason: Text { id: "Balai dipakai".into(), en: String::new() },
            }],
            ..rule("2026-01-06", Freq::Weekly)
        };
        assert!(stray_move.problems().iter().any(|p| p.contains("pindah dari 2026-01-07")));
        assert!(Day::try_from("selasaa".to_string()).is_err());
    }

    #[test]
    fn rules_become_standard_rrule_text() {
        let r = Rule {
            days: vec![day("selasa")],
            nth: Some(2),
            until: Some(d("2027-12-31")),
            ..rule("2026-01-13", Freq::Monthly)
        };
        assert_eq!(r.rrule(|u| u.to_basic_string()), "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231");
        let r = Rule { interval: 2, days: vec![day("sabtu")], count: Some(10), ..rule("2026-01-03", Freq::Weekly) };
        assert_eq!(r.rrule(|u| u.to_basic_string()), "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;COUNT=10;WKST=MO");
        let r = Rule { month_day: Some(17), months: vec![8], ..rule("2026-08-17", Freq::Yearly) };
        assert_eq!(r.rrule(|u| u.to_basic_string()), "FREQ=YEARLY;BYMONTHDAY=17;BYMONTH=8");
        let r = Rule { days: vec![day("jumat")], nth: Some(-1), ..rule("2026-01-30", Freq::Monthly) };
        assert_eq!(r.rrule(|u| u.to_basic_string()), "FREQ=MONTHLY;BYDAY=-1FR");
    }
}
