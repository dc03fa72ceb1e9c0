//! CASE interchange: 1EdTech Competencies and Academic Standards Exchange 1.0 `CFPackage` JSON.
//!
//! [`export`] turns a compiled framework into a package any CASE tool can read; [`import`]
//! turns any CASE package into a framework file (TOML) that an owner can finish by hand and
//! that always compiles.
//!
//! Mapping (ours → CASE):
//!
//! | framework file                | CASE                                                                 |
//! |-------------------------------|----------------------------------------------------------------------|
//! | `[framework]`                 | `CFDocument` (title, creator = owner, description = summary, version, adoptionStatus, notes with provenance, sources and Welsh) |
//! | `[[areas]]`                   | `CFItem` of type "Domain", `isChildOf` the document                  |
//! | `[[competences]]`             | `CFItem` of type "Competency", `isChildOf` its area                  |
//! | `[[roles]]`                   | `CFItem` of type "Job Role" (outside the isChildOf tree)             |
//! | `[roles.requires]`            | `isRelatedTo` role → competence, the scale step in the extension     |
//! | `[[routes]]` with `from`      | `precedes` from role → to role, kind and months in the extension     |
//! | `[[learning]]`                | `CFItem` of type "Learning Offer", `isRelatedTo` each competence it builds |
//! | `[[scale]]`                   | `CFRubric` with a criterion for the scale and one per competence with indicators; each step a `CFRubricCriterionLevel` (quality = label, description = descriptor or indicator, score = step index) |
//! | id                            | `humanCodingScheme`; `identifier` is a name-based UUID (v5) of framework id + kind + id |
//! | `[[registrations]]`, source urls, `cite` | `extensions.hjcp` of the document (`registrations`, `sources`, `cite`, and the `[framework]` provenance as `default_provenance`) |
//! | entry requirements (`any_of` options), lived experience, operational, url | `extensions.hjcp` of the role (`entry`, in the file's own form), a sentence in `notes` |
//! | a route's `shorter`, `gives`, `url` | the route's `extensions.hjcp` (on its `precedes` association, or in `routes_in` of the role for a route from outside) |
//! | a learning offer's audience, operational, employer_provided, level, entry, url | its `extensions.hjcp`, a sentence in `notes` |
//! | `cite` of any table | `cite` beside that table's other extension data (`indicators_cite` for indicators) |
//! | Welsh, provenance, levels, anything CASE has no field for | `notes` (for people) and `extensions.hjcp` (for the round trip) |
//!
//! Identifiers and dates are derived from the framework alone, so exporting the same file
//! twice gives the same bytes.

use std::collections::{HashMap, HashSet};
use std::fmt;

use hjcp_engine::model::{self as m, Framework, Provenance, Text};
use serde_json::{json, Map, Value};
use uuid::Uuid;

/// Key of the extension object this tool adds to CASE objects that allow extra properties.
const EXT: &str = "hjcp";

/// Options for [`export_with`].
#[derive(Clone, Debug, Default)]
pub struct ExportOptions {
    /// Where the package will be served, e.g. "https://example.org"; URIs become
    /// `{base}/ims/case/v1p0/CFItems/{uuid}`. Without it they are `urn:uuid:{uuid}`.
    pub base_uri: Option<String>,
}

/// Exports a framework as a CASE 1.0 `CFPackage`.
pub fn export(framework: &Framework) -> Value {
    export_with(framework, &ExportOptions::default())
}

fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:hjcp:case:v1")
}

struct Exporter<'f> {
    f: &'f Framework,
    base: Option<String>,
    ns: Uuid,
    date: String,
    doc_link: Value,
}

impl Exporter<'_> {
    fn uuid(&self, key: &str) -> String {
        Uuid::new_v5(&self.ns, format!("{}/{key}", self.f.id).as_bytes()).to_string()
    }

    fn uri(&self, collection: &str, uuid: &str) -> String {
        match &self.base {
            Some(base) => {
                format!("{}/ims/case/v1p0/{collection}/{uuid}", base.trim_end_matches('/'))
            }
            None => format!("urn:uuid:{uuid}"),
        }
    }

    fn link(&self, collection: &str, key: &str, title: &str) -> Value {
        let id = self.uuid(key);
        json!({ "title": title, "identifier": id, "uri": self.uri(collection, &id) })
    }

    fn item_type(&self, name: &str, description: &str, code: &str) -> (Value, Value) {
        // Item types are shared by every framework this tool exports.
        let id = Uuid::new_v5(&self.ns, format!("item-type/{name}").as_bytes()).to_string();
        let uri = self.uri("CFItemTypes", &id);
        let def = json!({
            "identifier": id, "uri": uri, "title": name, "description": description,
            "hierarchyCode": code, "typeCode": name, "lastChangeDateTime": self.date,
        });
        (def, json!({ "title": name, "identifier": id, "uri": uri }))
    }

    #[allow(clippy::too_many_arguments)]
    fn item(
        &self,
        key: &str,
        code: &str,
        title: &Text,
        description: &Text,
        provenance: Provenance,
        ty: &Value,
        notes: String,
        mut ext: Map<String, Value>,
    ) -> Value {
        let id = self.uuid(key);
        ext.insert("provenance".into(), provenance_id(provenance).into());
        insert_cy(&mut ext, "title_cy", title);
        insert_cy(&mut ext, "description_cy", description);
        let mut notes = vec![notes, provenance_note(provenance)];
        notes.extend(welsh_note("Welsh title", title));
        notes.extend(welsh_note("Welsh description", description));
        notes.retain(|n| !n.is_empty());
        json!({
            "identifier": id,
            "uri": self.uri("CFItems", &id),
            "fullStatement": full_statement(title, description),
            "abbreviatedStatement": title.en,
            "humanCodingScheme": code,
            "CFItemType": ty["title"],
            "CFItemTypeURI": ty,
            "language": "en",
            "notes": notes.join("\n"),
            "lastChangeDateTime": self.date,
            "CFDocumentURI": self.doc_link,
            "extensions": { EXT: ext },
        })
    }

    fn association(
        &self,
        key: &str,
        kind: &str,
        origin: &Value,
        destination: &Value,
        sequence: Option<usize>,
        ext: Option<Value>,
    ) -> Value {
        let id = self.uuid(&format!("association/{kind}/{key}"));
        let mut a = json!({
            "identifier": id,
            "uri": self.uri("CFAssociations", &id),
            "associationType": kind,
            "originNodeURI": origin,
            "destinationNodeURI": destination,
            "lastChangeDateTime": self.date,
            "CFDocumentURI": self.doc_link,
        });
        if let Some(seq) = sequence {
            a["sequenceNumber"] = json!(seq);
        }
        if let Some(ext) = ext {
            a["extensions"] = json!({ EXT: ext });
        }
        a
    }

    fn rubric_level(
        &self,
        key: &str,
        criterion_id: &str,
        step: usize,
        quality: &str,
        description: &str,
    ) -> Value {
        let id = self.uuid(key);
        json!({
            "identifier": id,
            "uri": self.uri("CFRubricCriterionLevels", &id),
            "quality": quality,
            "description": description,
            "score": step as f64,
            "position": step + 1,
            "rubricCriterionId": criterion_id,
            "lastChangeDateTime": self.date,
        })
    }
}

