//! The pathway map's geometry: where each role's box goes and the SVG path of every route.
//!
//! Pure and native: values in, values out, no Leptos and no web API, so the rules are tested
//! with `cargo test` and the whole drawing of each built-in framework is kept as a text
//! snapshot in `tests/snapshots/map/`. `screens/map.rs` draws what this module computes and
//! looks up the words (role titles, family and level labels) itself.
//!
//! Rows are career levels, most senior at the top; columns are job families. Routes between
//! roles are straight where nothing is in the way and bent round the boxes that are; routes in
//! from outside the service are short arrows up into the bottom of the box. Layout is plain
//! geometry over the framework's own order; nothing here scores anything.
//!
//! Nothing here borrows the framework beyond a call: a [`Layout`] holds numbers and indices, so
//! it works on a framework decoded at run time as well as on the built-in ones.

use std::collections::HashMap;

use hjcp_engine::{Framework, LevelIx, Role, RoleIx, RouteKind};

/// Width of a role's box.
pub const NODE_W: f32 = 164.0;
/// Height of a role's box.
pub const NODE_H: f32 = 70.0;
const GAP_X: f32 = 30.0;
const GAP_Y: f32 = 56.0;
const FAMILY_GAP: f32 = 14.0;
const LEFT: f32 = 112.0;
const TOP: f32 = 62.0;
const BOTTOM: f32 = 44.0;
/// Height of a line of text in a role's box.
pub const LINE: f32 = 14.0;
/// Room right of the last column, for a route bent round the boxes in its way.
const RIGHT: f32 = 44.0;
/// Characters per line of a node's title at the diagram's font size.
pub const CHARS: usize = 20;

/// The top left corner of a role's box (the box is [`NODE_W`] by [`NODE_H`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Node {
    pub x: f32,
    pub y: f32,
}

impl Node {
    /// The horizontal centre of the box.
    pub fn cx(self) -> f32 {
        self.x + NODE_W / 2.0
    }
    /// The vertical centre of the box.
    pub fn cy(self) -> f32 {
        self.y + NODE_H / 2.0
    }
}

/// A job family's column. Its label is the family of `role`, the first role of the family in
/// framework order (families are told apart by their English name).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FamilyColumn {
    /// The left edge of the column, where its label starts.
    pub x: f32,
    pub role: RoleIx,
}

/// A career level's row: its label is `level`'s.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LevelRow {
    /// The top of the row's boxes.
    pub y: f32,
    pub level: LevelIx,
}

/// Where everything on the map goes.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The size of the drawing.
    pub width: f32,
    pub height: f32,
    /// One box per role, indexed like `Framework::roles`.
    pub nodes: Vec<Node>,
    /// Family columns, left to right.
    pub families: Vec<FamilyColumn>,
    /// Level rows that have roles, top (most senior) to bottom.
    pub levels: Vec<LevelRow>,
}

/// Places every role of `fw`.
///
/// Rows: levels that have roles, most senior (highest rank) first, ties in framework order.
/// Columns: families in order of first appearance, each as wide as its fullest level. Roles
/// sharing a family and level sit side by side in framework order.
pub fn layout(fw: &Framework) -> Layout {
    let mut ranks: Vec<(u16, usize)> = Vec::new();
    for r in &fw.roles {
        let level = r.level.get();
        let rank = fw.levels.get(level).map_or(0, |l| l.rank);
        if !ranks.iter().any(|(_, l)| *l == level) {
            ranks.push((rank, level));
        }
    }
    ranks.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let row_of: HashMap<usize, usize> =
        ranks.iter().enumerate().map(|(i, (_, l))| (*l, i)).collect();
    // The first role of each family.
    let mut families: Vec<usize> = Vec::new();
    for (i, r) in fw.roles.iter().enumerate() {
        if !families.iter().any(|&f| fw.roles[f].family.en == r.family.en) {
            families.push(i);
        }
    }
    let family_of =
        |r: &Role| families.iter().position(|&f| fw.roles[f].family.en == r.family.en).unwrap_or(0);
    let mut cell_count: HashMap<(usize, usize), usize> = HashMap::new();
    let mut slot = Vec::with_capacity(fw.roles.len());
    for r in &fw.roles {
        let key = (family_of(r), row_of[&r.level.get()]);
        let n = cell_count.entry(key).or_insert(0);
        slot.push(*n);
        *n += 1;
    }
    let mut family_x = Vec::with_capacity(families.len());
    let mut x = LEFT;
    for f in 0..families.len() {
        family_x.push(x);
        let width =
            cell_count.iter().filter(|((fam, _), _)| *fam == f).map(|(_, n)| *n).max().unwrap_or(1);
        x += width as f32 * (NODE_W + GAP_X) + FAMILY_GAP;
    }
    let nodes = fw
        .roles
        .iter()
        .enumerate()
        .map(|(i, r)| Node {
            x: family_x[family_of(r)] + slot[i] as f32 * (NODE_W + GAP_X),
            y: TOP + row_of[&r.level.get()] as f32 * (NODE_H + GAP_Y),
        })
        .collect();
    let rows = ranks.len().max(1);
    Layout {
        width: x - FAMILY_GAP - GAP_X + RIGHT,
        height: TOP + rows as f32 * (NODE_H + GAP_Y) - GAP_Y + BOTTOM,
        nodes,
        families: families
            .into_iter()
            .enumerate()
            .map(|(i, f)| FamilyColumn { x: family_x[i], role: RoleIx(f as u32) })
            .collect(),
        levels: ranks
            .iter()
            .map(|(_, l)| LevelRow {
                y: TOP + row_of[l] as f32 * (NODE_H + GAP_Y),
                level: LevelIx(*l as u32),
            })
            .collect(),
    }
}

