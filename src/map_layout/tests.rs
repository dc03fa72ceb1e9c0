//! The map's rules on small hand-built frameworks, and its whole geometry on every built-in
//! framework as text snapshots (`tests/snapshots/map/`; `UPDATE_EXPECT=1` rewrites them).

use std::fmt::Write as _;

use expect_test::expect_file;
use hjcp_engine::testgen::fixture;
use hjcp_engine::{
    Answers, CareerLevel, Facts, Framework, LevelIx, Persona, Prepared, Role, RoleIx, Route,
    RouteKind, Text,
};

use super::*;

/// A framework with only what the map reads: levels of the given ranks ("L0", "L1", …), roles
/// as (id, family, level index) and promotions as (from, to). The rest comes from the fixture.
fn tiny(ranks: &[u16], roles: &[(&str, &str, u32)], routes: &[(Option<u32>, u32)]) -> Framework {
    let base = fixture();
    let (role, route) = (base.roles[0].clone(), base.routes[0].clone());
    Framework {
        id: "tiny".to_string(),
        levels: ranks
            .iter()
            .enumerate()
            .map(|(i, &rank)| CareerLevel {
                id: format!("L{i}"),
                label: Text::en(format!("Level {i}")),
                rank,
            })
            .collect(),
        roles: roles
            .iter()
            .map(|&(id, family, level)| Role {
                id: id.to_string(),
                title: Text::en(id),
                family: Text::en(family),
                level: LevelIx(level),
                ..role.clone()
            })
            .collect(),
        routes: routes
            .iter()
            .map(|&(from, to)| Route {
                from: from.map(RoleIx),
                to: RoleIx(to),
                kind: RouteKind::Promotion,
                ..route.clone()
            })
            .collect(),
        ..base
    }
}

#[test]
fn rows_are_the_levels_that_have_roles_most_senior_first() {
    // Ranks 2, 1, 3, 5 (unused), 2 again: rows are L2 (3), then L0 and L4 (2, in framework
    // order), then L1 (1); L3 has no role and no row.
    let fw =
        tiny(&[2, 1, 3, 5, 2], &[("a", "F", 0), ("b", "F", 1), ("c", "F", 2), ("d", "G", 4)], &[]);
    let map = layout(&fw);
    let rows: Vec<usize> = map.levels.iter().map(|r| r.level.get()).collect();
    assert_eq!(rows, [2, 0, 4, 1]);
    let ys: Vec<f32> = map.levels.iter().map(|r| r.y).collect();
    assert_eq!(ys, [TOP, TOP + 126.0, TOP + 252.0, TOP + 378.0]);
    // Each box sits in its level's row.
    let y_of = |level: usize| map.levels.iter().find(|r| r.level.get() == level).unwrap().y;
    for (node, role) in map.nodes.iter().zip(&fw.roles) {
        assert_eq!(node.y, y_of(role.level.get()), "{}", role.id);
    }
    assert_eq!(whole(map.height), whole(TOP + 4.0 * NODE_H + 3.0 * GAP_Y + BOTTOM));
}

#[test]
fn families_are_columns_in_order_of_first_appearance() {
    let fw = tiny(
        &[1, 2],
        &[("a", "Prison", 0), ("b", "Probation", 1), ("c", "Prison", 1), ("d", "Health", 0)],
        &[],
    );
    let map = layout(&fw);
    let named_by: Vec<u32> = map.families.iter().map(|c| c.role.0).collect();
    assert_eq!(named_by, [0, 1, 3], "each column is named by the first role of its family");
    let xs: Vec<f32> = map.families.iter().map(|c| c.x).collect();
    let step = NODE_W + GAP_X + FAMILY_GAP;
    assert_eq!(xs, [LEFT, LEFT + step, LEFT + 2.0 * step]);
    let node_xs: Vec<f32> = map.nodes.iter().map(|n| n.x).collect();
    assert_eq!(node_xs, [xs[0], xs[1], xs[0], xs[2]]);
    assert_eq!(map.width, xs[2] + NODE_W + RIGHT);
}

#[test]
fn roles_sharing_a_family_and_level_sit_side_by_side_and_widen_the_column() {
    let fw = tiny(
        &[1, 2],
        &[("a", "F", 0), ("b", "F", 1), ("c", "F", 0), ("d", "G", 0), ("e", "F", 0)],
        &[],
    );
    let map = layout(&fw);
    let n = &map.nodes;
    assert!(n[2].y == n[0].y && n[4].y == n[0].y);
    assert_eq!(n[2].x - n[0].x, NODE_W + GAP_X);
    assert_eq!(n[4].x - n[2].x, NODE_W + GAP_X);
    assert_eq!(n[1].x, n[0].x, "the fullest level does not move the other levels' roles");
    // Family F is three boxes wide, so G starts after them.
    assert_eq!(map.families[1].x, LEFT + 3.0 * (NODE_W + GAP_X) + FAMILY_GAP);
    assert_eq!(n[3].x, map.families[1].x);
}

