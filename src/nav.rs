//! Where the person is: the screens of the widget, the trail of screens that brought them to
//! the current one, and how both are written down for the browser's history and the stored
//! record. Pure (no web dependency), so the rules are tested natively; `session::navigation`
//! is the thin layer that talks to `window.history`.
//!
//! A screen is kept by stable ids (`rate/<competence id>`, `role/<role id>`), never by index,
//! so a place written before a framework update still means the same question or role, and
//! one whose question or role has left the framework falls back to the nearest screen that
//! can still be shown ([`resolve`]), with a notice saying why ([`Gone`]).

use hjcp_engine::{Framework, RoleIx};

/// Every screen of the widget. One file in `src/screens/` renders each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// What the tool is, privacy, and the choice of framework.
    Start,
    /// "I'm exploring a career" or "I work in health and justice".
    Persona,
    /// Staff: which role they hold now.
    CurrentRole,
    /// Facts for entry requirements: qualification level, years of experience.
    Facts,
    /// Optional target role.
    Target,
    /// The task list of areas with their status.
    TaskList,
    /// Rating the competence at this index of the active framework.
    Rate(usize),
    /// The quick estimate: one question per area.
    Estimate,
    CheckAnswers,
    /// Best-fitting roles, recommendations and gaps.
    Results,
    /// One role in detail: fit per competence, entry requirements, routes in and out.
    Role(RoleIx),
    /// The path to the chosen target role.
    Path,
    /// The pathway map (SVG) with its equivalent list.
    Map,
    /// Up to three roles side by side.
    Compare,
    /// The development plan.
    Plan,
    /// Framework → area → competence → level descriptors.
    Browse,
    /// Dated snapshots and what changed since the last one.
    Progress,
    /// Download, load, copy a link, print.
    TakeAway,
    ConfirmClear,
    /// What the tool is, who made it, and where each framework comes from.
    About,
    /// The accessibility statement.
    Accessibility,
}

/// The screens named by a fixed word (every one but `Rate` and `Role`).
const FIXED: [(Screen, &str); 19] = [
    (Screen::Start, "start"),
    (Screen::Persona, "persona"),
    (Screen::CurrentRole, "current-role"),
    (Screen::Facts, "facts"),
    (Screen::Target, "target"),
    (Screen::TaskList, "tasks"),
    (Screen::Estimate, "estimate"),
    (Screen::CheckAnswers, "check"),
    (Screen::Results, "results"),
    (Screen::Path, "path"),
    (Screen::Map, "map"),
    (Screen::Compare, "compare"),
    (Screen::Plan, "plan"),
    (Screen::Browse, "browse"),
    (Screen::Progress, "progress"),
    (Screen::TakeAway, "take-away"),
    (Screen::ConfirmClear, "clear"),
    (Screen::About, "about"),
    (Screen::Accessibility, "accessibility"),
];

impl Screen {
    /// Whether the screen shows something of the active framework, so it cannot be shown
    /// without one. Progress, take-away and clear work on whatever is kept; the about page
    /// and the accessibility statement are about the tool as a whole.
    pub fn needs_framework(self) -> bool {
        !matches!(
            self,
            Screen::Start
                | Screen::Progress
                | Screen::TakeAway
                | Screen::ConfirmClear
                | Screen::About
                | Screen::Accessibility
        )
    }

    /// Where the in-page back link goes when the trail has nothing behind this screen (the
    /// first screen after the stored place was restored): the screen before it in the journey.
    /// `staff` says whether the person works in health and justice (their facts come after
    /// their current role).
    pub fn parent(self, fw: Option<&Framework>, staff: bool) -> Screen {
        match self {
            Screen::Start | Screen::Persona => Screen::Start,
            Screen::CurrentRole => Screen::Persona,
            Screen::Facts if staff => Screen::CurrentRole,
            Screen::Facts => Screen::Persona,
            Screen::Target => Screen::Facts,
            Screen::TaskList => Screen::Target,
            Screen::Rate(ix) => fw
                .and_then(|f| {
                    let area = f.competences.get(ix)?.area;
                    let before =
                        f.competences_in(area).map(|(c, _)| c.get()).take_while(|&c| c != ix);
                    before.last().map(Screen::Rate)
                })
                .unwrap_or(Screen::TaskList),
            Screen::CheckAnswers | Screen::Estimate => Screen::TaskList,
            Screen::Results => Screen::CheckAnswers,
            Screen::Role(_)
            | Screen::Path
            | Screen::Map
            | Screen::Compare
            | Screen::Plan
            | Screen::Browse => Screen::Results,
            Screen::Progress
            | Screen::TakeAway
            | Screen::ConfirmClear
            | Screen::About
            | Screen::Accessibility => {
                if fw.is_some() {
                    Screen::TaskList
                } else {
                    Screen::Start
                }
            }
        }
    }
}

