//! The household finder: every programme checked against one household, grouped by outcome, and one combined
//! list of documents to bring ("Kartu Keluarga (KK) — untuk 3 program").

use super::answers::Answers;
use super::programme::{AidProgramme, Evaluation, Outcome};
use super::question::Question;
use crate::base::date::CivilDate;
use crate::base::lang::{Lang, Text};
use crate::catalog::Document;

#[derive(Clone, Debug, PartialEq)]
pub struct Finding<'a> {
    pub programme: &'a AidProgramme,
    pub evaluation: Evaluation,
}

/// Results grouped by outcome, each group in the programmes' order. Programmes not in force are left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Findings<'a> {
    pub likely: Vec<Finding<'a>>,
    pub need_more_info: Vec<Finding<'a>>,
    pub not_yet: Vec<Finding<'a>>,
}

impl<'a> Findings<'a> {
    pub fn group(&self, outcome: Outcome) -> &[Finding<'a>] {
        match outcome {
            Outcome::Likely => &self.likely,
            Outcome::NeedMoreInfo => &self.need_more_info,
            Outcome::NotYet => &self.not_yet,
        }
    }

    /// Programmes worth preparing for: likely first, then those that need more information.
    pub fn worth_preparing(&self) -> impl Iterator<Item = &Finding<'a>> {
        self.likely.iter().chain(&self.need_more_info)
    }
}

pub fn evaluate_all<'a>(
    questions: &[Question],
    programmes: &'a [AidProgramme],
    answers: &Answers,
    date: CivilDate,
) -> Findings<'a> {
    let mut findings = Findings::default();
    for programme in programmes {
        if let Some(evaluation) = programme.evaluate(questions, answers, date) {
            let group = match evaluation.outcome {
                Outcome::Likely => &mut findings.likely,
                Outcome::NeedMoreInfo => &mut findings.need_more_info,
                Outcome::NotYet => &mut findings.not_yet,
            };
            group.push(Finding { programme, evaluation });
        }
    }
    findings
}

/// One document and the programmes that ask for it: one line per document, however many programmes name it.
#[derive(Clone, Debug, PartialEq)]
pub struct CombinedDocument<'a> {
    pub document: &'a Document,
    pub programmes: Vec<&'a AidProgramme>,
    /// The conditions under which it is needed ("bila punya"); empty when some programme always needs it.
    pub conditions: Vec<&'a Text>,
}

impl CombinedDocument<'_> {
    /// "Kartu Keluarga (KK) — untuk 3 program", or "Kartu KKS, bila punya — untuk 2 program" with a condition.
    pub fn label(&self, lang: Lang) -> String {
        let name = self.document.name.get(lang);
        let name = match self.conditions.as_slice() {
            [] => name.to_string(),
            conditions => {
                let joined: Vec<&str> = conditions.iter().map(|c| c.get(lang)).collect();
                format!("{name}, {}", joined.join("; "))
            }
        };
        let n = self.programmes.len();
        match lang {
            Lang::Id => format!("{name} — untuk {n} program"),
            Lang::En if n == 1 => format!("{name} — for 1 programme"),
            Lang::En => format!("{name} — for {n} programmes"),
        }
    }
}

/// Documents of every programme worth preparing for, merged by their Indonesian name, the most needed first;
/// ties keep the order in which they first appear. A document some programme always needs is unconditional.
pub fn combined_documents<'a>(findings: &Findings<'a>) -> Vec<CombinedDocument<'a>> {
    let mut combined: Vec<(String, bool, CombinedDocument<'a>)> = Vec::new();
    for finding in findings.worth_preparing() {
        let programme = finding.programme;
        for document in &programme.documents {
            let key = squash(&document.name);
            let at = match combined.iter().position(|(k, _, _)| *k == key) {
                Some(at) => at,
                None => {
                    let entry = CombinedDocument { document, programmes: Vec::new(), conditions: Vec::new() };
                    combined.push((key, false, entry));
                    combined.len() - 1
                }
            };
            let (_, always, c) = &mut combined[at];
            if !c.programmes.iter().any(|p| p.id == programme.id) {
                c.programmes.push(programme);
            }
            match &document.condition {
                None => *always = true,
                Some(condition) if !c.conditions.iter().any(|k| squash(k) == squash(condition)) => {
                    c.conditions.push(condition)
                }
                Some(_) => {}
            }
        }
    }
    let mut list: Vec<CombinedDocument<'a>> = combined
        .into_iter()
        .map(|(_, always, mut c)| {
            if always {
                c.conditions.clear();
            }
            c
        })
        .collect();
    crate::base::order::sort_by(&mut list, |c| crate::base::order::number(-(c.programmes.len() as i64)));
    list
}

