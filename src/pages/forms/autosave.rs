//! Every change saved within half a second and again when the page is hidden or left; another tab saving the
//! same draft is noticed, and the resident chooses which version to keep.

use crate::i18n::Key;
use crate::state::{is_hydrated, t};
use crate::stores::drafts::{now_ms, with_repo};
use layanan_core::drafts::{draft_key, Draft, Error, StoreError};
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

/// What the last save did, shown quietly under the form.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum SaveStatus {
    Idle,
    Saved,
    /// Saved for the first time: the browser was asked to keep the drafts safe, and the page says why.
    SavedFirst,
    /// The phone's storage is full: the draft is kept in memory while the page is open.
    Full,
    /// Another tab saved a newer version of this draft.
    Conflict(Box<Draft>),
}

impl SaveStatus {
    /// What a save attempt did, for the line under the form. `first` is the first draft this visit saved.
    pub(super) fn after(result: Result<(), Error>, first: bool) -> SaveStatus {
        match result {
            Ok(()) if first => SaveStatus::SavedFirst,
            Ok(()) => SaveStatus::Saved,
            Err(Error::Conflict(theirs)) => SaveStatus::Conflict(theirs),
            Err(Error::Store(StoreError::Full)) => SaveStatus::Full,
            // Storage unavailable: the banner already says so; the draft stays in memory.
            Err(_) => SaveStatus::Idle,
        }
    }

    /// Whether a save may write now: never over another tab's version while the resident chooses.
    pub(super) fn allows_saving(&self) -> bool {
        !matches!(self, SaveStatus::Conflict(_))
    }
}

pub(super) fn save_now(draft: RwSignal<Draft>, status: RwSignal<SaveStatus>) {
    let mut d = draft.get_untracked();
    if !d.should_save() || !status.with_untracked(SaveStatus::allows_saving) {
        return;
    }
    let result = with_repo(|r| r.save(&mut d, now_ms()));
    let saved = result.is_ok();
    if saved {
        draft.update_untracked(|x| *x = d);
    }
    status.set(SaveStatus::after(result, saved && crate::stores::drafts::first_draft_saved()));
}

/// The autosave of one draft: a change is saved 400 ms after the last keystroke, at once when the page is hidden
/// or left, and another tab's save of the same draft is noticed.
#[derive(Clone, Copy)]
pub(super) struct Autosave {
    draft: RwSignal<Draft>,
    pub(super) status: RwSignal<SaveStatus>,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Autosave {
    pub(super) fn new(draft: RwSignal<Draft>) -> Autosave {
        let autosave =
            Autosave { draft, status: RwSignal::new(SaveStatus::Idle), pending: StoredValue::new_local(None) };
        Effect::new(move |_| {
            if !is_hydrated() {
                return;
            }
            let hide = window_event_listener(ev::pagehide, move |_| autosave.flush());
            let visibility = window_event_listener(ev::visibilitychange, move |_| autosave.flush());
            let other_tab = window_event_listener(ev::storage, move |e| {
                let key = draft.with_untracked(|d| draft_key(d.id()));
                let Some(theirs) = crate::stores::drafts::from_other_tab(e.key(), &key, e.new_value()) else { return };
                if theirs.revision() > draft.with_untracked(Draft::revision) {
                    autosave.status.set(SaveStatus::Conflict(Box::new(theirs)));
                }
            });
            on_cleanup(move || {
                autosave.flush();
                hide.remove();
                visibility.remove();
                other_tab.remove();
            });
        });
        autosave
    }

    /// Saves now.
    pub(super) fn save(self) {
        save_now(self.draft, self.status);
    }

    /// Saves once the typing pauses.
    pub(super) fn soon(self) {
        self.cancel();
        let handle = set_timeout_with_handle(
            move || {
                self.pending.set_value(None);
                self.save();
            },
            Duration::from_millis(400),
        );
        self.pending.set_value(handle.ok());
    }

    /// Saves now what is waiting for the typing to pause.
    pub(super) fn flush(self) {
        if self.pending.get_value().is_some() {
            self.cancel();
            self.save();
        }
    }

    /// Forgets what was waiting (the caller saves itself).
    pub(super) fn cancel(self) {
        if let Some(h) = self.pending.get_value() {
            h.clear();
            self.pending.set_value(None);
        }
    }
}

/// "Draf ini diubah di tab lain": the resident chooses which version to keep; the other is not lost silently.
#[component]
pub(super) fn ConflictBanner(
    status: RwSignal<SaveStatus>,
    draft: RwSignal<Draft>,
    generation: RwSignal<u32>,
) -> impl IntoView {
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

#[cfg(test)]
mod tests {
    use super::*;
    use layanan_core::drafts::Id;

    #[test]
    fn a_save_is_said_as_it_went() {
        assert_eq!(SaveStatus::after(Ok(()), true), SaveStatus::SavedFirst);
        assert_eq!(SaveStatus::after(Ok(()), false), SaveStatus::Saved);
        assert_eq!(SaveStatus::after(Err(Error::Store(StoreError::Full)), false), SaveStatus::Full);
        assert_eq!(SaveStatus::after(Err(Error::Store(StoreError::Unavailable)), false), SaveStatus::Idle);
        let theirs = Draft::new(Id::parse("00000000000000aa").unwrap(), "sktm", 1, 0);
        let conflict = SaveStatus::after(Err(Error::Conflict(Box::new(theirs.clone()))), false);
        assert_eq!(conflict, SaveStatus::Conflict(Box::new(theirs)));
        assert!(!conflict.allows_saving(), "never over another tab's version while the resident chooses");
        assert!(SaveStatus::Full.allows_saving() && SaveStatus::Saved.allows_saving());
    }
}
