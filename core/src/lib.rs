//! Pure core of Layanan Terpadu: everything that can be decided without a browser.
//!
//! No Leptos and no web types live here, so all of it is tested natively with `cargo test -p layanan-core`.
//! Content files are read and checked by [`content::load`] (feature `load`) at build time; the running app
//! only ever sees a [`content::Content`] that passed [`content::check`].

pub mod agenda;
pub mod article;
pub mod catalog;
pub mod content;
pub mod date;
pub mod drafts;
pub mod feedback;
pub mod form_check;
pub mod format;
pub mod forms;
pub mod handover;
pub mod hours;
pub mod ics;
pub mod identity;
pub mod lang;
pub mod letter;
pub mod order;
pub mod profile;
pub mod register;
pub mod route;
pub mod rules;
pub mod schedule;
pub mod search;
pub mod speech;
pub mod stale;
pub mod survey;
pub mod transparency;
pub mod visit;
