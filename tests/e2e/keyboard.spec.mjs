// Both journeys by keyboard alone (Tab, Shift+Tab, Space, Enter, arrow keys): no mouse, no
// clicks, no filling fields from script. Every time focus moves, the focused element must
// match :focus-visible and show it: its outline, box-shadow, background, colour, border or
// underline (or that of its children, its label and the label's ::before/::after, for the
// radios drawn there) must differ from how it looks with focus taken away. Each new screen must put focus on its
// main heading; error summaries must take focus, and their links must move focus to the field.
import { test, expect } from './fixtures.mjs';
import { everyScreen, FIRST_AREA, FRAMEWORK, ROLES, SCREENS, STRINGS, titlePattern } from './screens.mjs';

test.describe.configure({ mode: 'parallel' });

/**
 * Runs in the page: describes the focused element and whether its focus is visible, by
 * comparing how it looks focused with how it looks a moment later with focus taken away (same
 * checked/open state), then giving focus back. A keyboard user's last input was a key, so the
 * element matches :focus-visible again when focus returns; that is checked too.
 */
function focusState() {
  const props = ['outlineStyle', 'outlineWidth', 'outlineColor', 'boxShadow', 'backgroundColor', 'color', 'borderTopColor', 'borderBottomColor', 'borderBottomWidth', 'borderLeftWidth', 'textDecorationLine', 'textDecorationThickness'];
  const look = (el, pseudo) => {
    const s = getComputedStyle(el, pseudo);
    const v = props.map((p) => s[p]);
    // An outline drawn in a transparent colour (kept for Windows high contrast) is not visible.
    if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 || /rgba\(.*, 0\)$|transparent/.test(s.outlineColor)) v[0] = v[1] = v[2] = 'none';
    return v.join('|');
  };
  const looks = (el) => {
    const parts = [look(el), look(el, '::before'), look(el, '::after')];
    for (const child of el.children) parts.push(look(child));
    for (const label of el.labels ?? []) parts.push(look(label), look(label, '::before'), look(label, '::after'));
    return parts.join('#');
  };
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const focused = looks(el);
  const focusVisible = el.matches(':focus-visible');
  el.blur();
  const unfocused = looks(el);
  el.focus({ preventScroll: true });
  // Focus Not Obscured (2.4.11): the element is in the viewport and nothing covers its middle.
  const r = el.getBoundingClientRect();
  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
  const top = document.elementFromPoint(x, y);
  const inView = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  const covered = !inView || !(top && (el.contains(top) || top.contains(el) || [...(el.labels ?? [])].some((l) => l.contains(top))));
  return {
    covered,
    tag: el.tagName.toLowerCase(),
    id: el.id,
    type: el.type ?? '',
    value: el.value ?? '',
    checked: !!el.checked,
    text: ((el.labels?.[0] ?? el).textContent || '').replace(/\s+/g, ' ').trim(),
    visible: focusVisible && focused !== unfocused,
    restored: document.activeElement === el && el.matches(':focus-visible') === focusVisible,
  };
}

/** A keyboard-only driver that records every focus stop that had no visible indicator. */
function keyboard(page, lang) {
  const S = STRINGS[lang];
  const invisible = [];
  const stops = [];
  const check = async () => {
    const f = await page.evaluate(focusState);
    if (f) {
      stops.push(f);
      if (!f.restored) throw new Error(`focus could not be given back to ${f.tag}#${f.id} after checking it`);
      if (f.covered) invisible.push(`${f.tag}#${f.id} "${f.text.slice(0, 40)}" is out of view or covered on "${await page.title()}"`);
      if (!f.visible) invisible.push(`${f.tag}#${f.id} "${f.text.slice(0, 40)}" on "${await page.title()}"`);
    }
    return f;
  };
  const k = {
    S,
    lastTitle: null,
    invisible,
    stops,
    /** Presses `key` and checks the focus it lands on. */
    async press(key) {
      await page.keyboard.press(key);
      return check();
    },
    /** Tabs (or Shift+Tabs) until the focused element matches `want`, at most `max` times. */
    async tabTo(want, { back = false, max = 80 } = {}) {
      for (let i = 0; i < max; i++) {
        const f = await k.press(back ? 'Shift+Tab' : 'Tab');
        if (f && want(f)) return f;
      }
      throw new Error(`never reached the element by ${back ? 'Shift+Tab' : 'Tab'} (last: ${JSON.stringify(stops.at(-1))})`);
    },
    /** Tabs to the button, link or summary whose text is the string `key` (or literal text), then presses Enter. */
    async activate(key, { back = false } = {}) {
      const name = S[key] ?? key;
      await k.tabTo((f) => ['button', 'a', 'summary'].includes(f.tag) && f.text === name, { back });
      await page.keyboard.press('Enter');
    },
    /** In a focused radio group, arrows down (wrapping) until the radio with id `id` is checked. */
    async arrowTo(id) {
      for (let i = 0; i < 30; i++) {
        const f = await check();
        if (f.id === id && f.checked) return;
        await page.keyboard.press(i === 0 && f.id === id ? 'Space' : 'ArrowDown');
      }
      throw new Error(`arrow keys never reached #${id}`);
    },
    /** Waits for a new screen and checks its title is new and focus is on its main heading, visibly. */
    async arrived(screenKey) {
      await expect(page).toHaveTitle(titlePattern(lang, screenKey));
      const title = await page.title();
      expect(title, 'each screen has a title of its own').not.toBe(k.lastTitle);
      k.lastTitle = title;
      await expect(page.locator('#hjcp-main h1').first()).toBeFocused();
      const f = await check();
      expect(f.tag).toBe('h1');
    },
    /** Types into the focused field, key by key. */
    async type(text) {
      await page.keyboard.type(text);
    },
  };
  return k;
}

