//! The closed vocabulary of conditions programmes are written in, and their three-valued evaluation.
//!
//! Missing or "Saya tidak tahu" answers make a condition `Unknown`, never `NotMet`, and the combinators use
//! Kleene logic, so an unknown can only become known by more answers, never by guessing.

use super::answers::{Answer, Answers, QuestionRef};
use super::question::{self, scope_of, Implication, Question, Scope};
use crate::base::date::CivilDate;
use serde::{Deserialize, Serialize};

/// Three-valued truth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tri {
    Met,
    NotMet,
    Unknown,
}

impl Tri {
    /// Stable key for translations, styles and test files: `ya`, `tidak`, `tidak-tahu`.
    pub fn key(self) -> &'static str {
        match self {
            Tri::Met => "ya",
            Tri::NotMet => "tidak",
            Tri::Unknown => "tidak-tahu",
        }
    }

    fn from_bool(b: bool) -> Tri {
        if b {
            Tri::Met
        } else {
            Tri::NotMet
        }
    }

    /// Kleene AND: any `NotMet` decides; otherwise any `Unknown` keeps it open.
    pub fn all(values: impl IntoIterator<Item = Tri>) -> Tri {
        values.into_iter().fold(Tri::Met, |acc, v| match (acc, v) {
            (Tri::NotMet, _) | (_, Tri::NotMet) => Tri::NotMet,
            (Tri::Unknown, _) | (_, Tri::Unknown) => Tri::Unknown,
            _ => Tri::Met,
        })
    }

    /// Kleene OR, the dual of [`Tri::all`].
    pub fn any(values: impl IntoIterator<Item = Tri>) -> Tri {
        values.into_iter().fold(Tri::NotMet, |acc, v| match (acc, v) {
            (Tri::Met, _) | (_, Tri::Met) => Tri::Met,
            (Tri::Unknown, _) | (_, Tri::Unknown) => Tri::Unknown,
            _ => Tri::NotMet,
        })
    }
}

impl std::ops::Not for Tri {
    type Output = Tri;

    /// Swaps met and not met; unknown stays unknown.
    fn not(self) -> Tri {
        match self {
            Tri::Met => Tri::NotMet,
            Tri::NotMet => Tri::Met,
            Tri::Unknown => Tri::Unknown,
        }
    }
}

/// A condition as content writes it, e.g. `{ umur = { min = 6, maks = 21 } }` or `"warga_desa"`.
///
/// At the top of a criterion, questions about a person are about the applicant (the first member);
/// inside `ada_anggota` or `jumlah_anggota` they are about each member in turn.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Condition {
    /// Age in completed years on the evaluation date, both bounds included.
    #[serde(rename = "umur")]
    Age {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<u32>,
        #[serde(rename = "maks", default, skip_serializing_if = "Option::is_none")]
        max: Option<u32>,
    },
    /// Household monthly income divided by the number of members is at most `maks` rupiah.
    #[serde(rename = "penghasilan_per_orang")]
    IncomePerPerson {
        #[serde(rename = "maks")]
        max: u64,
    },
    /// At least one member meets the condition.
    #[serde(rename = "ada_anggota")]
    AnyMember(Box<Condition>),
    /// The number of members (meeting `syarat`, if given) lies within the bounds.
    #[serde(rename = "jumlah_anggota")]
    MemberCount {
        #[serde(rename = "syarat", default, skip_serializing_if = "Option::is_none")]
        condition: Option<Box<Condition>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<u32>,
        #[serde(rename = "maks", default, skip_serializing_if = "Option::is_none")]
        max: Option<u32>,
    },
    /// A yes/no question answered yes.
    #[serde(rename = "ya")]
    Yes(String),
    /// A choice question answered with one of the listed options.
    #[serde(rename = "pilihan")]
    Choice {
        #[serde(rename = "pertanyaan")]
        question: String,
        #[serde(rename = "salah_satu")]
        any_of: Vec<String>,
    },
    /// A number question answered within the bounds, both included.
    #[serde(rename = "angka")]
    Number {
        #[serde(rename = "pertanyaan")]
        question: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<i64>,
        #[serde(rename = "maks", default, skip_serializing_if = "Option::is_none")]
        max: Option<i64>,
    },
    /// Listed in DTSEN with a decile of at most `maks` (1 is the poorest tenth).
    #[serde(rename = "desil")]
    Decile {
        #[serde(rename = "maks")]
        max: u8,
    },
    /// The household lives in the desa.
    #[serde(rename = "warga_desa")]
    Resident,
    /// The household already receives the programme with this id.
    #[serde(rename = "menerima")]
    Receives(String),
    #[serde(rename = "semua")]
    All(Vec<Condition>),
    #[serde(rename = "salah_satu")]
    Any(Vec<Condition>),
    #[serde(rename = "bukan")]
    Not(Box<Condition>),
}

