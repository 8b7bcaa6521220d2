//! The village's integrated programmes (`program-terpadu.toml`): aims, partners, indicators with their
//! target and reported values, milestones. Progress follows explicit rules, and a value that was never
//! reported is said to be missing, never drawn as 0 % (Decidim #2737).

use crate::base::date::CivilDate;
use crate::base::lang::Text;
use crate::base::link::Link;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VillageProgramme {
    pub id: String,
    #[serde(rename = "sektor")]
    pub sector: String,
    #[serde(rename = "nama")]
    pub name: Text,
    #[serde(rename = "ringkasan")]
    pub summary: Text,
    #[serde(rename = "mulai")]
    pub start: CivilDate,
    #[serde(rename = "selesai", default, skip_serializing_if = "Option::is_none")]
    pub end: Option<CivilDate>,
    #[serde(rename = "layanan", default)]
    pub services: Vec<String>,
    #[serde(rename = "diperiksa")]
    pub checked: CivilDate,
    #[serde(rename = "contoh", default)]
    pub example: bool,
    #[serde(rename = "mitra", default)]
    pub partners: Vec<Partner>,
    #[serde(rename = "indikator", default)]
    pub indicators: Vec<Indicator>,
    #[serde(rename = "tahapan", default)]
    pub milestones: Vec<Milestone>,
    #[serde(rename = "sumber", default)]
    pub sources: Vec<Link>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerKind {
    PemerintahDesa,
    Dinas,
    Puskesmas,
    Ngo,
    Csr,
    Lainnya,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    #[serde(rename = "nama")]
    pub name: String,
    #[serde(rename = "jenis")]
    pub kind: PartnerKind,
    #[serde(rename = "peran")]
    pub role: Text,
}

/// Whether more is better (visits to the Puskesmas) or less is (stunted children).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Naik,
    Turun,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
    #[serde(rename = "satuan")]
    pub unit: Text,
    #[serde(rename = "arah")]
    pub direction: Direction,
    pub target: u64,
    #[serde(rename = "target_tahun")]
    pub target_year: i32,
    /// Oldest first.
    #[serde(rename = "nilai", default)]
    pub readings: Vec<Reading>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    #[serde(rename = "periode")]
    pub period: Month,
    #[serde(rename = "nilai")]
    pub value: u64,
    #[serde(rename = "sumber")]
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    #[serde(rename = "tanggal")]
    pub date: CivilDate,
    #[serde(rename = "teks")]
    pub text: Text,
    #[serde(rename = "selesai", default)]
    pub done: bool,
}

/// A reporting month, written `2026-07` in content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl FromStr for Month {
    type Err = String;
    fn from_str(s: &str) -> Result<Month, String> {
        let invalid = || format!("bulan \"{s}\" harus ditulis TTTT-BB, misalnya 2026-07");
        let (y, m) = s.split_once('-').ok_or_else(invalid)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(invalid());
        }
        let (year, month) = (y.parse().map_err(|_| invalid())?, m.parse().map_err(|_| invalid())?);
        if !(1..=12).contains(&month) {
            return Err(invalid());
        }
        Ok(Month { year, month })
    }
}

impl TryFrom<String> for Month {
    type Error = String;
    fn try_from(s: String) -> Result<Month, String> {
        s.parse()
    }
}

impl From<Month> for String {
    fn from(m: Month) -> String {
        m.to_string()
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Month {
    /// "Juli 2026".
    pub fn long(self, lang: crate::base::lang::Lang) -> String {
        format!("{} {}", crate::base::date::month_name(self.month, lang), self.year)
    }
}

impl Indicator {
    pub fn latest(&self) -> Option<&Reading> {
        self.readings.last()
    }

    pub fn reached(&self) -> bool {
        self.latest().is_some_and(|r| match self.direction {
            Direction::Naik => r.value >= self.target,
            Direction::Turun => r.value <= self.target,
        })
    }

    /// How far along the way to the target, in whole percent, at most 100 (the real value is always shown
    /// beside it). Rising: the latest value against the target. Falling: the fall since the first report
    /// against the fall the target asks for. `None` when there is nothing to measure: no value reported, or a
    /// falling indicator with one value still above its target.
    pub fn progress(&self) -> Option<u64> {
        let latest = self.latest()?.value;
        if self.reached() {
            return Some(100);
        }
        match self.direction {
            Direction::Naik => super::budget::percent(latest, self.target),
            Direction::Turun => {
                let first = self.readings.first()?.value;
                if self.readings.len() < 2 {
                    return None;
                }
                if first <= self.target {
                    return Some(0);
                }
                Some(first.saturating_sub(latest) * 100 / (first - self.target))
            }
        }
    }
}

/// What is wrong with the programmes, as (programme id, field, message) for the content check.
pub fn problems(
    programmes: &[VillageProgramme],
    sector_ids: &[&str],
    service_ids: &[&str],
) -> Vec<(String, String, String)> {
    let mut p = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for prog in programmes {
        let mut add = |field: String, message: String| p.push((prog.id.clone(), field, message));
        if super::RESERVED_VILLAGE_PROGRAMME_IDS.contains(&prog.id.as_str()) {
            add("id".into(), format!("id \"{}\" dipakai untuk alamat halaman lain; pilih id lain", prog.id));
        }
        if !seen.insert(prog.id.as_str()) {
            add("id".into(), format!("id \"{}\" dipakai dua kali", prog.id));
        }
        if !sector_ids.contains(&prog.sector.as_str()) {
            add("sektor".into(), format!("sektor \"{}\" tidak ada di sektor.toml", prog.sector));
        }
        for s in prog.services.iter().filter(|s| !service_ids.contains(&s.as_str())) {
            add("layanan".into(), format!("layanan \"{s}\" tidak ada"));
        }
        if prog.end.is_some_and(|end| end < prog.start) {
            add("selesai".into(), "tanggal selesai sebelum tanggal mulai".into());
        }
        let mut indicator_ids = std::collections::BTreeSet::new();
        for ind in &prog.indicators {
            let at = format!("indikator \"{}\"", ind.id);
            if !indicator_ids.insert(ind.id.as_str()) {
                add(at.clone(), "id indikator dipakai dua kali".into());
            }
            if ind.target == 0 && ind.direction == Direction::Naik {
                add(format!("{at}.target"), "target harus lebih dari 0".into());
            }
            if ind.readings.windows(2).any(|w| w[0].period >= w[1].period) {
                add(format!("{at}.nilai"), "tulis nilai dari bulan terlama ke terbaru, satu nilai per bulan".into());
            }
        }
    }
    p
}
