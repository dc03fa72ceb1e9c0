// How many clicks rating takes, counted from the task list and printed (issue 14's budgets):
// a full rating at two clicks per competence with no detours, and rating only what a target
// role needs. The counts are the person's clicks; the page is read between them, as a person would.
import { test, expect, openWidget } from './fixtures.mjs';
import { aboutYou, h1 } from './journey-steps.mjs';

/** Rates every question the flow offers with scale step 1 until the task list comes back. */
async function rateUntilTaskList(page, counter) {
  for (let i = 0; i < 200; i++) {
    if ((await h1(page).textContent()) === 'Rate yourself') return;
    await page.locator('#rating-1').check();
    counter.clicks += 1;
    await page.getByRole('button', { name: 'Continue' }).click();
    counter.clicks += 1;
    counter.questions += 1;
    await expect(page.locator('.hjcp-caption--progress')).toBeVisible().catch(() => {});
  }
  throw new Error('the questions never ended');
}

const BUDGETS = [
  ['hmpps-career-pathways', 65],
  ['nhse-non-custodial', 57],
];

for (const [framework, budget] of BUDGETS) {
  test(`rating all of ${framework} from the task list takes at most ${budget} clicks`, async ({ page }) => {
    test.setTimeout(120_000);
    await openWidget(page);
    await page.locator(`input[value=${framework}]`).check();
    await page.getByRole('button', { name: 'Start now' }).click();
    await aboutYou(page);
    await expect(page.locator('.hjcp-task-summary')).toContainText(/Competences rated: 0 of (\d+)/);
    const total = Number((await page.locator('.hjcp-task-summary').textContent()).match(/of (\d+)$/)[1]);

    const counter = { clicks: 0, questions: 0 };
    await page.locator('.hjcp-task-list__link[aria-describedby^="area-"]').first().click();
    counter.clicks += 1;
    await rateUntilTaskList(page, counter);
    console.log(`CLICKS|full rating|${framework}|${counter.clicks} clicks for ${total} competences`);
    expect(counter.questions).toBe(total);
    await expect(page.locator('.hjcp-task-summary')).toContainText(`Competences rated: ${total} of ${total}`);
    expect(counter.clicks).toBeLessThanOrEqual(budget);
    expect(counter.clicks).toBe(2 * total + 1);
  });
}

test('rating only what a target role needs takes at most 2 × needed + 2 clicks', async ({ page }) => {
  test.setTimeout(120_000);
  await openWidget(page);
  await page.locator('input[value=hmpps-career-pathways]').check();
  await page.getByRole('button', { name: 'Start now' }).click();
  await aboutYou(page, { target: 'Probation Officer' });
  const hint = await page.locator('#rate-needed-hint').textContent();
  const needed = Number(hint.match(/of the (\d+) competences/)[1]);
  expect(needed).toBeGreaterThan(0);

  const counter = { clicks: 0, questions: 0 };
  await page.getByRole('button', { name: 'Rate what your target role needs first' }).click();
  counter.clicks += 1;
  await expect(page.locator('.hjcp-caption--progress')).toHaveText(`Rating what your target role needs: 0 of ${needed} done`);
  await rateUntilTaskList(page, counter);
  console.log(`CLICKS|target needs|hmpps-career-pathways → Probation Officer|${counter.clicks} clicks for ${needed} needed`);
  expect(counter.questions).toBe(needed);
  expect(counter.clicks).toBeLessThanOrEqual(2 * needed + 2);
  // Nothing left to rate for the target: the offer goes, and the task list says how far overall.
  await expect(page.getByRole('button', { name: 'Rate what your target role needs first' })).toHaveCount(0);
  await expect(page.locator('.hjcp-task-summary')).toContainText(`Competences rated: ${needed} of`);
});

