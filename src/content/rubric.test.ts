// The rubric and signal content: the real files load, and a broken file fails with a message that
// names the file and the key to fix.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, DIMENSION_IDS, KIND_IDS } from '../engine/index.js';
import { loadEngineContent } from './rubric.js';
import { contentPath } from './yaml-file.js';

describe('the real content', () => {
  const content = loadEngineContent();
  it('has every kind, with weights summing to 100, and every dimension with a bar per level', () => {
    expect(content.rubric.kinds.map((k) => k.id).sort()).toEqual([...KIND_IDS].sort());
    for (const k of content.rubric.kinds)
      expect(Object.values(k.rubric).reduce((a, b) => a + (b ?? 0), 0)).toBe(100);
    for (const id of DIMENSION_IDS)
      expect(Object.keys(content.rubric.dimensions[id].bars)).toEqual(['apm', 'pm2', 'senior', 'staff']);
  });
  it("keeps RUBRIC.md's bars", () => {
    expect(content.rubric.dimensions.problem_definition.bars).toEqual({
      apm: 3,
      pm2: 3,
      senior: 4,
      staff: 4,
    });
    expect(content.rubric.dimensions.strategy.bars).toEqual({ apm: 1, pm2: 2, senior: 3, staff: 4 });
    expect(content.rubric.levels.find((l) => l.id === 'staff')?.about).toEqual([
      'strategy',
      'leadership',
      'impact',
      'tradeoffs',
    ]);
  });
});

function brokenCopy(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'ladder-content-'));
  cpSync(contentPath('rubric'), join(root, 'rubric'), { recursive: true });
  cpSync(contentPath('signals'), join(root, 'signals'), { recursive: true });
  const target = join(root, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return root;
}

describe('a broken content file', () => {
  it.each([
    [
      'rubric/kinds.yaml',
      (t: string) =>
        t.replace('problem_definition: 20, user_insight: 20', 'problem_definition: 25, user_insight: 20'),
      /kinds\.yaml at kinds\.0\.rubric: weights must sum to 100/,
    ],
    [
      'rubric/dimensions/metrics.yaml',
      (t: string) => t.replace('signal: guardrail', 'signal: guard_rail'),
      /metrics\.yaml at scoring\.terms\.\d+\.signal: no signal guard_rail/,
    ],
    [
      'rubric/dimensions/metrics.yaml',
      (t: string) => t.replace(/signal: metric_vanity, points: -?[\d.]+/, 'signal: metric_vanity, points: 1'),
      /metric_vanity counts against an answer: its points must be 0 or less/,
    ],
    [
      'rubric/dimensions/metrics.yaml',
      (t: string) => t.replace(/cuts: \[[^\]]*\]/, 'cuts: [3, 2, 4]'),
      /metrics\.yaml at scoring\.cuts: cuts must rise/,
    ],
    ['rubric/levels.yaml', (t: string) => t.replace('id: pm2', 'id: pm3'), /levels\.yaml at levels\.1\.id/],
    [
      'signals/guardrail.yaml',
      (t: string) => t.replace('patterns:\n', "patterns:\n  - '(unclosed'\n"),
      /guardrail: patterns\[0\] is not a valid regular expression/,
    ],
    [
      'rubric/misalignments.yaml',
      (t: string) => t.replace('[reframe]', '[reframing]'),
      /misalignments\.yaml at misalignments\.0\.when: no signal reframing/,
    ],
    ['rubric/kinds.yaml', (t: string) => `${t}\n  - oops: [`, /kinds\.yaml: not valid YAML/],
  ])('%s', (file, edit, message) => {
    const root = brokenCopy(file, edit);
    // Loading validates the files; building a grader compiles the patterns.
    expect(() => createGrader(loadEngineContent(root))).toThrow(message);
  });
});
