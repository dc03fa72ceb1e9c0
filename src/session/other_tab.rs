//! Another tab or window of this browser changed the stored record.

use hjcp_engine::stored::{self, Decoded};
use leptos::prelude::*;

use super::{OtherTab, SaveStatus, Session};

impl Session {
    /// Another tab or window of this browser changed the stored record (`new_value`, `None` if
    /// it removed it). Changes made there are merged into the answers here, so both tabs keep
    /// everything (`hjcp_engine::merge`); a clear there clears here too, as the person asked
    /// for on a device they may share; a newer version's record is left alone. Where the other
    /// tab is in the journey does not move this one.
    pub fn on_stored_elsewhere(&self, new_value: Option<String>) {
        let Some(text) = new_value else {
            if self.answers.with_untracked(|a| a.is_empty()) {
                return;
            }
            self.forget_answers();
            self.save_status.set(SaveStatus::Idle);
            self.other_tab.set(Some(OtherTab::Cleared));
            return;
        };
        match stored::decode(&text) {
            Decoded::Loaded { state, .. } => {
                let base = self.last_stored.get_value();
                let ours = self.answers.get_untracked();
                let merged = hjcp_engine::merge::merge_frameworks(&base, &ours, &state.frameworks);
                self.last_stored.set_value(state.frameworks);
                // The other tab replaced a newer version's record, so this one may save again.
                if self.save_status.get_untracked() == SaveStatus::ReadOnly {
                    self.save_status.set(SaveStatus::Idle);
                }
                if merged != ours {
                    // Saved straight back by `persist`, so the other tab gets this tab's answers too.
                    self.answers.set(merged);
                    self.other_tab.set(Some(OtherTab::Merged));
                }
            }
            Decoded::Newer { .. } => {
                self.save_status.set(SaveStatus::ReadOnly);
            }
            Decoded::Unreadable { .. } => {
                // Something else wrote over the record: put this page's answers back.
                let result = self.write_again();
                self.other_tab.set(Some(OtherTab::Restored));
                if let Err(e) = result {
                    self.save_status.set(SaveStatus::Failed(e));
                }
            }
        }
    }
}
