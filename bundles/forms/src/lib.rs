//! The `forms` bundle: The checkers bundle plus the form flow, drafts, hand-over and QR codes. Its islands are the app's features [hydrate, agenda, checkers, forms];
//! the list of bundles and what each serves is `bundles/list.toml`.

pub use layanan::{hydrate, hydrated};
