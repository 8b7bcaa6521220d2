//! The real programmes and question bank pass the check; the check names file and field for the mistakes staff
//! are likely to make; the example households in `tests/households/` get the outcome and the reason status per
//! criterion written in their files; every question and outcome of every programme's flow is reachable, with an
//! honest progress count; and unknown answers never turn into "Belum memenuhi syarat".

use layanan_core::base::check::Problem;
use layanan_core::base::date::CivilDate;
use layanan_core::base::lang::Lang;
use layanan_core::eligibility::*;
use proptest::prelude::*;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn manifest(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn rules() -> &'static (Vec<Question>, Vec<AidProgramme>) {
    static RULES: OnceLock<(Vec<Question>, Vec<AidProgramme>)> = OnceLock::new();
    RULES.get_or_init(|| {
        load_programmes(&manifest("../content")).unwrap_or_else(|problems| {
            panic!("content/ has problems:\n{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))
        })
    })
}

fn programme(id: &str) -> &'static AidProgramme {
    rules().1.iter().find(|p| p.id == id).unwrap_or_else(|| panic!("no programme {id}"))
}

fn day(s: &str) -> CivilDate {
    CivilDate::parse_iso(s).unwrap()
}

const TODAY: &str = "2026-11-22";

// ---------- the real content ----------

#[test]
fn the_real_programmes_pass_the_check() {
    let (questions, programmes) = rules();
    let ids: Vec<&str> = programmes.iter().map(|p| p.id.as_str()).collect();
    for expected in [
        "pip-kip",
        "kip-kuliah",
        "pkh",
        "program-sembako",
        "blt-dana-desa",
        "pbi-jk",
        "usul-dtsen",
        "atensi",
        "sktm",
        "kur-super-mikro",
        "kur-mikro",
        "umi",
        "cek-kesehatan-gratis",
        "beasiswa-desa",
        "kelas-keterampilan",
        "pelatihan-kewirausahaan",
        "usaha-perempuan",
    ] {
        assert!(ids.contains(&expected), "missing programme {expected}");
    }
    assert_eq!(programme("pbi-jk").service, "bpjs-pbi");
    assert!(questions.iter().any(|q| q.id == BIRTH_DATE));
}

#[test]
fn unconfirmed_criteria_tell_residents_to_check_at_the_office() {
    let (_, programmes) = rules();
    let unconfirmed: Vec<&Criterion> = programmes.iter().flat_map(|p| &p.criteria).filter(|c| c.unconfirmed).collect();
    assert!(unconfirmed.len() >= 10, "thresholds from [K] and [S-low] notes are marked");
    for c in unconfirmed {
        assert!(c.met.id.to_lowercase().contains("pastikan di kantor desa"), "{}", c.met.id);
        assert!(c.not_met.id.to_lowercase().contains("pastikan di kantor desa"), "{}", c.not_met.id);
    }
}

#[test]
fn the_household_finder_combines_documents_for_a_real_family() {
    let text = std::fs::read_to_string(manifest("tests/households/01-ibu-hamil-desil-2.toml")).unwrap();
    let h: Household = toml::from_str(&text).unwrap();
    let findings = evaluate_all(&rules().0, &rules().1, &h.jawaban, day(&h.tanggal));
    let likely: Vec<&str> = findings.likely.iter().map(|f| f.programme.id.as_str()).collect();
    assert_eq!(
        likely,
        [
            "blt-dana-desa",
            "cek-kesehatan-gratis",
            "kelas-keterampilan",
            "pelatihan-kewirausahaan",
            "pkh",
            "program-sembako",
            "usaha-perempuan"
        ]
    );
    let not_yet: Vec<&str> = findings.not_yet.iter().map(|f| f.programme.id.as_str()).collect();
    assert_eq!(not_yet, ["beasiswa-desa", "pip-kip", "usul-dtsen"], "no pupil; already listed in DTSEN");
    let docs = combined_documents(&findings);
    let labels: Vec<String> = docs.iter().take(3).map(|d| d.label(Lang::Id)).collect();
    assert_eq!(
        labels,
        [
            "KTP-el — untuk 13 program",
            "Kartu Keluarga (KK) — untuk 12 program",
            "Kartu KKS (Kartu Keluarga Sejahtera), bila punya — untuk 3 program",
        ]
    );
    assert_eq!(docs[2].label(Lang::En), "KKS card (family welfare card), if you have one — for 3 programmes");
    assert!(
        docs.iter().all(|d| d.programmes.iter().all(|p| !not_yet.contains(&p.id.as_str()))),
        "not-yet programmes add nothing"
    );
}

