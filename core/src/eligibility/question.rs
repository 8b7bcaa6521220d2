//! The shared question bank (`content/pertanyaan.toml`): every question any checker may ask, asked once and
//! reused by every programme, so a household checking ten programmes answers each question one time.

use super::answers::{Answer, QuestionRef, UNKNOWN};
use super::condition::Condition;
use crate::base::date::CivilDate;
use crate::base::lang::Text;
use serde::{Deserialize, Serialize};

/// Questions the built-in conditions read. The bank must define them when a programme uses those conditions.
pub const RESIDENT: &str = "tinggal-di-desa";
pub const HOUSEHOLD_INCOME: &str = "penghasilan-keluarga";
pub const IN_DTSEN: &str = "terdaftar-dtsen";
pub const DTSEN_DECILE: &str = "desil-dtsen";
pub const BIRTH_DATE: &str = "tanggal-lahir";
/// Asked only when the birth date is not known.
pub const AGE: &str = "umur";

/// The question behind "already receives programme `programme`": `menerima-<programme>`.
pub fn receives(programme: &str) -> String {
    format!("menerima-{programme}")
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    #[serde(rename = "teks")]
    pub text: Text,
    /// A member question asked of the first person listed, the applicant, in the second person ("Apakah Anda
    /// sakit menahun?"); `text` asks about the others ("Apakah orang ini …?").
    #[serde(rename = "teks_anda", default, skip_serializing_if = "Option::is_none")]
    pub text_self: Option<Text>,
    /// One short hint under the question; no links.
    #[serde(rename = "bantuan", default)]
    pub help: Option<Text>,
    #[serde(rename = "jenis")]
    pub kind: QuestionKind,
    #[serde(rename = "lingkup")]
    pub scope: Scope,
    /// The options of a `pilihan` question, in display order.
    #[serde(rename = "pilihan", default)]
    pub options: Vec<ChoiceOption>,
    /// Bounds of an `angka` answer, for input validation.
    #[serde(default)]
    pub min: Option<i64>,
    #[serde(rename = "maks", default)]
    pub max: Option<i64>,
    /// What an `angka` answer counts, e.g. "rupiah per bulan".
    #[serde(rename = "satuan", default)]
    pub unit: Option<Text>,
    /// Answers that follow from what is already known, so the question is not asked: a baby is not at school,
    /// a man is not pregnant. The first whose `bila` is met gives the answer; the flow asks what `bila` needs
    /// (the birth date, say) before this question.
    #[serde(rename = "tersirat", default, skip_serializing_if = "Vec::is_empty")]
    pub implied: Vec<Implication>,
}

/// "Bila umur paling banyak 2 tahun, jawabannya belum sekolah."
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Implication {
    /// Evaluated for the same person (or the household, for household questions). Implications do not chain.
    #[serde(rename = "bila")]
    pub when: Condition,
    #[serde(rename = "jawaban")]
    pub answer: Answer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionKind {
    #[serde(rename = "ya_tidak")]
    YesNo,
    #[serde(rename = "angka")]
    Number,
    #[serde(rename = "pilihan")]
    Choice,
    #[serde(rename = "tanggal")]
    Date,
}

/// Whether a question is about the household as a whole or asked for each person in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    #[serde(rename = "keluarga")]
    Household,
    #[serde(rename = "anggota")]
    Member,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: String,
    #[serde(rename = "teks")]
    pub text: Text,
}

impl Question {
    /// The question as asked at `at`: of the applicant (the first person listed) in the second person, of
    /// anyone else about "orang ini".
    pub fn text_at(&self, at: &QuestionRef) -> &Text {
        match (at, &self.text_self) {
            (QuestionRef::Member(0, _), Some(own)) => own,
            _ => &self.text,
        }
    }

    /// Whether `answer` fits this question. "Saya tidak tahu" fits every question.
    pub fn accepts(&self, answer: &Answer) -> bool {
        match (self.kind, answer) {
            (_, Answer::Unknown) => true,
            (QuestionKind::YesNo, Answer::Yes | Answer::No) => true,
            (QuestionKind::Number, Answer::Number(n)) => {
                self.min.is_none_or(|min| *n >= min) && self.max.is_none_or(|max| *n <= max)
            }
            (QuestionKind::Choice, Answer::Choice(c)) => self.options.iter().any(|o| o.id == *c),
            (QuestionKind::Date, Answer::Date(_)) => true,
            _ => false,
        }
    }
}

/// Why a typed or chosen answer was refused, for the message next to the question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// Nothing chosen or typed.
    Missing,
    /// Not a whole number.
    NotANumber,
    /// A number outside the question's bounds.
    OutOfRange,
    /// Not a date as residents write it.
    NotADate,
    /// A date after today.
    Future,
}

