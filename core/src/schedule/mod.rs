//! Health schedules worked out offline from a date: a child's immunisations from the birth date, antenatal
//! and after-birth check-ups from the first day of the last period (HPHT), and Cek Kesehatan Gratis by age.
//!
//! The schedules themselves are dated data in `content/jadwal/` (facts: research notes, domain §5), so a
//! change such as the hexavalent vaccine replacing DPT-HB-Hib is an edit there, not here. Nothing reads a
//! clock: every function takes `today`, which the app derives in the desa's time zone.

pub mod age;
pub mod ckg;
pub mod immunisation;
#[cfg(feature = "load")]
mod load;
pub mod pregnancy;
mod problems;
pub mod reminders;

/// Health schedules have pages under `/cek/` like the programme checkers, so services can link to them.
pub const SCHEDULE_CHECKERS: &[&str] = &["imunisasi", "kehamilan", "ckg"];

#[cfg(feature = "load")]
pub use load::load_schedules;
pub use problems::schedule_problems;

use crate::base::date::CivilDate;
use crate::base::lang::{Lang, Text};
use serde::{Deserialize, Serialize};

pub const IMMUNISATION_FILE: &str = "jadwal/imunisasi.toml";
pub const PREGNANCY_FILE: &str = "jadwal/kehamilan.toml";
pub const CKG_FILE: &str = "jadwal/ckg.toml";

/// The three schedule files, checked.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Schedules {
    pub immunisation: immunisation::ImmunisationSchedule,
    pub pregnancy: pregnancy::PregnancySchedule,
    pub ckg: ckg::CkgSchedule,
}

/// Where today falls against a recommended window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// "Akan datang": the window has not opened.
    Upcoming,
    /// "Waktunya": today is inside the window.
    DueNow,
    /// "Sudah lewat": the window has closed; a missed dose or check-up can usually still be caught up.
    Past,
    /// "Terlambat untuk dosis ini": past an upper age limit after which the dose must not be given
    /// (rotavirus). Only doses with such a limit reach it.
    TooLateForThisDose,
}

impl Status {
    /// Status against a window whose first and last days both count.
    pub fn of_window(from: CivilDate, until: CivilDate, today: CivilDate) -> Status {
        if today < from {
            Status::Upcoming
        } else if today <= until {
            Status::DueNow
        } else {
            Status::Past
        }
    }
}

/// A source named once per file and cited by id from its entries (`sumber = ["p2p"]`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    #[serde(rename = "judul")]
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// The days a rule is in force, both ends included; a missing end is open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Period {
    pub from: Option<CivilDate>,
    pub until: Option<CivilDate>,
}

impl Period {
    pub fn contains(self, date: CivilDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.until.is_none_or(|u| date <= u)
    }

    pub fn overlaps(self, other: Period) -> bool {
        let starts_before_other_ends = match (self.from, other.until) {
            (Some(f), Some(u)) => f <= u,
            _ => true,
        };
        let other_starts_before_self_ends = match (other.from, self.until) {
            (Some(f), Some(u)) => f <= u,
            _ => true,
        };
        starts_before_other_ends && other_starts_before_self_ends
    }
}

/// Why a date a resident typed cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not a date; says how to write one (or what is wrong with it: "hanya sampai tanggal 30").
    NotADate(Text),
    BirthInFuture,
    HphtInFuture,
    /// The HPHT was more than [`pregnancy::LONGEST_PREGNANCY_DAYS`] days ago; `weeks` is how long ago.
    HphtTooLongAgo {
        weeks: u32,
    },
}

const LONGEST_WEEKS: i64 = pregnancy::LONGEST_PREGNANCY_DAYS / 7;