test('a "not sure" answer is flagged on the task list and its area opens at it', async ({ page }) => {
  await openWidget(page);
  await page.locator('input[value=hmpps-career-pathways]').check();
  await page.getByRole('button', { name: 'Start now' }).click();
  await aboutYou(page);
  await page.locator('.hjcp-task-list__link[aria-describedby^="area-"]').first().click();
  const first = await h1(page).textContent();
  await page.locator('#rating-not-sure').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  // Rate the rest of the area; the flow then moves to the next area, a link away from the list.
  for (let i = 0; i < 20; i++) {
    const caption = await page.locator('.hjcp-caption').first().textContent();
    const [, n, of] = caption.match(/Question (\d+) of (\d+)/).map(Number);
    await page.locator('#rating-1').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    if (n === of) break;
  }
  await expect(page.getByText(/Question 1 of \d+ in this area/)).toBeVisible();
  await page.getByRole('button', { name: 'Return to the task list' }).click();
  await expect(h1(page)).toHaveText('Rate yourself');
  const area = page.locator('.hjcp-task-list__item').filter({ has: page.locator('.hjcp-task-list__link[aria-describedby^="area-"]') }).first();
  await expect(area.locator('.hjcp-task-list__not-sure')).toHaveText('Not sure: 1');
  await expect(area.locator('.hjcp-task-list__status')).toHaveText('Completed');
  await area.locator('.hjcp-task-list__link').click();
  await expect(h1(page)).toHaveText(first);
});

test('a quick estimate reaches fit-ranked results in at most areas + 9 clicks from the start screen', async ({ page }) => {
  test.setTimeout(90_000);
  await openWidget(page);
  const counter = { clicks: 0 };
  const click = async (locator) => { await locator.click(); counter.clicks += 1; };
  await click(page.locator('input[value=hmpps-career-pathways]'));
  await click(page.getByRole('button', { name: 'Start now' }));
  await click(page.getByLabel("I'm exploring a career in health and justice"));
  await click(page.getByRole('button', { name: 'Continue' }));
  await click(page.getByLabel("I'd rather not say", { exact: true }));
  await click(page.getByRole('button', { name: 'Continue' }));
  await expect(h1(page)).toHaveText('Is there a role you would like to aim for?');
  await click(page.getByRole('button', { name: 'Continue' }));
  await expect(h1(page)).toHaveText('Rate yourself');
  await click(page.getByRole('button', { name: 'Short of time? Give a quick estimate instead' }));
  await expect(h1(page)).toHaveText('Quick estimate: your usual level in each area');
  const areas = await page.locator('#hjcp-main fieldset').count();
  expect(areas).toBeGreaterThan(1);
  for (let a = 0; a < areas; a++) {
    await click(page.locator('#hjcp-main fieldset').nth(a).locator('.hjcp-radios__input').nth(2));
  }
  await click(page.getByRole('button', { name: 'See your results' }));
  await expect(h1(page)).toHaveText('Roles that fit you best');
  console.log(`CLICKS|quick estimate|hmpps-career-pathways|${counter.clicks} clicks for ${areas} areas`);
  expect(counter.clicks).toBeLessThanOrEqual(areas + 9);
  // The results say the answers are estimates, and the fit is ranked from them.
  await expect(page.locator('#hjcp-main')).toContainText(/You have rated 0 of the \d+ competences .*You have also estimated \d+ more\./);
  await expect(page.locator('.hjcp-fit').first()).toBeVisible();

  // A question shows the estimate it stands at, until the person rates it.
  await openWidget(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(h1(page)).toHaveText('Rate yourself');
  await expect(page.locator('.hjcp-task-list__estimated').first()).toContainText('Quick estimate:');
  await page.locator('.hjcp-task-list__link[aria-describedby^="area-"]').first().click();
  await expect(page.locator('.hjcp-estimated')).toContainText('Your quick estimate for this area is');
  await page.locator('#rating-1').check();
  await expect(page.locator('.hjcp-estimated')).toHaveCount(0);
});
