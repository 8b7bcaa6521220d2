//! The `agenda` bundle: Reading pages whose dates are redrawn from the phone's day. Its islands are the app's features [hydrate, agenda];
//! the list of bundles and what each serves is `bundles/list.toml`.

pub use layanan::{hydrate, hydrated};
