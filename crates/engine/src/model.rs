//! The validated framework model the engine computes over.
//!
//! Everything here is produced by `hjcp-content` from the files in `frameworks/` after
//! validation, so the invariants below hold for any value the widget sees:
//! - every index (`CompetenceIx`, `RoleIx`, `AreaIx`, `LevelIx`, `LearningIx`) points into
//!   the framework's own vectors;
//! - `scale` is ordered from least to most proficient and has at least two steps;
//! - every `Requirement::proficiency` is a valid index into `scale`;
//! - routes do not form a cycle of promotions (lateral moves may go both ways).
//!
//! The model is `Serialize`/`Deserialize` only because the content compiler ships it to the
//! widget as compact postcard bytes; stored answers and exports have their own versioned types.

use serde::{Deserialize, Serialize};

/// A user-facing string with its optional Welsh translation and where its wording comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub en: String,
    pub cy: Option<String>,
    /// The provenance slot every text field has: official wording (with its source) or written
    /// for this tool. The compiler fills it from the item's provenance unless the field is cited.
    pub origin: Origin,
}

/// Where one text field's wording comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub provenance: Provenance,
    /// The source document it quotes, as an index into `Framework::sources`.
    pub source: Option<u16>,
    /// The short passage of that source the wording is taken from.
    pub passage: Option<String>,
}

impl Text {
    pub fn en(s: impl Into<String>) -> Text {
        Text { en: s.into(), cy: None, origin: Origin::default() }
    }

    /// The text in the requested language and whether it really is in that language
    /// (false when Welsh was asked for but only English exists, so the UI can mark `lang="en"`).
    pub fn get(&self, lang: Lang) -> (&str, bool) {
        match (lang, &self.cy) {
            (Lang::Cy, Some(cy)) => (cy.as_str(), true),
            (Lang::Cy, None) => (self.en.as_str(), false),
            (Lang::En, _) => (self.en.as_str(), true),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Cy,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "cy" => Some(Lang::Cy),
            _ => None,
        }
    }
}

/// Whether a statement is the source document's own wording or a summary written for this tool.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Provenance {
    Official,
    #[default]
    Illustrative,
}

macro_rules! index_type {
    ($name:ident) => {
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        pub struct $name(pub u32);
        impl $name {
            pub fn get(self) -> usize {
                self.0 as usize
            }
        }
    };
}
index_type!(AreaIx);
index_type!(CompetenceIx);
index_type!(RoleIx);
index_type!(LevelIx);
index_type!(LearningIx);
index_type!(RegistrationIx);

/// A step on the proficiency scale, as an index into `Framework::scale` (0 = least proficient).
pub type Proficiency = u8;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    pub frameworks: Vec<Framework>,
}

impl Catalog {
    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.id == id)
    }
}

/// A framework as the start and about screens list it before its content has been fetched:
/// what it is, whose it is, where it comes from ([`Framework::listing_only`]), how long rating
/// it takes in each language, and the file its whole content is in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listing {
    pub framework: Framework,
    /// English, then Welsh (`crate::progress::time_needed` needs the whole framework).
    pub time: [crate::progress::TimeNeeded; 2],
    /// The file holding the whole framework (`postcard`), beside the page; empty when the
    /// framework came whole.
    pub file: String,
}

impl Listing {
    pub fn of(framework: &Framework, file: String) -> Listing {
        Listing {
            framework: framework.listing_only(),
            time: [Lang::En, Lang::Cy].map(|lang| crate::progress::time_needed(framework, lang)),
            file,
        }
    }

