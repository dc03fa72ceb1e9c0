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
    let row_of: HashMap<usize, usize> = ranks.iter().enumerate().map(|(i, (_, l))| (*l, i)).collect();
    let mut families: Vec<&'static hjcp_engine::Text> = Vec::new();
    for r in &fw.roles {
        if !families.iter().any(|f| f.en == r.family.en) {
            families.push(&r.family);
        }
    }
    let family_of = |r: &hjcp_engine::Role| families.iter().position(|f| f.en == r.family.en).unwrap_or(0);
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
        let width = cell_count.iter().filter(|((fam, _), _)| *fam == f).map(|(_, n)| *n).max().unwrap_or(1);
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
        width: x - FAMILY_GAP - GAP_X + 10.0,
        height: TOP + rows as f32 * (NODE_H + GAP_Y) - GAP_Y + BOTTOM,
        nodes,
        families: families.into_iter().enumerate().map(|(i, f)| (family_x[i], f)).collect(),
        levels: ranks.iter().map(|(_, l)| (TOP + row_of[l] as f32 * (NODE_H + GAP_Y), &fw.levels[*l].label)).collect(),
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

/// True if the segment from a to b passes through any node other than the two ends.
fn crosses(nodes: &[Node], skip: [usize; 2], a: (f32, f32), b: (f32, f32), bend: (f32, f32)) -> bool {
    (1..40).any(|i| {
        let t = i as f32 / 40.0;
        // Quadratic Bézier through the bend point as control.
        let x = (1.0 - t) * (1.0 - t) * a.0 + 2.0 * (1.0 - t) * t * bend.0 + t * t * b.0;
        let y = (1.0 - t) * (1.0 - t) * a.1 + 2.0 * (1.0 - t) * t * bend.1 + t * t * b.1;
        nodes.iter().enumerate().any(|(k, n)| {
            !skip.contains(&k) && x > n.x - 4.0 && x < n.x + NODE_W + 4.0 && y > n.y - 4.0 && y < n.y + NODE_H + 4.0
        })
    })
}

/// Where the line from the centre of `n` towards `(tx, ty)` leaves the node's box.
fn border(n: Node, tx: f32, ty: f32) -> (f32, f32) {
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

/// The SVG path of every route.
fn edges(fw: &Framework, nodes: &[Node], on_path: &[usize]) -> Vec<Edge> {
    // Parallel routes between the same two roles (either way) are spread apart.
    let mut pair_total: HashMap<(usize, usize), usize> = HashMap::new();
    let mut outside_total: HashMap<usize, usize> = HashMap::new();
    for r in &fw.routes {
        match r.from {
            Some(f) => *pair_total.entry((f.get().min(r.to.get()), f.get().max(r.to.get()))).or_insert(0) += 1,
            None => *outside_total.entry(r.to.get()).or_insert(0) += 1,
        }
    }
    let mut pair_seen: HashMap<(usize, usize), usize> = HashMap::new();
    let mut outside_seen: HashMap<usize, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, r) in fw.routes.iter().enumerate() {
        let Some(b) = nodes.get(r.to.get()).copied() else { continue };
        let d = match r.from {
            None => {
                let k = outside_seen.entry(r.to.get()).or_insert(0);
                let n = outside_total[&r.to.get()];
                let x = b.x + NODE_W / 2.0 + (*k as f32 - (n as f32 - 1.0) / 2.0) * 16.0;
                *k += 1;
                let x = whole(x);
                format!("M{x},{} L{x},{}", whole(b.y + NODE_H + 34.0), whole(b.y + NODE_H + 3.0))
            }
            Some(f) => {
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
                let bend = [0.0f32, 60.0, -60.0, 110.0, -110.0, 170.0, -170.0]
                    .into_iter()
                    .map(|s| (straight.0 + px * s, straight.1 + py * s))
                    .find(|&c| !crosses(nodes, skip, a_c, b_c, c))
                    .unwrap_or((straight.0 + px * 60.0, straight.1 + py * 60.0));
                let start = border(a, bend.0 + (a_c.0 - a.cx()), bend.1 + (a_c.1 - a.cy()));
                let end = border(b, bend.0 + (b_c.0 - b.cx()), bend.1 + (b_c.1 - b.cy()));
                let (start, end) = ((start.0 + px * offset, start.1 + py * offset), (end.0 + px * offset, end.1 + py * offset));
                if bend == straight {
                    format!("M{},{} L{},{}", whole(start.0), whole(start.1), whole(end.0), whole(end.1))
                } else {
                    let [sx, sy, bx, by, ex, ey] = [start.0, start.1, bend.0, bend.1, end.0, end.1].map(whole);
                    format!("M{sx},{sy} Q{bx},{by} {ex},{ey}")
                }
            }
        };
        out.push(Edge { d, kind: r.kind, on_path: on_path.contains(&i) });
    }
    out
}

#[component]
pub fn MapScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.go(Screen::Start);
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
            .and_then(|r| r.target.and_then(|t| t.path))
            .map(|p| p.steps.iter().filter_map(|s| s.step.route.map(|r| r.get())).collect::<Vec<_>>())
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
        let lang = session.lang.get();
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
            let lang = session.lang.get();
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
            let lang = session.lang.get();
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
                    <td>{move || if r.months == 0 { t(Key::MapMonthsNone).to_string() } else { crate::explain::months(u32::from(r.months), session.lang.get()) }}</td>
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
        fill(t(Key::MapDesc), &[("roles", &role_count.to_string()), ("routes", &route_count.to_string())])
    };
    let highlight_note = move || {
        let mut parts = Vec::new();
        if let Some(c) = current.get() {
            parts.push(fill(t(Key::MapCurrentIs), &[("role", framework.role(c).title.get(session.lang.get()).0)]));
        }
        if let Some(g) = target.get() {
            parts.push(fill(t(Key::MapTargetIs), &[("role", framework.role(g).title.get(session.lang.get()).0)]));
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
