//! Catalogue search: forgiving of case, accents, punctuation and one typo; name matches rank first.
//!
//! The index is built once. A query is split into words; every word must match somewhere in a service (name,
//! keywords or summary), as a whole word, as the start of a word (results update while typing), or with one
//! typo (only for words of five letters or more, where a typo is likely and a false match is not).

use crate::base::lang::{Lang, Text};
use crate::catalog::Service;
use serde::{Deserialize, Serialize};

/// Groups of words residents use for the same thing (akte/akta, KIS/BPJS).
pub const SYNONYMS_FILE: &str = "sinonim.toml";
use std::collections::HashMap;

/// One thing the search finds: a service now, and anything else with a page, a name, a summary and keywords.
/// The build writes the list as a file the search box fetches the first time it is used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchEntry {
    /// The app path of its page, `/layanan/sktm`.
    pub path: String,
    pub name: Text,
    pub summary: Text,
    /// Words residents use for it, language-neutral ("akte", "kis").
    pub keywords: Vec<String>,
    /// What it is when it is not a service ("Bacaan", "Kegiatan"), shown beside it in the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Text>,
}

impl From<&Service> for SearchEntry {
    fn from(s: &Service) -> SearchEntry {
        SearchEntry {
            path: format!("/layanan/{}", s.id),
            name: s.name.clone(),
            summary: s.summary.clone(),
            keywords: s.keywords.clone(),
            kind: None,
        }
    }
}

/// How the results name what is not a service, in both languages (interface words, from the locales).
pub struct KindLabels {
    pub article: Text,
    pub event: Text,
    pub programme: Text,
}

/// Adds to each entry's keywords the other words of every synonym group that its name or keywords contain,
/// so "akte" finds what is written "akta". Done when the build writes the search file: the phone only
/// searches. Summaries are left out, where a passing mention would pull in too much.
pub fn add_synonyms(entries: &mut [SearchEntry], groups: &[Vec<String>]) {
    for e in entries.iter_mut() {
        let own = format!(" {} ", normalize(&[e.name.id.as_str(), &e.name.en, &e.keywords.join(" ")].join(" ")));
        for group in groups {
            if group.iter().any(|w| own.contains(&format!(" {} ", normalize(w)))) {
                for w in group {
                    if !e.keywords.contains(w) {
                        e.keywords.push(w.clone());
                    }
                }
            }
        }
    }
}

/// Where a word was found; earlier fields rank higher.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    Summary = 1,
    Keyword = 2,
    Name = 3,
}

/// How well a query word matched an indexed word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Quality {
    Typo = 1,
    Prefix = 2,
    Exact = 3,
}

/// Lower-case, accents folded, every run of other characters a single space.
///
/// Written for the Latin alphabet the catalogue is in rather than with the full Unicode case tables, which
/// would cost the search box about 14 KB of wasm: ASCII and Latin-1 letters are lowered and folded, other
/// non-ASCII characters count as letters as they are.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match fold(c) {
            Some(c) => out.push(c),
            None if !out.ends_with(' ') => out.push(' '),
            None => {}
        }
    }
    out.trim().to_string()
}

/// The letter or digit `c` is searched as, or `None` for a separator.
fn fold(c: char) -> Option<char> {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric().then(|| c.to_ascii_lowercase());
    }
    // Latin-1 capitals sit 32 below their small letters (× at U+00D7 is not a letter).
    let c = match c {
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    };
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        // Latin-1 punctuation and symbols, the × and ÷ signs, and typographic punctuation (dashes, quotes).
        '\u{80}'..='\u{bf}' | '×' | '÷' | '\u{2000}'..='\u{206f}' => return None,
        c => c,
    })
}