/// Splits text into lines of at most `chars` characters at spaces; at most `max` lines, the
/// last ending in "…" when cut. A word longer than `chars` keeps a line of its own, uncut.
pub fn wrap(text: &str, chars: usize, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let keep: String = last.chars().take(chars.saturating_sub(1)).collect();
            *last = format!("{}…", keep.trim_end());
        }
    }
    lines
}

/// The SVG dash pattern that tells route kinds apart (with the legend; never colour alone).
/// The [`shape`] at the middle of each route tells them apart too, for anyone who cannot
/// follow a dash pattern.
pub fn dash(kind: RouteKind) -> Option<&'static str> {
    match kind {
        RouteKind::Promotion => None,
        RouteKind::FastTrack => Some("14 5"),
        RouteKind::Apprenticeship => Some("2 5"),
        RouteKind::Qualification => Some("12 4 2 4"),
        RouteKind::Lateral => Some("6 6"),
        RouteKind::DirectEntry => Some("1 4"),
    }
}

/// Half the width of the shape drawn at the middle of a route.
pub const SHAPE: f32 = 6.0;

/// The SVG path data of the shape that marks a route of `kind`, centred on `(x, y)`: a second
/// way, besides the dash pattern, to tell route kinds apart, without colour. Every kind has
/// its own outline (a disc, a square, a diamond, a plus, a ring, an open square; no triangle,
/// which would read as an arrow head), each fitting in a square [`SHAPE`] either side of the
/// centre. The ring and the open square are drawn as outlines: [`hollow`] says which.
pub fn shape(kind: RouteKind, (x, y): (i32, i32)) -> String {
    let s = whole(SHAPE);
    match kind {
        RouteKind::Promotion | RouteKind::DirectEntry => {
            // A ring's outline lies on the circle, so it is drawn a unit smaller.
            let r = if kind == RouteKind::DirectEntry { s - 1 } else { s };
            format!("M{},{y} a{r},{r} 0 1,0 {},0 a{r},{r} 0 1,0 -{},0 z", x - r, 2 * r, 2 * r)
        }
        RouteKind::Apprenticeship | RouteKind::FastTrack => {
            // An outline lies on its edge, so the open square is drawn a unit smaller.
            let k = if kind == RouteKind::FastTrack { s - 2 } else { s - 1 };
            polygon(&[(x - k, y - k), (x + k, y - k), (x + k, y + k), (x - k, y + k)])
        }
        RouteKind::Qualification => polygon(&[(x, y - s), (x + s, y), (x, y + s), (x - s, y)]),
        RouteKind::Lateral => {
            let t = 2;
            polygon(&[
                (x - t, y - s),
                (x + t, y - s),
                (x + t, y - t),
                (x + s, y - t),
                (x + s, y + t),
                (x + t, y + t),
                (x + t, y + s),
                (x - t, y + s),
                (x - t, y + t),
                (x - s, y + t),
                (x - s, y - t),
                (x - t, y - t),
            ])
        }
    }
}

/// SVG path data joining `points` in a closed shape.
fn polygon(points: &[(i32, i32)]) -> String {
    let mut d = String::new();
    for (k, (x, y)) in points.iter().enumerate() {
        d.push_str(if k == 0 { "M" } else { " L" });
        d.push_str(&format!("{x},{y}"));
    }
    d.push_str(" z");
    d
}

/// True for the route kinds whose [`shape`] is an outline, not filled.
pub fn hollow(kind: RouteKind) -> bool {
    matches!(kind, RouteKind::DirectEntry | RouteKind::FastTrack)
}