/// Where a condition is evaluated: whose answers, and on which date.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    /// The bank, for the answers that follow from others ([`Question::implied`]).
    pub questions: &'a [Question],
    pub answers: &'a Answers,
    /// The member questions about a person refer to; `None` while nobody is listed.
    pub person: Option<usize>,
    pub date: CivilDate,
    /// How many implications deep this evaluation is: chains stop at [`MAX_IMPLIED`], so none can loop.
    depth: u8,
}

/// Implications may rest on other implied answers ("a baby is not at school, so has not finished SMA"), up to
/// this many in a row.
const MAX_IMPLIED: u8 = 3;

impl<'a> Ctx<'a> {
    /// The top of a criterion: person questions are about the applicant.
    pub fn applicant(questions: &'a [Question], answers: &'a Answers, date: CivilDate) -> Self {
        Ctx { questions, answers, person: (!answers.members.is_empty()).then_some(0), date, depth: 0 }
    }

    fn for_member(self, i: usize) -> Self {
        Ctx { person: Some(i), ..self }
    }

    fn implying(self) -> Self {
        Ctx { depth: self.depth + 1, ..self }
    }

    fn may_imply(&self) -> bool {
        self.depth < MAX_IMPLIED
    }

    /// The answer given, or else the one that follows from other answers about the same person.
    fn answer(&self, question: &str) -> Option<&'a Answer> {
        self.answers.lookup(self.person, question).or_else(|| {
            let inner = self.implying();
            let implied = if self.may_imply() { implications(self.questions, question) } else { &[][..] };
            implied.iter().find(|i| i.when.eval(&inner) == Tri::Met).map(|i| &i.answer)
        })
    }

    fn yes(&self, question: &str) -> Tri {
        match self.answer(question) {
            Some(Answer::Yes) => Tri::Met,
            Some(Answer::No) => Tri::NotMet,
            _ => Tri::Unknown,
        }
    }

    /// Age from the birth date, or from the age in years when the birth date is not known.
    fn age(&self) -> Option<u32> {
        match self.answer(question::BIRTH_DATE) {
            Some(Answer::Date(birth)) if *birth <= self.date => birth.age_in_years(self.date),
            _ => match self.answer(question::AGE) {
                Some(Answer::Number(n)) => u32::try_from(*n).ok().filter(|n| *n <= 150),
                _ => None,
            },
        }
    }

    /// Where asking `question` in this context stores its answer; `None` when the household must be listed first.
    fn slot(&self, questions: &[Question], question: &str) -> Option<QuestionRef> {
        match scope_of(questions, question) {
            Scope::Household => Some(QuestionRef::Household(question.to_string())),
            Scope::Member => self.person.map(|i| QuestionRef::Member(i, question.to_string())),
        }
    }
}

/// A place the flow may ask next: the household list, or one question.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// "Siapa saja yang tinggal serumah?": person questions need the household listed first.
    ListMembers,
    Ask(QuestionRef),
}

