//! The real `content/` folder must pass the content check, and the check must catch the mistakes
//! village staff are likely to make, naming the file and the field.

use layanan_core::base::check::parse_toml;
use layanan_core::content::{check, load, Content};
use layanan_core::village::Village;
use layanan_core::village::PROFILE_FILE;
use std::path::Path;

fn real_content() -> Content {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    match load(&dir) {
        Ok(c) => c,
        Err(problems) => {
            panic!("content/ has problems:\n{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))
        }
    }
}

#[test]
fn the_real_content_passes_the_check() {
    let c = real_content();
    assert_eq!(c.village.full_name(), "Desa Tanjung Barat");
    assert!(!c.village.opening_hours.monday.0.is_empty(), "the office opens on Mondays");
}

#[test]
fn every_service_programme_form_sector_life_event_activity_programme_and_article_has_its_page_once() {
    let c = real_content();
    let pages = layanan_core::content::pages(&c);
    let unique: std::collections::BTreeSet<&String> = pages.iter().collect();
    assert_eq!(unique.len(), pages.len(), "no page twice");
    let expected = c
        .services
        .iter()
        .map(|s| format!("/layanan/{}", s.id))
        .chain(c.aid_programmes.iter().map(|p| format!("/cek/{}", p.id)))
        .chain(c.forms.iter().map(|f| format!("/formulir/{}", f.id)))
        .chain(c.sectors.iter().map(|s| format!("/layanan/bidang/{}", s.id)))
        .chain(c.life_events.iter().map(|e| format!("/layanan/keperluan/{}", e.id)))
        .chain(c.agenda.events.iter().map(|e| format!("/agenda/{}", e.id)))
        .chain(c.agenda.dusun.iter().map(|d| format!("/agenda/dusun/{}", d.id)))
        .chain(c.village_programmes.iter().map(|p| format!("/program/{}", p.id)))
        .chain(c.articles.iter().map(|a| format!("/info/{}", a.id)))
        .chain(["/agenda/jenis/posyandu", "/agenda/jenis/bank-sampah"].map(String::from))
        .chain(
            [
                "/",
                "/layanan",
                "/kantor",
                "/cek",
                "/cek/semua",
                "/cek/imunisasi",
                "/cek/kehamilan",
                "/cek/ckg",
                "/draf",
                "/kunjungan",
                "/rekap-umpan-balik",
                "/terima",
                "/buku-register",
                "/tentang",
                "/agenda",
                "/program",
                "/program/apbdes",
                "/info",
                "/survei",
            ]
            .map(String::from),
        );
    for page in expected {
        assert!(pages.contains(&page), "{page} has no page");
    }
    let kinds: std::collections::BTreeSet<_> = c.agenda.events.iter().map(|e| e.kind).collect();
    let agenda = 1 + kinds.len() + c.agenda.dusun.len() + c.agenda.events.len();
    let transparency = 2 + c.village_programmes.len();
    let articles = 1 + c.articles.len();
    let surveys = 1;
    assert!(c.articles.len() >= 8 && c.topics.len() == 4, "every topic has its articles");
    assert_eq!(
        pages.len(),
        14 + c.services.len()
            + c.aid_programmes.len()
            + c.forms.len()
            + c.sectors.len()
            + c.life_events.len()
            + agenda
            + transparency
            + articles
            + surveys
    );
    assert!(pages.len() >= 46 + 17 + 15 + 10, "{}", pages.len());
}

#[test]
fn a_budget_that_does_not_balance_stops_the_build_naming_the_file() {
    let mut c = real_content();
    let budget = c.budget.as_mut().expect("the desa publishes its budget");
    assert_eq!(budget.planned_balance(), 0);
    budget.spending[0].planned += 1_000;
    let problems = check(&c);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].file, "apbdes.toml");
    assert!(problems[0].to_string().contains("tidak seimbang"), "{}", problems[0]);
}

#[test]
fn facts_unchecked_for_over_180_days_are_named_with_their_file_and_field() {
    use layanan_core::base::date::CivilDate;
    let c = real_content();
    let checked = |s: &str| CivilDate::parse_iso(s).unwrap();
    assert_eq!(
        layanan_core::content::stale_facts(&c, checked("2026-12-01")),
        vec![],
        "the content was checked this season"
    );
    let later = layanan_core::content::stale_facts(&c, checked("2027-12-01"));
    let akta = later.iter().find(|p| p.file == "layanan/akta-kelahiran.toml").expect("the service is named");
    assert_eq!(akta.field, "diperiksa");
    assert!(akta.message.starts_with("diperiksa 12 bulan lalu"), "{}", akta.message);
    assert!(
        later.iter().any(|p| p.file == "agenda.toml" && p.field.starts_with("kegiatan \"")),
        "activities are named by id"
    );
    assert!(later.iter().any(|p| p.file == "apbdes.toml"));
    assert!(later.len() >= c.services.len() + c.aid_programmes.len() + c.agenda.events.len());
}

