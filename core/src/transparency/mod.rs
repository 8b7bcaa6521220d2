//! Transparency (`/program`): the village's integrated programmes with their indicators, and the budget
//! (APBDes) with its sources of money. Figures come from content with the date they were reported and their
//! source; the build refuses a budget that does not balance.

pub mod budget;
pub mod chart;
mod problems;
pub mod programme;

#[cfg(test)]
mod tests;

pub use budget::{Budget, Flow, Line, Totals};
pub use problems::{transparency_problems, BUDGET_FILE, RESERVED_VILLAGE_PROGRAMME_IDS, VILLAGE_PROGRAMMES_FILE};
pub use programme::{Direction, Indicator, Month, PartnerKind, VillageProgramme};
