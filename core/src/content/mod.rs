//! The content: everything the village edits, as one checked value. The top of the core: it gathers every
//! domain, and nothing below imports it.
//!
//! Build time: [`load`] reads `content/`, [`check`] asks every domain for its problems (each naming the file and
//! the field) and checks what links domains, and the build stops on any. Run time: the app receives parts of it
//! and trusts them.

mod check;
#[cfg(feature = "load")]
mod load;
mod pages;
mod search;
mod stale;

pub use check::check;
#[cfg(feature = "load")]
pub use load::load;
pub use pages::pages;
pub use search::catalogue_entries;
pub use stale::{stale_facts, stale_months, STALE_AFTER_DAYS};

use crate::agenda::Agenda;
use crate::catalog::{LifeEvent, Office, Sector, Service};
use crate::village::Village;
use serde::{Deserialize, Serialize};

/// Everything in `content/`, checked.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Content {
    #[serde(rename = "desa")]
    pub village: Village,
    pub sectors: Vec<Sector>,
    pub life_events: Vec<LifeEvent>,
    pub offices: Vec<Office>,
    /// Sorted by id.
    pub services: Vec<Service>,
    /// Immunisation, pregnancy and CKG schedules (`jadwal/`).
    pub schedules: crate::schedule::Schedules,
    /// Forms (`formulir/`), sorted by id.
    pub forms: Vec<crate::forms::Form>,
    /// The shared question bank of the eligibility checkers (`pertanyaan.toml`).
    pub questions: Vec<crate::eligibility::Question>,
    /// Aid programmes and their eligibility rules (`program/`, checked at `/cek/`), sorted by id.
    #[serde(rename = "programmes")]
    pub aid_programmes: Vec<crate::eligibility::AidProgramme>,
    /// The village agenda (`agenda.toml`).
    pub agenda: Agenda,
    /// The village's integrated programmes with their indicators (`program-terpadu.toml`).
    pub village_programmes: Vec<crate::transparency::VillageProgramme>,
    /// Articles (`info/`), sorted by id, and their topics (`topik.toml`).
    #[serde(default)]
    pub articles: Vec<crate::article::Article>,
    #[serde(default)]
    pub topics: Vec<crate::article::Topic>,
    /// Groups of words residents use for the same thing (`sinonim.toml`), for the search.
    #[serde(default)]
    pub synonyms: Vec<Vec<String>>,
    /// The village budget (`apbdes.toml`), once the desa publishes one.
    #[serde(default)]
    pub budget: Option<crate::transparency::Budget>,
    /// Documents several services ask for (`dokumen.toml`), for the visit planner.
    #[serde(default)]
    pub documents: Vec<crate::catalog::DocumentKind>,
    /// Holidays and cuti bersama (`libur.toml`), for the visit planner's day finder.
    #[serde(default)]
    pub holidays: Option<crate::visit::Holidays>,
    /// The letterhead, numbering and signature of the letters the office prints (`surat.toml`).
    #[serde(default)]
    pub letters: Option<crate::office::letter::LetterSettings>,
}

impl Content {
    pub fn article(&self, id: &str) -> Option<&crate::article::Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn village_programme(&self, id: &str) -> Option<&crate::transparency::VillageProgramme> {
        self.village_programmes.iter().find(|p| p.id == id)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn office(&self, id: &str) -> Option<&Office> {
        self.offices.iter().find(|o| o.id == id)
    }

    pub fn form(&self, id: &str) -> Option<&crate::forms::Form> {
        self.forms.iter().find(|f| f.id == id)
    }

    pub fn aid_programme(&self, id: &str) -> Option<&crate::eligibility::AidProgramme> {
        self.aid_programmes.iter().find(|p| p.id == id)
    }

    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.sectors.iter().find(|s| s.id == id)
    }

    pub fn life_event(&self, id: &str) -> Option<&LifeEvent> {
        self.life_events.iter().find(|e| e.id == id)
    }

    /// Services of a sector, in catalogue (id) order.
    pub fn services_in_sector<'a>(&'a self, sector: &'a str) -> impl Iterator<Item = &'a Service> + 'a {
        self.services.iter().filter(move |s| s.sector == sector)
    }

    /// Services listed under a life event.
    pub fn services_for_life_event<'a>(&'a self, event: &'a str) -> impl Iterator<Item = &'a Service> + 'a {
        self.services.iter().filter(move |s| s.life_events.iter().any(|e| e == event))
    }

    /// The visit planner over this content.
    pub fn planner(&self) -> crate::visit::Planner {
        crate::visit::Planner::new(&self.services, &self.offices, &self.documents, self.holidays.as_ref())
    }
}
