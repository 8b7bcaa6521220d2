//! The bundle for the visit planner (`/kunjungan`) and the office's feedback tally (`/rekap-umpan-balik`): the
//! basic bundle's islands plus those two, so neither page loads the checkers or the forms, and the checker
//! pages do not carry the planner. The build renders each page with the smallest bundle that holds all of its
//! islands (`src/bin/prerender/main.rs`).

pub use layanan::{hydrate, hydrated};