fn within(value: u32, min: Option<u32>, max: Option<u32>) -> bool {
    min.is_none_or(|m| value >= m) && max.is_none_or(|m| value <= m)
}

impl Condition {
    pub(crate) fn eval(&self, cx: &Ctx) -> Tri {
        match self {
            Condition::Age { min, max } => cx.age().map_or(Tri::Unknown, |age| Tri::from_bool(within(age, *min, *max))),
            Condition::IncomePerPerson { max } => {
                let size = cx.answers.members.len() as i128;
                match cx.answers.facts.get(question::HOUSEHOLD_INCOME) {
                    // Compare without dividing, so an income exactly at the limit is not lost to rounding.
                    Some(Answer::Number(income)) if *income >= 0 && size > 0 => {
                        Tri::from_bool(i128::from(*income) <= i128::from(*max) * size)
                    }
                    _ => Tri::Unknown,
                }
            }
            Condition::AnyMember(c) => count_members(cx, Some(c), Some(1), None),
            Condition::MemberCount { condition, min, max } => count_members(cx, condition.as_deref(), *min, *max),
            Condition::Yes(q) => cx.yes(q),
            Condition::Choice { question, any_of } => match cx.answer(question) {
                Some(Answer::Choice(c)) => Tri::from_bool(any_of.contains(c)),
                _ => Tri::Unknown,
            },
            Condition::Number { question, min, max } => match cx.answer(question) {
                Some(Answer::Number(n)) => Tri::from_bool(min.is_none_or(|m| *n >= m) && max.is_none_or(|m| *n <= m)),
                _ => Tri::Unknown,
            },
            Condition::Decile { max } => match cx.answers.facts.get(question::DTSEN_DECILE) {
                Some(Answer::Number(d)) if (1..=10).contains(d) => Tri::from_bool(*d <= i64::from(*max)),
                _ if cx.answers.facts.get(question::IN_DTSEN) == Some(&Answer::No) => Tri::NotMet,
                _ => Tri::Unknown,
            },
            Condition::Resident => cx.yes(question::RESIDENT),
            Condition::Receives(p) => cx.yes(&question::receives(p)),
            Condition::All(cs) => Tri::all(cs.iter().map(|c| c.eval(cx))),
            Condition::Any(cs) => Tri::any(cs.iter().map(|c| c.eval(cx))),
            Condition::Not(c) => !c.eval(cx),
        }
    }

