//! The `reading` bundle: The base islands every page has (language switch, banners, open now, search, document checklist, share, read aloud) and nothing else. Its islands are the app's features [hydrate];
//! the list of bundles and what each serves is `bundles/list.toml`.

pub use layanan::{hydrate, hydrated};
