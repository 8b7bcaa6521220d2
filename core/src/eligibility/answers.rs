//! What a household has answered, keyed by question id (never by position, so a changed flow keeps its answers).
//!
//! Household questions live in `facts`; questions about a person live in that person's map in `members`.
//! The first member is the applicant: the person filling in, or the neighbour a volunteer is helping.

use crate::base::date::CivilDate;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// How "Saya tidak tahu" is written in content, test files and drafts.
pub const UNKNOWN: &str = "tidak-tahu";

/// One answer. Written as `true`/`false`, a whole number, a `YYYY-MM-DD` date, an option id, or `"tidak-tahu"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    Number(i64),
    Choice(String),
    Date(CivilDate),
    /// "Saya tidak tahu": answered, so not asked again, but it never counts against anyone.
    Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    #[serde(rename = "keluarga", default)]
    pub facts: BTreeMap<String, Answer>,
    /// Everyone in the household, the applicant first. Empty means the household is not listed yet.
    #[serde(rename = "anggota", default)]
    pub members: Vec<BTreeMap<String, Answer>>,
}

/// Where an answer lives: a household question, or a question about one member.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuestionRef {
    Household(String),
    Member(usize, String),
}

impl QuestionRef {
    /// The form used in URLs (`?tanya=`): `keluarga.<question>` or `<person number from 1>.<question>`.
    pub fn to_param(&self) -> String {
        match self {
            QuestionRef::Household(q) => format!("keluarga.{q}"),
            QuestionRef::Member(i, q) => format!("{}.{q}", i + 1),
        }
    }

    pub fn from_param(param: &str) -> Option<QuestionRef> {
        let (who, q) = param.split_once('.')?;
        if q.is_empty() {
            return None;
        }
        match who {
            "keluarga" => Some(QuestionRef::Household(q.to_string())),
            n => n.parse::<usize>().ok().filter(|n| *n >= 1).map(|n| QuestionRef::Member(n - 1, q.to_string())),
        }
    }

    pub fn question(&self) -> &str {
        match self {
            QuestionRef::Household(q) | QuestionRef::Member(_, q) => q,
        }
    }
}

impl Answers {
    pub fn get(&self, at: &QuestionRef) -> Option<&Answer> {
        match at {
            QuestionRef::Household(q) => self.facts.get(q),
            QuestionRef::Member(i, q) => self.members.get(*i)?.get(q),
        }
    }

    /// Stores an answer; an answer for a member who is not listed is dropped rather than inventing the member.
    pub fn set(&mut self, at: &QuestionRef, answer: Answer) {
        match at {
            QuestionRef::Household(q) => {
                self.facts.insert(q.clone(), answer);
            }
            QuestionRef::Member(i, q) => {
                if let Some(member) = self.members.get_mut(*i) {
                    member.insert(q.clone(), answer);
                }
            }
        }
    }

    /// Adds a person with nothing answered yet and returns their index.
    pub fn add_member(&mut self) -> usize {
        self.members.push(BTreeMap::new());
        self.members.len() - 1
    }

    /// Removes a person; later members move up one place.
    pub fn remove_member(&mut self, index: usize) {
        if index < self.members.len() {
            self.members.remove(index);
        }
    }

    /// The answer conditions read: the person's own answer when evaluating for a person, else the household's.
    pub(crate) fn lookup(&self, person: Option<usize>, question: &str) -> Option<&Answer> {
        person.and_then(|i| self.members.get(i)).and_then(|m| m.get(question)).or_else(|| self.facts.get(question))
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Yes => s.serialize_bool(true),
            Answer::No => s.serialize_bool(false),
            Answer::Number(n) => s.serialize_i64(*n),
            Answer::Choice(c) => s.serialize_str(c),
            Answer::Date(d) => s.serialize_str(&d.to_string()),
            Answer::Unknown => s.serialize_str(UNKNOWN),
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Answer, D::Error> {
        d.deserialize_any(AnswerVisitor)
    }
}

struct AnswerVisitor;

impl Visitor<'_> for AnswerVisitor {
    type Value = Answer;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "true, false, angka bulat, tanggal YYYY-MM-DD, id pilihan, atau \"{UNKNOWN}\"")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Answer, E> {
        Ok(if v { Answer::Yes } else { Answer::No })
    }

    fn visit_i64<E>(self, v: i64) -> Result<Answer, E> {
        Ok(Answer::Number(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Answer, E> {
        i64::try_from(v).map(Answer::Number).map_err(|_| E::custom("angka terlalu besar"))
    }

    fn visit_str<E>(self, v: &str) -> Result<Answer, E> {
        // Option ids are checked never to look like a date or like "tidak-tahu", so this reading is unambiguous.
        Ok(if v == UNKNOWN {
            Answer::Unknown
        } else if let Some(date) = CivilDate::parse_iso(v) {
            Answer::Date(date)
        } else {
            Answer::Choice(v.to_string())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_refs_round_trip_through_the_url() {
        for at in [
            QuestionRef::Household("umur".into()),
            QuestionRef::Member(0, "sekolah".into()),
            QuestionRef::Member(11, "hamil".into()),
        ] {
            assert_eq!(QuestionRef::from_param(&at.to_param()), Some(at));
        }
        for bad in ["", "umur", "0.umur", "x.umur", "keluarga.", "-1.umur"] {
            assert_eq!(QuestionRef::from_param(bad), None, "{bad}");
        }
    }

    #[test]
    fn answers_round_trip_through_json_as_plain_values() {
        let mut a = Answers::default();
        a.facts.insert("tinggal-di-desa".into(), Answer::Yes);
        a.facts.insert("desil-dtsen".into(), Answer::Unknown);
        a.facts.insert("penghasilan-keluarga".into(), Answer::Number(1_500_000));
        let i = a.add_member();
        a.set(&QuestionRef::Member(i, "tanggal-lahir".into()), Answer::Date(CivilDate::new(2010, 7, 1).unwrap()));
        a.set(&QuestionRef::Member(i, "jenjang-sekolah".into()), Answer::Choice("smp".into()));
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains(r#""desil-dtsen":"tidak-tahu""#), "{json}");
        assert!(json.contains(r#""tanggal-lahir":"2010-07-01""#), "{json}");
        let back: Answers = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
    }

    #[test]
    fn answers_for_unlisted_members_are_dropped() {
        let mut a = Answers::default();
        a.set(&QuestionRef::Member(2, "hamil".into()), Answer::Yes);
        assert_eq!(a, Answers::default());
        a.add_member();
        a.add_member();
        a.set(&QuestionRef::Member(1, "hamil".into()), Answer::Yes);
        a.remove_member(0);
        assert_eq!(a.get(&QuestionRef::Member(0, "hamil".into())), Some(&Answer::Yes));
        a.remove_member(5);
        assert_eq!(a.members.len(), 1);
    }

    #[test]
    fn a_person_answer_wins_over_the_household_answer() {
        let mut a = Answers::default();
        a.facts.insert("punya-usaha".into(), Answer::No);
        a.add_member();
        assert_eq!(a.lookup(Some(0), "punya-usaha"), Some(&Answer::No));
        a.set(&QuestionRef::Member(0, "punya-usaha".into()), Answer::Yes);
        assert_eq!(a.lookup(Some(0), "punya-usaha"), Some(&Answer::Yes));
        assert_eq!(a.lookup(None, "punya-usaha"), Some(&Answer::No));
    }
}
