//! One question at a time: which question comes next, and an honest "question k of at most n".
//!
//! The flow follows the programmes' order, then their criteria's order, and only asks what could still change a
//! result: a programme already decided (a criterion failed, or all met) asks nothing more, and inside a criterion
//! a branch already decided is skipped. Questions answered "Saya tidak tahu" are not asked again.
//! The same functions serve one checker (a slice of one programme) and the household finder (all of them), so a
//! question shared by several programmes is asked once.

use super::answers::{Answers, QuestionRef};
use super::condition::{Ctx, Step, Tri};
use super::programme::{AidProgramme, Outcome};
use super::question::Question;
use crate::base::date::CivilDate;

/// The next step, or `None` when nothing more can change any result.
pub fn next_question(
    questions: &[Question],
    programmes: &[AidProgramme],
    answers: &Answers,
    date: CivilDate,
) -> Option<Step> {
    open_steps(questions, programmes, answers, date).into_iter().find(|step| match step {
        Step::ListMembers => true,
        Step::Ask(at) => answers.get(at).is_none(),
    })
}

/// How far along the flow is. Answering a question never raises `at_most`, so "question k of at most n" holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Questions already answered that these programmes read.
    pub answered: usize,
    /// Answered plus every question that may still be asked; `None` until the household is listed, because the
    /// number of questions about people depends on how many people there are.
    pub at_most: Option<usize>,
}

pub fn progress(questions: &[Question], programmes: &[AidProgramme], answers: &Answers, date: CivilDate) -> Progress {
    let open = open_steps(questions, programmes, answers, date);
    let mut read: Vec<QuestionRef> = Vec::new();
    for p in programmes.iter().filter(|p| p.in_force(date)) {
        let cx = Ctx::applicant(questions, answers, date);
        p.criteria_on(date).for_each(|(_, c)| c.condition.all_slots(questions, &cx, &mut read));
    }
    let answered = read.iter().filter(|at| answers.get(at).is_some()).count();
    let waiting = open.iter().filter(|s| matches!(s, Step::Ask(at) if answers.get(at).is_none())).count();
    let at_most = (!open.contains(&Step::ListMembers)).then_some(answered + waiting);
    Progress { answered, at_most }
}

