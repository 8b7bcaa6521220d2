//! The bundle for checkers and schedule pages: the same app built with feature `checks`, so the form and draft
//! islands (and the drafts store, hand-over and QR code they need) are not compiled in. The build renders each
//! page with the smallest bundle that holds all of its islands (`src/bin/prerender.rs`).

pub use layanan::{hydrate, hydrated};
