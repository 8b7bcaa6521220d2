//! A child's immunisation plan from the programme schedule in `content/jadwal/imunisasi.toml`.
//!
//! Each dose rule carries the period it is in force (`berlaku_mulai` / `berlaku_sampai`). A rule applies to a
//! child when its period contains **the dose's due date for that child** (birth date + due age): vaccines
//! are switched at the Posyandu on a date, whatever the child's age, so a baby born in 2025 who reaches
//! two months after the switch gets the new vaccine.

use super::age::Age;
use super::{Period, Source, Status};
use crate::base::date::CivilDate;
use crate::base::lang::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImmunisationSchedule {
    /// When the facts were last checked.
    #[serde(rename = "diperiksa")]
    pub checked: CivilDate,
    #[serde(rename = "sumber")]
    pub sources: Vec<Source>,
    #[serde(rename = "dosis")]
    pub doses: Vec<DoseRule>,
}

/// One dose of one vaccine, for the period it is in force. The same id may appear again for another period.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DoseRule {
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
    /// The age at which the dose is due.
    #[serde(rename = "umur")]
    pub due_age: Age,
    /// The youngest age at which the dose may already be given (BCG from birth); the due age when absent.
    #[serde(rename = "boleh_sejak", default)]
    pub earliest: Option<Age>,
    /// The dose is on time until the day before this age.
    #[serde(rename = "sebelum_umur")]
    pub window_end: Age,
    /// The last age at which the dose may be given at all (rotavirus); none means it can be caught up later.
    #[serde(rename = "paling_lambat", default)]
    pub upper_limit: Option<Age>,
    #[serde(rename = "berlaku_mulai", default)]
    pub effective_from: Option<CivilDate>,
    #[serde(rename = "berlaku_sampai", default)]
    pub effective_until: Option<CivilDate>,
    /// False for doses given only in some regions (JE) when the desa is not in one.
    #[serde(rename = "dipakai", default = "in_use_by_default")]
    pub in_use: bool,
    #[serde(rename = "catatan", default)]
    pub notes: Vec<Text>,
    /// Source ids from the file's `[[sumber]]` list.
    #[serde(rename = "sumber")]
    pub sources: Vec<String>,
    /// Whether this dose in this period is confirmed; if not, its notes tell the resident to follow the health worker.
    #[serde(rename = "belum_pasti", default)]
    pub unconfirmed: bool,
}

fn in_use_by_default() -> bool {
    true
}

impl DoseRule {
    pub fn period(&self) -> Period {
        Period { from: self.effective_from, until: self.effective_until }
    }
}

/// One dose in a child's plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Dose<'a> {
    pub vaccine: &'a DoseRule,
    /// The first day it may be given; the status counts from here ("Bisa sekarang").
    pub can_from: CivilDate,
    /// The recommended first day.
    pub due_from: CivilDate,
    /// The last day of the recommended window, never after `last_allowed`.
    pub due_until: CivilDate,
    /// The last day the dose may be given at all, for doses with an upper age limit.
    pub last_allowed: Option<CivilDate>,
    pub status: Status,
}

/// The doses that apply to a child born on `birth`, in order of due date, with their status on `today`.
/// The caller refuses birth dates after today (see [`super::read_birth_date`]).
pub fn immunisation_plan(schedule: &ImmunisationSchedule, birth: CivilDate, today: CivilDate) -> Vec<Dose<'_>> {
    let mut plan: Vec<Dose> = schedule
        .doses
        .iter()
        .filter(|rule| rule.in_use)
        .filter_map(|rule| {
            let due_from = rule.due_age.reached_on(birth);
            if !rule.period().contains(due_from) {
                return None;
            }
            let can_from = rule.earliest.map_or(due_from, |a| a.reached_on(birth).min(due_from));
            let last_allowed = rule.upper_limit.map(|a| a.reached_on(birth));
            let window_last = rule.window_end.reached_on(birth).add_days(-1);
            let due_until = last_allowed.map_or(window_last, |l| window_last.min(l));
            let status = match last_allowed {
                Some(limit) if today > limit => Status::TooLateForThisDose,
                _ => Status::of_window(can_from, due_until, today),
            };
            Some(Dose { vaccine: rule, can_from, due_from, due_until, last_allowed, status })
        })
        .collect();
    // Stable, so doses due on the same day keep the order staff wrote them in.
    crate::base::order::sort_by(&mut plan, |d| crate::base::order::number(d.due_from.days_since_epoch()));
    plan
}

