//! Search ranking over the real catalogue: what residents type, and what must come first.

use layanan_core::base::lang::Lang;
use layanan_core::base::lang::Text;
use layanan_core::content::catalogue_entries;
use layanan_core::content::load;
use layanan_core::content::Content;
use layanan_core::search::{add_synonyms, KindLabels, SearchEntry, SearchIndex};
use std::path::Path;
use std::sync::OnceLock;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).expect("content passes the check")
    })
}

fn top(query: &str, lang: Lang, n: usize) -> Vec<String> {
    let content = content();
    let entries: Vec<SearchEntry> = content.services.iter().map(SearchEntry::from).collect();
    let index = SearchIndex::new(&entries, lang);
    index.search(query).into_iter().take(n).map(|i| content.services[i].id.clone()).collect()
}

/// (query, the id that must be among the first `n` results, n)
const TABLE: &[(&str, &str, usize)] = &[
    // Abbreviations.
    ("ktp", "ktp-el-baru", 2),
    ("KTP", "ktp-el-hilang-rusak", 2),
    ("e-KTP", "ktp-el-baru", 2),
    ("kk", "kk-baru", 4),
    ("sktm", "sktm", 1),
    ("SKU", "surat-keterangan-usaha", 1),
    ("skck", "pengantar-skck", 1),
    ("bpjs", "bpjs-pbi", 1),
    ("kis", "bpjs-pbi", 1),
    ("pip", "pip-kip", 1),
    ("kip", "pip-kip", 2),
    ("blt", "blt-dana-desa", 1),
    ("pkh", "pkh", 1),
    ("kur", "kur", 1),
    ("umi", "umi", 1),
    ("nib", "nib-oss", 1),
    // Everyday words.
    ("akta", "akta-kelahiran", 2),
    ("akte lahir", "akta-kelahiran", 1),
    ("posyandu", "posyandu", 1),
    ("imunisasi", "imunisasi-anak", 1),
    ("bidan", "periksa-kehamilan", 3),
    ("ktp hilang", "ktp-el-hilang-rusak", 1),
    ("kartu keluarga hilang", "kk-hilang-rusak", 1),
    ("modal usaha", "kur", 3),
    ("sampah", "bank-sampah", 1),
    ("pindah rumah", "pindah-domisili", 1),
    // Typos in longer words, and words still being typed.
    ("imunsasi", "imunisasi-anak", 1),
    ("kelahrian", "akta-kelahiran", 1),
    ("posyndu", "posyandu", 1),
    ("kematain", "akta-kematian", 1),
    ("imuni", "imunisasi-anak", 1),
    // Case, accents and punctuation do not matter.
    ("  AKTA   kematian!! ", "akta-kematian", 1),
    ("pósyandu", "posyandu", 1),
];

#[test]
fn residents_find_what_they_type() {
    let mut failures = Vec::new();
    for &(query, expected, n) in TABLE {
        let got = top(query, Lang::Id, n);
        if !got.iter().any(|id| id == expected) {
            failures.push(format!("{query:?}: expected {expected} in the first {n}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn name_matches_rank_before_keyword_and_summary_matches() {
    // "kematian" is in the name of akta-kematian and only in the keywords or summary of others.
    assert_eq!(top("kematian", Lang::Id, 1), ["akta-kematian"]);
    // "puskesmas" names the treatment service; many others only mention the Puskesmas.
    assert_eq!(top("berobat puskesmas", Lang::Id, 1), ["layanan-puskesmas"]);
}

#[test]
fn english_names_are_searched_too() {
    assert_eq!(top("birth certificate", Lang::En, 1), ["akta-kelahiran"]);
    assert_eq!(top("birth certificate", Lang::Id, 1), ["akta-kelahiran"]);
}

#[test]
fn short_words_are_not_matched_by_typos_and_nonsense_finds_nothing() {
    assert!(top("xyzzy", Lang::Id, 5).is_empty());
    assert!(top("", Lang::Id, 5).is_empty());
    assert!(top("   ", Lang::Id, 5).is_empty());
    // "kpt" is not "ktp": a three-letter typo would match too much.
    assert!(!top("kpt", Lang::Id, 5).iter().any(|id| id.starts_with("ktp")));
}

#[test]
fn every_word_must_match() {
    let got = top("ktp anak", Lang::Id, 10);
    assert!(got.contains(&"kia".to_string()), "{got:?}");
    assert!(!got.contains(&"ktp-el-baru".to_string()), "{got:?}");
}

fn text(s: &str) -> Text {
    Text { id: s.into(), en: s.into() }
}

#[test]
fn one_search_finds_services_articles_activities_and_the_budget() {
    let labels = KindLabels { article: text("Bacaan"), event: text("Kegiatan"), programme: text("Program desa") };
    let entries = catalogue_entries(content(), &labels);
    let index = SearchIndex::new(&entries, Lang::Id);
    let first =
        |q: &str, n: usize| index.search(q).into_iter().take(n).map(|i| entries[i].path.clone()).collect::<Vec<_>>();
    assert!(first("stunting", 3).iter().any(|p| p.starts_with("/info/")), "{:?}", first("stunting", 3));
    assert!(first("anggaran desa", 3).contains(&"/program/apbdes".to_string()), "{:?}", first("anggaran desa", 3));
    assert!(first("bank sampah", 6).iter().any(|p| p.starts_with("/agenda/")), "{:?}", first("bank sampah", 6));
    // Service words still find the service first, before activities of the same name.
    assert_eq!(first("akta kelahiran", 1), ["/layanan/akta-kelahiran"]);
    assert_eq!(first("posyandu", 1), ["/layanan/posyandu"]);
    assert!(first("posyandu", 8).iter().any(|p| p.starts_with("/agenda/posyandu")));
    let article = entries.iter().find(|e| e.path.starts_with("/info/")).expect("articles are searched");
    assert_eq!(article.kind.as_ref().map(|k| k.id.as_str()), Some("Bacaan"));
    assert!(entries.iter().filter(|e| e.path.starts_with("/layanan/")).all(|e| e.kind.is_none()));
}

#[test]
fn a_synonym_finds_what_is_written_with_the_other_word() {
    let mut entries = vec![SearchEntry {
        path: "/layanan/x".into(),
        name: text("Akta kelahiran"),
        summary: text("Bukti lahir"),
        keywords: vec![],
        kind: None,
    }];
    let groups = [vec!["akta".to_string(), "akte".to_string()], vec!["kk".to_string(), "kartu keluarga".to_string()]];
    assert!(SearchIndex::new(&entries, Lang::Id).search("akte").is_empty(), "without the synonyms nothing matches");
    add_synonyms(&mut entries, &groups);
    assert_eq!(entries[0].keywords, ["akta", "akte"], "only the group it contains");
    assert_eq!(SearchIndex::new(&entries, Lang::Id).search("akte"), [0]);
}
