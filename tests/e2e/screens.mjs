// Drives the widget to every screen, the way a person would (clicking buttons by their
// visible names in the UI language), and yields a name for each so a spec can check it.
// Not a spec itself (Playwright runs only *.spec.mjs).
//
//   for await (const name of everyScreen(page, { journey: 'staff', lang: 'cy' })) { ...checks... }
//
// Answers are seeded into localStorage first (the widget's own record format) so the journey
// does not have to rate every competence by hand; every screen is then reached by clicking.
// Button names come from locales/<lang>/*.toml, so the same walk runs in English and Welsh.
import { readFileSync, readdirSync } from 'node:fs';
import { expect } from './fixtures.mjs';

export const STORAGE_KEY = 'hjcp-career-pathways';
/** The widget's stored record as it is now, parsed, or null. */
export const storedRecord = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
/** The smallest framework (11 competences, 4 roles, routes in from outside and between roles). */
export const FRAMEWORK = 'hmpps-leadership-code';
/** Role titles in this framework, in both languages (frameworks/hmpps-leadership-code.toml). */
export const ROLES = {
  'team-member': { en: 'Team member', cy: 'Aelod o dîm' },
  'line-manager': { en: 'Team leader or line manager', cy: 'Arweinydd tîm neu reolwr llinell' },
  'middle-manager': { en: 'Manager of managers', cy: "Rheolwr sy'n rheoli rheolwyr" },
};
/** Competences in the first area ("Leading Me"), in order. */
export const FIRST_AREA = ['be-self-aware', 'know-your-strengths', 'be-curious', 'develop-yourself'];

/** Every UI string of one language, from locales/<lang>/*.toml (flat `key = "text"` lines). */
export function strings(lang) {
  const dir = new URL(`../../locales/${lang}/`, import.meta.url);
  const out = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.toml'))) {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      const m = line.match(/^([a-z0-9_]+)\s*=\s*(".*")\s*$/);
      if (m) out[m[1]] = JSON.parse(m[2]);
    }
  }
  return out;
}
export const STRINGS = { en: strings('en'), cy: strings('cy') };

/** Fills `{name}` placeholders the way the widget does. */
export const fill = (text, values) => text.replace(/\{(\w+)\}/g, (all, k) => (k in values ? String(values[k]) : all));

/** The document title the widget sets for a screen (its `screen_*` key). */
export const titleOf = (lang, screenKey) => fill(STRINGS[lang].title_suffix, { screen: STRINGS[lang][screenKey] });

/** Screens about one competence or one role put its name first: "Be curious – Rate yourself – …". */
const NAMED = new Set(['screen_rate', 'screen_role']);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * What the document title of a screen must be: the exact title, or "<name> – " before it; with
 * `error`, inside "Error: …" (GOV.UK: a form showing an error summary says so first).
 */
export const titlePattern = (lang, screenKey, { error = false } = {}) => {
  const [before, after] = (error ? fill(STRINGS[lang].title_error, { title: '\0' }) : '\0').split('\0');
  const title = titleOf(lang, screenKey);
  return NAMED.has(screenKey)
    ? new RegExp(`^${escape(before)}\\S.* – ${escape(title)}${escape(after)}$`)
    : before + title + after;
};

/** The title pattern for a name `everyScreen` yields; its `-error` states have "Error:" first. */
export const stateTitlePattern = (lang, name) => titlePattern(lang, SCREEN_KEYS[name], { error: name.endsWith('-error') });

/** The `screen_*` key (document title) of each name `everyScreen` yields. */
export const SCREEN_KEYS = {
  start: 'screen_start', 'start-error': 'screen_start', 'task-list': 'screen_task_list', persona: 'screen_persona',
  'current-role': 'screen_current_role', facts: 'screen_facts', 'facts-error': 'screen_facts', target: 'screen_target',
  rate: 'screen_rate', 'rate-error': 'screen_rate', 'check-answers': 'screen_check_answers', results: 'screen_results',
  role: 'screen_role', path: 'screen_path', plan: 'screen_plan', map: 'screen_map', compare: 'screen_compare',
  browse: 'screen_browse', progress: 'screen_progress', 'take-away': 'screen_take_away', clear: 'screen_clear',
};

