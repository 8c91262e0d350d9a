import { performance } from 'node:perf_hooks';
import { contentGrader } from '../src/content/grader.js';
import { readText } from '../src/engine/nlp.js';
import { type BenchAnswer, trainingAnswers } from './corpus.js';

const SIZES = [100, 300, 600, 600, 600, 1000, 1500, 3000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

interface Item extends BenchAnswer {
  words: number;
}

/** Answers cut or extended (with paragraphs of other answers of the same kind) to each size. */
function corpus(): Item[] {
  const answers = trainingAnswers().filter((a) => a.answer.split(/\s+/).length >= 80);
  const items: Item[] = [];
  answers.forEach((a, i) => {
    const size = SIZES[i % SIZES.length] ?? 600;
    const paragraphs = a.answer.split(/\n\s*\n/);
    let j = 1;
    while (paragraphs.join(' ').split(/\s+/).length < size && j < answers.length) {
      const other = answers[(i + j) % answers.length];
      if (other && other.kind === a.kind) paragraphs.push(...other.answer.split(/\n\s*\n/));
      j++;
    }
    const words = paragraphs.join('\n\n').split(/(?<=\s)/);
    const answer = words.slice(0, size).join('').trim();
    items.push({ ...a, answer, words: answer.split(/\s+/).length });
  });
  return items;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const items = corpus();
const grader = contentGrader();
let peakRss = process.memoryUsage().rss;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

// Warm both paths so the JIT has seen them before timing.
for (const it of items.slice(0, 20)) {
  readText(it.answer);
  grader.grade(it);
}

let nlpMs = 0;
let gradeMs = 0;
const latencies: number[] = [];
const latencies600: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Interleave the two passes so that machine noise hits both alike.
  let t = performance.now();
  for (const it of items) readText(it.answer);
  nlpMs += performance.now() - t;
  t = performance.now();
  for (const it of items) {
    const s = performance.now();
    grader.grade(it);
    const ms = performance.now() - s;
    latencies.push(ms);
    if (it.words >= 550 && it.words <= 650) latencies600.push(ms);
  }
  gradeMs += performance.now() - t;
  sampleMemory();
}

latencies.sort((a, b) => a - b);
latencies600.sort((a, b) => a - b);
const mean600 = latencies600.reduce((a, b) => a + b, 0) / Math.max(latencies600.length, 1);
const perSecond600 = 1000 / mean600;
const ratio = gradeMs / nlpMs;
const totalWords = items.reduce((s, it) => s + it.words, 0);

console.log(
  `corpus: ${items.length} answers, ${Math.min(...items.map((i) => i.words))} to ${Math.max(...items.map((i) => i.words))} words (${totalWords} words), ${ROUNDS} rounds`,
);
console.log(`nlp pass:   ${(nlpMs / ROUNDS).toFixed(1)} ms per round`);
console.log(
  `grading:    ${(gradeMs / ROUNDS).toFixed(1)} ms per round (${((items.length * ROUNDS * 1000) / gradeMs).toFixed(0)} answers/s over the whole corpus)`,
);
console.log(
  `latency:    p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms (all sizes)`,
);
console.log(
  `~600 words: ${perSecond600.toFixed(0)} answers/s on one core, p50 ${percentile(latencies600, 50).toFixed(2)} ms, p99 ${percentile(latencies600, 99).toFixed(2)} ms`,
);
console.log(`peak rss:   ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
console.log(
  `bench: ${perSecond600.toFixed(0)} answers/s, p99 ${percentile(latencies, 99).toFixed(2)} ms, grade/nlp ${ratio.toFixed(2)}x`,
);