// ---------- the check names file and field ----------

fn services() -> Vec<&'static str> {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            std::fs::read_dir(manifest("../content/layanan"))
                .unwrap()
                .filter_map(|e| e.ok()?.file_name().into_string().ok()?.strip_suffix(".toml").map(str::to_string))
                .collect()
        })
        .iter()
        .map(String::as_str)
        .collect()
}

/// Problems after changing one programme of the real content.
fn problems_after(id: &str, change: impl FnOnce(&mut AidProgramme)) -> Vec<Problem> {
    let (questions, programmes) = rules();
    let mut programmes = programmes.clone();
    change(programmes.iter_mut().find(|p| p.id == id).unwrap());
    aid_programme_problems(questions, &programmes, &services())
}

fn at(problems: &[Problem]) -> Vec<(String, String)> {
    problems.iter().map(|p| (p.file.clone(), p.field.clone())).collect()
}

fn one(file: &str, field: &str) -> Vec<(String, String)> {
    vec![(file.to_string(), field.to_string())]
}

#[test]
fn an_unknown_question_id_is_named() {
    let problems = problems_after("sktm", |p| p.criteria[1].condition = Condition::Yes("sulit-kebutuhan-pokk".into()));
    assert_eq!(at(&problems), one("program/sktm.toml", "kriteria[1].syarat"));
    assert!(
        problems[0].message.contains("\"sulit-kebutuhan-pokk\" tidak ada di pertanyaan.toml"),
        "{}",
        problems[0].message
    );
}

#[test]
fn a_question_of_the_wrong_kind_or_option_is_named() {
    let problems = problems_after("pip-kip", |p| {
        p.criteria[0].condition = Condition::All(vec![
            Condition::Yes("jenjang-sekolah".into()),
            Condition::Choice { question: "jenjang-sekolah".into(), any_of: vec!["tk".into()] },
        ])
    });
    assert_eq!(
        at(&problems),
        [
            ("program/pip-kip.toml".to_string(), "kriteria[0].syarat.semua[0]".to_string()),
            ("program/pip-kip.toml".to_string(), "kriteria[0].syarat.semua[1].salah_satu".to_string()),
        ]
    );
    assert!(problems[0].message.contains("harus berjenis ya_tidak"), "{}", problems[0].message);
}

#[test]
fn an_unknown_service_or_programme_is_named() {
    assert_eq!(at(&problems_after("pbi-jk", |p| p.service = "bpjs".into())), one("program/pbi-jk.toml", "layanan"));
    let problems = problems_after("blt-dana-desa", |p| p.criteria[2].condition = Condition::Receives("bpnt".into()));
    assert_eq!(at(&problems).len(), 2, "{problems:?}");
    assert!(problems.iter().all(|p| p.field == "kriteria[2].syarat"));
    assert!(problems.iter().any(|p| p.message.contains("program \"bpnt\" tidak dikenal")));
}

#[test]
fn bad_dates_and_reversed_windows_are_named() {
    let problems = problems_after("cek-kesehatan-gratis", |p| p.from = Some("2025-02-30".into()));
    assert_eq!(at(&problems), one("program/cek-kesehatan-gratis.toml", "berlaku_mulai"));
    let problems = problems_after("blt-dana-desa", |p| p.criteria[2].from = Some("2025-01-01".into()));
    assert_eq!(at(&problems), one("program/blt-dana-desa.toml", "kriteria[2].berlaku_mulai"));
    assert!(problems[0].message.contains("sesudah"), "{}", problems[0].message);
    assert_eq!(at(&problems_after("umi", |p| p.checked = "22-11-2026".into())), one("program/umi.toml", "diperiksa"));
}