#[test]
fn wrap_breaks_lines_at_spaces_and_cuts_the_last_with_an_ellipsis() {
    assert_eq!(wrap("Operational Support Grade", 20, 4), ["Operational Support", "Grade"]);
    assert_eq!(wrap("  Prison   Officer ", 20, 4), ["Prison Officer"]);
    assert_eq!(wrap("", 20, 4), Vec::<String>::new());
    // A word longer than the line keeps a line of its own.
    assert_eq!(wrap("Band 10 to 12 (Governing Governor)", 8, 9).len(), 4);
    assert_eq!(wrap("Multidisciplinary team", 10, 4), ["Multidisciplinary", "team"]);
    // Cut at `max` lines: the last line keeps at most chars - 1 characters, then "…".
    assert_eq!(
        wrap("Head of Probation Delivery Unit and something more", 12, 2),
        ["Head of", "Probation…"]
    );
    // The cut is by characters, not at a word.
    assert_eq!(wrap("aaaa bbbb cccc dddd", 9, 1), ["aaaa bbb…"]);
    assert_eq!(wrap("abcdefghijklmnop more", 10, 1), ["abcdefghi…"]);
}

#[test]
fn parallel_routes_between_two_roles_are_spread_apart_either_way() {
    // Two routes up and one back down between the same two roles, one above the other.
    let fw = tiny(
        &[1, 2],
        &[("low", "F", 0), ("high", "F", 1)],
        &[(Some(0), 1), (Some(0), 1), (Some(1), 0)],
    );
    let map = layout(&fw);
    let drawn: Vec<String> = edges(&fw, &map.nodes, &[]).into_iter().map(|e| e.d).collect();
    // Side by side, in route order (the way down on the right): the box's centre is at x = 194.
    assert_eq!(drawn, ["M172,185 L172,135", "M194,185 L194,135", "M216,135 L216,185"]);
    // One route alone between the two goes straight from centre to centre.
    let single = tiny(&[1, 2], &[("low", "F", 0), ("high", "F", 1)], &[(Some(1), 0)]);
    let drawn: Vec<String> =
        edges(&single, &layout(&single).nodes, &[]).into_iter().map(|e| e.d).collect();
    assert_eq!(drawn, ["M194,135 L194,185"]);
}

#[test]
fn a_route_with_a_box_in_its_way_bends_round_it() {
    // Three levels in one column: the way from the bottom to the top goes through the middle.
    let fw = tiny(
        &[1, 2, 3],
        &[("bottom", "F", 0), ("middle", "F", 1), ("top", "F", 2)],
        &[(Some(0), 2), (Some(0), 1)],
    );
    let map = layout(&fw);
    let nodes = &map.nodes;
    let (a, b) = (nodes[0], nodes[2]);
    let straight = Curve::Quadratic {
        start: (a.cx(), a.y - 3.0),
        control: (a.cx(), (a.cy() + b.cy()) / 2.0),
        end: (b.cx(), b.y + NODE_H + 3.0),
        straight: true,
    };
    assert!(crosses(nodes, [0, 2], straight), "the straight line crosses the middle box");
    let curves = between_roles(&fw, nodes);
    let bent = curves[0].unwrap();
    assert!(!matches!(bent, Curve::Quadratic { straight: true, .. }), "{bent:?}");
    assert!(!crosses(nodes, [0, 2], bent), "{}", bent.d());
    // Round the right of the middle box, the side with room (the labels are on the left).
    let beside: Vec<Point> =
        bent.points().filter(|&(_, y)| y > nodes[1].y && y < nodes[1].y + NODE_H).collect();
    assert!(!beside.is_empty());
    assert!(beside.iter().all(|&(x, _)| x > nodes[1].x + NODE_W), "{}", bent.d());
    assert_eq!(bent.d(), "M242,311 Q354,223 242,135");
    // The route to the box next to it needs no bend.
    let next = curves[1].unwrap();
    assert!(matches!(next, Curve::Quadratic { straight: true, .. }), "{next:?}");
}

