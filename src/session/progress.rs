//! How far the person has got (`hjcp_engine::progress`), and where Continue goes next: through
//! the areas in turn, or through just the competences the target role needs.

use hjcp_engine::{AreaIx, AreaProgress, RoleIx};
use leptos::prelude::*;

use super::Session;
use crate::nav::Screen;

impl Session {
    /// How far the person has got with one area of the active framework.
    pub fn area_progress(&self, area: AreaIx) -> AreaProgress {
        let Some(framework) = self.framework() else { return AreaProgress::default() };
        hjcp_engine::area_progress(&framework, area, &self.current_answers())
    }

    /// (answered, total) over the whole active framework.
    pub fn overall_progress(&self) -> (usize, usize) {
        let Some(framework) = self.framework() else { return (0, 0) };
        hjcp_engine::overall_progress(&framework, &self.current_answers())
    }

    /// For each competence of the active framework, whether the target role needs it (empty
    /// without a target).
    pub fn needed_by_target(&self) -> Vec<bool> {
        let (Some(framework), Some(target)) = (self.framework(), self.target_role()) else {
            return Vec::new();
        };
        let mut needed = vec![false; framework.competences.len()];
        for r in &framework.role(target).requires {
            if let Some(n) = needed.get_mut(r.competence.get()) {
                *n = true;
            }
        }
        needed
    }

    /// (answered, total) over the competences the target role needs.
    pub fn target_needs_progress(&self) -> (usize, usize) {
        let Some(framework) = self.framework() else { return (0, 0) };
        let answers = self.current_answers();
        let needed = self.needed_by_target();
        let answered = framework
            .competences
            .iter()
            .zip(&needed)
            .filter(|(c, &n)| n && answers.rating(&c.id).is_some())
            .count();
        (answered, needed.iter().filter(|&&n| n).count())
    }

    /// The target role whose competences the person is rating first, while they are.
    pub fn rating_for(&self) -> Option<RoleIx> {
        self.rating_for.get()
    }

    /// "Rate what your target role needs first": the questions go through the competences
    /// the target needs that have no answer yet, then back to the task list.
    pub fn rate_what_target_needs(&self) {
        let Some(target) = untrack(|| self.target_role()) else { return };
        let Some(framework) = self.framework_untracked() else { return };
        let needed = untrack(|| self.needed_by_target());
        let answers = untrack(|| self.current_answers());
        let first = needed
            .iter()
            .enumerate()
            .find(|&(ix, &n)| n && answers.rating(&framework.competences[ix].id).is_none());
        if let Some((ix, _)) = first {
            self.rating_for.set(Some(target));
            self.go(Screen::Rate(ix));
        }
    }

    /// An area opened from the task list: its questions, one after another.
    pub fn open_area_at(&self, competence: usize) {
        if self.rating_for.get_untracked().is_some() {
            self.rating_for.set(None);
        }
        self.go(Screen::Rate(competence));
    }

    /// Where Continue goes after the question on `competence` (`hjcp_engine::next_question`):
    /// the task list once there is nothing left to ask.
    pub fn after_question(&self, competence: usize) -> Screen {
        let Some(framework) = self.framework_untracked() else { return Screen::TaskList };
        let answers = untrack(|| self.current_answers());
        let needed = untrack(|| self.rating_for().is_some().then(|| self.needed_by_target()));
        match hjcp_engine::next_question(&framework, &answers, competence, needed.as_deref()) {
            Some(next) => Screen::Rate(next),
            None => {
                if self.rating_for.get_untracked().is_some() {
                    self.rating_for.set(None);
                }
                Screen::TaskList
            }
        }
    }
}
