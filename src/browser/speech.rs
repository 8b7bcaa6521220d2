//! Reading the page aloud with the browser's speech synthesis, one sentence at a time (see
//! `layanan_core::speech` for why), highlighting the block being read.
//!
//! What is read is the page's main text, from its heading on: headings, paragraphs, list items, table cells, questions and their
//! choices inside `<main>`, in page order, leaving out what is not printed either (buttons, share and
//! navigation sections) and the sources. Pausing stops the engine and remembers the sentence, so "Lanjutkan"
//! starts that sentence again: pause() and resume() are unreliable on Android.

use layanan_core::base::lang::Lang;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Idle,
    Speaking,
    Paused,
}

/// Elements whose text is read, each as a unit that is highlighted while its sentences are spoken.
const BLOCKS: &str = "h1, h2, h3, h4, p, li, dt, dd, th, td, legend, label, summary, caption, figcaption";
/// Parts of the page that are not its text.
const SKIPPED: &str = ".listen, nav, button, noscript, .no-print, .sources, .visually-hidden, [hidden]";
/// The class that marks the block being read.
const READING: &str = "reading";

struct Reading {
    lang: Lang,
    parts: Vec<(web_sys::HtmlElement, String)>,
    at: usize,
    /// Bumped whenever speech is cancelled, so the end event of a cancelled sentence does not move on.
    generation: u32,
    on_status: Box<dyn Fn(Status)>,
    on_end: Option<Closure<dyn FnMut()>>,
}

thread_local! {
    static READING_NOW: RefCell<Option<Reading>> = const { RefCell::new(None) };
}

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    let window = web_sys::window()?;
    let value = js_sys::Reflect::get(&window, &"speechSynthesis".into()).ok()?;
    let has_utterance = js_sys::Reflect::has(&window, &"SpeechSynthesisUtterance".into()).unwrap_or(false);
    (has_utterance && !value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
}

/// A voice that speaks `lang`, the engine's default first.
fn voice(lang: Lang) -> Option<web_sys::SpeechSynthesisVoice> {
    let voices: Vec<web_sys::SpeechSynthesisVoice> = synthesis()?
        .get_voices()
        .iter()
        .map(|v| v.unchecked_into())
        .filter(|v: &web_sys::SpeechSynthesisVoice| layanan_core::speech::voice_speaks(&v.lang(), lang))
        .collect();
    voices.iter().find(|v| v.default()).or(voices.first()).cloned()
}

/// Whether this browser can read aloud in `lang`: it has speech synthesis and a voice for the language.
pub fn available(lang: Lang) -> bool {
    voice(lang).is_some()
}

/// Releases the room the page head keeps for "Dengarkan" once the voices are known and none speaks `lang` (an
/// engine without voices lists none at all). Returns whether one does, for the page head of the next page
/// (`stores::settings::remember_voice`); `None` without speech synthesis.
pub fn settle_room(lang: Lang) -> Option<bool> {
    synthesis()?;
    let speaks = available(lang);
    if !speaks {
        if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = html.remove_attribute("data-speech");
        }
    }
    Some(speaks)
}

/// Calls `f` whenever the browser's list of voices changes (many engines fill it only after the page loads).
pub fn when_voices_change(f: impl Fn() + 'static) {
    let Some(synth) = synthesis() else { return };
    let listener = Closure::<dyn Fn()>::new(f);
    let _ = synth.add_event_listener_with_callback("voiceschanged", listener.as_ref().unchecked_ref());
    // One listener per control for the life of the page.
    listener.forget();
}

