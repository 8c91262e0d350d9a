// Practice, end to end: a bank question answered, graded and read (evidence clicked both ways), a follow-up
// answered in place, a revision with the change in scores, the attempt found again in history; the answer
// kept through a reload; the limit said before the API refuses; and the whole flow by keyboard alone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  FOLLOW_UP,
  FOLLOW_UP_REPLY,
  QUESTION_ID,
  QUESTION_PROMPT,
  REVISION_ADDITION,
  STRONG_ANSWER,
} from './strong-answer.js';
import { expectNoSeriousAxeViolations, signUpAndOnboard, useBrowser } from './support.js';

async function openPractice(page: Page): Promise<void> {
  await page.goto(`/questions/${QUESTION_ID}`);
  await page.getByRole('link', { name: 'Practise at PM II' }).click();
  await page.getByRole('heading', { level: 1, name: QUESTION_PROMPT }).waitFor();
}

/** The report of an attempt: its address first, since its heading is the prompt, as on the practice screen. */
const reportHeading = (page: Page) => ({
  waitFor: async () => {
    await page.waitForURL(/\/attempts\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { name: 'Dimensions' }).waitFor();
  },
});

describe('practising a bank question', () => {
  const browsing = useBrowser('practice');

  it('answers, reads the report, clicks evidence, answers a follow-up, revises and finds it in history', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    await openPractice(page);
    expect(new URL(page.url()).pathname).toBe(`/practice/${QUESTION_ID}`);

    // The brief: context, the timer at the question's limit, advice for this kind at the target level.
    await page.getByText('40 customer-success managers each cover about 60 accounts').waitFor();
    expect(await page.getByRole('timer').textContent()).toBe('40:00');
    await page.getByText(/Ask clarifying questions early/).waitFor();
    expect(await page.getByLabel('Graded against the bar of').inputValue()).toBe('pm2');

    // Clarifying questions stay hidden until asked for: one, then the rest.
    const clarifying = page.getByRole('region', { name: 'Clarifying questions' });
    expect(await clarifying.getByRole('listitem').count()).toBe(0);
    await clarifying.getByRole('button', { name: 'Show a clarifying question' }).click();
    expect(await clarifying.getByRole('listitem').allTextContents()).toEqual([
      'What data do we have on usage, support and billing?',
    ]);
    await clarifying.getByRole('button', { name: 'Show all 3' }).click();
    expect(await clarifying.getByRole('listitem').count()).toBe(3);
    await expectNoSeriousAxeViolations(page);

    // Typing starts the timer; the word count follows the text.
    await page.getByLabel('Answer', { exact: true }).fill(STRONG_ANSWER);
    await page.getByText('485 words').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Pause timer' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Submit for grading' }).click();

    // The report: overall, the verdict in one sentence, the radar's numbers in a table.
    await reportHeading(page).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/attempts\/[0-9a-f-]{36}$/);
    const attemptPath = new URL(page.url()).pathname;
    await page.getByText('Meets the PM II (mid-level) bar.').waitFor();
    expect(await page.locator('.overall-number').textContent()).toBe('3.3');
    const radar = page.getByRole('table', { name: 'Scores against the PM II bar' });
    expect(await radar.getByRole('row').count()).toBe(8);
    expect(await radar.getByRole('row', { name: /Problem definition/ }).textContent()).toContain('3 of 4');
    await page.getByRole('heading', { name: 'Your answer against every bar' }).waitFor();
    await page.getByRole('heading', { name: 'What a strong PM II answer covers' }).waitFor();

    // A dimension lights up its evidence in the answer.
    const answer = page.getByRole('region', { name: 'Your answer, revision 1' });
    await page.getByRole('button', { name: /^Problem definition/ }).click();
    const lit = answer.locator('.hl-on');
    await expect.poll(() => lit.count()).toBeGreaterThan(2);
    expect((await lit.allTextContents()).join(' ')).toContain('What data do we have on product usage');
    await expectNoSeriousAxeViolations(page);

    // A passage in the answer opens its dimension.
    await answer.getByRole('button', { name: /spreadsheets and gut feel/ }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /^User insight/ }).getAttribute('aria-expanded'))
      .toBe('true');
    expect(
      await page.getByRole('button', { name: /^Problem definition/ }).getAttribute('aria-expanded'),
    ).toBe('false');
    expect((await answer.locator('.hl-on').allTextContents()).join(' ')).toContain('spreadsheets');

    // A follow-up answered in place becomes revision 2, graded, with the change.
    await page.getByRole('button', { name: `Answer this follow-up: ${FOLLOW_UP}` }).click();
    await page.getByLabel('Your answer to this follow-up').fill(FOLLOW_UP_REPLY);
    await page.getByRole('button', { name: 'Add to my answer and grade' }).click();
    await page.getByRole('heading', { name: 'What changed since revision 1' }).waitFor();
    const revisions = page.getByRole('navigation', { name: 'Revisions' });
    expect(await revisions.getByRole('link').count()).toBe(2);
    const second = page.getByRole('region', { name: 'Your answer, revision 2' });
    expect(await second.textContent()).toContain(`Follow-up: ${FOLLOW_UP}\nPartly.`);
    expect(await page.locator('.score-change-overall').textContent()).toMatch(
      /^▲ \+0\.\d+ overall since revision 1/,
    );

    // The revise editor starts from the latest answer; the new revision shows what moved.
    await page.getByRole('button', { name: 'Revise this answer' }).click();
    const editor = page.getByLabel('Revision 3');
    expect(await editor.inputValue()).toContain(FOLLOW_UP_REPLY);
    await editor.fill(`${await editor.inputValue()}\n\n${REVISION_ADDITION}`);
    await page.getByRole('button', { name: 'Submit revision' }).click();
    await page.getByRole('heading', { name: 'What changed since revision 2' }).waitFor();
    await expect.poll(() => revisions.getByRole('link').count()).toBe(3);
    const change = page.locator('.score-change');
    expect(await change.textContent()).toContain('Trade-offs and risks: 3 → 4');
    await expectNoSeriousAxeViolations(page);

    // Any earlier revision's report is one click away.
    await revisions.getByRole('link', { name: /Revision 1/ }).click();
    await page.getByText('You are reading revision 1 of 3.').waitFor();
    expect(await page.locator('.overall-number').textContent()).toBe('3.3');
    expect(await page.getByRole('button', { name: 'Revise this answer' }).count()).toBe(0);

    // History lists the attempt with its three revisions and links back to the report.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    const row = page.getByRole('link', { name: new RegExp(QUESTION_PROMPT) });
    await row.waitFor();
    expect(await row.textContent()).toContain('3 revisions');
    await row.click();
    await reportHeading(page).waitFor();
    expect(new URL(page.url()).pathname).toBe(attemptPath);
  });

  it('keeps the answer and the time through a reload, and can discard it', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    await openPractice(page);
    const box = page.getByLabel('Answer', { exact: true });
    await box.fill('The users are 40 customer-success managers who plan their week in spreadsheets.');
    await page.getByText(/Saved in this browser/).waitFor();
    await page.reload();
    await page.getByText(/Your answer is back as you left it/).waitFor();
    expect(await box.inputValue()).toBe(
      'The users are 40 customer-success managers who plan their week in spreadsheets.',
    );
    // A closed tab (no time for the usual pause before saving) loses nothing either.
    await box.fill('Second thoughts, typed just before the tab closed.');
    const context = browsing.context;
    const url = page.url();
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(url);
    await again.getByText(/Your answer is back as you left it/).waitFor();
    expect(await again.getByLabel('Answer', { exact: true }).inputValue()).toBe(
      'Second thoughts, typed just before the tab closed.',
    );
    await again.getByRole('button', { name: 'Discard it and start over' }).click();
    await expect.poll(() => again.getByLabel('Answer', { exact: true }).inputValue()).toBe('');
    await again.reload();
    await again.getByLabel('Answer', { exact: true }).waitFor();
    expect(await again.getByText(/Your answer is back/).count()).toBe(0);
  });

  it('says an answer is too long before the API would refuse it, and never sends it', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    await openPractice(page);
    let posted = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/attempts') posted += 1;
    });
    await page.getByRole('button', { name: 'Submit for grading' }).click();
    await page.getByText('Write your answer first: the report grades the text in this box.').waitFor();
    await page.getByLabel('Answer', { exact: true }).fill('word '.repeat(40_001));
    const message = page.getByText(/Ladder grades at most 200,000\. Cut 5 characters before submitting\./);
    await message.waitFor();
    await page.getByRole('button', { name: 'Submit for grading' }).click();
    expect(
      await page.getByLabel('Answer', { exact: true }).evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(posted).toBe(0);
  });

  it('practises in the dark theme without serious accessibility problems on either screen', async () => {
    const { page } = browsing;
    await page.emulateMedia({ colorScheme: 'dark' });
    await signUpAndOnboard(page, { level: 'PM II' });
    await openPractice(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('button', { name: 'Show all 3' }).click();
    await page.getByLabel('Answer', { exact: true }).fill(STRONG_ANSWER);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Submit for grading' }).click();
    await reportHeading(page).waitFor();
    await page.getByRole('button', { name: /^Metrics and data/ }).click();
    await expectNoSeriousAxeViolations(page);
  });
});

