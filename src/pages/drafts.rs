//! `/draf`: the drafts on this phone, grouped by the person they are for; volunteer profiles; the trash with
//! undo; automatic expiry; and wiping everything from a shared phone. Labels never show full names or ID numbers.
//!
//! Everything here lives on the phone, so the page is pre-rendered with the list of forms to start and an
//! island that reads the drafts once the page has hydrated. It gets the titles of forms and checkers as props;
//! the forms themselves (to open one handed over as a file or QR text) are fetched when needed.

use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{is_hydrated, lang, t};
use crate::stores::drafts::{new_id, now_ms, with_repo};
use crate::stores::settings::{active_profile, set_active_profile};
use layanan_core::base::lang::Text;
use layanan_core::drafts::{
    checker_form_id, checker_of, draft_label, relative_time, Address, Error, Id, Profile, ResidentData, Settings,
    StoreError,
};
use layanan_core::forms::{Form, Step};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

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
        form_id: checker_form_id(crate::pages::checker::ALL),
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

/// Where a draft is resumed: the page opens it at the step it was left at.
fn resume_url(form_id: &str, draft: &Id) -> String {
    if form_id == layanan_core::visit::PLAN_FORM {
        return format!("/kunjungan?draf={}", draft.as_str());
    }
    match checker_of(form_id) {
        Some(checker) => format!("/cek/{checker}?draf={}", draft.as_str()),
        None => format!("/formulir/{form_id}?draf={}", draft.as_str()),
    }
}

/// "Bagian 2 dari 4", "Selesai", "Sudah ada hasil": tells two drafts of one form apart without names.
pub fn progress_text(position: Option<&str>, sections: usize, checker: bool) -> Option<String> {
    let position = position?;
    if checker {
        let key = match position {
            "hasil" => Key::draft_progress_result,
            "periksa" => Key::draft_progress_check,
            _ => Key::draft_progress_question,
        };
        return Some(t(key).to_string());
    }
    Some(match Step::parse(Some(position), sections) {
        Step::Section(i) => {
            fill(t(Key::form_step), &[("nomor", &(i + 1).to_string()), ("jumlah", &sections.to_string())])
        }
        Step::Review => t(Key::draft_progress_check).to_string(),
        Step::Done => t(Key::draft_progress_done).to_string(),
    })
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
                                let resume = resume_url(&entry.form_id, &entry.id);
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

/// Entries that could not be read: the resident can keep a copy as a file (for someone to look at) or, after
/// confirming, remove them from the phone.
#[component]
fn Damaged(count: usize, version: RwSignal<u32>) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let save_copy = move |_| {
        let json = with_repo(|r| r.export(now_ms()));
        crate::browser::share::download(
            &format!("layanan-tanjung-barat-{}.json", crate::state::today()),
            "application/json",
            &json,
        );
    };
    let discard = move |_| {
        with_repo(|r| r.quarantined().into_iter().for_each(|q| r.discard_quarantined(&q.key)));
        confirming.set(false);
        version.update(|v| *v += 1);
    };
    view! {
        <div class="banner banner--warning" role="status" id="data-rusak" tabindex="-1">
            <p>{move || fill(t(Key::drafts_damaged), &[("jumlah", &count.to_string())])}</p>
            <p>{t(Key::drafts_damaged_help)}</p>
            <Show when=move || confirming.get() fallback=move || view! {
                <div class="actions">
                    <button type="button" class="button button--secondary" on:click=save_copy>{t(Key::drafts_damaged_save)}</button>
                    <button type="button" class="button button--warning" on:click=move |_| confirming.set(true)>{t(Key::drafts_damaged_delete)}</button>
                </div>
            }>
                <p class="banner__title">{move || fill(t(Key::drafts_damaged_confirm), &[("jumlah", &count.to_string())])}</p>
                <div class="actions">
                    <button type="button" class="button button--warning" on:click=discard>{t(Key::wipe_yes_profile)}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>{t(Key::cancel)}</button>
                </div>
            </Show>
        </div>
    }
}

