import { beforeAll, describe, expect, it } from 'vitest';
import { STRONG_ANSWER } from '../../test/sample-answers.js';
import { contentGrader } from '../content/grader.js';
import type { Report } from '../engine/index.js';
import { badSpans, compareScores, unknownDimensions } from './compare.js';
import { expiryAfter, linkState } from './share.js';

let report: Report;
beforeAll(() => {
  report = contentGrader().grade({
    answer: STRONG_ANSWER,
    kind: 'product_sense',
    level: 'apm',
    question: null,
  });
});

describe('scores side by side', () => {
  it('puts the engine, the candidate and each reviewer on every dimension, widest disagreement first', () => {
    const engine = Object.fromEntries(report.dimensions.map((d) => [d.id, d.score]));
    const self = { ...engine, metrics: 4 };
    const coach = { ...engine, metrics: 1, structure: Math.max(1, (engine.structure ?? 2) - 1) };
    const comparison = compareScores(report, self, [{ source: 'r1', label: 'coach@x.io', scores: coach }]);
    expect(comparison.dimensions).toHaveLength(report.dimensions.length);
    const metrics = comparison.dimensions.find((d) => d.dimension === 'metrics');
    expect(metrics).toMatchObject({ self: 4, reviewers: [{ reviewer: 'r1', score: 1 }], spread: 3 });
    expect(comparison.disagreements[0]).toMatchObject({ dimension: 'metrics', spread: 3 });
    expect(comparison.disagreements[0]?.summary).toBe(`engine ${engine.metrics}, you 4, coach@x.io 1`);
    expect(comparison.agreement[0]?.label).toBe('you');
  });

  it('works without a self-score or reviewers', () => {
    const comparison = compareScores(report, null, []);
    expect(comparison.disagreements).toEqual([]);
    expect(comparison.agreement).toEqual([{ source: 'self', label: 'you', meanDifferenceFromEngine: null }]);
  });

  it('names dimensions the kind does not score and comments whose span does not fit the answer', () => {
    expect(unknownDimensions(report, { metrics: 2, star: 3 })).toEqual(['star']);
    expect(
      badSpans('abcdef', [
        { start: 0, end: 6, comment: 'ok' },
        { start: 4, end: 9, comment: 'x' },
        { start: 3, end: 3, comment: 'y' },
      ]),
    ).toEqual([1, 2]);
  });
});

describe('links', () => {
  it('are active until they expire or are revoked', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const expiresAt = expiryAfter(now, 7);
    expect(expiresAt).toBe('2026-12-08T00:00:00.000Z');
    expect(linkState({ expiresAt, revokedAt: null }, now)).toBe('active');
    expect(linkState({ expiresAt, revokedAt: null }, new Date(expiresAt))).toBe('expired');
    expect(linkState({ expiresAt, revokedAt: '2026-12-02T00:00:00Z' }, now)).toBe('revoked');
  });
});
