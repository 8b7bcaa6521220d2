//! `/formulir/:form`: one section per page, a check-your-answers page, and a finish page.
//!
//! The page is pre-rendered at its first section, empty; the form is an island that receives the form, the
//! documents to print with it and the office's WhatsApp number as props. The address carries the draft id and
//! the step (`?draf=<id>&bagian=2`), never personal data, so reload, back and forward all land where the
//! resident was. Every change is saved within half a second and again when the page is hidden or left; another
//! tab saving the same draft is detected, and nothing is overwritten silently.

use crate::browser::url::{use_page_url, StepLink};
use crate::components::answers::AnswerList;
use crate::components::field::FieldInput;
use crate::components::handover::Handover;
use crate::components::needs_js::NeedsJavaScript;
use crate::i18n::{fill, Key};
use crate::pages::not_found::NotFound;
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{is_hydrated, lang, t, today, use_state};
use crate::stores::drafts::{new_id, now_ms, with_repo};
use layanan_core::catalog::Document;
use layanan_core::drafts::personal_fields;
use layanan_core::drafts::{draft_key, relative_time, Draft, Error, Id, IndexEntry, StoreError};
use layanan_core::forms::{answers_from_address, summary, validate_form, validate_section, FieldError, Form, Step};
use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::time::Duration;

#[component]
pub fn FormRoute() -> impl IntoView {
    let id = use_params_map().read_untracked().get("form").unwrap_or_default();
    let c = content();
    let Some(form) = c.form(&id) else { return view! { <NotFound/> }.into_any() };
    set_meta(form.name.get(lang()), form.summary.get(lang()));
    let documents = form.service.as_deref().and_then(|s| c.service(s)).map(|s| s.documents.clone()).unwrap_or_default();
    view! {
        {form.survey.as_ref().map(|s| {
            let day = today();
            let (key, date) = match s.phase(day) {
                layanan_core::forms::survey::Phase::NotYet => (Key::survey_form_not_yet, s.opens),
                layanan_core::forms::survey::Phase::Open => (Key::survey_form_open, s.closes),
                layanan_core::forms::survey::Phase::Closed => (Key::survey_form_closed, s.closes),
            };
            view! {
                <p class="banner banner--info">
                    {fill(t(key), &[("tanggal", &date.long(lang())), ("penyelenggara", s.organiser.get(lang()))])}
                    " " <a href=href("/survei")>{t(Key::surveys_results_link)}</a>
                </p>
            }
        })}
        <NeedsJavaScript/>
        <FormIsland form=form.clone() documents=documents whatsapp=c.village.whatsapp.clone()/>
    }
    .into_any()
}

/// What the last save did, shown quietly under the form.
#[derive(Clone, Debug, PartialEq)]
enum SaveStatus {
    Idle,
    Saved,
    /// Saved for the first time: the browser was asked to keep the drafts safe, and the page says why.
    SavedFirst,
    /// The phone's storage is full: the draft is kept in memory while the page is open.
    Full,
    /// Another tab saved a newer version of this draft.
    Conflict(Box<Draft>),
}

/// The draft named in the address, if it is stored and belongs to this form.
fn stored_draft(form: &Form, id: Option<&str>) -> Option<Draft> {
    id.and_then(Id::parse).and_then(|id| with_repo(|r| r.load(&id).ok())).filter(|d| d.form_id() == form.id)
}

/// A new draft, filled from the active neighbour's profile in volunteer mode.
fn new_draft(form: &Form, id: Option<Id>) -> Draft {
    let id = id.unwrap_or_else(new_id);
    match crate::stores::settings::active_profile() {
        Some(profile) => {
            let fields = personal_fields(form);
            let refs: Vec<(&str, _)> = fields.iter().map(|(f, k)| (f.as_str(), *k)).collect();
            Draft::for_profile(id, &form.id, form.version, &profile, &refs, now_ms())
        }
        None => Draft::new(id, &form.id, form.version, now_ms()),
    }
}

/// Drafts of this form for the person the phone is filling in for now (the active neighbour, or the owner),
/// most recent first.
fn drafts_of(form: &Form) -> Vec<IndexEntry> {
    let person = crate::stores::settings::active_profile().map(|p| p.id);
    with_repo(|r| r.list())
        .into_iter()
        .filter(|g| g.profile_id == person)
        .flat_map(|g| g.drafts)
        .filter(|e| e.form_id == form.id)
        .collect()
}

/// What the island shows: the form, or the choice between the drafts already begun and a new one.
#[derive(Clone, PartialEq)]
enum Mode {
    Filling,
    Choosing(Vec<IndexEntry>),
}

