//! Agenda activities as an iCalendar file (RFC 5545): one VEVENT per series with its RRULE and EXDATE, so the
//! phone's calendar repeats it by itself; a moved occurrence as an override with RECURRENCE-ID (not also in
//! EXDATE); explicit dates
//! as one VEVENT each. Times are the desa's local time with a one-rule VTIMEZONE (Indonesia has no daylight
//! saving); all-day activities are DATE values. The link back to the app goes into DESCRIPTION, because phone
//! calendars ignore URL.

use super::Event;
use crate::base::date::CivilDate;
use crate::base::hours::{Span, TimeZone};
use crate::base::ics::{escape_text, fold, utc_stamp};

pub const PRODID: &str = "-//Layanan Terpadu//Agenda Desa//ID";

fn tzid(zone: TimeZone) -> &'static str {
    match zone {
        TimeZone::WIB => "Asia/Jakarta",
        TimeZone::WITA => "Asia/Makassar",
        TimeZone::WIT => "Asia/Jayapura",
    }
}

/// What the file says about each activity besides its dates: in one language, with the app's address.
pub struct Wording<'a> {
    pub title: &'a str,
    pub place: &'a str,
    pub description: String,
}

/// The calendar file for `events`, each with its wording; `now_utc_millis` becomes DTSTAMP, `uid_domain`
/// ends every UID (`posyandu-balita-dusun-1@tanjung-barat`), so a newer file updates the same events.
pub fn calendar(events: &[(&Event, Wording)], zone: TimeZone, uid_domain: &str, now_utc_millis: i64) -> String {
    let stamp = utc_stamp(now_utc_millis);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let offset = zone.offset_minutes();
    if events.iter().any(|(e, _)| e.time.is_some()) {
        let utc_offset = format!("+{:02}{:02}", offset / 60, offset % 60);
        lines.extend([
            "BEGIN:VTIMEZONE".to_string(),
            format!("TZID:{}", tzid(zone)),
            "BEGIN:STANDARD".into(),
            "DTSTART:19700101T000000".into(),
            format!("TZOFFSETFROM:{utc_offset}"),
            format!("TZOFFSETTO:{utc_offset}"),
            format!("TZNAME:{zone:?}"),
            "END:STANDARD".into(),
            "END:VTIMEZONE".into(),
        ]);
    }
    for (event, words) in events {
        let span = event.time.as_ref().and_then(|t| t.0.first().copied());
        let at = |date: CivilDate| -> (String, String) {
            match span {
                Some(s) => (
                    format!(";TZID={}:{}", tzid(zone), local(date, s.start)),
                    format!(";TZID={}:{}", tzid(zone), local(date, s.end)),
                ),
                None => (
                    format!(";VALUE=DATE:{}", date.to_basic_string()),
                    format!(";VALUE=DATE:{}", date.add_days(1).to_basic_string()),
                ),
            }
        };
        let body = |lines: &mut Vec<String>, uid: &str, start: CivilDate| {
            let (dtstart, dtend) = at(start);
            lines.extend([
                "BEGIN:VEVENT".to_string(),
                format!("UID:{}", escape_text(uid)),
                format!("DTSTAMP:{stamp}"),
                format!("DTSTART{dtstart}"),
                format!("DTEND{dtend}"),
                format!("SUMMARY:{}", escape_text(words.title)),
                format!("LOCATION:{}", escape_text(words.place)),
                format!("DESCRIPTION:{}", escape_text(&words.description)),
            ]);
        };
        match &event.rule {
            Some(rule) => {
                let uid = format!("{}@{uid_domain}", event.id);
                body(&mut lines, &uid, rule.start);
                // UNTIL takes DTSTART's form: a date for all-day events, else the end of that day in UTC.
                let until = |d: CivilDate| match span {
                    Some(_) => utc_of(d, 24 * 60 - 1, offset) + "59Z",
                    None => d.to_basic_string(),
                };
                lines.push(format!("RRULE:{}", rule.rrule(until)));
                // Only skipped dates are excluded. A moved occurrence is not: its override below (RECURRENCE-ID)
                // replaces it, and readers that apply EXDATE after overrides drop an excluded override entirely.
                let mut skipped: Vec<CivilDate> = rule.except.clone();
                skipped.sort();
                if !skipped.is_empty() {
                    let (prefix, texts): (String, Vec<String>) = match span {
                        Some(s) => {
                            (format!(";TZID={}", tzid(zone)), skipped.iter().map(|d| local(*d, s.start)).collect())
                        }
                        None => (";VALUE=DATE".into(), skipped.iter().map(|d| d.to_basic_string()).collect()),
                    };
                    lines.push(format!("EXDATE{prefix}:{}", texts.join(",")));
                }
                lines.push("END:VEVENT".into());
                for m in &rule.moves {
                    body(&mut lines, &uid, m.to);
                    let (recurrence_id, _) = at(m.from);
                    lines.push(format!("RECURRENCE-ID{recurrence_id}"));
                    lines.push("END:VEVENT".into());
                }
            }
            None => {
                for date in &event.dates {
                    body(&mut lines, &format!("{}-{}@{uid_domain}", event.id, date.to_basic_string()), *date);
                    lines.push("END:VEVENT".into());
                }
            }
        }
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect()
}

/// `YYYYMMDDTHHMM00` in local time.
fn local(date: CivilDate, minute: u16) -> String {
    format!("{}T{:02}{:02}00", date.to_basic_string(), minute / 60, minute % 60)
}

/// `YYYYMMDDTHHMM` in UTC for a local date and minute (seconds added by the caller).
fn utc_of(date: CivilDate, minute: i32, offset: i32) -> String {
    let total = date.days_since_epoch() * 1440 + i64::from(minute) - i64::from(offset);
    let day = CivilDate::from_days_since_epoch(total.div_euclid(1440));
    let m = total.rem_euclid(1440);
    format!("{}T{:02}{:02}", day.to_basic_string(), m / 60, m % 60)
}

/// The span of an activity's time, for callers that word it.
pub fn span(event: &Event) -> Option<Span> {
    event.time.as_ref().and_then(|t| t.0.first().copied())
}
