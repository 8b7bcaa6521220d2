//! Reads `content/pertanyaan.toml` and `content/program/*.toml` and checks them. Build time and native tests only.

use super::problems::{aid_programme_problems, programme_file, PROGRAMMES_DIR, QUESTIONS_FILE};
use super::programme::AidProgramme;
use super::question::Question;
use crate::base::check::{parse_file, Problem};
use crate::catalog::SERVICES_DIR;
use serde::Deserialize;
use std::path::Path;

/// The question bank and the programmes (sorted by id), or every problem found.
pub fn load_programmes(dir: &Path) -> Result<(Vec<Question>, Vec<AidProgramme>), Vec<Problem>> {
    #[derive(Deserialize)]
    struct Bank {
        pertanyaan: Vec<Question>,
    }
    let mut problems = Vec::new();
    let questions =
        parse_file::<Bank>(dir, QUESTIONS_FILE).map(|b| b.pertanyaan).map_err(|mut p| problems.append(&mut p)).ok();
    let mut programmes = Vec::new();
    for name in toml_names(dir, PROGRAMMES_DIR) {
        let file = format!("{PROGRAMMES_DIR}/{name}.toml");
        match parse_file::<AidProgramme>(dir, &file) {
            Ok(p) if programme_file(&p.id) != file => problems.push(Problem {
                file,
                field: "id".into(),
                message: format!("id \"{}\" harus sama dengan nama berkas", p.id),
            }),
            Ok(p) => programmes.push(p),
            Err(mut p) => problems.append(&mut p),
        }
    }
    programmes.sort_by(|a, b| a.id.cmp(&b.id));
    let services = toml_names(dir, SERVICES_DIR);
    let services: Vec<&str> = services.iter().map(String::as_str).collect();
    let Some(questions) = questions else { return Err(problems) };
    problems.extend(aid_programme_problems(&questions, &programmes, &services));
    if problems.is_empty() {
        Ok((questions, programmes))
    } else {
        Err(problems)
    }
}

/// The names, without `.toml`, of the TOML files in `dir/sub`, sorted so reports are stable.
fn toml_names(dir: &Path, sub: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join(sub))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter_map(|n| n.strip_suffix(".toml").map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}
