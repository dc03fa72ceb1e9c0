//! Snapshot tests of the English explanations, on the hand-written fixture framework.
//!
//! The snapshots are the sentences the results screen shows verbatim, so they are reviewed as
//! prose: run `UPDATE_EXPECT=1 cargo test -p hjcp-engine` after a deliberate wording change
//! and read the diff.

use expect_test::{expect, Expect};
use hjcp_engine::testgen::fixture;
use hjcp_engine::{
    compare, recommend, role_diff, Answers, Facts, Framework, Persona, Prepared, Rating,
    Recommendations, RoleIx,
};

fn answers(
    persona: Persona,
    current: Option<&str>,
    target: Option<&str>,
    ratings: &[(&str, u8)],
) -> Answers {
    let mut a = Answers::new("fixture");
    a.persona = persona;
    a.facts = Facts {
        qualification_level: Some(3),
        experience_years: Some(1),
        current_role: current.map(str::to_string),
    };
    a.target_role = target.map(str::to_string);
    for (id, level) in ratings {
        a.set_rating(id, Some(Rating::Level(*level)), 1);
    }
    a
}

/// Everything the results screen would say, one block per recommendation, path and plan.
fn render(fw: &Framework, recs: &Recommendations) -> String {
    let mut out = String::new();
    for m in &recs.moves {
        out.push_str(&format!(
            "[{:?}] {} ({}%)\n{}\n\n",
            m.kind,
            fw.role(m.role).title.en,
            m.fit,
            m.explanation.render_en(fw)
        ));
    }
    if let Some(t) = &recs.target {
        out.push_str(&format!(
            "[Target] {}\n{}\n\n",
            fw.role(t.role).title.en,
            t.explanation.render_en(fw)
        ));
    }
    if let Some(p) = &recs.plan {
        out.push_str(&format!(
            "[Plan {:?}] {}\n{}\n",
            p.basis,
            fw.role(p.role).title.en,
            p.explanation.render_en(fw)
        ));
        for o in &p.offers {
            out.push_str(&format!(
                "- {} builds {}\n",
                fw.learning[o.offer.get()].id,
                o.builds.len()
            ));
        }
    }
    out
}

fn check(fw: &Framework, a: &Answers, expect: Expect) {
    expect.assert_eq(&render(fw, &recommend(fw, a)));
}

const PRISON_OFFICER_RATINGS: &[(&str, u8)] = &[
    ("self-awareness", 2),
    ("communication", 2),
    ("de-escalation", 2),
    ("safeguarding", 2),
    ("record-keeping", 1),
    ("develop-others", 1),
    ("planning", 1),
];

