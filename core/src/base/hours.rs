//! Opening hours: parsing the desa's own weekly hours and telling whether an office is open at a moment.
//!
//! Content writes a day as `"08.00-15.00"`, several spans as `"08.00-12.00, 13.00-15.00"`, or `"tutup"`.
//! Public holidays are not modelled: the office card says so.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Days in the order Indonesian calendars and content files use, Monday first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] =
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(i: usize) -> Weekday {
        Weekday::ALL[i % 7]
    }

    /// The key used in content files (`jam_buka.senin`), which is also the translation key suffix.
    pub fn key(self) -> &'static str {
        ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"][self.index()]
    }
}

/// One opening span within a day, in minutes after local midnight; `start < end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: u16,
    pub end: u16,
}

/// The hours of one day: no spans means closed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DayHours(pub Vec<Span>);

/// A clock time written the Indonesian way, `08.00`.
pub fn format_minutes(m: u16) -> String {
    format!("{:02}.{:02}", m / 60, m % 60)
}

fn parse_clock(s: &str) -> Result<u16, String> {
    let s = s.trim();
    let (h, m) = s.split_once(['.', ':']).ok_or_else(|| format!("jam \"{s}\" harus ditulis seperti 08.00"))?;
    let h: u16 = h.trim().parse().map_err(|_| format!("jam \"{s}\" tidak dikenali"))?;
    let m: u16 = m.trim().parse().map_err(|_| format!("menit \"{s}\" tidak dikenali"))?;
    if m > 59 || h > 24 || (h == 24 && m > 0) {
        return Err(format!("jam \"{s}\" di luar 00.00–24.00"));
    }
    Ok(h * 60 + m)
}

impl TryFrom<String> for DayHours {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("tutup") || text.is_empty() {
            return Ok(DayHours(Vec::new()));
        }
        let mut spans: Vec<Span> = Vec::new();
        for part in text.split(',') {
            let (a, b) = part
                .split_once(['-', '–'])
                .ok_or_else(|| format!("\"{}\" harus seperti 08.00-15.00 atau \"tutup\"", part.trim()))?;
            let span = Span { start: parse_clock(a)?, end: parse_clock(b)? };
            if span.start >= span.end {
                return Err(format!("\"{}\": jam tutup harus sesudah jam buka", part.trim()));
            }
            if spans.last().is_some_and(|prev| prev.end > span.start) {
                return Err(format!("\"{text}\": rentang jam harus berurutan dan tidak bertumpuk"));
            }
            spans.push(span);
        }
        Ok(DayHours(spans))
    }
}

impl From<DayHours> for String {
    fn from(d: DayHours) -> String {
        d.to_string()
    }
}

impl fmt::Display for DayHours {
    /// Writes the content form back (`"tutup"` for a closed day), so a bundle round-trips.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("tutup");
        }
        let parts: Vec<String> =
            self.0.iter().map(|s| format!("{}-{}", format_minutes(s.start), format_minutes(s.end))).collect();
        f.write_str(&parts.join(", "))
    }
}

/// Weekly opening hours as content files write them (`[jam_buka]` with one key per day).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeeklyHours {
    #[serde(rename = "senin", default)]
    pub monday: DayHours,
    #[serde(rename = "selasa", default)]
    pub tuesday: DayHours,
    #[serde(rename = "rabu", default)]
    pub wednesday: DayHours,
    #[serde(rename = "kamis", default)]
    pub thursday: DayHours,
    #[serde(rename = "jumat", default)]
    pub friday: DayHours,
    #[serde(rename = "sabtu", default)]
    pub saturday: DayHours,
    #[serde(rename = "minggu", default)]
    pub sunday: DayHours,
}

/// A moment in the office's own time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub day: Weekday,
    /// Minutes after local midnight, 0..1440.
    pub minute: u16,
}

impl LocalTime {
    /// Converts a UTC instant (milliseconds since 1970, as `Date.now()` gives) to local time at a fixed offset.
    pub fn from_utc_millis(millis: i64, offset_minutes: i32) -> LocalTime {
        let local_minutes = millis.div_euclid(60_000) + i64::from(offset_minutes);
        let days = local_minutes.div_euclid(1440);
        // 1970-01-01 was a Thursday (index 3 with Monday = 0).
        let day = Weekday::from_index((days + 3).rem_euclid(7) as usize);
        LocalTime { day, minute: local_minutes.rem_euclid(1440) as u16 }
    }
}

/// Whether an office is open now, and what to tell a resident either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenStatus {
    /// Open; closes at this minute today.
    Open { closes_at: u16 },
    /// Closed; opens again on that day at that minute (`None` if it never opens).
    Closed { next: Option<LocalTime> },
}

impl WeeklyHours {
    pub fn day(&self, day: Weekday) -> &DayHours {
        match day {
            Weekday::Mon => &self.monday,
            Weekday::Tue => &self.tuesday,
            Weekday::Wed => &self.wednesday,
            Weekday::Thu => &self.thursday,
            Weekday::Fri => &self.friday,
            Weekday::Sat => &self.saturday,
            Weekday::Sun => &self.sunday,
        }
    }

    /// Open if `now` falls in a span (start inclusive, end exclusive); otherwise the next opening,
    /// looking up to a full week ahead so "closed until next Monday" works from any day.
    pub fn status_at(&self, now: LocalTime) -> OpenStatus {
        if let Some(span) = self.day(now.day).0.iter().find(|s| s.start <= now.minute && now.minute < s.end) {
            return OpenStatus::Open { closes_at: span.end };
        }
        let later_today = self.day(now.day).0.iter().find(|s| s.start > now.minute);
        if let Some(span) = later_today {
            return OpenStatus::Closed { next: Some(LocalTime { day: now.day, minute: span.start }) };
        }
        let next = (1..=7).find_map(|ahead| {
            let day = Weekday::from_index(now.day.index() + ahead);
            self.day(day).0.first().map(|s| LocalTime { day, minute: s.start })
        });
        OpenStatus::Closed { next }
    }
}

