// The advice of issue 12 as people see it: lists that mean what they say, paths through other
// roles, the other ways to a role, what closes a way, how sure the results are, and results
// before any rating. The people are the persona scenarios of crates/words/tests/personas (what
// they told the tool, exactly as the widget exports it), stored before the page loads.
import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { STRINGS, arrived, control, fill, h1, openWith } from './screens.mjs';

const SHOTS = 'tests/e2e/output/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** A persona's answers, as the record the widget stores, in `lang`, with `changes` applied. */
function persona(name, { lang = 'en', ...changes } = {}) {
  const file = JSON.parse(readFileSync(`crates/words/tests/personas/${name}.answers.json`, 'utf8'));
  const answers = { ...file.answers, ...changes };
  return { app: 'hjcp', version: 2, lang, active: answers.framework, frameworks: { [answers.framework]: answers } };
}

/** A prison officer's ratings: strong on prison work, developing as a manager (as in results.spec.mjs). */
function prisonOfficer() {
  const source = readFileSync('frameworks/hmpps-career-pathways.toml', 'utf8');
  const ids = [...source.matchAll(/^\[\[competences\]\]\s*\nid = "([^"]+)"/gm)].map((m) => m[1]);
  const answers = {};
  for (const id of ids) {
    let rating = { Level: 1 };
    if (/^(sec|reh|val)-/.test(id)) rating = { Level: 3 };
    if (/^lm-/.test(id)) rating = { Level: 2 };
    answers[id] = { rating, note: '', changed_ms: 0 };
  }
  return persona('hmpps-staff-prison-officer', { answers, target_role: 'custodial-manager' });
}

const main = (page) => page.locator('#hjcp-main');
/** The section under the heading with this exact text. */
const section = (page, heading) => main(page).locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });
/** The card of one role (by id) in a section. */
const card = (within, role) => within.locator(`.hjcp-role-card[data-role="${role}"]`);

/** From the start screen to the results, by the buttons a person would press. */
async function toResults(page, rec, lang = 'en') {
  await openWith(page, rec, `?lang=${lang}`);
  await control(page, lang, 'start_button').click();
  // With nothing rated yet, "Start now" asks about the person first: their answers are kept,
  // so Continue through to the task list.
  const task = fill(STRINGS[lang].title_suffix, { screen: STRINGS[lang].screen_task_list });
  for (let i = 0; i < 4 && (await page.title()) !== task; i++) {
    await expect(h1(page)).toBeFocused();
    if ((await page.title()) === task) break;
    await control(page, lang, 'continue_button').click();
  }
  await arrived(page, lang, 'screen_task_list');
  await control(page, lang, 'task_results').click();
  await arrived(page, lang, 'screen_results');
}

