// A whole PM II mock loop, end to end: composed from the onboarding answers, each round started, answered
// with a short real answer and submitted one after another; a round left mid-way resumes after a reload
// with its answer and the time left; the behavioral round starts from a story of the bank; the loop ends
// in the hiring-committee packet, whose Markdown and PDF downloads are checked; light, dark and phone width.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOP_ANSWERS, STORY } from './loop-answers.js';
import { pageApi as api, sidewaysOverflow } from './page-api.js';
import { expectNoSeriousAxeViolations, SCREENSHOTS, signUpAndOnboard, useBrowser } from './support.js';

interface RoundInfo {
  position: number;
  kind: string;
  name: string;
  limitSec: number;
}

const snap = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `loop--${name}.png`), fullPage: true });

const clockSeconds = async (page: Page) => {
  const [m, s] = ((await page.getByRole('timer').textContent()) ?? '').split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};

describe('a mock onsite loop', () => {
  const browsing = useBrowser('loop');

  it('runs a whole PM II loop, resumes a round after a reload, starts from a story, and ends in the packet', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II', technicalRound: 'Yes' });
    const story = await api<{ id: string }>(page, 'POST', '/api/stories', { ...STORY, level: 'pm2' });
    expect(story.id).toMatch(/^[0-9a-f-]{36}$/);

    // The composed loop: PM II's usual five rounds, each with the signals its interviewer owns.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mock loop' }).click();
    await page.getByRole('heading', { name: 'Mock onsite loop', level: 1 }).waitFor();
    await page.getByText(/A PM II \(mid-level\) loop of 5 rounds, with a technical round/).waitFor();
    const planned = page.locator('.planned-round');
    await expect.poll(() => planned.count()).toBe(5);
    await page.getByRole('heading', { name: 'Round 4: Technical / systems thinking' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'compose');

    await page.getByRole('button', { name: 'Compose this 5-round loop' }).click();
    await page.getByRole('heading', { name: 'Your PM II loop', level: 1 }).waitFor();
    const loopId = new URL(page.url()).pathname.split('/').pop() as string;
    const rows = page.locator('.overview-table tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    expect(await rows.first().textContent()).toMatch(/minutes/);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'overview');

    const { rounds } = await api<{ rounds: RoundInfo[] }>(page, 'GET', `/api/loops/${loopId}`);
    expect(rounds.map((r) => r.kind)).toEqual([
      'product_sense',
      'product_improvement',
      'behavioral',
      'technical',
      'strategy',
    ]);

    for (const round of rounds) {
      await page.getByRole('button', { name: `Start round ${round.position}` }).click();
      await page.getByRole('heading', { name: `Round ${round.position}: ${round.name}`, level: 1 }).waitFor();
      const answerBox = page.getByLabel('Answer', { exact: true });
      const answer = LOOP_ANSWERS[round.kind] as string;

      if (round.position === 1) {
        // Leave mid-round: the answer is autosaved, and the round resumes with it and the time left.
        const firstHalf = answer.slice(0, 200);
        await answerBox.fill(firstHalf);
        await page.getByText(/^Saved at/).waitFor();
        expect(await clockSeconds(page)).toBeLessThanOrEqual(round.limitSec);
        await expectNoSeriousAxeViolations(page);
        await page.goto('/');
        await page.goto(`/loops/${loopId}`);
        await page.getByRole('heading', { name: `Round 1: ${round.name}`, level: 1 }).waitFor();
        expect(await answerBox.inputValue()).toBe(firstHalf);
        const left = await clockSeconds(page);
        expect(left).toBeGreaterThan(round.limitSec - 120);
        expect(left).toBeLessThan(round.limitSec);
        await snap(page, 'round-resumed');
      }

      if (round.kind === 'behavioral') {
        // Start from the story: its STAR fields fill the answer, in order.
        const storyStart = page.getByRole('region', { name: 'Start from a story' });
        await storyStart.getByLabel('Story', { exact: true }).selectOption(story.id);
        await storyStart.getByRole('button', { name: 'Use this story' }).click();
        await expect.poll(() => answerBox.inputValue()).toContain(STORY.situation);
        const told = await answerBox.inputValue();
        expect(told.indexOf(STORY.action)).toBeGreaterThan(told.indexOf(STORY.task));
        await storyStart.getByText(`This answer started from ${STORY.title}`).waitFor();
        await expectNoSeriousAxeViolations(page);
        await snap(page, 'round-behavioral-story');
      } else {
        await answerBox.fill(answer);
      }

      const last = round.position === rounds.length;
      await page
        .getByRole('button', { name: last ? 'Submit and finish the loop' : 'Submit and go on' })
        .click();
      if (!last) {
        await page.getByText(`Round ${round.position}, ${round.name}, answered in`).waitFor();
      }
    }

    // The packet: what the loop supports, the risk, each round's score and owned signals, and the notes.
    await page.getByRole('heading', { name: 'Hiring-committee packet', level: 1 }).waitFor();
    await page.getByText('The loop supports', { exact: true }).waitFor();
    await page.getByText('Down-level risk', { exact: true }).waitFor();
    expect(await page.locator('.packet-round').count()).toBe(5);
    expect(
      await page.getByRole('heading', { name: /^Signals this round owns: \d of \d shown$/ }).count(),
    ).toBe(5);
    expect(await page.locator('.packet-round .score-number').count()).toBe(5);
    await page.getByRole('heading', { name: 'Strengths' }).waitFor();
    await page.getByRole('heading', { name: 'Concerns' }).waitFor();
    expect(await page.locator('.note-list blockquote').count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page);

    // The story was told in a round: the story bank counts the use.
    const told = await api<{ uses: number }>(page, 'GET', `/api/stories/${story.id}`);
    expect(told.uses).toBe(1);

    // Exports: the same session downloads both files.
    const markdownHref = await page.getByRole('link', { name: 'Download Markdown' }).getAttribute('href');
    const pdfHref = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    expect(markdownHref).toBe(`/api/loops/${loopId}/packet.md`);
    const markdown = await page.request.get(markdownHref as string);
    expect(markdown.status()).toBe(200);
    expect(markdown.headers()['content-type']).toMatch(/^text\/markdown/);
    expect(markdown.headers()['content-disposition']).toMatch(/attachment; filename="ladder-packet-.*\.md"/);
    expect(await markdown.text()).toMatch(/Technical \/ systems thinking/);
    const pdf = await page.request.get(pdfHref as string);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // The loop list now says the packet is ready.
    await page.getByRole('link', { name: 'Mock onsite loop' }).click();
    await page.getByText('Packet ready').waitFor();
    await page.goto(`/loops/${loopId}`);
    await page.getByRole('heading', { name: 'Hiring-committee packet', level: 1 }).waitFor();

    await snap(page, 'packet-light');
    await page.getByLabel('Theme').selectOption('dark');
    await snap(page, 'packet-dark');
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysOverflow(page)).toBe(0);
    await snap(page, 'packet-phone-dark');
  });

  it('runs a round at phone width in the dark theme', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    await page.getByLabel('Theme').selectOption('dark');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/loops');
    await page.getByRole('heading', { name: 'Mock onsite loop', level: 1 }).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'compose-phone-dark');
    const loop = await api<{ id: string }>(page, 'POST', '/api/loops', {});
    await page.goto(`/loops/${loop.id}`);
    await page.getByRole('button', { name: 'Start round 1' }).click();
    await page.getByLabel('Answer', { exact: true }).fill(LOOP_ANSWERS.product_sense as string);
    await page.getByText(/^Saved at/).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'round-phone-dark');
  });

  it('says a missing loop is missing', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page);
    await page.goto('/loops/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { name: 'No loop here' }).waitFor();
    await expectNoSeriousAxeViolations(page);
  });
});