    pub fn time(&self, lang: Lang) -> crate::progress::TimeNeeded {
        self.time[usize::from(lang == Lang::Cy)]
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Framework {
    /// Stable id, used in stored answers and URLs.
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub owner: Text,
    pub version: String,
    /// The source's own date, as precisely as it gives it (YYYY, YYYY-MM or YYYY-MM-DD), or
    /// empty when the source gives none.
    pub published: String,
    /// The date this version was written (YYYY-MM-DD), or empty when the file does not say.
    #[serde(default)]
    pub written: String,
    pub sources: Vec<Source>,
    pub notes: Text,
    /// Where the framework applies ("England and Wales"); empty when the file does not say.
    #[serde(default)]
    pub applies: Text,
    /// The framework's overall provenance: `Official` only if every item is official wording.
    pub provenance: Provenance,
    pub scale: Vec<ScaleStep>,
    pub levels: Vec<CareerLevel>,
    pub areas: Vec<Area>,
    pub competences: Vec<Competence>,
    pub roles: Vec<Role>,
    pub routes: Vec<Route>,
    pub learning: Vec<LearningOffer>,
    /// Professional registers entry requirements and routes can name (at most 64).
    pub registrations: Vec<Registration>,
    /// Corrections made to earlier versions, oldest first: what a returning person is told.
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// A correction of the framework's content that may change a person's advice: told once to
/// a returning person whose current or target role it names (or to everyone, naming none).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// The framework version that made it (`Framework::version`).
    pub version: String,
    /// What changed and why, in a sentence or two.
    pub text: Text,
    /// The roles whose path, plan or advice it changes; empty for everyone's.
    pub roles: Vec<RoleIx>,
}

impl Framework {
    /// The framework without its content: what the start and about screens show of it.
    /// Nothing that points into the content is kept (roles, corrections naming roles), so no
    /// index can outlive what it points at.
    pub fn listing_only(&self) -> Framework {
        Framework {
            id: self.id.clone(),
            title: self.title.clone(),
            summary: self.summary.clone(),
            owner: self.owner.clone(),
            version: self.version.clone(),
            published: self.published.clone(),
            written: self.written.clone(),
            sources: self.sources.clone(),
            applies: self.applies.clone(),
            provenance: self.provenance,
            ..Framework::default()
        }
    }

    pub fn competence_ix(&self, id: &str) -> Option<CompetenceIx> {
        self.competences.iter().position(|c| c.id == id).map(|i| CompetenceIx(i as u32))
    }
    pub fn role_ix(&self, id: &str) -> Option<RoleIx> {
        self.roles.iter().position(|r| r.id == id).map(|i| RoleIx(i as u32))
    }
    pub fn competence(&self, ix: CompetenceIx) -> &Competence {
        &self.competences[ix.get()]
    }
    pub fn role(&self, ix: RoleIx) -> &Role {
        &self.roles[ix.get()]
    }
    pub fn area(&self, ix: AreaIx) -> &Area {
        &self.areas[ix.get()]
    }
    pub fn level(&self, ix: LevelIx) -> &CareerLevel {
        &self.levels[ix.get()]
    }
    /// The competences of one area, in file order.
    pub fn competences_in(
        &self,
        area: AreaIx,
    ) -> impl Iterator<Item = (CompetenceIx, &Competence)> {
        self.competences
            .iter()
            .enumerate()
            .filter(move |(_, c)| c.area == area)
            .map(|(i, c)| (CompetenceIx(i as u32), c))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    /// Free-text date or edition, as the document gives it.
    pub date: String,
    /// Where the publisher gives it online, when the source document names an address.
    pub url: Option<String>,
}

/// A professional register (Nursing and Midwifery Council, Social Work England...).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    pub id: String,
    pub title: Text,
}

/// One step of the proficiency scale, described in plain language (never a bare number).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScaleStep {
    pub id: String,
    pub label: Text,
    /// What a person at this step can say about themselves ("I can do this without help...").
    pub descriptor: Text,
}

/// A career level: Skills for Health level, HMPPS band, or framework tier.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CareerLevel {
    pub id: String,
    pub label: Text,
    /// Orders levels within a framework; higher is more senior.
    pub rank: u16,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Area {
    pub id: String,
    pub title: Text,
    pub description: Text,
    pub provenance: Provenance,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Competence {
    pub id: String,
    pub area: AreaIx,
    pub title: Text,
    pub description: Text,
    /// What the competence looks like at a given step of the scale; may skip steps.
    pub indicators: Vec<(Proficiency, Text)>,
    pub provenance: Provenance,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub id: String,
    pub title: Text,
    /// Job family or service area ("Operational prison roles", "Liaison and diversion").
    pub family: Text,
    pub level: LevelIx,
    pub scope: Text,
    pub entry: Vec<EntryRequirement>,
    pub training: Vec<Text>,
    pub requires: Vec<Requirement>,
    /// True when people can apply from outside the service without holding another role first.
    pub open_to_applicants: bool,
    /// True when the role's main requirement is lived experience (peer roles), so the card can
    /// say so. The tool never asks a person about their own experience of this.
    pub lived_experience: bool,
    /// Whether the role is operational (front-line prison or probation work), when the
    /// framework says; learning offers can be limited to operational or non-operational staff.
    pub operational: Option<bool>,
    /// The publisher's page for the role (where to apply or read more), when a source gives one.
    pub url: Option<String>,
    pub provenance: Provenance,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requirement {
    pub competence: CompetenceIx,
    pub proficiency: Proficiency,
}

/// Something a person can hold: what an entry requirement asks for and what a route gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Credential {
    /// A qualification at or above this RQF / CQFW level (2 = GCSE grades 9–4, 6 = degree).
    QualificationLevel(u8),
    /// At least this many years of relevant experience (paid or voluntary).
    ExperienceYears(u8),
    /// Registration with a professional body in `Framework::registrations`.
    Registration(RegistrationIx),
    /// Anything else, in the option's words: the person checks it for themselves ("unknown").
    Other,
}

/// One way of meeting an entry requirement, with the words shown for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryOption {
    pub credential: Credential,
    pub text: Text,
}

/// An entry requirement: met when any one of its options is met ("a Level 5 qualification, or
/// equivalent relevant experience"). A role's requirements all apply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryRequirement {
    /// At least one option.
    pub any_of: Vec<EntryOption>,
    /// The requirement as a whole, in the framework's words (the single option's text when
    /// there is one option).
    pub text: Text,
}

