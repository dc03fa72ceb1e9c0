//! Snapshot tests of what the engine computes behind the explanations and the compare screen,
//! on the hand-written fixture framework: what changes between two roles, and three roles side
//! by side. The sentences themselves are worded and snapshot-tested in crates/words.
//!
//! Run `UPDATE_EXPECT=1 cargo test -p hjcp-engine` after a deliberate change and read the diff.

use expect_test::expect;
use hjcp_engine::testgen::{fixture, fixture_answers, PRISON_OFFICER_RATINGS};
use hjcp_engine::{compare, role_diff, Persona, Prepared, RoleIx};

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
    let a = fixture_answers(Persona::Staff, Some("prison-officer"), None, PRISON_OFFICER_RATINGS);
    let prepared = Prepared::new(fw.clone());
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
