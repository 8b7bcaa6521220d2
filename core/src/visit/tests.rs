use super::*;
use crate::base::hours::WeeklyHours;
use crate::catalog::{DocumentForm, Ready, VisitStep};

fn text(s: &str) -> Text {
    Text { id: s.into(), en: s.into() }
}

fn step(office: &str, purpose: &str) -> VisitStep {
    VisitStep { office: office.into(), purpose: text(purpose), ..Default::default() }
}

fn doc(key: &str, form: DocumentForm, copies: u32, office: &str, condition: Option<&str>) -> PlanDocument {
    PlanDocument {
        key: key.into(),
        name: text(key),
        condition: condition.map(text),
        form,
        copies,
        office: office.into(),
    }
}

fn weekdays(hours: &str, friday: &str) -> WeeklyHours {
    let day = |h: &str| h.to_string().try_into().expect("valid hours");
    WeeklyHours {
        monday: day(hours),
        tuesday: day(hours),
        wednesday: day(hours),
        thursday: day(hours),
        friday: day(friday),
        saturday: day("tutup"),
        sunday: day("tutup"),
    }
}

fn date(s: &str) -> CivilDate {
    CivilDate::parse_iso(s).expect("a date")
}

/// Birth certificate (desa letter, then Disdukcapil), new KK and child ID card: the three a new parent needs.
fn planner() -> Planner {
    use DocumentForm::*;
    let office =
        |id: &str, hours: Option<WeeklyHours>| PlanOffice { id: id.into(), name: text(&format!("Kantor {id}")), hours };
    Planner {
        services: vec![
            PlanService {
                id: "akta".into(),
                name: text("Akta kelahiran"),
                steps: vec![step("desa", "Minta surat keterangan kelahiran"), step("dukcapil", "Serahkan berkas")],
                documents: vec![
                    doc("kk", OriginalAndCopy, 1, "dukcapil", None),
                    doc("kk", Copy, 1, "desa", None),
                    doc("ktp", Original, 0, "dukcapil", None),
                    doc("paspor", Original, 0, "dukcapil", Some("jika orang tua WNA")),
                ],
            },
            PlanService {
                id: "kk-baru".into(),
                name: text("KK baru"),
                steps: vec![
                    step("rt", "Minta pengantar RT"),
                    step("desa", "Minta pengantar desa"),
                    step("dukcapil", "Serahkan berkas"),
                ],
                documents: vec![
                    doc("kk", Copy, 1, "dukcapil", None),
                    doc("ktp", OriginalAndCopy, 2, "dukcapil", None),
                    doc("pengantar", Original, 0, "desa", None),
                    doc("ktp", Original, 0, "desa", Some("jika pindah datang")),
                ],
            },
            PlanService {
                id: "kia".into(),
                name: text("KIA"),
                steps: vec![step("dukcapil", "Minta KIA")],
                documents: vec![
                    doc("kk", Copy, 1, "dukcapil", Some("jika anak belum tercatat")),
                    doc("kia#0", Original, 0, "dukcapil", None),
                ],
            },
        ],
        offices: vec![
            office("desa", Some(weekdays("08.00-15.00", "08.00-11.00"))),
            office("dukcapil", Some(weekdays("08.00-14.00", "08.00-11.00"))),
            office("rt", None),
        ],
        holidays: vec![Holiday { date: date("2026-12-25"), name: text("Natal"), ..Default::default() }],
        holidays_until: date("2026-12-31"),
    }
}

