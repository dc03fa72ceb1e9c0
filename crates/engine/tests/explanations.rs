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
    let mut out = format!("[Summary]\n{}\n\n", recs.summary.render_en(fw));
    for m in &recs.moves {
        out.push_str(&format!(
            "[{:?}] {} ({}%)\n{}\n\n",
            m.kind,
            fw.role(m.role).title.en,
            m.fit,
            m.explanation.render_en(fw)
        ));
    }
    for c in &recs.closed {
        out.push_str(&format!(
            "[Closed] {}\n{}\n\n",
            fw.role(c.role).title.en,
            c.explanation.render_en(fw)
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
                "- point {}: {} builds {}\n",
                o.point,
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
            [Summary]
            You have rated 6 of the 7 competences these results depend on.

            [Up] Supervising Officer (90%)
            You meet 4 of the 5 competences this role needs. You are one step short on “Calming tense situations”. That makes a fit of 90%: 4 met and 1 one step short (which counts as half), out of 5. To move up, the quickest route is a fast-track scheme, typically 12 months. You could also get there through a promotion (typically 24 months). Compared with your current role, it asks for 2 new competences and 1 at a higher step. It no longer asks for 2 competences your current role needs.

            [Up] Custodial Manager (50%)
            You meet 1 of the 5 competences this role needs. You are one step short on 3 of them: “Knowing how I come across”, “Helping colleagues grow” and “Planning the team's work”. You have not rated “Leading change” yet (or chose “not sure”). That makes a fit of 50%: 1 met and 3 one step short (which count as half), out of 5. To move up, the usual route is a promotion, typically 36 months. Compared with your current role, it asks for 3 new competences and 1 at a higher step. It no longer asks for 3 competences your current role needs.

            [Closed] Liaison and Diversion Practitioner
            You cannot move to Liaison and Diversion Practitioner yet: you do not meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care. None of the ways there open to you gives them.

            [Target] Custodial Manager
            From your current role, Prison Officer, the most likely way to Custodial Manager has 1 step and typically takes 36 months. Step 1: a promotion to Custodial Manager, typically 36 months. You would need to build 4 of its 5 competences: “Knowing how I come across”, “Helping colleagues grow”, “Planning the team's work” and 1 more. Another way: through Supervising Officer (2 steps, typically 36 months).

            [Plan Target] Custodial Manager
            To be ready for Custodial Manager, you have 4 competences to build, and 3 learning offers listed here can help. Start with “First line leadership programme”, which builds 2 of them. No learning offer open to you here builds “Knowing how I come across”. 1 other learning offer builds some of them, but it is not open to you along this way (it is for other staff or for applicants, or asks for more than you will hold). Compared with your current role, it asks for 3 new competences and 1 at a higher step. It no longer asks for 3 competences your current role needs.
            - point 0: first-line-leadership builds 2
            - point 0: coaching-conversations builds 1
            - point 0: operations-manager-apprenticeship builds 3
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
            [Summary]
            You have rated 5 of the 8 competences these results depend on.

            [ApplyNow] Probation Services Officer (100%)
            You meet all 3 competences this role needs. You can apply directly from outside the service. You meet its entry requirement: A Level 3 qualification, such as A levels, or equivalent relevant experience.

            [ApplyNow] Peer Mentor (100%)
            You meet both competences this role needs. This role is open to applicants, so you can apply now. Check this entry requirement for yourself: Your own experience of the justice system, and being ready to share it. Its main requirement is your own lived experience, which this tool does not ask about: read the role's description to see whether it fits you.

            [ApplyNow] Operational Support Grade (100%)
            You meet all 3 competences this role needs. You can apply directly from outside the service; this route typically takes 3 months. Check this entry requirement for yourself: Pass the online test for the role.

            [ApplyNow] Prison Officer (60%)
            You meet 2 of the 5 competences this role needs. You are one step short on 2 of them: “Knowing how I come across” and “Spotting and reporting risk”. You have further to go on “Calming tense situations”. That makes a fit of 60%: 2 met and 2 one step short (which count as half), out of 5. This role is open to applicants, so you can apply now. Check this entry requirement for yourself: Pass the online test and the assessment day.

            [ThroughRoute] Healthcare Assistant (83%)
            You meet 2 of the 3 competences this role needs. You are one step short on “Spotting and reporting risk”. That makes a fit of 83%: 2 met and 1 one step short (which counts as half), out of 3. You can get there through an apprenticeship, typically 18 months. You meet its entry requirement: English and maths at level 2, such as GCSE grade 4 or above.

            [ThroughRoute] Probation Officer (75%)
            You meet 2 of the 4 competences this role needs. You are one step short on 2 of them: “Spotting and reporting risk” and “Knowing how I come across”. That makes a fit of 75%: 2 met and 2 one step short (which count as half), out of 4. You can get there through a qualification programme, typically 21 months. The way there gives you what its entry requirement asks for: The Professional Qualification in Probation (PQiP), a Level 6 qualification.

            [ThroughRoute] Registered Nurse (66%)
            You meet 2 of the 3 competences this role needs. You have further to go on “Spotting and reporting risk”. That makes a fit of 66%: 2 met, out of 3. You can get there in 2 steps, through Healthcare Assistant, typically 66 months. The way there gives you what 2 of its entry requirements ask for: A nursing degree (Level 6); Registration with the Nursing and Midwifery Council.

            [ThroughRoute] Supervising Officer (30%)
            You meet 1 of the 5 competences this role needs. You are one step short on “Knowing how I come across”. You have further to go on “Calming tense situations”. You have not rated 2 of them yet (or chose “not sure”): “Helping colleagues grow” and “Planning the team's work”. That makes a fit of 30%: 1 met and 1 one step short (which counts as half), out of 5. You can get there in 2 steps, through Prison Officer, typically 12 months.

            [ThroughRoute] Custodial Manager (10%)
            You do not yet meet any of the 5 competences this role needs. You are one step short on “Spotting and reporting risk”. You have further to go on “Knowing how I come across”. You have not rated 3 of them yet (or chose “not sure”): “Helping colleagues grow”, “Planning the team's work” and “Leading change”. That makes a fit of 10%: 0 met and 1 one step short (which counts as half), out of 5. You can get there in 2 steps, through Prison Officer, typically 36 months.

            [Closed] Liaison and Diversion Practitioner
            You cannot apply for Liaison and Diversion Practitioner yet: you do not meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care. None of the ways there open to you gives them.

            [Target] Supervising Officer
            From outside the service, the most likely way to Supervising Officer has 2 steps and typically takes 12 months. Step 1: apply directly for Prison Officer. Check for yourself that you meet its entry requirement: Pass the online test and the assessment day. You would need to build 3 of its 5 competences: “Knowing how I come across”, “Calming tense situations” and “Spotting and reporting risk”. Step 2: a fast-track scheme to Supervising Officer, typically 12 months. You would need to build 4 of its 5 competences: “Knowing how I come across”, “Calming tense situations”, “Helping colleagues grow” and 1 more. Another way: through Operational Support Grade and then Prison Officer (3 steps, typically 21 months).

            [Plan Target] Supervising Officer
            To be ready for Supervising Officer, you have 4 competences to build, and 4 learning offers listed here can help. Start with “De-escalation skills”, which builds 1 of them. No learning offer open to you here builds “Knowing how I come across”. 2 other learning offers build some of them, but they are not open to you along this way (they are for other staff or for applicants, or ask for more than you will hold).
            - point 0: de-escalation-skills builds 1
            - point 0: operations-manager-apprenticeship builds 2
            - point 1: first-line-leadership builds 2
            - point 1: coaching-conversations builds 1
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
            [Summary]
            You have rated 4 of the 4 competences these results depend on.

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
            [Summary]
            These results are rough: you have rated 0 of the 8 competences these results depend on. Rate more of them to make the results surer.

            [ApplyNow] Probation Services Officer (0%)
            We cannot tell yet how well this role fits, because you have not rated the 3 competences it needs (or chose “not sure”): “Talking with people in custody”, “Spotting and reporting risk” and “Keeping accurate records”. You can apply directly from outside the service. You meet its entry requirement: A Level 3 qualification, such as A levels, or equivalent relevant experience.

            [ApplyNow] Peer Mentor (0%)
            We cannot tell yet how well this role fits, because you have not rated the 2 competences it needs (or chose “not sure”): “Knowing how I come across” and “Talking with people in custody”. This role is open to applicants, so you can apply now. Check this entry requirement for yourself: Your own experience of the justice system, and being ready to share it. Its main requirement is your own lived experience, which this tool does not ask about: read the role's description to see whether it fits you.

            [ApplyNow] Operational Support Grade (0%)
            We cannot tell yet how well this role fits, because you have not rated the 3 competences it needs (or chose “not sure”): “Knowing how I come across”, “Talking with people in custody” and “Keeping accurate records”. You can apply directly from outside the service; this route typically takes 3 months. Check this entry requirement for yourself: Pass the online test for the role.

            [ApplyNow] Prison Officer (0%)
            We cannot tell yet how well this role fits, because you have not rated the 5 competences it needs (or chose “not sure”): “Knowing how I come across”, “Talking with people in custody”, “Calming tense situations” and 2 more. This role is open to applicants, so you can apply now. Check this entry requirement for yourself: Pass the online test and the assessment day.

            [ThroughRoute] Healthcare Assistant (0%)
            We cannot tell yet how well this role fits, because you have not rated the 3 competences it needs (or chose “not sure”): “Talking with people in custody”, “Spotting and reporting risk” and “Keeping accurate records”. You can get there through an apprenticeship, typically 18 months. You meet its entry requirement: English and maths at level 2, such as GCSE grade 4 or above.

            [ThroughRoute] Probation Officer (0%)
            We cannot tell yet how well this role fits, because you have not rated the 4 competences it needs (or chose “not sure”): “Talking with people in custody”, “Spotting and reporting risk”, “Keeping accurate records” and 1 more. You can get there through a qualification programme, typically 21 months. The way there gives you what its entry requirement asks for: The Professional Qualification in Probation (PQiP), a Level 6 qualification.

            [ThroughRoute] Supervising Officer (0%)
            We cannot tell yet how well this role fits, because you have not rated the 5 competences it needs (or chose “not sure”): “Knowing how I come across”, “Talking with people in custody”, “Calming tense situations” and 2 more. You can get there in 2 steps, through Prison Officer, typically 12 months.

            [ThroughRoute] Custodial Manager (0%)
            We cannot tell yet how well this role fits, because you have not rated the 5 competences it needs (or chose “not sure”): “Knowing how I come across”, “Helping colleagues grow”, “Planning the team's work” and 2 more. You can get there in 2 steps, through Prison Officer, typically 36 months.

            [ThroughRoute] Registered Nurse (0%)
            We cannot tell yet how well this role fits, because you have not rated the 3 competences it needs (or chose “not sure”): “Talking with people in custody”, “Spotting and reporting risk” and “Keeping accurate records”. You can get there in 2 steps, through Healthcare Assistant, typically 66 months. The way there gives you what 2 of its entry requirements ask for: A nursing degree (Level 6); Registration with the Nursing and Midwifery Council.

            [Closed] Liaison and Diversion Practitioner
            You cannot apply for Liaison and Diversion Practitioner yet: you do not meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care. None of the ways there open to you gives them.

            [Plan TopRecommendation] Probation Services Officer
            To be ready for Probation Services Officer, you have 3 competences to build, and 2 learning offers listed here can help. Start with “De-escalation skills”, which builds 1 of them. No learning offer open to you here builds “Keeping accurate records”.
            - point 0: de-escalation-skills builds 1
            - point 0: safeguarding-essentials builds 1
        "#]],
    );
}

/// The target explanation alone, for scenarios where the rest is shown elsewhere.
fn target_and_plan(fw: &Framework, a: &Answers) -> String {
    let recs = recommend(fw, a);
    let mut out = String::new();
    if let Some(t) = &recs.target {
        out.push_str(&format!("[Target]\n{}\n", t.explanation.render_en(fw)));
    }
    if let Some(p) = &recs.plan {
        out.push_str(&format!("[Plan]\n{}\n", p.explanation.render_en(fw)));
        for o in &p.offers {
            out.push_str(&format!("- point {}: {}\n", o.point, fw.learning[o.offer.get()].id));
        }
    }
    out
}

#[test]
fn level_3_applicant_aiming_for_nursing() {
    let fw = fixture();
    let a = answers(
        Persona::Applicant,
        None,
        Some("registered-nurse"),
        &[("communication", 2), ("safeguarding", 1), ("record-keeping", 1)],
    );
    expect![[r#"
        [Target]
        From outside the service, the most likely way to Registered Nurse has 2 steps and typically takes 66 months. Step 1: an apprenticeship to Healthcare Assistant, typically 18 months. You would need to build 2 of its 3 competences: “Spotting and reporting risk” and “Keeping accurate records”. Step 2: an apprenticeship to Registered Nurse, typically 48 months. It gives you a Level 6 qualification and registration with the Nursing and Midwifery Council. You would need to build 2 of its 3 competences: “Spotting and reporting risk” and “Keeping accurate records”.
        [Plan]
        To be ready for Registered Nurse, you have 2 competences to build, and 1 learning offer listed here can help. Start with “Safeguarding essentials”, which builds 1 of them. No learning offer open to you here builds “Keeping accurate records”.
        - point 0: safeguarding-essentials
    "#]]
    .assert_eq(&target_and_plan(&fw, &a));
    // Without the degree apprenticeship nothing gives the degree: the way is blocked, and the
    // explanation says by what.
    let mut fw = fw;
    let nurse = fw.role_ix("registered-nurse").unwrap();
    fw.routes.retain(|r| !(r.to == nurse && r.from.is_some()));
    expect![[r#"
        [Target]
        The routes lead from outside the service to Registered Nurse, but you do not meet its entry requirement: A nursing degree (Level 6). None of the ways there open to you gives it.
        [Plan]
        To be ready for Registered Nurse, you have 2 competences to build, and 1 learning offer listed here can help. Start with “Safeguarding essentials”, which builds 1 of them. No learning offer open to you here builds “Keeping accurate records”.
        - point 0: safeguarding-essentials
    "#]]
    .assert_eq(&target_and_plan(&fw, &a));
}

#[test]
fn staff_outside_operational_roles_moving_into_the_prison_service() {
    let fw = fixture();
    let a = answers(
        Persona::Staff,
        Some("liaison-practitioner"),
        Some("supervising-officer"),
        PRISON_OFFICER_RATINGS,
    );
    expect![[r#"
        [Target]
        From your current role, Liaison and Diversion Practitioner, the most likely way to Supervising Officer has 2 steps and typically takes 18 months. Step 1: a move at the same level to Prison Officer, typically 6 months. Check for yourself that you meet its entry requirement: Pass the online test and the assessment day. You already meet all 5 competences it needs. Step 2: a fast-track scheme to Supervising Officer, typically 12 months. You would need to build 1 of its 5 competences: “Calming tense situations”.
        [Plan]
        To be ready for Supervising Officer, you have 1 competence to build, and 2 learning offers listed here can help. Start with “De-escalation skills”, which builds it. Compared with your current role, it asks for 3 new competences and 1 at a higher step. It no longer asks for 2 competences your current role needs.
        - point 0: de-escalation-skills
        - point 0: operational-conversion
    "#]].assert_eq(&target_and_plan(&fw, &a));
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
    use hjcp_engine::{CompetenceIx as C, Credential, MoveKind, Part, Position, RouteKind};
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
        Part::FitScore { role: RoleIx(0), score: 90, met: 4, partly: 1, total: 5 },
        Part::FitScore { role: RoleIx(0), score: 50, met: 1, partly: 0, total: 2 },
        Part::FitScore { role: RoleIx(0), score: 33, met: 0, partly: 2, total: 3 },
        Part::Route {
            purpose: MoveKind::Up,
            kind: RouteKind::Promotion,
            months_min: 24,
            months_max: 24,
            quickest: false,
        },
        Part::Route {
            purpose: MoveKind::Across,
            kind: RouteKind::Lateral,
            months_min: 0,
            months_max: 0,
            quickest: false,
        },
        Part::Route {
            purpose: MoveKind::ApplyNow,
            kind: RouteKind::DirectEntry,
            months_min: 3,
            months_max: 3,
            quickest: false,
        },
        Part::Route {
            purpose: MoveKind::ThroughRoute,
            kind: RouteKind::FastTrack,
            months_min: 1,
            months_max: 1,
            quickest: false,
        },
        Part::Route {
            purpose: MoveKind::ThroughRoute,
            kind: RouteKind::Qualification,
            months_min: 15,
            months_max: 21,
            quickest: true,
        },
        Part::ThroughPath {
            to: RoleIx(8),
            via: vec![RoleIx(2)],
            steps: 2,
            months_min: 42,
            months_max: 66,
        },
        Part::ThroughPath {
            to: RoleIx(5),
            via: vec![RoleIx(1), RoleIx(4)],
            steps: 3,
            months_min: 36,
            months_max: 36,
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
        Part::Entry {
            role: RoleIx(3),
            met: vec![0, 1],
            given: vec![],
            not_met: vec![],
            unknown: vec![],
        },
        Part::Entry {
            role: RoleIx(3),
            met: vec![],
            given: vec![],
            not_met: vec![1],
            unknown: vec![0],
        },
        Part::Entry {
            role: RoleIx(3),
            met: vec![],
            given: vec![],
            not_met: vec![],
            unknown: vec![7],
        },
        Part::Entry {
            role: RoleIx(8),
            met: vec![],
            given: vec![0, 1],
            not_met: vec![],
            unknown: vec![],
        },
        Part::Entry {
            role: RoleIx(3),
            met: vec![0],
            given: vec![1],
            not_met: vec![],
            unknown: vec![],
        },
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
        Part::PathSummary {
            from: Position::Outside,
            to: RoleIx(0),
            steps: 1,
            months_min: 0,
            months_max: 0,
        },
        Part::PathSummary {
            from: Position::Outside,
            to: RoleIx(6),
            steps: 1,
            months_min: 15,
            months_max: 21,
        },
        Part::PathStep {
            number: 1,
            kind: RouteKind::DirectEntry,
            to: RoleIx(0),
            route: None,
            months_min: 0,
            months_max: 0,
            gives: vec![],
            check: vec![0],
            total: 1,
            unmet: vec![],
        },
        Part::PathStep {
            number: 2,
            kind: RouteKind::Apprenticeship,
            to: RoleIx(2),
            route: Some(hjcp_engine::RouteIx(1)),
            months_min: 18,
            months_max: 18,
            gives: vec![Credential::QualificationLevel(3)],
            check: vec![],
            total: 3,
            unmet: c(&[1]),
        },
        Part::PathStep {
            number: 1,
            kind: RouteKind::Qualification,
            to: RoleIx(6),
            route: Some(hjcp_engine::RouteIx(2)),
            months_min: 15,
            months_max: 21,
            gives: vec![Credential::QualificationLevel(6)],
            check: vec![],
            total: 0,
            unmet: vec![],
        },
        Part::PathStep {
            number: 2,
            kind: RouteKind::Apprenticeship,
            to: RoleIx(8),
            route: Some(hjcp_engine::RouteIx(14)),
            months_min: 24,
            months_max: 48,
            gives: vec![
                Credential::QualificationLevel(6),
                Credential::Registration(hjcp_engine::RegistrationIx(0)),
                Credential::ExperienceYears(1),
                Credential::Other,
            ],
            check: vec![],
            total: 3,
            unmet: c(&[3]),
        },
        Part::PathAlternative {
            number: 2,
            to: RoleIx(5),
            via: vec![RoleIx(4)],
            steps: 2,
            months_min: 36,
            months_max: 36,
        },
        Part::PathAlternative {
            number: 3,
            to: RoleIx(5),
            via: vec![],
            steps: 1,
            months_min: 36,
            months_max: 36,
        },
        Part::NoRoute { from: Position::Outside, to: RoleIx(5) },
        Part::NoRoute { from: Position::InRole(RoleIx(42)), to: RoleIx(42) },
        Part::Blocked {
            from: Position::Outside,
            to: RoleIx(3),
            at: RoleIx(3),
            missing: vec![0, 1],
        },
        Part::Blocked {
            from: Position::InRole(RoleIx(1)),
            to: RoleIx(5),
            at: RoleIx(3),
            missing: vec![1],
        },
        Part::Blocked { from: Position::Outside, to: RoleIx(5), at: RoleIx(4), missing: vec![] },
        Part::Closed { from: Position::Outside, role: RoleIx(8), missing: vec![0] },
        Part::Closed { from: Position::InRole(RoleIx(1)), role: RoleIx(3), missing: vec![0, 1] },
        Part::LivedExperience { role: RoleIx(9) },
        Part::Confidence {
            rated: 3,
            estimated: 0,
            total: 8,
            needed_rated: 3,
            needed_estimated: 0,
            needed_total: 8,
            rough: true,
        },
        Part::Confidence {
            rated: 7,
            estimated: 1,
            total: 8,
            needed_rated: 6,
            needed_estimated: 1,
            needed_total: 7,
            rough: false,
        },
        Part::Confidence {
            rated: 0,
            estimated: 0,
            total: 8,
            needed_rated: 0,
            needed_estimated: 0,
            needed_total: 0,
            rough: false,
        },
        Part::PlanSummary { role: RoleIx(4), unmet: 0, offers: 0 },
        Part::PlanSummary { role: RoleIx(4), unmet: 1, offers: 1 },
        Part::PlanFirstOffer {
            offer: hjcp_engine::LearningIx(2),
            builds: 1,
            of: 1,
            point: 0,
            at: None,
        },
        Part::PlanFirstOffer {
            offer: hjcp_engine::LearningIx(1),
            builds: 2,
            of: 2,
            point: 1,
            at: Some(RoleIx(1)),
        },
        Part::Uncovered { competences: c(&[7]) },
        Part::PlanDropped { offers: 1 },
        Part::PlanDropped { offers: 2 },
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
        That makes a fit of 90%: 4 met and 1 one step short (which counts as half), out of 5.
        That makes a fit of 50%: 1 met, out of 2.
        That makes a fit of 33%: 0 met and 2 one step short (which count as half), out of 3.
        To move up, the usual route is a promotion, typically 24 months.
        To move across, the usual route is a move at the same level.
        You can apply directly from outside the service; this route typically takes 3 months.
        You can get there through a fast-track scheme, typically 1 month.
        You can get there through a qualification programme, typically 15 to 21 months.
        You can get there in 2 steps, through Healthcare Assistant, typically 42 to 66 months.
        You can get there in 3 steps, through Prison Officer and then Supervising Officer, typically 36 months.
        This role is open to applicants, so you can apply now.
        You could also get there by applying directly.
        You could also get there through an apprenticeship (typically 18 months), through a qualification programme or by applying directly (typically 2 months).
        You meet its entry requirements, from what you have told us.
        You do not yet meet its entry requirement: A level 5 qualification in health or social care. Check this entry requirement for yourself: Two years' experience of working with people in health or justice settings.
        Check this entry requirement for yourself: a requirement no longer listed.
        The way there gives you what 2 of its entry requirements ask for: A nursing degree (Level 6); Registration with the Nursing and Midwifery Council.
        The way there gives you what its entry requirement asks for: A level 5 qualification in health or social care. You already meet its other entry requirement: Two years' experience of working with people in health or justice settings.
        Compared with your current role, it asks for 1 new competence.
        Compared with your current role, it asks for nothing new.
        From outside the service, the most likely way to Operational Support Grade has 1 step.
        From outside the service, the most likely way to Probation Officer has 1 step and typically takes 15 to 21 months.
        Step 1: apply directly for Operational Support Grade. Check for yourself that you meet its entry requirement: Pass the online test for the role. You already meet the one competence it needs.
        Step 2: an apprenticeship to Healthcare Assistant, typically 18 months. It gives you a Level 3 qualification. You would need to build 1 of its 3 competences: “Talking with people in custody”.
        Step 1: a qualification programme to Probation Officer, typically 15 to 21 months. It takes 15 months if you have already studied the core modules at Level 5. It gives you a Level 6 qualification.
        Step 2: an apprenticeship to Registered Nurse, typically 24 to 48 months. It takes 24 months for people who already have this: A Level 5 qualification in health care, such as a nursing associate foundation degree. It gives you a Level 6 qualification, registration with the Nursing and Midwifery Council and 1 year of relevant experience. You would need to build 1 of its 3 competences: “Spotting and reporting risk”.
        Another way: through Supervising Officer (2 steps, typically 36 months).
        Another way: straight to Custodial Manager (1 step, typically 36 months).
        This framework shows no way into Custodial Manager from outside the service.
        This framework shows no route from your current role, this role, to this role.
        The routes lead from outside the service to Liaison and Diversion Practitioner, but you do not meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care. None of the ways there open to you gives them.
        The routes from your current role, Prison Officer, to Custodial Manager pass through Liaison and Diversion Practitioner, and you do not meet its entry requirement: A level 5 qualification in health or social care. None of the ways there open to you gives it.
        The routes lead from outside the service to Custodial Manager, but the entry requirements of the roles on the way close every one of them for now.
        You cannot apply for Registered Nurse yet: you do not meet its entry requirement: A nursing degree (Level 6). None of the ways there open to you gives it.
        You cannot move to Liaison and Diversion Practitioner yet: you do not meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care. None of the ways there open to you gives them.
        Its main requirement is your own lived experience, which this tool does not ask about: read the role's description to see whether it fits you.
        These results are rough: you have rated 3 of the 8 competences these results depend on. Rate more of them to make the results surer.
        You have rated 6 of the 7 competences these results depend on (and estimated 1 more).
        You have rated 0 of the 8 competences in this framework.
        You already meet every competence Supervising Officer needs.
        To be ready for Supervising Officer, you have 1 competence to build, and 1 learning offer listed here can help.
        Start with “Safeguarding essentials”, which builds it.
        When you reach Prison Officer, start with “First line leadership programme”, which builds all of them.
        No learning offer open to you here builds “Leading change”.
        1 other learning offer builds some of them, but it is not open to you along this way (it is for other staff or for applicants, or asks for more than you will hold).
        2 other learning offers build some of them, but they are not open to you along this way (they are for other staff or for applicants, or ask for more than you will hold)."#]].assert_eq(&lines.join("\n"));
}
