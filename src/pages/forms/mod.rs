//! `/formulir/:form`: one section per page (`flow`), a review page to check the answers (`review`), and a
//! finish page with the hand-over (`finish`); drafts saved as they are typed (`autosave`) and offered again
//! when the form is opened (`resume`).
//!
//! The page is pre-rendered at its first section, empty; the form is an island that receives the form, the
//! documents to print with it and the office's WhatsApp number as props. The address carries the draft id and
//! the step (`?draf=<id>&bagian=2`), never personal data, so reload, back and forward all land where the
//! resident was. Every change is saved within half a second and again when the page is hidden or left; another
//! tab saving the same draft is detected, and nothing is overwritten silently.

mod autosave;
mod finish;
mod flow;
mod resume;
mod review;

use crate::browser::url::use_page_url;
use crate::components::needs_js::NeedsJavaScript;
use crate::components::not_found::NotFound;
use crate::i18n::{fill, Key};
use crate::paths::href;
use crate::site::{content, set_meta};
use crate::state::{is_hydrated, lang, t, today};
use crate::stores::drafts::{new_id, now_ms, with_repo};
use flow::FormFlow;
use layanan_core::catalog::Document;
use layanan_core::drafts::personal_fields;
use layanan_core::drafts::{Draft, Id, IndexEntry};
use layanan_core::forms::{answers_from_address, Form, Step};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use resume::ResumeChoice;

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
    let form: &'static Form = crate::state::for_page(form);
    let documents: &'static [Document] = crate::state::list_for_page(documents);
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
                    let earlier = if named.is_none() { crate::stores::drafts::begun(&form.id) } else { Vec::new() };
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
