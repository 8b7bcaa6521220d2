//! The village agenda (`agenda.toml`): posyandu per dusun, musyawarah, forum warga, pelatihan, bazar, gotong
//! royong, bank sampah, penyuluhan. Each activity has explicit dates or a repeating rule ([`recurrence`]);
//! this module answers "what is on, and when" for a day range, a kind, a dusun or a service.

pub mod calendar;
pub mod recurrence;

use crate::base::date::CivilDate;
use crate::base::hours::DayHours;
use crate::base::lang::Text;
use crate::base::link::Link;
use recurrence::Rule;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Posyandu,
    Musdes,
    ForumWarga,
    Pelatihan,
    BazarUmkm,
    GotongRoyong,
    BankSampah,
    Penyuluhan,
    Lainnya,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::Posyandu,
        Kind::Musdes,
        Kind::ForumWarga,
        Kind::Pelatihan,
        Kind::BazarUmkm,
        Kind::GotongRoyong,
        Kind::BankSampah,
        Kind::Penyuluhan,
        Kind::Lainnya,
    ];

    /// The id used in content and addresses (`/agenda/jenis/bank-sampah/`).
    pub fn key(self) -> &'static str {
        [
            "posyandu",
            "musdes",
            "forum-warga",
            "pelatihan",
            "bazar-umkm",
            "gotong-royong",
            "bank-sampah",
            "penyuluhan",
            "lainnya",
        ][self as usize]
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dusun {
    pub id: String,
    #[serde(rename = "nama")]
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    #[serde(rename = "jenis")]
    pub kind: Kind,
    #[serde(rename = "judul")]
    pub title: Text,
    #[serde(rename = "ringkasan")]
    pub summary: Text,
    /// Empty: for the whole desa.
    #[serde(rename = "dusun", default)]
    pub dusun: Vec<String>,
    #[serde(rename = "tempat")]
    pub place: Text,
    /// One span; absent for an all-day activity.
    #[serde(rename = "jam", default, skip_serializing_if = "Option::is_none")]
    pub time: Option<DayHours>,
    #[serde(rename = "sasaran")]
    pub audience: Text,
    #[serde(rename = "bawa", default)]
    pub bring: Vec<Text>,
    #[serde(rename = "penyelenggara")]
    pub organiser: Text,
    #[serde(rename = "layanan", default)]
    pub services: Vec<String>,
    #[serde(rename = "sumber", default)]
    pub sources: Vec<Link>,
    #[serde(rename = "diperiksa")]
    pub checked: CivilDate,
    /// The dates and place are examples until the desa confirms them.
    #[serde(rename = "contoh", default)]
    pub example: bool,
    #[serde(rename = "tanggal", default)]
    pub dates: Vec<CivilDate>,
    #[serde(rename = "ulang", default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<Rule>,
}

/// One day an activity takes place.
#[derive(Clone, Debug, PartialEq)]
pub struct Occurrence<'a> {
    pub event: &'a Event,
    pub date: CivilDate,
    /// Set when this is a moved occurrence: the date it would have been, and why it moved.
    pub moved: Option<(CivilDate, &'a Text)>,
}

impl Event {
    /// The days this activity takes place in `from..=to`, in order: explicit dates, the rule's dates without
    /// the skipped and moved ones, and the moved ones on their new day.
    pub fn occurrences(&self, from: CivilDate, to: CivilDate) -> Vec<Occurrence<'_>> {
        let mut out: Vec<Occurrence> =
            self.dates.iter().map(|&date| Occurrence { event: self, date, moved: None }).collect();
        if let Some(rule) = &self.rule {
            let moved_from = |d: &CivilDate| rule.moves.iter().any(|m| m.from == *d);
            out.extend(
                rule.rule_dates(to)
                    .into_iter()
                    .filter(|d| !rule.except.contains(d) && !moved_from(d))
                    .map(|date| Occurrence { event: self, date, moved: None }),
            );
            out.extend(rule.moves.iter().map(|m| Occurrence {
                event: self,
                date: m.to,
                moved: Some((m.from, &m.reason)),
            }));
        }
        out.retain(|o| o.date >= from && o.date <= to);
        out.sort_by_key(|o| o.date);
        out
    }

    /// Whether the activity is for the people of `dusun` (activities for the whole desa are for everyone).
    pub fn is_for_dusun(&self, dusun: &str) -> bool {
        self.dusun.is_empty() || self.dusun.iter().any(|d| d == dusun)
    }
}

