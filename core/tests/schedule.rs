//! The real schedules in `content/jadwal/` load and pass the check, give residents the plans the research
//! notes describe, and the check catches the mistakes staff are likely to make, naming file and field.

use layanan_core::base::check::parse_toml;
use layanan_core::base::date::CivilDate;
use layanan_core::base::ics::calendar;
use layanan_core::base::lang::Lang;
use layanan_core::schedule::ckg::{ckg_for_person, ckg_for_pregnancy, CkgSchedule};
use layanan_core::schedule::immunisation::{immunisation_plan, Dose, ImmunisationSchedule};
use layanan_core::schedule::pregnancy::{postnatal_plan, pregnancy_plan, GestationalAge, Whom};
use layanan_core::schedule::reminders::{antenatal_events, ckg_events, immunisation_events, postnatal_events, Person};
use layanan_core::schedule::{
    load_schedules, schedule_problems, DateError, Schedules, Status, CKG_FILE, IMMUNISATION_FILE, PREGNANCY_FILE,
};
use std::path::Path;

fn real() -> Schedules {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    load_schedules(&dir).unwrap_or_else(|problems| {
        panic!(
            "content/jadwal has problems:\n{}",
            problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
        )
    })
}

fn date(s: &str) -> CivilDate {
    s.parse().unwrap()
}

fn ids<'a>(plan: &'a [Dose]) -> Vec<&'a str> {
    plan.iter().map(|d| d.vaccine.id.as_str()).collect()
}

fn dose<'a>(plan: &'a [Dose<'a>], id: &str) -> &'a Dose<'a> {
    plan.iter().find(|d| d.vaccine.id == id).unwrap_or_else(|| panic!("{id} not in the plan: {:?}", ids(plan)))
}

// ---------- The real files ----------

#[test]
fn the_real_schedules_load_and_pass_the_check() {
    let s = real();
    assert!(s.immunisation.doses.len() >= 20);
    assert_eq!(schedule_problems(&s), vec![]);
}

#[test]
fn the_bundle_survives_the_json_round_trip_the_build_uses() {
    let s = real();
    let back: Schedules = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(back, s);
}

#[test]
fn antenatal_care_is_six_visits_one_two_three_with_two_by_a_doctor() {
    let s = real().pregnancy;
    let per_trimester: Vec<usize> =
        s.trimesters.iter().map(|t| s.antenatal.iter().filter(|v| v.trimester == t.number).count()).collect();
    assert_eq!(per_trimester, [1, 2, 3]);
    let doctor: Vec<u8> = s.trimesters.iter().map(|t| t.doctor_visits).collect();
    assert_eq!(doctor, [1, 0, 1]);
    assert!(s.trimesters.iter().all(|t| t.unconfirmed), "trimester limits and doctor placement are unconfirmed");
}

// ---------- Immunisation ----------

#[test]
fn a_baby_born_today_can_have_the_birth_doses_now_and_everything_else_later() {
    let s = real();
    let today = date("2026-11-22");
    let plan = immunisation_plan(&s.immunisation, today, today);
    assert_eq!(plan[0].vaccine.id, "hb-0");
    assert_eq!((plan[0].status, plan[0].due_until), (Status::DueNow, date("2026-11-23")));
    assert_eq!((plan[1].vaccine.id.as_str(), plan[1].status), ("bcg", Status::DueNow), "BCG may be given from birth");
    assert!(plan[2..].iter().all(|d| d.status == Status::Upcoming));
    assert_eq!(
        ids(&plan),
        [
            "hb-0",
            "bcg",
            "opv-1",
            "opv-2",
            "heksavalen-1",
            "pcv-1",
            "rotavirus-1",
            "opv-3",
            "heksavalen-2",
            "pcv-2",
            "rotavirus-2",
            "opv-4",
            "heksavalen-3",
            "rotavirus-3",
            "mr-1",
            "ipv-2",
            "pcv-3",
            "heksavalen-4",
            "mr-2",
        ]
    );
    assert!(!ids(&plan).contains(&"je"), "JE is only given in endemic areas");
    let unconfirmed: Vec<&str> = plan.iter().filter(|d| d.vaccine.unconfirmed).map(|d| d.vaccine.id.as_str()).collect();
    assert_eq!(unconfirmed, ["opv-2", "opv-3", "opv-4", "ipv-2", "pcv-3", "heksavalen-4"]);
}

