//! The machine line: `#TBFB1 l=sktm b=3 u=343443343 t=20261201 k=3f9a1c`. Short enough to type from a paper
//! slip; read back however WhatsApp forwarded it (lines broken, spaces trimmed or doubled, letters in
//! capitals, commas between the digits).

use super::{ELEMENT_FIELDS, HELPFUL_FIELD, MARK, OTHER_SERVICE, SERVICE_FIELD};
use crate::base::date::CivilDate;
use crate::forms::Answers;

/// One feedback, as the office reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// A service id, or [`OTHER_SERVICE`].
    pub service: String,
    /// "Apakah layanan ini membantu?", 1–4.
    pub helpful: u8,
    /// The nine SKM answers, when the full survey was filled.
    pub elements: Option<[u8; 9]>,
    pub date: CivilDate,
    /// Tells one feedback from another, so a message pasted twice counts once.
    pub key: String,
}

impl Entry {
    /// The entry's line, as the app writes it.
    pub fn to_line(&self) -> String {
        let mut out = format!("{MARK} l={} b={}", self.service, self.helpful);
        if let Some(u) = self.elements {
            out.push_str(" u=");
            out.extend(u.iter().map(|d| char::from(b'0' + d)));
        }
        out.push_str(&format!(" t={} k={}", self.date.to_basic_string(), self.key));
        out
    }
}

/// The line for a finished feedback form, or `None` while the rating is missing. `key` comes from the
/// draft's id, so the same feedback sent twice has the same key.
pub fn machine_line(answers: &Answers, date: CivilDate, key: &str) -> Option<String> {
    let score = |field: &str| answers.get(field).and_then(|v| v.parse::<u8>().ok()).filter(|n| (1..=4).contains(n));
    let helpful = score(HELPFUL_FIELD)?;
    let service = answers
        .get(SERVICE_FIELD)
        .filter(|s| crate::base::check::is_slug(s))
        .cloned()
        .unwrap_or_else(|| OTHER_SERVICE.into());
    let mut elements = [0u8; 9];
    let mut all = true;
    for (slot, field) in elements.iter_mut().zip(ELEMENT_FIELDS) {
        match score(field) {
            Some(n) => *slot = n,
            None => all = false,
        }
    }
    let key: String = key.chars().filter(char::is_ascii_hexdigit).take(6).collect::<String>().to_ascii_lowercase();
    Some(Entry { service, helpful, elements: all.then_some(elements), date, key }.to_line())
}

/// Why a line could not be read, for the clerk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineError {
    MissingRating,
    BadRating,
    BadElements,
    BadDate,
    MissingKey,
    BadService,
}

impl LineError {
    pub fn message(&self) -> crate::base::lang::Text {
        let t = |id: &str, en: &str| crate::base::lang::Text { id: id.into(), en: en.into() };
        match self {
            LineError::MissingRating => t("nilai \"b=\" tidak ada", "the rating \"b=\" is missing"),
            LineError::BadRating => t("nilai \"b=\" harus 1, 2, 3, atau 4", "the rating \"b=\" must be 1, 2, 3 or 4"),
            LineError::BadElements => t(
                "survei \"u=\" harus 9 angka, masing-masing 1 sampai 4",
                "the survey \"u=\" must be 9 digits, each 1 to 4",
            ),
            LineError::BadDate => t(
                "tanggal \"t=\" tidak terbaca (contoh t=20261201)",
                "the date \"t=\" cannot be read (for example t=20261201)",
            ),
            LineError::MissingKey => t("kode \"k=\" tidak ada", "the code \"k=\" is missing"),
            LineError::BadService => t("layanan \"l=\" tidak terbaca", "the service \"l=\" cannot be read"),
        }
    }
}

/// What a pasted text held: the feedback lines read, and those that could not be, with the line number
/// the mark was found on.
#[derive(Debug, Default, PartialEq)]
pub struct Parsed {
    pub entries: Vec<Entry>,
    pub errors: Vec<(usize, LineError)>,
}

/// Reads every feedback line in a text (many WhatsApp messages pasted at once, or codes typed from slips).
/// A line's fields may run onto the next lines, as forwarding breaks them; they end at the next mark or at
/// a word that is not `name=value`.
pub fn parse_lines(text: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut words: Vec<(usize, String)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for w in line.split([' ', '\t', '\u{a0}']).filter(|w| !w.is_empty()) {
            words.push((n + 1, w.trim_matches(|c: char| c == '*' || c == '_').to_string()));
        }
    }
    let mut i = 0;
    while i < words.len() {
        if !words[i].1.eq_ignore_ascii_case(MARK) {
            i += 1;
            continue;
        }
        let at = words[i].0;
        let mut fields: Vec<(String, String)> = Vec::new();
        i += 1;
        while i < words.len() && !words[i].1.eq_ignore_ascii_case(MARK) {
            let Some((k, v)) = words[i].1.split_once('=') else { break };
            fields.push((k.to_ascii_lowercase(), v.to_ascii_lowercase()));
            i += 1;
        }
        match entry_of(&fields) {
            Ok(e) => parsed.entries.push(e),
            Err(e) => parsed.errors.push((at, e)),
        }
    }
    parsed
}

fn entry_of(fields: &[(String, String)]) -> Result<Entry, LineError> {
    let get = |k: &str| fields.iter().find(|(name, _)| name == k).map(|(_, v)| v.as_str());
    let service = get("l").unwrap_or(OTHER_SERVICE);
    if !crate::base::check::is_slug(service) {
        return Err(LineError::BadService);
    }
    let helpful = get("b").ok_or(LineError::MissingRating)?;
    let helpful = helpful.parse::<u8>().ok().filter(|n| (1..=4).contains(n)).ok_or(LineError::BadRating)?;
    let elements = match get("u") {
        None | Some("") | Some("-") => None,
        Some(u) => {
            let digits: Vec<u8> = u.bytes().filter(|b| *b != b',').map(|b| b.wrapping_sub(b'0')).collect();
            if digits.len() != 9 || digits.iter().any(|d| !(1..=4).contains(d)) {
                return Err(LineError::BadElements);
            }
            let mut out = [0u8; 9];
            out.copy_from_slice(&digits);
            Some(out)
        }
    };
    let date = get("t").and_then(parse_basic_date).ok_or(LineError::BadDate)?;
    let key = get("k")
        .filter(|k| (4..=12).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or(LineError::MissingKey)?;
    Ok(Entry { service: service.to_string(), helpful, elements, date, key: key.to_string() })
}

/// `20261201` or `2026-12-01`.
fn parse_basic_date(s: &str) -> Option<CivilDate> {
    let digits: String = s.chars().filter(|c| *c != '-').collect();
    if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    CivilDate::new(digits[..4].parse().ok()?, digits[4..6].parse().ok()?, digits[6..].parse().ok()?)
}
