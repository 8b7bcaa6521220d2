//! Reading `content/jadwal/` from disk, at build time and in native tests; never compiled into the wasm.

use super::{schedule_problems, Schedules, CKG_FILE, IMMUNISATION_FILE, PREGNANCY_FILE};
use crate::base::check::{parse_file, Problem};
use std::path::Path;

/// Reads and checks the three schedule files under the content folder `dir`, reporting every problem.
pub fn load_schedules(dir: &Path) -> Result<Schedules, Vec<Problem>> {
    let mut problems = Vec::new();
    let immunisation = parse_file(dir, IMMUNISATION_FILE).map_err(|mut p| problems.append(&mut p)).ok();
    let pregnancy = parse_file(dir, PREGNANCY_FILE).map_err(|mut p| problems.append(&mut p)).ok();
    let ckg = parse_file(dir, CKG_FILE).map_err(|mut p| problems.append(&mut p)).ok();
    let (Some(immunisation), Some(pregnancy), Some(ckg)) = (immunisation, pregnancy, ckg) else {
        return Err(problems);
    };
    let schedules = Schedules { immunisation, pregnancy, ckg };
    let problems = schedule_problems(&schedules);
    if problems.is_empty() {
        Ok(schedules)
    } else {
        Err(problems)
    }
}