#[test]
fn the_hexavalent_switch_follows_the_due_date_the_day_before_and_the_day_of() {
    let s = real();
    // Two months after 31 October 2025 is 31 December 2025, the last day of DPT-HB-Hib.
    let plan = immunisation_plan(&s.immunisation, date("2025-10-31"), date("2025-11-01"));
    assert_eq!(dose(&plan, "dpt-hb-hib-1").due_from, date("2025-12-31"));
    assert!(!ids(&plan).contains(&"heksavalen-1"));
    assert!(ids(&plan).contains(&"heksavalen-2") && ids(&plan).contains(&"heksavalen-3"));
    assert!(!ids(&plan).contains(&"ipv-1"), "IPV 1 is due in 2026, inside the hexavalent vaccine");
    assert!(!dose(&plan, "opv-2").vaccine.unconfirmed);

    // Two months after 1 November 2025 is 1 January 2026, the first day of the hexavalent vaccine.
    let plan = immunisation_plan(&s.immunisation, date("2025-11-01"), date("2025-11-01"));
    assert_eq!(dose(&plan, "heksavalen-1").due_from, date("2026-01-01"));
    assert!(ids(&plan).iter().all(|id| !id.starts_with("dpt-hb-hib") && *id != "ipv-1"), "{:?}", ids(&plan));
    assert!(dose(&plan, "opv-2").vaccine.unconfirmed);
}

#[test]
fn babies_born_either_side_of_new_year_2026_both_get_the_hexavalent_vaccine() {
    let s = real();
    for born in ["2025-12-31", "2026-01-01"] {
        let plan = immunisation_plan(&s.immunisation, date(born), date(born));
        assert!(ids(&plan).contains(&"heksavalen-1"), "born {born}");
        assert!(!ids(&plan).contains(&"dpt-hb-hib-1"), "born {born}");
    }
}

#[test]
fn moving_the_switch_date_is_a_content_change_only() {
    let mut s = real().immunisation;
    // A desa in one of the provinces that started in October 2025 moves both ends of the switch.
    for d in &mut s.doses {
        if d.effective_until == Some(date("2025-12-31")) {
            d.effective_until = Some(date("2025-09-30"));
        }
        if d.effective_from == Some(date("2026-01-01")) {
            d.effective_from = Some(date("2025-10-01"));
        }
    }
    assert_eq!(schedule_problems(&Schedules { immunisation: s.clone(), ..real() }), vec![]);
    let plan = immunisation_plan(&s, date("2025-08-01"), date("2025-08-01"));
    assert_eq!(dose(&plan, "heksavalen-1").due_from, date("2025-10-01"));
}

#[test]
fn rotavirus_is_allowed_up_to_6_months_29_days_and_too_late_the_day_after() {
    let s = real();
    let born = date("2026-01-15");
    let limit = date("2026-08-13");
    let plan = immunisation_plan(&s.immunisation, born, limit);
    for id in ["rotavirus-1", "rotavirus-2", "rotavirus-3"] {
        assert_eq!(dose(&plan, id).last_allowed, Some(limit), "{id}");
        assert_eq!(dose(&plan, id).status, Status::Past, "{id} can still be caught up on the last day");
    }
    let plan = immunisation_plan(&s.immunisation, born, limit.add_days(1));
    for id in ["rotavirus-1", "rotavirus-2", "rotavirus-3"] {
        assert_eq!(dose(&plan, id).status, Status::TooLateForThisDose, "{id}");
    }
    assert_eq!(dose(&plan, "mr-1").status, Status::Upcoming, "other vaccines are unaffected");
    assert_eq!(dose(&plan, "pcv-1").status, Status::Past, "a missed dose without a limit is only past, not too late");
}

