//! Where a draft stands, in words: the drafts page and the "Lanjutkan" choice of a form both show it.

use crate::i18n::{fill, Key};
use crate::state::t;
use layanan_core::forms::Step;

/// "Bagian 2 dari 4", "Selesai", "Sudah ada hasil": tells two drafts of one form apart without names.
pub fn progress_text(position: Option<&str>, sections: usize, checker: bool) -> Option<String> {
    let position = position?;
    if checker {
        let key = match position {
            "hasil" => Key::draft_progress_result,
            "periksa" => Key::draft_progress_check,
            _ => Key::draft_progress_question,
        };
        return Some(t(key).to_string());
    }
    Some(match Step::parse(Some(position), sections) {
        Step::Section(i) => {
            fill(t(Key::form_step), &[("nomor", &(i + 1).to_string()), ("jumlah", &sections.to_string())])
        }
        Step::Review => t(Key::draft_progress_check).to_string(),
        Step::Done => t(Key::draft_progress_done).to_string(),
    })
}
