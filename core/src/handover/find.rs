//! Finding the payload in whatever the office was handed: a file's JSON, a scanned link, a link's fragment, or
//! a WhatsApp message that forwarding has reflowed (line breaks inside the code, spaces trimmed or added,
//! the link percent-encoded, words after it).

use super::code::{self, END};
use super::{Payload, Refusal, MARK, MARK_V1, MAX_PAYLOAD_BYTES};

/// How many trailing words a forwarded message may add after a code without an end mark.
const TRAILING_WORDS_TRIED: usize = 6;

pub(super) fn payload_in(text: &str) -> Result<Payload, Refusal> {
    if text.starts_with('{') {
        return parse_json(text);
    }
    // A link some app percent-encoded ("LTB2%3A…").
    let decoded;
    let text = if !text.contains(MARK) && text.contains("%3A") {
        decoded = percent_decode(text);
        decoded.as_str()
    } else {
        text
    };
    if let Some(at) = text.find(MARK) {
        return compact(&text[at + MARK.len()..]);
    }
    if let Some(at) = text.find(MARK_V1) {
        return parse_json(text[at + MARK_V1.len()..].trim());
    }
    Err(Refusal::NotOurs)
}

fn parse_json(json: &str) -> Result<Payload, Refusal> {
    serde_json::from_str(json).map_err(|_| Refusal::Damaged)
}

/// The code after the mark: its characters and any whitespace forwarding put between them, up to the end
/// mark or the first character a code never has. Without an end mark, words after the code may have been
/// swallowed, so shorter readings are tried, dropping one trailing word at a time.
fn compact(after_mark: &str) -> Result<Payload, Refusal> {
    let run: &str = match after_mark.find(|c: char| !(code::is_code_char(c) || c.is_whitespace())) {
        Some(stop) => &after_mark[..stop],
        None => after_mark,
    };
    let ended = after_mark[run.len()..].starts_with(END);
    let words: Vec<&str> = run.split_whitespace().collect();
    let tries = if ended { 1 } else { TRAILING_WORDS_TRIED.min(words.len()).max(1) };
    for dropped in 0..tries {
        let chars: String = words[..words.len() - dropped].concat();
        if let Some(json) = code::from_chars(&chars).and_then(|bytes| code::unpack(&bytes, MAX_PAYLOAD_BYTES)) {
            return parse_json(&json);
        }
    }
    Err(Refusal::Damaged)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
