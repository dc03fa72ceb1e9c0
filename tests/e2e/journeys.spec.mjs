// The two complete persona journeys, from the start page, clicking through as a new visitor
// would: an applicant finds an entry route into a role; a member of staff gets a development
// plan for a target role. Both end by printing to PDF.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect, openWidget } from './fixtures.mjs';
import { aboutYou, areaTasks, h1, rateArea } from './journey-steps.mjs';

const OUT = 'tests/e2e/output/screenshots';
mkdirSync(OUT, { recursive: true });
const FRAMEWORK = 'HMPPS career pathways: prisons, probation and HQ';

/** Start page: choose the framework by its name and start. */
async function start(page) {
  await openWidget(page);
  await expect(h1(page)).toHaveText('Explore your career in health and justice');
  await page.getByRole('radio', { name: new RegExp(FRAMEWORK.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
  await page.getByRole('button', { name: 'Start now' }).click();
}

/** Rates every area of the framework at scale step `step`, then opens the results. */
async function rateEverythingAndSeeResults(page, step) {
  const areas = await areaTasks(page).count();
  expect(areas).toBeGreaterThan(1);
  for (let i = 0; i < areas; i++) await rateArea(page, i, step);
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(h1(page)).toHaveText('Roles that fit you best');
  await expect(h1(page)).toBeFocused();
}

async function printToPdf(page, name) {
  await page.emulateMedia({ media: 'print' });
  for (const button of await page.locator('#hjcp-main .hjcp-button').all()) await expect(button).toBeHidden();
  await expect(page.locator('.hjcp-related')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  writeFileSync(`${OUT}/journey-${name}.pdf`, pdf);
  await page.emulateMedia({ media: 'screen' });
}

test('an applicant sees the roles open to them now, what stands between them and the role they want, and prints it', async ({ page }) => {
  test.setTimeout(120_000);
  await start(page);
  await aboutYou(page, { staff: false, qualification: 'Level 2: GCSEs at grades 9 to 4 (A* to C)', years: '1', target: 'Probation Officer' });
  await rateEverythingAndSeeResults(page, 2);

  // The results speak to someone outside the service: ways in, not promotions.
  await expect(page.getByText('You are exploring a career, so these are the ways in from outside the service.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Next steps up' })).toHaveCount(0);
  const applyNow = page.locator('section', { has: page.getByRole('heading', { name: 'Roles you can apply for now' }) });
  await expect(applyNow.locator('.hjcp-role-card').first()).toContainText('Apply directly');

  // Roles further on: the roles and routes on the way there.
  const throughRoute = page.locator('section', { has: page.getByRole('heading', { name: 'Roles you could reach through a route' }) });
  await expect(throughRoute.locator('.hjcp-role-card').first().locator('.hjcp-way__step')).toHaveCount(2);

  // Probation Officer: a Level 2 cannot start PQiP (it needs a Level 5) nor apply as a
  // qualified officer, so it is not a role to apply for now; Probation Services Officer accepts
  // equivalent experience and its accelerated pathway leads on, so it is reachable that way.
  await expect(applyNow.getByRole('button', { name: 'Probation Officer', exact: true })).toHaveCount(0);
  // (It may be behind "Show N more": open that first, as a person would.)
  const card = throughRoute.locator('.hjcp-role-card[data-role="probation-officer"]');
  await card.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
  await expect(card.locator('.hjcp-way__summary')).toContainText('through Probation Services Officer');

  // The role itself: the route in, in the framework's words, its length, and the entry requirement checked.
  await card.getByRole('button', { name: 'Probation Officer', exact: true }).first().click();
  await expect(h1(page)).toHaveText('Probation Officer');
  const routesIn = page.locator('section', { has: page.getByRole('heading', { name: 'Routes into this role' }) });
  await expect(routesIn.locator('.hjcp-route', { hasText: 'From outside the service' }).filter({ hasText: 'Qualification programme' })).toContainText('an estimated 15 to 21 months');
  await expect(routesIn).toContainText('Professional Qualification in Probation (PQiP)');
  await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Entry requirements' }) }).locator('.hjcp-status').first())
    .toHaveText('Not met');

  // The path from outside to the target: through Probation Services Officer, not a direct application.
  await page.locator('.hjcp-related').getByRole('button', { name: 'See your path to a role' }).click();
  await expect(h1(page)).toHaveText('Your path to Probation Officer');
  await expect(page.locator('.hjcp-step')).toHaveCount(2);
  await expect(page.locator('.hjcp-step').first()).toContainText('Probation Services Officer');
  await page.screenshot({ path: `${OUT}/journey-applicant-path.png`, fullPage: true });

  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(h1(page)).toHaveText('Probation Officer');
  await printToPdf(page, 'applicant-role');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(h1(page)).toHaveText('Roles that fit you best');
  await printToPdf(page, 'applicant-results');
});

test('a member of staff gets a development plan for their target role, and prints it', async ({ page }) => {
  test.setTimeout(120_000);
  await start(page);
  await aboutYou(page, { staff: true, role: 'Prison Officer', qualification: 'Level 3: A levels', years: '4', target: 'Custodial Manager' });
  await rateEverythingAndSeeResults(page, 3);

  // Moves from the current role, and the target with its path in one sentence.
  await expect(page.getByText('Showing moves from your current role: Prison Officer')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Next steps up' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Moves at a similar level' })).toBeVisible();
  const target = page.locator('.hjcp-target');
  await expect(target.getByRole('heading')).toContainText('Aiming for: Custodial Manager');
  await expect(target).toContainText('From your current role, Prison Officer, the most likely way to Custodial Manager');

  // The path, then the plan from it.
  await target.getByRole('button', { name: 'See your path' }).click();
  await expect(h1(page)).toHaveText('Your path to Custodial Manager');
  await expect(page.locator('.hjcp-step').first()).toContainText(/Step 1 of \d/);
  await page.locator('#hjcp-main').getByRole('button', { name: 'See your development plan' }).first().click();

  await expect(h1(page)).toHaveText('Your development plan');
  await expect(page.locator('.hjcp-plan__for')).toContainText('Custodial Manager');
  await expect(page.locator('.hjcp-explanation')).toContainText('To be ready for Custodial Manager');
  await expect(page.getByRole('heading', { name: 'What to work on' })).toBeVisible();
  await expect(page.locator('.hjcp-req').first().locator('.hjcp-status')).toHaveText(/^(Partly met|Gap|Not rated)$/);
  await expect(page.getByRole('heading', { name: 'Learning and development that can help' })).toBeVisible();
  await expect(page.locator('.hjcp-offer').first()).toContainText('Builds:');
  await expect(page.getByRole('heading', { name: 'What changes at the next level' })).toBeVisible();
  await page.screenshot({ path: `${OUT}/journey-staff-plan.png`, fullPage: true });

  // Printed for a development conversation: no buttons or links to other screens, a place for notes.
  await expect(page.getByRole('button', { name: 'Print your plan' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Notes from my development conversation' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await printToPdf(page, 'staff-plan');
});