/// Exports a framework as a CASE 1.0 `CFPackage`, with URIs under `options.base_uri`.
pub fn export_with(framework: &Framework, options: &ExportOptions) -> Value {
    let f = framework;
    let ns = namespace();
    // CASE wants a full date and time for when the document last changed: the day this version
    // was written, or failing that the source's own date made whole (2023-02 → 2023-02-01).
    let day = if !f.written.is_empty() {
        f.written.clone()
    } else {
        match f.published.len() {
            4 => format!("{}-01-01", f.published),
            7 => format!("{}-01", f.published),
            _ => f.published.clone(),
        }
    };
    let date = format!("{day}T00:00:00+00:00");
    let doc_id = Uuid::new_v5(&ns, f.id.as_bytes()).to_string();
    let mut x = Exporter { f, base: options.base_uri.clone(), ns, date, doc_link: Value::Null };
    let doc_uri = x.uri("CFDocuments", &doc_id);
    x.doc_link = json!({ "title": f.title.en, "identifier": doc_id, "uri": doc_uri });

    // The document.
    let mut doc_notes = vec![provenance_note(f.provenance)];
    if !f.notes.en.is_empty() {
        doc_notes.push(f.notes.en.clone());
    }
    if !f.applies.en.is_empty() {
        doc_notes.push(format!("Where it applies: {}", f.applies.en));
    }
    for s in &f.sources {
        let date = if s.date.is_empty() { String::new() } else { format!(", {}", s.date) };
        let url = s.url.as_ref().map(|u| format!(" Online: {u}")).unwrap_or_default();
        doc_notes.push(format!("Source: {} ({}{date}).{url}", s.title, s.publisher));
    }
    doc_notes.extend(welsh_note("Welsh title", &f.title));
    doc_notes.extend(welsh_note("Welsh summary", &f.summary));
    let mut doc_ext = Map::new();
    doc_ext.insert("frameworkId".into(), f.id.clone().into());
    if !f.published.is_empty() {
        doc_ext.insert("published".into(), f.published.clone().into());
    }
    if !f.written.is_empty() {
        doc_ext.insert("written".into(), f.written.clone().into());
    }
    doc_ext.insert("provenance".into(), provenance_id(f.provenance).into());
    doc_ext.insert("default_provenance".into(), provenance_id(default_provenance(f)).into());
    insert_cites(
        &mut doc_ext,
        &[
            ("title", &f.title),
            ("summary", &f.summary),
            ("owner", &f.owner),
            ("notes", &f.notes),
            ("applies", &f.applies),
        ],
    );
    insert_cy(&mut doc_ext, "title_cy", &f.title);
    insert_cy(&mut doc_ext, "summary_cy", &f.summary);
    insert_cy(&mut doc_ext, "owner_cy", &f.owner);
    if !f.notes.en.is_empty() {
        doc_ext.insert("notes".into(), f.notes.en.clone().into());
        insert_cy(&mut doc_ext, "notes_cy", &f.notes);
    }
    if !f.applies.en.is_empty() {
        doc_ext.insert("applies".into(), f.applies.en.clone().into());
        insert_cy(&mut doc_ext, "applies_cy", &f.applies);
    }
    doc_ext.insert(
        "sources".into(),
        f.sources
            .iter()
            .map(|s| json!({ "title": s.title, "publisher": s.publisher, "date": s.date, "url": s.url }))
            .collect(),
    );
    if !f.corrections.is_empty() {
        doc_ext.insert(
            "corrections".into(),
            f.corrections
                .iter()
                .map(|c| {
                    let roles: Vec<&str> = c.roles.iter().map(|r| f.role(*r).id.as_str()).collect();
                    json!({ "version": c.version, "text": c.text.en, "text_cy": c.text.cy, "roles": roles })
                })
                .collect(),
        );
    }
    doc_ext.insert(
        "registrations".into(),
        f.registrations
            .iter()
            .map(|g| {
                json!({ "id": g.id, "title": g.title.en, "title_cy": g.title.cy, "cite": cites(&[("title", &g.title)]) })
            })
            .collect(),
    );
    doc_ext.insert(
        "scale".into(),
        f.scale
            .iter()
            .map(|s| {
                json!({ "id": s.id, "label_cy": s.label.cy, "descriptor_cy": s.descriptor.cy,
                        "cite": cites(&[("label", &s.label), ("descriptor", &s.descriptor)]) })
            })
            .collect(),
    );
    doc_ext.insert(
        "levels".into(),
        f.levels.iter().map(|l| json!({ "id": l.id, "label": l.label.en, "label_cy": l.label.cy, "rank": l.rank, "cite": cites(&[("label", &l.label)]) })).collect(),
    );
    let document = json!({
        "identifier": doc_id,
        "uri": doc_uri,
        "creator": f.owner.en,
        "publisher": f.owner.en,
        "title": f.title.en,
        "description": f.summary.en,
        "lastChangeDateTime": x.date,
        "version": f.version,
        "adoptionStatus": if f.provenance == Provenance::Official { "Adopted" } else { "Draft" },
        "statusStartDate": day,
        "language": "en",
        "notes": doc_notes.join("\n"),
        "extensions": { EXT: doc_ext },
    });

    let (domain_def, domain) = x.item_type("Domain", "An area of related competences.", "1");
    let (competency_def, competency) = x.item_type(
        "Competency",
        "Something a person can do, rated on the proficiency scale.",
        "2",
    );
    let (role_def, role_ty) =
        x.item_type("Job Role", "A role in a career pathway, with the competences it needs.", "3");
    let (learning_def, learning_ty) =
        x.item_type("Learning Offer", "Training or development that builds competences.", "4");
    let mut item_types = vec![domain_def, competency_def];

    let mut items = Vec::new();
    let mut associations = Vec::new();
    let area_link = |a: &m::Area| x.link("CFItems", &format!("area/{}", a.id), &a.title.en);
    let competence_link =
        |c: &m::Competence| x.link("CFItems", &format!("competence/{}", c.id), &c.title.en);
    let role_link = |r: &m::Role| x.link("CFItems", &format!("role/{}", r.id), &r.title.en);

    for (ai, a) in f.areas.iter().enumerate() {
        let mut ext = Map::new();
        ext.insert("kind".into(), "area".into());
        insert_cites(&mut ext, &[("title", &a.title), ("description", &a.description)]);
        items.push(x.item(
            &format!("area/{}", a.id),
            &a.id,
            &a.title,
            &a.description,
            a.provenance,
            &domain,
            String::new(),
            ext,
        ));
        associations.push(x.association(
            &format!("area/{}", a.id),
            "isChildOf",
            &area_link(a),
            &x.doc_link,
            Some(ai + 1),
            None,
        ));
        for (ci, (_, c)) in f.competences_in(m::AreaIx(ai as u32)).enumerate() {
            let mut ext = Map::new();
            ext.insert("kind".into(), "competence".into());
            let indicators_cy: Map<String, Value> = c
                .indicators
                .iter()
                .filter_map(|(p, t)| Some((f.scale[*p as usize].id.clone(), t.cy.clone()?.into())))
                .collect();
            if !indicators_cy.is_empty() {
                ext.insert("indicators_cy".into(), indicators_cy.into());
            }
            let indicators_cite: Map<String, Value> = c
                .indicators
                .iter()
                .filter_map(|(p, t)| Some((f.scale[*p as usize].id.clone(), cite_of(t)?)))
                .collect();
            if !indicators_cite.is_empty() {
                ext.insert("indicators_cite".into(), indicators_cite.into());
            }
            insert_cites(&mut ext, &[("title", &c.title), ("description", &c.description)]);
            items.push(x.item(
                &format!("competence/{}", c.id),
                &c.id,
                &c.title,
                &c.description,
                c.provenance,
                &competency,
                String::new(),
                ext,
            ));
            associations.push(x.association(
                &format!("competence/{}", c.id),
                "isChildOf",
                &competence_link(c),
                &area_link(a),
                Some(ci + 1),
                None,
            ));
        }
    }

    if !f.roles.is_empty() {
        item_types.push(role_def);
    }
    for r in &f.roles {
        let level = &f.levels[r.level.get()];
        let mut notes =
            vec![format!("Job family: {}. Career level: {}.", r.family.en, level.label.en)];
        if r.open_to_applicants {
            notes.push("Open to applicants from outside the service.".into());
        }
        if r.lived_experience {
            notes.push("The main requirement is lived experience.".into());
        }
        match r.operational {
            Some(true) => notes.push("An operational (front-line) role.".into()),
            Some(false) => notes.push("A non-operational role.".into()),
            None => {}
        }
        if let Some(url) = &r.url {
            notes.push(format!("More about the role: {url}"));
        }
        for e in &r.entry {
            notes.push(format!("Entry requirement: {}", e.text().en));
        }
        for t in &r.training {
            notes.push(format!("Training: {}", t.en));
        }
        let mut ext = Map::new();
        ext.insert("kind".into(), "role".into());
        ext.insert("family".into(), r.family.en.clone().into());
        insert_cy(&mut ext, "family_cy", &r.family);
        ext.insert("level".into(), level.id.clone().into());
        ext.insert("open_to_applicants".into(), r.open_to_applicants.into());
        ext.insert("lived_experience".into(), r.lived_experience.into());
        if let Some(operational) = r.operational {
            ext.insert("operational".into(), operational.into());
        }
        if let Some(url) = &r.url {
            ext.insert("url".into(), url.clone().into());
        }
        let training_cite: Vec<(&str, &Text)> =
            r.training.first().map(|t| ("training", t)).into_iter().collect();
        insert_cites(
            &mut ext,
            &[
                &[("title", &r.title), ("family", &r.family), ("scope", &r.scope)][..],
                &training_cite,
            ]
            .concat(),
        );
        ext.insert("entry".into(), r.entry.iter().map(|e| entry_ext(f, e, r.provenance)).collect());
        ext.insert(
            "training".into(),
            r.training.iter().map(|t| json!({ "text": t.en, "text_cy": t.cy })).collect(),
        );
        let me = f.role_ix(&r.id);
        let routes_in: Vec<Value> = f
            .routes
            .iter()
            .enumerate()
            .filter(|(_, rt)| rt.from.is_none() && Some(rt.to) == me)
            .map(|(i, rt)| route_ext(f, i, rt))
            .collect();
        if !routes_in.is_empty() {
            ext.insert("routes_in".into(), routes_in.into());
        }
        items.push(x.item(
            &format!("role/{}", r.id),
            &r.id,
            &r.title,
            &r.scope,
            r.provenance,
            &role_ty,
            notes.join("\n"),
            ext,
        ));
        for q in &r.requires {
            let c = f.competence(q.competence);
            associations.push(x.association(
                &format!("requires/{}/{}", r.id, c.id),
                "isRelatedTo",
                &role_link(r),
                &competence_link(c),
                None,
                Some(json!({ "kind": "requires", "step": f.scale[q.proficiency as usize].id })),
            ));
        }
    }
    for (i, route) in f.routes.iter().enumerate() {
        if let Some(from) = route.from {
            let (from, to) = (f.role(from), f.role(route.to));
            associations.push(x.association(
                &format!("route/{}/{}/{}", route.kind.id(), from.id, to.id),
                "precedes",
                &role_link(from),
                &role_link(to),
                None,
                Some(route_ext(f, i, route)),
            ));
        }
    }

    if !f.learning.is_empty() {
        item_types.push(learning_def);
    }
    for l in &f.learning {
        let mut ext = Map::new();
        ext.insert("kind".into(), "learning".into());
        ext.insert("provider".into(), l.provider.en.clone().into());
        insert_cy(&mut ext, "provider_cy", &l.provider);
        ext.insert("format".into(), l.format.clone().into());
        let a = &l.audience;
        let audience: Vec<&str> = [(a.applicants, "applicant"), (a.staff, "staff")]
            .into_iter()
            .filter_map(|(yes, who)| yes.then_some(who))
            .collect();
        ext.insert("audience".into(), json!(audience));
        if let Some(operational) = a.operational {
            ext.insert("operational".into(), operational.into());
        }
        ext.insert("employer_provided".into(), a.employer_provided.into());
        if !a.roles.is_empty() {
            let roles: Vec<&str> = a.roles.iter().map(|r| f.roles[r.get()].id.as_str()).collect();
            ext.insert("roles".into(), json!(roles));
        }
        if a.new_starters {
            ext.insert("new_starters".into(), true.into());
        }
        if let Some(level) = l.level {
            ext.insert("level".into(), level.into());
        }
        if let Some(url) = &l.url {
            ext.insert("url".into(), url.clone().into());
        }
        ext.insert("entry".into(), l.entry.iter().map(|e| entry_ext(f, e, l.provenance)).collect());
        insert_cites(
            &mut ext,
            &[("title", &l.title), ("description", &l.description), ("provider", &l.provider)],
        );
        let mut notes = vec![format!("Provider: {}. Format: {}.", l.provider.en, l.format)];
        notes.push(
            match (a.applicants, a.staff, a.operational) {
                (true, true, _) => "For applicants and staff.",
                (true, false, _) => "For applicants only.",
                (false, true, Some(true)) => "For staff in operational roles only.",
                (false, true, Some(false)) => "For staff in non-operational roles only.",
                _ => "For staff only.",
            }
            .into(),
        );
        if let Some(level) = l.level {
            notes.push(format!("Qualification level: {level}."));
        }
        if let Some(url) = &l.url {
            notes.push(format!("More about it: {url}"));
        }
        let notes = notes.join(" ");
        items.push(x.item(
            &format!("learning/{}", l.id),
            &l.id,
            &l.title,
            &l.description,
            l.provenance,
            &learning_ty,
            notes,
            ext,
        ));
        let origin = x.link("CFItems", &format!("learning/{}", l.id), &l.title.en);
        for c in &l.builds {
            let c = f.competence(*c);
            associations.push(x.association(
                &format!("builds/{}/{}", l.id, c.id),
                "isRelatedTo",
                &origin,
                &competence_link(c),
                None,
                Some(json!({ "kind": "builds" })),
            ));
        }
    }

    // The proficiency scale as a rubric: one criterion for the scale itself, then one per
    // competence that describes what it looks like at each step.
    let rubric_id = x.uuid("rubric");
    let mut criteria = Vec::new();
    let scale_criterion = x.uuid("rubric/scale");
    criteria.push(json!({
        "identifier": scale_criterion,
        "uri": x.uri("CFRubricCriteria", &scale_criterion),
        "category": "Proficiency scale",
        "description": "The steps people rate themselves on, from least to most proficient.",
        "position": 0,
        "rubricId": rubric_id,
        "lastChangeDateTime": x.date,
        "CFRubricCriterionLevels": f.scale.iter().enumerate()
            .map(|(i, s)| x.rubric_level(&format!("rubric/scale/{}", s.id), &scale_criterion, i, &s.label.en, &s.descriptor.en))
            .collect::<Vec<_>>(),
    }));
    for (ci, c) in f.competences.iter().enumerate().filter(|(_, c)| !c.indicators.is_empty()) {
        let crit = x.uuid(&format!("rubric/competence/{}", c.id));
        let levels: Vec<Value> = f
            .scale
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let text = c
                    .indicators
                    .iter()
                    .find(|(p, _)| *p as usize == i)
                    .map(|(_, t)| t.en.as_str())
                    .unwrap_or(&s.descriptor.en);
                x.rubric_level(
                    &format!("rubric/competence/{}/{}", c.id, s.id),
                    &crit,
                    i,
                    &s.label.en,
                    text,
                )
            })
            .collect();
        criteria.push(json!({
            "identifier": crit,
            "uri": x.uri("CFRubricCriteria", &crit),
            "category": f.area(c.area).title.en,
            "description": c.title.en,
            "CFItemURI": competence_link(c),
            "position": ci + 1,
            "rubricId": rubric_id,
            "lastChangeDateTime": x.date,
            "CFRubricCriterionLevels": levels,
        }));
    }
    let rubric = json!({
        "identifier": rubric_id,
        "uri": x.uri("CFRubrics", &rubric_id),
        "title": format!("{}: proficiency scale", f.title.en),
        "description": "How well a person can do each competence, in plain language.",
        "lastChangeDateTime": x.date,
        "CFRubricCriteria": criteria,
    });

    json!({
        "CFDocument": document,
        "CFItems": items,
        "CFAssociations": associations,
        "CFDefinitions": {
            "CFConcepts": [], "CFSubjects": [], "CFLicenses": [],
            "CFItemTypes": item_types,
            "CFAssociationGroupings": [],
        },
        "CFRubrics": [rubric],
    })
}