impl Question {
    /// The answer a page's raw value stands for: an option id, "ya"/"tidak", a number or a date as typed, or
    /// [`UNKNOWN`] ("Saya tidak tahu").
    pub fn parse_answer(&self, raw: &str, today: CivilDate) -> Result<Answer, AnswerError> {
        match (self.kind, raw) {
            (_, "") => Err(AnswerError::Missing),
            (_, UNKNOWN) => Ok(Answer::Unknown),
            (QuestionKind::YesNo, "ya") => Ok(Answer::Yes),
            (QuestionKind::YesNo, _) => Ok(Answer::No),
            (QuestionKind::Choice, c) => Ok(Answer::Choice(c.to_string())),
            (QuestionKind::Number, n) => {
                let v = crate::base::identity::parse_whole_number(n).map_err(|_| AnswerError::NotANumber)? as i64;
                if self.min.is_some_and(|m| v < m) || self.max.is_some_and(|m| v > m) {
                    Err(AnswerError::OutOfRange)
                } else {
                    Ok(Answer::Number(v))
                }
            }
            (QuestionKind::Date, d) => match crate::base::identity::parse_date(d) {
                Ok(date) if date <= today => Ok(Answer::Date(date)),
                Ok(_) => Err(AnswerError::Future),
                Err(_) => Err(AnswerError::NotADate),
            },
        }
    }
}

/// An answer as the page's field holds it: the inverse of [`Question::parse_answer`].
pub fn raw_answer(answer: Option<&Answer>) -> String {
    match answer {
        Some(Answer::Yes) => "ya".to_string(),
        Some(Answer::No) => "tidak".to_string(),
        Some(Answer::Choice(c)) => c.clone(),
        Some(Answer::Unknown) => UNKNOWN.to_string(),
        Some(Answer::Number(n)) => n.to_string(),
        Some(Answer::Date(d)) => d.to_string(),
        None => String::new(),
    }
}

/// The questions these programmes read, and those their implied answers rest on: all a checker needs.
pub fn questions_for(bank: &[Question], programmes: &[super::AidProgramme]) -> Vec<Question> {
    let mut ids: Vec<String> = programmes.iter().flat_map(super::AidProgramme::questions).collect();
    let mut i = 0;
    while i < ids.len() {
        if let Some(q) = bank.iter().find(|q| q.id == ids[i]) {
            for implication in &q.implied {
                let mut read = Vec::new();
                implication.when.questions(&mut read);
                for r in read {
                    if !ids.contains(&r) {
                        ids.push(r);
                    }
                }
            }
        }
        i += 1;
    }
    bank.iter().filter(|q| ids.contains(&q.id)).cloned().collect()
}

/// Finds questions by id; an id the bank does not know is treated as a household question.
pub(crate) fn scope_of(questions: &[Question], id: &str) -> Scope {
    questions.iter().find(|q| q.id == id).map_or(Scope::Household, |q| q.scope)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::date::CivilDate;

    fn question(kind: QuestionKind) -> Question {
        Question {
            id: "q".into(),
            text: Text::default(),
            text_self: None,
            help: None,
            kind,
            scope: Scope::Household,
            options: vec![ChoiceOption { id: "sd".into(), text: Text::default() }],
            min: Some(1),
            max: Some(10),
            unit: None,
            implied: vec![],
        }
    }

    #[test]
    fn typed_answers_are_read_or_refused_with_a_reason_and_read_back_the_same() {
        let day = CivilDate::parse_iso("2026-12-01").unwrap();
        let number = question(QuestionKind::Number);
        assert_eq!(number.parse_answer("4", day), Ok(Answer::Number(4)));
        assert_eq!(number.parse_answer("1.200", day), Err(AnswerError::OutOfRange));
        assert_eq!(number.parse_answer("empat", day), Err(AnswerError::NotANumber));
        assert_eq!(number.parse_answer("", day), Err(AnswerError::Missing));
        assert_eq!(number.parse_answer(UNKNOWN, day), Ok(Answer::Unknown));
        let date = question(QuestionKind::Date);
        assert_eq!(date.parse_answer("01/12/2026", day), Ok(Answer::Date(day)));
        assert_eq!(date.parse_answer("02/12/2026", day), Err(AnswerError::Future));
        assert_eq!(date.parse_answer("32/12/2026", day), Err(AnswerError::NotADate));
        let yes_no = question(QuestionKind::YesNo);
        assert_eq!(yes_no.parse_answer("ya", day), Ok(Answer::Yes));
        assert_eq!(yes_no.parse_answer("tidak", day), Ok(Answer::No));
        for a in [Answer::Yes, Answer::No, Answer::Unknown, Answer::Number(3), Answer::Date(day)] {
            let q = match a {
                Answer::Number(_) => &number,
                Answer::Date(_) => &date,
                _ => &yes_no,
            };
            assert_eq!(q.parse_answer(&raw_answer(Some(&a)), day), Ok(a.clone()), "{a:?} reads back");
        }
    }

    #[test]
    fn answers_must_fit_the_kind_and_bounds() {
        let number = question(QuestionKind::Number);
        assert!(number.accepts(&Answer::Number(1)) && number.accepts(&Answer::Number(10)));
        assert!(!number.accepts(&Answer::Number(0)) && !number.accepts(&Answer::Number(11)));
        assert!(!number.accepts(&Answer::Yes));
        let choice = question(QuestionKind::Choice);
        assert!(choice.accepts(&Answer::Choice("sd".into())));
        assert!(!choice.accepts(&Answer::Choice("smp".into())));
        let date = question(QuestionKind::Date);
        assert!(date.accepts(&Answer::Date(CivilDate::new(2000, 1, 1).unwrap())));
        assert!(!date.accepts(&Answer::Number(2000)));
    }

    #[test]
    fn i_do_not_know_fits_every_question() {
        for kind in [QuestionKind::YesNo, QuestionKind::Number, QuestionKind::Choice, QuestionKind::Date] {
            assert!(question(kind).accepts(&Answer::Unknown));
        }
    }
}
