// The browser's own navigation: Back and Forward through both journeys, the in-page back link
// agreeing with them, a reload on every kind of screen, a half-typed evidence note surviving a
// reload, focus, title and scroll after Back, a screen that has left the framework, hostile
// history state, and the rule inside the demo host's iframe.
import { test, expect, openWidget } from './fixtures.mjs';
import { aboutYou, chooseFramework, rateArea } from './journey-steps.mjs';
import { arrived, everyScreen, h1, openWith, record, storedRecord, titlePattern, STRINGS } from './screens.mjs';

const title = (page) => page.title();

/** Waits until the screen whose `screen_*` key is `screenKey` is shown, with focus on its heading. */
const at = (page, screenKey) => arrived(page, 'en', screenKey);

test('Back and Forward walk the applicant journey, with focus and title on each screen', async ({ page }) => {
  await openWidget(page);
  await chooseFramework(page);
  await at(page, 'screen_persona');
  await aboutYou(page);
  await at(page, 'screen_task_list');
  await page.locator('.hjcp-task-list__link[aria-describedby^="area-"]').first().click();
  await at(page, 'screen_rate');
  const first = await h1(page).textContent();
  await page.locator('#rating-2').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await at(page, 'screen_rate');
  const second = await h1(page).textContent();
  expect(second).not.toBe(first);

  // The browser's Back: the previous question, its answer kept, focus on its heading.
  await page.goBack();
  await at(page, 'screen_rate');
  await expect(h1(page)).toHaveText(first);
  await expect(page.locator('#rating-2')).toBeChecked();
  await expect(page).toHaveTitle(new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – `));
  await page.goBack();
  await at(page, 'screen_task_list');
  await page.goBack();
  await at(page, 'screen_target');
  await page.goBack();
  await at(page, 'screen_facts');
  await page.goBack();
  await at(page, 'screen_persona');
  await page.goBack();
  await at(page, 'screen_start');

  // Forward again, all the way to the second question.
  for (const key of ['screen_persona', 'screen_facts', 'screen_target', 'screen_task_list', 'screen_rate']) {
    await page.goForward();
    await at(page, key);
  }
  await page.goForward();
  await at(page, 'screen_rate');
  await expect(h1(page)).toHaveText(second);

  // The in-page back link is the browser's Back: Forward undoes it.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(h1(page)).toHaveText(first);
  await expect(h1(page)).toBeFocused();
  await page.goForward();
  await expect(h1(page)).toHaveText(second);
});

test('Back and Forward walk the staff results screens, and Back restores the scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await openWith(page, record({ journey: 'staff' }));
  await page.getByRole('button', { name: 'Start now' }).click();
  await at(page, 'screen_task_list');
  await page.getByRole('button', { name: 'See your results' }).first().click();
  await at(page, 'screen_results');

  // Scroll down the results and open a role from there.
  const link = page.locator('#hjcp-main .hjcp-role-link:visible').nth(4);
  await link.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(200);
  await link.click();
  await at(page, 'screen_role');
  const role = await h1(page).textContent();
  await page.getByRole('button', { name: 'See the pathway map' }).first().click();
  await at(page, 'screen_map');
  await page.getByRole('button', { name: 'See your development plan' }).first().click();
  await at(page, 'screen_plan');

  await page.goBack();
  await at(page, 'screen_map');
  await page.goBack();
  await at(page, 'screen_role');
  await expect(h1(page)).toHaveText(role);
  await page.goBack();
  await at(page, 'screen_results');
  // Where the person was on the results, not the top of the page and not the heading.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 40);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(y + 40);

  await page.goForward();
  await at(page, 'screen_role');
  await expect(h1(page)).toHaveText(role);
  await page.goForward();
  await at(page, 'screen_map');
});

for (const journey of ['applicant', 'staff']) {
  test(`a reload on every screen of the ${journey} journey returns to that screen`, async ({ page }) => {
    test.setTimeout(120_000);
    for await (const name of everyScreen(page, { journey })) {
      const before = (await title(page)).replace(/^Error: /, '');
      const heading = await h1(page).textContent();
      await page.reload();
      await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
      // An error summary is not kept (nothing was submitted again), the screen is.
      await expect(page, name).toHaveTitle(before);
      await expect(h1(page), name).toHaveText(heading);
    }
  });
}

test('a reload in the middle of typing an evidence note keeps the note and the question', async ({ page }) => {
  await openWidget(page);
  await chooseFramework(page);
  await aboutYou(page);
  await page.locator('.hjcp-task-list__link[aria-describedby^="area-"]').first().click();
  await at(page, 'screen_rate');
  const question = await h1(page).textContent();
  await page.locator('#rating-3').check();
  // Typed, never submitted and never left.
  await page.getByText('Add evidence (optional)', { exact: true }).click();
  await page.locator('#evidence').pressSequentially('Chaired two case reviews with');
  await expect.poll(async () => JSON.stringify(await storedRecord(page))).toContain('Chaired two case reviews with');
  await page.reload();
  await expect(h1(page)).toHaveText(question);
  await expect(page.locator('#evidence')).toHaveValue('Chaired two case reviews with');
  await expect(page.locator('#rating-3')).toBeChecked();
});

test('Back to a role that has left the framework shows the results with a notice', async ({ page }) => {
  await openWith(page, record({ journey: 'applicant' }));
  await page.getByRole('button', { name: 'Start now' }).click();
  await at(page, 'screen_task_list');
  // The entry behind this one was written by an older framework that had a role since removed.
  await page.evaluate(() => {
    const { hjcp } = history.state;
    history.replaceState({ hjcp: hjcp.replace(/ tasks$/, ' results role/retired-role') }, '');
    history.pushState({ hjcp: `${hjcp} results role/retired-role tasks` }, '');
  });
  await page.goBack();
  await at(page, 'screen_results');
  const notice = page.locator('.hjcp-gone');
  await expect(notice).toContainText('The role you were looking at (“retired-role”) is no longer in this framework');
  // The entry now says what is shown, so Forward and a reload agree with it.
  expect(await page.evaluate(() => history.state.hjcp)).toMatch(/ results results$/);
  await page.reload();
  await at(page, 'screen_results').catch(() => {});
  await expect(page).toHaveTitle(titlePattern('en', 'screen_results'));
  // A notice is for the screen it explains: moving on clears it.
  await page.getByRole('button', { name: 'See your development plan' }).first().click();
  await expect(page.locator('.hjcp-gone')).toHaveCount(0);
});

test('history state that is not the widget\'s, or is damaged, opens the start screen', async ({ page }) => {
  await openWidget(page);
  for (const state of [{ hjcp: 'hjcp-nav/1 <img src=x onerror=alert(1)>' }, { hjcp: 42 }, 'results', { page: 3 }]) {
    await page.evaluate((s) => history.replaceState(s, ''), state);
    await page.reload();
    await arrived(page, 'en', 'screen_start', { focus: false });
    await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  }
  // The address never carries the screen: no fragment, no query.
  await chooseFramework(page);
  await at(page, 'screen_persona');
  expect(new URL(page.url()).hash).toBe('');
  expect(new URL(page.url()).search).toBe('');
});

test('in the demo host\'s iframe the host\'s history is left alone and Back leaves the host page', async ({ page }) => {
  // The page the person was on before the host page.
  await page.goto('about:blank');
  await page.goto('http://127.0.0.1:4174/host.html');
  const frame = page.frameLocator('#nhse iframe');
  const heading = frame.locator('#hjcp-main h1').first();
  await expect(heading).toHaveText('Explore your career in health and justice');
  const length = await page.evaluate(() => history.length);

  await frame.locator('input[value=nhse-non-custodial]').check();
  await frame.getByRole('button', { name: 'Start now' }).click();
  await expect(heading).toHaveText('Which of these describes you?');
  await frame.locator('.hjcp-radios__input').first().check();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(heading).not.toHaveText('Which of these describes you?');
  const third = await heading.textContent();
  // Each screen replaced the frame's one entry: the host's history did not grow.
  expect(await page.evaluate(() => history.length)).toBe(length);

  // The in-page back link walks the widget's own trail.
  await frame.getByRole('button', { name: 'Back' }).click();
  await expect(heading).toHaveText('Which of these describes you?');
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(heading).toHaveText(third);

  // A reload of the host page brings the widget back to the same screen.
  await page.reload();
  await expect(heading).toHaveText(third);
  await expect(frame.getByRole('button', { name: 'Back' })).toBeVisible();

  // The host's Back leaves the host page, as it would without the widget.
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});

test('Welsh: Back keeps the language and the Welsh title', async ({ page }) => {
  await openWidget(page, './?lang=cy');
  await page.locator('input[name=framework]').first().check();
  await page.getByRole('button', { name: STRINGS.cy.start_button }).click();
  await arrived(page, 'cy', 'screen_persona');
  await page.goBack();
  await arrived(page, 'cy', 'screen_start');
  await page.goForward();
  await arrived(page, 'cy', 'screen_persona');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
});

test('rating a whole area then Back returns through every question of it', async ({ page }) => {
  await openWidget(page);
  await chooseFramework(page);
  await aboutYou(page);
  const questions = await rateArea(page, 0, 2);
  expect(questions).toBeGreaterThan(1);
  await at(page, 'screen_task_list');
  // The area was followed by the next one's first question, which the person left for the list.
  await page.goBack();
  await at(page, 'screen_rate');
  await expect(page.getByText(/Question 1 of \d+ in this area/)).toBeVisible();
  await expect(page.locator('#rating-2')).not.toBeChecked();
  for (let i = 0; i < questions; i++) {
    await page.goBack();
    await at(page, 'screen_rate');
    await expect(page.locator('#rating-2')).toBeChecked();
  }
  await page.goBack();
  await at(page, 'screen_task_list');
});