/// A coordinate rounded to a whole unit of the diagram. Half a unit is invisible at any size
/// the map is drawn, and writing integers keeps Rust's float formatting (about 10 KB of wasm)
/// out of the bundle. Every number the map writes goes through this.
pub fn whole(v: f32) -> i32 {
    v.round() as i32
}

/// One route as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    /// The route's index in `Framework::routes`.
    pub route: usize,
    pub kind: RouteKind,
    /// The SVG path data, in whole units, from where the line leaves one box to where its
    /// arrow head touches the other.
    pub d: String,
    /// Where the route's [`shape`] goes, on its line: near the middle, clear of every box and
    /// of the shapes of the routes drawn before it where it can be.
    pub mid: (i32, i32),
    /// True when the route is a step of the path being shown.
    pub on_path: bool,
}

/// The SVG path of every route of `fw` between `nodes` (from [`layout`]), in route order
/// (a route whose role has no node is left out). `on_path` lists the indices of the routes of
/// the path being shown.
///
/// Parallel routes between the same two roles (either way) are drawn side by side. A route
/// between roles is straight if nothing is in the way, else bent a little more each time,
/// either side, until it touches no other box and stays in the drawing; failing that it runs
/// along the gap between the rows. Routes in from outside the service are short arrows into
/// the bottom of the box, placed clear of the routes between roles where they can be.
pub fn edges(fw: &Framework, nodes: &[Node], on_path: &[usize]) -> Vec<Edge> {
    let between = between_roles(fw, nodes);
    let drawn: Vec<Curve> = between.iter().flatten().copied().collect();
    let mut outside_total: HashMap<usize, usize> = HashMap::new();
    for r in fw.routes.iter().filter(|r| r.from.is_none()) {
        *outside_total.entry(r.to.get()).or_insert(0) += 1;
    }
    // The short arrows from outside first: their shapes sit at their middles, and the shapes
    // of the routes between roles keep clear of them.
    let mut paths: Vec<Option<(String, (i32, i32))>> = vec![None; fw.routes.len()];
    let mut mids: Vec<Point> = Vec::new();
    let mut outside_xs: HashMap<usize, Vec<f32>> = HashMap::new();
    for (i, r) in fw.routes.iter().enumerate() {
        let (None, Some(b)) = (r.from, nodes.get(r.to.get()).copied()) else { continue };
        let xs = outside_xs.entry(r.to.get()).or_insert_with(|| {
            let mut xs = outside_arrows(b, outside_total[&r.to.get()], &drawn);
            xs.reverse();
            xs
        });
        let x = whole(xs.pop().unwrap_or(b.cx()));
        let (top, bottom) = (whole(b.y + NODE_H + 3.0), whole(b.y + NODE_H + 34.0));
        // Below the middle, clear of the arrow head at the top.
        let mid = (x, bottom - whole(SHAPE) - 3);
        mids.push((mid.0 as f32, mid.1 as f32));
        paths[i] = Some((format!("M{x},{bottom} L{x},{top}"), mid));
    }
    for (i, curve) in between.iter().enumerate() {
        let Some(curve) = *curve else { continue };
        let mid = shape_place(nodes, &mids, curve);
        mids.push(mid);
        paths[i] = Some((curve.d(), (whole(mid.0), whole(mid.1))));
    }
    paths
        .into_iter()
        .zip(&fw.routes)
        .enumerate()
        .filter_map(|(i, (d, r))| {
            d.map(|(d, mid)| Edge { route: i, kind: r.kind, d, mid, on_path: on_path.contains(&i) })
        })
        .collect()
}

/// Where on `curve` its shape goes: the middle, or a little either side of it when the
/// middle's shape would touch a box or lie on a shape already placed (`placed`, the centres
/// of the shapes of the routes before it: routes side by side have their middles 10 units
/// apart), else the middle.
fn shape_place(nodes: &[Node], placed: &[Point], curve: Curve) -> Point {
    let clear = |(x, y): Point| {
        let room = SHAPE + 3.0;
        !nodes.iter().any(|n| {
            x > n.x - room && x < n.x + NODE_W + room && y > n.y - room && y < n.y + NODE_H + room
        }) && placed.iter().all(|&(px, py)| {
            (px - x).abs() > 2.0 * SHAPE + 4.0 || (py - y).abs() > 2.0 * SHAPE + 4.0
        })
    };
    [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]
        .into_iter()
        .map(|t| curve.drawn_at(t))
        .find(|&p| clear(p))
        .unwrap_or_else(|| curve.drawn_at(0.5))
}

