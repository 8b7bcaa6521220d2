//! Reading `content/` from disk. Build time and native tests only: never compiled into the wasm.

use super::{check, Content};
use crate::agenda::{Agenda, AGENDA_FILE};
use crate::article::{article_file, ARTICLES_DIR, TOPICS_FILE};
use crate::base::check::{parse_file, take, toml_file_names, Problem};
use crate::catalog::{
    service_file, LifeEvent, Office, Sector, Service, LIFE_EVENTS_FILE, OFFICES_FILE, SECTORS_FILE, SERVICES_DIR,
};
use crate::forms::{Choice, FieldKind, Form};
use crate::search::SYNONYMS_FILE;
use crate::transparency::{BUDGET_FILE, VILLAGE_PROGRAMMES_FILE};
use crate::village::{Village, PROFILE_FILE};
use crate::visit::{DOCUMENTS_FILE, HOLIDAYS_FILE};
use serde::Deserialize;

/// Reads and checks `content/`. Used by build.rs and native tests; never compiled into the wasm.
pub fn load(dir: &std::path::Path) -> Result<Content, Vec<Problem>> {
    #[derive(Deserialize)]
    struct Sectors {
        sektor: Vec<Sector>,
    }
    #[derive(Deserialize)]
    struct LifeEvents {
        keperluan: Vec<LifeEvent>,
    }
    #[derive(Deserialize)]
    struct Offices {
        kantor: Vec<Office>,
    }
    let mut problems = Vec::new();
    let desa = take(&mut problems, parse_file::<Village>(dir, PROFILE_FILE));
    let sectors = take(&mut problems, parse_file::<Sectors>(dir, SECTORS_FILE).map(|s| s.sektor));
    let life_events = take(&mut problems, parse_file::<LifeEvents>(dir, LIFE_EVENTS_FILE).map(|e| e.keperluan));
    let offices = take(&mut problems, parse_file::<Offices>(dir, OFFICES_FILE).map(|o| o.kantor));
    let mut services = Vec::new();
    for name in toml_file_names(dir, SERVICES_DIR) {
        if let Some(s) = take(&mut problems, parse_file::<Service>(dir, &name)) {
            if service_file(&s.id) != name {
                problems.push(Problem {
                    file: name.clone(),
                    field: "id".into(),
                    message: format!("id \"{}\" harus sama dengan nama berkas", s.id),
                });
            }
            services.push(s);
        }
    }
    services.sort_by(|a: &Service, b: &Service| a.id.cmp(&b.id));
    let schedules = take(&mut problems, crate::schedule::load_schedules(dir));
    let forms = take(&mut problems, crate::forms::load_forms(dir));
    let rules = take(&mut problems, crate::eligibility::load_programmes(dir));
    let agenda = take(&mut problems, parse_file::<Agenda>(dir, AGENDA_FILE));
    #[derive(Deserialize)]
    struct VillageProgrammes {
        #[serde(default)]
        program: Vec<crate::transparency::VillageProgramme>,
    }
    // Both optional: a desa may publish its programmes and budget later.
    let village_programmes = match dir.join(VILLAGE_PROGRAMMES_FILE).exists() {
        true => take(&mut problems, parse_file::<VillageProgrammes>(dir, VILLAGE_PROGRAMMES_FILE).map(|p| p.program)),
        false => Some(Vec::new()),
    };
    #[derive(Deserialize)]
    struct Topics {
        topik: Vec<crate::article::Topic>,
    }
    #[derive(Deserialize)]
    struct Synonyms {
        sinonim: Vec<SynonymGroup>,
    }
    #[derive(Deserialize)]
    struct SynonymGroup {
        kata: Vec<String>,
    }
    let mut articles = Vec::new();
    for name in toml_file_names(dir, ARTICLES_DIR) {
        if let Some(a) = take(&mut problems, parse_file::<crate::article::Article>(dir, &name)) {
            if article_file(&a.id) != name {
                problems.push(Problem {
                    file: name.clone(),
                    field: "id".into(),
                    message: format!("id \"{}\" harus sama dengan nama berkas", a.id),
                });
            }
            articles.push(a);
        }
    }
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    let topics = match dir.join(TOPICS_FILE).exists() {
        true => take(&mut problems, parse_file::<Topics>(dir, TOPICS_FILE).map(|t| t.topik)),
        false => Some(Vec::new()),
    };
    let synonyms = match dir.join(SYNONYMS_FILE).exists() {
        true => take(
            &mut problems,
            parse_file::<Synonyms>(dir, SYNONYMS_FILE).map(|s| s.sinonim.into_iter().map(|g| g.kata).collect()),
        ),
        false => Some(Vec::new()),
    };
    let budget = match dir.join(BUDGET_FILE).exists() {
        true => take(&mut problems, parse_file::<crate::transparency::Budget>(dir, BUDGET_FILE).map(Some)),
        false => Some(None),
    };
    #[derive(Deserialize)]
    struct Documents {
        dokumen: Vec<crate::catalog::DocumentKind>,
    }
    let documents = match dir.join(DOCUMENTS_FILE).exists() {
        true => take(&mut problems, parse_file::<Documents>(dir, DOCUMENTS_FILE).map(|d| d.dokumen)),
        false => Some(Vec::new()),
    };
    let holidays = match dir.join(HOLIDAYS_FILE).exists() {
        true => take(&mut problems, parse_file::<crate::visit::Holidays>(dir, HOLIDAYS_FILE).map(Some)),
        false => Some(None),
    };
    let letters = match dir.join(crate::office::letter::SETTINGS_FILE).exists() {
        true => take(
            &mut problems,
            parse_file::<crate::office::letter::LetterSettings>(dir, crate::office::letter::SETTINGS_FILE).map(Some),
        ),
        false => Some(None),
    };
    let (
        Some(desa),
        Some(sectors),
        Some(life_events),
        Some(offices),
        Some(schedules),
        Some(mut forms),
        Some((questions, programmes)),
        Some(agenda),
        Some(village_programmes),
        Some(budget),
        Some(topics),
        Some(synonyms),
        Some(documents),
        Some(holidays),
        Some(letters),
    ) = (
        desa,
        sectors,
        life_events,
        offices,
        schedules,
        forms,
        rules,
        agenda,
        village_programmes,
        budget,
        topics,
        synonyms,
        documents,
        holidays,
        letters,
    )
    else {
        return Err(problems);
    };
    forms.sort_by(|a, b| a.id.cmp(&b.id));
    fill_service_options(&mut forms, &services);
    let content = Content {
        village: desa,
        sectors,
        life_events,
        offices,
        services,
        schedules,
        forms,
        questions,
        aid_programmes: programmes,
        agenda,
        articles,
        topics,
        synonyms,
        village_programmes,
        budget,
        documents,
        holidays,
        letters,
    };
    problems.extend(check(&content));
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}

/// Puts the catalogue's services in front of the options of fields that ask for them (`pilihan_dari`).
fn fill_service_options(forms: &mut [Form], services: &[Service]) {
    for field in forms.iter_mut().flat_map(|f| f.sections.iter_mut()).flat_map(|s| s.fields.iter_mut()) {
        if field.kind == FieldKind::Choice && field.options_from.take().is_some() {
            let mut options: Vec<Choice> = services
                .iter()
                .map(|s| Choice { id: s.id.clone(), label: s.name.clone(), office_label: None })
                .collect();
            options.append(&mut field.options);
            field.options = options;
        }
    }
}
