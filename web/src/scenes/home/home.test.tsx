import { describe, expect, it } from 'vitest';
import { daysUntil } from './index.js';

describe('daysUntil', () => {
  const today = new Date(2026, 10, 26, 23, 30);

  it('counts calendar days, whatever the time of day', () => {
    expect(daysUntil('2026-11-27', today)).toBe(1);
    expect(daysUntil('2026-11-26', today)).toBe(0);
    expect(daysUntil('2026-12-26', today)).toBe(30);
    expect(daysUntil('2026-11-20', today)).toBe(-6);
  });

  it('crosses a daylight-saving change and a year end without an off-by-one', () => {
    expect(daysUntil('2027-04-01', new Date(2027, 2, 1, 12))).toBe(31);
    expect(daysUntil('2027-01-01', new Date(2026, 11, 31, 0, 5))).toBe(1);
  });
});
