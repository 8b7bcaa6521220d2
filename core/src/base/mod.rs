//! The bottom of the core: value types and validators every domain uses, and the content check's toolkit.
//! Nothing here imports anything above it (a test checks the module graph).

pub mod check;
pub mod date;
pub mod format;
pub mod hours;
pub mod ics;
pub mod identity;
pub mod lang;
pub mod link;
pub mod order;
