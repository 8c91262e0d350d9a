// The story bank, end to end: a story written in the guided STAR form (a missing field named first),
// graded with its evidence marked in its fields, shown in the coverage matrix against the PM II
// competencies, rewritten, then told in a mock loop's behavioral round (which the bank counts), and deleted;
// light, dark and phone width.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOP_ANSWERS, STORY } from './loop-answers.js';
import { pageApi, sidewaysOverflow } from './page-api.js';
import { expectNoSeriousAxeViolations, SCREENSHOTS, signUpAndOnboard, useBrowser } from './support.js';

const snap = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `stories--${name}.png`), fullPage: true });

async function writeStory(page: Page): Promise<void> {
  await page.getByLabel('Title').fill(STORY.title);
  await page.getByRole('textbox', { name: 'Situation', exact: true }).fill(STORY.situation);
  await page.getByRole('textbox', { name: 'Task', exact: true }).fill(STORY.task);
  await page.getByRole('textbox', { name: 'Action', exact: true }).fill(STORY.action);
  await page.getByRole('textbox', { name: 'Result', exact: true }).fill(STORY.result);
  await page.getByRole('textbox', { name: /What you learned/ }).fill(STORY.learned);
}

describe('the story bank', () => {
  const browsing = useBrowser('stories');

  it('writes, grades, covers, rewrites, tells in a loop round and deletes a story', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II', technicalRound: 'Yes' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }).click();
    await page.getByRole('heading', { name: 'Story bank', level: 1 }).waitFor();
    await page
      .getByText(/^No stories yet: all \d+ competencies these interviews ask about are gaps\.$/)
      .waitFor();
    await page.getByRole('heading', { name: 'Coverage for PM II (mid-level) interviews' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    // The guided form: each field's question beside it; an empty field is named before anything is sent.
    await page.getByRole('link', { name: 'Write your first story' }).click();
    await page.getByRole('heading', { name: 'Write a story', level: 1 }).waitFor();
    await page.getByText('What were you responsible for achieving, and by when?').waitFor();
    await writeStory(page);
    await page.getByRole('textbox', { name: 'Result', exact: true }).fill('');
    await page.getByRole('checkbox', { name: /Influence without authority/ }).check();
    await page.getByRole('checkbox', { name: /Owning a launch/ }).check();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Save and grade' }).click();
    await page.getByText(/^Write the result: How did it turn out/).waitFor();
    expect(
      await page
        .getByRole('textbox', { name: 'Result', exact: true })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await snap(page, 'form-error');
    await page.getByRole('textbox', { name: 'Result', exact: true }).fill(STORY.result);
    await page.getByRole('button', { name: 'Save and grade' }).click();

    // The graded story: star, ownership, impact and leadership, evidence marked where it was written.
    await page.getByRole('heading', { name: STORY.title, level: 1 }).waitFor();
    const grade = page.getByRole('region', { name: 'How it lands' });
    for (const label of [
      'Story structure',
      'Ownership and decision process',
      'Impact and reflection',
      'Leadership and influence',
    ]) {
      await grade.getByText(label, { exact: false }).first().waitFor();
    }
    expect(await page.locator('.story-field mark.story-ev').count()).toBeGreaterThan(2);
    const action = page.getByRole('article', { name: 'Action' });
    await action.getByText(/words · \d+% of the story/).waitFor();
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'graded');

    // The coverage matrix: both competencies covered by the story, the rest gaps.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }).click();
    const matrix = page.getByRole('table');
    const influence = matrix.getByRole('row', { name: /Influence without authority/ });
    await expect.poll(() => influence.textContent()).toMatch(/Winning back mobile checkout shows it/);
    await expect.poll(() => influence.textContent()).toMatch(/Covered|Below the bar/);
    const failure = matrix.getByRole('row', { name: /^Failure/ });
    expect(await failure.textContent()).toMatch(/No story/);
    await page.getByText(/^Gaps:/).waitFor();
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'bank');

    // Rewrite: the form comes back filled; a competency added shows in the matrix.
    await page.getByRole('link', { name: STORY.title }).first().click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: `Rewrite “${STORY.title}”` }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Action', exact: true }).inputValue()).toBe(STORY.action);
    await page.getByRole('checkbox', { name: /^Failure/ }).check();
    await page.getByRole('button', { name: 'Save and grade again' }).click();
    await page.getByRole('heading', { name: STORY.title, level: 1 }).waitFor();
    await page.getByRole('region', { name: 'How it lands' }).getByText('Failure').waitFor();
    const storyId = new URL(page.url()).pathname.split('/').pop() as string;

    // Told in a loop: the first two rounds answered through the API, the behavioral one on screen.
    const loop = await pageApi<{ id: string; rounds: { position: number; kind: string }[] }>(
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
    expect(loop.rounds[2]?.kind).toBe('behavioral');
    await page.goto(`/loops/${loop.id}`);
    await page.getByRole('button', { name: 'Start round 3' }).click();
    const answer = page.getByLabel('Answer', { exact: true });
    await answer.fill('I would talk about a time');
    const storyStart = page.getByRole('region', { name: 'Start from a story' });
    await storyStart.getByLabel('Story', { exact: true }).selectOption(storyId);
    await storyStart.getByRole('button', { name: 'Use this story' }).click();
    // Text already written is not replaced without asking; Escape keeps it.
    const dialog = page.getByRole('dialog', { name: 'Replace your answer with the story?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await answer.inputValue()).toBe('I would talk about a time');
    await storyStart.getByRole('button', { name: 'Use this story' }).click();
    await dialog.getByRole('button', { name: 'Replace my answer' }).click();
    await expect.poll(() => answer.inputValue()).toContain(STORY.action);
    await page.getByRole('button', { name: 'Submit and go on' }).click();
    await page.getByText(/^Round 3, Behavioral, answered in/).waitFor();

    await page.goto(`/stories/${storyId}`);
    await page.getByText(/told in 1 mock round\./).waitFor();

    // Delete, after a confirmation.
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete the story' }).click();
    await page.getByRole('heading', { name: 'Story bank', level: 1 }).waitFor();
    await page.getByText('No stories yet', { exact: true }).waitFor();
  });

  it('shows the bank and a graded story in the dark theme and at phone width', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    const story = await pageApi<{ id: string }>(page, 'POST', '/api/stories', { ...STORY, level: 'pm2' });
    await page.getByLabel('Theme').selectOption('dark');
    await page.goto(`/stories/${story.id}`);
    await page.getByRole('heading', { name: STORY.title, level: 1 }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'graded-dark');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysOverflow(page)).toBe(0);
    await snap(page, 'graded-phone');
    await page.goto('/stories');
    await page.getByRole('heading', { name: 'Story bank', level: 1 }).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'bank-phone');
    await page.goto('/stories/new');
    await page.getByRole('heading', { name: 'Write a story', level: 1 }).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
  });
});