/// Words of a text, plus the joined form of hyphenated or spaced abbreviations ("e-KTP" → "e", "ktp", "ektp").
fn words(text: &str) -> Vec<String> {
    let norm = normalize(text);
    let mut out: Vec<String> = norm.split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
    for chunk in text.split_whitespace() {
        let joined = normalize(chunk).replace(' ', "");
        if !joined.is_empty() && !out.contains(&joined) {
            out.push(joined);
        }
    }
    out
}

/// True when `a` and `b` differ by exactly one edit: insert, delete, substitute, or swap of neighbours.
fn one_edit_apart(a: &[char], b: &[char]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 || a == b {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match la.cmp(&lb) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..] || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
    }
}

/// Words shorter than this must match exactly or as a prefix.
const TYPO_MIN_LEN: usize = 5;

fn quality(query: &[char], word: &[char]) -> Option<Quality> {
    if query == word {
        Some(Quality::Exact)
    } else if word.starts_with(query) {
        Some(Quality::Prefix)
    } else if query.len() >= TYPO_MIN_LEN && (one_edit_apart(query, word) || typo_prefix(query, word)) {
        Some(Quality::Typo)
    } else {
        None
    }
}

/// A typo in a word still being typed: the query is one edit away from the start of a longer word.
fn typo_prefix(query: &[char], word: &[char]) -> bool {
    word.len() > query.len() + 1
        && (one_edit_apart(query, &word[..query.len()]) || one_edit_apart(query, &word[..query.len() + 1]))
}

/// Where a word appears: each entry (by position) and the field it is in.
type Postings = Vec<(u32, Field)>;

/// A search index over one language's texts of the catalogue.
pub struct SearchIndex {
    /// Each distinct word with the services and fields it appears in.
    vocabulary: Vec<(Vec<char>, Postings)>,
    /// Service names, normalised, for stable tie-breaking.
    names: Vec<String>,
    /// Each service's keyword phrases, normalised, in the editor's order (the first are the main ones).
    phrases: Vec<Vec<String>>,
    /// Whether each entry is a service: at equal scores services come before articles and activities.
    services: Vec<bool>,
}

impl SearchIndex {
    pub fn new(entries: &[SearchEntry], lang: Lang) -> SearchIndex {
        let mut postings: HashMap<String, Vec<(u32, Field)>> = HashMap::new();
        for (i, s) in entries.iter().enumerate() {
            let i = i as u32;
            // Names and summaries in both languages are searched, the interface language ranking higher
            // through the name field; keywords are language-neutral.
            let fields = [
                // The page's own name in its address ("ktp-el-baru") counts as a name.
                (
                    Field::Name,
                    vec![s.name.get(lang).to_string(), s.path.rsplit('/').next().unwrap_or("").replace('-', " ")],
                ),
                (Field::Keyword, s.keywords.clone()),
                (Field::Summary, vec![s.summary.get(lang).to_string(), s.name.get(lang.other()).to_string()]),
            ];
            for (field, texts) in fields {
                for text in texts {
                    for w in words(&text) {
                        let list = postings.entry(w).or_default();
                        if !list.contains(&(i, field)) {
                            list.push((i, field));
                        }
                    }
                }
            }
        }
        let mut vocabulary: Vec<(String, Vec<(u32, Field)>)> = postings.into_iter().collect();
        crate::base::order::sort_by(&mut vocabulary, |(word, _)| crate::base::order::text(word));
        SearchIndex {
            vocabulary: vocabulary.into_iter().map(|(w, p)| (w.chars().collect(), p)).collect(),
            names: entries.iter().map(|s| normalize(s.name.get(lang))).collect(),
            phrases: entries.iter().map(|s| s.keywords.iter().map(|k| normalize(k)).collect()).collect(),
            services: entries.iter().map(|s| s.kind.is_none()).collect(),
        }
    }

