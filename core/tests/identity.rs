//! What residents type into identity, phone, money and date fields: what is accepted, what it becomes,
//! and that a refusal tells them what to fix.

use layanan_core::base::date::CivilDate;
use layanan_core::base::format;
use layanan_core::base::identity::*;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> CivilDate {
    CivilDate::new(y, m, day).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 11, 22);

fn today() -> CivilDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

/// The refusal's message in both languages, for asserting on what the resident reads.
fn refused<T: std::fmt::Debug>(r: Result<T, Invalid>) -> (String, String) {
    let m = r.expect_err("should be refused").message;
    assert!(!m.id.is_empty() && !m.en.is_empty(), "both languages are written");
    (m.id, m.en)
}

#[test]
fn niks_copied_from_a_card_are_accepted_and_decoded() {
    let table = [
        ("3201121708900001", Sex::Male, d(1990, 8, 17)),
        ("3201 1217 0890 0001", Sex::Male, d(1990, 8, 17)),
        ("32.01.12.170890.0001", Sex::Male, d(1990, 8, 17)),
        (" 3201125708900002 ", Sex::Female, d(1990, 8, 17)),
        ("3201122902000003", Sex::Male, d(2000, 2, 29)),
        ("9401126902000003", Sex::Female, d(2000, 2, 29)),
        ("1101014101260001", Sex::Female, d(2026, 1, 1)),
    ];
    for (input, sex, born) in table {
        let nik = parse_nik(input).unwrap_or_else(|e| panic!("{input}: {:?}", e.message));
        assert_eq!(nik.as_str().len(), 16, "{input}");
        assert!(!nik.as_str().contains([' ', '.']), "{input}");
        assert_eq!(nik.sex(), Some(sex), "{input}");
        assert_eq!(nik.birth_date(today()), Some(born), "{input}");
        assert!(!nik.is_temporary());
    }
}

#[test]
fn the_century_is_the_latest_one_not_in_the_future() {
    let born = |nik: &str| parse_nik(nik).unwrap().birth_date(today());
    assert_eq!(born("3201121203250001"), Some(d(2025, 3, 12)));
    assert_eq!(born("3201121203270001"), Some(d(1927, 3, 12)));
    assert_eq!(born("3201122211260001"), Some(d(2026, 11, 22)), "born today");
    assert_eq!(born("3201122311260001"), Some(d(1926, 11, 23)), "tomorrow in 2026 means 1926");
}

#[test]
fn wrong_niks_are_refused_with_what_to_fix() {
    let table = [
        ("", "belum diisi"),
        ("320112170890000", "15 angka"),
        ("32011217089000012", "17 angka"),
        ("3201121708900O01", "huruf O"),
        ("9901121708900001", "(99) bukan kode provinsi"),
        ("2001121708900001", "(20) bukan kode provinsi"),
        ("3201123208900001", "bukan tanggal"),
        ("3201127208900001", "bukan tanggal"),
        ("3201121713900001", "bukan tanggal"),
        ("3201123102900001", "bukan tanggal"),
        ("3201122902010001", "bukan tanggal"),
        ("3201121708900000", "0000"),
        ("0990112200100015", "NIK sementara"),
    ];
    for (input, says) in table {
        let (id, _) = refused(parse_nik(input));
        assert!(id.contains(says), "{input}: {id}");
    }
}

#[test]
fn a_temporary_nik_is_accepted_but_flagged() {
    let nik = parse_nik("0320112200100015").unwrap();
    assert!(nik.is_temporary());
    assert_eq!(nik.sex(), None);
    assert_eq!(nik.birth_date(today()), None);
    let warnings = nik_warnings(&nik, Some(d(1990, 8, 17)), Some(Sex::Male));
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].about, NikWarningAbout::Temporary);
    assert!(warnings[0].message.id.contains("Disdukcapil"));
}