#[test]
fn month_end_and_leap_day_births_get_clamped_due_dates() {
    let s = real();
    let plan = immunisation_plan(&s.immunisation, date("2025-12-31"), date("2025-12-31"));
    assert_eq!(
        (dose(&plan, "pcv-1").due_from, dose(&plan, "pcv-1").due_until),
        (date("2026-02-28"), date("2026-03-30"))
    );
    assert_eq!(dose(&plan, "rotavirus-3").last_allowed, Some(date("2026-07-29")), "30 June + 29 days");

    let plan = immunisation_plan(&s.immunisation, date("2024-02-29"), date("2024-02-29"));
    assert_eq!(dose(&plan, "mr-1").due_from, date("2024-11-29"));
    assert_eq!(dose(&plan, "pcv-3").due_from, date("2025-02-28"), "the first birthday of a leap-day baby");
    assert_eq!(dose(&plan, "pcv-3").due_until, date("2025-03-28"));
    assert_eq!(dose(&plan, "mr-2").due_from, date("2025-08-29"));
}

// ---------- Pregnancy ----------

#[test]
fn a_pregnancy_in_the_second_trimester() {
    let s = real();
    let plan = pregnancy_plan(&s.pregnancy, date("2026-03-01"), date("2026-06-15")).unwrap();
    assert_eq!(plan.due_date, date("2026-12-06"));
    assert_eq!(plan.age, GestationalAge { weeks: 15, days: 1 });
    assert_eq!(plan.current.map(|t| t.number), Some(2));
    let rows: Vec<(u8, CivilDate, CivilDate, Status, usize)> =
        plan.trimesters.iter().map(|t| (t.trimester.number, t.from, t.until, t.status, t.visits.len())).collect();
    assert_eq!(
        rows,
        [
            (1, date("2026-03-01"), date("2026-05-30"), Status::Past, 1),
            (2, date("2026-05-31"), date("2026-08-22"), Status::DueNow, 2),
            (3, date("2026-08-23"), date("2026-12-06"), Status::Upcoming, 3),
        ]
    );
}

#[test]
fn an_impossible_hpht_gets_a_clear_message() {
    let s = real();
    let today = date("2026-11-22");
    let err = pregnancy_plan(&s.pregnancy, date("2026-12-01"), today).unwrap_err();
    assert_eq!(err.message(Lang::Id), "Hari pertama haid terakhir (HPHT) tidak boleh sesudah hari ini.");
    let err = pregnancy_plan(&s.pregnancy, date("2025-11-22"), today).unwrap_err();
    assert_eq!(err, DateError::HphtTooLongAgo { weeks: 52 });
    assert_eq!(
        err.message(Lang::Id),
        "Tanggal ini 52 minggu yang lalu. Aplikasi hanya menghitung kehamilan sampai 42 minggu. \
         Periksa lagi tanggalnya. Bila bayi sudah lahir, lihat jadwal nifas dan imunisasi."
    );
}

#[test]
fn after_birth_check_ups_for_mother_and_baby() {
    let s = real();
    let born = date("2026-11-22");
    let plan = postnatal_plan(&s.pregnancy, born, born);
    let rows: Vec<(&str, CivilDate, CivilDate, Status)> =
        plan.iter().map(|c| (c.visit.id.as_str(), c.from, c.until, c.status)).collect();
    assert_eq!(rows[0], ("kf-1", born, date("2026-11-24"), Status::DueNow));
    assert_eq!(rows[1], ("kn-1", born, date("2026-11-24"), Status::DueNow));
    assert_eq!(rows.last().unwrap(), &("kf-4", date("2026-12-21"), date("2027-01-03"), Status::Upcoming));
    assert_eq!(plan.iter().filter(|c| c.visit.whom == Whom::Baby).count(), 3);
    assert_eq!(plan.iter().filter(|c| c.visit.whom == Whom::Mother).count(), 4);
}

// ---------- Cek Kesehatan Gratis ----------

