import { describe, expect, it } from 'vitest';
import type { LevelFitPoint, ProgressPoint } from '../../api/client.js';
import { dimensionSummary, levelFitSummary, RUNG } from './index.js';

const point = (score: number, bar = 3): ProgressPoint => ({
  attemptId: `a${score}`,
  revision: 1,
  at: '2026-03-01T10:00:00.000Z',
  kind: 'metrics',
  score,
  bar,
});

describe('dimensionSummary', () => {
  it('says where the latest score stands against the bar and where it came from', () => {
    expect(dimensionSummary([point(2), point(4)])).toBe(
      'Latest 4 of 4 against a bar of 3: 1 above the bar, up from 2. 2 scores.',
    );
    expect(dimensionSummary([point(3), point(1)])).toBe(
      'Latest 1 of 4 against a bar of 3: 2 below the bar, down from 3. 2 scores.',
    );
    expect(dimensionSummary([point(3)])).toBe('Latest 3 of 4 against a bar of 3: at the bar. 1 score.');
    expect(dimensionSummary([])).toBe('No scores yet.');
  });
});

describe('levelFitSummary', () => {
  it('says the latest level shown and how many answers met the target', () => {
    const fitPoint = (
      demonstrated: LevelFitPoint['demonstrated'],
      verdict: LevelFitPoint['verdict'],
    ): LevelFitPoint => ({
      attemptId: 'a',
      revision: 1,
      at: '2026-03-01T10:00:00.000Z',
      kind: 'metrics',
      demonstrated,
      target: 'pm2',
      verdict,
      overall: 2.5,
    });
    expect(
      levelFitSummary([fitPoint('apm', 'below'), fitPoint('senior', 'exceeds')], (id) => id.toUpperCase()),
    ).toBe(
      'The latest answer demonstrated SENIOR against a target of PM2. 1 of 2 answers met or exceeded the target.',
    );
  });

  it('puts the rungs in order, none below the first level', () => {
    expect(RUNG.none).toBeLessThan(RUNG.apm);
    expect(RUNG.senior).toBeLessThan(RUNG.staff);
  });
});
