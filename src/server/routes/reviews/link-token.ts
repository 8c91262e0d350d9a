// The token of a share link or a coach invite: 32 random bytes, base64url, shown once to the person
// who made the link; only its SHA-256 is stored. It travels in request bodies, never in URLs, so that
// it stays out of request logs.
import { createHash, randomBytes } from 'node:crypto';
import { Type } from 'typebox';
import { type LinkTimes, linkState } from '../../../reviews/share.js';
import { ApiError } from '../../errors.js';

export const LinkToken = Type.String({
  pattern: '^[A-Za-z0-9_-]{43}$',
  description: 'the token of the link, as it was given out',
});

export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: linkTokenHash(token) };
}

export function linkTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Throws the answer for a link that can no longer be used: 410 with what happened and what to do. */
export function requireLive(what: 'review link' | 'coach invite', link: LinkTimes, now: Date): void {
  const state = linkState(link, now);
  if (state === 'expired') {
    throw new ApiError(
      410,
      'link_expired',
      `This ${what} expired on ${link.expiresAt.slice(0, 10)}: ask the candidate for a new one.`,
    );
  }
  if (state === 'revoked') {
    throw new ApiError(410, 'link_revoked', `This ${what} was withdrawn by the candidate who made it.`);
  }
}

export const linkNotFound = (what: 'review link' | 'coach invite') =>
  new ApiError(
    404,
    'link_not_found',
    `No ${what} has this token: check that all of it was copied, or ask for a new one.`,
  );