/// `position` is the route's place in the file, so an import lists routes in the same order.
fn route_ext(f: &Framework, position: usize, r: &m::Route) -> Value {
    let mut v = json!({
        "position": position,
        "kind": r.kind.id(),
        "months": r.months,
        "requirements": r.requirements.en,
        "requirements_cy": r.requirements.cy,
        "provenance": provenance_id(r.provenance),
    });
    if let Some(s) = &r.shorter {
        v["shorter"] = option_ext(f, &s.when);
        v["shorter"]["months"] = json!(s.months);
    }
    if !r.gives.is_empty() {
        let mut gives = json!({});
        let mut registrations = Vec::new();
        for g in &r.gives {
            match g {
                m::Credential::QualificationLevel(q) => gives["qualification_level"] = json!(q),
                m::Credential::ExperienceYears(y) => gives["experience_years"] = json!(y),
                m::Credential::Registration(ix) => {
                    registrations.push(&f.registrations[ix.get()].id)
                }
                m::Credential::Other => {}
            }
        }
        if !registrations.is_empty() {
            gives["registrations"] = json!(registrations);
        }
        v["gives"] = gives;
    }
    if !r.entry.is_empty() {
        v["entry"] = r.entry.iter().map(|e| entry_ext(f, e, r.provenance)).collect();
    }
    if let Some(url) = &r.url {
        v["url"] = json!(url);
    }
    if let Some(c) = cites(&[("requirements", &r.requirements)]) {
        v["cite"] = c;
    }
    v
}

/// An entry requirement for the extension data, in the form the file would have: one option
/// written in the table itself, or `any_of` options with the requirement's own text only when
/// the compiler would not make the same words from the options.
fn entry_ext(f: &Framework, e: &m::EntryRequirement, provenance: Provenance) -> Value {
    if let [only] = e.any_of.as_slice() {
        if only.text == e.text {
            return option_ext(f, only);
        }
    }
    let mut v = json!({ "any_of": e.any_of.iter().map(|o| option_ext(f, o)).collect::<Vec<_>>() });
    let derived = match e.any_of.as_slice() {
        [_] => None,
        options => Some(crate::compile::joined(options, provenance)),
    };
    if derived.as_ref() != Some(&e.text) {
        v["text"] = json!(e.text.en);
        v["text_cy"] = json!(e.text.cy);
        if let Some(c) = cites(&[("text", &e.text)]) {
            v["cite"] = c;
        }
    }
    v
}

