// Share links and coach invites: what state a link is in at a moment, and how long one may live.

export const MIN_LINK_DAYS = 1;
export const MAX_LINK_DAYS = 30;

export type LinkState = 'active' | 'expired' | 'revoked';

export interface LinkTimes {
  expiresAt: string;
  revokedAt: string | null;
}

export function linkState(link: LinkTimes, now: Date): LinkState {
  if (link.revokedAt !== null) return 'revoked';
  return Date.parse(link.expiresAt) <= now.getTime() ? 'expired' : 'active';
}

export function expiryAfter(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}