#[test]
fn the_bundle_survives_the_json_round_trip_the_build_uses() {
    let c = real_content();
    let json = serde_json::to_string(&c).unwrap();
    let back: Content = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
}

fn profile_from(toml_text: &str) -> Village {
    parse_toml(PROFILE_FILE, toml_text).unwrap_or_else(|p| panic!("{p:?}"))
}

const MINIMAL: &str = r#"
nama = "Contoh"
nama_aplikasi = { id = "Layanan", en = "Services" }
tagline = { id = "Satu tempat", en = "One place" }
pengelola = { id = "Pemerintah desa", en = "Village government" }
[jam_buka]
senin = "08.00-15.00"
"#;

#[test]
fn a_minimal_profile_is_accepted() {
    let c = Content { village: profile_from(MINIMAL), ..Default::default() };
    assert_eq!(check(&c), vec![]);
}

#[test]
fn a_missing_translation_names_the_field() {
    let text = MINIMAL.replace(r#"en = "One place""#, r#"en = """#);
    let problems = check(&Content { village: profile_from(&text), ..Default::default() });
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].to_string(), "desa.toml: tagline.en: terjemahan Bahasa Inggris belum ada");
}

#[test]
fn bad_contacts_are_reported_one_by_one() {
    let text = format!("{}\n", MINIMAL.replace(
        "[jam_buka]",
        "whatsapp = \"+62 812\"\nemail = \"kantor\"\ntelepon = \"12\"\nbelum_dikonfirmasi = [\"warna\"]\n[jam_buka]",
    ));
    let fields: Vec<String> =
        check(&Content { village: profile_from(&text), ..Default::default() }).into_iter().map(|p| p.field).collect();
    assert_eq!(fields, ["whatsapp", "telepon", "email", "belum_dikonfirmasi"]);
}

#[test]
fn malformed_hours_point_at_the_line() {
    let text = MINIMAL.replace("08.00-15.00", "8 sampai 3");
    let err = parse_toml::<Village>(PROFILE_FILE, &text).unwrap_err();
    assert_eq!(err[0].file, "desa.toml");
    assert_eq!(err[0].field, "baris 7");
    assert!(err[0].message.contains("08.00-15.00"), "{}", err[0].message);
}

#[test]
fn unknown_keys_are_refused_so_typos_do_not_vanish() {
    let text = MINIMAL.replace("[jam_buka]", "telpon = \"0261\"\n[jam_buka]");
    let err = parse_toml::<Village>(PROFILE_FILE, &text).unwrap_err();
    assert!(err[0].message.contains("telpon"), "{}", err[0].message);
}

#[test]
fn a_programme_linking_to_a_missing_form_is_named() {
    let mut c = real_content();
    assert!(c.aid_programmes.iter().any(|p| p.form.as_deref() == Some("sktm")), "the SKTM checker links to its form");
    c.aid_programmes[0].form = Some("tidak-ada".into());
    let problems = check(&c);
    assert!(
        problems
            .iter()
            .any(|p| p.file.starts_with("program/") && p.field == "formulir" && p.message.contains("tidak-ada")),
        "{problems:?}"
    );
}

#[test]
fn every_service_of_the_village_can_be_planned() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let content = layanan_core::content::load(&dir).expect("content loads");
    let p = content.planner();
    for s in &p.services {
        let plan = layanan_core::visit::plan(&p, std::slice::from_ref(&s.id));
        assert!(!plan.stops.is_empty(), "{} has no visit", s.id);
        for d in &s.documents {
            assert!(
                plan.stops.iter().any(|st| st.office.id == d.office),
                "{}: {} is handed in at {}, an office not on its way",
                s.id,
                d.key,
                d.office
            );
        }
    }
    assert!(content.documents.iter().any(|d| d.id == "kk"), "the family card is a shared document");
    assert!(content.holidays.as_ref().is_some_and(|h| !h.days.is_empty()), "the holiday list is there");
}