/**
 * A stored record for one journey. Applicant: no current role, no target, some of the first
 * area rated (so there are entry routes on the results). Staff: a current role and a target.
 * The last competence of the first area is left unrated, so the rate screen can show its error.
 */
export function record({ journey = 'applicant', lang = 'en', rated = FIRST_AREA.length - 1 } = {}) {
  const staff = journey === 'staff';
  const answers = {};
  const all = [...FIRST_AREA.slice(0, rated), 'believe-in-people', 'communicate-with-purpose', 'see-the-bigger-picture'];
  all.forEach((id, i) => { answers[id] = { rating: { Level: 1 + (i % 2) }, note: i === 0 ? 'Led a team briefing' : '', changed_ms: 0 }; });
  return {
    app: 'hjcp', version: 2, lang, active: FRAMEWORK,
    frameworks: {
      [FRAMEWORK]: {
        framework: FRAMEWORK,
        persona: staff ? 'Staff' : 'Applicant',
        facts: { qualification_level: 3, experience_years: 2, current_role: staff ? 'team-member' : null },
        target_role: staff ? 'line-manager' : null,
        answers,
        snapshots: [],
        estimates: {},
      },
    },
  };
}

/**
 * Opens the widget (optionally with a query, e.g. '?lang=cy') with `rec` stored (an object,
 * or a string stored as it is), or nothing.
 *
 * The record is written by an init script in the new document itself, before any of its
 * scripts run, and the script is removed once that page has loaded. (Writing it from the
 * previous page instead raced with the navigation: under load the new page could read the
 * storage before the write reached it, and start with no answers.)
 */
export async function openWith(page, rec, query = '') {
  const value = rec == null ? null : typeof rec === 'string' ? rec : JSON.stringify(rec);
  const seed = await page.addInitScript(([key, value]) => {
    localStorage.clear();
    if (value) localStorage.setItem(key, value);
  }, [STORAGE_KEY, value]);
  try {
    // A new visit: going to the address already open would count as a reload (see openWidget).
    if (page.url().startsWith('http')) await page.evaluate(() => history.replaceState(null, ''));
    await page.goto(`./${query}`);
  } finally {
    await seed.dispose();
  }
  await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
}

export const h1 = (page) => page.locator('#hjcp-main h1').first();

/** A control in the main area or footer, found by its exact visible name in `lang`. */
export function control(page, lang, key, role = 'button') {
  const name = STRINGS[lang][key] ?? key;
  return page.locator('#hjcp-main, .hjcp-footer').getByRole(role, { name, exact: true }).first();
}

/** Waits until the screen with `screen_*` key `screenKey` is shown and its heading has focus. */
export async function arrived(page, lang, screenKey, { focus = true } = {}) {
  await expect(page).toHaveTitle(titlePattern(lang, screenKey));
  if (focus) await expect(h1(page)).toBeFocused();
}

/**
 * Visits every screen of one journey in one language, yielding a name for each screen (and
 * for the error states of the forms). The page is left on the last screen.
 */