fn chosen(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[test]
fn offices_are_visited_in_an_order_every_service_keeps() {
    let p = planner();
    let plan = plan(&p, &chosen(&["kia", "akta", "kk-baru"]));
    let order: Vec<&str> = plan.stops.iter().map(|s| s.office.id.as_str()).collect();
    // KIA alone would start at Disdukcapil, but the other two need the desa (and the RT) first.
    assert_eq!(order, ["rt", "desa", "dukcapil"]);
    let dukcapil = &plan.stops[2];
    let tasks: Vec<&str> = dukcapil.tasks.iter().map(|(s, _)| s.id.as_str()).collect();
    assert_eq!(tasks, ["kia", "akta", "kk-baru"]);
    assert!(plan.notes.is_empty(), "{:?}", plan.notes);
}

#[test]
fn photocopies_are_summed_per_office_and_an_original_counts_once() {
    let p = planner();
    let plan = plan(&p, &chosen(&["akta", "kk-baru", "kia"]));
    let kk = plan.bring.iter().find(|b| b.key == "kk").expect("KK is on the list");
    assert!(kk.original);
    let per_office: Vec<(&str, u32)> = kk.copies.iter().map(|(o, n)| (o.id.as_str(), *n)).collect();
    assert_eq!(per_office, [("desa", 1), ("dukcapil", 2)]);
    assert_eq!(kk.total_copies(), 3);
    // The KIA's "if the child is not yet listed" copy is a situation of its own: extra copies are named.
    assert_eq!(kk.conditional.len(), 1);
    assert_eq!(kk.conditional[0].condition, Some(text("jika anak belum tercatat")));

    let ktp = plan.bring.iter().find(|b| b.key == "ktp").expect("KTP is on the list");
    assert!(ktp.original);
    assert_eq!(ktp.total_copies(), 2);
    // "Show the KTP if moving in": the original comes anyway, so the situation adds nothing.
    assert!(ktp.conditional.is_empty());

    let dukcapil = plan.stops.iter().find(|s| s.office.id == "dukcapil").expect("a stop");
    let kk_there: Vec<(bool, u32, usize)> = dukcapil
        .items
        .iter()
        .filter(|i| i.key == "kk" && i.condition.is_none())
        .map(|i| (i.original, i.copies, i.services.len()))
        .collect();
    assert_eq!(kk_there, [(true, 2, 2)]);
}

#[test]
fn a_document_asked_only_in_a_situation_stays_conditional() {
    let p = planner();
    let plan = plan(&p, &chosen(&["akta"]));
    let passport = plan.bring.iter().find(|b| b.key == "paspor").expect("the passport line");
    assert!(!passport.original);
    assert!(passport.copies.is_empty());
    assert_eq!(passport.conditional.len(), 1);
    let words = Words {
        original: "asli".into(),
        copies: "fotokopi {jumlah} lembar".into(),
        copies_for: "{jumlah} untuk {kantor}".into(),
        only_if: "{apa} ({syarat})".into(),
        ..Default::default()
    };
    assert_eq!(text::bring_line(passport, &words, Lang::Id), "paspor: asli (jika orang tua WNA)");
    let kk = plan.bring.iter().find(|b| b.key == "kk").expect("KK");
    assert_eq!(
        text::bring_line(kk, &words, Lang::Id),
        "kk: asli; fotokopi 2 lembar (1 untuk Kantor desa, 1 untuk Kantor dukcapil)"
    );
}

use crate::base::lang::Lang;

#[test]
fn a_letter_ready_another_day_and_an_in_person_step_are_said() {
    let mut p = planner();
    p.services[0].steps[0].ready = Ready::AnotherDay;
    p.services[2].steps[0].in_person = true;
    let plan = plan(&p, &chosen(&["akta", "kia"]));
    let notes: Vec<String> = plan
        .notes
        .iter()
        .map(|n| match n {
            Note::AnotherDay { service, office, next } => format!("{} {}→{}", service.id, office.id, next.id),
            Note::InPerson { service, office } => format!("{} in person at {}", service.id, office.id),
            Note::OrderConflict { .. } => "conflict".into(),
        })
        .collect();
    assert_eq!(notes, ["akta desa→dukcapil", "kia in person at dukcapil"]);
}

#[test]
fn services_that_disagree_on_order_keep_the_first_chosen_and_say_so() {
    let mut p = planner();
    p.services.push(PlanService {
        id: "aneh".into(),
        name: text("Aneh"),
        steps: vec![step("dukcapil", "a"), step("desa", "b")],
        documents: Vec::new(),
    });
    let plan = plan(&p, &chosen(&["akta", "aneh"]));
    let order: Vec<&str> = plan.stops.iter().map(|s| s.office.id.as_str()).collect();
    assert_eq!(order, ["desa", "dukcapil"]);
    assert!(
        matches!(plan.notes.as_slice(), [Note::OrderConflict { first, second }] if first.id == "desa" && second.id == "dukcapil")
    );
}

#[test]
fn unknown_and_repeated_services_are_dropped_from_a_saved_plan() {
    let p = planner();
    assert_eq!(super::chosen(Some("akta, hilang,akta,kia"), &p), ["akta", "kia"]);
    assert!(super::chosen(None, &p).is_empty());
    assert!(plan(&p, &[]).stops.is_empty());
}

#[test]
fn the_day_finder_skips_weekends_holidays_and_short_days_and_leaves_out_offices_without_hours() {
    let p = planner();
    let offices: Vec<&PlanOffice> = p.offices.iter().collect();
    // Thursday 24 December 2026: then Christmas (Friday) is a holiday, the weekend closed, Monday open.
    let found = open_days(&offices, &p.holidays, p.holidays_until, date("2026-12-24"), 3);
    let days: Vec<String> = found.days.iter().map(|d| d.date.to_string()).collect();
    assert_eq!(days, ["2026-12-24", "2026-12-28", "2026-12-29"]);
    assert_eq!(found.skipped.iter().map(|h| h.name.id.as_str()).collect::<Vec<_>>(), ["Natal"]);
    assert_eq!(found.unknown.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), ["rt"]);
    assert!(!found.beyond_holidays);
    let hours: Vec<String> = found.days[0].hours.iter().map(|(o, h)| format!("{} {h}", o.id)).collect();
    assert_eq!(hours, ["desa 08.00-15.00", "dukcapil 08.00-14.00"]);

    // Past the end of the holiday list the days are still found, and flagged.
    let later = open_days(&offices, &p.holidays, p.holidays_until, date("2026-12-31"), 2);
    assert_eq!(later.days.iter().map(|d| d.date.to_string()).collect::<Vec<_>>(), ["2026-12-31", "2027-01-01"]);
    assert!(later.beyond_holidays);
}