/// Names written with different spacing or capitals are the same document.
fn squash(t: &Text) -> String {
    t.id.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::link::Link;
    use crate::eligibility::{Answer, Condition, Criterion};

    fn text(s: &str) -> Text {
        Text { id: s.into(), en: format!("{s} (en)") }
    }

    fn doc(name: &str, condition: Option<&str>) -> Document {
        Document { name: text(name), condition: condition.map(text), ..Default::default() }
    }

    fn programme(id: &str, yes: &str, documents: Vec<Document>) -> AidProgramme {
        AidProgramme {
            id: id.into(),
            name: text(id),
            summary: text(id),
            service: id.into(),
            from: None,
            until: None,
            sources: vec![],
            checked: "2026-11-22".into(),
            criteria: vec![Criterion {
                name: text("c"),
                condition: Condition::Yes(yes.into()),
                met: text("m"),
                not_met: text("n"),
                unknown: text("u"),
                source: Link { title: "s".into(), url: None },
                unconfirmed: false,
                subject: false,
                from: None,
                until: None,
            }],
            office_checks: vec![],
            documents,
            next_steps: vec![],
            form: None,
            unconfirmed: vec![],
        }
    }

    fn on() -> CivilDate {
        CivilDate::parse_iso("2026-11-22").unwrap()
    }

    fn programmes() -> Vec<AidProgramme> {
        vec![
            programme("a", "qa", vec![doc("KTP", None), doc("Kartu Keluarga (KK)", None)]),
            programme("b", "qb", vec![doc("kartu  keluarga (KK)", None), doc("SKTM", Some("bila ada"))]),
            programme("c", "qc", vec![doc("Kartu Keluarga (KK)", None), doc("SKTM", None)]),
            programme("d", "qd", vec![doc("Kartu Keluarga (KK)", None), doc("Rapor", None)]),
        ]
    }

    fn answers() -> Answers {
        let mut a = Answers::default();
        a.facts.insert("qa".into(), Answer::Yes);
        a.facts.insert("qc".into(), Answer::Unknown);
        a.facts.insert("qd".into(), Answer::No);
        a
    }

    #[test]
    fn results_are_grouped_by_outcome_in_programme_order() {
        let ps = programmes();
        let f = evaluate_all(&[], &ps, &answers(), on());
        let ids = |g: &[Finding]| g.iter().map(|f| f.programme.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&f.likely), ["a"]);
        assert_eq!(ids(&f.need_more_info), ["b", "c"]);
        assert_eq!(ids(f.group(Outcome::NotYet)), ["d"]);
    }

    #[test]
    fn documents_merge_across_programmes_worth_preparing_for() {
        let ps = programmes();
        let docs = combined_documents(&evaluate_all(&[], &ps, &answers(), on()));
        let labels: Vec<String> = docs.iter().map(|d| d.label(Lang::Id)).collect();
        assert_eq!(
            labels,
            ["Kartu Keluarga (KK) — untuk 3 program", "SKTM — untuk 2 program", "KTP — untuk 1 program"],
            "one line per document, unconditional when one programme always needs it; the not-yet programme's \
             Rapor is left out"
        );
        assert_eq!(docs[0].label(Lang::En), "Kartu Keluarga (KK) (en) — for 3 programmes");
        assert_eq!(docs[2].label(Lang::En), "KTP (en) — for 1 programme");
    }

    #[test]
    fn a_document_needed_only_under_conditions_keeps_each_condition_once() {
        let ps = vec![
            programme("a", "qa", vec![doc("Surat pengantar RT/RW", Some("biasanya diminta di desa"))]),
            programme("b", "qb", vec![doc("Surat pengantar RT/RW", Some("biasanya diminta di desa"))]),
            programme("c", "qc", vec![doc("surat pengantar  RT/RW", Some("bila diminta"))]),
        ];
        let mut a = Answers::default();
        for q in ["qa", "qb", "qc"] {
            a.facts.insert(q.into(), Answer::Yes);
        }
        let docs = combined_documents(&evaluate_all(&[], &ps, &a, on()));
        let labels: Vec<String> = docs.iter().map(|d| d.label(Lang::Id)).collect();
        assert_eq!(labels, ["Surat pengantar RT/RW, biasanya diminta di desa; bila diminta — untuk 3 program"]);
    }

    #[test]
    fn a_document_listed_twice_by_one_programme_counts_once() {
        let ps = vec![programme("a", "qa", vec![doc("KTP", None), doc("KTP ", None)])];
        let docs = combined_documents(&evaluate_all(&[], &ps, &answers(), on()));
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].programmes.len(), 1);
    }
}
