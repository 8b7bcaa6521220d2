//! The `planner` bundle: The reading islands plus the planner (with the drafts store it saves into) and the tally. Its islands are the app's features [hydrate, planner];
//! the list of bundles and what each serves is `bundles/list.toml`.

pub use layanan::{hydrate, hydrated};