test.describe('an applicant with a Level 3 qualification (nhse-non-custodial)', () => {
  test('is not told to apply for liaison and diversion practitioner now, but sees the way there through support work', async ({ page }) => {
    await toResults(page, persona('nhse-applicant-level3-carer'));
    const applyNow = section(page, 'Roles you can apply for now');
    await expect(card(applyNow, 'ld-support-worker')).toBeVisible();
    // By role id, so a card behind "Show N more" would count too.
    await expect(card(applyNow, 'ld-practitioner')).toHaveCount(0);
    await expect(card(applyNow, 'mhtr-clinical-psychologist')).toHaveCount(0);
    // Through a route: the card shows the roles and routes on the way and the months in all.
    const through = section(page, 'Roles you could reach through a route');
    const practitioner = card(through, 'ld-practitioner');
    await practitioner.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    await expect(practitioner.locator('.hjcp-way__summary')).toHaveText(
      'You can get there in 2 steps, through Liaison and diversion support worker, an estimated 50 months.');
    const steps = practitioner.locator('.hjcp-way__step');
    await expect(steps).toHaveCount(2);
    await expect(steps.first()).toContainText('Liaison and diversion support worker');
    await expect(steps.first()).toContainText('Apply directly');
    await expect(steps.last()).toContainText('Liaison and diversion practitioner');
    await expect(steps.last()).toContainText('Apprenticeship, an estimated 48 months');
    // A role open now is not listed again as reachable through a route.
    await expect(card(through, 'ld-support-worker')).toHaveCount(0);
    // The fit percentage beside the counts it is made of, and the rule said once on the page.
    const top = card(applyNow, 'ld-support-worker');
    await expect(top.locator('.hjcp-fit')).toHaveText(/^\d+% fit$/);
    await expect(top.locator('.hjcp-fit-counts li')).toHaveText([/^Met: \d+$/, /^One step short: \d+$/, /^Further to go: \d+$/, /^Not rated: \d+$/]);
    await expect(main(page).locator('.hjcp-fit-formula')).toHaveCount(1);
    await expect(main(page).locator('.hjcp-fit-formula')).toContainText('one you are one step short on counts as half');

    // Aiming for it: the path starts with another role, not with applying for the practitioner job.
    await practitioner.getByRole('button', { name: 'Liaison and diversion practitioner', exact: true }).first().click();
    await arrived(page, 'en', 'screen_role');
    await control(page, 'en', 'role_aim_button').click();
    await control(page, 'en', 'role_see_path').click();
    await arrived(page, 'en', 'screen_path');
    const first = main(page).locator('.hjcp-step').first();
    await expect(first.locator('h2')).toContainText('Step 1 of 2');
    await expect(first.locator('h2')).toContainText('Liaison and diversion support worker');
    await expect(first.locator('.hjcp-explanation')).not.toContainText('apply directly for Liaison and diversion practitioner');
    await expect(main(page).locator('.hjcp-step').last().locator('.hjcp-explanation')).toContainText('Step 2: an apprenticeship to Liaison and diversion practitioner');
    await page.screenshot({ path: `${SHOTS}/advice-path-ld-practitioner.png`, fullPage: true });
  });

  test('peer roles say that they ask for lived experience', async ({ page }) => {
    await toResults(page, persona('nhse-applicant-level3-carer'));
    const applyNow = section(page, 'Roles you can apply for now');
    const peer = card(applyNow, 'ld-peer-support-worker');
    await peer.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    await expect(peer.locator('.hjcp-tag--lived')).toHaveText('Asks for lived experience');
    await expect(card(applyNow, 'ld-support-worker').locator('.hjcp-tag--lived')).toHaveCount(0);
    // The role page says so too.
    await peer.getByRole('button', { name: 'Peer support worker (liaison and diversion)', exact: true }).first().click();
    await arrived(page, 'en', 'screen_role');
    await expect(main(page).locator('.hjcp-tag--lived')).toHaveText('Asks for lived experience');
  });

  test('with 3 of 28 rated, the results say they are a rough guide and offer to rate more', async ({ page }) => {
    await toResults(page, persona('nhse-applicant-level3-carer-three-rated'));
    const rough = main(page).locator('.hjcp-confidence--rough');
    await expect(rough).toContainText('You have rated 3 of the 28 competences in this framework');
    await expect(rough).toContainText('These results are a rough guide');
    // Above the lists, so it is read first.
    const box = await rough.boundingBox();
    const list = await section(page, 'Roles you can apply for now').boundingBox();
    expect(box.y).toBeLessThan(list.y);
    await page.screenshot({ path: `${SHOTS}/advice-results-rough.png`, fullPage: true });
    await rough.getByRole('button', { name: 'Rate more competences' }).click();
    await arrived(page, 'en', 'screen_task_list');
  });

  test('entry requirements met by any one of several options list each option', async ({ page }) => {
    await toResults(page, persona('nhse-applicant-level3-carer'));
    const practitioner = card(main(page), 'ld-practitioner');
    await practitioner.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    await practitioner.getByRole('button', { name: 'Liaison and diversion practitioner', exact: true }).first().click();
    await arrived(page, 'en', 'screen_role');
    await expect(main(page).locator('dt', { hasText: 'Career level' })).toBeVisible();
    const entry = section(page, 'Entry requirements');
    const group = entry.locator('.hjcp-entry', { has: page.locator('.hjcp-entry-options') });
    await expect(group.locator('.hjcp-entry-options__label')).toHaveText('Any one of:');
    await expect(group.locator('.hjcp-entry-option')).toHaveCount(3);
    await expect(group.locator('.hjcp-entry-option').first()).toContainText('Registration with the Nursing and Midwifery Council (nurses)');
    await expect(group.locator('.hjcp-entry-option .hjcp-status').first()).toHaveText('Check for yourself');
  });
});