#[test]
fn ckg_for_a_newborn_a_teenager_an_adult_and_a_pregnant_woman() {
    let s = real();
    let today = date("2026-11-22");
    let list = |born: &str| -> Vec<(String, Status)> {
        ckg_for_person(&s.ckg, date(born), today).iter().map(|d| (d.package.id.clone(), d.status)).collect()
    };
    let due = |id: &str, st: Status| (id.to_string(), st);
    assert_eq!(
        list("2026-11-22"),
        [due("balita-kia", Status::DueNow), due("anak-0-6", Status::DueNow), due("bayi-baru-lahir", Status::Upcoming)]
    );
    assert_eq!(list("2008-12-01"), [due("anak-sekolah", Status::DueNow), due("dewasa", Status::Upcoming)]);
    assert_eq!(list("1990-05-05"), [due("dewasa", Status::DueNow)]);
    assert_eq!(list("1966-11-23"), [due("dewasa", Status::DueNow), due("lansia", Status::Upcoming)]);
    let pregnant: Vec<&str> = ckg_for_pregnancy(&s.ckg, today).iter().map(|p| p.id.as_str()).collect();
    assert_eq!(pregnant, ["ibu-hamil"]);
}

// ---------- Calendar ----------

#[test]
fn a_calendar_from_the_real_plans_is_well_formed() {
    let s = real();
    let today = date("2026-11-22");
    let child = Person { name: "Sari Dewi", date: today };
    let plan = immunisation_plan(&s.immunisation, today, today);
    let mut events = immunisation_events(child, &plan, &[], Lang::Id);
    let days: std::collections::BTreeSet<_> = events.iter().map(|e| e.date).collect();
    assert_eq!(days.len(), events.len(), "one event per visit day, never two on one day");
    assert_eq!(events.len(), 7, "1, 2, 3, 4, 9, 10 and 18 months: HB-0 and BCG can be given now");
    assert_eq!(events[0].summary, "Sari Dewi: Imunisasi: Polio tetes 1 (OPV 1)");
    assert_eq!(events[0].date, date("2026-12-22"));
    assert!(events[1].summary.contains("PCV 1") && events[1].summary.contains("Rotavirus 1"), "{}", events[1].summary);
    let given: Vec<String> = vec!["opv-1".into()];
    let after_tick = immunisation_events(child, &plan, &given, Lang::Id);
    assert_eq!(after_tick.len(), 6, "a dose ticked as given needs no reminder");
    let hpht = date("2026-09-01");
    let mother = Person { name: "Ani", date: hpht };
    let antenatal = antenatal_events(mother, &pregnancy_plan(&s.pregnancy, hpht, today).unwrap(), Lang::En);
    let summaries: Vec<&str> = antenatal.iter().map(|e| e.summary.as_str()).collect();
    assert_eq!(
        summaries,
        [
            "Ani: Second trimester: Antenatal check-up 2, Antenatal check-up 3",
            "Ani: Third trimester: Antenatal check-up 4, Antenatal check-up 5, Antenatal check-up 6",
        ],
        "11 weeks 5 days pregnant: the first trimester is now, so only the later two are reminders"
    );
    assert_eq!(antenatal[0].date, date("2026-12-01"));
    events.extend(antenatal);
    events.extend(postnatal_events(
        Person { name: "Ani", date: today },
        &postnatal_plan(&s.pregnancy, today, today),
        Lang::Id,
    ));
    events.extend(ckg_events(child, &ckg_for_person(&s.ckg, today, today), Lang::Id));

    let text = calendar(&events, 1_795_342_530_000);
    assert_eq!(text.matches("BEGIN:VEVENT").count(), events.len());
    assert_eq!(text.matches("BEGIN:VALARM").count(), events.len(), "one reminder per visit");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "every line ends with CRLF");
    assert!(text.split("\r\n").all(|line| line.len() <= 75), "every physical line is folded to 75 octets");
    assert!(text.contains("\r\n "), "the long notes are folded");
    let uids: std::collections::HashSet<&str> = text.lines().filter_map(|l| l.strip_prefix("UID:")).collect();
    assert_eq!(uids.len(), events.len(), "every event has its own UID");
}

