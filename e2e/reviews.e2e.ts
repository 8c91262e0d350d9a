// Coach and peer reviews, end to end, with two or three people in their own browser contexts: a candidate
// shares an answer by a link; a reviewer, signed out, opens it, signs in and lands back on it, comments on a
// selected passage and on a sentence chosen by keyboard, and scores it on the rubric; the candidate sees
// the reviewer's, their own and the engine's scores side by side and where they disagree most; the link
// stops working once withdrawn, and an expired one says so. A coach accepts an invite and sees the
// candidate's progress, and not another user's.
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOP_ANSWERS } from './loop-answers.js';
import { pageApi, sidewaysOverflow } from './page-api.js';
import {
  expectNoSeriousAxeViolations,
  PASSWORD,
  SCREENSHOTS,
  signUpAndOnboard,
  useBrowser,
} from './support.js';

const snap = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `reviews--${name}.png`), fullPage: true });

const QUESTION = 'Design a meal-planning app for busy parents.';
const ANSWER = LOOP_ANSWERS.product_sense as string;

async function otherPerson(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Selects `passage` in the rendered answer, as a reviewer dragging over it would. */
async function selectInAnswer(page: Page, passage: string): Promise<void> {
  await page.getByRole('region', { name: "The candidate's answer" }).evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = window.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${text}" is not in one piece of the answer`);
  }, passage);
}

