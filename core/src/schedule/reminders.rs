//! Calendar reminders from the plans: one all-day event on the first day of every window that has not
//! opened yet. Windows already open need action now, not a reminder.

use super::ckg::CkgDue;
use super::immunisation::Dose;
use super::pregnancy::{PostnatalCheck, PregnancyPlan};
use super::Status;
use crate::civil_date::CivilDate;
use crate::ics::{stable_uid, Event};
use crate::lang::{Lang, Text};

/// Whose reminders these are: the name the resident typed (may be empty) and the date the plan counts from.
#[derive(Clone, Copy, Debug)]
pub struct Person<'a> {
    pub name: &'a str,
    pub date: CivilDate,
}

impl Person<'_> {
    fn event(&self, kind: &str, item: &str, date: CivilDate, title: &str, notes: &[Text], lang: Lang) -> Event {
        let anchor = self.date.to_string();
        let summary = match self.name.trim() {
            "" => title.to_string(),
            name => format!("{name}: {title}"),
        };
        let description: Vec<&str> = notes.iter().map(|n| n.get(lang)).collect();
        Event { uid: stable_uid(kind, &[self.name, &anchor], item), date, summary, description: description.join("\n") }
    }
}

/// Doses not yet due, for a child born on `child.date`.
pub fn immunisation_events(child: Person, plan: &[Dose], lang: Lang) -> Vec<Event> {
    plan.iter()
        .filter(|d| d.status == Status::Upcoming)
        .map(|d| child.event("imunisasi", &d.vaccine.id, d.due_from, d.vaccine.name.get(lang), &d.vaccine.notes, lang))
        .collect()
}

/// One event per trimester still to come, naming its check-ups; `mother.date` is the HPHT.
pub fn antenatal_events(mother: Person, plan: &PregnancyPlan, lang: Lang) -> Vec<Event> {
    plan.trimesters
        .iter()
        .filter(|t| t.status == Status::Upcoming)
        .map(|t| {
            let visits: Vec<&str> = t.visits.iter().map(|v| v.name.get(lang)).collect();
            let title = format!("{}: {}", t.trimester.name.get(lang), visits.join(", "));
            let item = format!("trimester-{}", t.trimester.number);
            mother.event("kehamilan", &item, t.from, &title, &t.trimester.notes, lang)
        })
        .collect()
}

/// After-birth check-ups still to come; `mother.date` is the birth date.
pub fn postnatal_events(mother: Person, plan: &[PostnatalCheck], lang: Lang) -> Vec<Event> {
    plan.iter()
        .filter(|c| c.status == Status::Upcoming)
        .map(|c| mother.event("nifas", &c.visit.id, c.from, c.visit.name.get(lang), &c.visit.notes, lang))
        .collect()
}

/// CKG packages that open later; `person.date` is the birth date.
pub fn ckg_events(person: Person, due: &[CkgDue], lang: Lang) -> Vec<Event> {
    due.iter()
        .filter(|d| d.status == Status::Upcoming)
        .map(|d| person.event("ckg", &d.package.id, d.from, d.package.name.get(lang), &d.package.notes, lang))
        .collect()
}
