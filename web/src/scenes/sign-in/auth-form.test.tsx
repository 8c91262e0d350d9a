import { describe, expect, it } from 'vitest';
import { safeNext } from './auth-form.js';

describe('safeNext: where sign-in may send the user afterwards', () => {
  it.each([
    ['/guide', '/guide'],
    ['/questions?kind=metrics&level=pm2', '/questions?kind=metrics&level=pm2'],
    ['/attempts/0b1c#report', '/attempts/0b1c#report'],
  ])('keeps a path of this app: %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['https://evil.example/phish'],
    ['//evil.example/phish'],
    ['/\\evil.example'],
    ['javascript:alert(1)'],
    ['guide'],
  ])('sends anything else home: %s', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});
