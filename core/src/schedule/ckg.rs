//! Cek Kesehatan Gratis (CKG): which free health check applies to someone, by birth date, and when,
//! from `content/jadwal/ckg.toml`.
//!
//! Since 1 March 2025 the birthday check is no longer tied to the birthday: it can be done once a year at any
//! time. The plan therefore offers it for the rest of the current calendar year rather than a birthday window.

use super::age::Age;
use super::{Period, Source, Status};
use crate::base::date::CivilDate;
use crate::base::lang::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CkgSchedule {
    #[serde(rename = "diperiksa")]
    pub checked: CivilDate,
    #[serde(rename = "sumber")]
    pub sources: Vec<Source>,
    #[serde(rename = "paket")]
    pub packages: Vec<CkgPackage>,
}

/// When a package is done.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Timing {
    /// Once, within its age window after birth (newborn screening).
    #[serde(rename = "setelah-lahir")]
    AfterBirth,
    /// Once a year, any day of it.
    #[default]
    #[serde(rename = "setahun-sekali")]
    OnceAYear,
    /// At school, at the start of the school year; the app knows no date for it.
    #[serde(rename = "tahun-ajaran")]
    SchoolYear,
    /// Together with the usual check-ups recorded in the KIA book (pregnancy, under-fives).
    #[serde(rename = "ikut-kia")]
    WithKiaCheckups,
}

/// One CKG package: who it is for, when, where, and what is checked.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CkgPackage {
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
    /// For pregnant women, whatever their age; such a package has no age range.
    #[serde(rename = "ibu_hamil", default)]
    pub pregnant: bool,
    /// The youngest age, included.
    #[serde(rename = "umur", default)]
    pub from_age: Option<Age>,
    /// The package ends the day before this age; none means for life.
    #[serde(rename = "sebelum_umur", default)]
    pub before_age: Option<Age>,
    #[serde(rename = "waktu")]
    pub timing: Timing,
    #[serde(rename = "tempat")]
    pub place: Text,
    #[serde(rename = "pemeriksaan", default)]
    pub checks: Vec<Text>,
    #[serde(rename = "catatan", default)]
    pub notes: Vec<Text>,
    #[serde(rename = "sumber")]
    pub sources: Vec<String>,
    #[serde(rename = "berlaku_mulai", default)]
    pub effective_from: Option<CivilDate>,
    #[serde(rename = "berlaku_sampai", default)]
    pub effective_until: Option<CivilDate>,
    #[serde(rename = "belum_pasti", default)]
    pub unconfirmed: bool,
}

impl CkgPackage {
    pub fn period(&self) -> Period {
        Period { from: self.effective_from, until: self.effective_until }
    }
}

/// A package someone can use now or later this year.
#[derive(Clone, Debug, PartialEq)]
pub struct CkgDue<'a> {
    pub package: &'a CkgPackage,
    pub from: CivilDate,
    /// The last day; `None` while it stays open for life.
    pub until: Option<CivilDate>,
    /// `DueNow` or `Upcoming`: chances that have closed are not listed.
    pub status: Status,
}

/// The packages for someone born on `birth` whose chance is open on `today` or opens later this calendar
/// year, in order of opening. Packages for pregnant women are listed by [`ckg_for_pregnancy`].
pub fn ckg_for_person(schedule: &CkgSchedule, birth: CivilDate, today: CivilDate) -> Vec<CkgDue<'_>> {
    let year_start = CivilDate::new(today.year(), 1, 1).unwrap_or(today);
    let year_end = CivilDate::new(today.year(), 12, 31).unwrap_or(today);
    let mut due: Vec<CkgDue> = schedule
        .packages
        .iter()
        .filter(|p| !p.pregnant)
        .filter_map(|p| {
            let mut from = p.from_age?.reached_on(birth);
            let mut until = p.before_age.map(|a| a.reached_on(birth).add_days(-1));
            narrow(&mut from, &mut until, p.period());
            if p.timing == Timing::OnceAYear {
                narrow(&mut from, &mut until, Period { from: Some(year_start), until: Some(year_end) });
            }
            let open = until.is_none_or(|u| from <= u && today <= u) && from <= year_end;
            let status = if today < from { Status::Upcoming } else { Status::DueNow };
            open.then_some(CkgDue { package: p, from, until, status })
        })
        .collect();
    crate::base::order::sort_by(&mut due, |d| crate::base::order::number(d.from.days_since_epoch()));
    due
}

