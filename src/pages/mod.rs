//! One file per route, each with the page component the table in `routes.rs` names.

pub mod about;
pub mod agenda;
pub mod checker;
pub mod checks;
pub mod ckg;
pub mod drafts;
pub mod feedback_tally;
pub mod form;
pub mod home;
pub mod immunisation;
pub mod info;
pub mod not_found;
pub mod offices;
pub mod pregnancy;
pub mod receive;
pub mod register;
pub mod service;
pub mod services;
pub mod surveys;
pub mod transparency;
pub mod visit;
