use super::calendar::{calendar, Wording};
use super::recurrence::{Day, Freq, Move, Rule};
use super::*;
use crate::base::hours::TimeZone;

fn d(s: &str) -> CivilDate {
    s.parse().unwrap()
}

fn text(s: &str) -> Text {
    Text { id: s.into(), en: String::new() }
}

fn event(id: &str, kind: Kind, dusun: &[&str]) -> Event {
    Event {
        id: id.into(),
        kind,
        title: text(id),
        summary: text("Ringkasan"),
        dusun: dusun.iter().map(|s| s.to_string()).collect(),
        place: text("Balai Dusun I"),
        time: Some(DayHours::try_from("08.00-11.00".to_string()).unwrap()),
        audience: text("Balita"),
        bring: vec![text("Buku KIA")],
        organiser: text("Kader posyandu"),
        services: vec!["posyandu".into()],
        sources: vec![],
        checked: d("2026-11-22"),
        example: true,
        dates: vec![],
        rule: None,
    }
}

/// Posyandu on the second Tuesday, skipping 8 Dec 2026 and moving 10 Mar 2026 to the Thursday.
fn posyandu() -> Event {
    Event {
        rule: Some(Rule {
            start: d("2026-01-13"),
            freq: Freq::Monthly,
            interval: 1,
            days: vec![Day::try_from("selasa".to_string()).unwrap()],
            nth: Some(2),
            month_day: None,
            months: vec![],
            until: Some(d("2027-12-31")),
            count: None,
            except: vec![d("2026-12-08")],
            moves: vec![Move {
                from: d("2026-03-10"),
                to: d("2026-03-12"),
                reason: text("Balai desa dipakai pemilihan"),
            }],
        }),
        ..event("posyandu-melati", Kind::Posyandu, &["dusun-1"])
    }
}

#[test]
fn skipped_and_moved_dates_are_applied_and_the_move_says_why() {
    let e = posyandu();
    let dates: Vec<String> =
        e.occurrences(d("2026-02-01"), d("2026-04-30")).iter().map(|o| o.date.to_string()).collect();
    assert_eq!(dates, ["2026-02-10", "2026-03-12", "2026-04-14"]);
    let moved = e.occurrences(d("2026-03-01"), d("2026-03-31"));
    assert_eq!(
        moved[0].moved.map(|(from, why)| (from.to_string(), why.id.clone())),
        Some(("2026-03-10".into(), "Balai desa dipakai pemilihan".into()))
    );
    assert!(e.occurrences(d("2026-12-01"), d("2026-12-31")).is_empty(), "8 December is skipped");
    assert_eq!(e.occurrences(d("2028-01-01"), d("2028-12-31")), vec![], "nothing after the end date");
}

#[test]
fn lists_are_in_date_and_time_order_and_filter_by_kind_and_dusun() {
    let mut gotong = event("gotong-royong", Kind::GotongRoyong, &[]);
    gotong.time = None;
    gotong.dates = vec![d("2026-02-10"), d("2026-02-15")];
    let mut sampah = event("bank-sampah", Kind::BankSampah, &["dusun-2"]);
    sampah.time = Some(DayHours::try_from("07.00-09.00".to_string()).unwrap());
    sampah.dates = vec![d("2026-02-10")];
    let events = vec![posyandu(), gotong, sampah];
    let ids = |f: &Filter| -> Vec<String> {
        between(&events, f, d("2026-02-09"), d("2026-02-15"))
            .iter()
            .map(|o| format!("{} {}", o.date, o.event.id))
            .collect()
    };
    assert_eq!(
        ids(&Filter::default()),
        [
            "2026-02-10 gotong-royong",
            "2026-02-10 bank-sampah",
            "2026-02-10 posyandu-melati",
            "2026-02-15 gotong-royong"
        ],
        "all-day first, then by start time"
    );
    let dusun_1 = Filter { dusun: Some("dusun-1".into()), ..Filter::default() };
    assert_eq!(
        ids(&dusun_1),
        ["2026-02-10 gotong-royong", "2026-02-10 posyandu-melati", "2026-02-15 gotong-royong"],
        "the whole desa's activities too"
    );
    let kind = Filter { kind: Some(Kind::BankSampah), ..Filter::default() };
    assert_eq!(ids(&kind), ["2026-02-10 bank-sampah"]);
}

#[test]
fn this_week_this_month_and_next_month_from_a_given_day() {
    // Tuesday 1 December 2026.
    let [week, month, next] = periods(d("2026-12-01"));
    assert_eq!((week.0.to_string(), week.1.to_string()), ("2026-12-01".into(), "2026-12-06".into()));
    assert_eq!((month.0.to_string(), month.1.to_string()), ("2026-12-07".into(), "2026-12-31".into()));
    assert_eq!((next.0.to_string(), next.1.to_string()), ("2027-01-01".into(), "2027-01-31".into()));
    // A week that runs into the next month: the rest of this month is empty, next month starts after Sunday.
    let [week, month, next] = periods(d("2026-12-30"));
    assert_eq!(week.1, d("2027-01-03"));
    assert!(month.0 > month.1);
    assert_eq!((next.0, next.1), (d("2027-01-04"), d("2027-01-31")));
}

