//! The form, one section per page: the resident's answers, the section's messages, and moving on.

use super::autosave::{Autosave, ConflictBanner, SaveStatus};
use super::finish::DonePage;
use super::review::ReviewPage;
use crate::browser::url::use_page_url;
use crate::components::field::FieldInput;
use crate::i18n::{fill, Key};
use crate::state::{lang, t, today, use_state};
use crate::stores::drafts::with_repo;
use layanan_core::catalog::Document;
use layanan_core::drafts::Draft;
use layanan_core::forms::{validate_section, FieldError, Form, Step};
use leptos::ev;
use leptos::prelude::*;

#[component]
pub(super) fn FormFlow(
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

    let autosave = Autosave::new(draft);
    let status = autosave.status;

    // Moving on records the step (and makes answers filled from a profile the person's own), then saves.
    let go = move |next: Step| {
        autosave.cancel();
        draft.update_untracked(|d| {
            d.move_to(&next.param());
        });
        autosave.save();
        url.push(&step_url(next));
    };
    let on_answer = Callback::new(move |(field, value): (String, String)| {
        let changed = draft.try_update_untracked(|d| d.set_answer(&field, &value)).unwrap_or(false);
        if changed {
            autosave.soon();
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

/// Volunteer mode: says whose form this is.
#[component]
pub(super) fn ProfileNote(draft: RwSignal<Draft>) -> impl IntoView {
    let label = move || {
        let id = draft.with(|d| d.profile_id().cloned())?;
        with_repo(|r| r.profile(&id).ok()).map(|p| p.label)
    };
    move || label().map(|l| view! { <p class="tag tag--profile">{fill(t(Key::form_for_profile), &[("nama", &l)])}</p> })
}

#[component]
pub(super) fn SectionPage(
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
