//! Side-by-side comparison of up to three roles.
//!
//! Three columns is what fits on a phone screen in a readable table, so [`compare`] keeps the
//! first [`MAX_COMPARED`] distinct roles that exist in the framework and ignores the rest rather
//! than failing. Rows are the union of the roles' required competences in framework order (which
//! groups them by area, as the framework file does), each with the step every role requires
//! (or none) and the person's own rating, so the table reads "what each role asks for, and
//! where I am".

use crate::answers::{Facts, Rating, Resolved};
use crate::fit::{entry_checks, level_rank, role_fit, EntryCheck, EntryStatus};
use crate::model::{CompetenceIx, Framework, LevelIx, Proficiency, RoleIx};
use crate::plan::requirement_map;

/// The most roles compared at once.
pub const MAX_COMPARED: usize = 3;

/// One column of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparedRole {
    pub role: RoleIx,
    pub level: LevelIx,
    pub level_rank: u16,
    pub fit: u8,
    pub entry: Vec<EntryCheck>,
    pub entry_status: EntryStatus,
}

/// One row: a competence, what each compared role requires, and the person's rating.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparisonRow {
    pub competence: CompetenceIx,
    /// One entry per compared role, in column order; `None` where the role does not require it.
    pub required: Vec<Option<Proficiency>>,
    /// The person's rating as resolved, or their estimate for the area (`estimated`).
    pub rating: Option<Rating>,
    /// True when `rating` is the area's estimate, not the person's rating of the competence.
    pub estimated: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub roles: Vec<ComparedRole>,
    pub rows: Vec<ComparisonRow>,
}

/// Compares up to three roles (see the module documentation for which are kept).
pub fn compare(
    framework: &Framework,
    roles: &[RoleIx],
    resolved: &Resolved,
    facts: &Facts,
) -> Comparison {
    let mut chosen: Vec<RoleIx> = Vec::with_capacity(MAX_COMPARED);
    for &r in roles {
        if chosen.len() == MAX_COMPARED {
            break;
        }
        if r.get() < framework.roles.len() && !chosen.contains(&r) {
            chosen.push(r);
        }
    }
    let columns: Vec<ComparedRole> = chosen
        .iter()
        .map(|&r| {
            let role = &framework.roles[r.get()];
            let (entry, entry_status) = entry_checks(role, facts);
            ComparedRole {
                role: r,
                level: role.level,
                level_rank: level_rank(framework, r),
                fit: role_fit(framework, resolved, facts, r).score,
                entry,
                entry_status,
            }
        })
        .collect();
    // Each role's requirements sorted by competence, so a row is a binary search per column.
    let maps: Vec<Vec<(CompetenceIx, Proficiency)>> =
        chosen.iter().map(|&r| requirement_map(framework, r)).collect();
    let mut competences: Vec<CompetenceIx> = maps.iter().flatten().map(|(c, _)| *c).collect();
    competences.sort_unstable();
    competences.dedup();
    let rows = competences
        .into_iter()
        .map(|c| ComparisonRow {
            competence: c,
            required: maps
                .iter()
                .map(|m| m.binary_search_by_key(&c, |(k, _)| *k).ok().map(|i| m[i].1))
                .collect(),
            rating: resolved.ratings.get(c.get()).copied().flatten(),
            estimated: resolved.is_estimated(c),
        })
        .collect();
    Comparison { roles: columns, rows }
}