/** Tabs into a radio group (the first radio, or the checked one) and chooses the radio `id`. */
async function chooseRadio(k, name, id) {
  await k.tabTo((f) => f.type === 'radio' && f.id.startsWith(name));
  await k.arrowTo(id);
}

/** From the start screen: chooses the framework and starts. */
async function startWithFramework(k) {
  await k.tabTo((f) => f.type === 'radio');
  for (let i = 0; i < 10; i++) {
    const f = await k.press('ArrowDown');
    if (f.value === FRAMEWORK) break;
  }
  await k.activate('start_button');
}

/**
 * On the rate screen for the first question of an area: rates each question with the scale
 * step `step`; the next area's first question follows the last, and from there the link back
 * to the task list.
 */
async function rateArea(page, k, count, step) {
  for (let q = 0; q < count; q++) {
    await k.tabTo((f) => f.type === 'radio' && f.id.startsWith('rating-'));
    await k.arrowTo(`rating-${step}`);
    await expect(page.locator('.hjcp-saved')).toBeVisible();
    await k.activate('continue_button');
    await k.arrived('screen_rate');
  }
  await k.activate('journey_return_task_list');
  await k.arrived('screen_task_list');
}

test('skip link: the first Tab shows it, Enter moves focus to the main content', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
  const k = keyboard(page, 'en');
  const f = await k.press('Tab');
  expect(f.text).toBe(k.S.skip_to_content);
  await expect(page.locator('.hjcp-skip-link')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#hjcp-main')).toBeFocused();
  // The next Tab goes into the main content, not back to the header.
  const next = await k.press('Tab');
  expect(await page.evaluate(() => document.querySelector('#hjcp-main').contains(document.activeElement))).toBe(true);
  expect(next).not.toBeNull();
  expect(k.invisible).toEqual([]);
});

test('applicant journey by keyboard: start to an entry route on the results', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
  const k = keyboard(page, 'en');

  // Start without choosing: the error summary takes focus and its link goes to the radios.
  await k.activate('start_button');
  await expect(page.locator('.hjcp-error-summary')).toBeFocused();
  await k.activate('error_choose_framework');
  await expect(page.locator('#framework-first')).toBeFocused();
  await startWithFramework(k);
  await k.arrived('screen_persona');

  await chooseRadio(k, 'persona-', 'persona-applicant');
  await k.activate('continue_button');
  await k.arrived('screen_facts');

  await chooseRadio(k, 'qualification-', 'qualification-3');
  await k.tabTo((f) => f.id === 'experience-years');
  await k.type('a few');
  await k.activate('continue_button');
  // The error summary takes focus; its link moves focus to the field at fault.
  await expect(page.locator('.hjcp-error-summary')).toBeFocused();
  await k.tabTo((f) => f.tag === 'a' && f.text === k.S.facts_error_experience_number);
  await page.keyboard.press('Enter');
  await expect(page.locator('#experience-years')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await k.type('2');
  await page.keyboard.press('Enter'); // Enter in a text field submits its form.
  await k.arrived('screen_target');

  await chooseRadio(k, 'target-role-', 'target-role-none');
  await k.activate('continue_button');
  await k.arrived('screen_task_list');

  // The first area, by keyboard; Continue with no answer first.
  await k.tabTo((f) => f.tag === 'button' && f.text.startsWith('Leading Me'));
  await page.keyboard.press('Enter');
  await k.arrived('screen_rate');
  await k.activate('continue_button');
  await expect(page.locator('.hjcp-error-summary')).toBeFocused();
  await k.tabTo((f) => f.tag === 'a' && f.text === k.S.error_choose_rating);
  await page.keyboard.press('Enter');
  await expect(page.locator('#rating-0')).toBeFocused();
  // Shift+Tab leaves the radio group backwards, Tab comes back to it.
  await k.press('Shift+Tab');
  await rateArea(page, k, FIRST_AREA.length, 2);

  await k.activate('task_results');
  await k.arrived('screen_results');
  // An entry route: a role open to applicants, how to get in, and its routes in from outside.
  const apply = page.locator('section', { has: page.locator('#hjcp-moves-applynow') });
  await expect(apply).toBeVisible();
  await expect(apply.getByText(k.S.results_kind_direct_entry, { exact: false }).first()).toBeVisible();
  await k.tabTo((f) => f.tag === 'summary' && f.text.startsWith(k.S.results_why));
  await page.keyboard.press('Enter');
  await expect(page.locator('details[open]').first()).toBeVisible();
  await k.tabTo((f) => f.tag === 'button' && f.text.startsWith(k.S.results_role_details));
  await page.keyboard.press('Enter');
  await k.arrived('screen_role');
  await expect(page.getByText(k.S.role_from_outside).first()).toBeVisible();
  expect(k.invisible).toEqual([]);
});

