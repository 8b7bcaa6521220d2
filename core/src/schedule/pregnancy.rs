//! Pregnancy dates from the first day of the last menstrual period (HPHT): the estimated due date, the
//! gestational age and trimester, the antenatal check-up windows, and the after-birth check-ups, from
//! `content/jadwal/kehamilan.toml`.

use super::{DateError, Source, Status};
use crate::base::date::CivilDate;
use crate::base::lang::Text;
use serde::{Deserialize, Serialize};

/// Naegele's rule: the due date is 280 days (40 weeks) after the HPHT.
pub const PREGNANCY_DAYS: i64 = 280;

/// An HPHT further back than 42 weeks is refused: the pregnancy would be long past term, so the date is
/// more likely mistyped, or the baby already born.
pub const LONGEST_PREGNANCY_DAYS: i64 = 42 * 7;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PregnancySchedule {
    #[serde(rename = "diperiksa")]
    pub checked: CivilDate,
    #[serde(rename = "sumber")]
    pub sources: Vec<Source>,
    #[serde(rename = "trimester")]
    pub trimesters: Vec<Trimester>,
    #[serde(rename = "periksa_hamil")]
    pub antenatal: Vec<AntenatalVisit>,
    #[serde(rename = "periksa_nifas")]
    pub postnatal: Vec<PostnatalVisit>,
}

/// A trimester by completed weeks of pregnancy, both ends included; the last one runs until the birth.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trimester {
    #[serde(rename = "nomor")]
    pub number: u8,
    #[serde(rename = "nama")]
    pub name: Text,
    #[serde(rename = "mulai_minggu")]
    pub from_week: u16,
    #[serde(rename = "sampai_minggu", default)]
    pub until_week: Option<u16>,
    /// How many of this trimester's check-ups are by a doctor with an ultrasound scan.
    #[serde(rename = "periksa_dokter", default)]
    pub doctor_visits: u8,
    #[serde(rename = "catatan", default)]
    pub notes: Vec<Text>,
    #[serde(rename = "sumber")]
    pub sources: Vec<String>,
    #[serde(rename = "belum_pasti", default)]
    pub unconfirmed: bool,
}

/// One antenatal check-up, due some time in its trimester.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AntenatalVisit {
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
    pub trimester: u8,
    #[serde(rename = "catatan", default)]
    pub notes: Vec<Text>,
    #[serde(rename = "sumber")]
    pub sources: Vec<String>,
    #[serde(rename = "belum_pasti", default)]
    pub unconfirmed: bool,
}

/// Who an after-birth check-up is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Whom {
    #[default]
    #[serde(rename = "ibu")]
    Mother,
    #[serde(rename = "bayi")]
    Baby,
}

/// One after-birth check-up of the mother (nifas) or the newborn (neonatal), by days after the birth.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostnatalVisit {
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
    #[serde(rename = "untuk")]
    pub whom: Whom,
    /// Days after the birth, both included; the day of birth is day 0.
    #[serde(rename = "dari_hari")]
    pub from_day: u16,
    #[serde(rename = "sampai_hari")]
    pub until_day: u16,
    #[serde(rename = "catatan", default)]
    pub notes: Vec<Text>,
    #[serde(rename = "sumber")]
    pub sources: Vec<String>,
    #[serde(rename = "belum_pasti", default)]
    pub unconfirmed: bool,
}

/// Completed weeks and days of pregnancy, as midwives write it ("20 minggu 3 hari").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct GestationalAge {
    pub weeks: u32,
    pub days: u32,
}

/// The estimated due date (HPL) by Naegele's rule.
pub fn due_date(hpht: CivilDate) -> CivilDate {
    hpht.add_days(PREGNANCY_DAYS)
}

/// The gestational age on `on`; `None` before the HPHT.
pub fn gestational_age(hpht: CivilDate, on: CivilDate) -> Option<GestationalAge> {
    hpht.age_in_days(on).map(|d| GestationalAge { weeks: d / 7, days: d % 7 })
}

/// Refuses an HPHT after today or more than 42 weeks before it.
pub fn check_hpht(hpht: CivilDate, today: CivilDate) -> Result<(), DateError> {
    let days = hpht.days_until(today);
    if days < 0 {
        return Err(DateError::HphtInFuture);
    }
    if days > LONGEST_PREGNANCY_DAYS {
        return Err(DateError::HphtTooLongAgo { weeks: (days / 7) as u32 });
    }
    Ok(())
}