/// Which activities a list shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub kind: Option<Kind>,
    pub dusun: Option<String>,
}

impl Filter {
    pub fn admits(&self, e: &Event) -> bool {
        self.kind.is_none_or(|k| e.kind == k) && self.dusun.as_deref().is_none_or(|d| e.is_for_dusun(d))
    }
}

/// Every occurrence of the admitted activities in `from..=to`, by date, then by start time (all-day first),
/// then by title.
pub fn between<'a>(events: &'a [Event], filter: &Filter, from: CivilDate, to: CivilDate) -> Vec<Occurrence<'a>> {
    let mut out: Vec<Occurrence> =
        events.iter().filter(|e| filter.admits(e)).flat_map(|e| e.occurrences(from, to)).collect();
    out.sort_by(|a, b| {
        let start = |o: &Occurrence| o.event.time.as_ref().and_then(|t| t.0.first()).map_or(0, |s| s.start);
        (a.date, start(a), &a.event.title.id).cmp(&(b.date, start(b), &b.event.title.id))
    });
    out
}

/// The three stretches the agenda page shows from `today`: the rest of this week (to Sunday), the rest of
/// this month after that, and the next month.
pub fn periods(today: CivilDate) -> [(CivilDate, CivilDate); 3] {
    let sunday = today.add_days(6 - today.weekday().index() as i64);
    let month_end =
        CivilDate::new(today.year(), today.month(), crate::base::date::days_in_month(today.year(), today.month()))
            .unwrap_or(today);
    let next_start = month_end.add_days(1);
    let next_end = CivilDate::new(
        next_start.year(),
        next_start.month(),
        crate::base::date::days_in_month(next_start.year(), next_start.month()),
    )
    .unwrap_or(next_start);
    [(today, sunday), (sunday.add_days(1), month_end), (month_end.add_days(1).max(sunday.add_days(1)), next_end)]
}

/// Problems in the agenda, for the content check: (field, message) per activity id.
pub fn problems(events: &[Event], dusun: &[Dusun], service_ids: &[&str]) -> Vec<(String, String, String)> {
    let mut p = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for e in events {
        let mut add = |field: &str, message: String| p.push((e.id.clone(), field.to_string(), message));
        if RESERVED_EVENT_IDS.contains(&e.id.as_str()) {
            add("id", format!("id \"{}\" dipakai untuk alamat daftar agenda; pilih id lain", e.id));
        }
        if !seen.insert(e.id.as_str()) {
            add("id", format!("id \"{}\" dipakai dua kali", e.id));
        }
        match (&e.rule, e.dates.is_empty()) {
            (None, true) => add("tanggal", "isi tanggal atau aturan ulang".into()),
            (Some(_), false) => add("tanggal", "pakai tanggal atau aturan ulang, tidak keduanya".into()),
            (Some(rule), true) => rule.problems().into_iter().for_each(|m| add("ulang", m)),
            (None, false) => {}
        }
        if e.time.as_ref().is_some_and(|t| t.0.len() != 1) {
            add("jam", "tulis satu rentang jam, misalnya 08.00-11.00".into());
        }
        for d in e.dusun.iter().filter(|d| !dusun.iter().any(|x| &x.id == *d)) {
            add("dusun", format!("dusun \"{d}\" tidak ada di daftar dusun"));
        }
        for s in e.services.iter().filter(|s| !service_ids.contains(&s.as_str())) {
            add("layanan", format!("layanan \"{s}\" tidak ada"));
        }
        if e.title.id.trim().is_empty() || e.place.id.trim().is_empty() {
            add("judul", "judul dan tempat harus diisi".into());
        }
    }
    p
}

pub const AGENDA_FILE: &str = "agenda.toml";

/// Activity ids that would clash with the agenda's own listings under `/agenda/`.
pub const RESERVED_EVENT_IDS: &[&str] = &["jenis", "dusun"];

/// The dusun of the desa and its activities, from `agenda.toml`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Agenda {
    #[serde(default)]
    pub dusun: Vec<Dusun>,
    #[serde(rename = "kegiatan", default)]
    pub events: Vec<Event>,
}

impl Agenda {
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn dusun_name(&self, id: &str) -> Option<&str> {
        self.dusun.iter().find(|d| d.id == id).map(|d| d.name.as_str())
    }
}

#[cfg(test)]
mod tests;
