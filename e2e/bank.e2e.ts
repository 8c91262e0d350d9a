// The question bank and a question's page: filters that live in the URL (and the back button that walks
// them), search, paging, opening a question with its guidance hidden until asked for, a take-home brief
// with its data, and the screens at phone width in the dark theme.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, SCREENSHOTS, signUpAndOnboard, useBrowser } from './support.js';

const search = (page: Page) => new URL(page.url()).searchParams;

async function snap(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `bank--${name}.png`), fullPage: true });
}

async function countText(page: Page): Promise<string> {
  await page.locator('.bank-results').first().waitFor();
  return (await page.locator('.bank-count').textContent()) ?? '';
}

describe('the question bank', () => {
  const browsing = useBrowser('bank');

  it('filters by kind, level, tag and words in the URL, pages, and opens a question', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    await page.getByRole('link', { name: 'Questions', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Question bank' }).waitFor();
    // The target level is the default, without being written in the URL.
    expect(await page.getByLabel('Level').inputValue()).toBe('pm2');
    expect(await countText(page)).toMatch(/^\d+ questions at PM II$/);
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Kind').selectOption('metrics');
    await expect.poll(() => search(page).get('kind')).toBe('metrics');
    await expect.poll(() => countText(page)).toMatch(/questions? at PM II, Metrics/);
    // The count names the filter before the results arrive: wait for the results themselves.
    await expect
      .poll(async () => new Set(await page.locator('.bank-result .badge-kind').allTextContents()))
      .toEqual(new Set(['Metrics and analytics']));

    await page.getByRole('searchbox', { name: 'Search' }).fill('measure');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => search(page).get('q')).toBe('measure');
    await expect.poll(() => countText(page)).toMatch(/matching “measure”/);
    const prompts = await page.locator('.bank-prompt').allTextContents();
    expect(prompts.length).toBeGreaterThan(0);

    // Back undoes the search and keeps the kind; the search box follows the URL.
    await page.goBack();
    await expect.poll(() => search(page).get('q')).toBeNull();
    expect(search(page).get('kind')).toBe('metrics');
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('');

    // A topic on a result filters by that topic.
    const topic = page.locator('.bank-result .chip-link').first();
    const topicName = (await topic.textContent()) ?? '';
    await topic.click();
    await expect.poll(() => search(page).get('tag')).toBe(topicName.replace(/ /g, '-'));
    await expect.poll(() => countText(page)).toContain(`tagged ${topicName}`);

    // A shared link opens exactly the same list.
    await page.goto('/questions?level=all');
    expect(await countText(page)).toMatch(/^\d+ questions$/);
    const total = Number((await countText(page)).split(' ')[0]);
    expect(total).toBeGreaterThan(20);
    const pager = page.getByRole('navigation', { name: 'Pages of questions' });
    expect(await pager.textContent()).toContain(`1–20 of ${total} questions`);
    await pager.getByRole('link', { name: /Next/ }).click();
    await expect.poll(() => search(page).get('page')).toBe('2');
    await expect.poll(() => pager.textContent()).toContain(`21–40 of ${total} questions`);
    // The new page starts at its top: the count above the list has the focus, not the pager below it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bank-count');
    await snap(page, 'page-2');

    // Nothing matches: said, with the way out.
    await page.goto('/questions?q=zzzz-no-such-words');
    await page.getByText('No question matches these filters').waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.goto('/questions?kind=product_sense');
    const first = page.locator('.bank-prompt a').first();
    const prompt = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name: prompt }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/questions\/[a-z0-9-]+$/);
    const id = new URL(page.url()).pathname.split('/').pop();

    // What a strong answer covers stays hidden until asked for.
    const covers = page.getByRole('heading', { name: /A strong answer at .* covers/ });
    expect(await covers.isVisible()).toBe(false);
    await expectNoSeriousAxeViolations(page);
    await page.getByText('Show what a strong answer covers').click();
    await covers.waitFor();
    await page.getByRole('heading', { name: 'The trap at this level' }).waitFor();
    expect(await page.getByRole('link', { name: 'Practise at PM II' }).getAttribute('href')).toBe(
      `/practice/${id}?level=pm2`,
    );
    await expectNoSeriousAxeViolations(page);
  });

  it('shows a take-home brief with its data table and the way to upload a document', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'Senior PM' });
    await page.goto('/questions?kind=take_home');
    await page.locator('.bank-prompt a').first().click();
    await page.getByRole('heading', { name: 'The brief' }).waitFor();
    // Every take-home brief in the bank carries a data table.
    const id = new URL(page.url()).pathname.split('/').at(-1) as string;
    const question = (await (await page.request.get(`/api/questions/${id}`)).json()) as {
      brief: { data: { caption: string } };
      variants: string[];
    };
    const table = page.locator('table.brief-data');
    expect(await table.count()).toBe(1);
    expect(await table.locator('caption').textContent()).toBe(question.brief.data.caption);
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    const upload = page.getByRole('link', { name: 'Upload your document' });
    expect(await upload.getAttribute('href')).toMatch(/^\/take-home\?questionId=[a-z0-9-]+&level=senior$/);
    expect(await upload.getAttribute('href')).toContain(`questionId=${id}&`);
    const variants = page.getByRole('heading', { name: 'The same prompt at other levels' });
    if (question.variants.length > 0) await variants.waitFor();
    else expect(await variants.count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
  });

  it('says so when a question does not exist', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page);
    await page.goto('/questions/no-such-question');
    await page.getByRole('heading', { name: 'No such question' }).waitFor();
    await expectNoSeriousAxeViolations(page);
  });
});

describe('the question bank on a phone in the dark theme', () => {
  const browsing = useBrowser('bank-phone-dark', { width: 390, height: 844 });

  it('fits the width, in the dark theme, on the bank and on a question', async () => {
    const { page } = browsing;
    await page.addInitScript(() => localStorage.setItem('ladder.theme', 'dark'));
    await signUpAndOnboard(page);
    await page.goto('/questions?kind=take_home&level=all');
    await page.locator('.bank-results').waitFor();
    await snap(page, 'phone-dark-list');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
    await page.locator('.bank-prompt a').first().click();
    await page.getByRole('heading', { name: 'The brief' }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
  });
});