#[test]
fn arrows_from_outside_are_short_spread_and_enter_the_bottom_of_the_box() {
    let fw = tiny(&[1], &[("only", "F", 0)], &[(None, 0), (None, 0), (None, 0)]);
    let map = layout(&fw);
    let drawn: Vec<String> = edges(&fw, &map.nodes, &[1]).iter().map(|e| e.d.clone()).collect();
    let n = map.nodes[0];
    let (bottom, from) = (whole(n.y + NODE_H + 3.0), whole(n.y + NODE_H + 34.0));
    let expected: Vec<String> = [-16.0, 0.0, 16.0]
        .iter()
        .map(|dx| {
            let x = whole(n.cx() + dx);
            format!("M{x},{from} L{x},{bottom}")
        })
        .collect();
    assert_eq!(drawn, expected);
    let on_path: Vec<bool> = edges(&fw, &map.nodes, &[1]).iter().map(|e| e.on_path).collect();
    assert_eq!(on_path, [false, true, false]);
}

/// Every built-in framework: boxes apart, inside the drawing, and no route between roles
/// through a box it does not join (the e2e test checks the same in a browser).
#[test]
fn built_in_maps_keep_boxes_apart_and_routes_clear_of_other_boxes() {
    let catalog = crate::catalog::decode().unwrap();
    for fw in &catalog.frameworks {
        let map = layout(fw);
        let nodes = &map.nodes;
        assert_eq!(nodes.len(), fw.roles.len());
        for (i, a) in nodes.iter().enumerate() {
            assert!(a.x >= LEFT && a.y >= TOP, "{}: {} is clear of the labels", fw.id, i);
            assert!(a.x + NODE_W <= map.width && a.y + NODE_H <= map.height, "{}", fw.id);
            for b in &nodes[i + 1..] {
                let apart = a.x + NODE_W + GAP_X <= b.x
                    || b.x + NODE_W + GAP_X <= a.x
                    || a.y + NODE_H + GAP_Y <= b.y
                    || b.y + NODE_H + GAP_Y <= a.y;
                assert!(apart, "{}: boxes at {a:?} and {b:?} overlap", fw.id);
            }
        }
        for (route, curve) in fw.routes.iter().zip(between_roles(fw, nodes)) {
            let Some(curve) = curve else { continue };
            let skip = [route.from.unwrap().get(), route.to.get()];
            assert!(!crosses(nodes, skip, curve), "{}: {}", fw.id, curve.d());
        }
        assert_eq!(edges(fw, nodes, &[]).len(), fw.routes.len(), "{}: every route", fw.id);
    }
}

/// Every built-in framework: the shape at the middle of each route is on the route's own
/// line, touches no box, and does not lie on another route's shape.
#[test]
fn built_in_maps_put_each_route_shape_on_its_line_clear_of_boxes_and_other_shapes() {
    let catalog = crate::catalog::decode().unwrap();
    for fw in catalog.frameworks.iter().chain([&fixture()]) {
        let map = layout(fw);
        let drawn = edges(fw, &map.nodes, &[]);
        let curves = between_roles(fw, &map.nodes);
        for (k, e) in drawn.iter().enumerate() {
            let (x, y) = (e.mid.0 as f32, e.mid.1 as f32);
            for n in &map.nodes {
                let touches = x + SHAPE > n.x
                    && x - SHAPE < n.x + NODE_W
                    && y + SHAPE > n.y
                    && y - SHAPE < n.y + NODE_H;
                assert!(!touches, "{}: the shape of {} touches the box at {n:?}", fw.id, e.d);
            }
            if let Some(curve) = curves[e.route] {
                let near = (0..=100)
                    .map(|t| curve.drawn_at(t as f32 / 100.0))
                    .any(|(px, py)| (px - x).hypot(py - y) < 2.0);
                assert!(near, "{}: the shape at {:?} is off its route {}", fw.id, e.mid, e.d);
            }
            for other in &drawn[k + 1..] {
                let apart = (other.mid.0 - e.mid.0).abs() > 2 * whole(SHAPE)
                    || (other.mid.1 - e.mid.1).abs() > 2 * whole(SHAPE);
                assert!(apart, "{}: the shapes of {} and {} overlap", fw.id, e.d, other.d);
            }
        }
    }
}