/// The page's text as (block, sentence) pairs, in reading order.
fn page_text() -> Vec<(web_sys::HtmlElement, String)> {
    let Some(main) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector("main").ok().flatten())
    else {
        return Vec::new();
    };
    let Ok(nodes) = main.query_selector_all(BLOCKS) else { return Vec::new() };
    // The text starts at the page's heading: what stands above it is a way back (the sector, the progress).
    let heading = main.query_selector("h1").ok().flatten();
    let from_heading = |el: &web_sys::HtmlElement| match &heading {
        Some(h1) => {
            el.contains(Some(h1))
                || h1.compare_document_position(el) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING != 0
                || h1.is_same_node(Some(el))
        }
        None => true,
    };
    let mut parts = Vec::new();
    for i in 0..nodes.length() {
        let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        let skipped = el.closest(SKIPPED).ok().flatten().is_some();
        // A block inside another block is read with it.
        let nested =
            el.parent_element().and_then(|p| p.closest(BLOCKS).ok().flatten()).is_some_and(|b| main.contains(Some(&b)));
        if skipped || nested || !from_heading(&el) || el.get_client_rects().length() == 0 {
            continue;
        }
        for sentence in layanan_core::speech::sentences(&el.inner_text()) {
            parts.push((el.clone(), sentence));
        }
    }
    parts
}

/// Starts reading the page from its first sentence; `on_status` hears every change of state.
pub fn start(lang: Lang, on_status: impl Fn(Status) + 'static) {
    stop();
    let parts = page_text();
    if parts.is_empty() {
        return;
    }
    READING_NOW.with(|r| {
        *r.borrow_mut() =
            Some(Reading { lang, parts, at: 0, generation: 0, on_status: Box::new(on_status), on_end: None });
    });
    speak_current();
}

/// Stops at the current sentence; [`resume`] reads it again from its start.
pub fn pause() {
    let paused = READING_NOW.with(|r| {
        let mut r = r.borrow_mut();
        let reading = r.as_mut()?;
        reading.generation += 1;
        (reading.on_status)(Status::Paused);
        Some(())
    });
    if paused.is_some() {
        if let Some(s) = synthesis() {
            s.cancel();
        }
    }
}

pub fn resume() {
    speak_current();
}

/// Stops reading and removes the highlight.
pub fn stop() {
    let was = READING_NOW.with(|r| r.borrow_mut().take());
    if let Some(reading) = was {
        if let Some(s) = synthesis() {
            s.cancel();
        }
        highlight(None, &reading.parts);
        (reading.on_status)(Status::Idle);
    }
}

fn speak_current() {
    let Some(synth) = synthesis() else { return };
    let utterance = READING_NOW.with(|r| {
        let mut r = r.borrow_mut();
        let reading = r.as_mut()?;
        let (block, sentence) = reading.parts.get(reading.at).cloned()?;
        highlight(Some(&block), &reading.parts);
        let utterance = web_sys::SpeechSynthesisUtterance::new_with_text(&sentence).ok()?;
        utterance.set_lang(layanan_core::speech::voice_lang(reading.lang));
        if let Some(v) = voice(reading.lang) {
            utterance.set_voice(Some(&v));
        }
        let generation = reading.generation;
        let on_end = Closure::<dyn FnMut()>::new(move || sentence_ended(generation));
        utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
        utterance.set_onerror(Some(on_end.as_ref().unchecked_ref()));
        reading.on_end = Some(on_end);
        (reading.on_status)(Status::Speaking);
        Some(utterance)
    });
    match utterance {
        Some(u) => synth.speak(&u),
        // Past the last sentence: done.
        None => stop(),
    }
}

fn sentence_ended(generation: u32) {
    let go_on = READING_NOW.with(|r| {
        let mut r = r.borrow_mut();
        match r.as_mut() {
            Some(reading) if reading.generation == generation => {
                reading.at += 1;
                true
            }
            _ => false,
        }
    });
    if go_on {
        speak_current();
    }
}

/// Marks `block` as the one being read (none: clears the mark) and keeps it on screen.
fn highlight(block: Option<&web_sys::HtmlElement>, parts: &[(web_sys::HtmlElement, String)]) {
    for (el, _) in parts {
        let _ = el.class_list().remove_1(READING);
    }
    if let Some(el) = block {
        let _ = el.class_list().add_1(READING);
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