export async function* everyScreen(page, { journey = 'applicant', lang = 'en' } = {}) {
  const staff = journey === 'staff';
  const click = (key, role) => control(page, lang, key, role).click();
  const go = async (key, screenKey) => {
    await click(key);
    await arrived(page, lang, screenKey);
  };

  // A first visit: nothing stored, the language chosen by the embedding page.
  await openWith(page, null, `?lang=${lang}`);
  await arrived(page, lang, 'screen_start', { focus: false });
  yield 'start';
  await click('start_button');
  await expect(page.locator('.hjcp-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(stateTitlePattern(lang, 'start-error'));
  yield 'start-error';

  // A returning visitor with answers: "Start now" carries on at the task list.
  await openWith(page, record({ journey, lang }));
  await arrived(page, lang, 'screen_start', { focus: false });
  await go('start_button', 'screen_task_list');
  yield 'task-list';

  await go('task_about', 'screen_persona');
  yield 'persona';
  await go('continue_button', staff ? 'screen_current_role' : 'screen_facts');
  if (staff) {
    yield 'current-role';
    await go('continue_button', 'screen_facts');
  }
  yield 'facts';
  const years = page.locator('#experience-years');
  await years.fill('lots');
  await click('continue_button');
  await expect(page.locator('.hjcp-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(stateTitlePattern(lang, 'facts-error'));
  yield 'facts-error';
  await years.fill('2');
  await go('continue_button', 'screen_target');
  yield 'target';
  await go('continue_button', 'screen_task_list');

  // The first area still has an unrated competence: the task list opens it.
  await page.locator('.hjcp-task-list__link[aria-describedby^="area-"]').first().click();
  await arrived(page, lang, 'screen_rate');
  yield 'rate';
  await click('continue_button');
  await expect(page.locator('.hjcp-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(stateTitlePattern(lang, 'rate-error'));
  yield 'rate-error';
  await page.locator('#rating-2').check();
  await expect(page.locator('.hjcp-saved')).toBeVisible();
  await go('journey_return_task_list', 'screen_task_list');

  await go('task_check', 'screen_check_answers');
  yield 'check-answers';
  await go('check_continue', 'screen_results');
  yield 'results';

  // Results screens, each reached from the "related" links the one before offers.
  const target = ROLES[staff ? 'line-manager' : 'team-member'][lang];
  await page.locator('#hjcp-main').getByRole('button', { name: target, exact: true }).first().click();
  await arrived(page, lang, 'screen_role');
  yield 'role';
  await go('results_link_path', 'screen_path');
  yield 'path';
  await go('results_link_plan', 'screen_plan');
  yield 'plan';
  await go('results_link_map', 'screen_map');
  yield 'map';
  await go('results_link_compare', 'screen_compare');
  // Staff start with their current role and target chosen; an applicant has neither.
  if (!staff) await click('compare_top_three');
  await expect(page.locator('#hjcp-main table')).toBeVisible();
  yield 'compare';
  await go('results_link_browse', 'screen_browse');
  yield 'browse';

  // Back to the task list for progress and save/share; the footer's "clear" from there.
  await go('results_link_change', 'screen_task_list');
  await go('task_progress_link', 'screen_progress');
  await click('progress_save');
  await expect(page.locator('#hjcp-main [role=status]').first()).toBeVisible();
  yield 'progress';
  await go('back', 'screen_task_list');
  await go('task_take_away_link', 'screen_take_away');
  yield 'take-away';
  await go('clear_link', 'screen_clear');
  yield 'clear';
  await go('cancel', 'screen_take_away');
}

/** Every name `everyScreen` yields for a journey, in order. */
export const SCREENS = {
  applicant: ['start', 'start-error', 'task-list', 'persona', 'facts', 'facts-error', 'target', 'rate', 'rate-error',
    'check-answers', 'results', 'role', 'path', 'plan', 'map', 'compare', 'browse', 'progress', 'take-away', 'clear'],
};
SCREENS.staff = [...SCREENS.applicant.slice(0, 4), 'current-role', ...SCREENS.applicant.slice(4)];

/**
 * The states every screen walk does not reach: notices about saved answers, settings from the
 * embedding page that could not be used, a shared link offered or refused, results and a plan
 * with nothing rated, compare with no roles and its error, a role just aimed for, a link
 * created, the start screen after clearing, and the footer's about page and accessibility
 * statement. Yields a name for each.
 */
export async function* extraStates(page, { lang = 'en' } = {}) {
  const click = (key, role) => control(page, lang, key, role).click();
  const go = async (key, screenKey) => {
    await click(key);
    await arrived(page, lang, screenKey);
  };
  const banner = (text) => expect(page.locator('#hjcp-main').getByText(STRINGS[lang][text]).first()).toBeVisible();

  await openWith(page, 'this is not JSON', `?lang=${lang}`);
  await banner('notices_heading');
  yield 'start-damaged-record';
  await openWith(page, { app: 'hjcp', version: 99, frameworks: {} }, `?lang=${lang}`);
  await banner('notice_newer_replace');
  yield 'start-newer-record';
  await openWith(page, null, `?lang=${lang}&framework=no-such-framework&persona=alien`);
  await banner('launch_problem_heading');
  yield 'start-launch-problems';
  await openWith(page, null, `?lang=${lang}#hjcp-answers=not-a-real-link`);
  await banner('link_problem_heading');
  yield 'start-link-problem';

  // Everything answered "Not sure": the results and the plan have nothing to show.
  const unsure = record({ journey: 'applicant', lang });
  for (const a of Object.values(unsure.frameworks[FRAMEWORK].answers)) a.rating = 'NotSure';
  await openWith(page, unsure);
  await go('start_button', 'screen_task_list');
  await go('task_results', 'screen_results');
  yield 'results-empty';
  await go('results_link_plan', 'screen_plan');
  yield 'plan-none';
  // The quick estimate, and its error when Continue is pressed with nothing chosen.
  await go('results_link_change', 'screen_task_list');
  await go('task_estimate_link', 'screen_estimate');
  yield 'estimate';
  await click('estimate_continue');
  await expect(page.locator('.hjcp-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(titlePattern(lang, 'screen_estimate', { error: true }));
  yield 'estimate-error';

  await openWith(page, record({ journey: 'applicant', lang }));
  await go('start_button', 'screen_task_list');
  await go('task_results', 'screen_results');
  await go('results_link_compare', 'screen_compare');
  yield 'compare-empty';
  await click('compare_add_button');
  await expect(page.locator('#compare-role-error')).toBeVisible();
  await expect(page.locator('.hjcp-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(titlePattern(lang, 'screen_compare', { error: true }));
  yield 'compare-error';
  await go('results_link_results', 'screen_results');
  await page.locator('#hjcp-main').getByRole('button', { name: ROLES['line-manager'][lang], exact: true }).first().click();
  await arrived(page, lang, 'screen_role');
  await click('role_aim_button');
  await expect(page.locator('#hjcp-main').getByText(STRINGS[lang].role_is_target).first()).toBeVisible();
  yield 'role-aimed';

  await go('results_link_take_away', 'screen_take_away');
  await click('take_link_create');
  await expect(page.locator('#share-link')).toHaveValue(/#hjcp-answers=/);
  yield 'take-away-link';
  // The link opened on a device that has answers already: offered, with a warning.
  const link = await page.locator('#share-link').inputValue();
  await page.goto(link);
  await banner('link_replace_warning');
  yield 'start-link-offer';

  await go('clear_link', 'screen_clear');
  await click('clear_confirm');
  await arrived(page, lang, 'screen_start', { focus: false });
  await banner('cleared');
  yield 'start-cleared';

  // The footer's pages, which need no framework (opened here with nothing kept).
  await go('footer_about', 'screen_about');
  yield 'about';
  await go('footer_accessibility', 'screen_accessibility');
  yield 'accessibility';
}

/** Every name `extraStates` yields, in order. */
export const EXTRA_STATES = ['start-damaged-record', 'start-newer-record', 'start-launch-problems', 'start-link-problem',
  'results-empty', 'plan-none', 'estimate', 'estimate-error', 'compare-empty', 'compare-error', 'role-aimed', 'take-away-link', 'start-link-offer', 'start-cleared',
  'about', 'accessibility'];

/** Runs in the page: whether the page scrolls sideways, and what sticks out (anything not inside
 * a scrolling region of its own, or positioned out of one). */
export function sidewaysScroll() {
  if (document.documentElement.scrollWidth <= window.innerWidth) return [];
  const wide = [...document.querySelectorAll('#hjcp-root *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 &&
    (!el.closest('.hjcp-scroll') || ['absolute', 'fixed'].includes(getComputedStyle(el).position)));
  const describe = (el) => `<${el.tagName.toLowerCase()} class="${el.className}"> "${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  return [`scrolls sideways: scrollWidth ${document.documentElement.scrollWidth} > ${window.innerWidth}; widest: ${wide.slice(-3).map(describe).join(', ')}`];
}