impl DateError {
    /// What to tell the resident, in plain words.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (DateError::NotADate(how), lang) => how.get(lang).to_string(),
            (DateError::BirthInFuture, Lang::Id) => "Tanggal lahir tidak boleh sesudah hari ini.".into(),
            (DateError::BirthInFuture, Lang::En) => "The date of birth cannot be after today.".into(),
            (DateError::HphtInFuture, Lang::Id) => {
                "Hari pertama haid terakhir (HPHT) tidak boleh sesudah hari ini.".into()
            }
            (DateError::HphtInFuture, Lang::En) => {
                "The first day of the last menstrual period cannot be after today.".into()
            }
            (DateError::HphtTooLongAgo { weeks }, Lang::Id) => format!(
                "Tanggal ini {weeks} minggu yang lalu. Aplikasi hanya menghitung kehamilan sampai {LONGEST_WEEKS} minggu. \
                 Periksa lagi tanggalnya. Bila bayi sudah lahir, lihat jadwal nifas dan imunisasi."
            ),
            (DateError::HphtTooLongAgo { weeks }, Lang::En) => format!(
                "This date was {weeks} weeks ago. The app only counts a pregnancy up to {LONGEST_WEEKS} weeks. \
                 Check the date again. If the baby is already born, see the after-birth and immunisation schedules."
            ),
        }
    }
}

/// Reads a date as residents type it (`10/11/2026`, `10112026`, `10 November 2026`).
pub fn read_date(input: &str) -> Result<CivilDate, DateError> {
    crate::base::identity::parse_date(input).map_err(|e| DateError::NotADate(e.message))
}

/// Reads a birth date, refusing one after today.
pub fn read_birth_date(input: &str, today: CivilDate) -> Result<CivilDate, DateError> {
    let birth = read_date(input)?;
    if birth > today {
        return Err(DateError::BirthInFuture);
    }
    Ok(birth)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> CivilDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_window_counts_its_first_and_last_day() {
        let (from, until) = (date("2026-03-01"), date("2026-03-31"));
        assert_eq!(Status::of_window(from, until, date("2026-02-28")), Status::Upcoming);
        assert_eq!(Status::of_window(from, until, from), Status::DueNow);
        assert_eq!(Status::of_window(from, until, until), Status::DueNow);
        assert_eq!(Status::of_window(from, until, date("2026-04-01")), Status::Past);
    }

    #[test]
    fn periods_include_both_ends_and_open_ends_run_forever() {
        let old = Period { from: None, until: Some(date("2025-12-31")) };
        let new = Period { from: Some(date("2026-01-01")), until: None };
        assert!(old.contains(date("2025-12-31")) && !old.contains(date("2026-01-01")));
        assert!(new.contains(date("2026-01-01")) && !new.contains(date("2025-12-31")));
        assert!(!old.overlaps(new) && !new.overlaps(old));
        let shared_day = Period { from: Some(date("2025-12-31")), until: None };
        assert!(old.overlaps(shared_day) && shared_day.overlaps(old));
        assert!(Period::default().overlaps(new));
    }

    #[test]
    fn typed_dates_are_refused_with_a_reason() {
        let today = date("2026-11-22");
        assert_eq!(read_birth_date("2026-11-22", today), Ok(today));
        assert_eq!(read_birth_date("2026-11-23", today), Err(DateError::BirthInFuture));
        assert_eq!(read_date("22/11/2026"), Ok(today), "typed the way residents write dates");
        assert_eq!(read_date("22112026"), Ok(today));
        let empty = read_birth_date("", today).unwrap_err();
        assert!(empty.message(Lang::Id).starts_with("Tulis tanggal seperti 17/08/1990"), "{empty:?}");
        let short_month = read_date("31/04/2026").unwrap_err();
        assert!(short_month.message(Lang::Id).contains("hanya sampai tanggal 30"), "{short_month:?}");
        assert_eq!(DateError::BirthInFuture.message(Lang::Id), "Tanggal lahir tidak boleh sesudah hari ini.");
        assert!(DateError::HphtTooLongAgo { weeks: 45 }.message(Lang::En).starts_with("This date was 45 weeks ago."));
    }
}
