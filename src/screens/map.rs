//! The pathway map: the framework's roles as an SVG diagram (rows by career level, most senior
//! at the top; columns by job family), routes as arrows whose kind is told twice, by dash
//! pattern and by a shape at the middle of the line, with a text legend, the person's current
//! role and target labelled in words. Each role's box is a link to the role's details, in the
//! focus order; the diagram is a group (not an image, which would hide the links) with a title
//! and description. The table of routes lists every route, so nothing is only in the picture.
//!
//! The map is drawn at its natural size, never scaled down (its text would shrink below 12
//! pixels), and scrolls sideways inside its region when wider than the column. On a phone a
//! wide map is little use, so there the table of routes comes first and the map after it; the
//! order is chosen when drawing (not by CSS) so reading and focus order follow what is seen.
//!
//! Where everything goes is computed by `crate::map_layout` (pure, tested natively); this
//! component draws it and supplies the words.

use hjcp_engine::{Position, RoleIx, RouteKind};
use leptos::prelude::*;

use crate::components::tr;
use crate::components::{route_kind_key, BackLink, LocalText, ResultsLinks, RoleLink};
use crate::i18n::{fill, Key};
use crate::map_layout::{
    dash, edges, hollow, layout, shape, whole, wrap, CHARS, LINE, NODE_H, NODE_W,
};
use crate::session::{use_session, Screen};