#[test]
fn the_same_child_and_dose_keep_their_uid_on_another_day() {
    let s = real();
    let born = date("2026-11-22");
    let child = Person { name: "Sari", date: born };
    let early = immunisation_events(child, &immunisation_plan(&s.immunisation, born, born), &[], Lang::Id);
    let later =
        immunisation_events(child, &immunisation_plan(&s.immunisation, born, date("2027-02-01")), &[], Lang::En);
    let uid = |events: &[layanan_core::base::ics::Event], summary_part: &str| {
        events.iter().find(|e| e.summary.contains(summary_part)).map(|e| e.uid.clone()).unwrap()
    };
    assert_eq!(uid(&early, "MR 1"), uid(&later, "MR 1"));
    assert_ne!(uid(&early, "MR 1"), uid(&early, "MR 2"));
}

// ---------- The check catches staff mistakes ----------

const DOSE: &str = r#"
diperiksa = "2026-11-22"
[[sumber]]
id = "p2p"
judul = "Presentasi"
[[dosis]]
id = "mr-1"
nama = { id = "MR 1", en = "MR 1" }
umur = "9 bulan"
sebelum_umur = "10 bulan"
berlaku_sampai = "2025-12-31"
sumber = ["p2p"]
"#;

fn immunisation(text: &str) -> ImmunisationSchedule {
    parse_toml(IMMUNISATION_FILE, text).unwrap_or_else(|p| panic!("{p:?}"))
}

fn problems_in(immunisation: ImmunisationSchedule) -> Vec<String> {
    let s = Schedules { immunisation, ..real() };
    schedule_problems(&s).iter().map(|p| p.to_string()).collect()
}

#[test]
fn a_minimal_dose_passes() {
    assert_eq!(problems_in(immunisation(DOSE)), Vec::<String>::new());
}

