//! Reading a page aloud: the page's text cut into sentences, each spoken and highlighted in turn.
//!
//! Speech engines read a long text in one breath and cannot be paused reliably mid-way on Android, so the app
//! speaks one sentence at a time. A sentence ends at `.`, `!` or `?` followed by a space, except after
//! the abbreviations Indonesian service texts are full of ("No.", "Rp.", "dll.", "a.n.") and inside numbers
//! ("1.500.000", "08.00").

/// Abbreviations after which a full stop does not end the sentence (compared without case).
const ABBREVIATIONS: &[&str] = &[
    "no", "rp", "dll", "dsb", "dkk", "a.n", "u.p", "jl", "jln", "kec", "kab", "kel", "ds", "rt", "rw", "dr", "drs",
    "hj", "ir", "prof", "bpk", "sdr", "tgl", "tsb", "yth", "hlm", "e.g", "i.e", "etc", "mr", "mrs", "vs",
];

/// The sentences of `text`, in order, trimmed, without empty ones. Line breaks end a sentence too: a list
/// item or a heading is read as one.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        split_line(line, &mut out);
    }
    out
}

fn split_line(line: &str, out: &mut Vec<String>) {
    let chars: Vec<char> = line.chars().collect();
    let mut start = 0;
    for i in 0..chars.len() {
        let c = chars[i];
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = chars.get(i + 1);
        if !next.is_none_or(|n| n.is_whitespace()) {
            continue; // "1.500", "08.00", "a.n."
        }
        if c == '.' && is_abbreviation(&chars[start..i]) {
            continue;
        }
        push(&chars[start..=i], out);
        start = i + 1;
    }
    push(&chars[start..], out);
}

/// Whether the word right before a full stop is an abbreviation or a single letter (an initial: "S. Aminah").
fn is_abbreviation(before: &[char]) -> bool {
    let word: String = before
        .iter()
        .rev()
        .take_while(|c| !c.is_whitespace() && **c != '(')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    // ASCII case folding and letter tests on purpose: Unicode's tables would weigh more in the browser bundle
    // than this whole module, and the abbreviations are ASCII.
    let word = word.to_ascii_lowercase();
    word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic()) || ABBREVIATIONS.contains(&word.as_str())
}

fn push(part: &[char], out: &mut Vec<String>) {
    let sentence: String = part.iter().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ");
    // A lone bullet or punctuation mark is nothing to say.
    if sentence
        .chars()
        .any(|c| c.is_ascii_alphanumeric() || (('\u{C0}'..='\u{24F}').contains(&c) && c != '×' && c != '÷'))
    {
        out.push(sentence);
    }
}

/// The BCP 47 tag a speech engine is asked for.
pub fn voice_lang(lang: crate::base::lang::Lang) -> &'static str {
    match lang {
        crate::base::lang::Lang::Id => "id-ID",
        crate::base::lang::Lang::En => "en-US",
    }
}

/// Whether a voice with tag `voice` (as the browser lists it: "id-ID", "id_ID", "in-ID", "en-GB") speaks `lang`.
pub fn voice_speaks(voice: &str, lang: crate::base::lang::Lang) -> bool {
    let primary = voice.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match lang {
        // Older Android engines still report Indonesian by its withdrawn code "in".
        crate::base::lang::Lang::Id => primary == "id" || primary == "in",
        crate::base::lang::Lang::En => primary == "en",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::lang::Lang;

    #[test]
    fn a_service_text_is_cut_where_a_reader_would_pause() {
        let text = "Akta kelahiran dibuat di Disdukcapil. Biaya: gratis! Bawa KK asli dan KTP-el orang tua.\nJam buka 08.00–15.00";
        assert_eq!(
            sentences(text),
            [
                "Akta kelahiran dibuat di Disdukcapil.",
                "Biaya: gratis!",
                "Bawa KK asli dan KTP-el orang tua.",
                "Jam buka 08.00–15.00"
            ]
        );
    }

    #[test]
    fn abbreviations_numbers_and_initials_do_not_end_a_sentence() {
        let text =
            "Bayar Rp. 1.500.000 dll. sesuai Perbup No. 12 Tahun 2024. Surat a.n. S. Aminah dikirim ke Jl. Melati.";
        assert_eq!(
            sentences(text),
            [
                "Bayar Rp. 1.500.000 dll. sesuai Perbup No. 12 Tahun 2024.",
                "Surat a.n. S. Aminah dikirim ke Jl. Melati."
            ]
        );
    }

    #[test]
    fn spaces_are_tidied_and_empty_parts_dropped() {
        assert_eq!(sentences("  Satu.   Dua  \n\n  • \n Tiga? "), ["Satu.", "Dua", "Tiga?"]);
        assert!(sentences("").is_empty());
        assert!(sentences(" . ! ").is_empty());
    }

    #[test]
    fn voices_are_matched_by_language_whatever_the_engine_calls_it() {
        for v in ["id-ID", "id_ID", "in-ID", "ID"] {
            assert!(voice_speaks(v, Lang::Id), "{v}");
            assert!(!voice_speaks(v, Lang::En), "{v}");
        }
        assert!(voice_speaks("en-GB", Lang::En));
        assert!(!voice_speaks("ms-MY", Lang::Id), "Malay is not Indonesian");
        assert!(!voice_speaks("", Lang::Id));
        assert_eq!(voice_lang(Lang::Id), "id-ID");
    }
}
