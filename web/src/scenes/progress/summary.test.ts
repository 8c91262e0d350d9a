import { describe, expect, it } from 'vitest';
import type { LevelFitPoint, ProgressPoint } from '../../api/client.js';
import { dimensionSummary, levelFitSummary, RUNG, verdictAgainst } from './charts.js';

const point = (score: number, bar = 3): ProgressPoint => ({
  attemptId: `a${score}`,
  revision: 1,
  at: '2026-03-01T10:00:00.000Z',
  kind: 'metrics',
  latest: true,
  score,
  bar,
});

const fitPoint = (demonstrated: LevelFitPoint['demonstrated']): LevelFitPoint => ({
  attemptId: 'a',
  revision: 1,
  at: '2026-03-01T10:00:00.000Z',
  kind: 'metrics',
  latest: true,
  demonstrated,
  target: 'pm2',
  verdict: 'below',
  overall: 2.5,
});

const upper = (id: string) => id.toUpperCase();

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
  it('says the latest level shown and how many answers reached the bar chosen', () => {
    expect(levelFitSummary([fitPoint('apm'), fitPoint('senior')], 'pm2', upper)).toBe(
      'The latest answer demonstrated SENIOR. 1 of 2 answers reached the PM2 bar.',
    );
    expect(levelFitSummary([fitPoint('none')], 'apm', upper)).toBe(
      'The latest answer did not clear the entry bar. 0 of 1 answer reached the APM bar.',
    );
    expect(levelFitSummary([], 'apm', upper)).toBe('No answers yet.');
  });
});

describe('verdictAgainst', () => {
  it('compares a demonstrated level with the bar of any level', () => {
    expect(verdictAgainst('pm2', 'senior')).toBe('below');
    expect(verdictAgainst('senior', 'senior')).toBe('meets');
    expect(verdictAgainst('staff', 'apm')).toBe('exceeds');
    expect(verdictAgainst('none', 'apm')).toBe('below');
  });

  it('puts the rungs in order, none below the first level', () => {
    expect(RUNG.none).toBeLessThan(RUNG.apm);
    expect(RUNG.senior).toBeLessThan(RUNG.staff);
  });
});
