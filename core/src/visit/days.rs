//! The day finder: the next dates on which every office of a plan is open, skipping the holidays in content.

use super::{Holiday, PlanOffice};
use crate::base::date::CivilDate;
use crate::base::hours::DayHours;

/// How far ahead the finder looks: two months covers the longest holiday season (Lebaran).
const HORIZON_DAYS: i64 = 62;

#[derive(Debug, PartialEq)]
pub struct OpenDay<'a> {
    pub date: CivilDate,
    /// Each office with known hours and its hours that day.
    pub hours: Vec<(&'a PlanOffice, &'a DayHours)>,
}

#[derive(Debug, PartialEq)]
pub struct DayFinding<'a> {
    pub days: Vec<OpenDay<'a>>,
    /// Offices with no hours in content: the days found leave them out, and the page says to ask first.
    pub unknown: Vec<&'a PlanOffice>,
    /// Holidays passed over on days the offices would otherwise be open.
    pub skipped: Vec<&'a Holiday>,
    /// Some day found lies after the holiday list ends, so a holiday there would not be known.
    pub beyond_holidays: bool,
}

/// Up to `want` dates from `from` (included) on which every office with known hours is open and which are no
/// holiday. With no office of known hours nothing is found: a date would promise what is not known.
pub fn open_days<'a>(
    offices: &[&'a PlanOffice],
    holidays: &'a [Holiday],
    holidays_until: CivilDate,
    from: CivilDate,
    want: usize,
) -> DayFinding<'a> {
    let known: Vec<(&PlanOffice, &crate::base::hours::WeeklyHours)> =
        offices.iter().filter_map(|o| Some((*o, o.hours.as_ref()?))).collect();
    let unknown = offices.iter().copied().filter(|o| o.hours.is_none()).collect();
    let mut finding = DayFinding { days: Vec::new(), unknown, skipped: Vec::new(), beyond_holidays: false };
    if known.is_empty() {
        return finding;
    }
    for ahead in 0..HORIZON_DAYS {
        if finding.days.len() >= want {
            break;
        }
        let date = from.add_days(ahead);
        let hours: Vec<_> = known.iter().map(|(o, h)| (*o, h.day(date.weekday()))).collect();
        if hours.iter().any(|(_, h)| h.0.is_empty()) {
            continue;
        }
        if let Some(holiday) = holidays.iter().find(|h| h.date == date) {
            finding.skipped.push(holiday);
            continue;
        }
        finding.beyond_holidays |= date > holidays_until;
        finding.days.push(OpenDay { date, hours });
    }
    finding
}
