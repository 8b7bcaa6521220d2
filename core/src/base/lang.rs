//! Interface languages and bilingual content text.

use serde::{Deserialize, Serialize};

/// The interface languages. Bahasa Indonesia is the default and the fallback.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The BCP 47 code, as used in `<html lang>` and in storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Reads a stored or user-given code; anything unknown is `None` so callers fall back to the default.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "id" | "id-id" | "in" => Some(Lang::Id),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language, for the one-tap switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        }
    }
}

/// A text written in both languages, as village staff write it in content files:
/// `nama.id = "…"` and `nama.en = "…"`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub id: String,
    #[serde(default)]
    pub en: String,
}

impl Text {
    /// The text in `lang`; an English text not yet written falls back to Indonesian rather than showing nothing.
    /// (The content check refuses missing translations, so the fallback only guards old bundles.)
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.en.trim().is_empty() => &self.en,
            _ => &self.id,
        }
    }
}

/// Replaces `{name}` placeholders in an interface text; the build guarantees both languages use the same names.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code(" EN "), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn english_falls_back_to_indonesian_when_missing() {
        let t = Text { id: "Kantor desa".into(), en: " ".into() };
        assert_eq!(t.get(Lang::En), "Kantor desa");
        let t = Text { id: "Kantor desa".into(), en: "Village office".into() };
        assert_eq!(t.get(Lang::En), "Village office");
        assert_eq!(t.get(Lang::Id), "Kantor desa");
    }
}
