// The results screens (results, role, path, map, compare, plan, browse) for a member of staff
// and an applicant, from a stored record seeded before the page loads. Screenshots of every
// screen at 320 and 1280px go to tests/e2e/output/screenshots/; axe-core runs on each.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openWidget } from './fixtures.mjs';

const KEY = 'hjcp-career-pathways';
const FW = 'hmpps-career-pathways';
const SHOTS = 'tests/e2e/output/screenshots';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
mkdirSync(SHOTS, { recursive: true });

/** Ids and counts read from the framework file itself, so the test follows the content. */
const source = readFileSync(`frameworks/${FW}.toml`, 'utf8');
const competenceIds = [...source.matchAll(/^\[\[competences\]\]\s*\nid = "([^"]+)"/gm)].map((m) => m[1]);
const routeCount = [...source.matchAll(/^\[\[routes\]\]$/gm)].length;

/** A rating for every competence: strong on prison work, weaker on leadership, one "not sure". */
function staffAnswers() {
  const answers = {};
  for (const id of competenceIds) {
    let rating = { Level: 1 };
    if (/^(sec|reh|val)-/.test(id)) rating = { Level: 3 };
    if (/^lm-/.test(id)) rating = { Level: 2 };
    if (id === 'reh-young-people') rating = 'NotSure';
    answers[id] = { rating, note: '', changed_ms: 0 };
  }
  // An answer for a competence the framework no longer has: reported, never counted.
  answers['retired-competence'] = { rating: { Level: 2 }, note: '', changed_ms: 0 };
  return answers;
}

function applicantAnswers() {
  const answers = {};
  competenceIds.forEach((id, i) => { answers[id] = { rating: { Level: i % 3 === 0 ? 1 : 2 }, note: '', changed_ms: 0 }; });
  return answers;
}

export const PEOPLE = {
  staff: {
    persona: 'Staff',
    facts: { qualification_level: 3, experience_years: 4, current_role: 'prison-officer' },
    target_role: 'custodial-manager',
    answers: staffAnswers(),
  },
  applicant: {
    persona: 'Applicant',
    facts: { qualification_level: 2, experience_years: 1, current_role: null },
    target_role: 'probation-officer',
    answers: applicantAnswers(),
  },
};

function record(person, overrides = {}) {
  const entry = { framework: FW, snapshots: [], ...person, ...overrides };
  return JSON.stringify({ app: 'hjcp', version: 2, lang: 'en', active: FW, frameworks: { [FW]: entry } });
}

/** Seeds the stored record before any page script runs (only on the first load of the test). */
async function seed(page, person, overrides = {}) {
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('hjcp-seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('hjcp-seeded', '1');
    }
  }, [KEY, record(person, overrides)]);
}

const h1 = (page) => page.getByRole('heading', { level: 1 });

/** From the start page to the results, whichever journey screens come in between. */
export async function toResults(page) {
  await openWidget(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  for (let i = 0; i < 80; i++) {
    const text = await h1(page).textContent();
    if (/Roles that fit you best|Your results/.test(text ?? '')) return;
    // On a busy machine the results half may still be arriving: its loading screen has no
    // Continue, and gives way to the results by itself.
    if (text === 'Getting your results ready') {
      await expect(h1(page)).not.toHaveText(text, { timeout: 20_000 });
      continue;
    }
    const see = page.getByRole('button', { name: 'See your results' });
    if (await see.count()) await see.first().click();
    else await page.getByRole('button', { name: /^(Continue|Save and continue)$/ }).first().click();
    await expect(h1(page)).not.toHaveText(text ?? '', { timeout: 5000 });
  }
  throw new Error('did not reach the results');
}

/** Opens one of the onward links every results screen has ("What you can do next"). */
async function follow(page, name) {
  await page.locator('.hjcp-related').getByRole('button', { name }).click();
}

async function noAxeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

async function noSidewaysScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow, 'the page does not scroll sideways').toBe(false);
}

