//! The `checkers` bundle: The agenda bundle plus the eligibility checkers and the immunisation, pregnancy and CKG schedules. Its islands are the app's features [hydrate, agenda, checkers];
//! the list of bundles and what each serves is `bundles/list.toml`.

pub use layanan::{hydrate, hydrated};
