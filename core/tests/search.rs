//! Search ranking over the real catalogue: what residents type, and what must come first.

use layanan_core::content::load;
use layanan_core::lang::Lang;
use layanan_core::search::{SearchEntry, SearchIndex};
use layanan_core::content::Content;
use std::path::Path;
use std::sync::OnceLock;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).expect("content passes the check"))
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
