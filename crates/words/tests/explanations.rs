//! Snapshot tests of the advice, in English and Welsh, on the hand-written fixture framework.
//!
//! The snapshots are the sentences the results screens show, so they are reviewed as prose:
//! run `UPDATE_EXPECT=1 cargo test -p hjcp-words` after a deliberate wording change and read
//! the diff, in both languages. Names the fixture has only in English stay English in the
//! Welsh text (the widget marks them `lang="en"`).

use expect_test::{expect, Expect};
use hjcp_engine::testgen::fixture;
use hjcp_engine::{recommend, Answers, Facts, Framework, Persona, Rating, Recommendations, RoleIx};
use hjcp_words::{render, Lang};

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
fn render_all(fw: &Framework, recs: &Recommendations, lang: Lang) -> String {
    let title = |role: RoleIx| fw.role(role).title.get(lang).0.to_string();
    let mut out = String::new();
    for m in &recs.moves {
        out.push_str(&format!(
            "[{:?}] {} ({}%)\n{}\n\n",
            m.kind,
            title(m.role),
            m.fit,
            render(&m.explanation, fw, lang)
        ));
    }
    if let Some(t) = &recs.target {
        out.push_str(&format!(
            "[Target] {}\n{}\n\n",
            title(t.role),
            render(&t.explanation, fw, lang)
        ));
    }
    if let Some(p) = &recs.plan {
        out.push_str(&format!(
            "[Plan {:?}] {}\n{}\n",
            p.basis,
            title(p.role),
            render(&p.explanation, fw, lang)
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

fn check(fw: &Framework, a: &Answers, en: Expect, cy: Expect) {
    let recs = recommend(fw, a);
    en.assert_eq(&render_all(fw, &recs, Lang::En));
    cy.assert_eq(&render_all(fw, &recs, Lang::Cy));
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
        expect![[r#"
            [Up] Supervising Officer (90%)
            Rydych yn bodloni 4 o'r 5 cymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran “Calming tense situations”. I symud i fyny, y llwybr cyflymaf yw cynllun llwybr carlam, sydd fel arfer yn cymryd 12 mis. Gallech hefyd gyrraedd yno drwy ddyrchafiad (fel arfer 24 mis). O'i chymharu â'ch swydd bresennol, mae'n gofyn am 2 gymhwysedd newydd a lefel uwch mewn 1 cymhwysedd. Nid yw bellach yn gofyn am 2 gymhwysedd sydd eu hangen ar eich swydd bresennol.

            [Across] Liaison and Diversion Practitioner (87%)
            Rydych yn bodloni 3 o'r 4 cymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran “Keeping accurate records”. I symud i swydd ar lefel debyg, y llwybr arferol yw symud i swydd ar yr un lefel, sydd fel arfer yn cymryd 6 mis. O'i chymharu â'ch swydd bresennol, mae'n gofyn am lefel uwch mewn 1 cymhwysedd a lefel is mewn 1 cymhwysedd. Nid yw bellach yn gofyn am 1 cymhwysedd sydd ei angen ar eich swydd bresennol. Nid ydych yn bodloni 2 o'i gofynion mynediad eto: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care.

            [Target] Custodial Manager
            O'ch swydd bresennol, Prison Officer, mae 2 gam yn y ffordd fwyaf tebygol o gyrraedd Custodial Manager, ac fel arfer mae'n cymryd 36 mis. Cam 1: cynllun llwybr carlam i gyrraedd Supervising Officer; mae hyn fel arfer yn cymryd 12 mis. Byddai angen i chi ddatblygu 1 o'r 5 cymhwysedd sydd eu hangen arni: “Calming tense situations”. Cam 2: dyrchafiad i gyrraedd Custodial Manager; mae hyn fel arfer yn cymryd 24 mis. Byddai angen i chi ddatblygu 4 o'r 5 cymhwysedd sydd eu hangen arni: “Knowing how I come across”, “Helping colleagues grow”, “Planning the team's work” ac un arall.

            [Plan Target] Custodial Manager
            I fod yn barod ar gyfer Custodial Manager, mae angen i chi ddatblygu 4 cymhwysedd, a gall 2 gyfle dysgu a restrir yma helpu. Dechreuwch drwy ddilyn “First line leadership programme”, sy'n datblygu 2 ohonynt. Nid oes unrhyw gyfle dysgu a restrir yma yn datblygu 2 ohonynt: “Knowing how I come across” a “Leading change”. O'i chymharu â'ch swydd bresennol, mae'n gofyn am 3 chymhwysedd newydd a lefel uwch mewn 1 cymhwysedd. Nid yw bellach yn gofyn am 3 chymhwysedd sydd eu hangen ar eich swydd bresennol.
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
        expect![[r#"
            [ApplyNow] Operational Support Grade (100%)
            Rydych yn bodloni pob un o'r 3 chymhwysedd sydd eu hangen ar gyfer y swydd hon. Gallwch wneud cais yn uniongyrchol o'r tu allan i'r gwasanaeth; mae'r llwybr hwn fel arfer yn cymryd 3 mis. Gwiriwch y gofyniad mynediad hwn drosoch eich hun: Pass the online test for the role.

            [ThroughRoute] Healthcare Assistant (83%)
            Rydych yn bodloni 2 o'r 3 chymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran “Spotting and reporting risk”. Gallwch ymuno drwy brentisiaeth, sydd fel arfer yn cymryd 18 mis. Rydych yn bodloni ei gofyniad mynediad: English and maths at level 2, such as GCSE grade 4 or above.

            [ApplyNow] Liaison and Diversion Practitioner (75%)
            Rydych yn bodloni 2 o'r 4 cymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran 2 ohonynt: “Spotting and reporting risk” a “Calming tense situations”. Gallwch wneud cais yn uniongyrchol o'r tu allan i'r gwasanaeth. Nid ydych yn bodloni 2 o'i gofynion mynediad eto: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care.

            [ThroughRoute] Probation Officer (75%)
            Rydych yn bodloni 2 o'r 4 cymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran 2 ohonynt: “Spotting and reporting risk” a “Knowing how I come across”. Gallwch ymuno drwy raglen gymhwyso, sydd fel arfer yn cymryd 15 mis. Nid ydych yn bodloni ei gofyniad mynediad eto: A level 5 qualification, such as a foundation degree.

            [ApplyNow] Prison Officer (60%)
            Rydych yn bodloni 2 o'r 5 cymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran 2 ohonynt: “Knowing how I come across” a “Spotting and reporting risk”. Mae gennych ffordd bellach i fynd o ran “Calming tense situations”. Mae'r swydd hon yn agored i ymgeiswyr, felly gallwch wneud cais nawr. Gwiriwch y gofyniad mynediad hwn drosoch eich hun: Pass the online test and the assessment day.

            [Target] Supervising Officer
            O'r tu allan i'r gwasanaeth, mae 2 gam yn y ffordd fwyaf tebygol o gyrraedd Supervising Officer, ac fel arfer mae'n cymryd 12 mis. Cam 1: Prison Officer, drwy wneud cais yn uniongyrchol. Byddai angen i chi ddatblygu 3 o'r 5 cymhwysedd sydd eu hangen arni: “Knowing how I come across”, “Calming tense situations” a “Spotting and reporting risk”. Cam 2: cynllun llwybr carlam i gyrraedd Supervising Officer; mae hyn fel arfer yn cymryd 12 mis. Byddai angen i chi ddatblygu 4 o'r 5 cymhwysedd sydd eu hangen arni: “Knowing how I come across”, “Calming tense situations”, “Helping colleagues grow” ac un arall.

            [Plan Target] Supervising Officer
            I fod yn barod ar gyfer Supervising Officer, mae angen i chi ddatblygu 4 cymhwysedd, a gall 3 chyfle dysgu a restrir yma helpu. Dechreuwch drwy ddilyn “First line leadership programme”, sy'n datblygu 2 ohonynt. Nid oes unrhyw gyfle dysgu a restrir yma yn datblygu “Knowing how I come across”.
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
        expect![[r#"
            [Target] Probation Officer
            Nid yw'r fframwaith hwn yn dangos unrhyw lwybr i gyrraedd Probation Officer o'ch swydd bresennol, Custodial Manager.

            [Plan Target] Probation Officer
            I fod yn barod ar gyfer Probation Officer, mae angen i chi ddatblygu 1 cymhwysedd. Nid oes unrhyw gyfle dysgu a restrir yma yn ei gwmpasu. O'i chymharu â'ch swydd bresennol, mae'n gofyn am 2 gymhwysedd newydd a lefel is mewn 1 cymhwysedd. Nid yw bellach yn gofyn am 3 chymhwysedd sydd eu hangen ar eich swydd bresennol.
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
    expect!["You already hold this role, Prison Officer."].assert_eq(&render(
        &target.explanation,
        &fw,
        Lang::En,
    ));
    expect!["Rydych eisoes yn y swydd hon, Prison Officer."].assert_eq(&render(
        &target.explanation,
        &fw,
        Lang::Cy,
    ));
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
        expect![[r#"
            [ThroughRoute] Healthcare Assistant (0%)
            Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 3 chymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Talking with people in custody”, “Spotting and reporting risk” a “Keeping accurate records”. Gallwch ymuno drwy brentisiaeth, sydd fel arfer yn cymryd 18 mis. Rydych yn bodloni ei gofyniad mynediad: English and maths at level 2, such as GCSE grade 4 or above.

            [ApplyNow] Operational Support Grade (0%)
            Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 3 chymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Knowing how I come across”, “Talking with people in custody” a “Keeping accurate records”. Gallwch wneud cais yn uniongyrchol o'r tu allan i'r gwasanaeth; mae'r llwybr hwn fel arfer yn cymryd 3 mis. Gwiriwch y gofyniad mynediad hwn drosoch eich hun: Pass the online test for the role.

            [ApplyNow] Prison Officer (0%)
            Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 5 cymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Knowing how I come across”, “Talking with people in custody”, “Calming tense situations” a dau arall. Mae'r swydd hon yn agored i ymgeiswyr, felly gallwch wneud cais nawr. Gwiriwch y gofyniad mynediad hwn drosoch eich hun: Pass the online test and the assessment day.

            [ApplyNow] Liaison and Diversion Practitioner (0%)
            Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 4 cymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Talking with people in custody”, “Spotting and reporting risk”, “Calming tense situations” ac un arall. Gallwch wneud cais yn uniongyrchol o'r tu allan i'r gwasanaeth. Nid ydych yn bodloni 2 o'i gofynion mynediad eto: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care.

            [ThroughRoute] Probation Officer (0%)
            Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 4 cymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Talking with people in custody”, “Spotting and reporting risk”, “Keeping accurate records” ac un arall. Gallwch ymuno drwy raglen gymhwyso, sydd fel arfer yn cymryd 15 mis. Nid ydych yn bodloni ei gofyniad mynediad eto: A level 5 qualification, such as a foundation degree.

            [Plan TopRecommendation] Healthcare Assistant
            I fod yn barod ar gyfer Healthcare Assistant, mae angen i chi ddatblygu 3 chymhwysedd, a gall 2 gyfle dysgu a restrir yma helpu. Dechreuwch drwy ddilyn “De-escalation skills”, sy'n datblygu 1 ohonynt. Nid oes unrhyw gyfle dysgu a restrir yma yn datblygu “Keeping accurate records”.
            - de-escalation-skills builds 1
            - safeguarding-essentials builds 1
        "#]],
    );
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
    let lines = |lang: Lang| -> String {
        let one =
            |p: &Part| render(&hjcp_engine::Explanation { parts: vec![p.clone()] }, &fw, lang);
        parts.iter().map(one).collect::<Vec<_>>().join("\n")
    };
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
        No learning offer listed here builds “Leading change”."#]].assert_eq(&lines(Lang::En));
    expect![[r#"
        Nid yw'r swydd hon yn rhestru unrhyw gymwyseddau i'w hasesu.
        Rydych yn bodloni'r unig gymhwysedd sydd ei angen ar gyfer y swydd hon.
        Nid ydych yn bodloni'r unig gymhwysedd sydd ei angen ar gyfer y swydd hon eto. Mae gennych ffordd bellach i fynd o ran “Calming tense situations”.
        Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu ei hunig gymhwysedd (neu fe ddewisoch “ddim yn siŵr”): “Calming tense situations”.
        Rydych yn bodloni 1 o'r 6 chymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran “Knowing how I come across”. Mae gennych ffordd bellach i fynd o ran 2 ohonynt: “Talking with people in custody” a “Calming tense situations”. Nid ydych wedi asesu 2 ohonynt eto (neu fe ddewisoch “ddim yn siŵr”): “Spotting and reporting risk” a hen gymhwysedd nad yw yn y fframwaith hwn mwyach.
        I symud i fyny, y llwybr arferol yw dyrchafiad, sydd fel arfer yn cymryd 24 mis.
        I symud i swydd ar lefel debyg, y llwybr arferol yw symud i swydd ar yr un lefel.
        Gallwch wneud cais yn uniongyrchol o'r tu allan i'r gwasanaeth; mae'r llwybr hwn fel arfer yn cymryd 3 mis.
        Gallwch ymuno drwy gynllun llwybr carlam, sydd fel arfer yn cymryd 1 mis.
        Mae'r swydd hon yn agored i ymgeiswyr, felly gallwch wneud cais nawr.
        Gallech hefyd gyrraedd yno drwy wneud cais yn uniongyrchol.
        Gallech hefyd gyrraedd yno drwy brentisiaeth (fel arfer 18 mis), drwy raglen gymhwyso neu drwy wneud cais yn uniongyrchol (fel arfer 2 fis).
        Rydych yn bodloni ei gofynion mynediad, yn ôl yr hyn rydych wedi'i ddweud wrthym.
        Nid ydych yn bodloni ei gofyniad mynediad eto: A level 5 qualification in health or social care. Gwiriwch y gofyniad mynediad hwn drosoch eich hun: Two years' experience of working with people in health or justice settings.
        Gwiriwch y gofyniad mynediad hwn drosoch eich hun: gofyniad nad yw wedi'i restru mwyach.
        O'i chymharu â'ch swydd bresennol, mae'n gofyn am 1 cymhwysedd newydd.
        O'i chymharu â'ch swydd bresennol, nid yw'n gofyn am ddim byd newydd.
        O'r tu allan i'r gwasanaeth, mae 1 cam yn y ffordd fwyaf tebygol o gyrraedd Operational Support Grade.
        Cam 1: Operational Support Grade, drwy wneud cais yn uniongyrchol. Rydych eisoes yn bodloni'r unig gymhwysedd sydd ei angen arni.
        Cam 2: prentisiaeth i gyrraedd Healthcare Assistant; mae hyn fel arfer yn cymryd 18 mis. Byddai angen i chi ddatblygu 1 o'r 3 chymhwysedd sydd eu hangen arni: “Talking with people in custody”.
        Nid yw'r fframwaith hwn yn dangos unrhyw ffordd o gyrraedd Custodial Manager o'r tu allan i'r gwasanaeth.
        Nid yw'r fframwaith hwn yn dangos unrhyw lwybr i gyrraedd y swydd hon o'ch swydd bresennol, y swydd hon.
        Rydych eisoes yn bodloni pob cymhwysedd sydd ei angen ar gyfer Supervising Officer.
        I fod yn barod ar gyfer Supervising Officer, mae angen i chi ddatblygu 1 cymhwysedd, a gall 1 cyfle dysgu a restrir yma helpu.
        Dechreuwch drwy ddilyn “Safeguarding essentials”, sy'n ei ddatblygu.
        Dechreuwch drwy ddilyn “First line leadership programme”, sy'n datblygu'r ddau.
        Nid oes unrhyw gyfle dysgu a restrir yma yn datblygu “Leading change”."#]].assert_eq(&lines(Lang::Cy));
}

/// Welsh sentences use the framework's Welsh names where it has them, and keep English-only
/// names in English, marked so the widget can say `lang="en"`.
#[test]
fn welsh_sentences_use_welsh_names_where_the_framework_has_them() {
    use hjcp_engine::{Explanation, Part};
    use hjcp_words::render_spans;
    let mut fw = fixture();
    fw.roles[1].title.cy = Some("Swyddog Carchar".to_string());
    fw.roles[0].title.cy = None;
    let e = Explanation { parts: vec![Part::AlreadyInRole { role: RoleIx(1) }] };
    assert_eq!(render(&e, &fw, Lang::Cy), "Rydych eisoes yn y swydd hon, Swyddog Carchar.");
    assert!(render_spans(&e, &fw, Lang::Cy).iter().all(|s| !s.english));
    let e = Explanation { parts: vec![Part::AlreadyInRole { role: RoleIx(0) }] };
    let spans = render_spans(&e, &fw, Lang::Cy);
    assert!(spans.iter().any(|s| s.english && s.text == "Operational Support Grade"), "{spans:?}");
    assert!(render_spans(&e, &fw, Lang::En).iter().all(|s| !s.english));
}

/// Every explanation the engine gives, for many answers on the fixture and on generated
/// frameworks, renders in both languages with every placeholder filled and no marker left in
/// the plain text; the spans join to the plain text; a language never says nothing where the
/// other says something.
#[test]
fn every_explanation_renders_in_both_languages() {
    use hjcp_engine::explain::{entry_part, fit_part};
    use hjcp_engine::testgen::{generated_answers, generated_framework};
    use hjcp_engine::{Explanation, Prepared};
    use hjcp_words::render_spans;

    let check = |fw: &Framework, e: &Explanation| {
        let en = render(e, fw, Lang::En);
        let cy = render(e, fw, Lang::Cy);
        for text in [&en, &cy] {
            assert!(!text.contains(['{', '}']), "leftover placeholder: {text}");
            assert!(!text.contains(['\u{E000}', '\u{E001}']), "marker left in: {text}");
            assert!(!text.contains("  ") && text.trim() == text, "stray space: {text:?}");
        }
        assert_eq!(en.is_empty(), cy.is_empty(), "{en} / {cy}");
        let joined: String = render_spans(e, fw, Lang::Cy).into_iter().map(|s| s.text).collect();
        assert_eq!(joined, cy);
        assert!(render_spans(e, fw, Lang::En).iter().all(|s| !s.english));
    };
    let all = |fw: &Framework, recs: &Recommendations| {
        let mut out: Vec<Explanation> = recs.moves.iter().map(|m| m.explanation.clone()).collect();
        out.extend(recs.target.iter().map(|t| t.explanation.clone()));
        out.extend(recs.plan.iter().map(|p| p.explanation.clone()));
        for fit in &recs.fits {
            let mut parts = vec![fit_part(fit)];
            parts.extend(entry_part(fit));
            out.push(Explanation { parts });
        }
        for e in &out {
            check(fw, e);
        }
    };

    let fw = fixture();
    let prepared = Prepared::new(&fw);
    let mut roles: Vec<Option<&str>> = vec![None];
    roles.extend(fw.roles.iter().map(|r| Some(r.id.as_str())));
    for persona in [Persona::Staff, Persona::Applicant] {
        for current in &roles {
            for target in &roles {
                for level in 0..4u8 {
                    let ratings: Vec<(&str, u8)> = fw
                        .competences
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| (*i as u8 + level) % 3 != 0)
                        .map(|(i, c)| (c.id.as_str(), (i as u8 + level) % 4))
                        .collect();
                    let a = answers(persona, *current, *target, &ratings);
                    all(&fw, &prepared.recommend(&a));
                }
            }
        }
    }
    for seed in 0..20 {
        let fw = generated_framework(40, 18, 40, seed);
        let prepared = Prepared::new(&fw);
        let mut a = generated_answers(&fw, seed);
        for persona in [Persona::Staff, Persona::Applicant] {
            a.persona = persona;
            all(&fw, &prepared.recommend(&a));
        }
    }
}
