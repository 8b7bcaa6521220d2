//! `/cek/:program`: one question at a time (`question`, `members`), then the answers to check (`review`), then an
//! honest result with reasons (`results`); a check begun earlier is offered first (`resume`); `/cek` lists them
//! all (`list`).
//! `/cek/semua` runs every programme at once (the household finder): shared questions are asked once, the
//! results are grouped by outcome, with one combined list of documents.
//!
//! The page is pre-rendered at its first question; the checker itself is an island that receives the
//! programmes and the questions they read as props. The answers are a draft like any form's (`cek:<programme>`),
//! so a volunteer can stop and resume; the address carries only the draft id and the question being asked
//! (`?draf=<id>&tanya=keluarga.umur`).

mod list;
mod members;
mod question;
mod results;
mod resume;
mod review;

pub use list::Checks;

use crate::browser::url::use_page_url;
use crate::components::needs_js::NeedsJavaScript;
use crate::components::not_found::NotFound;
use crate::i18n::Key;
use crate::site::{content, set_meta};
use crate::state::{is_hydrated, lang, t, today};
use crate::stores::drafts::{new_id, now_ms, with_repo};
use layanan_core::drafts::{checker_form_id, Draft, Id, IndexEntry};
use layanan_core::eligibility::{next_question, progress, AidProgramme, Answer, Answers, Question, QuestionRef, Step};
use layanan_core::eligibility::{questions_for, ALL_PROGRAMMES};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use members::MembersPage;
use question::QuestionPage;
use results::Results;
use resume::ResumeCheck;
use review::ReviewAnswers;

pub(super) const ANSWERS_FIELD: &str = "jawaban";
pub(super) const LIST_MEMBERS: &str = "anggota";

#[component]
pub fn CheckerPage() -> impl IntoView {
    let id = use_params_map().read_untracked().get("program").unwrap_or_default();
    let c = content();
    let programmes: Vec<AidProgramme> = match (id.as_str(), c.aid_programme(&id)) {
        (ALL_PROGRAMMES, _) => c.aid_programmes.clone(),
        (_, Some(p)) => vec![p.clone()],
        _ => return view! { <NotFound/> }.into_any(),
    };
    let (title, summary) = match programmes.as_slice() {
        [one] if id != ALL_PROGRAMMES => (one.name.get(lang()).to_string(), one.summary.get(lang()).to_string()),
        _ => (t(Key::finder_title).to_string(), t(Key::finder_hint).to_string()),
    };
    set_meta(title.clone(), summary);
    let questions = questions_for(&c.questions, &programmes);
    view! {
        <NeedsJavaScript/>
        <Checker checker=id title=title programmes=programmes questions=questions/>
    }
    .into_any()
}

/// What the island works with, shared by its parts.
#[derive(Clone, Copy)]
pub(super) struct Rules {
    programmes: &'static [AidProgramme],
    questions: &'static [Question],
}

pub(super) fn use_rules() -> Rules {
    expect_context::<Rules>()
}

pub(super) fn question(id: &str) -> Option<&'static Question> {
    use_rules().questions.iter().find(|q| q.id == id)
}

/// Loads the answers kept in the draft named in the address, if it is this checker's; else starts a draft,
/// filed under the neighbour a volunteer is checking for, so the result stays with them.
fn open(checker: &str, draft_id: Option<&str>) -> Draft {
    let form_id = checker_form_id(checker);
    let stored = draft_id.and_then(Id::parse).and_then(|id| with_repo(|r| r.load(&id).ok()));
    stored.filter(|d| d.form_id() == form_id).unwrap_or_else(|| {
        let id = draft_id.and_then(Id::parse).unwrap_or_else(new_id);
        match crate::stores::settings::active_profile() {
            Some(profile) => Draft::for_profile(id, form_id, 1, &profile, &[], now_ms()),
            None => Draft::new(id, form_id, 1, now_ms()),
        }
    })
}

/// The name results are worded for: the neighbour a checker draft was started for, if any.
fn person_of(draft: &Draft) -> Option<String> {
    let id = draft.profile_id()?.clone();
    with_repo(|r| r.profile(&id).ok()).map(|p| p.label)
}

/// Records the step the resident moves to and saves the answers with it.
fn save_at(draft: RwSignal<Draft>, step: &str) {
    let mut d = draft.get_untracked();
    d.move_to(step);
    if d.should_save() {
        let _ = with_repo(|r| r.save(&mut d, now_ms()));
    }
    draft.set(d);
}

fn answers_of(draft: &Draft) -> Answers {
    draft.answer(ANSWERS_FIELD).and_then(|raw| serde_json::from_str(raw).ok()).unwrap_or_default()
}

/// What the page shows: one question, the household list, the check page, or the result.
#[derive(Clone, Debug, PartialEq)]
enum Screen {
    Question(QuestionRef),
    Members,
    Review,
    Result,
}

/// The screen a step of the address stands for; no step, or an unknown one, is what the flow asks next.
fn screen(step: &str, answers: &Answers) -> Screen {
    let rules = use_rules();
    let next = || next_question(rules.questions, rules.programmes, answers, today());
    match step {
        "periksa" => Screen::Review,
        "hasil" => Screen::Result,
        LIST_MEMBERS => Screen::Members,
        other => match QuestionRef::from_param(other).filter(|at| question(at.question()).is_some()) {
            Some(at) => Screen::Question(at),
            None => match next() {
                Some(Step::Ask(at)) => Screen::Question(at),
                Some(Step::ListMembers) => Screen::Members,
                None => Screen::Review,
            },
        },
    }
}

