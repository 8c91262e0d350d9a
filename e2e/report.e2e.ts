// The report beyond the practice flow: the revise editor's draft kept through a reload and found on another
// device (the server's draft), a question of one's own graded without bank coverage, and both screens at
// phone width in light and dark without sideways scrolling or serious accessibility problems.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUESTION_ID, QUESTION_PROMPT, REVISION_ADDITION, STRONG_ANSWER } from './strong-answer.js';
import {
  expectNoSeriousAxeViolations,
  PASSWORD,
  SCREENSHOTS,
  signUpAndOnboard,
  useBrowser,
} from './support.js';

/** Answers the bank question through the API (the practice e2e covers the form) and opens its report. */
async function reportOfStrongAnswer(page: Page): Promise<string> {
  const response = await page.request.post('/api/attempts', {
    data: { questionId: QUESTION_ID, level: 'pm2', answer: STRONG_ANSWER, durationSec: 1500 },
  });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await page.goto(`/attempts/${id}`);
  await page.getByRole('heading', { name: 'Dimensions' }).waitFor();
  return id;
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('the report', () => {
  const browsing = useBrowser('report');

  it('keeps a revision in progress through a reload, and on another device through the server draft', async () => {
    const { page, browser, baseURL } = browsing;
    const email = await signUpAndOnboard(page, { level: 'PM II' });
    const id = await reportOfStrongAnswer(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(QUESTION_PROMPT);

    await page.getByRole('button', { name: 'Revise this answer' }).click();
    const editor = page.getByLabel('Revision 2');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await editor.fill(`${STRONG_ANSWER}\n\n${REVISION_ADDITION}`);
    await page.getByText('Saved to your account').waitFor();

    await page.reload();
    // Saved both here and to the account: the notice names the newer copy.
    await page.getByText(/Your unsubmitted revision is back, saved/).waitFor();
    expect(await page.getByLabel('Revision 2').inputValue()).toBe(`${STRONG_ANSWER}\n\n${REVISION_ADDITION}`);

    // Another browser has nothing stored locally: the text comes from the server's draft.
    const elsewhere = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    try {
      const other = await elsewhere.newPage();
      await other.goto(`/signin?next=${encodeURIComponent(`/attempts/${id}`)}`);
      await other.getByLabel('Email').fill(email);
      await other.getByLabel('Password').fill(PASSWORD);
      await other.getByRole('button', { name: 'Sign in' }).click();
      await other.getByText(/Your unsubmitted revision is back, saved to your account/).waitFor();
      expect(await other.getByLabel('Revision 2').inputValue()).toContain(REVISION_ADDITION);
    } finally {
      await elsewhere.close();
    }

    await page.getByRole('button', { name: 'Submit revision' }).click();
    await page.getByRole('heading', { name: 'What changed since revision 1' }).waitFor();
    expect(await page.locator('.score-change').textContent()).toContain('Trade-offs and risks: 3 → 4');
    // Submitted: the draft is gone from both places.
    await page.reload();
    await page.getByRole('button', { name: 'Revise this answer' }).waitFor();
    expect(await page.getByText(/Your unsubmitted revision is back/).count()).toBe(0);
  });

  it('grades a question of your own with its kind, without bank coverage', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    await page.goto('/practice/custom');
    await page.getByRole('heading', { level: 1, name: 'Practise a question of your own' }).waitFor();
    await page
      .getByLabel('Your question')
      .fill('Weekly active users of our team calendar fell 10%. What happened?');
    await page.getByLabel('Kind of interview').selectOption('metrics');
    await page
      .getByLabel('Answer', { exact: true })
      .fill(
        'First I would ask whether the drop is real: did tracking change, and is it all platforms or one? ' +
          'Then I would segment by new versus existing teams and by platform. If the fall is only on Android ' +
          'after the last release, the likely cause is the release, and I would check crash rates. Success is ' +
          'weekly active teams back to the old level, with a guardrail on meeting no-shows.',
      );
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Submit for grading' }).click();
    await page.getByRole('heading', { name: 'Dimensions' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Weekly active users of our team calendar fell 10%. What happened?',
    );
    expect(await page.getByText(/^Metrics and analytics · graded against the PM II bar/).count()).toBe(1);
    expect(await page.getByRole('heading', { name: /What a strong .* answer covers/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Practise again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practise a question of your own' }).waitFor();
    expect(await page.getByLabel('Kind of interview').inputValue()).toBe('metrics');
  });

  it('goes to the report of an attempt that is not yours as if it did not exist', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    await page.goto('/attempts/4f1c0000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { name: 'No attempt here' }).waitFor();
    await expectNoSeriousAxeViolations(page);
  });
});

describe('the report at phone width', () => {
  const browsing = useBrowser('report-phone', { width: 390, height: 844 });

  it('fits both screens on a phone in the light theme', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    await page.goto(`/practice/${QUESTION_ID}`);
    await page.getByRole('heading', { level: 1, name: QUESTION_PROMPT }).waitFor();
    await page.getByRole('button', { name: 'Show all 3' }).click();
    await page.getByLabel('Answer', { exact: true }).fill(STRONG_ANSWER.slice(0, 600));
    await noSidewaysScroll(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-phone--practice-light.png'), fullPage: true });
    await reportOfStrongAnswer(page);
    await page.locator('.dimension-toggle[data-dimension="tradeoffs"]').click();
    await noSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
  });

  it('fits both screens on a phone in the dark theme', async () => {
    const { page } = browsing;
    await page.emulateMedia({ colorScheme: 'dark' });
    await signUpAndOnboard(page, { level: 'PM II' });
    await page.goto(`/practice/${QUESTION_ID}`);
    await page.getByRole('heading', { level: 1, name: QUESTION_PROMPT }).waitFor();
    await noSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-phone--practice-dark.png'), fullPage: true });
    await reportOfStrongAnswer(page);
    await page.locator('.dimension-toggle[data-dimension="problem_definition"]').click();
    await page.getByRole('button', { name: 'Revise this answer' }).click();
    await noSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
  });
});
