//! A programme (`content/program/<id>.toml`) and what it says about one household on one date.

use super::answers::Answers;
use super::condition::{Condition, Ctx, Tri};
use super::question::Question;
use crate::base::date::CivilDate;
use crate::base::lang::Text;
use crate::base::link::Link;
use crate::catalog::Document;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AidProgramme {
    /// Slug, also the file name and the checker's URL (`/cek/<id>`).
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
    #[serde(rename = "ringkasan")]
    pub summary: Text,
    /// The catalogue entry (`content/layanan/<id>.toml`) where the resident reads the rest.
    #[serde(rename = "layanan")]
    pub service: String,
    /// First and last day the rules apply, `YYYY-MM-DD`; open-ended when absent.
    #[serde(rename = "berlaku_mulai", default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(rename = "berlaku_sampai", default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    #[serde(rename = "sumber")]
    pub sources: Vec<Link>,
    /// When the rules were last checked against their sources, `YYYY-MM-DD`.
    #[serde(rename = "diperiksa")]
    pub checked: String,
    #[serde(rename = "kriteria")]
    pub criteria: Vec<Criterion>,
    /// What the office checks that the app cannot; shown as "Kantor juga akan memeriksa".
    #[serde(rename = "kantor_memeriksa", default)]
    pub office_checks: Vec<Text>,
    /// Documents to bring when the result is likely or needs more information.
    #[serde(rename = "dokumen", default)]
    pub documents: Vec<Document>,
    #[serde(rename = "langkah")]
    pub next_steps: Vec<Text>,
    /// The form id (`/formulir/<id>`) that starts the application, once one exists.
    #[serde(rename = "formulir", default, skip_serializing_if = "Option::is_none")]
    pub form: Option<String>,
    /// Fields whose facts are not confirmed; the page says "pastikan di kantor desa" there.
    #[serde(rename = "belum_pasti", default)]
    pub unconfirmed: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// A short label for lists, e.g. "Tinggal di desa".
    #[serde(rename = "nama")]
    pub name: Text,
    #[serde(rename = "syarat")]
    pub condition: Condition,
    /// The reason shown when the criterion is met, not met, or not yet known.
    #[serde(rename = "memenuhi")]
    pub met: Text,
    #[serde(rename = "tidak_memenuhi")]
    pub not_met: Text,
    #[serde(rename = "belum_tahu")]
    pub unknown: Text,
    /// The rule or page this criterion comes from.
    #[serde(rename = "sumber")]
    pub source: Link,
    /// The threshold or rule is not confirmed; its texts say "pastikan di kantor desa".
    #[serde(rename = "belum_pasti", default)]
    pub unconfirmed: bool,
    /// Names who the programme is for (a pupil, a pregnant woman). When nobody in the household is, the result
    /// says so and shows no other reason: "your child is given priority" means nothing in a house without one.
    #[serde(rename = "sasaran", default)]
    pub subject: bool,
    #[serde(rename = "berlaku_mulai", default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(rename = "berlaku_sampai", default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

/// The three honest answers a checker gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// "Kemungkinan besar memenuhi syarat": every criterion is met.
    Likely,
    /// "Perlu info lagi": nothing failed, something is not known yet.
    NeedMoreInfo,
    /// "Belum memenuhi syarat": at least one criterion is known not to be met.
    NotYet,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Likely, Outcome::NeedMoreInfo, Outcome::NotYet];

    /// Stable key for translations, styles and test files: `mungkin`, `perlu-info`, `belum`.
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Likely => "mungkin",
            Outcome::NeedMoreInfo => "perlu-info",
            Outcome::NotYet => "belum",
        }
    }

    /// Only a criterion known not to be met gives `NotYet`; with no criterion in force there is nothing to
    /// promise, so the office has to be asked.
    fn of(statuses: &[Tri]) -> Outcome {
        if statuses.contains(&Tri::NotMet) {
            Outcome::NotYet
        } else if statuses.is_empty() || statuses.contains(&Tri::Unknown) {
            Outcome::NeedMoreInfo
        } else {
            Outcome::Likely
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub outcome: Outcome,
    /// One result per criterion in force, in the programme's order; only the subject's when
    /// `subject_missing`.
    pub criteria: Vec<CriterionResult>,
    /// Nobody in the household is who the programme is for ([`Criterion::subject`]).
    pub subject_missing: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CriterionResult {
    /// Index into [`AidProgramme::criteria`], for the label, source and "belum pasti" mark.
    pub index: usize,
    pub status: Tri,
    pub reason: Text,
}

/// Whether `date` lies in the inclusive window. Dates that do not parse (only possible in unchecked content)
/// close the window rather than stretch it.
pub(crate) fn window_contains(from: Option<&str>, until: Option<&str>, date: CivilDate) -> bool {
    let after_start = from.is_none_or(|s| CivilDate::parse_iso(s).is_some_and(|d| d <= date));
    let before_end = until.is_none_or(|s| CivilDate::parse_iso(s).is_some_and(|d| date <= d));
    after_start && before_end
}

impl Criterion {
    pub fn in_force(&self, date: CivilDate) -> bool {
        window_contains(self.from.as_deref(), self.until.as_deref(), date)
    }

    pub fn reason(&self, status: Tri) -> &Text {
        match status {
            Tri::Met => &self.met,
            Tri::NotMet => &self.not_met,
            Tri::Unknown => &self.unknown,
        }
    }
}

impl AidProgramme {
    pub fn in_force(&self, date: CivilDate) -> bool {
        window_contains(self.from.as_deref(), self.until.as_deref(), date)
    }

    /// The criteria in force on `date`, with their index.
    pub fn criteria_on(&self, date: CivilDate) -> impl Iterator<Item = (usize, &Criterion)> {
        self.criteria.iter().enumerate().filter(move |(_, c)| c.in_force(date))
    }

    /// What the rules in force on `date` say about this household, reading answers that follow from others
    /// through `questions`; `None` if the programme itself is not in force.
    pub fn evaluate(&self, questions: &[Question], answers: &Answers, date: CivilDate) -> Option<Evaluation> {
        if !self.in_force(date) {
            return None;
        }
        let cx = Ctx::applicant(questions, answers, date);
        let mut criteria: Vec<CriterionResult> = self
            .criteria_on(date)
            .map(|(index, c)| {
                let status = c.condition.eval(&cx);
                CriterionResult { index, status, reason: c.reason(status).clone() }
            })
            .collect();
        let subject_missing = criteria.iter().any(|r| self.criteria[r.index].subject && r.status == Tri::NotMet);
        if subject_missing {
            criteria.retain(|r| self.criteria[r.index].subject);
        }
        let statuses: Vec<Tri> = criteria.iter().map(|c| c.status).collect();
        Some(Evaluation { outcome: Outcome::of(&statuses), criteria, subject_missing })
    }

    /// Every question the programme can ask, in the order its criteria use them.
    pub fn questions(&self) -> Vec<String> {
        let mut out = Vec::new();
        self.criteria.iter().for_each(|c| c.condition.questions(&mut out));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eligibility::{Answer, QuestionRef};

    fn text(s: &str) -> Text {
        Text { id: s.into(), en: s.into() }
    }

    fn criterion(condition: Condition) -> Criterion {
        Criterion {
            name: text("nama"),
            condition,
            met: text("ya"),
            not_met: text("tidak"),
            unknown: text("belum tahu"),
            source: Link { title: "sumber".into(), url: None },
            unconfirmed: false,
            subject: false,
            from: None,
            until: None,
        }
    }

    fn programme(criteria: Vec<Criterion>) -> AidProgramme {
        AidProgramme {
            id: "contoh".into(),
            name: text("Contoh"),
            summary: text("Contoh"),
            service: "sktm".into(),
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

    fn day(s: &str) -> CivilDate {
        CivilDate::parse_iso(s).unwrap()
    }

    fn resident(answer: Option<Answer>) -> Answers {
        let mut a = Answers::default();
        if let Some(ans) = answer {
            a.set(&QuestionRef::Household("tinggal-di-desa".into()), ans);
        }
        a
    }

    #[test]
    fn outcome_follows_the_criteria_and_reasons_follow_the_status() {
        let p = programme(vec![criterion(Condition::Resident), criterion(Condition::Yes("punya-kks".into()))]);
        let on = day("2026-11-22");
        let mut a = resident(Some(Answer::Yes));
        let e = p.evaluate(&[], &a, on).unwrap();
        assert_eq!(e.outcome, Outcome::NeedMoreInfo);
        assert_eq!(e.criteria[0].reason.id, "ya");
        assert_eq!(e.criteria[1].reason.id, "belum tahu");
        a.facts.insert("punya-kks".into(), Answer::Yes);
        assert_eq!(p.evaluate(&[], &a, on).unwrap().outcome, Outcome::Likely);
        a.facts.insert("tinggal-di-desa".into(), Answer::No);
        let e = p.evaluate(&[], &a, on).unwrap();
        assert_eq!(e.outcome, Outcome::NotYet);
        assert_eq!(e.criteria[0].reason.id, "tidak");
    }

    #[test]
    fn unknown_answers_never_give_not_yet() {
        let p =
            programme(vec![criterion(Condition::Resident), criterion(Condition::Not(Box::new(Condition::Resident)))]);
        for a in [resident(None), resident(Some(Answer::Unknown))] {
            assert_eq!(p.evaluate(&[], &a, day("2026-11-22")).unwrap().outcome, Outcome::NeedMoreInfo);
        }
    }

    #[test]
    fn effective_dates_are_inclusive_on_both_ends() {
        let mut p = programme(vec![criterion(Condition::Resident)]);
        p.from = Some("2025-02-10".into());
        p.until = Some("2025-12-31".into());
        let a = resident(Some(Answer::Yes));
        assert!(p.evaluate(&[], &a, day("2025-02-09")).is_none());
        assert!(p.evaluate(&[], &a, day("2025-02-10")).is_some());
        assert!(p.evaluate(&[], &a, day("2025-12-31")).is_some());
        assert!(p.evaluate(&[], &a, day("2026-01-01")).is_none());
    }

    #[test]
    fn a_criterion_out_of_force_is_left_out_and_cannot_fail() {
        let mut old = criterion(Condition::Not(Box::new(Condition::Receives("pkh".into()))));
        old.until = Some("2024-12-31".into());
        let p = programme(vec![criterion(Condition::Resident), old]);
        let mut a = resident(Some(Answer::Yes));
        a.facts.insert("menerima-pkh".into(), Answer::Yes);
        let before = p.evaluate(&[], &a, day("2024-12-31")).unwrap();
        assert_eq!((before.outcome, before.criteria.len()), (Outcome::NotYet, 2));
        let after = p.evaluate(&[], &a, day("2025-01-01")).unwrap();
        assert_eq!((after.outcome, after.criteria.len()), (Outcome::Likely, 1));
        assert_eq!(after.criteria[0].index, 0);
    }

    #[test]
    fn no_criterion_in_force_means_ask_the_office() {
        let mut c = criterion(Condition::Resident);
        c.from = Some("2030-01-01".into());
        let p = programme(vec![c]);
        assert_eq!(
            p.evaluate(&[], &resident(Some(Answer::Yes)), day("2026-01-01")).unwrap().outcome,
            Outcome::NeedMoreInfo
        );
    }

    #[test]
    fn unparsable_dates_close_the_window() {
        assert!(!window_contains(Some("2026-02-30"), None, day("2027-01-01")));
        assert!(!window_contains(None, Some("kemarin"), day("2020-01-01")));
        assert!(window_contains(None, None, day("2020-01-01")));
    }
}