#[test]
fn every_route_kind_has_its_own_shape_inside_its_square() {
    let kinds = RouteKind::ALL;
    let shapes: Vec<String> = kinds.iter().map(|&k| shape(k, (100, 50))).collect();
    for (i, a) in shapes.iter().enumerate() {
        assert!(shapes[i + 1..].iter().all(|b| a != b), "{:?} shares its shape", kinds[i]);
    }
    assert_eq!(kinds.iter().filter(|&&k| hollow(k)).count(), 2, "two outlines among the fills");
    // Every absolute coordinate stays within SHAPE of the centre.
    for (kind, d) in kinds.iter().zip(&shapes) {
        for pair in
            d.split(|c: char| c.is_ascii_alphabetic() || c == ' ').filter(|p| p.contains(','))
        {
            if d.contains('a') {
                continue; // arcs are relative; the circle's start is checked below
            }
            let (x, y) = pair.split_once(',').unwrap();
            let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
            assert!(
                (x - 100).abs() <= whole(SHAPE) && (y - 50).abs() <= whole(SHAPE),
                "{kind:?}: {d}"
            );
        }
    }
    assert_eq!(shapes[0], "M94,50 a6,6 0 1,0 12,0 a6,6 0 1,0 -12,0 z");
}

/// The whole map as text, every number rounded as the SVG writes it.
fn describe(fw: &Framework, on_path: &[usize]) -> String {
    let map = layout(fw);
    let mut out = String::new();
    let w = fw.roles.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let id = |r: Option<RoleIx>| r.map_or("(outside)", |r| fw.role(r).id.as_str());
    writeln!(out, "{}: {} × {}", fw.id, whole(map.width), whole(map.height)).unwrap();
    writeln!(out, "\nfamily columns (x, family, named by)").unwrap();
    for c in &map.families {
        let role = fw.role(c.role);
        writeln!(out, "{:>6}  {} ({})", whole(c.x), role.family.en, role.id).unwrap();
    }
    writeln!(out, "\nlevel rows (y, level)").unwrap();
    for r in &map.levels {
        let level = fw.level(r.level);
        writeln!(out, "{:>6}  {} ({}, rank {})", whole(r.y), level.id, level.label.en, level.rank)
            .unwrap();
    }
    writeln!(out, "\nroles (role, x, y)").unwrap();
    for (role, n) in fw.roles.iter().zip(&map.nodes) {
        writeln!(out, "  {:<w$} {:>5} {:>5}", role.id, whole(n.x), whole(n.y)).unwrap();
    }
    writeln!(
        out,
        "\nroutes (from → to, kind, shape at, path{})",
        if on_path.is_empty() { "" } else { ", on path" }
    )
    .unwrap();
    for e in edges(fw, &map.nodes, on_path) {
        let r = &fw.routes[e.route];
        let mark = if e.on_path { "  ON PATH" } else { "" };
        let kind = format!("{:?}", e.kind);
        let at = format!("{},{}", e.mid.0, e.mid.1);
        writeln!(
            out,
            "  {:>w$} → {:<w$}  {kind:<14} {at:<9} {}{mark}",
            id(r.from),
            id(Some(r.to)),
            e.d
        )
        .unwrap();
    }
    out
}

#[test]
fn built_in_maps_snapshot() {
    let catalog = crate::catalog::decode().unwrap();
    for fw in &catalog.frameworks {
        expect_file![format!("../../tests/snapshots/map/{}.txt", fw.id)]
            .assert_eq(&describe(fw, &[]));
    }
}

/// A staff member in the OSG role aiming for custodial manager in the prison framework: the
/// routes of the path the map highlights, as the map screen takes them from the engine.
#[test]
fn prison_map_with_a_path_snapshot() {
    let catalog = crate::catalog::decode().unwrap();
    let fw = catalog.framework("hmpps-career-pathways").unwrap();
    let answers = Answers {
        persona: Persona::Staff,
        facts: Facts {
            qualification_level: Some(3),
            experience_years: Some(2),
            current_role: Some("osg".to_string()),
        },
        target_role: Some("custodial-manager".to_string()),
        ..Answers::new(fw.id.as_str())
    };
    let recs = Prepared::new(fw.clone()).recommend(&answers);
    let path = recs.target.as_ref().and_then(|t| t.path()).expect("a path to custodial manager");
    let on_path: Vec<usize> =
        path.steps.iter().filter_map(|s| s.step.route.map(|r| r.get())).collect();
    assert!(on_path.len() >= 2, "{on_path:?}");
    expect_file!["../../tests/snapshots/map/hmpps-career-pathways-osg-to-custodial-manager.txt"]
        .assert_eq(&describe(fw, &on_path));
}

/// The engine's hand-written fixture framework (one family, four levels, parallel routes).
#[test]
fn fixture_map_snapshot() {
    expect_file!["../../tests/snapshots/map/fixture.txt"].assert_eq(&describe(&fixture(), &[]));
}