#[test]
fn missing_translations_and_sources_are_named() {
    let problems = problems_after("sktm", |p| {
        p.criteria[0].met.en.clear();
        p.next_steps[1].id = " ".into();
        p.criteria[1].source.title.clear();
    });
    assert_eq!(
        at(&problems),
        [
            ("program/sktm.toml".to_string(), "kriteria[0].memenuhi.en".to_string()),
            ("program/sktm.toml".to_string(), "kriteria[1].sumber.judul".to_string()),
            ("program/sktm.toml".to_string(), "langkah[1].id".to_string()),
        ]
    );
    assert_eq!(at(&problems_after("sktm", |p| p.sources.clear())), one("program/sktm.toml", "sumber"));
}

#[test]
fn an_unconfirmed_criterion_must_say_so() {
    let problems = problems_after("pkh", |p| p.criteria[0].met.id = "Keluarga Anda terdaftar.".into());
    assert_eq!(at(&problems), one("program/pkh.toml", "kriteria[0].memenuhi.id"));
}

#[test]
fn question_bank_mistakes_are_named() {
    let (questions, programmes) = rules();
    let mut questions = questions.clone();
    let i = questions.iter().position(|q| q.id == "jenis-kelamin").unwrap();
    questions[i].options[0].id = UNKNOWN.into();
    questions[i].options[1].text.en.clear();
    let mut unused = questions[i].clone();
    unused.id = "warna-rumah".into();
    unused.options.truncate(1);
    questions.push(unused);
    let n = questions.len() - 1;
    let pregnant = questions.iter().position(|q| q.id == "hamil").unwrap();
    let fields: Vec<String> =
        aid_programme_problems(&questions, programmes, &services()).into_iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        [
            format!("pertanyaan[{i}].pilihan[0].id"),
            format!("pertanyaan[{i}].pilihan[1].teks.en"),
            format!("pertanyaan[{n}].pilihan"),
            format!("pertanyaan[{n}].pilihan[0].id"),
            format!("pertanyaan[{n}].id"),
            // "hamil" is implied for men: the option it names no longer exists.
            format!("pertanyaan[{pregnant}].tersirat[0].bila.salah_satu"),
        ]
    );
}

// ---------- example households ----------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Household {
    tanggal: String,
    jawaban: Answers,
    /// AidProgramme id → "mungkin: ya ya", "perlu-info: ya tidak-tahu", "belum: tidak", or "tidak-berlaku".
    harapan: BTreeMap<String, String>,
}

fn households() -> Vec<(String, Household)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(manifest("tests/households"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            let h: Household = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, h)
        })
        .collect()
}

/// What the evaluation says, written like the expectations in the household files: the outcome, the status of
/// each criterion shown, and "tanpa sasaran" when nobody in the household is who the programme is for.
fn written(evaluation: Option<Evaluation>) -> String {
    match evaluation {
        None => "tidak-berlaku".into(),
        Some(e) => {
            let statuses: Vec<&str> = e.criteria.iter().map(|c| c.status.key()).collect();
            let subject = if e.subject_missing { " (tanpa sasaran)" } else { "" };
            format!("{}: {}{subject}", e.outcome.key(), statuses.join(" "))
        }
    }
}

