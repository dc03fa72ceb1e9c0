//! What the results screens compute from the answers, and the roles chosen for comparison.

use hjcp_engine::{Rating, Recommendations, RoleIx};
use leptos::prelude::*;

use super::Session;

impl Session {
    /// Everything the results screens show, recomputed when answers or framework change.
    /// Callers wrap this in a `Memo` so one computation serves every component of a screen.
    pub fn recommendations(&self) -> Option<Recommendations> {
        self.with_prepared(|p| p.recommend(&self.current_answers()))
    }

    /// The active framework's answers mapped onto it, for engine calls that take them directly.
    pub fn resolved(&self) -> Option<hjcp_engine::Resolved> {
        self.with_prepared(|p| p.resolve(&self.current_answers()))
    }

    /// Whether any competence of the active framework has a step of the scale, rated or
    /// estimated ("not sure" is not a rating: with only those, no role's fit can be told).
    pub fn has_ratings(&self) -> bool {
        self.resolved()
            .is_some_and(|r| r.ratings.iter().any(|x| matches!(x, Some(Rating::Level(_)))))
    }

    /// The fit of every role of the active framework, indexed by role (without the moves and
    /// paths `recommendations` also computes).
    pub fn fits(&self) -> Option<Vec<hjcp_engine::RoleFit>> {
        self.with_prepared(|p| {
            let answers = self.current_answers();
            let resolved = p.resolve(&answers);
            hjcp_engine::all_fits(p.framework(), &resolved, &answers.facts)
        })
    }

    /// The target role, if one is set and exists in the active framework.
    pub fn target_role(&self) -> Option<RoleIx> {
        let framework = self.framework()?;
        let id = self.current_answers().target_role?;
        framework.role_ix(&id)
    }

    /// The roles chosen for comparison, in the order chosen.
    pub fn compared(&self) -> Vec<RoleIx> {
        self.compare.get()
    }

    /// The roles chosen for comparison side by side, computed by the engine.
    pub fn comparison(&self) -> Option<hjcp_engine::Comparison> {
        self.with_prepared(|p| {
            let answers = self.current_answers();
            let resolved = p.resolve(&answers);
            hjcp_engine::compare(p.framework(), &self.compare.get(), &resolved, &answers.facts)
        })
    }

    /// The compare screen was opened: an empty comparison starts with the person's current
    /// role (if they work in health and justice and it is in the framework) and their target,
    /// so they see at once how the role they hold and the one they aim for differ.
    pub fn open_compare(&self) {
        if !self.compare.with_untracked(Vec::is_empty) {
            return;
        }
        let Some(framework) = self.framework_untracked() else { return };
        let answers = untrack(|| self.current_answers());
        let current = (answers.persona == hjcp_engine::Persona::Staff)
            .then_some(answers.facts.current_role.as_deref())
            .flatten();
        let mut roles: Vec<RoleIx> = Vec::new();
        for id in [current, answers.target_role.as_deref()].into_iter().flatten() {
            if let Some(ix) = framework.role_ix(id) {
                if !roles.contains(&ix) {
                    roles.push(ix);
                }
            }
        }
        if !roles.is_empty() {
            self.compare_roles(roles);
        }
    }

    /// Adds a role to the comparison; false if it is full or the role is already there.
    pub fn add_to_compare(&self, role: RoleIx) -> bool {
        let mut added = false;
        self.compare.update(|roles| {
            if roles.len() < hjcp_engine::MAX_COMPARED && !roles.contains(&role) {
                roles.push(role);
                added = true;
            }
        });
        added
    }

    pub fn remove_from_compare(&self, role: RoleIx) {
        self.compare.update(|roles| roles.retain(|r| *r != role));
    }

    /// The comparison now holds `roles` (chosen on the compare screen), cut to the maximum.
    pub fn compare_roles(&self, mut roles: Vec<RoleIx>) {
        roles.truncate(hjcp_engine::MAX_COMPARED);
        self.compare.set(roles);
    }
}
