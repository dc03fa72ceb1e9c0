//! Up to three roles side by side (engine `compare`): career level, fit beside its counts, entry
//! requirements (with their "any one of" options, as on the role page), and every
//! competence any of them needs with the step each asks for in words, beside the person's own
//! rating. On wide screens the table sits in a focusable, captioned region that scrolls on its
//! own if it must; below 640 px the stylesheet lays it out as stacked cards, one per row, each
//! value labelled with its role's name (`data-label`), so the page never scrolls sideways and
//! no value is shown apart from the role it belongs to. No explicit ARIA table roles: HTML
//! forbids them on a table's own parts, and the browsers this is tested in keep the table's
//! semantics when its display changes (axe checks the cards at 320 px).

use hjcp_engine::{RequirementStatus, RoleIx};
use leptos::prelude::*;

use crate::components::journey::{focus_errors, ErrorList};
use crate::components::tr;
use crate::components::{
    BackLink, EntryList, FitCounts, LocalText, RatingLabel, RequirementTag, ResultsLinks, RoleLink,
    ScaleLabel,
};
use crate::i18n::{fill, Key};
use crate::session::{use_session, Screen};

#[component]
pub fn CompareScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    session.open_compare();
    let t = move |k| session.t(k);
    let comparison = Memo::new(move |_| session.comparison());
    let chosen = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let errors = Signal::derive(move || {
        if error.get() {
            vec![(t(Key::CompareAddError).to_string(), "compare-role")]
        } else {
            vec![]
        }
    });
    let count = move || session.compared().len();
    let full = move || count() >= hjcp_engine::MAX_COMPARED;

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match chosen.get_untracked().parse::<u32>() {
            Ok(ix) if session.add_to_compare(RoleIx(ix)) => {
                chosen.set(String::new());
                error.set(false);
            }
            _ => {
                error.set(true);
                focus_errors();
            }
        }
    };
    let top_three = move |_| {
        if let Some(recs) = session.recommendations() {
            let roles: Vec<RoleIx> = if recs.moves.is_empty() {
                recs.ranked.iter().take(hjcp_engine::MAX_COMPARED).copied().collect()
            } else {
                recs.moves.iter().take(hjcp_engine::MAX_COMPARED).map(|m| m.role).collect()
            };
            session.compare_roles(roles);
        }
    };
    let options_framework = framework.clone();
    let options = move || {
        let lang = session.lang();
        let chosen_roles = session.compared();
        options_framework
            .roles
            .iter()
            .enumerate()
            .filter(|(i, _)| !chosen_roles.contains(&RoleIx(*i as u32)))
            .map(|(i, r)| {
                let (title, native) = r.title.get(lang);
                view! { <option value=i.to_string() lang=(!native).then_some("en")>{title.to_string()}</option> }
            })
            .collect_view()
    };

    let table_framework = framework.clone();
    let table = move || {
        let framework = &table_framework;
        let c = comparison.get()?;
        if c.roles.is_empty() {
            return None;
        }
        let n = c.roles.len();
        // Each value cell is labelled with its role's name for the narrow layout.
        let names: Vec<hjcp_engine::Text> =
            c.roles.iter().map(|col| framework.role(col.role).title.clone()).collect();
        let label = move |i: usize| {
            let name = names[i].clone();
            move || name.get(session.lang()).0.to_string()
        };
        let yours = move || t(Key::CompareYourRating);
        let heads = c
            .roles
            .iter()
            .map(|col| {
                let role = col.role;
                let r = framework.role(role);
                view! {
                    <th scope="col" class="hjcp-compare__role">
                        <RoleLink role />
                        <button type="button" class="hjcp-link-button hjcp-compare__remove" on:click=move |_| session.remove_from_compare(role)>
                            {tr(Key::CompareRemove)}
                            <span class="hjcp-visually-hidden">" " <LocalText text=r.title.clone() /></span>
                        </button>
                    </th>
                }
            })
            .collect_view();
        let levels = c
            .roles
            .iter()
            .enumerate()
            .map(|(i, col)| view! { <td data-label=label(i)><LocalText text=framework.level(col.level).label.clone() /></td> })
            .collect_view();
        let all_fits = session.fits().unwrap_or_default();
        let fits = c
            .roles
            .iter()
            .enumerate()
            .map(|(i, col)| {
                let fit = all_fits.get(col.role.get()).cloned();
                view! { <td data-label=label(i)>{fit.map(|fit| view! { <FitCounts fit /> })}</td> }
            })
            .collect_view();
        let entries = c
            .roles
            .iter()
            .enumerate()
            .map(|(i, col)| {
                let r = framework.role(col.role);
                let none = col.entry.is_empty();
                view! {
                    <td data-label=label(i)>
                        {none.then(|| view! { <span>{tr(Key::CompareNoEntry)}</span> })}
                        {(!none).then(|| view! { <EntryList entry=r.entry.clone() checks=col.entry.clone() /> })}
                    </td>
                }
            })
            .collect_view();
        let rows = c
            .rows
            .iter()
            .map(|row| {
                let comp = framework.competence(row.competence);
                let rating = row.rating;
                let cells = row
                    .required
                    .iter()
                    .enumerate()
                    .map(|(i, req)| match req {
                        Some(p) => {
                            let status = RequirementStatus::of(rating, *p);
                            view! {
                                <td data-label=label(i)>
                                    <span class="hjcp-compare__level"><ScaleLabel step=*p /></span>
                                    <RequirementTag status />
                                </td>
                            }
                            .into_any()
                        }
                        None => view! { <td class="hjcp-compare__none" data-label=label(i)>{tr(Key::CompareNotNeeded)}</td> }.into_any(),
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row"><LocalText text=comp.title.clone() /></th>
                        {cells}
                        <td class="hjcp-compare__yours" data-label=yours><RatingLabel rating /></td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <h2 class="hjcp-heading-m" id="hjcp-compare-heading">{tr(Key::CompareCaption)}</h2>
            <div class="hjcp-scroll hjcp-scroll--table" role="region" tabindex="0" aria-labelledby="hjcp-compare-heading">
                <table class=format!("hjcp-table hjcp-compare hjcp-compare--{n}")>
                    <caption class="hjcp-visually-hidden">{tr(Key::CompareCaption)}</caption>
                    <thead>
                        <tr>
                            <td class="hjcp-compare__corner"></td>
                            {heads}
                            <th scope="col" class="hjcp-compare__yours-head">{tr(Key::CompareYourRating)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr class="hjcp-compare__meta"><th scope="row">{tr(Key::RoleLevelLabel)}</th>{levels}<td class="hjcp-compare__blank"></td></tr>
                        <tr class="hjcp-compare__meta"><th scope="row">{tr(Key::RoleFitLabel)}</th>{fits}<td class="hjcp-compare__blank"></td></tr>
                        <tr class="hjcp-compare__meta"><th scope="row">{tr(Key::RoleEntryHeading)}</th>{entries}<td class="hjcp-compare__blank"></td></tr>
                        <tr class="hjcp-compare__group"><th scope="colgroup" colspan=(n + 2).to_string()>{tr(Key::CompareCompetences)}</th></tr>
                        {rows}
                    </tbody>
                </table>
            </div>
        })
    };

    view! {
        <BackLink />
        <ErrorList errors />
        <span class="hjcp-caption"><LocalText text=framework.title.clone() /></span>
        <h1 class="hjcp-heading-xl" tabindex="-1">{tr(Key::ScreenCompare)}</h1>
        <p class="hjcp-lead">{tr(Key::CompareIntro)}</p>
        <Show when=move || count() == 0>
            <div class="hjcp-inset">
                <p>{tr(Key::CompareEmpty)}</p>
                <button type="button" class="hjcp-button" on:click=top_three>{tr(Key::CompareTopThree)}</button>
            </div>
        </Show>
        {table}
        <Show
            when=move || !full()
            fallback=move || view! { <p class="hjcp-hint">{tr(Key::CompareFull)}</p> }
        >
            <form class="hjcp-compare__add" on:submit=add novalidate>
                <div class=move || if error.get() { "hjcp-form-group hjcp-form-group--error" } else { "hjcp-form-group" }>
                    <label class="hjcp-label" for="compare-role">{tr(Key::CompareAddLabel)}</label>
                    <p class="hjcp-hint" id="compare-role-hint">
                        {move || fill(t(Key::CompareAddHint), &[("count", &count().to_string()), ("max", &hjcp_engine::MAX_COMPARED.to_string())])}
                    </p>
                    <Show when=move || error.get()>
                        <p class="hjcp-error-message" id="compare-role-error">{tr(Key::CompareAddError)}</p>
                    </Show>
                    <select
                        class="hjcp-select"
                        id="compare-role"
                        aria-describedby=move || if error.get() { "compare-role-hint compare-role-error" } else { "compare-role-hint" }
                        prop:value=move || chosen.get()
                        on:change=move |ev| chosen.set(event_target_value(&ev))
                    >
                        <option value="">{tr(Key::CompareChoose)}</option>
                        {options.clone()}
                    </select>
                </div>
                <button type="submit" class="hjcp-button hjcp-button--secondary">{tr(Key::CompareAddButton)}</button>
            </form>
        </Show>
        <p>
            <button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::Map)>{tr(Key::CompareSeeMap)}</button>
        </p>
        <ResultsLinks current=Screen::Compare />
    }
    .into_any()
}
