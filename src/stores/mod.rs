//! Everything this app keeps on the device, and the only code that reads or writes it (over
//! `browser::storage`). Every key is in [`keys`]; [`kept`] is the one way an island keeps a value ("read once the
//! page has hydrated, save on every change"); the drafts, the office's register and tally, and the settings have
//! a module each. Pages and components call these, never storage.

pub mod drafts;
pub mod kept;
pub mod keys;
pub mod register;
pub mod settings;
pub mod tally;
