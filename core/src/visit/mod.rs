//! The one-visit planner (`/kunjungan`): several services merged into one checklist of documents, grouped by
//! office in visiting order, with the next days on which every office on the way is open.
//!
//! The build turns the content into a [`Planner`] (services with their visit steps and documents, offices
//! with their hours, the holiday list); the page's island gets it as props and plans on the phone.

mod days;
mod plan;
mod text;

#[cfg(test)]
mod tests;

pub use days::{open_days, DayFinding, OpenDay};
pub use plan::{plan, Bring, Item, Note, Plan, Stop};
pub use text::{bring_line, item_line, plan_text, Words};

use crate::base::check::{Problem, Report};
use crate::base::date::CivilDate;
use crate::base::hours::WeeklyHours;
use crate::base::lang::Text;
use crate::base::link::Link;
use crate::catalog::{service_file, DocumentForm, DocumentKind, Office, Service, VisitStep};
use serde::{Deserialize, Serialize};

/// The pseudo-form a plan is kept under as a draft.
pub use crate::drafts::PLAN_FORM;

/// The draft's answers: chosen service ids, and ticked checklist lines, each comma-separated.
pub const SERVICES_FIELD: &str = "layanan";
pub const TICKS_FIELD: &str = "centang";

/// Days the office calendar closes (`content/libur.toml`): national holidays and cuti bersama, as explicit
/// dates from the SKB, never rules.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holidays {
    /// The last day the list covers: after it, a day finder cannot know the holidays.
    #[serde(rename = "berlaku_sampai")]
    pub until: CivilDate,
    #[serde(rename = "diperiksa")]
    pub checked: CivilDate,
    #[serde(rename = "libur", default)]
    pub days: Vec<Holiday>,
    #[serde(rename = "sumber", default)]
    pub sources: Vec<Link>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    #[serde(rename = "tanggal")]
    pub date: CivilDate,
    #[serde(rename = "nama")]
    pub name: Text,
    #[serde(rename = "jenis")]
    pub kind: HolidayKind,
    /// The date is not yet matched against the SKB text.
    #[serde(rename = "belum_pasti", default)]
    pub unconfirmed: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum HolidayKind {
    #[default]
    #[serde(rename = "libur_nasional")]
    National,
    #[serde(rename = "cuti_bersama")]
    CollectiveLeave,
}

/// Everything the planner needs, as the island's props.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Planner {
    pub services: Vec<PlanService>,
    pub offices: Vec<PlanOffice>,
    pub holidays: Vec<Holiday>,
    pub holidays_until: CivilDate,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanService {
    pub id: String,
    pub name: Text,
    pub steps: Vec<VisitStep>,
    pub documents: Vec<PlanDocument>,
}

/// One document line of a service, with the office it goes to resolved.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanDocument {
    /// The canonical document id, or `<service>#<n>` for a document only this service asks for.
    pub key: String,
    pub name: Text,
    pub condition: Option<Text>,
    pub form: DocumentForm,
    pub copies: u32,
    pub office: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanOffice {
    pub id: String,
    pub name: Text,
    pub hours: Option<WeeklyHours>,
}

impl Planner {
    /// The planner over the catalogue: its services' steps and documents (canonical names from `documents`),
    /// the offices' hours, and the holidays.
    pub fn new(
        services: &[Service],
        offices: &[Office],
        documents: &[DocumentKind],
        holidays: Option<&Holidays>,
    ) -> Planner {
        let services = services
            .iter()
            .map(|s| {
                let main = s.main_office();
                let mut lines = Vec::new();
                for (i, d) in s.documents.iter().enumerate() {
                    let line = |key: String, name: Text| PlanDocument {
                        key,
                        name,
                        condition: d.condition.clone(),
                        form: d.form,
                        copies: if d.form.hands_in_copies() { d.copies.unwrap_or(1) } else { 0 },
                        office: d.office.clone().unwrap_or_else(|| main.to_string()),
                    };
                    let kinds: Vec<_> = d.kinds.iter().filter_map(|k| documents.iter().find(|x| x.id == *k)).collect();
                    if kinds.is_empty() {
                        lines.push(line(format!("{}#{i}", s.id), d.name.clone()));
                    }
                    lines.extend(kinds.into_iter().map(|k| line(k.id.clone(), k.name.clone())));
                }
                PlanService { id: s.id.clone(), name: s.name.clone(), steps: s.visit.clone(), documents: lines }
            })
            .collect();
        let offices = offices
            .iter()
            .map(|o| PlanOffice { id: o.id.clone(), name: o.name.clone(), hours: o.hours.clone() })
            .collect();
        let (holidays, holidays_until) = match holidays {
            Some(h) => (h.days.clone(), h.until),
            None => (Vec::new(), CivilDate::default()),
        };
        Planner { services, offices, holidays, holidays_until }
    }