/// The CSS class of the shape marking a route of `kind`.
fn shape_class(kind: RouteKind) -> &'static str {
    if hollow(kind) {
        "hjcp-map__shape hjcp-map__shape--hollow"
    } else {
        "hjcp-map__shape"
    }
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
    let layout = layout(&framework);
    let (width, height) = (layout.width, layout.height);
    let view_box = format!("0 0 {} {}", whole(width), whole(height));

    let edge_views = {
        let nodes = layout.nodes.clone();
        let framework = framework.clone();
        move || {
            edges(&framework, &nodes, &path_routes.get())
                .into_iter()
                .map(|e| {
                    let class = if e.on_path { "hjcp-map__edge hjcp-map__edge--path" } else { "hjcp-map__edge" };
                    view! {
                        <path class=class d=e.d stroke-dasharray=dash(e.kind) marker-end="url(#hjcp-map-arrow)" />
                        <path class=shape_class(e.kind) d=shape(e.kind, e.mid) />
                    }
                })
                .collect_view()
        }
    };
    let nodes = layout.nodes.clone();
    let nodes_framework = framework.clone();
    let node_views = move || {
        let lang = session.lang();
        let (cur, tgt) = (current.get(), target.get());
        nodes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let role = RoleIx(i as u32);
                let r = nodes_framework.role(role);
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
                        // A mark ends in a space, so the link's name (its text) reads as
                        // words, not run into the title.
                        view! { <tspan class="hjcp-map__mark" x=text_x.clone() y=whole(first_y + k as f32 * LINE).to_string()>{format!("{m} ")}</tspan> }
                    })
                    .collect_view();
                let last = lines.len().saturating_sub(1);
                let title_lines = lines
                    .into_iter()
                    .enumerate()
                    .map(|(k, line)| {
                        // A space between lines, outside them so it is not underlined.
                        let gap = (k < last).then_some(" ");
                        view! { <tspan class="hjcp-map__line" x=text_x.clone() y=whole(first_y + (k + mark_count) as f32 * LINE).to_string()>{line}</tspan>{gap} }
                    })
                    .collect_view();
                // A real link, so it is in the focus order and Enter follows it; the address is
                // only for the browser (screens have no address of their own), the click opens
                // the role's details as the role links elsewhere do.
                let href = format!("#hjcp-role-{}", r.id);
                view! {
                    <g class=class>
                        <a class="hjcp-map__link" href=href on:click=move |ev: leptos::ev::MouseEvent| {
                            ev.prevent_default();
                            session.go(Screen::Role(role));
                        }>
                            <rect x=whole(n.x).to_string() y=whole(n.y).to_string() width=whole(NODE_W).to_string() height=whole(NODE_H).to_string() rx="4" />
                            <text class="hjcp-map__label">{marks}<tspan class="hjcp-map__title" lang=(!native).then_some("en")>{title_lines}</tspan></text>
                        </a>
                    </g>
                }
            })
            .collect_view()
    };
    let family_labels = {
        let families = layout.families.clone();
        let framework = framework.clone();
        move || {
            let lang = session.lang();
            families
                .iter()
                .map(|column| {
                    let x = column.x;
                    let text = &framework.role(column.role).family;
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
        let framework = framework.clone();
        move || {
            let lang = session.lang();
            levels
                .iter()
                .map(|row| {
                    let y = row.y;
                    let text = &framework.level(row.level).label;
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
                        <path class=shape_class(kind) d=shape(kind, (24, 6)) />
                    </svg>
                    <span>{move || t(route_kind_key(kind))}</span>
                </li>
            }
        })
        .collect_view();

    let route_count = framework.routes.len();
    // The table of every route, drawn after the map, or before it on a phone.
    let routes_table = {
        let framework = framework.clone();
        move || {
            let rows = framework
                .routes
                .iter()
                .map(|r| {
                    let (kind, months, shorter) = (r.kind, r.months, r.shorter.as_ref().map(|s| s.months));
                    view! {
                        <tr>
                            <td data-label=move || t(Key::MapColFrom)>{match r.from {
                                Some(f) => view! { <RoleLink role=f /> }.into_any(),
                                None => (move || t(Key::RoleFromOutside)).into_any(),
                            }}</td>
                            <td data-label=move || t(Key::MapColTo)><RoleLink role=r.to /></td>
                            <td data-label=move || t(Key::MapColKind)>{move || t(route_kind_key(kind))}</td>
                            <td data-label=move || t(Key::MapColMonths)>{move || {
                                // A route with a shorter length for some people reads "15 to 21 months".
                                let min = shorter.map_or(months, |s| s.min(months));
                                if months == 0 { t(Key::MapMonthsNone).to_string() } else { hjcp_words::months_range(u32::from(min), u32::from(months), session.lang()) }
                            }}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <h2 class="hjcp-heading-l" id="hjcp-routes-heading">{tr(Key::MapRoutesHeading)}</h2>
                <div class="hjcp-scroll hjcp-scroll--table" role="region" tabindex="0" aria-labelledby="hjcp-routes-caption">
                    <table class="hjcp-table hjcp-table--stack hjcp-routes-table">
                        <caption class="hjcp-table__caption" id="hjcp-routes-caption">
                            {move || fill(t(Key::MapRoutesCaption), &[("count", &route_count.to_string())])}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr(Key::MapColFrom)}</th>
                                <th scope="col">{tr(Key::MapColTo)}</th>
                                <th scope="col">{tr(Key::MapColKind)}</th>
                                <th scope="col">{tr(Key::MapColMonths)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        }
    };
    let narrow = narrow_window();

    let open: Vec<_> = framework
        .roles
        .iter()
        .enumerate()
        .filter(|(_, r)| r.open_to_applicants)
        .map(|(i, _)| view! { <li><RoleLink role=RoleIx(i as u32) /></li> })
        .collect();
    let has_open = !open.is_empty();
    let role_count = framework.roles.len();
    let desc = move || {
        fill(
            t(Key::MapDesc),
            &[("roles", &role_count.to_string()), ("routes", &route_count.to_string())],
        )
    };
    let note_framework = framework.clone();
    let highlight_note = move || {
        let mut parts = Vec::new();
        if let Some(c) = current.get() {
            parts.push(fill(
                t(Key::MapCurrentIs),
                &[("role", note_framework.role(c).title.get(session.lang()).0)],
            ));
        }
        if let Some(g) = target.get() {
            parts.push(fill(
                t(Key::MapTargetIs),
                &[("role", note_framework.role(g).title.get(session.lang()).0)],
            ));
        }
        parts.join(" ")
    };

    view! {
        <BackLink />
        <span class="hjcp-caption"><LocalText text=framework.title.clone() /></span>
        <h1 class="hjcp-heading-xl" tabindex="-1">{tr(Key::ScreenMap)}</h1>
        <p class="hjcp-lead">{tr(Key::MapIntro)}</p>
        {
            let routes_table = routes_table.clone();
            move || narrow.get().then(routes_table.clone())
        }
        <figure class="hjcp-map">
            <figcaption class="hjcp-map__caption" id="hjcp-map-caption">{tr(Key::MapCaption)}</figcaption>
            <div class="hjcp-scroll" role="region" tabindex="0" aria-labelledby="hjcp-map-caption">
                <svg
                    class="hjcp-map__svg"
                    role="group"
                    aria-labelledby="hjcp-map-title hjcp-map-desc"
                    viewBox=view_box
                    width=whole(width).to_string()
                    height=whole(height).to_string()
                    focusable="false"
                >
                    <title id="hjcp-map-title">{tr(Key::ScreenMap)}</title>
                    <desc id="hjcp-map-desc">{desc} " " {highlight_note.clone()}</desc>
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
        <h2 class="hjcp-heading-m" id="hjcp-map-legend">{tr(Key::MapLegendHeading)}</h2>
        <ul class="hjcp-map__legend" aria-labelledby="hjcp-map-legend">
            {legend}
            <li><span class="hjcp-map__swatch hjcp-map__swatch--path" aria-hidden="true"></span><span>{tr(Key::MapLegendPath)}</span></li>
            <li><span class="hjcp-map__swatch hjcp-map__swatch--current" aria-hidden="true"></span><span>{tr(Key::MapLegendCurrent)}</span></li>
            <li><span class="hjcp-map__swatch hjcp-map__swatch--target" aria-hidden="true"></span><span>{tr(Key::MapLegendTarget)}</span></li>
            <li><span class="hjcp-map__swatch hjcp-map__swatch--outside" aria-hidden="true"></span><span>{tr(Key::MapLegendOutside)}</span></li>
        </ul>
        <p class="hjcp-hint">{highlight_note}</p>

        {move || (!narrow.get()).then(routes_table.clone())}
        {has_open.then(|| view! {
            <h2 class="hjcp-heading-m">{tr(Key::MapOpenHeading)}</h2>
            <p>{tr(Key::MapOpenIntro)}</p>
            <ul class="hjcp-link-list hjcp-link-list--columns">{open}</ul>
        })}
        <ResultsLinks current=Screen::Map />
    }
    .into_any()
}

/// True while the window is as narrow as a phone (the stylesheet's 40em breakpoint), kept up
/// to date as the window is resized or turned, for as long as the screen is shown.
fn narrow_window() -> ReadSignal<bool> {
    let matches = || {
        web_sys::window()
            .and_then(|w| w.match_media("(max-width: 40em)").ok().flatten())
            .is_some_and(|q| q.matches())
    };
    let (narrow, set_narrow) = signal(matches());
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        let now = matches();
        if narrow.get_untracked() != now {
            set_narrow.set(now);
        }
    });
    on_cleanup(move || handle.remove());
    narrow
}
