//! The village office's pages, in the office bundle (no resident's page carries them): receiving a form handed
//! over (`receive`), the buku register with its letters (`register`), and the tally of residents' feedback
//! (`tally`, in the planner bundle with the visit planner).

pub mod receive;
pub mod register;
pub mod tally;
