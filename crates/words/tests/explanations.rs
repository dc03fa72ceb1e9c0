//! Snapshot tests of the advice in English and Welsh, on the hand-written fixture framework.
//!
//! The snapshots are the sentences the results screen shows verbatim, each followed by its Welsh
//! (`[cy]`), so they are reviewed as prose: run `UPDATE_EXPECT=1 cargo test -p hjcp-words` after
//! a deliberate wording change and read the diff.

use expect_test::{expect, Expect};
use hjcp_engine::testgen::{fixture, fixture_answers, PRISON_OFFICER_RATINGS};
use hjcp_engine::{recommend, Answers, Explanation, Framework, Persona, Recommendations, RoleIx};
use hjcp_words::{render, Lang};

/// An explanation in English, then in Welsh.
fn both(e: &Explanation, fw: &Framework) -> String {
    format!("{}\n[cy] {}", render(e, fw, Lang::En), render(e, fw, Lang::Cy))
}

/// Everything the results screen would say, one block per recommendation, path and plan.
fn render_all(fw: &Framework, recs: &Recommendations) -> String {
    let mut out = format!("[Summary]\n{}\n\n", both(&recs.summary, fw));
    for m in &recs.moves {
        out.push_str(&format!(
            "[{:?}] {} ({}%)\n{}\n\n",
            m.kind,
            fw.role(m.role).title.en,
            m.fit,
            both(&m.explanation, fw)
        ));
    }
    for c in &recs.closed {
        out.push_str(&format!(
            "[Closed] {}\n{}\n\n",
            fw.role(c.role).title.en,
            both(&c.explanation, fw)
        ));
    }
    if let Some(t) = &recs.target {
        out.push_str(&format!(
            "[Target] {}\n{}\n\n",
            fw.role(t.role).title.en,
            both(&t.explanation, fw)
        ));
    }
    if let Some(p) = &recs.plan {
        out.push_str(&format!(
            "[Plan {:?}] {}\n{}\n",
            p.basis,
            fw.role(p.role).title.en,
            both(&p.explanation, fw)
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
    expect.assert_eq(&render_all(fw, &recommend(fw, a)));
}

#[test]
fn staff_next_steps_lateral_moves_path_and_plan() {
    let fw = fixture();
    let a = fixture_answers(
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
            You have rated 7 of the 8 competences in this framework (6 of the 7 these results depend on).
            [cy] Rydych wedi asesu 7 o'r 8 cymhwysedd yn y fframwaith hwn (6 o'r 7 y mae'r canlyniadau hyn yn dibynnu arnynt).

            [Up] Supervising Officer (90%)
            You meet 4 of the 5 competences this role needs. You are one step short on “Calming tense situations”. That makes a fit of 90%: 4 met and 1 one step short (which counts as half), out of 5. To move up, the quickest route is a fast-track scheme, an estimated 12 months. You could also get there through a promotion (an estimated 24 months). Compared with your current role, it asks for 2 new competences and 1 at a higher step. It no longer asks for 2 competences your current role needs.
            [cy] Rydych yn bodloni 4 o'r 5 cymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran “Calming tense situations”. Felly mae'r gyfatebiaeth yn 90%: 4 wedi'u bodloni, 1 yn brin o un cam (sy'n cyfrif fel hanner), allan o 5. I symud i fyny, y llwybr cyflymaf yw cynllun llwybr carlam, amcangyfrif o 12 mis. Gallech hefyd gyrraedd yno drwy ddyrchafiad (amcangyfrif o 24 mis). O'i chymharu â'ch swydd bresennol, mae'n gofyn am 2 gymhwysedd newydd a lefel uwch mewn 1 cymhwysedd. Nid yw bellach yn gofyn am 2 gymhwysedd sydd eu hangen ar eich swydd bresennol.

            [Up] Custodial Manager (50%)
            You meet 1 of the 5 competences this role needs. You are one step short on 3 of them: “Knowing how I come across”, “Helping colleagues grow” and “Planning the team's work”. You have not rated “Leading change” yet (or chose “not sure”). That makes a fit of 50%: 1 met and 3 one step short (which count as half), out of 5. To move up, the usual route is a promotion, an estimated 36 months. Compared with your current role, it asks for 3 new competences and 1 at a higher step. It no longer asks for 3 competences your current role needs.
            [cy] Rydych yn bodloni 1 o'r 5 cymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran 3 ohonynt: “Knowing how I come across”, “Helping colleagues grow” a “Planning the team's work”. Nid ydych wedi asesu “Leading change” eto (neu fe ddewisoch “ddim yn siŵr”). Felly mae'r gyfatebiaeth yn 50%: 1 wedi'u bodloni, 3 yn brin o un cam (sy'n cyfrif fel hanner), allan o 5. I symud i fyny, y llwybr arferol yw dyrchafiad, amcangyfrif o 36 mis. O'i chymharu â'ch swydd bresennol, mae'n gofyn am 3 chymhwysedd newydd a lefel uwch mewn 1 cymhwysedd. Nid yw bellach yn gofyn am 3 chymhwysedd sydd eu hangen ar eich swydd bresennol.

            [Closed] Liaison and Diversion Practitioner
            You cannot move to Liaison and Diversion Practitioner yet. You do not meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care, and none of the ways there open to you gives them.
            [cy] Ni allwch symud i'r swydd hon eto: Liaison and Diversion Practitioner. Nid ydych yn bodloni 2 o'i gofynion mynediad: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care, ac nid oes yr un o'r ffyrdd sydd ar agor i chi yn eu rhoi.

            [Target] Custodial Manager
            From your current role, Prison Officer, the most likely way to Custodial Manager has 1 step and takes an estimated 36 months. Step 1: a promotion to Custodial Manager, an estimated 36 months. You would need to build 4 of its 5 competences: “Knowing how I come across”, “Helping colleagues grow”, “Planning the team's work” and 1 more. Another way: through Supervising Officer (2 steps, an estimated 36 months).
            [cy] O'ch swydd bresennol, Prison Officer, mae 1 cam yn y ffordd fwyaf tebygol o gyrraedd Custodial Manager, ac amcangyfrif o 36 mis yw ei hyd. Cam 1: dyrchafiad i gyrraedd Custodial Manager; amcangyfrif o 36 mis yw hyd hyn. Byddai angen i chi ddatblygu 4 o'r 5 cymhwysedd sydd eu hangen arni: “Knowing how I come across”, “Helping colleagues grow”, “Planning the team's work” ac un arall. Ffordd arall, drwy'r swydd hon: Supervising Officer (2 gam, amcangyfrif o 36 mis).

            [Plan Target] Custodial Manager
            To be ready for Custodial Manager, you have 4 competences to build, and 3 learning offers listed here can help. Start with “First line leadership programme”, which builds 2 of them. No learning offer open to you here builds “Knowing how I come across”. 1 other learning offer builds some of them, but it is not for you along this way (it is for other staff or for applicants, asks for more than you will hold, or leads to a qualification you already have). Compared with your current role, it asks for 3 new competences and 1 at a higher step. It no longer asks for 3 competences your current role needs.
            [cy] I fod yn barod ar gyfer Custodial Manager, mae angen i chi ddatblygu 4 cymhwysedd, a gall 3 chyfle dysgu a restrir yma helpu. Dechreuwch drwy ddilyn “First line leadership programme”, sy'n datblygu 2 ohonynt. Nid oes unrhyw gyfle dysgu sydd ar agor i chi yma yn datblygu “Knowing how I come across”. Mae 1 cyfle dysgu arall yn datblygu rhai ohonynt, ond nid yw ar agor i chi ar y ffordd hon (mae ar gyfer staff eraill neu ymgeiswyr, yn gofyn am fwy nag a fydd gennych, neu'n arwain at gymhwyster sydd gennych eisoes). O'i chymharu â'ch swydd bresennol, mae'n gofyn am 3 chymhwysedd newydd a lefel uwch mewn 1 cymhwysedd. Nid yw bellach yn gofyn am 3 chymhwysedd sydd eu hangen ar eich swydd bresennol.
            - point 0: first-line-leadership builds 2
            - point 0: coaching-conversations builds 1
            - point 0: operations-manager-apprenticeship builds 3
        "#]],
    );
}

#[test]
fn applicant_apply_now_and_through_a_route() {
    let fw = fixture();
    let a = fixture_answers(
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
            You have rated 5 of the 8 competences in this framework (5 of the 8 these results depend on).
            [cy] Rydych wedi asesu 5 o'r 8 cymhwysedd yn y fframwaith hwn (5 o'r 8 y mae'r canlyniadau hyn yn dibynnu arnynt).

            [ApplyNow] Probation Services Officer (100%)
            You meet each of the 3 competences this role needs. You can apply directly from outside the service. You meet its entry requirement: A Level 3 qualification, such as A levels, or equivalent relevant experience.
            [cy] Rydych yn bodloni pob un o'r 3 chymhwysedd sydd eu hangen ar gyfer y swydd hon. Gallwch wneud cais yn uniongyrchol o'r tu allan i'r gwasanaeth. Rydych yn bodloni ei gofyniad mynediad: A Level 3 qualification, such as A levels, or equivalent relevant experience.

            [ApplyNow] Peer Mentor (100%)
            You meet each of the 2 competences this role needs. This role is open to applicants, so you can apply now. Check this entry requirement for yourself: Your own experience of the justice system, and being ready to share it. Its main requirement is your own lived experience, which this tool does not ask about: read the role's description to see whether it fits you.
            [cy] Rydych yn bodloni'r ddau gymhwysedd sydd eu hangen ar gyfer y swydd hon. Mae'r swydd hon yn agored i ymgeiswyr, felly gallwch wneud cais nawr. Gwiriwch y gofyniad mynediad hwn drosoch eich hun: Your own experience of the justice system, and being ready to share it. Eich profiad bywyd eich hun yw ei phrif ofyniad, ac nid yw'r offeryn hwn yn holi amdano: darllenwch ddisgrifiad y swydd i weld a yw'n addas i chi.

            [ApplyNow] Operational Support Grade (100%)
            You meet each of the 3 competences this role needs. You can apply directly from outside the service; this route takes an estimated 3 months. Check this entry requirement for yourself: Pass the online test for the role.
            [cy] Rydych yn bodloni pob un o'r 3 chymhwysedd sydd eu hangen ar gyfer y swydd hon. Gallwch wneud cais yn uniongyrchol o'r tu allan i'r gwasanaeth; amcangyfrif o 3 mis yw hyd y llwybr hwn. Gwiriwch y gofyniad mynediad hwn drosoch eich hun: Pass the online test for the role.

            [ApplyNow] Prison Officer (60%)
            You meet 2 of the 5 competences this role needs. You are one step short on 2 of them: “Knowing how I come across” and “Spotting and reporting risk”. You have further to go on “Calming tense situations”. That makes a fit of 60%: 2 met and 2 one step short (which count as half), out of 5. This role is open to applicants, so you can apply now. Check this entry requirement for yourself: Pass the online test and the assessment day.
            [cy] Rydych yn bodloni 2 o'r 5 cymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran 2 ohonynt: “Knowing how I come across” a “Spotting and reporting risk”. Mae gennych ffordd bellach i fynd o ran “Calming tense situations”. Felly mae'r gyfatebiaeth yn 60%: 2 wedi'u bodloni, 2 yn brin o un cam (sy'n cyfrif fel hanner), allan o 5. Mae'r swydd hon yn agored i ymgeiswyr, felly gallwch wneud cais nawr. Gwiriwch y gofyniad mynediad hwn drosoch eich hun: Pass the online test and the assessment day.

            [ThroughRoute] Healthcare Assistant (83%)
            You meet 2 of the 3 competences this role needs. You are one step short on “Spotting and reporting risk”. That makes a fit of 83%: 2 met and 1 one step short (which counts as half), out of 3. You can get there through an apprenticeship, an estimated 18 months. You meet its entry requirement: English and maths at level 2, such as GCSE grade 4 or above.
            [cy] Rydych yn bodloni 2 o'r 3 chymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran “Spotting and reporting risk”. Felly mae'r gyfatebiaeth yn 83%: 2 wedi'u bodloni, 1 yn brin o un cam (sy'n cyfrif fel hanner), allan o 3. Gallwch gyrraedd yno drwy brentisiaeth, amcangyfrif o 18 mis. Rydych yn bodloni ei gofyniad mynediad: English and maths at level 2, such as GCSE grade 4 or above.

            [ThroughRoute] Probation Officer (75%)
            You meet 2 of the 4 competences this role needs. You are one step short on 2 of them: “Spotting and reporting risk” and “Knowing how I come across”. That makes a fit of 75%: 2 met and 2 one step short (which count as half), out of 4. You can get there through a qualification programme, an estimated 21 months. The way there gives you what its entry requirement asks for: The Professional Qualification in Probation (PQiP), a Level 6 qualification.
            [cy] Rydych yn bodloni 2 o'r 4 cymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran 2 ohonynt: “Spotting and reporting risk” a “Knowing how I come across”. Felly mae'r gyfatebiaeth yn 75%: 2 wedi'u bodloni, 2 yn brin o un cam (sy'n cyfrif fel hanner), allan o 4. Gallwch gyrraedd yno drwy raglen gymhwyso, amcangyfrif o 21 mis. Mae'r ffordd yno'n rhoi'r hyn y mae ei gofyniad mynediad yn gofyn amdano: The Professional Qualification in Probation (PQiP), a Level 6 qualification.

            [ThroughRoute] Registered Nurse (66%)
            You meet 2 of the 3 competences this role needs. You have further to go on “Spotting and reporting risk”. That makes a fit of 66%: 2 met, out of 3. You can get there in 2 steps, through Healthcare Assistant, an estimated 66 months. The way there gives you what 2 of its entry requirements ask for: A nursing degree (Level 6); Registration with the Nursing and Midwifery Council.
            [cy] Rydych yn bodloni 2 o'r 3 chymhwysedd sydd eu hangen ar gyfer y swydd hon. Mae gennych ffordd bellach i fynd o ran “Spotting and reporting risk”. Felly mae'r gyfatebiaeth yn 66%: 2 wedi'u bodloni, allan o 3. Gallwch gyrraedd yno mewn 2 gam, gan fynd drwy'r swydd hon: Healthcare Assistant, amcangyfrif o 66 mis. Mae'r ffordd yno'n rhoi'r hyn y mae 2 o'i gofynion mynediad yn gofyn amdano: A nursing degree (Level 6); Registration with the Nursing and Midwifery Council.

            [ThroughRoute] Supervising Officer (30%)
            You meet 1 of the 5 competences this role needs. You are one step short on “Knowing how I come across”. You have further to go on “Calming tense situations”. You have not rated 2 of them yet (or chose “not sure”): “Helping colleagues grow” and “Planning the team's work”. That makes a fit of 30%: 1 met and 1 one step short (which counts as half), out of 5. You can get there in 2 steps, through Prison Officer, an estimated 12 months.
            [cy] Rydych yn bodloni 1 o'r 5 cymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran “Knowing how I come across”. Mae gennych ffordd bellach i fynd o ran “Calming tense situations”. Nid ydych wedi asesu 2 ohonynt eto (neu fe ddewisoch “ddim yn siŵr”): “Helping colleagues grow” a “Planning the team's work”. Felly mae'r gyfatebiaeth yn 30%: 1 wedi'u bodloni, 1 yn brin o un cam (sy'n cyfrif fel hanner), allan o 5. Gallwch gyrraedd yno mewn 2 gam, gan fynd drwy'r swydd hon: Prison Officer, amcangyfrif o 12 mis.

            [ThroughRoute] Custodial Manager (10%)
            You do not yet meet any of the 5 competences this role needs. You are one step short on “Spotting and reporting risk”. You have further to go on “Knowing how I come across”. You have not rated 3 of them yet (or chose “not sure”): “Helping colleagues grow”, “Planning the team's work” and “Leading change”. That makes a fit of 10%: 0 met and 1 one step short (which counts as half), out of 5. You can get there in 2 steps, through Prison Officer, an estimated 36 months.
            [cy] Nid ydych yn bodloni unrhyw un o'r 5 cymhwysedd sydd eu hangen ar gyfer y swydd hon eto. Rydych un cam yn brin o ran “Spotting and reporting risk”. Mae gennych ffordd bellach i fynd o ran “Knowing how I come across”. Nid ydych wedi asesu 3 ohonynt eto (neu fe ddewisoch “ddim yn siŵr”): “Helping colleagues grow”, “Planning the team's work” a “Leading change”. Felly mae'r gyfatebiaeth yn 10%: 0 wedi'u bodloni, 1 yn brin o un cam (sy'n cyfrif fel hanner), allan o 5. Gallwch gyrraedd yno mewn 2 gam, gan fynd drwy'r swydd hon: Prison Officer, amcangyfrif o 36 mis.

            [Closed] Liaison and Diversion Practitioner
            You cannot apply for Liaison and Diversion Practitioner yet. You do not meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care, and none of the ways there open to you gives them.
            [cy] Ni allwch wneud cais am y swydd hon eto: Liaison and Diversion Practitioner. Nid ydych yn bodloni 2 o'i gofynion mynediad: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care, ac nid oes yr un o'r ffyrdd sydd ar agor i chi yn eu rhoi.

            [Target] Supervising Officer
            From outside the service, the most likely way to Supervising Officer has 2 steps and takes an estimated 12 months. Step 1: apply directly for Prison Officer. Check for yourself that you meet its entry requirement: Pass the online test and the assessment day. You would need to build 3 of its 5 competences: “Knowing how I come across”, “Calming tense situations” and “Spotting and reporting risk”. Step 2: a fast-track scheme to Supervising Officer, an estimated 12 months. You would need to build 4 of its 5 competences: “Knowing how I come across”, “Calming tense situations”, “Helping colleagues grow” and 1 more.
            [cy] O'r tu allan i'r gwasanaeth, mae 2 gam yn y ffordd fwyaf tebygol o gyrraedd Supervising Officer, ac amcangyfrif o 12 mis yw ei hyd. Cam 1: Prison Officer, drwy wneud cais yn uniongyrchol. Gwiriwch drosoch eich hun eich bod yn bodloni'r canlynol: Pass the online test and the assessment day. Byddai angen i chi ddatblygu 3 o'r 5 cymhwysedd sydd eu hangen arni: “Knowing how I come across”, “Calming tense situations” a “Spotting and reporting risk”. Cam 2: cynllun llwybr carlam i gyrraedd Supervising Officer; amcangyfrif o 12 mis yw hyd hyn. Byddai angen i chi ddatblygu 4 o'r 5 cymhwysedd sydd eu hangen arni: “Knowing how I come across”, “Calming tense situations”, “Helping colleagues grow” ac un arall.

            [Plan Target] Supervising Officer
            To be ready for Supervising Officer, you have 4 competences to build, and 4 learning offers listed here can help. Start with “De-escalation skills”, which builds 1 of them. No learning offer open to you here builds “Knowing how I come across”. 3 other learning offers build some of them, but they are not for you along this way (they are for other staff or for applicants, ask for more than you will hold, or lead to a qualification you already have).
            [cy] I fod yn barod ar gyfer Supervising Officer, mae angen i chi ddatblygu 4 cymhwysedd, a gall 4 cyfle dysgu a restrir yma helpu. Dechreuwch drwy ddilyn “De-escalation skills”, sy'n datblygu 1 ohonynt. Nid oes unrhyw gyfle dysgu sydd ar agor i chi yma yn datblygu “Knowing how I come across”. Mae 3 chyfle dysgu arall yn datblygu rhai ohonynt, ond nid ydynt ar agor i chi ar y ffordd hon (maent ar gyfer staff eraill neu ymgeiswyr, yn gofyn am fwy nag a fydd gennych, neu'n arwain at gymhwyster sydd gennych eisoes).
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
    let a = fixture_answers(
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
            You have rated 7 of the 8 competences in this framework (4 of the 4 these results depend on).
            [cy] Rydych wedi asesu 7 o'r 8 cymhwysedd yn y fframwaith hwn (4 o'r 4 y mae'r canlyniadau hyn yn dibynnu arnynt).

            [Target] Probation Officer
            This framework shows no route from your current role, Custodial Manager, to Probation Officer.
            [cy] Nid yw'r fframwaith hwn yn dangos unrhyw lwybr i gyrraedd Probation Officer o'ch swydd bresennol, Custodial Manager.

            [Plan Target] Probation Officer
            To be ready for Probation Officer, you have 1 competence to build. No learning offer listed here covers it. Compared with your current role, it asks for 2 new competences and 1 at a lower step. It no longer asks for 3 competences your current role needs.
            [cy] I fod yn barod ar gyfer Probation Officer, mae angen i chi ddatblygu 1 cymhwysedd. Nid oes unrhyw gyfle dysgu a restrir yma yn ei gwmpasu. O'i chymharu â'ch swydd bresennol, mae'n gofyn am 2 gymhwysedd newydd a lefel is mewn 1 cymhwysedd. Nid yw bellach yn gofyn am 3 chymhwysedd sydd eu hangen ar eich swydd bresennol.
        "#]],
    );
}

#[test]
fn already_in_target_role() {
    let fw = fixture();
    let a = fixture_answers(
        Persona::Staff,
        Some("prison-officer"),
        Some("prison-officer"),
        PRISON_OFFICER_RATINGS,
    );
    let recs = recommend(&fw, &a);
    let target = recs.target.as_ref().expect("target set");
    expect![[r#"
        You already hold this role, Prison Officer.
        [cy] Rydych eisoes yn y swydd hon, Prison Officer."#]]
    .assert_eq(&both(&target.explanation, &fw));
}

#[test]
fn nothing_rated_yet() {
    let fw = fixture();
    let a = fixture_answers(Persona::Applicant, None, None, &[]);
    check(
        &fw,
        &a,
        expect![[r#"
            [Summary]
            You have rated 0 of the 8 competences in this framework (0 of the 8 these results depend on). These results are a rough guide: you have rated fewer than half of the competences they depend on. Rate more of them to make the results surer.
            [cy] Rydych wedi asesu 0 o'r 8 cymhwysedd yn y fframwaith hwn (0 o'r 8 y mae'r canlyniadau hyn yn dibynnu arnynt). Canllaw bras yn unig yw'r canlyniadau hyn: rydych wedi asesu llai na hanner y cymwyseddau y maent yn dibynnu arnynt. Aseswch fwy ohonynt i wneud y canlyniadau'n fwy sicr.

            [ApplyNow] Probation Services Officer (0%)
            We cannot tell yet how well this role fits, because you have not rated the 3 competences it needs (or chose “not sure”): “Talking with people in custody”, “Spotting and reporting risk” and “Keeping accurate records”. You can apply directly from outside the service. You meet its entry requirement: A Level 3 qualification, such as A levels, or equivalent relevant experience.
            [cy] Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 3 chymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Talking with people in custody”, “Spotting and reporting risk” a “Keeping accurate records”. Gallwch wneud cais yn uniongyrchol o'r tu allan i'r gwasanaeth. Rydych yn bodloni ei gofyniad mynediad: A Level 3 qualification, such as A levels, or equivalent relevant experience.

            [ApplyNow] Peer Mentor (0%)
            We cannot tell yet how well this role fits, because you have not rated the 2 competences it needs (or chose “not sure”): “Knowing how I come across” and “Talking with people in custody”. This role is open to applicants, so you can apply now. Check this entry requirement for yourself: Your own experience of the justice system, and being ready to share it. Its main requirement is your own lived experience, which this tool does not ask about: read the role's description to see whether it fits you.
            [cy] Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 2 gymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Knowing how I come across” a “Talking with people in custody”. Mae'r swydd hon yn agored i ymgeiswyr, felly gallwch wneud cais nawr. Gwiriwch y gofyniad mynediad hwn drosoch eich hun: Your own experience of the justice system, and being ready to share it. Eich profiad bywyd eich hun yw ei phrif ofyniad, ac nid yw'r offeryn hwn yn holi amdano: darllenwch ddisgrifiad y swydd i weld a yw'n addas i chi.

            [ApplyNow] Operational Support Grade (0%)
            We cannot tell yet how well this role fits, because you have not rated the 3 competences it needs (or chose “not sure”): “Knowing how I come across”, “Talking with people in custody” and “Keeping accurate records”. You can apply directly from outside the service; this route takes an estimated 3 months. Check this entry requirement for yourself: Pass the online test for the role.
            [cy] Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 3 chymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Knowing how I come across”, “Talking with people in custody” a “Keeping accurate records”. Gallwch wneud cais yn uniongyrchol o'r tu allan i'r gwasanaeth; amcangyfrif o 3 mis yw hyd y llwybr hwn. Gwiriwch y gofyniad mynediad hwn drosoch eich hun: Pass the online test for the role.

            [ApplyNow] Prison Officer (0%)
            We cannot tell yet how well this role fits, because you have not rated the 5 competences it needs (or chose “not sure”): “Knowing how I come across”, “Talking with people in custody”, “Calming tense situations” and 2 more. This role is open to applicants, so you can apply now. Check this entry requirement for yourself: Pass the online test and the assessment day.
            [cy] Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 5 cymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Knowing how I come across”, “Talking with people in custody”, “Calming tense situations” a dau arall. Mae'r swydd hon yn agored i ymgeiswyr, felly gallwch wneud cais nawr. Gwiriwch y gofyniad mynediad hwn drosoch eich hun: Pass the online test and the assessment day.

            [ThroughRoute] Healthcare Assistant (0%)
            We cannot tell yet how well this role fits, because you have not rated the 3 competences it needs (or chose “not sure”): “Talking with people in custody”, “Spotting and reporting risk” and “Keeping accurate records”. You can get there through an apprenticeship, an estimated 18 months. You meet its entry requirement: English and maths at level 2, such as GCSE grade 4 or above.
            [cy] Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 3 chymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Talking with people in custody”, “Spotting and reporting risk” a “Keeping accurate records”. Gallwch gyrraedd yno drwy brentisiaeth, amcangyfrif o 18 mis. Rydych yn bodloni ei gofyniad mynediad: English and maths at level 2, such as GCSE grade 4 or above.

            [ThroughRoute] Probation Officer (0%)
            We cannot tell yet how well this role fits, because you have not rated the 4 competences it needs (or chose “not sure”): “Talking with people in custody”, “Spotting and reporting risk”, “Keeping accurate records” and 1 more. You can get there through a qualification programme, an estimated 21 months. The way there gives you what its entry requirement asks for: The Professional Qualification in Probation (PQiP), a Level 6 qualification.
            [cy] Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 4 cymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Talking with people in custody”, “Spotting and reporting risk”, “Keeping accurate records” ac un arall. Gallwch gyrraedd yno drwy raglen gymhwyso, amcangyfrif o 21 mis. Mae'r ffordd yno'n rhoi'r hyn y mae ei gofyniad mynediad yn gofyn amdano: The Professional Qualification in Probation (PQiP), a Level 6 qualification.

            [ThroughRoute] Supervising Officer (0%)
            We cannot tell yet how well this role fits, because you have not rated the 5 competences it needs (or chose “not sure”): “Knowing how I come across”, “Talking with people in custody”, “Calming tense situations” and 2 more. You can get there in 2 steps, through Prison Officer, an estimated 12 months.
            [cy] Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 5 cymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Knowing how I come across”, “Talking with people in custody”, “Calming tense situations” a dau arall. Gallwch gyrraedd yno mewn 2 gam, gan fynd drwy'r swydd hon: Prison Officer, amcangyfrif o 12 mis.

            [ThroughRoute] Custodial Manager (0%)
            We cannot tell yet how well this role fits, because you have not rated the 5 competences it needs (or chose “not sure”): “Knowing how I come across”, “Helping colleagues grow”, “Planning the team's work” and 2 more. You can get there in 2 steps, through Prison Officer, an estimated 36 months.
            [cy] Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 5 cymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Knowing how I come across”, “Helping colleagues grow”, “Planning the team's work” a dau arall. Gallwch gyrraedd yno mewn 2 gam, gan fynd drwy'r swydd hon: Prison Officer, amcangyfrif o 36 mis.

            [ThroughRoute] Registered Nurse (0%)
            We cannot tell yet how well this role fits, because you have not rated the 3 competences it needs (or chose “not sure”): “Talking with people in custody”, “Spotting and reporting risk” and “Keeping accurate records”. You can get there in 2 steps, through Healthcare Assistant, an estimated 66 months. The way there gives you what 2 of its entry requirements ask for: A nursing degree (Level 6); Registration with the Nursing and Midwifery Council.
            [cy] Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu unrhyw un o'r 3 chymhwysedd sydd eu hangen arni (neu fe ddewisoch “ddim yn siŵr”): “Talking with people in custody”, “Spotting and reporting risk” a “Keeping accurate records”. Gallwch gyrraedd yno mewn 2 gam, gan fynd drwy'r swydd hon: Healthcare Assistant, amcangyfrif o 66 mis. Mae'r ffordd yno'n rhoi'r hyn y mae 2 o'i gofynion mynediad yn gofyn amdano: A nursing degree (Level 6); Registration with the Nursing and Midwifery Council.

            [Closed] Liaison and Diversion Practitioner
            You cannot apply for Liaison and Diversion Practitioner yet. You do not meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care, and none of the ways there open to you gives them.
            [cy] Ni allwch wneud cais am y swydd hon eto: Liaison and Diversion Practitioner. Nid ydych yn bodloni 2 o'i gofynion mynediad: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care, ac nid oes yr un o'r ffyrdd sydd ar agor i chi yn eu rhoi.

            [Plan TopRecommendation] Probation Services Officer
            To be ready for Probation Services Officer, you have 3 competences to build, and 3 learning offers listed here can help. Start with “De-escalation skills”, which builds 1 of them. No learning offer open to you here builds “Keeping accurate records”.
            [cy] I fod yn barod ar gyfer Probation Services Officer, mae angen i chi ddatblygu 3 chymhwysedd, a gall 3 chyfle dysgu a restrir yma helpu. Dechreuwch drwy ddilyn “De-escalation skills”, sy'n datblygu 1 ohonynt. Nid oes unrhyw gyfle dysgu sydd ar agor i chi yma yn datblygu “Keeping accurate records”.
            - point 0: de-escalation-skills builds 1
            - point 0: safeguarding-essentials builds 1
            - point 1: induction builds 2
        "#]],
    );
}

/// The target explanation alone, for scenarios where the rest is shown elsewhere.
fn target_and_plan(fw: &Framework, a: &Answers) -> String {
    let recs = recommend(fw, a);
    let mut out = String::new();
    if let Some(t) = &recs.target {
        out.push_str(&format!("[Target]\n{}\n", both(&t.explanation, fw)));
    }
    if let Some(p) = &recs.plan {
        out.push_str(&format!("[Plan]\n{}\n", both(&p.explanation, fw)));
        for o in &p.offers {
            out.push_str(&format!("- point {}: {}\n", o.point, fw.learning[o.offer.get()].id));
        }
    }
    out
}

#[test]
fn level_3_applicant_aiming_for_nursing() {
    let fw = fixture();
    let a = fixture_answers(
        Persona::Applicant,
        None,
        Some("registered-nurse"),
        &[("communication", 2), ("safeguarding", 1), ("record-keeping", 1)],
    );
    expect![[r#"
        [Target]
        From outside the service, the most likely way to Registered Nurse has 2 steps and takes an estimated 66 months. Step 1: an apprenticeship to Healthcare Assistant, an estimated 18 months. You would need to build 2 of its 3 competences: “Spotting and reporting risk” and “Keeping accurate records”. Step 2: an apprenticeship to Registered Nurse, an estimated 48 months. It gives you a Level 6 qualification and registration with the Nursing and Midwifery Council. You would need to build 2 of its 3 competences: “Spotting and reporting risk” and “Keeping accurate records”.
        [cy] O'r tu allan i'r gwasanaeth, mae 2 gam yn y ffordd fwyaf tebygol o gyrraedd Registered Nurse, ac amcangyfrif o 66 mis yw ei hyd. Cam 1: prentisiaeth i gyrraedd Healthcare Assistant; amcangyfrif o 18 mis yw hyd hyn. Byddai angen i chi ddatblygu 2 o'r 3 chymhwysedd sydd eu hangen arni: “Spotting and reporting risk” a “Keeping accurate records”. Cam 2: prentisiaeth i gyrraedd Registered Nurse; amcangyfrif o 48 mis yw hyd hyn. Mae'n rhoi'r canlynol i chi: cymhwyster Lefel 6; cofrestriad (Nursing and Midwifery Council). Byddai angen i chi ddatblygu 2 o'r 3 chymhwysedd sydd eu hangen arni: “Spotting and reporting risk” a “Keeping accurate records”.
        [Plan]
        To be ready for Registered Nurse, you have 2 competences to build, and 2 learning offers listed here can help. Start with “Safeguarding essentials”, which builds 1 of them. No learning offer open to you here builds “Keeping accurate records”.
        [cy] I fod yn barod ar gyfer Registered Nurse, mae angen i chi ddatblygu 2 gymhwysedd, a gall 2 gyfle dysgu a restrir yma helpu. Dechreuwch drwy ddilyn “Safeguarding essentials”, sy'n datblygu 1 ohonynt. Nid oes unrhyw gyfle dysgu sydd ar agor i chi yma yn datblygu “Keeping accurate records”.
        - point 0: safeguarding-essentials
        - point 1: induction
    "#]]
    .assert_eq(&target_and_plan(&fw, &a));
    // Without the degree apprenticeship nothing gives the degree: the way is blocked, and the
    // explanation says by what.
    let mut fw = fw;
    let nurse = fw.role_ix("registered-nurse").unwrap();
    fw.routes.retain(|r| !(r.to == nurse && r.from.is_some()));
    expect![[r#"
        [Target]
        From outside the service, the routes lead to Registered Nurse, but you do not meet its entry requirement: A nursing degree (Level 6). None of the ways there open to you gives it.
        [cy] O'r tu allan i'r gwasanaeth, mae'r llwybrau'n arwain at y swydd hon: Registered Nurse, ond nid ydych yn bodloni ei gofyniad mynediad: A nursing degree (Level 6). Nid oes yr un o'r ffyrdd sydd ar agor i chi yn ei roi.
        [Plan]
        To be ready for Registered Nurse, you have 2 competences to build, and 1 learning offer listed here can help. Start with “Safeguarding essentials”, which builds 1 of them. No learning offer open to you here builds “Keeping accurate records”. 1 other learning offer builds some of them, but it is not for you along this way (it is for other staff or for applicants, asks for more than you will hold, or leads to a qualification you already have).
        [cy] I fod yn barod ar gyfer Registered Nurse, mae angen i chi ddatblygu 2 gymhwysedd, a gall 1 cyfle dysgu a restrir yma helpu. Dechreuwch drwy ddilyn “Safeguarding essentials”, sy'n datblygu 1 ohonynt. Nid oes unrhyw gyfle dysgu sydd ar agor i chi yma yn datblygu “Keeping accurate records”. Mae 1 cyfle dysgu arall yn datblygu rhai ohonynt, ond nid yw ar agor i chi ar y ffordd hon (mae ar gyfer staff eraill neu ymgeiswyr, yn gofyn am fwy nag a fydd gennych, neu'n arwain at gymhwyster sydd gennych eisoes).
        - point 0: safeguarding-essentials
    "#]]
    .assert_eq(&target_and_plan(&fw, &a));
}

#[test]
fn staff_outside_operational_roles_moving_into_the_prison_service() {
    let fw = fixture();
    let a = fixture_answers(
        Persona::Staff,
        Some("liaison-practitioner"),
        Some("supervising-officer"),
        PRISON_OFFICER_RATINGS,
    );
    expect![[r#"
        [Target]
        From your current role, Liaison and Diversion Practitioner, the most likely way to Supervising Officer has 2 steps and takes an estimated 18 months. Step 1: a move at the same level to Prison Officer, an estimated 6 months. Check for yourself that you meet its entry requirement: Pass the online test and the assessment day. You already meet all 5 competences it needs. Step 2: a fast-track scheme to Supervising Officer, an estimated 12 months. You would need to build 1 of its 5 competences: “Calming tense situations”.
        [cy] O'ch swydd bresennol, Liaison and Diversion Practitioner, mae 2 gam yn y ffordd fwyaf tebygol o gyrraedd Supervising Officer, ac amcangyfrif o 18 mis yw ei hyd. Cam 1: symud i swydd ar yr un lefel i gyrraedd Prison Officer; amcangyfrif o 6 mis yw hyd hyn. Gwiriwch drosoch eich hun eich bod yn bodloni'r canlynol: Pass the online test and the assessment day. Rydych eisoes yn bodloni pob un o'r 5 cymhwysedd sydd eu hangen arni. Cam 2: cynllun llwybr carlam i gyrraedd Supervising Officer; amcangyfrif o 12 mis yw hyd hyn. Byddai angen i chi ddatblygu 1 o'r 5 cymhwysedd sydd eu hangen arni: “Calming tense situations”.
        [Plan]
        To be ready for Supervising Officer, you have 1 competence to build, and 2 learning offers listed here can help. Start with “De-escalation skills”, which builds it. 1 other learning offer builds some of them, but it is not for you along this way (it is for other staff or for applicants, asks for more than you will hold, or leads to a qualification you already have). Compared with your current role, it asks for 3 new competences and 1 at a higher step. It no longer asks for 2 competences your current role needs.
        [cy] I fod yn barod ar gyfer Supervising Officer, mae angen i chi ddatblygu 1 cymhwysedd, a gall 2 gyfle dysgu a restrir yma helpu. Dechreuwch drwy ddilyn “De-escalation skills”, sy'n ei ddatblygu. Mae 1 cyfle dysgu arall yn datblygu rhai ohonynt, ond nid yw ar agor i chi ar y ffordd hon (mae ar gyfer staff eraill neu ymgeiswyr, yn gofyn am fwy nag a fydd gennych, neu'n arwain at gymhwyster sydd gennych eisoes). O'i chymharu â'ch swydd bresennol, mae'n gofyn am 3 chymhwysedd newydd a lefel uwch mewn 1 cymhwysedd. Nid yw bellach yn gofyn am 2 gymhwysedd sydd eu hangen ar eich swydd bresennol.
        - point 0: de-escalation-skills
        - point 0: operational-conversion
    "#]].assert_eq(&target_and_plan(&fw, &a));
}

/// A person who answered the quick estimate (one step per area) and then rated two
/// competences and chose "not sure" for one: the estimates count in the fit, and the summary
/// counts them apart from the ratings.
#[test]
fn quick_estimate_then_a_few_ratings() {
    let fw = fixture();
    let mut a = fixture_answers(
        Persona::Applicant,
        None,
        Some("supervising-officer"),
        &[("self-awareness", 2), ("de-escalation", 1)],
    );
    a.set_rating("planning", Some(hjcp_engine::Rating::NotSure), 2);
    a.set_estimate("leading-me", Some(1), 3);
    a.set_estimate("working-with-people", Some(2), 3);
    a.set_estimate("keeping-safe", Some(2), 3);
    let recs = recommend(&fw, &a);
    assert_eq!((recs.confidence.rated, recs.confidence.estimated), (2, 5));
    expect![[r#"
        You have rated 2 of the 8 competences in this framework (2 of the 8 these results depend on). You have also estimated 5 more. These results are a rough guide: you have rated fewer than half of the competences they depend on. Rate more of them to make the results surer.
        [cy] Rydych wedi asesu 2 o'r 8 cymhwysedd yn y fframwaith hwn (2 o'r 8 y mae'r canlyniadau hyn yn dibynnu arnynt). Rydych hefyd wedi amcangyfrif 5 cymhwysedd arall. Canllaw bras yn unig yw'r canlyniadau hyn: rydych wedi asesu llai na hanner y cymwyseddau y maent yn dibynnu arnynt. Aseswch fwy ohonynt i wneud y canlyniadau'n fwy sicr."#]].assert_eq(&both(&recs.summary, &fw));
    let target = recs.target.as_ref().expect("a target");
    expect![[r#"
        From outside the service, the most likely way to Supervising Officer has 2 steps and takes an estimated 12 months. Step 1: apply directly for Prison Officer. Check for yourself that you meet its entry requirement: Pass the online test and the assessment day. You would need to build 1 of its 5 competences: “Calming tense situations”. Step 2: a fast-track scheme to Supervising Officer, an estimated 12 months. You would need to build 2 of its 5 competences: “Calming tense situations” and “Planning the team's work”.
        [cy] O'r tu allan i'r gwasanaeth, mae 2 gam yn y ffordd fwyaf tebygol o gyrraedd Supervising Officer, ac amcangyfrif o 12 mis yw ei hyd. Cam 1: Prison Officer, drwy wneud cais yn uniongyrchol. Gwiriwch drosoch eich hun eich bod yn bodloni'r canlynol: Pass the online test and the assessment day. Byddai angen i chi ddatblygu 1 o'r 5 cymhwysedd sydd eu hangen arni: “Calming tense situations”. Cam 2: cynllun llwybr carlam i gyrraedd Supervising Officer; amcangyfrif o 12 mis yw hyd hyn. Byddai angen i chi ddatblygu 2 o'r 5 cymhwysedd sydd eu hangen arni: “Calming tense situations” a “Planning the team's work”."#]].assert_eq(&both(&target.explanation, &fw));
}

/// The confidence sentence with estimates, for every plural form of either language.
#[test]
fn confidence_with_estimates_in_every_plural_form() {
    let fw = fixture();
    let lines: Vec<String> = [1, 2, 3, 6, 18]
        .into_iter()
        .map(|estimated| {
            let part = hjcp_engine::Part::Confidence {
                rated: 14,
                estimated,
                total: 32,
                needed_rated: 10,
                needed_estimated: estimated.min(8),
                needed_total: 18,
                rough: false,
            };
            both(&Explanation { parts: vec![part] }, &fw)
        })
        .collect();
    expect![[r#"
        You have rated 14 of the 32 competences in this framework (10 of the 18 these results depend on). You have also estimated 1 more.
        [cy] Rydych wedi asesu 14 o'r 32 cymhwysedd yn y fframwaith hwn (10 o'r 18 y mae'r canlyniadau hyn yn dibynnu arnynt). Rydych hefyd wedi amcangyfrif 1 cymhwysedd arall.
        You have rated 14 of the 32 competences in this framework (10 of the 18 these results depend on). You have also estimated 2 more.
        [cy] Rydych wedi asesu 14 o'r 32 cymhwysedd yn y fframwaith hwn (10 o'r 18 y mae'r canlyniadau hyn yn dibynnu arnynt). Rydych hefyd wedi amcangyfrif 2 gymhwysedd arall.
        You have rated 14 of the 32 competences in this framework (10 of the 18 these results depend on). You have also estimated 3 more.
        [cy] Rydych wedi asesu 14 o'r 32 cymhwysedd yn y fframwaith hwn (10 o'r 18 y mae'r canlyniadau hyn yn dibynnu arnynt). Rydych hefyd wedi amcangyfrif 3 chymhwysedd arall.
        You have rated 14 of the 32 competences in this framework (10 of the 18 these results depend on). You have also estimated 6 more.
        [cy] Rydych wedi asesu 14 o'r 32 cymhwysedd yn y fframwaith hwn (10 o'r 18 y mae'r canlyniadau hyn yn dibynnu arnynt). Rydych hefyd wedi amcangyfrif 6 chymhwysedd arall.
        You have rated 14 of the 32 competences in this framework (10 of the 18 these results depend on). You have also estimated 18 more.
        [cy] Rydych wedi asesu 14 o'r 32 cymhwysedd yn y fframwaith hwn (10 o'r 18 y mae'r canlyniadau hyn yn dibynnu arnynt). Rydych hefyd wedi amcangyfrif 18 cymhwysedd arall."#]].assert_eq(&lines.join("\n"));
}

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
    let lines: Vec<String> =
        parts.into_iter().map(|p| both(&Explanation { parts: vec![p] }, &fw)).collect();
    expect![[r#"
        This role does not list any competences to rate.
        [cy] Nid yw'r swydd hon yn rhestru unrhyw gymwyseddau i'w hasesu.
        You meet the one competence this role needs.
        [cy] Rydych yn bodloni'r unig gymhwysedd sydd ei angen ar gyfer y swydd hon.
        You do not yet meet the one competence this role needs. You have further to go on “Calming tense situations”.
        [cy] Nid ydych yn bodloni'r unig gymhwysedd sydd ei angen ar gyfer y swydd hon eto. Mae gennych ffordd bellach i fynd o ran “Calming tense situations”.
        We cannot tell yet how well this role fits, because you have not rated the one competence it needs (or chose “not sure”): “Calming tense situations”.
        [cy] Ni allwn ddweud eto pa mor dda y mae'r swydd hon yn gweddu i chi, oherwydd nad ydych wedi asesu ei hunig gymhwysedd (neu fe ddewisoch “ddim yn siŵr”): “Calming tense situations”.
        You meet 1 of the 6 competences this role needs. You are one step short on “Knowing how I come across”. You have further to go on 2 of them: “Talking with people in custody” and “Calming tense situations”. You have not rated 2 of them yet (or chose “not sure”): “Spotting and reporting risk” and a competence no longer in this framework.
        [cy] Rydych yn bodloni 1 o'r 6 chymhwysedd sydd eu hangen ar gyfer y swydd hon. Rydych un cam yn brin o ran “Knowing how I come across”. Mae gennych ffordd bellach i fynd o ran 2 ohonynt: “Talking with people in custody” a “Calming tense situations”. Nid ydych wedi asesu 2 ohonynt eto (neu fe ddewisoch “ddim yn siŵr”): “Spotting and reporting risk” a hen gymhwysedd nad yw yn y fframwaith hwn mwyach.
        That makes a fit of 90%: 4 met and 1 one step short (which counts as half), out of 5.
        [cy] Felly mae'r gyfatebiaeth yn 90%: 4 wedi'u bodloni, 1 yn brin o un cam (sy'n cyfrif fel hanner), allan o 5.
        That makes a fit of 50%: 1 met, out of 2.
        [cy] Felly mae'r gyfatebiaeth yn 50%: 1 wedi'u bodloni, allan o 2.
        That makes a fit of 33%: 0 met and 2 one step short (which count as half), out of 3.
        [cy] Felly mae'r gyfatebiaeth yn 33%: 0 wedi'u bodloni, 2 yn brin o un cam (sy'n cyfrif fel hanner), allan o 3.
        To move up, the usual route is a promotion, an estimated 24 months.
        [cy] I symud i fyny, y llwybr arferol yw dyrchafiad, amcangyfrif o 24 mis.
        To move across, the usual route is a move at the same level.
        [cy] I symud i swydd ar lefel debyg, y llwybr arferol yw symud i swydd ar yr un lefel.
        You can apply directly from outside the service; this route takes an estimated 3 months.
        [cy] Gallwch wneud cais yn uniongyrchol o'r tu allan i'r gwasanaeth; amcangyfrif o 3 mis yw hyd y llwybr hwn.
        You can get there through a fast-track scheme, an estimated 1 month.
        [cy] Gallwch gyrraedd yno drwy gynllun llwybr carlam, amcangyfrif o 1 mis.
        You can get there through a qualification programme, an estimated 15 to 21 months.
        [cy] Gallwch gyrraedd yno drwy raglen gymhwyso, amcangyfrif o 15 i 21 mis.
        You can get there in 2 steps, through Healthcare Assistant, an estimated 42 to 66 months.
        [cy] Gallwch gyrraedd yno mewn 2 gam, gan fynd drwy'r swydd hon: Healthcare Assistant, amcangyfrif o 42 i 66 mis.
        You can get there in 3 steps, through Prison Officer and then Supervising Officer, an estimated 36 months.
        [cy] Gallwch gyrraedd yno mewn 3 cham, gan fynd drwy'r swyddi hyn: Prison Officer ac yna Supervising Officer, amcangyfrif o 36 mis.
        This role is open to applicants, so you can apply now.
        [cy] Mae'r swydd hon yn agored i ymgeiswyr, felly gallwch wneud cais nawr.
        You could also get there by applying directly.
        [cy] Gallech hefyd gyrraedd yno drwy wneud cais yn uniongyrchol.
        You could also get there through an apprenticeship (an estimated 18 months), through a qualification programme or by applying directly (an estimated 2 months).
        [cy] Gallech hefyd gyrraedd yno drwy brentisiaeth (amcangyfrif o 18 mis), drwy raglen gymhwyso neu drwy wneud cais yn uniongyrchol (amcangyfrif o 2 fis).
        You meet its entry requirements, from what you have told us.
        [cy] Rydych yn bodloni ei gofynion mynediad, yn ôl yr hyn rydych wedi'i ddweud wrthym.
        You do not yet meet its entry requirement: A level 5 qualification in health or social care. Check this entry requirement for yourself: Two years' experience of working with people in health or justice settings.
        [cy] Nid ydych yn bodloni ei gofyniad mynediad eto: A level 5 qualification in health or social care. Gwiriwch y gofyniad mynediad hwn drosoch eich hun: Two years' experience of working with people in health or justice settings.
        Check this entry requirement for yourself: a requirement no longer listed.
        [cy] Gwiriwch y gofyniad mynediad hwn drosoch eich hun: gofyniad nad yw wedi'i restru mwyach.
        The way there gives you what 2 of its entry requirements ask for: A nursing degree (Level 6); Registration with the Nursing and Midwifery Council.
        [cy] Mae'r ffordd yno'n rhoi'r hyn y mae 2 o'i gofynion mynediad yn gofyn amdano: A nursing degree (Level 6); Registration with the Nursing and Midwifery Council.
        The way there gives you what its entry requirement asks for: A level 5 qualification in health or social care. You already meet its other entry requirement: Two years' experience of working with people in health or justice settings.
        [cy] Mae'r ffordd yno'n rhoi'r hyn y mae ei gofyniad mynediad yn gofyn amdano: A level 5 qualification in health or social care. Rydych eisoes yn bodloni ei gofyniad mynediad arall: Two years' experience of working with people in health or justice settings.
        Compared with your current role, it asks for 1 new competence.
        [cy] O'i chymharu â'ch swydd bresennol, mae'n gofyn am 1 cymhwysedd newydd.
        Compared with your current role, it asks for nothing new.
        [cy] O'i chymharu â'ch swydd bresennol, nid yw'n gofyn am ddim byd newydd.
        From outside the service, the most likely way to Operational Support Grade has 1 step.
        [cy] O'r tu allan i'r gwasanaeth, mae 1 cam yn y ffordd fwyaf tebygol o gyrraedd Operational Support Grade.
        From outside the service, the most likely way to Probation Officer has 1 step and takes an estimated 15 to 21 months.
        [cy] O'r tu allan i'r gwasanaeth, mae 1 cam yn y ffordd fwyaf tebygol o gyrraedd Probation Officer, ac amcangyfrif o 15 i 21 mis yw ei hyd.
        Step 1: apply directly for Operational Support Grade. Check for yourself that you meet its entry requirement: Pass the online test for the role. You already meet the one competence it needs.
        [cy] Cam 1: Operational Support Grade, drwy wneud cais yn uniongyrchol. Gwiriwch drosoch eich hun eich bod yn bodloni'r canlynol: Pass the online test for the role. Rydych eisoes yn bodloni'r unig gymhwysedd sydd ei angen arni.
        Step 2: an apprenticeship to Healthcare Assistant, an estimated 18 months. It gives you a Level 3 qualification. You would need to build 1 of its 3 competences: “Talking with people in custody”.
        [cy] Cam 2: prentisiaeth i gyrraedd Healthcare Assistant; amcangyfrif o 18 mis yw hyd hyn. Mae'n rhoi'r canlynol i chi: cymhwyster Lefel 3. Byddai angen i chi ddatblygu 1 o'r 3 chymhwysedd sydd eu hangen arni: “Talking with people in custody”.
        Step 1: a qualification programme to Probation Officer, an estimated 15 to 21 months. It takes 15 months for some people: if you have already studied the core modules at Level 5. It gives you a Level 6 qualification.
        [cy] Cam 1: rhaglen gymhwyso i gyrraedd Probation Officer; amcangyfrif o 15 i 21 mis yw hyd hyn. Mae'n cymryd 15 mis i rai pobl: if you have already studied the core modules at Level 5. Mae'n rhoi'r canlynol i chi: cymhwyster Lefel 6.
        Step 2: an apprenticeship to Registered Nurse, an estimated 24 to 48 months. It takes 24 months for some people: A Level 5 qualification in health care, such as a nursing associate foundation degree. It gives you a Level 6 qualification, registration with the Nursing and Midwifery Council and 1 year of relevant experience. You would need to build 1 of its 3 competences: “Spotting and reporting risk”.
        [cy] Cam 2: prentisiaeth i gyrraedd Registered Nurse; amcangyfrif o 24 i 48 mis yw hyd hyn. Mae'n cymryd 24 mis i rai pobl: A Level 5 qualification in health care, such as a nursing associate foundation degree. Mae'n rhoi'r canlynol i chi: cymhwyster Lefel 6; cofrestriad (Nursing and Midwifery Council); 1 flwyddyn o brofiad perthnasol. Byddai angen i chi ddatblygu 1 o'r 3 chymhwysedd sydd eu hangen arni: “Spotting and reporting risk”.
        Another way: through Supervising Officer (2 steps, an estimated 36 months).
        [cy] Ffordd arall, drwy'r swydd hon: Supervising Officer (2 gam, amcangyfrif o 36 mis).
        Another way: straight to Custodial Manager (1 step, an estimated 36 months).
        [cy] Ffordd arall, yn syth i'r swydd hon: Custodial Manager (1 cam, amcangyfrif o 36 mis).
        This framework shows no way into Custodial Manager from outside the service.
        [cy] Nid yw'r fframwaith hwn yn dangos unrhyw ffordd o gyrraedd Custodial Manager o'r tu allan i'r gwasanaeth.
        This framework shows no route from your current role, this role, to this role.
        [cy] Nid yw'r fframwaith hwn yn dangos unrhyw lwybr i gyrraedd y swydd hon o'ch swydd bresennol, y swydd hon.
        From outside the service, the routes lead to Liaison and Diversion Practitioner, but you do not meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care. None of the ways there open to you gives them.
        [cy] O'r tu allan i'r gwasanaeth, mae'r llwybrau'n arwain at y swydd hon: Liaison and Diversion Practitioner, ond nid ydych yn bodloni 2 o'i gofynion mynediad: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care. Nid oes yr un o'r ffyrdd sydd ar agor i chi yn eu rhoi.
        From your current role, Prison Officer, the routes to Custodial Manager pass through Liaison and Diversion Practitioner, and you do not meet its entry requirement: A level 5 qualification in health or social care. None of the ways there open to you gives it.
        [cy] O'ch swydd bresennol, Prison Officer, mae'r llwybrau i'r swydd hon: Custodial Manager, yn mynd drwy swydd arall: Liaison and Diversion Practitioner, ac nid ydych yn bodloni ei gofyniad mynediad: A level 5 qualification in health or social care. Nid oes yr un o'r ffyrdd sydd ar agor i chi yn ei roi.
        From outside the service, the routes lead to Custodial Manager, but the entry requirements of the roles on the way close every one of them for now.
        [cy] O'r tu allan i'r gwasanaeth, mae'r llwybrau'n arwain at y swydd hon: Custodial Manager, ond mae gofynion mynediad y swyddi ar y ffordd yn cau pob un ohonynt am y tro.
        You cannot apply for Registered Nurse yet. You do not meet its entry requirement: A nursing degree (Level 6), and none of the ways there open to you gives it.
        [cy] Ni allwch wneud cais am y swydd hon eto: Registered Nurse. Nid ydych yn bodloni ei gofyniad mynediad: A nursing degree (Level 6), ac nid oes yr un o'r ffyrdd sydd ar agor i chi yn ei roi.
        You cannot move to Liaison and Diversion Practitioner yet. You do not meet 2 of its entry requirements: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care, and none of the ways there open to you gives them.
        [cy] Ni allwch symud i'r swydd hon eto: Liaison and Diversion Practitioner. Nid ydych yn bodloni 2 o'i gofynion mynediad: Two years' experience of working with people in health or justice settings; A level 5 qualification in health or social care, ac nid oes yr un o'r ffyrdd sydd ar agor i chi yn eu rhoi.
        Its main requirement is your own lived experience, which this tool does not ask about: read the role's description to see whether it fits you.
        [cy] Eich profiad bywyd eich hun yw ei phrif ofyniad, ac nid yw'r offeryn hwn yn holi amdano: darllenwch ddisgrifiad y swydd i weld a yw'n addas i chi.
        You have rated 3 of the 8 competences in this framework (3 of the 8 these results depend on). These results are a rough guide: you have rated fewer than half of the competences they depend on. Rate more of them to make the results surer.
        [cy] Rydych wedi asesu 3 o'r 8 cymhwysedd yn y fframwaith hwn (3 o'r 8 y mae'r canlyniadau hyn yn dibynnu arnynt). Canllaw bras yn unig yw'r canlyniadau hyn: rydych wedi asesu llai na hanner y cymwyseddau y maent yn dibynnu arnynt. Aseswch fwy ohonynt i wneud y canlyniadau'n fwy sicr.
        You have rated 7 of the 8 competences in this framework (6 of the 7 these results depend on). You have also estimated 1 more.
        [cy] Rydych wedi asesu 7 o'r 8 cymhwysedd yn y fframwaith hwn (6 o'r 7 y mae'r canlyniadau hyn yn dibynnu arnynt). Rydych hefyd wedi amcangyfrif 1 cymhwysedd arall.
        You have rated 0 of the 8 competences in this framework.
        [cy] Rydych wedi asesu 0 o'r 8 cymhwysedd yn y fframwaith hwn.
        You already meet every competence Supervising Officer needs.
        [cy] Rydych eisoes yn bodloni pob cymhwysedd sydd ei angen ar gyfer Supervising Officer.
        To be ready for Supervising Officer, you have 1 competence to build, and 1 learning offer listed here can help.
        [cy] I fod yn barod ar gyfer Supervising Officer, mae angen i chi ddatblygu 1 cymhwysedd, a gall 1 cyfle dysgu a restrir yma helpu.
        Start with “Safeguarding essentials”, which builds it.
        [cy] Dechreuwch drwy ddilyn “Safeguarding essentials”, sy'n ei ddatblygu.
        When you reach Prison Officer, start with “First line leadership programme”, which builds all of them.
        [cy] Pan fyddwch yn y swydd hon: Prison Officer, dechreuwch drwy ddilyn “First line leadership programme”, sy'n datblygu'r ddau.
        No learning offer open to you here builds “Leading change”.
        [cy] Nid oes unrhyw gyfle dysgu sydd ar agor i chi yma yn datblygu “Leading change”.
        1 other learning offer builds some of them, but it is not for you along this way (it is for other staff or for applicants, asks for more than you will hold, or leads to a qualification you already have).
        [cy] Mae 1 cyfle dysgu arall yn datblygu rhai ohonynt, ond nid yw ar agor i chi ar y ffordd hon (mae ar gyfer staff eraill neu ymgeiswyr, yn gofyn am fwy nag a fydd gennych, neu'n arwain at gymhwyster sydd gennych eisoes).
        2 other learning offers build some of them, but they are not for you along this way (they are for other staff or for applicants, ask for more than you will hold, or lead to a qualification you already have).
        [cy] Mae 2 gyfle dysgu arall yn datblygu rhai ohonynt, ond nid ydynt ar agor i chi ar y ffordd hon (maent ar gyfer staff eraill neu ymgeiswyr, yn gofyn am fwy nag a fydd gennych, neu'n arwain at gymhwyster sydd gennych eisoes)."#]].assert_eq(&lines.join("\n"));
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
    let prepared = Prepared::new(fw.clone());
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
                    let a = fixture_answers(persona, *current, *target, &ratings);
                    all(&fw, &prepared.recommend(&a));
                }
            }
        }
    }
    for seed in 0..20 {
        let fw = generated_framework(40, 18, 40, seed);
        let prepared = Prepared::new(fw.clone());
        let mut a = generated_answers(&fw, seed);
        for persona in [Persona::Staff, Persona::Applicant] {
            a.persona = persona;
            all(&fw, &prepared.recommend(&a));
        }
    }
}