/// The next trip to the Posyandu: the first day a dose not yet given can be had, and every such dose that can be
/// given that day. Doses already open (or late but still allowed) make it today.
#[derive(Clone, Debug, PartialEq)]
pub struct Visit<'a> {
    pub date: CivilDate,
    pub doses: Vec<&'a Dose<'a>>,
}

/// `given` holds the ids of doses the parent ticked as given.
pub fn next_visit<'a>(plan: &'a [Dose<'a>], given: &[String], today: CivilDate) -> Option<Visit<'a>> {
    let open = |d: &&Dose| !given.contains(&d.vaccine.id) && d.status != Status::TooLateForThisDose;
    let date = plan.iter().filter(open).map(|d| d.can_from.max(today)).min()?;
    let doses =
        plan.iter().filter(open).filter(|d| d.can_from <= date && d.last_allowed.is_none_or(|l| date <= l)).collect();
    Some(Visit { date, doses })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> CivilDate {
        s.parse().unwrap()
    }

    fn age(s: &str) -> Age {
        Age::try_from(s.to_string()).unwrap()
    }

    fn rule(id: &str, due: &str, before: &str) -> DoseRule {
        DoseRule {
            id: id.into(),
            name: Text { id: id.into(), en: id.into() },
            due_age: age(due),
            window_end: age(before),
            in_use: true,
            sources: vec!["s".into()],
            ..DoseRule::default()
        }
    }

    fn schedule(doses: Vec<DoseRule>) -> ImmunisationSchedule {
        ImmunisationSchedule { checked: date("2026-11-22"), sources: vec![], doses }
    }

    fn ids<'a>(plan: &'a [Dose]) -> Vec<&'a str> {
        plan.iter().map(|d| d.vaccine.id.as_str()).collect()
    }

    #[test]
    fn windows_run_from_the_due_age_to_the_day_before_the_window_end() {
        let s = schedule(vec![rule("a", "2 bulan", "3 bulan")]);
        let plan = immunisation_plan(&s, date("2026-01-31"), date("2026-01-31"));
        assert_eq!(plan[0].due_from, date("2026-03-31"));
        assert_eq!(plan[0].due_until, date("2026-04-29"));
        assert_eq!(plan[0].status, Status::Upcoming);
    }

    #[test]
    fn status_follows_today() {
        let s = schedule(vec![rule("a", "2 bulan", "3 bulan")]);
        let born = date("2026-01-15");
        let status = |today: &str| immunisation_plan(&s, born, date(today))[0].status;
        assert_eq!(status("2026-03-14"), Status::Upcoming);
        assert_eq!(status("2026-03-15"), Status::DueNow);
        assert_eq!(status("2026-04-14"), Status::DueNow);
        assert_eq!(status("2026-04-15"), Status::Past);
    }

    #[test]
    fn an_upper_age_limit_makes_a_dose_too_late_the_day_after() {
        let mut r = rule("rv", "2 bulan", "3 bulan");
        r.upper_limit = Some(age("6 bulan 29 hari"));
        let s = schedule(vec![r]);
        let born = date("2026-01-15");
        let dose = |today: &str| immunisation_plan(&s, born, date(today))[0].clone();
        assert_eq!(dose("2026-08-13").last_allowed, Some(date("2026-08-13")));
        assert_eq!(dose("2026-08-13").status, Status::Past);
        assert_eq!(dose("2026-08-14").status, Status::TooLateForThisDose);
    }

    #[test]
    fn the_window_never_outlasts_the_upper_limit() {
        let mut r = rule("x", "2 bulan", "9 bulan");
        r.upper_limit = Some(age("3 bulan"));
        let s = schedule(vec![r]);
        let plan = immunisation_plan(&s, date("2026-01-15"), date("2026-01-15"));
        assert_eq!(plan[0].due_until, date("2026-04-15"));
    }

    #[test]
    fn a_rule_applies_when_its_period_contains_the_due_date() {
        let mut old = rule("old", "2 bulan", "3 bulan");
        old.effective_until = Some(date("2025-12-31"));
        let mut new = rule("new", "2 bulan", "3 bulan");
        new.effective_from = Some(date("2026-01-01"));
        let s = schedule(vec![old, new]);
        assert_eq!(ids(&immunisation_plan(&s, date("2025-10-31"), date("2025-11-01"))), ["old"]);
        assert_eq!(ids(&immunisation_plan(&s, date("2025-11-01"), date("2025-11-01"))), ["new"]);
    }

    #[test]
    fn a_dose_that_may_be_given_earlier_can_be_had_now() {
        let mut bcg = rule("bcg", "1 bulan", "2 bulan");
        bcg.earliest = Some(age("0 hari"));
        let s = schedule(vec![bcg]);
        let dose = &immunisation_plan(&s, date("2026-11-10"), date("2026-12-01"))[0];
        assert_eq!((dose.can_from, dose.due_from), (date("2026-11-10"), date("2026-12-10")));
        assert_eq!(dose.status, Status::DueNow, "BCG may be given from birth: not 'upcoming' at three weeks");
    }

    #[test]
    fn the_next_visit_gathers_what_can_be_given_that_day_and_skips_what_was_given() {
        let mut rv = rule("rv-1", "2 bulan", "3 bulan");
        rv.upper_limit = Some(age("6 bulan 29 hari"));
        let s = schedule(vec![
            rule("hb-0", "0 hari", "2 hari"),
            rule("bcg", "1 bulan", "2 bulan"),
            rule("pcv-1", "2 bulan", "3 bulan"),
            rv,
        ]);
        let born = date("2026-11-10");
        let plan = immunisation_plan(&s, born, date("2026-12-01"));
        let visit = next_visit(&plan, &[], date("2026-12-01")).unwrap();
        assert_eq!(visit.date, date("2026-12-01"), "HB-0 is late: the next visit is now");
        assert_eq!(visit.doses.iter().map(|d| d.vaccine.id.as_str()).collect::<Vec<_>>(), ["hb-0"]);
        let visit = next_visit(&plan, &["hb-0".into()], date("2026-12-01")).unwrap();
        assert_eq!(visit.date, date("2026-12-10"));
        assert_eq!(visit.doses.iter().map(|d| d.vaccine.id.as_str()).collect::<Vec<_>>(), ["bcg"]);
        let all: Vec<String> = ["hb-0", "bcg"].map(String::from).to_vec();
        let visit = next_visit(&plan, &all, date("2026-12-01")).unwrap();
        assert_eq!((visit.date, visit.doses.len()), (date("2027-01-10"), 2), "PCV 1 and rotavirus 1 together");
        let everything: Vec<String> = ["hb-0", "bcg", "pcv-1", "rv-1"].map(String::from).to_vec();
        assert_eq!(next_visit(&plan, &everything, date("2026-12-01")), None);
        // Past the rotavirus limit, it is not offered again.
        let late = immunisation_plan(&s, born, date("2027-07-01"));
        let visit = next_visit(&late, &all, date("2027-07-01")).unwrap();
        assert_eq!(visit.doses.iter().map(|d| d.vaccine.id.as_str()).collect::<Vec<_>>(), ["pcv-1"]);
    }

    #[test]
    fn doses_not_used_in_this_desa_are_left_out_and_the_rest_are_in_due_order() {
        let mut je = rule("je", "10 bulan", "11 bulan");
        je.in_use = false;
        let s = schedule(vec![
            rule("late", "9 bulan", "10 bulan"),
            je,
            rule("b", "1 bulan", "2 bulan"),
            rule("a", "1 bulan", "2 bulan"),
        ]);
        assert_eq!(ids(&immunisation_plan(&s, date("2026-01-01"), date("2026-01-01"))), ["b", "a", "late"]);
    }
}
