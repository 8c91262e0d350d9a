// The take-home workbench with real documents made here (a .docx by the docx package, PDFs by PDFKit):
// checks in the browser before anything is sent, the upload's progress, the report afterwards, and a
// scanned PDF refused with what to do instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docxOf, scannedPdf, takeHomePdf } from '../src/documents/test-documents.js';
import { LIMITS } from '../src/engine/limits.js';
import { expectNoSeriousAxeViolations, SCREENSHOTS, signUpAndOnboard, useBrowser } from './support.js';

const BRIEF = 'th-campus-textbook-exchange';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function choose(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Choose (a|another) file/ }).click();
  await (await chooser).setFiles(file);
}

/** Drops files on the drop zone as a desktop would: a drop event carrying a DataTransfer. */
async function drop(page: Page, files: { name: string; type: string; text: string }[]) {
  await page.locator('.drop-zone').evaluate((zone, list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: f.type }));
    zone.dispatchEvent(new DragEvent('dragenter', { bubbles: true, dataTransfer: transfer }));
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, files);
}

async function snap(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `take-home--${name}.png`), fullPage: true });
}

describe('uploading a take-home', () => {
  const browsing = useBrowser('take-home');

  it('refuses files it cannot read before sending them, then grades a real .docx against a brief', async () => {
    const { page, context } = browsing;
    await signUpAndOnboard(page, { level: 'APM' });
    await page.getByRole('link', { name: 'Take-home', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Grade a take-home' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    // Dropped: an old Word file, then two files at once, then nothing chosen at all.
    await drop(page, [{ name: 'answer.doc', type: 'application/msword', text: 'old word' }]);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/older Word file.*\.docx/);
    await drop(page, [
      { name: 'a.md', type: 'text/markdown', text: '# a' },
      { name: 'b.md', type: 'text/markdown', text: '# b' },
    ]);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/one document at a time/);
    // Over the limit: refused here, never uploaded.
    await choose(page, {
      name: 'huge.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(LIMITS.maxUploadBytes + 1024, 32),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/“huge\.pdf” is just over the limit of 10 MB/);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'refused-before-upload');

    // No brief chosen and no assignment described: said at the field.
    await choose(page, { name: 'textbooks.docx', mimeType: DOCX, buffer: Buffer.from(await docxOf()) });
    await page.getByText('textbooks.docx').waitFor();
    await page.getByRole('button', { name: 'Upload and grade' }).click();
    await page.getByText(/Say what the assignment asked/).waitFor();

    await page.getByLabel('Which brief did you answer?').selectOption(BRIEF);
    await expect.poll(() => new URL(page.url()).searchParams.get('questionId')).toBe(BRIEF);
    await page.getByRole('link', { name: 'Read the brief and its data' }).waitFor();

    // A slow connection, so the upload's progress can be seen before the report opens.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 200,
      downloadThroughput: 1_000_000,
      uploadThroughput: 4 * 1024,
    });
    await page.getByRole('button', { name: 'Upload and grade' }).click();
    const progress = page.getByRole('progressbar', {
      name: /(Uploading|Reading and grading) textbooks\.docx/,
    });
    await progress.waitFor();
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'uploading');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await expect
      .poll(() => new URL(page.url()).pathname, { timeout: 30_000 })
      .toMatch(/^\/attempts\/[0-9a-f-]{36}$/);

    // The attempt is stored as a take-home at the chosen level, its text read from the document.
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const attempt = (await (await page.request.get(`/api/attempts/${id}`)).json()) as {
      kind: string;
      level: string;
      questionId: string;
      revisions: { answer: string }[];
    };
    expect(attempt).toMatchObject({ kind: 'take_home', level: 'apm', questionId: BRIEF });
    expect(attempt.revisions[0]?.answer).toContain('62% of listings arrive after week 3');
  });

  it('grades a real PDF, and refuses a scanned one saying it has no text layer and how to fix it', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    // A link to a brief that is not in the bank says so, and the assignment is described instead.
    await page.goto('/take-home?questionId=no-such-brief');
    await page.getByText('There is no take-home brief “no-such-brief” in the bank.').waitFor();
    await page
      .getByLabel('What did the assignment ask?')
      .fill('Most textbooks listed on our student book-exchange app never sell. Propose how to fix it.');
    await page.getByRole('radio', { name: /Senior PM/ }).check();

    await choose(page, {
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await scannedPdf()),
    });
    await page.getByRole('button', { name: 'Upload and grade' }).click();
    const alert = page.locator('.upload-error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/no text layer/);
    expect(await alert.textContent()).toMatch(/\.docx/);
    expect(await alert.getByRole('link', { name: 'paste the text as an answer' }).getAttribute('href')).toBe(
      '/practice/custom',
    );
    // The form keeps what was entered, ready for another file.
    expect(await page.getByLabel('What did the assignment ask?').inputValue()).toMatch(/book-exchange/);
    await expectNoSeriousAxeViolations(page);
    await snap(page, 'scanned-pdf');

    await choose(page, {
      name: 'textbooks.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await takeHomePdf()),
    });
    expect(await page.locator('.upload-error').count()).toBe(0);
    await page.getByRole('button', { name: 'Upload and grade' }).click();
    await expect
      .poll(() => new URL(page.url()).pathname, { timeout: 30_000 })
      .toMatch(/^\/attempts\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const attempt = (await (await page.request.get(`/api/attempts/${id}`)).json()) as {
      kind: string;
      level: string;
      questionId: string | null;
      question: string;
    };
    expect(attempt).toMatchObject({ kind: 'take_home', level: 'senior', questionId: null });
    expect(attempt.question).toMatch(/book-exchange app never sell/);
  });
});

describe('the take-home workbench on a phone in the dark theme', () => {
  const browsing = useBrowser('take-home-phone-dark', { width: 390, height: 844 });

  it('fits the width with a file chosen', async () => {
    const { page } = browsing;
    await page.addInitScript(() => localStorage.setItem('ladder.theme', 'dark'));
    await signUpAndOnboard(page);
    await page.goto(`/take-home?questionId=${BRIEF}&level=apm`);
    await page.getByRole('link', { name: 'Read the brief and its data' }).waitFor();
    await choose(page, {
      name: 'a-rather-long-file-name-for-the-final-take-home-proposal-v3.docx',
      mimeType: DOCX,
      buffer: Buffer.from(await docxOf()),
    });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
  });
});