/// An entry option (or what a route's `shorter` length asks for): its text and at most one kind.
fn option_ext(f: &Framework, o: &m::EntryOption) -> Value {
    let mut v = json!({ "text": o.text.en, "text_cy": o.text.cy });
    match o.credential {
        m::Credential::QualificationLevel(level) => v["qualification_level"] = json!(level),
        m::Credential::ExperienceYears(years) => v["experience_years"] = json!(years),
        m::Credential::Registration(ix) => v["registration"] = json!(f.registrations[ix.get()].id),
        m::Credential::Other => {}
    }
    if let Some(c) = cites(&[("text", &o.text)]) {
        v["cite"] = c;
    }
    v
}

/// `{ source, passage }` for a text whose wording is cited from a source.
fn cite_of(t: &Text) -> Option<Value> {
    Some(json!({ "source": t.origin.source?, "passage": t.origin.passage }))
}

/// The `cite` table of an item: field name → source, for its cited text fields.
fn cites(fields: &[(&str, &Text)]) -> Option<Value> {
    let map: Map<String, Value> =
        fields.iter().filter_map(|(k, t)| Some((k.to_string(), cite_of(t)?))).collect();
    (!map.is_empty()).then(|| map.into())
}

fn insert_cites(ext: &mut Map<String, Value>, fields: &[(&str, &Text)]) {
    if let Some(c) = cites(fields) {
        ext.insert("cite".into(), c);
    }
}

/// The provenance the file gave in `[framework]`: that of any text that takes it and is not
/// cited (the framework's own texts, scale steps, levels, registrations), or, when all of
/// them are cited, the overall provenance (which then changes nothing else).
fn default_provenance(f: &Framework) -> Provenance {
    [&f.title, &f.summary, &f.owner, &f.notes]
        .into_iter()
        .chain(f.scale.iter().flat_map(|s| [&s.label, &s.descriptor]))
        .chain(f.levels.iter().map(|l| &l.label))
        .chain(f.registrations.iter().map(|g| &g.title))
        .find(|t| t.origin.source.is_none())
        .map_or(f.provenance, |t| t.origin.provenance)
}

fn provenance_id(p: Provenance) -> &'static str {
    match p {
        Provenance::Official => "official",
        Provenance::Illustrative => "illustrative",
    }
}

fn provenance_note(p: Provenance) -> String {
    match p {
        Provenance::Official => "Provenance: official (the source document's own wording).".into(),
        Provenance::Illustrative => "Provenance: illustrative (a plain-language summary written for Health & Justice Career Pathways, not the source's wording).".into(),
    }
}

fn welsh_note(what: &str, t: &Text) -> Option<String> {
    t.cy.as_ref().map(|cy| format!("{what} (Cymraeg): {cy}"))
}

fn insert_cy(ext: &mut Map<String, Value>, key: &str, t: &Text) {
    if let Some(cy) = &t.cy {
        ext.insert(key.into(), cy.clone().into());
    }
}

/// The title, followed by the description when there is one: "I give medicines safely. Covers …".
fn full_statement(title: &Text, description: &Text) -> String {
    if description.en.is_empty() {
        title.en.clone()
    } else if title.en.ends_with(['.', '!', '?', ':']) {
        format!("{} {}", title.en, description.en)
    } else {
        format!("{}. {}", title.en, description.en)
    }
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

/// Why a CASE package could not be turned into a framework file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The text is not JSON at all.
    Json { line: usize, column: usize, message: String },
    /// JSON, but not shaped like a CFPackage.
    NotAPackage(String),
    /// Package-shaped, but without its CFDocument.
    MissingDocument,
    /// A field that must be there is missing or has the wrong type; `field` is its JSON path.
    Field { field: String, problem: String },
    /// An association names a node that is neither the document nor an item of the package.
    Dangling { field: String, identifier: String },
    /// The converted file did not validate (a bug, or extension data edited by hand).
    Unconvertible(Vec<String>),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Json { line, column, message } => write!(f, "this is not valid JSON (line {line}, column {column}: {message})"),
            ImportError::NotAPackage(why) => write!(f, "this JSON is not a CASE CFPackage: {why}"),
            ImportError::MissingDocument => {
                write!(f, "the CASE package has no CFDocument: a CFPackage needs one CFDocument object beside its CFItems and CFAssociations")
            }
            ImportError::Field { field, problem } => write!(f, "{field} {problem}"),
            ImportError::Dangling { field, identifier } => write!(
                f,
                "{field} names \"{identifier}\", which is neither the CFDocument nor any item in CFItems: the association is dangling"
            ),
            ImportError::Unconvertible(problems) => {
                write!(f, "the package was converted, but the framework file does not validate:\n{}", problems.join("\n"))
            }
        }
    }
}

impl std::error::Error for ImportError {}

fn field_err(field: impl Into<String>, problem: &str) -> ImportError {
    ImportError::Field { field: field.into(), problem: problem.into() }
}

/// Non-empty trimmed text at `key`, if any.
fn text_at<'v>(o: &'v Map<String, Value>, key: &str) -> Option<&'v str> {
    o.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty())
}

fn required_text<'v>(
    o: &'v Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<&'v str, ImportError> {
    match o.get(key) {
        None | Some(Value::Null) => Err(field_err(format!("{path}.{key}"), "is missing")),
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.trim()),
        Some(Value::String(_)) => Err(field_err(format!("{path}.{key}"), "is empty")),
        Some(_) => Err(field_err(format!("{path}.{key}"), "is not text")),
    }
}

fn array<'v>(o: &'v Map<String, Value>, key: &str) -> Result<&'v [Value], ImportError> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(field_err(key, "is not a list")),
    }
}

fn ext(o: &Map<String, Value>) -> Option<&Map<String, Value>> {
    o.get("extensions")?.get(EXT)?.as_object()
}

fn ext_text<'v>(o: &'v Map<String, Value>, key: &str) -> Option<&'v str> {
    ext(o).and_then(|e| text_at(e, key))
}

struct Item<'v> {
    obj: &'v Map<String, Value>,
    /// The identifier, lowercased so differently cased UUIDs still match.
    key: String,
    title: String,
    description: String,
    kind: Option<&'v str>,
}

struct Assoc<'v> {
    obj: &'v Map<String, Value>,
    kind: &'v str,
    origin: String,
    destination: String,
    sequence: Option<i64>,
    index: usize,
}