test.describe('a prison officer aiming for custodial manager (hmpps-career-pathways)', () => {
  test('sees two ways there: the promotion straight there, and through supervising officer', async ({ page }) => {
    await toResults(page, prisonOfficer());
    await expect(page.getByRole('heading', { name: 'Next steps up', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Moves at a similar level', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Further ahead, through another role', exact: true })).toBeVisible();
    await control(page, 'en', 'results_see_path').click();
    await arrived(page, 'en', 'screen_path');
    await expect(main(page).locator('.hjcp-step')).toHaveCount(1);
    await expect(main(page).locator('.hjcp-step')).toContainText('Promotion, an estimated 36 months');
    const others = section(page, 'Other ways to get there');
    // Up to two other ways, each reaching the role from a different one; one is through
    // Supervising Officer, the usual next promotion.
    expect(await others.locator('.hjcp-alternative').count()).toBeGreaterThanOrEqual(1);
    const alternative = others.locator('.hjcp-alternative', { hasText: 'through Supervising Officer (' });
    await expect(alternative).toHaveCount(1);
    await expect(alternative.locator('summary')).toContainText('Another way: through Supervising Officer (2 steps, an estimated 48 months).');
    await expect(alternative.locator('.hjcp-way__step').first()).toBeHidden();
    await alternative.locator('summary').click();
    await expect(alternative.locator('.hjcp-way__step')).toHaveCount(2);
    await expect(alternative.locator('.hjcp-way__step').first()).toContainText('Supervising Officer');
    await expect(alternative.locator('.hjcp-way__step').first()).toContainText('Promotion, an estimated 24 months');
    await page.screenshot({ path: `${SHOTS}/advice-path-two-ways.png`, fullPage: true });
    // The plan follows the best of them, grouped by when each offer can be taken.
    await control(page, 'en', 'results_see_plan').click();
    await arrived(page, 'en', 'screen_plan');
    await expect(section(page, 'The way to this role').locator('.hjcp-way__step')).toHaveCount(1);
    await expect(main(page).locator('.hjcp-plan__point-heading').first()).toHaveText('Now');
    await expect(main(page).locator('table', { has: page.getByText('Your current role needs', { exact: true }) })).toBeVisible();
  });
});

