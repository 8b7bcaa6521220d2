//! Calendar reminders from the plans: one all-day event on the first day of every window that has not
//! opened yet (for immunisation, one per visit day). Windows already open need action now, not a reminder.

use super::ckg::CkgDue;
use super::immunisation::Dose;
use super::pregnancy::{PostnatalCheck, PregnancyPlan};
use super::Status;
use crate::base::date::CivilDate;
use crate::base::ics::{stable_uid, Event};
use crate::base::lang::{Lang, Text};

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

/// One event per Posyandu visit still to come, for a child born on `child.date`: the doses recommended for the
/// same day are one visit, so the phone reminds once, listing them. Doses the parent ticked as given are left out.
pub fn immunisation_events(child: Person, plan: &[Dose], given: &[String], lang: Lang) -> Vec<Event> {
    let mut visits: Vec<(CivilDate, Vec<&Dose>)> = Vec::new();
    for dose in plan.iter().filter(|d| d.status == Status::Upcoming && !given.contains(&d.vaccine.id)) {
        match visits.iter_mut().find(|(day, _)| *day == dose.due_from) {
            Some((_, doses)) => doses.push(dose),
            None => visits.push((dose.due_from, vec![dose])),
        }
    }
    visits
        .into_iter()
        .map(|(day, doses)| {
            let names: Vec<&str> = doses.iter().map(|d| d.vaccine.name.get(lang)).collect();
            let title = match lang {
                Lang::Id => format!("Imunisasi: {}", names.join(", ")),
                Lang::En => format!("Immunisation: {}", names.join(", ")),
            };
            let notes: Vec<Text> = doses.iter().flat_map(|d| d.vaccine.notes.iter().cloned()).collect();
            // One visit per day: the date names it, so ticking a dose as given updates the same event.
            child.event("imunisasi", &format!("kunjungan-{day}"), day, &title, &notes, lang)
        })
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
