//! The bundle for reading pages with no dates to redraw (home, listings, most services, offices, about,
//! programmes and budget): the reader bundle without the agenda's dates island, which costs about 11 KB
//! brotli that these pages would download for nothing. Agenda pages and services with activities load the
//! reader bundle.

pub use layanan::{hydrate, hydrated};