/// Converts a CASE package into the text of a framework file, with notes for the person
/// finishing it (what was guessed, what CASE cannot carry). The file always compiles.
///
/// The `isChildOf` tree under the document is flattened to two levels: items directly under
/// the document that have children become areas, and all their descendants (in tree order)
/// become competences; childless items directly under the document, and items outside the
/// tree, become competences of one extra area. The first rubric becomes the scale; without
/// one a four-step scale is added and marked illustrative. Roles, levels, routes and
/// learning are read back from this tool's own exports; CASE itself has no place for them.
pub fn import(json: &str) -> Result<(String, Vec<String>), ImportError> {
    let root: Value = serde_json::from_str(json).map_err(|e| ImportError::Json {
        line: e.line(),
        column: e.column(),
        message: e.to_string().split(" at line").next().unwrap_or("").to_string(),
    })?;
    let mut pkg = match &root {
        Value::Object(o) => o,
        Value::Array(_) => {
            return Err(ImportError::NotAPackage(
                "the top level is a list, not an object with CFDocument and CFItems".into(),
            ))
        }
        _ => {
            return Err(ImportError::NotAPackage(
                "the top level is not an object with CFDocument and CFItems".into(),
            ))
        }
    };
    // Some servers wrap the package: { "CFPackage": { ... } }.
    if let (1, Some(Value::Object(inner))) = (pkg.len(), pkg.get("CFPackage")) {
        pkg = inner;
    }
    let document = match pkg.get("CFDocument") {
        Some(Value::Object(d)) => d,
        Some(_) => return Err(field_err("CFDocument", "is not an object")),
        None if ["CFItems", "CFAssociations", "CFDefinitions", "CFRubrics"]
            .iter()
            .any(|k| pkg.contains_key(*k)) =>
        {
            return Err(ImportError::MissingDocument)
        }
        None => {
            let keys: Vec<&str> = pkg.keys().take(5).map(String::as_str).collect();
            return Err(ImportError::NotAPackage(format!(
                "it has none of CFDocument, CFItems or CFAssociations (its keys are: {})",
                if keys.is_empty() { "none".to_string() } else { keys.join(", ") }
            )));
        }
    };
    let doc_key = required_text(document, "identifier", "CFDocument")?.to_lowercase();
    let doc_title = text_at(document, "title").unwrap_or("Imported framework").to_string();
    let mut notes: Vec<String> = Vec::new();

    // Items.
    let mut items: Vec<Item> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (i, v) in array(pkg, "CFItems")?.iter().enumerate() {
        let path = format!("CFItems[{i}]");
        let obj = v.as_object().ok_or_else(|| field_err(&path, "is not an object"))?;
        let key = required_text(obj, "identifier", &path)?.to_lowercase();
        if by_key.contains_key(&key) {
            notes.push(format!("{path}: a second item with identifier {key} was skipped."));
            continue;
        }
        let full = text_at(obj, "fullStatement");
        let abbreviated = text_at(obj, "abbreviatedStatement");
        let title = abbreviated
            .or(full)
            .or(text_at(obj, "humanCodingScheme"))
            .map(str::to_string)
            .unwrap_or_else(|| {
                notes.push(format!("{path} has no statement; it was called \"Item {}\".", i + 1));
                format!("Item {}", i + 1)
            });
        let description = match (full, abbreviated) {
            (Some(full), Some(abbr)) if full != abbr => {
                let rest = full
                    .strip_prefix(abbr)
                    .map(|r| r.trim_start_matches(['.', ' ']).trim())
                    .unwrap_or(full);
                if rest.is_empty() {
                    full.to_string()
                } else {
                    rest.to_string()
                }
            }
            _ => String::new(),
        };
        let kind = ext_text(obj, "kind");
        by_key.insert(key.clone(), items.len());
        items.push(Item { obj, key, title, description, kind });
    }

    // Associations.
    let mut assocs: Vec<Assoc> = Vec::new();
    let mut ignored_kinds: Vec<&str> = Vec::new();
    for (i, v) in array(pkg, "CFAssociations")?.iter().enumerate() {
        let path = format!("CFAssociations[{i}]");
        let obj = v.as_object().ok_or_else(|| field_err(&path, "is not an object"))?;
        let kind = required_text(obj, "associationType", &path)?;
        let node = |end: &str| -> Result<String, ImportError> {
            let p = format!("{path}.{end}");
            let o = obj.get(end).and_then(Value::as_object).ok_or_else(|| {
                field_err(&p, "is missing (it must be an object with identifier, uri and title)")
            })?;
            Ok(required_text(o, "identifier", &p)?.to_lowercase())
        };
        let (origin, destination) = (node("originNodeURI")?, node("destinationNodeURI")?);
        let ours = ext(obj).is_some();
        if kind == "isChildOf" || ours {
            if !by_key.contains_key(&origin) {
                return Err(ImportError::Dangling {
                    field: format!("{path}.originNodeURI.identifier"),
                    identifier: origin,
                });
            }
            let parent_is_document = kind == "isChildOf" && destination == doc_key;
            if !parent_is_document && !by_key.contains_key(&destination) {
                return Err(ImportError::Dangling {
                    field: format!("{path}.destinationNodeURI.identifier"),
                    identifier: destination,
                });
            }
        } else {
            if !ignored_kinds.contains(&kind) {
                ignored_kinds.push(kind);
            }
            continue;
        }
        let sequence = obj.get("sequenceNumber").and_then(Value::as_i64);
        assocs.push(Assoc { obj, kind, origin, destination, sequence, index: i });
    }
    if !ignored_kinds.is_empty() {
        notes.push(format!(
            "Associations of type {} have no place in a framework file and were left out.",
            ignored_kinds.join(", ")
        ));
    }

    // The isChildOf tree, children in sequence order (then package order).
    let mut children: HashMap<&str, Vec<&Assoc>> = HashMap::new();
    let mut has_parent: HashSet<&str> = HashSet::new();
    for a in assocs.iter().filter(|a| a.kind == "isChildOf") {
        if !has_parent.insert(a.origin.as_str()) {
            notes.push(format!(
                "Item {} has more than one parent; it was placed under the first.",
                a.origin
            ));
            continue;
        }
        children.entry(a.destination.as_str()).or_default().push(a);
    }
    for list in children.values_mut() {
        list.sort_by_key(|a| (a.sequence.is_none(), a.sequence, a.index));
    }
    let is_content = |key: &str| {
        by_key.get(key).is_some_and(|&i| !matches!(items[i].kind, Some("role") | Some("learning")))
    };
    let kids = |key: &str| -> Vec<&str> {
        children
            .get(key)
            .map(|l| l.iter().map(|a| a.origin.as_str()).filter(|k| is_content(k)).collect())
            .unwrap_or_default()
    };

    let mut placed: HashSet<String> = HashSet::new();
    let mut areas: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut loose: Vec<usize> = Vec::new();
    for top in kids(&doc_key) {
        placed.insert(top.to_string());
        let mut descendants = Vec::new();
        let mut stack: Vec<&str> = kids(top).into_iter().rev().collect();
        while let Some(k) = stack.pop() {
            if !placed.insert(k.to_string()) {
                continue;
            }
            descendants.push(by_key[k]);
            stack.extend(kids(k).into_iter().rev());
        }
        if descendants.is_empty() {
            loose.push(by_key[top]);
        } else {
            areas.push((by_key[top], descendants));
        }
    }
    let orphans: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, it)| is_content(&it.key) && !placed.contains(&it.key))
        .map(|(i, _)| i)
        .collect();
    let other_area = if areas.is_empty() {
        format!("\"{doc_title}\"")
    } else {
        "\"Other competences\"".to_string()
    };
    if !orphans.is_empty() {
        notes.push(format!("{} item(s) are not under the document in the isChildOf tree; they were put in the area {other_area}.", orphans.len()));
    }
    if !loose.is_empty() && !areas.is_empty() {
        notes.push(format!("{} item(s) directly under the document have no children; they were put in the area {other_area}.", loose.len()));
    }
    loose.extend(orphans);

    // Ids: this tool's own (humanCodingScheme) when valid, otherwise made from the text.
    // Ids are unique per kind, as in the file format.
    let (mut area_ids, mut comp_ids, mut role_id_set, mut learning_ids) =
        (HashSet::new(), HashSet::new(), HashSet::new(), HashSet::new());

    let mut out = Toml::default();
    let doc_ext = ext(document);
    let framework_id = doc_ext
        .and_then(|e| text_at(e, "frameworkId"))
        .map(|s| slug(s, 60))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| {
            Some(slug(&doc_title, 60))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "imported-framework".into())
        });
    // The source's own date only when the package says it is one (this tool's extension); the
    // document's last change is when this version was written.
    let published = doc_ext
        .and_then(|e| text_at(e, "published"))
        .filter(|d| crate::compile::is_partial_date(d))
        .map(str::to_string);
    // A package this tool wrote says whether the file had a written date; any other package's
    // last change stands for it, unless the source's own date is known.
    let day = |d: &str| {
        Some(d.chars().take(10).collect::<String>()).filter(|d| crate::compile::is_iso_date(d))
    };
    let written = match doc_ext.and_then(|e| text_at(e, "written")) {
        Some(w) => day(w),
        None if published.is_none() => text_at(document, "lastChangeDateTime").and_then(day),
        None => None,
    };
    let written = if written.is_none() && published.is_none() {
        notes.push(
            "The document has no usable date; written was set to 2000-01-01: correct it.".into(),
        );
        Some("2000-01-01".to_string())
    } else {
        written
    };
    let owner =
        text_at(document, "creator").or(text_at(document, "publisher")).unwrap_or_else(|| {
            notes.push(
                "The document names no creator or publisher; owner was set to \"Unknown\".".into(),
            );
            "Unknown"
        });
    // The provenance `[framework]` gave (older exports carry only the overall one).
    let provenance = doc_ext
        .and_then(|e| text_at(e, "default_provenance").or(text_at(e, "provenance")))
        .filter(|p| ["official", "illustrative"].contains(p))
        .unwrap_or("official");

    // Scale: from this tool's own export, the first rubric, or a default.
    let (scale, scale_note, indicators) = import_scale(pkg, doc_ext, &by_key, &mut notes)?;
    let mut framework_notes: Vec<String> = Vec::new();
    match doc_ext.and_then(|e| text_at(e, "notes")) {
        Some(n) => framework_notes.push(n.to_string()),
        None => framework_notes.push(format!(
            "Imported from the CASE package \"{doc_title}\" (CFDocument {doc_key})."
        )),
    }
    if let Some(n) = scale_note {
        framework_notes.push(n);
    }

    out.comment(&format!("Imported from the CASE package \"{doc_title}\" (CFDocument {doc_key})."));
    out.comment("Check the wording, add Welsh (`_cy` fields), levels, roles and routes, then run `validate`.");
    out.table("framework");
    out.kv("id", &framework_id);
    out.kv("title", &doc_title);
    out.kv_opt("title_cy", doc_ext.and_then(|e| text_at(e, "title_cy")));
    out.kv("summary", text_at(document, "description").unwrap_or(&doc_title));
    out.kv_opt("summary_cy", doc_ext.and_then(|e| text_at(e, "summary_cy")));
    out.kv("owner", owner);
    out.kv_opt("owner_cy", doc_ext.and_then(|e| text_at(e, "owner_cy")));
    out.kv("version", text_at(document, "version").unwrap_or("1"));
    out.kv_opt("published", published.as_deref());
    out.kv_opt("written", written.as_deref());
    out.kv("notes", &framework_notes.join(" "));
    out.kv_opt("notes_cy", doc_ext.and_then(|e| text_at(e, "notes_cy")));
    out.kv_opt("applies", doc_ext.and_then(|e| text_at(e, "applies")));
    out.kv_opt("applies_cy", doc_ext.and_then(|e| text_at(e, "applies_cy")));
    out.kv("provenance", provenance);
    out.cites(doc_ext.and_then(|e| e.get("cite")));

    let sources: Vec<&Map<String, Value>> = doc_ext
        .and_then(|e| e.get("sources"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_object)
                .filter(|s| text_at(s, "title").is_some() && text_at(s, "publisher").is_some())
                .collect()
        })
        .unwrap_or_default();
    if sources.is_empty() {
        out.array_table("sources");
        out.kv("title", &doc_title);
        out.kv("publisher", text_at(document, "publisher").unwrap_or(owner));
        let date = text_at(document, "version")
            .map(|v| format!("version {v}"))
            .unwrap_or_else(|| published.clone().or_else(|| written.clone()).unwrap_or_default());
        out.kv("date", &date);
    }
    for s in sources {
        out.array_table("sources");
        out.kv("title", text_at(s, "title").unwrap_or_default());
        out.kv("publisher", text_at(s, "publisher").unwrap_or_default());
        out.kv_opt("date", text_at(s, "date"));
        out.kv_opt("url", text_at(s, "url"));
    }

    for g in objects(doc_ext.and_then(|e| e.get("registrations"))) {
        out.array_table("registrations");
        out.kv("id", text_at(g, "id").unwrap_or_default());
        out.kv("title", text_at(g, "title").unwrap_or_default());
        out.kv_opt("title_cy", text_at(g, "title_cy"));
        out.cites(g.get("cite"));
    }

    for s in &scale {
        out.array_table("scale");
        out.kv("id", &s.id);
        out.kv("label", &s.label);
        out.kv_opt("label_cy", s.label_cy.as_deref());
        out.kv("descriptor", &s.descriptor);
        out.kv_opt("descriptor_cy", s.descriptor_cy.as_deref());
        out.cites(s.cite);
    }

    // Levels and roles (this tool's exports only).
    let levels: Vec<&Map<String, Value>> = doc_ext
        .and_then(|e| e.get("levels"))
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_object).collect())
        .unwrap_or_default();
    for l in &levels {
        out.array_table("levels");
        out.kv("id", text_at(l, "id").unwrap_or_default());
        out.kv("label", text_at(l, "label").unwrap_or_default());
        out.kv_opt("label_cy", text_at(l, "label_cy"));
        out.raw("rank", &l.get("rank").and_then(Value::as_i64).unwrap_or(0).to_string());
        out.cites(l.get("cite"));
    }

    // Areas and competences.
    let mut competence_ids: HashMap<usize, String> = HashMap::new();
    let mut area_blocks: Vec<(String, Option<usize>, Vec<usize>)> = Vec::new();
    for (top, descendants) in &areas {
        area_blocks.push((
            id_for(&mut area_ids, &items[*top], "area"),
            Some(*top),
            descendants.clone(),
        ));
    }
    if !loose.is_empty() {
        let only = areas.is_empty();
        let id = unique(&mut area_ids, if only { "all" } else { "other" });
        area_blocks.push((id, None, loose.clone()));
    }
    let only_area = areas.is_empty();
    for (area_id, top, _) in &area_blocks {
        out.array_table("areas");
        out.kv("id", area_id);
        match top {
            Some(t) => item_text(&mut out, &items[*t]),
            None => {
                out.kv("title", if only_area { &doc_title } else { "Other competences" });
                out.kv("provenance", "illustrative");
            }
        }
    }
    for (area_id, _, members) in &area_blocks {
        for &c in members {
            let id = id_for(&mut comp_ids, &items[c], "competence");
            out.array_table("competences");
            out.kv("id", &id);
            out.kv("area", area_id);
            item_text(&mut out, &items[c]);
            let e = ext(items[c].obj);
            let cy = e.and_then(|e| e.get("indicators_cy")).and_then(Value::as_object);
            let cite = e.and_then(|e| e.get("indicators_cite")).and_then(Value::as_object);
            for (step, text) in indicators.get(&items[c].key).into_iter().flatten() {
                let step = &scale[*step].id;
                out.array_table("competences.indicators");
                out.kv("level", step);
                out.kv("text", text);
                out.kv_opt("text_cy", cy.and_then(|cy| text_at(cy, step)));
                if let Some(c) = cite.and_then(|c| c.get(step)) {
                    out.cite("text", c);
                }
            }
            competence_ids.insert(c, id);
        }
    }

    // Roles, their requirements and routes: only from this tool's extension data.
    let roles: Vec<usize> = (0..items.len()).filter(|&i| items[i].kind == Some("role")).collect();
    let mut role_ids: HashMap<usize, String> = HashMap::new();
    for &r in &roles {
        role_ids.insert(r, id_for(&mut role_id_set, &items[r], "role"));
    }
    let step_index = |id: &str| scale.iter().position(|s| s.id == id);
    for &r in &roles {
        let it = &items[r];
        let e = ext(it.obj).expect("roles come from extension data");
        out.array_table("roles");
        out.kv("id", &role_ids[&r]);
        out.kv("title", &it.title);
        out.kv_opt("title_cy", text_at(e, "title_cy"));
        out.kv("family", text_at(e, "family").unwrap_or("Roles"));
        out.kv_opt("family_cy", text_at(e, "family_cy"));
        out.kv("level", text_at(e, "level").unwrap_or_default());
        out.kv("scope", if it.description.is_empty() { &it.title } else { &it.description });
        out.kv_opt("scope_cy", text_at(e, "description_cy"));
        if e.get("open_to_applicants").and_then(Value::as_bool).unwrap_or(false) {
            out.raw("open_to_applicants", "true");
        }
        if e.get("lived_experience").and_then(Value::as_bool).unwrap_or(false) {
            out.raw("lived_experience", "true");
        }
        if let Some(operational) = e.get("operational").and_then(Value::as_bool) {
            out.raw("operational", &operational.to_string());
        }
        out.kv_opt("url", text_at(e, "url"));
        out.kv_opt("provenance", text_at(e, "provenance"));
        out.cites(e.get("cite"));
        let training: Vec<&Map<String, Value>> = e
            .get("training")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_object).collect())
            .unwrap_or_default();
        if !training.is_empty() {
            out.list("training", training.iter().map(|t| text_at(t, "text").unwrap_or_default()));
            if training.iter().all(|t| text_at(t, "text_cy").is_some()) {
                out.list(
                    "training_cy",
                    training.iter().map(|t| text_at(t, "text_cy").unwrap_or_default()),
                );
            }
        }
        for entry in objects(e.get("entry")) {
            out.entry("roles.entry", entry);
        }
        let mut requires: Vec<(String, String)> = Vec::new();
        for a in assocs.iter().filter(|a| a.kind == "isRelatedTo" && a.origin == it.key) {
            let Some(step) = ext(a.obj).and_then(|e| text_at(e, "step")) else { continue };
            let Some(c) = by_key.get(&a.destination).and_then(|c| competence_ids.get(c)) else {
                continue;
            };
            if step_index(step).is_some() {
                requires.push((c.clone(), step.to_string()));
            }
        }
        if !requires.is_empty() {
            out.table("roles.requires");
            for (c, step) in requires {
                out.kv_quoted_key(&c, &step);
            }
        }
    }
    // (position in the original file, from, to, route details)
    type RouteOut<'a> = (i64, Option<&'a str>, &'a str, &'a Map<String, Value>);
    let mut routes: Vec<RouteOut> = Vec::new();
    for &r in &roles {
        let routes_in =
            ext(items[r].obj).and_then(|e| e.get("routes_in")).and_then(Value::as_array);
        for e in routes_in.into_iter().flatten().filter_map(Value::as_object) {
            routes.push((
                e.get("position").and_then(Value::as_i64).unwrap_or(i64::MAX),
                None,
                role_ids[&r].as_str(),
                e,
            ));
        }
    }
    for a in assocs.iter().filter(|a| a.kind == "precedes") {
        let (Some(from), Some(to), Some(e)) = (
            by_key.get(&a.origin).and_then(|i| role_ids.get(i)),
            by_key.get(&a.destination).and_then(|i| role_ids.get(i)),
            ext(a.obj),
        ) else {
            continue;
        };
        routes.push((
            e.get("position").and_then(Value::as_i64).unwrap_or(i64::MAX),
            Some(from.as_str()),
            to.as_str(),
            e,
        ));
    }
    routes.sort_by_key(|r| r.0);
    for (_, from, to, e) in routes {
        out.array_table("routes");
        out.kv_opt("from", from);
        out.kv("to", to);
        // A route without a kind: from a role it is a promotion; from outside it can only be direct entry.
        let default_kind = if from.is_some() { "promotion" } else { "direct-entry" };
        out.kv("kind", text_at(e, "kind").unwrap_or(default_kind));
        out.raw("months", &e.get("months").and_then(Value::as_i64).unwrap_or(0).to_string());
        out.kv_opt("requirements", text_at(e, "requirements"));
        out.kv_opt("requirements_cy", text_at(e, "requirements_cy"));
        if let Some(s) = e.get("shorter").and_then(Value::as_object) {
            let mut fields = vec![(
                "months".to_string(),
                s.get("months").and_then(Value::as_i64).unwrap_or(0).to_string(),
            )];
            fields.extend(option_fields(s));
            out.raw("shorter", &inline(&fields));
        }
        if let Some(g) = e.get("gives").and_then(Value::as_object) {
            let mut fields = Vec::new();
            if let Some(q) = g.get("qualification_level").and_then(Value::as_i64) {
                fields.push(("qualification_level".to_string(), q.to_string()));
            }
            let registrations: Vec<String> = g
                .get("registrations")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(quote)
                .collect();
            if !registrations.is_empty() {
                fields.push(("registrations".into(), format!("[{}]", registrations.join(", "))));
            }
            if let Some(y) = g.get("experience_years").and_then(Value::as_i64) {
                fields.push(("experience_years".to_string(), y.to_string()));
            }
            out.raw("gives", &inline(&fields));
        }
        out.kv_opt("url", text_at(e, "url"));
        out.kv_opt("provenance", text_at(e, "provenance"));
        out.cites(e.get("cite"));
        for entry in objects(e.get("entry")) {
            out.entry("routes.entry", entry);
        }
    }

    // Learning offers.
    for (i, it) in items.iter().enumerate().filter(|(_, it)| it.kind == Some("learning")) {
        let e = ext(it.obj).expect("learning comes from extension data");
        let id = id_for(&mut learning_ids, it, "learning");
        out.array_table("learning");
        out.kv("id", &id);
        item_text(&mut out, it);
        out.kv("provider", text_at(e, "provider").unwrap_or(owner));
        out.kv_opt("provider_cy", text_at(e, "provider_cy"));
        out.kv("format", text_at(e, "format").unwrap_or("course"));
        if let Some(audience) = e.get("audience").and_then(Value::as_array) {
            let audience: Vec<&str> = audience.iter().filter_map(Value::as_str).collect();
            if audience != ["applicant", "staff"] {
                out.list("audience", audience.into_iter());
            }
        }
        if let Some(operational) = e.get("operational").and_then(Value::as_bool) {
            out.raw("operational", &operational.to_string());
        }
        if e.get("employer_provided").and_then(Value::as_bool).unwrap_or(false) {
            out.raw("employer_provided", "true");
        }
        if let Some(roles) = e.get("roles").and_then(Value::as_array) {
            out.list("roles", roles.iter().filter_map(Value::as_str));
        }
        if e.get("new_starters").and_then(Value::as_bool).unwrap_or(false) {
            out.raw("new_starters", "true");
        }
        if let Some(level) = e.get("level").and_then(Value::as_i64) {
            out.raw("level", &level.to_string());
        }
        out.kv_opt("url", text_at(e, "url"));
        let builds: Vec<&str> = assocs
            .iter()
            .filter(|a| a.kind == "isRelatedTo" && a.origin == items[i].key)
            .filter_map(|a| {
                by_key.get(&a.destination).and_then(|c| competence_ids.get(c)).map(String::as_str)
            })
            .collect();
        out.list("builds", builds.into_iter());
        for entry in objects(e.get("entry")) {
            out.entry("learning.entry", entry);
        }
    }

    for c in objects(doc_ext.and_then(|e| e.get("corrections"))) {
        out.array_table("corrections");
        out.kv("version", text_at(c, "version").unwrap_or_default());
        out.kv("text", text_at(c, "text").unwrap_or_default());
        out.kv_opt("text_cy", text_at(c, "text_cy"));
        if let Some(roles) = c.get("roles").and_then(Value::as_array).filter(|r| !r.is_empty()) {
            out.list("roles", roles.iter().filter_map(Value::as_str));
        }
    }

    if roles.is_empty() {
        notes.push("CASE has no roles, career levels or routes: add [[levels]], [[roles]] and [[routes]] by hand.".into());
    }
    let text = out.finish();
    let compiled = crate::compile::compile("imported.toml", &text);
    if compiled.framework.is_none() {
        return Err(ImportError::Unconvertible(
            compiled
                .diagnostics
                .iter()
                .filter(|d| d.severity == crate::Severity::Error)
                .map(|d| d.to_string())
                .collect(),
        ));
    }
    Ok((text, notes))
}

