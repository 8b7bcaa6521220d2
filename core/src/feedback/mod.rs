//! Feedback without a server: the resident's rating and the national satisfaction survey (SKM,
//! PermenPANRB 14/2017) travel as a short machine line inside the WhatsApp text or on the printed slip, and
//! the office tallies the lines it receives on its own device (`/rekap-umpan-balik`).
//!
//! The questions are the form `content/formulir/umpan-balik-layanan.toml`; this module knows only the ids
//! of the fields the line carries.

mod line;
mod tally;

#[cfg(test)]
mod tests;

pub use line::{machine_line, parse_lines, Entry, LineError, Parsed};
pub use tally::{csv, tally, Grade, Tally};

/// The feedback form's id.
pub const FORM: &str = "umpan-balik-layanan";
/// The field naming the service rated (options from the catalogue, plus [`OTHER_SERVICE`]).
pub const SERVICE_FIELD: &str = "layanan";
pub const OTHER_SERVICE: &str = "lainnya";
/// "Apakah layanan ini membantu?", 1–4.
pub const HELPFUL_FIELD: &str = "membantu";
/// The nine SKM elements (unsur), each 1–4.
pub const ELEMENT_FIELDS: [&str; 9] = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"];
/// Marks a feedback line and its layout's version.
pub const MARK: &str = "#TBFB1";