#[test]
fn staff_next_steps_lateral_moves_path_and_plan() {
    let fw = fixture();
    let a = answers(
        Persona::Staff,
        Some("prison-officer"),
        Some("custodial-manager"),
        PRISON_OFFICER_RATINGS,
    );
    check(
        &fw,
        &a,
        expect![[r#"
        [Up] Supervising Officer (90%)
        You meet 4 of the 5 competences this role needs. You are one step short on “Calming tense situations”. To move up, the quickest route is a fast-track scheme, typically 12 months. You could also get there through a promotion (typically 24 months). Compared with your current role, it asks for 2 new competences and 1 at a higher step. It no longer asks for 2 competences your current role needs.

        [Across] Liaison and Diversion Practitioner (87%)
        You meet 3 of the 4 competences this role needs. You are one step short on “Keeping accurate records”. To move across, the usual route is a move at the same level, typically 6 months. Compared with your current role, it asks for 1 at a higher step and 1 at a lower step. It no longer asks for 1 competence your current role needs. You do not yet meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care.

        [Target] Custodial Manager
        From your current role, Prison Officer, the most likely way to Custodial Manager has 2 steps and typically takes 36 months. Step 1: a fast-track scheme to Supervising Officer, typically 12 months. You would need to build 1 of its 5 competences: “Calming tense situations”. Step 2: a promotion to Custodial Manager, typically 24 months. You would need to build 4 of its 5 competences: “Knowing how I come across”, “Helping colleagues grow”, “Planning the team's work” and 1 more.

        [Plan Target] Custodial Manager
        To be ready for Custodial Manager, you have 4 competences to build, and 2 learning offers listed here can help. Start with “First line leadership programme”, which builds 2 of them. No learning offer listed here builds 2 of them: “Knowing how I come across” and “Leading change”. Compared with your current role, it asks for 3 new competences and 1 at a higher step. It no longer asks for 3 competences your current role needs.
        - first-line-leadership builds 2
        - coaching-conversations builds 1
    "#]],
    );
}

#[test]
fn applicant_apply_now_and_through_a_route() {
    let fw = fixture();
    let a = answers(
        Persona::Applicant,
        None,
        Some("supervising-officer"),
        &[
            ("self-awareness", 1),
            ("communication", 2),
            ("safeguarding", 1),
            ("record-keeping", 2),
            ("de-escalation", 0),
        ],
    );
    check(
        &fw,
        &a,
        expect![[r#"
            [ApplyNow] Operational Support Grade (100%)
            You meet all 3 competences this role needs. You can apply directly from outside the service; this route typically takes 3 months. Check this entry requirement for yourself: Pass the online test for the role.

            [ThroughRoute] Healthcare Assistant (83%)
            You meet 2 of the 3 competences this role needs. You are one step short on “Spotting and reporting risk”. You can join through an apprenticeship, typically 18 months. You meet its entry requirement: English and maths at level 2, such as GCSE grade 4 or above.

            [ApplyNow] Liaison and Diversion Practitioner (75%)
            You meet 2 of the 4 competences this role needs. You are one step short on 2 of them: “Spotting and reporting risk” and “Calming tense situations”. You can apply directly from outside the service. You do not yet meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care.

            [ThroughRoute] Probation Officer (75%)
            You meet 2 of the 4 competences this role needs. You are one step short on 2 of them: “Spotting and reporting risk” and “Knowing how I come across”. You can join through a qualification programme, typically 15 months. You do not yet meet its entry requirement: A level 5 qualification, such as a foundation degree.

            [ApplyNow] Prison Officer (60%)
            You meet 2 of the 5 competences this role needs. You are one step short on 2 of them: “Knowing how I come across” and “Spotting and reporting risk”. You have further to go on “Calming tense situations”. This role is open to applicants, so you can apply now. Check this entry requirement for yourself: Pass the online test and the assessment day.

            [Target] Supervising Officer
            From outside the service, the most likely way to Supervising Officer has 2 steps and typically takes 12 months. Step 1: apply directly for Prison Officer. You would need to build 3 of its 5 competences: “Knowing how I come across”, “Calming tense situations” and “Spotting and reporting risk”. Step 2: a fast-track scheme to Supervising Officer, typically 12 months. You would need to build 4 of its 5 competences: “Knowing how I come across”, “Calming tense situations”, “Helping colleagues grow” and 1 more.

            [Plan Target] Supervising Officer
            To be ready for Supervising Officer, you have 4 competences to build, and 3 learning offers listed here can help. Start with “First line leadership programme”, which builds 2 of them. No learning offer listed here builds “Knowing how I come across”.
            - first-line-leadership builds 2
            - coaching-conversations builds 1
            - de-escalation-skills builds 1
        "#]],
    );
}

#[test]
fn no_route_to_target() {
    let fw = fixture();
    let a = answers(
        Persona::Staff,
        Some("custodial-manager"),
        Some("probation-officer"),
        PRISON_OFFICER_RATINGS,
    );
    check(
        &fw,
        &a,
        expect![[r#"
        [Target] Probation Officer
        This framework shows no route from your current role, Custodial Manager, to Probation Officer.

        [Plan Target] Probation Officer
        To be ready for Probation Officer, you have 1 competence to build. No learning offer listed here covers it. Compared with your current role, it asks for 2 new competences and 1 at a lower step. It no longer asks for 3 competences your current role needs.
    "#]],
    );
}

#[test]
fn already_in_target_role() {
    let fw = fixture();
    let a = answers(
        Persona::Staff,
        Some("prison-officer"),
        Some("prison-officer"),
        PRISON_OFFICER_RATINGS,
    );
    let recs = recommend(&fw, &a);
    let target = recs.target.as_ref().expect("target set");
    expect!["You already hold this role, Prison Officer."]
        .assert_eq(&target.explanation.render_en(&fw));
}

#[test]
fn nothing_rated_yet() {
    let fw = fixture();
    let a = answers(Persona::Applicant, None, None, &[]);
    check(
        &fw,
        &a,
        expect![[r#"
            [ThroughRoute] Healthcare Assistant (0%)
            We cannot tell yet how well this role fits, because you have not rated the 3 competences it needs (or chose “not sure”): “Talking with people in custody”, “Spotting and reporting risk” and “Keeping accurate records”. You can join through an apprenticeship, typically 18 months. You meet its entry requirement: English and maths at level 2, such as GCSE grade 4 or above.

            [ApplyNow] Operational Support Grade (0%)
            We cannot tell yet how well this role fits, because you have not rated the 3 competences it needs (or chose “not sure”): “Knowing how I come across”, “Talking with people in custody” and “Keeping accurate records”. You can apply directly from outside the service; this route typically takes 3 months. Check this entry requirement for yourself: Pass the online test for the role.

            [ApplyNow] Prison Officer (0%)
            We cannot tell yet how well this role fits, because you have not rated the 5 competences it needs (or chose “not sure”): “Knowing how I come across”, “Talking with people in custody”, “Calming tense situations” and 2 more. This role is open to applicants, so you can apply now. Check this entry requirement for yourself: Pass the online test and the assessment day.

            [ApplyNow] Liaison and Diversion Practitioner (0%)
            We cannot tell yet how well this role fits, because you have not rated the 4 competences it needs (or chose “not sure”): “Talking with people in custody”, “Spotting and reporting risk”, “Calming tense situations” and 1 more. You can apply directly from outside the service. You do not yet meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care.

            [ThroughRoute] Probation Officer (0%)
            We cannot tell yet how well this role fits, because you have not rated the 4 competences it needs (or chose “not sure”): “Talking with people in custody”, “Spotting and reporting risk”, “Keeping accurate records” and 1 more. You can join through a qualification programme, typically 15 months. You do not yet meet its entry requirement: A level 5 qualification, such as a foundation degree.

            [Plan TopRecommendation] Healthcare Assistant
            To be ready for Healthcare Assistant, you have 3 competences to build, and 2 learning offers listed here can help. Start with “De-escalation skills”, which builds 1 of them. No learning offer listed here builds “Keeping accurate records”.
            - de-escalation-skills builds 1
            - safeguarding-essentials builds 1
        "#]],
    );
}

#[test]
fn what_changes_at_the_next_level() {
    let fw = fixture();
    let d = role_diff(&fw, RoleIx(1), RoleIx(4));
    let lines: Vec<String> = d
        .changes
        .iter()
        .map(|c| {
            let step = |p: Option<u8>| {
                p.map_or("-".to_string(), |p| fw.scale[p as usize].label.en.clone())
            };
            format!(
                "{:?} {}: {} -> {}",
                c.kind,
                fw.competence(c.competence).id,
                step(c.from),
                step(c.to)
            )
        })
        .collect();
    expect![[r#"
        Raised de-escalation: Confident -> Leading
        Removed safeguarding: Confident -> -
        Removed record-keeping: Developing -> -
        Added develop-others: - -> Developing
        Added planning: - -> Developing
        unchanged: 2"#]]
    .assert_eq(&format!("{}\nunchanged: {}", lines.join("\n"), d.unchanged));
}

#[test]
fn compare_three_roles() {
    let fw = fixture();
    let a = answers(Persona::Staff, Some("prison-officer"), None, PRISON_OFFICER_RATINGS);
    let prepared = Prepared::new(&fw);
    let resolved = prepared.resolve(&a);
    let c = compare(&fw, &[RoleIx(1), RoleIx(4), RoleIx(5), RoleIx(0)], &resolved, &a.facts);
    let mut out = String::new();
    out.push_str(&format!(
        "{:<16}{}\n",
        "",
        c.roles.iter().map(|r| format!("{:<22}", fw.role(r.role).id)).collect::<String>()
    ));
    out.push_str(&format!(
        "{:<16}{}\n",
        "level / fit",
        c.roles
            .iter()
            .map(|r| format!("{:<22}", format!("{} / {}%", fw.level(r.level).label.en, r.fit)))
            .collect::<String>()
    ));
    for row in &c.rows {
        out.push_str(&format!(
            "{:<16}{}(you: {:?})\n",
            fw.competence(row.competence).id,
            row.required
                .iter()
                .map(|p| format!(
                    "{:<22}",
                    p.map_or("-".to_string(), |p| fw.scale[p as usize].label.en.clone())
                ))
                .collect::<String>(),
            row.rating
        ));
    }
    for r in &c.roles {
        out.push_str(&format!("entry {}: {:?}\n", fw.role(r.role).id, r.entry_status));
    }
    expect![[r#"
                        prison-officer        supervising-officer   custodial-manager     
        level / fit     Practitioner / 100%   Supervisor / 90%      Manager / 50%         
        self-awareness  Confident             Confident             Leading               (you: Some(Level(2)))
        communication   Confident             Confident             -                     (you: Some(Level(2)))
        de-escalation   Confident             Leading               -                     (you: Some(Level(2)))
        safeguarding    Confident             -                     Confident             (you: Some(Level(2)))
        record-keeping  Developing            -                     -                     (you: Some(Level(1)))
        develop-others  -                     Developing            Confident             (you: Some(Level(1)))
        planning        -                     Developing            Confident             (you: Some(Level(1)))
        change          -                     -                     Developing            (you: None)
        entry prison-officer: Unknown
        entry supervising-officer: Met
        entry custodial-manager: Met
    "#]].assert_eq(&out);
}

/// Every kind of part on its own, including the rarer wordings (no requirements, one of one,
/// an alternative that is a direct application, a direct-entry route with a duration, indices
/// that no longer resolve), one line each.
#[test]
fn every_part_renders_on_its_own() {
    use hjcp_engine::{CompetenceIx as C, MoveKind, Part, Position, RouteKind};
    let fw = fixture();
    let c = |ixs: &[u32]| ixs.iter().map(|&i| C(i)).collect::<Vec<_>>();
    let parts = vec![
        Part::Fit {
            role: RoleIx(0),
            total: 0,
            met: 0,
            partly: vec![],
            gaps: vec![],
            not_rated: vec![],
        },
        Part::Fit {
            role: RoleIx(0),
            total: 1,
            met: 1,
            partly: vec![],
            gaps: vec![],
            not_rated: vec![],
        },
        Part::Fit {
            role: RoleIx(0),
            total: 1,
            met: 0,
            partly: vec![],
            gaps: c(&[2]),
            not_rated: vec![],
        },
        Part::Fit {
            role: RoleIx(0),
            total: 1,
            met: 0,
            partly: vec![],
            gaps: vec![],
            not_rated: c(&[2]),
        },
        Part::Fit {
            role: RoleIx(0),
            total: 6,
            met: 1,
            partly: c(&[0]),
            gaps: c(&[1, 2]),
            not_rated: c(&[3, 999]),
        },
        Part::Route {
            purpose: MoveKind::Up,
            kind: RouteKind::Promotion,
            months: 24,
            quickest: false,
        },
        Part::Route {
            purpose: MoveKind::Across,
            kind: RouteKind::Lateral,
            months: 0,
            quickest: false,
        },
        Part::Route {
            purpose: MoveKind::ApplyNow,
            kind: RouteKind::DirectEntry,
            months: 3,
            quickest: false,
        },
        Part::Route {
            purpose: MoveKind::ThroughRoute,
            kind: RouteKind::FastTrack,
            months: 1,
            quickest: false,
        },
        Part::OpenToApplicants { role: RoleIx(1) },
        Part::OtherRoutes { routes: vec![(RouteKind::DirectEntry, 0)] },
        Part::OtherRoutes {
            routes: vec![
                (RouteKind::Apprenticeship, 18),
                (RouteKind::Qualification, 0),
                (RouteKind::DirectEntry, 2),
            ],
        },
        Part::Entry { role: RoleIx(3), met: vec![0, 1], not_met: vec![], unknown: vec![] },
        Part::Entry { role: RoleIx(3), met: vec![], not_met: vec![1], unknown: vec![0] },
        Part::Entry { role: RoleIx(3), met: vec![], not_met: vec![], unknown: vec![7] },
        Part::Changes {
            from: RoleIx(1),
            to: RoleIx(4),
            added: 1,
            raised: 0,
            lowered: 0,
            removed: 0,
        },
        Part::Changes {
            from: RoleIx(1),
            to: RoleIx(3),
            added: 0,
            raised: 0,
            lowered: 0,
            removed: 0,
        },
        Part::PathSummary { from: Position::Outside, to: RoleIx(0), steps: 1, months: 0 },
        Part::PathStep {
            number: 1,
            kind: RouteKind::DirectEntry,
            to: RoleIx(0),
            months: 0,
            total: 1,
            unmet: vec![],
        },
        Part::PathStep {
            number: 2,
            kind: RouteKind::Apprenticeship,
            to: RoleIx(2),
            months: 18,
            total: 3,
            unmet: c(&[1]),
        },
        Part::NoRoute { from: Position::Outside, to: RoleIx(5) },
        Part::NoRoute { from: Position::InRole(RoleIx(42)), to: RoleIx(42) },
        Part::PlanSummary { role: RoleIx(4), unmet: 0, offers: 0 },
        Part::PlanSummary { role: RoleIx(4), unmet: 1, offers: 1 },
        Part::PlanFirstOffer { offer: hjcp_engine::LearningIx(2), builds: 1, of: 1 },
        Part::PlanFirstOffer { offer: hjcp_engine::LearningIx(1), builds: 2, of: 2 },
        Part::Uncovered { competences: c(&[7]) },
    ];
    let lines: Vec<String> = parts
        .into_iter()
        .map(|p| hjcp_engine::Explanation { parts: vec![p] }.render_en(&fw))
        .collect();
    expect![[r#"
        This role does not list any competences to rate.
        You meet the one competence this role needs.
        You do not yet meet the one competence this role needs. You have further to go on “Calming tense situations”.
        We cannot tell yet how well this role fits, because you have not rated the one competence it needs (or chose “not sure”): “Calming tense situations”.
        You meet 1 of the 6 competences this role needs. You are one step short on “Knowing how I come across”. You have further to go on 2 of them: “Talking with people in custody” and “Calming tense situations”. You have not rated 2 of them yet (or chose “not sure”): “Spotting and reporting risk” and a competence no longer in this framework.
        To move up, the usual route is a promotion, typically 24 months.
        To move across, the usual route is a move at the same level.
        You can apply directly from outside the service; this route typically takes 3 months.
        You can join through a fast-track scheme, typically 1 month.
        This role is open to applicants, so you can apply now.
        You could also get there by applying directly.
        You could also get there through an apprenticeship (typically 18 months), through a qualification programme or by applying directly (typically 2 months).
        You meet its entry requirements, from what you have told us.
        You do not yet meet its entry requirement: A level 5 qualification in health or social care. Check this entry requirement for yourself: Two years' experience of working with people in health or justice settings.
        Check this entry requirement for yourself: a requirement no longer listed.
        Compared with your current role, it asks for 1 new competence.
        Compared with your current role, it asks for nothing new.
        From outside the service, the most likely way to Operational Support Grade has 1 step.
        Step 1: apply directly for Operational Support Grade. You already meet the one competence it needs.
        Step 2: an apprenticeship to Healthcare Assistant, typically 18 months. You would need to build 1 of its 3 competences: “Talking with people in custody”.
        This framework shows no way into Custodial Manager from outside the service.
        This framework shows no route from your current role, this role, to this role.
        You already meet every competence Supervising Officer needs.
        To be ready for Supervising Officer, you have 1 competence to build, and 1 learning offer listed here can help.
        Start with “Safeguarding essentials”, which builds it.
        Start with “First line leadership programme”, which builds all of them.
        No learning offer listed here builds “Leading change”."#]].assert_eq(&lines.join("\n"));
}
