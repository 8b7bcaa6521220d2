//! The bundle for the office's receive page (`/terima`) and buku register (`/buku-register`): the basic
//! bundle's islands plus those two, with the QR decoder and the code's decompression, so no resident's page
//! carries them. The build renders each page with the smallest bundle that holds all of its islands
//! (`src/bin/prerender/main.rs`).

pub use layanan::{hydrate, hydrated};
