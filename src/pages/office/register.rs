//! `/buku-register`: the office's book of received forms, on its own device: numbered per year, with the
//! status diterima → diproses → siap diambil → selesai, searchable, as CSV for the desa's own books, and
//! wipeable. An entry opens (`?lihat=2026-12`) with the answers as received, the clerk's note, the WhatsApp
//! message "siap diambil" to the resident's number, and the letter in the desa's letterhead, printed on one
//! A4 page.

use crate::browser::fetch::fetch_forms;
use crate::browser::url::use_page_url;
use crate::components::answers::AnswerList;
use crate::components::needs_js::NeedsJavaScript;
use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{is_hydrated, lang, t, today};
use crate::stores::register::RegisterStore;
use layanan_core::forms::{office_summary, Form};
use layanan_core::office::letter::{compose, ComposedLetter, LetterSettings};
use layanan_core::office::register::{ready_message, Entry, Register, Status};
use leptos::prelude::*;

pub fn status_name(status: Status) -> &'static str {
    t(match status {
        Status::Received => Key::register_status_received,
        Status::InProgress => Key::register_status_in_progress,
        Status::Ready => Key::register_status_ready,
        Status::Done => Key::register_status_done,
    })
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    set_meta(t(Key::register_title), t(Key::register_intro));
    let c = content();
    view! {
        <h1 tabindex="-1" class="no-print">{t(Key::register_title)}</h1>
        <p class="lead no-print">{t(Key::register_intro)}</p>
        <NeedsJavaScript/>
        <RegisterBook forms_file=crate::paths::file(crate::site::use_site().forms_file) letters=c.letters.clone() desa=c.village.name.clone()/>
        <p class="no-print"><a href=href("/terima")>{t(Key::register_to_receive)}</a></p>
    }
}