/// This tool's own id (humanCodingScheme) when it makes a valid id, otherwise one made from
/// the title; never one already in `used`.
fn id_for(used: &mut HashSet<String>, it: &Item, fallback: &str) -> String {
    let code = text_at(it.obj, "humanCodingScheme").map(|c| slug(c, 48)).filter(|c| !c.is_empty());
    let base = code.unwrap_or_else(|| {
        Some(slug(&it.title, 40)).filter(|s| !s.is_empty()).unwrap_or_else(|| fallback.to_string())
    });
    unique(used, &base)
}

/// Title, Welsh, description and provenance of an area, competence or learning offer.
fn item_text(out: &mut Toml, it: &Item) {
    let e = ext(it.obj);
    out.kv("title", &it.title);
    out.kv_opt("title_cy", e.and_then(|e| text_at(e, "title_cy")));
    if !it.description.is_empty() {
        out.kv("description", &it.description);
        out.kv_opt("description_cy", e.and_then(|e| text_at(e, "description_cy")));
    }
    out.kv_opt(
        "provenance",
        e.and_then(|e| text_at(e, "provenance"))
            .filter(|p| ["official", "illustrative"].contains(p)),
    );
    out.cites(e.and_then(|e| e.get("cite")));
}

/// The objects of a JSON list (none when it is missing or not a list).
fn objects(v: Option<&Value>) -> impl Iterator<Item = &Map<String, Value>> {
    v.and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_object)
}

