//! Eligibility checkers: programmes as dated data, checked against a household with three honest outcomes.
//!
//! - [`Question`]s live in one shared bank (`content/pertanyaan.toml`); [`Answers`] are keyed by question id,
//!   household facts apart from each member's, and every question can be answered "Saya tidak tahu".
//! - An [`AidProgramme`] (`content/program/<id>.toml`) is a list of criteria written in a small closed vocabulary of
//!   [`Condition`]s, each with its reasons, its source and optional effective dates.
//! - [`AidProgramme::evaluate`] gives an [`Outcome`] with a reason per criterion. Missing or unknown answers can
//!   only ever give "Perlu info lagi", never "Belum memenuhi syarat".
//! - [`next_question`] and [`progress`] drive a one-question-per-page flow; [`evaluate_all`] and
//!   [`combined_documents`] are the household finder.

mod answers;
mod condition;
mod finder;
mod flow;
#[cfg(feature = "load")]
mod load;
mod problems;
mod programme;
mod question;
mod wording;

pub use answers::{Answer, Answers, QuestionRef, UNKNOWN};
pub use condition::{Condition, Step, Tri};
pub use finder::{combined_documents, evaluate_all, CombinedDocument, Finding, Findings};
pub use flow::{next_question, progress, Progress};
#[cfg(feature = "load")]
pub use load::load_programmes;
pub use problems::{aid_programme_problems, programme_file, PROGRAMMES_DIR, QUESTIONS_FILE};
pub use programme::{AidProgramme, Criterion, CriterionResult, Evaluation, Outcome};
pub use question::{
    questions_for, raw_answer, receives, AnswerError, ChoiceOption, Implication, Question, QuestionKind, Scope, AGE,
    BIRTH_DATE, DTSEN_DECILE, HOUSEHOLD_INCOME, IN_DTSEN, RESIDENT,
};

/// The checker that runs every aid programme at once (the household finder, `/cek/semua`).
pub const ALL_PROGRAMMES: &str = "semua";
pub use wording::for_person;