type Point = (f32, f32);

/// The line of a route between two roles: a quadratic Bézier (straight when its control point
/// lies on the line), or, for one that must run along the gap between two rows, a cubic.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Curve {
    Quadratic { start: Point, control: Point, end: Point, straight: bool },
    Cubic { start: Point, c1: Point, c2: Point, end: Point },
}

impl Curve {
    fn at(self, t: f32) -> Point {
        let u = 1.0 - t;
        match self {
            Curve::Quadratic { start: a, control: c, end: b, .. } => (
                u * u * a.0 + 2.0 * u * t * c.0 + t * t * b.0,
                u * u * a.1 + 2.0 * u * t * c.1 + t * t * b.1,
            ),
            Curve::Cubic { start: a, c1, c2, end: b } => {
                let (k0, k1, k2, k3) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
                (
                    k0 * a.0 + k1 * c1.0 + k2 * c2.0 + k3 * b.0,
                    k0 * a.1 + k1 * c1.1 + k2 * c2.1 + k3 * b.1,
                )
            }
        }
    }

    /// The point at `t` along the line as drawn: a straight line is written as its two ends
    /// alone, so its points lie between them, not on the curve through its control point.
    fn drawn_at(self, t: f32) -> Point {
        match self {
            Curve::Quadratic { start, end, straight: true, .. } => {
                (start.0 + (end.0 - start.0) * t, start.1 + (end.1 - start.1) * t)
            }
            _ => self.at(t),
        }
    }

    /// Points along the line, between its ends.
    fn points(self) -> impl Iterator<Item = Point> {
        (1..40).map(move |i| self.at(i as f32 / 40.0))
    }

    /// The SVG path data.
    fn d(self) -> String {
        let p = |(x, y): Point| format!("{},{}", whole(x), whole(y));
        match self {
            Curve::Quadratic { start, end, straight: true, .. } => {
                format!("M{} L{}", p(start), p(end))
            }
            Curve::Quadratic { start, control, end, .. } => {
                format!("M{} Q{} {}", p(start), p(control), p(end))
            }
            Curve::Cubic { start, c1, c2, end } => {
                format!("M{} C{} {} {}", p(start), p(c1), p(c2), p(end))
            }
        }
    }
}

/// True if `curve` passes through any node other than the two it joins, or out of the
/// drawing (into the level or family labels, or off the edge).
fn crosses(nodes: &[Node], skip: [usize; 2], curve: Curve) -> bool {
    let right = nodes.iter().map(|n| n.x + NODE_W).fold(0.0, f32::max) + RIGHT - 6.0;
    let bottom = nodes.iter().map(|n| n.y + NODE_H).fold(0.0, f32::max) + BOTTOM - 6.0;
    curve.points().any(|(x, y)| {
        x < LEFT - 6.0
            || x > right
            || y < TOP - 8.0
            || y > bottom
            || nodes.iter().enumerate().any(|(k, n)| {
                !skip.contains(&k)
                    && x > n.x - 4.0
                    && x < n.x + NODE_W + 4.0
                    && y > n.y - 4.0
                    && y < n.y + NODE_H + 4.0
            })
    })
}

/// Where the line from the centre of `n` towards `(tx, ty)` leaves the node's box.
fn border(n: Node, tx: f32, ty: f32) -> Point {
    let (cx, cy) = (n.cx(), n.cy());
    let (dx, dy) = (tx - cx, ty - cy);
    if dx == 0.0 && dy == 0.0 {
        return (cx, cy);
    }
    let sx = if dx == 0.0 { f32::INFINITY } else { (NODE_W / 2.0 + 3.0) / dx.abs() };
    let sy = if dy == 0.0 { f32::INFINITY } else { (NODE_H / 2.0 + 3.0) / dy.abs() };
    let s = sx.min(sy);
    (cx + dx * s, cy + dy * s)
}

