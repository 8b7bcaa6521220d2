//! `/formulir/:form`: one section per page, a check-your-answers page, and a finish page.
//!
//! The URL carries the draft id and the step (`?draf=<id>&bagian=2`), never personal data, so reload, back and
//! forward all land where the resident was. Every change is saved within half a second and again when the page
//! is hidden or left; another tab saving the same draft is detected, and nothing is overwritten silently.

use crate::components::field::FieldInput;
use crate::drafts::{new_id, now_ms, personal_fields, with_repo};
use crate::i18n::{fill, Key};
use crate::pages::not_found;
use crate::router::use_router;
use crate::state::{content, t, today, use_state, use_title};
use layanan_core::drafts::{draft_key, migrate, relative_time, Draft, Error, Id, IndexEntry, StoreError};
use layanan_core::forms::{summary, validate_form, validate_section, FieldError, Form, Step};
use layanan_core::route::Params;
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

pub fn page(params: Params) -> AnyView {
    match params.get("form").and_then(|id| content().form(id)) {
        Some(form) => view! { <FormPage form=form/> }.into_any(),
        None => not_found::page(params),
    }
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

/// The draft named in the URL, if it is stored and belongs to this form.
fn stored_draft(form: &Form, id: Option<&str>) -> Option<Draft> {
    id.and_then(Id::parse).and_then(|id| with_repo(|r| r.load(&id).ok())).filter(|d| d.form_id() == form.id)
}

/// A new draft, filled from the active neighbour's profile in volunteer mode.
fn new_draft(form: &Form, id: Option<Id>) -> Draft {
    let id = id.unwrap_or_else(new_id);
    match crate::state::active_profile() {
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
    let person = crate::state::active_profile().map(|p| p.id);
    with_repo(|r| r.list())
        .into_iter()
        .filter(|g| g.profile_id == person)
        .flat_map(|g| g.drafts)
        .filter(|e| e.form_id == form.id)
        .collect()
}

/// Opening a form: straight into the draft the URL names; else, when drafts of it exist, the choice to go on
/// with one of them (first) or start a new one; else a new draft.
#[component]
fn FormPage(form: &'static Form) -> impl IntoView {
    let router = use_router();
    let named = router.query("draf");
    let opened = stored_draft(form, named.as_deref());
    let earlier = if named.is_none() { drafts_of(form) } else { Vec::new() };
    let chosen = RwSignal::new(match opened {
        Some(d) => Some(d),
        None if earlier.is_empty() => Some(new_draft(form, named.as_deref().and_then(Id::parse))),
        None => None,
    });
    move || match chosen.get() {
        Some(draft) => view! { <FormFlow form=form draft=draft/> }.into_any(),
        None => view! { <ResumeChoice form=form drafts=earlier.clone() chosen=chosen/> }.into_any(),
    }
}

/// "Lanjutkan draf yang disimpan 2 jam lalu" first, "Mulai baru" second: reopening a form never hides the
/// answers already given behind an empty one.
#[component]
fn ResumeChoice(form: &'static Form, drafts: Vec<IndexEntry>, chosen: RwSignal<Option<Draft>>) -> impl IntoView {
    let state = use_state();
    use_title(move || form.name.get(state.lang.get()).to_string());
    let now = now_ms();
    let open = move |id: Id| {
        if let Ok(d) = with_repo(|r| r.load(&id)) {
            chosen.set(Some(d));
        }
    };
    view! {
        <p class="form__service hint">{move || form.name.get(state.lang.get()).to_string()}</p>
        <h1 tabindex="-1">{t(Key::form_resume_heading)}</h1>
        <ul class="drafts__list">
            {drafts.into_iter().map(|entry| {
                let id = entry.id.clone();
                let when = move || relative_time(entry.updated_ms, now, state.lang.get());
                let progress = move || crate::pages::drafts::progress_text(&form.id, entry.position.as_deref(), state.lang.get());
                view! {
                    <li class="drafts__item">
                        <button type="button" class="button" on:click=move |_| open(id.clone())>
                            {move || fill(state.t(Key::form_resume_saved), &[("kapan", &when())])}
                        </button>
                        <p class="hint">{progress}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
        <button type="button" class="button button--secondary" on:click=move |_| chosen.set(Some(new_draft(form, None)))>
            {t(Key::form_start_new)}
        </button>
        <p><crate::components::link::Link to="/draf">{t(Key::form_to_drafts)}</crate::components::link::Link></p>
    }
}

#[component]
fn FormFlow(form: &'static Form, draft: Draft) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    use_title(move || form.name.get(state.lang.get()).to_string());
    // A draft opened without a step in the URL goes on where it was left.
    let resume_at = router.query("bagian").or_else(|| draft.position().map(str::to_string));
    let draft = RwSignal::new(draft);
    let draft_id = StoredValue::new(draft.with_untracked(|d| d.id().as_str().to_string()));
    let step = Memo::new(move |_| Step::parse(router.query("bagian").as_deref(), form.sections.len()));
    let url = move |s: Step| format!("/formulir/{}?draf={}&bagian={}", form.id, draft_id.get_value(), s.param());
    // Put the draft id and the step in the URL straight away, so a reload finds the draft once it is saved.
    let wanted = url(Step::parse(resume_at.as_deref(), form.sections.len()));
    if router.query("draf").as_deref() != Some(draft_id.get_value().as_str()) || router.query("bagian").is_none() {
        router.replace(&wanted);
    }

    let status = RwSignal::new(SaveStatus::Idle);
    // Bumped when the answers are replaced from outside (the other tab's version): fields are redrawn.
    let generation = RwSignal::new(0u32);
    let save = move || save_now(draft, status);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let schedule_save = move || {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(move || { pending.set_value(None); save(); }, Duration::from_millis(400));
        pending.set_value(handle.ok());
    };
    let flush = move || {
        if let Some(h) = pending.get_value() {
            h.clear();
            pending.set_value(None);
            save();
        }
    };
    let hide = window_event_listener(ev::pagehide, move |_| flush());
    let visibility = window_event_listener(ev::visibilitychange, move |_| flush());
    let key = draft.with_untracked(|d| draft_key(d.id()));
    let other_tab = window_event_listener(ev::storage, move |e| {
        if e.key().as_deref() != Some(key.as_str()) {
            return;
        }
        let Some(theirs) = e.new_value().and_then(|raw| migrate(&raw).ok()) else { return };
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

    // Moving on records the step (and makes answers filled from a profile the person's own), then saves.
    let go = move |next: Step| {
        if let Some(h) = pending.get_value() {
            h.clear();
            pending.set_value(None);
        }
        draft.update_untracked(|d| { d.move_to(&next.param()); });
        save();
        router.navigate(&url(next));
    };
    let on_answer = Callback::new(move |(field, value): (String, String)| {
        let changed = draft.try_update_untracked(|d| d.set_answer(&field, &value)).unwrap_or(false);
        if changed {
            schedule_save();
        }
    });

    view! {
        <p class="form__service hint">{move || form.name.get(state.lang.get()).to_string()}</p>
        <ProfileNote draft=draft/>
        <ConflictBanner status=status draft=draft generation=generation/>
        {move || {
            generation.track();
            match step.get() {
                Step::Section(i) => view! {
                    <SectionPage form=form index=i draft=draft on_answer=on_answer
                        on_next=Callback::new(move |next: Step| { go(next); })/>
                }.into_any(),
                Step::Check => view! {
                    <CheckPage form=form draft=draft section_url=Callback::new(move |i: usize| format!("{}&kembali=periksa", url(Step::Section(i))))
                        on_done=Callback::new(move |_| go(Step::Done))/>
                }.into_any(),
                Step::Done => view! { <DonePage form=form draft=draft/> }.into_any(),
            }
        }}
        // A full or missing device store: the file is the one copy that outlives this page.
        <Show when=move || status.with(|s| *s == SaveStatus::Full) || state.storage_notice.get().is_some()>
            <p class="no-print">
                <button type="button" class="button button--secondary" on:click=move |_| {
                    let answers = draft.with_untracked(|d| d.answers().clone());
                    let name = format!("{}-{}.json", form.id, crate::state::today());
                    crate::share::download(&name, "application/json", &layanan_core::handover::file_content(form, &answers));
                }>{t(Key::handover_file)}</button>
            </p>
        </Show>
        <p class="form__status hint" role="status">
            {move || match status.get() {
                SaveStatus::Idle => String::new(),
                SaveStatus::Saved => state.t(Key::form_saved).to_string(),
                SaveStatus::SavedFirst => format!("{} {}", state.t(Key::form_saved), state.t(Key::form_persist_note)),
                SaveStatus::Full => state.t(Key::form_save_full).to_string(),
                SaveStatus::Conflict(_) => String::new(),
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
        // Storage unavailable: the app-wide banner already says so; the draft stays in memory.
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
    let state = use_state();
    let label = draft.with_untracked(|d| d.profile_id().cloned()).and_then(|id| with_repo(|r| r.profile(&id).ok())).map(|p| p.label);
    label.map(|l| view! { <p class="tag tag--profile">{move || fill(state.t(Key::form_for_profile), &[("nama", &l)])}</p> })
}

#[component]
fn SectionPage(
    form: &'static Form,
    index: usize,
    draft: RwSignal<Draft>,
    on_answer: Callback<(String, String)>,
    on_next: Callback<Step>,
) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let section = &form.sections[index];
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let summary_ref = NodeRef::<leptos::html::Div>::new();
    // Answers, read as they are typed, decide which conditional fields show.
    let answers = RwSignal::new(draft.with_untracked(|d| d.answers().clone()));
    let answer = Callback::new(move |(field, value): (String, String)| {
        answers.update(|a| {
            if value.is_empty() { a.remove(&field); } else { a.insert(field.clone(), value.clone()); }
        });
        on_answer.run((field, value));
    });
    let next = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let found = validate_section(form, index, &answers.get_untracked(), today());
        if found.is_empty() {
            errors.set(Vec::new());
            let back_to_check = router.query("kembali").as_deref() == Some("periksa");
            on_next.run(if back_to_check || index + 1 == form.sections.len() { Step::Check } else { Step::Section(index + 1) });
        } else {
            errors.set(found);
            request_animation_frame(move || {
                if let Some(el) = summary_ref.get() {
                    let _ = el.focus();
                }
            });
        }
    };
    let heading = move || section.title.get(state.lang.get()).to_string();
    let progress = move || fill(state.t(Key::form_step), &[("nomor", &(index + 1).to_string()), ("jumlah", &form.sections.len().to_string())]);
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
                                if let Some(el) = document().get_element_by_id(&target) {
                                    use wasm_bindgen::JsCast;
                                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() { let _ = el.focus(); }
                                }
                            }>{move || e.message.get(state.lang.get()).to_string()}</a></li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
        <p class="form__progress hint">{progress}</p>
        <h1 tabindex="-1">{heading}</h1>
        <form class="form" novalidate on:submit=next>
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
fn CheckPage(form: &'static Form, draft: RwSignal<Draft>, section_url: Callback<usize, String>, on_done: Callback<()>) -> impl IntoView {
    let state = use_state();
    let answers = draft.with_untracked(|d| d.answers().clone());
    let problems = validate_form(form, &answers, today());
    let rows = move || summary(form, &answers, state.lang.get());
    view! {
        <h1 tabindex="-1">{t(Key::form_check_heading)}</h1>
        {(!problems.is_empty()).then(|| view! {
            <div class="error-summary" role="alert">
                <h2 class="error-summary__title">{t(Key::form_error_summary)}</h2>
                <ul class="error-summary__list">
                    {problems.iter().map(|p| { let m = p.message.clone(); view! { <li>{move || m.get(state.lang.get()).to_string()}</li> } }).collect_view()}
                </ul>
            </div>
        })}
        <dl class="answers">
            {move || rows().into_iter().map(|row| {
                let href = section_url.run(row.section);
                let label = row.label.clone();
                view! {
                    <div class="answers__row">
                        <dt class="answers__key">{row.label}</dt>
                        <dd class="answers__value">{row.value}</dd>
                        <dd class="answers__change">
                            <crate::components::link::Link to=href>
                                {t(Key::form_change)}<span class="visually-hidden">" " {label}</span>
                            </crate::components::link::Link>
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
fn DonePage(form: &'static Form, draft: RwSignal<Draft>) -> impl IntoView {
    let state = use_state();
    let answers = draft.with_untracked(|d| d.answers().clone());
    let rows = move || summary(form, &answers, state.lang.get());
    view! {
        <div class="panel">
            <h1 tabindex="-1">{t(Key::form_done_heading)}</h1>
            <p>{t(Key::form_done_body)}</p>
        </div>
        <h2>{move || form.name.get(state.lang.get()).to_string()}</h2>
        <dl class="answers">
            {move || rows().into_iter().map(|row| view! {
                <div class="answers__row">
                    <dt class="answers__key">{row.label}</dt>
                    <dd class="answers__value">{row.value}</dd>
                </div>
            }).collect_view()}
        </dl>
        <PrintExtras form=form/>
        <crate::components::handover::Handover form=form answers=draft.with_untracked(|d| d.answers().clone())/>
        <p class="no-print"><crate::components::link::Link to="/draf">{t(Key::form_to_drafts)}</crate::components::link::Link></p>
    }
}

/// On paper only: the documents to bring, room for signatures, and the date.
#[component]
fn PrintExtras(form: &'static Form) -> impl IntoView {
    let state = use_state();
    let documents = form.service.as_deref().and_then(|id| content().service(id)).map(|s| &s.documents);
    let date = move || crate::i18n::format_date(state.lang.get(), &today().to_string());
    view! {
        <section class="print-only">
            {documents.filter(|d| !d.is_empty()).map(|docs| view! {
                <h2>{t(Key::service_documents)}</h2>
                <ul class="print-checklist">
                    {docs.iter().map(|d| view! {
                        <li>"☐ " {move || d.name.get(state.lang.get()).to_string()}
                            {d.condition.as_ref().map(|c| view! { " (" {move || c.get(state.lang.get()).to_string()} ")" })}</li>
                    }).collect_view()}
                </ul>
            })}
            <div class="signatures">
                <div class="signatures__box"><p>{t(Key::print_applicant)}</p></div>
                <div class="signatures__box"><p>{t(Key::print_officer)}</p></div>
            </div>
            <p>{move || fill(state.t(Key::print_date), &[("tanggal", &date())])}</p>
        </section>
    }
}

