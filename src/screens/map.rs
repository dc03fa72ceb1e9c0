//! The pathway map: the framework's roles as an SVG diagram (rows by career level, most senior
//! at the top; columns by job family), routes as arrows whose kind is told by dash pattern and a
//! text legend, the person's current role and target labelled in words. The diagram is an
//! image (`role="img"` with a title and description); the table after it lists every route, so
//! nothing is only in the picture.
//!
//! Layout is plain geometry over the framework's own order; nothing here scores anything.

use std::collections::HashMap;

use hjcp_engine::{Framework, Position, RoleIx, RouteKind};
use leptos::prelude::*;

use crate::components::{route_kind_key, BackLink, LocalText, ResultsLinks, RoleLink};
use crate::i18n::{fill, Key};
use crate::session::{use_session, Screen};

const NODE_W: f32 = 164.0;
const NODE_H: f32 = 70.0;
const GAP_X: f32 = 30.0;
const GAP_Y: f32 = 56.0;
const FAMILY_GAP: f32 = 14.0;
const LEFT: f32 = 112.0;
const TOP: f32 = 62.0;
const BOTTOM: f32 = 44.0;
const LINE: f32 = 14.0;
/// Room right of the last column, for a route bent round the boxes in its way.
const RIGHT: f32 = 44.0;
/// Characters per line of a node's title at the diagram's font size.
const CHARS: usize = 20;

#[derive(Clone, Copy)]
struct Node {
    x: f32,
    y: f32,
}

impl Node {
    fn cx(self) -> f32 {
        self.x + NODE_W / 2.0
    }
    fn cy(self) -> f32 {
        self.y + NODE_H / 2.0
    }
}