/// The step to put in the address for what the flow asks next.
fn next_step(answers: &Answers) -> String {
    let rules = use_rules();
    match next_question(rules.questions, rules.programmes, answers, today()) {
        Some(Step::ListMembers) => LIST_MEMBERS.to_string(),
        Some(Step::Ask(at)) => at.to_param(),
        None => "periksa".to_string(),
    }
}

#[cfg_attr(feature = "checkers", island)]
#[cfg_attr(not(feature = "checkers"), component)]
fn Checker(checker: String, title: String, programmes: Vec<AidProgramme>, questions: Vec<Question>) -> impl IntoView {
    let rules = Rules {
        programmes: crate::state::list_for_page(programmes),
        questions: crate::state::list_for_page(questions),
    };
    provide_context(rules);
    let url = use_page_url();
    let checker = StoredValue::new(checker);
    // Until the page has hydrated: the empty draft the page was rendered with. Then the one the address names.
    let draft = RwSignal::new(Draft::new(
        Id::parse("0000000000000000").expect("a valid id"),
        checker_form_id(&checker.get_value()),
        1,
        0,
    ));
    let person = RwSignal::new(None::<String>);
    let answers = Memo::new(move |_| draft.with(answers_of));
    let step_url = move |step: &str| {
        format!(
            "/cek/{}?draf={}&tanya={step}",
            checker.get_value(),
            draft.with_untracked(|d| d.id().as_str().to_string())
        )
    };
    // Checks of this programme already begun for the person the phone is used for: offered before a new one,
    // as forms do, so a resident coming back does not think the earlier answers are lost.
    let earlier = RwSignal::new(Vec::<IndexEntry>::new());
    let begin = move |opened: Draft| {
        person.set(person_of(&opened));
        draft.set(opened);
        earlier.set(Vec::new());
        // A concrete step in the address, so Back returns to every question asked, the first one too. A draft
        // opened from the list goes on where it was left.
        if url.query("draf").is_none() || url.query("tanya").unwrap_or_default().is_empty() {
            let first = draft
                .with_untracked(|d| d.position().map(str::to_string))
                .unwrap_or_else(|| next_step(&answers.get_untracked()));
            url.replace(&step_url(&first));
        }
    };
    Effect::new(move |_| {
        if !is_hydrated() {
            return;
        }
        untrack(|| {
            let named = url.query("draf");
            let begun = if named.is_none() {
                crate::stores::drafts::begun(&checker_form_id(&checker.get_value()))
                    .into_iter()
                    .filter(|e| e.position.is_some())
                    .collect::<Vec<_>>()
            } else {
                Vec::new()
            };
            if begun.is_empty() {
                begin(open(&checker.get_value(), named.as_deref()));
            } else {
                earlier.set(begun);
                crate::browser::focus::focus_after_render("lanjutkan-cek");
            }
        });
    });
    let resume = Callback::new(move |id: Id| {
        if let Ok(d) = with_repo(|r| r.load(&id)) {
            begin(d);
        }
    });
    let start_new = Callback::new(move |_| begin(open(&checker.get_value(), None)));

    // Saves a changed set of answers and moves on to what the flow asks next (or back to the check page).
    let answer = move |change: Box<dyn FnOnce(&mut Answers)>| {
        let mut a = answers.get_untracked();
        change(&mut a);
        let json = serde_json::to_string(&a).unwrap_or_default();
        draft.update_untracked(|d| {
            d.set_answer(ANSWERS_FIELD, &json);
        });
        let next =
            if url.query("kembali").as_deref() == Some("periksa") { "periksa".to_string() } else { next_step(&a) };
        save_at(draft, &next);
        url.push(&step_url(&next));
    };
    let answer = StoredValue::new_local(answer);
    let save = move |f: Box<dyn FnOnce(&mut Answers)>| answer.with_value(|go| go(f));
    let change_url = Callback::new(move |p: String| format!("{}&kembali=periksa", step_url(&p)));
    let see_result = Callback::new(move |_| {
        save_at(draft, "hasil");
        url.push(&step_url("hasil"));
    });
    let shown = Memo::new(move |_| screen(&url.query("tanya").unwrap_or_default(), &answers.get()));
    view! {
        <p class="form__service hint">{title}</p>
        {move || {
            let begun = earlier.get();
            if !begun.is_empty() {
                return view! { <ResumeCheck begun=begun resume=resume start_new=start_new/> }.into_any();
            }
            let a = answers.get_untracked();
            match shown.get() {
                Screen::Review => view! { <ReviewAnswers answers=a change_url=change_url on_done=see_result/> }.into_any(),
                Screen::Result => view! { <Results answers=a person=person.get()/> }.into_any(),
                Screen::Members => view! { <MembersPage answers=a on_save=Callback::new(move |n: usize| save(Box::new(move |a: &mut Answers| {
                    while a.members.len() < n { a.add_member(); }
                    while a.members.len() > n { a.remove_member(a.members.len() - 1); }
                })))/> }.into_any(),
                Screen::Question(at) => {
                    let progress = progress(rules.questions, rules.programmes, &a, today());
                    view! { <QuestionPage at=at.clone() current=a.get(&at).cloned() progress=progress
                        on_answer=Callback::new(move |value: Answer| { let at = at.clone(); save(Box::new(move |a: &mut Answers| a.set(&at, value))) })/> }.into_any()
                }
            }
        }}
    }
}
