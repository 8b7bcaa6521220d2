//! The content check's toolkit, shared by every domain: a problem names the file and the field and says what to
//! do in Indonesian, for village staff; the validators of ids, dates and addresses; and reading TOML files.

use super::lang::Text;
use super::link::Link;
use std::fmt;

/// One thing wrong in a content file, said so that village staff can find and fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.message)
    }
}

/// Collects problems for one file. Shared with the forms, programme and schedule checks so all speak alike.
pub struct Report {
    pub file: String,
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn new(file: impl Into<String>) -> Report {
        Report { file: file.into(), problems: Vec::new() }
    }

    /// Moves this file's problems into `all`.
    pub fn into(mut self, all: &mut Vec<Problem>) {
        all.append(&mut self.problems);
    }

    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem { file: self.file.clone(), field: field.into(), message: message.into() });
    }

    pub fn text(&mut self, field: &str, t: &Text) {
        if t.id.trim().is_empty() {
            self.add(format!("{field}.id"), "teks Bahasa Indonesia kosong");
        }
        if t.en.trim().is_empty() {
            self.add(format!("{field}.en"), "terjemahan Bahasa Inggris belum ada");
        }
    }

    /// A definition's id: well-formed and defined once.
    pub fn id(&mut self, at: &str, id: &str, all: &[&str]) {
        if !is_slug(id) {
            self.add(format!("{at}.id"), format!("\"{id}\": id hanya boleh huruf kecil, angka, dan tanda hubung"));
        }
        if all.iter().filter(|x| **x == id).count() > 1 {
            self.add(format!("{at}.id"), format!("id \"{id}\" dipakai lebih dari sekali"));
        }
    }

    /// References to ids defined elsewhere.
    pub fn refers(&mut self, field: &str, ids: &[String], known: &[&str], what: &str) {
        for id in ids {
            if !known.contains(&id.as_str()) {
                self.add(field, format!("{what} \"{id}\" tidak dikenal"));
            }
        }
    }

    pub fn links(&mut self, field: &str, links: &[Link], url_required: bool) {
        for (i, l) in links.iter().enumerate() {
            self.link(&format!("{field}[{i}]"), l, url_required);
        }
    }

    /// A cited source or an online channel: a title, and an address that is one.
    pub fn link(&mut self, field: &str, link: &Link, url_required: bool) {
        if link.title.trim().is_empty() {
            self.add(format!("{field}.judul"), "judul kosong");
        }
        match &link.url {
            Some(url) if !is_web_url(url) => {
                self.add(format!("{field}.url"), format!("\"{url}\" bukan alamat web (https://…)"))
            }
            None if url_required => self.add(format!("{field}.url"), "alamat web belum ada"),
            _ => {}
        }
    }
}

/// `ktp-el-baru`: lower-case letters and digits in words joined by single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// A real calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

pub fn is_web_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://")) && url.len() > 10 && !url.contains(char::is_whitespace)
}

pub const WHATSAPP_HINT: &str = "tulis nomor dengan kode negara tanpa + atau spasi, contoh 6281234567890";

/// A WhatsApp number as wa.me links need it: country code 62, no plus sign or spaces.
pub fn is_whatsapp_number(wa: &str) -> bool {
    wa.starts_with("628") && (10..=15).contains(&wa.len()) && wa.bytes().all(|b| b.is_ascii_digit())
}

/// The parsed value, or `None` with its problems added to the report.
#[cfg(feature = "load")]
pub fn take<T>(problems: &mut Vec<Problem>, parsed: Result<T, Vec<Problem>>) -> Option<T> {
    parsed.map_err(|mut p| problems.append(&mut p)).ok()
}

/// `<folder>/<name>.toml` for every TOML file in a content folder, sorted so reports are stable.
#[cfg(feature = "load")]
pub fn toml_file_names(dir: &std::path::Path, folder: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join(folder))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| n.ends_with(".toml"))
                .map(|n| format!("{folder}/{n}"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Parses one TOML file; a syntax or type error becomes a problem naming the file, the field and the line.
#[cfg(feature = "load")]
pub fn parse_file<T: serde::de::DeserializeOwned>(dir: &std::path::Path, name: &str) -> Result<T, Vec<Problem>> {
    let problem = |field: String, message: String| vec![Problem { file: name.to_string(), field, message }];
    let text = std::fs::read_to_string(dir.join(name))
        .map_err(|e| problem("-".into(), format!("berkas tidak bisa dibaca: {e}")))?;
    parse_toml(name, &text)
}

/// Parses TOML text that came from the file `name`.
#[cfg(feature = "load")]
pub fn parse_toml<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, Vec<Problem>> {
    toml::from_str(text).map_err(|e| {
        // Count line breaks, not lines: a span that starts a line (an unknown key) must not name the line above.
        let line = e.span().map(|s| text[..s.start].matches('\n').count() + 1);
        let field = line.map_or_else(|| "-".to_string(), |l| format!("baris {l}"));
        vec![Problem { file: name.to_string(), field, message: e.message().to_string() }]
    })
}