impl EntryRequirement {
    /// A requirement with one option, whose words are the requirement's.
    pub fn single(credential: Credential, text: Text) -> EntryRequirement {
        EntryRequirement { any_of: vec![EntryOption { credential, text: text.clone() }], text }
    }

    pub fn text(&self) -> &Text {
        &self.text
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RouteKind {
    /// Applying for a more senior role in the usual way.
    Promotion,
    /// An accelerated scheme (OSG to Prison Officer fast track, Spark).
    FastTrack,
    /// Learning while earning, towards a qualification and the role.
    Apprenticeship,
    /// A qualification programme that leads to the role (PQiP).
    Qualification,
    /// A move to another role at about the same level.
    Lateral,
    /// Applying directly from outside the service.
    DirectEntry,
}

impl RouteKind {
    pub const ALL: [RouteKind; 6] = [
        RouteKind::Promotion,
        RouteKind::FastTrack,
        RouteKind::Apprenticeship,
        RouteKind::Qualification,
        RouteKind::Lateral,
        RouteKind::DirectEntry,
    ];
    pub fn id(self) -> &'static str {
        match self {
            RouteKind::Promotion => "promotion",
            RouteKind::FastTrack => "fast-track",
            RouteKind::Apprenticeship => "apprenticeship",
            RouteKind::Qualification => "qualification",
            RouteKind::Lateral => "lateral",
            RouteKind::DirectEntry => "direct-entry",
        }
    }
    pub fn from_id(id: &str) -> Option<RouteKind> {
        RouteKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// A way from one role to another. `from: None` is a route in from outside the service
/// (an apprenticeship or direct entry an applicant can take).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Route {
    pub from: Option<RoleIx>,
    pub to: RoleIx,
    pub kind: RouteKind,
    /// Typical length in months.
    pub months: u16,
    /// A shorter length for people who already hold something (PQiP: 15 months rather than 21
    /// after study at Level 5).
    pub shorter: Option<ShorterLength>,
    pub requirements: Text,
    /// What a person needs before starting the route (PQiP: a Level 5 qualification or
    /// equivalent study), as for a role; judged on what they hold when they start it.
    pub entry: Vec<EntryRequirement>,
    /// What completing the route gives a person (a qualification, a registration, experience),
    /// which can meet the entry requirements of the role it leads to and of later ones.
    pub gives: Vec<Credential>,
    /// The publisher's page for the route or scheme, when a source gives one.
    pub url: Option<String>,
    pub provenance: Provenance,
}

/// A route's shorter length and who it applies to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShorterLength {
    pub months: u16,
    pub when: EntryOption,
}

/// Who can take a learning offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    /// People outside the service can take it.
    pub applicants: bool,
    /// Staff can take it.
    pub staff: bool,
    /// Only staff in operational (`Some(true)`) or non-operational (`Some(false)`) roles.
    pub operational: Option<bool>,
    /// Provided by the employer to its own staff (so not open to applicants).
    pub employer_provided: bool,
    /// Only staff in these roles (the OSG to Prison Officer fast track is for OSGs); empty
    /// means any role.
    pub roles: Vec<RoleIx>,
    /// Only for people joining the service (an induction such as the Care Certificate): offered
    /// in the first role of a path from outside, never to someone already in a role.
    pub new_starters: bool,
}

impl Default for Audience {
    fn default() -> Audience {
        Audience {
            applicants: true,
            staff: true,
            operational: None,
            employer_provided: false,
            roles: Vec::new(),
            new_starters: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearningOffer {
    pub id: String,
    pub title: Text,
    pub description: Text,
    pub provider: Text,
    /// Kind of offer: "e-learning", "apprenticeship", "programme", "coaching", "course", or
    /// "reference" (a document to use, such as a handbook) or "support" (a service or policy
    /// to turn to, not a course).
    pub format: String,
    pub builds: Vec<CompetenceIx>,
    pub audience: Audience,
    /// The qualification level the offer is at (an apprenticeship at Level 3), if it is one.
    pub level: Option<u8>,
    /// What a person needs before starting it, as for a role.
    pub entry: Vec<EntryRequirement>,
    /// The publisher's page for the offer, when a source gives one.
    pub url: Option<String>,
    pub provenance: Provenance,
}