    pub fn service(&self, id: &str) -> Option<&PlanService> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn office(&self, id: &str) -> Option<&PlanOffice> {
        self.offices.iter().find(|o| o.id == id)
    }
}

/// The chosen services of a saved plan, in the order they were added, unknown and repeated ids dropped.
pub fn chosen(raw: Option<&str>, planner: &Planner) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in raw.unwrap_or("").split(',').map(str::trim) {
        if planner.service(id).is_some() && !out.iter().any(|x| x == id) {
            out.push(id.to_string());
        }
    }
    out
}

pub const DOCUMENTS_FILE: &str = "dokumen.toml";
pub const HOLIDAYS_FILE: &str = "libur.toml";

/// The problems of the planner's content: documents and offices that do not exist, services without steps.
pub fn problems(
    services: &[Service],
    offices: &[Office],
    documents: &[DocumentKind],
    holidays: Option<&Holidays>,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let kinds: Vec<&str> = documents.iter().map(|d| d.id.as_str()).collect();
    let mut r = Report::new(DOCUMENTS_FILE);
    for (i, d) in documents.iter().enumerate() {
        let at = format!("dokumen[{i}]");
        if d.id.is_empty() || !d.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
            r.add(format!("{at}.id"), format!("\"{}\": id hanya boleh huruf kecil, angka, dan garis bawah", d.id));
        }
        if kinds.iter().filter(|k| **k == d.id).count() > 1 {
            r.add(format!("{at}.id"), format!("id \"{}\" dipakai lebih dari sekali", d.id));
        }
        r.text(&format!("{at}.nama"), &d.name);
    }
    r.into(&mut out);
    let offices: Vec<&str> = offices.iter().map(|o| o.id.as_str()).collect();
    for s in services {
        let mut r = Report::new(service_file(&s.id));
        if s.visit.is_empty() {
            r.add("kunjungan", "tulis paling sedikit satu kantor yang dikunjungi");
        }
        for (i, step) in s.visit.iter().enumerate() {
            r.refers(&format!("kunjungan[{i}].kantor"), std::slice::from_ref(&step.office), &offices, "kantor");
            r.text(&format!("kunjungan[{i}].untuk"), &step.purpose);
            if s.visit[..i].iter().any(|earlier| earlier.office == step.office) {
                r.add(
                    format!("kunjungan[{i}].kantor"),
                    format!("kantor \"{}\" sudah disebut di langkah sebelumnya", step.office),
                );
            }
        }
        for (i, d) in s.documents.iter().enumerate() {
            r.refers(&format!("persyaratan[{i}].dokumen"), &d.kinds, &kinds, "dokumen");
            if let Some(office) = &d.office {
                r.refers(&format!("persyaratan[{i}].kantor"), std::slice::from_ref(office), &offices, "kantor");
            }
            match d.copies {
                Some(0) => r.add(format!("persyaratan[{i}].jumlah"), "jumlah paling sedikit 1"),
                Some(_) if !d.form.hands_in_copies() => r.add(
                    format!("persyaratan[{i}].jumlah"),
                    "jumlah hanya untuk bentuk \"fotokopi\" atau \"asli_dan_fotokopi\"",
                ),
                _ => {}
            }
        }
        r.into(&mut out);
    }
    if let Some(h) = holidays {
        let mut r = Report::new(HOLIDAYS_FILE);
        for (i, day) in h.days.iter().enumerate() {
            r.text(&format!("libur[{i}].nama"), &day.name);
            if i > 0 && h.days[i - 1].date >= day.date {
                r.add(format!("libur[{i}].tanggal"), "urutkan tanggal dari yang paling awal, tanpa tanggal ganda");
            }
            if day.date > h.until {
                r.add(format!("libur[{i}].tanggal"), format!("tanggal sesudah berlaku_sampai ({})", h.until));
            }
        }
        if h.sources.is_empty() {
            r.add("sumber", "sebutkan sumber tanggal libur (nomor SKB)");
        }
        r.links("sumber", &h.sources, false);
        r.into(&mut out);
    }
    out
}
