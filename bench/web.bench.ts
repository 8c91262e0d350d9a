// How fast grading feedback appears in the web app: from the click on "Submit for grading" of a ~600-word
// answer to the report's heading on screen, in Debian's Chromium (playwright-core) against the built server,
// over RUNS runs. The baseline, measured in the same run and the same page, is the bare POST /api/attempts
// round trip with the same body: the ratio is what the app adds on top of the API. Budget: 300 ms.
// Run: npm run bench:web (BENCH_RUNS=20 by default).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startServer, stopServer } from '../e2e/server.js';
import { FOLLOW_UP_REPLY, QUESTION_ID, REVISION_ADDITION, STRONG_ANSWER } from '../e2e/strong-answer.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARM_UP = 3;
const BUDGET_MS = 300;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SERVER = fileURLToPath(new URL('../src/server/server.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The strong answer with its follow-up and revision: about 600 words, with evidence on every dimension. */
const ANSWER = [STRONG_ANSWER, FOLLOW_UP_REPLY, REVISION_ADDITION].join('\n\n');

/** Submit click to report heading painted, timed inside the page (no driver round trips in the figure). */
async function timeSubmit(page: Page): Promise<number> {
  await page.goto(`/practice/${QUESTION_ID}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByLabel('Answer', { exact: true }).fill(ANSWER);
  // A candidate types for many minutes: the report's code has long arrived by the time they submit.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const marks = { click: 0, shown: 0 };
    (window as unknown as { __marks: typeof marks }).__marks = marks;
    document.querySelector('form.practice-answer button[type="submit"]')?.addEventListener(
      'click',
      () => {
        marks.click = performance.now();
      },
      { capture: true },
    );
    const observer = new MutationObserver(() => {
      if (marks.shown || !document.getElementById('report-title')) return;
      observer.disconnect();
      // The frame after the heading entered the document is the one that shows it.
      requestAnimationFrame(() => {
        marks.shown = performance.now();
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Submit for grading' }).click();
  const handle = await page.waitForFunction(() => {
    const marks = (window as unknown as { __marks: { click: number; shown: number } }).__marks;
    return marks.shown ? marks.shown - marks.click : 0;
  });
  return (await handle.jsonValue()) as number;
}

/** The same request the app sends, alone: fetch, status and JSON body, timed inside the page. */
async function timeBarePost(page: Page): Promise<number> {
  return page.evaluate(async (answer) => {
    const started = performance.now();
    const response = await fetch('/api/attempts', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ questionId: 'ps-account-health-csm', level: 'pm2', answer, durationSec: 600 }),
    });
    if (response.status !== 201) throw new Error(`POST /api/attempts answered ${response.status}`);
    await response.json();
    return performance.now() - started;
  }, ANSWER);
}

function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (at - low);
}

function summary(values: number[]): { median: number; p95: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

async function main(): Promise<void> {
  const data = mkdtempSync(join(tmpdir(), 'ladder-bench-web-'));
  const { url, child } = await startServer({ entry: SERVER, cwd: ROOT, data, stdout: 'ignore' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const signup = await page.request.post('/api/auth/signup', {
      data: { email: `bench-${Date.now()}@example.com`, password: 'practise every evening' },
    });
    if (signup.status() !== 201) throw new Error(`sign-up answered ${signup.status()}`);
    await page.request.put('/api/me/profile', {
      data: {
        targetLevel: 'pm2',
        interviewDate: null,
        company: null,
        loop: { rounds: 5, technicalRound: 'yes', takeHome: 'no' },
      },
    });

    const words = ANSWER.split(/\s+/).filter(Boolean).length;
    console.log(`web feedback: ${words}-word answer, ${WARM_UP} warm-up runs, then ${RUNS} measured`);
    const feedback: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      // Interleaved, so both see the same machine at the same moment.
      const ui = await timeSubmit(page);
      const api = await timeBarePost(page);
      if (run < WARM_UP) continue;
      feedback.push(ui);
      bare.push(api);
    }

    const ui = summary(feedback);
    const api = summary(bare);
    const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
    console.log('');
    console.log('                               median       p95       min       max');
    console.log(`submit → report heading    ${ms(ui.median)} ${ms(ui.p95)} ${ms(ui.min)} ${ms(ui.max)}`);
    console.log(`bare POST /api/attempts    ${ms(api.median)} ${ms(api.p95)} ${ms(api.min)} ${ms(api.max)}`);
    console.log('');
    console.log(
      `ratio (feedback / bare POST): ${(ui.median / api.median).toFixed(2)}× at the median, ${(ui.p95 / api.p95).toFixed(2)}× at p95`,
    );
    console.log(
      `the app adds ${(ui.median - api.median).toFixed(1)} ms at the median to the API's round trip`,
    );
    const within = ui.p95 <= BUDGET_MS;
    console.log(`budget ${BUDGET_MS} ms: ${within ? 'met' : 'MISSED'} (p95 ${ui.p95.toFixed(1)} ms)`);
    if (!within) process.exitCode = 1;
  } finally {
    await browser.close();
    await stopServer(child);
    rmSync(data, { recursive: true, force: true });
  }
}

await main();
