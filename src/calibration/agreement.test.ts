import { describe, expect, it } from 'vitest';
import { pearson, quadraticWeightedKappa, ranks, spearman } from './agreement.js';

describe('ranks', () => {
  it('averages ties', () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
  });
});

describe('spearman', () => {
  it('is 1 for any monotone relation and -1 for a reversed one', () => {
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 16])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1);
  });
  it('matches a worked example with ties', () => {
    // Pearson of ranks [1,2.5,2.5,4] and [1,2,3,4].
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(pearson([1, 2.5, 2.5, 4], [1, 2, 3, 4]));
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9487, 3);
  });
  it('is undefined when one side is constant', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});

describe('quadraticWeightedKappa', () => {
  it('is 1 for perfect agreement', () => {
    expect(quadraticWeightedKappa([1, 2, 3, 4], [1, 2, 3, 4])).toBe(1);
  });
  it('is 0 when the agreement is what chance gives', () => {
    expect(quadraticWeightedKappa([1, 1, 4, 4], [1, 4, 1, 4])).toBeCloseTo(0);
  });
  it('punishes a distant disagreement more than a near one', () => {
    const near = quadraticWeightedKappa([1, 2, 3, 4, 4], [1, 2, 3, 4, 3]);
    const far = quadraticWeightedKappa([1, 2, 3, 4, 4], [1, 2, 3, 4, 1]);
    expect(near).toBeGreaterThan(far);
  });
  it('matches a hand-computed value', () => {
    // One (2,3) disagreement, weight 1/9; chance expects 15/27 of weighted disagreement: 1 - 3/15.
    expect(quadraticWeightedKappa([1, 2, 3], [1, 3, 3])).toBeCloseTo(0.8, 5);
  });
});
