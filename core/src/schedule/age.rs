//! Ages as schedules write them: "2 bulan", "6 bulan 29 hari", "18 tahun".
//!
//! An age is kept exactly as written (years, months, weeks, days) because "18 bulan" and "1 tahun 6 bulan"
//! read differently to staff, though they reach the same date.

use crate::base::date::CivilDate;
use crate::base::lang::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Age {
    pub years: u16,
    pub months: u16,
    pub weeks: u16,
    pub days: u16,
}

/// Units in the order they are written, with their Indonesian and English names.
const UNITS: [(&str, &str); 4] = [("tahun", "year"), ("bulan", "month"), ("minggu", "week"), ("hari", "day")];

impl Age {
    pub const fn days(days: u16) -> Age {
        Age { years: 0, months: 0, weeks: 0, days }
    }

    pub const fn months(months: u16) -> Age {
        Age { years: 0, months, weeks: 0, days: 0 }
    }

    fn parts(self) -> [u16; 4] {
        [self.years, self.months, self.weeks, self.days]
    }

    /// The date on which someone born on `birth` reaches this age: whole months first (clamped at month
    /// ends like [`CivilDate::add_months`]), then weeks and days, so "6 bulan 29 hari" is 29 days after the
    /// 6-month day.
    pub fn reached_on(self, birth: CivilDate) -> CivilDate {
        let months = i64::from(self.years) * 12 + i64::from(self.months);
        birth.add_months(months).add_days(i64::from(self.weeks) * 7 + i64::from(self.days))
    }

    /// True when this age comes strictly before `other` whatever the birth date. Months vary in length, so
    /// "1 bulan" and "30 hari" have no fixed order; this checks every birth date of a four-year cycle,
    /// which holds every pattern of month lengths.
    pub fn always_before(self, other: Age) -> bool {
        let first = CivilDate::new(2024, 1, 1).expect("a real date");
        (0..1461).all(|d| {
            let birth = first.add_days(d);
            self.reached_on(birth) < other.reached_on(birth)
        })
    }

    /// The age for residents: "6 bulan 29 hari" or "6 months 29 days".
    pub fn text(self, lang: Lang) -> String {
        if self == Age::default() {
            return match lang {
                Lang::Id => "0 hari".into(),
                Lang::En => "0 days".into(),
            };
        }
        let words: Vec<String> = self
            .parts()
            .iter()
            .zip(UNITS)
            .filter(|(n, _)| **n > 0)
            .map(|(n, (id, en))| match lang {
                Lang::Id => format!("{n} {id}"),
                Lang::En if *n == 1 => format!("1 {en}"),
                Lang::En => format!("{n} {en}s"),
            })
            .collect();
        words.join(" ")
    }
}

impl fmt::Display for Age {
    /// The content form, which is the Indonesian text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Id))
    }
}

impl TryFrom<String> for Age {
    type Error = String;

    /// Reads pairs of a number and a unit (`tahun`, `bulan`, `minggu`, `hari`), each unit at most once.
    fn try_from(text: String) -> Result<Age, String> {
        let hint =
            || format!("umur \"{text}\" harus ditulis seperti \"2 bulan\", \"6 bulan 29 hari\", atau \"18 tahun\"");
        let words: Vec<&str> = text.split_whitespace().collect();
        if words.is_empty() || !words.len().is_multiple_of(2) {
            return Err(hint());
        }
        let mut parts: [Option<u16>; 4] = [None; 4];
        for pair in words.chunks(2) {
            let n: u16 = pair[0].parse().map_err(|_| hint())?;
            let unit = UNITS.iter().position(|(id, _)| pair[1].eq_ignore_ascii_case(id)).ok_or_else(hint)?;
            if parts[unit].replace(n).is_some() {
                return Err(format!("umur \"{text}\": satuan \"{}\" ditulis dua kali", UNITS[unit].0));
            }
        }
        let [years, months, weeks, days] = parts.map(Option::unwrap_or_default);
        Ok(Age { years, months, weeks, days })
    }
}

impl From<Age> for String {
    fn from(age: Age) -> String {
        age.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn age(s: &str) -> Age {
        Age::try_from(s.to_string()).unwrap()
    }

    fn date(s: &str) -> CivilDate {
        s.parse().unwrap()
    }

    #[test]
    fn reads_the_forms_staff_write() {
        assert_eq!(age("2 bulan"), Age::months(2));
        assert_eq!(age("0 hari"), Age::days(0));
        assert_eq!(age("6 bulan 29 hari"), Age { months: 6, days: 29, ..Age::default() });
        assert_eq!(age(" 18  Tahun "), Age { years: 18, ..Age::default() });
        assert_eq!(age("4 minggu"), Age { weeks: 4, ..Age::default() });
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        for bad in ["", "2", "bulan", "dua bulan", "2 bln", "2 bulan 3", "-1 hari", "2 bulan 1 bulan", "2.5 bulan"] {
            assert!(Age::try_from(bad.to_string()).is_err(), "{bad} must be refused");
        }
        let err = Age::try_from("2 bulan 1 bulan".to_string()).unwrap_err();
        assert!(err.contains("dua kali"), "{err}");
    }

    #[test]
    fn prints_in_both_languages_and_round_trips() {
        assert_eq!(age("6 bulan 29 hari").to_string(), "6 bulan 29 hari");
        assert_eq!(age("6 bulan 29 hari").text(Lang::En), "6 months 29 days");
        assert_eq!(age("1 bulan").text(Lang::En), "1 month");
        assert_eq!(age("0 hari").text(Lang::En), "0 days");
        let json = serde_json::to_string(&age("1 tahun 2 minggu")).unwrap();
        assert_eq!(json, "\"1 tahun 2 minggu\"");
        assert_eq!(serde_json::from_str::<Age>(&json).unwrap(), age("1 tahun 2 minggu"));
    }

    #[test]
    fn is_reached_months_first_then_days() {
        assert_eq!(age("6 bulan 29 hari").reached_on(date("2026-01-31")), date("2026-08-29"));
        assert_eq!(age("1 bulan").reached_on(date("2026-01-31")), date("2026-02-28"));
        assert_eq!(age("1 tahun").reached_on(date("2024-02-29")), date("2025-02-28"));
        assert_eq!(age("0 hari").reached_on(date("2026-11-22")), date("2026-11-22"));
        assert_eq!(age("2 minggu").reached_on(date("2026-12-25")), date("2027-01-08"));
    }

    #[test]
    fn ordering_holds_only_when_it_holds_for_every_birth_date() {
        assert!(age("2 bulan").always_before(age("3 bulan")));
        assert!(age("6 bulan 29 hari").always_before(age("7 bulan 2 hari")));
        // Born 31 July 2025: 6 months is 31 January, +29 days is 1 March; 7 months is 28 February, +1 day is 1 March.
        assert!(!age("6 bulan 29 hari").always_before(age("7 bulan 1 hari")));
        assert!(!age("3 bulan").always_before(age("3 bulan")));
        // 1 month is 28 to 31 days, so it is neither always before nor always after 30 days.
        assert!(!age("1 bulan").always_before(age("30 hari")));
        assert!(!age("30 hari").always_before(age("1 bulan")));
        assert!(age("27 hari").always_before(age("1 bulan")));
    }
}