#[test]
fn a_nik_that_disagrees_with_the_form_is_a_warning_not_an_error() {
    let man = parse_nik("3201121708900001").unwrap();
    assert_eq!(nik_warnings(&man, Some(d(1990, 8, 17)), Some(Sex::Male)), vec![]);
    assert_eq!(nik_warnings(&man, None, None), vec![]);

    let about = |w: Vec<NikWarning>| w.into_iter().map(|w| w.about).collect::<Vec<_>>();
    assert_eq!(about(nik_warnings(&man, Some(d(1990, 8, 18)), None)), [NikWarningAbout::BirthDate]);
    assert_eq!(about(nik_warnings(&man, None, Some(Sex::Female))), [NikWarningAbout::Sex]);
    assert_eq!(
        about(nik_warnings(&man, Some(d(1991, 8, 17)), Some(Sex::Female))),
        [NikWarningAbout::BirthDate, NikWarningAbout::Sex]
    );

    let woman = parse_nik("3201125708900002").unwrap();
    assert_eq!(nik_warnings(&woman, Some(d(1990, 8, 17)), Some(Sex::Female)), vec![], "the +40 is undone");
    let w = nik_warnings(&woman, Some(d(1990, 8, 16)), None);
    assert!(w[0].message.id.contains("17-08-90") && w[0].message.id.contains("16-08-90"), "{:?}", w[0].message);
    // The sex warning says which is which, in both languages.
    let w = nik_warnings(&man, None, Some(Sex::Female));
    assert_eq!(
        w[0].message.id,
        "Menurut NIK, pemiliknya laki-laki, tetapi yang dipilih perempuan. Periksa lagi keduanya. Bila di KTP memang begitu, lanjutkan saja dan beri tahu petugas."
    );
    assert_eq!(
        w[0].message.en,
        "The NIK belongs to someone male, but female was chosen. Check both again. If your KTP really says so, carry on and tell the officer."
    );
}

#[test]
fn the_form_settles_the_century_the_nik_cannot() {
    let old = parse_nik("3201121203270001").unwrap();
    assert_eq!(nik_warnings(&old, Some(d(1927, 3, 12)), None), vec![]);
    assert_eq!(
        nik_warnings(&old, Some(d(2027, 3, 12)), None),
        vec![],
        "only day, month and two-digit year are compared"
    );
}

#[test]
fn family_card_numbers() {
    assert_eq!(parse_kk("3201 1220 0115 0003").unwrap().as_str(), "3201122001150003");
    assert_eq!(parse_kk("3201122902000003").unwrap().as_str(), "3201122902000003");
    let table = [
        ("320112200115", "12 angka"),
        ("0001122001150003", "(00) bukan kode provinsi"),
        ("3201125708900001", "tampaknya NIK"),
        ("3201123208900001", "tidak cocok"),
        ("3201121713900001", "tidak cocok"),
    ];
    for (input, says) in table {
        let (id, _) = refused(parse_kk(input));
        assert!(id.contains(says), "{input}: {id}");
    }
}

#[test]
fn mobile_numbers_in_every_usual_form_become_one() {
    for input in [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "0812.3456.7890",
        "+6281234567890",
        "+62 812-3456-7890",
        "6281234567890",
        "62 812 3456 7890",
        "+62 0812 3456 7890",
        "81234567890",
    ] {
        let phone = parse_phone(input).unwrap_or_else(|e| panic!("{input}: {:?}", e.message));
        assert_eq!(phone.as_str(), "+6281234567890", "{input}");
        assert_eq!(phone.national(), "0812-3456-7890");
    }
    assert_eq!(parse_phone("0812345678").unwrap().as_str(), "+62812345678", "10 digits is the shortest");
    assert_eq!(parse_phone("0812345678901").unwrap().national(), "0812-3456-78901", "13 digits is the longest");
    assert_eq!(parse_phone("0895 1234 5678").unwrap().as_str(), "+6289512345678");
}

