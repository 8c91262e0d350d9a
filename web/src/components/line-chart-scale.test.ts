import { describe, expect, it } from 'vitest';
import {
  evenPositions,
  labelIndices,
  linearScale,
  linePath,
  niceTicks,
  stepPath,
} from './line-chart-scale.js';

describe('linearScale', () => {
  it('maps the domain onto the range, inverted for an SVG y axis', () => {
    const y = linearScale([1, 4], [200, 20]);
    expect(y(1)).toBe(200);
    expect(y(4)).toBe(20);
    expect(y(2.5)).toBe(110);
  });

  it('extrapolates outside the domain rather than clamping', () => {
    expect(linearScale([0, 10], [0, 100])(12)).toBe(120);
  });

  it('puts everything in the middle when the domain is one value', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});

describe('niceTicks', () => {
  it('gives round steps over the range', () => {
    expect(niceTicks(1, 4, 4)).toEqual([1, 2, 3, 4]);
    expect(niceTicks(0, 100, 5)).toEqual([0, 50, 100]);
    expect(niceTicks(0, 100, 6)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0, 1, 6)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('starts at the first round value inside the range', () => {
    expect(niceTicks(1.3, 3.9, 4)).toEqual([2, 3]);
    expect(niceTicks(-7, 7, 5)).toEqual([-5, 0, 5]);
  });

  it('copes with a reversed, a single-valued or a non-finite range', () => {
    expect(niceTicks(4, 1, 4)).toEqual([1, 2, 3, 4]);
    expect(niceTicks(2, 2)).toEqual([2]);
    expect(niceTicks(Number.NaN, 3)).toEqual([]);
  });

  it('shows decimal steps without floating-point noise', () => {
    for (const tick of niceTicks(0.1, 0.7, 7)) expect(String(tick).length).toBeLessThanOrEqual(3);
  });
});

describe('evenPositions', () => {
  it('spreads points from edge to edge, one point in the middle', () => {
    expect(evenPositions(3, [0, 100])).toEqual([0, 50, 100]);
    expect(evenPositions(1, [0, 100])).toEqual([50]);
    expect(evenPositions(0, [0, 100])).toEqual([]);
  });
});

describe('labelIndices', () => {
  it('labels every point when all fit', () => {
    expect(labelIndices(4, 6)).toEqual([0, 1, 2, 3]);
  });

  it('keeps the first and last and spreads the rest when they do not', () => {
    expect(labelIndices(10, 4)).toEqual([0, 3, 6, 9]);
    const picked = labelIndices(57, 5);
    expect(picked).toHaveLength(5);
    expect(picked[0]).toBe(0);
    expect(picked.at(-1)).toBe(56);
  });

  it('labels only the latest point when one fits, and nothing when nothing does', () => {
    expect(labelIndices(9, 1)).toEqual([8]);
    expect(labelIndices(9, 0)).toEqual([]);
  });
});

describe('paths', () => {
  it('draws a line through the points in order', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 50.04, y: 5 },
      ]),
    ).toBe('M0 10 L50 5');
  });

  it('draws a bar as steps that change halfway between points, across the whole plot', () => {
    expect(
      stepPath(
        [
          { x: 10, y: 40 },
          { x: 30, y: 40 },
          { x: 50, y: 20 },
        ],
        [0, 60],
      ),
    ).toBe('M0 40 L20 40 L20 40 L40 40 L40 20 L60 20');
    expect(stepPath([], [0, 60])).toBe('');
  });
});