#[cfg_attr(feature = "office", island)]
#[cfg_attr(not(feature = "office"), component)]
fn RegisterBook(forms_file: String, letters: Option<LetterSettings>, desa: String) -> impl IntoView {
    let letters = StoredValue::new(letters);
    let desa = StoredValue::new(desa);
    let register = RwSignal::new(Register::default());
    let set_aside = RwSignal::new(false);
    let forms = RwSignal::new(Vec::<Form>::new());
    let query = RwSignal::new(String::new());
    // Outside the entry's view, which is drawn again after every change of the register.
    let note_saved = RwSignal::new(false);
    let page = use_page_url();
    let forms_file = StoredValue::new(forms_file);
    Effect::new(move |_| {
        if is_hydrated() {
            let (r, aside) = RegisterStore::load();
            register.set(r);
            set_aside.set(aside);
            leptos::task::spawn_local(async move {
                forms.set(fetch_forms(&forms_file.get_value()).await.unwrap_or_default());
            });
        }
    });
    let change = move |f: Box<dyn FnOnce(&mut Register)>| {
        // One read and one write: the register as saved is the one shown.
        register.set(RegisterStore::update(|r| {
            f(r);
            r.clone()
        }));
    };
    let opened = move || {
        let key = page.query("lihat")?;
        let (year, number) = key.split_once('-')?;
        register.with(|r| r.get(year.parse().ok()?, number.parse().ok()?).cloned())
    };
    let download = move |_| {
        let csv = register.with_untracked(|r| r.csv(&forms.get_untracked(), lang()));
        crate::browser::share::download(&format!("buku-register-{}.csv", today()), "text/csv;charset=utf-8", &csv);
    };
    let clear = move |_| {
        if window().confirm_with_message(t(Key::register_clear_confirm)).unwrap_or(false) {
            change(Box::new(|r| *r = Register::default()));
        }
    };
    view! {
        {move || set_aside.get().then(|| view! { <p class="banner banner--warning no-print" role="alert">{t(Key::register_set_aside)}</p> })}
        {move || opened().map(|entry| {
            let form = forms.with(|f| f.iter().find(|f| f.id == entry.payload.form).cloned());
            view! { <EntryView entry=entry form=form letters=letters.get_value() desa=desa.get_value() change=change saved=note_saved/> }
        })}
        <section class="no-print" class:register--behind=move || opened().is_some() aria-labelledby="register-daftar">
            <h2 id="register-daftar">{t(Key::register_list_heading)}</h2>
            <div class="field">
                <label class="field__label" for="register-cari">{t(Key::register_search)}</label>
                <input class="field__input" id="register-cari" type="search" prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))/>
            </div>
            {move || {
                let list = register.with(|r| r.search(&query.get(), &forms.get(), &|s| status_name(s).to_string(), lang()).into_iter().cloned().collect::<Vec<_>>());
                if list.is_empty() {
                    return view! { <p>{t(if register.with(|r| r.entries.is_empty()) { Key::register_empty } else { Key::register_none_found })}</p> }.into_any();
                }
                view! {
                    <ul class="register">
                        {list.into_iter().map(|e| {
                            let form = forms.with(|f| f.iter().find(|f| f.id == e.payload.form).cloned());
                            let name = e.personal(form.as_ref(), layanan_core::forms::PersonalDatum::Name).unwrap_or("–").to_string();
                            let form_name = form.as_ref().map_or(e.payload.form.clone(), |f| f.name.get(lang()).to_string());
                            view! {
                                <li class="register__entry">
                                    <a href=href(&format!("/buku-register?lihat={}-{}", e.year, e.number))>
                                        <span class="register__number">{e.label()}</span> " " {name}
                                    </a>
                                    <span class="register__form">{form_name}</span>
                                    <span class="status-tag">{status_name(e.status)}</span>
                                    <span class="hint">{fill(t(Key::register_received_on), &[("tanggal", &layanan_core::base::date::CivilDate::parse_iso(&e.received).map_or(e.received.clone(), |d| d.long(lang())))])}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            // The whole register, whatever the search shows.
            {move || register.with(|r| !r.entries.is_empty()).then(|| view! {
                <div class="actions">
                    <button type="button" class="button" on:click=download>{t(Key::register_csv)}</button>
                    <button type="button" class="button button--warning" on:click=clear>{t(Key::register_clear)}</button>
                </div>
            })}
        </section>
    }
}

/// One entry: the answers as received, its status and note, the "siap diambil" message, and the letter.
#[component]
fn EntryView(
    entry: Entry,
    form: Option<Form>,
    letters: Option<LetterSettings>,
    desa: String,
    change: impl Fn(Box<dyn FnOnce(&mut Register)>) + Copy + 'static,
    saved: RwSignal<bool>,
) -> impl IntoView {
    let (year, number) = (entry.year, entry.number);
    let rows = form.as_ref().map(|f| office_summary(f, &entry.payload.answers, lang())).unwrap_or_default();
    let letter: Option<ComposedLetter> = form
        .as_ref()
        .zip(letters.as_ref())
        .and_then(|(f, s)| compose(s, &desa, f, &entry.payload.answers, number, today()));
    let (phone, message) = ready_message(&entry, form.as_ref(), t(Key::register_ready_message), lang());
    let wa = match &phone {
        Some(n) => format!("https://wa.me/{n}?text={}", layanan_core::route::encode_component(&message)),
        None => crate::browser::share::whatsapp_link(&message),
    };
    let note = RwSignal::new(entry.note.clone());
    let form_name = form.as_ref().map_or(entry.payload.form.clone(), |f| f.name.get(lang()).to_string());
    let has_letter = letter.is_some();
    view! {
        <section class="entry" aria-labelledby="entri">
            <div class="no-print">
                <p><a href=href("/buku-register")>{t(Key::register_back)}</a></p>
                <h2 id="entri" tabindex="-1">{fill(t(Key::register_entry_heading), &[("nomor", &entry.label())])}</h2>
                <p>{form_name}</p>
                <p>{t(Key::register_status_label)} " " <strong>{status_name(entry.status)}</strong></p>
                <div class="actions">
                    {entry.status.next().map(|next| view! {
                        <button type="button" class="button" on:click=move |_| {
                            saved.set(false);
                            change(Box::new(move |r| r.set_status(year, number, next, today())));
                            // The entry is drawn again with its new status: keep the keyboard's place on it.
                            crate::browser::focus::focus_after_render("entri");
                        }>
                            {fill(t(Key::register_mark), &[("status", status_name(next))])}
                        </button>
                    })}
                    {(entry.status == Status::Ready).then(|| view! {
                        <a class="button button--secondary" href=wa.clone() rel="noopener">{t(Key::register_tell_ready)}</a>
                    })}
                </div>
                {(entry.status == Status::Ready && phone.is_none()).then(|| view! { <p class="hint">{t(Key::register_no_phone)}</p> })}
            </div>
            <div class:no-print=has_letter>
                <h3>{t(Key::register_answers)}</h3>
                <AnswerList rows=rows/>
            </div>
            <div class="field no-print">
                <label class="field__label" for="catatan-petugas">{t(Key::register_note)}</label>
                <p class="field__hint" id="catatan-petunjuk">{t(Key::register_note_hint)}</p>
                <textarea class="field__input field__input--long" id="catatan-petugas" rows="3" aria-describedby="catatan-petunjuk"
                    prop:value=move || note.get() on:input=move |ev| { note.set(event_target_value(&ev)); saved.set(false); }></textarea>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    let text = note.get_untracked();
                    change(Box::new(move |r| r.set_note(year, number, &text)));
                    saved.set(true);
                }>{t(Key::register_note_save)}</button>
                <p role="status">{move || saved.get().then(|| t(Key::register_note_saved))}</p>
            </div>
            <div class="actions no-print">
                <button type="button" class="button" on:click=|_| { let _ = window().print(); }>
                    {t(if has_letter { Key::register_print_letter } else { Key::register_print_answers })}
                </button>
            </div>
            {letter.map(|l| view! { <LetterView letter=l/> })}
        </section>
    }
}

/// The letter as printed: letterhead, title and number, opening, the person's data, the statement, closing,
/// place and date, and the signature block. Shown on screen as a preview; alone on paper.
#[component]
fn LetterView(letter: ComposedLetter) -> impl IntoView {
    view! {
        <article class="letter" aria-label=t(Key::register_letter_preview)>
            <header class="letter__kop">
                {letter.letterhead.into_iter().map(|line| view! { <p class="letter__kop-line">{line}</p> }).collect_view()}
                <p class="letter__address">{letter.address}</p>
            </header>
            <h3 class="letter__title">{letter.title}</h3>
            <p class="letter__number">{fill(t(Key::letter_number), &[("nomor", &letter.number)])}</p>
            <p>{letter.opening}</p>
            <table class="letter__rows">
                <tbody>
                    {letter.rows.into_iter().map(|(k, v)| view! { <tr><th scope="row">{k}</th><td>": " {v}</td></tr> }).collect_view()}
                </tbody>
            </table>
            <p>{letter.statement}</p>
            <p>{letter.closing}</p>
            <div class="letter__signature">
                <p>{letter.place_date}</p>
                <p>{letter.signer_title}</p>
                <p class="letter__name">{letter.signer_name.unwrap_or_else(|| "(.................................)".into())}</p>
            </div>
        </article>
    }
}