struct Layout {
    width: f32,
    height: f32,
    nodes: Vec<Node>,
    /// (x, label) of each family column.
    families: Vec<(f32, &'static hjcp_engine::Text)>,
    /// (y, label) of each level row.
    levels: Vec<(f32, &'static hjcp_engine::Text)>,
}

/// Rows: levels that have roles, most senior first. Columns: families in order of first
/// appearance, each as wide as its fullest level. Roles sharing a family and level sit side by
/// side in framework order.
fn layout(fw: &'static Framework) -> Layout {
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
    let mut families: Vec<&'static hjcp_engine::Text> = Vec::new();
    for r in &fw.roles {
        if !families.iter().any(|f| f.en == r.family.en) {
            families.push(&r.family);
        }
    }
    let family_of =
        |r: &hjcp_engine::Role| families.iter().position(|f| f.en == r.family.en).unwrap_or(0);
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
        families: families.into_iter().enumerate().map(|(i, f)| (family_x[i], f)).collect(),
        levels: ranks
            .iter()
            .map(|(_, l)| (TOP + row_of[l] as f32 * (NODE_H + GAP_Y), &fw.levels[*l].label))
            .collect(),
    }
}

/// Splits text into lines of at most `chars` characters at spaces; at most `max` lines, the
/// last ending in "…" when cut.
fn wrap(text: &str, chars: usize, max: usize) -> Vec<String> {
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

/// The dash pattern that tells route kinds apart (with the legend; never colour alone).
fn dash(kind: RouteKind) -> Option<&'static str> {
    match kind {
        RouteKind::Promotion => None,
        RouteKind::FastTrack => Some("14 5"),
        RouteKind::Apprenticeship => Some("2 5"),
        RouteKind::Qualification => Some("12 4 2 4"),
        RouteKind::Lateral => Some("6 6"),
        RouteKind::DirectEntry => Some("1 4"),
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

/// A coordinate rounded to a whole unit of the diagram. Half a unit is invisible at any size
/// the map is drawn, and writing integers keeps Rust's float formatting (about 10 KB of wasm)
/// out of the bundle.
fn whole(v: f32) -> i32 {
    v.round() as i32
}

struct Edge {
    d: String,
    kind: RouteKind,
    on_path: bool,
}

type Point = (f32, f32);

/// The line of a route between two roles: a quadratic Bézier (straight when its control point
/// lies on the line), or, for one that must run along the gap between two rows, a cubic.
#[derive(Clone, Copy, PartialEq)]
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

/// The SVG path of every route.
fn edges(fw: &Framework, nodes: &[Node], on_path: &[usize]) -> Vec<Edge> {
    // Parallel routes between the same two roles (either way) are spread apart.
    let mut pair_total: HashMap<(usize, usize), usize> = HashMap::new();
    let mut outside_total: HashMap<usize, usize> = HashMap::new();
    for r in &fw.routes {
        match r.from {
            Some(f) => {
                *pair_total
                    .entry((f.get().min(r.to.get()), f.get().max(r.to.get())))
                    .or_insert(0) += 1
            }
            None => *outside_total.entry(r.to.get()).or_insert(0) += 1,
        }
    }
    // Routes between roles first, so the arrows from outside can be placed clear of them.
    let mut pair_seen: HashMap<(usize, usize), usize> = HashMap::new();
    let mut drawn: Vec<Curve> = Vec::new();
    let mut paths: Vec<Option<String>> = vec![None; fw.routes.len()];
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
        paths[i] = Some(curve.d());
        drawn.push(curve);
    }
    let mut outside_xs: HashMap<usize, Vec<f32>> = HashMap::new();
    for (i, r) in fw.routes.iter().enumerate() {
        let (None, Some(b)) = (r.from, nodes.get(r.to.get()).copied()) else { continue };
        let xs = outside_xs.entry(r.to.get()).or_insert_with(|| {
            let mut xs = outside_arrows(b, outside_total[&r.to.get()], &drawn);
            xs.reverse();
            xs
        });
        let x = whole(xs.pop().unwrap_or(b.cx()));
        paths[i] =
            Some(format!("M{x},{} L{x},{}", whole(b.y + NODE_H + 34.0), whole(b.y + NODE_H + 3.0)));
    }
    paths
        .into_iter()
        .zip(&fw.routes)
        .enumerate()
        .filter_map(|(i, (d, r))| {
            d.map(|d| Edge { d, kind: r.kind, on_path: on_path.contains(&i) })
        })
        .collect()
}

#[component]
pub fn MapScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    let t = move |k| session.t(k);
    let recommendations = Memo::new(move |_| session.recommendations());
    let current = Memo::new(move |_| match recommendations.get().map(|r| r.position) {
        Some(Position::InRole(r)) => Some(r),
        _ => None,
    });
    let target = Memo::new(move |_| recommendations.get().and_then(|r| r.target.map(|t| t.role)));
    let path_routes = Memo::new(move |_| {
        recommendations
            .get()
            .and_then(|r| r.target.and_then(|t| t.path().cloned()))
            .map(|p| {
                p.steps.iter().filter_map(|s| s.step.route.map(|r| r.get())).collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let layout = layout(framework);
    let (width, height) = (layout.width, layout.height);
    let view_box = format!("0 0 {} {}", whole(width), whole(height));

    let edge_views = {
        let nodes = layout.nodes.clone();
        move || {
            edges(framework, &nodes, &path_routes.get())
                .into_iter()
                .map(|e| {
                    let class = if e.on_path { "hjcp-map__edge hjcp-map__edge--path" } else { "hjcp-map__edge" };
                    view! {
                        <path class=class d=e.d stroke-dasharray=dash(e.kind) marker-end="url(#hjcp-map-arrow)" />
                    }
                })
                .collect_view()
        }
    };
    let nodes = layout.nodes.clone();
    let node_views = move || {
        let lang = session.lang();
        let (cur, tgt) = (current.get(), target.get());
        nodes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let role = RoleIx(i as u32);
                let r = framework.role(role);
                let mut marks: Vec<&'static str> = Vec::new();
                if cur == Some(role) {
                    marks.push(t(Key::MapYouAreHere));
                }
                if tgt == Some(role) {
                    marks.push(t(Key::MapYourTarget));
                }
                let (title, native) = r.title.get(lang);
                let lines = wrap(title, CHARS, 4 - marks.len());
                let class = match (cur == Some(role), tgt == Some(role)) {
                    (true, _) => "hjcp-map__node hjcp-map__node--current",
                    (false, true) => "hjcp-map__node hjcp-map__node--target",
                    _ => "hjcp-map__node",
                };
                let text_x = whole(n.x + 8.0).to_string();
                let first_y = n.y + 17.0;
                let mark_count = marks.len();
                let marks = marks
                    .into_iter()
                    .enumerate()
                    .map(|(k, m)| {
                        view! { <tspan class="hjcp-map__mark" x=text_x.clone() y=whole(first_y + k as f32 * LINE).to_string()>{m}</tspan> }
                    })
                    .collect_view();
                let title_lines = lines
                    .into_iter()
                    .enumerate()
                    .map(|(k, line)| {
                        view! { <tspan x=text_x.clone() y=whole(first_y + (k + mark_count) as f32 * LINE).to_string()>{line}</tspan> }
                    })
                    .collect_view();
                view! {
                    <g class=class>
                        <rect x=whole(n.x).to_string() y=whole(n.y).to_string() width=whole(NODE_W).to_string() height=whole(NODE_H).to_string() rx="4" />
                        <text class="hjcp-map__label">{marks}<tspan lang=(!native).then_some("en")>{title_lines}</tspan></text>
                    </g>
                }
            })
            .collect_view()
    };
    let family_labels = {
        let families = layout.families.clone();
        move || {
            let lang = session.lang();
            families
                .iter()
                .map(|(x, text)| {
                    let x = *x;
                    let lines = wrap(text.get(lang).0, 26, 3)
                        .into_iter()
                        .enumerate()
                        .map(|(k, line)| view! { <tspan x=whole(x).to_string() y=whole(16.0 + k as f32 * 13.0).to_string()>{line}</tspan> })
                        .collect_view();
                    view! { <text class="hjcp-map__family">{lines}</text> }
                })
                .collect_view()
        }
    };
    let level_labels = {
        let levels = layout.levels.clone();
        move || {
            let lang = session.lang();
            levels
                .iter()
                .map(|(y, text)| {
                    let y = *y;
                    let lines = wrap(text.get(lang).0, 15, 4)
                        .into_iter()
                        .enumerate()
                        .map(|(k, line)| view! { <tspan x="4" y=whole(y + 20.0 + k as f32 * 13.0).to_string()>{line}</tspan> })
                        .collect_view();
                    view! { <text class="hjcp-map__level">{lines}</text> }
                })
                .collect_view()
        }
    };

    // The legend: only the route kinds this framework uses.
    let mut kinds: Vec<RouteKind> = framework.routes.iter().map(|r| r.kind).collect();
    kinds.sort();
    kinds.dedup();
    let legend = kinds
        .into_iter()
        .map(|kind| {
            view! {
                <li>
                    <svg class="hjcp-map__key" viewBox="0 0 48 12" width="48" height="12" aria-hidden="true" focusable="false">
                        <path class="hjcp-map__edge" d="M2,6 L46,6" stroke-dasharray=dash(kind) />
                    </svg>
                    <span>{move || t(route_kind_key(kind))}</span>
                </li>
            }
        })
        .collect_view();

    let rows = framework
        .routes
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{match r.from {
                        Some(f) => view! { <RoleLink role=f /> }.into_any(),
                        None => (move || t(Key::RoleFromOutside)).into_any(),
                    }}</td>
                    <td><RoleLink role=r.to /></td>
                    <td>{move || t(route_kind_key(r.kind))}</td>
                    <td>{move || {
                        // A route with a shorter length for some people reads "15 to 21 months".
                        let min = r.shorter.as_ref().map_or(r.months, |s| s.months.min(r.months));
                        if r.months == 0 { t(Key::MapMonthsNone).to_string() } else { hjcp_words::months_range(u32::from(min), u32::from(r.months), session.lang()) }
                    }}</td>
                </tr>
            }
        })
        .collect_view();
    let open: Vec<_> = framework
        .roles
        .iter()
        .enumerate()
        .filter(|(_, r)| r.open_to_applicants)
        .map(|(i, _)| view! { <li><RoleLink role=RoleIx(i as u32) /></li> })
        .collect();
    let has_open = !open.is_empty();
    let route_count = framework.routes.len();
    let role_count = framework.roles.len();
    let desc = move || {
        fill(
            t(Key::MapDesc),
            &[("roles", &role_count.to_string()), ("routes", &route_count.to_string())],
        )
    };
    let highlight_note = move || {
        let mut parts = Vec::new();
        if let Some(c) = current.get() {
            parts.push(fill(
                t(Key::MapCurrentIs),
                &[("role", framework.role(c).title.get(session.lang()).0)],
            ));
        }
        if let Some(g) = target.get() {
            parts.push(fill(
                t(Key::MapTargetIs),
                &[("role", framework.role(g).title.get(session.lang()).0)],
            ));
        }
        parts.join(" ")
    };