/// A screen written down by stable ids: `start`, `tasks`, `rate/<competence id>`,
/// `role/<role id>`…. `None` for a screen whose index is not in `fw` (nothing to write).
pub fn place(screen: Screen, fw: Option<&Framework>) -> Option<String> {
    match screen {
        Screen::Rate(ix) => Some(format!("rate/{}", fw?.competences.get(ix)?.id)),
        Screen::Role(role) => Some(format!("role/{}", fw?.roles.get(role.get())?.id)),
        fixed => FIXED.iter().find(|(s, _)| *s == fixed).map(|(_, word)| (*word).to_string()),
    }
}

/// Why a place written earlier could not be shown as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gone {
    /// The question (competence id) is no longer in the framework.
    Competence(String),
    /// The role (role id) is no longer in the framework.
    Role(String),
}

/// What a place written earlier shows now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub screen: Screen,
    /// Set when the place could not be shown and `screen` is the nearest one instead.
    pub gone: Option<Gone>,
}

/// The screen a written place shows on `fw` (the active framework, if any). `None` for text
/// that is not a place at all (from another version, or not ours), so the caller ignores it.
/// A screen of the framework with no framework chosen shows the start screen; a question that
/// has left the framework, the task list; a role that has left it, the results.
pub fn resolve(place: &str, fw: Option<&Framework>) -> Option<Resolved> {
    let shown = |screen: Screen| Resolved { screen, gone: None };
    let screen = if let Some(id) = place.strip_prefix("rate/") {
        valid_id(id)?;
        match fw {
            None => return Some(shown(Screen::Start)),
            Some(f) => match f.competence_ix(id) {
                Some(ix) => Screen::Rate(ix.get()),
                None => {
                    let gone = Some(Gone::Competence(id.to_string()));
                    return Some(Resolved { screen: Screen::TaskList, gone });
                }
            },
        }
    } else if let Some(id) = place.strip_prefix("role/") {
        valid_id(id)?;
        match fw {
            None => return Some(shown(Screen::Start)),
            Some(f) => match f.role_ix(id) {
                Some(ix) => Screen::Role(ix),
                None => {
                    let gone = Some(Gone::Role(id.to_string()));
                    return Some(Resolved { screen: Screen::Results, gone });
                }
            },
        }
    } else {
        FIXED.iter().find(|(_, word)| *word == place)?.0
    };
    if screen.needs_framework() && fw.is_none() {
        return Some(shown(Screen::Start));
    }
    Some(shown(screen))
}

/// Ids are what the framework format allows (`[a-z0-9][a-z0-9.-]*`, at most 100 characters),
/// so a place can never carry anything else.
fn valid_id(id: &str) -> Option<()> {
    let ok = !id.is_empty()
        && id.len() <= 100
        && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
    ok.then_some(())
}

/// One step of the trail: a screen and, when it was reached through a "Change" link, the
/// screen to return to once the answer is given (check answers), and the row of that screen
/// the link was on, so the person comes back to it rather than to the top.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub screen: Screen,
    pub then: Option<Screen>,
    /// The row of `then` to return to (a [`valid_row`] id); only with `then`.
    pub row: Option<String>,
}

impl Entry {
    pub fn new(screen: Screen) -> Entry {
        Entry { screen, then: None, row: None }
    }

