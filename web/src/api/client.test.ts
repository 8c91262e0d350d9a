import { describe, expect, it } from 'vitest';
import { queryString } from './client.js';

describe('queryString', () => {
  it('leaves out empty, null and undefined values and encodes the rest', () => {
    expect(queryString({ kind: 'metrics', level: undefined, q: '', tag: null, limit: 20 })).toBe(
      '?kind=metrics&limit=20',
    );
    expect(queryString({ q: 'a&b=c d' })).toBe('?q=a%26b%3Dc+d');
  });

  it('is empty when nothing is set', () => {
    expect(queryString({})).toBe('');
    expect(queryString({ kind: undefined })).toBe('');
  });
});