async function shoot(page, name) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test.describe('results for a member of staff', () => {
  test.beforeEach(async ({ page }) => { await seed(page, PEOPLE.staff); });

  test('moves up and across from the current role, the target, gaps and the orphaned answer', async ({ page }) => {
    await toResults(page);
    await expect(h1(page)).toHaveText('Roles that fit you best');
    await expect(h1(page)).toBeFocused();
    await expect(page.getByText('Showing moves from your current role: Prison Officer')).toBeVisible();
    await expect(page.getByText(/1 of your saved answers is for a question this framework no longer asks/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Next steps up' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Moves at a similar level' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Further ahead, through another role' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Roles you can apply for now' })).toHaveCount(0);
    // How sure the results are, and how the fit is worked out, said once at the top.
    await expect(page.locator('.hjcp-confidence')).toContainText(/^You have rated 31 of the 32 competences in this framework \(\d+ of the \d+ these results depend on\)\.$/);
    await expect(page.locator('.hjcp-confidence--rough')).toHaveCount(0);
    await expect(page.locator('.hjcp-fit-formula')).toHaveCount(1);
    // The target and the one-sentence summary of its path.
    const target = page.locator('.hjcp-target');
    await expect(target.getByRole('heading')).toContainText('Aiming for: Custodial Manager');
    await expect(target).toContainText(/From your current role, Prison Officer, the most likely way to Custodial Manager has \d+ steps?/);
    // A move card: fit, route, and the engine's explanation one click away.
    const card = page.locator('#hjcp-moves-up + * , .hjcp-moves').first().locator('.hjcp-role-card').first();
    await expect(card.locator('.hjcp-fit')).toHaveText(/^\d+% fit$/);
    // The percentage never stands alone: the counts it is made of are beside it.
    await expect(card.locator('.hjcp-fit-counts li')).toHaveCount(4);
    await expect(card.locator('.hjcp-fit-counts')).toContainText(/Met: \d+One step short: \d+Further to go: \d+Not rated: \d+/);
    await expect(card).toContainText(/How to get there(Promotion|Fast track)/);
    await expect(card.locator('.hjcp-explanation')).toBeHidden();
    await card.getByText('Why this role?').click();
    await expect(card.locator('.hjcp-explanation')).toContainText(/competences? this role needs|To move up, the (usual|quickest) route is/);
    // Gaps for the target, each as an icon and words.
    const gaps = page.locator('.hjcp-gaps');
    await expect(gaps.getByRole('heading')).toContainText('What to work on for Custodial Manager');
    await expect(gaps.locator('.hjcp-status').first()).toHaveText(/^(Partly met|Gap|Not rated)$/);
    await expect(gaps.locator('.hjcp-status__icon').first()).toHaveAttribute('aria-hidden', 'true');
    // Every onward link is there.
    const nav = page.getByRole('navigation', { name: 'What you can do next' });
    for (const name of ['See your path to a role', 'See your development plan', 'See the pathway map', 'Compare roles side by side', 'Explore the framework', 'Save, share or print your results', 'Change your answers']) {
      await expect(nav.getByRole('button', { name })).toBeVisible();
    }
  });

  test('role details: fit per competence in words, entry, training, routes, what changes; aim and compare', async ({ page }) => {
    await toResults(page);
    await page.getByRole('button', { name: 'Supervising Officer' }).first().click();
    await expect(h1(page)).toHaveText('Supervising Officer');
    await expect(h1(page)).toBeFocused();
    await expect(page.getByRole('heading', { name: 'What this role needs' })).toBeVisible();
    const needs = page.locator('section', { has: page.getByRole('heading', { name: 'What this role needs' }) }).locator('.hjcp-req');
    expect(await needs.count()).toBeGreaterThan(3);
    await expect(needs.first()).toContainText(/Needs: \w+/);
    await expect(needs.first()).toContainText(/You: \w+/);
    await expect(needs.first().locator('.hjcp-status')).toHaveText(/^(Met|Partly met|Gap|Not rated)$/);
    await expect(page.getByRole('heading', { name: 'What changes from your current role' })).toBeVisible();
    await expect(page.locator('.hjcp-diff').first()).toContainText(/New|Higher step|Lower step|No longer needed/);
    await expect(page.getByRole('heading', { name: 'Entry requirements' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Education and training' })).toBeVisible();
    const routesIn = page.locator('section', { has: page.getByRole('heading', { name: 'Routes into this role' }) });
    await expect(routesIn.getByRole('button', { name: 'Prison Officer' }).first()).toBeVisible();
    // Aim for this role, then it is the target everywhere.
    await page.getByRole('button', { name: 'Aim for this role' }).click();
    await expect(page.getByText('This is the role you are aiming for.')).toBeVisible();
    // Add to compare (at most three).
    await page.getByRole('button', { name: 'Add to compare' }).click();
    await expect(page.getByText('Added to your comparison.')).toBeVisible();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(h1(page)).toHaveText('Roles that fit you best');
    await expect(page.locator('.hjcp-target').getByRole('heading')).toContainText('Aiming for: Supervising Officer');
  });

  test('path: each step with route, months and gaps; link to the plan', async ({ page }) => {
    await toResults(page);
    await follow(page, 'See your path to a role');
    await expect(h1(page)).toHaveText('Your path to Custodial Manager');
    await expect(page.locator('.hjcp-lead')).toContainText('From your current role, Prison Officer, the most likely way to Custodial Manager has');
    const steps = page.locator('.hjcp-step');
    expect(await steps.count()).toBeGreaterThanOrEqual(1);
    await expect(steps.first()).toContainText(/Step 1 of \d/);
    await expect(steps.first()).toContainText(/(Promotion|Fast track), an estimated \d+ months/);
    await expect(steps.last()).toContainText('Custodial Manager');
    await expect(steps.last().locator('.hjcp-explanation')).toContainText(/Step \d+: /);
    await page.getByRole('button', { name: 'See your development plan' }).first().click();
    await expect(h1(page)).toHaveText('Your development plan');
  });

  test('path: "already in this role" state', async ({ page }) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value),
      [KEY, record(PEOPLE.staff, { target_role: 'prison-officer' })]);
    await toResults(page);
    await follow(page, 'See your path to a role');
    await expect(page.locator('[data-state="already"]')).toContainText('You already hold this role, Prison Officer.');
  });

  test('path: "no route" state', async ({ page }) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value),
      [KEY, record(PEOPLE.staff, { facts: { ...PEOPLE.staff.facts, current_role: 'governing-governor' }, target_role: 'osg' })]);
    await toResults(page);
    await follow(page, 'See your path to a role');
    await expect(h1(page)).toHaveText('Your path to Operational Support Grade (OSG)');
    await expect(page.locator('[data-state="no-route"]')).toContainText(
      'This framework shows no route from your current role, Governing Governor, to Operational Support Grade (OSG).');
    await expect(page.getByRole('button', { name: 'See the pathway map' }).first()).toBeVisible();
  });

  test('map: an SVG diagram of links with a text legend, and every route in the table below it', async ({ page }) => {
    await toResults(page);
    await follow(page, 'See the pathway map');
    await expect(h1(page)).toHaveText('Pathway map');
    const svg = page.locator('svg.hjcp-map__svg');
    // A group, not an image: an image would hide the role links inside it.
    await expect(svg).toHaveAttribute('role', 'group');
    await expect(svg.getByRole('link', { name: /You are here Prison Officer$/ })).toBeVisible();
    await expect(svg.getByRole('link', { name: /Your target/ })).toHaveCount(1);
    await expect(svg.locator('title')).toHaveText('Pathway map');
    await expect(svg.locator('desc')).toContainText(`${routeCount} routes`);
    await expect(svg.locator('desc')).toContainText('Your current role is Prison Officer.');
    await expect(svg.locator('.hjcp-map__node--current')).toContainText('You are here');
    await expect(svg.locator('.hjcp-map__node--target')).toContainText('Your target');
    expect(await svg.locator('.hjcp-map__edge').count()).toBe(routeCount);
    expect(await svg.locator('.hjcp-map__edge--path').count()).toBeGreaterThanOrEqual(1);
    // No inline style attributes anywhere (CSP style-src 'self').
    expect(await page.locator('[style]').count()).toBe(0);
    // The legend names every kind in words.
    const legend = page.getByRole('list', { name: 'How to read the map' });
    for (const kind of ['Promotion', 'Fast track', 'Move at the same level', 'Apply directly']) {
      await expect(legend.getByText(kind, { exact: true })).toBeVisible();
    }
    // The equivalent table: one row per route, from, to, kind and months.
    const table = page.getByRole('table', { name: `${routeCount} routes between roles` });
    await expect(table.locator('tbody tr')).toHaveCount(routeCount);
    await expect(table.locator('thead')).toContainText('FromToRouteEstimated time');
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.some((r) => /Prison Officer\s+Supervising Officer\s+Promotion/.test(r))).toBe(true);
    expect(rows.some((r) => /From outside the service\s+Operational Support Grade \(OSG\)\s+Apply directly\s+3 months/.test(r))).toBe(true);
  });

  test('compare: up to three roles side by side', async ({ page }) => {
    await toResults(page);
    await follow(page, 'Compare roles side by side');
    await expect(h1(page)).toHaveText('Compare roles');
    const table = page.getByRole('table', { name: 'Roles compared side by side' });
    // It opens with the person's current role and target; emptied, it offers the top matches.
    await expect(table.locator('thead th.hjcp-compare__role')).toHaveCount(2);
    await table.getByRole('button', { name: /^Remove / }).first().click();
    await table.getByRole('button', { name: /^Remove / }).first().click();
    await expect(table).toHaveCount(0);
    await page.getByRole('button', { name: 'Compare your top 3 matches' }).click();
    await expect(table.locator('thead th.hjcp-compare__role')).toHaveCount(3);
    await expect(table).toContainText('How well it fits you');
    await expect(table).toContainText('Entry requirements');
    await expect(table.locator('tbody th[scope=row]').nth(4)).toBeVisible();
    await expect(table.locator('tbody tr:not(.hjcp-compare__meta) .hjcp-status').first()).toHaveText(/^(Met|Partly met|Gap|Not rated)$/);
    await expect(page.getByText('You are comparing 3 roles, the most at once.')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Add a role to compare' })).toHaveCount(0);
    // Remove one, add another from the list.
    await table.getByRole('button', { name: /^Remove / }).first().click();
    await expect(table.locator('thead th.hjcp-compare__role')).toHaveCount(2);
    await page.getByRole('button', { name: 'Add role' }).click();
    // No role chosen: an error summary (focused, linking to the list) and the message by the list.
    await expect(page.locator('.hjcp-error-summary')).toBeFocused();
    await expect(page.locator('.hjcp-error-summary').getByRole('link', { name: 'Select a role to add' })).toHaveAttribute('href', '#compare-role');
    await expect(page.locator('#compare-role-error')).toHaveText('Select a role to add');
    await expect(page).toHaveTitle(/^Error: Compare roles – /);
    await page.getByRole('combobox', { name: 'Add a role to compare' }).selectOption({ label: 'Governing Governor' });
    await page.getByRole('button', { name: 'Add role' }).click();
    await expect(table.locator('thead th.hjcp-compare__role')).toHaveCount(3);
    await expect(table.locator('thead')).toContainText('Governing Governor');
    await expect(page.locator('.hjcp-error-summary')).toHaveCount(0);
    await expect(page).toHaveTitle(/^Compare roles – /);
  });

  test('plan: gaps, learning in the engine\'s order, what no offer covers, what changes; prints', async ({ page }) => {
    await toResults(page);
    await follow(page, 'See your development plan');
    await expect(h1(page)).toHaveText('Your development plan');
    await expect(page.locator('.hjcp-plan__for')).toContainText('For the role you are aiming forCustodial Manager');
    await expect(page.locator('.hjcp-explanation')).toContainText(/To be ready for Custodial Manager, you have \d+ competences? to build/);
    await expect(page.getByRole('heading', { name: 'What to work on' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Learning and development that can help' })).toBeVisible();
    const offers = page.locator('.hjcp-offer');
    expect(await offers.count()).toBeGreaterThan(0);
    await expect(offers.first()).toContainText('Builds:');
    // The first offer is the one the engine's explanation says to start with.
    const first = (await offers.first().locator('h4').textContent()).trim();
    await expect(page.locator('.hjcp-explanation')).toContainText(`Start with “${first}”`);
    await expect(page.getByRole('heading', { name: 'What changes at the next level' })).toBeVisible();
    await expect(page.locator('table', { has: page.getByText('Your current role needs', { exact: true }) }).locator('tbody tr').first()).toContainText(/New|Higher step|Lower step|No longer needed/);
    // Offers grouped by when they can be taken; the route the plan follows is shown.
    await expect(page.locator('.hjcp-plan__point-heading').first()).toHaveText('Now');
    await expect(page.getByRole('heading', { name: 'The way to this role' })).toBeVisible();
    // Print: buttons and navigation hidden, the notes section shown, a PDF produced.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print your plan' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'What you can do next' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Notes from my development conversation' })).toBeVisible();
    await page.setViewportSize({ width: 794, height: 1123 });
    await shoot(page, 'plan-staff-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.length).toBeGreaterThan(10_000);
    writeFileSync(`${SHOTS}/plan-staff.pdf`, pdf);
  });

  test('results print to PDF without buttons or navigation', async ({ page }) => {
    await toResults(page);
    await page.emulateMedia({ media: 'print' });
    for (const button of await page.locator('.hjcp-button').all()) await expect(button).toBeHidden();
    await expect(page.locator('.hjcp-back-link, .hjcp-related, .hjcp-footer, .hjcp-lang-switch')).toHaveCount(await page.locator('.hjcp-back-link, .hjcp-related, .hjcp-footer, .hjcp-lang-switch').count());
    for (const el of await page.locator('.hjcp-related, .hjcp-footer, .hjcp-lang-switch').all()) await expect(el).toBeHidden();
    // A summary: the "Why" explanations stay in the tool; the roles after the first few of a
    // list are left out, and the printout says how many.
    await expect(page.locator('.hjcp-role-card .hjcp-explanation').first()).toBeHidden();
    await expect(page.locator('.hjcp-role-card').first()).toBeVisible();
    await page.setViewportSize({ width: 794, height: 1123 });
    await shoot(page, 'results-staff-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.length).toBeGreaterThan(10_000);
    writeFileSync(`${SHOTS}/results-staff.pdf`, pdf);
  });

  test('browse: framework, areas, competences and step descriptors behind disclosures, with provenance', async ({ page }) => {
    await toResults(page);
    await follow(page, 'Explore the framework');
    await expect(h1(page)).toHaveText('HMPPS career pathways: prisons, probation and HQ');
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.getByText('HMPPS Prison Service employee offer').first()).toBeVisible();
    await page.getByText('What is official and what was written for this tool').click();
    await expect(page.locator('.hjcp-notes')).toContainText('Official, cited word for word: the role names');
    const area = page.locator('.hjcp-disclosure--area').first();
    await expect(area.locator('> .hjcp-disclosure__text')).toBeHidden();
    await area.locator('> summary').click();
    const competence = area.locator('.hjcp-disclosure--competence').first();
    await competence.locator('> summary').click();
    await expect(competence).toContainText('What it looks like at each step');
    await expect(competence.locator('.hjcp-provenance summary')).toHaveText(/^(Official wording|Written for this tool|Partly written for this tool)$/);
    await expect(competence.locator('dt').first()).toHaveText('Not yet');
    await expect(page.getByRole('heading', { name: 'Roles, by level' })).toBeVisible();
  });

  test('results and explanations in Welsh', async ({ page }) => {
    await toResults(page);
    await page.locator('.hjcp-lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(h1(page)).toHaveText("Y swyddi sy'n gweddu orau i chi");
    await expect(page.getByRole('heading', { name: 'Camau nesaf i fyny' })).toBeVisible();
    const card = page.locator('.hjcp-role-card').first();
    await card.getByText('Pam y swydd hon?').click();
    const text = await card.locator('.hjcp-explanation').textContent();
    expect(text).toMatch(/Rydych|Nid ydych|Ni allwn/);
    expect(text).not.toMatch(/[{}]/);
    // Every name in the framework has Welsh: none is left in English.
    expect(await page.locator('.hjcp-explanation [lang="en"]').count()).toBe(0);
    await follow(page, 'Gweld eich cynllun datblygu');
    await expect(h1(page)).toHaveText('Eich cynllun datblygu');
    await expect(page.locator('.hjcp-explanation')).toContainText('I fod yn barod ar gyfer');
  });
});

test.describe('results for an applicant', () => {
  test.beforeEach(async ({ page }) => { await seed(page, PEOPLE.applicant); });

  test('roles to apply for now, roles reachable through a route with the way there, and the way to the target through another role', async ({ page }) => {
    await toResults(page);
    await expect(page.getByText('You are exploring a career, so these are the ways in from outside the service.')).toBeVisible();
    const apply = page.locator('section', { has: page.getByRole('heading', { name: 'Roles you can apply for now' }) });
    const route = page.locator('section', { has: page.getByRole('heading', { name: 'Roles you could reach through a route' }) });
    await expect(apply.locator('.hjcp-role-card').first()).toContainText('Apply directly');
    // Through a route: the roles and routes on the way, and the months in all.
    const first = route.locator('.hjcp-role-card').first();
    await expect(first.locator('.hjcp-way__summary')).toHaveText(/^You can get there in 2 steps, through [A-Z][A-Za-z ]+, an estimated \d+ months\.$/);
    await expect(first.locator('.hjcp-way__step').first()).toContainText('Apply directly');
    // A role open now is never listed again as reachable through a route.
    const open = await apply.locator('.hjcp-role-card').evaluateAll((cards) => cards.map((c) => c.dataset.role));
    const reachable = await route.locator('.hjcp-role-card').evaluateAll((cards) => cards.map((c) => c.dataset.role));
    expect(open.length).toBeGreaterThan(0);
    expect(reachable.filter((r) => open.includes(r))).toEqual([]);
    // Probation Officer: not to apply for now (PQiP needs a Level 5 to start, and a qualified
    // officer's entry needs the probation qualification), but reachable through Probation
    // Services Officer and its accelerated pathway.
    await expect(apply.locator('.hjcp-role-card[data-role="probation-officer"]')).toHaveCount(0);
    const officer = route.locator('.hjcp-role-card[data-role="probation-officer"]');
    await officer.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    await expect(officer.locator('.hjcp-way__summary')).toContainText('through Probation Services Officer');
    await expect(page.getByRole('heading', { name: 'Next steps up' })).toHaveCount(0);
    await expect(page.locator('.hjcp-target')).toContainText('From outside the service, the most likely way to Probation Officer has 2 steps');
    await follow(page, 'See your path to a role');
    await expect(h1(page)).toHaveText('Your path to Probation Officer');
    await expect(page.locator('.hjcp-step').first()).toContainText('Probation Services Officer');
  });

  test('role details for an applicant show entry requirements against their facts and no "what changes"', async ({ page }) => {
    await toResults(page);
    await page.getByRole('button', { name: 'Probation Officer' }).first().click();
    await expect(h1(page)).toHaveText('Probation Officer');
    await expect(page.getByRole('heading', { name: 'What changes from your current role' })).toHaveCount(0);
    const entry = page.locator('section', { has: page.getByRole('heading', { name: 'Entry requirements' }) });
    await expect(entry.locator('.hjcp-status').first()).toHaveText(/^(Met|Not met|Check for yourself)$/);
    await expect(page.getByText('Open to applicants: you can apply from outside the service.').first()).toBeVisible();
  });

  test('nothing rated yet (every answer "not sure"): the roles their facts open, and a way to start rating', async ({ page }) => {
    const notSure = Object.fromEntries(competenceIds.map((id) => [id, { rating: 'NotSure', note: '', changed_ms: 0 }]));
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value),
      [KEY, record(PEOPLE.applicant, { answers: notSure, target_role: null })]);
    await toResults(page);
    await expect(h1(page)).toHaveText('Your results');
    await expect(page.getByText('You have not rated yourself on any competence yet.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Rate yourself' })).toBeVisible();
    // The roles come from entry requirements alone: no fit, and no "through a route" (it ranks by fit).
    const apply = page.locator('section', { has: page.getByRole('heading', { name: 'Roles you can apply for now' }) });
    expect(await apply.locator('.hjcp-role-card').count()).toBeGreaterThan(0);
    await expect(apply.locator('.hjcp-role-card').first().locator('.hjcp-status')).toHaveText('Met');
    await expect(page.locator('.hjcp-fit')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Roles you could reach through a route' })).toHaveCount(0);
  });
});

// Every results screen at both widths, for both people: screenshots, axe, no sideways scroll.
const SCREENS = [
  ['results', null],
  ['role', async (page, who) => page.getByRole('button', { name: who === 'staff' ? 'Supervising Officer' : 'Probation Officer' }).first().click()],
  ['path', async (page) => follow(page, 'See your path to a role')],
  ['map', async (page) => follow(page, 'See the pathway map')],
  // Both people have a target (and staff a current role), so compare opens with them chosen.
  ['compare', async (page) => follow(page, 'Compare roles side by side')],
  ['plan', async (page) => follow(page, 'See your development plan')],
  ['browse', async (page) => { await follow(page, 'Explore the framework'); await page.locator('.hjcp-disclosure--area > summary').first().click(); }],
];

for (const who of ['staff', 'applicant']) {
  for (const width of [320, 1280]) {
    test(`${who} at ${width}px: every results screen passes axe, reflows, and is captured`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 900 });
      await seed(page, PEOPLE[who]);
      for (const [name, go] of SCREENS) {
        await toResults(page);
        if (go) await go(page, who);
        await expect(h1(page)).toBeVisible();
        await shoot(page, `${name}-${who}-${width}`);
        await noSidewaysScroll(page);
        await noAxeViolations(page);
      }
    });
  }
}