/** What has focus, as a person would name it: its accessible label, else its text. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelled = element.getAttribute('aria-label');
    const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
    // What is hidden from assistive technology (decorative carets, pips) is not part of the name.
    const visible = element.cloneNode(true) as HTMLElement;
    for (const hidden of visible.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return (labelled ?? label?.textContent ?? visible.textContent ?? '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (name.test(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${name}; focus is on "${await focused(page)}"`);
}

describe('practising by keyboard alone', () => {
  const browsing = useBrowser('practice-keyboard');

  it('reaches every step with Tab, Enter and Space only', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    // From here on, no mouse: the address bar, then Tab, Enter and Space.
    await page.goto(`/questions/${QUESTION_ID}`);
    await page.getByRole('link', { name: 'Practise at PM II' }).waitFor();
    await tabTo(page, /^Practise at PM II$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: QUESTION_PROMPT }).waitFor();

    await tabTo(page, /^Show a clarifying question$/);
    await page.keyboard.press('Enter');
    await page.getByRole('listitem').filter({ hasText: 'What data do we have on usage' }).waitFor();
    // Focus stays on the button for the next one.
    expect(await focused(page)).toBe('Show the next one');
    await page.keyboard.press('Space');
    await page.getByRole('listitem').filter({ hasText: 'How do managers plan their week' }).waitFor();

    await tabTo(page, /^Answer$/);
    await page.keyboard.insertText(STRONG_ANSWER);
    await tabTo(page, /^Pause timer$/, { back: true });
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume timer' }).waitFor();
    await tabTo(page, /^Submit for grading$/);
    await page.keyboard.press('Enter');
    await reportHeading(page).waitFor();

    // On the report: a marked passage of the answer opens its dimension (focus goes there), and a
    // dimension opened from the list lights up its evidence.
    await tabTo(page, /^Before designing anything/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^Problem definition/);
    expect(
      await page.getByRole('button', { name: /^Problem definition/ }).getAttribute('aria-expanded'),
    ).toBe('true');
    await tabTo(page, /^Logical integrity of solution/);
    await page.keyboard.press('Space');
    const solution = page.getByRole('button', { name: /^Logical integrity of solution/ });
    await expect.poll(() => solution.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.highlighter-text .hl-on').count()).toBeGreaterThan(0);

    // A follow-up answered and submitted from the keyboard.
    await tabTo(page, new RegExp(`^Answer this follow-up: ${FOLLOW_UP.replace(/[?]/g, '\\?')}`));
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Your answer to this follow-up');
    await page.keyboard.insertText(FOLLOW_UP_REPLY);
    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { name: 'What changed since revision 1' }).waitFor();
    await expect.poll(() => focused(page)).toBe('What changed since revision 1');
  });
});
