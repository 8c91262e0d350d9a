// `ladder calibrate DIR...`: grade every expert-graded answer there and print the agreement
// figures of RUBRIC.md, per kind and pooled, and the answers the engine disagrees with most.
import type { Command } from 'commander';
import {
  type CalibrationResult,
  calibrate,
  type GradedAnswer,
  isLevel,
} from '../../calibration/calibrate.js';
import { contentGrader } from '../../content/grader.js';
import { DIMENSION_IDS, KIND_IDS, LEVEL_IDS, type Report } from '../../engine/index.js';
import { findAnswerFiles, parseAnswerFile, readInput } from '../answer-file.js';
import { UsageError } from '../errors.js';

/** RUBRIC.md's targets, printed beside the figures. */
const TARGETS = {
  spearman: 0.8,
  qwk: 0.7,
  demonstratedExact: 0.6,
  demonstratedWithinOne: 0.9,
  verdict: 0.75,
};

function answerFiles(paths: string[]): string[] {
  try {
    return findAnswerFiles(paths);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function toGradedAnswer(file: string, meta: Record<string, unknown>): GradedAnswer {
  const grades = meta.grades as { dimensions?: Record<string, unknown>; demonstrated?: unknown } | undefined;
  const kind = meta.kind;
  const level = meta.level;
  if (!(KIND_IDS as readonly unknown[]).includes(kind))
    throw new UsageError(`${file}: front matter kind must be one of ${KIND_IDS.join(', ')}`);
  if (!(LEVEL_IDS as readonly unknown[]).includes(level))
    throw new UsageError(`${file}: front matter level must be one of ${LEVEL_IDS.join(', ')}`);
  if (!grades?.dimensions || !isLevel(grades.demonstrated)) {
    throw new UsageError(
      `${file}: front matter needs grades.dimensions and grades.demonstrated to calibrate against`,
    );
  }
  const dimensions: GradedAnswer['grades']['dimensions'] = {};
  for (const [id, score] of Object.entries(grades.dimensions)) {
    if (!(DIMENSION_IDS as readonly string[]).includes(id) || ![1, 2, 3, 4].includes(score as number)) {
      throw new UsageError(`${file}: grades.dimensions.${id} must be a dimension scored 1 to 4`);
    }
    dimensions[id as (typeof DIMENSION_IDS)[number]] = score as number;
  }
  return {
    id: typeof meta.id === 'string' ? meta.id : file,
    kind: kind as GradedAnswer['kind'],
    level: level as GradedAnswer['level'],
    grades: { dimensions, demonstrated: grades.demonstrated },
  };
}

const fmt = (x: number) => (Number.isNaN(x) ? '  n/a' : x.toFixed(2).padStart(5));
const pct = (x: number) => (Number.isNaN(x) ? ' n/a' : `${Math.round(x * 100)}%`.padStart(4));

export function formatCalibration(result: CalibrationResult): string {
  const lines: string[] = [];
  lines.push('kind                  n  spearman   qwk  exact  within1  verdict');
  for (const k of result.byKind) {
    lines.push(
      `${k.kind.padEnd(20)} ${String(k.n).padStart(3)}     ${fmt(k.spearman)} ${fmt(k.qwk)}   ${pct(k.demonstratedExact)}     ${pct(k.demonstratedWithinOne)}     ${pct(k.verdict)}`,
    );
  }
  lines.push('', 'Largest disagreements (engine vs graders):');
  for (const w of result.worst) {
    lines.push(
      `  ${w.id}: overall ${w.engine.overall.toFixed(2)} vs ${w.graders.overall.toFixed(2)}, demonstrated ${w.engine.demonstrated} vs ${w.graders.demonstrated}; ${w.dimensions.join(', ') || 'dimensions agree'}`,
    );
  }
  const p = result.pooled;
  const ok = (x: number, t: number) => (x >= t ? 'ok' : 'below target');
  lines.push(
    '',
    `pooled over ${p.n} answers:`,
    `  overall Spearman        ${fmt(p.spearman)}  (target >= ${TARGETS.spearman}: ${ok(p.spearman, TARGETS.spearman)})`,
    `  dimension QWK           ${fmt(p.qwk)}  (target >= ${TARGETS.qwk}: ${ok(p.qwk, TARGETS.qwk)})`,
    `  demonstrated exact       ${pct(p.demonstratedExact)}  (target >= 60%: ${ok(p.demonstratedExact, TARGETS.demonstratedExact)})`,
    `  demonstrated within one  ${pct(p.demonstratedWithinOne)}  (target >= 90%: ${ok(p.demonstratedWithinOne, TARGETS.demonstratedWithinOne)})`,
    `  verdict                  ${pct(p.verdict)}  (target >= 75%: ${ok(p.verdict, TARGETS.verdict)})`,
  );
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('calibrate')
    .description('measure agreement with expert grades (Markdown files with grades in their front matter)')
    .argument('<paths...>', 'folders or files of graded answers')
    .option('--json', 'print the figures as JSON')
    .option('--without-question', 'grade without the question text, to measure what knowing it adds')
    .option('--worst <n>', 'how many of the largest disagreements to list', '8')
    .action((paths: string[], options: { json?: boolean; worst: string; withoutQuestion?: boolean }) => {
      const worst = Number.parseInt(options.worst, 10);
      if (!Number.isInteger(worst) || worst < 0) throw new UsageError('--worst takes a whole number');
      const files = answerFiles(paths);
      if (files.length === 0) throw new UsageError(`no .md files in ${paths.join(', ')}`);
      const grader = contentGrader();
      const pairs: Array<{ answer: GradedAnswer; report: Report }> = files.map((file) => {
        const { answer, meta } = parseAnswerFile(readInput(file));
        const graded = toGradedAnswer(file, meta);
        const question = !options.withoutQuestion && typeof meta.question === 'string' ? meta.question : null;
        return {
          answer: graded,
          report: grader.grade({ answer, kind: graded.kind, level: graded.level, question }),
        };
      });
      const result = calibrate(pairs, worst);
      process.stdout.write(`${options.json ? JSON.stringify(result, null, 2) : formatCalibration(result)}\n`);
    });
}