/// A trimester of one pregnancy: its days, where today falls, and the check-ups due in it.
#[derive(Clone, Debug, PartialEq)]
pub struct TrimesterPlan<'a> {
    pub trimester: &'a Trimester,
    pub from: CivilDate,
    pub until: CivilDate,
    pub status: Status,
    /// Each is due some day in the trimester; the notes do not place them more precisely.
    pub visits: Vec<&'a AntenatalVisit>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PregnancyPlan<'a> {
    pub hpht: CivilDate,
    pub due_date: CivilDate,
    pub age: GestationalAge,
    /// The trimester today; `None` only if the schedule lists no trimester covering the week.
    pub current: Option<&'a Trimester>,
    /// In trimester order.
    pub trimesters: Vec<TrimesterPlan<'a>>,
}

/// An after-birth check-up and the days it is due.
#[derive(Clone, Debug, PartialEq)]
pub struct PostnatalCheck<'a> {
    pub visit: &'a PostnatalVisit,
    pub from: CivilDate,
    pub until: CivilDate,
    pub status: Status,
}

impl Trimester {
    /// The trimester's first and last day for a pregnancy with this HPHT; the last trimester ends on the due date.
    pub fn window(&self, hpht: CivilDate) -> (CivilDate, CivilDate) {
        let from = hpht.add_weeks(i64::from(self.from_week));
        let until = match self.until_week {
            Some(w) => hpht.add_weeks(i64::from(w) + 1).add_days(-1),
            None => due_date(hpht),
        };
        (from, until)
    }

    fn contains_week(&self, week: u32) -> bool {
        u32::from(self.from_week) <= week && self.until_week.is_none_or(|u| week <= u32::from(u))
    }
}

/// The whole pregnancy as seen on `today`, or why the HPHT cannot be used.
pub fn pregnancy_plan(
    schedule: &PregnancySchedule,
    hpht: CivilDate,
    today: CivilDate,
) -> Result<PregnancyPlan<'_>, DateError> {
    check_hpht(hpht, today)?;
    let age = gestational_age(hpht, today).ok_or(DateError::HphtInFuture)?;
    let current = schedule.trimesters.iter().find(|t| t.contains_week(age.weeks));
    let mut trimesters: Vec<TrimesterPlan> = schedule
        .trimesters
        .iter()
        .map(|t| {
            let (from, until) = t.window(hpht);
            let visits = schedule.antenatal.iter().filter(|v| v.trimester == t.number).collect();
            TrimesterPlan { trimester: t, from, until, status: Status::of_window(from, until, today), visits }
        })
        .collect();
    crate::base::order::sort_by(&mut trimesters, |t| crate::base::order::number(t.trimester.number));
    Ok(PregnancyPlan { hpht, due_date: due_date(hpht), age, current, trimesters })
}