describe('peer reviews through a shared link', () => {
  const browsing = useBrowser('reviews');

  it('shares an answer, is reviewed by another user, compares the scores, and the link dies once withdrawn', async () => {
    const { page, browser, baseURL } = browsing;
    const candidate = await signUpAndOnboard(page, { level: 'PM II' });
    const attempt = await pageApi<{ id: string }>(page, 'POST', '/api/attempts', {
      question: QUESTION,
      kind: 'product_sense',
      level: 'pm2',
      answer: ANSWER,
    });

    // The candidate makes a link for one day, the shortest, and sees it listed.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
    await page.getByRole('heading', { name: 'Reviews and coaching', level: 1 }).waitFor();
    await page.getByLabel('Link works for').selectOption('1');
    await page.getByRole('button', { name: 'Make a review link' }).click();
    const link = await page.getByRole('textbox', { name: 'Review link' }).inputValue();
    expect(link).toMatch(/\/review#[A-Za-z0-9_-]{43}$/);
    const links = page.getByRole('region', { name: 'Your review links' });
    await links.getByText(/^Works until/).waitFor();
    await links.getByText(QUESTION, { exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'share');

    // The reviewer: another account, signed out, opens the link, signs in, and is back on it.
    const other = await otherPerson(browser, baseURL);
    const reviewer = other.page;
    try {
      const reviewerEmail = await signUpAndOnboard(reviewer, { level: 'Senior PM' });
      await reviewer.getByRole('button', { name: 'Sign out' }).click();
      await reviewer.getByRole('heading', { name: 'Sign in to Ladder' }).waitFor();
      await reviewer.goto(link);
      await reviewer.getByRole('heading', { name: 'Sign in to Ladder' }).waitFor();
      expect(new URL(reviewer.url()).search).toBe('?next=%2Freview');
      await signIn(reviewer, reviewerEmail);
      await reviewer.getByRole('heading', { name: 'Review an answer', level: 1 }).waitFor();
      await reviewer.getByRole('heading', { name: QUESTION }).waitFor();
      const shown = await reviewer.getByRole('region', { name: "The candidate's answer" }).textContent();
      expect(shown).toBe(ANSWER);

      // A comment on a selected passage, and one on a sentence chosen by keyboard.
      await selectInAnswer(reviewer, 'busy parents who plan meals on Sunday evening');
      await reviewer.getByRole('button', { name: /^Comment on “busy parents who plan meals/ }).click();
      await reviewer.getByLabel('Your comment on this passage').fill('A sharp segment: say why them first.');
      await reviewer.getByRole('button', { name: 'Add the comment' }).click();
      await reviewer.getByLabel('Or choose a sentence').focus();
      await reviewer.keyboard.press('ArrowDown');
      await reviewer.keyboard.press('ArrowDown');
      await reviewer.keyboard.press('Tab');
      await reviewer.keyboard.press('Enter');
      await reviewer.keyboard.type('No number here: how many parents drop off?');
      await reviewer.getByRole('button', { name: 'Add the comment' }).click();
      const comments = reviewer.getByRole('list', { name: 'Your comments' });
      await expect.poll(() => comments.getByRole('listitem').count()).toBe(2);
      expect(await reviewer.locator('.comment-mark[data-note]').count()).toBe(2);

      // Scores: saving with one missing names it; then every dimension scored, a summary, saved.
      const groups = reviewer.locator('.score-row');
      const dimensions = await groups.count();
      expect(dimensions).toBeGreaterThan(3);
      for (let i = 0; i < dimensions - 1; i++) {
        await groups
          .nth(i)
          .getByRole('radio', { name: i % 2 ? '2' : '4' })
          .check();
      }
      await reviewer.getByRole('button', { name: 'Save the review' }).click();
      await reviewer
        .getByRole('alert')
        .getByText(/Score every dimension before saving; still to score: /)
        .waitFor();
      await groups
        .nth(dimensions - 1)
        .getByRole('radio', { name: '3' })
        .check();
      await reviewer
        .getByLabel('Summary for the candidate (optional)')
        .fill('Good user focus; prove the metric.');
      await reviewer.getByRole('button', { name: 'Save the review' }).click();
      await reviewer.getByText(/^Saved .*: the candidate sees it beside their own scores\.$/).waitFor();
      await expectNoSeriousAxeViolations(reviewer);
      await snap(reviewer, 'reviewer');

      // The candidate: the reviewer's scores beside the engine's, then their own, and the disagreements.
      await links.getByRole('link', { name: /^Scores side by side/ }).click();
      await page.getByRole('heading', { name: QUESTION, level: 1 }).waitFor();
      const table = page.getByRole('table');
      await table.getByRole('columnheader', { name: reviewerEmail.split('@')[0]?.slice(0, 17) }).waitFor();
      const selfForm = page.getByRole('form', { name: 'Your own scores' });
      const selfRows = selfForm.locator('.score-row');
      for (let i = 0; i < (await selfRows.count()); i++) {
        await selfRows.nth(i).getByRole('radio', { name: '1' }).check();
      }
      await selfForm.getByRole('button', { name: 'Save my scores' }).click();
      await page.getByRole('heading', { name: 'Where you disagree most' }).waitFor();
      await page
        .getByText(/points? apart \(engine \d, you 1, .*\d\)/)
        .first()
        .waitFor();
      await page.getByText('A sharp segment: say why them first.').waitFor();
      await page.getByText('Good user focus; prove the metric.').waitFor();
      expect(await page.locator('.reviewed-answer .comment-mark').count()).toBeGreaterThan(0);
      await expectNoSeriousAxeViolations(page);
      await snap(page, 'side-by-side');
      expect(new URL(page.url()).pathname).toBe(`/attempts/${attempt.id}/reviews`);

      // Withdrawn: the candidate confirms, and the link answers with a clear message from then on.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
      await links.getByRole('button', { name: /^Withdraw/ }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Withdraw the link' }).click();
      await links.getByText('Expired and withdrawn links (1)').click();
      await links.getByText(/^Withdrawn /).waitFor();
      await reviewer.goto('/guide');
      await reviewer.goto(link);
      await reviewer.getByRole('heading', { name: 'This review link was withdrawn' }).waitFor();
      await reviewer.getByText('This review link was withdrawn by the candidate who made it.').waitFor();
      await expectNoSeriousAxeViolations(reviewer);
      await snap(reviewer, 'withdrawn');

      // Expired: the API cannot age a link in a test (the shortest is a day; src/server/routes/reviews
      // tests move expires_at into the past), so the page is shown the server's own 410 for an expired link.
      await reviewer.route('**/api/shared', (route) =>
        route.fulfill({
          status: 410,
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'link_expired',
              message: 'This review link expired on 2026-01-01: ask the candidate for a new one.',
            },
          }),
        }),
      );
      await reviewer.goto(link.replace(/#.*/, '#'.concat('A'.repeat(43))));
      await reviewer.getByRole('heading', { name: 'This review link has expired' }).waitFor();
      await reviewer.getByText(/ask the candidate for a new one/).waitFor();
      await reviewer.unroute('**/api/shared');

      // A link cut short when copied says so without asking the server.
      await reviewer.goto(link.slice(0, -10));
      await reviewer.getByRole('heading', { name: 'This review link does not work' }).waitFor();
      expect(candidate).not.toBe(reviewerEmail);
    } finally {
      await other.context.close();
    }
  });

  it('shows the sharing and review screens in the dark theme and at phone width', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    const attempt = await pageApi<{ id: string }>(page, 'POST', '/api/attempts', {
      question: QUESTION,
      kind: 'product_sense',
      level: 'pm2',
      answer: ANSWER,
    });
    await page.getByLabel('Theme').selectOption('dark');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/reviews?attempt=${attempt.id}`);
    await page.getByRole('button', { name: 'Make a review link' }).click();
    const link = await page.getByRole('textbox', { name: 'Review link' }).inputValue();
    expect(await sidewaysOverflow(page)).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'share-phone-dark');
    await page.goto(`/attempts/${attempt.id}/reviews`);
    await page.getByRole('heading', { name: 'Your own scores' }).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'side-by-side-phone-dark');
    // The owner may open their own link, but not review it as someone else.
    await page.goto(link);
    await page.getByRole('heading', { name: 'Review an answer', level: 1 }).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'review-phone-dark');
  });
});

describe('a shared mock loop', () => {
  const browsing = useBrowser('reviews-loop');

  it('is reviewed round by round, and the candidate reads each round side by side', async () => {
    const { page, browser, baseURL } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    const loop = await pageApi<{ id: string; rounds: { position: number; kind: string; name: string }[] }>(
      page,
      'POST',
      '/api/loops',
      {},
    );
    for (const round of loop.rounds.slice(0, 2)) {
      await pageApi(page, 'POST', `/api/loops/${loop.id}/rounds/${round.position}/start`);
      await pageApi(page, 'POST', `/api/loops/${loop.id}/rounds/${round.position}/answer`, {
        answer: LOOP_ANSWERS[round.kind],
      });
    }
    await page.goto(`/reviews?loop=${loop.id}`);
    expect(await page.getByRole('radio', { name: 'A mock loop' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Make a review link' }).click();
    const link = await page.getByRole('textbox', { name: 'Review link' }).inputValue();

    const other = await otherPerson(browser, baseURL);
    try {
      const reviewer = other.page;
      await signUpAndOnboard(reviewer, { level: 'Senior PM' });
      await reviewer.goto(link);
      await reviewer.getByRole('heading', { name: 'Review a mock loop', level: 1 }).waitFor();
      const rounds = reviewer.getByRole('navigation', { name: 'Rounds' });
      expect(await rounds.getByRole('button').count()).toBe(2);
      const second = loop.rounds[1] as { name: string };
      await rounds.getByRole('button', { name: new RegExp(`^2\\. ${second.name}`) }).click();
      await reviewer.getByText(new RegExp(`^Round 2: ${second.name}`)).waitFor();
      const groups = reviewer.locator('.score-row');
      for (let i = 0; i < (await groups.count()); i++) {
        await groups.nth(i).getByRole('radio', { name: '4' }).check();
      }
      await reviewer.getByRole('button', { name: 'Save the review' }).click();
      await rounds.getByRole('button', { name: /^2\. .*Reviewed$/ }).waitFor();
      await expectNoSeriousAxeViolations(reviewer);
      await snap(reviewer, 'loop-reviewer');

      await page.goto(`/loops/${loop.id}/reviews`);
      await page.getByRole('heading', { name: 'Mock loop: scores side by side', level: 1 }).waitFor();
      const round2 = page.getByRole('region', { name: `Round 2: ${second.name}` });
      await round2.getByRole('heading', { name: 'Where you disagree most' }).waitFor();
      const reviewerEmail = (await pageApi<{ user: { email: string } }>(reviewer, 'GET', '/api/me')).user
        .email;
      expect(await round2.getByRole('columnheader').allTextContents()).toContain(
        `${reviewerEmail.split('@')[0]?.slice(0, 17)}…`,
      );
      await expectNoSeriousAxeViolations(page);
      await snap(page, 'loop-side-by-side');
    } finally {
      await other.context.close();
    }
  });
});

describe('coaching', () => {
  const browsing = useBrowser('coaching');

  it('a coach accepts an invite and sees the candidate’s progress, and nothing of another user', async () => {
    const { page, browser, baseURL } = browsing;
    const candidate = await signUpAndOnboard(page, { level: 'PM II' });
    for (const kind of ['product_sense', 'technical'] as const) {
      await pageApi(page, 'POST', '/api/attempts', {
        question: `A ${kind.replace('_', ' ')} question of the candidate`,
        kind,
        level: 'pm2',
        answer: LOOP_ANSWERS[kind],
      });
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
    await page.getByRole('button', { name: 'Invite a coach' }).click();
    const invite = await page.getByRole('textbox', { name: 'Coach invite' }).inputValue();
    expect(invite).toMatch(/\/coach\/join#[A-Za-z0-9_-]{43}$/);

    // Someone else, with attempts of their own, whom the coach must not see.
    const stranger = await otherPerson(browser, baseURL);
    const coach = await otherPerson(browser, baseURL);
    try {
      await signUpAndOnboard(stranger.page, { level: 'PM II' });
      await pageApi(stranger.page, 'POST', '/api/attempts', {
        question: 'A question of a stranger',
        kind: 'product_sense',
        level: 'pm2',
        answer: ANSWER,
      });
      const strangerId = (await pageApi<{ user: { id: string } }>(stranger.page, 'GET', '/api/me')).user.id;

      const coachPage = coach.page;
      await signUpAndOnboard(coachPage, { level: 'Senior PM' });
      await coachPage.goto(invite);
      await coachPage.getByRole('heading', { name: 'Coach a candidate', level: 1 }).waitFor();
      await expectNoSeriousAxeViolations(coachPage);
      await coachPage.getByRole('button', { name: 'Accept and coach them' }).click();
      await coachPage.getByRole('heading', { name: `You now coach ${candidate}` }).waitFor();
      await coachPage.getByRole('link', { name: 'See their progress' }).click();
      await coachPage.getByRole('heading', { name: candidate, level: 1 }).waitFor();
      await coachPage.getByRole('heading', { name: 'Level demonstrated, answer by answer' }).waitFor();
      const attempts = coachPage.getByRole('region', { name: 'Their attempts' });
      await attempts.getByText('A product sense question of the candidate').waitFor();
      await attempts.getByText('A technical question of the candidate').waitFor();
      expect(await attempts.getByRole('link').count()).toBe(0);
      expect(await coachPage.getByText('A question of a stranger').count()).toBe(0);
      await expectNoSeriousAxeViolations(coachPage);
      await snap(coachPage, 'coach-candidate');

      // The coaching page lists only the candidate; a stranger's id answers as if it did not exist.
      await coachPage.goto('/coach');
      await coachPage.getByRole('heading', { name: 'Candidates you coach', level: 1 }).waitFor();
      expect(await coachPage.locator('.candidate-row').count()).toBe(1);
      expect(await coachPage.locator('.candidate-email').textContent()).toBe(candidate);
      await expectNoSeriousAxeViolations(coachPage);
      await snap(coachPage, 'coach-list');
      await coachPage.goto(`/coach/candidates/${strangerId}`);
      await coachPage.getByRole('heading', { name: 'Not a candidate of yours' }).waitFor();
      const peek = await coachPage.request.get(`/api/coach/candidates/${strangerId}/attempts`);
      expect(peek.status()).toBe(404);

      // The candidate sees the coach and the invite accepted; the invite cannot be used twice.
      await page.reload();
      const coaching = page.getByRole('region', { name: 'Coaching' });
      await coaching.getByText(/^Accepted by /).waitFor();
      await stranger.page.goto(invite);
      await stranger.page.getByRole('button', { name: 'Accept and coach them' }).click();
      await stranger.page
        .getByRole('alert')
        .getByText(/Another coach accepted this invite: ask the candidate for a new one\./)
        .waitFor();
    } finally {
      await stranger.context.close();
      await coach.context.close();
    }
  });
});
