//! One file per route, or a folder per route with several parts (forms, drafts, checkers) or per area (the
//! office's pages), each with the page component the table in `routes.rs` names. A page never imports another
//! page: what two pages share is a component (`components/`), a store (`stores/`) or core logic.

pub mod about;
pub mod agenda;
pub mod checkers;
pub mod ckg;
pub mod drafts;
pub mod forms;
pub mod home;
pub mod immunisation;
pub mod info;
pub mod office;
pub mod offices;
pub mod pregnancy;
pub mod service;
pub mod services;
pub mod surveys;
pub mod transparency;
pub mod visit;
