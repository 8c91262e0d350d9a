// The token of a review link or a coach invite on its way through the browser. It travels in the URL's
// fragment (/review#TOKEN), which browsers never send to a server, so it stays out of request logs; the
// page then sends it in a request body. A visitor who must sign in first keeps it in this tab's session
// storage meanwhile, so that sign-in can come back to a plain path without it.

/** The shape of a link token: 32 random bytes in base64url. */
export const LINK_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export type LinkKind = 'review' | 'coach-invite';

const storageKey = (kind: LinkKind) => `ladder.link:${kind}`;

/** The link a candidate hands out: the app's page for it, the token in the fragment. */
export function linkUrl(origin: string, path: string, token: string): string {
  return `${origin}${path}#${token}`;
}

/**
 * The token of the link this page was opened with: from the fragment if it holds one (kept for the tab,
 * in case sign-in comes first), else the one kept earlier in this tab. Null when there is none, or when
 * what is there is not a token (a link cut short when copied).
 */
export function takeLinkToken(
  kind: LinkKind,
  hash: string,
  storage: Storage | null = sessionStore(),
): string | null {
  const fromHash = decodeURIComponent(hash.replace(/^#/, '')).trim();
  if (fromHash) {
    if (!LINK_TOKEN.test(fromHash)) return null;
    try {
      storage?.setItem(storageKey(kind), fromHash);
    } catch {
      // Storage off: the token still works on this page, only not across a sign-in.
    }
    return fromHash;
  }
  try {
    const kept = storage?.getItem(storageKey(kind)) ?? null;
    return kept && LINK_TOKEN.test(kept) ? kept : null;
  } catch {
    return null;
  }
}

/** Whether the fragment held something that is not a whole token: said to the visitor as a cut link. */
export function isBrokenToken(hash: string): boolean {
  const value = decodeURIComponent(hash.replace(/^#/, '')).trim();
  return value !== '' && !LINK_TOKEN.test(value);
}

function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}