    /// A screen reached through a "Change" link on `then` (on its `row`, if given).
    pub fn returning(screen: Screen, then: Option<Screen>, row: Option<String>) -> Entry {
        let row = row.filter(|r| then.is_some() && valid_row(r));
        Entry { screen, then, row }
    }
}

/// A row id is written into history, so it is kept to what a place allows (ids, `-`, `.`),
/// at most 120 characters.
pub fn valid_row(row: &str) -> bool {
    !row.is_empty()
        && row.len() <= 120
        && row.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

/// The screens from the start of this visit to the current one (last), as each history entry
/// keeps it. The in-page back link goes to the one before the last, as the browser's Back does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trail {
    entries: Vec<Entry>,
}

/// Enough for any journey; older steps are forgotten so a history entry stays small.
pub const MAX_TRAIL: usize = 40;

/// Written form: `hjcp-nav/1 ` then the entries, space-separated, each `place`, `place>then`
/// or `place>then#row` (the row was added later; trails written without it read as before).
const TRAIL_PREFIX: &str = "hjcp-nav/1 ";

impl Trail {
    pub fn new(first: Entry) -> Trail {
        Trail { entries: vec![first] }
    }

    pub fn current(&self) -> &Entry {
        // A trail is never empty: `new` starts it with one entry and `back` keeps the first.
        &self.entries[self.entries.len() - 1]
    }

    /// The entry the back link returns to, if the trail has one behind the current.
    pub fn previous(&self) -> Option<&Entry> {
        self.entries.len().checked_sub(2).map(|i| &self.entries[i])
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    /// The trail after moving on to `entry`.
    pub fn pushed(&self, entry: Entry) -> Trail {
        let mut entries = self.entries.clone();
        entries.push(entry);
        if entries.len() > MAX_TRAIL {
            entries.drain(..entries.len() - MAX_TRAIL);
        }
        Trail { entries }
    }

    /// The trail with its current entry replaced (a redirect, or a screen that fell back).
    pub fn replaced(&self, entry: Entry) -> Trail {
        let mut entries = self.entries.clone();
        let last = entries.len() - 1;
        entries[last] = entry;
        Trail { entries }
    }

    /// The trail after the back link: the current entry dropped, if there is one behind it.
    pub fn back(&self) -> Option<Trail> {
        self.previous()?;
        let mut entries = self.entries.clone();
        entries.pop();
        Some(Trail { entries })
    }

    /// The written form kept in `history.state`. Entries whose screen cannot be written (an
    /// index the framework does not have) are left out.
    pub fn encode(&self, fw: Option<&Framework>) -> String {
        let mut out = String::from(TRAIL_PREFIX);
        let words: Vec<String> = self.entries.iter().filter_map(|e| encode_entry(e, fw)).collect();
        out.push_str(&words.join(" "));
        out
    }

    /// Reads a written trail against `fw`. `None` if the text is not a trail of this version
    /// (the host's own state, say), so the caller starts afresh. Entries that no longer
    /// resolve are replaced by the screen they fall back to; the current entry's reason, if
    /// it fell back, is returned so the person can be told.
    pub fn decode(text: &str, fw: Option<&Framework>) -> Option<(Trail, Option<Gone>)> {
        let body = text.strip_prefix(TRAIL_PREFIX)?;
        let mut entries = Vec::new();
        let mut gone = None;
        for word in body.split(' ').filter(|w| !w.is_empty()).take(MAX_TRAIL) {
            let (entry, why) = decode_entry(word, fw)?;
            entries.push(entry);
            gone = why;
        }
        if entries.is_empty() {
            return None;
        }
        Some((Trail { entries }, gone))
    }
}

/// One entry as `place`, `place>then` or `place>then#row`.
pub fn encode_entry(entry: &Entry, fw: Option<&Framework>) -> Option<String> {
    let here = place(entry.screen, fw)?;
    Some(match (entry.then.and_then(|then| place(then, fw)), &entry.row) {
        (Some(then), Some(row)) if valid_row(row) => format!("{here}>{then}#{row}"),
        (Some(then), _) => format!("{here}>{then}"),
        (None, _) => here,
    })
}

/// Reads one entry (`place`, `place>then` or `place>then#row`) against `fw`, with the reason
/// if its screen fell back. A `then` that no longer resolves is dropped: the person simply
/// moves on. A row that is not a row id is dropped (the return goes to the top of `then`).
pub fn decode_entry(word: &str, fw: Option<&Framework>) -> Option<(Entry, Option<Gone>)> {
    let (here, then) = match word.split_once('>') {
        Some((here, then)) => (here, Some(then)),
        None => (word, None),
    };
    let resolved = resolve(here, fw)?;
    let (then, row) = match then.map(|then| then.split_once('#').unwrap_or((then, ""))) {
        Some((then, row)) => (resolve(then, fw)?.screen, row),
        None => return Some((Entry::new(resolved.screen), resolved.gone)),
    };
    let then = (resolved.gone.is_none() && then != resolved.screen).then_some(then);
    let row = Some(row.to_string());
    Some((Entry::returning(resolved.screen, then, row), resolved.gone))
}

/// How the widget was opened, as `PerformanceNavigationTiming.type` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// A new visit: a link followed, an address typed, an embed loaded afresh.
    Navigate,
    /// The page was reloaded, or a tab the browser had put to sleep was brought back.
    Reload,
    /// The browser's Back or Forward brought the page back.
    BackForward,
}