    /// Indices of matching services, best first. An empty query matches nothing.
    pub fn search(&self, query: &str) -> Vec<usize> {
        let query_words: Vec<Vec<char>> =
            normalize(query).split(' ').filter(|w| !w.is_empty()).map(|w| w.chars().collect()).collect();
        if query_words.is_empty() {
            return Vec::new();
        }
        // For each service: the summed score, and how many query words it matched.
        let mut scores: HashMap<u32, (u32, usize)> = HashMap::new();
        for (qi, q) in query_words.iter().enumerate() {
            let mut best: HashMap<u32, u32> = HashMap::new();
            for (word, postings) in &self.vocabulary {
                let Some(quality) = quality(q, word) else { continue };
                for &(service, field) in postings {
                    let score = field as u32 * 10 + quality as u32;
                    let entry = best.entry(service).or_insert(0);
                    *entry = (*entry).max(score);
                }
            }
            for (service, score) in best {
                let entry = scores.entry(service).or_insert((0, 0));
                if entry.1 == qi {
                    *entry = (entry.0 + score, qi + 1);
                }
            }
        }
        // A query that is exactly one of a service's main keyword phrases ("kis", "akte lahir") is what the
        // editor said the service is called.
        let whole = normalize(query);
        let phrase_bonus = |service: u32| match self.phrases[service as usize].iter().position(|p| *p == whole) {
            Some(i) if i < 5 => 5,
            Some(_) => 2,
            None => 0,
        };
        // Best score first; equal scores services first, then by name.
        let mut hits: Vec<(u32, u32, &str)> = scores
            .into_iter()
            .filter(|(_, (_, matched))| *matched == query_words.len())
            .map(|(service, (score, _))| {
                (service, score + phrase_bonus(service), self.names[service as usize].as_str())
            })
            .collect();
        crate::base::order::sort_by(&mut hits, |(entry, score, name)| {
            (-2 * i64::from(*score) + i64::from(!self.services[*entry as usize]), (*name).into())
        });
        hits.into_iter().map(|(s, _, _)| s as usize).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn normalises_case_accents_and_punctuation() {
        assert_eq!(normalize("  e-KTP, Akta  Kelahiran! "), "e ktp akta kelahiran");
        assert_eq!(normalize("Café"), "cafe");
        // Capitals with accents, typographic dashes and quotes, the multiplication sign.
        assert_eq!(normalize("ÉKTP – “Kartu” 2×3"), "ektp kartu 2 3");
        assert_eq!(normalize("ÑÜ"), "nu");
        assert_eq!(words("e-KTP"), ["e", "ktp", "ektp"]);
    }

    #[test]
    fn one_edit_covers_the_four_kinds_of_typo() {
        assert!(one_edit_apart(&chars("kelahran"), &chars("kelahiran")));
        assert!(one_edit_apart(&chars("kelahirran"), &chars("kelahiran")));
        assert!(one_edit_apart(&chars("kelahiran"), &chars("kelahiron")));
        assert!(one_edit_apart(&chars("kelaihran"), &chars("kelahiran")));
        assert!(!one_edit_apart(&chars("kelhairn"), &chars("kelahiran")));
        assert!(!one_edit_apart(&chars("abc"), &chars("abc")));
    }

    #[test]
    fn short_words_need_an_exact_start() {
        assert_eq!(quality(&chars("kk"), &chars("kk")), Some(Quality::Exact));
        assert_eq!(quality(&chars("kt"), &chars("ktp")), Some(Quality::Prefix));
        assert_eq!(quality(&chars("kpt"), &chars("ktp")), None);
        assert_eq!(quality(&chars("akte"), &chars("akta")), None);
        assert_eq!(quality(&chars("imunisasi"), &chars("imunisasi")), Some(Quality::Exact));
        assert_eq!(quality(&chars("imunisas"), &chars("imunisasi")), Some(Quality::Prefix));
        assert_eq!(quality(&chars("imunsasi"), &chars("imunisasi")), Some(Quality::Typo));
        // A typo in a word still being typed.
        assert_eq!(quality(&chars("imunsa"), &chars("imunisasi")), Some(Quality::Typo));
    }
}
