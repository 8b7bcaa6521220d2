//! Calendar files (iCalendar, RFC 5545) so residents can put check-up and vaccine dates, with a reminder,
//! into their phone's calendar. The app offers the text as an `.ics` download; nothing is sent anywhere.

use crate::base::date::CivilDate;

/// Identifies the program that wrote the file; required by RFC 5545.
pub const PRODID: &str = "-//Layanan Terpadu//Jadwal Kesehatan//ID";

/// One all-day reminder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The same for the same person and the same dose or check-up, so importing a newer file updates the
    /// event instead of adding a copy. Made by [`stable_uid`].
    pub uid: String,
    pub date: CivilDate,
    pub summary: String,
    pub description: String,
}

/// The whole calendar file, with CRLF line ends. `now_utc_millis` (as `Date.now()` gives) becomes every
/// event's DTSTAMP; it is a parameter so that the output depends on nothing but the arguments.
pub fn calendar(events: &[Event], now_utc_millis: i64) -> String {
    let stamp = utc_stamp(now_utc_millis);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for e in events {
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", escape_text(&e.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", e.date.to_basic_string()),
            format!("DTEND;VALUE=DATE:{}", e.date.add_days(1).to_basic_string()),
            format!("SUMMARY:{}", escape_text(&e.summary)),
        ]);
        if !e.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape_text(&e.description)));
        }
        lines.extend([
            // A reminder, not a busy appointment.
            "TRANSP:TRANSPARENT".to_string(),
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            format!("DESCRIPTION:{}", escape_text(&e.summary)),
            // An all-day event starts at midnight: 15 hours before is 09:00 the day before, not the middle of the night.
            "TRIGGER:-PT15H".into(),
            "END:VALARM".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect()
}

/// A UID such as `imunisasi-pcv-1-8c2f…@layanan-terpadu`. The person is hashed so the file does not carry
/// their name in the clear; names are compared ignoring case and extra spaces, so "Budi " and "budi" match.
pub fn stable_uid(kind: &str, person: &[&str], item: &str) -> String {
    let key: Vec<String> =
        person.iter().map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()).collect();
    format!("{kind}-{item}-{:016x}@layanan-terpadu", fnv1a(key.join("\u{1f}").as_bytes()))
}

/// FNV-1a, 64 bit: stable across runs and platforms, which `std`'s hasher does not promise.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// `YYYYMMDDTHHMMSSZ`.
pub(crate) fn utc_stamp(millis: i64) -> String {
    let secs = millis.div_euclid(1000);
    let date = CivilDate::from_days_since_epoch(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{}T{:02}{:02}{:02}Z", date.to_basic_string(), s / 3600, s / 60 % 60, s % 60)
}

/// TEXT values escape backslash, semicolon, comma and line breaks; other control characters are not allowed.
pub(crate) fn escape_text(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Ends a content line with CRLF, folding it so no physical line exceeds 75 octets; a continuation line
/// starts with a space, and a multi-byte character is never split.
pub(crate) fn fold(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / LIMIT * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> CivilDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_small_calendar_is_exactly_this_text() {
        let events = [Event {
            uid: "imunisasi-mr-1-0123456789abcdef@layanan-terpadu".into(),
            date: date("2027-02-28"),
            summary: "Sari: MR 1".into(),
            description: "Bawa Buku KIA.".into(),
        }];
        // 2026-11-22T10:15:30Z
        let text = calendar(&events, 1_795_342_530_000);
        let expected = "BEGIN:VCALENDAR\r\n\
            VERSION:2.0\r\n\
            PRODID:-//Layanan Terpadu//Jadwal Kesehatan//ID\r\n\
            CALSCALE:GREGORIAN\r\n\
            METHOD:PUBLISH\r\n\
            BEGIN:VEVENT\r\n\
            UID:imunisasi-mr-1-0123456789abcdef@layanan-terpadu\r\n\
            DTSTAMP:20261122T101530Z\r\n\
            DTSTART;VALUE=DATE:20270228\r\n\
            DTEND;VALUE=DATE:20270301\r\n\
            SUMMARY:Sari: MR 1\r\n\
            DESCRIPTION:Bawa Buku KIA.\r\n\
            TRANSP:TRANSPARENT\r\n\
            BEGIN:VALARM\r\n\
            ACTION:DISPLAY\r\n\
            DESCRIPTION:Sari: MR 1\r\n\
            TRIGGER:-PT15H\r\n\
            END:VALARM\r\n\
            END:VEVENT\r\n\
            END:VCALENDAR\r\n";
        assert_eq!(text, expected);
    }

    #[test]
    fn an_empty_calendar_is_still_a_valid_file() {
        assert_eq!(
            calendar(&[], 0),
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Layanan Terpadu//Jadwal Kesehatan//ID\r\n\
             CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n"
        );
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
        assert_eq!(escape_text("tab\tok\u{7}"), "tab\tok");
        let text = calendar(
            &[Event {
                uid: "u".into(),
                date: date("2027-01-01"),
                summary: "HB-0, BCG; OPV".into(),
                description: String::new(),
            }],
            0,
        );
        assert!(text.contains("\r\nSUMMARY:HB-0\\, BCG\\; OPV\r\n"), "{text}");
        assert!(!text.contains("\r\nDESCRIPTION:\r\n"), "an empty description is left out");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("DESCRIPTION:{}", "a".repeat(200));
        let folded = fold(&line);
        let physical: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
        assert_eq!(physical.len(), 3);
        assert_eq!(physical[0].len(), 75);
        assert_eq!(physical[1].len(), 75);
        assert!(physical[1].starts_with(' ') && physical[2].starts_with(' '));
        let unfolded: String = physical.iter().enumerate().map(|(i, l)| if i == 0 { *l } else { &l[1..] }).collect();
        assert_eq!(unfolded, line);

        // "é" is two octets: at 74 octets used it does not fit in the last one, so it moves to the next line whole.
        let line = format!("{}é", "x".repeat(74));
        assert_eq!(fold(&line), format!("{}\r\n é\r\n", "x".repeat(74)));
        assert_eq!(fold(&"x".repeat(75)), format!("{}\r\n", "x".repeat(75)), "exactly 75 octets is not folded");
    }

    #[test]
    fn uids_are_stable_per_person_and_item_and_differ_otherwise() {
        let a = stable_uid("imunisasi", &["Budi", "2026-01-15"], "pcv-1");
        assert_eq!(a, stable_uid("imunisasi", &[" budi ", "2026-01-15"], "pcv-1"));
        assert!(a.starts_with("imunisasi-pcv-1-") && a.ends_with("@layanan-terpadu"), "{a}");
        assert!(!a.to_lowercase().contains("budi"), "the name is not in the clear");
        assert_ne!(a, stable_uid("imunisasi", &["Budi", "2026-01-15"], "pcv-2"));
        assert_ne!(a, stable_uid("imunisasi", &["Sari", "2026-01-15"], "pcv-1"));
        assert_ne!(a, stable_uid("imunisasi", &["Budi", "2026-01-16"], "pcv-1"));
        // A fixed value guards against the hash changing between versions, which would duplicate events.
        assert_eq!(stable_uid("x", &[], "y"), "x-y-cbf29ce484222325@layanan-terpadu");
    }

    #[test]
    fn the_timestamp_is_utc_and_handles_times_before_1970() {
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        assert_eq!(utc_stamp(-1000), "19691231T235959Z");
        assert_eq!(utc_stamp(1_795_342_530_999), "20261122T101530Z");
    }
}
