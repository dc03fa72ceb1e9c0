//! How sure the results can be: how many competences the person has rated, and how many they
//! have estimated, overall and among the ones the results depend on.
//!
//! # Rule
//!
//! Every resolved answer is classified by [`crate::answers::answer_kind`] (through
//! [`Resolved::kind`]): a step of the scale the person chose for the competence is *rated*; a step
//! taken from their estimate for the competence's area is *estimated* (see
//! [`crate::answers`]); no answer and "not sure" are *not rated*. `rated`, `estimated` and `total`
//! count over every competence of the framework ("14 rated, 18 estimated, of 32"); the
//! `needed_*` counts over the competences the results depend on: the union of the competences
//! required by the roles recommended and the target role, each once.
//!
//! The results are *rough* while fewer than half of the needed competences are rated
//! (`2 × needed_rated < needed_total`): the screen says so, so that a result after three ratings
//! does not look as sure as one after twenty-eight. Estimated competences count in the fit as
//! ratings do, but not here: results from estimates alone are a rough guide by design. With
//! nothing needed there is nothing to be rough about.

use crate::answers::{AnswerKind, Resolved};
use crate::model::CompetenceIx;

/// The counts behind how sure the results are (see the module documentation).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Confidence {
    pub rated: u32,
    pub estimated: u32,
    pub total: u32,
    pub needed_rated: u32,
    pub needed_estimated: u32,
    pub needed_total: u32,
}

impl Confidence {
    /// The counts for resolved answers and the competences the results need (repeats and indices
    /// outside the framework are ignored).
    pub fn of(resolved: &Resolved, needed: impl IntoIterator<Item = CompetenceIx>) -> Confidence {
        let kind = |c: usize| resolved.kind(CompetenceIx(c as u32));
        let mut out = Confidence { total: resolved.ratings.len() as u32, ..Confidence::default() };
        for c in 0..resolved.ratings.len() {
            match kind(c) {
                AnswerKind::Rated => out.rated += 1,
                AnswerKind::Estimated => out.estimated += 1,
                AnswerKind::NotRated => {}
            }
        }
        let mut seen = vec![false; resolved.ratings.len()];
        for c in needed {
            let Some(s) = seen.get_mut(c.get()) else { continue };
            if std::mem::replace(s, true) {
                continue;
            }
            out.needed_total += 1;
            match kind(c.get()) {
                AnswerKind::Rated => out.needed_rated += 1,
                AnswerKind::Estimated => out.needed_estimated += 1,
                AnswerKind::NotRated => {}
            }
        }
        out
    }

    /// True while fewer than half of the needed competences are rated (estimates not counted).
    pub fn rough(&self) -> bool {
        2 * self.needed_rated < self.needed_total
    }
}
