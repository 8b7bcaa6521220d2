//! `/draf`: the drafts on this phone, grouped by the person they are for, with the trash and its undo and what
//! cannot be read (`damaged`); volunteer profiles (`volunteer`); moving data as a file (`transfer`); automatic
//! expiry (`expiry`); and wiping a resident's data from a shared phone (`wipe`). Labels never show full names or ID numbers.
//!
//! Everything here lives on the phone, so the page is pre-rendered with the list of forms to start and an
//! island that reads the drafts once the page has hydrated. It gets the titles of forms and checkers as props;
//! the forms themselves (to open one handed over as a file or QR text) are fetched when needed.

mod damaged;
mod expiry;
mod transfer;
mod volunteer;
mod wipe;

use crate::components::draft_progress::progress_text;
use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{is_hydrated, lang, t};
use crate::stores::drafts::{new_id, now_ms, with_repo};
use damaged::Damaged;
use expiry::ExpirySetting;
use layanan_core::base::lang::Text;
use layanan_core::drafts::resume_path;
use layanan_core::drafts::{checker_form_id, checker_of, draft_label, relative_time, Error, Id, StoreError};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use transfer::Transfer;
use volunteer::Volunteer;
use wipe::WipeAll;

/// What a draft can belong to: a form or a checker, with its title and, for a form, its number of sections.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftKind {
    pub form_id: String,
    pub title: Text,
    pub sections: usize,
}

#[component]
pub fn DraftsPage() -> impl IntoView {
    set_meta(t(Key::drafts_title), t(Key::drafts_intro));
    let c = content();
    let mut kinds: Vec<DraftKind> = c
        .forms
        .iter()
        .map(|f| DraftKind { form_id: f.id.clone(), title: f.name.clone(), sections: f.sections.len() })
        .collect();
    kinds.extend(c.aid_programmes.iter().map(|p| DraftKind {
        form_id: checker_form_id(&p.id),
        title: p.name.clone(),
        sections: 0,
    }));
    kinds.push(DraftKind {
        form_id: checker_form_id(layanan_core::eligibility::ALL_PROGRAMMES),
        title: both(Key::finder_title),
        sections: 0,
    });
    kinds.push(DraftKind {
        form_id: layanan_core::visit::PLAN_FORM.into(),
        title: both(Key::visit_title),
        sections: 0,
    });
    view! {
        <h1 tabindex="-1">{t(Key::drafts_heading)}</h1>
        <p>{t(Key::drafts_intro)}</p>
        <Drafts kinds=kinds forms_file=crate::paths::file(crate::site::use_site().forms_file)/>
        <NewForm/>
    }
}

/// An interface text in both languages, for props that are read in the page's language later.
fn both(key: Key) -> Text {
    use layanan_core::base::lang::Lang;
    Text { id: crate::i18n::text(Lang::Id, key).into(), en: crate::i18n::text(Lang::En, key).into() }
}

