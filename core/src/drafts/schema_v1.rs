//! Storage layout 1, the first one: answers as a list of `{id, value}` pairs, times as ISO 8601 text, no
//! revision counter and no profile.

use super::id::Id;
use super::migrate::Quarantine;
use super::schema_v2::V2;
use super::schema_v3::V3;
use crate::base::check::is_iso_date;
use crate::base::format::iso_date_parts;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct V1 {
    /// Always 1: read by `migrate` to pick this layout.
    #[serde(rename = "schema")]
    _schema: u32,
    id: Id,
    form: String,
    form_version: u32,
    created_at: String,
    updated_at: String,
    answers: Vec<Pair>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Pair {
    id: String,
    value: String,
}

impl V1 {
    pub fn upgrade(self) -> Result<V3, Quarantine> {
        let created = iso_to_millis(&self.created_at).ok_or(Quarantine::Invalid)?;
        let updated = iso_to_millis(&self.updated_at).ok_or(Quarantine::Invalid)?;
        let mut answers = BTreeMap::new();
        // Layout 1 stored cleared fields as empty values; layout 2 leaves them out.
        for pair in self.answers.into_iter().filter(|p| !p.value.is_empty()) {
            // Two different values for one field: which one the user meant is unknowable, so keep the raw entry.
            if answers.get(&pair.id).is_some_and(|v: &String| *v != pair.value) {
                return Err(Quarantine::Invalid);
            }
            answers.insert(pair.id, pair.value);
        }
        Ok(V2 {
            _schema: 2,
            id: self.id,
            form: self.form,
            form_version: self.form_version,
            // Every layout-1 draft had been written once; counting from 1 lets a tab that loaded it detect a change.
            revision: 1,
            created,
            updated,
            profile: None,
            answers,
        }
        .upgrade())
    }
}

/// `2026-05-01T08:30:00Z`, `2026-05-01T15:30:00.250+07:00`: milliseconds since 1970 (UTC).
fn iso_to_millis(text: &str) -> Option<i64> {
    let (date, time) = text.split_once('T')?;
    if !is_iso_date(date) {
        return None;
    }
    let (y, m, d) = iso_date_parts(date)?;
    let (clock, offset_minutes) = split_zone(time)?;
    let (hms, fraction) = clock.split_once('.').unwrap_or((clock, ""));
    let parts: Vec<&str> = hms.split(':').collect();
    let [h, min, s] = parts.as_slice() else { return None };
    let field = |t: &str, max: i64| t.parse::<i64>().ok().filter(|v| t.len() == 2 && (0..=max).contains(v));
    let (h, min, s) = (field(h, 23)?, field(min, 59)?, field(s, 59)?);
    let millis = fraction_millis(fraction)?;
    let seconds = days_from_civil(y, m, d) * 86_400 + h * 3_600 + min * 60 + s - offset_minutes * 60;
    Some(seconds * 1_000 + millis)
}

/// Splits `08:30:00Z` or `08:30:00+07:00` into the clock and the offset east of UTC in minutes.
fn split_zone(time: &str) -> Option<(&str, i64)> {
    if let Some(clock) = time.strip_suffix('Z') {
        return Some((clock, 0));
    }
    let at = time.len().checked_sub(6)?;
    let (clock, zone) = (time.get(..at)?, time.get(at..)?);
    let sign = match zone.as_bytes()[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (h, m) = zone[1..].split_once(':')?;
    let (h, m) = (h.parse::<i64>().ok().filter(|h| *h <= 14)?, m.parse::<i64>().ok().filter(|m| *m < 60)?);
    Some((clock, sign * (h * 60 + m)))
}

/// Up to millisecond precision; finer digits are dropped.
fn fraction_millis(fraction: &str) -> Option<i64> {
    if !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits: String = fraction.chars().chain("000".chars()).take(3).collect();
    digits.parse().ok()
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`).
fn days_from_civil(y: u32, m: u32, d: u32) -> i64 {
    let (y, m, d) = (i64::from(y) - i64::from(m <= 2), i64::from(m), i64::from(d));
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_times_become_utc_millis() {
        assert_eq!(iso_to_millis("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(iso_to_millis("2026-11-22T16:13:00Z"), Some(1_795_363_980_000));
        assert_eq!(iso_to_millis("2026-11-22T23:13:00+07:00"), Some(1_795_363_980_000));
        assert_eq!(iso_to_millis("2026-11-22T16:13:00.25Z"), Some(1_795_363_980_250));
        assert_eq!(iso_to_millis("2026-11-22T16:13:00.123456Z"), Some(1_795_363_980_123));
        assert_eq!(iso_to_millis("2024-02-29T12:00:00-03:30"), Some(1_709_220_600_000));
    }

    #[test]
    fn malformed_times_are_refused() {
        for bad in [
            "",
            "2026-11-22",
            "2026-11-22 16:13:00Z",
            "2026-02-30T00:00:00Z",
            "2026-11-22T24:00:00Z",
            "2026-11-22T16:13Z",
            "2026-11-22T16:13:00",
            "2026-11-22T16:13:00+0700",
            "2026-11-22T16:13:00.x1Z",
            "2026-11-22T1:13:00Z",
            "2026-11-22T16:13:00+99:00",
            "2026-11-22T16:13:00é00:00",
        ] {
            assert_eq!(iso_to_millis(bad), None, "{bad:?}");
        }
    }
}
