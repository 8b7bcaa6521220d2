//! The `office` bundle: The reading islands plus receiving and the register, with the QR decoder and the code's decompression, which no resident's page carries. Its islands are the app's features [hydrate, office];
//! the list of bundles and what each serves is `bundles/list.toml`.

pub use layanan::{hydrate, hydrated};
