//! Handing a finished form over without a server: a compact code (for a QR code, a link, the end of a WhatsApp
//! message) and a file that the office reads back, and a plain-text summary for people.
//!
//! The payload is `{"f": form id, "v": form version, "t": date filled, "a": answers}`. Its code is `LTB2:`
//! followed by that JSON compressed and written in QR-alphanumeric characters ([`code`]); a QR code holds it as
//! a link to the app's receive page with the code in the fragment (`…/terima#LTB2:…`), which never reaches a
//! server. A file holds the JSON itself. `LTB1:` + plain JSON, the layout of earlier versions, is still read.
//!
//! Reading checks a payload exactly like typed input would be checked: a known form, a version this app
//! knows, only fields of that form, within their length limits. Anything else is refused with a reason, and
//! nothing is changed.

pub mod code;
mod find;

use crate::base::date::CivilDate;
use crate::base::lang::{Lang, Text};
use crate::forms::{summary, Answers, Form};
use serde::{Deserialize, Serialize};

/// Marks the compact code.
pub const MARK: &str = "LTB2:";
/// Marks the plain JSON payload of earlier versions.
pub const MARK_V1: &str = "LTB1:";

/// The receive page, relative to the app's base: a QR code's link opens it with the code as its fragment.
pub const RECEIVE_PAGE: &str = "terima";

/// The QR codes are drawn at error-correction level M (15% of the code may be lost), which a phone camera
/// reads off a cheap screen or a printout; at M, version 40 holds 3,706 alphanumeric characters.
pub const QR_CAPACITY_CHARS: usize = 3706;

/// Larger input is refused before it is parsed, so a hostile file cannot stall the phone.
pub const MAX_PAYLOAD_BYTES: usize = 256 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    #[serde(rename = "f")]
    pub form: String,
    #[serde(rename = "v")]
    pub version: u32,
    /// The day the resident finished the form (`2026-12-01`); payloads of earlier versions have none.
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    pub filled: Option<String>,
    #[serde(rename = "a")]
    pub answers: Answers,
}

impl Payload {
    pub fn filled_on(&self) -> Option<CivilDate> {
        self.filled.as_deref().and_then(CivilDate::parse_iso)
    }
}

/// Why a payload was refused, in words for the person who pasted or opened it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    TooLarge,
    NotOurs,
    Damaged,
    UnknownForm(String),
    NewerVersion,
    UnknownField(String),
    TooLong(String),
}

impl Refusal {
    pub fn message(&self) -> Text {
        let t = |id: &str, en: &str| Text { id: id.into(), en: en.into() };
        match self {
            Refusal::Empty => t(
                "Belum ada isi. Tempel pesan WhatsApp dari warga, pindai kode QR, atau pilih berkas.",
                "Nothing here yet. Paste the resident's WhatsApp message, scan the QR code or choose a file.",
            ),
            Refusal::TooLarge => t("Berkas ini terlalu besar untuk formulir.", "This file is too large to be a form."),
            Refusal::NotOurs => t(
                "Tidak ada kode formulir (LTB2:…) di sini. Pesan dari aplikasi ini diakhiri kode itu.",
                "There is no form code (LTB2:…) here. Messages from this app end with that code.",
            ),
            Refusal::Damaged => t(
                "Kode formulir ini rusak atau terpotong, jadi tidak dibaca. Minta warga mengirim ulang.",
                "This form code is damaged or cut off, so nothing was read. Ask the resident to send it again.",
            ),
            Refusal::UnknownForm(f) => Text {
                id: format!("Formulir \"{f}\" tidak ada di aplikasi ini. Mungkin aplikasinya perlu diperbarui."),
                en: format!("The form \"{f}\" does not exist in this app. The app may need updating."),
            },
            Refusal::NewerVersion => t(
                "Formulir ini dibuat dengan versi aplikasi yang lebih baru. Muat ulang aplikasi lalu coba lagi.",
                "This form was made with a newer version of the app. Reload the app and try again.",
            ),
            Refusal::UnknownField(f) => Text {
                id: format!("Data berisi isian \"{f}\" yang tidak ada di formulir ini."),
                en: format!("The data has a field \"{f}\" that this form does not have."),
            },
            Refusal::TooLong(f) => {
                Text { id: format!("Isian \"{f}\" terlalu panjang."), en: format!("The answer \"{f}\" is too long.") }
            }
        }
    }
}

