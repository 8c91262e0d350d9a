// HTTP throughput against the real server on loopback, each figure as a ratio of a baseline in the same run:
//  - POST /api/grade at 50 connections (rate limit off), against the engine grading the same answers in process;
//  - GET /api/questions, against a bare Fastify route serving the same payload (bench/http-bare.ts).
// Both servers run LADDER_WORKERS processes (default 2: both cores). Run: npm run bench:http
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { contentGrader } from '../src/content/grader.js';
import { type BenchAnswer, trainingAnswers } from './corpus.js';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WORKERS = process.env.LADDER_WORKERS ?? '2';
const ANSWERS = 64;
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

type Item = BenchAnswer;

/** The project's own training answers, every kind, up to ANSWERS of them. */
function corpus(): Item[] {
  const items = trainingAnswers();
  // Every 4th answer, for a spread of kinds and lengths.
  return items.filter((_, i) => i % 4 === 0).slice(0, ANSWERS);
}

function inProcessPerSecond(items: Item[]): number {
  const grader = contentGrader();
  for (const item of items) grader.grade(item);
  let graded = 0;
  const started = performance.now();
  while (performance.now() - started < SECONDS * 1000) {
    for (const item of items) grader.grade(item);
    graded += items.length;
  }
  return (graded * 1000) / (performance.now() - started);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function launch(
  script: string,
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LADDER_WORKERS: WORKERS, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${script} did not start`);
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function cannon(options: autocannon.Options): Promise<autocannon.Result> {
  // A short warm-up so that every worker's JIT has seen the route.
  await autocannon({ ...options, duration: 2 });
  return autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
}

function line(label: string, r: autocannon.Result): string {
  return `${label.padEnd(30)} ${r.requests.average.toFixed(0).padStart(7)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  errors ${r.errors}  non-2xx ${r.non2xx}`;
}

const items = corpus();
const words = items.map((i) => i.answer.split(/\s+/).length);
console.log(
  `corpus: ${items.length} training answers, ${Math.min(...words)} to ${Math.max(...words)} words; ${CONNECTIONS} connections, ${SECONDS} s per run, ${WORKERS} server processes`,
);

// Measured before and after the HTTP runs, so that a busy machine weighs on both sides alike.
const engineBefore = inProcessPerSecond(items);

const data = mkdtempSync(join(tmpdir(), 'ladder-bench-'));
const ladder = await launch(here('../src/server/server.js'), {
  LADDER_DATA: data,
  DATABASE_URL: '',
  GRADE_RATE_LIMIT: '0',
});
let failed = false;
try {
  const grade = await cannon({
    url: ladder.url,
    requests: items.map((item) => ({
      method: 'POST',
      path: '/api/grade',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(item),
    })),
  });
  console.log(line('POST /api/grade', grade));

  const questions = await cannon({ url: `${ladder.url}/api/questions` });
  await stop(ladder.child);
  const bare = await launch(here('./http-bare.js'), {});
  const baseline = await cannon({ url: `${bare.url}/api/questions` });
  await stop(bare.child);
  console.log(line('GET /api/questions', questions));
  console.log(line('bare Fastify, same payload', baseline));

  const engineAfter = inProcessPerSecond(items);
  const engine = (engineBefore + engineAfter) / 2;
  console.log(
    `${'engine in process (1 thread)'.padEnd(30)} ${engine.toFixed(0).padStart(7)} answers/s  (${engineBefore.toFixed(0)} before, ${engineAfter.toFixed(0)} after the HTTP runs)`,
  );
  const gradeRatio = grade.requests.average / engine;
  const questionsRatio = questions.requests.average / baseline.requests.average;
  const errors = grade.errors + grade.non2xx + questions.errors + questions.non2xx;
  console.log(
    `bench: grade ${grade.requests.average.toFixed(0)} req/s (p99 ${grade.latency.p99} ms) = ${gradeRatio.toFixed(2)}x in-process (target >= 0.7); questions ${questionsRatio.toFixed(2)}x bare Fastify (target >= 0.5); errors ${errors}`,
  );
  failed = errors > 0;
} finally {
  if (ladder.child.exitCode === null) ladder.child.kill('SIGKILL');
  rmSync(data, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
