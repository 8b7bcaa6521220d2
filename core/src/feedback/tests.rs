use super::*;
use crate::base::date::CivilDate;
use crate::forms::Answers;

fn date() -> CivilDate {
    CivilDate::parse_iso("2026-12-01").expect("a date")
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn entry(service: &str, helpful: u8, elements: Option<[u8; 9]>, key: &str) -> Entry {
    Entry { service: service.into(), helpful, elements, date: date(), key: key.into() }
}

#[test]
fn a_rating_alone_and_a_full_survey_make_their_lines() {
    let quick = answers(&[("layanan", "sktm"), ("membantu", "3"), ("komentar", "Cepat, terima kasih")]);
    assert_eq!(
        machine_line(&quick, date(), "3F9A1C0D22E4B7A8").as_deref(),
        Some("#TBFB1 l=sktm b=3 t=20261201 k=3f9a1c")
    );
    let mut full = quick.clone();
    for (i, f) in ELEMENT_FIELDS.iter().enumerate() {
        full.insert(f.to_string(), ["3", "4", "4", "4", "3", "3", "4", "3", "4"][i].into());
    }
    assert_eq!(
        machine_line(&full, date(), "3f9a1c").as_deref(),
        Some("#TBFB1 l=sktm b=3 u=344433434 t=20261201 k=3f9a1c")
    );
    // Eight of nine elements is not a survey: the line carries the rating only.
    full.remove("u9");
    assert_eq!(machine_line(&full, date(), "3f9a1c").as_deref(), Some("#TBFB1 l=sktm b=3 t=20261201 k=3f9a1c"));
    assert_eq!(machine_line(&answers(&[("layanan", "sktm")]), date(), "3f9a1c"), None, "no rating, no line");
    let other = answers(&[("layanan", "lainnya"), ("membantu", "1")]);
    assert_eq!(machine_line(&other, date(), "ab12").as_deref(), Some("#TBFB1 l=lainnya b=1 t=20261201 k=ab12"));
}

#[test]
fn lines_are_read_back_from_pasted_and_forwarded_messages() {
    let text = "Umpan balik layanan\nLayanan: SKTM\nApakah layanan ini membantu?: Membantu\n#TBFB1 l=sktm b=3 u=344433434 t=20261201 k=3f9a1c\n\n\
                [1/12/26 10.02] Bu Sri: Umpan balik layanan\n*#TBFB1*  l=akta-kelahiran\nb=4   T=2026-12-01 K=AB12CD\n\
                #tbfb1 l=kia b=2 u=3,3,2,2,4,3,3,2,1 t=20261130 k=99ff00 terima kasih";
    let parsed = parse_lines(text);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(
        parsed.entries,
        [
            entry("sktm", 3, Some([3, 4, 4, 4, 3, 3, 4, 3, 4]), "3f9a1c"),
            entry("akta-kelahiran", 4, None, "ab12cd"),
            Entry {
                date: CivilDate::parse_iso("2026-11-30").expect("a date"),
                ..entry("kia", 2, Some([3, 3, 2, 2, 4, 3, 3, 2, 1]), "99ff00")
            },
        ]
    );
    // What the app writes, it reads.
    for e in &parsed.entries {
        assert_eq!(parse_lines(&e.to_line()).entries, std::slice::from_ref(e));
    }
}

#[test]
fn a_damaged_line_is_named_with_its_reason_and_the_rest_is_read() {
    let text = "#TBFB1 l=sktm b=5 t=20261201 k=abcd\n#TBFB1 l=sktm b=3 u=34443343 t=20261201 k=abce\n#TBFB1 l=sktm b=3 t=20261301 k=abcf\n\
                #TBFB1 l=sktm b=3 t=20261201\n#TBFB1 l=pkh b=4 t=20261201 k=abd0";
    let parsed = parse_lines(text);
    assert_eq!(
        parsed.errors,
        [(1, LineError::BadRating), (2, LineError::BadElements), (3, LineError::BadDate), (4, LineError::MissingKey)]
    );
    assert_eq!(parsed.entries, [entry("pkh", 4, None, "abd0")]);
    assert!(parse_lines("Terima kasih atas pelayanannya").entries.is_empty());
}

#[test]
fn the_index_follows_the_regulation_and_grades_at_its_bounds() {
    let all = |d: u8| entry("sktm", 4, Some([d; 9]), "");
    let (_, total) = tally(&[Entry { key: "a".into(), ..all(4) }]);
    // 4 × 0.111 × 9 × 25 = 99.9: the regulation's rounded weight, not 100.
    assert!((total.ikm().expect("an index") - 99.9).abs() < 1e-9);
    assert_eq!(total.grade(), Some(Grade::A));
    let (_, total) = tally(&[Entry { key: "a".into(), ..all(3) }]);
    assert!((total.ikm().expect("an index") - 74.925).abs() < 1e-9);
    assert_eq!(total.grade(), Some(Grade::C));
    // The bounds, judged at two decimals.
    assert_eq!(Grade::of(88.31), Grade::A);
    assert_eq!(Grade::of(88.304), Grade::B);
    assert_eq!(Grade::of(76.61), Grade::B);
    assert_eq!(Grade::of(76.60), Grade::C);
    assert_eq!(Grade::of(65.0), Grade::C);
    assert_eq!(Grade::of(64.99), Grade::D);
}

#[test]
fn the_tally_averages_per_service_and_counts_a_message_pasted_twice_once() {
    let entries = [
        entry("sktm", 3, Some([3, 4, 4, 4, 3, 3, 4, 3, 4]), "k1"),
        entry("sktm", 4, Some([4, 4, 3, 4, 4, 4, 4, 4, 2]), "k2"),
        entry("sktm", 2, None, "k3"),
        entry("sktm", 3, Some([3, 4, 4, 4, 3, 3, 4, 3, 4]), "k1"),
        entry("akta-kelahiran", 1, None, "k4"),
    ];
    let (services, total) = tally(&entries);
    assert_eq!(services.iter().map(|t| t.service.as_str()).collect::<Vec<_>>(), ["akta-kelahiran", "sktm"]);
    let sktm = &services[1];
    assert_eq!((sktm.responses, sktm.surveys, sktm.helpful), (3, 2, [0, 1, 1, 1]));
    assert_eq!(sktm.helpful_mean(), Some(3.0));
    assert_eq!(sktm.element_means().expect("means"), [3.5, 4.0, 3.5, 4.0, 3.5, 3.5, 4.0, 3.5, 3.0]);
    // Σ NRR = 32.5; × 0.111 × 25 = 90.1875.
    assert!((sktm.ikm().expect("an index") - 90.1875).abs() < 1e-9);
    assert_eq!(sktm.grade(), Some(Grade::A));
    assert_eq!(services[0].ikm(), None, "no full survey, no index");
    assert_eq!((total.responses, total.surveys), (4, 2));

    let csv = csv(
        &services,
        &total,
        &|id| if id == "sktm" { "SKTM, surat keterangan".into() } else { "Akta \"lahir\"".into() },
        "Semua layanan",
    );
    let rows: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(rows[0], "layanan,nama,tanggapan,membantu_rata,survei,u1,u2,u3,u4,u5,u6,u7,u8,u9,ikm,mutu");
    assert_eq!(rows[1], "akta-kelahiran,\"Akta \"\"lahir\"\"\",1,1.00,0,,,,,,,,,,,");
    assert_eq!(
        rows[2],
        "sktm,\"SKTM, surat keterangan\",3,3.00,2,3.50,4.00,3.50,4.00,3.50,3.50,4.00,3.50,3.00,90.19,A"
    );
    assert_eq!(rows[3], ",Semua layanan,4,2.50,2,3.50,4.00,3.50,4.00,3.50,3.50,4.00,3.50,3.00,90.19,A");
    assert_eq!(rows[4], "");
}