#[test]
fn a_window_ending_before_it_starts_names_the_field() {
    let text = DOSE.replace(r#"sebelum_umur = "10 bulan""#, r#"sebelum_umur = "9 bulan""#);
    assert_eq!(
        problems_in(immunisation(&text)),
        ["jadwal/imunisasi.toml: dosis[0].sebelum_umur: \"9 bulan\" harus sesudah umur \"9 bulan\""]
    );
    let text = DOSE.replace(r#"sumber = ["p2p"]"#, "paling_lambat = \"8 bulan\"\nsumber = [\"p2p\"]");
    assert_eq!(
        problems_in(immunisation(&text)),
        ["jadwal/imunisasi.toml: dosis[0].paling_lambat: \"8 bulan\" harus sesudah umur \"9 bulan\""]
    );
}

#[test]
fn an_unreadable_age_points_at_the_line() {
    let text = DOSE.replace(r#"umur = "9 bulan""#, r#"umur = "sembilan bulan""#);
    let err = parse_toml::<ImmunisationSchedule>(IMMUNISATION_FILE, &text).unwrap_err();
    assert_eq!((err[0].file.as_str(), err[0].field.as_str()), (IMMUNISATION_FILE, "baris 9"));
    assert!(err[0].message.contains("sembilan bulan"), "{}", err[0].message);
}

#[test]
fn missing_translations_sources_and_unconfirmed_notes_are_reported() {
    let text = DOSE
        .replace(r#"nama = { id = "MR 1", en = "MR 1" }"#, r#"nama = { id = "MR 1", en = "" }"#)
        .replace(r#"sumber = ["p2p"]"#, "sumber = []\nbelum_pasti = true");
    assert_eq!(
        problems_in(immunisation(&text)),
        [
            "jadwal/imunisasi.toml: dosis[0].nama.en: terjemahan Bahasa Inggris belum ada",
            "jadwal/imunisasi.toml: dosis[0].sumber: sebutkan paling sedikit satu sumber",
            "jadwal/imunisasi.toml: dosis[0].catatan: yang belum pasti harus punya catatan: apa yang belum pasti dan apa yang harus dilakukan warga",
            "jadwal/imunisasi.toml: sumber[0].id: sumber \"p2p\" tidak dikutip oleh entri mana pun",
        ]
    );
    let text = DOSE.replace(r#"sumber = ["p2p"]"#, r#"sumber = ["p2p", "kompas"]"#);
    assert_eq!(
        problems_in(immunisation(&text)),
        ["jadwal/imunisasi.toml: dosis[0].sumber: sumber \"kompas\" tidak ada di daftar [[sumber]]"]
    );
}

#[test]
fn overlapping_periods_for_the_same_dose_are_refused_but_consecutive_ones_pass() {
    let second = "\n[[dosis]]\nid = \"mr-1\"\nnama = { id = \"MR 1\", en = \"MR 1\" }\numur = \"9 bulan\"\n\
                  sebelum_umur = \"10 bulan\"\nberlaku_mulai = \"START\"\nsumber = [\"p2p\"]\n";
    let next_day = format!("{DOSE}{}", second.replace("START", "2026-01-01"));
    assert_eq!(problems_in(immunisation(&next_day)), Vec::<String>::new());
    let same_day = format!("{DOSE}{}", second.replace("START", "2025-12-31"));
    assert_eq!(
        problems_in(immunisation(&same_day)),
        ["jadwal/imunisasi.toml: dosis[1].berlaku_mulai: dosis \"mr-1\" sudah berlaku pada tanggal yang sama di dosis[0]; \
          atur berlaku_mulai dan berlaku_sampai agar tidak bertumpuk"]
    );
    let backwards = DOSE.replace("berlaku_sampai", "berlaku_mulai = \"2026-01-01\"\nberlaku_sampai");
    assert_eq!(
        problems_in(immunisation(&backwards)),
        ["jadwal/imunisasi.toml: dosis[0].berlaku_sampai: 2025-12-31 lebih awal dari berlaku_mulai 2026-01-01"]
    );
}

#[test]
fn trimesters_must_follow_each_other_without_gaps_and_the_last_runs_to_the_birth() {
    let mut s = real();
    s.pregnancy.trimesters[1].from_week = 14;
    s.pregnancy.trimesters[2].until_week = Some(40);
    s.pregnancy.trimesters[0].doctor_visits = 2;
    s.pregnancy.antenatal[0].trimester = 4;
    let fields: Vec<String> = schedule_problems(&s).into_iter().map(|p| format!("{}: {}", p.file, p.field)).collect();
    assert_eq!(
        fields,
        [
            format!("{PREGNANCY_FILE}: trimester[0].periksa_dokter"),
            format!("{PREGNANCY_FILE}: trimester[1].mulai_minggu"),
            format!("{PREGNANCY_FILE}: trimester[2].sampai_minggu"),
            format!("{PREGNANCY_FILE}: periksa_hamil[0].trimester"),
        ]
    );
}

#[test]
fn ckg_packages_need_an_age_unless_they_are_for_pregnant_women() {
    let mut s = real();
    let pregnant = s.ckg.packages.iter().position(|p| p.pregnant).unwrap();
    s.ckg.packages[pregnant].from_age = s.ckg.packages[0].from_age;
    s.ckg.packages[0].from_age = None;
    s.ckg.packages[1].id = s.ckg.packages[0].id.clone();
    let fields: Vec<String> = schedule_problems(&s).into_iter().map(|p| format!("{}: {}", p.file, p.field)).collect();
    assert_eq!(
        fields,
        [
            format!("{CKG_FILE}: paket[0].id"),
            format!("{CKG_FILE}: paket[0].umur"),
            format!("{CKG_FILE}: paket[1].id"),
            format!("{CKG_FILE}: paket[{pregnant}].umur"),
        ]
    );
    let unknown_timing = parse_toml::<CkgSchedule>(
        CKG_FILE,
        "diperiksa = \"2026-11-22\"\nsumber = []\n[[paket]]\nid = \"x\"\n\
        nama = { id = \"x\", en = \"x\" }\nwaktu = \"tiap-bulan\"\ntempat = { id = \"x\", en = \"x\" }\nsumber = []\n",
    );
    assert!(unknown_timing.unwrap_err()[0].message.contains("tiap-bulan"));
}

#[test]
fn a_missing_schedule_file_is_named() {
    let dir = std::env::temp_dir().join("layanan-schedule-test-missing");
    std::fs::create_dir_all(dir.join("jadwal")).unwrap();
    let files: Vec<String> = load_schedules(&dir).unwrap_err().into_iter().map(|p| p.file).collect();
    assert_eq!(files, [IMMUNISATION_FILE, PREGNANCY_FILE, CKG_FILE]);
}
