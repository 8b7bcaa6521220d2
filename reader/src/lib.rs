//! The bundle for pages a resident reads (home, listings, services, offices, about): the same app built with
//! feature `reader`, so the checker, form, draft and schedule islands are not compiled in. The build renders
//! each page with whichever bundle holds all of its islands (`src/bin/prerender.rs`).

pub use layanan::{hydrate, hydrated};