/// The payload of a form's answers; hidden (no longer applicable) answers are left out.
pub fn payload(form: &Form, answers: &Answers, filled: CivilDate) -> Payload {
    Payload {
        form: form.id.clone(),
        version: form.version,
        filled: Some(filled.to_string()),
        answers: crate::forms::visible_answers(form, answers),
    }
}

/// The compact code: `LTB2:` and the payload in QR-alphanumeric characters.
pub fn encode(form: &Form, answers: &Answers, filled: CivilDate) -> String {
    code_of(&payload(form, answers, filled))
}

/// The compact code of a payload as it is (the office keeps a received one in its page's address).
pub fn code_of(payload: &Payload) -> String {
    let json = serde_json::to_string(payload).unwrap_or_default();
    format!("{MARK}{}", code::to_chars(&code::pack(&json)))
}

/// The link a QR code holds: the receive page of the app at `app_url` (its base, ending in `/`), the code in
/// the fragment.
pub fn link(app_url: &str, code: &str) -> String {
    format!("{app_url}{RECEIVE_PAGE}#{code}")
}

/// The payload as a JSON file's content, for "Simpan sebagai berkas".
pub fn file_content(form: &Form, answers: &Answers, filled: CivilDate) -> String {
    serde_json::to_string_pretty(&payload(form, answers, filled)).unwrap_or_default()
}

/// Whether a link fits one QR code at level M (the link's address part is in byte mode, so it counts double).
pub fn fits_qr(link: &str) -> bool {
    let (address, code) = link.split_once(MARK).unwrap_or((link, ""));
    address.len() * 2 + code.len() <= QR_CAPACITY_CHARS
}

/// Reads a pasted message, an opened file, a scanned QR code or a link's fragment, and checks it against the
/// forms this app has.
pub fn decode<'f>(text: &str, forms: &'f [Form]) -> Result<(&'f Form, Payload), Refusal> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Refusal::Empty);
    }
    if text.len() > MAX_PAYLOAD_BYTES {
        return Err(Refusal::TooLarge);
    }
    let payload = find::payload_in(text)?;
    let form = forms.iter().find(|f| f.id == payload.form).ok_or_else(|| Refusal::UnknownForm(payload.form.clone()))?;
    if payload.version > form.version {
        return Err(Refusal::NewerVersion);
    }
    for (key, value) in &payload.answers {
        let field_id = key.split_once('.').map_or(key.as_str(), |(id, _)| id);
        let field = form.field(field_id).ok_or_else(|| Refusal::UnknownField(key.clone()))?;
        let limit = field.length_limit().unwrap_or(crate::forms::DEFAULT_LONG_TEXT_LIMIT);
        if value.chars().count() > limit {
            return Err(Refusal::TooLong(field.label.id.clone()));
        }
    }
    Ok((form, payload))
}

/// The answers as plain text lines ("Label: jawaban"; a question's own mark ends it: "Siapa yang menolong
/// persalinan? Bidan"), for WhatsApp, the share sheet or copying. Optional questions left empty are left out.
pub fn summary_text(form: &Form, answers: &Answers, lang: Lang) -> String {
    let mut out = format!("{}\n", form.name.get(lang));
    for row in summary(form, answers, lang).into_iter().filter(|r| r.answered) {
        let separator = if row.label.ends_with(['?', ':']) { " " } else { ": " };
        out.push_str(&format!("{}{separator}{}\n", row.label, row.value));
    }
    out
}
