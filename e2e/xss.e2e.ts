// An answer (and a question) made of markup and script is shown as the text it is: no dialog fires, no
// element is injected, the literal characters are on the screen, in the report, the evidence and the
// revise editor alike.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, signUpAndOnboard, useBrowser } from './support.js';

const HOSTILE_QUESTION = 'Design <img src=x onerror="alert(\'question\')"> a <b>bold</b> app for seniors.';
const HOSTILE_ANSWER = [
  'Before designing, I would ask who the seniors are and what the goal is: growth, revenue or engagement?',
  '<script>alert("script")</script>',
  '<img src=x onerror="alert(\'img\'); window.__xss = true">',
  '<svg onload="alert(\'svg\')"><circle r="9"/></svg>',
  '<a href="javascript:alert(\'link\')">click me</a> <iframe src="javascript:alert(1)"></iframe>',
  '"><style>body{display:none}</style>{{constructor.constructor("alert(1)")()}}',
  'I will assume the goal is weekly orders from seniors living alone, whose pain point is carrying heavy bags.',
].join('\n');

describe('an answer made of markup', () => {
  const browsing = useBrowser('xss');

  it('renders inert everywhere, shown literally', async () => {
    const { page } = browsing;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signUpAndOnboard(page, { level: 'APM' });
    await page.goto('/practice/custom');
    await page.getByLabel('Your question').fill(HOSTILE_QUESTION);
    await page.getByLabel('Kind of interview').selectOption('product_sense');
    await page.getByLabel('Answer', { exact: true }).fill(HOSTILE_ANSWER);
    await page.getByRole('button', { name: 'Submit for grading' }).click();
    await page.getByRole('heading', { name: 'Dimensions' }).waitFor();

    // The literal text is there to read: the question as the heading, the answer in its box.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(HOSTILE_QUESTION);
    const answer = page.getByRole('region', { name: 'Your answer, revision 1' });
    expect(await answer.textContent()).toBe(HOSTILE_ANSWER);
    await answer.getByText('<script>alert("script")</script>', { exact: false }).waitFor();
    expect(await answer.getByText('<script>alert("script")</script>', { exact: false }).isVisible()).toBe(
      true,
    );

    // Nothing of it became an element; the page's own style still shows the body.
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('main img[src="x"], img[onerror]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      handlers: document.querySelectorAll('[onload], [onerror], [onclick]').length,
      frames: document.querySelectorAll('iframe').length,
      links: document.querySelectorAll('a[href^="javascript:"]').length,
      styles: document.querySelectorAll('main style').length,
      flag: (window as Window & { __xss?: boolean }).__xss ?? false,
      bodyShown: getComputedStyle(document.body).display !== 'none',
    }));
    expect(injected).toEqual({
      images: 0,
      scripts: 0,
      handlers: 0,
      frames: 0,
      links: 0,
      styles: 0,
      flag: false,
      bodyShown: true,
    });

    // Opening every dimension (its evidence quotes) and the revise editor keeps it inert.
    for (const toggle of await page.locator('.dimension-toggle').all()) await toggle.click();
    await page.getByRole('button', { name: 'Revise this answer' }).click();
    expect(await page.getByLabel('Revision 2').inputValue()).toBe(HOSTILE_ANSWER);
    await page.waitForTimeout(300);
    expect(await page.locator('img[onerror], [onload], iframe, main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await expectNoSeriousAxeViolations(page);
  });
});