/// The after-birth check-ups of mother and baby for a birth on `birth`, in order of their first day.
pub fn postnatal_plan(schedule: &PregnancySchedule, birth: CivilDate, today: CivilDate) -> Vec<PostnatalCheck<'_>> {
    let mut plan: Vec<PostnatalCheck> = schedule
        .postnatal
        .iter()
        .map(|visit| {
            let from = birth.add_days(i64::from(visit.from_day));
            let until = birth.add_days(i64::from(visit.until_day));
            PostnatalCheck { visit, from, until, status: Status::of_window(from, until, today) }
        })
        .collect();
    crate::base::order::sort_by(&mut plan, |c| crate::base::order::number(c.from.days_since_epoch()));
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> CivilDate {
        s.parse().unwrap()
    }

    fn trimester(number: u8, from_week: u16, until_week: Option<u16>) -> Trimester {
        Trimester { number, from_week, until_week, ..Trimester::default() }
    }

    fn visit(id: &str, trimester: u8) -> AntenatalVisit {
        AntenatalVisit { id: id.into(), trimester, ..AntenatalVisit::default() }
    }

    fn schedule() -> PregnancySchedule {
        PregnancySchedule {
            trimesters: vec![trimester(1, 0, Some(12)), trimester(2, 13, Some(24)), trimester(3, 25, None)],
            antenatal: vec![visit("c", 3), visit("a", 1), visit("b", 2)],
            ..PregnancySchedule::default()
        }
    }

    #[test]
    fn naegele_adds_280_days_across_a_leap_day() {
        assert_eq!(due_date(date("2026-01-01")), date("2026-10-08"));
        assert_eq!(due_date(date("2023-06-01")), date("2024-03-07"));
        assert_eq!(due_date(date("2024-05-25")), date("2025-03-01"));
    }

    #[test]
    fn gestational_age_is_in_completed_weeks_and_days() {
        let hpht = date("2026-01-01");
        assert_eq!(gestational_age(hpht, hpht), Some(GestationalAge { weeks: 0, days: 0 }));
        assert_eq!(gestational_age(hpht, date("2026-01-07")), Some(GestationalAge { weeks: 0, days: 6 }));
        assert_eq!(gestational_age(hpht, date("2026-05-24")), Some(GestationalAge { weeks: 20, days: 3 }));
        assert_eq!(gestational_age(hpht, date("2025-12-31")), None);
    }

    #[test]
    fn an_hpht_in_the_future_or_beyond_42_weeks_is_refused() {
        let today = date("2026-11-22");
        assert_eq!(check_hpht(today, today), Ok(()));
        assert_eq!(check_hpht(today.add_days(1), today), Err(DateError::HphtInFuture));
        assert_eq!(check_hpht(today.add_days(-294), today), Ok(()));
        assert_eq!(check_hpht(today.add_days(-295), today), Err(DateError::HphtTooLongAgo { weeks: 42 }));
        assert_eq!(check_hpht(today.add_days(-400), today), Err(DateError::HphtTooLongAgo { weeks: 57 }));
        assert!(pregnancy_plan(&schedule(), today.add_days(1), today).is_err());
    }

    #[test]
    fn the_trimester_follows_the_completed_week() {
        let s = schedule();
        let hpht = date("2026-01-01");
        let number = |today: CivilDate| pregnancy_plan(&s, hpht, today).unwrap().current.map(|t| t.number);
        assert_eq!(number(hpht), Some(1));
        assert_eq!(number(hpht.add_days(13 * 7 - 1)), Some(1), "12 weeks 6 days");
        assert_eq!(number(hpht.add_days(13 * 7)), Some(2), "13 weeks 0 days");
        assert_eq!(number(hpht.add_days(25 * 7)), Some(3));
        assert_eq!(number(hpht.add_days(294)), Some(3), "42 weeks is still the last trimester");
    }

    #[test]
    fn each_trimester_has_its_days_its_status_and_its_check_ups() {
        let s = schedule();
        let hpht = date("2026-01-01");
        let plan = pregnancy_plan(&s, hpht, date("2026-04-02")).unwrap();
        let rows: Vec<(u8, String, String, Status, Vec<&str>)> = plan
            .trimesters
            .iter()
            .map(|t| {
                let visits = t.visits.iter().map(|v| v.id.as_str()).collect();
                (t.trimester.number, t.from.to_string(), t.until.to_string(), t.status, visits)
            })
            .collect();
        assert_eq!(
            rows,
            [
                (1, "2026-01-01".into(), "2026-04-01".into(), Status::Past, vec!["a"]),
                (2, "2026-04-02".into(), "2026-06-24".into(), Status::DueNow, vec!["b"]),
                (3, "2026-06-25".into(), "2026-10-08".into(), Status::Upcoming, vec!["c"]),
            ]
        );
        assert_eq!(plan.due_date, date("2026-10-08"));
        assert_eq!(plan.age, GestationalAge { weeks: 13, days: 0 });
    }

    #[test]
    fn after_birth_check_ups_count_from_the_day_of_birth() {
        let mut s = schedule();
        s.postnatal = vec![
            PostnatalVisit { id: "kf2".into(), from_day: 3, until_day: 7, ..PostnatalVisit::default() },
            PostnatalVisit {
                id: "kn1".into(),
                whom: Whom::Baby,
                from_day: 0,
                until_day: 2,
                ..PostnatalVisit::default()
            },
        ];
        let born = date("2026-02-27");
        let plan = postnatal_plan(&s, born, born);
        assert_eq!(plan[0].visit.id, "kn1");
        assert_eq!((plan[0].from, plan[0].until, plan[0].status), (born, date("2026-03-01"), Status::DueNow));
        assert_eq!(
            (plan[1].from, plan[1].until, plan[1].status),
            (date("2026-03-02"), date("2026-03-06"), Status::Upcoming)
        );
    }
}