#[test]
fn the_content_check_names_what_is_wrong() {
    let dusun = vec![Dusun { id: "dusun-1".into(), name: "Dusun I".into() }];
    let mut no_date = event("kosong", Kind::Lainnya, &["dusun-9"]);
    no_date.services = vec!["tidak-ada".into()];
    let both = Event { dates: vec![d("2026-01-13")], ..posyandu() };
    let found = problems(&[posyandu(), no_date, both, posyandu()], &dusun, &["posyandu"]);
    let messages: Vec<String> = found.iter().map(|(id, field, m)| format!("{id} {field}: {m}")).collect();
    assert!(messages.iter().any(|m| m.starts_with("kosong tanggal:")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("dusun \"dusun-9\"")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("layanan \"tidak-ada\"")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("tidak keduanya")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("dipakai dua kali")), "{messages:?}");
    assert!(problems(&[posyandu()], &dusun, &["posyandu"]).is_empty());
}

fn wording(e: &Event) -> Wording<'_> {
    Wording {
        title: &e.title.id,
        place: &e.place.id,
        description: "Bawa: Buku KIA, KTP; jadwal lengkap di https://desa.example/agenda/posyandu-melati/".into(),
    }
}

#[test]
fn a_series_becomes_one_event_with_its_rule_skipped_dates_and_the_moved_one() {
    let e = posyandu();
    let ics = calendar(&[(&e, wording(&e))], TimeZone::WIB, "tanjung-barat", 1_780_000_000_000);
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "every line ends with CRLF");
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "folded at 75 octets: {line}");
    }
    let unfolded = ics.replace("\r\n ", "");
    for expected in [
        "BEGIN:VTIMEZONE\r\nTZID:Asia/Jakarta\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700",
        "UID:posyandu-melati@tanjung-barat\r\nDTSTAMP:20260528T202640Z\r\nDTSTART;TZID=Asia/Jakarta:20260113T080000\r\nDTEND;TZID=Asia/Jakarta:20260113T110000",
        // The last day ends at 23:59:59 WIB, which is 16:59:59 UTC.
        "RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T165959Z",
        "EXDATE;TZID=Asia/Jakarta:20261208T080000\r\n",
        "DTSTART;TZID=Asia/Jakarta:20260312T080000",
        "RECURRENCE-ID;TZID=Asia/Jakarta:20260310T080000",
        // Escaped: comma and semicolon.
        "DESCRIPTION:Bawa: Buku KIA\\, KTP\\; jadwal lengkap di https://desa.example/agenda/posyandu-melati/",
    ] {
        assert!(unfolded.contains(expected), "missing {expected:?} in\n{unfolded}");
    }
    assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), 2, "the series and its one moved occurrence");
    // The moved date is replaced by its override, never also excluded: calendar readers that apply EXDATE
    // after overrides (python's recurring_ical_events) would otherwise drop the moved occurrence.
    assert!(!unfolded.contains("EXDATE;TZID=Asia/Jakarta:20260310"), "{unfolded}");
}

#[test]
fn explicit_dates_and_all_day_activities_use_dates() {
    let mut e = event("gotong-royong", Kind::GotongRoyong, &[]);
    e.time = None;
    e.dates = vec![d("2026-02-15"), d("2026-03-15")];
    let ics = calendar(&[(&e, wording(&e))], TimeZone::WIB, "tanjung-barat", 0).replace("\r\n ", "");
    assert!(!ics.contains("VTIMEZONE"), "no time zone needed for dates");
    assert!(ics.contains("UID:gotong-royong-20260215@tanjung-barat\r\nDTSTAMP:19700101T000000Z\r\nDTSTART;VALUE=DATE:20260215\r\nDTEND;VALUE=DATE:20260216"));
    assert!(ics.contains("UID:gotong-royong-20260315@tanjung-barat"));
    let mut yearly = event("hut-ri", Kind::GotongRoyong, &[]);
    yearly.time = None;
    yearly.rule =
        Some(Rule { month_day: Some(17), months: vec![8], until: Some(d("2030-08-17")), ..posyandu().rule.unwrap() });
    yearly.rule.as_mut().unwrap().start = d("2026-08-17");
    yearly.rule.as_mut().unwrap().freq = Freq::Yearly;
    yearly.rule.as_mut().unwrap().days = vec![];
    yearly.rule.as_mut().unwrap().nth = None;
    yearly.rule.as_mut().unwrap().except = vec![];
    yearly.rule.as_mut().unwrap().moves = vec![];
    let ics = calendar(&[(&yearly, wording(&yearly))], TimeZone::WITA, "x", 0).replace("\r\n ", "");
    assert!(ics.contains("RRULE:FREQ=YEARLY;BYMONTHDAY=17;BYMONTH=8;UNTIL=20300817\r\n"), "{ics}");
}