    view! {
        <BackLink />
        <span class="hjcp-caption"><LocalText text=&framework.title /></span>
        <h1 class="hjcp-heading-xl" tabindex="-1">{move || t(Key::ScreenMap)}</h1>
        <p class="hjcp-lead">{move || t(Key::MapIntro)}</p>
        <figure class="hjcp-map">
            <figcaption class="hjcp-map__caption" id="hjcp-map-caption">{move || t(Key::MapCaption)}</figcaption>
            <div class="hjcp-scroll" role="region" tabindex="0" aria-labelledby="hjcp-map-caption">
                <svg
                    class="hjcp-map__svg"
                    role="img"
                    aria-labelledby="hjcp-map-title hjcp-map-desc"
                    viewBox=view_box
                    width=whole(width).to_string()
                    height=whole(height).to_string()
                    focusable="false"
                >
                    <title id="hjcp-map-title">{move || t(Key::ScreenMap)}</title>
                    <desc id="hjcp-map-desc">{desc} " " {highlight_note}</desc>
                    <defs>
                        <marker id="hjcp-map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
                            <path d="M0,0 L10,5 L0,10 z" class="hjcp-map__arrowhead" />
                        </marker>
                    </defs>
                    <g class="hjcp-map__labels">{family_labels}{level_labels}</g>
                    <g class="hjcp-map__edges">{edge_views}</g>
                    <g class="hjcp-map__nodes">{node_views}</g>
                </svg>
            </div>
        </figure>
        <h2 class="hjcp-heading-m" id="hjcp-map-legend">{move || t(Key::MapLegendHeading)}</h2>
        <ul class="hjcp-map__legend" aria-labelledby="hjcp-map-legend">
            {legend}
            <li><span class="hjcp-map__swatch hjcp-map__swatch--path" aria-hidden="true"></span><span>{move || t(Key::MapLegendPath)}</span></li>
            <li><span class="hjcp-map__swatch hjcp-map__swatch--current" aria-hidden="true"></span><span>{move || t(Key::MapLegendCurrent)}</span></li>
            <li><span class="hjcp-map__swatch hjcp-map__swatch--target" aria-hidden="true"></span><span>{move || t(Key::MapLegendTarget)}</span></li>
            <li><span class="hjcp-map__swatch hjcp-map__swatch--outside" aria-hidden="true"></span><span>{move || t(Key::MapLegendOutside)}</span></li>
        </ul>
        <p class="hjcp-hint">{highlight_note}</p>

        <h2 class="hjcp-heading-l" id="hjcp-routes-heading">{move || t(Key::MapRoutesHeading)}</h2>
        <div class="hjcp-scroll hjcp-scroll--table" role="region" tabindex="0" aria-labelledby="hjcp-routes-caption">
            <table class="hjcp-table hjcp-routes-table">
                <caption class="hjcp-table__caption" id="hjcp-routes-caption">
                    {move || fill(t(Key::MapRoutesCaption), &[("count", &route_count.to_string())])}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t(Key::MapColFrom)}</th>
                        <th scope="col">{move || t(Key::MapColTo)}</th>
                        <th scope="col">{move || t(Key::MapColKind)}</th>
                        <th scope="col">{move || t(Key::MapColMonths)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {has_open.then(|| view! {
            <h2 class="hjcp-heading-m">{move || t(Key::MapOpenHeading)}</h2>
            <p>{move || t(Key::MapOpenIntro)}</p>
            <ul class="hjcp-link-list hjcp-link-list--columns">{open}</ul>
        })}
        <ResultsLinks current=Screen::Map />
    }
    .into_any()
}