/// The time zones of Indonesia, as the desa profile names them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeZone {
    #[default]
    WIB,
    WITA,
    WIT,
}

impl TimeZone {
    pub fn offset_minutes(self) -> i32 {
        match self {
            TimeZone::WIB => 7 * 60,
            TimeZone::WITA => 8 * 60,
            TimeZone::WIT => 9 * 60,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(s: &str) -> DayHours {
        DayHours::try_from(s.to_string()).unwrap()
    }

    fn office() -> WeeklyHours {
        WeeklyHours {
            monday: hours("08.00-15.00"),
            tuesday: hours("08.00-15.00"),
            wednesday: hours("08.00-15.00"),
            thursday: hours("08.00-15.00"),
            friday: hours("08.00-11.00, 13.00-15.00"),
            saturday: hours("tutup"),
            sunday: hours("tutup"),
        }
    }

    fn at(day: Weekday, h: u16, m: u16) -> LocalTime {
        LocalTime { day, minute: h * 60 + m }
    }

    #[test]
    fn parses_and_prints_day_hours() {
        assert_eq!(hours("08.00-15.00").0, vec![Span { start: 480, end: 900 }]);
        assert_eq!(hours(" 07:30 – 12:00 ").0, vec![Span { start: 450, end: 720 }]);
        assert_eq!(hours("Tutup").0, vec![]);
        assert_eq!(hours("08.00-11.00, 13.00-15.00").to_string(), "08.00-11.00, 13.00-15.00");
        assert_eq!(hours("tutup").to_string(), "tutup");
    }

    #[test]
    fn refuses_malformed_day_hours_with_a_reason() {
        for bad in ["8-15", "08.00", "15.00-08.00", "08.00-25.00", "08.61-09.00", "09.00-12.00, 11.00-13.00"] {
            let err = DayHours::try_from(bad.to_string()).unwrap_err();
            assert!(!err.is_empty(), "{bad} must be refused");
        }
    }

    #[test]
    fn open_within_a_span_and_closing_time_is_exclusive() {
        let o = office();
        assert_eq!(o.status_at(at(Weekday::Mon, 8, 0)), OpenStatus::Open { closes_at: 900 });
        assert_eq!(o.status_at(at(Weekday::Mon, 14, 59)), OpenStatus::Open { closes_at: 900 });
        assert_eq!(o.status_at(at(Weekday::Mon, 15, 0)), OpenStatus::Closed { next: Some(at(Weekday::Tue, 8, 0)) });
    }

    #[test]
    fn early_morning_points_to_later_the_same_day() {
        assert_eq!(
            office().status_at(at(Weekday::Wed, 6, 30)),
            OpenStatus::Closed { next: Some(at(Weekday::Wed, 8, 0)) }
        );
    }

    #[test]
    fn friday_break_points_to_the_afternoon_span() {
        assert_eq!(
            office().status_at(at(Weekday::Fri, 11, 30)),
            OpenStatus::Closed { next: Some(at(Weekday::Fri, 13, 0)) }
        );
    }

    #[test]
    fn weekend_points_to_monday_across_the_week_boundary() {
        let expected = OpenStatus::Closed { next: Some(at(Weekday::Mon, 8, 0)) };
        assert_eq!(office().status_at(at(Weekday::Fri, 15, 0)), expected);
        assert_eq!(office().status_at(at(Weekday::Sat, 10, 0)), expected);
        assert_eq!(office().status_at(at(Weekday::Sun, 23, 59)), expected);
    }

    #[test]
    fn only_open_on_the_same_weekday_finds_it_a_week_later() {
        let w = WeeklyHours { wednesday: hours("09.00-10.00"), ..WeeklyHours::default() };
        assert_eq!(w.status_at(at(Weekday::Wed, 11, 0)), OpenStatus::Closed { next: Some(at(Weekday::Wed, 9, 0)) });
        assert_eq!(WeeklyHours::default().status_at(at(Weekday::Wed, 11, 0)), OpenStatus::Closed { next: None });
    }

    #[test]
    fn utc_instants_convert_to_local_weekday_and_minute() {
        // 2026-11-22T16:13:00Z is Sunday 23:13 in WIB (UTC+7).
        let millis = 1_795_363_980_000;
        let t = LocalTime::from_utc_millis(millis, TimeZone::WIB.offset_minutes());
        assert_eq!(t, at(Weekday::Sun, 23, 13));
        // One hour later it is Monday 00:13 in WIB, while still Sunday in UTC.
        let t = LocalTime::from_utc_millis(millis + 3_600_000, TimeZone::WIB.offset_minutes());
        assert_eq!(t, at(Weekday::Mon, 0, 13));
        // The same instant is Monday 02:13 in WIT (UTC+9).
        let t = LocalTime::from_utc_millis(millis + 3_600_000, TimeZone::WIT.offset_minutes());
        assert_eq!(t, at(Weekday::Mon, 2, 13));
        // Before 1970 still maps to the right weekday: 1969-12-31T23:00Z is Thursday 06:00 WIB.
        let t = LocalTime::from_utc_millis(-3_600_000, TimeZone::WIB.offset_minutes());
        assert_eq!(t, at(Weekday::Thu, 6, 0));
    }
}
