//! Where a resident is in a form, as the URL (`?bagian=`) and the draft write it: a section, the review page
//! ("check your answers", `periksa`), or the finish page.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A section, counted from 0.
    Section(usize),
    /// Check your answers.
    Review,
    Done,
}

impl Step {
    /// Reads `1`…`n`, `periksa` or `selesai`; anything else is the first section.
    pub fn parse(raw: Option<&str>, sections: usize) -> Step {
        match raw {
            Some("periksa") => Step::Review,
            Some("selesai") => Step::Done,
            Some(n) => n
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=sections).contains(n))
                .map_or(Step::Section(0), |n| Step::Section(n - 1)),
            None => Step::Section(0),
        }
    }

    pub fn param(self) -> String {
        match self {
            Step::Section(i) => (i + 1).to_string(),
            Step::Review => "periksa".into(),
            Step::Done => "selesai".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_read_back_from_what_they_write() {
        for step in [Step::Section(0), Step::Section(3), Step::Review, Step::Done] {
            assert_eq!(Step::parse(Some(&step.param()), 4), step);
        }
        assert_eq!(Step::parse(Some("5"), 4), Step::Section(0), "a section the form does not have");
        assert_eq!(Step::parse(Some("0"), 4), Step::Section(0));
        assert_eq!(Step::parse(None, 4), Step::Section(0));
    }
}