/// `key = value` pairs of an entry option or `shorter` (text, Welsh, kind, cite), each value
/// already written as TOML.
fn option_fields(o: &Map<String, Value>) -> Vec<(String, String)> {
    let mut fields = vec![("text".to_string(), quote(text_at(o, "text").unwrap_or_default()))];
    if let Some(cy) = text_at(o, "text_cy") {
        fields.push(("text_cy".into(), quote(cy)));
    }
    for key in ["qualification_level", "experience_years"] {
        if let Some(n) = o.get(key).and_then(Value::as_i64) {
            fields.push((key.into(), n.to_string()));
        }
    }
    if let Some(r) = text_at(o, "registration") {
        fields.push(("registration".into(), quote(r)));
    }
    for (key, c) in o.get("cite").and_then(Value::as_object).into_iter().flatten() {
        if let Some(c) = cite_value(c) {
            fields.push((format!("cite.{key}"), c));
        }
    }
    fields
}

/// `{ source = 0, passage = "..." }`, when the citation names both (a citation without them
/// is left out, so the field takes its item's provenance).
fn cite_value(c: &Value) -> Option<String> {
    let source = c.get("source").and_then(Value::as_u64)?;
    let passage = text_at(c.as_object()?, "passage")?;
    Some(format!("{{ source = {source}, passage = {} }}", quote(passage)))
}

/// An inline table: `{ a = 1, b = "x" }`.
fn inline(fields: &[(String, String)]) -> String {
    let pairs: Vec<String> = fields.iter().map(|(k, v)| format!("{k} = {v}")).collect();
    format!("{{ {} }}", pairs.join(", "))
}

struct Step<'v> {
    id: String,
    label: String,
    label_cy: Option<String>,
    descriptor: String,
    descriptor_cy: Option<String>,
    cite: Option<&'v Value>,
}

/// Item key → (scale step index, indicator text).
type Indicators = HashMap<String, Vec<(usize, String)>>;

