//! The whole content check: every domain's problems, and what links one domain to another.

use super::Content;
use crate::base::check::{Problem, Report};
use crate::catalog::Known;
use crate::schedule::SCHEDULE_CHECKERS;

/// Every problem in the content; empty means the app can show it safely.
pub fn check(content: &Content) -> Vec<Problem> {
    let mut problems = crate::village::problems(&content.village);
    let known = Known {
        sectors: content.sectors.iter().map(|s| s.id.as_str()).collect(),
        life_events: content.life_events.iter().map(|e| e.id.as_str()).collect(),
        offices: content.offices.iter().map(|o| o.id.as_str()).collect(),
        services: content.services.iter().map(|s| s.id.as_str()).collect(),
        checkers: content
            .aid_programmes
            .iter()
            .map(|p| p.id.as_str())
            .chain(SCHEDULE_CHECKERS.iter().copied())
            .collect(),
        forms: content.forms.iter().map(|f| f.id.as_str()).collect(),
    };
    problems.extend(crate::catalog::problems(
        &content.sectors,
        &content.life_events,
        &content.offices,
        &content.services,
        &known,
    ));

    let service_ids = &known.services;
    for (id, field, message) in crate::agenda::problems(&content.agenda.events, &content.agenda.dusun, service_ids) {
        problems.push(Problem {
            file: crate::agenda::AGENDA_FILE.into(),
            field: format!("kegiatan \"{id}\".{field}"),
            message,
        });
    }
    problems.extend(crate::transparency::transparency_problems(
        &content.village_programmes,
        content.budget.as_ref(),
        &known.sectors,
        service_ids,
    ));
    problems.extend(crate::visit::problems(
        &content.services,
        &content.offices,
        &content.documents,
        content.holidays.as_ref(),
    ));
    let event_ids: Vec<&str> = content.agenda.events.iter().map(|e| e.id.as_str()).collect();
    problems.extend(crate::article::article_problems(&content.articles, &content.topics, service_ids, &event_ids));

    // Programmes are checked with their own rules when loaded; only their links to forms need the forms.
    for p in &content.aid_programmes {
        if let Some(form) = &p.form {
            if !known.forms.contains(&form.as_str()) {
                let mut r = Report::new(crate::eligibility::programme_file(&p.id));
                r.add("formulir", format!("formulir \"{form}\" tidak dikenal"));
                r.into(&mut problems);
            }
        }
    }
    problems.extend(crate::forms::form_problems(&content.forms, service_ids));
    problems.extend(crate::catalog::document_condition_problems(&content.forms, &content.services));
    match &content.letters {
        Some(settings) => problems.extend(crate::office::letter::settings_problems(settings)),
        None if content.forms.iter().any(|f| f.letter.is_some()) => {
            let mut r = Report::new(crate::office::letter::SETTINGS_FILE);
            r.add("kop", "formulir punya [surat], tetapi surat.toml belum ada");
            r.into(&mut problems);
        }
        None => {}
    }
    problems
}