#[test]
fn example_households_get_the_expected_outcome_and_reasons() {
    let all = households();
    assert!(all.len() >= 60, "only {} example households", all.len());
    let mut wrong = Vec::new();
    for (name, h) in &all {
        let date = CivilDate::parse_iso(&h.tanggal).unwrap_or_else(|| panic!("{name}: tanggal"));
        for (id, expected) in &h.harapan {
            let got = written(programme(id).evaluate(&rules().0, &h.jawaban, date));
            if got != *expected {
                wrong.push(format!("{name}: {id}: expected \"{expected}\", got \"{got}\""));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn every_programme_has_example_households_for_every_outcome() {
    let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
    for (_, h) in households() {
        for (id, expected) in h.harapan {
            seen.insert((id, expected.split(':').next().unwrap().to_string()));
        }
    }
    for p in &rules().1 {
        for outcome in Outcome::ALL {
            assert!(
                seen.contains(&(p.id.clone(), outcome.key().to_string())),
                "{}: no household is {}",
                p.id,
                outcome.key()
            );
        }
    }
}

#[test]
fn example_households_only_use_real_questions_with_fitting_answers() {
    let (questions, _) = rules();
    let fits = |q: &Question, a: &Answer| match (q.kind, a) {
        (_, Answer::Unknown)
        | (QuestionKind::YesNo, Answer::Yes | Answer::No)
        | (QuestionKind::Number, Answer::Number(_)) => true,
        (QuestionKind::Date, Answer::Date(_)) => true,
        (QuestionKind::Choice, Answer::Choice(c)) => q.options.iter().any(|o| o.id == *c),
        _ => false,
    };
    for (name, h) in households() {
        let maps = std::iter::once((Scope::Household, &h.jawaban.facts))
            .chain(h.jawaban.members.iter().map(|m| (Scope::Member, m)));
        for (scope, answers) in maps {
            for (id, answer) in answers {
                let q =
                    questions.iter().find(|q| q.id == *id).unwrap_or_else(|| panic!("{name}: unknown question {id}"));
                assert_eq!(q.scope, scope, "{name}: {id} is asked at the wrong level");
                assert!(fits(q, answer), "{name}: {id} = {answer:?}");
            }
        }
    }
}

// ---------- flows: reachability and honest progress ----------

/// Number bounds a programme compares against, per question, so the explorer tries both sides of each limit.
fn limits(c: &Condition, out: &mut Vec<(String, i64)>) {
    match c {
        Condition::Age { min, max } => {
            out.extend([min, max].into_iter().flatten().map(|b| (AGE.to_string(), i64::from(*b))))
        }
        Condition::Number { question, min, max } => {
            out.extend([min, max].into_iter().flatten().map(|b| (question.clone(), *b)))
        }
        Condition::Decile { max } => out.push((DTSEN_DECILE.into(), i64::from(*max))),
        Condition::IncomePerPerson { max } => {
            out.extend((1..=2).map(|n| (HOUSEHOLD_INCOME.to_string(), *max as i64 * n)));
        }
        Condition::AnyMember(c) | Condition::Not(c) => limits(c, out),
        Condition::MemberCount { condition, .. } => condition.iter().for_each(|c| limits(c, out)),
        Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| limits(c, out)),
        _ => {}
    }
}

/// "Saya tidak tahu" first, so the explorer reaches follow-up questions early, then every meaningful answer.
fn candidates(q: &Question, programme: &AidProgramme, today: CivilDate) -> Vec<Answer> {
    let mut bounds = Vec::new();
    programme.criteria.iter().for_each(|c| limits(&c.condition, &mut bounds));
    let near = |id: &str| -> Vec<i64> {
        let mut v: Vec<i64> =
            bounds.iter().filter(|(q, _)| q == id).flat_map(|(_, b)| [b - 1, *b, b + 1]).filter(|n| *n >= 0).collect();
        v.sort();
        v.dedup();
        v
    };
    let mut out = vec![Answer::Unknown];
    match q.kind {
        QuestionKind::YesNo => out.extend([Answer::Yes, Answer::No]),
        QuestionKind::Choice => out.extend(q.options.iter().map(|o| Answer::Choice(o.id.clone()))),
        QuestionKind::Number => out.extend(near(&q.id).into_iter().map(Answer::Number)),
        QuestionKind::Date => out.extend(near(AGE).into_iter().filter_map(|age| {
            // Born exactly `age` years ago today: the birthday boundary itself.
            CivilDate::new(today.year() - age as i32, today.month(), today.day()).map(Answer::Date)
        })),
    }
    out
}

struct Explorer<'a> {
    questions: &'a [Question],
    programme: &'a AidProgramme,
    today: CivilDate,
    asked: BTreeSet<String>,
    outcomes: BTreeSet<&'static str>,
    budget: usize,
}

impl Explorer<'_> {
    fn done(&self) -> bool {
        let mut in_force = Vec::new();
        self.programme.criteria_on(self.today).for_each(|(_, c)| c.condition.questions(&mut in_force));
        self.outcomes.len() == 3 && in_force.iter().all(|q| self.asked.contains(q))
    }

    /// Depth-first over every answer, checking on the way that "question k of at most n" never lies.
    fn explore(&mut self, answers: &Answers, bound: Option<usize>) {
        if self.done() || self.budget == 0 {
            return;
        }
        self.budget -= 1;
        let ps = std::slice::from_ref(self.programme);
        let progress = progress(self.questions, ps, answers, self.today);
        if let (Some(before), Some(now)) = (bound, progress.at_most) {
            assert!(now <= before, "{}: at most {before} became {now}", self.programme.id);
        }
        match next_question(self.questions, ps, answers, self.today) {
            None => {
                let outcome = self.programme.evaluate(self.questions, answers, self.today).unwrap().outcome;
                self.outcomes.insert(outcome.key());
                if let Some(n) = progress.at_most {
                    assert_eq!(n, progress.answered, "{}: the flow ended early or late", self.programme.id);
                }
            }
            Some(Step::ListMembers) => {
                for size in 1..=2 {
                    let mut next = answers.clone();
                    (0..size).for_each(|_| {
                        next.add_member();
                    });
                    self.explore(&next, None);
                }
            }
            Some(Step::Ask(at)) => {
                // Household questions may come before the household is listed; then the total is not known yet.
                if let Some(n) = progress.at_most {
                    assert!(
                        progress.answered < n,
                        "{}: asking question {} of at most {n}",
                        self.programme.id,
                        progress.answered + 1
                    );
                }
                self.asked.insert(at.question().to_string());
                let q = self.questions.iter().find(|q| q.id == at.question()).unwrap();
                for answer in candidates(q, self.programme, self.today) {
                    let mut next = answers.clone();
                    next.set(&at, answer);
                    self.explore(&next, progress.at_most);
                }
            }
        }
    }
}

/// Today, plus every day a criterion starts or stops applying, so dated criteria are explored too.
fn exploration_dates(programme: &AidProgramme) -> Vec<CivilDate> {
    let mut dates = vec![day(TODAY)];
    for c in &programme.criteria {
        dates.extend([&c.from, &c.until].into_iter().flatten().filter_map(|d| CivilDate::parse_iso(d)));
    }
    dates
}

#[test]
fn every_question_and_outcome_of_every_flow_is_reachable() {
    let (questions, programmes) = rules();
    for programme in programmes {
        let mut asked = BTreeSet::new();
        for today in exploration_dates(programme) {
            let mut x = Explorer {
                questions,
                programme,
                today,
                asked: BTreeSet::new(),
                outcomes: BTreeSet::new(),
                budget: 1_000_000,
            };
            x.explore(&Answers::default(), None);
            assert_eq!(x.outcomes.len(), 3, "{} on {today}: only reached {:?}", programme.id, x.outcomes);
            asked.extend(x.asked);
        }
        let missing: Vec<String> = programme.questions().into_iter().filter(|q| !asked.contains(q)).collect();
        assert!(missing.is_empty(), "{}: never asked {missing:?}", programme.id);
    }
}

#[test]
fn a_household_flow_asks_shared_questions_once() {
    let (questions, programmes) = rules();
    let mut answers = Answers::default();
    let mut asked = Vec::new();
    while let Some(step) = next_question(questions, programmes, &answers, day(TODAY)) {
        match step {
            Step::ListMembers => {
                answers.add_member();
            }
            Step::Ask(at) => {
                assert!(!asked.contains(&at), "{at:?} asked twice");
                asked.push(at.clone());
                answers.set(&at, Answer::Unknown);
            }
        }
    }
    assert!(asked.contains(&QuestionRef::Household(RESIDENT.into())));
    let findings = evaluate_all(rules().0.as_slice(), programmes, &answers, day(TODAY));
    assert!(findings.not_yet.is_empty() && findings.likely.is_empty(), "all unknown: all need more information");
}

// ---------- properties ----------

fn any_answer(options: Vec<String>) -> impl Strategy<Value = Answer> {
    let choice = if options.is_empty() { vec!["apa-saja".to_string()] } else { options };
    prop_oneof![
        Just(Answer::Yes),
        Just(Answer::No),
        Just(Answer::Unknown),
        (-3i64..130).prop_map(Answer::Number),
        any::<i64>().prop_map(Answer::Number),
        proptest::sample::select(choice).prop_map(Answer::Choice),
        (1990i32..2035, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| Answer::Date(CivilDate::new(y, m, d).unwrap())),
    ]
}

/// Answers to a random subset of the bank's questions, of any type (including wrong ones), for up to 4 members.
fn any_answers(unknown_only: bool) -> impl Strategy<Value = Answers> {
    let (questions, _) = rules();
    let of = |scope: Scope| -> Vec<(String, Vec<String>)> {
        questions
            .iter()
            .filter(|q| q.scope == scope)
            .map(|q| (q.id.clone(), q.options.iter().map(|o| o.id.clone()).collect()))
            .collect()
    };
    let map = move |qs: Vec<(String, Vec<String>)>| {
        let entries: Vec<_> = qs
            .into_iter()
            .map(|(id, options)| {
                let answer = if unknown_only { Just(Answer::Unknown).boxed() } else { any_answer(options).boxed() };
                proptest::option::of(answer).prop_map(move |a| (id.clone(), a))
            })
            .collect();
        entries.prop_map(|pairs| pairs.into_iter().filter_map(|(id, a)| a.map(|a| (id, a))).collect::<BTreeMap<_, _>>())
    };
    let members = proptest::collection::vec(map(of(Scope::Member)), 0..4);
    (map(of(Scope::Household)), members).prop_map(|(facts, members)| Answers { facts, members })
}

fn any_date() -> impl Strategy<Value = CivilDate> {
    (2020i32..2031, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| CivilDate::new(y, m, d).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn evaluating_any_answers_never_panics(answers in any_answers(false), date in any_date()) {
        let (questions, programmes) = rules();
        let findings = evaluate_all(questions, programmes, &answers, date);
        let _ = combined_documents(&findings);
        let _ = next_question(questions, programmes, &answers, date);
        let p = progress(questions, programmes, &answers, date);
        if let Some(n) = p.at_most {
            prop_assert!(p.answered <= n);
        }
    }

    #[test]
    fn unknown_or_missing_answers_never_give_not_yet(answers in any_answers(true), date in any_date()) {
        for programme in &rules().1 {
            if let Some(e) = programme.evaluate(&rules().0, &answers, date) {
                prop_assert_ne!(e.outcome, Outcome::NotYet, "{}", programme.id);
                prop_assert!(e.criteria.iter().all(|c| c.status == Tri::Unknown), "{}", programme.id);
            }
        }
    }

    #[test]
    fn a_household_flow_ends_and_its_progress_never_lies(seed in proptest::collection::vec(0usize..16, 80), members in 1usize..4) {
        let (questions, programmes) = rules();
        let today = day(TODAY);
        let mut answers = Answers::default();
        (0..members).for_each(|_| { answers.add_member(); });
        let mut bound = progress(questions, programmes, &answers, today).at_most.unwrap();
        for (step_no, pick) in seed.iter().enumerate() {
            let Some(step) = next_question(questions, programmes, &answers, today) else {
                prop_assert_eq!(progress(questions, programmes, &answers, today).answered, bound);
                return Ok(());
            };
            let Step::Ask(at) = step else { unreachable!("members are listed") };
            let q = questions.iter().find(|q| q.id == at.question()).unwrap();
            let pool: Vec<Answer> = programmes.iter().flat_map(|p| candidates(q, p, today)).collect();
            answers.set(&at, pool[pick % pool.len()].clone());
            let now = progress(questions, programmes, &answers, today).at_most.unwrap();
            prop_assert!(now <= bound, "step {}: at most {} became {}", step_no, bound, now);
            bound = now;
        }
        prop_assert!(next_question(questions, programmes, &answers, today).is_none(), "80 answers should end any flow");
    }
}

// ---------- questions that cannot apply, reasons for who is there ----------

/// Walks the household finder for a family answering plainly: the mother (31), the father (33) and a baby born
/// three weeks ago. Returns every question asked, with the person it was about.
fn walk_family_with_a_new_baby() -> Vec<QuestionRef> {
    let (questions, programmes) = rules();
    let today = day("2026-12-01");
    let births = ["1995-01-01", "1993-01-01", "2026-11-10"];
    let mut answers = Answers::default();
    let mut asked = Vec::new();
    while let Some(step) = next_question(questions, programmes, &answers, today) {
        let Step::Ask(at) = step else {
            births.iter().for_each(|_| {
                answers.add_member();
            });
            continue;
        };
        let q = questions.iter().find(|q| q.id == at.question()).unwrap();
        let answer = match (&at, q.kind) {
            (QuestionRef::Member(i, _), QuestionKind::Date) => Answer::Date(day(births[*i])),
            (QuestionRef::Member(0, _), QuestionKind::Choice) if q.id == "jenis-kelamin" => {
                Answer::Choice("perempuan".into())
            }
            (QuestionRef::Member(1, _), QuestionKind::Choice) if q.id == "jenis-kelamin" => {
                Answer::Choice("laki-laki".into())
            }
            (QuestionRef::Household(_), QuestionKind::YesNo) => Answer::Yes,
            (_, QuestionKind::YesNo) => Answer::No,
            (_, QuestionKind::Number) => Answer::Number(if q.id == DTSEN_DECILE { 3 } else { 1_500_000 }),
            (_, QuestionKind::Choice) => Answer::Choice(q.options[0].id.clone()),
            (_, QuestionKind::Date) => Answer::Unknown,
        };
        assert!(!asked.contains(&at), "{at:?} asked twice");
        asked.push(at.clone());
        answers.set(&at, answer);
    }
    asked
}

#[test]
fn a_new_baby_is_asked_only_what_can_apply_to_a_baby() {
    let asked = walk_family_with_a_new_baby();
    let about = |person: usize| -> Vec<&str> {
        asked
            .iter()
            .filter(|at| matches!(at, QuestionRef::Member(i, _) if *i == person))
            .map(|at| at.question())
            .collect()
    };
    assert_eq!(
        about(2),
        [BIRTH_DATE, "disabilitas"],
        "no school, SMA, chronic illness, pregnancy or business for a baby"
    );
    for adult in [0, 1] {
        assert!(
            !about(adult).contains(&"jenjang-sekolah"),
            "adults over 25 are not asked where they study: {:?}",
            about(adult)
        );
    }
    assert!(!about(1).contains(&"hamil"), "the father is not asked whether he is pregnant: {:?}", about(1));
    // The age is known before any question it rules out.
    let birth = asked.iter().position(|at| *at == QuestionRef::Member(2, BIRTH_DATE.into())).unwrap();
    assert!(asked[..birth].iter().all(|at| !matches!(at, QuestionRef::Member(2, _))), "{asked:?}");
    assert!(asked.len() <= 17, "a family of three answers {} questions: {asked:?}", asked.len());
}

#[test]
fn a_programme_for_pupils_tells_a_house_without_one_just_that() {
    let mut answers = Answers::default();
    answers.facts.insert("sulit-kebutuhan-pokok".into(), Answer::Yes);
    answers.facts.insert("tinggal-di-desa".into(), Answer::Yes);
    let i = answers.add_member();
    answers.set(&QuestionRef::Member(i, BIRTH_DATE.into()), Answer::Date(day("1946-03-01")));
    let pip = programme("pip-kip");
    let e = pip.evaluate(&rules().0, &answers, day(TODAY)).unwrap();
    assert_eq!(e.outcome, Outcome::NotYet);
    assert!(e.subject_missing);
    assert_eq!(e.criteria.len(), 1, "only the reason about who PIP is for: {:?}", e.criteria);
    assert_eq!(e.criteria[0].reason, pip.criteria[0].not_met);
    assert!(e.criteria[0].reason.id.contains("belum ada anggota keluarga seperti itu"), "{}", e.criteria[0].reason.id);
    let findings = evaluate_all(&rules().0, &rules().1, &answers, day(TODAY));
    for f in findings.likely.iter().chain(&findings.need_more_info).chain(&findings.not_yet) {
        for c in &f.evaluation.criteria {
            assert!(!c.reason.id.contains("Anak Anda"), "{}: {}", f.programme.id, c.reason.id);
        }
    }
}

// ---------- the check refuses what would leave a resident stuck or misled ----------

#[test]
fn duplicate_ids_are_reported_for_questions_options_and_programmes() {
    let (questions, programmes) = rules();
    let mut bank = questions.clone();
    let copy = bank.iter().find(|q| q.id == RESIDENT).unwrap().clone();
    bank.push(copy);
    let fields: Vec<String> =
        aid_programme_problems(&bank, programmes, &services()).into_iter().map(|p| p.field).collect();
    let last = bank.len() - 1;
    let first = bank.iter().position(|q| q.id == RESIDENT).unwrap();
    assert!(
        fields.contains(&format!("pertanyaan[{first}].id")) && fields.contains(&format!("pertanyaan[{last}].id")),
        "{fields:?}"
    );

    let mut bank = questions.clone();
    let sex = bank.iter().position(|q| q.id == "jenis-kelamin").unwrap();
    let option = bank[sex].options[0].clone();
    bank[sex].options.push(option);
    let problems = aid_programme_problems(&bank, programmes, &services());
    assert_eq!(
        at(&problems),
        one("pertanyaan.toml", &format!("pertanyaan[{sex}].pilihan[0].id"))
            .into_iter()
            .chain(one("pertanyaan.toml", &format!("pertanyaan[{sex}].pilihan[2].id")))
            .collect::<Vec<_>>()
    );

    let mut twice = programmes.clone();
    twice.push(programme("sktm").clone());
    let problems = aid_programme_problems(questions, &twice, &services());
    assert_eq!(problems.iter().filter(|p| p.file == "program/sktm.toml" && p.field == "id").count(), 2, "{problems:?}");
}

#[test]
fn bounds_that_refuse_every_answer_are_reported() {
    let unbounded = problems_after("sktm", |p| {
        p.criteria[1].condition = Condition::Number { question: HOUSEHOLD_INCOME.into(), min: None, max: None }
    });
    assert_eq!(at(&unbounded), one("program/sktm.toml", "kriteria[1].syarat"));
    let reversed = problems_after("sktm", |p| {
        p.criteria[1].condition = Condition::Number { question: HOUSEHOLD_INCOME.into(), min: Some(5), max: Some(1) }
    });
    assert_eq!(at(&reversed), one("program/sktm.toml", "kriteria[1].syarat.min"));
    let ages = problems_after("sktm", |p| p.criteria[1].condition = Condition::Age { min: Some(60), max: Some(18) });
    assert_eq!(at(&ages), one("program/sktm.toml", "kriteria[1].syarat.min"));
    let count = problems_after("sktm", |p| {
        p.criteria[1].condition = Condition::MemberCount { condition: None, min: None, max: None }
    });
    assert_eq!(at(&count), one("program/sktm.toml", "kriteria[1].syarat"));
    // A number question whose own bounds are reversed would refuse every number the resident types.
    let (questions, programmes) = rules();
    let mut bank = questions.clone();
    let decile = bank.iter().position(|q| q.id == DTSEN_DECILE).unwrap();
    (bank[decile].min, bank[decile].max) = (Some(10), Some(1));
    let fields: Vec<String> =
        aid_programme_problems(&bank, programmes, &services()).into_iter().map(|p| p.field).collect();
    assert_eq!(fields, [format!("pertanyaan[{decile}].min")]);
}

#[test]
fn an_implied_answer_must_fit_its_question_and_rest_on_other_questions() {
    let (questions, programmes) = rules();
    let mut bank = questions.clone();
    let school = bank.iter().position(|q| q.id == "jenjang-sekolah").unwrap();
    bank[school].implied[0].answer = Answer::Choice("universitas-luar-negeri".into());
    bank[school].implied[1].when = Condition::Choice { question: "jenjang-sekolah".into(), any_of: vec!["sd".into()] };
    let fields: Vec<String> =
        aid_programme_problems(&bank, programmes, &services()).into_iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        [format!("pertanyaan[{school}].tersirat[0].jawaban"), format!("pertanyaan[{school}].tersirat[1].bila")]
    );
}
