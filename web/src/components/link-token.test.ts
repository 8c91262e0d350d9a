// Link tokens through the fragment and across a sign-in.
import { beforeEach, describe, expect, it } from 'vitest';
import { isBrokenToken, linkUrl, takeLinkToken } from './link-token.js';

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123-_x';

beforeEach(() => sessionStorage.clear());

describe('link tokens', () => {
  it('puts the token in the fragment of the page’s address', () => {
    expect(TOKEN).toHaveLength(43);
    expect(linkUrl('https://ladder.example', '/review', TOKEN)).toBe(
      `https://ladder.example/review#${TOKEN}`,
    );
  });

  it('takes the token from the fragment and keeps it for after a sign-in', () => {
    expect(takeLinkToken('review', `#${TOKEN}`)).toBe(TOKEN);
    expect(takeLinkToken('review', '')).toBe(TOKEN);
    expect(takeLinkToken('coach-invite', '')).toBeNull();
  });

  it('refuses a token cut short, and says so', () => {
    expect(takeLinkToken('review', `#${TOKEN.slice(0, 30)}`)).toBeNull();
    expect(isBrokenToken(`#${TOKEN.slice(0, 30)}`)).toBe(true);
    expect(isBrokenToken(`#${TOKEN}`)).toBe(false);
    expect(isBrokenToken('')).toBe(false);
  });
});
