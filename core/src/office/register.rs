//! The office's buku register of received forms, kept on the clerk's device: each form handed over gets the
//! year's next number and moves through diterima → diproses → siap diambil → selesai. The answers are kept
//! exactly as received; the clerk's corrections go into a separate note.
//!
//! Stored as one JSON value with its layout's version. A stored value this version cannot read is not lost:
//! the page keeps it aside (see `src/pages/register.rs`) and starts a new register.

use crate::base::date::CivilDate;
use crate::base::format::csv_cell;
use crate::base::lang::Lang;
use crate::forms::{Form, PersonalDatum};
use crate::handover::Payload;
use serde::{Deserialize, Serialize};

/// The stored layout's mark and version.
pub const FORMAT: &str = "tb-buku-register";
pub const VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    #[serde(rename = "diterima")]
    Received,
    #[serde(rename = "diproses")]
    InProgress,
    #[serde(rename = "siap_diambil")]
    Ready,
    #[serde(rename = "selesai")]
    Done,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Received, Status::InProgress, Status::Ready, Status::Done];

    /// The id in storage and CSV.
    pub fn id(self) -> &'static str {
        match self {
            Status::Received => "diterima",
            Status::InProgress => "diproses",
            Status::Ready => "siap_diambil",
            Status::Done => "selesai",
        }
    }

    /// The step after this one, for the register's one button.
    pub fn next(self) -> Option<Status> {
        match self {
            Status::Received => Some(Status::InProgress),
            Status::InProgress => Some(Status::Ready),
            Status::Ready => Some(Status::Done),
            Status::Done => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Counted from 1 within `year`.
    pub number: u32,
    pub year: i32,
    /// `2026-12-01`.
    pub received: String,
    pub status: Status,
    /// The day of the last status change.
    pub changed: String,
    /// The clerk's note (corrections, what is missing); the answers themselves never change.
    #[serde(default)]
    pub note: String,
    pub payload: Payload,
}

impl Entry {
    /// "012/2026", as written on the register and the letter.
    pub fn label(&self) -> String {
        format!("{:03}/{}", self.number, self.year)
    }

    /// The answer of the form's field holding `datum` (the applicant's name, NIK, phone), as received.
    pub fn personal<'a>(&'a self, form: Option<&Form>, datum: PersonalDatum) -> Option<&'a str> {
        let field = form?.personal_field(datum)?;
        self.payload.answers.get(&field.id).map(String::as_str).filter(|v| !v.trim().is_empty())
    }
}

/// What adding a received form did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    New(u32),
    /// The same form with the same answers is already in the register under this number.
    Already(u32),
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Register {
    pub entries: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    format: String,
    v: u32,
    entries: Vec<Entry>,
}

impl Register {
    /// The stored register; `Err` with the text when it is not a register this version reads.
    pub fn from_stored(raw: Option<&str>) -> Result<Register, String> {
        let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else { return Ok(Register::default()) };
        match serde_json::from_str::<Stored>(raw) {
            Ok(s) if s.format == FORMAT && s.v <= VERSION => Ok(Register { entries: s.entries }),
            _ => Err(raw.to_string()),
        }
    }

    pub fn to_stored(&self) -> String {
        serde_json::to_string(&Stored { format: FORMAT.into(), v: VERSION, entries: self.entries.clone() })
            .unwrap_or_default()
    }

    /// Registers a received form under the year's next number, unless the same form with the same answers is
    /// already there (a message pasted twice, a QR scanned again).
    pub fn add(&mut self, payload: Payload, today: CivilDate) -> Added {
        if let Some(e) =
            self.entries.iter().find(|e| e.payload.form == payload.form && e.payload.answers == payload.answers)
        {
            return Added::Already(e.number);
        }
        let year = today.year();
        let number = self.entries.iter().filter(|e| e.year == year).map(|e| e.number).max().unwrap_or(0) + 1;
        let day = today.to_string();
        self.entries.push(Entry {
            number,
            year,
            received: day.clone(),
            status: Status::Received,
            changed: day,
            note: String::new(),
            payload,
        });
        Added::New(number)
    }