    /// The steps that could still change this condition, in asking order, answered or not; none once it is
    /// decided. Subconditions that are already decided are skipped, so their questions are never asked.
    pub(crate) fn open_steps(&self, questions: &[Question], cx: &Ctx, out: &mut Vec<Step>) {
        if self.eval(cx) != Tri::Unknown {
            return;
        }
        // What a question's implications need is asked first: the birth date before "is this person at school".
        let ask = |out: &mut Vec<Step>, q: &str| {
            if cx.may_imply() && cx.answers.lookup(cx.person, q).is_none() {
                implications(questions, q).iter().for_each(|i| i.when.open_steps(questions, &cx.implying(), out));
            }
            push(out, cx.slot(questions, q).map_or(Step::ListMembers, Step::Ask));
        };
        match self {
            Condition::Age { .. } => {
                ask(out, question::BIRTH_DATE);
                ask(out, question::AGE);
            }
            Condition::IncomePerPerson { .. } => {
                if cx.answers.members.is_empty() {
                    push(out, Step::ListMembers);
                }
                ask(out, question::HOUSEHOLD_INCOME);
            }
            Condition::Decile { .. } => {
                ask(out, question::IN_DTSEN);
                ask(out, question::DTSEN_DECILE);
            }
            Condition::Resident => ask(out, question::RESIDENT),
            Condition::Receives(p) => ask(out, &question::receives(p)),
            Condition::Yes(q) | Condition::Choice { question: q, .. } | Condition::Number { question: q, .. } => {
                ask(out, q)
            }
            Condition::AnyMember(c) => member_steps(questions, cx, Some(c), out),
            Condition::MemberCount { condition, .. } => member_steps(questions, cx, condition.as_deref(), out),
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.open_steps(questions, cx, out)),
            Condition::Not(c) => c.open_steps(questions, cx, out),
        }
    }

    /// Every question this condition can read, in order, without repeats.
    pub fn questions(&self, out: &mut Vec<String>) {
        let mut add = |q: String| {
            if !out.contains(&q) {
                out.push(q);
            }
        };
        match self {
            Condition::Age { .. } => {
                add(question::BIRTH_DATE.into());
                add(question::AGE.into());
            }
            Condition::IncomePerPerson { .. } => add(question::HOUSEHOLD_INCOME.into()),
            Condition::Decile { .. } => {
                add(question::IN_DTSEN.into());
                add(question::DTSEN_DECILE.into());
            }
            Condition::Resident => add(question::RESIDENT.into()),
            Condition::Receives(p) => add(question::receives(p)),
            Condition::Yes(q) | Condition::Choice { question: q, .. } | Condition::Number { question: q, .. } => {
                add(q.clone())
            }
            Condition::AnyMember(c) | Condition::Not(c) => c.questions(out),
            Condition::MemberCount { condition, .. } => {
                if let Some(c) = condition {
                    c.questions(out);
                }
            }
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.questions(out)),
        }
    }

    /// Every answer slot this condition reads for the members listed now, decided or not.
    pub(crate) fn all_slots(&self, questions: &[Question], cx: &Ctx, out: &mut Vec<QuestionRef>) {
        match self {
            Condition::AnyMember(c) => {
                (0..cx.answers.members.len()).for_each(|i| c.all_slots(questions, &cx.for_member(i), out));
            }
            Condition::MemberCount { condition: Some(c), .. } => {
                (0..cx.answers.members.len()).for_each(|i| c.all_slots(questions, &cx.for_member(i), out));
            }
            Condition::MemberCount { condition: None, .. } => {}
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.all_slots(questions, cx, out)),
            Condition::Not(c) => c.all_slots(questions, cx, out),
            leaf => {
                let mut ids = Vec::new();
                leaf.questions(&mut ids);
                for q in ids {
                    if cx.may_imply() {
                        implications(questions, &q)
                            .iter()
                            .for_each(|i| i.when.all_slots(questions, &cx.implying(), out));
                    }
                    if let Some(slot) = cx.slot(questions, &q) {
                        if !out.contains(&slot) {
                            out.push(slot);
                        }
                    }
                }
            }
        }
    }
}

fn implications<'q>(questions: &'q [Question], id: &str) -> &'q [Implication] {
    questions.iter().find(|q| q.id == id).map_or(&[], |q| q.implied.as_slice())
}

fn push(out: &mut Vec<Step>, step: Step) {
    if !out.contains(&step) {
        out.push(step);
    }
}

/// Counts members meeting `condition` (all members if `None`) against the bounds, three-valued:
/// members whose answers are still open may go either way. Nobody listed yet means nothing is known.
fn count_members(cx: &Ctx, condition: Option<&Condition>, min: Option<u32>, max: Option<u32>) -> Tri {
    let members = cx.answers.members.len();
    if members == 0 {
        return Tri::Unknown;
    }
    let (mut met, mut open) = (0u32, 0u32);
    for i in 0..members {
        match condition.map_or(Tri::Met, |c| c.eval(&cx.for_member(i))) {
            Tri::Met => met += 1,
            Tri::Unknown => open += 1,
            Tri::NotMet => {}
        }
    }
    let at_least = min.map_or(Tri::Met, |min| match () {
        _ if met >= min => Tri::Met,
        _ if met + open < min => Tri::NotMet,
        _ => Tri::Unknown,
    });
    let at_most = max.map_or(Tri::Met, |max| match () {
        _ if met + open <= max => Tri::Met,
        _ if met > max => Tri::NotMet,
        _ => Tri::Unknown,
    });
    Tri::all([at_least, at_most])
}