/// Where the widget opens. The history entry's own trail wins (a reload, a restored tab, Back
/// into the page: the browser kept it for exactly this entry); failing that, a reload or a
/// return by Back/Forward opens at `stored_place`, the place kept in the stored record (the
/// caller passes it only inside a frame, whose history a host page reloaded around it may not
/// keep); a new visit starts at the start screen, which offers to carry on from the task list.
pub fn opening(
    history_state: Option<&str>,
    arrival: Arrival,
    stored_place: Option<&str>,
    fw: Option<&Framework>,
) -> (Trail, Option<Gone>) {
    if let Some(found) = history_state.and_then(|s| Trail::decode(s, fw)) {
        return found;
    }
    let start = || (Trail::new(Entry::new(Screen::Start)), None);
    match (arrival, stored_place) {
        (Arrival::Reload | Arrival::BackForward, Some(word)) => match decode_entry(word, fw) {
            Some((entry, gone)) => (Trail::new(entry), gone),
            None => start(),
        },
        _ => start(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hjcp_engine::testgen::fixture;

    fn fw() -> Framework {
        fixture()
    }

    #[test]
    fn every_screen_is_written_and_read_back_as_itself() {
        let fw = fw();
        let mut screens: Vec<Screen> = FIXED.iter().map(|(s, _)| *s).collect();
        screens.push(Screen::Rate(0));
        screens.push(Screen::Rate(fw.competences.len() - 1));
        screens.push(Screen::Role(RoleIx(1)));
        for screen in screens {
            let word = place(screen, Some(&fw)).unwrap();
            assert_eq!(resolve(&word, Some(&fw)), Some(Resolved { screen, gone: None }), "{word}");
        }
    }

    #[test]
    fn places_name_questions_and_roles_by_id_so_they_survive_a_reordered_framework() {
        let fw = fw();
        let word = place(Screen::Rate(1), Some(&fw)).unwrap();
        assert_eq!(word, format!("rate/{}", fw.competences[1].id));
        let mut reordered = fw.clone();
        reordered.competences.swap(0, 1);
        assert_eq!(resolve(&word, Some(&reordered)).unwrap().screen, Screen::Rate(0));
    }

    #[test]
    fn a_question_or_role_that_left_the_framework_falls_back_with_a_reason() {
        let fw = fw();
        assert_eq!(
            resolve("rate/no-such-question", Some(&fw)),
            Some(Resolved {
                screen: Screen::TaskList,
                gone: Some(Gone::Competence("no-such-question".into()))
            })
        );
        assert_eq!(
            resolve("role/retired-role", Some(&fw)),
            Some(Resolved {
                screen: Screen::Results,
                gone: Some(Gone::Role("retired-role".into()))
            })
        );
    }

    #[test]
    fn without_a_framework_only_the_screens_that_need_none_are_shown() {
        assert_eq!(resolve("results", None).unwrap().screen, Screen::Start);
        assert_eq!(resolve("rate/x", None).unwrap().screen, Screen::Start);
        assert_eq!(resolve("take-away", None).unwrap().screen, Screen::TakeAway);
        assert_eq!(resolve("progress", None).unwrap().screen, Screen::Progress);
        assert_eq!(resolve("about", None).unwrap().screen, Screen::About);
        assert_eq!(resolve("accessibility", None).unwrap().screen, Screen::Accessibility);
    }

    #[test]
    fn text_that_is_not_a_place_is_ignored() {
        let fw = fw();
        for bad in ["", "Results", "rate/", "rate/Bad Id", "role/<script>", "rate/a>b", "unknown"] {
            assert_eq!(resolve(bad, Some(&fw)), None, "{bad:?}");
        }
        assert_eq!(Trail::decode("{\"page\":2}", Some(&fw)), None);
        assert_eq!(Trail::decode("hjcp-nav/1 ", Some(&fw)), None);
        assert_eq!(Trail::decode("hjcp-nav/2 start", Some(&fw)), None);
        assert_eq!(Trail::decode("hjcp-nav/1 start nowhere", Some(&fw)), None);
    }

    #[test]
    fn a_trail_round_trips_with_its_change_links() {
        let fw = fw();
        let trail = Trail::new(Entry::new(Screen::Start))
            .pushed(Entry::new(Screen::TaskList))
            .pushed(Entry::new(Screen::CheckAnswers))
            .pushed(Entry::returning(Screen::Rate(2), Some(Screen::CheckAnswers), None));
        let text = trail.encode(Some(&fw));
        assert_eq!(
            text,
            format!("hjcp-nav/1 start tasks check rate/{}>check", fw.competences[2].id)
        );
        assert_eq!(Trail::decode(&text, Some(&fw)), Some((trail, None)));
    }

    #[test]
    fn back_drops_the_current_entry_but_never_the_first() {
        let trail = Trail::new(Entry::new(Screen::Start)).pushed(Entry::new(Screen::Persona));
        let back = trail.back().unwrap();
        assert_eq!(back.current().screen, Screen::Start);
        assert_eq!(back.back(), None);
        assert_eq!(trail.previous().unwrap().screen, Screen::Start);
    }

    #[test]
    fn a_long_trail_keeps_its_most_recent_steps() {
        let mut trail = Trail::new(Entry::new(Screen::Start));
        for i in 0..(MAX_TRAIL + 10) {
            trail =
                trail.pushed(Entry::new(if i % 2 == 0 { Screen::Results } else { Screen::Plan }));
        }
        assert_eq!(trail.len(), MAX_TRAIL);
        assert_eq!(trail.current().screen, Screen::Plan);
        assert!(trail.entries.iter().all(|e| e.screen != Screen::Start), "the oldest go first");
        assert_eq!(trail.replaced(Entry::new(Screen::Map)).current().screen, Screen::Map);
    }

    #[test]
    fn the_history_entry_wins_then_the_stored_place_on_reload_then_the_start() {
        let fw = fw();
        let fw = Some(&fw);
        let in_history = "hjcp-nav/1 start tasks results";
        let (trail, _) = opening(Some(in_history), Arrival::Navigate, Some("plan"), fw);
        assert_eq!(trail.current().screen, Screen::Results);
        assert_eq!(trail.len(), 3);
        let (trail, _) = opening(None, Arrival::Reload, Some("plan"), fw);
        assert_eq!(trail.current().screen, Screen::Plan);
        let (trail, _) = opening(Some("host state"), Arrival::BackForward, Some("plan"), fw);
        assert_eq!(trail.current().screen, Screen::Plan);
        let (trail, _) = opening(None, Arrival::Navigate, Some("plan"), fw);
        assert_eq!(trail.current().screen, Screen::Start);
        let (trail, gone) = opening(None, Arrival::Reload, Some("role/gone-role"), fw);
        assert_eq!(trail.current().screen, Screen::Results);
        assert_eq!(gone, Some(Gone::Role("gone-role".into())));
    }

    #[test]
    fn a_change_link_whose_return_is_gone_just_moves_on() {
        let fw = fw();
        let (entry, gone) = decode_entry("facts>check", Some(&fw)).unwrap();
        assert_eq!(entry, Entry::returning(Screen::Facts, Some(Screen::CheckAnswers), None));
        assert_eq!(gone, None);
        let (entry, _) = decode_entry("role/gone>results", Some(&fw)).unwrap();
        assert_eq!(entry, Entry::new(Screen::Results));
    }

    #[test]
    fn a_change_link_keeps_the_row_it_was_on_through_history() {
        let fw = fw();
        let row = format!("c-{}", fw.competences[1].id);
        let entry =
            Entry::returning(Screen::Rate(1), Some(Screen::CheckAnswers), Some(row.clone()));
        let trail = Trail::new(Entry::new(Screen::CheckAnswers)).pushed(entry.clone());
        let written = trail.encode(Some(&fw));
        assert_eq!(written, format!("hjcp-nav/1 check rate/{}>check#{row}", fw.competences[1].id));
        let (read, gone) = Trail::decode(&written, Some(&fw)).unwrap();
        assert_eq!(read, trail);
        assert_eq!(gone, None);
        assert_eq!(read.current().row.as_deref(), Some(row.as_str()));
    }

    #[test]
    fn trails_written_before_rows_read_as_before_and_bad_rows_are_dropped() {
        let fw = fw();
        let (entry, _) = decode_entry("facts>check", Some(&fw)).unwrap();
        assert_eq!(entry, Entry::returning(Screen::Facts, Some(Screen::CheckAnswers), None));
        assert_eq!(entry.row, None);
        for bad in ["facts>check#", "facts>check#Bad Row", "facts>check#a<b>", "facts>check#x/y"] {
            let (entry, _) = decode_entry(bad, Some(&fw)).unwrap();
            assert_eq!(entry.then, Some(Screen::CheckAnswers), "{bad}");
            assert_eq!(entry.row, None, "{bad}");
        }
        let long = format!("facts>check#{}", "a".repeat(121));
        assert_eq!(decode_entry(&long, Some(&fw)).unwrap().0.row, None);
        // A row without a screen to return to means nothing, so it is never kept or written.
        let (entry, _) = decode_entry("role/gone>results#target", Some(&fw)).unwrap();
        assert_eq!(entry, Entry::new(Screen::Results));
        assert_eq!(Entry::returning(Screen::Facts, None, Some("target".into())).row, None);
        let odd = Entry {
            screen: Screen::Facts,
            then: Some(Screen::CheckAnswers),
            row: Some("A B".into()),
        };
        assert_eq!(encode_entry(&odd, Some(&fw)).unwrap(), "facts>check");
    }

    #[test]
    fn the_back_link_with_nothing_behind_goes_to_the_screen_before_in_the_journey() {
        let fw = fw();
        let first_in_area = fw.competences_in(fw.competences[0].area).map(|(c, _)| c.get());
        let ixs: Vec<usize> = first_in_area.collect();
        assert_eq!(Screen::Rate(ixs[0]).parent(Some(&fw), false), Screen::TaskList);
        if ixs.len() > 1 {
            assert_eq!(Screen::Rate(ixs[1]).parent(Some(&fw), false), Screen::Rate(ixs[0]));
        }
        assert_eq!(Screen::Facts.parent(Some(&fw), true), Screen::CurrentRole);
        assert_eq!(Screen::Facts.parent(Some(&fw), false), Screen::Persona);
        assert_eq!(Screen::Role(RoleIx(0)).parent(Some(&fw), false), Screen::Results);
        assert_eq!(Screen::TakeAway.parent(None, false), Screen::Start);
        assert_eq!(Screen::About.parent(None, false), Screen::Start);
        assert_eq!(Screen::Accessibility.parent(None, true), Screen::Start);
        assert_eq!(Screen::About.parent(Some(&fw), false), Screen::TaskList);
        assert_eq!(Screen::Accessibility.parent(Some(&fw), true), Screen::TaskList);
    }
}
