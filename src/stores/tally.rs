//! The office's feedback tally on this device: one machine line per response (`#TBFB1 …`).

use super::kept::{read, write};
use super::keys;
use layanan_core::feedback::{parse_lines, Entry};

/// The responses kept so far.
pub fn load() -> Vec<Entry> {
    parse_lines(&read(keys::FEEDBACK_TALLY).unwrap_or_default()).entries
}

pub fn save(entries: &[Entry]) {
    write(keys::FEEDBACK_TALLY, &entries.iter().map(Entry::to_line).collect::<Vec<_>>().join("\n"));
}