/// The line of each route between two roles, indexed like `Framework::routes` (`None` for a
/// route in from outside, or one whose role has no node).
fn between_roles(fw: &Framework, nodes: &[Node]) -> Vec<Option<Curve>> {
    // Parallel routes between the same two roles (either way) are spread apart.
    let mut pair_total: HashMap<(usize, usize), usize> = HashMap::new();
    for r in &fw.routes {
        if let Some(f) = r.from {
            *pair_total.entry((f.get().min(r.to.get()), f.get().max(r.to.get()))).or_insert(0) += 1;
        }
    }
    let mut pair_seen: HashMap<(usize, usize), usize> = HashMap::new();
    let mut curves: Vec<Option<Curve>> = vec![None; fw.routes.len()];
    for (i, r) in fw.routes.iter().enumerate() {
        let (Some(f), Some(b)) = (r.from, nodes.get(r.to.get()).copied()) else { continue };
        let Some(a) = nodes.get(f.get()).copied() else { continue };
        let key = (f.get().min(r.to.get()), f.get().max(r.to.get()));
        let k = pair_seen.entry(key).or_insert(0);
        let n = pair_total[&key];
        let offset = (*k as f32 - (n as f32 - 1.0) / 2.0) * 10.0;
        *k += 1;
        // Perpendicular to the line between the two nodes, in a fixed orientation so a
        // route back the other way lies beside it, not on top of it.
        let (lo, hi) = if f.get() <= r.to.get() { (a, b) } else { (b, a) };
        let (dx, dy) = (hi.cx() - lo.cx(), hi.cy() - lo.cy());
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        let (px, py) = (-dy / len, dx / len);
        let mid = ((a.cx() + b.cx()) / 2.0, (a.cy() + b.cy()) / 2.0);
        let skip = [f.get(), r.to.get()];
        let straight = (mid.0 + px * offset, mid.1 + py * offset);
        let a_c = (a.cx() + px * offset, a.cy() + py * offset);
        let b_c = (b.cx() + px * offset, b.cy() + py * offset);
        // The curve as drawn: from where it leaves one box to where it enters the other.
        let quadratic = |control: Point| {
            let start = border(a, control.0 + (a_c.0 - a.cx()), control.1 + (a_c.1 - a.cy()));
            let end = border(b, control.0 + (b_c.0 - b.cx()), control.1 + (b_c.1 - b.cy()));
            Curve::Quadratic {
                start: (start.0 + px * offset, start.1 + py * offset),
                control,
                end: (end.0 + px * offset, end.1 + py * offset),
                straight: control == straight,
            }
        };
        // Out of the top (or bottom) of one box, along the gap beside the other's row, and in;
        // off centre, towards each other, so as not to meet a promotion at either box's centre.
        let along_gap = || {
            let up = b.y < a.y;
            let toward = if b.cx() > a.cx() { 40.0 } else { -40.0 };
            let start = (a.cx() + toward + offset, if up { a.y - 3.0 } else { a.y + NODE_H + 3.0 });
            let end = (b.cx() - toward + offset, if up { b.y + NODE_H + 3.0 } else { b.y - 3.0 });
            let gap = if up { b.y + NODE_H + GAP_Y / 2.0 } else { b.y - GAP_Y / 2.0 } + offset;
            Curve::Cubic { start, c1: (start.0, gap), c2: (end.0, gap), end }
        };
        // Straight if nothing is in the way, else bent a little more each time, either side;
        // failing that along the gap between rows.
        let curve = (0..=30u8)
            .map(|step| if step % 2 == 1 { 20.0 } else { -20.0 } * f32::from(step.div_ceil(2)))
            .map(|s| quadratic((straight.0 + px * s, straight.1 + py * s)))
            .chain((a.y != b.y).then(along_gap))
            .find(|&curve| !crosses(nodes, skip, curve))
            .unwrap_or_else(|| quadratic((straight.0 + px * 60.0, straight.1 + py * 60.0)));
        curves[i] = Some(curve);
    }
    curves
}

/// Where the short arrows from outside the service into `b` go: the place along the bottom of
/// the box nearest its centre where they touch no line already drawn (a promotion from the
/// role below arrives at the centre and would hide them), or else where they cross fewest.
fn outside_arrows(b: Node, count: usize, drawn: &[Curve]) -> Vec<f32> {
    let (top, bottom) = (b.y + NODE_H + 3.0, b.y + NODE_H + 34.0);
    let xs = |shift: f32| -> Vec<f32> {
        (0..count)
            .map(|k| b.cx() + shift + (k as f32 - (count as f32 - 1.0) / 2.0) * 16.0)
            .collect()
    };
    let touching = |xs: &[f32]| {
        drawn
            .iter()
            .flat_map(|curve| curve.points())
            .filter(|&(px, py)| {
                py > top - 4.0 && py < bottom + 4.0 && xs.iter().any(|x| (px - x).abs() < 12.0)
            })
            .count()
    };
    let mut best = (usize::MAX, xs(0.0));
    for step in 0..=10u8 {
        let shift = if step % 2 == 1 { 14.0 } else { -14.0 } * step.div_ceil(2) as f32;
        let candidate = xs(shift);
        let touches = touching(&candidate);
        if touches == 0 {
            return candidate;
        }
        if touches < best.0 {
            best = (touches, candidate);
        }
    }
    best.1
}

#[cfg(test)]
mod tests;