#[test]
fn an_office_closed_on_a_weekday_moves_the_common_day() {
    let mut p = planner();
    p.offices[1].hours.as_mut().expect("hours").wednesday = "tutup".to_string().try_into().expect("valid");
    let offices: Vec<&PlanOffice> = p.offices[..2].iter().collect();
    // Tuesday 1 December: open; Wednesday 2: Disdukcapil closed; Thursday 3: open.
    let found = open_days(&offices, &p.holidays, p.holidays_until, date("2026-12-01"), 2);
    assert_eq!(found.days.iter().map(|d| d.date.to_string()).collect::<Vec<_>>(), ["2026-12-01", "2026-12-03"]);
}

#[test]
fn with_no_office_hours_known_no_day_is_promised() {
    let p = planner();
    let rt: Vec<&PlanOffice> = p.offices.iter().filter(|o| o.id == "rt").collect();
    let found = open_days(&rt, &p.holidays, p.holidays_until, date("2026-12-01"), 3);
    assert!(found.days.is_empty());
    assert_eq!(found.unknown.len(), 1);
}

#[test]
fn the_plan_text_lists_what_to_bring_the_visits_in_order_and_the_days() {
    let p = planner();
    let plan = plan(&p, &chosen(&["akta"]));
    let offices: Vec<&PlanOffice> = plan.stops.iter().map(|s| s.office).collect();
    let days = open_days(&offices, &p.holidays, p.holidays_until, date("2026-12-24"), 1);
    let words = Words {
        title: "Rencana kunjungan".into(),
        bring: "Yang dibawa".into(),
        original: "asli".into(),
        copies: "fotokopi {jumlah} lembar".into(),
        copies_for: "{jumlah} untuk {kantor}".into(),
        only_if: "{apa} ({syarat})".into(),
        visits: "Urutan kunjungan".into(),
        open_days: "Hari semua kantor buka".into(),
    };
    let text = plan_text(&plan, Some(&days), &words, Lang::Id);
    assert_eq!(
        text,
        "*Rencana kunjungan*\n\n*Yang dibawa*\n\
         - kk: asli; fotokopi 2 lembar (1 untuk Kantor desa, 1 untuk Kantor dukcapil)\n\
         - ktp: asli\n\
         - paspor: asli (jika orang tua WNA)\n\n\
         *Urutan kunjungan*\n\
         1. Kantor desa\n   - Akta kelahiran: Minta surat keterangan kelahiran\n\
         2. Kantor dukcapil\n   - Akta kelahiran: Serahkan berkas\n\n\
         *Hari semua kantor buka*\n- Kamis, 24 Desember 2026\n"
    );
}