#[test]
fn wrong_mobile_numbers_are_refused_with_what_to_fix() {
    let table = [
        ("", "belum diisi"),
        ("08123456789012", "terlalu panjang"),
        ("081234567", "terlalu pendek"),
        ("0212345678", "bukan nomor HP"),
        ("0841234567", "bukan nomor HP"),
        ("0801234567", "bukan nomor HP"),
        ("+6081234567890", "+62"),
        ("06281234567890", "Jangan tulis 0 di depan 62"),
        ("0812abc4567", "hanya berisi angka"),
        ("0812+34567890", "hanya berisi angka"),
    ];
    for (input, says) in table {
        let (id, _) = refused(parse_phone(input));
        assert!(id.contains(says), "{input}: {id}");
    }
}

#[test]
fn rupiah_amounts_written_every_usual_way() {
    let table = [
        ("1500000", 1_500_000),
        ("1.500.000", 1_500_000),
        ("Rp 1.500.000", 1_500_000),
        ("Rp1.500.000,-", 1_500_000),
        ("Rp. 1.500.000,00", 1_500_000),
        ("Rp 1.500.000.-", 1_500_000),
        ("Rp 1.500.000 ,-", 1_500_000),
        ("IDR 750.000", 750_000),
        ("150000.00", 150_000),
        ("1,5 juta", 1_500_000),
        ("1.5 juta", 1_500_000),
        ("Rp 2 juta", 2_000_000),
        ("500 ribu", 500_000),
        ("1,5jt", 1_500_000),
        ("500rb", 500_000),
        ("50k", 50_000),
        ("2,25 Juta", 2_250_000),
        ("1,250 juta", 1_250_000),
        ("Rp 1,25 miliar", 1_250_000_000),
        ("0", 0),
        ("999", 999),
    ];
    for (input, rupiah) in table {
        assert_eq!(parse_rupiah(input).map_err(|e| e.message), Ok(rupiah), "{input}");
    }
}

#[test]
fn rupiah_that_could_be_misread_is_refused_not_guessed() {
    let table = [
        ("1,5", "koma"),
        ("1.5", "koma"),
        ("1500,50", "koma"),
        ("1,500,000", "koma"),
        ("-500", "minus"),
        ("Rp -1.500.000", "minus"),
        ("1.50.000", "setiap 3 angka"),
        ("1.500.00", "setiap 3 angka"),
        ("1 500 000", "setiap 3 angka"),
        ("2.500 ribu", "dua cara"),
        ("satu juta", "dengan angka"),
        ("1-2 juta", "dengan angka"),
        ("Rp 1-2 juta", "dengan angka"),
        ("-1 juta", "minus"),
        ("1.5.0 juta", "dengan angka"),
        ("Rp", "dengan angka"),
        ("12 dolar", "dengan angka"),
        ("1,2345 ribu", "rupiah utuh"),
        ("1000 miliar", "terlalu besar"),
        ("99999999999999999999999", "terlalu besar"),
    ];
    for (input, says) in table {
        let (id, _) = refused(parse_rupiah(input));
        assert!(id.contains(says), "{input}: {id}");
    }
}

#[test]
fn dates_typed_or_picked() {
    let table = [
        ("17/08/1990", d(1990, 8, 17)),
        ("17-08-1990", d(1990, 8, 17)),
        ("17.08.1990", d(1990, 8, 17)),
        ("1990-08-17", d(1990, 8, 17)),
        ("7/8/1990", d(1990, 8, 7)),
        (" 29/02/2024 ", d(2024, 2, 29)),
        ("2024/02/29", d(2024, 2, 29)),
        ("10112026", d(2026, 11, 10)),
        ("20261110", d(2026, 11, 10)),
        ("10 11 2026", d(2026, 11, 10)),
        ("17 Agustus 1990", d(1990, 8, 17)),
        ("17 agu 1990", d(1990, 8, 17)),
        ("5 Mei 2026", d(2026, 5, 5)),
        ("5 May 2026", d(2026, 5, 5)),
        ("10/11/2026", d(2026, 11, 10)),
    ];
    for (input, date) in table {
        assert_eq!(parse_date(input).map_err(|e| e.message), Ok(date), "{input}");
    }
    let table = [
        ("", "Tulis tanggal seperti"),
        ("17/08/90", "4 angka"),
        ("31/04/2024", "hanya sampai tanggal 30"),
        ("29/02/2023", "hanya sampai tanggal 28"),
        ("17/13/1990", "Bulan harus 1 sampai 12"),
        ("17/08/0990", "salah ketik"),
        ("17 Ag 1990", "Tulis tanggal seperti"),
        ("17 Augustus 1990", "Tulis tanggal seperti"),
        ("1011202", "Tulis tanggal seperti"),
        ("17/08-1990", "Tulis tanggal seperti"),
        ("100/08/1990", "Tulis tanggal seperti"),
    ];
    for (input, says) in table {
        let (id, _) = refused(parse_date(input));
        assert!(id.contains(says), "{input}: {id}");
    }
    let (_, en) = refused(parse_date("31/04/2024"));
    assert_eq!(en, "There is no day 31 in April 2024: that month has 30 days.");
}

