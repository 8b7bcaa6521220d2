//! `/cek/:program`: one question at a time, then the answers to check, then an honest result with reasons.
//! `/cek/semua` runs every programme at once (the household finder): shared questions are asked once, the
//! results are grouped by outcome, with one combined list of documents.
//!
//! The page is pre-rendered at its first question; the checker itself is an island that receives the
//! programmes and the questions they read as props. The answers are a draft like any form's (`cek:<programme>`),
//! so a volunteer can stop and resume; the address carries only the draft id and the question being asked
//! (`?draf=<id>&tanya=keluarga.umur`).

use crate::browser::url::{use_page_url, StepLink};
use crate::components::date_field::DateEcho;
use crate::components::needs_js::NeedsJavaScript;
use crate::components::read_aloud::ReadAloudControl;
use crate::components::text_share::TextShare;
use crate::i18n::{fill, Key};
use crate::pages::not_found::NotFound;
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{is_hydrated, lang, t, today};
use crate::stores::drafts::{new_id, now_ms, with_repo};
use layanan_core::base::lang::Text;
use layanan_core::base::order::{number, sort_by};
use layanan_core::drafts::{checker_form_id, relative_time, Draft, Id, IndexEntry};
use layanan_core::eligibility::{
    combined_documents, evaluate_all, for_person, next_question, progress, AidProgramme, Answer, Answers, Findings,
    Outcome, Question, QuestionKind, QuestionRef, Step, Tri, UNKNOWN,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use wasm_bindgen::JsCast;

/// The checker id of the household finder.
pub const ALL: &str = "semua";
const ANSWERS_FIELD: &str = "jawaban";
const LIST_MEMBERS: &str = "anggota";

#[component]
pub fn CheckerPage() -> impl IntoView {
    let id = use_params_map().read_untracked().get("program").unwrap_or_default();
    let c = content();
    let programmes: Vec<AidProgramme> = match (id.as_str(), c.aid_programme(&id)) {
        (ALL, _) => c.aid_programmes.clone(),
        (_, Some(p)) => vec![p.clone()],
        _ => return view! { <NotFound/> }.into_any(),
    };
    let (title, summary) = match programmes.as_slice() {
        [one] if id != ALL => (one.name.get(lang()).to_string(), one.summary.get(lang()).to_string()),
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

/// The questions these programmes read, and those their implied answers rest on: all the island needs.
fn questions_for(bank: &[Question], programmes: &[AidProgramme]) -> Vec<Question> {
    let mut ids: Vec<String> = programmes.iter().flat_map(AidProgramme::questions).collect();
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

/// What the island works with, shared by its parts.
#[derive(Clone, Copy)]
struct Rules {
    programmes: &'static [AidProgramme],
    questions: &'static [Question],
}

fn use_rules() -> Rules {
    expect_context::<Rules>()
}

fn question(id: &str) -> Option<&'static Question> {
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

/// Drafts of this checker with answers, for the person the phone is used for now, most recent first.
fn checks_begun(checker: &str) -> Vec<IndexEntry> {
    let form_id = checker_form_id(checker);
    let person = crate::stores::settings::active_profile().map(|p| p.id);
    with_repo(|r| r.list())
        .into_iter()
        .filter(|g| g.profile_id == person)
        .flat_map(|g| g.drafts)
        .filter(|e| e.form_id == form_id && e.position.is_some())
        .collect()
}

/// "Lihat hasil terakhir" or "Lanjutkan cek yang disimpan 2 jam lalu" first, "Mulai cek baru" second.
#[component]
fn ResumeCheck(begun: Vec<IndexEntry>, resume: Callback<Id>, start_new: Callback<()>) -> impl IntoView {
    let now = now_ms();
    view! {
        <h1 tabindex="-1" id="lanjutkan-cek">{t(Key::checker_resume_heading)}</h1>
        <ul class="drafts__list">
            {begun.into_iter().map(|entry| {
                let id = entry.id.clone();
                let when = relative_time(entry.updated_ms, now, lang());
                let key = if entry.position.as_deref() == Some("hasil") { Key::checker_resume_result } else { Key::checker_resume_saved };
                view! {
                    <li class="drafts__item">
                        <button type="button" class="button" on:click=move |_| resume.run(id.clone())>{t(key)}</button>
                        <p class="hint">{fill(t(Key::checker_resume_when), &[("kapan", &when)])}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
        <button type="button" class="button button--secondary" on:click=move |_| start_new.run(())>{t(Key::checker_start_new)}</button>
        <p><a href=href("/draf")>{t(Key::form_to_drafts)}</a></p>
    }
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
        programmes: Box::leak(programmes.into_boxed_slice()),
        questions: Box::leak(questions.into_boxed_slice()),
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
            let begun = if named.is_none() { checks_begun(&checker.get_value()) } else { Vec::new() };
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

/// "Pertanyaan 3 dari paling banyak 7": the count never promises fewer questions than may come.
fn progress_text(p: layanan_core::eligibility::Progress) -> String {
    let k = (p.answered + 1).to_string();
    match p.at_most {
        Some(n) => {
            fill(t(Key::checker_progress_at_most), &[("nomor", &k), ("jumlah", &n.max(p.answered + 1).to_string())])
        }
        None => fill(t(Key::checker_progress), &[("nomor", &k)]),
    }
}

/// The question as the page asks it: "Apakah Anda sakit menahun?" of the applicant, "Orang ke-2: Apakah orang
/// ini sakit menahun?" of anyone else.
fn question_line(q: &Question, at: &QuestionRef) -> String {
    let text = q.text_at(at).get(lang());
    match at {
        QuestionRef::Member(i, _) if *i > 0 => {
            format!("{}: {text}", fill(t(Key::checker_person), &[("nomor", &(i + 1).to_string())]))
        }
        _ => text.to_string(),
    }
}

#[component]
fn QuestionPage(
    at: QuestionRef,
    current: Option<Answer>,
    progress: layanan_core::eligibility::Progress,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let q = question(at.question()).expect("checked content");
    let choice = RwSignal::new(match &current {
        Some(Answer::Yes) => "ya".to_string(),
        Some(Answer::No) => "tidak".to_string(),
        Some(Answer::Choice(c)) => c.clone(),
        Some(Answer::Unknown) => UNKNOWN.to_string(),
        Some(Answer::Number(n)) => n.to_string(),
        Some(Answer::Date(d)) => d.to_string(),
        None => String::new(),
    });
    let error = RwSignal::new(None::<Key>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let raw = choice.get_untracked();
        let parsed = match (q.kind, raw.as_str()) {
            (_, "") => Err(Key::checker_choose),
            (_, UNKNOWN) => Ok(Answer::Unknown),
            (QuestionKind::YesNo, "ya") => Ok(Answer::Yes),
            (QuestionKind::YesNo, _) => Ok(Answer::No),
            (QuestionKind::Choice, c) => Ok(Answer::Choice(c.to_string())),
            (QuestionKind::Number, n) => match layanan_core::base::identity::parse_whole_number(n) {
                Ok(v) => {
                    let v = v as i64;
                    if q.min.is_some_and(|m| v < m) || q.max.is_some_and(|m| v > m) {
                        Err(Key::checker_number_range)
                    } else {
                        Ok(Answer::Number(v))
                    }
                }
                Err(_) => Err(Key::checker_number),
            },
            (QuestionKind::Date, d) => match layanan_core::base::identity::parse_date(d) {
                Ok(date) if date <= today() => Ok(Answer::Date(date)),
                Ok(_) => Err(Key::checker_date_future),
                Err(_) => Err(Key::checker_date),
            },
        };
        match parsed {
            Ok(a) => {
                error.set(None);
                on_answer.run(a);
            }
            Err(k) => error.set(Some(k)),
        }
    };
    let options: Vec<(String, String)> = match q.kind {
        QuestionKind::YesNo => vec![("ya".into(), t(Key::yes).into()), ("tidak".into(), t(Key::no).into())],
        QuestionKind::Choice => q.options.iter().map(|o| (o.id.clone(), o.text.get(lang()).to_string())).collect(),
        _ => Vec::new(),
    };
    let legend = question_line(q, &at);
    view! {
        <p class="form__progress hint">{progress_text(progress)}</p>
        <ReadAloudControl/>
        <form class="form" method="post" novalidate on:submit=submit>
            <fieldset class="field" class:field--error=move || error.get().is_some() aria-describedby="tanya-bantuan">
                <legend class="field__label field__label--question"><h1 tabindex="-1">{legend.clone()}</h1></legend>
                {q.help.as_ref().map(|h| view! { <p class="hint" id="tanya-bantuan">{h.get(lang()).to_string()}</p> })}
                {move || error.get().map(|k| view! { <p class="field__error" role="alert">{t(k)}</p> })}
                {match q.kind {
                    QuestionKind::Number | QuestionKind::Date => {
                        let is_date = q.kind == QuestionKind::Date;
                        let typed = if choice.get_untracked() == UNKNOWN { String::new() } else { choice.get_untracked() };
                        view! {
                            <div class="field__row">
                                <label class="visually-hidden" for="jawaban">{legend.clone()}</label>
                                <input class="field__input" id="jawaban" type="text" inputmode="numeric" autocomplete="off" prop:value=typed
                                    on:input=move |ev| choice.set(event_target_value(&ev))/>
                                {q.unit.as_ref().map(|u| view! { <span class="field__suffix">{u.get(lang()).to_string()}</span> })}
                            </div>
                            {is_date.then(|| view! { <DateEcho text=Signal::derive(move || choice.get())/> })}
                        }.into_any()
                    }
                    _ => view! {
                        <div class="choices">
                            {options.into_iter().enumerate().map(|(i, (id, label))| {
                                let input_id = format!("pilihan-{i}");
                                let value = id.clone();
                                view! {
                                    <div class="choices__item">
                                        <input class="choices__input" type="radio" name="jawaban" id=input_id.clone() value=id.clone()
                                            prop:checked=move || choice.get() == id on:change=move |_| choice.set(value.clone())/>
                                        <label class="choices__label" for=input_id>{label}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                    }.into_any(),
                }}
                <div class="choices__item choices__item--unknown">
                    <input class="choices__input" type="radio" name="jawaban" id="tidak-tahu"
                        prop:checked=move || choice.get() == UNKNOWN on:change=move |_| choice.set(UNKNOWN.to_string())/>
                    <label class="choices__label" for="tidak-tahu">{t(Key::checker_unknown)}</label>
                </div>
            </fieldset>
            <button type="submit" class="button">{t(Key::form_next)}</button>
        </form>
    }
}

/// "Berapa orang yang tinggal serumah?": person questions need the household listed first.
#[component]
fn MembersPage(answers: Answers, on_save: Callback<usize>) -> impl IntoView {
    let value =
        RwSignal::new(if answers.members.is_empty() { String::new() } else { answers.members.len().to_string() });
    let error = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match value.get_untracked().trim().parse::<usize>() {
            Ok(n) if (1..=30).contains(&n) => on_save.run(n),
            _ => error.set(true),
        }
    };
    view! {
        <form class="form" method="post" novalidate on:submit=submit>
            <div class="field" class:field--error=move || error.get()>
                <h1 tabindex="-1"><label for="jumlah-orang">{t(Key::checker_members)}</label></h1>
                <p class="hint" id="jumlah-orang-petunjuk">{t(Key::checker_members_hint)}</p>
                {move || error.get().then(|| view! { <p class="field__error" role="alert">{t(Key::checker_members_error)}</p> })}
                <input class="field__input field__input--short" id="jumlah-orang" type="text" inputmode="numeric"
                    aria-describedby="jumlah-orang-petunjuk" prop:value=value.get_untracked()
                    on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="button">{t(Key::form_next)}</button>
        </form>
    }
}

/// Every answer given, each with a link to change it, in the order the questions were asked.
#[component]
fn ReviewAnswers(answers: Answers, change_url: Callback<String, String>, on_done: Callback<()>) -> impl IntoView {
    let order: Vec<String> = use_rules().programmes.iter().flat_map(AidProgramme::questions).collect();
    let rank = |q: &str| order.iter().position(|o| o == q).unwrap_or(usize::MAX);
    let mut rows: Vec<(QuestionRef, Answer)> =
        answers.facts.iter().map(|(q, a)| (QuestionRef::Household(q.clone()), a.clone())).collect();
    sort_by(&mut rows, |(at, _)| number(rank(at.question())));
    for (i, m) in answers.members.iter().enumerate() {
        let mut person: Vec<(QuestionRef, Answer)> =
            m.iter().map(|(q, a)| (QuestionRef::Member(i, q.clone()), a.clone())).collect();
        sort_by(&mut person, |(at, _)| number(rank(at.question())));
        rows.extend(person);
    }
    let members = answers.members.len();
    view! {
        <h1 tabindex="-1">{t(Key::form_check_heading)}</h1>
        <dl class="answers">
            {(members > 0).then(|| view! {
                <div class="answers__row">
                    <dt class="answers__key">{t(Key::checker_members)}</dt>
                    <dd class="answers__value">{members.to_string()}</dd>
                    <dd class="answers__change"><StepLink to=change_url.run(LIST_MEMBERS.to_string())>{t(Key::form_change)}</StepLink></dd>
                </div>
            })}
            {rows.into_iter().filter_map(|(at, a)| {
                let q = question(at.question())?;
                let key = question_line(q, &at);
                Some(view! {
                    <div class="answers__row">
                        <dt class="answers__key">{key}</dt>
                        <dd class="answers__value">{answer_text(q, &a)}</dd>
                        <dd class="answers__change"><StepLink to=change_url.run(at.to_param())>{t(Key::form_change)}</StepLink></dd>
                    </div>
                })
            }).collect_view()}
        </dl>
        <button type="button" class="button" on:click=move |_| on_done.run(())>{t(Key::checker_see_result)}</button>
    }
}

fn answer_text(q: &Question, a: &Answer) -> String {
    let lang = lang();
    match a {
        Answer::Yes => t(Key::yes).into(),
        Answer::No => t(Key::no).into(),
        Answer::Unknown => t(Key::checker_unknown).into(),
        Answer::Number(n) => match &q.unit {
            Some(u) => format!("{n} {}", u.get(lang)),
            None => n.to_string(),
        },
        Answer::Date(d) => d.long(lang),
        Answer::Choice(c) => {
            q.options.iter().find(|o| &o.id == c).map_or_else(|| c.clone(), |o| o.text.get(lang).to_string())
        }
    }
}

const GROUPS: [(Outcome, Key); 3] = [
    (Outcome::Likely, Key::outcome_likely),
    (Outcome::NeedMoreInfo, Key::outcome_need_info),
    (Outcome::NotYet, Key::outcome_not_yet),
];

/// A short summary first (per outcome, the programme names), the documents to bring, then per programme every
/// criterion's reason, what the office still checks and what to do, folded away so the page stays short.
#[component]
fn Results(answers: Answers, person: Option<String>) -> impl IntoView {
    let rules = use_rules();
    let single = rules.programmes.len() == 1;
    let findings = evaluate_all(rules.questions, rules.programmes, &answers, today());
    let documents: Vec<String> = combined_documents(&findings).iter().map(|d| d.label(lang())).collect();
    let summary = result_text(&findings, &documents, person.as_deref());
    // Folded details would print folded: open them all for paper.
    let printing = window_event_listener(leptos::ev::beforeprint, |_| {
        if let Ok(all) = document().query_selector_all("details.result__card") {
            (0..all.length()).filter_map(|i| all.item(i)).for_each(|d| {
                let _ = d.unchecked_into::<web_sys::Element>().set_attribute("open", "");
            });
        }
    });
    on_cleanup(move || printing.remove());
    let heading = match (&person, single) {
        (Some(name), _) => fill(t(Key::checker_result_for), &[("nama", name)]),
        (None, true) => t(Key::checker_result).to_string(),
        (None, false) => t(Key::finder_result).to_string(),
    };
    let worded = |text: &Text| for_person(text.get(lang()), lang(), person.as_deref());
    view! {
        <h1 tabindex="-1">{heading}</h1>
        <p class="lead">{t(Key::checker_office_decides)}</p>
        <ReadAloudControl/>
        <section class="result-summary" aria-labelledby="hasil-ringkas">
            <h2 id="hasil-ringkas">{t(Key::checker_summary)}</h2>
            <dl class="result-summary__list">
                {GROUPS.into_iter().filter(|(o, _)| !findings.group(*o).is_empty()).map(|(outcome, key)| view! {
                    <div class="result-summary__row" class:result-summary__row--likely=outcome == Outcome::Likely>
                        <dt class="result-summary__outcome">{t(key)}</dt>
                        <dd>
                            <ul class="result-summary__names">
                                {findings.group(outcome).iter().map(|f| {
                                    let name = f.programme.name.get(lang()).to_string();
                                    view! { <li><DetailsLink id=f.programme.id.clone()>{name}</DetailsLink></li> }
                                }).collect_view()}
                            </ul>
                        </dd>
                    </div>
                }).collect_view()}
            </dl>
        </section>
        {(!documents.is_empty()).then(|| view! {
            <section>
                <h2>{t(Key::checker_documents)}</h2>
                <ul class="checklist-plain">{documents.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
            </section>
        })}
        {GROUPS.into_iter().map(|(outcome, key)| {
            let items = findings.group(outcome);
            (!items.is_empty()).then(|| view! {
                <section class="result" class:result--likely=outcome == Outcome::Likely>
                    <h2>{t(key)}</h2>
                    {items.iter().map(|f| {
                        let p = f.programme;
                        let subject_missing = f.evaluation.subject_missing;
                        view! {
                            <details class="card result__card" id=format!("program-{}", p.id) open=single>
                                <summary class="card__title result__name">{p.name.get(lang()).to_string()}</summary>
                                <ul class="reasons">
                                    {f.evaluation.criteria.iter().map(|c| {
                                        let (mark, label) = match c.status {
                                            Tri::Met => ("✓", Key::reason_met),
                                            Tri::NotMet => ("✗", Key::reason_not_met),
                                            Tri::Unknown => ("?", Key::reason_unknown),
                                        };
                                        view! {
                                            <li class="reasons__item">
                                                <span class="reasons__mark" aria-hidden="true">{mark}</span>
                                                <span class="visually-hidden">{t(label)} ": "</span>
                                                {worded(&c.reason)}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                                {subject_missing.then(|| view! { <p class="hint">{t(Key::checker_subject_missing)}</p> })}
                                {(!subject_missing && !p.office_checks.is_empty()).then(|| view! {
                                    <p class="reasons__office">{t(Key::checker_office_checks)}</p>
                                    <ul>{p.office_checks.iter().map(|c| view! { <li>{c.get(lang()).to_string()}</li> }).collect_view()}</ul>
                                })}
                                {(outcome != Outcome::NotYet && !p.next_steps.is_empty()).then(|| view! {
                                    <p class="reasons__office">{t(Key::checker_next)}</p>
                                    <ol>{p.next_steps.iter().map(|s| view! { <li>{s.get(lang()).to_string()}</li> }).collect_view()}</ol>
                                })}
                                <p class="actions">
                                    <a href=href(&format!("/layanan/{}", p.service))>{t(Key::checker_service_link)}</a>
                                    {p.form.clone().map(|f| view! { " · " <a href=href(&format!("/formulir/{f}"))>{t(Key::service_forms)}</a> })}
                                </p>
                            </details>
                        }
                    }).collect_view()}
                </section>
            })
        }).collect_view()}
        <TextShare text=summary/>
    }
}

/// A link from the summary to a programme's folded details: opens them and moves focus there. (With `<base href>`
/// a plain `#fragment` would leave the page.)
#[component]
fn DetailsLink(id: String, children: Children) -> impl IntoView {
    let target = format!("program-{id}");
    let href = format!("#{target}");
    view! {
        <a href=href on:click=move |ev| {
            ev.prevent_default();
            if let Some(el) = document().get_element_by_id(&target) {
                let _ = el.set_attribute("open", "");
                if let Some(summary) = el.query_selector("summary").ok().flatten() {
                    let _ = summary.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            }
        }>{children()}</a>
    }
}

/// The results as plain text, for WhatsApp or copying: the summary first, then the reasons.
fn result_text(findings: &Findings, documents: &[String], person: Option<&str>) -> String {
    let lang = lang();
    let heading = match person {
        Some(name) => fill(t(Key::checker_result_for), &[("nama", name)]),
        None => t(Key::checker_result).to_string(),
    };
    let mut out = format!("{heading}\n");
    for (outcome, key) in GROUPS {
        let names: Vec<&str> = findings.group(outcome).iter().map(|f| f.programme.name.get(lang)).collect();
        if !names.is_empty() {
            out.push_str(&format!("{}: {}\n", t(key), names.join(", ")));
        }
    }
    for (outcome, key) in GROUPS {
        for f in findings.group(outcome) {
            out.push_str(&format!("\n{} — {}\n", f.programme.name.get(lang), t(key)));
            for c in &f.evaluation.criteria {
                let mark = match c.status {
                    Tri::Met => "✓",
                    Tri::NotMet => "✗",
                    Tri::Unknown => "?",
                };
                out.push_str(&format!("{mark} {}\n", for_person(c.reason.get(lang), lang, person)));
            }
        }
    }
    if !documents.is_empty() {
        out.push_str(&format!("\n{}:\n", t(Key::checker_documents)));
        for d in documents {
            out.push_str(&format!("- {d}\n"));
        }
    }
    out.push_str(&format!("\n{}\n", t(Key::checker_office_decides)));
    out
}