/// Opening a form: straight into the draft the address names; else, when drafts of it exist, the choice to go
/// on with one of them (first) or start a new one; else a new draft. Until the page has hydrated it is the
/// empty first section the page was rendered with.
#[cfg_attr(feature = "forms", island)]
#[cfg_attr(not(feature = "forms"), component)]
fn FormIsland(form: Form, documents: Vec<Document>, whatsapp: Option<String>) -> impl IntoView {
    let form: &'static Form = Box::leak(Box::new(form));
    let documents: &'static [Document] = Box::leak(documents.into_boxed_slice());
    let url = use_page_url();
    let draft =
        RwSignal::new(Draft::new(Id::parse("0000000000000000").expect("a valid id"), &form.id, form.version, 0));
    let mode = RwSignal::new(Mode::Filling);
    // Bumped when the answers are replaced from outside (a stored draft opened, the other tab's version): the
    // fields are drawn again.
    let generation = RwSignal::new(0u32);
    let begin = move |d: Draft| {
        let had_answers = !d.answers().is_empty();
        let at = url.query("bagian").or_else(|| d.position().map(str::to_string));
        let id = d.id().as_str().to_string();
        draft.set(d);
        // Drawn again only when it changes: the first section keeps the fields hydration took over.
        if mode.get_untracked() != Mode::Filling {
            mode.set(Mode::Filling);
        }
        if had_answers {
            generation.update(|g| *g += 1);
        }
        // The draft id and the step in the address straight away, so a reload finds the draft once it is saved.
        let step = Step::parse(at.as_deref(), form.sections.len());
        url.replace(&format!("/formulir/{}?draf={id}&bagian={}", form.id, step.param()));
    };
    Effect::new(move |_| {
        if !is_hydrated() {
            return;
        }
        untrack(|| {
            let named = url.query("draf");
            match stored_draft(form, named.as_deref()) {
                Some(d) => begin(d),
                None => {
                    // A link that answers a few choices (a service page's quick rating) starts a new draft with
                    // them, saved at once: the address loses them on the next step.
                    let given = answers_from_address(form, |name| url.query(name));
                    if named.is_none() && !given.is_empty() {
                        let mut d = new_draft(form, None);
                        for (field, value) in &given {
                            d.set_answer(field, value);
                        }
                        let _ = with_repo(|r| r.save(&mut d, now_ms()));
                        begin(d);
                        return;
                    }
                    let earlier = if named.is_none() { drafts_of(form) } else { Vec::new() };
                    if earlier.is_empty() {
                        begin(new_draft(form, named.as_deref().and_then(Id::parse)));
                    } else {
                        mode.set(Mode::Choosing(earlier));
                    }
                }
            }
        });
    });
    let open = Callback::new(move |id: Id| {
        if let Ok(d) = with_repo(|r| r.load(&id)) {
            begin(d);
        }
    });
    let start_new = Callback::new(move |_| begin(new_draft(form, None)));
    let whatsapp = StoredValue::new(whatsapp);
    view! {
        <p class="form__service hint">{form.name.get(lang()).to_string()}</p>
        {move || match mode.get() {
            Mode::Filling => view! {
                <FormFlow form=form documents=documents whatsapp=whatsapp.get_value() draft=draft generation=generation/>
            }.into_any(),
            Mode::Choosing(drafts) => view! { <ResumeChoice form=form drafts=drafts open=open start_new=start_new/> }.into_any(),
        }}
    }
}