/// Shrinks the window `from..=until` to the part inside `period`.
fn narrow(from: &mut CivilDate, until: &mut Option<CivilDate>, period: Period) {
    if let Some(f) = period.from {
        *from = (*from).max(f);
    }
    if let Some(u) = period.until {
        *until = Some(until.map_or(u, |x| x.min(u)));
    }
}

/// The packages for pregnant women in force on `today`.
pub fn ckg_for_pregnancy(schedule: &CkgSchedule, today: CivilDate) -> Vec<&CkgPackage> {
    schedule.packages.iter().filter(|p| p.pregnant && p.period().contains(today)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> CivilDate {
        s.parse().unwrap()
    }

    fn age(s: &str) -> Option<Age> {
        Some(Age::try_from(s.to_string()).unwrap())
    }

    fn package(id: &str, from: &str, before: Option<&str>, timing: Timing) -> CkgPackage {
        CkgPackage {
            id: id.into(),
            from_age: age(from),
            before_age: before.and_then(age),
            timing,
            ..CkgPackage::default()
        }
    }

    fn schedule() -> CkgSchedule {
        CkgSchedule {
            packages: vec![
                package("newborn", "1 hari", Some("3 hari"), Timing::AfterBirth),
                package("child", "0 hari", Some("7 tahun"), Timing::OnceAYear),
                package("school", "7 tahun", Some("18 tahun"), Timing::SchoolYear),
                package("adult", "18 tahun", None, Timing::OnceAYear),
                CkgPackage {
                    id: "pregnant".into(),
                    pregnant: true,
                    timing: Timing::WithKiaCheckups,
                    ..CkgPackage::default()
                },
            ],
            ..CkgSchedule::default()
        }
    }

    fn rows(due: &[CkgDue]) -> Vec<(String, String, Option<String>, Status)> {
        due.iter()
            .map(|d| (d.package.id.clone(), d.from.to_string(), d.until.map(|u| u.to_string()), d.status))
            .collect()
    }

    fn row(id: &str, from: &str, until: Option<&str>, status: Status) -> (String, String, Option<String>, Status) {
        (id.into(), from.into(), until.map(Into::into), status)
    }

    #[test]
    fn a_baby_born_today_gets_newborn_screening_tomorrow_and_the_yearly_check_now() {
        let today = date("2026-11-22");
        assert_eq!(
            rows(&ckg_for_person(&schedule(), today, today)),
            [
                row("child", "2026-11-22", Some("2026-12-31"), Status::DueNow),
                row("newborn", "2026-11-23", Some("2026-11-24"), Status::Upcoming),
            ]
        );
    }

    #[test]
    fn a_seventeen_year_old_sees_school_now_and_the_adult_check_from_the_18th_birthday() {
        let born = date("2008-09-10");
        assert_eq!(
            rows(&ckg_for_person(&schedule(), born, date("2026-03-01"))),
            [
                row("school", "2015-09-10", Some("2026-09-09"), Status::DueNow),
                row("adult", "2026-09-10", Some("2026-12-31"), Status::Upcoming),
            ]
        );
    }

    #[test]
    fn the_yearly_check_is_offered_for_the_calendar_year_and_not_before_the_rule_began() {
        let mut s = schedule();
        s.packages[3].effective_from = Some(date("2025-03-01"));
        let born = date("1980-02-29");
        assert_eq!(rows(&ckg_for_person(&s, born, date("2024-12-31"))), []);
        assert_eq!(
            rows(&ckg_for_person(&s, born, date("2025-02-28"))),
            [row("adult", "2025-03-01", Some("2025-12-31"), Status::Upcoming)]
        );
        assert_eq!(
            rows(&ckg_for_person(&s, born, date("2026-06-01"))),
            [row("adult", "2026-01-01", Some("2026-12-31"), Status::DueNow)]
        );
    }

    #[test]
    fn a_child_turning_seven_keeps_the_childrens_check_until_the_day_before() {
        let (s, born) = (schedule(), date("2019-05-20"));
        let due = ckg_for_person(&s, born, date("2026-05-19"));
        assert_eq!(due[0].package.id, "child");
        assert_eq!(due[0].until, Some(date("2026-05-19")));
        let due = ckg_for_person(&s, born, date("2026-05-20"));
        assert_eq!(rows(&due), [row("school", "2026-05-20", Some("2037-05-19"), Status::DueNow)]);
    }

    #[test]
    fn packages_for_pregnant_women_are_listed_apart_while_in_force() {
        let mut s = schedule();
        assert_eq!(ckg_for_pregnancy(&s, date("2026-01-01")).len(), 1);
        s.packages[4].effective_from = Some(date("2026-01-02"));
        assert!(ckg_for_pregnancy(&s, date("2026-01-01")).is_empty());
    }
}
