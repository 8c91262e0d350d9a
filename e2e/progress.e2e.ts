// Progress: the empty state that says how to get data, then after a few answers (made through the API
// with the page's session) the level-fit chart and a chart per dimension against the bar, each with its
// numbers as a table, and a switch to see the same answers against another level's bar.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_QUESTION, STRONG_ANSWER, WEAK_ANSWER } from '../test/sample-answers.js';
import { expectNoSeriousAxeViolations, SCREENSHOTS, signUpAndOnboard, useBrowser } from './support.js';

async function answer(page: Page, body: Record<string, unknown>): Promise<string> {
  const response = await page.request.post('/api/attempts', { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function revise(page: Page, id: string, text: string) {
  const response = await page.request.post(`/api/attempts/${id}/revisions`, { data: { answer: text } });
  expect(response.status(), await response.text()).toBe(201);
}

/** Three answers, one of them revised: four graded revisions in all. */
async function practise(page: Page) {
  const first = await answer(page, {
    question: SAMPLE_QUESTION,
    kind: 'product_sense',
    level: 'pm2',
    answer: WEAK_ANSWER,
  });
  await revise(page, first, STRONG_ANSWER);
  await answer(page, { questionId: 'me-api-calls-fall-revenue-flat', level: 'pm2', answer: STRONG_ANSWER });
  await answer(page, {
    question: 'Tell me about a time you disagreed with an engineer.',
    kind: 'behavioral',
    level: 'pm2',
    answer:
      'Last year our payments engineer wanted to rebuild the checkout before the holiday launch. I asked for the data: 4% of payments failed. I proposed we fix the top two failure causes first and I brought the team together to decide. Payment failures fell to 1.5% and we shipped on time; I learned to bring evidence before opinions.',
  });
}

async function snap(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `progress--${name}.png`), fullPage: true });
}

describe('progress', () => {
  const browsing = useBrowser('progress');

  it('says how to get data before there is any', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page);
    await page.getByRole('link', { name: 'Progress', exact: true }).first().click();
    await page.getByText('Nothing to chart yet').waitFor();
    expect(await page.getByRole('link', { name: 'Practise a question' }).getAttribute('href')).toBe(
      '/questions',
    );
    await expectNoSeriousAxeViolations(page);
  });

  it('charts each dimension against the bar, with tables, and switches the bar', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    await practise(page);
    await page.goto('/progress');

    const fit = page.getByRole('figure', { name: 'Level demonstrated, answer by answer' });
    await fit.waitFor();
    expect(await fit.locator('circle').count()).toBe(4);
    expect(await fit.textContent()).toMatch(/reached the PM II \(mid-level\) bar/);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Dimensions against the PM II bar' }).isVisible())
      .toBe(true);

    // A chart per dimension scored, each a figure with its summary and a table of the same numbers.
    const problem = page.getByRole('figure', { name: 'Problem definition' });
    await problem.waitFor();
    expect(await problem.locator('circle').count()).toBeGreaterThanOrEqual(2);
    expect(await problem.getByRole('img', { name: 'Problem definition' }).count()).toBe(1);
    expect(await problem.textContent()).toMatch(/against a bar of 3/);
    const charts = await page.locator('.dimension-chart figure').count();
    expect(charts).toBeGreaterThanOrEqual(5);
    await problem.getByText('Show the scores as a table').click();
    const table = problem.getByRole('table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(await problem.locator('circle').count());
    expect(await table.getByRole('link').first().getAttribute('href')).toMatch(/^\/attempts\/[0-9a-f-]{36}$/);
    await fit.getByText('Show the answers as a table').click();
    expect(await fit.getByRole('table').locator('tbody tr').count()).toBe(4);
    expect(await fit.getByRole('table').textContent()).toContain('(revision 2)');
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'pm2');
    await fit.screenshot({ path: join(SCREENSHOTS, 'progress--level-fit-chart.png') });
    await problem.screenshot({ path: join(SCREENSHOTS, 'progress--dimension-chart.png') });

    // Against the Senior bar: the same answers, a higher bar.
    await page.getByRole('radio', { name: /Senior PM/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('senior');
    await page.getByRole('heading', { name: 'Dimensions against the Senior bar' }).waitFor();
    await expect.poll(() => problem.textContent()).toMatch(/against a bar of 4/);
    await expectNoSeriousAxeViolations(page);
    await page.goBack();
    await page.getByRole('heading', { name: 'Dimensions against the PM II bar' }).waitFor();
  });
});

describe('progress on a phone in the dark theme', () => {
  const browsing = useBrowser('progress-phone-dark', { width: 390, height: 844 });

  it('fits the width, charts included', async () => {
    const { page } = browsing;
    await page.addInitScript(() => localStorage.setItem('ladder.theme', 'dark'));
    await signUpAndOnboard(page);
    await practise(page);
    await page.goto('/progress');
    await page.getByRole('figure', { name: 'Problem definition' }).waitFor();
    await page
      .getByRole('figure', { name: 'Level demonstrated, answer by answer' })
      .getByText('Show the answers as a table')
      .click();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
    await page
      .getByRole('figure', { name: 'Level demonstrated, answer by answer' })
      .screenshot({ path: join(SCREENSHOTS, 'progress--phone-dark-level-fit.png') });
    await page
      .getByRole('figure', { name: 'Problem definition' })
      .screenshot({ path: join(SCREENSHOTS, 'progress--phone-dark-dimension.png') });
  });
});