/// "Lanjutkan draf yang disimpan 2 jam lalu" first, "Mulai baru" second: reopening a form never hides the
/// answers already given behind an empty one.
#[component]
fn ResumeChoice(
    form: &'static Form,
    drafts: Vec<IndexEntry>,
    open: Callback<Id>,
    start_new: Callback<()>,
) -> impl IntoView {
    let now = now_ms();
    crate::browser::focus::focus_after_render("lanjutkan-draf");
    view! {
        <h1 tabindex="-1" id="lanjutkan-draf">{t(Key::form_resume_heading)}</h1>
        <ul class="drafts__list">
            {drafts.into_iter().map(|entry| {
                let id = entry.id.clone();
                let when = relative_time(entry.updated_ms, now, lang());
                let progress = crate::pages::drafts::progress_text(entry.position.as_deref(), form.sections.len(), false);
                view! {
                    <li class="drafts__item">
                        <button type="button" class="button" on:click=move |_| open.run(id.clone())>
                            {fill(t(Key::form_resume_saved), &[("kapan", &when)])}
                        </button>
                        <p class="hint">{progress}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
        <button type="button" class="button button--secondary" on:click=move |_| start_new.run(())>{t(Key::form_start_new)}</button>
        <p><a href=href("/draf")>{t(Key::form_to_drafts)}</a></p>
    }
}

#[component]
fn FormFlow(
    form: &'static Form,
    documents: &'static [Document],
    whatsapp: Option<String>,
    draft: RwSignal<Draft>,
    generation: RwSignal<u32>,
) -> impl IntoView {
    let state = use_state();
    let url = use_page_url();
    let step = Memo::new(move |_| Step::parse(url.query("bagian").as_deref(), form.sections.len()));
    let step_url = move |s: Step| {
        format!(
            "/formulir/{}?draf={}&bagian={}",
            form.id,
            draft.with_untracked(|d| d.id().as_str().to_string()),
            s.param()
        )
    };

    let status = RwSignal::new(SaveStatus::Idle);
    let save = move || save_now(draft, status);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let schedule_save = move || {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                save();
            },
            Duration::from_millis(400),
        );
        pending.set_value(handle.ok());
    };
    let flush = move || {
        if let Some(h) = pending.get_value() {
            h.clear();
            pending.set_value(None);
            save();
        }
    };
    Effect::new(move |_| {
        if !is_hydrated() {
            return;
        }
        let hide = window_event_listener(ev::pagehide, move |_| flush());
        let visibility = window_event_listener(ev::visibilitychange, move |_| flush());
        let other_tab = window_event_listener(ev::storage, move |e| {
            let key = draft.with_untracked(|d| draft_key(d.id()));
            let Some(theirs) = crate::stores::drafts::from_other_tab(e.key(), &key, e.new_value()) else { return };
            if theirs.revision() > draft.with_untracked(Draft::revision) {
                status.set(SaveStatus::Conflict(Box::new(theirs)));
            }
        });
        on_cleanup(move || {
            flush();
            hide.remove();
            visibility.remove();
            other_tab.remove();
        });
    });

    // Moving on records the step (and makes answers filled from a profile the person's own), then saves.
    let go = move |next: Step| {
        if let Some(h) = pending.get_value() {
            h.clear();
            pending.set_value(None);
        }
        draft.update_untracked(|d| {
            d.move_to(&next.param());
        });
        save();
        url.push(&step_url(next));
    };
    let on_answer = Callback::new(move |(field, value): (String, String)| {
        let changed = draft.try_update_untracked(|d| d.set_answer(&field, &value)).unwrap_or(false);
        if changed {
            schedule_save();
        }
    });
    let keep_as_file = move |_| {
        let answers = draft.with_untracked(|d| d.answers().clone());
        let name = format!("{}-{}.json", form.id, today());
        crate::browser::share::download(
            &name,
            "application/json",
            &layanan_core::handover::file_content(form, &answers, today()),
        );
    };

    view! {
        <ProfileNote draft=draft/>
        <ConflictBanner status=status draft=draft generation=generation/>
        {move || {
            generation.track();
            match step.get() {
                Step::Section(i) => view! {
                    <SectionPage form=form index=i draft=draft on_answer=on_answer on_next=Callback::new(go)/>
                }.into_any(),
                Step::Review => view! {
                    <ReviewPage form=form draft=draft section_url=Callback::new(move |i: usize| format!("{}&kembali=periksa", step_url(Step::Section(i))))
                        on_done=Callback::new(move |_| go(Step::Done))/>
                }.into_any(),
                Step::Done => view! { <DonePage form=form documents=documents whatsapp=whatsapp.clone() draft=draft/> }.into_any(),
            }
        }}
        // A full or missing device store: the file is the one copy that outlives this page.
        <Show when=move || status.with(|s| *s == SaveStatus::Full) || state.storage_notice.get().is_some()>
            <p class="no-print">
                <button type="button" class="button button--secondary" on:click=keep_as_file>{t(Key::handover_file)}</button>
            </p>
        </Show>
        <p class="form__status hint" role="status">
            {move || match status.get() {
                SaveStatus::Idle | SaveStatus::Conflict(_) => String::new(),
                SaveStatus::Saved => t(Key::form_saved).to_string(),
                SaveStatus::SavedFirst => format!("{} {}", t(Key::form_saved), t(Key::form_persist_note)),
                SaveStatus::Full => t(Key::form_save_full).to_string(),
            }}
        </p>
    }
}

fn save_now(draft: RwSignal<Draft>, status: RwSignal<SaveStatus>) {
    let mut d = draft.get_untracked();
    if !d.should_save() || matches!(status.get_untracked(), SaveStatus::Conflict(_)) {
        return;
    }
    match with_repo(|r| r.save(&mut d, now_ms())) {
        Ok(()) => {
            draft.update_untracked(|x| *x = d);
            status.set(if crate::state::first_draft_saved() { SaveStatus::SavedFirst } else { SaveStatus::Saved });
        }
        Err(Error::Conflict(theirs)) => status.set(SaveStatus::Conflict(theirs)),
        Err(Error::Store(StoreError::Full)) => status.set(SaveStatus::Full),
        // Storage unavailable: the banner already says so; the draft stays in memory.
        Err(_) => status.set(SaveStatus::Idle),
    }
}

/// "Draf ini diubah di tab lain": the resident chooses which version to keep; the other is not lost silently.
#[component]
fn ConflictBanner(status: RwSignal<SaveStatus>, draft: RwSignal<Draft>, generation: RwSignal<u32>) -> impl IntoView {
    let theirs = move || match status.get() {
        SaveStatus::Conflict(t) => Some(t),
        _ => None,
    };
    view! {
        <Show when=move || theirs().is_some()>
            <div class="banner banner--warning" role="alert">
                <p class="banner__title">{t(Key::form_conflict)}</p>
                <p>{t(Key::form_conflict_body)}</p>
                <div class="actions">
                    <button type="button" class="button" on:click=move |_| {
                        if let Some(t) = theirs() {
                            draft.update_untracked(|d| d.take_over(&t));
                            status.set(SaveStatus::Idle);
                            save_now(draft, status);
                        }
                    }>{t(Key::form_conflict_keep_mine)}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| {
                        if let Some(t) = theirs() {
                            draft.set(*t);
                            status.set(SaveStatus::Saved);
                            generation.update(|g| *g += 1);
                        }
                    }>{t(Key::form_conflict_take_theirs)}</button>
                </div>
            </div>
        </Show>
    }
}

/// Volunteer mode: says whose form this is.
#[component]
fn ProfileNote(draft: RwSignal<Draft>) -> impl IntoView {
    let label = move || {
        let id = draft.with(|d| d.profile_id().cloned())?;
        with_repo(|r| r.profile(&id).ok()).map(|p| p.label)
    };
    move || label().map(|l| view! { <p class="tag tag--profile">{fill(t(Key::form_for_profile), &[("nama", &l)])}</p> })
}

#[component]
fn SectionPage(
    form: &'static Form,
    index: usize,
    draft: RwSignal<Draft>,
    on_answer: Callback<(String, String)>,
    on_next: Callback<Step>,
) -> impl IntoView {
    let url = use_page_url();
    let section = &form.sections[index];
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let summary_ref = NodeRef::<leptos::html::Div>::new();
    // Answers, read as they are typed, decide which conditional fields show.
    let answers = RwSignal::new(draft.with_untracked(|d| d.answers().clone()));
    let answer = Callback::new(move |(field, value): (String, String)| {
        answers.update(|a| {
            if value.is_empty() {
                a.remove(&field);
            } else {
                a.insert(field.clone(), value.clone());
            }
        });
        on_answer.run((field, value));
    });
    let next = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let found = validate_section(form, index, &answers.get_untracked(), today());
        if found.is_empty() {
            errors.set(Vec::new());
            let back_to_check = url.query("kembali").as_deref() == Some("periksa");
            on_next.run(if back_to_check || index + 1 == form.sections.len() {
                Step::Review
            } else {
                Step::Section(index + 1)
            });
        } else {
            errors.set(found);
            request_animation_frame(move || {
                if let Some(el) = summary_ref.get() {
                    let _ = el.focus();
                }
            });
        }
    };
    let progress =
        fill(t(Key::form_step), &[("nomor", &(index + 1).to_string()), ("jumlah", &form.sections.len().to_string())]);
    view! {
        <Show when=move || !errors.with(Vec::is_empty)>
            <div class="error-summary" tabindex="-1" node_ref=summary_ref role="alert" aria-labelledby="ringkasan-salah">
                <h2 id="ringkasan-salah" class="error-summary__title">{t(Key::form_error_summary)}</h2>
                <ul class="error-summary__list">
                    {move || errors.get().into_iter().map(|e| {
                        let target = format!("isian-{}", e.field_id);
                        let href = format!("#{target}");
                        view! {
                            <li><a href=href on:click=move |ev| {
                                ev.prevent_default();
                                crate::browser::focus::focus_field(&target);
                            }>{e.message.get(lang()).to_string()}</a></li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
        <p class="form__progress hint">{progress}</p>
        <h1 tabindex="-1">{section.title.get(lang()).to_string()}</h1>
        <form class="form" method="post" novalidate on:submit=next>
            {section.fields.iter().map(|field| {
                let visible = move || answers.with(|a| form.is_visible(field, a));
                let error = Signal::derive(move || errors.with(|es| es.iter().find(|e| e.field_id == field.id).map(|e| e.message.clone())));
                view! {
                    <Show when=visible>
                        <FieldInput field=field answers=answers error=error on_answer=answer/>
                    </Show>
                }
            }).collect_view()}
            <button type="submit" class="button">{t(Key::form_next)}</button>
        </form>
    }
}

#[component]
fn ReviewPage(
    form: &'static Form,
    draft: RwSignal<Draft>,
    section_url: Callback<usize, String>,
    on_done: Callback<()>,
) -> impl IntoView {
    let answers = draft.with_untracked(|d| d.answers().clone());
    let problems = validate_form(form, &answers, today());
    view! {
        <h1 tabindex="-1">{t(Key::form_check_heading)}</h1>
        {(!problems.is_empty()).then(|| view! {
            <div class="error-summary" role="alert">
                <h2 class="error-summary__title">{t(Key::form_error_summary)}</h2>
                <ul class="error-summary__list">
                    {problems.iter().map(|p| view! { <li>{p.message.get(lang()).to_string()}</li> }).collect_view()}
                </ul>
            </div>
        })}
        <dl class="answers">
            {summary(form, &answers, lang()).into_iter().map(|row| {
                let to = section_url.run(row.section);
                let label = row.label.clone();
                view! {
                    <div class="answers__row">
                        <dt class="answers__key">{row.label}</dt>
                        <dd class="answers__value">{row.value}</dd>
                        <dd class="answers__change">
                            <StepLink to=to>{t(Key::form_change)}<span class="visually-hidden">" " {label}</span></StepLink>
                        </dd>
                    </div>
                }
            }).collect_view()}
        </dl>
        {problems.is_empty().then(|| view! {
            <button type="button" class="button" on:click=move |_| on_done.run(())>{t(Key::form_finish)}</button>
        })}
    }
}

#[component]
fn DonePage(
    form: &'static Form,
    documents: &'static [Document],
    whatsapp: Option<String>,
    draft: RwSignal<Draft>,
) -> impl IntoView {
    let answers = draft.with_untracked(|d| d.answers().clone());
    let feedback = form.id == layanan_core::feedback::FORM;
    let code = feedback
        .then(|| draft.with_untracked(|d| layanan_core::feedback::machine_line(&answers, today(), d.id().as_str())))
        .flatten();
    view! {
        <div class="panel">
            <h1 tabindex="-1">{t(Key::form_done_heading)}</h1>
            <p class="no-print">{t(Key::form_done_body)}</p>
        </div>
        <h2>{form.name.get(lang()).to_string()}</h2>
        <AnswerList rows=summary(form, &answers, lang())/>
        {code.clone().map(|line| view! {
            <section class="slip-code" aria-labelledby="kode-rekap">
                <h2 id="kode-rekap">{t(Key::feedback_code_heading)}</h2>
                <p class="slip-code__line">{line}</p>
                <p class="hint">{t(Key::feedback_code_hint)}</p>
            </section>
            <p class="banner banner--info no-print">{t(Key::feedback_privacy)}</p>
        })}
        {(!feedback).then(|| view! { <PrintExtras documents=layanan_core::catalog::applicable_documents(documents, form, &answers).into_iter().cloned().collect()/> })}
        <Handover form=form answers=answers whatsapp=whatsapp code=code/>
        <p class="no-print"><a href=href("/draf")>{t(Key::form_to_drafts)}</a></p>
    }
}

/// On paper only: the documents to bring, room for signatures, and the date.
#[component]
fn PrintExtras(documents: Vec<Document>) -> impl IntoView {
    let date = today().long(lang());
    view! {
        <section class="print-only">
            {(!documents.is_empty()).then(|| view! {
                <h2>{t(Key::service_documents)}</h2>
                <ul class="print-checklist">
                    {documents.into_iter().map(|d| view! {
                        <li>"☐ " {d.name.get(lang()).to_string()}
                            {d.condition.as_ref().map(|c| view! { " (" {c.get(lang()).to_string()} ")" })}</li>
                    }).collect_view()}
                </ul>
            })}
            <div class="signatures">
                <div class="signatures__box"><p>{t(Key::print_applicant)}</p></div>
                <div class="signatures__box"><p>{t(Key::print_officer)}</p></div>
            </div>
            <p>{fill(t(Key::print_date), &[("tanggal", &date)])}</p>
        </section>
    }
}