#[test]
fn a_birth_date_cannot_be_in_the_future_and_an_event_not_in_the_past() {
    assert_eq!(parse_past_date("22/11/2026", today()).unwrap(), today());
    assert!(refused(parse_past_date("23/11/2026", today())).0.contains("belum terjadi"));
    assert_eq!(parse_upcoming_date("2026-11-22", today()).unwrap(), today());
    assert!(refused(parse_upcoming_date("21/11/2026", today())).0.contains("sudah lewat"));
}

#[test]
fn rt_rw_and_whole_numbers() {
    for (input, n) in [("3", 3), ("03", 3), ("003", 3), (" 12 ", 12), ("999", 999)] {
        assert_eq!(parse_rt_rw(input).map_err(|e| e.message), Ok(n), "{input}");
    }
    for input in ["", "0", "000", "1000", "3a", "-1", "RT 3"] {
        refused(parse_rt_rw(input));
    }
    for (input, n) in [("25", 25), ("1.200", 1200), ("0", 0)] {
        assert_eq!(parse_whole_number(input).map_err(|e| e.message), Ok(n), "{input}");
    }
    for input in ["2,5", "12.5", "lima", ""] {
        assert!(refused(parse_whole_number(input)).0.contains("bilangan bulat"), "{input}");
    }
    assert!(refused(parse_whole_number("-3")).0.contains("kurang dari nol"));
    assert!(refused(parse_whole_number("99999999999999999999")).0.contains("terlalu besar"));
}

/// Digits 1–2 of a NIK for a generated one: a few real province codes.
const PROVINCES: [&str; 6] = ["11", "21", "32", "53", "76", "94"];

