// The change between revisions, in words: overall, the dimensions that moved, level and verdict.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ScoreChange as Change } from '../api/types.js';
import { ScoreChange, signed } from './score-change.js';

const LABELS: Record<string, string> = {
  problem_definition: 'Problem definition',
  metrics: 'Metrics and data',
  tradeoffs: 'Trade-offs and risks',
};
const LEVELS: Record<string, string> = { pm2: 'PM II', senior: 'Senior PM', apm: 'APM' };

function renderChange(change: Change, from = 2.5, to = 3) {
  return render(
    <ScoreChange
      change={change}
      fromOverall={from}
      toOverall={to}
      dimensionLabel={(id) => LABELS[id] ?? id}
      levelLabel={(id) => LEVELS[id] ?? id}
    />,
  );
}

describe('signed', () => {
  it('always carries a sign, with a true minus', () => {
    expect(signed(0.5)).toBe('+0.5');
    expect(signed(-0.25)).toBe('−0.25');
    expect(signed(0)).toBe('±0');
    expect(signed(0.001)).toBe('±0');
  });
});

describe('ScoreChange', () => {
  it('says what moved, up and down, and what did not', () => {
    const { container } = renderChange({
      since: 1,
      overall: 0.5,
      dimensions: [
        { id: 'problem_definition', from: 3, to: 4, delta: 1 },
        { id: 'metrics', from: 3, to: 2, delta: -1 },
        { id: 'tradeoffs', from: 3, to: 3, delta: 0 },
      ],
      demonstrated: { from: 'pm2', to: 'senior' },
      verdict: { from: 'meets', to: 'exceeds' },
    });
    expect(container.querySelector('.score-change-overall')?.textContent).toBe(
      '▲ +0.5 overall since revision 1 (2.50 → 3.00)',
    );
    const items = [...container.querySelectorAll('li')].map((li) => [li.className, li.textContent]);
    expect(items).toEqual([
      ['change-up', 'Level demonstrated: PM II → Senior PM'],
      ['change-up', 'Verdict: meets the bar → above the bar'],
      ['change-up', 'Problem definition: 3 → 4 ▲up'],
      ['change-down', 'Metrics and data: 3 → 2 ▼down'],
    ]);
    expect(screen.getByText('Unchanged: Trade-offs and risks (3).')).toBeTruthy();
  });

  it('says plainly when nothing moved', () => {
    const { container } = renderChange(
      {
        since: 2,
        overall: 0,
        dimensions: [{ id: 'metrics', from: 3, to: 3, delta: 0 }],
        demonstrated: { from: 'pm2', to: 'pm2' },
        verdict: { from: 'meets', to: 'meets' },
      },
      3,
      3,
    );
    expect(container.querySelector('.score-change-overall')?.textContent).toBe(
      '±0 overall since revision 2 (3.00 → 3.00)',
    );
    expect(screen.getByText('Level demonstrated: unchanged at PM II')).toBeTruthy();
    expect(screen.getByText('Verdict: still meets the bar')).toBeTruthy();
    expect(screen.getByText('No dimension moved: Metrics and data (3).')).toBeTruthy();
  });
});
