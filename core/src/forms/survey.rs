//! Community surveys (`/survei`): a survey is a form with a `[survei]` block (when it is open, who runs it),
//! answered and handed over like any form. Its results come back into the content after it closes and are
//! shown only then: a page never shows how an open survey is going (the principle CONSUL keeps, #4771).

use super::{FieldKind, Form};
use crate::base::date::CivilDate;
use crate::base::lang::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Survey {
    #[serde(rename = "dibuka")]
    pub opens: CivilDate,
    /// The last day answers count.
    #[serde(rename = "ditutup")]
    pub closes: CivilDate,
    #[serde(rename = "penyelenggara")]
    pub organiser: Text,
    /// Counted answers, once the survey has closed.
    #[serde(rename = "hasil", default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Results>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Results {
    #[serde(rename = "responden")]
    pub respondents: u32,
    #[serde(rename = "diumumkan")]
    pub published: CivilDate,
    /// Figures that only show how results will look, until the desa counts real answers.
    #[serde(rename = "contoh", default)]
    pub example: bool,
    #[serde(rename = "isian", default)]
    pub fields: Vec<FieldResult>,
}

/// How many chose each option of one choice field.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldResult {
    pub id: String,
    #[serde(rename = "jumlah")]
    pub counts: BTreeMap<String, u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    NotYet,
    Open,
    Closed,
}

impl Survey {
    pub fn phase(&self, today: CivilDate) -> Phase {
        if today < self.opens {
            Phase::NotYet
        } else if today <= self.closes {
            Phase::Open
        } else {
            Phase::Closed
        }
    }

    /// The results, only once the survey has closed.
    pub fn shown_results(&self, today: CivilDate) -> Option<&Results> {
        self.results.as_ref().filter(|_| self.phase(today) == Phase::Closed)
    }
}

/// One option's share of the respondents, as a whole percentage.
pub fn percent(count: u32, respondents: u32) -> u32 {
    if respondents == 0 {
        0
    } else {
        ((f64::from(count) * 100.0) / f64::from(respondents)).round() as u32
    }
}

/// The survey block's problems: dates out of order, results for fields or options the form does not have,
/// more answers than respondents.
pub(super) fn problems(form: &Form, r: &mut crate::base::check::Report) {
    let Some(s) = &form.survey else { return };
    r.text("survei.penyelenggara", &s.organiser);
    if s.closes < s.opens {
        r.add("survei.ditutup", "tanggal ditutup sebelum tanggal dibuka");
    }
    let Some(results) = &s.results else { return };
    if results.published <= s.closes {
        r.add("survei.hasil.diumumkan", "hasil diumumkan sesudah survei ditutup, tidak sebelumnya");
    }
    for (i, f) in results.fields.iter().enumerate() {
        let at = format!("survei.hasil.isian[{i}]");
        let Some(field) = form.field(&f.id) else {
            r.add(format!("{at}.id"), format!("isian \"{}\" tidak ada di formulir ini", f.id));
            continue;
        };
        if !matches!(field.kind, FieldKind::Choice | FieldKind::MultiChoice) {
            r.add(format!("{at}.id"), format!("isian \"{}\" bukan pilihan; hasil hanya untuk isian pilihan", f.id));
        }
        for (option, n) in &f.counts {
            if !field.options.iter().any(|o| &o.id == option) {
                r.add(format!("{at}.jumlah"), format!("\"{option}\" bukan pilihan di isian \"{}\"", f.id));
            }
            if *n > results.respondents {
                r.add(
                    format!("{at}.jumlah"),
                    format!("\"{option}\": {n} lebih dari jumlah responden ({})", results.respondents),
                );
            }
        }
        let total: u32 = f.counts.values().sum();
        if field.kind == FieldKind::Choice && total > results.respondents {
            r.add(
                format!("{at}.jumlah"),
                format!("jumlah jawaban ({total}) lebih dari jumlah responden ({})", results.respondents),
            );
        }
    }
}