proptest! {
    #[test]
    fn no_parser_panics_on_any_text(s in "\\PC*", t in ".{0,40}") {
        for input in [s.as_str(), t.as_str()] {
            let _ = parse_nik(input);
            let _ = parse_kk(input);
            let _ = parse_phone(input);
            let _ = parse_rupiah(input);
            let _ = parse_date(input);
            let _ = parse_past_date(input, today());
            let _ = parse_rt_rw(input);
            let _ = parse_whole_number(input);
        }
    }

    #[test]
    fn no_parser_panics_on_number_like_text(s in "[0-9 .,+\\-/RrpjutaibkJ]{0,30}") {
        let _ = parse_nik(&s);
        let _ = parse_kk(&s);
        let _ = parse_phone(&s);
        let _ = parse_rupiah(&s);
        let _ = parse_date(&s);
        let _ = parse_whole_number(&s);
    }

    #[test]
    fn a_normalised_phone_number_normalises_to_itself(
        second in "[1-35-9]",
        rest in "[0-9]{7,10}",
        prefix in prop::sample::select(vec!["0", "+62", "62", "+62 ", "62-"]),
        sep in prop::sample::select(vec!["", " ", "-", "."]),
    ) {
        let subscriber = format!("8{second}{rest}");
        let typed = format!("{prefix}{}{sep}{}", &subscriber[..3], &subscriber[3..]);
        let phone = parse_phone(&typed).unwrap();
        prop_assert_eq!(phone.as_str(), format!("+62{subscriber}"));
        prop_assert_eq!(parse_phone(phone.as_str()).unwrap(), phone.clone());
        prop_assert_eq!(parse_phone(&phone.national()).unwrap(), phone);
    }

    #[test]
    fn rupiah_as_the_app_prints_it_reads_back(amount in 0u64..=MAX_RUPIAH) {
        prop_assert_eq!(parse_rupiah(&format::rupiah(amount)).unwrap(), amount);
        prop_assert_eq!(parse_rupiah(&amount.to_string()).unwrap(), amount);
    }

    #[test]
    fn dates_read_back_in_every_accepted_form(days in -25_000i64..47_000) {
        let date = CivilDate::from_days_since_epoch(days);
        prop_assert_eq!(parse_date(&date.to_string()).unwrap(), date);
        let dmy = format!("{}/{}/{}", date.day(), date.month(), date.year());
        prop_assert_eq!(parse_date(&dmy).unwrap(), date);
    }

    #[test]
    fn a_nik_gives_back_the_sex_and_birth_date_it_was_made_from(
        province in prop::sample::select(PROVINCES.to_vec()),
        region in "[0-9]{4}",
        // Born within the last 100 years, where the two-digit year is unambiguous.
        days in -15_745i64..=20_414,
        female: bool,
        serial in 1u32..10_000,
    ) {
        let born = CivilDate::from_days_since_epoch(days);
        let day = born.day() + if female { 40 } else { 0 };
        let typed = format!("{province}{region}{day:02}{:02}{:02}{serial:04}", born.month(), born.year() % 100);
        let nik = parse_nik(&typed).unwrap();
        prop_assert_eq!(nik.sex(), Some(if female { Sex::Female } else { Sex::Male }));
        prop_assert_eq!(nik.birth_date(today()), Some(born));
        prop_assert!(nik_warnings(&nik, Some(born), nik.sex()).is_empty());
    }
}

/// The edges of each rule, where an off-by-one would accept a wrong number or refuse a right one.
#[test]
fn limits_are_exactly_where_the_rules_put_them() {
    // A KK day above 40 that is not a birth day plus 40 either (72 − 40 = 32) is a wrong number, not a NIK.
    let (id, _) = refused(parse_kk("3201127208900001"));
    assert!(id.contains("tidak cocok"), "{id}");
    // The count in the message is the count the resident typed, leading 0 included.
    let (id, en) = refused(parse_phone("081234567"));
    assert!(id.contains("ada 9 angka") && en.contains("9 digits"), "{id}");
    let (id, _) = refused(parse_phone("08123456789012"));
    assert!(id.contains("ada 14 angka"), "{id}");
    // The largest amount is accepted; one rupiah more is refused with the limit named.
    assert_eq!(parse_rupiah("100.000.000.000").map_err(|e| e.message), Ok(MAX_RUPIAH));
    let (id, _) = refused(parse_rupiah("100.000.000.001"));
    assert!(id.contains("lebih dari Rp100.000.000.000"), "{id}");
    let (id, _) = refused(parse_rupiah("999999999999999999"));
    assert!(id.contains("lebih dari"), "18 digits is read, then found too large: {id}");
    // Nine decimals with a word are read; ten are refused as unreadable, not rounded.
    assert_eq!(parse_rupiah("1,123456789 miliar").map_err(|e| e.message), Ok(1_123_456_789));
    let (id, _) = refused(parse_rupiah("1,1234567890 miliar"));
    assert!(id.contains("dengan angka"), "{id}");
    // A date with an empty part is refused with the example, not read as a year problem.
    for input in ["17-08-", "-08-1990", "17--1990"] {
        let (id, _) = refused(parse_date(input));
        assert!(id.starts_with("Tulis tanggal seperti"), "{input}: {id}");
    }
}
