//! Pure core of Layanan Terpadu: everything that can be decided without a browser.
//!
//! No Leptos and no web types live here, so all of it is tested natively with `cargo test -p layanan-core`.
//! Three layers, each importing only from the ones below it (a test checks the module graph):
//! - [`base`]: value types, validators and the content check's toolkit;
//! - the domains, each owning its content types, its file names and its content check: [`catalog`],
//!   [`village`], [`forms`], [`drafts`], [`handover`], [`office`], [`eligibility`], [`schedule`], [`agenda`],
//!   [`transparency`], [`article`], [`visit`], [`feedback`], [`search`], [`speech`], [`route`];
//! - [`content`]: the aggregate of everything in `content/`, read by [`content::load`] (feature `load`) at build
//!   time and checked by [`content::check`]; the running app only ever sees a checked [`content::Content`].

pub mod base;

pub mod agenda;
pub mod article;
pub mod catalog;
pub mod drafts;
pub mod eligibility;
pub mod feedback;
pub mod forms;
pub mod handover;
pub mod office;
pub mod route;
pub mod schedule;
pub mod search;
pub mod speech;
pub mod transparency;
pub mod village;
pub mod visit;

pub mod content;
