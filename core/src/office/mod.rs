//! The village office's side of a hand-over: the buku register of what residents hand in, and the letters it
//! prints from the forms' `[surat]` blocks.

pub mod letter;
pub mod register;
