//! Volunteer mode: one phone, several neighbours, each with a profile entered once and their own drafts.

use crate::i18n::{fill, Key};
use crate::state::{is_hydrated, lang, t};
use crate::stores::drafts::{new_id, now_ms, with_repo};
use crate::stores::settings::{active_profile, set_active_profile};
use layanan_core::base::lang::Lang;
use layanan_core::base::lang::Text;
use layanan_core::drafts::{entry_problems, EntryProblem};
use layanan_core::drafts::{Address, Id, Profile};
use leptos::prelude::*;

/// Volunteer mode: one phone, several neighbours, each with their own profile and drafts.
#[component]
pub(super) fn Volunteer(version: RwSignal<u32>) -> impl IntoView {
    let active = Memo::new(move |_| {
        version.track();
        is_hydrated().then(active_profile).flatten().map(|p| p.id)
    });
    let profiles = move || {
        version.track();
        if is_hydrated() {
            with_repo(|r| r.profiles())
        } else {
            Vec::new()
        }
    };
    let adding = RwSignal::new(false);
    let choose = move |id: Option<Id>| {
        set_active_profile(id.as_ref());
        version.update(|v| *v += 1);
    };
    // The profile waiting for "Ya, hapus" after "Selesai dan hapus" was pressed.
    let confirming = RwSignal::new(None::<Id>);
    let finish = move |id: Id| {
        // "Selesai dan hapus", confirmed: after the hand-over, the neighbour's drafts and profile leave this
        // phone for good (not to the trash: this is the privacy step of a shared phone).
        with_repo(|r| {
            let ids: Vec<Id> = r
                .list()
                .into_iter()
                .filter(|g| g.profile_id.as_ref() == Some(&id))
                .flat_map(|g| g.drafts.into_iter().map(|d| d.id))
                .collect();
            for d in ids {
                let _ = r.delete(&d, now_ms());
                r.erase(&d);
            }
            let _ = r.delete_profile(&id);
        });
        if active.get_untracked().as_ref() == Some(&id) {
            set_active_profile(None);
        }
        version.update(|v| *v += 1);
    };
    view! {
        <section class="card">
            <h2 class="card__title">{t(Key::volunteer_heading)}</h2>
            <p>{t(Key::volunteer_intro)}</p>
            <p class="volunteer__active" role="status">
                {move || match active.get().and_then(|id| profiles().into_iter().find(|p| p.id == id)) {
                    Some(p) => fill(t(Key::volunteer_active), &[("nama", &p.label)]),
                    None => t(Key::volunteer_self).to_string(),
                }}
            </p>
            <ul class="drafts__list">
                {move || profiles().into_iter().map(|p| {
                    let (id1, id2) = (p.id.clone(), p.id.clone());
                    let p3 = p.clone();
                    let is_active = active.get().as_ref() == Some(&p.id);
                    let label = p.label.clone();
                    view! {
                        <li class="drafts__item">
                            <p class="drafts__label">{p.label.clone()}</p>
                            <div class="drafts__actions">
                                {(!is_active).then(|| view! {
                                    <button type="button" class="button button--secondary" on:click=move |_| choose(Some(id1.clone()))>
                                        {t(Key::volunteer_use)}<span class="visually-hidden">" " {label.clone()}</span>
                                    </button>
                                })}
                                <button type="button" class="button button--warning" on:click=move |_| {
                                    confirming.set(Some(id2.clone()));
                                    crate::browser::focus::focus_after_render("selesai-yakin");
                                }>
                                    {t(Key::volunteer_finish)}<span class="visually-hidden">" " {p.label.clone()}</span>
                                </button>
                            </div>
                            {move || (confirming.get().as_ref() == Some(&p3.id)).then(|| {
                                let id = p3.id.clone();
                                let name = p3.label.clone();
                                view! {
                                    <div class="banner banner--warning" role="alert" id="selesai-yakin" tabindex="-1">
                                        <p>{move || fill(t(Key::volunteer_finish_confirm), &[("nama", &name)])}</p>
                                        <div class="actions">
                                            <button type="button" class="button button--warning" on:click=move |_| { confirming.set(None); finish(id.clone()); }>{t(Key::wipe_yes_profile)}</button>
                                            <button type="button" class="button button--secondary" on:click=move |_| confirming.set(None)>{t(Key::cancel)}</button>
                                        </div>
                                    </div>
                                }
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {move || active.get().is_some().then(|| view! {
                <button type="button" class="button button--secondary" on:click=move |_| choose(None)>{t(Key::volunteer_stop)}</button>
            })}
            <Show when=move || !adding.get() fallback=move || view! { <ProfileForm adding=adding version=version on_saved=Callback::new(move |id| choose(Some(id)))/> }>
                <button type="button" class="button" on:click=move |_| adding.set(true)>{t(Key::volunteer_add)}</button>
            </Show>
        </section>
    }
}

/// The neighbour's personal data, entered once and used to fill every form for them.
#[component]
pub(super) fn ProfileForm(adding: RwSignal<bool>, version: RwSignal<u32>, on_saved: Callback<Id>) -> impl IntoView {
    let fields: [(Key, &str, Option<&str>); 9] = [
        (Key::profile_label, "label", None),
        (Key::profile_name, "nama", None),
        (Key::profile_nik, "nik", Some("numeric")),
        (Key::profile_kk, "kk", Some("numeric")),
        (Key::profile_street, "jalan", None),
        (Key::profile_rt, "rt", Some("numeric")),
        (Key::profile_rw, "rw", Some("numeric")),
        (Key::profile_dusun, "dusun", None),
        (Key::profile_phone, "telepon", Some("tel")),
    ];
    let values = RwSignal::new(std::collections::BTreeMap::<&'static str, String>::new());
    // Field key -> message: the same checks as the forms, so a profile never fills a form with bad data.
    let errors = RwSignal::new(std::collections::BTreeMap::<&'static str, layanan_core::base::lang::Text>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v = values.get_untracked();
        let get = |k: &str| v.get(k).cloned().unwrap_or_default().trim().to_string();
        let problems = entry_problems(&get("label"), &get("nik"), &get("kk"), &get("rt"), &get("rw"), &get("telepon"));
        let found: std::collections::BTreeMap<&'static str, Text> = problems
            .into_iter()
            .map(|(key, problem)| {
                let message = match problem {
                    EntryProblem::LabelMissing => Text {
                        id: crate::i18n::text(Lang::Id, Key::profile_label_missing).into(),
                        en: crate::i18n::text(Lang::En, Key::profile_label_missing).into(),
                    },
                    EntryProblem::Invalid(message) => message,
                };
                (key, message)
            })
            .collect();
        if !found.is_empty() {
            let first = found.keys().next().map(|k| format!("profil-{k}"));
            errors.set(found);
            if let Some(el) = first.and_then(|id| document().get_element_by_id(&id)) {
                use wasm_bindgen::JsCast;
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
            return;
        }
        let mut p = Profile::new(new_id(), get("label"));
        p.name = get("nama");
        p.nik = get("nik");
        p.kk_number = get("kk");
        p.address = Address { rt: get("rt"), rw: get("rw"), dusun: get("dusun"), street: get("jalan") };
        p.phone = get("telepon");
        if with_repo(|r| r.save_profile(&p)).is_ok() {
            adding.set(false);
            version.update(|n| *n += 1);
            on_saved.run(p.id);
        }
    };
    crate::browser::focus::focus_after_render("profil-label");
    view! {
        <form class="form profile-form" method="post" novalidate on:submit=save>
            <h3>{t(Key::volunteer_add)}</h3>
            {fields.into_iter().map(|(label, key, mode)| {
                let id = format!("profil-{key}");
                let error_id = format!("{id}-salah");
                let message = move || errors.with(|e| e.get(key).cloned());
                let error_view = {
                    let error_id = error_id.clone();
                    move || message().map(|m| view! {
                        <p class="field__error" id=error_id.clone()>
                            <span class="visually-hidden">{t(Key::error_prefix)}</span>{m.get(lang()).to_string()}
                        </p>
                    })
                };
                view! {
                    <div class="field" class:field--error=move || message().is_some()>
                        <label class="field__label" for=id.clone()>{t(label)}</label>
                        {error_view}
                        <input class="field__input" id=id type="text" inputmode=mode autocomplete="off"
                            aria-invalid=move || message().is_some().then_some("true")
                            aria-describedby=move || message().is_some().then(|| error_id.clone())
                            on:input=move |ev| values.update(|m| { m.insert(key, event_target_value(&ev)); })/>
                    </div>
                }
            }).collect_view()}
            <div class="actions">
                <button type="submit" class="button">{t(Key::profile_save)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| adding.set(false)>{t(Key::cancel)}</button>
            </div>
        </form>
    }
}