fn member_steps(questions: &[Question], cx: &Ctx, condition: Option<&Condition>, out: &mut Vec<Step>) {
    if cx.answers.members.is_empty() {
        push(out, Step::ListMembers);
        return;
    }
    if let Some(c) = condition {
        (0..cx.answers.members.len()).for_each(|i| c.open_steps(questions, &cx.for_member(i), out));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> CivilDate {
        CivilDate::parse_iso(s).unwrap()
    }

    fn household(members: &[&[(&str, Answer)]]) -> Answers {
        let mut a = Answers::default();
        for m in members {
            let i = a.add_member();
            for (q, ans) in *m {
                a.set(&QuestionRef::Member(i, q.to_string()), ans.clone());
            }
        }
        a
    }

    fn eval(c: &Condition, a: &Answers, on: &str) -> Tri {
        c.eval(&Ctx::applicant(&[], a, date(on)))
    }

    #[test]
    fn kleene_tables() {
        use Tri::*;
        assert_eq!(Tri::all([Met, Unknown]), Unknown);
        assert_eq!(Tri::all([Unknown, NotMet]), NotMet);
        assert_eq!(Tri::all([]), Met);
        assert_eq!(Tri::any([NotMet, Unknown]), Unknown);
        assert_eq!(Tri::any([Unknown, Met]), Met);
        assert_eq!(Tri::any([]), NotMet);
        assert_eq!([Met, NotMet, Unknown].map(|t| !t), [NotMet, Met, Unknown]);
    }

    #[test]
    fn age_bounds_include_the_birthday() {
        let adult = Condition::Age { min: Some(21), max: None };
        let a = household(&[&[("tanggal-lahir", Answer::Date(date("2005-03-10")))]]);
        assert_eq!(eval(&adult, &a, "2026-03-09"), Tri::NotMet);
        assert_eq!(eval(&adult, &a, "2026-03-10"), Tri::Met);
        let child = Condition::Age { min: None, max: Some(6) };
        let b = household(&[&[("tanggal-lahir", Answer::Date(date("2019-06-01")))]]);
        assert_eq!(eval(&child, &b, "2026-05-31"), Tri::Met, "6 years old until the 7th birthday");
        assert_eq!(eval(&child, &b, "2026-06-01"), Tri::NotMet);
    }

    #[test]
    fn age_falls_back_to_years_only_when_the_birth_date_is_unknown() {
        let c = Condition::Age { min: Some(60), max: None };
        let a = household(&[&[("tanggal-lahir", Answer::Unknown), ("umur", Answer::Number(61))]]);
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::Met);
        let b = household(&[&[("tanggal-lahir", Answer::Date(date("1990-01-01"))), ("umur", Answer::Number(61))]]);
        assert_eq!(eval(&c, &b, "2026-01-01"), Tri::NotMet);
        let unborn = household(&[&[("tanggal-lahir", Answer::Date(date("2030-01-01")))]]);
        assert_eq!(eval(&c, &unborn, "2026-01-01"), Tri::Unknown);
        // A birth date after the day checked cannot be right: the age typed is used instead.
        let mistyped =
            household(&[&[("tanggal-lahir", Answer::Date(date("2030-01-01"))), ("umur", Answer::Number(61))]]);
        assert_eq!(eval(&c, &mistyped, "2026-01-01"), Tri::Met);
        assert_eq!(eval(&c, &Answers::default(), "2026-01-01"), Tri::Unknown);
    }

    #[test]
    fn income_exactly_at_the_limit_per_person_is_met() {
        let c = Condition::IncomePerPerson { max: 750_000 };
        let mut a = household(&[&[], &[], &[], &[]]);
        a.facts.insert("penghasilan-keluarga".into(), Answer::Number(3_000_000));
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::Met);
        a.facts.insert("penghasilan-keluarga".into(), Answer::Number(3_000_001));
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::NotMet);
        a.members.clear();
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::Unknown, "no members listed: size unknown");
    }

    #[test]
    fn member_conditions_stay_unknown_while_someone_could_still_match() {
        let pregnant = Condition::AnyMember(Box::new(Condition::Yes("hamil".into())));
        assert_eq!(eval(&pregnant, &Answers::default(), "2026-01-01"), Tri::Unknown);
        let a = household(&[&[("hamil", Answer::No)], &[]]);
        assert_eq!(eval(&pregnant, &a, "2026-01-01"), Tri::Unknown);
        let b = household(&[&[("hamil", Answer::No)], &[("hamil", Answer::No)]]);
        assert_eq!(eval(&pregnant, &b, "2026-01-01"), Tri::NotMet);
        let c = household(&[&[("hamil", Answer::Unknown)], &[("hamil", Answer::Yes)]]);
        assert_eq!(eval(&pregnant, &c, "2026-01-01"), Tri::Met);
    }

    #[test]
    fn member_counts_are_three_valued() {
        let alone = Condition::MemberCount { condition: None, min: None, max: Some(1) };
        assert_eq!(eval(&alone, &household(&[&[]]), "2026-01-01"), Tri::Met);
        assert_eq!(eval(&alone, &household(&[&[], &[]]), "2026-01-01"), Tri::NotMet);
        let two_pupils = Condition::MemberCount {
            condition: Some(Box::new(Condition::Yes("sekolah".into()))),
            min: Some(2),
            max: None,
        };
        let a = household(&[&[("sekolah", Answer::Yes)], &[("sekolah", Answer::Unknown)], &[("sekolah", Answer::No)]]);
        assert_eq!(eval(&two_pupils, &a, "2026-01-01"), Tri::Unknown);
        let b = household(&[&[("sekolah", Answer::Yes)], &[("sekolah", Answer::No)]]);
        assert_eq!(eval(&two_pupils, &b, "2026-01-01"), Tri::NotMet);
    }

    #[test]
    fn counting_members_with_a_condition_and_an_upper_bound_waits_for_unknown_members() {
        // "At most one pupil", with one pupil known and one member still open: it could be two.
        let at_most_one = Condition::MemberCount {
            condition: Some(Box::new(Condition::Yes("sekolah".into()))),
            min: None,
            max: Some(1),
        };
        let open = household(&[&[("sekolah", Answer::Yes)], &[("sekolah", Answer::Unknown)]]);
        assert_eq!(
            eval(&at_most_one, &open, "2026-01-01"),
            Tri::Unknown,
            "not a final answer while one may still count"
        );
        let one = household(&[&[("sekolah", Answer::Yes)], &[("sekolah", Answer::No)]]);
        assert_eq!(eval(&at_most_one, &one, "2026-01-01"), Tri::Met);
        let two =
            household(&[&[("sekolah", Answer::Yes)], &[("sekolah", Answer::Yes)], &[("sekolah", Answer::Unknown)]]);
        assert_eq!(eval(&at_most_one, &two, "2026-01-01"), Tri::NotMet, "two known already exceed it");
        // "Two to three pupils", counted with open members on both sides of the bounds.
        let two_or_three = Condition::MemberCount {
            condition: Some(Box::new(Condition::Yes("sekolah".into()))),
            min: Some(2),
            max: Some(3),
        };
        let maybe = household(&[
            &[("sekolah", Answer::Yes)],
            &[("sekolah", Answer::Unknown)],
            &[("sekolah", Answer::Unknown)],
            &[("sekolah", Answer::Unknown)],
        ]);
        assert_eq!(eval(&two_or_three, &maybe, "2026-01-01"), Tri::Unknown);
        let exactly =
            household(&[&[("sekolah", Answer::Yes)], &[("sekolah", Answer::Yes)], &[("sekolah", Answer::No)]]);
        assert_eq!(eval(&two_or_three, &exactly, "2026-01-01"), Tri::Met);
    }

    #[test]
    fn number_bounds_include_the_lower_limit_too() {
        let c = Condition::Number { question: "desil-dtsen".into(), min: Some(3), max: None };
        let mut a = Answers::default();
        for (n, expected) in [(2, Tri::NotMet), (3, Tri::Met), (4, Tri::Met)] {
            a.facts.insert("desil-dtsen".into(), Answer::Number(n));
            assert_eq!(eval(&c, &a, "2026-01-01"), expected, "{n}");
        }
    }

    #[test]
    fn number_bounds_include_the_limit() {
        let c = Condition::Number { question: "penghasilan-orang-tua".into(), min: None, max: Some(4_000_000) };
        let mut a = Answers::default();
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::Unknown);
        a.facts.insert("penghasilan-orang-tua".into(), Answer::Number(4_000_000));
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::Met);
        a.facts.insert("penghasilan-orang-tua".into(), Answer::Number(4_000_001));
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::NotMet);
    }

    #[test]
    fn decile_needs_a_valid_decile_or_a_clear_no() {
        let c = Condition::Decile { max: 4 };
        let mut a = Answers::default();
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::Unknown);
        a.facts.insert("terdaftar-dtsen".into(), Answer::Yes);
        a.facts.insert("desil-dtsen".into(), Answer::Number(4));
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::Met);
        a.facts.insert("desil-dtsen".into(), Answer::Number(5));
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::NotMet);
        a.facts.insert("desil-dtsen".into(), Answer::Number(0));
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::Unknown, "0 is not a decile");
        a.facts.insert("terdaftar-dtsen".into(), Answer::No);
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::NotMet);
    }

    #[test]
    fn wrongly_typed_answers_count_as_unknown() {
        let mut a = Answers::default();
        a.facts.insert("tinggal-di-desa".into(), Answer::Number(1));
        assert_eq!(eval(&Condition::Resident, &a, "2026-01-01"), Tri::Unknown);
        a.facts.insert("jenjang".into(), Answer::Yes);
        let c = Condition::Choice { question: "jenjang".into(), any_of: vec!["sd".into()] };
        assert_eq!(eval(&c, &a, "2026-01-01"), Tri::Unknown);
    }

    #[test]
    fn conditions_read_as_content_writes_them() {
        let text = r#"syarat = { semua = [
            "warga_desa",
            { bukan = { menerima = "pkh" } },
            { ada_anggota = { umur = { min = 6, maks = 21 } } },
            { jumlah_anggota = { maks = 1 } },
        ] }"#;
        #[derive(Deserialize)]
        struct K {
            syarat: Condition,
        }
        let k: K = toml::from_str(text).unwrap();
        assert_eq!(
            k.syarat,
            Condition::All(vec![
                Condition::Resident,
                Condition::Not(Box::new(Condition::Receives("pkh".into()))),
                Condition::AnyMember(Box::new(Condition::Age { min: Some(6), max: Some(21) })),
                Condition::MemberCount { condition: None, min: None, max: Some(1) },
            ])
        );
    }

    fn member_question(id: &str, kind: super::super::QuestionKind, implied: Vec<Implication>) -> Question {
        Question {
            id: id.into(),
            text: Default::default(),
            text_self: None,
            help: None,
            kind,
            scope: Scope::Member,
            options: vec![],
            min: None,
            max: None,
            unit: None,
            implied,
        }
    }

    #[test]
    fn answers_that_follow_from_others_are_used_but_never_override_what_was_said() {
        use super::super::QuestionKind;
        let school = |ids: &[&str]| Condition::Choice {
            question: "sekolah".into(),
            any_of: ids.iter().map(|s| s.to_string()).collect(),
        };
        let bank = vec![
            member_question(question::BIRTH_DATE, QuestionKind::Date, vec![]),
            member_question(question::AGE, QuestionKind::Number, vec![]),
            member_question(
                "sekolah",
                QuestionKind::Choice,
                vec![Implication {
                    when: Condition::Age { min: None, max: Some(2) },
                    answer: Answer::Choice("belum".into()),
                }],
            ),
            member_question(
                "lulus",
                QuestionKind::YesNo,
                vec![Implication { when: school(&["belum", "sd"]), answer: Answer::No }],
            ),
            // Two questions implied by each other: evaluation must still end.
            member_question(
                "a",
                QuestionKind::YesNo,
                vec![Implication { when: Condition::Yes("b".into()), answer: Answer::Yes }],
            ),
            member_question(
                "b",
                QuestionKind::YesNo,
                vec![Implication { when: Condition::Yes("a".into()), answer: Answer::Yes }],
            ),
        ];
        let on = date("2026-12-01");
        let mut a = household(&[&[(question::BIRTH_DATE, Answer::Date(date("2026-11-10")))]]);
        let eval = |c: &Condition, a: &Answers| c.eval(&Ctx::applicant(&bank, a, on));
        assert_eq!(eval(&school(&["sd"]), &a), Tri::NotMet, "a baby is not at primary school");
        assert_eq!(eval(&Condition::Yes("lulus".into()), &a), Tri::NotMet, "nor finished it");
        assert_eq!(eval(&Condition::Yes("a".into()), &a), Tri::Unknown);
        a.set(&QuestionRef::Member(0, "sekolah".into()), Answer::Choice("sd".into()));
        assert_eq!(eval(&school(&["sd"]), &a), Tri::Met, "what was answered wins over what would follow");
        // The birth date is asked before the question it may make unnecessary.
        let mut steps = Vec::new();
        let unknown_age = household(&[&[]]);
        school(&["sd"]).open_steps(&bank, &Ctx::applicant(&bank, &unknown_age, on), &mut steps);
        let first: Vec<Step> = steps.into_iter().take(2).collect();
        assert_eq!(
            first,
            [
                Step::Ask(QuestionRef::Member(0, question::BIRTH_DATE.into())),
                Step::Ask(QuestionRef::Member(0, question::AGE.into()))
            ]
        );
        // A question already answered ("Saya tidak tahu") needs nothing asked for its implications.
        let mut unsure = household(&[&[]]);
        unsure.set(&QuestionRef::Member(0, "sekolah".into()), Answer::Unknown);
        let mut steps = Vec::new();
        school(&["sd"]).open_steps(&bank, &Ctx::applicant(&bank, &unsure, on), &mut steps);
        assert_eq!(steps, [Step::Ask(QuestionRef::Member(0, "sekolah".into()))]);
    }

    #[test]
    fn implied_answers_follow_at_most_three_in_a_row() {
        use super::super::QuestionKind;
        // q0 follows from q1, q1 from q2, and so on: each a yes implied by the next one's yes.
        let bank: Vec<Question> = (0..5)
            .map(|i| {
                let implied = vec![Implication { when: Condition::Yes(format!("q{}", i + 1)), answer: Answer::Yes }];
                member_question(&format!("q{i}"), QuestionKind::YesNo, if i < 4 { implied } else { vec![] })
            })
            .collect();
        let on = date("2026-12-01");
        let with_yes = |q: &str| household(&[&[(q, Answer::Yes)]]);
        let eval = |a: &Answers| Condition::Yes("q0".into()).eval(&Ctx::applicant(&bank, a, on));
        assert_eq!(eval(&with_yes("q3")), Tri::Met, "three implications in a row");
        assert_eq!(eval(&with_yes("q4")), Tri::Unknown, "a fourth is not followed");
    }
}
