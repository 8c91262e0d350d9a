// The radar: its geometry, its labels, and the table that says the same to a screen reader.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { labelLines, RadarChart, radarPoint } from './radar-chart.js';

const DIMENSIONS = [
  { id: 'problem_definition', label: 'Problem definition', score: 3, bar: 4 },
  { id: 'user_insight', label: 'User insight', score: 4, bar: 3 },
  { id: 'solution_logic', label: 'Logical integrity of solution', score: 2, bar: 3 },
  { id: 'metrics', label: 'Metrics and data', score: 3, bar: 3 },
];

describe('radarPoint', () => {
  it('puts the first axis straight up and goes round clockwise', () => {
    const [cx, cy] = radarPoint(0, 4, 0);
    const [x0, y0] = radarPoint(0, 4, 4);
    const [x1, y1] = radarPoint(1, 4, 4);
    expect(x0).toBe(cx);
    expect(y0).toBeLessThan(cy);
    expect(x1).toBeGreaterThan(cx);
    expect(y1).toBeCloseTo(cy, 5);
    // Half the score, half the distance.
    expect(cy - radarPoint(0, 4, 2)[1]).toBeCloseTo((cy - y0) / 2, 0);
  });
});

describe('labelLines', () => {
  it('splits a long label at the space nearest its middle and leaves short ones alone', () => {
    expect(labelLines('User insight')).toEqual(['User insight']);
    expect(labelLines('Logical integrity of solution')).toEqual(['Logical integrity', 'of solution']);
    expect(labelLines('Strategy and systems thinking')).toEqual(['Strategy and', 'systems thinking']);
    expect(labelLines('Incomprehensibilities')).toEqual(['Incomprehensibilities']);
  });
});

describe('RadarChart', () => {
  it('draws the answer and the bar, hidden from screen readers, with a table of the same numbers', () => {
    const { container } = render(
      <RadarChart dimensions={DIMENSIONS} barLabel="Senior bar" caption="Scores against the Senior bar" />,
    );
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('.radar-score')?.getAttribute('points')?.split(' ')).toHaveLength(4);
    expect(container.querySelectorAll('.radar-dot-short')).toHaveLength(2);
    const table = screen.getByRole('table', { name: 'Scores against the Senior bar' });
    expect(table.parentElement?.className).toBe('visually-hidden');
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'DimensionScoreSenior bar',
      'Problem definition3 of 44',
      'User insight4 of 43',
      'Logical integrity of solution2 of 43',
      'Metrics and data3 of 43',
    ]);
    expect(screen.getByText('Your answer')).toBeTruthy();
  });

  it('shows only the table when there are too few dimensions for a polygon', () => {
    const { container } = render(
      <RadarChart dimensions={DIMENSIONS.slice(0, 2)} barLabel="APM bar" caption="Scores" />,
    );
    expect(container.querySelector('svg')).toBeNull();
    expect(screen.getByRole('table', { name: 'Scores' }).parentElement?.className).toBe('');
  });
});