    pub fn get(&self, year: i32, number: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.year == year && e.number == number)
    }

    fn get_mut(&mut self, year: i32, number: u32) -> Option<&mut Entry> {
        self.entries.iter_mut().find(|e| e.year == year && e.number == number)
    }

    pub fn set_status(&mut self, year: i32, number: u32, status: Status, today: CivilDate) {
        if let Some(e) = self.get_mut(year, number) {
            e.status = status;
            e.changed = today.to_string();
        }
    }

    pub fn set_note(&mut self, year: i32, number: u32, note: &str) {
        if let Some(e) = self.get_mut(year, number) {
            e.note = note.to_string();
        }
    }

    /// Newest first, narrowed to the entries whose number, form name, status or any answer contains every word of
    /// `query` (letter case ignored).
    pub fn search<'a>(
        &'a self,
        query: &str,
        forms: &[Form],
        status_name: &dyn Fn(Status) -> String,
        lang: Lang,
    ) -> Vec<&'a Entry> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        let mut found: Vec<&Entry> = self
            .entries
            .iter()
            .filter(|e| {
                let form_name =
                    forms.iter().find(|f| f.id == e.payload.form).map_or(e.payload.form.as_str(), |f| f.name.get(lang));
                let haystack = format!(
                    "{} {} {} {} {}",
                    e.label(),
                    form_name,
                    status_name(e.status),
                    e.note,
                    e.payload.answers.values().cloned().collect::<Vec<_>>().join(" ")
                )
                .to_lowercase();
                words.iter().all(|w| haystack.contains(w.as_str()))
            })
            .collect();
        found.sort_by_key(|e| std::cmp::Reverse((e.year, e.number)));
        found
    }

    /// The register for the desa's own books (RFC 4180): one row per entry, oldest first.
    pub fn csv(&self, forms: &[Form], lang: Lang) -> String {
        let mut out = String::from("nomor,diterima,formulir,nama,nik,telepon,status,diubah,catatan\r\n");
        let mut entries: Vec<&Entry> = self.entries.iter().collect();
        entries.sort_by_key(|e| (e.year, e.number));
        for e in entries {
            let form = forms.iter().find(|f| f.id == e.payload.form);
            let cells = [
                e.label(),
                e.received.clone(),
                form.map_or(e.payload.form.clone(), |f| f.name.get(lang).to_string()),
                e.personal(form, PersonalDatum::Name).unwrap_or_default().to_string(),
                e.personal(form, PersonalDatum::Nik).unwrap_or_default().to_string(),
                e.personal(form, PersonalDatum::Phone).unwrap_or_default().to_string(),
                e.status.id().to_string(),
                e.changed.clone(),
                e.note.clone(),
            ];
            out.push_str(&cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
            out.push_str("\r\n");
        }
        out
    }
}

/// The message telling a resident the letter is ready, from the `ready` template of `locales/` with
/// `{nama}`, `{formulir}` and `{nomor}` filled in; with the phone number in international form for wa.me.
pub fn ready_message(entry: &Entry, form: Option<&Form>, template: &str, lang: Lang) -> (Option<String>, String) {
    let phone = entry
        .personal(form, PersonalDatum::Phone)
        .and_then(|p| crate::base::identity::parse_phone(p).ok())
        .map(|p| p.as_str().trim_start_matches('+').to_string());
    let name = entry.personal(form, PersonalDatum::Name).unwrap_or("").trim();
    let form_name = form.map_or(entry.payload.form.as_str(), |f| f.name.get(lang));
    let text = crate::base::lang::fill(template, &[("nama", name), ("formulir", form_name), ("nomor", &entry.label())]);
    (phone, text)
}