test('staff journey by keyboard, in Welsh: start to the development plan for a target role', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
  // The language switch, by keyboard, on the first screen.
  const en = keyboard(page, 'en');
  await en.tabTo((f) => f.tag === 'button' && f.text.endsWith(STRINGS.en.lang_switch_to));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('.hjcp-lang-switch')).toBeFocused();
  const k = keyboard(page, 'cy');
  expect(en.invisible).toEqual([]);

  await startWithFramework(k);
  await k.arrived('screen_persona');
  await chooseRadio(k, 'persona-', 'persona-staff');
  await k.activate('continue_button');
  await k.arrived('screen_current_role');
  await chooseRadio(k, 'current-role-', 'current-role-first'); // Team member
  await k.activate('continue_button');
  await k.arrived('screen_facts');
  await chooseRadio(k, 'qualification-', 'qualification-none');
  await k.tabTo((f) => f.id === 'experience-years');
  await k.type('4');
  await k.activate('continue_button');
  await k.arrived('screen_target');
  await chooseRadio(k, 'target-role-', 'target-role-line-manager');
  await k.activate('continue_button');
  await k.arrived('screen_task_list');

  await k.tabTo((f) => f.tag === 'button' && f.text.startsWith('Arwain Fy Hun'));
  await page.keyboard.press('Enter');
  await k.arrived('screen_rate');
  await rateArea(page, k, FIRST_AREA.length, 1);

  await k.activate('task_results');
  await k.arrived('screen_results');
  await k.activate('results_see_plan');
  await k.arrived('screen_plan');
  await expect(page.locator('#hjcp-main h1')).toContainText(STRINGS.cy.screen_plan);
  await expect(page.locator('#hjcp-main')).toContainText(ROLES['line-manager'].cy);
  await expect(page.locator('#hjcp-main')).toContainText(STRINGS.cy.plan_basis_target);
  expect(k.invisible).toEqual([]);
});

for (const journey of ['applicant', 'staff']) {
  test(`every screen of the ${journey} journey: each Tab stop shows its focus, in view, and Tab never gets stuck`, async ({ page }) => {
    test.setTimeout(150_000);
    const k = keyboard(page, 'en');
    const visited = [];
    for await (const name of everyScreen(page, { journey, lang: 'en' })) {
      visited.push(name);
      // From the top of the page, Tab through everything until focus leaves the page.
      // (A focused, then removed, element at the very start makes the next Tab start there.)
      await page.evaluate(() => {
        const start = document.createElement('span');
        start.tabIndex = -1;
        document.body.prepend(start);
        start.focus();
        start.remove();
        window.scrollTo(0, 0);
      });
      const seen = new Set();
      let stops = 0;
      for (;;) {
        const f = await k.press('Tab');
        if (!f || f.tag === 'body') break;
        const key = `${f.tag}#${f.id}|${f.text}|${f.value}|${stops}`;
        expect(seen.has(key), `${name}: focus loops`).toBe(false);
        seen.add(key);
        expect(++stops, `${name}: Tab never leaves the page (a keyboard trap?)`).toBeLessThan(250);
        if (await page.evaluate(() => document.activeElement === document.body || !document.hasFocus())) break;
      }
      expect(stops, `${name}: something to Tab to`).toBeGreaterThan(2);
    }
    expect(visited).toEqual(SCREENS[journey]);
    expect(k.invisible).toEqual([]);
  });
}