fn import_scale<'v>(
    pkg: &Map<String, Value>,
    doc_ext: Option<&'v Map<String, Value>>,
    by_key: &HashMap<String, usize>,
    notes: &mut Vec<String>,
) -> Result<(Vec<Step<'v>>, Option<String>, Indicators), ImportError> {
    let mut indicators = Indicators::new();
    let rubrics = array(pkg, "CFRubrics")?;
    let criteria: Vec<&Map<String, Value>> = rubrics
        .first()
        .and_then(|r| r.get("CFRubricCriteria"))
        .and_then(Value::as_array)
        .map(|c| c.iter().filter_map(Value::as_object).collect())
        .unwrap_or_default();
    if rubrics.len() > 1 {
        notes.push(format!(
            "The package has {} rubrics; only the first was used for the scale.",
            rubrics.len()
        ));
    }
    let sorted_levels = |c: &Map<String, Value>| -> Vec<(String, String)> {
        let mut levels: Vec<(i64, f64, usize, &Map<String, Value>)> = c
            .get("CFRubricCriterionLevels")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
            .enumerate()
            .map(|(i, l)| {
                (
                    l.get("position").and_then(Value::as_i64).unwrap_or(i64::MAX),
                    l.get("score").and_then(Value::as_f64).unwrap_or(0.0),
                    i,
                    l,
                )
            })
            .collect();
        levels.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2)));
        levels
            .into_iter()
            .enumerate()
            .map(|(n, (_, _, _, l))| {
                let quality = text_at(l, "quality");
                let description = text_at(l, "description");
                let label = quality
                    .or(description)
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("Level {}", n + 1));
                (label.clone(), description.map(str::to_string).unwrap_or(label))
            })
            .collect()
    };
    let scale_criterion =
        criteria.iter().find(|c| !c.contains_key("CFItemURI")).or(criteria.first());
    let levels = scale_criterion.map(|c| sorted_levels(c)).unwrap_or_default();
    if (2..=10).contains(&levels.len()) {
        let ext_steps: Vec<&Map<String, Value>> = doc_ext
            .and_then(|e| e.get("scale"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_object).collect())
            .unwrap_or_default();
        let mut used = HashSet::new();
        let steps: Vec<Step> = levels
            .iter()
            .enumerate()
            .map(|(i, (label, descriptor))| {
                let e = ext_steps.get(i).filter(|_| ext_steps.len() == levels.len());
                let id = e
                    .and_then(|e| text_at(e, "id"))
                    .map(|s| slug(s, 40))
                    .unwrap_or_else(|| slug(label, 30));
                Step {
                    id: unique(&mut used, if id.is_empty() { "step" } else { &id }),
                    label: label.clone(),
                    label_cy: e.and_then(|e| text_at(e, "label_cy")).map(str::to_string),
                    descriptor: descriptor.clone(),
                    descriptor_cy: e.and_then(|e| text_at(e, "descriptor_cy")).map(str::to_string),
                    cite: e.and_then(|e| e.get("cite")),
                }
            })
            .collect();
        for c in &criteria {
            let Some(item) = c
                .get("CFItemURI")
                .and_then(|u| u.get("identifier"))
                .and_then(Value::as_str)
                .map(str::to_lowercase)
            else {
                continue;
            };
            if !by_key.contains_key(&item) {
                continue;
            }
            let found: Vec<(usize, String)> = sorted_levels(c)
                .into_iter()
                .enumerate()
                .take(steps.len())
                .filter(|(i, (_, d))| *d != steps[*i].descriptor)
                .map(|(i, (_, d))| (i, d))
                .collect();
            if !found.is_empty() {
                indicators.insert(item, found);
            }
        }
        return Ok((steps, None, indicators));
    }
    if !levels.is_empty() {
        notes.push(format!(
            "The rubric has {} levels; a scale needs 2 to 10, so the default scale was used.",
            levels.len()
        ));
    }
    notes.push("The package has no usable rubric: a default four-step scale (illustrative) was added. Replace it with the framework's own scale if it has one.".into());
    let default = [
        ("not-yet", "Not yet", "I have not done this yet, or only with a lot of help."),
        ("developing", "Developing", "I do this sometimes and still need support."),
        ("confident", "Confident", "I do this well on my own in most situations."),
        ("leading", "Leading", "I do this in hard situations and help others to do it."),
    ];
    let steps = default
        .iter()
        .map(|(id, label, descriptor)| Step {
            id: id.to_string(),
            label: label.to_string(),
            label_cy: None,
            descriptor: descriptor.to_string(),
            descriptor_cy: None,
            cite: None,
        })
        .collect();
    Ok((steps, Some("The proficiency scale is illustrative: the CASE package has none, so a default four-step scale written for this tool was added.".into()), indicators))
}

/// A valid id from any text: lowercase ASCII letters and digits, other runs become one
/// hyphen (dots kept between alphanumerics), cut at `max` characters on a word boundary.
fn slug(text: &str, max: usize) -> String {
    let mut s = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            s.push(c);
        } else if c == '.' && s.chars().last().is_some_and(|l| l.is_ascii_alphanumeric()) {
            s.push('.');
        } else if !s.is_empty() && !s.ends_with('-') {
            s.push('-');
        }
    }
    if s.len() > max {
        let cut = s[..max].rfind('-').filter(|&i| i > max / 2).unwrap_or(max);
        s.truncate(cut);
    }
    s.trim_end_matches(['-', '.']).to_string()
}

fn unique(used: &mut HashSet<String>, base: &str) -> String {
    let mut id = base.to_string();
    let mut n = 2;
    while !used.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// A small writer for the framework file format: tables, `key = "value"` lines, lists.
#[derive(Default)]
struct Toml {
    out: String,
}

impl Toml {
    fn comment(&mut self, text: &str) {
        self.out.push_str("# ");
        self.out.push_str(text);
        self.out.push('\n');
    }
    fn table(&mut self, name: &str) {
        if !self.out.is_empty() && !name.contains('.') {
            self.out.push('\n');
        }
        self.out.push_str(&format!("[{name}]\n"));
    }
    fn array_table(&mut self, name: &str) {
        if !name.contains('.') {
            self.out.push('\n');
        }
        self.out.push_str(&format!("[[{name}]]\n"));
    }
    fn kv(&mut self, key: &str, value: &str) {
        self.out.push_str(&format!("{key} = {}\n", quote(value)));
    }
    fn kv_quoted_key(&mut self, key: &str, value: &str) {
        self.out.push_str(&format!("{} = {}\n", quote(key), quote(value)));
    }
    fn kv_opt(&mut self, key: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.kv(key, v);
        }
    }
    fn raw(&mut self, key: &str, value: &str) {
        self.out.push_str(&format!("{key} = {value}\n"));
    }
    /// `cite.field = { source = 0, passage = "..." }` for each field of a `cite` object.
    fn cites(&mut self, cite: Option<&Value>) {
        for (key, c) in cite.and_then(Value::as_object).into_iter().flatten() {
            self.cite(key, c);
        }
    }
    fn cite(&mut self, key: &str, c: &Value) {
        if let Some(c) = cite_value(c) {
            self.raw(&format!("cite.{key}"), &c);
        }
    }
    /// An entry requirement table (`table` is "roles.entry" or "learning.entry"): one option
    /// in the table itself, or `any_of` option tables under it.
    fn entry(&mut self, table: &str, e: &Map<String, Value>) {
        self.array_table(table);
        let Some(options) = e.get("any_of").and_then(Value::as_array) else {
            for (k, v) in option_fields(e) {
                self.raw(&k, &v);
            }
            return;
        };
        self.kv_opt("text", text_at(e, "text"));
        self.kv_opt("text_cy", text_at(e, "text_cy"));
        self.cites(e.get("cite"));
        for o in options.iter().filter_map(Value::as_object) {
            self.array_table(&format!("{table}.any_of"));
            for (k, v) in option_fields(o) {
                self.raw(&k, &v);
            }
        }
    }
    fn list<'a>(&mut self, key: &str, values: impl Iterator<Item = &'a str>) {
        let values: Vec<String> = values.map(quote).collect();
        self.out.push_str(&format!("{key} = [{}]\n", values.join(", ")));
    }
    fn finish(self) -> String {
        self.out
    }
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            '\r' => q.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                q.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_valid_ids() {
        for (text, want) in [
            ("SNT.1", "snt.1"),
            ("Item 𝑑 1", "item-1"),
            ("  Leading Others! ", "leading-others"),
            (".hidden", "hidden"),
            ("Ünïcode café", "n-code-caf"),
        ] {
            assert_eq!(slug(text, 40), want);
            assert!(crate::compile::is_valid_id(want));
        }
        assert_eq!(slug("one two three four five six", 14), "one-two-three");
    }

    #[test]
    fn quoting_escapes_what_toml_needs() {
        assert_eq!(quote("a \"b\" \\ c\nd\u{7f}"), "\"a \\\"b\\\" \\\\ c\\nd\\u007F\"");
    }
}