/// "12 draf, 2 di tempat sampah, 3 profil tetangga, dan 4 pengaturan serta centang akan dihapus."
fn what_goes(data: &ResidentData) -> String {
    let parts: Vec<String> = [
        (data.drafts, Key::wipe_count_drafts),
        (data.trashed, Key::wipe_count_trashed),
        (data.profiles, Key::wipe_count_profiles),
        (data.set_aside, Key::wipe_count_set_aside),
        (data.other, Key::wipe_count_other),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, key)| fill(t(key), &[("jumlah", &n.to_string())]))
    .collect();
    if parts.is_empty() {
        return t(Key::wipe_nothing).to_string();
    }
    fill(t(Key::wipe_what_goes), &[("daftar", &parts.join(", "))])
}

/// Start a form: every form in the content.
#[component]
fn NewForm() -> impl IntoView {
    view! {
        <section>
            <h2>{t(Key::drafts_new)}</h2>
            <ul class="service-list">
                {sorted_by_name(content().forms.iter().map(|f| (f, &f.name)), lang()).into_iter().map(|f| view! {
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

/// Volunteer mode: one phone, several neighbours, each with their own profile and drafts.
#[component]
fn Volunteer(version: RwSignal<u32>) -> impl IntoView {
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
fn ProfileForm(adding: RwSignal<bool>, version: RwSignal<u32>, on_saved: Callback<Id>) -> impl IntoView {
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
        let mut found = std::collections::BTreeMap::new();
        if get("label").is_empty() {
            found.insert(
                "label",
                layanan_core::base::lang::Text {
                    id: crate::i18n::text(layanan_core::base::lang::Lang::Id, Key::profile_label_missing).into(),
                    en: crate::i18n::text(layanan_core::base::lang::Lang::En, Key::profile_label_missing).into(),
                },
            );
        }
        use layanan_core::base::identity::{parse_kk, parse_nik, parse_phone, parse_rt_rw};
        let checks: [(&'static str, fn(&str) -> Option<layanan_core::base::lang::Text>); 5] = [
            ("nik", |s| parse_nik(s).err().map(|e| e.message)),
            ("kk", |s| parse_kk(s).err().map(|e| e.message)),
            ("rt", |s| parse_rt_rw(s).err().map(|e| e.message)),
            ("rw", |s| parse_rt_rw(s).err().map(|e| e.message)),
            ("telepon", |s| parse_phone(s).err().map(|e| e.message)),
        ];
        for (key, check) in checks {
            let value = get(key);
            if let Some(message) = (!value.is_empty()).then(|| check(&value)).flatten() {
                found.insert(key, message);
            }
        }
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

#[component]
fn ExpirySetting() -> impl IntoView {
    // The setting of the page as rendered until the phone's own is read.
    let current = RwSignal::new(Settings::default().expiry_days);
    Effect::new(move |_| {
        if is_hydrated() {
            current.set(with_repo(|r| r.settings()).expiry_days);
        }
    });
    let saved = RwSignal::new(false);
    let choices: [u32; 6] = [7, 14, 30, 60, 90, 0];
    view! {
        <section>
            <h2><label for="kedaluwarsa">{t(Key::drafts_expiry)}</label></h2>
            <p class="hint" id="kedaluwarsa-petunjuk">{t(Key::drafts_expiry_hint)}</p>
            <select class="field__input field__input--select" id="kedaluwarsa" aria-describedby="kedaluwarsa-petunjuk"
                prop:value=move || current.get().to_string()
                on:change=move |ev| {
                    if let Ok(days) = event_target_value(&ev).parse::<u32>() {
                        current.set(days);
                        saved.set(with_repo(|r| r.save_settings(Settings { expiry_days: days })).is_ok());
                    }
                }>
                // `selected` in the rendered page too: before the app starts (and for boot.js, which hands over
                // what changed before then) the page must show the default, not the first option.
                {choices.into_iter().map(|d| view! {
                    <option value=d.to_string() selected=move || current.get() == d>
                        {if d == 0 { t(Key::drafts_expiry_never).to_string() } else { fill(t(Key::drafts_expiry_days), &[("jumlah", &d.to_string())]) }}
                    </option>
                }).collect_view()}
            </select>
            <p class="hint" role="status">{move || saved.get().then(|| t(Key::drafts_expiry_saved))}</p>
        </section>
    }
}

/// For a shared phone: removes every draft, profile and setting of this app, after a confirmation that counts
/// what goes. The office's register and feedback tally stay: the office has its own wipe.
#[component]
fn WipeAll(version: RwSignal<u32>) -> impl IntoView {
    let confirming = RwSignal::new(None::<ResidentData>);
    let done = RwSignal::new(false);
    view! {
        <section class="danger-zone">
            <h2>{t(Key::wipe_heading)}</h2>
            <p>{t(Key::wipe_intro)}</p>
            <Show when=move || confirming.get().is_some() fallback=move || view! {
                <button type="button" class="button button--warning" on:click=move |_| {
                    done.set(false);
                    confirming.set(Some(crate::stores::drafts::resident_data()));
                    crate::browser::focus::focus_after_render("hapus-semua-yakin");
                }>{t(Key::wipe_button)}</button>
            }>
                <div class="banner banner--warning" role="alert" id="hapus-semua-yakin" tabindex="-1">
                    <p class="banner__title">{t(Key::wipe_confirm)}</p>
                    {move || confirming.get().map(|data| view! { <p>{what_goes(&data)}</p> })}
                    <p>{t(Key::wipe_keeps_office)}</p>
                    <div class="actions">
                        <button type="button" class="button button--warning" on:click=move |_| {
                            crate::stores::drafts::wipe_resident_data();
                            set_active_profile(None);
                            confirming.set(None);
                            done.set(true);
                            version.update(|v| *v += 1);
                        }>{t(Key::wipe_yes)}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| confirming.set(None)>{t(Key::cancel)}</button>
                    </div>
                </div>
            </Show>
            <p role="status">{move || done.get().then(|| view! { {t(Key::wipe_done)} })}</p>
        </section>
    }
}

/// Moving data without a server: everything as one file (a new phone), and opening a form handed over as a QR
/// code text or a file (the office side).
#[component]
fn Transfer(version: RwSignal<u32>, forms_file: String) -> impl IntoView {
    let forms_file = StoredValue::new(forms_file);
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<layanan_core::base::lang::Text>);
    let conflicts = RwSignal::new(Vec::<layanan_core::drafts::Draft>::new());
    let report = RwSignal::new(None::<String>);
    let file_input = NodeRef::<leptos::html::Input>::new();

    let export_all = move |_| {
        let json = with_repo(|r| r.export(now_ms()));
        crate::browser::share::download(
            &format!("layanan-tanjung-barat-{}.json", crate::state::today()),
            "application/json",
            &json,
        );
    };
    let open_text = move |raw: String| {
        error.set(None);
        report.set(None);
        if raw.contains(layanan_core::drafts::EXPORT_FORMAT) {
            // A whole-phone export: merge by id, and ask before replacing anything.
            match with_repo(|r| r.import(&raw, now_ms())) {
                Ok(result) => {
                    report.set(Some(fill(t(Key::transfer_imported), &[("jumlah", &result.added.len().to_string())])));
                    conflicts.set(result.conflicts.into_iter().map(|c| c.incoming).collect());
                    version.update(|v| *v += 1);
                }
                Err(_) => error.set(Some(layanan_core::handover::Refusal::Damaged.message())),
            }
            return;
        }
        // A single form handed over: read against the forms of this build, fetched the first time.
        leptos::task::spawn_local(async move {
            let forms: Vec<Form> = match crate::browser::fetch::fetch_text(&forms_file.get_value())
                .await
                .map(|t| serde_json::from_str(&t))
            {
                Some(Ok(forms)) => forms,
                _ => {
                    return error
                        .set(Some(Text { id: t(Key::search_offline).into(), en: t(Key::search_offline).into() }))
                }
            };
            match layanan_core::handover::decode(&raw, &forms) {
                Ok((form, payload)) => {
                    let mut draft = layanan_core::drafts::Draft::new(new_id(), &form.id, form.version, now_ms());
                    for (k, v) in &payload.answers {
                        draft.set_answer(k, v);
                    }
                    if with_repo(|r| r.save(&mut draft, now_ms())).is_ok() {
                        crate::browser::url::open(&format!(
                            "/formulir/{}?draf={}&bagian=periksa",
                            form.id,
                            draft.id().as_str()
                        ));
                    }
                }
                Err(refusal) => error.set(Some(refusal.message())),
            }
        });
    };
    let open_file = move |_| {
        let Some(file) = file_input.get().and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        if file.size() > layanan_core::handover::MAX_PAYLOAD_BYTES as f64 * 40.0 {
            error.set(Some(layanan_core::handover::Refusal::TooLarge.message()));
            return;
        }
        leptos::task::spawn_local(async move {
            if let Ok(v) = wasm_bindgen_futures::JsFuture::from(file.text()).await {
                open_text(v.as_string().unwrap_or_default());
            }
        });
    };
    let replace_all = move |_| {
        for incoming in conflicts.get_untracked() {
            let _ = with_repo(|r| r.accept_incoming(incoming, now_ms()));
        }
        conflicts.set(Vec::new());
        report.set(Some(t(Key::transfer_replaced).to_string()));
        version.update(|v| *v += 1);
    };
    view! {
        <section>
            <h2>{t(Key::transfer_heading)}</h2>
            <p>{t(Key::transfer_export_hint)}</p>
            <button type="button" class="button button--secondary" on:click=export_all>{t(Key::transfer_export)}</button>
            <h3>{t(Key::transfer_open_heading)}</h3>
            <div class="field" class:field--error=move || error.with(Option::is_some)>
                <label class="field__label" for="tempel">{t(Key::transfer_paste)}</label>
                <p class="hint" id="tempel-petunjuk">{t(Key::transfer_paste_hint)}</p>
                {move || error.get().map(|m| view! { <p class="field__error" id="tempel-salah" role="alert">{m.get(lang()).to_string()}</p> })}
                <textarea class="field__input field__input--long" id="tempel" rows="4" aria-describedby="tempel-petunjuk"
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <button type="button" class="button" on:click=move |_| open_text(text.get_untracked())>{t(Key::transfer_open)}</button>
            <div class="field">
                <label class="field__label" for="berkas">{t(Key::transfer_file)}</label>
                <input class="field__input" id="berkas" type="file" accept=".json,.txt,application/json,text/plain" node_ref=file_input on:change=open_file/>
            </div>
            <p role="status">{move || report.get()}</p>
            {move || (!conflicts.with(Vec::is_empty)).then(|| view! {
                <div class="banner banner--warning" role="alert">
                    <p>{move || fill(t(Key::transfer_conflicts), &[("jumlah", &conflicts.with(Vec::len).to_string())])}</p>
                    <div class="actions">
                        <button type="button" class="button button--warning" on:click=replace_all>{t(Key::transfer_replace)}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| conflicts.set(Vec::new())>{t(Key::transfer_keep)}</button>
                    </div>
                </div>
            })}
        </section>
    }
}

/// Items in the order a reader expects: by their shown name.
pub fn sorted_by_name<'a, T>(
    items: impl Iterator<Item = (&'a T, &'a layanan_core::base::lang::Text)>,
    lang: layanan_core::base::lang::Lang,
) -> Vec<&'a T> {
    let mut v: Vec<(&T, &layanan_core::base::lang::Text)> = items.collect();
    layanan_core::base::order::sort_by(&mut v, |(_, name)| (0, name.get(lang).to_lowercase().into()));
    v.into_iter().map(|(t, _)| t).collect()
}