/// The drafts, profiles, trash and settings of this phone. Until the page has hydrated it says they are being
/// read; with JavaScript off it says they need it.
#[cfg_attr(feature = "forms", island)]
#[cfg_attr(not(feature = "forms"), component)]
fn Drafts(kinds: Vec<DraftKind>, forms_file: String) -> impl IntoView {
    let kinds = StoredValue::new(kinds);
    let title_of = move |form_id: &str| {
        kinds
            .with_value(|k| {
                k.iter().find(|k| k.form_id == form_id).map(|k| (k.title.get(lang()).to_string(), k.sections))
            })
            .unwrap_or_else(|| (form_id.to_string(), 0))
    };
    // Bumped after every change, so the lists read storage again.
    let version = RwSignal::new(0u32);
    // Old trash and expired drafts go when the list is opened; expired drafts stay 7 days in the trash.
    Effect::new(move |_| {
        if is_hydrated() {
            with_repo(|r| r.housekeeping(now_ms(), &mut new_id));
            version.update(|v| *v += 1);
        }
    });
    let refresh = move || version.update(|v| *v += 1);
    // What the last action did, and the draft an "Batalkan" would bring back.
    let message = RwSignal::new(None::<(String, Option<Id>)>);
    // The draft waiting for "Ya, hapus untuk selamanya": the phone was too full to move it to the trash.
    let erasing = RwSignal::new(None::<Id>);

    let groups = move || {
        version.track();
        if is_hydrated() {
            with_repo(|r| r.list())
        } else {
            Vec::new()
        }
    };
    let profiles = move || {
        version.track();
        if is_hydrated() {
            with_repo(|r| r.profiles())
        } else {
            Vec::new()
        }
    };
    let trash = move || {
        version.track();
        if is_hydrated() {
            with_repo(|r| r.trash())
        } else {
            Vec::new()
        }
    };
    let damaged = move || {
        version.track();
        if is_hydrated() {
            with_repo(|r| r.quarantined()).len()
        } else {
            0
        }
    };
    let now = now_ms();

    let say = move |key: Key| message.set(Some((t(key).to_string(), None)));
    let delete = move |id: Id| match with_repo(|r| r.delete(&id, now_ms())) {
        Ok(()) => {
            message.set(Some((t(Key::drafts_deleted).to_string(), Some(id))));
            refresh();
            crate::browser::focus::focus_after_render("batalkan-hapus");
        }
        // Too full to keep a copy in the trash: deleting frees space only if it is for good, so ask.
        Err(Error::Store(StoreError::Full)) => {
            message.set(None);
            erasing.set(Some(id));
            crate::browser::focus::focus_after_render("hapus-selamanya");
        }
        Err(_) => say(Key::drafts_not_deleted),
    };
    let erase = move |id: Id| {
        erasing.set(None);
        match with_repo(|r| r.erase_draft(&id)) {
            Ok(freed) => {
                crate::stores::drafts::flush_held();
                message.set(Some((fill(t(Key::drafts_erased), &[("ukuran", &kilobytes(freed))]), None)));
            }
            Err(_) => say(Key::drafts_not_deleted),
        }
        refresh();
    };
    let undo = move |id: Id| {
        if with_repo(|r| r.restore(&id)).is_ok() {
            say(Key::drafts_restored);
            refresh();
        }
    };
    let duplicate = move |id: Id| {
        if with_repo(|r| r.duplicate(&id, new_id(), now_ms())).is_ok() {
            say(Key::drafts_copied);
            refresh();
        }
    };
    let emptying = RwSignal::new(false);
    let empty_trash = move || {
        emptying.set(false);
        let freed = with_repo(|r| r.empty_trash());
        crate::stores::drafts::flush_held();
        message.set(Some((fill(t(Key::drafts_trash_emptied), &[("ukuran", &kilobytes(freed))]), None)));
        refresh();
    };

    view! {
        <p class="drafts__message" role="status">
            {move || message.get().map(|(text, undo_id)| view! {
                {text}
                {undo_id.map(|id| view! {
                    " " <button type="button" class="link-button" id="batalkan-hapus" on:click=move |_| undo(id.clone())>{t(Key::drafts_undo)}</button>
                })}
            })}
        </p>

        {move || erasing.get().map(|id| view! {
            <div class="banner banner--warning" role="alert" id="hapus-selamanya" tabindex="-1">
                <p class="banner__title">{t(Key::drafts_erase_confirm)}</p>
                <div class="actions">
                    <button type="button" class="button button--warning" on:click=move |_| erase(id.clone())>{t(Key::drafts_erase_yes)}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| erasing.set(None)>{t(Key::cancel)}</button>
                </div>
            </div>
        })}

        <Volunteer version=version/>

        {move || {
            let groups = groups();
            let profiles = profiles();
            if !is_hydrated() {
                return view! { <p class="hint">{t(Key::drafts_opening)}</p> }.into_any();
            }
            if groups.is_empty() {
                return view! { <p class="hint">{t(Key::drafts_none)}</p> }.into_any();
            }
            groups.into_iter().map(|group| {
                let who = match &group.profile_id {
                    Some(id) => profiles.iter().find(|p| &p.id == id).map(|p| p.label.clone()).unwrap_or_default(),
                    None => t(Key::drafts_for_self).to_string(),
                };
                view! {
                    <section class="drafts__group">
                        <h2>{who}</h2>
                        <ul class="drafts__list">
                            {group.drafts.into_iter().map(|entry| {
                                let resume = resume_path(&entry.form_id, &entry.id);
                                let (id1, id2) = (entry.id.clone(), entry.id.clone());
                                let (title, sections) = title_of(&entry.form_id);
                                let progress = progress_text(entry.position.as_deref(), sections, checker_of(&entry.form_id).is_some());
                                let label = draft_label(&entry, &title, progress.as_deref(), now, lang());
                                view! {
                                    <li class="drafts__item">
                                        <p class="drafts__label">{label}</p>
                                        <div class="drafts__actions">
                                            <a href=href(&resume) class="button">{t(Key::drafts_resume)}</a>
                                            <button type="button" class="button button--secondary" on:click=move |_| duplicate(id1.clone())>{t(Key::drafts_duplicate)}</button>
                                            <button type="button" class="button button--warning" on:click=move |_| delete(id2.clone())>{t(Key::drafts_delete)}</button>
                                        </div>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view().into_any()
        }}

        {move || {
            let items = trash();
            (!items.is_empty()).then(|| view! {
                <section>
                    <h2>{t(Key::drafts_trash)}</h2>
                    <p class="hint">{t(Key::drafts_trash_hint)}</p>
                    <ul class="drafts__list">
                        {items.into_iter().map(|item| {
                            let id = item.id.clone();
                            // The same label as a draft (form, person, last change), and when it was deleted.
                            let mut label = item.draft.as_ref().map(|d| {
                                let (title, _) = title_of(&d.form_id);
                                draft_label(d, &title, None, now, lang())
                            }).unwrap_or_else(|| t(Key::drafts_trash_unreadable).to_string());
                            label.push_str(" · ");
                            label.push_str(&fill(t(Key::drafts_trash_deleted), &[("kapan", &relative_time(item.deleted_ms, now, lang()))]));
                            view! {
                                <li class="drafts__item">
                                    <p class="drafts__label">{label}</p>
                                    <button type="button" class="button button--secondary" on:click=move |_| undo(id.clone())>{t(Key::drafts_restore)}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <Show when=move || emptying.get() fallback=move || view! {
                        <button type="button" class="button button--warning" on:click=move |_| {
                            emptying.set(true);
                            crate::browser::focus::focus_after_render("kosongkan-yakin");
                        }>{move || fill(t(Key::drafts_trash_empty), &[("ukuran", &kilobytes(with_repo(|r| r.trash_size())))])}</button>
                    }>
                        <div class="banner banner--warning" role="alert" id="kosongkan-yakin" tabindex="-1">
                            <p class="banner__title">{t(Key::drafts_trash_empty_confirm)}</p>
                            <div class="actions">
                                <button type="button" class="button button--warning" on:click=move |_| empty_trash()>{t(Key::drafts_trash_empty_yes)}</button>
                                <button type="button" class="button button--secondary" on:click=move |_| emptying.set(false)>{t(Key::cancel)}</button>
                            </div>
                        </div>
                    </Show>
                </section>
            })
        }}

        {move || (damaged() > 0).then(|| view! { <Damaged count=damaged() version=version/> })}

        <Transfer version=version forms_file=forms_file.clone()/>
        <ExpirySetting/>
        <WipeAll version=version/>
    }
}

/// "3": a size in whole kilobytes, at least 1, for "sekitar 3 KB". Storage counts characters; a phone's
/// browser keeps about 5,000 KB of them for this app.
fn kilobytes(chars: usize) -> String {
    chars.div_ceil(1024).max(1).to_string()
}

/// Start a form: every form in the content.
#[component]
fn NewForm() -> impl IntoView {
    view! {
        <section>
            <h2>{t(Key::drafts_new)}</h2>
            <ul class="service-list">
                {layanan_core::base::order::sorted_by_name(content().forms.iter().map(|f| (f, &f.name)), lang()).into_iter().map(|f| view! {
                    <li>
                        <a href=href(&format!("/formulir/{}", f.id)) class="service-card">
                            <span class="service-card__title">{f.name.get(lang()).to_string()}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
