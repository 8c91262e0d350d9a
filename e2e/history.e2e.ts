// History: every attempt, filtered by kind, level, verdict and question, sorted by time or score, paged,
// each opening its report, and deleted only after a confirmation that Escape cancels.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_QUESTION, STRONG_ANSWER, WEAK_ANSWER } from '../test/sample-answers.js';
import { expectNoSeriousAxeViolations, SCREENSHOTS, signUpAndOnboard, useBrowser } from './support.js';

const METRICS_QUESTION = 'me-api-calls-fall-revenue-flat';

interface Created {
  id: string;
  report: { overall: number; level_fit: { verdict: 'below' | 'meets' | 'exceeds' } };
}

/** An attempt made through the API with the page's own session, which is faster than typing it. */
async function attempt(page: Page, body: Record<string, unknown>): Promise<Created> {
  const response = await page.request.post('/api/attempts', { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Created;
}

const rows = (page: Page) => page.locator('.history-row');
const search = (page: Page) => new URL(page.url()).searchParams;

async function snap(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `history--${name}.png`), fullPage: true });
}

describe('history', () => {
  const browsing = useBrowser('history');

  it('says how to start when there is nothing yet', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page);
    await page.getByRole('link', { name: 'History', exact: true }).first().click();
    await page.getByText('No attempts yet').waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('filters, sorts, opens a report and deletes an attempt after confirming', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    const strong = await attempt(page, {
      question: SAMPLE_QUESTION,
      kind: 'product_sense',
      level: 'apm',
      answer: STRONG_ANSWER,
    });
    const weak = await attempt(page, {
      question: SAMPLE_QUESTION,
      kind: 'product_sense',
      level: 'staff',
      answer: WEAK_ANSWER,
    });
    const metrics = await attempt(page, {
      questionId: METRICS_QUESTION,
      level: 'pm2',
      answer: STRONG_ANSWER,
    });
    const all = [strong, weak, metrics];

    await page.goto('/history');
    await expect.poll(() => rows(page).count()).toBe(3);
    expect(await page.locator('.history-status').textContent()).toContain('3 attempts.');
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'list');

    // Newest first by default; best first puts the highest overall on top, worst first the lowest.
    expect(await rows(page).first().locator('a').getAttribute('href')).toBe(`/attempts/${metrics.id}`);
    await page.getByLabel('Sort').selectOption('score_desc');
    await expect.poll(() => search(page).get('sort')).toBe('score_desc');
    const best = [...all].sort((a, b) => b.report.overall - a.report.overall)[0];
    await expect
      .poll(() => rows(page).first().locator('a').getAttribute('href'))
      .toBe(`/attempts/${best?.id}`);
    await page.getByLabel('Sort').selectOption('score_asc');
    const worst = [...all].sort((a, b) => a.report.overall - b.report.overall)[0];
    await expect
      .poll(() => rows(page).first().locator('a').getAttribute('href'))
      .toBe(`/attempts/${worst?.id}`);

    // The verdict filter shows exactly the attempts with that verdict.
    const below = all.filter((a) => a.report.level_fit.verdict === 'below').length;
    await page.getByLabel('Verdict').selectOption('below');
    await expect.poll(() => search(page).get('verdict')).toBe('below');
    if (below === 0) await page.getByText('No attempt matches these filters').waitFor();
    else await expect.poll(() => rows(page).count()).toBe(below);
    await page.getByLabel('Verdict').selectOption('');

    await page.getByLabel('Kind').selectOption('metrics');
    await expect.poll(() => rows(page).count()).toBe(1);
    await page.getByLabel('Level').selectOption('senior');
    await page.getByText('No attempt matches these filters').waitFor();
    await page.goBack();
    await expect.poll(() => search(page).get('level')).toBeNull();
    await expect.poll(() => rows(page).count()).toBe(1);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect.poll(() => rows(page).count()).toBe(3);

    // A question of the bank, found by its words.
    await page.getByRole('searchbox', { name: 'Question' }).fill('API calls revenue');
    await page.getByRole('button', { name: 'Find' }).click();
    const { prompt } = (await (await page.request.get(`/api/questions/${METRICS_QUESTION}`)).json()) as {
      prompt: string;
    };
    await page.getByRole('button', { name: prompt, exact: true }).click();
    await expect.poll(() => search(page).get('questionId')).toBe(METRICS_QUESTION);
    await expect.poll(() => rows(page).count()).toBe(1);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'by-question');
    await page.getByRole('button', { name: 'Show all questions' }).click();
    await expect.poll(() => rows(page).count()).toBe(3);

    await rows(page).first().locator('a').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/attempts\/[0-9a-f-]{36}$/);
    await page.goBack();
    await expect.poll(() => rows(page).count()).toBe(3);

    // Delete: Escape cancels, nothing goes; confirmed, the attempt goes from the list and the API.
    const target = rows(page).filter({ has: page.locator(`a[href="/attempts/${weak.id}"]`) });
    await target.getByRole('button', { name: /^Delete/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this attempt?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'confirm-delete');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await rows(page).count()).toBe(3);
    // Focus is back on the button that opened the dialog, so a keyboard user carries on from there.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Delete the attempt at/);

    // Keyboard only: Enter on the focused Delete opens the dialog again, on Cancel.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    await target.getByRole('button', { name: /^Delete/ }).click();
    await dialog.getByRole('button', { name: 'Delete attempt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(await page.locator('.history-status').textContent()).toContain('Deleted the attempt at');
    expect((await page.request.get(`/api/attempts/${weak.id}`)).status()).toBe(404);
  });

  it('pages through more attempts than fit on a page', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page);
    for (let i = 0; i < 22; i++) {
      await attempt(page, {
        question: `${SAMPLE_QUESTION} (variant ${i + 1})`,
        kind: 'product_sense',
        level: 'pm2',
        answer: i % 2 ? STRONG_ANSWER : WEAK_ANSWER,
      });
    }
    await page.goto('/history?sort=oldest');
    const pager = page.getByRole('navigation', { name: 'Pages of attempts' });
    await expect.poll(() => pager.textContent()).toContain('1–20 of 22 attempts');
    expect(await rows(page).first().textContent()).toContain('(variant 1)');
    await pager.getByRole('link', { name: /Next/ }).click();
    await expect.poll(() => pager.textContent()).toContain('21–22 of 22 attempts');
    expect(search(page).get('sort')).toBe('oldest');
    await expect.poll(() => rows(page).count()).toBe(2);
    await expectNoSeriousAxeViolations(page);
  });
});

describe('history on a phone in the dark theme', () => {
  const browsing = useBrowser('history-phone-dark', { width: 390, height: 844 });

  it('fits the width', async () => {
    const { page } = browsing;
    await page.addInitScript(() => localStorage.setItem('ladder.theme', 'dark'));
    await signUpAndOnboard(page);
    await attempt(page, {
      question: SAMPLE_QUESTION,
      kind: 'product_sense',
      level: 'pm2',
      answer: STRONG_ANSWER,
    });
    await attempt(page, { questionId: METRICS_QUESTION, level: 'pm2', answer: WEAK_ANSWER });
    await page.goto('/history');
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
  });
});
