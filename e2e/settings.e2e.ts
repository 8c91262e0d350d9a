// Settings: the profile edited with the onboarding form, the theme, and the user's data exported to a
// file and imported back (idempotent), with a damaged or foreign file refused and nothing lost.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_QUESTION, STRONG_ANSWER, WEAK_ANSWER } from '../test/sample-answers.js';
import { expectNoSeriousAxeViolations, SCREENSHOTS, signUpAndOnboard, useBrowser } from './support.js';

async function attempt(page: Page, answer: string): Promise<string> {
  const response = await page.request.post('/api/attempts', {
    data: { question: SAMPLE_QUESTION, kind: 'product_sense', level: 'pm2', answer },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function attemptCount(page: Page): Promise<number> {
  return ((await (await page.request.get('/api/attempts?limit=1')).json()) as { total: number }).total;
}

async function importFile(page: Page, name: string, text: string) {
  await page.getByLabel('Export file (.json)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

async function snap(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `settings--${name}.png`), fullPage: true });
}

describe('settings', () => {
  const browsing = useBrowser('settings');

  it('edits the profile, exports everything and imports it back once', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    const kept = await attempt(page, STRONG_ANSWER);
    const lost = await attempt(page, WEAK_ANSWER);
    await page.getByRole('link', { name: 'Settings', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await expectNoSeriousAxeViolations(page);

    // The profile, edited with the onboarding form.
    await page.getByRole('radio', { name: /Senior PM/ }).check();
    await page.getByLabel('Company (optional)').fill('Acme Robotics');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile is saved.').waitFor();
    // The keyboard continues from the confirmation at the form's end, not from the top of the page.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Your profile is saved.');
    await expect.poll(() => page.getByText('Target: Senior').first().isVisible()).toBe(true);
    const profile = (await (await page.request.get('/api/me/profile')).json()) as {
      profile: { targetLevel: string; company: string };
    };
    expect(profile.profile).toMatchObject({ targetLevel: 'senior', company: 'Acme Robotics' });

    // Export: a file named with today's date holding both attempts and the profile.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download your data' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ladder-export-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await file.path()) ?? '', 'utf8');
    const exported = JSON.parse(text) as { attempts: { id: string }[]; profile: { targetLevel: string } };
    expect(exported.attempts.map((a) => a.id).sort()).toEqual([kept, lost].sort());
    expect(exported.profile.targetLevel).toBe('senior');
    await page.getByText(/Saved ladder-export-.*\.json with 2 attempts\./).waitFor();

    // One attempt is deleted; the import brings it back and leaves the other as it was.
    expect((await page.request.delete(`/api/attempts/${lost}`)).status()).toBe(204);
    await importFile(page, file.suggestedFilename(), text);
    await page.getByText(/2 attempts with 2 revisions, and a profile, exported/).waitFor();
    await page.getByRole('button', { name: 'Import this file' }).click();
    const report = page.locator('.import-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('1 new attempt');
    expect(await report.textContent()).toContain('1 attempt you already had');
    expect(await attemptCount(page)).toBe(2);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'imported');

    // The same file again changes nothing.
    await importFile(page, file.suggestedFilename(), text);
    await page.getByRole('button', { name: 'Import this file' }).click();
    await expect.poll(() => report.textContent()).toContain('Everything in it was already here');
    expect(await attemptCount(page)).toBe(2);
  });

  it('refuses a damaged or foreign file in words, and loses nothing', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page);
    await attempt(page, STRONG_ANSWER);
    await page.goto('/settings');
    await page.getByRole('heading', { name: 'Your data' }).waitFor();

    await importFile(page, 'ladder-export-2026-01-01.json', '{"format": "ladder-export", "attempts": [');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(
        /“ladder-export-2026-01-01\.json” is not a Ladder export: it is not valid JSON.*Nothing you have/,
      );
    expect(await page.getByRole('button', { name: 'Import this file' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'not-json');

    await importFile(page, 'package.json', '{"name": "something else"}');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/JSON but not a Ladder export/);

    // An export the server refuses (a level that does not exist): said, and nothing stored changes.
    const broken = JSON.stringify({
      format: 'ladder-export',
      version: 1,
      attempts: [
        {
          id: '6f1c9a52-5a7e-4c55-9d59-3f5f3b1e2a10',
          questionId: null,
          question: SAMPLE_QUESTION,
          kind: 'product_sense',
          level: 'chief',
          createdAt: '2026-01-01T10:00:00.000Z',
          revisions: [
            { number: 1, answer: STRONG_ANSWER, durationSec: null, createdAt: '2026-01-01T10:00:00.000Z' },
          ],
          draft: null,
        },
      ],
    });
    await importFile(page, 'edited.json', broken);
    await page.getByRole('button', { name: 'Import this file' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/Nothing was imported\..*Nothing you have in Ladder was changed\./);
    expect(await attemptCount(page)).toBe(1);
  });

  it('switches the theme', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page);
    await page.goto('/settings');
    await page.getByRole('radio', { name: 'Dark' }).check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    await expectNoSeriousAxeViolations(page);
  });
});

describe('settings on a phone', () => {
  const browsing = useBrowser('settings-phone', { width: 390, height: 844 });

  it('fits the width', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page);
    await page.goto('/settings');
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
  });
});
