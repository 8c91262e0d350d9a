// The prep plan, end to end: without an interview date it says so and points to settings; with one, the
// days to it with today's item first; after three attempts (made through the API) today's sessions are
// done and the standing against the bar is filled in; the calendar file; a spaced review by keyboard; the
// preferences re-plan; Home shows today's item; light, dark and phone width.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOP_ANSWERS } from './loop-answers.js';
import { pageApi, sidewaysOverflow } from './page-api.js';
import { expectNoSeriousAxeViolations, SCREENSHOTS, signUpAndOnboard, useBrowser } from './support.js';

const snap = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `plan--${name}.png`), fullPage: true });

/** The browser's own date, `days` from today, as the plan counts days. */
const dayFromToday = (page: Page, days: number) =>
  page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);

async function setInterviewDate(page: Page, date: string): Promise<void> {
  const { profile } = await pageApi<{
    profile: { targetLevel: string; company: string | null; loop: Record<string, unknown> };
  }>(page, 'GET', '/api/me/profile');
  const { targetLevel, company, loop } = profile;
  await pageApi(page, 'PUT', '/api/me/profile', { targetLevel, company, loop, interviewDate: date });
}

const ATTEMPTS = [
  { kind: 'product_sense', question: 'Design a meal-planning app for busy parents.' },
  { kind: 'technical', question: 'How would you build the feed of a social app?' },
  { kind: 'behavioral', question: 'Tell me about a time you won back users you had lost.' },
];

describe('the prep plan', () => {
  const browsing = useBrowser('plan');

  it('asks for an interview date, then plans to it and re-plans after three attempts', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II', technicalRound: 'Yes' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    await page.getByText('No interview date yet').waitFor();
    expect(await page.getByRole('link', { name: 'Add your interview date' }).getAttribute('href')).toBe(
      '/settings',
    );
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'no-date');

    await setInterviewDate(page, await dayFromToday(page, 20));
    await page.reload();
    await page.getByText(/^20 days to your PM II \(mid-level\) interview on/).waitFor();
    const today = page.getByRole('region', { name: /^Practise / });
    await today.waitFor();
    expect(await today.getByRole('link', { name: /^Practise / }).count()).toBe(2);
    expect(await page.getByRole('cell', { name: 'not yet' }).count()).toBeGreaterThan(3);
    // The days ahead: two weeks first, the mock loops counted back from the date, the interview last.
    const days = page.locator('.day-row');
    expect(await days.count()).toBe(14);
    await page.getByRole('button', { name: 'Show all 20 days' }).click();
    expect(await days.count()).toBe(20);
    expect(await page.locator('.day-type-mock_loop').count()).toBe(2);
    expect(await days.last().textContent()).toMatch(/Interview/);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'before-attempts');

    // Three attempts, made through the API: today's two sessions are done, and the standing fills in.
    for (const attempt of ATTEMPTS) {
      await pageApi(page, 'POST', '/api/attempts', {
        ...attempt,
        level: 'pm2',
        answer: LOOP_ANSWERS[attempt.kind],
      });
    }
    await page.reload();
    await page.getByRole('heading', { name: 'Today’s practice is done' }).waitFor();
    expect(await page.getByText('· done today').count()).toBe(2);
    const standing = page.getByRole('table', { name: 'Your dimensions against the bar' });
    await expect
      .poll(async () => (await standing.getByRole('cell', { name: /^\d\.\d/ }).count()) > 3)
      .toBe(true);
    await snap(page, 'after-attempts');

    // The calendar file, with the session cookie.
    const ics = await page.request.get(
      (await page.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href')) as string,
    );
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR/);

    // Home shows today's item.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home', exact: true })
      .click();
    await page.getByText('Today’s practice is done.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'home-today');
    await page.getByRole('link', { name: "Open today's plan" }).click();
    await page.getByRole('heading', { name: 'Prep plan', level: 1 }).waitFor();

    // Four sessions a day: the third attempt fills the third, and today has one left again.
    await page.getByText('How you practise').click();
    await page.getByLabel('Sessions a day').selectOption('4');
    await page.getByRole('button', { name: 'Save and re-plan' }).click();
    await page.getByText('Saved: the plan above is re-planned.').waitFor();
    await expect.poll(() => page.getByRole('region', { name: /^Practise / }).count()).toBe(1);
    expect(await page.getByText('· done today').count()).toBe(3);
    await page.getByText(/4 sessions a day, no rest days/).waitFor();
  });

  it('reviews cards by keyboard: Space shows the answer, 1 to 4 rate it', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II', technicalRound: 'Yes' });
    await setInterviewDate(page, await dayFromToday(page, 12));
    await page.goto('/plan');
    const review = page.getByRole('link', { name: /^Review \d+ cards?$/ });
    const before = Number(((await review.textContent()) ?? '').match(/\d+/)?.[0]);
    expect(before).toBeGreaterThan(2);
    await review.click();
    await page.getByRole('heading', { name: 'Spaced review', level: 1 }).waitFor();
    await page.getByText(`Card 1 of ${before}`).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: 'How well did you recall it?' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'card-revealed');
    await page.keyboard.press('3');
    await page.getByText(`Card 2 of ${before}`).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('1');
    await page.getByText(`Card 3 of ${before}`).waitFor();
    await page.getByRole('button', { name: 'Show the answer' }).click();
    await page.getByRole('button', { name: /Easy/ }).click();
    await page.getByText(`Card 4 of ${before}`).waitFor();

    // Back on the plan, the three reviewed are no longer new today; "again" brings one back soon.
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await page.getByRole('heading', { name: 'Prep plan', level: 1 }).waitFor();
    await expect
      .poll(async () => Number(((await review.textContent()) ?? '').match(/\d+/)?.[0]))
      .toBeLessThan(before);
  });

  it('looks right in the dark theme and at phone width', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    await setInterviewDate(page, await dayFromToday(page, 9));
    await page.getByLabel('Theme').selectOption('dark');
    await page.goto('/plan');
    await page.getByText(/^9 days to your/).waitFor();
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'dark');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysOverflow(page)).toBe(0);
    await snap(page, 'phone');
    await page.goto('/plan/cards');
    await page.getByRole('button', { name: 'Show the answer' }).click();
    expect(await sidewaysOverflow(page)).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'card-phone');
  });
});
