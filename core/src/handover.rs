//! Handing a finished form over without a server: a compact payload (for a QR code or a file) that the
//! office loads back into the app, and a plain-text summary (for WhatsApp or the share sheet).
//!
//! A payload is `LTB1:` followed by compact JSON `{"f": form id, "v": form version, "a": answers}`. Loading one
//! checks it exactly like typed input would be checked: a known form, a version this app knows, only fields
//! of that form, within their length limits. Anything else is refused with a reason, and nothing is changed.

use crate::forms::{summary, Answers, Form};
use crate::lang::{Lang, Text};
use serde::{Deserialize, Serialize};

/// Marks a payload as ours, with the payload layout's version.
pub const MARK: &str = "LTB1:";

/// The most bytes one QR code holds in byte mode at error-correction level M (version 40).
pub const QR_CAPACITY_BYTES: usize = 2331;

/// Larger input is refused before it is parsed, so a hostile file cannot stall the phone.
pub const MAX_PAYLOAD_BYTES: usize = 256 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    #[serde(rename = "f")]
    pub form: String,
    #[serde(rename = "v")]
    pub version: u32,
    #[serde(rename = "a")]
    pub answers: Answers,
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
            Refusal::Empty => t("Belum ada isi. Tempel teks dari kode QR atau pilih berkas.", "Nothing here yet. Paste the text from a QR code or choose a file."),
            Refusal::TooLarge => t("Berkas ini terlalu besar untuk formulir.", "This file is too large to be a form."),
            Refusal::NotOurs => t("Ini bukan data formulir dari aplikasi ini.", "This is not form data from this app."),
            Refusal::Damaged => t("Data formulir ini rusak atau terpotong. Minta dikirim ulang.", "This form data is damaged or cut off. Ask for it to be sent again."),
            Refusal::UnknownForm(f) => Text {
                id: format!("Formulir \"{f}\" tidak ada di aplikasi ini. Mungkin aplikasinya perlu diperbarui."),
                en: format!("The form \"{f}\" does not exist in this app. The app may need updating."),
            },
            Refusal::NewerVersion => t("Formulir ini dibuat dengan versi aplikasi yang lebih baru. Muat ulang aplikasi lalu coba lagi.", "This form was made with a newer version of the app. Reload the app and try again."),
            Refusal::UnknownField(f) => Text {
                id: format!("Data berisi isian \"{f}\" yang tidak ada di formulir ini."),
                en: format!("The data has a field \"{f}\" that this form does not have."),
            },
            Refusal::TooLong(f) => Text {
                id: format!("Isian \"{f}\" terlalu panjang."),
                en: format!("The answer \"{f}\" is too long."),
            },
        }
    }
}

/// The payload text for a form's answers; hidden (no longer applicable) answers are left out.
pub fn encode(form: &Form, answers: &Answers) -> String {
    let payload = Payload {
        form: form.id.clone(),
        version: form.version,
        answers: crate::forms::visible_answers(form, answers),
    };
    format!("{MARK}{}", serde_json::to_string(&payload).unwrap_or_default())
}

/// The same payload as a JSON file's content (without the mark), for "Simpan sebagai berkas".
pub fn file_content(form: &Form, answers: &Answers) -> String {
    encode(form, answers).trim_start_matches(MARK).to_string()
}

/// Whether a payload fits one QR code.
pub fn fits_qr(payload: &str) -> bool {
    payload.len() <= QR_CAPACITY_BYTES
}

/// Reads a pasted or opened payload and checks it against the forms this app has.
pub fn decode<'f>(text: &str, forms: &'f [Form]) -> Result<(&'f Form, Payload), Refusal> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Refusal::Empty);
    }
    if text.len() > MAX_PAYLOAD_BYTES {
        return Err(Refusal::TooLarge);
    }
    // A file holds the JSON alone; a QR code or a pasted text carries the mark in front.
    let json = text.strip_prefix(MARK).or_else(|| text.starts_with('{').then_some(text)).ok_or(Refusal::NotOurs)?;
    let payload: Payload = serde_json::from_str(json).map_err(|_| Refusal::Damaged)?;
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

/// The answers as plain text lines ("Label: jawaban"), for WhatsApp, the share sheet or copying.
pub fn summary_text(form: &Form, answers: &Answers, lang: Lang) -> String {
    let mut out = format!("{}\n", form.name.get(lang));
    for row in summary(form, answers, lang) {
        out.push_str(&format!("{}: {}\n", row.label, row.value));
    }
    out
}