/// The steps that could still change an undecided programme, in asking order, without repeats.
fn open_steps(questions: &[Question], programmes: &[AidProgramme], answers: &Answers, date: CivilDate) -> Vec<Step> {
    let mut steps = Vec::new();
    for p in programmes {
        let Some(evaluation) = p.evaluate(questions, answers, date) else { continue };
        if evaluation.outcome != Outcome::NeedMoreInfo {
            continue;
        }
        let cx = Ctx::applicant(questions, answers, date);
        for result in evaluation.criteria.iter().filter(|r| r.status == Tri::Unknown) {
            p.criteria[result.index].condition.open_steps(questions, &cx, &mut steps);
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::lang::Text;
    use crate::base::link::Link;
    use crate::eligibility::{Answer, Condition, Criterion, QuestionKind, Scope};

    fn text() -> Text {
        Text { id: "t".into(), en: "t".into() }
    }

    fn question(id: &str, kind: QuestionKind, scope: Scope) -> Question {
        Question {
            id: id.into(),
            text: text(),
            text_self: (scope == Scope::Member).then(text),
            help: None,
            kind,
            scope,
            options: vec![],
            min: None,
            max: None,
            unit: None,
            implied: vec![],
        }
    }

    fn bank() -> Vec<Question> {
        vec![
            question("tinggal-di-desa", QuestionKind::YesNo, Scope::Household),
            question("terdaftar-dtsen", QuestionKind::YesNo, Scope::Household),
            question("desil-dtsen", QuestionKind::Number, Scope::Household),
            question("tanggal-lahir", QuestionKind::Date, Scope::Member),
            question("umur", QuestionKind::Number, Scope::Member),
            question("hamil", QuestionKind::YesNo, Scope::Member),
        ]
    }

    fn programme(conditions: Vec<Condition>) -> AidProgramme {
        let criteria = conditions
            .into_iter()
            .map(|condition| Criterion {
                name: text(),
                condition,
                met: text(),
                not_met: text(),
                unknown: text(),
                source: Link { title: "s".into(), url: None },
                unconfirmed: false,
                subject: false,
                from: None,
                until: None,
            })
            .collect();
        AidProgramme {
            id: "p".into(),
            name: text(),
            summary: text(),
            service: "s".into(),
            from: None,
            until: None,
            sources: vec![],
            checked: "2026-11-22".into(),
            criteria,
            office_checks: vec![],
            documents: vec![],
            next_steps: vec![],
            form: None,
            unconfirmed: vec![],
        }
    }

    fn on() -> CivilDate {
        CivilDate::parse_iso("2026-11-22").unwrap()
    }

    fn household(q: &str) -> Step {
        Step::Ask(QuestionRef::Household(q.into()))
    }

    #[test]
    fn asks_in_order_and_stops_once_a_criterion_fails() {
        let p = [programme(vec![Condition::Resident, Condition::Decile { max: 4 }])];
        let mut a = Answers::default();
        assert_eq!(next_question(&bank(), &p, &a, on()), Some(household("tinggal-di-desa")));
        a.facts.insert("tinggal-di-desa".into(), Answer::No);
        assert_eq!(next_question(&bank(), &p, &a, on()), None, "outcome can no longer change");
    }

    #[test]
    fn i_do_not_know_is_not_asked_again_and_opens_the_follow_up() {
        let p = [programme(vec![Condition::Decile { max: 4 }])];
        let mut a = Answers::default();
        assert_eq!(next_question(&bank(), &p, &a, on()), Some(household("terdaftar-dtsen")));
        a.facts.insert("terdaftar-dtsen".into(), Answer::Unknown);
        assert_eq!(next_question(&bank(), &p, &a, on()), Some(household("desil-dtsen")));
        a.facts.insert("desil-dtsen".into(), Answer::Unknown);
        assert_eq!(next_question(&bank(), &p, &a, on()), None);
    }

    #[test]
    fn people_are_listed_before_questions_about_them() {
        let p = [programme(vec![Condition::AnyMember(Box::new(Condition::Yes("hamil".into())))])];
        let mut a = Answers::default();
        assert_eq!(next_question(&bank(), &p, &a, on()), Some(Step::ListMembers));
        assert_eq!(progress(&bank(), &p, &a, on()).at_most, None);
        a.add_member();
        a.add_member();
        assert_eq!(next_question(&bank(), &p, &a, on()), Some(Step::Ask(QuestionRef::Member(0, "hamil".into()))));
        assert_eq!(progress(&bank(), &p, &a, on()), Progress { answered: 0, at_most: Some(2) });
        a.set(&QuestionRef::Member(0, "hamil".into()), Answer::Yes);
        assert_eq!(next_question(&bank(), &p, &a, on()), None, "one pregnant member decides it");
        assert_eq!(progress(&bank(), &p, &a, on()), Progress { answered: 1, at_most: Some(1) });
    }

    #[test]
    fn a_known_birth_date_skips_the_age_question() {
        let p = [programme(vec![Condition::Age { min: Some(21), max: None }])];
        let mut a = Answers::default();
        a.add_member();
        assert_eq!(progress(&bank(), &p, &a, on()).at_most, Some(2), "age may follow an unknown birth date");
        a.set(&QuestionRef::Member(0, "tanggal-lahir".into()), Answer::Date(CivilDate::new(1990, 1, 1).unwrap()));
        assert_eq!(next_question(&bank(), &p, &a, on()), None);
        assert_eq!(progress(&bank(), &p, &a, on()), Progress { answered: 1, at_most: Some(1) });
    }

    #[test]
    fn shared_questions_are_asked_once_across_programmes() {
        let ps =
            [programme(vec![Condition::Resident]), programme(vec![Condition::Resident, Condition::Decile { max: 4 }])];
        let mut a = Answers::default();
        assert_eq!(progress(&bank(), &ps, &a, on()).at_most, Some(3));
        a.facts.insert("tinggal-di-desa".into(), Answer::Yes);
        assert_eq!(next_question(&bank(), &ps, &a, on()), Some(household("terdaftar-dtsen")));
    }
}