test.describe('an applicant with GCSEs aiming for probation officer (hmpps-career-pathways)', () => {

  test('before any rating, the results list the roles their qualifications open, entry met first', async ({ page }) => {
    await toResults(page, persona('hmpps-applicant-level2-unrated'));
    await expect(main(page).locator('h1')).toHaveText('Your results');
    await expect(main(page)).toContainText('The roles below come from what you told us about your qualifications and experience.');
    await expect(control(page, 'en', 'results_empty_button')).toBeVisible();
    const applyNow = section(page, 'Roles you can apply for now');
    const cards = applyNow.locator('.hjcp-role-card');
    expect(await cards.count()).toBeGreaterThan(0);
    await expect(cards.first().locator('.hjcp-status')).toHaveText('Met');
    // Entry met first: no card whose requirements are met comes after one to check.
    const order = await cards.evaluateAll((all) => all.map((c) => c.querySelector('.hjcp-status')?.textContent ?? ''));
    const firstUnknown = order.indexOf('Check for yourself');
    expect(firstUnknown === -1 || order.slice(firstUnknown).every((s) => s !== 'Met')).toBe(true);
    // No fit yet: nothing is rated, so there is no percentage to show.
    await expect(main(page).locator('.hjcp-fit')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/advice-results-unrated.png`, fullPage: true });
  });

  test('reaches probation officer through probation services officer, and the role page says what PQiP needs', async ({ page }) => {
    // The same applicant once rated (the persona with four years in a hostel): the lists of
    // roles further on appear once there are ratings to rank them by.
    await toResults(page, persona('hmpps-applicant-level2-experienced'));
    // A Level 2 cannot start PQiP (it needs a Level 5) or apply as a qualified officer, but
    // Probation Services Officer accepts equivalent experience, and its accelerated pathway
    // leads on: reachable through a route, with the way there.
    const through = section(page, 'Roles you could reach through a route');
    const officer = card(through, 'probation-officer');
    await officer.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    await expect(officer.locator('.hjcp-way__summary')).toHaveText(/^You can get there in 2 steps, through Probation Services Officer, an estimated \d+ months\.$/);
    await expect(card(section(page, 'Roles you can apply for now'), 'probation-officer')).toHaveCount(0);
    await control(page, 'en', 'results_see_path').click();
    await arrived(page, 'en', 'screen_path');
    await expect(main(page).locator('.hjcp-step')).toHaveCount(2);
    await expect(main(page).locator('.hjcp-step').first()).toContainText('Probation Services Officer');
    // The role page: the PQiP route takes 15 to 21 months, and says what it needs to start.
    await main(page).locator('.hjcp-step').nth(1).getByRole('button', { name: 'Probation Officer', exact: true }).click();
    await arrived(page, 'en', 'screen_role');
    const pqip = section(page, 'Routes into this role').locator('.hjcp-route', { hasText: 'From outside the service' }).filter({ hasText: 'Qualification programme' }).first();
    await expect(pqip).toContainText('Qualification programme, an estimated 15 to 21 months');
    await expect(pqip).toContainText('Shorter, 15 months: If you have already studied the core probation modules');
    await expect(pqip).toContainText('What it gives:');
    await expect(pqip).toContainText('To start PQiP: a Level 5 qualification (such as a foundation degree) or higher');
  });
});

test.describe('a psychology graduate aiming for registered psychologist (hmpps-career-pathways)', () => {
  test('is told what closes the way, on the results and on the path', async ({ page }) => {
    await toResults(page, persona('hmpps-applicant-psychology-graduate'));
    const closed = section(page, 'Roles you cannot apply for yet');
    const trainee = card(closed, 'trainee-psychologist');
    await trainee.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    await expect(trainee).toContainText("You cannot apply for Trainee psychologist yet. You do not meet its entry requirement: A master's in forensic psychology accredited by the British Psychological Society, and none of the ways there open to you gives it.");
    await control(page, 'en', 'results_see_path').click();
    await arrived(page, 'en', 'screen_path');
    const blocked = main(page).locator('[data-state="blocked"]');
    await expect(blocked).toContainText("From outside the service, the routes to Registered psychologist pass through Trainee psychologist, and you do not meet its entry requirement: A master's in forensic psychology");
    await expect(blocked).toContainText(STRINGS.en.path_blocked_help);
    await page.screenshot({ path: `${SHOTS}/advice-path-blocked.png`, fullPage: true });
  });
});

test.describe('in Welsh', () => {
  test('how sure the results are, and the lists, for the Level 3 applicant', async ({ page }) => {
    await toResults(page, persona('nhse-applicant-level3-carer-three-rated', { lang: 'cy' }), 'cy');
    const rough = main(page).locator('.hjcp-confidence--rough');
    await expect(rough).toContainText("Rydych wedi asesu 3 o'r 28 cymhwysedd yn y fframwaith hwn");
    await expect(rough).toContainText("Canllaw bras yn unig yw'r canlyniadau hyn");
    await expect(rough.getByRole('button', { name: STRINGS.cy.results_rate_more })).toBeVisible();
    await expect(page.getByRole('heading', { name: STRINGS.cy.results_apply_heading, exact: true })).toBeVisible();
    const through = section(page, STRINGS.cy.results_route_heading);
    const practitioner = card(through, 'ld-practitioner');
    await practitioner.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    await expect(practitioner.locator('.hjcp-way__step')).toHaveCount(2);
    await expect(practitioner.locator('.hjcp-way__summary')).toContainText('Gallwch gyrraedd yno mewn 2 gam');
    await expect(card(section(page, STRINGS.cy.results_apply_heading), 'ld-peer-support-worker').locator('.hjcp-tag--lived'))
      .toHaveText(STRINGS.cy.lived_experience_tag);
    await page.screenshot({ path: `${SHOTS}/advice-results-rough-cy.png`, fullPage: true });
  });

  test('results before any rating, and what closes a way', async ({ page }) => {
    await toResults(page, persona('hmpps-applicant-level2-unrated', { lang: 'cy' }), 'cy');
    await expect(main(page).locator('h1')).toHaveText(STRINGS.cy.screen_results);
    await expect(main(page)).toContainText(STRINGS.cy.results_empty_body);
    expect(await section(page, STRINGS.cy.results_apply_heading).locator('.hjcp-role-card').count()).toBeGreaterThan(0);
    const closed = section(page, STRINGS.cy.results_closed_heading);
    const trainee = card(closed, 'trainee-psychologist');
    await trainee.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    await expect(trainee.locator('.hjcp-explanation')).toContainText('Ni allwch wneud cais am y swydd hon eto:');
    await page.screenshot({ path: `${SHOTS}/advice-results-unrated-cy.png`, fullPage: true });
  });
});
